//! Opening a database file: a new file gets the latest schema in WAL mode with foreign keys
//! on; an existing one is opened as it is; a damaged or newer file is moved aside, never
//! deleted.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::{Connection, OpenFlags};
use saathi_domain::person::Role;
use saathi_domain::reading::ReadingKind;
use saathi_store::{
    APPLICATION_ID, Error, LATEST_VERSION, Store, damage_marker, moved_aside_name, people, readings,
};

use common::{TestResult, files_in, glucose, meta, taken, utc};

fn pragma_i64(conn: &Connection, name: &str) -> rusqlite::Result<i64> {
    conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
}

fn journal_mode(conn: &Connection) -> rusqlite::Result<String> {
    conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))
}

/// Opens a file read-only, without Saathi's setup, to look at it as it is.
fn peek(path: &Path) -> rusqlite::Result<Connection> {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Checks that `moved_to` is `path` moved aside for `why` (`NAME.why-STAMP`, in the same
/// folder, with a UTC timestamp) and returns the stamp.
fn assert_moved_aside_name(path: &Path, moved_to: &Path, why: &str) -> String {
    assert_eq!(moved_to.parent(), path.parent(), "moved aside in the same folder");
    let name = moved_to.file_name().expect("a file name").to_string_lossy().into_owned();
    let prefix = format!("saathi.db.{why}-");
    let stamp = name.strip_prefix(&prefix).unwrap_or_else(|| panic!("{name} starts with {prefix}"));
    assert!(
        NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%.3fZ").is_ok(),
        "{stamp} is a UTC timestamp like 20261121T075100.123Z"
    );
    assert_eq!(moved_to, moved_aside_name(path, why, stamp));
    stamp.to_string()
}

#[test]
fn a_new_path_gets_the_latest_schema_in_wal_mode_with_foreign_keys() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("not").join("yet").join("saathi.db");
    assert!(!path.parent().ok_or("parent")?.exists());

    let store = Store::open(&path)?;

    assert!(path.is_file(), "the file and its missing folders are created");
    assert_eq!(store.path(), path);
    let conn = store.conn();
    assert_eq!(pragma_i64(conn, "user_version")?, LATEST_VERSION);
    assert_eq!(pragma_i64(conn, "application_id")?, APPLICATION_ID, "marked as Saathi's");
    assert_eq!(journal_mode(conn)?, "wal");
    assert_eq!(pragma_i64(conn, "foreign_keys")?, 1);
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('person', 'glucose', 'audit_log')",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(tables, 3, "the schema is there");
    Ok(())
}

#[test]
fn foreign_keys_are_enforced_on_the_stores_connection() -> TestResult {
    let mut db = common::TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let nobody = saathi_domain::person::PersonId(asha.0 + 100);

    let err = db.insert(&meta(nobody, asha, taken(utc(2026, 10, 1, 7, 0), 0)), glucose(6.0));

    assert!(matches!(err, Err(Error::Sqlite(_))), "{err:?}");
    assert_eq!(db.count("glucose")?, 0);
    Ok(())
}

#[test]
fn reopening_keeps_the_data_and_does_not_migrate_again() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("saathi.db");
    let (asha, record) = {
        let mut store = Store::open(&path)?;
        let asha = common::add_person(&mut store, "Asha", Role::Patient)?;
        let record =
            common::insert(&mut store, &meta(asha, asha, taken(utc(2026, 10, 1, 7, 0), 3600)), glucose(6.4))?;
        (asha, record)
    };
    let schema = |conn: &Connection| -> rusqlite::Result<Vec<(String, Option<String>)>> {
        let mut stmt = conn.prepare("SELECT name, sql FROM sqlite_master ORDER BY type, name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    };
    let before = schema(&peek(&path)?)?;

    for _ in 0..2 {
        // Were the first migration applied again, its CREATE TABLEs would fail here.
        let store = Store::open(&path)?;
        let conn = store.conn();
        assert_eq!(pragma_i64(conn, "user_version")?, LATEST_VERSION);
        assert_eq!(journal_mode(conn)?, "wal");
        assert_eq!(pragma_i64(conn, "foreign_keys")?, 1);
        assert_eq!(schema(conn)?, before);
        assert_eq!(people::get(conn, asha)?.name, "Asha");
        let got = readings::get(conn, ReadingKind::Glucose, asha, record)?;
        assert_eq!(got.value, glucose(6.4).into());
        assert_eq!(got.meta.version, 1);
        let n: i64 = conn.query_row("SELECT count(*) FROM glucose", [], |r| r.get(0))?;
        assert_eq!(n, 1);
    }
    Ok(())
}

#[test]
fn a_damaged_file_is_moved_aside_with_its_bytes_intact() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("saathi.db");
    // 8 KiB that are not a SQLite database (no "SQLite format 3" header).
    let garbage: Vec<u8> = (0u32..8192).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 ^ 0x5a).collect();
    assert_ne!(&garbage[..16], b"SQLite format 3\0");
    fs::write(&path, &garbage)?;

    let moved_to = match Store::open(&path) {
        Err(Error::Corrupt { moved_to }) => moved_to,
        Err(e) => return Err(format!("expected Error::Corrupt, got {e:?}").into()),
        Ok(_) => return Err("a damaged file opened as if it were fine".into()),
    };

    assert!(!path.exists(), "the damaged file is no longer at the database's path");
    assert_eq!(fs::read(&moved_to)?, garbage, "the moved file holds exactly the original bytes");
    assert_moved_aside_name(&path, &moved_to, "corrupt");
    let moved_name = moved_to.file_name().ok_or("name")?.to_string_lossy().into_owned();
    assert_eq!(files_in(dir.path())?, vec![moved_name.clone()], "nothing else made or removed");

    // The app can start again on a fresh database; the damaged file stays where it was put.
    let store = Store::open(&path)?;
    assert_eq!(pragma_i64(store.conn(), "user_version")?, LATEST_VERSION);
    drop(store);
    assert_eq!(fs::read(&moved_to)?, garbage);
    assert!(files_in(dir.path())?.contains(&moved_name));
    Ok(())
}

