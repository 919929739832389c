//! Medicine regimens and dose events, stored as versioned records.

use chrono::NaiveTime;
use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use saathi_domain::medicine::{DoseEvent, DoseStatus, Regimen, WithFood};
use saathi_domain::person::PersonId;
use saathi_domain::reading::{RecordId, Recorded};

use crate::records::{FIRST_VALUE as V, Versioned, meta};
use crate::{Error, Result, decode};

const TIME_FORMAT: &str = "%H:%M";

fn parse_time(s: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(s, TIME_FORMAT).map_err(|_| Error::UnknownCode { column: "times" })
}

impl Versioned for Regimen {
    const TABLE: &'static str = "regimen";
    const VALUE_COLUMNS: &'static [&'static str] = &["name", "dose", "times", "with_food"];

    fn values(&self) -> Vec<Value> {
        let times: Vec<String> = self.times.iter().map(|t| t.format(TIME_FORMAT).to_string()).collect();
        vec![
            Value::Text(self.name.clone()),
            Value::Text(self.dose.clone()),
            Value::Text(times.join(",")),
            Value::Text(self.with_food.code().to_string()),
        ]
    }

    fn from_row(row: &Row<'_>) -> Result<Self> {
        let times: String = row.get(V + 2)?;
        Ok(Regimen {
            name: row.get(V)?,
            dose: row.get(V + 1)?,
            times: times.split(',').map(parse_time).collect::<Result<_>>()?,
            with_food: decode(&row.get::<_, String>(V + 3)?, "with_food", WithFood::from_code)?,
        })
    }
}

impl Versioned for DoseEvent {
    const TABLE: &'static str = "dose_event";
    const VALUE_COLUMNS: &'static [&'static str] = &["regimen_record", "scheduled", "status"];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.regimen.0),
            Value::Text(self.scheduled.format(TIME_FORMAT).to_string()),
            Value::Text(self.status.code().to_string()),
        ]
    }

    fn from_row(row: &Row<'_>) -> Result<Self> {
        Ok(DoseEvent {
            regimen: RecordId(row.get(V)?),
            scheduled: parse_time(&row.get::<_, String>(V + 1)?)?,
            status: decode(&row.get::<_, String>(V + 2)?, "status", DoseStatus::from_code)?,
        })
    }
}

/// The patient's current regimens, in the order they were added.
pub fn current_regimens(conn: &Connection, patient: PersonId) -> Result<Vec<Recorded<Regimen>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT record_id, version, patient_id, entered_by, taken_at_ms, utc_offset_s, entered_at_ms, source,
                change_reason, name, dose, times, with_food
         FROM regimen WHERE patient_id = ?1 AND is_latest = 1 AND deleted = 0 ORDER BY record_id",
    )?;
    let mut rows = stmt.query([patient.0])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(Recorded { meta: meta(row)?, value: Regimen::from_row(row)? });
    }
    Ok(out)
}

/// The current version of one dose event (not deleted), or `NotFound` "dose".
pub fn current_dose(conn: &Connection, patient: PersonId, dose: RecordId) -> Result<Recorded<DoseEvent>> {
    let sql = format!(
        "SELECT {}, regimen_record, scheduled, status FROM dose_event
         WHERE record_id = ?1 AND patient_id = ?2 AND is_latest = 1 AND deleted = 0",
        crate::records::META_COLUMNS
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query((dose.0, patient.0))?;
    match rows.next()? {
        Some(row) => Ok(Recorded { meta: meta(row)?, value: DoseEvent::from_row(row)? }),
        None => Err(Error::NotFound { what: "dose" }),
    }
}
