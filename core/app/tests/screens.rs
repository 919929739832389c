//! Every screen, as its text snapshot, in en-GB and Urdu, for a patient (Rashid) and for a
//! helper with limited grants (Amina: may see readings and get alerts; may not log, manage
//! medicines or see lessons). Snapshots are `tests/snapshots/<name>.txt`; regenerate with
//! `SAATHI_BLESS=1 cargo test -p saathi-core --test screens`, then read the diff.
//!
//! Beyond the snapshots, the rules users rely on are asserted directly: a helper is never
//! offered an action their grant does not allow, a dangerous reading puts 999 first, and
//! every element can be heard.

mod common;

use std::path::PathBuf;

use chrono::{FixedOffset, TimeZone};

use saathi_core::demo::{self, Household};
use saathi_core::screens::{ActionStyle, Command, LogDraft, Screen, Severity, Words};
use saathi_core::{Error, Session};
use saathi_domain::access::Action;
use saathi_domain::grants::Scope;
use saathi_domain::person::Person;
use saathi_domain::reading::{GlucoseContext, ReadingKind};
use saathi_domain::reminders::ReminderSettings;
use saathi_l10n::Localizer;

use common::Env;

/// A Saturday in November (GMT): the demo household's last two weeks, set up (medicines
/// and their reminders included) at 06:00; the screens are seen at 10:30, when the 08:00
/// doses have been missed.
fn household() -> (Env, Household) {
    let early = FixedOffset::east_opt(0).and_then(|z| z.with_ymd_and_hms(2026, 11, 21, 6, 0, 0).single());
    let env = Env::new(early.expect("valid time"));
    let h = demo::create_household(&env.app).expect("household");
    let pack = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/pack"));
    env.app.install_pack(&pack).expect("the demo content pack");
    demo::populate(&env.app, &h, 14).expect("two weeks of readings");
    env.share(&h.rashid, &h.amina, &[Scope::ViewReadings, Scope::ReceiveAlerts]);
    // Rashid chose to have Amina told of a dose still missed after 30 minutes, and of a
    // dangerous reading after 15 unless he says he is dealing with it.
    let alerts = ReminderSettings {
        missed_dose_alert_minutes: Some(30),
        escalation_minutes: Some(15),
        ..ReminderSettings::new("Europe/London")
    };
    env.session(&h.rashid).set_reminder_settings(h.rashid.id, alerts).expect("alert choices");
    env.advance(chrono::Duration::minutes(270));
    (env, h)
}

fn check(name: &str, screen: &Screen) {
    let got = screen.lines(true).join("\n") + "\n";
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("{name}.txt"));
    if std::env::var_os("SAATHI_BLESS").is_some() {
        std::fs::write(&path, &got).expect("write snapshot");
        return;
    }
    let want =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("no snapshot {}; bless it", path.display()));
    assert_eq!(got, want, "screen {name} changed (SAATHI_BLESS=1 to accept, then read the diff)");
    // Every element can be heard, and nothing is left untranslated.
    for e in screen.elements() {
        assert!(!e.utterance.text.trim().is_empty(), "{name}: '{}' has nothing to say", e.id);
        assert!(!e.text.contains('⟦'), "{name}: a message is missing: {}", e.text);
    }
}

fn all_screens(
    env: &Env,
    h: &Household,
    actor: &Person,
    locale: &str,
) -> Vec<(String, saathi_core::Result<Screen>)> {
    let l10n = Localizer::new(locale).expect("locale");
    let words = Words::new(&l10n);
    let session: Session = env.session(actor);
    let p = h.rashid.id;
    let who = if actor.id == h.rashid.id { "patient" } else { "helper" };
    let name = |screen: &str| format!("{screen}-{who}-{locale}");
    let mut out = vec![
        (name("today"), session.today_screen(p, &words)),
        (name("trends-glucose-7"), session.trends_screen(p, ReadingKind::Glucose, 7, &words)),
        (name("trends-bp-30"), session.trends_screen(p, ReadingKind::BloodPressure, 30, &words)),
        (name("medicines"), session.medicines_screen(p, &words)),
        (name("settings"), session.settings_screen(p, &words)),
        (name("log-start"), session.log_screen(&LogDraft::new(p), &words)),
        (name("lessons"), session.lessons_screen(p, &words)),
        (name("food-roti"), session.food_screen(p, Some("roti"), &words)),
    ];
    if who == "patient" {
        out.push((name("sharing"), session.sharing_screen(p, &words)));
        out.push((name("lesson-less-salt"), session.lesson_screen(p, "less-salt", &words)));
    } else {
        out.push((name("helper"), session.helper_screen(&words)));
    }
    out
}

