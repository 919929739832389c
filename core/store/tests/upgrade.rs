//! A database made by the first schema (tests/fixtures/schema-v1.sqlite, see its README)
//! is migrated to the latest version without losing a row, and then has exactly the schema
//! of a database made fresh by this build. A version 3 database, made in the test from the
//! released migration files, upgrades the same way and takes reminders.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use saathi_domain::person::{Condition, PersonId, Role};
use saathi_domain::reading::{
    Arm, BloodPressure, Glucose, GlucoseContext, Measurement, Position, ReadingKind, ReadingSource, RecordId,
};
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};
use saathi_store::{LATEST_VERSION, Store, audit, people, readings};

use common::{TestResult, utc};

fn fixture() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/schema-v1.sqlite"))
}

/// A copy of the fixture in a temporary folder, so the committed file is never touched.
fn copy_of_fixture() -> Result<(tempfile::TempDir, PathBuf), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("saathi.db");
    fs::copy(fixture(), &path)?;
    Ok((dir, path))
}

fn read_only(path: &Path) -> rusqlite::Result<Connection> {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
}

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

type Schema = Vec<(String, String, String, Option<String>)>;

/// Every table, index and trigger, with runs of whitespace in its SQL made one space.
fn schema(conn: &Connection) -> rusqlite::Result<Schema> {
    let mut stmt = conn.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")?;
    let rows = stmt.query_map([], |r| {
        let sql: Option<String> = r.get(3)?;
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, sql.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))))
    })?;
    rows.collect()
}

/// Every row of every table, by table, with the table's columns: what must survive.
type Contents = BTreeMap<String, (Vec<String>, Vec<Vec<Value>>)>;

fn contents(conn: &Connection) -> rusqlite::Result<Contents> {
    let mut tables = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    let names: Vec<String> = tables.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    let mut out = Contents::new();
    for name in names {
        let columns: Vec<String> =
            conn.prepare(&format!("SELECT * FROM {name}"))?.column_names().map(String::from).collect();
        let rows = rows_of(conn, &name, &columns)?;
        out.insert(name, (columns, rows));
    }
    Ok(out)
}

/// The given columns of every row of `table`, in a stable order.
fn rows_of(conn: &Connection, table: &str, columns: &[String]) -> rusqlite::Result<Vec<Vec<Value>>> {
    let order: Vec<String> = (1..=columns.len()).map(|i| i.to_string()).collect();
    let sql = format!("SELECT {} FROM {table} ORDER BY {}", columns.join(", "), order.join(", "));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| (0..columns.len()).map(|i| r.get::<_, Value>(i)).collect())?;
    rows.collect()
}

#[test]
fn the_fixture_is_a_version_1_database_with_rows() -> TestResult {
    // Guards the upgrade test below: it means something only if the fixture is old and full.
    let conn = read_only(&fixture())?;
    assert_eq!(user_version(&conn)?, 1);
    let c = contents(&conn)?;
    let count = |t: &str| c.get(t).map(|(_, rows)| rows.len()).unwrap_or_default();
    assert_eq!(count("person"), 2);
    assert_eq!(count("person_condition"), 2);
    assert_eq!(count("glucose"), 3);
    assert_eq!(count("blood_pressure"), 2);
    assert_eq!(count("audit_log"), 1);
    Ok(())
}

#[test]
fn the_fixture_has_the_schema_the_first_migration_makes() -> TestResult {
    // The released 0001_initial.sql must never change: a database made by it (the fixture)
    // and the file as it is now must agree.
    let now = Connection::open_in_memory()?;
    now.execute_batch(include_str!("../migrations/0001_initial.sql"))?;
    assert_eq!(schema(&read_only(&fixture())?)?, schema(&now)?);
    Ok(())
}

