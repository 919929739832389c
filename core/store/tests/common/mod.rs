//! Helpers shared by the store's integration tests: a store on a fresh temporary file,
//! people, instants and readings.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, TimeZone, Utc};
use rusqlite::types::Value;
use saathi_domain::person::{NewPerson, PersonId, Role, UnitPreferences};
use saathi_domain::reading::{
    BloodPressure, Change, Glucose, GlucoseContext, Measurement, ReadingSource, RecordId,
};
use saathi_domain::time::Taken;
use saathi_domain::units::GlucoseUnit;
use saathi_store::records::NewMeta;
use saathi_store::{Store, people, readings};
use tempfile::TempDir;

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A store on a new file in its own temporary directory (removed when dropped).
pub struct TestDb {
    pub dir: TempDir,
    pub store: Store,
}

impl TestDb {
    pub fn new() -> Result<TestDb, Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store = Store::open(dir.path().join("saathi.db"))?;
        Ok(TestDb { dir, store })
    }

    pub fn path(&self) -> PathBuf {
        self.store.path().to_path_buf()
    }

    pub fn person(&mut self, name: &str, role: Role) -> saathi_store::Result<PersonId> {
        add_person(&mut self.store, name, role)
    }

    pub fn insert(&mut self, meta: &NewMeta, m: impl Into<Measurement>) -> saathi_store::Result<RecordId> {
        insert(&mut self.store, meta, m)
    }

    /// How many rows `table` holds, every version counted.
    pub fn count(&self, table: &str) -> rusqlite::Result<i64> {
        self.store.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
    }
}

/// Adds a person with no conditions and the default units.
pub fn add_person(store: &mut Store, name: &str, role: Role) -> saathi_store::Result<PersonId> {
    let p = NewPerson {
        name: name.to_string(),
        role,
        birth_year: None,
        conditions: vec![],
        units: UnitPreferences::default(),
    };
    store.write(|tx| people::insert(tx, &p, utc(2026, 9, 1, 9, 0)))
}

/// Stores a first version of a reading in its own transaction.
pub fn insert(
    store: &mut Store,
    meta: &NewMeta,
    m: impl Into<Measurement>,
) -> saathi_store::Result<RecordId> {
    let m = m.into();
    store.write(|tx| readings::insert(tx, meta, &m))
}

/// An instant, to the minute, in UTC.
pub fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).single().expect("a valid instant")
}

pub fn taken(at: DateTime<Utc>, offset_seconds: i32) -> Taken {
    Taken { at, offset_seconds }
}

/// A hand-entered reading of `patient`'s, typed by `by`, entered a minute after it was taken.
pub fn meta(patient: PersonId, by: PersonId, taken: Taken) -> NewMeta {
    NewMeta {
        patient,
        entered_by: by,
        taken,
        entered_at: taken.at + Duration::minutes(1),
        source: ReadingSource::Hand,
    }
}

pub fn glucose(mmol: f64) -> Glucose {
    Glucose { value: mmol, unit: GlucoseUnit::MmolPerL, context: GlucoseContext::Fasting }
}

pub fn bp(systolic: u16, diastolic: u16) -> BloodPressure {
    BloodPressure { systolic, diastolic, pulse: None, arm: None, position: None }
}

pub fn change(by: PersonId, reason: &str) -> Change {
    Change { by, reason: reason.to_string() }
}

/// Every row of `table`, every column, in id order: to show that nothing changed.
pub fn rows(conn: &rusqlite::Connection, table: &str) -> rusqlite::Result<Vec<Vec<Value>>> {
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))?;
    let n = stmt.column_count();
    let rows = stmt.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())?;
    rows.collect()
}

/// The names of the files in `dir`, sorted.
pub fn files_in(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        names.push(entry?.file_name().to_string_lossy().into_owned());
    }
    names.sort();
    Ok(names)
}
