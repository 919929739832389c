//! Summaries over a known week of readings: exact statistics, plain-language messages in
//! order, period boundaries, corrections and deletions, and clinicians' targets.
//!
//! The week (14–20 November 2026, GMT), worked out by hand:
//! - glucose four times a day: fasting 6.0 at 07:00, after breakfast 8.0 at 09:00, before
//!   lunch 5.0 at 13:00 (3.5 on the 16th, 2.8 on the 19th), bedtime 10.0 at 22:00 (12.0 on
//!   the 18th). 28 readings, sum 201.3; 25 in range, 2 low (one severe), 1 high.
//! - blood pressure at 08:00: 138/86 142/88 136/84 140/90 144/86 138/88 142/86, mean
//!   140/86.857, so 140/87 (stage 1, above the 134/84 target), highest 144/90.
//! - weight 82.0, 81.4, 80.8 kg on the 14th, 17th and 20th; HbA1c 7.0 % on the 17th.
//! - activity 30 min (14th), 20 min and 4000 steps (15th), 45 min (18th).
//! - metformin at 08:00 and 20:00: taken, late (14th), skipped (15th morning).

mod common;

use chrono::{NaiveDate, NaiveTime, Utc};

use common::*;
use saathi_core::Session;
use saathi_domain::bands::BpBand;
use saathi_domain::grants::Scope;
use saathi_domain::medicine::{DoseStatus, Regimen, WithFood};
use saathi_domain::message::{Arg, Message};
use saathi_domain::person::{Person, Role, UnitPreferences};
use saathi_domain::reading::{GlucoseContext, ReadingKind, RecordId};
use saathi_domain::summary::Trend;
use saathi_domain::targets::TargetMetric;
use saathi_domain::time::Period;
use saathi_domain::units::{Hba1cUnit, WeightUnit};

const BP: [(u16, u16); 7] = [(138, 86), (142, 88), (136, 84), (140, 90), (144, 86), (138, 88), (142, 86)];

struct Week {
    env: Env,
    asha: Person,
    /// The 2.8 before lunch on the 19th and the 12.0 at bedtime on the 18th.
    severe_low: RecordId,
    bedtime_high: RecordId,
}

