//! Golden tests: a fixed set of messages rendered in every locale, compared with
//! `tests/golden/<locale>.txt` (regenerate with `SAATHI_BLESS=1 cargo test -p saathi-l10n
//! --test golden`, then read the diff). Plus the properties each locale must show: its own
//! digits and grouping, and bidi isolation around numbers in Urdu. (Plural forms are in the
//! golden files: "1 day" and "3 days" per language.)

use std::path::PathBuf;

use saathi_domain::message::Message;
use saathi_l10n::{Direction, LOCALES, LanguagePrefs, Localizer, NoClips};

fn samples() -> Vec<Message> {
    let glucose = Message::new("reading-glucose").decimal("value", 6.8, 1).term("unit", "unit-mmol-per-l");
    vec![
        glucose.clone(),
        Message::new("reading-with-context")
            .message("reading", glucose)
            .term("context", "context-before-meal"),
        Message::new("reading-bp-pulse").int("systolic", 142).int("diastolic", 88).int("pulse", 71),
        Message::new("reading-weight-st-lb").int("stones", 11).decimal("pounds", 4.0, 0),
        Message::new("summary-streak").int("days", 1),
        Message::new("summary-streak").int("days", 3),
        Message::new("summary-glucose-in-range").int("percent", 97).int("days", 90),
        Message::new("summary-glucose-lows").int("count", 2),
        Message::new("error-above-max")
            .term("field", "field-glucose")
            .decimal("limit", 55.0, 1)
            .term("unit", "unit-mmol-per-l"),
        Message::new("protocol-take-reading")
            .int("day", 2)
            .term("sitting", "sitting-morning")
            .int("number", 1),
        Message::new("cli-imported").int("count", 210_240).text("name", "Rashid"),
        Message::new("advice-glucose-severe-low"),
        Message::new("advice-bp-severe-symptoms"),
    ]
}

fn render(code: &str) -> String {
    let l = Localizer::with_prefs(&LanguagePrefs::single(code), &[code]).expect("locale loads");
    let mut out = String::new();
    for m in samples() {
        out.push_str(&format!(
            "{}\n  show:  {}\n  speak: {}\n",
            m.key,
            l.message(&m),
            l.utterance(&m, &NoClips).text
        ));
    }
    out
}

#[test]
fn every_locale_matches_its_golden_file() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("SAATHI_BLESS").is_some();
    for locale in LOCALES.iter().filter(|l| l.has_text()) {
        let path = dir.join(format!("{}.txt", locale.code));
        let got = render(locale.code);
        if bless {
            std::fs::write(&path, &got).expect("write golden");
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
        assert_eq!(got, want, "{}: output differs from {}", locale.code, path.display());
    }
}

fn show(code: &str, m: &Message) -> String {
    Localizer::new(code).expect("locale").message(m)
}

#[test]
fn digits_and_grouping_are_each_locales_own() {
    let big = Message::new("cli-imported").int("count", 210_240).text("name", "R");
    assert!(show("en-GB", &big).contains("210,240"));
    assert!(show("hi", &big).contains("2,10,240"), "Indian grouping: {}", show("hi", &big));
    let g = Message::new("reading-glucose").decimal("value", 6.8, 1).term("unit", "unit-mmol-per-l");
    assert!(show("bn", &g).contains("৬.৮"), "Bengali digits: {}", show("bn", &g));
    assert!(show("gu", &g).contains("6.8"), "Gujarati uses Latin digits in CLDR: {}", show("gu", &g));
}

#[test]
fn urdu_runs_right_to_left_with_numbers_isolated() {
    let l = Localizer::new("ur").expect("ur");
    assert_eq!(l.direction(), Direction::RightToLeft);
    assert_eq!(Localizer::new("hi").expect("hi").direction(), Direction::LeftToRight);
    let bp = Message::new("reading-bp").int("systolic", 142).int("diastolic", 88);
    let text = l.message(&bp);
    assert!(text.contains("\u{2068}142\u{2069}"), "first-strong isolates around the number: {text:?}");
    // Speech has no bidi marks: a voice would read them.
    assert!(!l.utterance(&bp, &NoClips).text.contains('\u{2068}'));
}

#[test]
fn dates_use_each_locales_digits_and_names() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
    assert_eq!(Localizer::new("en-GB").expect("en").date(day), "21 November 2026");
    let bn = Localizer::new("bn").expect("bn").date(day);
    assert!(bn.starts_with("২১ ") && bn.ends_with(" ২০২৬") && !bn.contains("November"), "{bn}");
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:05:00+00:00").expect("time");
    assert_eq!(Localizer::new("en-GB").expect("en").date_time(at), "Sat 21 Nov 2026, 09:05");
    assert!(
        Localizer::new("hi").expect("hi").date_time(at).ends_with("09:05"),
        "Hindi keeps Latin digits in CLDR"
    );
}

#[test]
fn the_pseudo_locale_transforms_wording_but_not_what_the_code_fills_in() {
    let l = Localizer::new(saathi_l10n::PSEUDO_LOCALE).expect("pseudo-locale");
    let text = l.message(&Message::new("cli-imported").int("count", 3).text("name", "Rashid"));
    assert!(text.contains("Rashid"), "names are data, not wording: {text}");
    assert!(!text.contains("Imported"), "wording is transformed: {text}");
    assert!(text.starts_with('\u{202E}'), "wrapped in bidi marks: {text:?}");
}
