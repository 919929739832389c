//! The audit log: who did what to whose record, append-only. It never holds a health
//! value, only the kind of record and its id.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Transaction};

use saathi_domain::person::PersonId;
use saathi_domain::reading::RecordId;

use crate::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: DateTime<Utc>,
    pub actor: PersonId,
    pub patient: Option<PersonId>,
    /// What was done: "log", "correct", "delete", "import", "set-target", "view", ...
    pub action: String,
    /// The kind of record acted on, as its code ("glucose", "blood-pressure", "regimen",
    /// "dose-event"), if any.
    pub record_kind: Option<String>,
    pub record: Option<RecordId>,
}

pub fn append(tx: &Transaction<'_>, e: &Entry) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO audit_log (at_ms, actor_id, patient_id, action, record_kind, record_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    stmt.execute((
        e.at.timestamp_millis(),
        e.actor.0,
        e.patient.map(|p| p.0),
        &e.action,
        &e.record_kind,
        e.record.map(|r| r.0),
    ))?;
    Ok(())
}

/// Entries about `patient`'s record, oldest first.
pub fn for_patient(conn: &Connection, patient: PersonId) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT at_ms, actor_id, patient_id, action, record_kind, record_id
         FROM audit_log WHERE patient_id = ?1 ORDER BY id",
    )?;
    let mut rows = stmt.query([patient.0])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(Entry {
            at: DateTime::<Utc>::from_timestamp_millis(r.get(0)?)
                .ok_or(Error::UnknownCode { column: "at_ms" })?,
            actor: PersonId(r.get(1)?),
            patient: r.get::<_, Option<i64>>(2)?.map(PersonId),
            action: r.get(3)?,
            record_kind: r.get(4)?,
            record: r.get::<_, Option<i64>>(5)?.map(RecordId),
        });
    }
    Ok(out)
}
