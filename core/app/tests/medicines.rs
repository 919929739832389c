//! Medicine regimens and doses through the public API.

mod common;

use chrono::{Duration, NaiveTime, Utc};

use common::*;
use saathi_domain::ValidationError;
use saathi_domain::access::{Action, Denial};
use saathi_domain::grants::Scope;
use saathi_domain::medicine::{DoseStatus, Regimen, WithFood};
use saathi_domain::person::{PersonId, Role};
use saathi_domain::plausibility::Field;
use saathi_domain::reading::{RecordId, Recorded};
use saathi_domain::reminders::ReminderSettings;
use saathi_domain::schedule::{Schedule, Subject};
use saathi_domain::time::{Period, Taken};

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

fn regimen(name: &str, dose: &str, times: Vec<NaiveTime>) -> Regimen {
    Regimen { name: name.into(), dose: dose.into(), times, with_food: WithFood::With }
}

#[test]
fn a_regimen_is_checked_before_it_is_stored() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let cases = [
        (regimen("  ", "500 mg", vec![time(8, 0)]), ValidationError::Missing { field: Field::Name }),
        (regimen("Metformin", "", vec![time(8, 0)]), ValidationError::Missing { field: Field::Dose }),
        (regimen("Metformin", "500 mg", vec![]), ValidationError::Missing { field: Field::DoseTimes }),
        (
            regimen("Metformin", "500 mg", (0..9).map(|h| time(h, 0)).collect()),
            ValidationError::TooLong { field: Field::DoseTimes, max: 8 },
        ),
        (
            regimen(&"M".repeat(81), "500 mg", vec![time(8, 0)]),
            ValidationError::TooLong { field: Field::Name, max: 80 },
        ),
    ];
    for (r, expected) in cases {
        assert_eq!(invalid(s.add_regimen(asha.id, r)), expected);
    }
    assert!(s.regimens(asha.id).expect("regimens").is_empty());
    assert!(trail(&env, &asha).is_empty());
}

#[test]
fn a_regimen_is_kept_tidy_with_who_and_when() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let id = s
        .add_regimen(asha.id, regimen(" Metformin ", " 500 mg ", vec![time(20, 0), time(8, 0), time(20, 0)]))
        .expect("regimen");
    let all = s.regimens(asha.id).expect("regimens");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].meta.record_id, id);
    assert_eq!(all[0].value, regimen("Metformin", "500 mg", vec![time(8, 0), time(20, 0)]));
    assert_eq!((all[0].meta.entered_by, all[0].meta.version), (asha.id, 1));
    assert_eq!(all[0].meta.taken, Taken::new(env.now()));
}

#[test]
fn doses_are_for_one_of_the_regimens_times_and_appear_in_the_summary() {
    let env = Env::new(gmt(2026, 11, 21, 21, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let r =
        s.add_regimen(asha.id, regimen("Amlodipine", "5 mg", vec![time(8, 0), time(20, 0)])).expect("add");
    let rows = trail(&env, &asha).len();

    let e = invalid(s.record_dose(asha.id, r, time(12, 0), DoseStatus::Taken, None));
    assert_eq!(e, ValidationError::NotAChoice { field: Field::DoseTimes });
    assert_eq!(
        not_found(s.record_dose(asha.id, RecordId(r.0 + 1), time(8, 0), DoseStatus::Taken, None)),
        "medicine"
    );
    let future = env.now() + chrono::Duration::hours(1);
    let e = invalid(s.record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, Some(future)));
    assert_eq!(e, ValidationError::InFuture { field: Field::TakenAt, tolerance_minutes: 5 });
    assert!(s.summary_days(asha.id, 1).expect("summary").doses.is_none(), "nothing stored");
    assert_eq!(trail(&env, &asha).len(), rows, "nothing audited");

    s.record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, Some(gmt(2026, 11, 21, 8, 10))).expect("dose");
    s.record_dose(asha.id, r, time(20, 0), DoseStatus::Skipped, None).expect("dose");
    s.record_dose(asha.id, r, time(8, 0), DoseStatus::Late, Some(gmt(2026, 11, 20, 10, 0))).expect("dose");
    // `to` is exclusive, and the skipped dose was recorded as taken now.
    let today = Period {
        from: gmt(2026, 11, 21, 0, 0).with_timezone(&Utc),
        to: gmt(2026, 11, 22, 0, 0).with_timezone(&Utc),
    };
    let sum = s.summary(asha.id, today).expect("summary");
    let d = sum.doses.expect("doses");
    assert_eq!((d.taken, d.late, d.skipped), (1, 0, 1));
    let m = sum.messages.iter().find(|m| m.key == "summary-doses").expect("doses message");
    assert_eq!(m, &saathi_domain::message::Message::new("summary-doses").int("taken", 1).int("total", 2));
    let two_days = Period { from: gmt(2026, 11, 20, 0, 0).with_timezone(&Utc), ..today };
    let d = s.summary(asha.id, two_days).expect("summary").doses.expect("doses");
    assert_eq!((d.taken, d.late, d.skipped), (1, 1, 1));
}

