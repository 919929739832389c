//! Reminders end to end: schedules made with each medicine, the next reminders across the
//! UK's clock change, what is due or missed, alerts to a helper after the delay the patient
//! chose (once, and only with the grant), and a fast moving doses into the eating window.

mod common;

use chrono::{Duration, FixedOffset, NaiveTime, TimeZone, Timelike};

use saathi_core::Error;
use saathi_domain::access::Action;
use saathi_domain::alerts::AlertAbout;
use saathi_domain::grants::Scope;
use saathi_domain::person::Role;
use saathi_domain::ramadan::RamadanDay;
use saathi_domain::reminders::{DueState, Moved, ReminderSettings};
use saathi_domain::schedule::{Recurrence, Schedule, Subject};

use common::{Env, metformin};

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, offset_hours: i32) -> chrono::DateTime<FixedOffset> {
    FixedOffset::east_opt(offset_hours * 3600)
        .and_then(|z| z.with_ymd_and_hms(y, mo, d, h, mi, 0).single())
        .expect("time")
}

#[test]
fn a_medicine_reminds_at_its_local_times_across_the_clock_change() {
    // Friday 23 October 2026, BST; the clocks go back early on Sunday 25 October.
    let env = Env::new(at(2026, 10, 23, 6, 0, 1));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let mut twice = metformin();
    twice.times = vec![t(8, 0), t(20, 0)];
    s.add_regimen(asha.id, twice).expect("regimen");
    let fires = s.upcoming_reminders(asha.id, env.now().to_utc() + Duration::days(4), 10).expect("upcoming");
    let local: Vec<String> =
        fires.iter().map(|f| f.local_date_time().format("%a %d %H:%M %:z").to_string()).collect();
    assert_eq!(
        local,
        [
            "Fri 23 08:00 +01:00",
            "Fri 23 20:00 +01:00",
            "Sat 24 08:00 +01:00",
            "Sat 24 20:00 +01:00",
            "Sun 25 08:00 +00:00",
            "Sun 25 20:00 +00:00",
            "Mon 26 08:00 +00:00",
            "Mon 26 20:00 +00:00",
        ],
        "08:00 stays 08:00 on the wall clock on both sides of the change"
    );
    // In UTC the morning dose moves by the hour the clocks went back.
    assert_eq!(fires[2].at.hour(), 7);
    assert_eq!(fires[4].at.hour(), 8);
}

#[test]
fn a_missed_dose_alerts_a_helper_with_the_grant_after_the_patients_delay_once() {
    let env = Env::new(at(2026, 11, 20, 7, 0, 0));
    let asha = env.person("Asha", Role::Patient);
    let bilal = env.person("Bilal", Role::Helper);
    let chandni = env.person("Chandni", Role::Helper);
    env.share(&asha, &bilal, &[Scope::ViewReadings, Scope::ReceiveAlerts]);
    env.share(&asha, &chandni, &[Scope::ViewReadings]);
    let s = env.session(&asha);
    let regimen = s.add_regimen(asha.id, metformin()).expect("08:00 daily");
    // Alerts are off until the patient chooses them; a helper cannot choose for her.
    let choice =
        ReminderSettings { missed_dose_alert_minutes: Some(30), ..ReminderSettings::new("Europe/London") };
    let refused = env.session(&bilal).set_reminder_settings(asha.id, choice.clone());
    assert!(matches!(refused, Err(Error::Denied { action: Action::ManageSharing, .. })), "{refused:?}");
    s.set_reminder_settings(asha.id, choice).expect("Asha turns alerts on");

    env.set_now(at(2026, 11, 20, 9, 0, 0));
    let due = s.due_now(asha.id).expect("due");
    assert_eq!(due.iter().map(|d| d.state).collect::<Vec<_>>(), [DueState::Due]);
    // Missed at 10:00 (two hours after); Bilal hears at 10:30, not before.
    env.set_now(at(2026, 11, 20, 10, 29, 0));
    assert_eq!(s.due_now(asha.id).expect("due")[0].state, DueState::Missed);
    assert!(env.session(&bilal).alerts_to_send().expect("alerts").is_empty(), "Asha has time to act first");
    env.set_now(at(2026, 11, 20, 10, 31, 0));
    let alerts = env.session(&bilal).alerts_to_send().expect("alerts");
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].to, bilal.id);
    assert!(matches!(alerts[0].about, AlertAbout::MissedDose { slot, .. } if slot == t(8, 0)));
    assert!(env.session(&bilal).alerts_to_send().expect("alerts").is_empty(), "each alert is sent once");
    assert!(
        env.session(&chandni).alerts_to_send().expect("alerts").is_empty(),
        "no receive-alerts grant, no alert"
    );

    // Taking it late answers the reminder: no more alerts tomorrow for today's dose.
    s.answer_dose(asha.id, regimen, NaiveTime::from_hms_opt(8, 0, 0).unwrap(), true).expect("taken late");
    let today = s.due_now(asha.id).expect("due");
    assert_eq!(today[0].state, DueState::Done);
    assert!(!today[0].on_time);
}

