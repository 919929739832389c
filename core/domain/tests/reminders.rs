//! What fires next and when, across daylight-saving changes (Europe/London and
//! America/New_York in 2026, Asia/Kolkata which has none) and across midnight; and what is
//! due, missed or done now.
//!
//! 2026 changes: London forward 29 March 01:00 GMT, back 25 October 02:00 BST; New York
//! forward 8 March 02:00 EST, back 1 November 02:00 EDT.

mod common;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use jiff::tz::TimeZone;
use saathi_domain::grants::WeeklyWindow;
use saathi_domain::medicine::{DoseEvent, DoseStatus};
use saathi_domain::ramadan::RamadanCalendar;
use saathi_domain::reading::{
    Glucose, GlucoseContext, Measurement, ReadingKind, ReadingSource, RecordId, RecordMeta, Recorded,
};
use saathi_domain::reminders::{
    Due, DueState, Fire, Logged, LoggedWhat, Moved, Plan, ReminderSettings, due_and_missed, next_fire,
    upcoming,
};
use saathi_domain::schedule::{Recurrence, Schedule, Subject};
use saathi_domain::time::Taken;
use saathi_domain::units::GlucoseUnit;
use saathi_domain::{ValidationError, plausibility::Field};

use common::{date, hm, kolkata, local, london, medicine, new_york, stored, stored_since, utc};

const NO_FAST: &RamadanCalendar = &RamadanCalendar::not_fasting();

fn plan<'a>(schedules: &'a [Recorded<Schedule>], tz: &'a TimeZone) -> Plan<'a> {
    Plan { schedules, tz, ramadan: NO_FAST }
}

/// (instant, wall clock, local day, how it moved) of each reminder.
fn seen(fires: &[Fire]) -> Vec<(DateTime<Utc>, NaiveDateTime, NaiveDate, Option<Moved>)> {
    fires.iter().map(|f| (f.at, f.local, f.date, f.moved)).collect()
}

fn daily(times: &[NaiveTime]) -> Vec<Recorded<Schedule>> {
    vec![stored(1, medicine(7, times))]
}

#[test]
fn an_0800_dose_stays_at_0800_as_the_clocks_go_forward_in_london() {
    let tz = london();
    let s = daily(&[hm(8, 0)]);
    let got = upcoming(&plan(&s, &tz), utc(2026, 3, 27, 12, 0), utc(2026, 3, 31, 12, 0), 64);
    assert_eq!(
        seen(&got),
        [
            (utc(2026, 3, 28, 8, 0), local(2026, 3, 28, 8, 0), date(2026, 3, 28), None),
            (utc(2026, 3, 29, 7, 0), local(2026, 3, 29, 8, 0), date(2026, 3, 29), None),
            (utc(2026, 3, 30, 7, 0), local(2026, 3, 30, 8, 0), date(2026, 3, 30), None),
            (utc(2026, 3, 31, 7, 0), local(2026, 3, 31, 8, 0), date(2026, 3, 31), None),
        ]
    );
    let offsets: Vec<i32> = got.iter().map(|f| f.offset_seconds).collect();
    assert_eq!(offsets, [0, 3600, 3600, 3600]);
    assert_eq!(got[1].local_date_time().to_rfc3339(), "2026-03-29T08:00:00+01:00");
}

#[test]
fn an_0800_dose_stays_at_0800_as_the_clocks_go_back_in_london() {
    let tz = london();
    let s = daily(&[hm(8, 0)]);
    let got = upcoming(&plan(&s, &tz), utc(2026, 10, 24, 0, 0), utc(2026, 10, 26, 23, 0), 64);
    let at: Vec<_> = got.iter().map(|f| (f.at, f.local)).collect();
    assert_eq!(
        at,
        [
            (utc(2026, 10, 24, 7, 0), local(2026, 10, 24, 8, 0)),
            (utc(2026, 10, 25, 8, 0), local(2026, 10, 25, 8, 0)),
            (utc(2026, 10, 26, 8, 0), local(2026, 10, 26, 8, 0)),
        ]
    );
}