#[test]
fn every_screen_matches_its_snapshot_for_patient_and_helper_in_english_and_urdu() {
    let (env, h) = household();
    for actor in [&h.rashid, &h.amina] {
        for locale in ["en-GB", "ur"] {
            for (name, screen) in all_screens(&env, &h, actor, locale) {
                match screen {
                    Ok(screen) => check(&name, &screen),
                    // Amina may not log for Rashid: the flow is refused, not half shown.
                    Err(Error::Denied { action, .. }) if name.starts_with("log-start-helper") => {
                        assert_eq!(action, Action::LogReadings);
                    }
                    // Nor see his lessons (no view-lessons grant): refused, and audited.
                    Err(Error::Denied { action, .. }) if name.starts_with("lessons-helper") => {
                        assert_eq!(action, Action::ViewLessons);
                    }
                    Err(e) => panic!("{name}: {e}"),
                }
            }
        }
    }
}

#[test]
fn a_helper_is_never_offered_what_their_grant_does_not_allow() {
    let (env, h) = household();
    let l10n = Localizer::new("en-GB").expect("locale");
    let words = Words::new(&l10n);
    let amina = env.session(&h.amina);
    let mut screens = vec![
        amina.today_screen(h.rashid.id, &words).expect("today"),
        amina.medicines_screen(h.rashid.id, &words).expect("medicines"),
        amina.settings_screen(h.rashid.id, &words).expect("settings"),
        amina.helper_screen(&words).expect("helper"),
    ];
    screens.push(amina.trends_screen(h.rashid.id, ReadingKind::Glucose, 7, &words).expect("trends"));
    // What each action needs is checked against the access rule itself, for several grants:
    // `offered_actions_are_ones_the_access_rule_allows` below.
    // Her alerts are there: Rashid's missed doses this morning.
    let helper = &screens[3];
    assert!(helper.elements().any(|e| e.id.starts_with("alert-dose-")), "missed doses alert the helper");
    // The sharing screen is the patient's alone.
    assert!(matches!(amina.sharing_screen(h.rashid.id, &words), Err(Error::Denied { .. })));
}

#[test]
fn a_dangerous_reading_puts_what_to_do_and_999_first() {
    let (env, h) = household();
    let l10n = Localizer::new("en-GB").expect("locale");
    let words = Words::new(&l10n);
    let rashid = env.session(&h.rashid);
    let draft = LogDraft {
        kind: Some(ReadingKind::Glucose),
        value: Some(2.4),
        context: Some(GlucoseContext::BeforeMeal),
        confirmed: false,
        ..LogDraft::new(h.rashid.id)
    };
    // Confirm step first: the value read back, nothing stored yet.
    let before = rashid
        .readings(h.rashid.id, env.now().to_utc() - chrono::Duration::hours(1), env.now().to_utc())
        .expect("readings")
        .len();
    let confirm = rashid.log_screen(&draft, &words).expect("confirm");
    assert!(confirm.title.text.contains("Add a reading"));
    assert!(
        confirm.elements().any(|e| e.text == "You entered 2.4 mmol/L, before a meal. Is that right?"),
        "{:#?}",
        confirm.lines(false)
    );
    let after_confirm = rashid
        .readings(h.rashid.id, env.now().to_utc() - chrono::Duration::hours(1), env.now().to_utc())
        .expect("readings")
        .len();
    assert_eq!(before, after_confirm, "nothing is stored before the person confirms");

    let saved = rashid.log_screen(&LogDraft { confirmed: true, ..draft }, &words).expect("saved");
    check("log-severe-low-patient-en-GB", &saved);
    assert_eq!(saved.sections[0].id, "act-now", "what to do now comes first");
    assert_eq!(saved.severity(), Some(Severity::Danger));
    let first_action = saved.actions().next().expect("an action");
    assert_eq!(first_action.style, ActionStyle::Emergency);
    assert_eq!(first_action.command, Command::Call { number: "999".into() });
}

