//! Summaries count past days' glucose from tallies the store keeps between summaries. Here,
//! through the whole stack: whatever is logged, corrected or deleted, whenever targets
//! change and the clock moves (over the change to BST, on UK and Pakistan clocks), every
//! summary is exactly the one made by counting every reading, field for field.

mod common;

use std::cell::Cell;

use chrono::{DateTime, Duration, FixedOffset, Utc};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;

use common::*;
use saathi_core::{LogOptions, Session};
use saathi_domain::grants::Scope;
use saathi_domain::person::{Person, Role};
use saathi_domain::reading::{GlucoseContext, ReadingKind, RecordId};
use saathi_domain::summary::{Summary, SummaryInput, summarise, tally_glucose};
use saathi_domain::targets::TargetMetric;
use saathi_domain::time::Period;
use saathi_store::{Store, readings};

/// The summary of `period` made from every reading in it (what `Session::summary` did
/// before day tallies were kept), read through a connection of its own.
fn from_every_reading(env: &Env, s: &Session, patient: &Person, period: Period) -> Summary {
    let store = Store::open(env.db_path()).expect("a second connection");
    let conn = store.conn();
    let targets = s.targets(patient.id).expect("targets");
    let (id, from, to) = (patient.id, period.from, period.to);
    let glucose = readings::glucose_points(conn, id, from, to).expect("glucose");
    let now = env.now();
    let (first_day, last_day) = period.local_dates(now.offset().local_minus_utc());
    summarise(&SummaryInput {
        period,
        first_day,
        last_day,
        today: now.date_naive(),
        targets: &targets,
        weight_unit: patient.units.weight,
        glucose: &tally_glucose(&glucose, &targets),
        bp: &readings::bp_points(conn, id, from, to).expect("bp"),
        weight: &readings::weight_points(conn, id, from, to).expect("weight"),
        hba1c: &readings::hba1c_points(conn, id, from, to).expect("hba1c"),
        activity: &readings::activity_points(conn, id, from, to).expect("activity"),
        doses: &readings::dose_points(conn, id, from, to).expect("doses"),
        bp_check: None,
    })
}

/// The UK's clock at `t`: BST from 01:00 UTC on 29 March 2026.
fn uk_clock(t: DateTime<Utc>) -> FixedOffset {
    if t >= gmt(2026, 3, 29, 1, 0) { zone(1) } else { zone(0) }
}

#[derive(Debug, Clone)]
enum Op {
    /// A glucose reading `ago` minutes before now, on a clock `zone` hours east of UTC.
    Log {
        ago: i64,
        zone: i32,
        tenths: u32,
        context: GlucoseContext,
    },
    Bp {
        ago: i64,
    },
    Correct {
        which: usize,
        ago: i64,
        tenths: u32,
    },
    Delete {
        which: usize,
    },
    /// A clinician sets the range for random readings.
    Target {
        low: u32,
        high: u32,
    },
    /// The clock moves on by this many minutes.
    Wait {
        minutes: i64,
    },
    Summary {
        days: u32,
    },
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    let ago = 0i64..40 * 24 * 60;
    let op = prop_oneof![
        8 => (ago.clone(), proptest::sample::select(vec![0, 1, 5]), 25u32..=220,
              proptest::sample::select(GlucoseContext::ALL.to_vec()))
            .prop_map(|(ago, zone, tenths, context)| Op::Log { ago, zone, tenths, context }),
        1 => ago.clone().prop_map(|ago| Op::Bp { ago }),
        1 => (any::<usize>(), ago, 25u32..=220).prop_map(|(which, ago, tenths)| Op::Correct { which, ago, tenths }),
        1 => any::<usize>().prop_map(|which| Op::Delete { which }),
        1 => (40u32..=60, 80u32..=140).prop_map(|(low, high)| Op::Target { low, high }),
        2 => (0i64..3 * 24 * 60).prop_map(|minutes| Op::Wait { minutes }),
        3 => proptest::sample::select(vec![1, 7, 14, 30, 90]).prop_map(|days| Op::Summary { days }),
    ];
    proptest::collection::vec(op, 1..40)
}

#[test]
fn summaries_with_kept_day_tallies_are_summaries_of_every_reading() {
    // Ten days before the clocks go forward (29 March 2026), in GMT.
    let env = Env::new(gmt(2026, 3, 19, 9, 0));
    let start = env.now();
    let dr = env.person("Dr Rao", Role::Clinician);
    let case = Cell::new(0);
    let mut runner = TestRunner::new(ProptestConfig { cases: 24, ..ProptestConfig::default() });
    let result = runner.run(&ops(), |ops| {
        case.set(case.get() + 1);
        env.set_now(start);
        let asha = env.person(&format!("Patient {}", case.get()), Role::Patient);
        env.share(&asha, &dr, &[Scope::AssignContent]);
        let s = env.session(&asha);
        let mut logged: Vec<RecordId> = Vec::new();
        let mut ops = ops;
        ops.push(Op::Summary { days: 90 });
        for op in ops {
            let now = env.now();
            let uk = uk_clock(now.with_timezone(&Utc));
            let before = |ago: i64, z: FixedOffset| (now - Duration::minutes(ago)).with_timezone(&z);
            match op {
                Op::Log { ago, zone: z, tenths, context } => {
                    let z = if z == 0 { uk } else { zone(z) };
                    let opts = LogOptions { taken: Some(before(ago, z)), ..LogOptions::default() };
                    let l = s.log(asha.id, mmol(f64::from(tenths) / 10.0, context), opts).expect("log");
                    logged.push(l.record);
                }
                Op::Bp { ago } => {
                    s.log(asha.id, bp(130, 80, None), taken(before(ago, uk))).expect("bp");
                }
                Op::Correct { which, ago, tenths } if !logged.is_empty() => {
                    let record = logged[which % logged.len()];
                    let m = mmol(f64::from(tenths) / 10.0, GlucoseContext::Random);
                    s.correct(asha.id, record, m, "misread", Some(before(ago, uk))).expect("correct");
                }
                Op::Delete { which } if !logged.is_empty() => {
                    let record = logged.remove(which % logged.len());
                    s.delete(asha.id, ReadingKind::Glucose, record, "not mine").expect("delete");
                }
                Op::Correct { .. } | Op::Delete { .. } => {}
                Op::Target { low, high } => {
                    let (low, high) = (f64::from(low) / 10.0, f64::from(high) / 10.0);
                    env.session(&dr)
                        .set_target(asha.id, TargetMetric::GlucoseOther, Some(low), high, None, None)
                        .expect("set a target");
                }
                Op::Wait { minutes } => {
                    let later = now.with_timezone(&Utc) + Duration::minutes(minutes);
                    env.set_now(later.with_timezone(&uk_clock(later)));
                }
                Op::Summary { days } => {
                    let got = s.summary_days(asha.id, days).expect("summary");
                    let period = Period::last_calendar_days(env.now(), days);
                    prop_assert_eq!(got, from_every_reading(&env, &s, &asha, period));
                }
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
