//! Telling helpers: missed doses after the patient's chosen delay, only while still missed;
//! dangerous readings escalated unless acknowledged; only helpers holding the
//! receive-alerts grant at that moment.

mod common;

use chrono::{DateTime, Duration, FixedOffset, TimeZone as _, Utc, Weekday};
use saathi_domain::alerts::{
    Alert, AlertAbout, SentAlert, Step, alert_recipients, escalation, helper_alerts, is_dangerous,
};
use saathi_domain::bands::{Advice, Urgency, assess_glucose};
use saathi_domain::grants::{EndReason, Grant, GrantId, LegalBasis, Revocation, Scope, WeeklyWindow};
use saathi_domain::medicine::DoseStatus;
use saathi_domain::person::{PersonId, Role};
use saathi_domain::ramadan::RamadanCalendar;
use saathi_domain::reading::{Glucose, GlucoseContext, ReadingKind, RecordId, Recorded};
use saathi_domain::reminders::{Logged, LoggedWhat, Plan, ReminderSettings, due_and_missed};
use saathi_domain::schedule::{Schedule, Subject};
use saathi_domain::targets::Targets;
use saathi_domain::units::GlucoseUnit;

use common::{date, hm, london, medicine, stored, utc};

const HELPERS: [PersonId; 2] = [PersonId(2), PersonId(3)];

fn settings(missed: Option<u32>, escalate: Option<u32>) -> ReminderSettings {
    ReminderSettings {
        missed_dose_alert_minutes: missed,
        escalation_minutes: escalate,
        ..ReminderSettings::new("Europe/London")
    }
}

/// A daily 08:00 dose of regimen 7 (07:00 UTC in July), missed from 09:00 UTC.
fn schedules() -> Vec<Recorded<Schedule>> {
    vec![
        stored(1, medicine(7, &[hm(8, 0)])),
        stored(
            2,
            Schedule {
                subject: Subject::Reading { kind: ReadingKind::BloodPressure, context: None },
                ..medicine(0, &[hm(8, 0)])
            },
        ),
    ]
}

fn alerts_at(now: DateTime<Utc>, logged: &[Logged], s: &ReminderSettings, sent: &[SentAlert]) -> Vec<Alert> {
    let (tz, sched) = (london(), schedules());
    let none = RamadanCalendar::not_fasting();
    let due = due_and_missed(&Plan { schedules: &sched, tz: &tz, ramadan: &none }, logged, now);
    helper_alerts(&due, now, s, &HELPERS, sent)
}

fn missed_0800() -> AlertAbout {
    AlertAbout::MissedDose { schedule: RecordId(1), date: date(2026, 7, 1), slot: hm(8, 0) }
}

#[test]
fn helpers_hear_of_a_missed_dose_only_after_the_chosen_delay() {
    let s = settings(Some(30), None);
    assert!(alerts_at(utc(2026, 7, 1, 9, 29), &[], &s, &[]).is_empty(), "the patient still has time");
    let alerts = alerts_at(utc(2026, 7, 1, 9, 30), &[], &s, &[]);
    let since = utc(2026, 7, 1, 7, 0);
    assert_eq!(
        alerts,
        [
            Alert { to: PersonId(2), about: missed_0800(), since },
            Alert { to: PersonId(3), about: missed_0800(), since },
        ],
        "one for the medicine, none for the missed blood-pressure check"
    );
}

#[test]
fn no_alert_once_the_dose_is_logged_even_late() {
    let late = Logged {
        at: utc(2026, 7, 1, 9, 20),
        what: LoggedWhat::Dose { regimen: RecordId(7), slot: hm(8, 0), status: DoseStatus::Late },
    };
    assert!(alerts_at(utc(2026, 7, 1, 9, 30), &[late], &settings(Some(30), None), &[]).is_empty());
}

#[test]
fn no_alert_unless_the_patient_chose_one_and_none_twice() {
    assert!(alerts_at(utc(2026, 7, 1, 12, 0), &[], &settings(None, Some(5)), &[]).is_empty());
    let sent = [SentAlert { to: PersonId(2), about: missed_0800(), at: utc(2026, 7, 1, 9, 30) }];
    let alerts = alerts_at(utc(2026, 7, 1, 10, 0), &[], &settings(Some(30), None), &sent);
    let to: Vec<_> = alerts.iter().map(|a| a.to).collect();
    assert_eq!(to, [PersonId(3)]);
    // A delay of nothing still waits for the dose to be missed (two hours after its time).
    assert!(alerts_at(utc(2026, 7, 1, 9, 0), &[], &settings(Some(0), None), &[]).is_empty());
    assert_eq!(alerts_at(utc(2026, 7, 1, 9, 1), &[], &settings(Some(0), None), &[]).len(), 2);
}