#[test]
fn a_time_skipped_by_the_clocks_fires_when_the_gap_ends() {
    // 01:30 does not exist on 29 March: it fires at 02:00 BST (01:00 UTC), once.
    let tz = london();
    let s = daily(&[hm(1, 30)]);
    let got = upcoming(&plan(&s, &tz), utc(2026, 3, 28, 0, 0), utc(2026, 3, 30, 12, 0), 64);
    assert_eq!(
        seen(&got),
        [
            (utc(2026, 3, 28, 1, 30), local(2026, 3, 28, 1, 30), date(2026, 3, 28), None),
            (utc(2026, 3, 29, 1, 0), local(2026, 3, 29, 2, 0), date(2026, 3, 29), Some(Moved::ClocksForward)),
            (utc(2026, 3, 30, 0, 30), local(2026, 3, 30, 1, 30), date(2026, 3, 30), None),
        ]
    );
    assert_eq!(got[1].slot, hm(1, 30), "still the 01:30 dose");
}

#[test]
fn a_time_that_happens_twice_fires_once_at_the_first() {
    // 01:30 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT) on 25 October.
    let tz = london();
    let s = daily(&[hm(1, 30)]);
    let p = plan(&s, &tz);
    let got = upcoming(&p, utc(2026, 10, 24, 0, 0), utc(2026, 10, 26, 12, 0), 64);
    assert_eq!(
        seen(&got),
        [
            (utc(2026, 10, 24, 0, 30), local(2026, 10, 24, 1, 30), date(2026, 10, 24), None),
            (utc(2026, 10, 25, 0, 30), local(2026, 10, 25, 1, 30), date(2026, 10, 25), None),
            (utc(2026, 10, 26, 1, 30), local(2026, 10, 26, 1, 30), date(2026, 10, 26), None),
        ]
    );
    assert_eq!(next_fire(&p, utc(2026, 10, 25, 0, 29)).map(|f| f.at), Some(utc(2026, 10, 25, 0, 30)));
    assert_eq!(
        next_fire(&p, utc(2026, 10, 25, 0, 30)).map(|f| f.at),
        Some(utc(2026, 10, 26, 1, 30)),
        "not again when 01:30 comes round the second time"
    );
}

#[test]
fn every_three_days_counts_calendar_days_over_both_changes() {
    let tz = london();
    let mut s = medicine(7, &[hm(8, 0)]);
    s.recurrence = Recurrence::EveryNDays { n: 3 };
    s.starts = date(2026, 3, 27);
    let spring = [stored(1, s.clone())];
    let got = upcoming(&plan(&spring, &tz), utc(2026, 3, 26, 0, 0), utc(2026, 4, 6, 0, 0), 64);
    let at: Vec<_> = got.iter().map(|f| f.at).collect();
    assert_eq!(
        at,
        [utc(2026, 3, 27, 8, 0), utc(2026, 3, 30, 7, 0), utc(2026, 4, 2, 7, 0), utc(2026, 4, 5, 7, 0)]
    );
    s.starts = date(2026, 10, 22);
    let autumn = [stored(1, s)];
    let got = upcoming(&plan(&autumn, &tz), utc(2026, 10, 21, 0, 0), utc(2026, 10, 29, 0, 0), 64);
    let at: Vec<_> = got.iter().map(|f| f.at).collect();
    assert_eq!(at, [utc(2026, 10, 22, 7, 0), utc(2026, 10, 25, 8, 0), utc(2026, 10, 28, 8, 0)]);
}

#[test]
fn new_york_changes_on_its_own_dates() {
    let tz = new_york();
    let s = daily(&[hm(2, 30)]);
    let got = upcoming(&plan(&s, &tz), utc(2026, 3, 7, 0, 0), utc(2026, 3, 9, 12, 0), 64);
    assert_eq!(
        seen(&got),
        [
            (utc(2026, 3, 7, 7, 30), local(2026, 3, 7, 2, 30), date(2026, 3, 7), None),
            (utc(2026, 3, 8, 7, 0), local(2026, 3, 8, 3, 0), date(2026, 3, 8), Some(Moved::ClocksForward)),
            (utc(2026, 3, 9, 6, 30), local(2026, 3, 9, 2, 30), date(2026, 3, 9), None),
        ]
    );
    let s = daily(&[hm(1, 30)]);
    let got = upcoming(&plan(&s, &tz), utc(2026, 10, 31, 0, 0), utc(2026, 11, 2, 12, 0), 64);
    let at: Vec<_> = got.iter().map(|f| f.at).collect();
    assert_eq!(at, [utc(2026, 10, 31, 5, 30), utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)]);
    // Between the two countries' changes, the same 08:00 is 08:00 UTC in London and noon in New York.
    let s = daily(&[hm(8, 0)]);
    let ldn = london();
    let after = utc(2026, 3, 15, 0, 0);
    assert_eq!(next_fire(&plan(&s, &ldn), after).map(|f| f.at), Some(utc(2026, 3, 15, 8, 0)));
    assert_eq!(next_fire(&plan(&s, &tz), after).map(|f| f.at), Some(utc(2026, 3, 15, 12, 0)));
}

