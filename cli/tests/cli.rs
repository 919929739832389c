//! End to end: the compiled `saathi` binary on real temporary SQLite files, checking what a
//! person or a script relies on: the words printed, the exit codes, the one-line errors, and
//! what was (or was not) stored.

mod common;

use std::io::Read;
use std::time::Duration;

use serde_json::Value;

use common::{Saathi, assert_close, assert_in_order, bytes, finish, lines_with};

/// A Saturday morning, UTC, so the wall clock and UTC agree.
const NOW: &str = "2026-11-21T09:00:00Z";

fn log<'a>(kind_and_value: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["log"];
    args.extend_from_slice(kind_and_value);
    args
}

// 1. Logging on a fresh database, and listing what was logged.

#[test]
fn a_fresh_database_logs_sugar_and_blood_pressure_and_lists_them() {
    let s = Saathi::new();

    let out = s.at("2026-11-21T09:00:00Z", &log(&["glucose", "6.8", "--context", "before-meal"])).ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Saved for Me: Blood sugar, 6.8 mmol/L, before a meal. (Reading 1)");
    assert_eq!(lines[1], "This is: In range");
    assert_eq!(lines[2], "  Your sugar is in your target range. Well done.");
    assert!(!out.contains("Do this now"), "an in-range sugar is not urgent:\n{out}");

    let out = s.at("2026-11-21T09:05:00Z", &log(&["bp", "142/88", "--pulse", "71"])).ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Saved for Me: Blood pressure, 142/88 mmHg, pulse 71. (Reading 1)");
    assert_eq!(lines[1], "This is: Raised");
    assert_eq!(
        lines[2],
        "  Your blood pressure is raised. Keep checking it, and talk to your GP or nurse at your next visit."
    );

    let table = s.at("2026-11-21T09:10:00Z", &["readings", "--since", "2026-11-21"]).ok();
    let rows: Vec<&str> = table.lines().collect();
    assert_eq!(rows.len(), 3, "a heading and two readings:\n{table}");
    assert!(rows[0].starts_with("When") && rows[0].contains("Meaning"), "{table}");
    for needle in ["Sat 21 Nov 2026, 09:00", "Blood sugar", "6.8 mmol/L, before a meal", "In range"] {
        assert!(rows[1].contains(needle), "{needle:?} missing from {:?}", rows[1]);
    }
    for needle in ["Sat 21 Nov 2026, 09:05", "Blood pressure", "142/88 mmHg, pulse 71", "Raised"] {
        assert!(rows[2].contains(needle), "{needle:?} missing from {:?}", rows[2]);
    }
    // --since really filters.
    let none = s.at("2026-11-21T09:10:00Z", &["readings", "--since", "2026-11-22"]).ok();
    assert_eq!(none, "No readings for Me in this time.\n");

    let json = s.at("2026-11-21T09:10:00Z", &["--json", "readings"]).json();
    let entries = json.as_array().expect("a list of readings");
    assert_eq!(entries.len(), 2, "{json:#}");
    let (sugar, bp) = (&entries[0], &entries[1]);
    assert_eq!(sugar["measurement"]["kind"], "glucose");
    assert_close(&sugar["measurement"]["value"], 6.8, "glucose value");
    assert_eq!(sugar["measurement"]["unit"], "mmol-per-l");
    assert_eq!(sugar["measurement"]["context"], "before-meal");
    assert_eq!(sugar["assessment"]["kind"], "glucose");
    assert_eq!(sugar["assessment"]["band"], "in-range");
    assert_eq!(sugar["meta"]["taken"]["at"], "2026-11-21T09:00:00Z");
    assert_eq!(bp["measurement"]["kind"], "blood-pressure");
    assert_eq!(bp["measurement"]["systolic"], 142);
    assert_eq!(bp["measurement"]["diastolic"], 88);
    assert_eq!(bp["measurement"]["pulse"], 71);
    assert_eq!(bp["assessment"]["kind"], "blood-pressure");
    assert_eq!(bp["assessment"]["band"], "stage1");
    assert!(!bp["assessment"]["advice"].as_array().expect("advice").is_empty());

    assert!(s.home_is_empty(), "with --db, nothing may be written to the data directory");
}

// 2. Invalid input: exit 2, nothing on stdout, one line naming the field and limit, never the
// value typed, and nothing stored.

#[test]
fn invalid_input_is_refused_in_one_line_and_nothing_is_saved() {
    let s = Saathi::new();
    s.at(NOW, &log(&["glucose", "5.5"])).ok();
    assert_eq!(s.stored(NOW, &[]).len(), 1);

    // (what is typed after `log`, the whole message, strings that must not appear)
    let cases: &[(&[&str], &str, &[&str])] = &[
        (&["glucose", "0.3"], "Blood sugar must be at least 0.5 mmol/L. Nothing was saved.", &["0.3"]),
        (&["glucose", "56"], "Blood sugar must be at most 55.0 mmol/L. Nothing was saved.", &["56"]),
        (&["glucose", "six"], "Blood sugar must be a number. Nothing was saved.", &["six"]),
        (&["glucose", "5", "--unit", "mmol"], "\"mmol\" is not a unit Saathi knows.", &["5"]),
        (
            &["bp", "120/130"],
            "The bottom blood pressure number must be lower than the top one. Nothing was saved.",
            &["120", "130"],
        ),
        // The example in the message is 142/88; what was typed (with a dash) is not echoed.
        (&["bp", "142-88"], "Write blood pressure as two numbers with a slash, like 142/88.", &["142-88"]),
        (
            &["bp", "310/90"],
            "The top blood pressure number must be at most 300 mmHg. Nothing was saved.",
            &["310", "90"],
        ),
        (&["weight", "12"], "Weight must be at least 20 kg. Nothing was saved.", &["12"]),
        // 14 lb make a stone: 99 lb is a typing error, never 18 st 1 lb.
        (&["weight", "11st99lb"], "Weight must be at most 13.9 lb. Nothing was saved.", &["99"]),
        (&["hba1c", "2", "--unit", "%"], "HbA1c must be at least 3.0 %. Nothing was saved.", &["2"]),
        (
            &["glucose", "6", "--at", "2099-01-01T00:00:00Z"],
            "The time is more than 5 minutes in the future. Nothing was saved.",
            &["2099", "6 "],
        ),
        (
            &["glucose", "6", "--at", "1900-01-01T08:00:00Z"],
            "The time cannot be before the year 2000. Please check the date. Nothing was saved.",
            &["1900", "6 "],
        ),
    ];
    for (typed, expected, never) in cases {
        let message = s.at(NOW, &log(typed)).refused(2);
        assert_eq!(&message, expected, "for `log {}`", typed.join(" "));
        for echo in *never {
            assert!(!message.contains(echo), "`log {}` echoed {echo:?}: {message}", typed.join(" "));
        }
        let stored = s.stored(NOW, &[]);
        assert_eq!(stored.len(), 1, "`log {}` stored something: {stored:#?}", typed.join(" "));
    }
    // The one reading is still the one that was logged first.
    assert_close(&s.stored(NOW, &[])[0]["measurement"]["value"], 5.5, "the first reading");
}

#[test]
fn the_limits_themselves_are_accepted() {
    let s = Saathi::new();
    let limits: &[&[&str]] = &[
        &["glucose", "0.5"],
        &["glucose", "55"],
        &["glucose", "10", "--unit", "mg/dL"],
        &["bp", "70/40", "--pulse", "25"],
        &["bp", "300/180", "--pulse", "250"],
        &["weight", "20"],
        &["weight", "350"],
        &["hba1c", "9"],
        &["hba1c", "239"],
        &["hba1c", "3", "--unit", "%"],
    ];
    for typed in limits {
        let out = s.at(NOW, &log(typed)).ok();
        assert!(out.starts_with("Saved for Me: "), "`log {}`:\n{out}", typed.join(" "));
    }
    assert_eq!(s.stored(NOW, &[]).len(), limits.len());
    // Just past them, in the other direction from item 2's cases.
    for (typed, expected) in [
        (&["glucose", "55.1"][..], "Blood sugar must be at most 55.0 mmol/L. Nothing was saved."),
        (&["bp", "120/80", "--pulse", "24"], "Pulse must be at least 25 beats a minute. Nothing was saved."),
        (
            &["bp", "70/70"],
            "The bottom blood pressure number must be lower than the top one. Nothing was saved.",
        ),
        (&["weight", "350.5"], "Weight must be at most 350 kg. Nothing was saved."),
    ] {
        assert_eq!(s.at(NOW, &log(typed)).refused(2), expected);
    }
    assert_eq!(s.stored(NOW, &[]).len(), limits.len());
}

