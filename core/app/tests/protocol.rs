//! NICE's home blood-pressure protocol, followed day by day with a moving clock.

mod common;

use chrono::{DateTime, Duration, FixedOffset, Utc};

use common::*;
use saathi_core::{Error, LogOptions, ProtocolStatus, Session};
use saathi_domain::ValidationError;
use saathi_domain::bands::BpBand;
use saathi_domain::bp_protocol::{NextStep, ProtocolAverage, Sitting};
use saathi_domain::person::{Person, Role};
use saathi_domain::plausibility::Field;
use saathi_domain::reading::{GlucoseContext, ReadingKind};
use saathi_domain::time::Taken;

const PROTOCOL: LogOptions = LogOptions {
    taken: None,
    source: saathi_domain::reading::ReadingSource::Hand,
    fasting: false,
    protocol: true,
};

/// Sets the clock to `t` and logs a protocol reading taken now.
fn reading(
    env: &Env,
    s: &Session,
    p: &Person,
    t: DateTime<FixedOffset>,
    sys: u16,
    dia: u16,
) -> ProtocolStatus {
    env.set_now(t);
    s.log(p.id, bp(sys, dia, None), PROTOCOL).expect("log").protocol.expect("protocol status")
}

fn take(day: u32, sitting: Sitting, number: u32) -> NextStep {
    NextStep::TakeReading { day, sitting, number }
}

fn status(s: &Session, p: &Person) -> ProtocolStatus {
    s.bp_protocol(p.id).expect("protocol").expect("a run")
}

#[test]
fn a_week_of_home_readings_step_by_step() {
    let env = Env::new(bst(2026, 6, 1, 7, 55));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    assert_eq!(s.bp_protocol(asha.id).expect("protocol"), None);

    let st = s.start_bp_protocol(asha.id, 7).expect("start");
    assert_eq!(st.started, Taken::new(bst(2026, 6, 1, 7, 55)));
    let p = &st.progress;
    assert_eq!((p.day, p.planned_days, p.days_with_readings), (1, 7, 0));
    assert_eq!((p.next, p.average), (take(1, Sitting::Morning, 1), None));

    // Day 1, morning: a reading, a minute's rest, a second reading.
    let st = reading(&env, &s, &asha, bst(2026, 6, 1, 8, 0), 200, 110);
    let not_before = bst(2026, 6, 1, 8, 1).with_timezone(&Utc);
    assert_eq!(st.progress.next, NextStep::Wait { not_before });
    env.advance(Duration::seconds(30));
    assert_eq!(status(&s, &asha).progress.next, NextStep::Wait { not_before });
    env.advance(Duration::seconds(30));
    assert_eq!(status(&s, &asha).progress.next, take(1, Sitting::Morning, 2));
    let st = reading(&env, &s, &asha, bst(2026, 6, 1, 8, 1), 198, 108);
    assert_eq!(st.progress.next, NextStep::Later { day: 1, sitting: Sitting::Evening });
    assert_eq!(st.progress.days_with_readings, 1);

    // Day 1, evening.
    env.set_now(bst(2026, 6, 1, 20, 0));
    assert_eq!(status(&s, &asha).progress.next, take(1, Sitting::Evening, 1));
    reading(&env, &s, &asha, bst(2026, 6, 1, 20, 0), 196, 106);
    let st = reading(&env, &s, &asha, bst(2026, 6, 1, 20, 1), 194, 104);
    assert_eq!(st.progress.next, NextStep::Later { day: 2, sitting: Sitting::Morning });

    // Days 2 and 3.
    for day in [2, 3] {
        env.set_now(bst(2026, 6, day, 7, 59));
        let p = status(&s, &asha).progress;
        assert_eq!((p.day, p.next), (day, take(day, Sitting::Morning, 1)));
        reading(&env, &s, &asha, bst(2026, 6, day, 8, 0), 140, 88);
        reading(&env, &s, &asha, bst(2026, 6, day, 8, 1), 142, 88);
        reading(&env, &s, &asha, bst(2026, 6, day, 20, 0), 144, 90);
        let st = reading(&env, &s, &asha, bst(2026, 6, day, 20, 1), 146, 90);
        assert_eq!(st.progress.next, NextStep::Later { day: day + 1, sitting: Sitting::Morning });
        assert_eq!(st.progress.days_with_readings, day);
        assert_eq!(st.progress.average, None, "{day} days of readings are not enough");
    }

    // Day 4: the first reading brings the average, without day 1's readings in it.
    let st = reading(&env, &s, &asha, bst(2026, 6, 4, 8, 0), 140, 86);
    assert_eq!(st.progress.days_with_readings, 4);
    let expected = ProtocolAverage {
        systolic: 143, // (4 × (140 + 142 + 144 + 146) + 140) / 9 = 142.67
        diastolic: 89, // (4 × (88 + 88 + 90 + 90) + 86) / 9 = 88.67
        readings: 9,
        days: 3,
        band: BpBand::Stage1,
        within_target: false,
    };
    assert_eq!(st.progress.average, Some(expected));
    assert_eq!(status(&s, &asha).progress.average, Some(expected), "the same when asked later");

    // Protocol readings are ordinary readings too.
    let bp_count =
        readings(&s, &asha).iter().filter(|e| e.measurement.kind() == ReadingKind::BloodPressure).count();
    assert_eq!(bp_count, 13);

    // After the planned days, it is finished.
    env.set_now(bst(2026, 6, 8, 9, 0));
    let p = status(&s, &asha).progress;
    assert_eq!((p.day, p.next), (8, NextStep::Finished));
    assert_eq!(p.average, Some(expected));
}

