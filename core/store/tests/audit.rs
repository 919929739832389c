//! The audit log: entries read back whole, oldest first, for one patient.

mod common;

use chrono::Duration;
use saathi_domain::person::Role;
use saathi_domain::reading::RecordId;
use saathi_store::audit::{self, Entry};

use common::{TestDb, TestResult, utc};

#[test]
fn a_patients_entries_read_back_whole_oldest_first() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let bina = db.person("Bina", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    // Millisecond precision is kept.
    let t = utc(2026, 10, 1, 7, 0) + Duration::milliseconds(123);
    let entry = |at_min: i64, actor, patient, action: &str, kind: Option<&str>, record: Option<i64>| Entry {
        at: t + Duration::minutes(at_min),
        actor,
        patient,
        action: action.into(),
        record_kind: kind.map(Into::into),
        record: record.map(RecordId),
        private: false,
    };
    let entries = [
        entry(0, asha, Some(asha), "log", Some("glucose"), Some(1)),
        entry(1, ravi, None, "add-person", None, None),
        entry(2, bina, Some(bina), "log", Some("blood_pressure"), Some(1)),
        entry(3, ravi, Some(asha), "correct", Some("glucose"), Some(1)),
        // Entries are kept in the order they were appended, whatever their time says.
        entry(-5, ravi, Some(asha), "view", None, None),
    ];
    db.store.write(|tx| entries.iter().try_for_each(|e| audit::append(tx, e)))?;

    let conn = db.store.conn();
    assert_eq!(audit::for_patient(conn, asha)?, [entries[0].clone(), entries[3].clone(), entries[4].clone()]);
    assert_eq!(audit::for_patient(conn, bina)?, [entries[2].clone()]);
    assert!(audit::for_patient(conn, ravi)?.is_empty(), "acting for someone is not about oneself");
    Ok(())
}

#[test]
fn an_entry_for_an_unknown_person_is_refused() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let nobody = saathi_domain::person::PersonId(asha.0 + 100);
    let e = Entry {
        at: utc(2026, 10, 1, 7, 0),
        actor: nobody,
        patient: Some(asha),
        action: "view".into(),
        record_kind: None,
        record: None,
        private: false,
    };
    assert!(db.store.write(|tx| audit::append(tx, &e)).is_err());
    assert_eq!(db.count("audit_log")?, 0);
    Ok(())
}
