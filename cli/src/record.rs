//! `saathi log`, `correct`, `delete` and `history`.

use serde::Serialize;

use saathi_core::{Assessment, LogOptions, Logged, Session};
use saathi_domain::message::Message;
use saathi_domain::person::Person;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::{
    Activity, BloodPressure, Glucose, GlucoseContext, Hba1c, Measurement, ReadingKind, RecordId, Weight,
};
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};
use saathi_domain::wording;

use crate::args::{Common, Reading};
use crate::bp_check;
use crate::context::Ctx;
use crate::output::CliError;
use crate::parse;

fn unit_error(unit: &str) -> CliError {
    CliError::Usage(Message::new("cli-error-unknown-unit").text("unit", unit.to_string()))
}

/// Reads a `Reading` as typed into a measurement and how to log it. For a correction,
/// `old` is the reading being corrected: what is not typed again is kept from it.
fn measurement(
    ctx: &Ctx<'_>,
    patient: &Person,
    reading: &Reading,
    old: Option<&Measurement>,
) -> Result<(Measurement, LogOptions), CliError> {
    let common = |c: &Common| -> Result<LogOptions, CliError> {
        Ok(LogOptions {
            taken: c.at.as_deref().map(|t| parse::instant(t, ctx.now())).transpose()?,
            source: c.source.into(),
            ..LogOptions::default()
        })
    };
    Ok(match reading {
        Reading::Glucose { value, unit, context, fasting, common: c } => {
            let old = match old {
                Some(Measurement::Glucose(g)) => Some(g),
                _ => None,
            };
            let unit = match unit {
                Some(u) => GlucoseUnit::from_code(u).ok_or_else(|| unit_error(u))?,
                None => old.map_or(patient.units.glucose, |g| g.unit),
            };
            let context = match context {
                Some(c) => (*c).into(),
                None => old.map_or(GlucoseContext::Random, |g| g.context),
            };
            let g = Glucose { value: parse::number(Field::Glucose, value)?, unit, context };
            (Measurement::Glucose(g), LogOptions { fasting: *fasting, ..common(c)? })
        }
        Reading::Bp { value, pulse, arm, position, check, common: c } => {
            let old = match old {
                Some(Measurement::BloodPressure(bp)) => Some(bp),
                _ => None,
            };
            let (systolic, diastolic) = parse::blood_pressure(value)?;
            let bp = BloodPressure {
                systolic,
                diastolic,
                pulse: match pulse {
                    Some(p) => Some(parse::whole(Field::Pulse, p)?),
                    None => old.and_then(|o| o.pulse),
                },
                arm: arm.map(Into::into).or(old.and_then(|o| o.arm)),
                position: position.map(Into::into).or(old.and_then(|o| o.position)),
            };
            (Measurement::BloodPressure(bp), LogOptions { protocol: *check, ..common(c)? })
        }
        Reading::Weight { value, common: c } => {
            let (kg, stones) = parse::weight(value)?;
            let entered_unit = if stones { WeightUnit::StonesPounds } else { WeightUnit::Kg };
            (Measurement::Weight(Weight { kg, entered_unit }), common(c)?)
        }
        Reading::Hba1c { value, unit, common: c } => {
            let unit = match (unit, old) {
                (Some(u), _) => Hba1cUnit::from_code(u).ok_or_else(|| unit_error(u))?,
                (None, Some(Measurement::Hba1c(h))) => h.unit,
                (None, _) => patient.units.hba1c,
            };
            (Measurement::Hba1c(Hba1c { value: parse::number(Field::Hba1c, value)?, unit }), common(c)?)
        }
        Reading::Activity { minutes, steps, kind, intensity, common: c } => {
            let old = match old {
                Some(Measurement::Activity(a)) => Some(a),
                _ => None,
            };
            let a = Activity {
                minutes: match minutes {
                    Some(m) => Some(parse::count(Field::ActivityMinutes, m)?),
                    None => old.and_then(|o| o.minutes),
                },
                steps: match steps {
                    Some(s) => Some(parse::count(Field::Steps, s)?),
                    None => old.and_then(|o| o.steps),
                },
                kind: kind.map(Into::into).or(old.and_then(|o| o.kind)),
                intensity: intensity.map(Into::into).or(old.and_then(|o| o.intensity)),
            };
            (Measurement::Activity(a), common(c)?)
        }
    })
}

/// The words for what was stored and what it means: the reading, its band, then advice.
/// `by` is who entered it: when that is not the patient, the words say so.
pub fn logged_lines(
    ctx: &Ctx<'_>,
    patient: &Person,
    by: &Person,
    m: &Measurement,
    logged: &Logged,
) -> Vec<String> {
    let out = ctx.out;
    let reading = wording::measurement_in_context(m, &patient.units);
    let key = match (logged.version > 1, by.id == patient.id) {
        (false, true) => "cli-logged",
        (false, false) => "cli-logged-by",
        (true, true) => "cli-corrected",
        (true, false) => "cli-corrected-by",
    };
    let mut lines = vec![
        out.say(
            &Message::new(key)
                .term("kind", format!("kind-{}", logged.kind.code()))
                .message("reading", reading)
                .text("name", patient.name.clone())
                .text("by", by.name.clone())
                .text("record", logged.record.0.to_string())
                .int("version", i64::from(logged.version)),
        ),
    ];
    lines.extend(assessment_lines(ctx, logged.assessment.as_ref()));
    if let Some(status) = &logged.protocol {
        lines.extend(bp_check::progress_lines(ctx, status));
    }
    lines
}

