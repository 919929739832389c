//! Logging, reading back, correcting and deleting readings through the public API, on a
//! real SQLite file.

mod common;

use chrono::{Duration, Utc};

use common::*;
use saathi_core::{Assessment, LogOptions};
use saathi_domain::ValidationError;
use saathi_domain::bands::{Advice, BpBand, GlucoseBand, Urgency};
use saathi_domain::person::Role;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::{
    Activity, ActivityKind, Arm, BloodPressure, GlucoseContext, Intensity, Measurement, Position,
    ReadingKind, ReadingSource, Weight,
};
use saathi_domain::time::{Period, Taken};
use saathi_domain::units::{Hba1cUnit, StonesPounds, WeightUnit};

fn glucose_assessment(a: &Option<Assessment>) -> &saathi_domain::bands::GlucoseAssessment {
    match a {
        Some(Assessment::Glucose(g)) => g,
        other => panic!("expected a glucose assessment, got {other:?}"),
    }
}

fn bp_assessment(a: &Option<Assessment>) -> &saathi_domain::bands::BpAssessment {
    match a {
        Some(Assessment::BloodPressure(b)) => b,
        other => panic!("expected a blood pressure assessment, got {other:?}"),
    }
}

#[test]
fn each_kind_is_stored_as_entered_with_who_when_and_the_wall_clock_offset() {
    let env = Env::new(bst(2026, 6, 10, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let _bilal = env.person("Bilal", Role::Patient);
    let s = env.session(&asha);

    let stones = Weight::from_stones_pounds(StonesPounds { stones: 12, pounds: 8.0 });
    let logged: Vec<(Measurement, chrono::DateTime<chrono::FixedOffset>, ReadingSource)> = vec![
        (mmol(6.2, GlucoseContext::BeforeMeal), bst(2026, 6, 10, 7, 30), ReadingSource::Meter),
        // On a family visit to Lahore: 11:30 there is 06:30 UTC.
        (mg(180.0, GlucoseContext::AfterMeal), at(5, 2026, 6, 10, 11, 30), ReadingSource::Hand),
        (
            Measurement::BloodPressure(BloodPressure {
                systolic: 128,
                diastolic: 82,
                pulse: Some(72),
                arm: Some(Arm::Left),
                position: Some(Position::Sitting),
            }),
            bst(2026, 6, 10, 8, 0),
            ReadingSource::Hand,
        ),
        (kg(80.5), bst(2026, 6, 10, 7, 0), ReadingSource::Hand),
        (Measurement::Weight(stones), bst(2026, 6, 3, 7, 0), ReadingSource::Hand),
        (hba1c(7.0, Hba1cUnit::Percent), bst(2026, 6, 9, 9, 0), ReadingSource::Hand),
        (hba1c(48.0, Hba1cUnit::MmolPerMol), bst(2026, 6, 1, 9, 0), ReadingSource::Hand),
        (
            Measurement::Activity(Activity {
                minutes: Some(30),
                kind: Some(ActivityKind::Walking),
                intensity: Some(Intensity::Moderate),
                steps: Some(3500),
            }),
            bst(2026, 6, 10, 10, 0),
            ReadingSource::Hand,
        ),
    ];
    let mut records = Vec::new();
    for (m, t, source) in &logged {
        let opts = LogOptions { taken: Some(*t), source: *source, ..LogOptions::default() };
        let l = s.log(asha.id, *m, opts).expect("log");
        assert_eq!((l.kind, l.version, l.protocol.is_some()), (m.kind(), 1, false));
        records.push(l);
    }

    // What it means, said at once.
    assert_eq!(glucose_assessment(&records[0].assessment).band, GlucoseBand::InRange);
    assert_eq!(glucose_assessment(&records[1].assessment).band, GlucoseBand::High, "180 mg/dL is 10.0");
    let b = bp_assessment(&records[2].assessment);
    assert_eq!((b.band, b.within_target), (BpBand::Normal, true));
    for l in &records[3..] {
        assert_eq!(l.assessment, None, "{:?} has no band", l.kind);
    }

    let entries = readings(&s, &asha);
    assert_eq!(entries.len(), logged.len());
    let mut expected: Vec<usize> = (0..logged.len()).collect();
    expected.sort_by_key(|i| logged[*i].1);
    for (entry, i) in entries.iter().zip(expected) {
        let (m, t, source) = &logged[i];
        assert_eq!(&entry.measurement, m, "the value comes back exactly as entered");
        assert_eq!(entry.meta.record_id, records[i].record);
        assert_eq!(entry.meta.version, 1);
        assert_eq!(entry.meta.patient, asha.id);
        assert_eq!(entry.meta.entered_by, asha.id);
        assert_eq!(entry.meta.taken, Taken::new(*t));
        assert_eq!(entry.meta.taken.local(), *t, "the wall-clock offset is kept");
        assert_eq!(entry.meta.entered_at, env.now().with_timezone(&Utc));
        assert_eq!(entry.meta.source, *source);
        assert_eq!(entry.meta.change_reason, None);
        assert_eq!(entry.assessment, records[i].assessment);
    }
    let lahore = entries.iter().find(|e| e.measurement == logged[1].0).expect("the Lahore reading");
    assert_eq!(lahore.meta.taken.offset_seconds, 5 * 3600);
    assert_eq!(entries[0].meta.taken.offset_seconds, 3600, "BST");

    // The canonical numbers (what summaries compute with) are in mmol/L, mmol/mol and kg.
    let period =
        Period { from: bst(2026, 6, 1, 0, 0).with_timezone(&Utc), to: env.now().with_timezone(&Utc) };
    let sum = s.summary(asha.id, period).expect("summary");
    let g = sum.glucose.expect("glucose summary").overall;
    assert_eq!(g.count, 2);
    assert_close(g.min, 6.2);
    assert_close(g.max, 180.0 / 18.0156);
    let h = sum.hba1c.expect("hba1c summary");
    assert_eq!(h.count, 2);
    assert_close(h.latest_mmol_per_mol, (7.0 - 2.15) * 10.929);
    let w = sum.weight.expect("weight summary");
    assert_close(w.first_kg, (12.0 + 8.0 / 14.0) * 6.350_293_18);
    assert_close(w.latest_kg, 80.5);
    assert_eq!(stones.entered_unit, WeightUnit::StonesPounds);
    let a = sum.activity.expect("activity summary");
    assert_eq!((a.total_minutes, a.active_days, a.mean_daily_steps), (30, 1, Some(3500)));
}

#[test]
fn readings_say_what_they_mean_at_once() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    // One reading a minute, so the list comes back in the order they were logged.
    let minute = std::cell::Cell::new(0);
    let log = |m, fasting| {
        minute.set(minute.get() + 1);
        let t = gmt(2026, 11, 21, 11, minute.get());
        s.log(asha.id, m, LogOptions { taken: Some(t), fasting, ..LogOptions::default() })
            .expect("log")
            .assessment
    };

    let severe = log(mmol(2.6, GlucoseContext::Random), false);
    let g = glucose_assessment(&severe);
    assert_eq!((g.band, g.urgency), (GlucoseBand::SevereLow, Urgency::Now));
    assert_eq!(g.advice, vec![Advice::GlucoseSevereLow]);

    let crisis = log(bp(185, 125, Some(90)), false);
    let b = bp_assessment(&crisis);
    assert_eq!((b.band, b.urgency, b.within_target), (BpBand::Severe, Urgency::Now, false));
    assert_eq!(b.advice, vec![Advice::BpSevere, Advice::BpSevereSymptoms]);

    let fasting_low = log(mmol(3.8, GlucoseContext::BeforeSuhoor), true);
    let g = glucose_assessment(&fasting_low);
    assert_eq!((g.band, g.urgency), (GlucoseBand::Low, Urgency::Now));
    assert_eq!(g.advice, vec![Advice::BreakFast, Advice::GlucoseLow], "break the fast comes first");

    let fasting_high = log(mmol(17.0, GlucoseContext::AfterIftar), true);
    let g = glucose_assessment(&fasting_high);
    assert_eq!(g.band, GlucoseBand::VeryHigh);
    assert_eq!(g.urgency, Urgency::Now, "fasting makes a very high act-now");
    assert_eq!(g.advice, vec![Advice::BreakFast, Advice::GlucoseVeryHigh]);

    let not_fasting_high = log(mmol(17.0, GlucoseContext::AfterMeal), false);
    let g = glucose_assessment(&not_fasting_high);
    assert_eq!((g.urgency, g.advice.clone()), (Urgency::Soon, vec![Advice::GlucoseVeryHigh]));

    // ADA writes its levels in mg/dL: 53 is level 2, 54 level 1.
    let g53 = log(mg(53.0, GlucoseContext::Random), false);
    assert_eq!(glucose_assessment(&g53).band, GlucoseBand::SevereLow);
    let g54 = log(mg(54.0, GlucoseContext::Random), false);
    assert_eq!(glucose_assessment(&g54).band, GlucoseBand::Low);

    let low_bp = log(bp(88, 58, None), false);
    let b = bp_assessment(&low_bp);
    assert_eq!((b.band, b.urgency), (BpBand::Low, Urgency::Routine));

    // The list shows the same meanings (without the fasting rule, which is about "now").
    let entries = readings(&s, &asha);
    assert_eq!(entries.len(), 8);
    assert_eq!(entries[0].assessment, severe);
    assert_eq!(entries[1].assessment, crisis);
    let listed = glucose_assessment(&entries[2].assessment);
    assert_eq!((listed.band, listed.advice.clone()), (GlucoseBand::Low, vec![Advice::GlucoseLow]));
    assert_eq!(entries[4].assessment, not_fasting_high);
    assert_eq!(entries[7].assessment, low_bp);
}

#[test]
fn a_reading_without_a_time_is_taken_now_on_the_local_clock() {
    let now = at(5, 2026, 1, 5, 7, 15);
    let env = Env::new(now);
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    s.log(asha.id, kg(70.0), LogOptions::default()).expect("log");
    let e = &readings(&s, &asha)[0];
    assert_eq!(e.meta.taken.at, now.with_timezone(&Utc));
    assert_eq!(e.meta.taken.offset_seconds, 5 * 3600);
    assert_eq!(e.meta.taken.local(), now);
    assert_eq!(e.meta.source, ReadingSource::Hand);
}

#[test]
fn readings_window_is_from_inclusive_to_exclusive() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    for h in [7, 8, 9] {
        s.log(asha.id, mmol(6.0, GlucoseContext::Random), taken(gmt(2026, 11, 21, h, 0))).expect("log");
    }
    let from = gmt(2026, 11, 21, 8, 0).with_timezone(&Utc);
    let to = gmt(2026, 11, 21, 9, 0).with_timezone(&Utc);
    let got = s.readings(asha.id, from, to).expect("readings");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].meta.taken.at, from);
    assert!(s.readings(asha.id, to, to).expect("readings").is_empty());
}

