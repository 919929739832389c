//! Opening a database file: connection settings, migrations, and what to do with a file
//! that is damaged, another app's, or from a newer Saathi (move it aside, never delete it).
//!
//! Damage past the header is not looked for here: `PRAGMA quick_check` reads every page
//! (about 28 MB for two years of CGM readings, far over the 20 ms an open may take; see
//! docs/perf.md). Instead any statement that meets a damaged page later is turned into
//! `Error::CorruptInUse` (see `corruption`), which leaves a marker file beside the
//! database; the next open finds the marker and moves the database aside, as it does a
//! damaged header. `Store::quick_check` runs the full check when a shell has time for it.

use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use crate::migrations::{
    APPLICATION_ID, LAST_WITHOUT_APPLICATION_ID, LATEST_VERSION, application_id, migrate, user_version,
};
use crate::{Error, Result};

pub(crate) fn open(path: &Path) -> Result<Connection> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    // Damage met by earlier statements on this thread belongs to whatever they read, not
    // to this file (see `corruption`).
    crate::corruption::take_seen();
    let marker = crate::corruption::marker(path);
    if marker.exists() {
        let moved_to = path.exists().then(|| move_aside(path, "corrupt")).transpose()?;
        // The marker is Saathi's own note, not anyone's data: removed once acted on.
        std::fs::remove_file(&marker)?;
        if let Some(moved_to) = moved_to {
            tracing::warn!("database found damaged while in use; moved it aside");
            return Err(Error::Corrupt { moved_to });
        }
    }
    let opened = connect(path);
    crate::corruption::take_seen();
    match opened {
        Ok(conn) => Ok(conn),
        Err(Error::CorruptInUse) => {
            tracing::warn!("database damaged; moving it aside");
            let moved_to = move_aside(path, "corrupt")?;
            Err(Error::Corrupt { moved_to })
        }
        Err(e) => Err(e),
    }
}

/// Whether the file at this connection is one Saathi may open: Saathi's application id;
/// or none (0) with either nothing in it yet (a new file) or the tables and a schema
/// version of a Saathi from before the id was set. Anything else is another app's.
fn is_saathis(conn: &Connection, found: i64) -> Result<bool> {
    let id = application_id(conn)?;
    if id == APPLICATION_ID {
        return Ok(true);
    }
    if id != 0 {
        return Ok(false);
    }
    if found == 0 {
        let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        return Ok(objects == 0);
    }
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('person', 'glucose', 'dose_event')",
        [],
        |r| r.get(0),
    )?;
    Ok(found <= LAST_WITHOUT_APPLICATION_ID && tables == 3)
}

fn connect(path: &Path) -> Result<Connection> {
    let flags =
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    // Reading the schema first makes a damaged header fail here, before anything writes.
    let found = user_version(&conn)?;
    if !is_saathis(&conn, found)? {
        drop(conn);
        tracing::warn!("database is not Saathi's; moving it aside");
        let moved_to = move_aside(path, "not-saathi")?;
        return Err(Error::NotSaathi { moved_to });
    }
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

/// `saathi.db` becomes `saathi.db.corrupt-20261121T075100Z` (with its -wal and -shm files).
pub fn moved_aside_name(path: &Path, why: &str, stamp: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".{why}-{stamp}"));
    path.with_file_name(name)
}

pub(crate) fn move_aside(path: &Path, why: &str) -> Result<PathBuf> {
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