#[test]
fn an_implausible_value_is_asked_again_and_never_stored() {
    let (env, h) = household();
    let l10n = Localizer::new("en-GB").expect("locale");
    let words = Words::new(&l10n);
    let rashid = env.session(&h.rashid);
    let draft = LogDraft {
        kind: Some(ReadingKind::Glucose),
        value: Some(68.0),
        context: Some(GlucoseContext::Random),
        ..LogDraft::new(h.rashid.id)
    };
    let screen = rashid.log_screen(&draft, &words).expect("asked again");
    check("log-implausible-patient-en-GB", &screen);
    let problem = screen.elements().find(|e| e.id == "problem").expect("says what was wrong");
    assert!(!problem.text.contains("68"), "the value typed is not echoed: {}", problem.text);
    // Even a confirmed implausible draft stores nothing.
    let err = rashid.log_screen(&LogDraft { confirmed: true, ..draft }, &words).expect_err("refused");
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
}

#[test]
fn lessons_put_what_the_dietitian_sent_first_and_food_shows_lights_in_words() {
    let (env, h) = household();
    let dietitian = env.person("Dr Shah", saathi_domain::person::Role::Clinician);
    env.share(&h.rashid, &dietitian, &[Scope::ViewSharedReadings, Scope::AssignContent]);
    let due = chrono::NaiveDate::from_ymd_opt(2026, 11, 30);
    let dr = env.session(&dietitian);
    let lesson = saathi_content::assignment::AssignedItem::Lesson("festival-sweets".into());
    dr.assign(h.rashid.id, lesson, Some("Before Diwali".into()), due).expect("assign a lesson");
    let swap = saathi_content::assignment::AssignedItem::Swap {
        from: "roti".into(),
        to: "roti-small-wholemeal".into(),
    };
    dr.assign(h.rashid.id, swap, None, None).expect("assign a swap");

    let l10n = Localizer::new("en-GB").expect("locale");
    let words = Words::new(&l10n);
    let rashid = env.session(&h.rashid);
    let lessons = rashid.lessons_screen(h.rashid.id, &words).expect("lessons");
    check("lessons-assigned-patient-en-GB", &lessons);
    assert_eq!(lessons.sections[0].id, "assigned");
    assert!(lessons.sections[0].elements[0].id == "lesson-festival-sweets");
    assert!(
        lessons.sections[0].elements[1].text.contains("Dr Shah")
            && lessons.sections[0].elements[1].text.contains("Before Diwali")
    );
    let play = lessons.actions().next().expect("a play action");
    assert_eq!(play.command, Command::PlayLesson { patient: h.rashid.id, lesson: "festival-sweets".into() });

    let food = rashid.food_screen(h.rashid.id, Some("روٹی"), &words).expect("food");
    check("food-assigned-patient-en-GB", &food);
    assert_eq!(food.sections[0].id, "to-try");
    let lights = food.elements().find(|e| e.id == "lights-roti").expect("roti's lights");
    assert!(lights.text.starts_with("Sugar low"), "{}", lights.text);
    assert!(matches!(lights.detail, Some(saathi_core::screens::Detail::FoodLights { .. })));

    let player = rashid.lesson_screen(h.rashid.id, "festival-sweets", &words).expect("player");
    let media = player.elements().find_map(|e| match &e.detail {
        Some(saathi_core::screens::Detail::Media { audio, captions, transcript, .. }) => {
            Some((audio.clone(), captions.clone(), transcript.clone()))
        }
        _ => None,
    });
    let (audio, _captions, transcript) = media.expect("the player carries the media");
    assert!(audio.expect("audio").is_file());
    assert!(transcript.is_some());
}

fn en() -> Localizer {
    Localizer::new("en-GB").expect("locale")
}

fn glucose(value: f64, context: GlucoseContext, patient: &Person) -> LogDraft {
    LogDraft {
        kind: Some(ReadingKind::Glucose),
        value: Some(value),
        context: Some(context),
        ..LogDraft::new(patient.id)
    }
}

/// The Yes action of a confirm screen: the draft it sends.
fn yes(confirm: &Screen) -> LogDraft {
    confirm
        .actions()
        .find_map(|a| match &a.command {
            Command::SaveReading { draft } => Some(draft.clone()),
            _ => None,
        })
        .expect("a Yes that saves")
}