#[test]
fn errors_with_json_are_one_line_of_json_on_stderr() {
    let s = Saathi::new();
    let run = s.at(NOW, &["--json", "log", "glucose", "56"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stdout.is_empty());
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    let error: Value = serde_json::from_str(&run.stderr).expect("the error is JSON");
    assert_eq!(error["error"], "invalid-input");
    assert_eq!(error["message"], "Blood sugar must be at most 55.0 mmol/L. Nothing was saved.");

    let run = s.at(NOW, &["--json", "--as", "Nobody", "readings"]);
    assert_eq!(run.code, Some(4));
    let error: Value = serde_json::from_str(&run.stderr).expect("the error is JSON");
    assert_eq!(error["error"], "not-found");
}

// 3. Dangerous readings say what to do now.

#[test]
fn dangerous_readings_say_what_to_do_now() {
    let s = Saathi::new();

    let out = s.at(NOW, &log(&["glucose", "2.6"])).ok();
    assert_in_order(&out, &["Blood sugar, 2.6 mmol/L", "This is: Very low", "Do this now:", "999"]);
    let advice = lines_with(&out, "999");
    assert_eq!(advice.len(), 1, "{out}");
    assert!(advice[0].contains("Take sugar now"), "{out}");

    let out = s.at(NOW, &log(&["bp", "185/125"])).ok();
    assert_in_order(&out, &["185/125 mmHg", "This is: Very high", "Do this now:", "call your GP or 111"]);
    assert!(
        out.contains(
            "Call 999 now if you have chest pain, trouble breathing, confusion, a bad headache, or changes in your sight."
        ),
        "{out}"
    );

    let out = s.at(NOW, &log(&["glucose", "3.8", "--fasting"])).ok();
    assert_in_order(&out, &["This is: Low", "Do this now:", "Break your fast now."]);
    // The same sugar without a fast is low, but there is no fast to break.
    let out = s.at(NOW, &log(&["glucose", "3.8"])).ok();
    assert!(out.contains("This is: Low") && !out.contains("Break your fast"), "{out}");
    // And an ordinary reading is not urgent.
    let out = s.at(NOW, &log(&["bp", "118/76"])).ok();
    assert!(out.contains("This is: Normal") && !out.contains("Do this now") && !out.contains("999"), "{out}");
}

// 4. A person who counts in mg/dL.

#[test]
fn a_person_using_mg_per_dl_logs_and_is_refused_in_mg_per_dl() {
    let s = Saathi::new();
    assert_eq!(
        s.at(NOW, &["person", "add", "Ali", "--glucose-unit", "mg/dL"]).ok(),
        "Added Ali (Patient).\n"
    );

    let out = s.at(NOW, &["--as", "Ali", "log", "glucose", "126"]).ok();
    assert_eq!(out.lines().next(), Some("Saved for Ali: Blood sugar, 126 mg/dL, any time. (Reading 1)"));
    let table = s.at(NOW, &["--as", "Ali", "readings"]).ok();
    assert!(table.contains("126 mg/dL, any time"), "{table}");
    assert!(!table.contains("mmol/L"), "{table}");
    let stored = s.stored(NOW, &["--as", "Ali"]);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["measurement"]["unit"], "mg-per-dl");
    assert_close(&stored[0]["measurement"]["value"], 126.0, "value as entered");

    // The limit is given in the person's unit: 10 mg/dL, not 0.5 mmol/L.
    let message = s.at(NOW, &["--as", "Ali", "log", "glucose", "9"]).refused(2);
    assert_eq!(message, "Blood sugar must be at least 10 mg/dL. Nothing was saved.");
    assert_eq!(s.stored(NOW, &["--as", "Ali"]).len(), 1);

    // A reading given in mmol/L is shown in Ali's unit.
    let out = s.at(NOW, &["--as", "Ali", "log", "glucose", "6.8", "--unit", "mmol/L"]).ok();
    assert!(out.starts_with("Saved for Ali: Blood sugar, 123 mg/dL"), "{out}");
}

// 5. Corrections and deletions keep every version.

#[test]
fn corrections_and_deletions_keep_the_history() {
    let s = Saathi::new();
    s.at("2026-11-21T08:00:00Z", &log(&["glucose", "6.8", "--context", "before-meal"])).ok();

    let out =
        s.at(NOW, &["correct", "1", "--reason", "typo", "glucose", "7.2", "--context", "before-meal"]).ok();
    assert_eq!(
        out.lines().next(),
        Some("Corrected for Me: Blood sugar, 7.2 mmol/L, before a meal. (Reading 1, version 2)")
    );
    let table = s.at(NOW, &["readings"]).ok();
    assert_eq!(table.lines().count(), 2, "{table}");
    assert!(table.contains("7.2 mmol/L, before a meal") && table.contains("1 (v2)"), "{table}");
    assert!(!table.contains("6.8"), "the old version is not a current reading:\n{table}");

    let history = s.at(NOW, &["history", "glucose", "1"]).ok();
    let rows: Vec<&str> = history.lines().collect();
    assert_eq!(rows.len(), 3, "a heading and two versions:\n{history}");
    assert!(rows[1].starts_with('1') && rows[1].contains("6.8 mmol/L"), "{history}");
    assert!(rows[2].starts_with('2') && rows[2].contains("7.2 mmol/L"), "{history}");
    assert!(rows[2].trim_end().ends_with("typo"), "the reason is shown:\n{history}");
    // The time the reading was taken stays that of the original.
    assert!(rows[2].contains("08:00"), "{history}");

    // A correction needs a reason.
    for reason in ["", "   "] {
        let message = s.at(NOW, &["correct", "1", "--reason", reason, "glucose", "7.0"]).refused(2);
        assert_eq!(message, "The reason is needed. Nothing was saved.");
    }
    let versions = s.at(NOW, &["--json", "history", "glucose", "1"]).json();
    assert_eq!(versions.as_array().expect("versions").len(), 2, "{versions:#}");

    let out = s.at(NOW, &["delete", "glucose", "1", "--reason", "duplicate"]).ok();
    assert_eq!(out, "Deleted Blood sugar reading 1. It stays in its history.\n");
    assert!(s.stored(NOW, &[]).is_empty(), "a deleted reading is not listed");
    assert_eq!(s.at(NOW, &["readings"]).ok(), "No readings for Me in this time.\n");

    let history = s.at(NOW, &["history", "glucose", "1"]).ok();
    let rows: Vec<&str> = history.lines().collect();
    assert_eq!(rows.len(), 4, "a heading and three versions:\n{history}");
    assert!(rows[3].starts_with('3') && rows[3].contains("(deleted)"), "{history}");
    assert!(rows[3].trim_end().ends_with("duplicate"), "{history}");
    assert!(rows[2].trim_end().ends_with("typo"), "{history}");

    let versions = s.at(NOW, &["--json", "history", "glucose", "1"]).json();
    let versions = versions.as_array().expect("versions");
    assert_eq!(versions.len(), 3);
    let flags: Vec<(bool, bool)> = versions
        .iter()
        .map(|v| (v["deleted"].as_bool().expect("deleted"), v["latest"].as_bool().expect("latest")))
        .collect();
    assert_eq!(flags, [(false, false), (false, false), (true, true)]);
    assert_eq!(versions[1]["record"]["meta"]["change_reason"], "typo");
    assert_eq!(versions[2]["record"]["meta"]["change_reason"], "duplicate");

    // A reading that does not exist.
    let message = s.at(NOW, &["correct", "99", "--reason", "typo", "glucose", "7.0"]).refused(4);
    assert_eq!(message, "That reading was not found.");
}

// 6. People, and who may do what.

/// The row of `saathi target show` for one target (its first column is the target's name).
fn target_row<'a>(out: &'a str, name: &str) -> &'a str {
    let rows: Vec<&str> = out.lines().filter(|l| l.trim_start().starts_with(name)).collect();
    assert_eq!(rows.len(), 1, "one {name:?} row in:\n{out}");
    rows[0]
}

#[test]
fn people_and_what_each_may_do() {
    let s = Saathi::new();
    s.at(NOW, &["person", "add", "Rashid", "--condition", "type2-diabetes", "--born", "1956"]).ok();
    s.at(NOW, &["person", "add", "Nasreen"]).ok();

    // Two patients: say who you are.
    let message = s.at(NOW, &log(&["glucose", "6.0"])).refused(2);
    assert!(message.contains("Rashid") && message.contains("Nasreen"), "{message}");
    assert!(message.contains("--as"), "{message}");
    let message = s.at(NOW, &["--as", "Nobody", "log", "glucose", "6.0"]).refused(4);
    assert_eq!(message, "There is no one with that name here.");
    assert!(s.stored(NOW, &["--as", "Rashid"]).is_empty());
    assert!(s.stored(NOW, &["--as", "Nasreen"]).is_empty());

    let out = s.at(NOW, &["person", "add", "Nurse Shah", "--role", "clinician"]).ok();
    assert_eq!(out, "Added Nurse Shah (Nurse, doctor or dietitian).\n");
    let people = s.at(NOW, &["person", "list"]).ok();
    for name in ["Rashid", "Nasreen", "Nurse Shah"] {
        assert_eq!(lines_with(&people, name).len(), 1, "{people}");
    }

    let reason = "On gliclazide, which can cause hypos";
    let set_hba1c = [
        "--as",
        "Nurse Shah",
        "--for",
        "Rashid",
        "target",
        "set",
        "hba1c",
        "--high",
        "53",
        "--reason",
        reason,
    ];
    // A nurse is not the patient's nurse until the patient says so.
    let message = s.at(NOW, &set_hba1c).refused(3);
    assert_eq!(message, "You are not allowed to set targets for this person.");
    s.at(NOW, &["--as", "Nurse Shah", "--for", "Rashid", "readings"]).refused(3);
    let code = invite(&s, NOW, "Rashid", "view-shared-readings,assign-content", &[]);
    let out = s.at(NOW, &["--as", "Nurse Shah", "helper", "accept", &code]).ok();
    assert_in_order(
        &out,
        &["You can now help Rashid.", "You may: see shared readings, send lessons and set targets."],
    );
    let out = s.at(NOW, &set_hba1c).ok();
    let hba1c = target_row(&out, "HbA1c");
    assert!(hba1c.contains("up to 53 mmol/mol"), "{out}");
    assert!(hba1c.contains(&format!("Set by Nurse Shah on 21 November 2026: {reason}")), "{out}");

    let shown = s.at(NOW, &["--as", "Rashid", "target", "show"]).ok();
    assert!(shown.starts_with("Targets for Rashid"), "{shown}");
    let hba1c = target_row(&shown, "HbA1c");
    assert!(hba1c.contains("up to 53 mmol/mol") && hba1c.contains("Set by Nurse Shah"), "{shown}");
    // Other targets still come from the guideline, and Nasreen's HbA1c target is her own.
    assert!(target_row(&shown, "Sugar before meals").contains("Guideline: NICE NG28"), "{shown}");
    let hers = s.at(NOW, &["--as", "Nasreen", "target", "show"]).ok();
    assert!(!hers.contains("Nurse Shah"), "{hers}");

    // A patient may not set a target; the one in force is unchanged.
    let message = s.at(NOW, &["--as", "Rashid", "target", "set", "hba1c", "--high", "60"]).refused(3);
    assert_eq!(message, "Only a nurse, doctor or dietitian can set targets.");
    let shown = s.at(NOW, &["--as", "Rashid", "target", "show"]).ok();
    assert!(target_row(&shown, "HbA1c").contains("up to 53 mmol/mol"), "{shown}");

    // The nurse's access is to Rashid's record only.
    s.at(NOW, &["--as", "Nurse Shah", "--for", "Nasreen", "target", "set", "hba1c", "--high", "60"])
        .refused(3);
    assert!(!s.at(NOW, &["--as", "Nasreen", "target", "show"]).ok().contains("Nurse Shah"));

    // One patient may not read another's record, nor another's audit trail; nor may the
    // nurse read Rashid's.
    s.at(NOW, &["--as", "Rashid", "--for", "Nasreen", "readings"]).refused(3);
    let message = s.at(NOW, &["--as", "Rashid", "--for", "Nasreen", "audit"]).refused(3);
    assert_eq!(message, "Only the person whose record this is can see who did what.");
    s.at(NOW, &["--as", "Nurse Shah", "--for", "Rashid", "audit"]).refused(3);

    let audit = s.at(NOW, &["--as", "Rashid", "audit"]).ok();
    assert!(audit.starts_with("When"), "{audit}");
    let set = lines_with(&audit, "Set the HbA1c target");
    assert_eq!(set.len(), 1, "{audit}");
    assert!(set[0].contains("Nurse Shah"), "{audit}");
    let denied = lines_with(&audit, "Tried to set a target, and was not allowed");
    assert_eq!(denied.len(), 2, "the nurse before the invitation, then Rashid: {audit}");
    assert!(denied[0].contains("Nurse Shah") && denied[1].contains("Rashid"), "{audit}");
    assert_eq!(lines_with(&audit, "Tried to look at readings, and was not allowed").len(), 1, "{audit}");
    assert_eq!(lines_with(&audit, "Tried to see who did what, and was not allowed").len(), 1, "{audit}");
    assert_eq!(lines_with(&audit, "Accepted an invitation").len(), 1, "{audit}");
    // Nasreen's trail has the attempts on her record, and only those.
    let hers = s.at(NOW, &["--as", "Nasreen", "audit"]).ok();
    assert_eq!(lines_with(&hers, "Tried to set a target").len(), 1, "{hers}");
    assert_eq!(lines_with(&hers, "Tried to see who did what").len(), 1, "{hers}");
    assert!(lines_with(&hers, "Set the HbA1c target").is_empty(), "{hers}");
}

