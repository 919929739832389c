//! People on the device, their conditions and unit preferences.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, Transaction};

use saathi_domain::person::{Condition, Languages, NewPerson, Person, PersonId, Role, UnitPreferences};
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};

use crate::{Error, Result, decode};

pub fn insert(tx: &Transaction<'_>, p: &NewPerson, now: DateTime<Utc>) -> Result<PersonId> {
    if by_name(tx, &p.name)?.is_some() {
        return Err(Error::NameTaken);
    }
    tx.execute(
        "INSERT INTO person (name, role, birth_year, glucose_unit, hba1c_unit, weight_unit, created_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        (
            &p.name,
            p.role.code(),
            p.birth_year,
            p.units.glucose.code(),
            p.units.hba1c.code(),
            p.units.weight.code(),
            now.timestamp_millis(),
        ),
    )?;
    let id = PersonId(tx.last_insert_rowid());
    for c in &p.conditions {
        tx.execute(
            "INSERT OR IGNORE INTO person_condition (person_id, condition) VALUES (?1, ?2)",
            (id.0, c.code()),
        )?;
    }
    Ok(id)
}

pub fn set_units(tx: &Transaction<'_>, id: PersonId, units: UnitPreferences) -> Result<()> {
    let n = tx.execute(
        "UPDATE person SET glucose_unit = ?2, hba1c_unit = ?3, weight_unit = ?4 WHERE id = ?1",
        (id.0, units.glucose.code(), units.hba1c.code(), units.weight.code()),
    )?;
    if n == 0 {
        return Err(Error::NotFound { what: "person" });
    }
    Ok(())
}

const SELECT: &str = "SELECT id, name, role, birth_year, glucose_unit, hba1c_unit, weight_unit FROM person";

fn from_row(conn: &Connection, row: &Row<'_>) -> Result<Person> {
    let id = PersonId(row.get(0)?);
    Ok(Person {
        id,
        name: row.get(1)?,
        role: decode(&row.get::<_, String>(2)?, "role", Role::from_code)?,
        birth_year: row.get(3)?,
        conditions: conditions(conn, id)?,
        units: UnitPreferences {
            glucose: decode(&row.get::<_, String>(4)?, "glucose_unit", GlucoseUnit::from_code)?,
            hba1c: decode(&row.get::<_, String>(5)?, "hba1c_unit", Hba1cUnit::from_code)?,
            weight: decode(&row.get::<_, String>(6)?, "weight_unit", WeightUnit::from_code)?,
        },
    })
}

fn conditions(conn: &Connection, id: PersonId) -> Result<Vec<Condition>> {
    let mut stmt = conn
        .prepare_cached("SELECT condition FROM person_condition WHERE person_id = ?1 ORDER BY condition")?;
    let codes = stmt.query_map([id.0], |r| r.get::<_, String>(0))?;
    codes.map(|c| decode(&c?, "condition", Condition::from_code)).collect()
}

pub fn get(conn: &Connection, id: PersonId) -> Result<Person> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?;
    let mut rows = stmt.query([id.0])?;
    match rows.next()? {
        Some(row) => from_row(conn, row),
        None => Err(Error::NotFound { what: "person" }),
    }
}

/// Finds a person by name, ignoring case.
pub fn by_name(conn: &Connection, name: &str) -> Result<Option<Person>> {
    let id: Option<i64> = conn
        .query_row("SELECT id FROM person WHERE name = ?1 COLLATE NOCASE", [name], |r| r.get(0))
        .optional()?;
    id.map(|id| get(conn, PersonId(id))).transpose()
}

pub fn all(conn: &Connection) -> Result<Vec<Person>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY id"))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(from_row(conn, row)?);
    }
    Ok(out)
}

/// The languages a person reads and hears, if they have chosen.
pub fn languages(conn: &Connection, id: PersonId) -> Result<Option<Languages>> {
    let split = |s: String| s.split(',').filter(|c| !c.is_empty()).map(str::to_string).collect();
    Ok(conn
        .prepare_cached("SELECT text, audio FROM person_languages WHERE person_id = ?1")?
        .query_row([id.0], |r| Ok(Languages { text: split(r.get(0)?), audio: split(r.get(1)?) }))
        .optional()?)
}

pub fn set_languages(tx: &Transaction<'_>, id: PersonId, l: &Languages) -> Result<()> {
    tx.execute(
        "INSERT INTO person_languages (person_id, text, audio) VALUES (?1, ?2, ?3)
         ON CONFLICT (person_id) DO UPDATE SET text = excluded.text, audio = excluded.audio",
        (id.0, l.text.join(","), l.audio.join(",")),
    )?;
    Ok(())
}
