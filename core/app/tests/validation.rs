//! Implausible entries are refused with the field and limit, nothing is stored or audited,
//! and the error never repeats the value typed.

mod common;

use chrono::Duration;

use common::*;
use saathi_core::{Error, LogOptions};
use saathi_domain::ValidationError;
use saathi_domain::message::Arg;
use saathi_domain::person::Role;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::{Activity, GlucoseContext, Measurement, Weight};
use saathi_domain::units::{Hba1cUnit, StonesPounds};

struct Case {
    what: &'static str,
    m: Measurement,
    /// Minutes after now the reading claims to be taken (`None`: now).
    ahead: Option<Duration>,
    expected: ValidationError,
    /// The value as typed: none of these may appear in the error's text or debug form.
    typed: &'static [&'static str],
}

fn below(field: Field, min: f64, unit: &'static str) -> ValidationError {
    ValidationError::BelowMin { field, min, unit }
}

fn above(field: Field, max: f64, unit: &'static str) -> ValidationError {
    ValidationError::AboveMax { field, max, unit }
}

fn cases() -> Vec<Case> {
    use GlucoseContext::Random;
    let c = |what, m, expected, typed| Case { what, m, ahead: None, expected, typed };
    vec![
        c("glucose 0.4 mmol/L", mmol(0.4, Random), below(Field::Glucose, 0.5, "mmol/L"), &["0.4"]),
        c("glucose 56 mmol/L", mmol(56.0, Random), above(Field::Glucose, 55.0, "mmol/L"), &["56"]),
        c("glucose 9 mg/dL", mg(9.0, Random), below(Field::Glucose, 10.0, "mg/dL"), &["9"]),
        c("glucose 1001 mg/dL", mg(1001.0, Random), above(Field::Glucose, 1000.0, "mg/dL"), &["1001"]),
        c("glucose NaN", mmol(f64::NAN, Random), ValidationError::NotANumber { field: Field::Glucose }, &[]),
        c("BP 120/120", bp(120, 120, None), ValidationError::DiastolicNotBelowSystolic, &["120"]),
        c("BP 301/80", bp(301, 80, None), above(Field::Systolic, 300.0, "mmHg"), &["301", "80"]),
        c("BP 69/45", bp(69, 45, None), below(Field::Systolic, 70.0, "mmHg"), &["69", "45"]),
        c("BP 130/39", bp(130, 39, None), below(Field::Diastolic, 40.0, "mmHg"), &["130", "39"]),
        c("BP 200/181", bp(200, 181, None), above(Field::Diastolic, 180.0, "mmHg"), &["200", "181"]),
        c("pulse 24", bp(120, 80, Some(24)), below(Field::Pulse, 25.0, "/min"), &["24", "120"]),
        c("pulse 251", bp(120, 80, Some(251)), above(Field::Pulse, 250.0, "/min"), &["251", "120"]),
        c("weight 19 kg", kg(19.0), below(Field::Weight, 20.0, "kg"), &["19"]),
        c("weight 351 kg", kg(351.0), above(Field::Weight, 350.0, "kg"), &["351"]),
        c(
            "weight 2 st 10 lb",
            Measurement::Weight(Weight::from_stones_pounds(StonesPounds { stones: 2, pounds: 10.0 })),
            below(Field::Weight, 20.0, "kg"),
            &["16.8", "16.9"],
        ),
        c("HbA1c 2.9 %", hba1c(2.9, Hba1cUnit::Percent), below(Field::Hba1c, 3.0, "%"), &["2.9"]),
        c("HbA1c 25.5 %", hba1c(25.5, Hba1cUnit::Percent), above(Field::Hba1c, 25.0, "%"), &["25.5"]),
        c(
            "HbA1c 8 mmol/mol",
            hba1c(8.0, Hba1cUnit::MmolPerMol),
            below(Field::Hba1c, 9.0, "mmol/mol"),
            &["8"],
        ),
        c(
            "HbA1c 240 mmol/mol",
            hba1c(240.0, Hba1cUnit::MmolPerMol),
            above(Field::Hba1c, 239.0, "mmol/mol"),
            &["240"],
        ),
        c(
            "activity with neither minutes nor steps",
            Measurement::Activity(Activity { minutes: None, kind: None, intensity: None, steps: None }),
            ValidationError::Missing { field: Field::ActivityMinutes },
            &[],
        ),
        c("activity 0 minutes", walk(Some(0), None), below(Field::ActivityMinutes, 1.0, "min"), &[]),
        c(
            "activity 1441 minutes",
            walk(Some(1441), None),
            above(Field::ActivityMinutes, 1440.0, "min"),
            &["1441"],
        ),
        c("steps 200001", walk(None, Some(200_001)), above(Field::Steps, 200_000.0, "steps"), &["200001"]),
        Case {
            what: "a time 5 minutes and 1 second ahead",
            m: mmol(6.3, Random),
            ahead: Some(Duration::minutes(5) + Duration::seconds(1)),
            expected: ValidationError::InFuture { field: Field::TakenAt, tolerance_minutes: 5 },
            typed: &["6.3"],
        },
        Case {
            what: "a time in 1900 (a year left blank)",
            m: mmol(6.4, Random),
            ahead: Some(gmt(1900, 1, 1, 8, 0) - gmt(2026, 11, 21, 12, 0)),
            expected: ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2000 },
            typed: &["6.4", "1900"],
        },
        Case {
            what: "a time a second before 2000",
            m: bp(132, 78, None),
            ahead: Some(gmt(1999, 12, 31, 23, 59) + Duration::seconds(59) - gmt(2026, 11, 21, 12, 0)),
            expected: ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2000 },
            typed: &["132", "78", "1999"],
        },
        Case {
            what: "a time tomorrow",
            m: bp(131, 79, None),
            ahead: Some(Duration::days(1)),
            expected: ValidationError::InFuture { field: Field::TakenAt, tolerance_minutes: 5 },
            typed: &["131", "79"],
        },
    ]
}

