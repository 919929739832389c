//! `saathi summary`: the numbers, then the same in plain words.

use serde::Serialize;

use saathi_domain::message::Message;
use saathi_domain::person::Person;
use saathi_domain::summary::{Summary, whole_percent};
use saathi_domain::time::Period;
use saathi_domain::wording;

use crate::context::Ctx;
use crate::output::{CliError, Out};
use crate::parse;

pub fn show(ctx: &Ctx<'_>, days: u32, from: Option<&str>, to: Option<&str>) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let summary = match (from, to) {
        (Some(f), Some(t)) => {
            let now = ctx.now();
            let period =
                Period { from: parse::day_start(f, now)?.to_utc(), to: parse::day_start(t, now)?.to_utc() };
            if period.to <= period.from {
                return Err(CliError::Usage(Message::new("cli-error-empty-range")));
            }
            let summary = session.summary(patient.id, period)?;
            print(ctx.out, &patient, &summary, true);
            return Ok(());
        }
        _ => {
            if days == 0 {
                return Err(CliError::Usage(Message::new("cli-error-empty-range")));
            }
            session.summary_days(patient.id, days)?
        }
    };
    print(ctx.out, &patient, &summary, false);
    Ok(())
}

#[derive(Serialize)]
struct SummaryJson<'a> {
    patient: &'a str,
    #[serde(flatten)]
    summary: &'a Summary,
    text: Vec<String>,
}

/// `range` is true for an explicit --from/--to period, false for "the last N days".
pub fn print(out: &Out, patient: &Person, s: &Summary, range: bool) {
    let words: Vec<String> = s.messages.iter().map(|m| out.say(m)).collect();
    out.print(&SummaryJson { patient: &patient.name, summary: s, text: words.clone() }, || {
        lines(out, patient, s, &words, range)
    });
}

fn lines(out: &Out, patient: &Person, s: &Summary, words: &[String], range: bool) -> Vec<String> {
    let pct = whole_percent;
    let title = Message::new(if range { "cli-summary-range-title" } else { "cli-summary-title" })
        .text("name", patient.name.clone())
        .text("from", out.date(s.first_day))
        .text("to", out.date(s.last_day))
        .int("days", i64::from(s.days));
    let mut rows: Vec<Vec<String>> = Vec::new();
    let glucose = |mmol: f64| wording::glucose_value(mmol, patient.units.glucose);
    if let Some(g) = &s.glucose {
        let o = &g.overall;
        rows.push(vec![
            out.text("kind-glucose"),
            out.say(
                &Message::new("cli-summary-glucose")
                    .int("count", i64::from(o.count))
                    .message("mean", glucose(o.mean))
                    .message("min", glucose(o.min))
                    .message("max", glucose(o.max)),
            ),
        ]);
        rows.push(vec![
            String::new(),
            out.say(
                &Message::new("cli-summary-time-in-range")
                    .int("in_range", pct(o.in_range_percent))
                    .int("low", pct(o.low_percent))
                    .int("high", pct(o.high_percent)),
            ),
        ]);
        for (context, stats) in &g.by_context {
            rows.push(vec![
                String::new(),
                out.say(
                    &Message::new("cli-summary-glucose-context")
                        .message("context", wording::context(*context))
                        .int("count", i64::from(stats.count))
                        .message("mean", glucose(stats.mean))
                        .int("in_range", pct(stats.in_range_percent)),
                ),
            ]);
        }
    }
    if let Some(bp) = &s.blood_pressure {
        rows.push(vec![
            out.text("kind-blood-pressure"),
            out.say(
                &Message::new("cli-summary-bp")
                    .int("count", i64::from(bp.count))
                    .int("systolic", i64::from(bp.mean_systolic))
                    .int("diastolic", i64::from(bp.mean_diastolic))
                    .message("band", wording::bp_band(bp.band_of_mean)),
            ),
        ]);
    }
    if let Some(w) = &s.weight {
        rows.push(vec![
            out.text("kind-weight"),
            out.say(
                &Message::new("cli-summary-weight")
                    .message("latest", wording::weight_value(w.latest_kg, patient.units.weight))
                    .int("count", i64::from(w.count)),
            ),
        ]);
    }
    if let Some(h) = &s.hba1c {
        rows.push(vec![
            out.text("kind-hba1c"),
            out.say(
                &Message::new("cli-summary-hba1c")
                    .text(
                        "latest",
                        out.say(&wording::hba1c_value(h.latest_mmol_per_mol, patient.units.hba1c)),
                    )
                    .text("date", out.date(h.latest_on)),
            ),
        ]);
    }
    if let Some(a) = &s.activity {
        rows.push(vec![
            out.text("kind-activity"),
            out.say(
                &Message::new("cli-summary-activity")
                    .int("minutes", i64::from(a.total_minutes))
                    .int("days", i64::from(a.active_days))
                    .int("steps", i64::from(a.mean_daily_steps.unwrap_or(0))),
            ),
        ]);
    }
    if let Some(d) = &s.doses {
        rows.push(vec![
            out.text("cli-medicines"),
            out.say(
                &Message::new("cli-summary-doses")
                    .int("taken", i64::from(d.taken))
                    .int("late", i64::from(d.late))
                    .int("skipped", i64::from(d.skipped)),
            ),
        ]);
    }
    let mut lines = vec![out.say(&title)];
    lines.extend(out.table(&rows).into_iter().map(|l| format!("  {l}")));
    lines.push(out.text("cli-in-words"));
    lines.extend(words.iter().map(|w| format!("  • {w}")));
    lines
}
