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
    for screen in &screens {
        for a in screen.actions() {
            let forbidden = match &a.command {
                Command::Log { .. } | Command::SaveReading { .. } => Some(Action::LogReadings),
                Command::TakeDose { .. } | Command::SkipDose { .. } => Some(Action::ManageMedicines),
                Command::Revoke { .. } | Command::Invite { .. } => Some(Action::ManageSharing),
                Command::Open { screen: saathi_core::screens::ScreenKind::Lessons, .. } => {
                    Some(Action::ViewLessons)
                }
                _ => None,
            };
            assert_eq!(
                forbidden, None,
                "{:?} offers {:?} to a helper without that grant",
                screen.kind, a.command
            );
        }
    }
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
