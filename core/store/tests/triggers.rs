//! The schema guards itself: versioned rows are never changed except to mark them
//! superseded, nothing is deleted, and the audit log is append-only — even for SQL that
//! goes around the store's functions.

mod common;

use chrono::{NaiveTime, Utc};
use rusqlite::{Connection, ErrorCode};
use saathi_domain::medicine::{DoseEvent, DoseStatus, Regimen, WithFood};
use saathi_domain::person::{PersonId, Role};
use saathi_domain::reading::{Activity, Hba1c, Measurement, Weight};
use saathi_domain::units::{Hba1cUnit, WeightUnit};
use saathi_store::{audit, readings, records};

use common::{TestDb, TestResult, bp, change, glucose, meta, rows, taken, utc};

const VERSIONED: [&str; 7] =
    ["glucose", "blood_pressure", "weight", "hba1c", "activity", "regimen", "dose_event"];

/// Runs `sql` and checks SQLite refused it with a trigger's ABORT.
fn refused(conn: &Connection, sql: &str) -> TestResult {
    match conn.execute_batch(sql) {
        Ok(()) => Err(format!("SQLite accepted: {sql}").into()),
        Err(e) => {
            assert_eq!(e.sqlite_error_code(), Some(ErrorCode::ConstraintViolation), "{sql}: {e}");
            let text = e.to_string();
            assert!(
                text.contains("never changed")
                    || text.contains("never deleted")
                    || text.contains("append-only"),
                "{sql}: refused for another reason: {text}"
            );
            Ok(())
        }
    }
}

/// A store with Asha, one glucose record corrected once (row 1 superseded, row 2 current),
/// and one audit entry.
fn corrected_glucose() -> Result<(TestDb, PersonId), Box<dyn std::error::Error>> {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let t = taken(utc(2026, 10, 1, 7, 0), 3600);
    let record = db.insert(&meta(asha, asha, t), glucose(61.0))?;
    db.store.write(|tx| {
        readings::correct(tx, asha, record, t, &glucose(6.1).into(), &change(asha, "typo"), Utc::now())?;
        audit::append(
            tx,
            &audit::Entry {
                at: utc(2026, 10, 1, 8, 0),
                actor: asha,
                patient: Some(asha),
                action: "correct".into(),
                record_kind: Some("glucose".into()),
                record: Some(record),
                private: false,
            },
        )
    })?;
    Ok((db, asha))
}

#[test]
fn readings_cannot_be_changed_or_deleted_with_sql() -> TestResult {
    let (db, _) = corrected_glucose()?;
    let conn = db.store.conn();
    let before = rows(conn, "glucose")?;
    let superseded: i64 = conn.query_row("SELECT id FROM glucose WHERE is_latest = 0", [], |r| r.get(0))?;

    refused(conn, "UPDATE glucose SET mmol = 1")?;
    refused(conn, "UPDATE glucose SET mmol = 1 WHERE is_latest = 1")?;
    refused(conn, "UPDATE glucose SET change_reason = NULL")?;
    refused(conn, "UPDATE glucose SET deleted = 1 WHERE is_latest = 1")?;
    refused(conn, "DELETE FROM glucose")?;
    refused(conn, "DELETE FROM glucose WHERE is_latest = 0")?;
    // A superseded version cannot be made current again...
    refused(conn, &format!("UPDATE glucose SET is_latest = 1 WHERE id = {superseded}"))?;
    // ...and the current one cannot be rewritten in place, even to the same value.
    refused(conn, "UPDATE glucose SET is_latest = 1 WHERE is_latest = 1")?;

    assert_eq!(rows(conn, "glucose")?, before, "every row is as it was");
    Ok(())
}