#[test]
fn kolkata_has_no_changes_and_its_own_midnight() {
    let tz = kolkata();
    let s = daily(&[hm(8, 0), hm(23, 30)]);
    let got = upcoming(&plan(&s, &tz), utc(2026, 3, 28, 0, 0), utc(2026, 3, 30, 0, 0), 64);
    assert_eq!(
        seen(&got),
        [
            (utc(2026, 3, 28, 2, 30), local(2026, 3, 28, 8, 0), date(2026, 3, 28), None),
            (utc(2026, 3, 28, 18, 0), local(2026, 3, 28, 23, 30), date(2026, 3, 28), None),
            (utc(2026, 3, 29, 2, 30), local(2026, 3, 29, 8, 0), date(2026, 3, 29), None),
            (utc(2026, 3, 29, 18, 0), local(2026, 3, 29, 23, 30), date(2026, 3, 29), None),
        ]
    );
    // 00:15 on 2 July in Kolkata is 18:45 UTC on 1 July, and it belongs to 2 July.
    let s = daily(&[hm(0, 15)]);
    let f = next_fire(&plan(&s, &tz), utc(2026, 7, 1, 12, 0)).unwrap();
    assert_eq!((f.at, f.date), (utc(2026, 7, 1, 18, 45), date(2026, 7, 2)));
}

#[test]
fn a_0015_schedule_is_for_its_own_calendar_day() {
    // 00:15 BST on 2 July is 23:15 UTC on 1 July.
    let tz = london();
    let s = daily(&[hm(0, 15)]);
    let f = next_fire(&plan(&s, &tz), utc(2026, 7, 1, 22, 0)).unwrap();
    assert_eq!(
        (f.at, f.local, f.date),
        (utc(2026, 7, 1, 23, 15), local(2026, 7, 2, 0, 15), date(2026, 7, 2))
    );
}

#[test]
fn a_2330_dose_missed_is_reported_on_its_own_day() {
    // 23:30 BST on 1 July is 22:30 UTC; it is missed from 01:30 BST on 2 July.
    let tz = london();
    let s = daily(&[hm(23, 30)]);
    let p = plan(&s, &tz);
    let state_at = |now| -> Vec<(NaiveDate, NaiveDateTime, DueState)> {
        due_and_missed(&p, &[], now).iter().map(|d| (d.fire.date, d.fire.local, d.state)).collect()
    };
    assert_eq!(
        state_at(utc(2026, 7, 1, 23, 0)),
        [(date(2026, 7, 1), local(2026, 7, 1, 23, 30), DueState::Due)]
    );
    assert_eq!(
        state_at(utc(2026, 7, 2, 0, 30)),
        [(date(2026, 7, 1), local(2026, 7, 1, 23, 30), DueState::Due)]
    );
    assert_eq!(
        state_at(utc(2026, 7, 2, 0, 31)),
        [(date(2026, 7, 1), local(2026, 7, 1, 23, 30), DueState::Missed)],
        "reported on 1 July although it is 2 July on the wall clock"
    );
    let missed = due_and_missed(&p, &[], utc(2026, 7, 2, 9, 0));
    assert_eq!(missed.len(), 1);
    assert_eq!(missed[0].missed_since(), Some(utc(2026, 7, 2, 0, 30)));
}

