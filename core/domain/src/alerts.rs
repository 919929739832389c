//! Telling helpers: about a missed dose after the delay the patient chose (so the patient
//! can act first), and about a dangerous reading when the patient has not said they are
//! dealing with it. Only helpers whose grant holds `Scope::ReceiveAlerts` at that moment
//! are told, and only if the patient turned the alert on (`ReminderSettings`).
//!
//! Escalation on a dangerous reading: the patient's advice at once, always; then, if the
//! patient chose it, helpers after the chosen delay unless the patient acknowledged first.
//! A reading is dangerous when its assessment says act now (`Urgency::Now`: a low or
//! severely low glucose, a severe blood pressure, or a glucose that breaks a fast).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime, Utc};
use serde::Serialize;

use crate::bands::{Advice, Urgency};
use crate::grants::{Grant, Scope};
use crate::person::PersonId;
use crate::reading::{ReadingKind, RecordId};
use crate::reminders::{Due, DueState, ReminderSettings};

/// What an alert is about. Its `key` is how it is stored (never a health value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "about", rename_all = "kebab-case")]
pub enum AlertAbout {
    MissedDose { schedule: RecordId, date: NaiveDate, slot: NaiveTime },
    DangerousReading { kind: ReadingKind, record: RecordId },
}

const DATE: &str = "%Y-%m-%d";
const TIME: &str = "%H:%M";

impl AlertAbout {
    /// "missed-dose/12/2026-03-29/08:00" or "reading/glucose/45".
    pub fn key(&self) -> String {
        match self {
            AlertAbout::MissedDose { schedule, date, slot } => {
                format!("missed-dose/{}/{}/{}", schedule.0, date.format(DATE), slot.format(TIME))
            }
            AlertAbout::DangerousReading { kind, record } => format!("reading/{}/{}", kind.code(), record.0),
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        let parts: Vec<&str> = key.split('/').collect();
        match parts.as_slice() {
            ["missed-dose", schedule, date, slot] => Some(AlertAbout::MissedDose {
                schedule: RecordId(schedule.parse().ok()?),
                date: NaiveDate::parse_from_str(date, DATE).ok()?,
                slot: NaiveTime::parse_from_str(slot, TIME).ok()?,
            }),
            ["reading", kind, record] => Some(AlertAbout::DangerousReading {
                kind: ReadingKind::from_code(kind)?,
                record: RecordId(record.parse().ok()?),
            }),
            _ => None,
        }
    }
}

/// An alert to send now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Alert {
    pub to: PersonId,
    pub about: AlertAbout,
    /// When the dose was due, or the reading taken.
    pub since: DateTime<Utc>,
}

/// An alert already sent (kept so it is sent once).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SentAlert {
    pub to: PersonId,
    pub about: AlertAbout,
    pub at: DateTime<Utc>,
}

/// Who may be told about `patient` at `now` (the patient's wall clock): everyone whose
/// grant from the patient holds the receive-alerts scope and is in force now (started,
/// not ended or revoked, inside its weekly window). Sorted, once each.
pub fn alert_recipients(patient: PersonId, grants: &[Grant], now: DateTime<FixedOffset>) -> Vec<PersonId> {
    let mut to: Vec<PersonId> = grants
        .iter()
        .filter(|g| g.patient == patient && g.grantee != patient && g.allows(Scope::ReceiveAlerts, now))
        .map(|g| g.grantee)
        .collect();
    to.sort_unstable();
    to.dedup();
    to
}

/// Alerts about missed doses to send at `now`: for each medicine dose still missed whose
/// chosen delay (counted from when it became missed) has passed, one per helper, except
/// those already sent. Nothing if the patient has not turned missed-dose alerts on.
pub fn helper_alerts(
    due: &[Due],
    now: DateTime<Utc>,
    settings: &ReminderSettings,
    helpers: &[PersonId],
    sent: &[SentAlert],
) -> Vec<Alert> {
    let Some(delay) = settings.missed_dose_alert_minutes else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for d in due.iter().filter(|d| d.state == DueState::Missed && d.fire.subject.is_medicine()) {
        let Some(missed) = d.missed_since() else { continue };
        if now < missed + Duration::minutes(i64::from(delay)) {
            continue;
        }
        let about =
            AlertAbout::MissedDose { schedule: d.fire.schedule, date: d.fire.date, slot: d.fire.slot };
        for &to in helpers {
            if !sent.iter().any(|s| s.to == to && s.about == about) {
                out.push(Alert { to, about, since: d.fire.at });
            }
        }
    }
    out
}

