//! Runs of the home blood-pressure protocol and the readings that belong to each. A reading
//! is linked by its record id, so a corrected reading stays in its run.

mod common;

use chrono::Duration;
use saathi_domain::person::Role;
use saathi_domain::reading::ReadingKind;
use saathi_domain::summary::BpPoint;
use saathi_store::{protocols, readings};

use common::{TestDb, TestResult, bp, change, meta, taken, utc};

#[test]
fn the_latest_run_is_the_newest_one_of_that_patient() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let bina = db.person("Bina", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    assert_eq!(protocols::latest(db.store.conn(), asha)?, None);

    let (first, second) = db.store.write(|tx| {
        let first = protocols::start(tx, asha, taken(utc(2026, 9, 1, 7, 0), 3600), 7, asha)?;
        let second = protocols::start(tx, asha, taken(utc(2026, 10, 1, 7, 0), 19_800), 4, ravi)?;
        protocols::start(tx, bina, taken(utc(2026, 9, 15, 7, 0), 0), 5, bina)?;
        Ok::<_, saathi_store::Error>((first, second))
    })?;

    assert_ne!(first.id, second.id);
    let latest = protocols::latest(db.store.conn(), asha)?.ok_or("a run")?;
    assert_eq!(latest, second);
    assert_eq!(latest.started.offset_seconds, 19_800);
    assert_eq!(latest.planned_days, 4);
    assert_eq!(protocols::latest(db.store.conn(), bina)?.ok_or("a run")?.planned_days, 5);
    assert_eq!(protocols::latest(db.store.conn(), ravi)?, None);
    Ok(())
}

#[test]
fn a_run_is_four_to_seven_days() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    for days in [0, 3, 8] {
        let r = db.store.write(|tx| protocols::start(tx, asha, taken(utc(2026, 9, 1, 7, 0), 0), days, asha));
        assert!(r.is_err(), "{days} days accepted");
    }
    assert_eq!(protocols::latest(db.store.conn(), asha)?, None);
    Ok(())
}

#[test]
fn a_runs_readings_are_its_current_linked_readings_before_until() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let start = utc(2026, 10, 1, 7, 0);
    let at = |hours: i64| taken(start + Duration::hours(hours), 3600);

    let (run, old_run) = db.store.write(|tx| {
        let old_run = protocols::start(tx, asha, taken(start - Duration::days(30), 3600), 7, asha)?;
        let run = protocols::start(tx, asha, taken(start, 3600), 7, asha)?;
        Ok::<_, saathi_store::Error>((run.id, old_run.id))
    })?;
    let mut put = |hours: i64, s: u16, d: u16, link: Option<i64>| -> saathi_store::Result<_> {
        let m = meta(asha, asha, at(hours));
        db.store.write(|tx| {
            let id = readings::insert(tx, &m, &bp(s, d).into())?;
            if let Some(run) = link {
                protocols::attach(tx, run, id)?;
            }
            Ok(id)
        })
    };
    let corrected = put(0, 150, 95, Some(run))?;
    put(1, 140, 88, Some(run))?;
    let deleted = put(12, 139, 87, Some(run))?;
    put(48, 135, 85, Some(run))?;
    put(2, 180, 110, None)?; // Not part of any run.
    put(3, 160, 100, Some(old_run))?; // Linked to the other run.

    // The first reading is corrected (a new version of the same record); the third is deleted.
    db.store.write(|tx| {
        readings::correct(tx, asha, corrected, at(0), &bp(145, 91).into(), &change(asha, "misread"), start)?;
        readings::delete(tx, ReadingKind::BloodPressure, asha, deleted, &change(asha, "cuff slipped"), start)
    })?;

    let got = protocols::readings(db.store.conn(), run, start + Duration::hours(24))?;
    assert_eq!(
        got,
        [
            BpPoint { taken: at(0), systolic: 145, diastolic: 91 },
            BpPoint { taken: at(1), systolic: 140, diastolic: 88 },
        ],
        "the corrected reading stays, once, with its new values; the deleted one and the one after `until` do not"
    );
    let all = protocols::readings(db.store.conn(), run, start + Duration::days(7))?;
    let systolics: Vec<u16> = all.iter().map(|p| p.systolic).collect();
    assert_eq!(systolics, [145, 140, 135]);
    Ok(())
}
