//! Damage found while the database is in use. SQLite reports a damaged page only when a
//! statement reads it (`SQLITE_CORRUPT`, `SQLITE_NOTADB`), deep inside whatever query met
//! it. Every rusqlite error becomes a store error in one place (`From` below); a damaged
//! page becomes `Error::CorruptInUse` there and is noted for this thread. The code that
//! holds the store (`Store::write`, and the app's lock on it) then calls `Store::note_damage`,
//! which writes a marker file beside the database: the next open moves the database
//! aside (never deletes it) and starts afresh, as for a damaged header.
//!
//! The note is per thread because the conversion has no handle on the store: a store is
//! used by one thread at a time (the app holds it behind a mutex), so the damage a thread
//! saw while holding a store is that store's.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use crate::Error;

thread_local! {
    static SEEN: Cell<bool> = const { Cell::new(false) };
}

pub(crate) fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase))
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        if is_corruption(&e) {
            SEEN.set(true);
            Error::CorruptInUse
        } else {
            Error::Sqlite(e)
        }
    }
}

/// Whether this thread met damage since last asked; clears the note.
pub(crate) fn take_seen() -> bool {
    SEEN.replace(false)
}

/// `saathi.db` is marked damaged by `saathi.db.damaged` beside it.
pub fn marker(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".damaged");
    PathBuf::from(name)
}

/// Leaves the marker for `path` (the next open moves the database aside).
pub(crate) fn mark(path: &Path) {
    // A failure to write the marker must not hide the error the person is about to see;
    // the same damage will be met, and marked, again.
    if let Err(e) = std::fs::write(marker(path), b"SQLite reported damage; moved aside on next open\n") {
        tracing::error!(error = %e, "could not mark the database as damaged");
    } else {
        tracing::error!("database damaged while in use; it will be moved aside when next opened");
    }
}