/// A helper told of a dangerous reading is not told of another of the same kind for this
/// long: a CGM reads every five minutes, and one low lasting an hour is one alert, not
/// twelve. A new low after that is news again.
pub const READING_ALERT_QUIET: Duration = Duration::minutes(60);

/// Whether `alert` repeats one sent to the same helper: the same thing, or a dangerous
/// reading of the same kind within `READING_ALERT_QUIET`.
pub fn repeats(alert: &Alert, sent: &[SentAlert], now: DateTime<Utc>) -> bool {
    sent.iter().filter(|s| s.to == alert.to).any(|s| match (s.about, alert.about) {
        (AlertAbout::DangerousReading { kind: a, .. }, AlertAbout::DangerousReading { kind: b, .. }) => {
            s.about == alert.about || (a == b && now - s.at < READING_ALERT_QUIET)
        }
        (was, is) => was == is,
    })
}

/// One thing to do about a reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum Step {
    /// Show and speak this advice to the patient now.
    AdvisePatient { advice: Vec<Advice> },
    /// Helpers will be told after `wait` unless the patient acknowledges first (shells can
    /// schedule a check then).
    AlertHelpersIn { wait: Duration },
    /// Tell these helpers now.
    AlertHelpers { to: Vec<PersonId> },
}

/// Whether a reading's assessment makes it dangerous enough to escalate.
pub fn is_dangerous(urgency: Urgency) -> bool {
    urgency == Urgency::Now
}

/// What to do `elapsed` after a reading assessed with `urgency` and `advice`. The advice
/// always comes first; helpers only for a dangerous reading, if the patient turned
/// escalation on, there is someone to tell, and the patient has not acknowledged it.
pub fn escalation(
    urgency: Urgency,
    advice: &[Advice],
    settings: &ReminderSettings,
    elapsed: Duration,
    acknowledged: bool,
    helpers: &[PersonId],
) -> Vec<Step> {
    let mut steps = vec![Step::AdvisePatient { advice: advice.to_vec() }];
    let Some(minutes) = settings.escalation_minutes else {
        return steps;
    };
    if !is_dangerous(urgency) || acknowledged || helpers.is_empty() {
        return steps;
    }
    let delay = Duration::minutes(i64::from(minutes));
    if elapsed >= delay {
        steps.push(Step::AlertHelpers { to: helpers.to_vec() });
    } else {
        steps.push(Step::AlertHelpersIn { wait: delay - elapsed });
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        let about = [
            AlertAbout::MissedDose {
                schedule: RecordId(12),
                date: NaiveDate::from_ymd_opt(2026, 3, 29).unwrap(),
                slot: NaiveTime::from_hms_opt(23, 30, 0).unwrap(),
            },
            AlertAbout::DangerousReading { kind: ReadingKind::BloodPressure, record: RecordId(45) },
        ];
        assert_eq!(about[0].key(), "missed-dose/12/2026-03-29/23:30");
        assert_eq!(about[1].key(), "reading/blood-pressure/45");
        for a in about {
            assert_eq!(AlertAbout::from_key(&a.key()), Some(a));
        }
        for bad in ["", "reading/sugar/1", "missed-dose/x/2026-03-29/08:00", "reading/glucose/1/2"] {
            assert_eq!(AlertAbout::from_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_dangerous_reading_of_the_same_kind_is_quiet_for_an_hour() {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let helper = PersonId(2);
        let low =
            |record| AlertAbout::DangerousReading { kind: ReadingKind::Glucose, record: RecordId(record) };
        let sent = [SentAlert { to: helper, about: low(1), at: now - Duration::minutes(20) }];
        let alert = |about| Alert { to: helper, about, since: now };
        // The next CGM reading of the same low: quiet.
        assert!(repeats(&alert(low(2)), &sent, now));
        // A blood pressure is other news; so is the same low for another helper.
        let bp = AlertAbout::DangerousReading { kind: ReadingKind::BloodPressure, record: RecordId(3) };
        assert!(!repeats(&alert(bp), &sent, now));
        assert!(!repeats(&Alert { to: PersonId(9), about: low(2), since: now }, &sent, now));
        // An hour on, a low is news again; the very same reading never is.
        let later = now + READING_ALERT_QUIET;
        assert!(!repeats(&alert(low(2)), &sent, later));
        assert!(repeats(&alert(low(1)), &sent, later));
    }
}
