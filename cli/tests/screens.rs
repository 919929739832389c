//! Every screen through the real `saathi` binary, on the demo household's database: in
//! English and Urdu, for the patient (Rashid) and for a helper with limited grants (Amina:
//! she may see his readings and get alerts, nothing else). What a person relies on at a
//! glance: the band words, no button they cannot use, Urdu in Arabic script laid out from
//! the right, no bidi control characters for a terminal to print as boxes, and aligned
//! columns. And Bengali times and grams in Bengali digits, like the rest of the line.

mod common;

use serde_json::Value;

use common::Saathi;

/// The demo is made on a Saturday morning (its last reading, a very low sugar, at 10:30);
/// the screens are seen that evening, when the 20:00 dose is due.
const DEMO: &str = "2026-11-21T10:30:00Z";
const EVENING: &str = "2026-11-21T20:45:00Z";

/// Where right-to-left lines end when the output is not a terminal.
const RIGHT_EDGE: usize = 80;

const SCREENS: [&[&str]; 9] = [
    &["today"],
    &["log"],
    &["trends"],
    &["medicines"],
    &["lessons"],
    &["food", "--query", "roti"],
    &["helper"],
    &["sharing"],
    &["settings"],
];

fn demo() -> Saathi {
    let s = Saathi::with_db_name("demo.db");
    s.at(DEMO, &["demo", "--days", "14"]).ok();
    s
}

/// `saathi [--lang L] --as WHO [--for Rashid] [--json] screen ARGS`.
fn args<'a>(lang: &'a str, who: &'a [&'a str], json: bool, screen: &'a [&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(who);
    if json {
        all.push("--json");
    }
    all.push("screen");
    all.extend_from_slice(screen);
    all
}

const PATIENT: &[&str] = &["--as", "Rashid"];
const HELPER: &[&str] = &["--as", "Amina", "--for", "Rashid"];

/// Columns a line takes in a terminal: marks that sit on a letter take none.
fn width(line: &str) -> usize {
    line.chars().filter(|c| !is_mark(*c)).count()
}

fn is_mark(c: char) -> bool {
    // Arabic vowel marks and the Indic signs drawn on a letter; joiners and bidi controls.
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0981}' | '\u{09BC}' | '\u{09C1}'..='\u{09C4}' | '\u{09CD}')
        || is_bidi_control(c)
        || matches!(c, '\u{200C}' | '\u{200D}')
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn arabic_script(text: &str) -> bool {
    text.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count() > 20
}

/// What Amina's grant lets her do with Rashid's record, by the commands a screen offers.
fn helper_may(command: &str) -> bool {
    matches!(command, "open" | "call")
}

/// What every screen printed for a terminal must be, in any language.
fn plain_text(name: &str, out: &str) {
    assert!(
        !out.chars().any(is_bidi_control),
        "{name}: bidi control characters in terminal output:\n{out:?}"
    );
    assert!(!out.contains('⟦'), "{name}: a message is missing:\n{out}");
    assert!(out.starts_with("═══ ") || out.trim_start().starts_with("═══ "), "{name}: a title first:\n{out}");
}

/// English: left to right, each mark right-aligned in a three-column gutter, text from
/// column five, actions numbered from column seven, headings at the left edge.
fn left_to_right(name: &str, out: &str) {
    let starts_text = |rest: &str| rest.chars().next().is_some_and(|c| !c.is_whitespace());
    for line in out.lines().skip(1).filter(|l| !l.is_empty()) {
        let marked =
            ["!!! ", " !! ", "  ! ", "  ✓ "].iter().any(|g| line.strip_prefix(g).is_some_and(starts_text));
        let plain = line.strip_prefix("    ").is_some_and(starts_text);
        let action =
            line.strip_prefix("      [").and_then(|r| r.split_once("] ")).is_some_and(|(n, label)| {
                !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && starts_text(label)
            });
        let detail = line.strip_prefix("      ").is_some_and(starts_text);
        let heading = starts_text(line);
        assert!(
            marked || plain || action || detail || heading,
            "{name}: line out of its column: {line:?}\n{out}"
        );
    }
}