fn grant(id: i64, grantee: i64, scopes: Vec<Scope>) -> Grant {
    Grant {
        id: GrantId(id),
        patient: PersonId(1),
        grantee: PersonId(grantee),
        scopes,
        starts: utc(2026, 1, 1, 0, 0),
        ends: None,
        window: None,
        basis: LegalBasis::Consent,
        revoked: None,
    }
}

#[test]
fn only_helpers_holding_receive_alerts_now_are_told() {
    let weekdays = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
    let mut revoked = grant(4, 4, vec![Scope::ReceiveAlerts]);
    revoked.revoked =
        Some(Revocation { at: utc(2026, 6, 1, 0, 0), by: PersonId(1), reason: EndReason::PatientChoice });
    let mut office_hours = grant(5, 5, vec![Scope::ReceiveAlerts, Scope::ViewReadings]);
    office_hours.window = Some(WeeklyWindow {
        days: weekdays.iter().map(|d| WeeklyWindow::day_bit(*d)).sum(),
        from: hm(9, 0),
        to: hm(17, 0),
    });
    let mut ended = grant(6, 6, vec![Scope::ReceiveAlerts]);
    ended.ends = Some(utc(2026, 6, 30, 0, 0));
    let mut someone_elses = grant(7, 7, vec![Scope::ReceiveAlerts]);
    someone_elses.patient = PersonId(9);
    let grants = [
        grant(1, 2, vec![Scope::ReceiveAlerts]),
        grant(2, 3, vec![Scope::ViewReadings, Scope::ManageMedicines]),
        revoked,
        office_hours,
        ended,
        someone_elses,
        grant(8, 2, vec![Scope::ReceiveAlerts, Scope::LogReadings]),
    ];
    let bst = FixedOffset::east_opt(3600).unwrap();
    // Saturday 4 July, 10:00 BST; then Friday 3 July, 10:00 BST.
    let saturday = bst.with_ymd_and_hms(2026, 7, 4, 10, 0, 0).unwrap();
    assert_eq!(alert_recipients(PersonId(1), &grants, saturday), [PersonId(2)]);
    let friday = bst.with_ymd_and_hms(2026, 7, 3, 10, 0, 0).unwrap();
    assert_eq!(alert_recipients(PersonId(1), &grants, friday), [PersonId(2), PersonId(5)]);
}

fn severe_low() -> (Urgency, Vec<Advice>) {
    let person = saathi_domain::person::Person {
        id: PersonId(1),
        name: "Asha".into(),
        role: Role::Patient,
        birth_year: Some(1956),
        conditions: vec![],
        units: Default::default(),
    };
    let g = Glucose { value: 2.6, unit: GlucoseUnit::MmolPerL, context: GlucoseContext::Random };
    let a = assess_glucose(&g, &Targets::defaults(&person, 2026), false);
    (a.urgency, a.advice)
}

#[test]
fn a_dangerous_reading_gets_advice_at_once_then_helpers_after_the_delay() {
    let (urgency, advice) = severe_low();
    assert!(is_dangerous(urgency));
    let s = settings(None, Some(15));
    let advise = Step::AdvisePatient { advice: advice.clone() };
    assert_eq!(
        escalation(urgency, &advice, &s, Duration::zero(), false, &HELPERS),
        [advise.clone(), Step::AlertHelpersIn { wait: Duration::minutes(15) }]
    );
    assert_eq!(
        escalation(urgency, &advice, &s, Duration::minutes(14), false, &HELPERS),
        [advise.clone(), Step::AlertHelpersIn { wait: Duration::minutes(1) }]
    );
    assert_eq!(
        escalation(urgency, &advice, &s, Duration::minutes(15), false, &HELPERS),
        [advise.clone(), Step::AlertHelpers { to: HELPERS.to_vec() }]
    );
}

#[test]
fn no_escalation_when_acknowledged_off_not_dangerous_or_no_one_to_tell() {
    let (urgency, advice) = severe_low();
    let only_advice = vec![Step::AdvisePatient { advice: advice.clone() }];
    let on = settings(Some(30), Some(15));
    let later = Duration::minutes(60);
    assert_eq!(escalation(urgency, &advice, &on, later, true, &HELPERS), only_advice, "acknowledged");
    assert_eq!(escalation(urgency, &advice, &settings(Some(30), None), later, false, &HELPERS), only_advice);
    assert_eq!(escalation(urgency, &advice, &on, later, false, &[]), only_advice);
    let high = [Advice::GlucoseHigh];
    assert_eq!(
        escalation(Urgency::Routine, &high, &on, later, false, &HELPERS),
        [Step::AdvisePatient { advice: high.to_vec() }]
    );
    assert!(!is_dangerous(Urgency::Soon));
}
