//! Profile PINs: the argon2id hash (PHC string) and the count of wrong attempts.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction};

use saathi_domain::person::PersonId;

use crate::Result;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPin {
    pub phc: String,
    pub failures: u32,
    pub last_failure: Option<DateTime<Utc>>,
}

pub fn get(conn: &Connection, person: PersonId) -> Result<Option<StoredPin>> {
    Ok(conn
        .prepare_cached("SELECT phc, failures, last_failure_ms FROM person_pin WHERE person_id = ?1")?
        .query_row([person.0], |r| {
            Ok(StoredPin {
                phc: r.get(0)?,
                failures: r.get(1)?,
                last_failure: r.get::<_, Option<i64>>(2)?.and_then(DateTime::<Utc>::from_timestamp_millis),
            })
        })
        .optional()?)
}

/// Sets (or replaces) a person's PIN and clears wrong attempts.
pub fn set(tx: &Transaction<'_>, person: PersonId, phc: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO person_pin (person_id, phc) VALUES (?1, ?2)
         ON CONFLICT (person_id) DO UPDATE SET phc = excluded.phc, failures = 0, last_failure_ms = NULL",
        (person.0, phc),
    )?;
    Ok(())
}

pub fn clear(tx: &Transaction<'_>, person: PersonId) -> Result<()> {
    tx.execute("DELETE FROM person_pin WHERE person_id = ?1", [person.0])?;
    Ok(())
}

pub fn record_failure(tx: &Transaction<'_>, person: PersonId, at: DateTime<Utc>) -> Result<()> {
    tx.execute(
        "UPDATE person_pin SET failures = failures + 1, last_failure_ms = ?2 WHERE person_id = ?1",
        (person.0, at.timestamp_millis()),
    )?;
    Ok(())
}

pub fn reset_failures(tx: &Transaction<'_>, person: PersonId) -> Result<()> {
    tx.execute(
        "UPDATE person_pin SET failures = 0, last_failure_ms = NULL WHERE person_id = ?1",
        [person.0],
    )?;
    Ok(())
}
