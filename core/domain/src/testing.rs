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
