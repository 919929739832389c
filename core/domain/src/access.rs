//! Who may do what: the one function every `Session` call goes through.
//!
//! A patient may do everything with their own record except set clinical targets. Anyone
//! else needs an active grant from the patient with the right scope (see `grants`): family
//! helpers for viewing, logging and medicines; clinicians for seeing shared readings and
//! assigning content or targets. Only the patient manages sharing and reads the audit trail.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use crate::grants::{EndReason, Grant, GrantState, Scope};
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
    /// Invite, grant, change or revoke access.
    ManageSharing,
    /// Read the audit trail ("who looked at my data").
    ViewAudit,
    /// Be told about missed doses and dangerous readings.
    ReceiveAlerts,
    /// See lessons and food guides (and their progress).
    ViewLessons,
    /// Send lessons, foods to try and swaps (a dietitian).
    AssignContent,
}

impl Action {
    pub const ALL: [Action; 10] = [
        Action::ViewReadings,
        Action::LogReadings,
        Action::CorrectReadings,
        Action::ManageMedicines,
        Action::SetTargets,
        Action::ManageSharing,
        Action::ViewAudit,
        Action::ReceiveAlerts,
        Action::ViewLessons,
        Action::AssignContent,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Action::ViewReadings => "view-readings",
            Action::LogReadings => "log-readings",
            Action::CorrectReadings => "correct-readings",
            Action::ManageMedicines => "manage-medicines",
            Action::SetTargets => "set-targets",
            Action::ManageSharing => "manage-sharing",
            Action::ViewAudit => "view-audit",
            Action::ReceiveAlerts => "receive-alerts",
            Action::ViewLessons => "view-lessons",
            Action::AssignContent => "assign-content",
        }
    }

    /// The scope a grant needs for someone else to do this, by the actor's role; `None`
    /// when only the patient may.
    pub fn scope_for(self, role: Role) -> Option<Scope> {
        match (self, role) {
            (Action::ViewReadings, Role::Clinician) => Some(Scope::ViewSharedReadings),
            (Action::ViewReadings, _) => Some(Scope::ViewReadings),
            (Action::LogReadings | Action::CorrectReadings, _) => Some(Scope::LogReadings),
            (Action::ManageMedicines, _) => Some(Scope::ManageMedicines),
            (Action::SetTargets | Action::AssignContent, Role::Clinician) => Some(Scope::AssignContent),
            (Action::AssignContent, _) => None,
            (Action::ReceiveAlerts, _) => Some(Scope::ReceiveAlerts),
            (Action::ViewLessons, _) => Some(Scope::ViewLessons),
            (Action::SetTargets, _) | (Action::ManageSharing | Action::ViewAudit, _) => None,
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
    SetLanguages,
    StartBpProtocol,
    AddRegimen,
    /// A regimen's name, dose, times or food changed (a new version; its reminders follow).
    ChangeRegimen,
    /// A medicine stopped: a deleting version, and its reminders stop with it.
    StopRegimen,
    RecordDose,
    CorrectDose,
    DeleteDose,
    SetTarget(TargetMetric),
    /// An attempt that `decide` refused.
    Denied(Action),
    Invite,
    AcceptInvite,
    ChangeGrant,
    Revoke(EndReason),
    SetPin,
    ClearPin,
    WrongPin,
    /// A reminder schedule added, changed, paused or resumed.
    SetReminder,
    /// The patient's zone and alert choices.
    SetReminderSettings,
    SetFastingDays,
    /// A lesson, food or swap assigned by a dietitian or clinician.
    Assign,
    WithdrawAssignment,
    /// Progress through a lesson or food recorded.
    SetProgress,
    /// Diet, interests, fasts or text size chosen.
    SetContentProfile,
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
    /// The patient's tailored lessons and foods (which say what conditions they have).
    Lessons,
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
                    Viewed::Lessons => "lessons",
                }
            ),
            Audited::SetUnits => "set-units".into(),
            Audited::SetLanguages => "set-languages".into(),
            Audited::StartBpProtocol => "start-bp-protocol".into(),
            Audited::AddRegimen => "add-regimen".into(),
            Audited::ChangeRegimen => "change-regimen".into(),
            Audited::StopRegimen => "stop-regimen".into(),
            Audited::RecordDose => "record-dose".into(),
            Audited::CorrectDose => "correct-dose".into(),
            Audited::DeleteDose => "delete-dose".into(),
            Audited::SetTarget(m) => format!("set-target-{}", m.code()),
            Audited::Denied(a) => format!("denied-{}", a.code()),
            Audited::Invite => "invite".into(),
            Audited::AcceptInvite => "accept-invite".into(),
            Audited::ChangeGrant => "change-grant".into(),
            Audited::Revoke(r) => format!("revoke-{}", r.code()),
            Audited::SetPin => "set-pin".into(),
            Audited::ClearPin => "clear-pin".into(),
            Audited::WrongPin => "wrong-pin".into(),
            Audited::SetReminder => "set-reminder".into(),
            Audited::SetReminderSettings => "set-reminder-settings".into(),
            Audited::SetFastingDays => "set-fasting-days".into(),
            Audited::Assign => "assign".into(),
            Audited::WithdrawAssignment => "withdraw-assignment".into(),
            Audited::SetProgress => "set-progress".into(),
            Audited::SetContentProfile => "set-content-profile".into(),
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
            Audited::SetLanguages,
            Audited::StartBpProtocol,
            Audited::AddRegimen,
            Audited::ChangeRegimen,
            Audited::StopRegimen,
            Audited::RecordDose,
            Audited::CorrectDose,
            Audited::DeleteDose,
            Audited::Invite,
            Audited::AcceptInvite,
            Audited::ChangeGrant,
            Audited::SetPin,
            Audited::ClearPin,
            Audited::WrongPin,
            Audited::SetReminder,
            Audited::SetReminderSettings,
            Audited::SetFastingDays,
            Audited::Assign,
            Audited::WithdrawAssignment,
            Audited::SetProgress,
            Audited::SetContentProfile,
        ];
        all.extend(EndReason::ALL.iter().map(|r| Audited::Revoke(*r)));
        all.extend(
            [
                Viewed::Readings,
                Viewed::Summary,
                Viewed::History,
                Viewed::Medicines,
                Viewed::Targets,
                Viewed::BpProtocol,
                Viewed::Lessons,
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
    /// Only the patient may do this (manage sharing, read the audit trail).
    PatientOnly,
    /// No grant from this patient allows it.
    NoPermission,
    /// A grant allows it, but not at this time of the week.
    OutsideWindow,
    /// Access has ended. Never says whether it expired or was revoked, or why: a
    /// safeguarding revocation must not be revealed to the person it protects against.
    AccessEnded,
}

impl Denial {
    pub fn code(self) -> &'static str {
        match self {
            Denial::NotAPatient => "not-a-patient",
            Denial::ClinicianOnly => "clinician-only",
            Denial::PatientOnly => "patient-only",
            Denial::NoPermission => "no-permission",
            Denial::OutsideWindow => "outside-window",
            Denial::AccessEnded => "access-ended",
        }
    }

    pub const ALL: [Denial; 6] = [
        Denial::NotAPatient,
        Denial::ClinicianOnly,
        Denial::PatientOnly,
        Denial::NoPermission,
        Denial::OutsideWindow,
        Denial::AccessEnded,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Decision {
    Allow,
    Deny(Denial),
}

impl Decision {
    pub fn is_allow(self) -> bool {
        self == Decision::Allow
    }
}

/// May `actor` do `action` on `patient`'s record at `now` (the patient's wall clock)?
/// `grants` are the patient's grants to the actor; any others are ignored.
pub fn decide(
    actor: &Person,
    patient: &Person,
    action: Action,
    grants: &[Grant],
    now: DateTime<FixedOffset>,
) -> Decision {
    if patient.role != Role::Patient {
        return Decision::Deny(Denial::NotAPatient);
    }
    if actor.id == patient.id {
        return match action {
            Action::SetTargets | Action::AssignContent => Decision::Deny(Denial::ClinicianOnly),
            _ => Decision::Allow,
        };
    }
    let Some(scope) = action.scope_for(actor.role) else {
        return Decision::Deny(match action {
            Action::SetTargets | Action::AssignContent => Denial::ClinicianOnly,
            _ => Denial::PatientOnly,
        });
    };
    let mine = || grants.iter().filter(|g| g.patient == patient.id && g.grantee == actor.id);
    if mine().any(|g| g.allows(scope, now)) {
        return Decision::Allow;
    }
    let states: Vec<GrantState> = mine().map(|g| g.state(now)).collect();
    let with_scope_outside =
        mine().any(|g| g.scopes.contains(&scope) && g.state(now) == GrantState::OutsideWindow);
    Decision::Deny(if with_scope_outside {
        Denial::OutsideWindow
    } else if states
        .iter()
        .any(|s| matches!(s, GrantState::Active | GrantState::OutsideWindow | GrantState::NotYetStarted))
    {
        Denial::NoPermission
    } else if !states.is_empty() {
        Denial::AccessEnded
    } else {
        Denial::NoPermission
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grants::{GrantId, LegalBasis, Revocation};
    use crate::person::PersonId;
    use chrono::{Duration, TimeZone};

    fn person(id: i64, role: Role) -> Person {
        crate::testing::person(id, role, None)
    }

    fn now() -> DateTime<FixedOffset> {
        FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 11, 18, 12, 0, 0).unwrap()
    }

    fn grant(grantee: i64, scopes: Vec<Scope>) -> Grant {
        Grant {
            id: GrantId(1),
            patient: PersonId(1),
            grantee: PersonId(grantee),
            scopes,
            starts: now().to_utc() - Duration::days(1),
            ends: None,
            window: None,
            basis: LegalBasis::Consent,
            revoked: None,
        }
    }

    #[test]
    fn patients_own_their_record_but_not_their_targets() {
        let p = person(1, Role::Patient);
        for a in Action::ALL {
            let expected = if matches!(a, Action::SetTargets | Action::AssignContent) {
                Decision::Deny(Denial::ClinicianOnly)
            } else {
                Decision::Allow
            };
            assert_eq!(decide(&p, &p, a, &[], now()), expected, "{a:?}");
        }
    }

    #[test]
    fn others_need_a_grant_with_the_right_scope() {
        let patient = person(1, Role::Patient);
        let helper = person(2, Role::Helper);
        let clinician = person(3, Role::Clinician);
        assert_eq!(
            decide(&helper, &patient, Action::ViewReadings, &[], now()),
            Decision::Deny(Denial::NoPermission)
        );
        let g = [grant(2, vec![Scope::ViewReadings])];
        assert_eq!(decide(&helper, &patient, Action::ViewReadings, &g, now()), Decision::Allow);
        assert_eq!(
            decide(&helper, &patient, Action::LogReadings, &g, now()),
            Decision::Deny(Denial::NoPermission)
        );
        assert_eq!(
            decide(&helper, &patient, Action::ManageSharing, &g, now()),
            Decision::Deny(Denial::PatientOnly)
        );
        assert_eq!(
            decide(&helper, &patient, Action::ViewAudit, &g, now()),
            Decision::Deny(Denial::PatientOnly)
        );
        assert_eq!(
            decide(&helper, &patient, Action::SetTargets, &g, now()),
            Decision::Deny(Denial::ClinicianOnly)
        );
        // A grant to someone else does nothing for this helper.
        assert_eq!(
            decide(&clinician, &patient, Action::ViewReadings, &g, now()),
            Decision::Deny(Denial::NoPermission)
        );
        let c = [grant(3, vec![Scope::ViewSharedReadings, Scope::AssignContent])];
        assert_eq!(decide(&clinician, &patient, Action::ViewReadings, &c, now()), Decision::Allow);
        assert_eq!(decide(&clinician, &patient, Action::SetTargets, &c, now()), Decision::Allow);
        assert_eq!(
            decide(&clinician, &patient, Action::LogReadings, &c, now()),
            Decision::Deny(Denial::NoPermission)
        );
        assert_eq!(
            decide(&helper, &helper, Action::LogReadings, &g, now()),
            Decision::Deny(Denial::NotAPatient)
        );
    }

    #[test]
    fn ended_access_never_says_why() {
        let patient = person(1, Role::Patient);
        let helper = person(2, Role::Helper);
        let mut revoked = grant(2, vec![Scope::ViewReadings]);
        revoked.revoked =
            Some(Revocation { at: now().to_utc(), by: PersonId(1), reason: EndReason::Safeguarding });
        let mut expired = grant(2, vec![Scope::ViewReadings]);
        expired.ends = Some(now().to_utc());
        for g in [revoked, expired] {
            assert_eq!(
                decide(&helper, &patient, Action::ViewReadings, &[g], now()),
                Decision::Deny(Denial::AccessEnded)
            );
        }
    }
}
