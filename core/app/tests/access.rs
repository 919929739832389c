//! Who may do what to whose record, through the public API: refusals are errors, are
//! audited, and change nothing else; looking at someone else's record is audited. Anyone
//! but the patient needs a grant from the patient (an accepted invitation) with the right
//! scope; sharing itself and the audit trail are the patient's alone.

mod common;

use chrono::{NaiveTime, Utc};

use common::*;
use saathi_core::{GlucoseRow, LogOptions};
use saathi_domain::ValidationError;
use saathi_domain::access::{Action, Denial};
use saathi_domain::bands::GlucoseBand;
use saathi_domain::grants::Scope;
use saathi_domain::medicine::DoseStatus;
use saathi_domain::person::{Person, Role, UnitPreferences};
use saathi_domain::plausibility::Field;
use saathi_domain::reading::{GlucoseContext, ReadingKind, ReadingSource};
use saathi_domain::targets::{GlucoseRange, Origin, TargetMetric};
use saathi_domain::units::GlucoseUnit;

struct Household {
    env: Env,
    asha: Person,
    bilal: Person,
    chandni: Person,
    dr_rao: Person,
}

fn household() -> Household {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let bilal = env.person("Bilal", Role::Patient);
    let chandni = env.person("Chandni", Role::Helper);
    let dr_rao = env.person("Dr Rao", Role::Clinician);
    Household { env, asha, bilal, chandni, dr_rao }
}

#[test]
fn a_patient_cannot_set_their_own_targets_and_the_refusal_is_audited() {
    let h = household();
    let s = h.env.session(&h.asha);
    let before = s.targets(h.asha.id).expect("targets");
    let r = s.set_target(h.asha.id, TargetMetric::GlucoseBeforeMeal, Some(5.0), 9.0, None, None);
    assert_eq!(denied(r), (Action::SetTargets, Denial::ClinicianOnly));
    assert_eq!(s.targets(h.asha.id).expect("targets"), before);
    assert!(matches!(before.glucose_before_meal.origin, Origin::Guideline { .. }));
    let t = trail(&h.env, &h.asha);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].action, "denied-set-targets");
    assert_eq!((t[0].actor, t[0].patient, t[0].record), (h.asha.id, Some(h.asha.id), None));
}

