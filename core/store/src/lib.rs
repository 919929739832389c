//! Saathi's SQLite storage. See README.md for the map of modules.

pub mod alerts;
pub mod audit;
pub mod content;
mod corruption;
pub mod glucose_days;
pub mod grants;
pub mod invitations;
pub mod medicines;
mod migrations;
mod open;
pub mod people;
pub mod pins;
pub mod protocols;
pub mod ramadan;
pub mod readings;
pub mod records;
pub mod schedules;
pub mod targets;
pub mod zones;

use std::path::PathBuf;

/// The transaction type write closures receive, for callers without a rusqlite dependency.
pub use rusqlite::Transaction;
use rusqlite::{Connection, TransactionBehavior};

pub use corruption::marker as damage_marker;
pub use migrations::{APPLICATION_ID, LATEST_VERSION};
pub use open::moved_aside_name;

/// Storage errors, rich for the app layer, which decides what the person is told.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "the database was made by a newer Saathi (schema {found}, this one knows {known}); it was moved to {moved_to}"
    )]
    NewerVersion { found: i64, known: i64, moved_to: PathBuf },
    #[error("the database is damaged and was moved to {moved_to}")]
    Corrupt { moved_to: PathBuf },
    /// A statement met a damaged page while the database was open. The file is marked
    /// (`damage_marker`) and moved aside on the next open.
    #[error("the database is damaged; it will be moved aside when next opened")]
    CorruptInUse,
    /// The file is another app's SQLite database; it was moved to `moved_to`, untouched.
    #[error("the database is not Saathi's and was moved to {moved_to}")]
    NotSaathi { moved_to: PathBuf },
    #[error("no {what} with that id")]
    NotFound { what: &'static str },
    #[error("a person with that name already exists")]
    NameTaken,
    #[error("stored value in {column} is not one Saathi knows")]
    UnknownCode { column: &'static str },
    /// Any other SQLite error (damage becomes `CorruptInUse`: see `corruption`).
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The one connection to one Saathi database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: impl Into<PathBuf>) -> Result<Store> {
        let path = path.into();
        let conn = open::open(&path)?;
        Ok(Store { conn, path })
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// For reads. Reads see the last committed state.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// SQLite's `data_version`: changes whenever another connection commits to the file,
    /// so callers can tell when what they read before may be out of date.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.prepare_cached("PRAGMA data_version")?.query_row([], |r| r.get(0))?)
    }

    /// Runs `f` in one immediate transaction: all of it commits, or none of it.
    pub fn write<T, E>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<Error>,
    {
        let result = self.write_once(f);
        self.note_damage();
        result
    }

    fn write_once<T, E>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<Error>,
    {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(Error::from)?;
        let value = f(&tx)?;
        tx.commit().map_err(Error::from)?;
        Ok(value)
    }

    /// Marks this database damaged (moved aside on the next open) if a statement on this
    /// thread met a damaged page since the last call. Whoever holds the store calls this
    /// when done with it (`write` does); see `corruption`.
    pub fn note_damage(&self) {
        if corruption::take_seen() {
            corruption::mark(&self.path);
        }
    }

    /// SQLite's `PRAGMA quick_check`: reads every page (slow: see docs/perf.md), for a
    /// shell to run when it has time. `Err(CorruptInUse)` when anything is damaged, and
    /// the file is marked to be moved aside on the next open.
    pub fn quick_check(&self) -> Result<()> {
        let result = self.conn.query_row("PRAGMA quick_check(1)", [], |r| r.get::<_, String>(0));
        let ok = match result {
            Ok(s) => s == "ok",
            Err(e) => return Err(self.damaged_or(e)),
        };
        if ok {
            return Ok(());
        }
        corruption::mark(&self.path);
        Err(Error::CorruptInUse)
    }

    fn damaged_or(&self, e: rusqlite::Error) -> Error {
        let e = Error::from(e);
        self.note_damage();
        e
    }
}

/// Maps a stored text code back to a domain enum.
pub(crate) fn decode<T>(code: &str, column: &'static str, f: impl Fn(&str) -> Option<T>) -> Result<T> {
    // Lazily: an eager error was built and dropped for every row a summary decodes.
    f(code).ok_or_else(|| Error::UnknownCode { column })
}
