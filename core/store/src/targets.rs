//! Clinicians' target settings: every setting is kept; the newest per metric is in force.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Transaction};

use saathi_domain::person::PersonId;
use saathi_domain::targets::{TargetMetric, TargetSetting};

use crate::{Error, Result, decode};

pub fn insert(tx: &Transaction<'_>, patient: PersonId, s: &TargetSetting) -> Result<()> {
    tx.execute(
        "INSERT INTO target_setting (patient_id, metric, low, high, high_secondary, set_by, set_at_ms, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        (patient.0, s.metric.code(), s.low, s.high, s.high_secondary, s.set_by.0, s.set_at.timestamp_millis(), &s.reason),
    )?;
    Ok(())
}

/// Every setting for `patient`, oldest first (so applying them in order leaves the newest).
pub fn all(conn: &Connection, patient: PersonId) -> Result<Vec<TargetSetting>> {
    let mut stmt = conn.prepare_cached(
        "SELECT metric, low, high, high_secondary, set_by, set_at_ms, reason
         FROM target_setting WHERE patient_id = ?1 ORDER BY id",
    )?;
    let mut rows = stmt.query([patient.0])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let metric: String = r.get(0)?;
        out.push(TargetSetting {
            metric: decode(&metric, "metric", TargetMetric::from_code)?,
            low: r.get(1)?,
            high: r.get(2)?,
            high_secondary: r.get(3)?,
            set_by: PersonId(r.get(4)?),
            set_at: DateTime::<Utc>::from_timestamp_millis(r.get(5)?)
                .ok_or(Error::UnknownCode { column: "set_at_ms" })?,
            reason: r.get(6)?,
        });
    }
    Ok(out)
}
