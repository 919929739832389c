//! Runs of NICE's home blood-pressure protocol, and the readings taken as part of each.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction};

use saathi_domain::person::PersonId;
use saathi_domain::reading::RecordId;
use saathi_domain::summary::BpPoint;
use saathi_domain::time::Taken;

use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProtocolRun {
    pub id: i64,
    pub patient: PersonId,
    pub started: Taken,
    pub planned_days: u32,
}

pub fn start(
    tx: &Transaction<'_>,
    patient: PersonId,
    started: Taken,
    planned_days: u32,
    by: PersonId,
) -> Result<ProtocolRun> {
    tx.execute(
        "INSERT INTO bp_protocol (patient_id, started_at_ms, utc_offset_s, planned_days, entered_by)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        (patient.0, started.millis(), started.offset_seconds, planned_days, by.0),
    )?;
    Ok(ProtocolRun { id: tx.last_insert_rowid(), patient, started, planned_days })
}

/// The newest run for `patient`, if any.
pub fn latest(conn: &Connection, patient: PersonId) -> Result<Option<ProtocolRun>> {
    conn.query_row(
        "SELECT id, started_at_ms, utc_offset_s, planned_days FROM bp_protocol
         WHERE patient_id = ?1 ORDER BY id DESC LIMIT 1",
        [patient.0],
        |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, i32>(2)?, r.get::<_, u32>(3)?)),
    )
    .optional()?
    .map(|(id, ms, off, days)| {
        let started = Taken::from_millis(ms, off).ok_or(Error::UnknownCode { column: "started_at_ms" })?;
        Ok(ProtocolRun { id, patient, started, planned_days: days })
    })
    .transpose()
}

/// Records that blood-pressure record `reading` was taken as part of run `run`.
pub fn attach(tx: &Transaction<'_>, run: i64, reading: RecordId) -> Result<()> {
    tx.execute("INSERT INTO bp_protocol_reading (protocol_id, record_id) VALUES (?1, ?2)", (run, reading.0))?;
    Ok(())
}

/// Current readings taken as part of run `run`.
pub fn readings(conn: &Connection, run: i64, until: DateTime<Utc>) -> Result<Vec<BpPoint>> {
    let mut stmt = conn.prepare_cached(
        "SELECT b.taken_at_ms, b.utc_offset_s, b.systolic, b.diastolic
         FROM bp_protocol_reading l JOIN blood_pressure b ON b.record_id = l.record_id
         WHERE l.protocol_id = ?1 AND b.is_latest = 1 AND b.deleted = 0 AND b.taken_at_ms < ?2
         ORDER BY b.taken_at_ms",
    )?;
    let mut rows = stmt.query((run, until.timestamp_millis()))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let taken =
            Taken::from_millis(r.get(0)?, r.get(1)?).ok_or(Error::UnknownCode { column: "taken_at_ms" })?;
        out.push(BpPoint { taken, systolic: r.get(2)?, diastolic: r.get(3)? });
    }
    Ok(out)
}