#[test]
fn chosen_weekdays_only() {
    // 27 March 2026 is a Friday; Monday and Thursday at 09:00.
    let tz = london();
    let mut s = medicine(7, &[hm(9, 0)]);
    s.recurrence = Recurrence::Weekdays {
        days: WeeklyWindow::day_bit(Weekday::Mon) | WeeklyWindow::day_bit(Weekday::Thu),
    };
    let s = [stored(1, s)];
    let got = upcoming(&plan(&s, &tz), utc(2026, 3, 27, 0, 0), utc(2026, 4, 3, 23, 0), 64);
    let at: Vec<_> = got.iter().map(|f| (f.date, f.at)).collect();
    assert_eq!(at, [(date(2026, 3, 30), utc(2026, 3, 30, 8, 0)), (date(2026, 4, 2), utc(2026, 4, 2, 8, 0))]);
}

#[test]
fn start_and_end_dates_bound_a_schedule() {
    let tz = london();
    let mut s = medicine(7, &[hm(9, 0)]);
    s.starts = date(2026, 4, 1);
    s.ends = Some(date(2026, 4, 3));
    let s = [stored(1, s)];
    let p = plan(&s, &tz);
    let got = upcoming(&p, utc(2026, 3, 20, 0, 0), utc(2026, 4, 10, 0, 0), 64);
    let days: Vec<_> = got.iter().map(|f| f.date).collect();
    assert_eq!(days, [date(2026, 4, 1), date(2026, 4, 2), date(2026, 4, 3)]);
    assert_eq!(next_fire(&p, utc(2026, 4, 3, 8, 0)), None, "the last dose has gone off");
    assert!(next_fire(&p, utc(2026, 4, 3, 7, 59)).is_some());
}

#[test]
fn a_paused_schedule_fires_nothing_and_is_never_missed() {
    let tz = london();
    let mut s = medicine(7, &[hm(8, 0)]);
    s.paused = true;
    let s = [stored(1, s)];
    let p = plan(&s, &tz);
    assert_eq!(next_fire(&p, utc(2026, 7, 1, 0, 0)), None);
    assert!(upcoming(&p, utc(2026, 7, 1, 0, 0), utc(2026, 8, 1, 0, 0), 64).is_empty());
    assert!(due_and_missed(&p, &[], utc(2026, 7, 1, 12, 0)).is_empty());
}

#[test]
fn nothing_before_a_schedule_version_applies_is_reminded_or_missed() {
    // Made at 10:00 BST: this morning's 08:00 was never asked for.
    let tz = london();
    let s = [stored_since(1, medicine(7, &[hm(8, 0), hm(20, 0)]), utc(2026, 7, 1, 9, 0))];
    let p = plan(&s, &tz);
    assert!(due_and_missed(&p, &[], utc(2026, 7, 1, 12, 0)).is_empty());
    assert_eq!(next_fire(&p, utc(2026, 7, 1, 0, 0)).map(|f| f.at), Some(utc(2026, 7, 1, 19, 0)));
}

#[test]
fn upcoming_keeps_the_soonest_across_schedules() {
    let tz = london();
    let s = [
        stored(1, medicine(7, &[hm(8, 0), hm(20, 0)])),
        stored(2, medicine(8, &[hm(13, 0)])),
        stored(
            3,
            Schedule {
                subject: Subject::Reading { kind: ReadingKind::BloodPressure, context: None },
                ..medicine(0, &[hm(7, 30), hm(19, 30)])
            },
        ),
    ];
    let p = plan(&s, &tz);
    let got = upcoming(&p, utc(2026, 7, 1, 0, 0), utc(2026, 7, 10, 0, 0), 4);
    let order: Vec<_> = got.iter().map(|f| (f.schedule.0, f.slot)).collect();
    assert_eq!(order, [(3, hm(7, 30)), (1, hm(8, 0)), (2, hm(13, 0)), (3, hm(19, 30))]);
    assert!(upcoming(&p, utc(2026, 7, 1, 0, 0), utc(2026, 7, 10, 0, 0), 0).is_empty());
    assert_eq!(upcoming(&p, utc(2026, 7, 1, 0, 0), utc(2026, 7, 10, 0, 0), 1000).len(), 9 * 5);
}

fn dose(regimen: i64, slot: NaiveTime, status: DoseStatus, at: DateTime<Utc>) -> Logged {
    Logged { at, what: LoggedWhat::Dose { regimen: RecordId(regimen), slot, status } }
}

fn states(due: &[Due]) -> Vec<(NaiveTime, DueState, Option<DateTime<Utc>>, bool)> {
    due.iter().map(|d| (d.fire.slot, d.state, d.logged, d.on_time)).collect()
}