/// `patient` invites someone (`--json helper invite`); returns the code as it is read out.
fn invite(s: &Saathi, now: &str, patient: &str, scopes: &str, extra: &[&str]) -> String {
    let mut args = vec!["--json", "--as", patient, "helper", "invite", "--scopes", scopes];
    args.extend_from_slice(extra);
    let json = s.at(now, &args).json();
    json["spoken"].as_str().unwrap_or_else(|| panic!("no code in {json:#}")).to_string()
}

// 7. Summaries: the numbers, and the same in words.

#[test]
fn summary_has_the_right_numbers_and_plain_words() {
    let s = Saathi::new();
    let now = "2026-11-08T12:00:00Z";
    for (reading, at) in [
        (&["glucose", "12.0"][..], "2026-10-20T08:00:00Z"), // outside both periods
        (&["glucose", "15.0"], "2026-11-01T09:00:00Z"),     // only in 1-7 Nov
        (&["bp", "170/100"], "2026-11-01T09:00:00Z"),       // only in 1-7 Nov
        (&["glucose", "5.0", "--context", "before-meal"], "2026-11-03T08:00:00Z"),
        (&["glucose", "7.0", "--context", "after-meal"], "2026-11-04T14:00:00Z"),
        (&["glucose", "9.0"], "2026-11-05T18:00:00Z"),
        (&["glucose", "3.5"], "2026-11-06T03:00:00Z"),
        (&["bp", "130/80"], "2026-11-05T08:00:00Z"),
        (&["bp", "150/90"], "2026-11-06T08:00:00Z"),
        (&["glucose", "4.5"], "2026-11-08T06:00:00Z"), // only in the last 7 days
    ] {
        let mut args = log(reading);
        args.extend(["--at", at]);
        s.at(now, &args).ok();
    }

    let json = s.at(now, &["--json", "summary", "--days", "7"]).json();
    assert_eq!(json["days"], 7);
    assert_eq!(json["period"]["from"], "2026-11-02T00:00:00Z");
    let g = &json["glucose"]["overall"];
    assert_eq!(g["count"], 5, "{json:#}");
    assert_close(&g["mean"], (5.0 + 7.0 + 9.0 + 3.5 + 4.5) / 5.0, "glucose mean");
    assert_close(&g["min"], 3.5, "glucose min");
    assert_close(&g["max"], 9.0, "glucose max");
    assert_eq!(g["lows"], 1);
    assert_eq!(g["severe_lows"], 0);
    let bp = &json["blood_pressure"];
    assert_eq!(bp["count"], 2);
    assert_eq!(bp["mean_systolic"], 140);
    assert_eq!(bp["mean_diastolic"], 85);
    assert_eq!(bp["band_of_mean"], "stage1");
    let words: Vec<&str> =
        json["text"].as_array().expect("text").iter().map(|t| t.as_str().expect("words")).collect();
    assert!(words.contains(&"You had one low sugar reading."), "{words:#?}");
    assert!(words.contains(&"Your average blood pressure was 140/85: Raised."), "{words:#?}");

    let human = s.at(now, &["summary", "--days", "7"]).ok();
    assert!(human.starts_with("Me: the last 7 days (2 November 2026 to 8 November 2026)"), "{human}");
    assert!(
        human.contains("5 readings. Average 5.8 mmol/L, lowest 3.5 mmol/L, highest 9.0 mmol/L."),
        "{human}"
    );
    assert!(human.contains("2 readings. Average 140/85 mmHg: Raised."), "{human}");
    let (_, in_words) = human.split_once("In words:\n").expect("an \"In words:\" section");
    let bullets: Vec<&str> = in_words.lines().collect();
    assert!(bullets.iter().all(|l| l.starts_with("  • ")), "{human}");
    for line in [
        "  • You had one low sugar reading.",
        "  • Your sugar was in your target range 80% of the time over these 7 days.",
        "  • Your average blood pressure was 140/85: Raised.",
        "  • That is above your target.",
    ] {
        assert!(bullets.contains(&line), "{line:?} missing from:\n{human}");
    }

    // Any range of dates: 1 Nov up to (not including) 8 Nov.
    let json = s.at(now, &["--json", "summary", "--from", "2026-11-01", "--to", "2026-11-08"]).json();
    assert_eq!(json["period"]["from"], "2026-11-01T00:00:00Z");
    assert_eq!(json["period"]["to"], "2026-11-08T00:00:00Z");
    let g = &json["glucose"]["overall"];
    assert_eq!(g["count"], 5, "{json:#}");
    assert_close(&g["mean"], (15.0 + 5.0 + 7.0 + 9.0 + 3.5) / 5.0, "glucose mean");
    assert_close(&g["max"], 15.0, "glucose max");
    assert_eq!(json["blood_pressure"]["count"], 3);
    assert_eq!(json["blood_pressure"]["mean_systolic"], 150);
    assert_eq!(json["blood_pressure"]["mean_diastolic"], 90);
    let human = s.at(now, &["summary", "--from", "2026-11-01", "--to", "2026-11-08"]).ok();
    // An explicit range is titled by its dates, not as "the last N days".
    assert!(human.starts_with("Me: 1 November 2026 to 7 November 2026 (7 days)"), "{human}");
    assert!(!human.contains("the last"), "{human}");
    assert!(human.contains("In words:"), "{human}");

    for (from, to) in [("2026-11-08", "2026-11-01"), ("2026-11-01", "2026-11-01")] {
        let message = s.at(now, &["summary", "--from", from, "--to", to]).refused(2);
        assert_eq!(message, "The end of the time range must come after the start.");
    }
    let message = s.at(now, &["summary", "--from", "1 Nov", "--to", "2026-11-08"]).refused(2);
    assert_eq!(message, "Write the date like 2026-11-01.");
}

// 8. NICE's home blood pressure check.

/// One sitting of the check: two readings a minute apart, `--now` moving with them.
fn sitting(s: &Saathi, day: &str, hh: &str, value: &str) -> (String, String) {
    let first = s.at(&format!("2026-11-{day}T{hh}:00:00Z"), &log(&["bp", value, "--check"])).ok();
    let second = s.at(&format!("2026-11-{day}T{hh}:01:00Z"), &log(&["bp", value, "--check"])).ok();
    (first, second)
}