/// Asha with Metformin at 08:00 and 20:00, on Saturday 21 November 2026 at 07:00 GMT.
fn asha_on_metformin(env: &Env) -> (saathi_domain::person::Person, RecordId) {
    let asha = env.person("Asha", Role::Patient);
    let r = env
        .session(&asha)
        .add_regimen(asha.id, regimen("Metformin", "500 mg", vec![time(8, 0), time(20, 0)]))
        .expect("regimen");
    (asha, r)
}

fn medicine_schedules(s: &saathi_core::Session, patient: PersonId, r: RecordId) -> Vec<Recorded<Schedule>> {
    s.reminders(patient)
        .expect("reminders")
        .into_iter()
        .filter(|x| x.value.subject == Subject::Medicine { regimen: r })
        .collect()
}

#[test]
fn a_changed_regimen_keeps_its_history_and_its_reminders_follow_the_new_times() {
    let env = Env::new(gmt(2026, 11, 21, 7, 0));
    let (asha, r) = asha_on_metformin(&env);
    let s = env.session(&asha);
    let schedule = medicine_schedules(&s, asha.id, r)[0].meta.record_id;
    env.advance(Duration::minutes(5));

    let changed = regimen(" Metformin ", "1000 mg", vec![time(9, 0)]);
    let version = s.change_regimen(asha.id, r, changed, "  GP doubled the dose  ").expect("change");
    assert_eq!(version, 2);

    let now = s.regimens(asha.id).expect("regimens");
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].value, regimen("Metformin", "1000 mg", vec![time(9, 0)]));
    let history = s.regimen_history(asha.id, r).expect("history");
    assert_eq!(history.len(), 2, "the old version is kept");
    assert_eq!(history[0].record.value.dose, "500 mg");
    assert!(!history[0].is_latest && history[1].is_latest && !history[1].deleted);
    let m = &history[1].record.meta;
    assert_eq!((m.entered_by, m.change_reason.as_deref()), (asha.id, Some("GP doubled the dose")));
    // A change of dose does not restart the medicine: it was started when first added.
    assert_eq!(m.taken, history[0].record.meta.taken);

    // The reminder is the same schedule, in a new version at the new time.
    let schedules = medicine_schedules(&s, asha.id, r);
    assert_eq!(schedules.len(), 1);
    assert_eq!((schedules[0].meta.record_id, schedules[0].meta.version), (schedule, 2));
    assert_eq!(schedules[0].value.times, vec![time(9, 0)]);
    let fires = s.upcoming_reminders(asha.id, env.now().to_utc() + Duration::days(2), 10).expect("upcoming");
    let slots: Vec<NaiveTime> = fires.iter().map(|f| f.slot).collect();
    assert_eq!(slots, vec![time(9, 0), time(9, 0)], "no 08:00 or 20:00 left");
    // A dose is now for the new time only.
    assert_eq!(
        invalid(s.record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, None)),
        ValidationError::NotAChoice { field: Field::DoseTimes }
    );

    let last = trail(&env, &asha).pop().expect("audited");
    assert_eq!(
        (last.action.as_str(), last.record_kind.as_deref(), last.record),
        ("change-regimen", Some("regimen"), Some(r))
    );
}

