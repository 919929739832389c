//! Ramadan mode through the reminder queries: medicine times move into the eating window,
//! reading checks stay, and doses taken at their moved times count.

mod common;

use chrono::{DateTime, NaiveTime, Utc};
use saathi_domain::medicine::DoseStatus;
use saathi_domain::ramadan::{RamadanCalendar, RamadanDay};
use saathi_domain::reading::{GlucoseContext, ReadingKind, RecordId, Recorded};
use saathi_domain::reminders::{
    DueState, Logged, LoggedWhat, Moved, Plan, due_and_missed, next_fire, upcoming,
};
use saathi_domain::schedule::{Schedule, Subject};
use saathi_domain::wording;

use common::{date, hm, local, london, medicine, stored, utc};

/// 25 and 26 February 2026 in London (GMT, so UTC is the wall clock).
fn fast() -> RamadanCalendar {
    RamadanCalendar::new([
        RamadanDay { date: date(2026, 2, 25), suhoor: hm(5, 10), iftar: hm(17, 45) },
        RamadanDay { date: date(2026, 2, 26), suhoor: hm(5, 8), iftar: hm(17, 47) },
    ])
    .expect("valid fasting days")
}

fn schedules() -> Vec<Recorded<Schedule>> {
    vec![
        stored(1, medicine(7, &[hm(8, 0), hm(20, 0)])),
        stored(2, medicine(8, &[hm(13, 0)])),
        stored(
            3,
            Schedule {
                subject: Subject::Reading {
                    kind: ReadingKind::Glucose,
                    context: Some(GlucoseContext::Random),
                },
                ..medicine(0, &[hm(11, 0)])
            },
        ),
        stored(4, medicine(9, &[hm(22, 0)])),
    ]
}

type Seen = (i64, NaiveTime, DateTime<Utc>, Option<Moved>);

fn seen(plan: &Plan<'_>, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Seen> {
    upcoming(plan, from, to, 64).iter().map(|f| (f.schedule.0, f.slot, f.at, f.moved)).collect()
}

#[test]
fn medicine_times_move_out_of_the_fast_and_checks_stay() {
    let (tz, cal, s) = (london(), fast(), schedules());
    let plan = Plan { schedules: &s, tz: &tz, ramadan: &cal };
    assert_eq!(
        seen(&plan, utc(2026, 2, 24, 23, 0), utc(2026, 2, 25, 23, 59)),
        [
            (1, hm(8, 0), utc(2026, 2, 25, 4, 40), Some(Moved::BeforeSuhoor)),
            (3, hm(11, 0), utc(2026, 2, 25, 11, 0), None),
            (2, hm(13, 0), utc(2026, 2, 25, 17, 45), Some(Moved::AtIftar)),
            (1, hm(20, 0), utc(2026, 2, 25, 20, 0), None),
            (4, hm(22, 0), utc(2026, 2, 25, 22, 0), None),
        ]
    );
}

#[test]
fn no_medicine_is_reminded_inside_the_fast() {
    let (tz, cal, s) = (london(), fast(), schedules());
    let plan = Plan { schedules: &s, tz: &tz, ramadan: &cal };
    let fires = upcoming(&plan, utc(2026, 2, 24, 0, 0), utc(2026, 2, 28, 0, 0), 1000);
    let mut checked = 0;
    for f in fires.iter().filter(|f| f.subject.is_medicine()) {
        if let Some(day) = cal.day(f.date) {
            assert!(!day.fasting_at(f.local.time()), "{f:?}");
            checked += 1;
        }
    }
    assert_eq!(checked, 8, "four doses on each of two fasting days");
}

#[test]
fn days_outside_the_fast_are_ordinary() {
    let (tz, cal, s) = (london(), fast(), schedules());
    let plan = Plan { schedules: &s, tz: &tz, ramadan: &cal };
    let got = seen(&plan, utc(2026, 2, 27, 0, 0), utc(2026, 2, 27, 23, 59));
    assert_eq!(
        got,
        [
            (1, hm(8, 0), utc(2026, 2, 27, 8, 0), None),
            (3, hm(11, 0), utc(2026, 2, 27, 11, 0), None),
            (2, hm(13, 0), utc(2026, 2, 27, 13, 0), None),
            (1, hm(20, 0), utc(2026, 2, 27, 20, 0), None),
            (4, hm(22, 0), utc(2026, 2, 27, 22, 0), None),
        ]
    );
}

#[test]
fn a_dose_taken_at_its_moved_time_counts_on_time() {
    let (tz, cal, s) = (london(), fast(), schedules());
    let plan = Plan { schedules: &s, tz: &tz, ramadan: &cal };
    let taken = Logged {
        at: utc(2026, 2, 25, 4, 50),
        what: LoggedWhat::Dose { regimen: RecordId(7), slot: hm(8, 0), status: DoseStatus::Taken },
    };
    let due = due_and_missed(&plan, &[taken], utc(2026, 2, 25, 9, 0));
    let morning =
        due.iter().find(|d| d.fire.schedule == RecordId(1) && d.fire.date == date(2026, 2, 25)).unwrap();
    assert_eq!((morning.state, morning.on_time), (DueState::Done, true));
    // Without it, it is missed two hours after 04:40, long before 08:00.
    let due = due_and_missed(&plan, &[], utc(2026, 2, 25, 6, 41));
    let morning =
        due.iter().find(|d| d.fire.schedule == RecordId(1) && d.fire.date == date(2026, 2, 25)).unwrap();
    assert_eq!(morning.state, DueState::Missed);
}

#[test]
fn a_moved_dose_that_lands_in_a_clock_gap_fires_as_the_gap_ends() {
    // A made-up fasting day on 29 March 2026 (the clocks go forward at 01:00): suhoor at
    // 02:15 BST puts the morning dose at 01:45, which does not exist; it fires at 02:00 BST.
    let tz = london();
    let cal =
        RamadanCalendar::new([RamadanDay { date: date(2026, 3, 29), suhoor: hm(2, 15), iftar: hm(19, 30) }])
            .unwrap();
    let s = [stored(1, medicine(7, &[hm(8, 0), hm(20, 0)]))];
    let plan = Plan { schedules: &s, tz: &tz, ramadan: &cal };
    let f = next_fire(&plan, utc(2026, 3, 28, 21, 0)).unwrap();
    assert_eq!(
        (f.at, f.local, f.moved),
        (utc(2026, 3, 29, 1, 0), local(2026, 3, 29, 2, 0), Some(Moved::BeforeSuhoor))
    );
}

#[test]
fn moved_reminders_say_when_to_take_them() {
    let (tz, cal, s) = (london(), fast(), schedules());
    let plan = Plan { schedules: &s, tz: &tz, ramadan: &cal };
    let fires = upcoming(&plan, utc(2026, 2, 24, 23, 0), utc(2026, 2, 25, 23, 59), 64);
    let metformin = saathi_domain::medicine::Regimen {
        name: "Metformin".into(),
        dose: "500 mg".into(),
        times: vec![hm(8, 0), hm(20, 0)],
        with_food: saathi_domain::medicine::WithFood::With,
    };
    let keys: Vec<String> = fires.iter().map(|f| wording::reminder(f, Some(&metformin)).key).collect();
    assert_eq!(
        keys,
        [
            "reminder-medicine-before-suhoor",
            "reminder-reading-glucose",
            "reminder-medicine-at-iftar",
            "reminder-medicine",
            "reminder-medicine",
        ]
    );
    assert_eq!(wording::reminder(&fires[0], None).key, "reminder-medicine-before-suhoor-unnamed");
}