#[test]
fn home_blood_pressure_check_averages_the_days_after_the_first() {
    let s = Saathi::new();
    let message = s.at("2026-11-02T06:00:00Z", &log(&["bp", "140/90", "--check"])).refused(4);
    assert_eq!(message, "No home blood pressure check has been started.");
    assert!(s.stored("2026-11-02T06:00:00Z", &[]).is_empty(), "nothing saved without a check");
    s.at("2026-11-02T06:00:00Z", &["bp-check", "status"]).refused(4);

    let out = s.at("2026-11-02T06:30:00Z", &["bp-check", "start", "--days", "4"]).ok();
    assert_in_order(&out, &["day 1 of 4", "Day 1, morning: sit quietly, then take reading 1 of 2."]);

    // Day 1 is very different: it must not be averaged.
    let (first, second) = sitting(&s, "02", "07", "200/110");
    assert!(first.contains("Rest for 60 seconds, then take the second reading."), "{first}");
    assert!(second.contains("The next one is on day 1, in the evening."), "{second}");
    sitting(&s, "02", "19", "200/110");
    for day in ["03", "04"] {
        sitting(&s, day, "07", "140/90");
        sitting(&s, day, "19", "140/90");
    }
    let status = s.at("2026-11-04T20:00:00Z", &["bp-check", "status"]).ok();
    assert!(status.contains("readings on 3 days so far"), "{status}");
    assert!(status.contains("Keep going: the average needs readings on at least 4 days."), "{status}");
    assert!(!status.contains("home average"), "{status}");

    // Once a fourth day has readings, there is an average, of days 2 to 4 only.
    sitting(&s, "05", "07", "140/90");
    let status = s.at("2026-11-05T08:00:00Z", &["bp-check", "status"]).ok();
    assert!(status.contains("Your home average is 140/90 over 3 days: Raised."), "{status}");
    let (_, last) = sitting(&s, "05", "19", "140/90");
    assert!(last.contains("Your home blood pressure check is finished."), "{last}");
    sitting(&s, "06", "07", "140/90");
    sitting(&s, "06", "19", "140/90");

    let status = s.at("2026-11-06T20:00:00Z", &["bp-check", "status"]).ok();
    assert!(status.contains("day 4 of 4; readings on 4 days so far"), "{status}");
    assert!(status.contains("Your home blood pressure check is finished."), "{status}");
    assert!(status.contains("Your home average is 140/90 over 3 days: Raised."), "{status}");
    let json = s.at("2026-11-06T20:00:00Z", &["--json", "bp-check", "status"]).json();
    let average = &json["progress"]["average"];
    assert_eq!(average["systolic"], 140, "day 1's 200/110 must not be averaged: {json:#}");
    assert_eq!(average["diastolic"], 90, "{json:#}");
    assert_eq!(average["days"], 3, "{json:#}");
    assert_eq!(average["readings"], 12, "two sittings of two readings on days 2 to 4: {json:#}");
    assert_eq!(json["progress"]["next"]["step"], "finished");
    // Every reading is stored, day 1's too.
    assert_eq!(s.stored("2026-11-06T20:00:00Z", &[]).len(), 20);
}

// 9. Medicines.

#[test]
fn medicines_and_their_doses() {
    let s = Saathi::new();
    let now = "2026-11-21T09:00:00Z";
    let out = s
        .at(
            now,
            &[
                "medicine",
                "add",
                "Metformin",
                "--dose",
                "500 mg",
                "--times",
                "08:00,20:00",
                "--food",
                "with-food",
            ],
        )
        .ok();
    assert_eq!(out, "Added Metformin. (Medicine 1)\n");

    let list = s.at(now, &["medicine", "list"]).ok();
    let rows: Vec<&str> = list.lines().collect();
    assert_eq!(rows.len(), 2, "{list}");
    for needle in ["Metformin", "500 mg", "08:00, 20:00", "with food"] {
        assert!(rows[1].contains(needle), "{needle:?} missing:\n{list}");
    }
    let json = s.at(now, &["--json", "medicine", "list"]).json();
    assert_eq!(json[0]["value"]["name"], "Metformin");
    assert_eq!(json[0]["value"]["times"], serde_json::json!(["08:00:00", "20:00:00"]));

    let out = s
        .at(now, &["medicine", "dose", "metformin", "--time", "08:00", "--status", "taken", "--at", "08:10"])
        .ok();
    assert_eq!(out, "Metformin: taken. (Dose 1)\n");

    let message = s.at(now, &["medicine", "dose", "Metformin", "--time", "09:00"]).refused(2);
    assert_eq!(message, "The medicine time is not one of the choices. Nothing was saved.");
    let message = s.at(now, &["medicine", "dose", "Aspirin", "--time", "08:00"]).refused(4);
    assert_eq!(message, "That medicine was not found.");
    let message = s.at(now, &["medicine", "dose", "Metformin", "--time", "8am"]).refused(2);
    assert_eq!(message, "Write the time like 08:30, or 2026-11-21 08:30.");

    // Exactly one dose was recorded, and the summary counts it.
    let audit = s.at(now, &["audit"]).ok();
    assert_eq!(lines_with(&audit, "Recorded a medicine dose").len(), 1, "{audit}");
    assert_eq!(lines_with(&audit, "Added a medicine").len(), 1, "{audit}");
    let summary = s.at(now, &["--json", "summary", "--days", "1"]).json();
    assert_eq!(summary["doses"], serde_json::json!({ "taken": 1, "late": 0, "skipped": 0 }));
}

#[test]
fn medicines_are_changed_stopped_and_their_doses_corrected_or_deleted_with_history() {
    let s = Saathi::new();
    let now = "2026-11-21T21:00:00Z";
    s.at(now, &["medicine", "add", "Metformin", "--dose", "500 mg", "--times", "08:00,20:00"]).ok();
    let out = s.at(now, &["medicine", "dose", "Metformin", "--time", "08:00", "--at", "08:10"]).ok();
    assert_eq!(out, "Metformin: taken. (Dose 1)\n");
    s.at(now, &["medicine", "dose", "Metformin", "--time", "20:00", "--status", "skipped"]).ok();

    // Change: only what is given changes; the reminder follows the new times.
    let out = s
        .at(
            now,
            &["medicine", "change", "metformin", "--dose", "1000 mg", "--times", "09:00", "--reason", "GP"],
        )
        .ok();
    assert_eq!(out, "Changed Metformin. The old details stay in its history. (Medicine 1, version 2)\n");
    let json = s.at(now, &["--json", "medicine", "list"]).json();
    assert_eq!(json[0]["value"]["dose"], "1000 mg");
    assert_eq!(json[0]["value"]["times"], serde_json::json!(["09:00:00"]));
    assert_eq!(json[0]["value"]["with_food"], "either", "not given, so kept");
    let reminders = s.at(now, &["--json", "reminders"]).json();
    assert!(reminders.to_string().contains("09:00"), "{reminders}");
    assert!(!reminders.to_string().contains("20:00"), "{reminders}");

    // Correct and delete doses, by the number each was given.
    let out = s
        .at(
            now,
            &[
                "medicine",
                "correct-dose",
                "1",
                "--status",
                "late",
                "--at",
                "10:30",
                "--reason",
                "after breakfast",
            ],
        )
        .ok();
    assert_eq!(out, "Corrected dose 1: taken late. The old entry stays in its history. (Version 2)\n");
    let json =
        s.at(now, &["--json", "medicine", "delete-dose", "2", "--reason", "entered by mistake"]).json();
    assert_eq!(json, serde_json::json!({ "record": 2, "version": 2, "deleted": true }));
    let summary = s.at(now, &["--json", "summary", "--days", "1"]).json();
    assert_eq!(summary["doses"], serde_json::json!({ "taken": 0, "late": 1, "skipped": 0 }));
    assert_eq!(
        s.at(now, &["medicine", "delete-dose", "2", "--reason", "again"]).refused(4),
        "That medicine dose was not found."
    );

    // A reason is needed, and nothing changes without one.
    let message = s.at(now, &["medicine", "stop", "Metformin", "--reason", "  "]).refused(2);
    assert_eq!(message, "The reason is needed. Nothing was saved.");

    // Stop: gone from the list and the reminders; past doses still counted.
    let out = s.at(now, &["medicine", "stop", "Metformin", "--reason", "GP stopped it"]).ok();
    assert_eq!(out, "Stopped Metformin. Its reminders have stopped too. Doses already saved are kept.\n");
    assert_eq!(s.at(now, &["--json", "medicine", "list"]).json(), serde_json::json!([]));
    let reminders = s.at(now, &["--json", "reminders"]).json();
    assert!(!reminders.to_string().contains("09:00"), "{reminders}");
    let summary = s.at(now, &["--json", "summary", "--days", "1"]).json();
    assert_eq!(summary["doses"], serde_json::json!({ "taken": 0, "late": 1, "skipped": 0 }));
    let message = s.at(now, &["medicine", "stop", "Metformin", "--reason", "again"]).refused(4);
    assert_eq!(message, "That medicine was not found.");

    let audit = s.at(now, &["audit"]).ok();
    for (words, n) in [
        ("Changed a medicine", 1),
        ("Stopped a medicine", 1),
        ("Corrected a medicine dose", 1),
        ("Deleted a medicine dose", 1),
    ] {
        assert_eq!(lines_with(&audit, words).len(), n, "{words}: {audit}");
    }
}

#[test]
fn a_helper_without_the_medicines_grant_cannot_change_or_stop_a_medicine() {
    let s = family();
    let now = "2026-11-21T09:00:00Z";
    s.at(now, &["--as", "Rashid", "medicine", "add", "Metformin", "--dose", "500 mg", "--times", "08:00"])
        .ok();
    let refused = s
        .at(now, &["--as", "Amina", "--for", "Rashid", "medicine", "stop", "Metformin", "--reason", "x"])
        .refused(3);
    assert!(refused.starts_with("You are not allowed to"), "{refused}");
    let list = s.at(now, &["--as", "Rashid", "--json", "medicine", "list"]).json();
    assert_eq!(list.as_array().map(Vec::len), Some(1), "still taken");
}

#[test]
fn a_home_blood_pressure_check_of_the_wrong_length_is_refused_not_changed() {
    let s = Saathi::new();
    let now = "2026-11-02T06:30:00Z";
    let message = s.at(now, &["bp-check", "start", "--days", "10"]).refused(2);
    assert_eq!(
        message,
        "The number of days for the blood pressure check must be at most 7 days. Nothing was saved."
    );
    let message = s.at(now, &["bp-check", "start", "--days", "3"]).refused(2);
    assert_eq!(
        message,
        "The number of days for the blood pressure check must be at least 4 days. Nothing was saved."
    );
    assert_eq!(message.lines().count(), 1);
    s.at(now, &["bp-check", "status"]).refused(4);
    assert!(s.at(now, &["bp-check", "start", "--days", "4"]).ok().contains("day 1 of 4"));
    assert!(s.at(now, &["bp-check", "start", "--days", "7"]).ok().contains("day 1 of 7"));
}