#[test]
fn a_version_1_database_migrates_to_the_latest_without_losing_anything() -> TestResult {
    let (dir, path) = copy_of_fixture()?;
    let before = contents(&read_only(&path)?)?;

    let store = Store::open(&path)?;
    let conn = store.conn();

    // (c) The latest version, marked as Saathi's (it read 0 before: pre-0007 Saathi).
    assert_eq!(user_version(conn)?, LATEST_VERSION);
    let id = |c: &Connection| c.query_row("PRAGMA application_id", [], |r| r.get::<_, i64>(0));
    assert_eq!(id(conn)?, saathi_store::APPLICATION_ID);

    // (a) Every row of every old table is still there, column for column (a migration may
    // add columns and tables, not lose them).
    for (table, (columns, rows)) in &before {
        assert_eq!(&rows_of(conn, table, columns)?, rows, "{table} after migration");
    }
    assert_eq!(conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0))?, "ok");
    let broken_links: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
    assert_eq!(broken_links, 0);

    // (b) The same schema as a database this build makes from nothing, and the same id.
    let fresh = Store::open(dir.path().join("fresh.db"))?;
    assert_eq!(schema(conn)?, schema(fresh.conn())?);
    assert_eq!(id(conn)?, id(fresh.conn())?);
    Ok(())
}

#[test]
fn a_migrated_database_reads_back_through_the_store() -> TestResult {
    let (_dir, path) = copy_of_fixture()?;
    let store = Store::open(&path)?;
    let conn = store.conn();

    let asha = people::by_name(conn, "asha patel")?.ok_or("Asha")?;
    let ravi = people::by_name(conn, "Ravi Patel")?.ok_or("Ravi")?;
    assert_eq!((asha.id, asha.role, asha.birth_year), (PersonId(1), Role::Patient, Some(1956)));
    assert_eq!(ravi.role, Role::Helper);
    assert_eq!(
        (asha.units.glucose, asha.units.hba1c, asha.units.weight),
        (GlucoseUnit::MgPerDl, Hba1cUnit::Percent, WeightUnit::StonesPounds)
    );
    let mut conditions = asha.conditions.clone();
    conditions.sort();
    assert_eq!(conditions, [Condition::Type2Diabetes, Condition::HighBloodPressure]);

    // The corrected glucose reading: both versions, who and why.
    let h = readings::history(conn, ReadingKind::Glucose, asha.id, RecordId(1))?;
    let got: Vec<_> = h
        .iter()
        .map(|v| {
            (
                v.record.meta.version,
                v.is_latest,
                v.record.meta.entered_by,
                v.record.meta.change_reason.clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [(1, false, asha.id, None), (2, true, ravi.id, Some("typed the wrong number".to_string()))]
    );
    assert_eq!(
        h[0].record.value,
        Measurement::Glucose(Glucose {
            value: 126.0,
            unit: GlucoseUnit::MgPerDl,
            context: GlucoseContext::Fasting
        })
    );
    assert_eq!(
        h[1].record.value,
        Measurement::Glucose(Glucose {
            value: 7.2,
            unit: GlucoseUnit::MmolPerL,
            context: GlucoseContext::Fasting
        })
    );

    let bp = readings::get(conn, ReadingKind::BloodPressure, asha.id, RecordId(1))?;
    assert_eq!(
        bp.value,
        Measurement::BloodPressure(BloodPressure {
            systolic: 142,
            diastolic: 88,
            pulse: Some(71),
            arm: Some(Arm::Left),
            position: Some(Position::Sitting),
        })
    );

    // Current glucose in October: the correction and the meter reading in Lahore.
    let points = readings::glucose_points(conn, asha.id, utc(2026, 10, 1, 0, 0), utc(2026, 11, 1, 0, 0))?;
    let got: Vec<_> = points.iter().map(|p| (p.mmol, p.taken.offset_seconds, p.context)).collect();
    assert_eq!(got, [(7.2, 3600, GlucoseContext::Fasting), (9.1, 18_000, GlucoseContext::AfterMeal)]);
    let all = readings::current_all(conn, asha.id, utc(2026, 10, 1, 0, 0), utc(2026, 11, 1, 0, 0))?;
    assert_eq!(all.len(), 4, "two glucose and two blood-pressure readings");
    assert!(all.iter().any(|r| r.meta.source == ReadingSource::Meter));

    let log = audit::for_patient(conn, asha.id)?;
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].actor, log[0].action.as_str(), log[0].record),
        (ravi.id, "correct", Some(RecordId(1)))
    );
    Ok(())
}

