//! Who may do what: the one function every `Session` call goes through.
//!
//! For now the rules are the foundation's: a patient may do everything with their own
//! record except set clinical targets, and a clinician may set targets and view readings.
//! Grants for family helpers and dietitians (scopes, expiry, revocation) extend `decide`
//! here, and nowhere else.

use serde::Serialize;

use crate::person::{Person, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    ViewReadings,
    LogReadings,
    CorrectReadings,
    ManageMedicines,
    SetTargets,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::ViewReadings => "view-readings",
            Action::LogReadings => "log-readings",
            Action::CorrectReadings => "correct-readings",
            Action::ManageMedicines => "manage-medicines",
            Action::SetTargets => "set-targets",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Denial {
    /// Records belong to patients; this person is not one.
    NotAPatient,
    /// Only a clinician may do this.
    ClinicianOnly,
    /// The actor has no permission for this patient's record.
    NoPermission,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Decision {
    Allow,
    Deny(Denial),
}

pub fn decide(actor: &Person, patient: &Person, action: Action) -> Decision {
    if patient.role != Role::Patient {
        return Decision::Deny(Denial::NotAPatient);
    }
    let own = actor.id == patient.id;
    match (action, actor.role) {
        (Action::SetTargets, Role::Clinician) => Decision::Allow,
        (Action::SetTargets, _) => Decision::Deny(Denial::ClinicianOnly),
        (Action::ViewReadings, Role::Clinician) => Decision::Allow,
        (_, _) if own => Decision::Allow,
        _ => Decision::Deny(Denial::NoPermission),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::{PersonId, UnitPreferences};

    fn person(id: i64, role: Role) -> Person {
        Person {
            id: PersonId(id),
            name: format!("p{id}"),
            role,
            birth_year: None,
            conditions: vec![],
            units: UnitPreferences::default(),
        }
    }

    #[test]
    fn patients_own_their_record_but_not_their_targets() {
        let p = person(1, Role::Patient);
        for a in [Action::ViewReadings, Action::LogReadings, Action::CorrectReadings, Action::ManageMedicines]
        {
            assert_eq!(decide(&p, &p, a), Decision::Allow);
        }
        assert_eq!(decide(&p, &p, Action::SetTargets), Decision::Deny(Denial::ClinicianOnly));
    }

    #[test]
    fn others_are_refused_until_granted() {
        let patient = person(1, Role::Patient);
        let other = person(2, Role::Patient);
        let helper = person(3, Role::Helper);
        let clinician = person(4, Role::Clinician);
        assert_eq!(decide(&other, &patient, Action::ViewReadings), Decision::Deny(Denial::NoPermission));
        assert_eq!(decide(&helper, &patient, Action::LogReadings), Decision::Deny(Denial::NoPermission));
        assert_eq!(decide(&clinician, &patient, Action::SetTargets), Decision::Allow);
        assert_eq!(decide(&clinician, &patient, Action::ViewReadings), Decision::Allow);
        assert_eq!(decide(&clinician, &patient, Action::LogReadings), Decision::Deny(Denial::NoPermission));
        assert_eq!(decide(&helper, &helper, Action::LogReadings), Decision::Deny(Denial::NotAPatient));
    }
}