#[test]
fn a_stopped_medicine_stops_reminding_and_alerting_but_keeps_its_past_doses() {
    let env = Env::new(gmt(2026, 11, 21, 7, 0));
    let (asha, r) = asha_on_metformin(&env);
    let bilal = env.person("Bilal", Role::Helper);
    env.share(&asha, &bilal, &[Scope::ViewReadings, Scope::ReceiveAlerts]);
    let s = env.session(&asha);
    let settings =
        ReminderSettings { missed_dose_alert_minutes: Some(30), ..ReminderSettings::new("Europe/London") };
    s.set_reminder_settings(asha.id, settings).expect("alerts on");
    env.set_now(gmt(2026, 11, 21, 8, 5));
    let dose = s.record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, None).expect("dose");

    let version = s.stop_regimen(asha.id, r, "Stopped by the GP").expect("stop");
    assert_eq!(version, 2);
    assert!(s.regimens(asha.id).expect("regimens").is_empty());
    let history = s.regimen_history(asha.id, r).expect("history");
    assert_eq!(history.len(), 2);
    assert!(history[1].deleted, "stopping is a deleting version");
    assert_eq!(history[1].record.meta.change_reason.as_deref(), Some("Stopped by the GP"));
    assert_eq!(history[0].record.value.name, "Metformin", "what was taken is kept");

    // Nothing reminds of it or is due, and the 20:00 dose is never "missed".
    assert!(medicine_schedules(&s, asha.id, r).is_empty());
    let until = env.now().to_utc() + Duration::days(2);
    assert!(s.upcoming_reminders(asha.id, until, 10).expect("upcoming").is_empty());
    env.set_now(gmt(2026, 11, 21, 23, 0));
    assert!(s.due_now(asha.id).expect("due").is_empty());
    assert!(env.session(&bilal).alerts_to_send().expect("alerts").is_empty(), "no missed-dose alert");

    // The dose taken this morning stays, and counts.
    let d = s.summary_days(asha.id, 1).expect("summary").doses.expect("doses");
    assert_eq!(d.taken, 1);
    assert_eq!(s.dose_history(asha.id, dose).expect("dose history").len(), 1);
    // A stopped medicine takes no new doses and no changes.
    assert_eq!(not_found(s.record_dose(asha.id, r, time(20, 0), DoseStatus::Taken, None)), "medicine");
    assert_eq!(not_found(s.change_regimen(asha.id, r, metformin(), "again")), "medicine");
    assert_eq!(not_found(s.stop_regimen(asha.id, r, "again")), "medicine");
    let last = trail(&env, &asha).pop().expect("audited");
    assert_eq!((last.action.as_str(), last.record), ("stop-regimen", Some(r)));
}

#[test]
fn a_dose_is_corrected_or_deleted_with_its_history_kept() {
    let env = Env::new(gmt(2026, 11, 21, 21, 0));
    let (asha, r) = asha_on_metformin(&env);
    let bilal = env.person("Bilal", Role::Helper);
    env.share(&asha, &bilal, &[Scope::ViewReadings, Scope::ManageMedicines]);
    let s = env.session(&asha);
    let morning = s
        .record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, Some(gmt(2026, 11, 21, 8, 5)))
        .expect("dose");
    let evening = s.record_dose(asha.id, r, time(20, 0), DoseStatus::Skipped, None).expect("dose");

    // Bilal, with the grant, corrects the morning dose: it was taken late, at 10:30.
    let b = env.session(&bilal);
    let v = b
        .correct_dose(
            asha.id,
            morning,
            DoseStatus::Late,
            Some(gmt(2026, 11, 21, 10, 30)),
            "Mum took it after breakfast",
        )
        .expect("correct");
    assert_eq!(v, 2);
    let history = s.dose_history(asha.id, morning).expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].record.value.status, DoseStatus::Taken);
    let new = &history[1].record;
    assert_eq!((new.value.status, new.value.scheduled, new.value.regimen), (DoseStatus::Late, time(8, 0), r));
    assert_eq!(new.meta.taken.at, gmt(2026, 11, 21, 10, 30).to_utc());
    assert_eq!(
        (new.meta.entered_by, new.meta.change_reason.as_deref()),
        (bilal.id, Some("Mum took it after breakfast"))
    );
    // Without a time, the correction keeps the one the dose had.
    s.correct_dose(asha.id, evening, DoseStatus::Taken, None, "I did take it").expect("correct");
    let evening_history = s.dose_history(asha.id, evening).expect("history");
    assert_eq!(evening_history[1].record.meta.taken, evening_history[0].record.meta.taken);

    let d = s.summary_days(asha.id, 1).expect("summary").doses.expect("doses");
    assert_eq!((d.taken, d.late, d.skipped), (1, 1, 0));

    let v = s.delete_dose(asha.id, evening, "Entered twice").expect("delete");
    assert_eq!(v, 3);
    let d = s.summary_days(asha.id, 1).expect("summary").doses.expect("doses");
    assert_eq!((d.taken, d.late, d.skipped), (0, 1, 0), "a deleted dose leaves the summary");
    let evening_history = s.dose_history(asha.id, evening).expect("history");
    assert_eq!(evening_history.len(), 3, "and stays in its history");
    assert!(evening_history[2].deleted);
    assert_eq!(evening_history[2].record.meta.change_reason.as_deref(), Some("Entered twice"));
    assert_eq!(not_found(s.delete_dose(asha.id, evening, "again")), "dose");
    assert_eq!(not_found(s.correct_dose(asha.id, evening, DoseStatus::Taken, None, "again")), "dose");
    assert_eq!(not_found(s.correct_dose(asha.id, RecordId(999), DoseStatus::Taken, None, "no such")), "dose");

    let actions: Vec<String> = trail(&env, &asha).into_iter().map(|e| e.action).collect();
    assert!(
        actions.ends_with(&["correct-dose".into(), "correct-dose".into(), "delete-dose".into()]),
        "{actions:?}"
    );
    let by_bilal = trail(&env, &asha).into_iter().find(|e| e.action == "correct-dose").expect("audited");
    assert_eq!(
        (by_bilal.actor, by_bilal.record_kind.as_deref(), by_bilal.record),
        (bilal.id, Some("dose-event"), Some(morning))
    );
}