#[test]
fn a_clinicians_target_is_in_force_with_who_when_and_why() {
    let h = household();
    let dr = h.env.session(&h.dr_rao);
    let now = h.env.now().with_timezone(&Utc);
    // Being a clinician is not enough: Asha has to let Dr Rao assign content.
    let r = dr.set_target(h.asha.id, TargetMetric::GlucoseBeforeMeal, Some(5.0), 8.0, None, None);
    assert_eq!(denied(r), (Action::SetTargets, Denial::NoPermission));
    h.env.share(&h.asha, &h.dr_rao, &[Scope::AssignContent]);
    let t = dr
        .set_target(h.asha.id, TargetMetric::GlucoseBeforeMeal, Some(5.0), 8.0, None, Some(" frail "))
        .expect("set target");
    assert_eq!(t.glucose_before_meal.value, GlucoseRange { low: 5.0, high: 8.0 });
    let clinician = Origin::Clinician { by: h.dr_rao.id, at: now, reason: Some("frail".into()) };
    assert_eq!(t.glucose_before_meal.origin, clinician);
    assert!(matches!(t.glucose_after_meal.origin, Origin::Guideline { .. }), "other targets untouched");

    let patient = h.env.session(&h.asha);
    let seen = patient.targets(h.asha.id).expect("targets");
    assert_eq!(seen, t, "the patient sees the clinician's target");
    // The raised floor makes 4.6 before a meal a low for Asha, and 7.8 in range.
    let low = patient
        .log(h.asha.id, mmol(4.6, GlucoseContext::BeforeMeal), taken(gmt(2026, 11, 21, 11, 0)))
        .expect("log");
    assert!(
        matches!(&low.assessment, Some(saathi_core::Assessment::Glucose(g)) if g.band == GlucoseBand::Low)
    );
    let fine = patient
        .log(h.asha.id, mmol(7.8, GlucoseContext::BeforeMeal), taken(gmt(2026, 11, 21, 11, 5)))
        .expect("log");
    assert!(
        matches!(&fine.assessment, Some(saathi_core::Assessment::Glucose(g)) if g.band == GlucoseBand::InRange)
    );
    // Bilal's targets are his own.
    let b = h.env.session(&h.bilal).targets(h.bilal.id).expect("targets");
    assert!(matches!(b.glucose_before_meal.origin, Origin::Guideline { .. }));
    // And Asha's grant does not reach them.
    let r = dr.set_target(h.bilal.id, TargetMetric::GlucoseBeforeMeal, Some(5.0), 8.0, None, None);
    assert_eq!(denied(r), (Action::SetTargets, Denial::NoPermission));

    // A target that could hide a hypo is refused, and nothing is stored or audited.
    let rows = trail(&h.env, &h.asha).len();
    let e = invalid(dr.set_target(h.asha.id, TargetMetric::GlucoseBeforeMeal, Some(3.5), 8.0, None, None));
    assert_eq!(e, ValidationError::BelowMin { field: Field::Target, min: 4.0, unit: "mmol/L" });
    assert_eq!(patient.targets(h.asha.id).expect("targets"), t);
    assert_eq!(trail(&h.env, &h.asha).len(), rows);

    let set: Vec<_> =
        trail(&h.env, &h.asha).into_iter().filter(|e| e.action.starts_with("set-target")).collect();
    assert_eq!(set.len(), 1);
    assert_eq!(set[0].action, "set-target-glucose-before-meal");
    assert_eq!((set[0].actor, set[0].at), (h.dr_rao.id, now));
}