/// Makes a database at `path` as a newer Saathi might: Saathi's application id, a table
/// this build does not know, a row in it, and a schema version one past the latest this
/// build knows.
fn make_newer(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(&format!(
        "CREATE TABLE from_the_future (x TEXT NOT NULL);
         INSERT INTO from_the_future (x) VALUES ('keep me');
         PRAGMA application_id = {APPLICATION_ID};
         PRAGMA user_version = {};",
        LATEST_VERSION + 1
    ))
}

fn assert_newer_contents(path: &Path) -> TestResult {
    let conn = peek(path)?;
    assert_eq!(pragma_i64(&conn, "user_version")?, LATEST_VERSION + 1);
    let x: String = conn.query_row("SELECT x FROM from_the_future", [], |r| r.get(0))?;
    assert_eq!(x, "keep me");
    Ok(())
}

#[test]
fn a_database_from_a_newer_saathi_is_moved_aside_not_deleted() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("saathi.db");
    make_newer(&Connection::open(&path)?)?;
    let original = fs::read(&path)?;

    let moved_to = match Store::open(&path) {
        Err(Error::NewerVersion { found, known, moved_to }) => {
            assert_eq!(found, LATEST_VERSION + 1);
            assert_eq!(known, LATEST_VERSION);
            moved_to
        }
        Err(e) => return Err(format!("expected Error::NewerVersion, got {e:?}").into()),
        Ok(_) => return Err("a newer database was opened".into()),
    };

    assert!(!path.exists());
    assert_moved_aside_name(&path, &moved_to, "newer");
    assert_eq!(fs::read(&moved_to)?, original, "not touched, let alone migrated");
    assert_newer_contents(&moved_to)?;

    // Opening the path again starts a fresh database; the newer one is left alone.
    let store = Store::open(&path)?;
    assert_eq!(pragma_i64(store.conn(), "user_version")?, LATEST_VERSION);
    drop(store);
    assert_eq!(fs::read(&moved_to)?, original);
    Ok(())
}