#[test]
fn weight_typed_in_stones_is_shown_back_in_stones() {
    let s = Saathi::new();
    let out = s.at(NOW, &log(&["weight", "11st4lb"])).ok();
    assert_eq!(out.lines().next(), Some("Saved for Me: Weight, 11 st 4 lb. (Reading 1)"), "{out}");
    let table = s.at(NOW, &["readings"]).ok();
    assert!(table.contains("11 st 4 lb"), "{table}");
    assert!(!table.contains("kg"), "{table}");
    // Typed in kg by a kg person: kg.
    let out = s.at(NOW, &log(&["weight", "72.5"])).ok();
    assert_eq!(out.lines().next(), Some("Saved for Me: Weight, 72.5 kg. (Reading 2)"), "{out}");
}

// 10. Import: all or nothing.

#[test]
fn import_takes_every_row_or_none() {
    let s = Saathi::new();
    let now = "2026-11-08T12:00:00Z";
    let good = s.write(
        "good.csv",
        "time,value,unit,context\n\
         2026-11-01T08:00:00Z,5.5\n\
         2026-11-01T12:00:00Z,7.5,mmol/L,after-meal\n\
         2026-11-01T18:00:00Z,108,mg/dL,before-meal\n",
    );
    let out = s.at(now, &["import", good.to_str().expect("path")]).ok();
    assert_eq!(out, "Imported 3 readings for Me.\n");
    let stored = s.stored(now, &[]);
    assert_eq!(stored.len(), 3);
    assert_eq!(stored[1]["measurement"]["context"], "after-meal");
    assert_eq!(stored[2]["measurement"]["unit"], "mg-per-dl");
    assert!(stored.iter().all(|e| e["meta"]["source"] == "cgm-import"), "{stored:#?}");

    // The third data row is 70 mmol/L: nothing from this file is kept.
    let bad = s.write(
        "bad.csv",
        "time,value\n\
         2026-11-02T08:00:00Z,5.5\n\
         2026-11-02T12:00:00Z,6.0\n\
         2026-11-02T18:00:00Z,70\n\
         2026-11-02T20:00:00Z,6.0\n",
    );
    let message = s.at(now, &["import", bad.to_str().expect("path")]).refused(2);
    // Line 4 of the file: the header is line 1.
    assert!(message.starts_with("Line 4 of the file has a problem, so nothing was imported."), "{message}");
    assert!(message.contains("Blood sugar must be at most 55.0 mmol/L"), "{message}");
    assert!(!message.contains("70"), "the value is not echoed: {message}");
    assert_eq!(s.stored(now, &[]).len(), 3, "nothing from the bad file is stored");

    // A row that cannot be read at all.
    let unreadable = s.write(
        "unreadable.csv",
        "time,value\n2026-11-03T08:00:00Z,5.5\nnot a time,6.0\n2026-11-03T18:00:00Z,7\n",
    );
    let message = s.at(now, &["import", unreadable.to_str().expect("path")]).refused(2);
    assert_eq!(message, "Line 3 of the file could not be read, so nothing was imported.");
    assert_eq!(s.stored(now, &[]).len(), 3, "nothing from the unreadable file is stored");

    let missing = s.path("missing.csv");
    s.at(now, &["import", missing.to_str().expect("path")]).refused(2);
    assert_eq!(s.stored(now, &[]).len(), 3);
}

// 11. A damaged database is kept safe, never overwritten.

#[test]
fn a_damaged_database_is_moved_aside_and_a_new_one_started() {
    let s = Saathi::new();
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&s.db, &garbage).expect("write garbage");

    let message = s.at(NOW, &["readings"]).refused(5);
    let (_, rest) = message.split_once("It has been kept safe at ").expect("names where it was kept");
    let (kept, _) =
        rest.split_once(". Saathi will start a new, empty record").expect("says what happens next");
    let kept = std::path::PathBuf::from(kept);
    assert!(message.starts_with("The saved data was damaged."), "{message}");
    assert_ne!(kept, s.db);
    assert_eq!(kept.parent(), s.db.parent(), "kept beside the database: {message}");
    assert_eq!(bytes(&kept), garbage, "the damaged bytes are kept exactly");
    assert!(!s.db.exists(), "the damaged file was moved, not copied");

    // The next run starts afresh, and leaves the kept file alone.
    assert_eq!(s.at(NOW, &["readings"]).ok(), "No readings for Me in this time.\n");
    assert!(s.at(NOW, &log(&["glucose", "6.0"])).ok().starts_with("Saved for Me"));
    assert_eq!(s.stored(NOW, &[]).len(), 1);
    assert_eq!(bytes(&kept), garbage);
}

// 12. The demo.

#[test]
fn the_full_demo_shows_everything_and_will_not_touch_an_existing_file() {
    let s = Saathi::with_db_name("demo.db");
    let out = s.run_within(Some(NOW), &["demo"], Duration::from_secs(300)).ok();

    // The README's tour, on the database the demo made: its content is found, Amina helps
    // Rashid again (narrower), and Today leads with what to do about the very low sugar.
    let lessons = s.at(NOW, &["--as", "Rashid", "screen", "lessons"]).ok();
    assert!(!lessons.contains("No lessons"), "the demo's pack is where later commands look:\n{lessons}");
    assert!(s.at(NOW, &["--as", "Rashid", "food", "search", "روٹی"]).ok().contains("Roti"));
    let helper = s.at(NOW, &["--as", "Amina", "--for", "Rashid", "screen", "helper"]).ok();
    assert!(helper.contains("Rashid") && !helper.contains("not helping anyone"), "{helper}");
    let today = s.at(NOW, &["--as", "Rashid", "screen", "today"]).ok();
    assert!(today.contains("Please act now") && today.contains("Call 999"), "{today}");
    assert!(!today.contains("Well done"), "never 'well done' above a very low sugar:\n{today}");

    assert_in_order(
        &out,
        &["== A family on one phone ==", "Rashid, 70", "Nasreen, 65", "Amina", "Nurse Shah"],
    );
    assert!(out.contains("210,240 sensor sugar readings"), "numbers are grouped the en-GB way:\n{out}");
    assert_eq!(out.matches("== Summary ==").count(), 4, "three for Rashid, one for Nasreen:\n{out}");
    assert_in_order(
        &out,
        &[
            "== Summary ==\nRashid: the last 7 days",
            "In words:",
            "== Summary ==\nRashid: the last 30 days",
            "In words:",
            "== Summary ==\nRashid: the last 90 days",
            "In words:",
            "== Summary ==\nNasreen: the last 30 days",
        ],
    );
    assert_in_order(
        &out,
        &[
            "== Summary ==\nNasreen: the last 30 days",
            "== A family helper ==",
            "Rashid invites his daughter Amina to help with his readings:",
            "  Invitation code to help Rashid: ",
            "  When it is accepted, they may: see readings, add readings.",
            "Amina types the code into her phone:",
            "  You can now help Rashid.",
            "Amina adds a blood sugar for Rashid:",
            "  Saved for Rashid by Amina: Blood sugar, 6.8 mmol/L, before a meal.",
            "Rashid checks who can see or change his record:",
            "    Nurse Shah may: see shared readings, send lessons and set targets.",
            "    Amina may: see readings, add readings.",
            "Rashid stops Amina's access:",
            "  Amina can no longer see or change your record. Why: stopped by the patient.",
            "Amina tries to add another reading, and is refused:",
            "  Your access to this person's record has ended.",
            "The last 6 entries in Rashid's record of who did what:",
            "Amina       Added a reading",
            "Rashid      Stopped someone's access",
            "Amina       Tried to add a reading, and was not allowed",
            "  The record of who did what is intact (",
            "== Nasreen's home blood pressure check ==",
        ],
    );
    // Amina's reading is in Rashid's record, entered by her.
    let json = s.at(NOW, &["--json", "--as", "Rashid", "readings", "--since", "2026-11-21"]).json();
    let hers: Vec<&Value> =
        json.as_array().expect("readings").iter().filter(|e| e["meta"]["entered_by"] == 3).collect();
    assert_eq!(hers.len(), 1, "{hers:#?}");
    assert_close(&hers[0]["measurement"]["value"], 6.8, "Amina's reading");
    // After the revocation Rashid shared again, narrower: Amina may no longer add readings.
    assert_eq!(
        s.at(NOW, &["--as", "Amina", "helper", "list"]).ok(),
        "People you help:\n  Rashid: you may see readings, get alerts. Until it is stopped.\n"
    );
    assert!(s.at(NOW, &["audit", "--verify"]).ok().starts_with("The record of who did what is intact ("));
    assert_in_order(&out, &["== Nasreen's home blood pressure check ==", "Your home average is "]);
    assert_in_order(
        &out,
        &[
            "== A dangerous reading gets advice at once ==",
            "Blood sugar, 2.6 mmol/L",
            "This is: Very low",
            "Do this now:",
            "Your sugar is very low.",
            "999",
            "Blood pressure, 186/122 mmHg",
            "This is: Very high",
            "Do this now:",
            "Call 999 now",
        ],
    );
    assert_in_order(
        &out,
        &[
            "== A typing slip is refused, and nothing is saved ==",
            "Rashid types 68 instead of 6.8:",
            "  Blood sugar must be at most 55.0 mmol/L. Nothing was saved.",
        ],
    );
    // The slip really was not saved: Rashid's newest sugar is the 2.6.
    let newest =
        s.at(NOW, &["--json", "--as", "Rashid", "readings", "--kind", "glucose", "--limit", "1"]).json();
    assert_close(&newest[0]["measurement"]["value"], 2.6, "Rashid's newest sugar");

    // Again on the same file: refused, and the file is left exactly as it was.
    let before = bytes(&s.db);
    let message = s.at(NOW, &["demo"]).refused(2);
    assert!(message.contains("already exists"), "{message}");
    assert!(message.contains(&s.db.display().to_string()), "{message}");
    assert_eq!(bytes(&s.db), before, "the existing file must not change");
    assert!(s.home_is_empty());
}