#[test]
fn another_patient_a_helper_or_a_clinician_without_a_grant_can_neither_see_nor_change_a_record() {
    let h = household();
    // Bilal shares everything with Chandni and Dr Rao: that gives them nothing of Asha's.
    h.env.share(&h.bilal, &h.chandni, &[Scope::ViewReadings, Scope::LogReadings, Scope::ManageMedicines]);
    h.env.share(&h.bilal, &h.dr_rao, &[Scope::ViewSharedReadings, Scope::AssignContent]);
    let asha = h.env.session(&h.asha);
    let g =
        asha.log(h.asha.id, mmol(6.0, GlucoseContext::Fasting), taken(gmt(2026, 11, 21, 7, 0))).expect("log");
    let regimen = asha.add_regimen(h.asha.id, metformin()).expect("regimen");
    let eight = NaiveTime::from_hms_opt(8, 0, 0).expect("time");
    let (from, to) = always();

    for outsider in [&h.bilal, &h.chandni, &h.dr_rao] {
        let s = h.env.session(outsider);
        let id = h.asha.id;
        let refusals: Vec<(Action, (Action, Denial))> = vec![
            (Action::ViewReadings, denied(s.readings(id, from, to))),
            (Action::ViewReadings, denied(s.summary_days(id, 7))),
            (Action::ViewReadings, denied(s.history(id, ReadingKind::Glucose, g.record))),
            (Action::ViewReadings, denied(s.targets(id))),
            (Action::ViewReadings, denied(s.regimens(id))),
            (Action::ViewReadings, denied(s.bp_protocol(id))),
            (Action::ViewAudit, denied(s.audit_trail(id))),
            (
                Action::LogReadings,
                denied(s.log(id, mmol(9.9, GlucoseContext::Random), LogOptions::default())),
            ),
            (Action::LogReadings, denied(s.start_bp_protocol(id, 7))),
            (Action::LogReadings, denied(s.set_units(id, UnitPreferences::default()))),
            (
                Action::LogReadings,
                denied(s.import_glucose(
                    id,
                    [Ok(GlucoseRow {
                        taken: gmt(2026, 11, 21, 9, 0),
                        value: 5.5,
                        unit: GlucoseUnit::MmolPerL,
                        context: GlucoseContext::Random,
                    })],
                    ReadingSource::CgmImport,
                )),
            ),
            (
                Action::CorrectReadings,
                denied(s.correct(id, g.record, mmol(9.9, GlucoseContext::Fasting), "mine now", None)),
            ),
            (Action::CorrectReadings, denied(s.delete(id, ReadingKind::Glucose, g.record, "gone"))),
            (Action::ManageMedicines, denied(s.add_regimen(id, metformin()))),
            (Action::ManageMedicines, denied(s.record_dose(id, regimen, eight, DoseStatus::Taken, None))),
            (Action::SetTargets, denied(s.set_target(id, TargetMetric::Hba1c, None, 58.0, None, None))),
        ];
        let trail_after = trail(&h.env, &h.asha);
        let denials: Vec<_> = trail_after.iter().filter(|e| e.actor == outsider.id).collect();
        assert_eq!(denials.len(), refusals.len(), "{}: one audit row per refusal", outsider.name);
        for ((action, (got_action, reason)), row) in refusals.iter().zip(&denials) {
            assert_eq!(got_action, action, "{}", outsider.name);
            let expected = match (action, outsider.role) {
                // The audit trail is the patient's alone, whatever anyone is granted.
                (Action::ViewAudit, _) => Denial::PatientOnly,
                // Only a clinician could ever be granted this; Dr Rao has no grant.
                (Action::SetTargets, Role::Clinician) => Denial::NoPermission,
                (Action::SetTargets, _) => Denial::ClinicianOnly,
                _ => Denial::NoPermission,
            };
            assert_eq!(*reason, expected, "{} {action:?}", outsider.name);
            assert_eq!(row.action, format!("denied-{}", action.code()));
            assert_eq!((row.patient, row.record_kind.as_deref(), row.record), (Some(h.asha.id), None, None));
        }
    }

    // Nothing of Asha's changed.
    let entries = readings(&asha, &h.asha);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].measurement, mmol(6.0, GlucoseContext::Fasting));
    assert_eq!(asha.history(h.asha.id, ReadingKind::Glucose, g.record).expect("history").len(), 1);
    assert_eq!(asha.regimens(h.asha.id).expect("regimens").len(), 1);
    assert_eq!(asha.bp_protocol(h.asha.id).expect("protocol"), None);
    assert!(asha.summary_days(h.asha.id, 7).expect("summary").doses.is_none());
    let mine: Vec<_> =
        trail(&h.env, &h.asha).into_iter().filter(|e| e.actor == h.asha.id).map(|e| e.action).collect();
    assert_eq!(mine, ["log", "add-regimen"]);
    // And the outsiders' own records got nothing.
    assert!(readings(&h.env.session(&h.bilal), &h.bilal).is_empty());
    // Bilal's trail has his sharing and nothing of the refusals on Asha's record.
    let bilals: Vec<_> = trail(&h.env, &h.bilal).into_iter().map(|e| e.action).collect();
    assert_eq!(bilals, ["invite", "accept-invite", "invite", "accept-invite"]);
}

