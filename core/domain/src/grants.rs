//! What a patient lets someone else do with their record: scopes, a start and optional
//! end, an optional weekly window, the legal basis (the NHS proxy model, CLINICAL.md
//! "Delegation"), and revocation with a reason. Pure data and rules; `access::decide`
//! is the one place they are applied.

use chrono::{DateTime, Datelike, FixedOffset, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

use crate::person::PersonId;
use crate::reading::coded_enum;

coded_enum!(
    /// One thing a grant allows.
    Scope {
        /// A family helper sees readings and summaries.
        ViewReadings => "view-readings",
        /// A family helper logs (and corrects) readings on the patient's behalf.
        LogReadings => "log-readings",
        ManageMedicines => "manage-medicines",
        /// Told about missed doses and dangerous readings.
        ReceiveAlerts => "receive-alerts",
        ViewLessons => "view-lessons",
        /// A dietitian or clinician assigns lessons and foods (and sets targets).
        AssignContent => "assign-content",
        /// A dietitian or clinician sees the readings shared with them.
        ViewSharedReadings => "view-shared-readings",
    }
);

coded_enum!(
    /// Why someone may act for the patient (NHS proxy access model).
    LegalBasis {
        Consent => "consent",
        LastingPowerOfAttorney => "lasting-power-of-attorney",
        Deputy => "deputy",
        BestInterest => "best-interest",
        ParentalResponsibility => "parental-responsibility",
    }
);

coded_enum!(
    /// Why a grant ended.
    EndReason {
        PatientChoice => "patient-choice",
        EndDateReached => "end-date-reached",
        Safeguarding => "safeguarding",
        Misuse => "misuse",
    }
);

/// Days of the week and a time of day when a grant applies, on the patient's wall clock
/// (a carer who helps on weekday mornings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyWindow {
    /// Bit 0 is Monday ... bit 6 is Sunday.
    pub days: u8,
    pub from: NaiveTime,
    /// Exclusive. A window may not cross midnight; give two windows' worth of days instead.
    pub to: NaiveTime,
}

impl WeeklyWindow {
    pub fn day_bit(day: Weekday) -> u8 {
        1 << day.num_days_from_monday()
    }

    pub fn contains(&self, local: DateTime<FixedOffset>) -> bool {
        let time = local.time();
        self.days & Self::day_bit(local.weekday()) != 0 && self.from <= time && time < self.to
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocation {
    pub at: DateTime<Utc>,
    pub by: PersonId,
    pub reason: EndReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GrantId(pub i64);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub id: GrantId,
    pub patient: PersonId,
    pub grantee: PersonId,
    pub scopes: Vec<Scope>,
    pub starts: DateTime<Utc>,
    pub ends: Option<DateTime<Utc>>,
    pub window: Option<WeeklyWindow>,
    pub basis: LegalBasis,
    pub revoked: Option<Revocation>,
}

/// Where a grant stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GrantState {
    NotYetStarted,
    Active,
    /// Active, but outside its weekly window right now.
    OutsideWindow,
    Ended,
    Revoked,
}

impl Grant {
    /// `now` is on the patient's wall clock (the window is read on it).
    pub fn state(&self, now: DateTime<FixedOffset>) -> GrantState {
        let utc = now.with_timezone(&Utc);
        if self.revoked.as_ref().is_some_and(|r| r.at <= utc) {
            GrantState::Revoked
        } else if self.ends.is_some_and(|end| end <= utc) {
            GrantState::Ended
        } else if utc < self.starts {
            GrantState::NotYetStarted
        } else if self.window.is_some_and(|w| !w.contains(now)) {
            GrantState::OutsideWindow
        } else {
            GrantState::Active
        }
    }

    pub fn allows(&self, scope: Scope, now: DateTime<FixedOffset>) -> bool {
        self.state(now) == GrantState::Active && self.scopes.contains(&scope)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<FixedOffset> {
        // 2026-11-16 is a Monday.
        FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
    }

    fn grant() -> Grant {
        Grant {
            id: GrantId(1),
            patient: PersonId(1),
            grantee: PersonId(2),
            scopes: vec![Scope::ViewReadings],
            starts: at(16, 9).to_utc(),
            ends: Some(at(20, 9).to_utc()),
            window: None,
            basis: LegalBasis::Consent,
            revoked: None,
        }
    }

    #[test]
    fn a_grant_runs_from_its_start_to_just_before_its_end() {
        let g = grant();
        assert_eq!(g.state(at(16, 8)), GrantState::NotYetStarted);
        assert_eq!(g.state(at(16, 9)), GrantState::Active);
        assert_eq!(g.state(at(20, 8)), GrantState::Active);
        assert_eq!(g.state(at(20, 9)), GrantState::Ended);
        assert!(g.allows(Scope::ViewReadings, at(17, 12)));
        assert!(!g.allows(Scope::LogReadings, at(17, 12)));
    }

    #[test]
    fn revocation_takes_effect_at_its_instant() {
        let mut g = grant();
        g.revoked =
            Some(Revocation { at: at(17, 12).to_utc(), by: PersonId(1), reason: EndReason::Safeguarding });
        assert_eq!(g.state(at(17, 11)), GrantState::Active);
        assert_eq!(g.state(at(17, 12)), GrantState::Revoked);
    }

    #[test]
    fn weekly_windows_are_read_on_the_wall_clock() {
        let mut g = grant();
        let weekdays = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
        g.window = Some(WeeklyWindow {
            days: weekdays.iter().map(|d| WeeklyWindow::day_bit(*d)).sum(),
            from: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            to: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
        });
        g.ends = None;
        assert_eq!(g.state(at(17, 9)), GrantState::Active);
        assert_eq!(g.state(at(17, 17)), GrantState::OutsideWindow);
        assert_eq!(g.state(at(21, 10)), GrantState::OutsideWindow, "Saturday");
        // 08:30 UTC is 09:30 on a +01:00 clock: inside.
        let bst = FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2026, 11, 17, 9, 30, 0).unwrap();
        assert_eq!(g.state(bst), GrantState::Active);
    }
}
