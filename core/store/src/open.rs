//! Opening a database file: connection settings, migrations, and what to do with a file
//! that is damaged or from a newer Saathi (move it aside, never delete it).

use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::migrations::{LATEST_VERSION, migrate, user_version};
use crate::{Error, Result};

pub(crate) fn open(path: &Path) -> Result<Connection> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    match connect(path) {
        Ok(conn) => Ok(conn),
        Err(Error::Sqlite(e)) if is_corruption(&e) => {
            tracing::warn!("database damaged; moving it aside");
            let moved_to = move_aside(path, "corrupt")?;
            Err(Error::Corrupt { moved_to })
        }
        Err(e) => Err(e),
    }
}

fn connect(path: &Path) -> Result<Connection> {
    let flags =
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    // Reading the schema first makes a damaged header fail here, before anything writes.
    let found = user_version(&conn)?;
    if found > LATEST_VERSION {
        drop(conn);
        tracing::warn!(found, known = LATEST_VERSION, "database from a newer Saathi; moving it aside");
        let moved_to = move_aside(path, "newer")?;
        return Err(Error::NewerVersion { found, known: LATEST_VERSION, moved_to });
    }
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // In WAL mode NORMAL is durable against app crashes; only a power cut can lose the last
    // commits, never corrupt the file.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Without this, the row an INSERT OR REPLACE removes skips the no-delete triggers, and a
    // reading or audit entry could be silently overwritten.
    conn.pragma_update(None, "recursive_triggers", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // Plans that never depend on bound values. Without this SQLite marks a statement with
    // `col = ?` terms "re-prepare on bind", and since rusqlite clears the bindings of every
    // statement it returns to its cache, each `prepare_cached` query (targets, conditions,
    // points) was parsed and planned again on every call. Results are the same either way.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    if found < LATEST_VERSION {
        migrate(&mut conn, found)?;
    }
    Ok(conn)
}

fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase))
}

/// `saathi.db` becomes `saathi.db.corrupt-20261121T075100Z` (with its -wal and -shm files).
pub fn moved_aside_name(path: &Path, why: &str, stamp: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".{why}-{stamp}"));
    path.with_file_name(name)
}

fn move_aside(path: &Path, why: &str) -> Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ").to_string();
    // rename() replaces an existing file: never let one moved-aside file replace another.
    let mut target = moved_aside_name(path, why, &stamp);
    let mut n = 1;
    while target.exists() || side_file(&target, "-wal").exists() {
        target = moved_aside_name(path, why, &format!("{stamp}-{n}"));
        n += 1;
    }
    std::fs::rename(path, &target)?;
    for suffix in ["-wal", "-shm"] {
        let side = side_file(path, suffix);
        if side.exists() {
            std::fs::rename(&side, side_file(&target, suffix))?;
        }
    }
    Ok(target)
}

/// `saathi.db` with `-wal` becomes `saathi.db-wal`.
fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}