#[test]
fn doses_are_due_then_missed_unless_logged() {
    // 1 July (BST): 08:00 is 07:00 UTC, 20:00 is 19:00 UTC.
    let tz = london();
    let s = daily(&[hm(8, 0), hm(20, 0)]);
    let p = plan(&s, &tz);
    let morning = dose(7, hm(8, 0), DoseStatus::Taken, utc(2026, 7, 1, 7, 10));
    let (taken, late) = (DueState::Done, DueState::Missed);
    assert_eq!(
        states(&due_and_missed(&p, &[morning], utc(2026, 7, 1, 20, 0))),
        [(hm(8, 0), taken, Some(morning.at), true), (hm(20, 0), DueState::Due, None, false)]
    );
    assert_eq!(
        states(&due_and_missed(&p, &[morning], utc(2026, 7, 1, 21, 0)))[1].1,
        DueState::Due,
        "120 minutes on"
    );
    assert_eq!(states(&due_and_missed(&p, &[morning], utc(2026, 7, 1, 21, 1)))[1].1, late);
    // Taken late still counts, but not as on time.
    let evening = dose(7, hm(20, 0), DoseStatus::Late, utc(2026, 7, 1, 21, 30));
    assert_eq!(
        states(&due_and_missed(&p, &[evening, morning], utc(2026, 7, 1, 22, 0)))[1],
        (hm(20, 0), taken, Some(evening.at), false)
    );
    // Skipping is acting on it: not missed.
    let skipped = dose(7, hm(20, 0), DoseStatus::Skipped, utc(2026, 7, 1, 19, 5));
    assert_eq!(states(&due_and_missed(&p, &[skipped], utc(2026, 7, 1, 22, 0)))[1].1, DueState::Skipped);
    // Another regimen's dose, or a dose for another time of this one, answers nothing.
    let other = dose(8, hm(20, 0), DoseStatus::Taken, utc(2026, 7, 1, 19, 5));
    let wrong_time = dose(7, hm(8, 0), DoseStatus::Taken, utc(2026, 7, 1, 19, 5));
    let got = due_and_missed(&p, &[other, wrong_time], utc(2026, 7, 1, 22, 0));
    assert_eq!(got[1].state, DueState::Missed);
}

#[test]
fn the_due_window_opens_an_hour_before() {
    let tz = london();
    let s = daily(&[hm(20, 0)]);
    let p = plan(&s, &tz);
    assert!(due_and_missed(&p, &[], utc(2026, 7, 1, 17, 59)).iter().all(|d| d.fire.date != date(2026, 7, 1)));
    let opened = due_and_missed(&p, &[], utc(2026, 7, 1, 18, 0));
    assert_eq!(opened.last().map(|d| (d.fire.date, d.state)), Some((date(2026, 7, 1), DueState::Due)));
    // A dose logged 61 minutes early is not this one; 60 minutes early is.
    let too_early = dose(7, hm(20, 0), DoseStatus::Taken, utc(2026, 7, 1, 17, 59));
    let early = dose(7, hm(20, 0), DoseStatus::Taken, utc(2026, 7, 1, 18, 0));
    let now = utc(2026, 7, 1, 21, 30);
    assert_eq!(due_and_missed(&p, &[too_early], now).last().map(|d| d.state), Some(DueState::Missed));
    let got = due_and_missed(&p, &[early], now);
    assert_eq!(got.last().map(|d| (d.state, d.on_time)), Some((DueState::Done, true)));
}

#[test]
fn yesterdays_doses_are_reported_for_a_day_then_dropped() {
    let tz = london();
    let s = daily(&[hm(8, 0)]);
    let p = plan(&s, &tz);
    let got = due_and_missed(&p, &[], utc(2026, 7, 2, 6, 30));
    let days: Vec<_> = got.iter().map(|d| (d.fire.date, d.state)).collect();
    assert_eq!(days, [(date(2026, 7, 1), DueState::Missed), (date(2026, 7, 2), DueState::Due)]);
    let got = due_and_missed(&p, &[], utc(2026, 7, 2, 7, 1));
    assert_eq!(got.first().map(|d| d.fire.date), Some(date(2026, 7, 2)), "more than 24 hours ago");
}

fn reading(kind: ReadingKind, context: Option<GlucoseContext>, times: &[NaiveTime]) -> Schedule {
    Schedule { subject: Subject::Reading { kind, context }, ..medicine(0, times) }
}