#[test]
fn a_fast_moves_doses_into_the_eating_window() {
    let env = Env::new(at(2027, 2, 9, 3, 0, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let mut twice = metformin();
    twice.times = vec![t(8, 0), t(20, 0)];
    s.add_regimen(asha.id, twice).expect("regimen");
    let day = chrono::NaiveDate::from_ymd_opt(2027, 2, 10).expect("date");
    s.set_fasting_days(asha.id, vec![RamadanDay { date: day, suhoor: t(5, 45), iftar: t(17, 30) }])
        .expect("fast");
    let fires = s.upcoming_reminders(asha.id, env.now().to_utc() + Duration::days(2), 10).expect("upcoming");
    let on_the_day: Vec<_> = fires.iter().filter(|f| f.date == day).collect();
    assert_eq!(on_the_day.len(), 2);
    assert_eq!((on_the_day[0].local.time(), on_the_day[0].moved), (t(5, 15), Some(Moved::BeforeSuhoor)));
    // 20:00 is after iftar already: it stays.
    assert_eq!((on_the_day[1].local.time(), on_the_day[1].moved), (t(20, 0), None));
    // The day before and after are untouched.
    assert!(fires.iter().filter(|f| f.date != day).all(|f| f.moved.is_none()));
    env.set_now(at(2027, 2, 10, 12, 0, 0));
    assert!(s.fasting_now(asha.id).expect("fasting"));
}

#[test]
fn reading_reminders_and_who_may_set_them() {
    let env = Env::new(at(2026, 11, 20, 6, 0, 0));
    let asha = env.person("Asha", Role::Patient);
    let bilal = env.person("Bilal", Role::Helper);
    env.share(&asha, &bilal, &[Scope::ViewReadings]);
    let fasting_check = Schedule {
        subject: Subject::Reading {
            kind: saathi_domain::reading::ReadingKind::Glucose,
            context: Some(saathi_domain::reading::GlucoseContext::Fasting),
        },
        times: vec![t(7, 0)],
        recurrence: Recurrence::Weekdays { days: 0b0011111 },
        starts: env.now().date_naive(),
        ends: None,
        paused: false,
    };
    let refused = env.session(&bilal).add_reminder(asha.id, fasting_check.clone());
    assert!(matches!(refused, Err(Error::Denied { action: Action::ManageMedicines, .. })), "{refused:?}");
    let s = env.session(&asha);
    let id = s.add_reminder(asha.id, fasting_check).expect("weekday fasting checks");
    // Friday 20th, then Monday 23rd: not at the weekend.
    let fires = s.upcoming_reminders(asha.id, env.now().to_utc() + Duration::days(4), 10).expect("upcoming");
    let days: Vec<u32> = fires.iter().map(|f| chrono::Datelike::day(&f.date)).collect();
    assert_eq!(days, [20, 23]);
    s.pause_reminder(asha.id, id, true).expect("paused");
    assert!(
        s.upcoming_reminders(asha.id, env.now().to_utc() + Duration::days(4), 10)
            .expect("upcoming")
            .is_empty()
    );
    let trail = common::trail(&env, &asha);
    assert_eq!(
        trail.iter().filter(|e| e.action == "set-reminder").count(),
        2,
        "added and paused, each audited"
    );
}

#[test]
fn a_dangerous_reading_reaches_the_helper_after_the_delay_unless_the_patient_is_dealing_with_it() {
    let env = Env::new(at(2026, 11, 20, 9, 0, 0));
    let asha = env.person("Asha", Role::Patient);
    let bilal = env.person("Bilal", Role::Helper);
    env.share(&asha, &bilal, &[Scope::ViewReadings, Scope::ReceiveAlerts]);
    let s = env.session(&asha);
    let choice = ReminderSettings { escalation_minutes: Some(10), ..ReminderSettings::new("Europe/London") };
    s.set_reminder_settings(asha.id, choice).expect("Asha turns escalation on");

    // A severe low: Asha's advice comes at once, with the reading.
    let low = common::mmol(2.4, saathi_domain::reading::GlucoseContext::Random);
    let logged = s.log(asha.id, low, saathi_core::LogOptions::default()).expect("logged");
    assert!(matches!(&logged.assessment, Some(saathi_core::Assessment::Glucose(a)) if !a.advice.is_empty()));
    env.advance(Duration::minutes(5));
    assert!(
        env.session(&bilal).alerts_to_send().expect("alerts").is_empty(),
        "Asha has 10 minutes to act first"
    );
    env.advance(Duration::minutes(6));
    let alerts = env.session(&bilal).alerts_to_send().expect("alerts");
    assert_eq!(alerts.len(), 1);
    assert!(
        matches!(alerts[0].about, AlertAbout::DangerousReading { record, .. } if record == logged.record)
    );
    assert!(env.session(&bilal).alerts_to_send().expect("alerts").is_empty(), "told once");

    // Another low that Asha says she is dealing with: Bilal is not told.
    let second = s.log(asha.id, low, saathi_core::LogOptions::default()).expect("logged");
    s.acknowledge_reading(asha.id, saathi_domain::reading::ReadingKind::Glucose, second.record).expect("ack");
    env.advance(Duration::minutes(30));
    assert!(env.session(&bilal).alerts_to_send().expect("alerts").is_empty());
}

#[test]
fn a_reading_taken_during_a_fast_day_gets_the_fasting_rules_without_the_shell_saying_so() {
    use saathi_core::{Assessment, LogOptions};
    use saathi_domain::bands::Advice;
    use saathi_domain::reading::GlucoseContext;
    let env = Env::new(at(2027, 2, 10, 3, 0, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let day = chrono::NaiveDate::from_ymd_opt(2027, 2, 10).expect("date");
    s.set_fasting_days(asha.id, vec![RamadanDay { date: day, suhoor: t(5, 45), iftar: t(17, 30) }])
        .expect("fast");
    let breaks_fast = |value: f64| {
        let logged =
            s.log(asha.id, common::mmol(value, GlucoseContext::Random), LogOptions::default()).expect("log");
        match logged.assessment {
            Some(Assessment::Glucose(a)) => a.advice.contains(&Advice::BreakFast),
            other => panic!("{other:?}"),
        }
    };
    // 04:00, before suhoor ends: not fasting yet.
    env.set_now(at(2027, 2, 10, 4, 0, 0));
    assert!(!breaks_fast(3.8));
    // Noon on the fasting day: IDF-DAR's thresholds, below 3.9 or above 16.6.
    env.set_now(at(2027, 2, 10, 12, 0, 0));
    assert!(breaks_fast(3.8));
    assert!(breaks_fast(17.0));
    assert!(!breaks_fast(6.0));
    // After iftar the fast is over.
    env.set_now(at(2027, 2, 10, 18, 0, 0));
    assert!(!breaks_fast(17.0));
}