fn week(weight_unit: WeightUnit) -> Week {
    let env = Env::new(gmt(2026, 11, 21, 8, 0));
    let units = UnitPreferences { weight: weight_unit, ..UnitPreferences::default() };
    let asha = env.person_with_units("Asha", Role::Patient, units);
    let s = env.session(&asha);
    let (mut severe_low, mut bedtime_high) = (None, None);
    for i in 0..7u32 {
        let day = 14 + i;
        let t = |h, m| taken(gmt(2026, 11, day, h, m));
        s.log(asha.id, mmol(6.0, GlucoseContext::Fasting), t(7, 0)).expect("fasting");
        s.log(asha.id, mmol(8.0, GlucoseContext::AfterMeal), t(9, 0)).expect("after meal");
        let before_lunch = match i {
            2 => 3.5,
            5 => 2.8,
            _ => 5.0,
        };
        let l =
            s.log(asha.id, mmol(before_lunch, GlucoseContext::BeforeMeal), t(13, 0)).expect("before meal");
        if i == 5 {
            severe_low = Some(l.record);
        }
        let bedtime = if i == 4 { 12.0 } else { 10.0 };
        let l = s.log(asha.id, mmol(bedtime, GlucoseContext::Bedtime), t(22, 0)).expect("bedtime");
        if i == 4 {
            bedtime_high = Some(l.record);
        }
        let (sys, dia) = BP[i as usize];
        s.log(asha.id, bp(sys, dia, None), t(8, 0)).expect("bp");
    }
    for (day, w) in [(14, 82.0), (17, 81.4), (20, 80.8)] {
        s.log(asha.id, kg(w), taken(gmt(2026, 11, day, 7, 30))).expect("weight");
    }
    s.log(asha.id, hba1c(7.0, Hba1cUnit::Percent), taken(gmt(2026, 11, 17, 10, 0))).expect("hba1c");
    s.log(asha.id, walk(Some(30), None), taken(gmt(2026, 11, 14, 18, 0))).expect("walk");
    s.log(asha.id, walk(Some(20), Some(4000)), taken(gmt(2026, 11, 15, 18, 0))).expect("walk");
    s.log(asha.id, walk(Some(45), None), taken(gmt(2026, 11, 18, 18, 0))).expect("walk");
    let (eight, twenty) = (time(8, 0), time(20, 0));
    let regimen = Regimen {
        name: "Metformin".into(),
        dose: "500 mg".into(),
        times: vec![eight, twenty],
        with_food: WithFood::With,
    };
    let r = s.add_regimen(asha.id, regimen).expect("regimen");
    for (day, h, m, at, status) in [
        (14, 8, 5, eight, DoseStatus::Taken),
        (14, 21, 30, twenty, DoseStatus::Late),
        (15, 8, 0, eight, DoseStatus::Skipped),
    ] {
        s.record_dose(asha.id, r, at, status, Some(gmt(2026, 11, day, h, m))).expect("dose");
    }
    Week { env, asha, severe_low: severe_low.expect("logged"), bedtime_high: bedtime_high.expect("logged") }
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

fn the_week() -> Period {
    Period {
        from: gmt(2026, 11, 14, 0, 0).with_timezone(&Utc),
        to: gmt(2026, 11, 21, 0, 0).with_timezone(&Utc),
    }
}

fn session(w: &Week) -> Session {
    w.env.session(&w.asha)
}

fn keys(messages: &[Message]) -> Vec<&str> {
    messages.iter().map(|m| m.key.as_str()).collect()
}

#[test]
fn a_known_week_gives_exact_statistics() {
    let w = week(WeightUnit::Kg);
    let s = session(&w).summary(w.asha.id, the_week()).expect("summary");
    assert_eq!(s.period, the_week());
    assert_eq!(s.days, 7);

    let g = s.glucose.as_ref().expect("glucose");
    let o = &g.overall;
    assert_eq!(o.count, 28);
    assert_close(o.mean, 201.3 / 28.0);
    assert_close(o.min, 2.8);
    assert_close(o.max, 12.0);
    assert_close(o.in_range_percent, 25.0 * 100.0 / 28.0);
    assert_close(o.low_percent, 2.0 * 100.0 / 28.0);
    assert_close(o.high_percent, 1.0 * 100.0 / 28.0);
    assert_eq!((o.lows, o.severe_lows), (2, 1));
    let contexts: Vec<_> = g.by_context.iter().map(|(c, st)| (*c, st.count)).collect();
    assert_eq!(
        contexts,
        [
            (GlucoseContext::Fasting, 7),
            (GlucoseContext::BeforeMeal, 7),
            (GlucoseContext::AfterMeal, 7),
            (GlucoseContext::Bedtime, 7)
        ]
    );
    let before_meal = g.by_context[1].1;
    assert_close(before_meal.mean, 31.3 / 7.0);
    assert_close(before_meal.low_percent, 200.0 / 7.0);
    assert_close(before_meal.in_range_percent, 500.0 / 7.0);
    assert_eq!((before_meal.lows, before_meal.severe_lows), (2, 1));
    let fasting = g.by_context[0].1;
    assert_close(fasting.mean, 6.0);
    assert_close(fasting.in_range_percent, 100.0);
    let bedtime = g.by_context[3].1;
    assert_close(bedtime.high_percent, 100.0 / 7.0);
    assert_close(bedtime.max, 12.0);
    assert_eq!((g.days_with_readings, g.days_all_in_range), (7, 4));
    assert_eq!(g.trend, Trend::Steady);

    let b = s.blood_pressure.as_ref().expect("blood pressure");
    assert_eq!(b.count, 7);
    assert_eq!((b.mean_systolic, b.mean_diastolic), (140, 87));
    assert_eq!((b.max_systolic, b.max_diastolic), (144, 90));
    assert_eq!((b.band_of_mean, b.mean_within_target), (BpBand::Stage1, false));
    assert_eq!(b.trend, Trend::Steady);

    let wt = s.weight.as_ref().expect("weight");
    assert_eq!(wt.count, 3);
    assert_close(wt.first_kg, 82.0);
    assert_close(wt.latest_kg, 80.8);
    assert_close(wt.change_kg, -1.2);
    assert_eq!(wt.trend, Trend::NotEnoughData, "three days of weights is too few for a trend");

    let h = s.hba1c.as_ref().expect("hba1c");
    assert_eq!(h.count, 1);
    assert_close(h.latest_mmol_per_mol, (7.0 - 2.15) * 10.929);
    assert_eq!(h.latest_on, NaiveDate::from_ymd_opt(2026, 11, 17).expect("date"));
    assert!(!h.at_or_below_target, "53 mmol/mol is above the default 48");

    let a = s.activity.as_ref().expect("activity");
    assert_eq!((a.total_minutes, a.active_days, a.mean_daily_steps), (95, 3, Some(4000)));
    let d = s.doses.as_ref().expect("doses");
    assert_eq!((d.taken, d.late, d.skipped), (1, 1, 1));
    assert_eq!(s.streak_days, 7, "every day of the week, up to yesterday");
}

#[test]
fn a_known_week_says_the_right_things_in_order() {
    let w = week(WeightUnit::Kg);
    let s = session(&w).summary(w.asha.id, the_week()).expect("summary");
    assert_eq!(
        keys(&s.messages),
        [
            "summary-glucose-severe-lows",
            "summary-glucose-in-range",
            "summary-glucose-days-in-range",
            "summary-glucose-trend-steady",
            "summary-bp-average",
            "summary-bp-above-target",
            "summary-bp-trend-steady",
            "summary-weight-down",
            "summary-hba1c-above-target",
            "summary-activity",
            "summary-doses",
            "summary-streak-every-day",
        ]
    );
    let m = &s.messages;
    assert_eq!(m[0], Message::new("summary-glucose-severe-lows").int("count", 1));
    assert_eq!(m[1], Message::new("summary-glucose-in-range").int("percent", 89).int("days", 7));
    assert_eq!(m[2], Message::new("summary-glucose-days-in-range").int("good", 4).int("days", 7));
    assert_eq!(
        m[4],
        Message::new("summary-bp-average")
            .int("systolic", 140)
            .int("diastolic", 87)
            .term("band", "bp-band-stage-1")
    );
    assert_eq!(m[7].arg("amount"), Some(&Arg::Decimal { value: 1.2, places: 1 }));
    assert_eq!(m[7].arg("unit"), Some(&Arg::Term("unit-kg".into())));
    assert_eq!(m[9], Message::new("summary-activity").int("minutes", 95).int("active", 3));
    assert_eq!(m[10], Message::new("summary-doses").int("taken", 2).int("total", 3));
    assert_eq!(m[11], Message::new("summary-streak-every-day").int("days", 7));
}

#[test]
fn weight_change_is_said_in_pounds_to_a_stones_person() {
    let w = week(WeightUnit::StonesPounds);
    let s = session(&w).summary(w.asha.id, the_week()).expect("summary");
    let m = s.messages.iter().find(|m| m.key == "summary-weight-down").expect("weight message");
    // 1.2 kg is 2.6 lb, said as 3.
    assert_eq!(m.arg("amount"), Some(&Arg::Decimal { value: 3.0, places: 0 }));
    assert_eq!(m.arg("unit"), Some(&Arg::Term("unit-lb".into())));
}

#[test]
fn a_period_holds_what_was_taken_from_its_start_up_to_but_not_at_its_end() {
    let w = week(WeightUnit::Kg);
    // From the 15th's fasting reading to the 16th's (which is left out).
    let period = Period {
        from: gmt(2026, 11, 15, 7, 0).with_timezone(&Utc),
        to: gmt(2026, 11, 16, 7, 0).with_timezone(&Utc),
    };
    let s = session(&w).summary(w.asha.id, period).expect("summary");
    let g = s.glucose.expect("glucose").overall;
    assert_eq!(g.count, 4);
    assert_close(g.mean, (6.0 + 8.0 + 5.0 + 10.0) / 4.0);
    let b = s.blood_pressure.expect("bp");
    assert_eq!((b.count, b.mean_systolic, b.mean_diastolic), (1, 142, 88));
    assert!(s.weight.is_none() && s.hba1c.is_none());
    assert_eq!(s.activity.expect("activity").total_minutes, 20);
    let d = s.doses.expect("doses");
    assert_eq!((d.taken, d.late, d.skipped), (0, 0, 1));

    // Nothing at all before the week.
    let before = Period { from: gmt(2026, 11, 1, 0, 0).with_timezone(&Utc), to: the_week().from };
    let s = session(&w).summary(w.asha.id, before).expect("summary");
    assert!(s.glucose.is_none() && s.blood_pressure.is_none() && s.doses.is_none());
    assert_eq!(keys(&s.messages), ["summary-nothing-logged"]);
    assert_eq!(s.streak_days, 0);
}

#[test]
fn corrected_and_deleted_readings_count_only_as_they_now_are() {
    let w = week(WeightUnit::Kg);
    let s = session(&w);
    s.correct(w.asha.id, w.severe_low, mmol(5.0, GlucoseContext::BeforeMeal), "meter error", None)
        .expect("correct");
    s.delete(w.asha.id, ReadingKind::Glucose, w.bedtime_high, "someone else's reading").expect("delete");
    let sum = s.summary(w.asha.id, the_week()).expect("summary");
    let g = sum.glucose.as_ref().expect("glucose");
    assert_eq!(g.overall.count, 27);
    assert_close(g.overall.mean, (201.3 - 2.8 + 5.0 - 12.0) / 27.0);
    assert_close(g.overall.min, 3.5);
    assert_close(g.overall.max, 10.0);
    assert_eq!((g.overall.lows, g.overall.severe_lows), (1, 0));
    assert_close(g.overall.in_range_percent, 26.0 * 100.0 / 27.0);
    assert_close(g.overall.high_percent, 0.0);
    assert_eq!(g.days_all_in_range, 6);
    assert_eq!(sum.messages[0], Message::new("summary-glucose-lows").int("count", 1));
    assert_eq!(sum.messages[1], Message::new("summary-glucose-in-range").int("percent", 96).int("days", 7));
}

#[test]
fn a_clinicians_target_changes_time_in_range() {
    let w = week(WeightUnit::Kg);
    let dr = w.env.person("Dr Rao", Role::Clinician);
    w.env.share(&w.asha, &dr, &[Scope::AssignContent]);
    w.env
        .session(&dr)
        .set_target(w.asha.id, TargetMetric::GlucoseOther, None, 9.5, None, Some("tighter at night"))
        .expect("target");
    w.env
        .session(&dr)
        .set_target(w.asha.id, TargetMetric::BloodPressureHome, None, 144.0, Some(89.0), Some("aged care"))
        .expect("target");
    let s = session(&w).summary(w.asha.id, the_week()).expect("summary");
    let g = s.glucose.as_ref().expect("glucose");
    // Every bedtime reading (10.0 and 12.0) is now above 9.5.
    assert_close(g.overall.in_range_percent, 19.0 * 100.0 / 28.0);
    assert_close(g.overall.high_percent, 7.0 * 100.0 / 28.0);
    assert_close(g.overall.low_percent, 2.0 * 100.0 / 28.0);
    assert_eq!(g.days_all_in_range, 0);
    let b = s.blood_pressure.as_ref().expect("bp");
    assert!(b.mean_within_target, "140/87 is within 144/89");
    assert_eq!(b.band_of_mean, BpBand::Stage1, "the band is NICE's, whatever the target");
    assert!(keys(&s.messages).contains(&"summary-bp-within-target"));
}

#[test]
fn days_are_counted_on_the_wall_clock_where_each_reading_was_taken() {
    let env = Env::new(gmt(2026, 11, 21, 8, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    // 23:30 in London on the 14th, then 00:30 in Lahore on the 15th: an hour apart in UTC
    // order (19:30 and 23:30 UTC on the 14th), but two different days for Asha.
    s.log(asha.id, mmol(6.0, GlucoseContext::Bedtime), taken(gmt(2026, 11, 14, 23, 30))).expect("log");
    s.log(asha.id, mmol(6.0, GlucoseContext::Fasting), taken(at(5, 2026, 11, 15, 0, 30))).expect("log");
    let g = s.summary(asha.id, the_week()).expect("summary").glucose.expect("glucose");
    assert_eq!(g.days_with_readings, 2);
}

#[test]
fn nothing_logged_is_said_plainly() {
    let env = Env::new(gmt(2026, 11, 21, 8, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha).summary_days(asha.id, 7).expect("summary");
    assert_eq!(s.messages, vec![Message::new("summary-nothing-logged").int("days", 7)]);
    assert_eq!((s.days, s.streak_days), (7, 0));
    assert!(s.glucose.is_none() && s.blood_pressure.is_none() && s.weight.is_none());
}

#[test]
fn a_summary_of_no_days_or_of_millennia_is_a_typed_error_not_a_panic() {
    let w = week(WeightUnit::Kg);
    let s = session(&w);
    for days in [0, saathi_core::MAX_SUMMARY_DAYS + 1, u32::MAX] {
        match s.summary_days(w.asha.id, days) {
            Err(saathi_core::Error::Invalid(saathi_domain::ValidationError::NotAChoice {
                field: saathi_domain::plausibility::Field::Days,
            })) => {}
            other => panic!("{days} days: {other:?}"),
        }
    }
    let ten_years = s.summary_days(w.asha.id, saathi_core::MAX_SUMMARY_DAYS).expect("ten years");
    assert_eq!(ten_years.glucose.expect("the week's glucose").overall.count, 28);
}
