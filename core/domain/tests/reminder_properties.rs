//! Properties of the reminder queries over random schedules, zones, fasts and instants:
//! the next reminder is strictly after the time asked about; `upcoming` is sorted, has
//! each dose once and stays in its range; a smaller limit gives a prefix of a larger one;
//! and every reminder's wall-clock time is its instant read in the zone.

mod common;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use proptest::prelude::*;
use saathi_domain::ramadan::{RamadanCalendar, RamadanDay};
use saathi_domain::reading::{ReadingKind, RecordId};
use saathi_domain::reminders::{Plan, next_fire, upcoming};
use saathi_domain::schedule::{Recurrence, Schedule, Subject};
use saathi_domain::zone;

use common::{kolkata, london, new_york, stored};

fn recurrence() -> impl Strategy<Value = Recurrence> {
    prop_oneof![
        Just(Recurrence::Daily),
        (1u8..=127).prop_map(|days| Recurrence::Weekdays { days }),
        (1u16..=30).prop_map(|n| Recurrence::EveryNDays { n }),
    ]
}

fn schedule() -> impl Strategy<Value = Schedule> {
    (
        any::<bool>(),
        // Often on the hour or half hour, so `after` often falls exactly on a reminder.
        prop::collection::vec((0u32..24, prop_oneof![0u32..60, Just(0), Just(30)]), 1..5),
        recurrence(),
        0u64..900,
        prop::option::of(0u64..400),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(is_medicine, times, recurrence, start, length, paused)| {
            let starts = NaiveDate::from_ymd_opt(2025, 1, 1).expect("a date") + chrono::Days::new(start);
            Schedule {
                subject: if is_medicine {
                    Subject::Medicine { regimen: RecordId(7) }
                } else {
                    Subject::Reading { kind: ReadingKind::BloodPressure, context: None }
                },
                times: times
                    .into_iter()
                    .map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).expect("a time"))
                    .collect(),
                recurrence,
                starts,
                ends: length.map(|l| starts + chrono::Days::new(l)),
                paused,
            }
        })
}

/// Up to ten fasting days from a random date, with suhoor between midnight and 06:00 and
/// iftar between 16:00 and 22:00.
fn fast() -> impl Strategy<Value = Vec<RamadanDay>> {
    (0u64..1000, prop::collection::vec((0u32..360, 960u32..1320), 0..10)).prop_map(|(start, days)| {
        let first = NaiveDate::from_ymd_opt(2025, 1, 1).expect("a date") + chrono::Days::new(start);
        days.into_iter()
            .enumerate()
            .map(|(i, (suhoor, iftar))| RamadanDay {
                date: first + chrono::Days::new(i as u64),
                suhoor: NaiveTime::from_hms_opt(suhoor / 60, suhoor % 60, 0).expect("a time"),
                iftar: NaiveTime::from_hms_opt(iftar / 60, iftar % 60, 0).expect("a time"),
            })
            .collect()
    })
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 2025-01-01 to 2028-01-01: any second, or on a half hour (where reminders go off,
    // Kolkata's included).
    let second = 1_735_689_600i64..1_830_297_600;
    prop_oneof![second.clone(), second.prop_map(|s| s - s % 1800)]
        .prop_map(|s| DateTime::from_timestamp(s, 0).expect("an instant"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn upcoming_is_sorted_unique_in_range_and_starts_with_next_fire(
        schedules in prop::collection::vec(schedule(), 1..4),
        zone_index in 0usize..3,
        fasting in fast(),
        after in instant(),
        days in 1i64..40,
        limit in 1usize..80,
    ) {
        let tz = [london(), new_york(), kolkata()][zone_index].clone();
        let stored: Vec<_> = schedules.into_iter().enumerate().map(|(i, s)| stored(i as i64 + 1, s)).collect();
        let ramadan = RamadanCalendar::new(fasting).unwrap();
        let plan = Plan { schedules: &stored, tz: &tz, ramadan: &ramadan };
        let until = after + Duration::days(days);

        let next = next_fire(&plan, after);
        if let Some(f) = &next {
            prop_assert!(f.at > after, "{f:?} is not after {after}");
        }

        let all = upcoming(&plan, after, until, 10_000);
        for pair in all.windows(2) {
            prop_assert!(pair[0].at <= pair[1].at, "out of order: {pair:?}");
        }
        let mut keys: Vec<_> = all.iter().map(|f| f.key()).collect();
        keys.sort();
        keys.dedup();
        prop_assert_eq!(keys.len(), all.len(), "a dose appears twice");
        for f in &all {
            prop_assert!(after < f.at && f.at <= until, "{f:?} outside ({after}, {until}]");
            prop_assert_eq!(zone::local(&tz, f.at), Some(f.local));
            prop_assert_eq!(zone::offset_seconds(&tz, f.at), f.offset_seconds);
            if f.moved.is_none() {
                prop_assert_eq!(f.local, f.date.and_time(f.slot));
            }
        }
        match (&next, all.first()) {
            (Some(n), Some(first)) => prop_assert_eq!(n.at, first.at),
            (None, first) => prop_assert!(first.is_none()),
            (Some(n), None) => prop_assert!(n.at > until),
        }

        let some = upcoming(&plan, after, until, limit);
        prop_assert_eq!(&some[..], &all[..limit.min(all.len())]);
    }
}