#[test]
fn corrected_and_deleted_readings_change_the_average() {
    let env = Env::new(bst(2026, 6, 1, 7, 55));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    s.start_bp_protocol(asha.id, 4).expect("start");
    let mut records = Vec::new();
    for day in 1..=4 {
        env.set_now(bst(2026, 6, day, 8, 0));
        let l = s.log(asha.id, bp(150, 95, None), PROTOCOL).expect("log");
        records.push(l.record);
    }
    let avg = status(&s, &asha).progress.average.expect("average");
    assert_eq!((avg.systolic, avg.diastolic, avg.readings, avg.band), (150, 95, 3, BpBand::Stage2));

    // Day 2's reading was typed wrong; the corrected one stays in the run.
    s.correct(asha.id, records[1], bp(120, 80, None), "typed wrong", None).expect("correct");
    let avg = status(&s, &asha).progress.average.expect("average");
    assert_eq!((avg.systolic, avg.diastolic, avg.readings), (140, 90, 3));

    // Without day 4 there are only three days with readings.
    s.delete(asha.id, ReadingKind::BloodPressure, records[3], "cuff slipped").expect("delete");
    let p = status(&s, &asha).progress;
    assert_eq!((p.days_with_readings, p.average), (3, None));
}

#[test]
fn a_run_of_fewer_than_four_or_more_than_seven_days_is_refused_with_nothing_stored() {
    let env = Env::new(bst(2026, 6, 1, 8, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let below = ValidationError::BelowMin { field: Field::BpCheckDays, min: 4.0, unit: "days" };
    let above = ValidationError::AboveMax { field: Field::BpCheckDays, max: 7.0, unit: "days" };
    for (days, expected) in [(0, below), (3, below), (8, above), (10, above), (u32::MAX, above)] {
        assert_eq!(invalid(s.start_bp_protocol(asha.id, days)), expected, "{days} days");
    }
    assert!(s.bp_protocol(asha.id).expect("status").is_none(), "nothing stored");
    assert!(trail(&env, &asha).is_empty(), "nothing audited");
    // The ends of the range are accepted as asked, never changed.
    assert_eq!(s.start_bp_protocol(asha.id, 4).expect("4 days").progress.planned_days, 4);
    assert_eq!(s.start_bp_protocol(asha.id, 7).expect("7 days").progress.planned_days, 7);
}

#[test]
fn a_run_lasts_four_to_seven_days_and_a_new_run_starts_afresh() {
    let env = Env::new(bst(2026, 6, 1, 8, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    assert_eq!(s.start_bp_protocol(asha.id, 4).expect("start").progress.planned_days, 4);
    s.log(asha.id, bp(150, 95, None), PROTOCOL).expect("log");
    assert_eq!(status(&s, &asha).progress.days_with_readings, 1);
    env.advance(Duration::hours(1));
    let st = s.start_bp_protocol(asha.id, 7).expect("restart");
    assert_eq!(st.progress.planned_days, 7);
    assert_eq!(st.progress.days_with_readings, 0, "the earlier run's reading is not in this one");
    assert_eq!(st.started, Taken::new(env.now()));
}

#[test]
fn protocol_readings_need_a_run_and_must_be_blood_pressure() {
    let env = Env::new(bst(2026, 6, 1, 8, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let what = not_found(s.log(asha.id, bp(130, 80, None), PROTOCOL));
    assert_eq!(what, "blood pressure protocol");
    assert!(readings(&s, &asha).is_empty());
    assert!(trail(&env, &asha).is_empty());

    s.start_bp_protocol(asha.id, 7).expect("start");
    let before = trail(&env, &asha);
    let r = s.log(asha.id, mmol(6.0, GlucoseContext::Random), PROTOCOL);
    assert!(matches!(r, Err(Error::Invalid(_))), "{r:?}");
    assert!(readings(&s, &asha).is_empty());
    assert_eq!(trail(&env, &asha), before);
    assert_eq!(status(&s, &asha).progress.days_with_readings, 0);
}