/// Urdu: every line ends at the right edge; a mark or an action's number sits at the end
/// of its line (on the right, where the reader starts), in a gutter as wide as English's;
/// the text is Arabic script.
fn right_to_left(name: &str, out: &str) {
    assert!(arabic_script(out), "{name}: not in Urdu:\n{out}");
    for line in out.lines().filter(|l| !l.is_empty()) {
        assert_eq!(width(line), RIGHT_EDGE, "{name}: not aligned on the right: {line:?}\n{out}");
        if line.contains(['!', '✓']) {
            let gutter: String = line.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
            assert!(
                [" !!!", " !! ", " !  ", " ✓  "].contains(&gutter.as_str()),
                "{name}: the mark is not in the right-hand gutter: {line:?}\n{out}"
            );
        }
        if let Some((_, number)) = line.trim_end().rsplit_once(" [") {
            if let Some(n) = number.strip_suffix(']').filter(|n| n.chars().all(|c| c.is_ascii_digit())) {
                let ending = format!(" [{n}]      ");
                assert!(line.ends_with(&ending), "{name}: the action's number is not on the right: {line:?}");
            }
        }
    }
    assert!(out.lines().any(|l| l.starts_with("        ")), "{name}: nothing is pushed to the right:\n{out}");
}

#[test]
fn every_screen_in_english_and_urdu_for_a_patient_and_a_helper_with_limited_grants() {
    let s = demo();
    for lang in ["en-GB", "ur"] {
        for (who, actor) in [("patient", PATIENT), ("helper", HELPER)] {
            for screen in SCREENS {
                let name = format!("{} {who} {lang}", screen.join(" "));
                let run = s.at(EVENING, &args(lang, actor, false, screen));
                // What Amina may not see is refused in one line, not shown half empty.
                let refused = who == "helper" && ["log", "lessons", "sharing"].contains(&screen[0]);
                if refused {
                    let message = run.refused(3);
                    let urdu = message.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
                    assert!(urdu == (lang == "ur"), "{name}: refused in the person's language: {message}");
                    continue;
                }
                let out = run.ok();
                plain_text(&name, &out);
                if lang == "en-GB" {
                    left_to_right(&name, &out);
                } else {
                    right_to_left(&name, &out);
                }

                // The buttons shown are the view model's actions, and a helper gets none she
                // cannot use (a patient's own screens do offer them: see below).
                let json = s.at(EVENING, &args(lang, actor, true, screen)).json();
                let commands = commands(&json);
                let numbered = out.lines().filter(|l| is_action(l)).count();
                assert_eq!(numbered, commands.len(), "{name}: every action is shown, numbered:\n{out}");
                if who == "helper" {
                    for c in &commands {
                        assert!(
                            helper_may(c),
                            "{name}: offers Amina '{c}', which her grant does not allow:\n{out}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn band_words_and_the_buttons_each_person_may_use() {
    let s = demo();
    for (lang, very_low, in_range, take) in [
        ("en-GB", "Very low", "In range", "I have taken it"),
        ("ur", "بہت کم", "ٹھیک حد میں", "میں نے لے لی"),
    ] {
        let rashid = s.at(EVENING, &args(lang, PATIENT, false, &["today"])).ok();
        let amina = s.at(EVENING, &args(lang, HELPER, false, &["today"])).ok();
        for (who, out) in [("Rashid", &rashid), ("Amina", &amina)] {
            assert!(out.contains(very_low) && out.contains(in_range), "{who} {lang}: band words:\n{out}");
            let low = out.lines().find(|l| l.contains(very_low)).expect("the very low reading");
            assert!(low.starts_with("!!! ") || low.trim_end().ends_with(" !!!"), "act now, marked: {low:?}");
        }
        // The 20:00 dose is due: Rashid may say he took it; Amina (no medicines grant) sees
        // the dose, but no button for it.
        assert!(rashid.contains(take), "{lang}:\n{rashid}");
        assert!(!amina.contains(take) && amina.contains("Metformin"), "{lang}:\n{amina}");
        let rashid = s.at(EVENING, &args(lang, PATIENT, true, &["today"])).json();
        assert!(commands(&rashid).contains(&"take-dose".to_string()));
        let amina = s.at(EVENING, &args(lang, HELPER, false, &["helper"])).ok();
        assert!(amina.contains(very_low), "the helper's alert says the band in words:\n{amina}");
    }
}

#[test]
fn bengali_times_and_grams_are_in_bengali_digits_like_the_rest_of_the_line() {
    let s = Saathi::new();
    let pack = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/pack");
    let morning = "2026-11-21T07:00:00Z";
    s.at(morning, &["--trust-demo", "pack", "install", pack]).ok();
    s.at(morning, &["person", "add", "Rina", "--condition", "type2-diabetes"]).ok();
    // The dose is what Rina typed, in her digits: data, shown as typed.
    s.at(morning, &["medicine", "add", "Metformin", "--dose", "৫০০ mg", "--times", "08:00,20:00"]).ok();
    s.at(morning, &["log", "glucose", "6.8", "--context", "before-meal", "--at", "06:45"]).ok();
    let at = "2026-11-21T10:30:00Z";
    let cases: [(&[&str], &str); 5] = [
        (&["screen", "medicines"], "০৮:০০"),
        (&["screen", "today"], "০৬:৪৫"),
        (&["screen", "food", "--query", "roti"], "১৯ গ্রাম"),
        (&["medicine", "list"], "০৮:০০, ২০:০০"),
        (&["food", "search", "roti"], "১৯ গ্রাম"),
    ];
    for (command, bengali) in cases {
        let mut all = vec!["--lang", "bn"];
        all.extend_from_slice(command);
        let out = s.at(at, &all).ok();
        assert!(out.contains(bengali), "{command:?}:\n{out}");
        // A lesson's title is the content pack's text, shown as its author wrote it ("টাইপ 2
        // ডায়াবেটিস"); the rule is for what Saathi itself formats.
        let latin: Vec<&str> = out
            .lines()
            .filter(|l| !l.contains("টাইপ 2"))
            .filter(|l| l.chars().any(|c| c.is_ascii_digit()))
            .collect();
        assert!(latin.is_empty(), "{command:?}: Latin digits among Bengali ones: {latin:#?}");
        // English keeps Latin digits (but for the dose Rina typed).
        let out = s.at(at, command).ok().replace("৫০০", "");
        assert!(!out.chars().any(|c| ('\u{09E6}'..='\u{09EF}').contains(&c)), "{out}");
    }
    let english = s.at(at, &["screen", "medicines"]).ok();
    assert!(english.contains("08:00"), "{english}");
}

/// Each action's command on a screen's view model, in order.
fn commands(screen: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let elements = std::iter::once(&screen["title"]).chain(
        screen["sections"].as_array().expect("sections").iter().flat_map(|s| {
            s["heading"]
                .as_object()
                .map(|_| &s["heading"])
                .into_iter()
                .chain(s["elements"].as_array().expect("elements"))
        }),
    );
    for e in elements {
        for a in e["actions"].as_array().expect("actions") {
            out.push(a["command"]["command"].as_str().expect("a command").to_string());
        }
    }
    out
}

/// A numbered action line, either way round.
fn is_action(line: &str) -> bool {
    let t = line.trim();
    let numbered = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit());
    t.strip_prefix('[').and_then(|r| r.split_once("] ")).is_some_and(|(n, _)| numbered(n))
        || t.rsplit_once(" [").and_then(|(_, r)| r.strip_suffix(']')).is_some_and(numbered)
}

/// The demo's narration in Urdu runs right to left like its screens: headings and sentences
/// end at the right edge, not the left.
#[test]
fn the_urdu_demo_narration_is_laid_out_right_to_left() {
    let s = Saathi::with_db_name("demo.db");
    let out = s.at(DEMO, &["--lang", "ur", "demo", "--days", "3"]).ok();
    let headings: Vec<&str> = out.lines().filter(|l| l.trim().starts_with("== ")).collect();
    assert!(headings.len() >= 5, "the demo's sections:\n{out}");
    for h in headings {
        assert_eq!(width(h), 80, "a heading ends at the right edge: {h:?}");
    }
    let english = Saathi::with_db_name("demo.db").at(DEMO, &["demo", "--days", "3"]).ok();
    assert!(english.lines().any(|l| l.starts_with("== ")), "English stays left to right:\n{english}");
}
