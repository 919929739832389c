//! Alerts sent to helpers, and the patient's acknowledgements, so each alert goes once and
//! an acknowledged reading is not escalated. Both append-only; each names what it is about
//! by `AlertAbout::key` (a dose or a reading record), never a health value.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction};

use saathi_domain::alerts::{AlertAbout, SentAlert};
use saathi_domain::person::PersonId;

use crate::{Error, Result};

fn instant(ms: i64, column: &'static str) -> Result<DateTime<Utc>> {
    DateTime::<Utc>::from_timestamp_millis(ms).ok_or(Error::UnknownCode { column })
}

/// Records that `to` was told about `about` at `at`. `false` if they already were (the
/// first record stands).
pub fn record_sent(
    tx: &Transaction<'_>,
    patient: PersonId,
    to: PersonId,
    about: &AlertAbout,
    at: DateTime<Utc>,
) -> Result<bool> {
    let n = tx.execute(
        "INSERT INTO helper_alert (patient_id, helper_id, about, sent_at_ms) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (patient_id, helper_id, about) DO NOTHING",
        (patient.0, to.0, about.key(), at.timestamp_millis()),
    )?;
    Ok(n == 1)
}

/// Alerts about `patient` sent at or after `since`, oldest first.
pub fn sent(conn: &Connection, patient: PersonId, since: DateTime<Utc>) -> Result<Vec<SentAlert>> {
    let mut stmt = conn.prepare_cached(
        "SELECT helper_id, about, sent_at_ms FROM helper_alert WHERE patient_id = ?1 AND sent_at_ms >= ?2
         ORDER BY sent_at_ms, id",
    )?;
    let mut rows = stmt.query((patient.0, since.timestamp_millis()))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let about: String = r.get(1)?;
        out.push(SentAlert {
            to: PersonId(r.get(0)?),
            about: AlertAbout::from_key(&about).ok_or(Error::UnknownCode { column: "about" })?,
            at: instant(r.get(2)?, "sent_at_ms")?,
        });
    }
    Ok(out)
}

/// Who acknowledged an alert, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acknowledgement {
    pub by: PersonId,
    pub at: DateTime<Utc>,
}

/// Records that `by` acknowledged `about` ("I am dealing with it"). `false` if it already
/// was acknowledged (the first acknowledgement stands).
pub fn acknowledge(
    tx: &Transaction<'_>,
    patient: PersonId,
    about: &AlertAbout,
    by: PersonId,
    at: DateTime<Utc>,
) -> Result<bool> {
    let n = tx.execute(
        "INSERT INTO alert_acknowledgement (patient_id, about, by_id, at_ms) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (patient_id, about) DO NOTHING",
        (patient.0, about.key(), by.0, at.timestamp_millis()),
    )?;
    Ok(n == 1)
}

pub fn acknowledgement(
    conn: &Connection,
    patient: PersonId,
    about: &AlertAbout,
) -> Result<Option<Acknowledgement>> {
    conn.prepare_cached(
        "SELECT by_id, at_ms FROM alert_acknowledgement WHERE patient_id = ?1 AND about = ?2",
    )?
    .query_row((patient.0, about.key()), |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
    .optional()?
    .map(|(by, ms)| Ok(Acknowledgement { by: PersonId(by), at: instant(ms, "at_ms")? }))
    .transpose()
}
