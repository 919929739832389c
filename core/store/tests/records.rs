//! Versioned records: a correction or deletion is a new version with who and why; the old
//! versions stay, in order; only the current one is read as the record.

mod common;

use chrono::{DateTime, Duration, Utc};
use saathi_domain::person::Role;
use saathi_domain::reading::{
    Activity, ActivityKind, Arm, BloodPressure, Glucose, GlucoseContext, Hba1c, Intensity, Measurement,
    Position, ReadingKind, ReadingSource, Weight,
};
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, StonesPounds, WeightUnit};
use saathi_store::Error;
use saathi_store::readings::{self, correct, current_all, delete, get, history};
use saathi_store::records::{BulkInsert, NewMeta};

use common::{TestDb, TestResult, change, glucose, meta, taken, utc};

fn whole_week() -> (DateTime<Utc>, DateTime<Utc>) {
    (utc(2026, 9, 28, 0, 0), utc(2026, 10, 5, 0, 0))
}

#[test]
fn correcting_then_deleting_keeps_every_version_in_order() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    let first_taken = taken(utc(2026, 10, 1, 7, 0), 3600);
    let record = db.insert(&meta(asha, asha, first_taken), glucose(61.0))?;
    let other = db.insert(&meta(asha, asha, taken(utc(2026, 10, 2, 7, 0), 3600)), glucose(5.8))?;
    assert_ne!(record, other);

    // Ravi fixes the typo (61 for 6.1) and the time.
    let fixed_taken = taken(utc(2026, 10, 1, 7, 30), 3600);
    let corrected_at = utc(2026, 10, 1, 12, 0);
    let v = db.store.write(|tx| {
        correct(tx, asha, record, fixed_taken, &glucose(6.1).into(), &change(ravi, "typo"), corrected_at)
    })?;
    assert_eq!(v, 2);
    let now = get(db.store.conn(), ReadingKind::Glucose, asha, record)?;
    assert_eq!(now.value, Measurement::Glucose(glucose(6.1)));
    assert_eq!(now.meta.record_id, record);
    assert_eq!(now.meta.version, 2);
    assert_eq!(now.meta.patient, asha, "still Asha's record");
    assert_eq!(now.meta.entered_by, ravi, "who made this version");
    assert_eq!(now.meta.change_reason.as_deref(), Some("typo"));
    assert_eq!(now.meta.taken, fixed_taken);
    assert_eq!(now.meta.entered_at, corrected_at);
    assert_eq!(now.meta.source, ReadingSource::Hand);

    // Asha deletes it.
    let deleted_at = utc(2026, 10, 1, 13, 0);
    let v = db
        .store
        .write(|tx| delete(tx, ReadingKind::Glucose, asha, record, &change(asha, "duplicate"), deleted_at))?;
    assert_eq!(v, 3);

    let h = history(db.store.conn(), ReadingKind::Glucose, asha, record)?;
    let versions: Vec<u32> = h.iter().map(|v| v.record.meta.version).collect();
    assert_eq!(versions, [1, 2, 3]);
    let latest: Vec<bool> = h.iter().map(|v| v.is_latest).collect();
    assert_eq!(latest, [false, false, true], "only the last version is current");
    let deleted: Vec<bool> = h.iter().map(|v| v.deleted).collect();
    assert_eq!(deleted, [false, false, true]);
    let by: Vec<_> = h.iter().map(|v| v.record.meta.entered_by).collect();
    assert_eq!(by, [asha, ravi, asha]);
    let why: Vec<_> = h.iter().map(|v| v.record.meta.change_reason.as_deref()).collect();
    assert_eq!(why, [None, Some("typo"), Some("duplicate")]);
    let values: Vec<_> = h.iter().map(|v| v.record.value).collect();
    assert_eq!(values, [glucose(61.0).into(), glucose(6.1).into(), glucose(6.1).into()]);
    let takens: Vec<_> = h.iter().map(|v| v.record.meta.taken).collect();
    assert_eq!(takens, [first_taken, fixed_taken, fixed_taken]);
    assert_eq!(h[2].record.meta.entered_at, deleted_at);
    assert!(h.iter().all(|v| v.record.meta.record_id == record && v.record.meta.patient == asha));

    // Gone from what is read as current; the other reading is still there.
    assert!(matches!(get(db.store.conn(), ReadingKind::Glucose, asha, record), Err(Error::NotFound { .. })));
    let (from, to) = whole_week();
    let current: Vec<_> =
        current_all(db.store.conn(), asha, from, to)?.into_iter().map(|r| r.meta.record_id).collect();
    assert_eq!(current, [other]);

    // A deleted record can be neither corrected nor deleted again, and nothing is added.
    let again = db.store.write(|tx| {
        correct(tx, asha, record, fixed_taken, &glucose(6.2).into(), &change(asha, "x"), deleted_at)
    });
    assert!(matches!(again, Err(Error::NotFound { .. })), "{again:?}");
    let again =
        db.store.write(|tx| delete(tx, ReadingKind::Glucose, asha, record, &change(asha, "x"), deleted_at));
    assert!(matches!(again, Err(Error::NotFound { .. })), "{again:?}");
    assert_eq!(history(db.store.conn(), ReadingKind::Glucose, asha, record)?.len(), 3);
    assert_eq!(db.count("glucose")?, 4);
    Ok(())
}

