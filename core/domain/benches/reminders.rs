//! Benchmarks of the reminder queries, for one person with a household's worth of
//! schedules (three medicines, four reading checks) in Europe/London, fasting for 30 days:
//! - `reminders/upcoming_64`: the next 64 reminders (what a shell schedules, iOS's limit),
//!   from the start of Ramadan across the spring clock change.
//! - `reminders/next_fire`: the next one.
//! - `reminders/due_and_missed`: the last day's doses and checks against 40 logged items.

use std::hint::black_box;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone as _, Utc};
use criterion::Criterion;
use jiff::tz::TimeZoneDatabase;

use saathi_domain::medicine::DoseStatus;
use saathi_domain::person::PersonId;
use saathi_domain::ramadan::{RamadanCalendar, RamadanDay};
use saathi_domain::reading::{GlucoseContext, ReadingKind, ReadingSource, RecordId, RecordMeta, Recorded};
use saathi_domain::reminders::{Logged, LoggedWhat, Plan, due_and_missed, next_fire, upcoming};
use saathi_domain::schedule::{Recurrence, Schedule, Subject};
use saathi_domain::time::Taken;

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("a time")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn stored(id: i64, subject: Subject, times: &[NaiveTime], recurrence: Recurrence) -> Recorded<Schedule> {
    let since = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().expect("an instant");
    Recorded {
        meta: RecordMeta {
            record_id: RecordId(id),
            version: 1,
            patient: PersonId(1),
            entered_by: PersonId(1),
            taken: Taken::utc(since),
            entered_at: since,
            source: ReadingSource::Hand,
            change_reason: None,
        },
        value: Schedule {
            subject,
            times: times.to_vec(),
            recurrence,
            starts: day(2026, 1, 1),
            ends: None,
            paused: false,
        }
        .validated()
        .expect("a valid schedule"),
    }
}

fn household() -> Vec<Recorded<Schedule>> {
    let med = |r| Subject::Medicine { regimen: RecordId(r) };
    let reading = |kind, context| Subject::Reading { kind, context };
    vec![
        stored(1, med(11), &[hm(8, 0), hm(13, 0), hm(20, 0)], Recurrence::Daily),
        stored(2, med(12), &[hm(9, 0)], Recurrence::Daily),
        stored(3, med(13), &[hm(22, 0)], Recurrence::EveryNDays { n: 2 }),
        stored(
            4,
            reading(ReadingKind::Glucose, Some(GlucoseContext::Fasting)),
            &[hm(7, 0)],
            Recurrence::Daily,
        ),
        stored(
            5,
            reading(ReadingKind::Glucose, Some(GlucoseContext::AfterMeal)),
            &[hm(15, 0)],
            Recurrence::Daily,
        ),
        stored(6, reading(ReadingKind::BloodPressure, None), &[hm(7, 30), hm(19, 30)], Recurrence::Daily),
        stored(7, reading(ReadingKind::Weight, None), &[hm(7, 15)], Recurrence::Weekdays { days: 1 }),
    ]
}

fn ramadan() -> RamadanCalendar {
    let days = (0..30).map(|i| RamadanDay {
        date: day(2026, 3, 1) + chrono::Days::new(i),
        suhoor: hm(5, 0),
        iftar: hm(18, 30),
    });
    RamadanCalendar::new(days).expect("valid fasting days")
}

fn logs(now: DateTime<Utc>) -> Vec<Logged> {
    (0..40)
        .map(|i| Logged {
            at: now - Duration::minutes(35 * i),
            what: if i % 2 == 0 {
                LoggedWhat::Dose { regimen: RecordId(11), slot: hm(8, 0), status: DoseStatus::Taken }
            } else {
                LoggedWhat::Reading { kind: ReadingKind::BloodPressure, context: None }
            },
        })
        .collect()
}

fn reminders(c: &mut Criterion) {
    let tz = TimeZoneDatabase::bundled().get("Europe/London").expect("London");
    let schedules = household();
    let fast = ramadan();
    let plan = Plan { schedules: &schedules, tz: &tz, ramadan: &fast };
    let start = Utc.with_ymd_and_hms(2026, 3, 20, 12, 0, 0).single().expect("an instant");
    c.bench_function("reminders/upcoming_64", |b| {
        b.iter(|| black_box(upcoming(&plan, black_box(start), start + Duration::days(30), 64)))
    });
    c.bench_function("reminders/next_fire", |b| b.iter(|| black_box(next_fire(&plan, black_box(start)))));
    let logged = logs(start);
    c.bench_function("reminders/due_and_missed", |b| {
        b.iter(|| black_box(due_and_missed(&plan, black_box(&logged), start)))
    });
}

criterion::criterion_group!(benches, reminders);
criterion::criterion_main!(benches);
