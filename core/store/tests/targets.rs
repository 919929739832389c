//! Clinicians' target settings: every one kept, read back oldest first, per patient.

mod common;

use saathi_domain::person::Role;
use saathi_domain::targets::{TargetMetric, TargetSetting};
use saathi_store::targets;

use common::{TestDb, TestResult, utc};

#[test]
fn settings_read_back_whole_oldest_first_per_patient() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let bina = db.person("Bina", Role::Patient)?;
    let nurse = db.person("Nurse Joy", Role::Clinician)?;

    let first = TargetSetting {
        metric: TargetMetric::GlucoseBeforeMeal,
        low: Some(4.0),
        high: 7.0,
        high_secondary: None,
        set_by: nurse,
        set_at: utc(2026, 9, 1, 10, 0),
        reason: None,
    };
    let bp = TargetSetting {
        metric: TargetMetric::BloodPressureHome,
        low: None,
        high: 144.0,
        high_secondary: Some(89.0),
        set_by: nurse,
        set_at: utc(2026, 9, 1, 10, 5),
        reason: Some("over 80".into()),
    };
    let newer = TargetSetting {
        high: 8.0,
        low: Some(5.0),
        set_at: utc(2026, 9, 20, 15, 30),
        reason: Some("frequent lows".into()),
        ..first.clone()
    };
    let binas = TargetSetting {
        metric: TargetMetric::Hba1c,
        low: None,
        high: 53.0,
        high_secondary: None,
        set_by: nurse,
        set_at: utc(2026, 9, 5, 9, 0),
        reason: None,
    };
    db.store.write(|tx| {
        targets::insert(tx, asha, &first)?;
        targets::insert(tx, bina, &binas)?;
        targets::insert(tx, asha, &bp)?;
        targets::insert(tx, asha, &newer)
    })?;

    assert_eq!(targets::all(db.store.conn(), asha)?, [first, bp, newer]);
    assert_eq!(targets::all(db.store.conn(), bina)?, [binas]);
    assert!(targets::all(db.store.conn(), nurse)?.is_empty());
    Ok(())
}