#[test]
fn a_short_demo_and_the_command_it_suggests() {
    let s = Saathi::with_db_name("demo.db");
    let out = s.at(NOW, &["demo", "--days", "14"]).ok();
    assert!(out.contains("Logged 14 days in "), "{out}");
    assert!(
        out.contains(&format!("For example: saathi --db {} --as Rashid readings --limit 10", s.db.display()))
    );

    let table = s.at(NOW, &["--as", "Rashid", "readings", "--limit", "10"]).ok();
    assert_eq!(table.lines().count(), 11, "a heading and ten readings:\n{table}");
    let status = s.at(NOW, &["--as", "Nasreen", "bp-check", "status"]).ok();
    assert!(status.starts_with("Home blood pressure check: day "), "{status}");
}

#[test]
fn output_to_a_reader_that_has_gone_is_not_a_crash() {
    let s = Saathi::with_db_name("demo.db");
    s.at(NOW, &["demo", "--days", "14"]).ok();

    // Thousands of sensor readings: far more than a pipe holds, so writing must meet the
    // closed pipe, as with `saathi readings | head`.
    for json in [false, true] {
        let mut args = vec!["--as", "Rashid", "readings", "--since", "2026-11-01"];
        if json {
            args.insert(0, "--json");
        }
        let (mut command, all) = s.command(Some(NOW), &args);
        let mut child = command.spawn().expect("start saathi");
        let mut stdout = child.stdout.take().expect("stdout");
        let mut start = [0u8; 256];
        stdout.read_exact(&mut start).expect("the start of the output");
        drop(stdout);
        let run = finish(child, all, common::COMMAND_LIMIT);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert!(run.stderr.is_empty(), "{}", run.stderr);
    }

    // The demo, stopped reading after its first line, still builds the whole household.
    let d = Saathi::with_db_name("demo.db");
    let (mut command, all) = d.command(Some(NOW), &["demo", "--days", "14"]);
    let mut child = command.spawn().expect("start saathi");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut start = [0u8; 8];
    stdout.read_exact(&mut start).expect("the start of the output");
    drop(stdout);
    let run = finish(child, all, common::COMMAND_LIMIT);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let newest =
        d.at(NOW, &["--json", "--as", "Rashid", "readings", "--kind", "glucose", "--limit", "1"]).json();
    assert_close(&newest[0]["measurement"]["value"], 2.6, "the demo's very low sugar was still logged");
}

// 13. Languages.

#[test]
fn an_unknown_language_is_one_line_and_touches_nothing() {
    let s = Saathi::new();
    let message = s.at(NOW, &["--lang", "xx", "readings"]).refused(2);
    assert_eq!(message, "\"xx\" is not a language Saathi has yet.");
    assert!(!s.db.exists(), "no database is made for a command that was refused");
    let message = s.at(NOW, &["--lang", "xx", "log", "glucose", "6.0"]).refused(2);
    assert!(message.contains("xx"), "{message}");
    assert!(!s.db.exists());
}

#[test]
fn a_person_is_spoken_to_in_their_own_languages() {
    let s = Saathi::new();
    s.at(NOW, &["person", "add", "Abba"]).ok();
    let saved = s.at(NOW, &["person", "languages", "--text", "ur", "--audio", "ur"]).ok();
    assert!(saved.contains("اردو"), "the languages are named in their own script: {saved}");
    // No --lang: Abba's own language, right to left: aligned on the right, and without
    // the isolation marks the phone shells get (a terminal would print them as boxes).
    let out = s.at(NOW, &["log", "glucose", "6.8", "--context", "before-meal"]).ok();
    assert!(out.contains(" 6.8 mmol/L") && !out.contains(['\u{2068}', '\u{2069}']), "{out:?}");
    assert!(out.lines().all(|l| l.chars().count() == 80), "right-aligned to 80 columns: {out:?}");
    assert!(out.contains("کھانے سے پہلے"), "{out}");
    // --lang still wins for one command.
    let english = s.at(NOW, &["--lang", "en-GB", "readings"]).ok();
    assert!(english.contains("Blood sugar"), "{english}");
    // Spoken, with the decimal point as a word, in the language of the voice the device has.
    let spoken = s.at(NOW, &["--speak", "--voices", "ur", "log", "bp", "142/88"]).ok();
    assert!(spoken.contains("🔊 [ur]"), "{spoken}");
    let unknown = s.at(NOW, &["person", "languages", "--text", "xx"]).refused(2);
    assert!(unknown.contains("xx"), "{unknown}");
}

// 14. Family helpers: invitations, logging for someone, revocation.

/// Rashid (a patient) and Amina (his daughter, a family helper).
fn family() -> Saathi {
    let s = Saathi::new();
    s.at(NOW, &["person", "add", "Rashid", "--condition", "type2-diabetes"]).ok();
    s.at(NOW, &["person", "add", "Amina", "--role", "helper"]).ok();
    s
}

/// The people `person` helps, from `--json helper list`.
fn helping(s: &Saathi, now: &str, person: &str) -> Vec<Value> {
    let json = s.at(now, &["--json", "--as", person, "helper", "list"]).json();
    json["helping"].as_array().unwrap_or_else(|| panic!("helping is a list: {json:#}")).clone()
}

/// Everyone `patient` has shared with, from `--json helper list`.
fn sharing(s: &Saathi, now: &str, patient: &str) -> Vec<Value> {
    let json = s.at(now, &["--json", "--as", patient, "helper", "list"]).json();
    json["sharing"].as_array().unwrap_or_else(|| panic!("sharing is a list: {json:#}")).clone()
}

