//! Numbered SQL migrations, applied in one transaction and tracked in `PRAGMA user_version`.
//! Add a file `migrations/NNNN_name.sql` and a line here; never edit a released file.

use rusqlite::Connection;

const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_initial", include_str!("../migrations/0001_initial.sql")),
    ("0002_access", include_str!("../migrations/0002_access.sql")),
    ("0003_languages", include_str!("../migrations/0003_languages.sql")),
    ("0004_reminders", include_str!("../migrations/0004_reminders.sql")),
    ("0005_content", include_str!("../migrations/0005_content.sql")),
    ("0006_glucose_days", include_str!("../migrations/0006_glucose_days.sql")),
    ("0007_application_id", include_str!("../migrations/0007_application_id.sql")),
];

/// `PRAGMA application_id` of a Saathi database ("Saat" in ASCII), set by 0007.
pub const APPLICATION_ID: i64 = 0x5361_6174;

/// The last version made before `APPLICATION_ID` was set: a database at this version or
/// below reads application id 0 and is still Saathi's.
pub(crate) const LAST_WITHOUT_APPLICATION_ID: i64 = 6;

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub(crate) fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

pub(crate) fn application_id(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA application_id", [], |r| r.get(0))
}

/// Applies every migration after `from`, all in one transaction.
pub(crate) fn migrate(conn: &mut Connection, from: i64) -> crate::Result<()> {
    let tx = conn.transaction()?;
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        tracing::info!(migration = name, "applying migration");
        tx.execute_batch(sql)?;
        if *name == "0002_access" {
            // Entries written before the chain existed get their hashes now, once.
            crate::audit::seal(&tx)?;
        }
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    Ok(tx.commit()?)
}
