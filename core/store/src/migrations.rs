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
];

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub(crate) fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
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