#[test]
fn another_patients_record_is_not_found_and_nothing_changes() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let bina = db.person("Bina", Role::Patient)?;
    let t = taken(utc(2026, 10, 1, 7, 0), 3600);
    let record = db.insert(&meta(asha, asha, t), glucose(6.1))?;
    let before = common::rows(db.store.conn(), "glucose")?;

    // Errors are caught and the transaction is committed, so any partial change would stay.
    db.store.write(|tx| -> saathi_store::Result<()> {
        let c =
            correct(tx, bina, record, t, &glucose(9.9).into(), &change(bina, "mine"), utc(2026, 10, 2, 0, 0));
        assert!(matches!(c, Err(Error::NotFound { .. })), "{c:?}");
        let d = delete(tx, ReadingKind::Glucose, bina, record, &change(bina, "mine"), utc(2026, 10, 2, 0, 0));
        assert!(matches!(d, Err(Error::NotFound { .. })), "{d:?}");
        Ok(())
    })?;

    assert_eq!(common::rows(db.store.conn(), "glucose")?, before);
    assert!(matches!(get(db.store.conn(), ReadingKind::Glucose, bina, record), Err(Error::NotFound { .. })));
    assert!(matches!(
        history(db.store.conn(), ReadingKind::Glucose, bina, record),
        Err(Error::NotFound { .. })
    ));
    let h = history(db.store.conn(), ReadingKind::Glucose, asha, record)?;
    assert_eq!(h.len(), 1);
    assert!(h[0].is_latest && !h[0].deleted);
    assert_eq!(h[0].record.value, glucose(6.1).into());
    Ok(())
}

#[test]
fn an_unknown_record_is_not_found() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let record = db.insert(&meta(asha, asha, taken(utc(2026, 10, 1, 7, 0), 0)), glucose(6.1))?;
    let missing = saathi_domain::reading::RecordId(record.0 + 1000);
    let conn = db.store.conn();
    assert!(matches!(get(conn, ReadingKind::Glucose, asha, missing), Err(Error::NotFound { .. })));
    assert!(matches!(history(conn, ReadingKind::Glucose, asha, missing), Err(Error::NotFound { .. })));
    // Record ids belong to one kind: a glucose record is no blood-pressure record.
    assert!(matches!(get(conn, ReadingKind::BloodPressure, asha, record), Err(Error::NotFound { .. })));
    Ok(())
}