/// Logs `draft` as a person would: the confirm step, then its Yes. The saved screen.
fn log_confirmed(session: &Session, draft: &LogDraft, words: &Words) -> Screen {
    let confirm = session.log_screen(draft, words).expect("confirm");
    session.log_screen(&yes(&confirm), words).expect("saved")
}

#[test]
fn the_confirm_step_and_act_now_read_in_urdu() {
    let (env, h) = household();
    let l10n = Localizer::new("ur").expect("locale");
    let words = Words::new(&l10n);
    let rashid = env.session(&h.rashid);
    let confirm =
        rashid.log_screen(&glucose(2.4, GlucoseContext::BeforeMeal, &h.rashid), &words).expect("confirm");
    check("log-confirm-patient-ur", &confirm);
    let saved = rashid.log_screen(&yes(&confirm), &words).expect("saved");
    check("log-severe-low-patient-ur", &saved);
    assert_eq!(saved.sections[0].id, "act-now");
    assert!(saved.actions().any(|a| a.command == Command::Call { number: "999".into() }));
}

#[test]
fn the_same_save_sent_twice_stores_one_reading() {
    let (env, h) = household();
    let l10n = en();
    let words = Words::new(&l10n);
    let rashid = env.session(&h.rashid);
    let count = || {
        let now = env.now().to_utc();
        rashid
            .readings(h.rashid.id, now - chrono::Duration::hours(1), now + chrono::Duration::seconds(1))
            .expect("readings")
            .len()
    };
    let before = count();
    let confirm =
        rashid.log_screen(&glucose(6.8, GlucoseContext::BeforeMeal, &h.rashid), &words).expect("confirm");
    let draft = yes(&confirm);
    assert!(draft.save_token.is_some());
    let first = rashid.log_screen(&draft, &words).expect("saved");
    let again = rashid.log_screen(&draft, &words).expect("a double tap");
    assert_eq!(first, again, "the second tap shows what was saved");
    assert_eq!(count(), before + 1, "one reading, not two");
    // A new confirm screen is a new save: the same number twice is two readings.
    log_confirmed(&rashid, &glucose(6.8, GlucoseContext::BeforeMeal, &h.rashid), &words);
    assert_eq!(count(), before + 2);
}

#[test]
fn weight_is_asked_in_stones_and_pounds_for_those_who_use_them_and_activity_in_minutes() {
    let (env, h) = household();
    let l10n = en();
    let words = Words::new(&l10n);
    // Nasreen thinks of her weight in stones.
    let nasreen = env.session(&h.nasreen);
    let stones = LogDraft { kind: Some(ReadingKind::Weight), ..LogDraft::new(h.nasreen.id) };
    let ask = nasreen.log_screen(&stones, &words).expect("stones");
    assert!(ask.elements().any(|e| e.text.contains("in stone")), "{:#?}", ask.lines(false));
    let pounds = LogDraft { value: Some(11.0), ..stones.clone() };
    let ask = nasreen.log_screen(&pounds, &words).expect("pounds");
    assert!(ask.elements().any(|e| e.text.starts_with("And the pounds?")), "{:#?}", ask.lines(false));
    // 11 st 20 lb is a typing error: asked again, nothing stored.
    let wrong =
        nasreen.log_screen(&LogDraft { second: Some(20.0), ..pounds.clone() }, &words).expect("again");
    assert!(wrong.elements().any(|e| e.id == "problem"), "{:#?}", wrong.lines(false));
    let confirm = nasreen.log_screen(&LogDraft { second: Some(4.0), ..pounds }, &words).expect("confirm");
    assert!(confirm.elements().any(|e| e.text.contains("11 st 4")), "{:#?}", confirm.lines(false));
    nasreen.log_screen(&yes(&confirm), &words).expect("saved");
    let day = env.now().to_utc();
    let stored = nasreen
        .readings(h.nasreen.id, day - chrono::Duration::hours(1), day + chrono::Duration::seconds(1))
        .expect("readings");
    let Some(saathi_domain::reading::Measurement::Weight(w)) = stored.last().map(|e| e.measurement) else {
        panic!("a weight was stored: {stored:?}")
    };
    assert!((w.kg - 71.67).abs() < 0.01, "11 st 4 lb is 71.7 kg, got {}", w.kg);

    // Activity is offered, and asks for minutes.
    let rashid = env.session(&h.rashid);
    let start = rashid.log_screen(&LogDraft::new(h.rashid.id), &words).expect("start");
    let activity = start
        .actions()
        .find_map(|a| match &a.command {
            Command::Log { draft } if draft.kind == Some(ReadingKind::Activity) => Some(draft.clone()),
            _ => None,
        })
        .expect("activity is one of the choices");
    let ask = rashid.log_screen(&activity, &words).expect("minutes");
    assert!(ask.elements().any(|e| e.text.starts_with("How many minutes")), "{:#?}", ask.lines(false));
    let saved = log_confirmed(&rashid, &LogDraft { value: Some(30.0), ..activity }, &words);
    assert!(saved.elements().any(|e| e.id == "saved"));
}

