//! Who may do what: the one function every `Session` call goes through.
//!
//! For now the rules are the foundation's: a patient may do everything with their own
//! record except set clinical targets, and a clinician may set targets and view readings.
//! Grants for family helpers and dietitians (scopes, expiry, revocation) extend `decide`
//! here, and nowhere else.

use serde::Serialize;

use crate::person::{Person, Role};
use crate::targets::TargetMetric;

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
    pub const ALL: [Action; 5] = [
        Action::ViewReadings,
        Action::LogReadings,
        Action::CorrectReadings,
        Action::ManageMedicines,
        Action::SetTargets,
    ];

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

/// What an audit entry says was done. Stored as its code; shown through `audit-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audited {
    Log,
    Correct,
    Delete,
    Import,
    /// Someone other than the patient looked at their record.
    View(Viewed),
    SetUnits,
    StartBpProtocol,
    AddRegimen,
    RecordDose,
    SetTarget(TargetMetric),
    /// An attempt that `decide` refused.
    Denied(Action),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Viewed {
    Readings,
    Summary,
    History,
    Medicines,
    Targets,
    BpProtocol,
    AuditTrail,
}

impl Audited {
    pub fn code(self) -> String {
        match self {
            Audited::Log => "log".into(),
            Audited::Correct => "correct".into(),
            Audited::Delete => "delete".into(),
            Audited::Import => "import".into(),
            Audited::View(v) => format!(
                "view-{}",
                match v {
                    Viewed::Readings => "readings",
                    Viewed::Summary => "summary",
                    Viewed::History => "history",
                    Viewed::Medicines => "medicines",
                    Viewed::Targets => "targets",
                    Viewed::BpProtocol => "bp-protocol",
                    Viewed::AuditTrail => "audit-trail",
                }
            ),
            Audited::SetUnits => "set-units".into(),
            Audited::StartBpProtocol => "start-bp-protocol".into(),
            Audited::AddRegimen => "add-regimen".into(),
            Audited::RecordDose => "record-dose".into(),
            Audited::SetTarget(m) => format!("set-target-{}", m.code()),
            Audited::Denied(a) => format!("denied-{}", a.code()),
        }
    }

    /// Every action an audit entry can hold (for checking each has words).
    pub fn all() -> Vec<Audited> {
        let mut all = vec![
            Audited::Log,
            Audited::Correct,
            Audited::Delete,
            Audited::Import,
            Audited::SetUnits,
            Audited::StartBpProtocol,
            Audited::AddRegimen,
            Audited::RecordDose,
        ];
        all.extend(
            [
                Viewed::Readings,
                Viewed::Summary,
                Viewed::History,
                Viewed::Medicines,
                Viewed::Targets,
                Viewed::BpProtocol,
                Viewed::AuditTrail,
            ]
            .map(Audited::View),
        );
        all.extend(TargetMetric::ALL.map(Audited::SetTarget));
        all.extend(Action::ALL.map(Audited::Denied));
        all
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

    fn person(id: i64, role: Role) -> Person {
        crate::testing::person(id, role, None)
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