#[test]
fn a_replacing_insert_cannot_overwrite_a_reading() -> TestResult {
    let (db, _) = corrected_glucose()?;
    let conn = db.store.conn();
    let before = rows(conn, "glucose")?;

    // REPLACE deletes the row in the way; that delete must be refused like any other.
    refused(
        conn,
        "INSERT OR REPLACE INTO glucose
             (id, record_id, version, is_latest, deleted, patient_id, entered_by, taken_at_ms,
              utc_offset_s, entered_at_ms, source, change_reason, mmol, entered_value, entered_unit, context)
         SELECT id, record_id, version, is_latest, deleted, patient_id, entered_by, taken_at_ms,
              utc_offset_s, entered_at_ms, source, change_reason, 1.0, 1.0, entered_unit, context
         FROM glucose WHERE is_latest = 1",
    )?;
    // An upsert is an UPDATE, and refused as one.
    refused(
        conn,
        "INSERT INTO glucose
             (id, record_id, version, patient_id, entered_by, taken_at_ms, utc_offset_s, entered_at_ms,
              source, mmol, entered_value, entered_unit, context)
         SELECT id, record_id, version, patient_id, entered_by, taken_at_ms, utc_offset_s, entered_at_ms,
              source, mmol, entered_value, entered_unit, context
         FROM glucose WHERE true
         ON CONFLICT (id) DO UPDATE SET mmol = 1.0",
    )?;
    refused(
        conn,
        "REPLACE INTO audit_log (id, at_ms, actor_id, patient_id, action)
         SELECT id, at_ms, actor_id, patient_id, 'nothing happened' FROM audit_log",
    )?;

    assert_eq!(rows(conn, "glucose")?, before);
    let action: String = conn.query_row("SELECT action FROM audit_log", [], |r| r.get(0))?;
    assert_eq!(action, "correct");
    Ok(())
}

#[test]
fn the_audit_log_is_append_only() -> TestResult {
    let (db, _) = corrected_glucose()?;
    let conn = db.store.conn();
    let before = rows(conn, "audit_log")?;
    assert_eq!(before.len(), 1);

    refused(conn, "UPDATE audit_log SET action = 'view'")?;
    refused(conn, "UPDATE audit_log SET patient_id = NULL")?;
    refused(conn, "DELETE FROM audit_log")?;

    assert_eq!(rows(conn, "audit_log")?, before);
    Ok(())
}

#[test]
fn every_versioned_table_is_guarded() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let t = taken(utc(2026, 10, 1, 7, 0), 0);
    let m = meta(asha, asha, t);
    let measurements: [Measurement; 5] = [
        glucose(6.0).into(),
        bp(130, 80).into(),
        Weight { kg: 70.0, entered_unit: WeightUnit::Kg }.into(),
        Hba1c { value: 50.0, unit: Hba1cUnit::MmolPerMol }.into(),
        Activity { minutes: Some(20), kind: None, intensity: None, steps: None }.into(),
    ];
    for x in measurements {
        db.insert(&m, x)?;
    }
    let regimen = Regimen {
        name: "Metformin".into(),
        dose: "500 mg".into(),
        times: vec![NaiveTime::from_hms_opt(8, 0, 0).ok_or("time")?],
        with_food: WithFood::With,
    };
    db.store.write(|tx| {
        let r = records::insert(tx, &m, &regimen)?;
        let dose = DoseEvent { regimen: r, scheduled: regimen.times[0], status: DoseStatus::Taken };
        records::insert(tx, &m, &dose)
    })?;

    let conn = db.store.conn();
    for table in VERSIONED {
        let before = rows(conn, table)?;
        assert_eq!(before.len(), 1, "{table} has its row");
        refused(conn, &format!("UPDATE {table} SET entered_by = entered_by"))?;
        refused(conn, &format!("UPDATE {table} SET taken_at_ms = taken_at_ms + 1"))?;
        refused(conn, &format!("UPDATE {table} SET deleted = 1"))?;
        refused(conn, &format!("UPDATE {table} SET version = 2"))?;
        refused(conn, &format!("DELETE FROM {table}"))?;
        assert_eq!(rows(conn, table)?, before, "{table} is unchanged");
    }
    Ok(())
}