#[test]
fn a_very_high_sugar_puts_111_to_hand() {
    let (env, h) = household();
    let l10n = en();
    let words = Words::new(&l10n);
    let rashid = env.session(&h.rashid);
    let saved = log_confirmed(&rashid, &glucose(19.0, GlucoseContext::AfterMeal, &h.rashid), &words);
    check("log-very-high-patient-en-GB", &saved);
    let call = saved.actions().find(|a| matches!(&a.command, Command::Call { .. })).expect("a call action");
    assert_eq!(call.command, Command::Call { number: "111".into() });
    assert!(
        !saved.actions().any(|a| a.command == Command::Call { number: "999".into() }),
        "not an emergency"
    );
}

#[test]
fn a_dangerous_reading_offers_dealing_with_it_and_that_keeps_the_helper_untold() {
    let (env, h) = household();
    let l10n = en();
    let words = Words::new(&l10n);
    let rashid = env.session(&h.rashid);
    let amina = env.session(&h.amina);
    let saved = log_confirmed(&rashid, &glucose(2.6, GlucoseContext::BeforeMeal, &h.rashid), &words);
    let ack = saved
        .actions()
        .find_map(|a| match &a.command {
            Command::AcknowledgeReading { patient, kind, record } => Some((*patient, *kind, *record)),
            _ => None,
        })
        .expect("I am dealing with it, on the act-now screen");
    // Today says it too, until he answers.
    let today = rashid.today_screen(h.rashid.id, &words).expect("today");
    assert!(today.actions().any(|a| matches!(a.command, Command::AcknowledgeReading { .. })));
    // It is his to say: a helper who may log for him is not offered it.
    env.share(&h.rashid, &h.nasreen, &[Scope::ViewReadings, Scope::LogReadings]);
    let theirs = env.session(&h.nasreen).today_screen(h.rashid.id, &words).expect("today");
    assert!(!theirs.actions().any(|a| matches!(a.command, Command::AcknowledgeReading { .. })));
    // Amina's home has no reading alert before the 15 minutes he chose.
    let alert = |s: &Screen| s.elements().any(|e| e.id.starts_with("alert-glucose-"));
    assert!(!alert(&amina.helper_screen(&words).expect("helper")), "not before the delay");
    rashid.acknowledge_reading(ack.0, ack.1, ack.2).expect("acknowledged");
    env.advance(chrono::Duration::minutes(20));
    assert!(!alert(&amina.helper_screen(&words).expect("helper")), "he is dealing with it");
    assert!(
        amina
            .alerts_to_send()
            .expect("alerts")
            .iter()
            .all(|a| !matches!(a.about, saathi_domain::alerts::AlertAbout::DangerousReading { .. }))
    );
    let today = rashid.today_screen(h.rashid.id, &words).expect("today");
    assert!(!today.actions().any(|a| matches!(a.command, Command::AcknowledgeReading { .. })));
}