pub fn assessment_lines(ctx: &Ctx<'_>, a: Option<&Assessment>) -> Vec<String> {
    let out = ctx.out;
    let Some(a) = a else { return vec![] };
    let (band, urgency, advice) = match a {
        Assessment::Glucose(g) => (wording::glucose_band(g.band), g.urgency, &g.advice),
        Assessment::BloodPressure(b) => (wording::bp_band(b.band), b.urgency, &b.advice),
    };
    let mut lines = vec![out.say(&Message::new("cli-meaning").term("band", band.key))];
    if urgency == saathi_domain::bands::Urgency::Now {
        lines.push(out.text("cli-act-now"));
    }
    lines.extend(advice.iter().map(|a| format!("  {}", out.say(&wording::advice(*a)))));
    lines
}

#[derive(Serialize)]
struct LoggedJson<'a> {
    patient: &'a str,
    entered_by: &'a str,
    measurement: &'a Measurement,
    #[serde(flatten)]
    logged: &'a Logged,
    text: &'a [String],
}

pub fn log(ctx: &Ctx<'_>, reading: &Reading) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let (m, opts) = measurement(ctx, &patient, reading, None)?;
    let logged = session.log(patient.id, m, opts)?;
    print_logged(ctx, &session, &patient, &m, &logged);
    Ok(())
}

/// What was stored and what it means, in words or as JSON.
fn print_logged(ctx: &Ctx<'_>, session: &Session, patient: &Person, m: &Measurement, logged: &Logged) {
    let by = session.actor();
    let lines = logged_lines(ctx, patient, by, m, logged);
    let json =
        LoggedJson { patient: &patient.name, entered_by: &by.name, measurement: m, logged, text: &lines };
    ctx.out.print(&json, || lines.clone());
}

pub fn correct(ctx: &Ctx<'_>, record: i64, reason: &str, reading: &Reading) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let kind = match reading {
        Reading::Glucose { .. } => ReadingKind::Glucose,
        Reading::Bp { .. } => ReadingKind::BloodPressure,
        Reading::Weight { .. } => ReadingKind::Weight,
        Reading::Hba1c { .. } => ReadingKind::Hba1c,
        Reading::Activity { .. } => ReadingKind::Activity,
    };
    let old = session.reading(patient.id, kind, RecordId(record))?;
    let (m, opts) = measurement(ctx, &patient, reading, Some(&old.measurement))?;
    let logged = session.correct(patient.id, RecordId(record), m, reason, opts.taken)?;
    print_logged(ctx, &session, &patient, &m, &logged);
    Ok(())
}

pub fn delete(ctx: &Ctx<'_>, kind: ReadingKind, record: i64, reason: &str) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let version = session.delete(patient.id, kind, RecordId(record), reason)?;
    let line = ctx.out.say(
        &Message::new("cli-deleted")
            .text("record", record.to_string())
            .term("kind", format!("kind-{}", kind.code())),
    );
    ctx.out.print(&serde_json::json!({ "record": record, "version": version, "deleted": true }), || {
        vec![line.clone()]
    });
    Ok(())
}

pub fn dealing_with(ctx: &Ctx<'_>, kind: ReadingKind, record: i64) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    session.acknowledge_reading(patient.id, kind, RecordId(record))?;
    let line = ctx.out.say(&Message::new("cli-dealing-with").text("record", record.to_string()));
    ctx.out.print(&serde_json::json!({ "record": record, "acknowledged": true }), || vec![line.clone()]);
    Ok(())
}

pub fn history(ctx: &Ctx<'_>, kind: ReadingKind, record: i64) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let versions = session.history(patient.id, kind, RecordId(record))?;
    let people = ctx.saathi.people()?;
    let out = ctx.out;
    let mut rows = vec![vec![
        out.text("cli-col-version"),
        out.text("cli-col-when"),
        out.text("cli-col-reading"),
        out.text("cli-col-entered-by"),
        out.text("cli-col-reason"),
    ]];
    for v in &versions {
        let meta = &v.record.meta;
        let reading = if v.deleted {
            out.text("cli-deleted-marker")
        } else {
            out.say(&wording::measurement(&v.record.value, &patient.units))
        };
        rows.push(vec![
            meta.version.to_string(),
            out.when(&meta.taken),
            reading,
            ctx.name_of(&people, meta.entered_by),
            meta.change_reason.clone().unwrap_or_default(),
        ]);
    }
    let json: Vec<_> = versions
        .iter()
        .map(|v| serde_json::json!({ "record": v.record, "deleted": v.deleted, "latest": v.is_latest }))
        .collect();
    out.print(&json, || out.table(&rows));
    Ok(())
}