#[test]
fn a_helper_without_the_medicines_grant_is_refused_and_the_attempt_audited() {
    let env = Env::new(gmt(2026, 11, 21, 9, 0));
    let (asha, r) = asha_on_metformin(&env);
    let bilal = env.person("Bilal", Role::Helper);
    env.share(&asha, &bilal, &[Scope::ViewReadings, Scope::LogReadings]);
    let dose = env.session(&asha).record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, None).expect("dose");
    let b = env.session(&bilal);
    let before = trail(&env, &asha).len();

    let refusals = [
        denied(b.change_regimen(asha.id, r, metformin(), "tidy")),
        denied(b.stop_regimen(asha.id, r, "tidy")),
        denied(b.correct_dose(asha.id, dose, DoseStatus::Skipped, None, "tidy")),
        denied(b.delete_dose(asha.id, dose, "tidy")),
    ];
    for refusal in refusals {
        assert_eq!(refusal, (Action::ManageMedicines, Denial::NoPermission));
    }
    let after = trail(&env, &asha);
    assert_eq!(after.len(), before + 4);
    assert!(after[before..].iter().all(|e| e.action == "denied-manage-medicines" && e.actor == bilal.id));
    // Nothing changed.
    let s = env.session(&asha);
    assert_eq!(s.regimen_history(asha.id, r).expect("history").len(), 1);
    assert_eq!(s.dose_history(asha.id, dose).expect("history").len(), 1);
    assert_eq!(medicine_schedules(&s, asha.id, r)[0].meta.version, 1);
}

#[test]
fn a_bad_reason_or_regimen_is_refused_with_nothing_stored() {
    let env = Env::new(gmt(2026, 11, 21, 9, 0));
    let (asha, r) = asha_on_metformin(&env);
    let s = env.session(&asha);
    let dose = s.record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, None).expect("dose");
    let before = trail(&env, &asha).len();
    let long = "x".repeat(201);
    for reason in ["", "   ", long.as_str()] {
        let expected = if reason.trim().is_empty() {
            ValidationError::Missing { field: Field::Reason }
        } else {
            ValidationError::TooLong { field: Field::Reason, max: 200 }
        };
        assert_eq!(invalid(s.change_regimen(asha.id, r, metformin(), reason)), expected);
        assert_eq!(invalid(s.stop_regimen(asha.id, r, reason)), expected);
        assert_eq!(invalid(s.correct_dose(asha.id, dose, DoseStatus::Late, None, reason)), expected);
        assert_eq!(invalid(s.delete_dose(asha.id, dose, reason)), expected);
    }
    assert_eq!(
        invalid(s.change_regimen(asha.id, r, regimen("Metformin", "500 mg", vec![]), "fewer times")),
        ValidationError::Missing { field: Field::DoseTimes }
    );
    assert_eq!(
        invalid(s.correct_dose(asha.id, dose, DoseStatus::Late, Some(gmt(1999, 12, 31, 23, 0)), "earlier")),
        ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2000 }
    );
    assert_eq!(
        invalid(s.record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, Some(gmt(1900, 1, 1, 8, 0)))),
        ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2000 }
    );
    assert_eq!(trail(&env, &asha).len(), before, "nothing audited");
    assert_eq!(s.regimen_history(asha.id, r).expect("history").len(), 1);
    assert_eq!(s.dose_history(asha.id, dose).expect("history").len(), 1);
    assert_eq!(medicine_schedules(&s, asha.id, r)[0].meta.version, 1);
    assert_eq!(s.regimens(asha.id).expect("regimens")[0].value.dose, "500 mg");
}
