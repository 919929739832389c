//! `saathi readings`: every reading in a period, newest last, with what it means.

use chrono::Duration;

use saathi_core::Assessment;
use saathi_domain::message::Message;
use saathi_domain::reading::ReadingKind;
use saathi_domain::wording;

use crate::context::Ctx;
use crate::output::CliError;
use crate::parse;

pub fn list(
    ctx: &Ctx<'_>,
    since: Option<&str>,
    until: Option<&str>,
    kind: Option<ReadingKind>,
    limit: Option<usize>,
) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let now = ctx.now();
    let from = match since {
        Some(d) => parse::day_start(d, now)?,
        None => now - Duration::days(7),
    };
    let to = match until {
        Some(d) => parse::day_start(d, now)?,
        // Readings may be up to a few minutes in the future (clock drift).
        None => now + Duration::minutes(10),
    };
    let mut entries = session.readings(patient.id, from.to_utc(), to.to_utc())?;
    if let Some(kind) = kind {
        entries.retain(|e| e.measurement.kind() == kind);
    }
    if let Some(limit) = limit {
        let skip = entries.len().saturating_sub(limit);
        entries.drain(..skip);
    }
    let out = ctx.out;
    let people = ctx.saathi.people()?;
    let human = || {
        if entries.is_empty() {
            return vec![out.say(&Message::new("cli-no-readings").text("name", patient.name.clone()))];
        }
        let mut rows = vec![vec![
            out.text("cli-col-when"),
            out.text("cli-col-what"),
            out.text("cli-col-reading"),
            out.text("cli-col-meaning"),
            out.text("cli-col-entered-by"),
            out.text("cli-col-number"),
        ]];
        for e in &entries {
            let reading = out.say(&wording::measurement_in_context(&e.measurement, &patient.units));
            let meaning = match &e.assessment {
                Some(Assessment::Glucose(a)) => out.say(&wording::glucose_band(a.band)),
                Some(Assessment::BloodPressure(a)) => out.say(&wording::bp_band(a.band)),
                None => String::new(),
            };
            let by = if e.meta.entered_by == patient.id {
                String::new()
            } else {
                ctx.name_of(&people, e.meta.entered_by)
            };
            let number = if e.meta.version > 1 {
                out.say(
                    &Message::new("cli-record-version")
                        .text("record", e.meta.record_id.0.to_string())
                        .int("version", i64::from(e.meta.version)),
                )
            } else {
                e.meta.record_id.0.to_string()
            };
            rows.push(vec![
                out.when(&e.meta.taken),
                out.say(&wording::kind(e.measurement.kind())),
                reading,
                meaning,
                by,
                number,
            ]);
        }
        out.table(&rows)
    };
    out.print(&entries, human);
    Ok(())
}