#[test]
fn a_correction_is_a_new_version_with_who_and_why_and_the_old_one_is_kept() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let first_at = gmt(2026, 11, 21, 8, 0);
    let l = s.log(asha.id, mmol(12.4, GlucoseContext::BeforeMeal), taken(first_at)).expect("log");
    assert_eq!(glucose_assessment(&l.assessment).band, GlucoseBand::High);

    env.advance(Duration::minutes(10));
    let c = s
        .correct(asha.id, l.record, mmol(7.4, GlucoseContext::BeforeMeal), "  typed the wrong number ", None)
        .expect("correct");
    assert_eq!((c.record, c.version, c.kind), (l.record, 2, ReadingKind::Glucose));
    assert_eq!(glucose_assessment(&c.assessment).band, GlucoseBand::High, "7.4 is above 7.0 before a meal");

    let h = s.history(asha.id, ReadingKind::Glucose, l.record).expect("history");
    assert_eq!(h.len(), 2);
    assert_eq!(h[0].record.value, mmol(12.4, GlucoseContext::BeforeMeal));
    assert_eq!((h[0].record.meta.version, h[0].is_latest, h[0].deleted), (1, false, false));
    assert_eq!(h[0].record.meta.change_reason, None);
    assert_eq!(h[1].record.value, mmol(7.4, GlucoseContext::BeforeMeal));
    assert_eq!((h[1].record.meta.version, h[1].is_latest, h[1].deleted), (2, true, false));
    assert_eq!(h[1].record.meta.change_reason.as_deref(), Some("typed the wrong number"), "trimmed");
    assert_eq!(h[1].record.meta.entered_by, asha.id);
    assert_eq!(h[1].record.meta.entered_at, env.now().with_timezone(&Utc));
    assert_eq!(h[1].record.meta.taken, Taken::new(first_at), "no new time given: the old one stays");

    let entries = readings(&s, &asha);
    assert_eq!(entries.len(), 1, "only the current version is listed");
    assert_eq!(entries[0].measurement, mmol(7.4, GlucoseContext::BeforeMeal));
    assert_eq!(entries[0].meta.version, 2);
    let sum = s.summary_days(asha.id, 7).expect("summary");
    let g = sum.glucose.expect("glucose").overall;
    assert_eq!(g.count, 1);
    assert_close(g.mean, 7.4);

    // A correction may move the time, but not into the future.
    let moved = gmt(2026, 11, 21, 7, 45);
    let c3 = s
        .correct(asha.id, l.record, mmol(7.4, GlucoseContext::BeforeMeal), "wrong time", Some(moved))
        .expect("correct time");
    assert_eq!(c3.version, 3);
    assert_eq!(readings(&s, &asha)[0].meta.taken, Taken::new(moved));
    let future = env.now() + Duration::minutes(6);
    let e = invalid(s.correct(asha.id, l.record, mmol(7.4, GlucoseContext::BeforeMeal), "x", Some(future)));
    assert_eq!(e, ValidationError::InFuture { field: Field::TakenAt, tolerance_minutes: 5 });
    // Nor back before 2000.
    let long_ago = gmt(1926, 11, 21, 7, 45);
    let e = invalid(s.correct(asha.id, l.record, mmol(7.4, GlucoseContext::BeforeMeal), "x", Some(long_ago)));
    assert_eq!(e, ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2000 });
    assert_eq!(s.history(asha.id, ReadingKind::Glucose, l.record).expect("history").len(), 3);

    let actions: Vec<(String, Option<String>)> =
        trail(&env, &asha).into_iter().map(|e| (e.action, e.record_kind)).collect();
    let g = Some("glucose".to_string());
    assert_eq!(actions, [("log".into(), g.clone()), ("correct".into(), g.clone()), ("correct".into(), g)]);
}