#[test]
fn a_newer_database_left_with_its_wal_is_moved_aside_whole() -> TestResult {
    let dir = tempfile::tempdir()?;
    let source = dir.path().join("source.db");
    let path = dir.path().join("saathi.db");
    {
        // A newer Saathi stopped (say it was killed) with its last commits still in the WAL:
        // copy the three files while its connection is open and nothing is checkpointed.
        let conn = Connection::open(&source)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        make_newer(&conn)?;
        for suffix in ["", "-wal", "-shm"] {
            fs::copy(with_suffix(&source, suffix), with_suffix(&path, suffix))?;
        }
    }
    assert!(fs::metadata(with_suffix(&path, "-wal"))?.len() > 0, "the commits are in the WAL");

    let moved_to = match Store::open(&path) {
        Err(Error::NewerVersion { found, moved_to, .. }) => {
            assert_eq!(found, LATEST_VERSION + 1, "the version is read through the WAL");
            moved_to
        }
        other => return Err(format!("expected Error::NewerVersion, got {:?}", other.err()).into()),
    };

    for suffix in ["", "-wal", "-shm"] {
        assert!(!with_suffix(&path, suffix).exists(), "nothing left at saathi.db{suffix}");
    }
    assert_moved_aside_name(&path, &moved_to, "newer");
    // Whether the WAL moved with it or was folded into it, every commit is in the moved file.
    assert_newer_contents(&moved_to)?;

    // No stale WAL is left to be replayed into the fresh database made at the old path.
    let store = Store::open(&path)?;
    let future: i64 = store.conn().query_row(
        "SELECT count(*) FROM sqlite_master WHERE name = 'from_the_future'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(future, 0);
    assert_eq!(pragma_i64(store.conn(), "user_version")?, LATEST_VERSION);
    Ok(())
}

/// Opens `path` expecting `Error::NotSaathi`; returns where the file went.
fn refused_as_not_saathi(path: &Path) -> Result<PathBuf, Box<dyn std::error::Error>> {
    match Store::open(path) {
        Err(Error::NotSaathi { moved_to }) => Ok(moved_to),
        Err(e) => Err(format!("expected Error::NotSaathi, got {e:?}").into()),
        Ok(_) => Err("another app's database was opened".into()),
    }
}

#[test]
fn another_apps_database_is_moved_aside_untouched_not_migrated() -> TestResult {
    // Three kinds of stranger: another app's id; no id but tables that are not Saathi's;
    // no id and Saathi-like version but not Saathi's tables.
    let setups = [
        "PRAGMA application_id = 1234; CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep');",
        "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep');",
        "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep'); PRAGMA user_version = 3;",
        // Another app's id on an otherwise empty file: still not ours to write.
        "PRAGMA application_id = 1234;",
    ];
    for setup in setups {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("saathi.db");
        Connection::open(&path)?.execute_batch(setup)?;
        let original = fs::read(&path)?;

        let moved_to = refused_as_not_saathi(&path)?;

        assert!(!path.exists(), "{setup}");
        assert_moved_aside_name(&path, &moved_to, "not-saathi");
        assert_eq!(fs::read(&moved_to)?, original, "not touched, let alone migrated: {setup}");
        // The next open starts a fresh Saathi database.
        let store = Store::open(&path)?;
        assert_eq!(pragma_i64(store.conn(), "application_id")?, APPLICATION_ID);
    }
    Ok(())
}

#[test]
fn an_empty_file_and_a_saathi_from_before_the_id_open() -> TestResult {
    let dir = tempfile::tempdir()?;
    // A zero-length file (made by `touch`, or a crash before the first write).
    let empty = dir.path().join("empty.db");
    fs::write(&empty, b"")?;
    let store = Store::open(&empty)?;
    assert_eq!(pragma_i64(store.conn(), "application_id")?, APPLICATION_ID);
    assert_eq!(pragma_i64(store.conn(), "user_version")?, LATEST_VERSION);
    Ok(())
}

/// A database with many readings, closed (its WAL folded in), and its page size.
fn database_with_many_readings(path: &Path) -> Result<i64, Box<dyn std::error::Error>> {
    let mut store = Store::open(path)?;
    let asha = common::add_person(&mut store, "Asha", Role::Patient)?;
    store.write(|tx| {
        let mut insert = saathi_store::records::BulkInsert::new(tx)?;
        for i in 0..20_000i64 {
            let t = utc(2026, 1, 1, 0, 0) + chrono::Duration::minutes(5 * i);
            insert.insert(&meta(asha, asha, taken(t, 0)), &glucose(5.0 + (i % 40) as f64 / 10.0))?;
        }
        Ok::<_, Error>(())
    })?;
    let page_size = pragma_i64(store.conn(), "page_size")?;
    drop(store);
    assert!(!with_suffix(path, "-wal").exists(), "closing folded the WAL into the file");
    Ok(page_size)
}

/// Overwrites the b-tree header of every page in the last half of the file (the readings'
/// table and index pages) with bytes no page can start with. Page 1 (the header and
/// schema) is left whole, so the file still opens.
fn damage_deep_pages(path: &Path, page_size: i64) -> TestResult {
    let mut bytes = fs::read(path)?;
    let pages = bytes.len() / page_size as usize;
    assert!(pages > 100, "a real database of many pages ({pages})");
    for page in pages / 2..pages {
        let at = page * page_size as usize;
        bytes[at..at + 8].copy_from_slice(&[0xEE; 8]);
    }
    fs::write(path, &bytes)?;
    Ok(())
}

#[test]
fn damage_deep_in_the_file_is_reported_then_moved_aside_on_the_next_open() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("saathi.db");
    let page_size = database_with_many_readings(&path)?;
    damage_deep_pages(&path, page_size)?;
    let damaged = fs::read(&path)?;

    // The open reads only the header and schema: it does not notice.
    let store = Store::open(&path)?;
    let asha = people::by_name(store.conn(), "Asha")?.ok_or("Asha")?.id;
    let all = readings::current_all(store.conn(), asha, utc(2000, 1, 1, 0, 0), utc(2100, 1, 1, 0, 0));
    assert!(matches!(all, Err(Error::CorruptInUse)), "reading the damaged pages: {:?}", all.err());
    // Whoever holds the store notes the damage when done with it: a marker, nothing moved.
    store.note_damage();
    drop(store);
    assert!(damage_marker(&path).exists());
    assert_eq!(fs::read(&path)?, damaged, "the file is not touched while in use");

    // The next open moves it aside whole, and the one after starts afresh.
    let moved_to = match Store::open(&path) {
        Err(Error::Corrupt { moved_to }) => moved_to,
        other => return Err(format!("expected Error::Corrupt, got {:?}", other.err()).into()),
    };
    assert_moved_aside_name(&path, &moved_to, "corrupt");
    assert_eq!(fs::read(&moved_to)?, damaged, "kept byte for byte, never deleted");
    assert!(!damage_marker(&path).exists() && !path.exists());
    let fresh = Store::open(&path)?;
    assert!(people::all(fresh.conn())?.is_empty());
    Ok(())
}

#[test]
fn quick_check_finds_deep_damage_and_marks_the_file() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("saathi.db");
    let page_size = database_with_many_readings(&path)?;
    Store::open(&path)?.quick_check()?;
    assert!(!damage_marker(&path).exists(), "a whole file passes");

    damage_deep_pages(&path, page_size)?;
    let store = Store::open(&path)?;
    assert!(matches!(store.quick_check(), Err(Error::CorruptInUse)));
    drop(store);
    assert!(damage_marker(&path).exists());
    assert!(matches!(Store::open(&path), Err(Error::Corrupt { .. })));
    Ok(())
}