#[test]
fn readings_answer_the_nearest_check_of_their_kind() {
    let tz = london();
    let s = [stored(1, reading(ReadingKind::BloodPressure, None, &[hm(8, 0), hm(20, 0)]))];
    let p = plan(&s, &tz);
    let bp = Logged {
        at: utc(2026, 7, 1, 18, 30),
        what: LoggedWhat::Reading { kind: ReadingKind::BloodPressure, context: None },
    };
    let weight = Logged {
        at: utc(2026, 7, 1, 7, 0),
        what: LoggedWhat::Reading { kind: ReadingKind::Weight, context: None },
    };
    let got = due_and_missed(&p, &[bp, weight], utc(2026, 7, 1, 21, 30));
    assert_eq!(
        states(&got),
        [(hm(8, 0), DueState::Missed, None, false), (hm(20, 0), DueState::Done, Some(bp.at), true)]
    );
}

#[test]
fn a_fasting_check_is_answered_by_a_before_suhoor_reading_but_not_an_after_meal_one() {
    let tz = london();
    let s = [stored(1, reading(ReadingKind::Glucose, Some(GlucoseContext::Fasting), &[hm(7, 0)]))];
    let p = plan(&s, &tz);
    let glucose = |context, at| Recorded {
        meta: RecordMeta {
            record_id: RecordId(9),
            version: 1,
            patient: saathi_domain::person::PersonId(1),
            entered_by: saathi_domain::person::PersonId(1),
            taken: Taken::utc(at),
            entered_at: at,
            source: ReadingSource::Meter,
            change_reason: None,
        },
        value: Measurement::Glucose(Glucose { value: 6.1, unit: GlucoseUnit::MmolPerL, context }),
    };
    let now = utc(2026, 7, 1, 9, 0);
    let after_meal = Logged::from(&glucose(GlucoseContext::AfterMeal, utc(2026, 7, 1, 6, 5)));
    assert_eq!(due_and_missed(&p, &[after_meal], now)[0].state, DueState::Missed);
    let suhoor = Logged::from(&glucose(GlucoseContext::BeforeSuhoor, utc(2026, 7, 1, 6, 5)));
    assert_eq!(due_and_missed(&p, &[suhoor], now)[0].state, DueState::Done);
}

#[test]
fn dose_events_convert_with_their_time_and_slot() {
    let at = utc(2026, 7, 1, 7, 10);
    let event = Recorded {
        meta: RecordMeta {
            record_id: RecordId(3),
            version: 1,
            patient: saathi_domain::person::PersonId(1),
            entered_by: saathi_domain::person::PersonId(2),
            taken: Taken { at, offset_seconds: 3600 },
            entered_at: at,
            source: ReadingSource::Hand,
            change_reason: None,
        },
        value: DoseEvent { regimen: RecordId(7), scheduled: hm(8, 0), status: DoseStatus::Late },
    };
    assert_eq!(Logged::from(&event), dose(7, hm(8, 0), DoseStatus::Late, at));
}

#[test]
fn settings_are_checked() {
    let ok =
        ReminderSettings { missed_dose_alert_minutes: Some(720), ..ReminderSettings::new("Europe/London") };
    assert_eq!(ok.clone().validated(), Ok(ok));
    let long = ReminderSettings { escalation_minutes: Some(721), ..ReminderSettings::new("Europe/London") };
    assert_eq!(
        long.validated(),
        Err(ValidationError::AboveMax { field: Field::AlertDelay, max: 720.0, unit: "min" })
    );
    assert_eq!(
        ReminderSettings::new("").validated(),
        Err(ValidationError::Missing { field: Field::TimeZone })
    );
    assert_eq!(
        ReminderSettings::new("Europe/London").missed_dose_alert_minutes,
        None,
        "helpers are told nothing until the patient chooses"
    );
}

#[test]
fn reminders_go_off_on_whole_minutes() {
    // Reminders are on whole minutes: shells compare them with the clock.
    let tz = new_york();
    let s = daily(&[hm(6, 45)]);
    let f = next_fire(&plan(&s, &tz), utc(2026, 5, 5, 5, 5) + Duration::seconds(7)).unwrap();
    assert_eq!(f.at.timestamp() % 60, 0);
}
