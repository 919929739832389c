//! Properties of logging glucose through the whole stack: whatever is typed, a reading is
//! either stored and judged exactly as the domain's bands say, or refused exactly when it
//! is implausible, and what is stored is what succeeded.

mod common;

use std::cell::Cell;

use chrono::Duration;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;

use common::*;
use saathi_core::{Assessment, Error, LogOptions};
use saathi_domain::ValidationError;
use saathi_domain::bands::glucose_band;
use saathi_domain::grants::Scope;
use saathi_domain::person::Role;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::GlucoseContext;
use saathi_domain::targets::TargetMetric;

fn context() -> impl Strategy<Value = GlucoseContext> {
    proptest::sample::select(GlucoseContext::ALL.to_vec())
}

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => 0.0..=60.0f64,
        // The edges, where off-by-one mistakes live.
        1 => proptest::sample::select(vec![0.0, 0.49, 0.5, 2.95, 2.99, 3.0, 3.95, 4.0, 7.0, 7.05, 16.65, 16.7, 55.0, 55.01, 60.0]),
    ]
}

/// An optional clinician's before-meal range: low in [4, 6], high above it, up to 16.6.
fn override_range() -> impl Strategy<Value = Option<(f64, f64)>> {
    proptest::option::of(
        (40u32..=60)
            .prop_flat_map(|low| (Just(low), (low + 1)..=166))
            .prop_map(|(l, h)| (f64::from(l) / 10.0, f64::from(h) / 10.0)),
    )
}

#[test]
fn logging_glucose_stores_and_judges_exactly_what_is_plausible() {
    // One database for all cases (opening and migrating one per case is most of the time);
    // each case has a patient of its own, so cases do not see each other's readings.
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let dr = env.person("Dr Rao", Role::Clinician);
    let case = Cell::new(0);
    let mut runner = TestRunner::new(ProptestConfig { cases: 64, ..ProptestConfig::default() });
    let inputs = (proptest::collection::vec((value(), context()), 1..8), override_range());
    let result = runner.run(&inputs, |(entries, target)| {
        case.set(case.get() + 1);
        let asha = env.person(&format!("Patient {}", case.get()), Role::Patient);
        let s = env.session(&asha);
        if let Some((low, high)) = target {
            env.share(&asha, &dr, &[Scope::AssignContent]);
            env.session(&dr)
                .set_target(asha.id, TargetMetric::GlucoseBeforeMeal, Some(low), high, None, None)
                .expect("a valid target");
        }
        let targets = s.targets(asha.id).expect("targets");

        let mut stored = 0;
        for (i, (v, context)) in entries.iter().enumerate() {
            let opts =
                LogOptions { taken: Some(env.now() - Duration::minutes(i as i64)), ..LogOptions::default() };
            let plausible = (0.5..=55.0).contains(v);
            match s.log(asha.id, mmol(*v, *context), opts) {
                Ok(logged) => {
                    prop_assert!(plausible, "{v} was stored");
                    stored += 1;
                    let range = targets.glucose_for(*context).value;
                    let expected = glucose_band(*v, range.low, range.high);
                    match logged.assessment {
                        Some(Assessment::Glucose(a)) => {
                            prop_assert_eq!(a.band, expected, "{} {:?}", v, context)
                        }
                        other => prop_assert!(false, "no glucose assessment: {:?}", other),
                    }
                }
                Err(Error::Invalid(e)) => {
                    prop_assert!(!plausible, "{v} was refused: {e:?}");
                    let expected = if *v < 0.5 {
                        ValidationError::BelowMin { field: Field::Glucose, min: 0.5, unit: "mmol/L" }
                    } else {
                        ValidationError::AboveMax { field: Field::Glucose, max: 55.0, unit: "mmol/L" }
                    };
                    prop_assert_eq!(e, expected);
                }
                Err(other) => prop_assert!(false, "unexpected error {:?}", other),
            }
        }
        let listed = readings(&s, &asha);
        prop_assert_eq!(listed.len(), stored);
        for e in &listed {
            let range = targets
                .glucose_for(match e.measurement {
                    saathi_domain::reading::Measurement::Glucose(g) => g.context,
                    _ => unreachable!("only glucose was logged"),
                })
                .value;
            let band = match (&e.measurement, &e.assessment) {
                (saathi_domain::reading::Measurement::Glucose(g), Some(Assessment::Glucose(a))) => {
                    (glucose_band(g.value, range.low, range.high), a.band)
                }
                other => panic!("unexpected entry {other:?}"),
            };
            prop_assert_eq!(band.0, band.1, "the list judges as logging did");
        }
        let logs = trail(&env, &asha).iter().filter(|e| e.action == "log").count();
        prop_assert_eq!(logs, stored, "one audit row per stored reading");
        let count =
            s.summary_days(asha.id, 1).expect("summary").glucose.map_or(0, |g| g.overall.count as usize);
        prop_assert_eq!(count, stored);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