#[test]
fn a_deleted_reading_leaves_lists_and_summaries_but_stays_in_its_history() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let keep =
        s.log(asha.id, mmol(6.0, GlucoseContext::Fasting), taken(gmt(2026, 11, 20, 7, 0))).expect("log");
    let gone =
        s.log(asha.id, mmol(2.2, GlucoseContext::Fasting), taken(gmt(2026, 11, 21, 7, 0))).expect("log");
    s.correct(asha.id, gone.record, mmol(2.3, GlucoseContext::Fasting), "misread", None).expect("correct");

    let v = s.delete(asha.id, ReadingKind::Glucose, gone.record, "meter not washed").expect("delete");
    assert_eq!(v, 3, "a deletion is a version too");

    let entries = readings(&s, &asha);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].meta.record_id, keep.record);
    let g = s.summary_days(asha.id, 7).expect("summary").glucose.expect("glucose");
    assert_eq!((g.overall.count, g.overall.severe_lows), (1, 0), "the deleted low is not counted");
    assert_close(g.overall.min, 6.0);

    let h = s.history(asha.id, ReadingKind::Glucose, gone.record).expect("history");
    assert_eq!(h.len(), 3);
    assert!(h[..2].iter().all(|v| !v.deleted && !v.is_latest));
    assert!(h[2].deleted && h[2].is_latest);
    assert_eq!(h[2].record.meta.change_reason.as_deref(), Some("meter not washed"));
    assert_eq!(h[2].record.meta.entered_by, asha.id);

    // Gone is gone: it can be neither deleted again nor corrected.
    let what = not_found(s.delete(asha.id, ReadingKind::Glucose, gone.record, "again"));
    assert_eq!(what, "reading");
    not_found(s.correct(asha.id, gone.record, mmol(5.0, GlucoseContext::Fasting), "undo", None));
    assert_eq!(s.history(asha.id, ReadingKind::Glucose, gone.record).expect("history").len(), 3);
}

