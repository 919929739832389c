//! Bulk glucose import (CGM and meter exports): all rows or none, one audit row.

mod common;

use chrono::{DateTime, Duration, FixedOffset, Utc};

use common::*;
use saathi_core::{Error, GlucoseRow};
use saathi_domain::ValidationError;
use saathi_domain::access::{Action, Denial};
use saathi_domain::message::Arg;
use saathi_domain::person::Role;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::{GlucoseContext, ReadingSource};
use saathi_domain::time::Taken;
use saathi_domain::units::GlucoseUnit;

fn row(taken: DateTime<FixedOffset>, value: f64, unit: GlucoseUnit) -> Result<GlucoseRow, ()> {
    Ok(GlucoseRow { taken, value, unit, context: GlucoseContext::Random })
}

/// Five-minute CGM rows ending an hour before `now`, in Lahore time.
fn cgm(now: DateTime<FixedOffset>, n: usize) -> Vec<Result<GlucoseRow, ()>> {
    let lahore = zone(5);
    (0..n)
        .map(|i| {
            let t = (now - Duration::hours(1) - Duration::minutes(5 * (n - i) as i64)).with_timezone(&lahore);
            row(t, 5.0 + (i % 30) as f64 / 10.0, GlucoseUnit::MmolPerL)
        })
        .collect()
}

#[test]
fn a_valid_import_stores_every_row_and_writes_one_audit_row() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let rows = cgm(env.now(), 5);
    let n = s.import_glucose(asha.id, rows.clone(), ReadingSource::CgmImport).expect("import");
    assert_eq!(n, 5);

    let entries = readings(&s, &asha);
    assert_eq!(entries.len(), 5);
    for (e, r) in entries.iter().zip(&rows) {
        let r = r.expect("row");
        assert_eq!(e.measurement, r.glucose().into());
        assert_eq!(e.meta.taken, Taken::new(r.taken));
        assert_eq!(e.meta.taken.offset_seconds, 5 * 3600, "the export's wall clock is kept");
        assert_eq!(e.meta.source, ReadingSource::CgmImport);
        assert_eq!((e.meta.entered_by, e.meta.version), (asha.id, 1));
        assert_eq!(e.meta.entered_at, env.now().with_timezone(&Utc));
    }
    let t = trail(&env, &asha);
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].action.as_str(), t[0].actor), ("import", asha.id));
}

#[test]
fn a_meter_export_in_mg_per_dl_is_kept_as_typed_and_summarised_in_mmol() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let rows = [
        row(gmt(2026, 11, 21, 7, 0), 90.0, GlucoseUnit::MgPerDl),
        row(gmt(2026, 11, 21, 9, 0), 198.0, GlucoseUnit::MgPerDl),
    ];
    assert_eq!(s.import_glucose(asha.id, rows, ReadingSource::Meter).expect("import"), 2);
    assert_eq!(readings(&s, &asha)[1].measurement, mg(198.0, GlucoseContext::Random));
    let g = s.summary_days(asha.id, 1).expect("summary").glucose.expect("glucose").overall;
    assert_close(g.min, 90.0 / 18.0156);
    assert_close(g.max, 198.0 / 18.0156);
}

#[test]
fn an_implausible_row_cancels_the_whole_import() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    s.log(asha.id, mmol(6.0, GlucoseContext::Fasting), taken(gmt(2026, 11, 21, 6, 0))).expect("log");
    let before = (readings(&s, &asha), trail(&env, &asha));

    let mut rows = cgm(env.now(), 5);
    rows[2] = row(gmt(2026, 11, 21, 10, 0), 77.7, GlucoseUnit::MmolPerL);
    let err = s.import_glucose(asha.id, rows, ReadingSource::CgmImport).expect_err("row 3 is implausible");
    match &err {
        Error::InvalidImportRow { row, error } => {
            assert_eq!(*row, 3);
            assert_eq!(
                *error,
                ValidationError::AboveMax { field: Field::Glucose, max: 55.0, unit: "mmol/L" }
            );
        }
        other => panic!("expected InvalidImportRow, got {other:?}"),
    }
    assert!(!format!("{err}").contains("77.7") && !format!("{err:?}").contains("77.7"));
    let m = err.messages();
    assert_eq!(m.len(), 2);
    assert_eq!((m[0].key.as_str(), m[0].arg("row")), ("error-import-row", Some(&Arg::Int(3))));
    assert_eq!(m[1].key, "error-above-max");
    assert_eq!(m[1].arg("limit"), Some(&Arg::Decimal { value: 55.0, places: 1 }));
    assert_eq!((readings(&s, &asha), trail(&env, &asha)), before, "not even rows 1 and 2 are kept");

    // A row from the future is as bad as an implausible value.
    let mut rows = cgm(env.now(), 4);
    rows[1] = row(env.now() + Duration::minutes(30), 6.0, GlucoseUnit::MmolPerL);
    let err = s.import_glucose(asha.id, rows, ReadingSource::CgmImport).expect_err("row 2 is in the future");
    assert!(matches!(
        err,
        Error::InvalidImportRow {
            row: 2,
            error: ValidationError::InFuture { field: Field::TakenAt, tolerance_minutes: 5 }
        }
    ));
    assert_eq!((readings(&s, &asha), trail(&env, &asha)), before);

    // So is a row from before 2000 (a meter whose clock was never set).
    let mut rows = cgm(env.now(), 4);
    rows[3] = row(gmt(1999, 12, 31, 23, 55), 6.0, GlucoseUnit::MmolPerL);
    let err = s.import_glucose(asha.id, rows, ReadingSource::CgmImport).expect_err("row 4 is from 1999");
    assert!(matches!(
        err,
        Error::InvalidImportRow {
            row: 4,
            error: ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2000 }
        }
    ));
    assert_eq!((readings(&s, &asha), trail(&env, &asha)), before);
}

#[test]
fn an_unreadable_row_cancels_the_whole_import() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let mut rows = cgm(env.now(), 6);
    rows[3] = Err(());
    let err = s.import_glucose(asha.id, rows, ReadingSource::CgmImport).expect_err("row 4 is unreadable");
    assert!(matches!(err, Error::UnreadableImportRow { row: 4 }), "{err:?}");
    let m = err.messages();
    assert_eq!(m.len(), 1);
    assert_eq!((m[0].key.as_str(), m[0].arg("row")), ("error-import-unreadable", Some(&Arg::Int(4))));
    assert!(readings(&s, &asha).is_empty());
    assert!(trail(&env, &asha).is_empty());
}

#[test]
fn a_week_of_cgm_goes_in_at_once_and_is_summarised() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let n = 7 * 288;
    let n_stored = s.import_glucose(asha.id, cgm(env.now(), n), ReadingSource::CgmImport).expect("import");
    assert_eq!(n_stored, n);
    let g = s.summary_days(asha.id, 8).expect("summary").glucose.expect("glucose");
    assert_eq!(g.overall.count as usize, n);
    assert_close(g.overall.min, 5.0);
    assert_close(g.overall.max, 7.9);
    assert_eq!(trail(&env, &asha).iter().filter(|e| e.action == "import").count(), 1);
}

#[test]
fn only_the_patient_imports_into_their_record() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let chandni = env.person("Chandni", Role::Helper);
    let r = env.session(&chandni).import_glucose(asha.id, cgm(env.now(), 3), ReadingSource::CgmImport);
    assert_eq!(denied(r), (Action::LogReadings, Denial::NoPermission));
    assert!(readings(&env.session(&asha), &asha).is_empty());
    let t = trail(&env, &asha);
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].action.as_str(), t[0].actor), ("denied-log-readings", chandni.id));
}