#[test]
fn a_helper_is_invited_logs_for_a_parent_is_revoked_and_is_refused() {
    let s = family();

    // Before any invitation, Amina can do nothing with Rashid's record.
    let message = s.at(NOW, &["--as", "Amina", "--for", "Rashid", "log", "glucose", "6.8"]).refused(3);
    assert_eq!(message, "You are not allowed to add readings for this person.");
    let out = s.at(NOW, &["--as", "Amina", "helper", "list"]).ok();
    assert_eq!(out, "You are not helping anyone at the moment.\n");
    assert_eq!(
        s.at(NOW, &["--as", "Rashid", "helper", "list"]).ok(),
        "No one else can see or change your record.\n"
    );

    let out = s
        .at(
            NOW,
            &[
                "--as",
                "Rashid",
                "helper",
                "invite",
                "--scopes",
                "view-readings,log-readings",
                "--days",
                "30",
                "--window",
                "mon,tue,wed,thu,fri",
                "09:00-17:00",
            ],
        )
        .ok();
    let lines: Vec<&str> = out.lines().collect();
    let code = lines[0].strip_prefix("Invitation code to help Rashid: ").unwrap_or_else(|| panic!("{out}"));
    // Three groups of three, to read aloud or text.
    let groups: Vec<&str> = code.split('-').collect();
    assert!(groups.len() == 3 && groups.iter().all(|g| g.len() == 3), "{code}");
    assert!(code.chars().all(|c| c == '-' || c.is_ascii_digit() || c.is_ascii_uppercase()), "{code}");
    assert!(!code.contains(['I', 'L', 'O', 'U']), "no letters that are easy to confuse: {code}");
    assert_eq!(
        lines[1],
        "Read it aloud or send it by text message. It can be used once, until Mon 23 Nov 2026, 09:00."
    );
    assert_eq!(lines[2], format!("For a QR code: saathi://invite/{}", code.replace('-', "")));
    assert_eq!(lines[3], "When it is accepted, they may: see readings, add readings.");
    assert_eq!(lines[4], "For 30 days after it is accepted.");
    assert_eq!(lines[5], "Only on Mon, Tue, Wed, Thu, Fri, from 09:00 to 17:00.");
    assert_eq!(lines[6], "On what grounds: with permission.");

    // Amina types it as she heard it: small letters, spaces.
    let typed = code.to_lowercase().replace('-', " ");
    let words: Vec<&str> = typed.split(' ').collect();
    let mut args = vec!["--as", "Amina", "helper", "accept"];
    args.extend(&words);
    let out = s.at(NOW, &args).ok();
    assert_eq!(
        out,
        "You can now help Rashid.\nYou may: see readings, add readings.\nUntil Mon 21 Dec 2026, 09:00.\n\
         Only on Mon, Tue, Wed, Thu, Fri, from 09:00 to 17:00.\n"
    );

    // 21 Nov 2026 is a Saturday: outside the window she was given.
    let message = s.at(NOW, &["--as", "Amina", "--for", "Rashid", "log", "glucose", "6.8"]).refused(3);
    assert_eq!(message, "You can add readings for this person only on the days and hours they chose.");
    let monday = "2026-11-23T10:00:00Z";
    let out = s
        .at(
            monday,
            &["--as", "Amina", "--for", "Rashid", "log", "glucose", "6.8", "--context", "before-meal"],
        )
        .ok();
    assert!(
        out.starts_with("Saved for Rashid by Amina: Blood sugar, 6.8 mmol/L, before a meal. (Reading 1)\n"),
        "{out}"
    );
    let json = s.at(monday, &["--json", "--as", "Amina", "--for", "Rashid", "log", "glucose", "7.1"]).json();
    assert_eq!(json["patient"], "Rashid");
    assert_eq!(json["entered_by"], "Amina");
    // Rashid sees who entered them.
    let table = s.at(monday, &["--as", "Rashid", "readings"]).ok();
    assert_eq!(lines_with(&table, "Amina").len(), 2, "{table}");
    assert!(table.lines().next().is_some_and(|h| h.contains("Entered by")), "{table}");
    let stored = s.stored(monday, &["--as", "Rashid"]);
    assert!(stored.iter().all(|e| e["meta"]["entered_by"] == 2), "{stored:#?}");

    // Who can see or change what, from both sides.
    let out = s.at(monday, &["--as", "Rashid", "helper", "list"]).ok();
    assert_eq!(
        out,
        "Who can see or change your record:\n  Amina may: see readings, add readings. Until Mon 21 Dec 2026, 09:00. \
         Only on Mon, Tue, Wed, Thu, Fri, from 09:00 to 17:00. On what grounds: with permission.\n"
    );
    let out = s.at(monday, &["--as", "Amina", "helper", "list"]).ok();
    assert_eq!(
        out,
        "People you help:\n  Rashid: you may see readings, add readings. Until Mon 21 Dec 2026, 09:00. \
         Only on Mon, Tue, Wed, Thu, Fri, from 09:00 to 17:00.\n"
    );
    // Only the patient reads the audit trail and manages sharing.
    s.at(monday, &["--as", "Amina", "--for", "Rashid", "audit"]).refused(3);
    let message = s.at(monday, &["--as", "Amina", "--for", "Rashid", "helper", "list"]).refused(3);
    assert_eq!(message, "Only the person whose record this is can change who can see this record.");
    s.at(monday, &["--as", "Amina", "--for", "Rashid", "helper", "revoke", "Amina"]).refused(3);

    // Rashid stops it, for safeguarding; it takes effect on her very next command.
    let out = s.at(monday, &["--as", "Rashid", "helper", "revoke", "Amina", "--reason", "safeguarding"]).ok();
    assert_eq!(
        out,
        "Amina can no longer see or change your record. Why: stopped to keep the patient safe.\n"
    );
    for args in [
        &["--as", "Amina", "--for", "Rashid", "log", "glucose", "6.8"][..],
        &["--as", "Amina", "--for", "Rashid", "readings"],
    ] {
        let message = s.at(monday, args).refused(3);
        // Never why: a safeguarding revocation is not told to the person it protects against.
        assert_eq!(message, "Your access to this person's record has ended.");
    }
    let out = s.at(monday, &["--as", "Amina", "helper", "list"]).ok();
    assert_eq!(out, "You are not helping anyone at the moment.\n");
    assert!(helping(&s, monday, "Amina").is_empty());
    let json = s.at(monday, &["--json", "--as", "Amina", "helper", "list"]).json();
    assert!(!json.to_string().contains("safeguarding"), "{json}");

    // Rashid sees that it ended, when, and why.
    let out = s.at(monday, &["--as", "Rashid", "helper", "list"]).ok();
    assert_eq!(
        out,
        "Who can see or change your record:\n  Amina could: see readings, add readings. \
         Ended on 23 November 2026: stopped to keep the patient safe.\n"
    );
    let shared = sharing(&s, monday, "Rashid");
    assert_eq!(shared.len(), 1);
    assert_eq!(shared[0]["state"], "revoked");
    assert_eq!(shared[0]["grant"]["revoked"]["reason"], "safeguarding");
    let message = s.at(monday, &["--as", "Rashid", "helper", "revoke", "Amina"]).refused(4);
    assert_eq!(message, "Amina cannot see or change your record now, so there is nothing to stop.");
    s.at(monday, &["--as", "Rashid", "helper", "revoke", "Nobody"]).refused(4);

    // Only the two readings she logged while allowed are stored.
    assert_eq!(s.stored(monday, &["--as", "Rashid"]).len(), 2);
    let audit = s.at(monday, &["--as", "Rashid", "audit"]).ok();
    assert_in_order(
        &audit,
        &[
            "Amina   Tried to add a reading, and was not allowed",
            "Rashid  Made an invitation code",
            "Amina   Accepted an invitation",
            "Amina   Tried to add a reading, and was not allowed",
            "Amina   Added a reading",
            "Amina   Added a reading",
            "Rashid  Stopped someone's access, to keep safe",
            "Amina   Tried to add a reading, and was not allowed",
            "Amina   Tried to look at readings, and was not allowed",
        ],
    );
    assert_eq!(
        s.at(monday, &["audit", "--verify"]).ok(),
        format!("The record of who did what is intact ({} entries).\n", audit.lines().count() - 1)
    );
}

#[test]
fn wrong_used_and_expired_codes_are_refused_and_create_nothing() {
    let s = family();
    s.at(NOW, &["person", "add", "Bilal", "--role", "helper"]).ok();
    let code = invite(&s, NOW, "Rashid", "view-readings", &[]);

    // A misheard character, the wrong length, a character that is not in codes.
    let mut wrong: Vec<char> = code.chars().collect();
    wrong[0] = if wrong[0] == 'A' { 'B' } else { 'A' };
    let wrong: String = wrong.into_iter().collect();
    let cases = [
        (
            wrong.as_str(),
            "That code has a mistake in it: one letter or number was misheard or mistyped. Please check it.",
        ),
        ("ABC-DEF", "An invitation code has 9 letters and numbers. Please check it."),
        ("ABC-DEF-GH!", "An invitation code has only letters and numbers. Please check it."),
    ];
    for (typed, expected) in cases {
        let message = s.at(NOW, &["--as", "Amina", "helper", "accept", typed]).refused(2);
        assert_eq!(message, expected, "for {typed:?}");
        let json = s.at(NOW, &["--json", "--as", "Amina", "helper", "accept", typed]);
        assert_eq!(json.code, Some(2));
        let error: Value = serde_json::from_str(json.stderr.trim()).expect("a JSON error");
        assert_eq!(error["error"], "invalid-invite-code");
    }
    // A well-formed code that was never given out.
    let never = saathi_domain::invite::InviteCode::from_random([1, 2, 3, 4, 5, 6, 7, 8]).grouped();
    let message = s.at(NOW, &["--as", "Amina", "helper", "accept", &never]).refused(4);
    assert_eq!(
        message,
        "There is no invitation with that code. Check it with the person who gave it to you."
    );
    // Rashid cannot accept his own.
    let message = s.at(NOW, &["--as", "Rashid", "helper", "accept", &code]).refused(2);
    assert_eq!(
        message,
        "You cannot accept your own invitation. Give the code to the person who will help you."
    );
    assert!(helping(&s, NOW, "Amina").is_empty());
    assert!(sharing(&s, NOW, "Rashid").is_empty(), "no grant from any refused code");

    // Used once; a second time, by anyone, is refused.
    s.at(NOW, &["--as", "Amina", "helper", "accept", &code]).ok();
    for who in ["Amina", "Bilal"] {
        let message = s.at(NOW, &["--as", who, "helper", "accept", &code]).refused(2);
        assert_eq!(message, "That invitation has already been used. Ask for a new one.");
    }
    assert_eq!(sharing(&s, NOW, "Rashid").len(), 1);
    assert!(helping(&s, NOW, "Bilal").is_empty());

    // A code lasts 48 hours.
    let code = invite(&s, NOW, "Rashid", "view-readings", &[]);
    let message = s.at("2026-11-23T09:00:00Z", &["--as", "Bilal", "helper", "accept", &code]).refused(2);
    assert_eq!(message, "That invitation has expired. Ask for a new one.");
    assert!(helping(&s, "2026-11-23T09:00:00Z", "Bilal").is_empty());
    assert_eq!(sharing(&s, "2026-11-23T09:00:00Z", "Rashid").len(), 1);
    // Just before, it works.
    s.at("2026-11-23T08:59:59Z", &["--as", "Bilal", "helper", "accept", &code]).ok();
    assert_eq!(helping(&s, "2026-11-23T08:59:59Z", "Bilal").len(), 1);

    // Only a patient invites, and only for their own record; invitations need something
    // to allow, and sensible hours.
    let message = s
        .at(NOW, &["--as", "Amina", "--for", "Rashid", "helper", "invite", "--scopes", "view-readings"])
        .refused(3);
    assert_eq!(message, "Only the person whose record this is can change who can see this record.");
    let message = s
        .at(
            NOW,
            &[
                "--as",
                "Rashid",
                "helper",
                "invite",
                "--scopes",
                "view-readings",
                "--window",
                "mon",
                "17:00-09:00",
            ],
        )
        .refused(2);
    assert_eq!(message, "The days and hours is not one of the choices. Nothing was saved.");
    let message = s
        .at(
            NOW,
            &[
                "--as",
                "Rashid",
                "helper",
                "invite",
                "--scopes",
                "view-readings",
                "--window",
                "someday",
                "09:00-17:00",
            ],
        )
        .refused(2);
    assert_eq!(message, "Write the days and hours like this: mon,tue,wed,thu,fri 09:00-17:00.");
}

// 15. The audit trail cannot be changed without it showing.