#[test]
fn implausible_entries_are_refused_naming_field_and_limit_and_nothing_is_stored() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    // Something already there, so "unchanged" is not just "empty".
    s.log(asha.id, mmol(6.0, GlucoseContext::Fasting), taken(gmt(2026, 11, 21, 7, 0))).expect("log");
    let before_readings = readings(&s, &asha);
    let before_trail = trail(&env, &asha);
    let before_summary = s.summary_days(asha.id, 7).expect("summary");

    for case in cases() {
        let opts = LogOptions { taken: case.ahead.map(|d| env.now() + d), ..LogOptions::default() };
        let result = s.log(asha.id, case.m, opts);
        let err = match result {
            Err(Error::Invalid(e)) => {
                assert_eq!(e, case.expected, "{}", case.what);
                Error::Invalid(e)
            }
            other => panic!("{}: expected Error::Invalid, got {other:?}", case.what),
        };
        let (text, debug) = (format!("{err}"), format!("{err:?}"));
        for typed in case.typed {
            assert!(!text.contains(typed), "{}: {text:?} repeats {typed}", case.what);
            assert!(!debug.contains(typed), "{}: {debug:?} repeats {typed}", case.what);
        }
        let messages = err.messages();
        assert_eq!(messages.len(), 1, "{}", case.what);
        let field = match case.expected {
            ValidationError::DiastolicNotBelowSystolic | ValidationError::InFuture { .. } => None,
            ValidationError::TooEarly { .. } => Some(Arg::Term("field-taken-at".into())),
            e => Some(Arg::Term(format!("field-{}", e.field().code()))),
        };
        assert_eq!(messages[0].arg("field"), field.as_ref(), "{}", case.what);
        assert_eq!(readings(&s, &asha), before_readings, "{}: nothing stored", case.what);
        assert_eq!(trail(&env, &asha), before_trail, "{}: nothing audited", case.what);
    }
    assert_eq!(s.summary_days(asha.id, 7).expect("summary"), before_summary);
}

#[test]
fn limits_are_inclusive_and_a_little_clock_drift_is_allowed() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let ok = [
        mmol(0.5, GlucoseContext::Random),
        mmol(55.0, GlucoseContext::Random),
        mg(10.0, GlucoseContext::Random),
        mg(1000.0, GlucoseContext::Random),
        bp(70, 40, Some(25)),
        bp(300, 180, Some(250)),
        bp(120, 119, None),
        kg(20.0),
        kg(350.0),
        hba1c(3.0, Hba1cUnit::Percent),
        hba1c(239.0, Hba1cUnit::MmolPerMol),
        walk(None, Some(0)),
        walk(Some(1440), None),
    ];
    for (i, m) in ok.iter().enumerate() {
        let t = env.now() - Duration::minutes(i as i64 + 1);
        s.log(asha.id, *m, taken(t)).unwrap_or_else(|e| panic!("{m:?} should be accepted: {e:?}"));
    }
    let drift = env.now() + Duration::minutes(5);
    s.log(asha.id, mmol(6.0, GlucoseContext::Random), taken(drift)).expect("5 minutes ahead is drift");
    s.log(asha.id, hba1c(53.0, Hba1cUnit::MmolPerMol), taken(gmt(2000, 1, 1, 0, 0)))
        .expect("the first moment of 2000 is the earliest allowed");
    assert_eq!(readings(&s, &asha).len(), ok.len() + 2);
}

#[test]
fn nothing_is_dated_before_the_patient_was_born() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let young = env
        .app
        .add_person(saathi_domain::person::NewPerson {
            name: "Zara".into(),
            role: Role::Patient,
            birth_year: Some(2005),
            conditions: vec![],
            units: Default::default(),
        })
        .expect("add");
    let s = env.session(&young);
    let e = invalid(s.log(young.id, kg(60.0), taken(gmt(2004, 12, 31, 12, 0))));
    assert_eq!(e, ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2005 });
    s.log(young.id, kg(60.0), taken(gmt(2005, 1, 1, 12, 0))).expect("in the year of birth");
    assert_eq!(readings(&s, &young).len(), 1);
}

#[test]
fn validation_messages_give_the_limit_in_the_unit_typed() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let err = s.log(asha.id, mmol(0.4, GlucoseContext::Random), LogOptions::default()).expect_err("too low");
    let m = &err.messages()[0];
    assert_eq!(m.key, "error-below-min");
    assert_eq!(m.arg("field"), Some(&Arg::Term("field-glucose".into())));
    assert_eq!(m.arg("limit"), Some(&Arg::Decimal { value: 0.5, places: 1 }));
    assert_eq!(m.arg("unit"), Some(&Arg::Term("unit-mmol-per-l".into())));

    let err =
        s.log(asha.id, mg(1001.0, GlucoseContext::Random), LogOptions::default()).expect_err("too high");
    let m = &err.messages()[0];
    assert_eq!(m.key, "error-above-max");
    assert_eq!(m.arg("limit"), Some(&Arg::Decimal { value: 1000.0, places: 0 }));
    assert_eq!(m.arg("unit"), Some(&Arg::Term("unit-mg-per-dl".into())));

    let future = taken(env.now() + Duration::hours(1));
    let err = s.log(asha.id, kg(70.0), future).expect_err("future");
    assert_eq!(err.messages()[0].key, "error-in-future");
    assert_eq!(err.messages()[0].arg("minutes"), Some(&Arg::Int(5)));
}
