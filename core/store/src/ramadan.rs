//! Each person's fasting days: the date, and suhoor and iftar on their wall clock. Plain
//! rows: a day is set, replaced or removed (a person may stop fasting when unwell).

use chrono::{NaiveDate, NaiveTime};
use rusqlite::{Connection, Transaction};

use saathi_domain::person::PersonId;
use saathi_domain::ramadan::{RamadanCalendar, RamadanDay};

use crate::{Error, Result};

const TIME: &str = "%H:%M";
const DATE: &str = "%Y-%m-%d";

/// Sets (or replaces) fasting days, each checked by the caller (`RamadanDay::validated`).
pub fn set_days(tx: &Transaction<'_>, patient: PersonId, days: &[RamadanDay]) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO ramadan_day (patient_id, date, suhoor, iftar) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (patient_id, date) DO UPDATE SET suhoor = ?3, iftar = ?4",
    )?;
    for d in days {
        stmt.execute((
            patient.0,
            d.date.format(DATE).to_string(),
            d.suhoor.format(TIME).to_string(),
            d.iftar.format(TIME).to_string(),
        ))?;
    }
    Ok(())
}

/// Removes the fasting days from `from` to `to`, inclusive; returns how many there were.
pub fn remove_days(tx: &Transaction<'_>, patient: PersonId, from: NaiveDate, to: NaiveDate) -> Result<usize> {
    Ok(tx.execute(
        "DELETE FROM ramadan_day WHERE patient_id = ?1 AND date BETWEEN ?2 AND ?3",
        (patient.0, from.format(DATE).to_string(), to.format(DATE).to_string()),
    )?)
}

/// The fasting days from `from` to `to`, inclusive.
pub fn days(conn: &Connection, patient: PersonId, from: NaiveDate, to: NaiveDate) -> Result<RamadanCalendar> {
    let mut stmt = conn.prepare_cached(
        "SELECT date, suhoor, iftar FROM ramadan_day WHERE patient_id = ?1 AND date BETWEEN ?2 AND ?3 ORDER BY date",
    )?;
    let mut rows = stmt.query((patient.0, from.format(DATE).to_string(), to.format(DATE).to_string()))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let time = |i: usize, column| {
            NaiveTime::parse_from_str(&r.get::<_, String>(i)?, TIME)
                .map_err(|_| Error::UnknownCode { column })
        };
        out.push(RamadanDay {
            date: NaiveDate::parse_from_str(&r.get::<_, String>(0)?, DATE)
                .map_err(|_| Error::UnknownCode { column: "date" })?,
            suhoor: time(1, "suhoor")?,
            iftar: time(2, "iftar")?,
        });
    }
    RamadanCalendar::new(out).map_err(|_| Error::UnknownCode { column: "iftar" })
}