#[test]
fn every_kind_of_reading_reads_back_as_entered() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    let day = utc(2026, 10, 1, 0, 0);
    let entered: Vec<Measurement> = vec![
        Glucose { value: 126.0, unit: GlucoseUnit::MgPerDl, context: GlucoseContext::AfterIftar }.into(),
        BloodPressure {
            systolic: 142,
            diastolic: 88,
            pulse: Some(71),
            arm: Some(Arm::Left),
            position: Some(Position::Sitting),
        }
        .into(),
        BloodPressure { systolic: 128, diastolic: 79, pulse: None, arm: None, position: None }.into(),
        Weight::from_stones_pounds(StonesPounds { stones: 11, pounds: 4.5 }).into(),
        Weight { kg: 72.4, entered_unit: WeightUnit::Kg }.into(),
        Hba1c { value: 7.1, unit: Hba1cUnit::Percent }.into(),
        Hba1c { value: 53.0, unit: Hba1cUnit::MmolPerMol }.into(),
        Activity {
            minutes: Some(30),
            kind: Some(ActivityKind::ChairExercise),
            intensity: Some(Intensity::Light),
            steps: None,
        }
        .into(),
        Activity { minutes: None, kind: None, intensity: None, steps: Some(4200) }.into(),
    ];
    let mut stored = Vec::new();
    for (i, m) in entered.iter().enumerate() {
        let when = taken(day + Duration::hours(i as i64), if i % 2 == 0 { 3600 } else { 19800 });
        let mut meta = meta(asha, if i % 3 == 0 { ravi } else { asha }, when);
        meta.source = if i % 2 == 0 { ReadingSource::Meter } else { ReadingSource::Hand };
        let id = db.insert(&meta, *m)?;
        stored.push((id, meta, *m));
    }

    for (id, meta, m) in &stored {
        let got = get(db.store.conn(), m.kind(), asha, *id)?;
        assert_eq!(got.value, *m);
        assert_eq!(got.meta.record_id, *id);
        assert_eq!(got.meta.version, 1);
        assert_eq!(got.meta.patient, meta.patient);
        assert_eq!(got.meta.entered_by, meta.entered_by);
        assert_eq!(got.meta.taken, meta.taken);
        assert_eq!(got.meta.entered_at, meta.entered_at);
        assert_eq!(got.meta.source, meta.source);
        assert_eq!(got.meta.change_reason, None);
    }
    // All of them, oldest first, whatever their kind.
    let all = current_all(db.store.conn(), asha, day, day + Duration::days(1))?;
    let got: Vec<_> = all.iter().map(|r| (r.meta.taken, r.value)).collect();
    let want: Vec<_> = stored.iter().map(|(_, meta, m)| (meta.taken, *m)).collect();
    assert_eq!(got, want);
    Ok(())
}

#[test]
fn a_bulk_insert_gives_each_record_its_own_id() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let start = utc(2026, 10, 1, 6, 0);
    let metas: Vec<NewMeta> = (0..5)
        .map(|i| {
            let mut m = meta(asha, asha, taken(start + Duration::minutes(15 * i), 0));
            m.source = ReadingSource::CgmImport;
            m
        })
        .collect();
    let ids = db.store.write(|tx| {
        let mut bulk = BulkInsert::<Glucose>::new(tx)?;
        metas
            .iter()
            .enumerate()
            .map(|(i, m)| bulk.insert(m, &glucose(5.0 + i as f64 / 10.0)))
            .collect::<Result<Vec<_>, _>>()
    })?;

    let mut distinct = ids.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 5);
    for (i, id) in ids.iter().enumerate() {
        let got = readings::get(db.store.conn(), ReadingKind::Glucose, asha, *id)?;
        assert_eq!(got.value, glucose(5.0 + i as f64 / 10.0).into());
        assert_eq!(got.meta.taken, metas[i].taken);
        assert_eq!(got.meta.source, ReadingSource::CgmImport);
    }
    Ok(())
}
