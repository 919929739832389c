//! Every change to a record writes exactly one audit row, naming the kind and id of the
//! record, the actor and the time of the action, and never the value.

mod common;

use chrono::{Duration, NaiveTime, Utc};

use common::*;
use saathi_core::GlucoseRow;
use saathi_domain::grants::Scope;
use saathi_domain::medicine::{DoseStatus, Regimen, WithFood};
use saathi_domain::person::{PersonId, Role, UnitPreferences};
use saathi_domain::reading::{GlucoseContext, ReadingKind, ReadingSource, RecordId};
use saathi_domain::targets::TargetMetric;
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};
use saathi_store::audit;

#[derive(Debug, PartialEq)]
struct Row {
    actor: PersonId,
    action: String,
    kind: Option<String>,
    record: Option<RecordId>,
}

fn row(actor: PersonId, action: &str, record: Option<(&str, RecordId)>) -> Row {
    Row {
        actor,
        action: action.into(),
        kind: record.map(|(k, _)| k.to_string()),
        record: record.map(|(_, r)| r),
    }
}

#[test]
fn every_change_writes_exactly_one_audit_row_with_kind_id_actor_and_time() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let dr = env.person("Dr Rao", Role::Clinician);
    let s = env.session(&asha);
    let d = env.session(&dr);
    // Sharing is audited too (two rows: the invitation and its acceptance); the steps follow.
    env.share(&asha, &dr, &[Scope::AssignContent]);
    let shared = trail(&env, &asha).len();
    assert_eq!(shared, 2);
    let a = asha.id;
    let earlier = taken(gmt(2026, 11, 20, 8, 0));
    let eight = NaiveTime::from_hms_opt(8, 0, 0).expect("time");

    // Each step moves the clock a minute, does one thing, and says which row it should add.
    type Step<'a> = Box<dyn Fn() -> Row + 'a>;
    let steps: Vec<Step<'_>> = vec![
        Box::new(|| {
            let l = s.log(a, mmol(17.3, GlucoseContext::AfterMeal), earlier).expect("log");
            row(a, "log", Some(("glucose", l.record)))
        }),
        Box::new(|| {
            let l = s.log(a, bp(163, 97, Some(71)), earlier).expect("log");
            row(a, "log", Some(("blood-pressure", l.record)))
        }),
        Box::new(|| {
            let l = s.log(a, kg(88.8), earlier).expect("log");
            row(a, "log", Some(("weight", l.record)))
        }),
        Box::new(|| {
            let l = s.log(a, hba1c(58.5, Hba1cUnit::MmolPerMol), earlier).expect("log");
            row(a, "log", Some(("hba1c", l.record)))
        }),
        Box::new(|| {
            let l = s.log(a, walk(Some(43), Some(4321)), earlier).expect("log");
            row(a, "log", Some(("activity", l.record)))
        }),
        Box::new(|| {
            let first = readings(&s, &asha)[0].meta.record_id;
            let c =
                s.correct(a, first, mmol(13.7, GlucoseContext::AfterMeal), "typo", None).expect("correct");
            row(a, "correct", Some(("glucose", c.record)))
        }),
        Box::new(|| {
            let bp_record = readings(&s, &asha)
                .iter()
                .find(|e| e.measurement.kind() == ReadingKind::BloodPressure)
                .expect("bp")
                .meta
                .record_id;
            s.delete(a, ReadingKind::BloodPressure, bp_record, "wrong cuff").expect("delete");
            row(a, "delete", Some(("blood-pressure", bp_record)))
        }),
        Box::new(|| {
            let rows = (0..3).map(|i| {
                Ok(GlucoseRow {
                    taken: gmt(2026, 11, 21, 6, i * 5),
                    value: 12.9,
                    unit: GlucoseUnit::MmolPerL,
                    context: GlucoseContext::Random,
                })
            });
            assert_eq!(s.import_glucose(a, rows, ReadingSource::CgmImport).expect("import"), 3);
            row(a, "import", None)
        }),
        Box::new(|| {
            d.set_target(a, TargetMetric::Hba1c, None, 53.0, None, Some("on gliclazide")).expect("target");
            row(dr.id, "set-target-hba1c", None)
        }),
        Box::new(|| {
            let regimen = Regimen {
                name: "Metformin".into(),
                dose: "500 mg".into(),
                times: vec![eight],
                with_food: WithFood::With,
            };
            let r = s.add_regimen(a, regimen).expect("regimen");
            row(a, "add-regimen", Some(("regimen", r)))
        }),
        Box::new(|| {
            let regimen = s.regimens(a).expect("regimens")[0].meta.record_id;
            let dose = s.record_dose(a, regimen, eight, DoseStatus::Late, None).expect("dose");
            row(a, "record-dose", Some(("dose-event", dose)))
        }),
        Box::new(|| {
            s.start_bp_protocol(a, 7).expect("protocol");
            row(a, "start-bp-protocol", None)
        }),
        Box::new(|| {
            let units = UnitPreferences { weight: WeightUnit::StonesPounds, ..UnitPreferences::default() };
            s.set_units(a, units).expect("units");
            row(a, "set-units", None)
        }),
    ];

    for step in &steps {
        env.advance(Duration::minutes(1));
        let before = trail(&env, &asha).len();
        let expected = step();
        let after = trail(&env, &asha);
        assert_eq!(after.len(), before + 1, "exactly one row for {expected:?}");
        let last = &after[before];
        let got = Row {
            actor: last.actor,
            action: last.action.clone(),
            kind: last.record_kind.clone(),
            record: last.record,
        };
        assert_eq!(got, expected);
        assert_eq!(last.patient, Some(a));
        assert_eq!(last.at, env.now().with_timezone(&Utc), "the time of the action, not of the reading");
    }

    // The log says who did what to which record, and nothing about the values.
    let all = trail(&env, &asha);
    assert_eq!(all.len(), shared + steps.len());
    for e in &all {
        let shown = format!("{e:?}");
        for value in
            ["17.3", "13.7", "163", "97", "71", "88.8", "58.5", "4321", "12.9", "Metformin", "500 mg"]
        {
            assert!(!shown.contains(value), "audit row {shown} holds the value {value}");
        }
        let audit::Entry { at: _, actor: _, patient: _, action: _, record_kind, record: _, private: _ } = e;
        assert!(
            record_kind.as_deref().is_none_or(|k| {
                [
                    "glucose",
                    "blood-pressure",
                    "weight",
                    "hba1c",
                    "activity",
                    "regimen",
                    "dose-event",
                    "invitation",
                    "grant",
                ]
                .contains(&k)
            }),
            "{record_kind:?}"
        );
    }
}

#[test]
fn a_failed_change_leaves_no_audit_row() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let l = s.log(asha.id, mmol(6.0, GlucoseContext::Random), taken(gmt(2026, 11, 21, 8, 0))).expect("log");
    let before = trail(&env, &asha);
    s.log(asha.id, mmol(99.0, GlucoseContext::Random), Default::default()).expect_err("implausible");
    s.correct(asha.id, RecordId(77), mmol(6.0, GlucoseContext::Random), "x", None).expect_err("no record");
    s.delete(asha.id, ReadingKind::Weight, l.record, "x").expect_err("no weight record");
    s.log(asha.id, bp(130, 80, None), saathi_core::LogOptions { protocol: true, ..Default::default() })
        .expect_err("no protocol");
    s.record_dose(asha.id, RecordId(1), NaiveTime::MIN, DoseStatus::Taken, None).expect_err("no regimen");
    assert_eq!(trail(&env, &asha), before);
}