/// A database as the version 3 build left it, made from the released migration files (not
/// the migration code under test), with rows in the tables versions 2 and 3 added. The
/// audit chain is empty, as version 2's sealing leaves a database with no audit entries.
fn version_3_database(path: &Path) -> rusqlite::Result<()> {
    let mut conn = Connection::open(path)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    let tx = conn.transaction()?;
    tx.execute_batch(include_str!("../migrations/0001_initial.sql"))?;
    tx.execute_batch(include_str!("../migrations/0002_access.sql"))?;
    tx.execute("INSERT INTO audit_head (id, entries, hash) VALUES (1, 0, zeroblob(32))", [])?;
    tx.execute_batch(include_str!("../migrations/0003_languages.sql"))?;
    tx.execute_batch(
        "INSERT INTO person (id, name, role, birth_year, glucose_unit, hba1c_unit, weight_unit, created_at_ms)
         VALUES (1, 'Nasreen Begum', 'patient', 1958, 'mmol/L', 'mmol/mol', 'kg', 1790758800000),
                (2, 'Rashid', 'helper', 1986, 'mmol/L', 'mmol/mol', 'kg', 1790758860000);
         INSERT INTO regimen (id, record_id, version, patient_id, entered_by, taken_at_ms, utc_offset_s,
                              entered_at_ms, source, name, dose, times, with_food)
         VALUES (1, 1, 1, 1, 2, 1790838000000, 3600, 1790838060000, 'hand', 'Metformin', '500 mg',
                 '08:00,20:00', 'with-food');
         INSERT INTO dose_event (id, record_id, version, patient_id, entered_by, taken_at_ms, utc_offset_s,
                                 entered_at_ms, source, regimen_record, scheduled, status)
         VALUES (1, 1, 1, 1, 1, 1790838600000, 3600, 1790838660000, 'hand', 1, '08:00', 'taken');
         INSERT INTO access_grant (id, patient_id, grantee_id, scopes, starts_at_ms, legal_basis, created_by,
                                   created_at_ms)
         VALUES (1, 1, 2, 'view-readings,receive-alerts', 1790758900000, 'consent', 1, 1790758900000);
         INSERT INTO person_languages (person_id, text, audio) VALUES (1, 'bn,en-GB', 'syl,bn,en-GB');
         PRAGMA user_version = 3;",
    )?;
    tx.commit()
}

#[test]
fn a_version_3_database_migrates_to_the_latest_and_takes_reminders() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("saathi.db");
    version_3_database(&path)?;
    let before = contents(&read_only(&path)?)?;
    assert_eq!(user_version(&read_only(&path)?)?, 3);
    assert_eq!(before.get("access_grant").map(|(_, rows)| rows.len()), Some(1), "the rows are there to keep");

    let mut store = Store::open(&path)?;
    assert_eq!(user_version(store.conn())?, LATEST_VERSION);
    for (table, (columns, rows)) in &before {
        assert_eq!(&rows_of(store.conn(), table, columns)?, rows, "{table} after migration");
    }
    let fresh = Store::open(dir.path().join("fresh.db"))?;
    assert_eq!(schema(store.conn())?, schema(fresh.conn())?);
    assert_eq!(audit::verify(store.conn())?, Ok(0));

    // The new tables work beside the old rows: a reminder for the regimen stored before.
    let nasreen = PersonId(1);
    let reminder = saathi_domain::schedule::Schedule {
        subject: saathi_domain::schedule::Subject::Medicine { regimen: RecordId(1) },
        times: vec![chrono::NaiveTime::from_hms_opt(8, 0, 0).ok_or("a time")?],
        recurrence: saathi_domain::schedule::Recurrence::Daily,
        starts: chrono::NaiveDate::from_ymd_opt(2026, 10, 2).ok_or("a date")?,
        ends: None,
        paused: false,
    };
    let at = saathi_domain::time::Taken { at: utc(2026, 10, 2, 9, 0), offset_seconds: 3600 };
    store.write(|tx| saathi_store::records::insert(tx, &common::meta(nasreen, nasreen, at), &reminder))?;
    let stored = saathi_store::schedules::current(store.conn(), nasreen)?;
    assert_eq!(stored.iter().map(|r| r.value.clone()).collect::<Vec<_>>(), [reminder]);
    assert_eq!(saathi_store::medicines::current_regimens(store.conn(), nasreen)?.len(), 1);
    Ok(())
}