#[test]
fn the_helper_home_follows_the_patients_alert_choices() {
    let (env, h) = household();
    let l10n = en();
    let words = Words::new(&l10n);
    let rashid = env.session(&h.rashid);
    let amina = env.session(&h.amina);
    // A low, unacknowledged, past the 15 minutes: on her home screen.
    log_confirmed(&rashid, &glucose(3.1, GlucoseContext::BeforeMeal, &h.rashid), &words);
    env.advance(chrono::Duration::minutes(20));
    let home = amina.helper_screen(&words).expect("helper");
    check("helper-alerts-helper-en-GB", &home);
    assert!(home.elements().any(|e| e.id.starts_with("alert-glucose-")));
    assert!(home.elements().any(|e| e.id.starts_with("alert-dose-")));
    // He turns alerts off: nothing shows, whatever happened.
    let off = ReminderSettings::new("Europe/London");
    rashid.set_reminder_settings(h.rashid.id, off).expect("alerts off");
    let home = amina.helper_screen(&words).expect("helper");
    assert!(!home.elements().any(|e| e.id.starts_with("alert-")), "{:#?}", home.lines(false));
}

#[test]
fn a_cgm_low_lasting_an_hour_alerts_the_helper_once() {
    use saathi_domain::alerts::AlertAbout;
    use saathi_domain::reading::{Glucose, Measurement, ReadingSource};
    let (env, h) = household();
    let rashid = env.session(&h.rashid);
    let amina = env.session(&h.amina);
    let mut told = 0;
    for _ in 0..12 {
        let m = Measurement::Glucose(Glucose {
            value: 3.2,
            unit: saathi_domain::units::GlucoseUnit::MmolPerL,
            context: GlucoseContext::Random,
        });
        let opts = saathi_core::LogOptions { source: ReadingSource::CgmImport, ..Default::default() };
        rashid.log(h.rashid.id, m, opts).expect("a CGM reading");
        env.advance(chrono::Duration::minutes(5));
        let sent = amina.alerts_to_send().expect("alerts");
        told += sent.iter().filter(|a| matches!(a.about, AlertAbout::DangerousReading { .. })).count();
    }
    // Twelve lows in an hour: told once (after the 15 minutes he chose), not nine times.
    assert_eq!(told, 1);
}

/// Nasreen helps Rashid more than Amina does: she may log his readings and see his lessons,
/// but not manage his medicines or his sharing. Her log flow and lessons, as snapshots.
#[test]
fn a_helper_who_may_log_sees_the_log_flow_and_lessons_but_not_sharing() {
    let (env, h) = household();
    env.share(&h.rashid, &h.nasreen, &[Scope::ViewReadings, Scope::LogReadings, Scope::ViewLessons]);
    let nasreen = env.session(&h.nasreen);
    for locale in ["en-GB", "ur"] {
        let l10n = Localizer::new(locale).expect("locale");
        let words = Words::new(&l10n);
        let start = nasreen.log_screen(&LogDraft::new(h.rashid.id), &words).expect("log start");
        check(&format!("log-start-logging-helper-{locale}"), &start);
        let confirm = nasreen
            .log_screen(&glucose(6.8, GlucoseContext::BeforeMeal, &h.rashid), &words)
            .expect("confirm");
        check(&format!("log-confirm-logging-helper-{locale}"), &confirm);
        let lessons = nasreen.lessons_screen(h.rashid.id, &words).expect("lessons");
        check(&format!("lessons-logging-helper-{locale}"), &lessons);
        let today = nasreen.today_screen(h.rashid.id, &words).expect("today");
        check(&format!("today-logging-helper-{locale}"), &today);
        // Sharing is the patient's alone: refused, so there is nothing to show her.
        assert!(matches!(
            nasreen.sharing_screen(h.rashid.id, &words),
            Err(Error::Denied { action: Action::ManageSharing, .. })
        ));
        // Nor may she take his doses.
        for screen in [&start, &confirm, &lessons, &today] {
            assert!(
                !screen
                    .actions()
                    .any(|a| matches!(a.command, Command::TakeDose { .. } | Command::SkipDose { .. }))
            );
        }
    }
}