#[test]
fn a_clinician_with_shared_readings_may_look_but_not_log_and_every_look_is_audited() {
    let h = household();
    let asha = h.env.session(&h.asha);
    let g =
        asha.log(h.asha.id, mmol(6.0, GlucoseContext::Fasting), taken(gmt(2026, 11, 21, 7, 0))).expect("log");
    asha.start_bp_protocol(h.asha.id, 7).expect("protocol");
    let dr = h.env.session(&h.dr_rao);
    let (from, to) = always();
    assert_eq!(denied(dr.readings(h.asha.id, from, to)), (Action::ViewReadings, Denial::NoPermission));
    let grant = h.env.share(&h.asha, &h.dr_rao, &[Scope::ViewSharedReadings]);
    assert_eq!((grant.ends, grant.window, grant.revoked), (None, None, None));
    let before = trail(&h.env, &h.asha).len();

    // Asha looking at her own record is not an event.
    readings(&asha, &h.asha);
    asha.summary_days(h.asha.id, 7).expect("summary");
    asha.history(h.asha.id, ReadingKind::Glucose, g.record).expect("history");
    asha.regimens(h.asha.id).expect("regimens");
    asha.targets(h.asha.id).expect("targets");
    asha.bp_protocol(h.asha.id).expect("protocol");
    assert_eq!(trail(&h.env, &h.asha).len(), before);

    assert_eq!(readings(&dr, &h.asha).len(), 1);
    dr.summary_days(h.asha.id, 7).expect("summary");
    dr.history(h.asha.id, ReadingKind::Glucose, g.record).expect("history");
    dr.regimens(h.asha.id).expect("regimens");
    dr.targets(h.asha.id).expect("targets");
    assert!(dr.bp_protocol(h.asha.id).expect("protocol").is_some());
    let looks: Vec<_> = trail(&h.env, &h.asha)[before..]
        .iter()
        .map(|e| {
            assert_eq!((e.actor, e.patient, e.record), (h.dr_rao.id, Some(h.asha.id), None));
            e.action.clone()
        })
        .collect();
    assert_eq!(
        looks,
        [
            "view-readings",
            "view-summary",
            "view-history",
            "view-medicines",
            "view-targets",
            "view-bp-protocol"
        ]
    );

    // Looking is all: this grant does not let a clinician log or change a patient's
    // readings, set targets (that needs AssignContent), or read who did what.
    let before = trail(&h.env, &h.asha).len();
    let r = dr.log(h.asha.id, mmol(7.0, GlucoseContext::Random), LogOptions::default());
    assert_eq!(denied(r), (Action::LogReadings, Denial::NoPermission));
    let r = dr.correct(h.asha.id, g.record, mmol(7.0, GlucoseContext::Fasting), "check", None);
    assert_eq!(denied(r), (Action::CorrectReadings, Denial::NoPermission));
    let r = dr.set_target(h.asha.id, TargetMetric::Hba1c, None, 53.0, None, None);
    assert_eq!(denied(r), (Action::SetTargets, Denial::NoPermission));
    assert_eq!(denied(dr.audit_trail(h.asha.id)), (Action::ViewAudit, Denial::PatientOnly));
    let actions: Vec<_> = trail(&h.env, &h.asha)[before..].iter().map(|e| e.action.clone()).collect();
    assert_eq!(
        actions,
        ["denied-log-readings", "denied-correct-readings", "denied-set-targets", "denied-view-audit"]
    );
    assert_eq!(readings(&asha, &h.asha).len(), 1);
    assert!(matches!(asha.targets(h.asha.id).expect("targets").hba1c.origin, Origin::Guideline { .. }));
}

#[test]
fn only_patients_keep_records() {
    let h = household();
    let helper = h.env.session(&h.chandni);
    let r = helper.log(h.chandni.id, kg(60.0), LogOptions::default());
    assert_eq!(denied(r), (Action::LogReadings, Denial::NotAPatient));
    let dr = h.env.session(&h.dr_rao);
    let r = dr.set_target(h.chandni.id, TargetMetric::Hba1c, None, 53.0, None, None);
    assert_eq!(denied(r), (Action::SetTargets, Denial::NotAPatient));
    // A person who does not exist is not found, not refused.
    let ghost = saathi_domain::person::PersonId(999);
    assert_eq!(not_found(dr.targets(ghost)), "person");
    assert!(matches!(h.env.app.session(ghost), Err(saathi_core::Error::NotFound { what: "person" })));
}
