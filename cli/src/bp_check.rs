//! `saathi bp-check start|status`: NICE's home blood pressure check, one step at a time.

use saathi_core::ProtocolStatus;
use saathi_domain::bp_protocol::{MIN_DAYS, NextStep};
use saathi_domain::message::Message;
use saathi_domain::wording;

use crate::args::BpCheckCommand;
use crate::context::Ctx;
use crate::output::CliError;

pub fn run(ctx: &Ctx<'_>, command: &BpCheckCommand) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let status = match command {
        BpCheckCommand::Start { days } => session.start_bp_protocol(patient.id, *days)?,
        BpCheckCommand::Status => session
            .bp_protocol(patient.id)?
            .ok_or(saathi_core::Error::NotFound { what: "blood pressure protocol" })?,
    };
    let lines = progress_lines(ctx, &status);
    ctx.out.print(&status, || lines.clone());
    Ok(())
}

pub fn progress_lines(ctx: &Ctx<'_>, status: &ProtocolStatus) -> Vec<String> {
    let out = ctx.out;
    let p = &status.progress;
    let wait = match p.next {
        NextStep::Wait { not_before } => (not_before - ctx.now().to_utc()).num_seconds(),
        _ => 0,
    };
    let mut lines = vec![
        out.say(
            &Message::new("cli-check-progress")
                .int("day", i64::from(p.day.min(p.planned_days)))
                .int("days", i64::from(p.planned_days))
                .int("logged", i64::from(p.days_with_readings)),
        ),
    ];
    lines.push(out.say(&wording::protocol_step(&p.next, wait)));
    lines.push(match &p.average {
        Some(a) => out.say(
            &Message::new("protocol-average")
                .int("systolic", i64::from(a.systolic))
                .int("diastolic", i64::from(a.diastolic))
                .int("days", i64::from(a.days))
                .term("band", wording::bp_band(a.band).key),
        ),
        None => out.say(&Message::new("protocol-need-more-days").int("days", i64::from(MIN_DAYS))),
    });
    lines
}