/// Ramadan moves Rashid's doses into the eating window: the screens show the moved time,
/// say why, and taking the iftar dose at iftar is on time, not late.
#[test]
fn doses_moved_for_ramadan_show_their_new_time_and_are_not_late_at_iftar() {
    use saathi_domain::ramadan::RamadanDay;
    let (env, h) = household();
    let l10n = en();
    let words = Words::new(&l10n);
    let rashid = env.session(&h.rashid);
    let today = env.now().date_naive();
    let day = |d: chrono::NaiveDate| RamadanDay {
        date: d,
        suhoor: chrono::NaiveTime::from_hms_opt(5, 40, 0).expect("time"),
        iftar: chrono::NaiveTime::from_hms_opt(16, 5, 0).expect("time"),
    };
    let days = (0..3).map(|i| day(today + chrono::Duration::days(i))).collect();
    rashid.set_fasting_days(h.rashid.id, days).expect("fasting days");
    // 15:00: the once-a-day 08:00 Gliclazide is taken at iftar, 16:05, and says so.
    env.advance(chrono::Duration::minutes(270));
    let medicines = rashid.medicines_screen(h.rashid.id, &words).expect("medicines");
    check("medicines-ramadan-patient-en-GB", &medicines);
    let gliclazide = medicines.elements().find(|e| e.id == "dose-2-08:00").expect("the Gliclazide");
    assert!(
        gliclazide.text.contains("16:05") && gliclazide.text.contains("with iftar"),
        "{}",
        gliclazide.text
    );
    // At iftar he takes it: on time, though 08:00 is eight hours gone.
    env.advance(chrono::Duration::minutes(70));
    let regimen = rashid.regimens(h.rashid.id).expect("regimens")[1].meta.record_id;
    let slot = chrono::NaiveTime::from_hms_opt(8, 0, 0).expect("time");
    rashid.answer_dose(h.rashid.id, regimen, slot, true).expect("taken");
    let week = saathi_domain::time::Period::last_calendar_days(env.now(), 1);
    let doses = rashid.doses(h.rashid.id, week).expect("doses");
    let last = doses.last().expect("a dose");
    assert_eq!(last.value.status, saathi_domain::medicine::DoseStatus::Taken, "on time at iftar");
}

// What a screen offers follows from the access rule. Kept apart from the snapshots above.

/// What choosing a command needs, for the access rule to decide.
enum Needs {
    /// An access action on the screen's patient (`Session::allowed`, i.e. `access::decide`).
    Action(Action),
    /// Being the patient: their own text size and PIN.
    OwnRecord,
    /// Being the patient, or allowed this action on their record (languages: a helper who
    /// logs for a parent often sets up the phone).
    OwnOr(Action),
    /// Being let into that screen (building it as this person is not refused).
    Screen(saathi_core::screens::ScreenKind),
    /// Nothing: anyone may phone 999 or 111.
    Nothing,
}

/// Exhaustive on purpose: a new command does not compile here until someone says what it
/// needs; whether this person may then do it is the access rule's answer, not this test's.
fn needs(command: &Command) -> Needs {
    use saathi_core::screens::Setting;
    match command {
        Command::Open { screen, .. } => Needs::Screen(*screen),
        Command::Log { .. } | Command::SaveReading { .. } => Needs::Action(Action::LogReadings),
        Command::TakeDose { .. } | Command::SkipDose { .. } => Needs::Action(Action::ManageMedicines),
        Command::Revoke { .. } | Command::Invite { .. } => Needs::Action(Action::ManageSharing),
        Command::Call { .. } => Needs::Nothing,
        // "I am dealing with it" is `acknowledge_reading`, which needs what logging needs.
        Command::AcknowledgeReading { .. } => Needs::Action(Action::LogReadings),
        Command::PlayLesson { .. } | Command::LessonDone { .. } => Needs::Action(Action::ViewLessons),
        Command::ChangeSetting { setting } => match setting {
            Setting::Units => Needs::Action(Action::LogReadings),
            Setting::Reminders => Needs::Action(Action::ManageMedicines),
            Setting::Alerts => Needs::Action(Action::ManageSharing),
            Setting::Languages => Needs::OwnOr(Action::LogReadings),
            Setting::TextSize | Setting::Pin => Needs::OwnRecord,
        },
    }
}

/// `kind` about `patient`, as `session` sees it.
fn open(
    session: &Session,
    kind: saathi_core::screens::ScreenKind,
    patient: saathi_domain::person::PersonId,
    words: &Words,
) -> saathi_core::Result<Screen> {
    use saathi_core::screens::ScreenKind as K;
    match kind {
        K::Today => session.today_screen(patient, words),
        K::Log => session.log_screen(&LogDraft::new(patient), words),
        K::Trends => session.trends_screen(patient, ReadingKind::Glucose, 7, words),
        K::Medicines => session.medicines_screen(patient, words),
        K::Lessons => session.lessons_screen(patient, words),
        K::Lesson => session.lesson_screen(patient, "less-salt", words),
        K::Food => session.food_screen(patient, Some("roti"), words),
        K::Helper => session.helper_screen(words),
        K::Sharing => session.sharing_screen(patient, words),
        K::Settings => session.settings_screen(patient, words),
    }
}