#[test]
fn record_ids_belong_to_one_kind_and_one_patient() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let bilal = env.person("Bilal", Role::Patient);
    let s = env.session(&asha);
    let g = s.log(asha.id, mmol(6.0, GlucoseContext::Random), LogOptions::default()).expect("log");
    let before = trail(&env, &asha).len();

    // The glucose record's id is not a weight record's id.
    not_found(s.correct(asha.id, g.record, kg(70.0), "wrong kind", None));
    not_found(s.delete(asha.id, ReadingKind::Weight, g.record, "wrong kind"));
    not_found(s.history(asha.id, ReadingKind::Weight, g.record));
    assert_eq!(readings(&s, &asha).len(), 1);
    assert_eq!(s.history(asha.id, ReadingKind::Glucose, g.record).expect("history").len(), 1);

    // Bilal's session on Bilal's record cannot reach Asha's reading with the same id.
    let b = env.session(&bilal);
    not_found(b.correct(bilal.id, g.record, mmol(9.0, GlucoseContext::Random), "mine?", None));
    not_found(b.delete(bilal.id, ReadingKind::Glucose, g.record, "mine?"));
    assert_eq!(readings(&s, &asha)[0].measurement, mmol(6.0, GlucoseContext::Random));
    assert_eq!(trail(&env, &asha).len(), before, "failed changes write no audit row");
    assert!(trail(&env, &bilal).is_empty());
}