#[test]
fn audit_verify_passes_on_an_intact_record_and_fails_after_tampering() {
    let s = family();
    s.at(NOW, &["--as", "Rashid", "log", "glucose", "6.0"]).ok();
    let code = invite(&s, NOW, "Rashid", "view-readings", &[]);
    s.at(NOW, &["--as", "Amina", "helper", "accept", &code]).ok();
    s.at(NOW, &["--as", "Amina", "--for", "Rashid", "readings"]).ok();

    let out = s.at(NOW, &["audit", "--verify"]).ok();
    assert_eq!(out, "The record of who did what is intact (4 entries).\n");
    // Anyone may check it: it says nothing about anyone's record.
    assert_eq!(s.at(NOW, &["--as", "Amina", "audit", "--verify"]).ok(), out);
    let json = s.at(NOW, &["--json", "audit", "--verify"]).json();
    assert_eq!(json, serde_json::json!({ "intact": true, "entries": 4 }));

    // Someone with the file changes what an entry says: "Looked at readings" becomes "Added a reading".
    {
        let db = rusqlite::Connection::open(&s.db).expect("open the database");
        db.execute_batch("DROP TRIGGER audit_log_no_update").expect("drop the trigger");
        let changed = db
            .execute("UPDATE audit_log SET action = 'log' WHERE action = 'view-readings'", [])
            .expect("tamper");
        assert_eq!(changed, 1);
    }
    let message = s.at(NOW, &["audit", "--verify"]).refused(6);
    assert_eq!(message, "The record of who did what has been changed: entry 4 is not as it was written.");
    let run = s.at(NOW, &["--json", "audit", "--verify"]);
    assert_eq!(run.code, Some(6));
    assert!(run.stdout.is_empty(), "{run:?}");
    let error: Value = serde_json::from_str(run.stderr.trim()).expect("a JSON error");
    assert_eq!(error["error"], "audit-changed");
    assert_eq!(error["where"], serde_json::json!({ "problem": "altered", "id": 4 }));

    // Removing the last entry is caught too.
    let t = Saathi::new();
    t.at(NOW, &log(&["glucose", "6.0"])).ok();
    t.at(NOW, &log(&["glucose", "6.5"])).ok();
    t.at(NOW, &["audit", "--verify"]).ok();
    {
        let db = rusqlite::Connection::open(&t.db).expect("open the database");
        db.execute_batch("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2")
            .expect("tamper");
    }
    let message = t.at(NOW, &["audit", "--verify"]).refused(6);
    assert_eq!(
        message,
        "The record of who did what has been changed: its last entries were removed. Only 1 of 2 is left."
    );
}

// 16. PINs on a shared phone.

#[test]
fn a_pin_is_needed_once_set_and_a_wrong_one_opens_nothing() {
    let s = family();
    s.at(NOW, &["--as", "Rashid", "log", "glucose", "6.0"]).ok();
    let message = s.at(NOW, &["--as", "Rashid", "person", "pin", "set", "12"]).refused(2);
    assert_eq!(message, "The PIN must be at least 4 digits. Nothing was saved.");
    let out = s.at(NOW, &["--as", "Rashid", "person", "pin", "set", "1234"]).ok();
    assert_eq!(out, "The PIN for Rashid is set. From now on, give it with --pin (or SAATHI_PIN).\n");

    let message = s.at(NOW, &["--as", "Rashid", "readings"]).refused(3);
    assert_eq!(message, "This profile has a PIN. Please enter it.");
    let run = s.at(NOW, &["--json", "--as", "Rashid", "readings"]);
    assert_eq!(run.code, Some(3));
    let error: Value = serde_json::from_str(run.stderr.trim()).expect("a JSON error");
    assert_eq!(error["error"], "pin-required");
    // A wrong PIN opens nothing and saves nothing.
    let message = s.at(NOW, &["--as", "Rashid", "--pin", "9999", "log", "glucose", "7.0"]).refused(3);
    assert_eq!(message, "That PIN is not right. Nothing was opened.");
    // The right one works, as --pin or SAATHI_PIN.
    let table = s.at(NOW, &["--as", "Rashid", "--pin", "1234", "readings"]).ok();
    assert_eq!(table.lines().count(), 2, "one reading, the first:\n{table}");
    let (mut command, all) = s.command(Some(NOW), &["--as", "Rashid", "readings"]);
    command.env("SAATHI_PIN", "1234");
    let run = finish(command.spawn().expect("start saathi"), all, common::COMMAND_LIMIT);
    assert_eq!(run.ok(), table);
    // Others without a PIN are not affected; a PIN given to them is not needed.
    s.at(NOW, &["--as", "Amina", "helper", "list"]).ok();
    s.at(NOW, &["--as", "Amina", "--pin", "1234", "helper", "list"]).ok();

    // A private session needs the PIN, and a PIN to have at all.
    let message = s.at(NOW, &["--as", "Rashid", "--private", "helper", "list"]).refused(3);
    assert_eq!(message, "This profile has a PIN. Please enter it.");
    let out = s.at(NOW, &["--as", "Rashid", "--pin", "1234", "--private", "helper", "list"]).ok();
    assert_eq!(out, "No one else can see or change your record.\n");
    let message = s.at(NOW, &["--as", "Amina", "--private", "helper", "list"]).refused(3);
    assert_eq!(message, "Set a PIN for this profile first.");

    // Three wrong tries in a row, then a wait, even for the right PIN.
    for _ in 0..3 {
        s.at(NOW, &["--as", "Rashid", "--pin", "0000", "readings"]).refused(3);
    }
    let message = s.at(NOW, &["--as", "Rashid", "--pin", "1234", "readings"]).refused(3);
    // The wait is counted on the app's clock (here --now): 30 seconds, said as 1 minute.
    assert_eq!(message, "Too many wrong PINs. Please wait 1 minute and try again.");
    let later = "2026-11-21T09:01:00Z";
    s.at(later, &["--as", "Rashid", "--pin", "1234", "readings"]).ok();

    // Changing and removing it needs it.
    s.at(later, &["--as", "Rashid", "person", "pin", "clear"]).refused(3);
    let out = s.at(later, &["--as", "Rashid", "--pin", "1234", "person", "pin", "clear"]).ok();
    assert_eq!(out, "The PIN for Rashid is removed.\n");
    s.at(later, &["--as", "Rashid", "readings"]).ok();
    let audit = s.at(later, &["--as", "Rashid", "audit"]).ok();
    assert_eq!(lines_with(&audit, "A wrong PIN was entered").len(), 4, "{audit}");
    assert_eq!(lines_with(&audit, "Set or changed the PIN").len(), 1, "{audit}");
    assert_eq!(lines_with(&audit, "Removed the PIN").len(), 1, "{audit}");
    assert_eq!(s.stored(later, &["--as", "Rashid"]).len(), 1, "the wrong PIN's reading was not saved");
}

#[test]
fn reminders_list_what_goes_off_next_and_what_is_missed_and_screens_show_them() {
    let s = Saathi::new();
    s.at(
        "2026-11-21T06:00:00Z",
        &["medicine", "add", "Metformin", "--dose", "500 mg", "--times", "08:00,20:00"],
    )
    .ok();
    let out = s.at("2026-11-21T07:00:00Z", &["reminders", "--hours", "30"]).ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Reminders to come:");
    assert!(
        lines[1].starts_with("Sat 21 Nov 2026, 08:00")
            && lines[1].ends_with("Time for your Metformin, 500 mg."),
        "{out}"
    );
    assert!(lines[2].starts_with("Sat 21 Nov 2026, 20:00"), "{out}");
    assert!(lines[3].starts_with("Sun 22 Nov 2026, 08:00"), "{out}");
    assert_eq!(lines.len(), 7, "three doses within 30 hours, then the one due within the hour:\n{out}");
    assert_eq!(lines[5], "Due or missed now:");
    assert!(lines[6].starts_with("Sat 21 Nov 2026, 08:00"), "due from an hour before: {out}");

    // At 10:30 the 08:00 dose is missed: the reminders say so, and Today asks for it.
    let out = s.at("2026-11-21T10:30:00Z", &["reminders"]).ok();
    assert!(
        out.contains("Due or missed now:") && out.contains("You have not taken your Metformin, 500 mg, yet."),
        "{out}"
    );
    let today = s.at("2026-11-21T10:30:00Z", &["screen", "today"]).ok();
    assert!(today.contains(" !! Metformin 500 mg at 08:00 has not been taken."), "{today}");
    assert!(today.contains("[1] I have taken it"), "{today}");
    // Once taken, it is done.
    s.at("2026-11-21T10:31:00Z", &["medicine", "dose", "Metformin", "--time", "08:00", "--status", "late"])
        .ok();
    let out = s.at("2026-11-21T10:32:00Z", &["reminders"]).ok();
    assert!(!out.contains("Due or missed now:"), "{out}");
    // Nothing in zero hours is a usage error.
    let err = s.at("2026-11-21T10:32:00Z", &["reminders", "--hours", "0"]).refused(2);
    assert!(!err.is_empty());
}

#[test]
fn a_command_clap_cannot_parse_is_one_line_in_the_persons_language_without_what_was_typed() {
    let s = Saathi::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &["log", "glucose", "5", "--context", "lunch"],
            "--context must be one of: fasting, before-meal, after-meal, bedtime, random, before-suhoor, after-iftar.",
        ),
        (&["summary", "--days", "-3"], "That command was not understood. See saathi --help."),
        (&["log", "glucose"], "That command was not understood. See saathi --help."),
        (&["log", "bp", "120/80", "--arm", "middle"], "--arm must be one of: left, right."),
    ];
    for (typed, expected) in cases {
        let message = s.at(NOW, typed).refused(2);
        assert_eq!(&message, expected, "for {typed:?}");
        assert!(!message.contains("lunch") && !message.contains("-3") && !message.contains("middle"));
    }
    let urdu = s.at(NOW, &["--lang", "ur", "log", "glucose", "5", "--context", "lunch"]).refused(2);
    assert!(urdu.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{urdu}");
    assert!(!s.path("x.db").exists(), "refused before any database was opened");
}

#[test]
fn dealing_with_a_dangerous_reading_is_noted_only_for_a_reading_that_exists() {
    let s = Saathi::new();
    let out = s.at(NOW, &log(&["glucose", "2.6", "--context", "before-meal"])).ok();
    assert!(out.contains("(Reading 1)"), "{out}");
    let said = s.at(NOW, &["dealing-with", "glucose", "1"]).ok();
    assert_eq!(said, "You are dealing with reading 1: your helpers will not be told of it.\n");
    // A reading number that is not theirs is refused, not silently noted.
    let err = s.at(NOW, &["dealing-with", "glucose", "99"]).refused(4);
    assert_eq!(err.lines().count(), 1, "{err}");
}