#[test]
fn offered_actions_are_ones_the_access_rule_allows() {
    use saathi_core::screens::ScreenKind as K;
    let (env, h) = household();
    let l10n = Localizer::new("en-GB").expect("locale");
    let words = Words::new(&l10n);
    // Amina's grant (view readings, alerts), and helpers given each other scope in turn.
    let mut people = vec![h.rashid.clone(), h.amina.clone()];
    for (name, scopes) in [
        ("Logs", &[Scope::ViewReadings, Scope::LogReadings][..]),
        ("Doses", &[Scope::ViewReadings, Scope::ManageMedicines]),
        ("Lessons", &[Scope::ViewReadings, Scope::ViewLessons]),
        ("Alerts only", &[Scope::ReceiveAlerts]),
    ] {
        let helper = env.person(name, saathi_domain::person::Role::Helper);
        env.share(&h.rashid, &helper, scopes);
        people.push(helper);
    }
    let kinds = [
        K::Today,
        K::Log,
        K::Trends,
        K::Medicines,
        K::Lessons,
        K::Lesson,
        K::Food,
        K::Helper,
        K::Sharing,
        K::Settings,
    ];
    let mut checked = std::collections::HashSet::new();
    for person in &people {
        let session = env.session(person);
        for kind in kinds {
            let screen = match open(&session, kind, h.rashid.id, &words) {
                Ok(screen) => screen,
                Err(Error::Denied { .. }) => continue,
                Err(e) => panic!("{} {kind:?}: {e}", person.name),
            };
            let patient = screen.patient.unwrap_or(h.rashid.id);
            for a in screen.actions() {
                let (allowed, what) = match needs(&a.command) {
                    Needs::Action(action) => {
                        let decision = session.allowed(patient, action).expect("the access rule answers");
                        (decision.is_allow(), format!("{action:?}"))
                    }
                    Needs::OwnRecord => (person.id == patient, "own record".to_string()),
                    Needs::OwnOr(action) => {
                        let decision = session.allowed(patient, action).expect("the access rule answers");
                        (person.id == patient || decision.is_allow(), format!("own record or {action:?}"))
                    }
                    Needs::Screen(target) => {
                        let opened = open(&session, target, patient, &words);
                        (!matches!(opened, Err(Error::Denied { .. })), format!("open {target:?}"))
                    }
                    Needs::Nothing => (true, String::new()),
                };
                assert!(
                    allowed,
                    "{} is offered {:?} on {kind:?}, which needs {what}, and the access rule refuses it",
                    person.name, a.command
                );
                checked.insert((person.name.clone(), what));
            }
        }
    }
    // Not vacuous: helpers were offered, and allowed, what their own grants hold.
    for (name, what) in [("Logs", "LogReadings"), ("Doses", "ManageMedicines"), ("Lessons", "ViewLessons")] {
        assert!(
            checked.contains(&(name.to_string(), what.to_string())),
            "{name} was offered nothing needing {what}"
        );
    }
}

/// A screen is built at one instant: the clock is read once for it (a shell's clock may be
/// a call back into Kotlin or Swift), and another `Saathi` on the same thread keeps its own.
#[test]
fn a_screen_is_built_at_one_instant() {
    let (env, h) = household();
    let other = Env::new(env.now());
    let rashid = env.session(&h.rashid);
    let (first, later, elsewhere) = rashid.at_one_instant(|_| {
        let first = env.app.now();
        env.advance(chrono::Duration::minutes(1));
        other.advance(chrono::Duration::minutes(5));
        (first, env.app.now(), other.app.now())
    });
    assert_eq!(first, later, "one instant inside");
    assert_eq!(elsewhere, first + chrono::Duration::minutes(5), "another Saathi reads its own clock");
    assert_eq!(env.app.now(), first + chrono::Duration::minutes(1), "the clock again after");
}