#[test]
fn a_correction_or_deletion_needs_a_reason() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let g = s.log(asha.id, mmol(6.0, GlucoseContext::Random), LogOptions::default()).expect("log");
    let missing = ValidationError::Missing { field: Field::Reason };
    assert_eq!(invalid(s.correct(asha.id, g.record, mmol(6.5, GlucoseContext::Random), "", None)), missing);
    assert_eq!(
        invalid(s.correct(asha.id, g.record, mmol(6.5, GlucoseContext::Random), " \t ", None)),
        missing
    );
    assert_eq!(invalid(s.delete(asha.id, ReadingKind::Glucose, g.record, "   ")), missing);
    let long = "x".repeat(201);
    assert_eq!(
        invalid(s.delete(asha.id, ReadingKind::Glucose, g.record, &long)),
        ValidationError::TooLong { field: Field::Reason, max: 200 }
    );
    // A correction is checked like a new reading.
    assert_eq!(
        invalid(s.correct(asha.id, g.record, mmol(60.0, GlucoseContext::Random), "typo", None)),
        ValidationError::AboveMax { field: Field::Glucose, max: 55.0, unit: "mmol/L" }
    );
    let h = s.history(asha.id, ReadingKind::Glucose, g.record).expect("history");
    assert_eq!(h.len(), 1, "nothing changed");
    assert_eq!(trail(&env, &asha).len(), 1, "only the log row");
}
