//! `saathi reminders`: what goes off next, in the person's words and on their clock (what a
//! phone hands to its notification scheduler), then what is due or missed now.

use chrono::Duration;
use serde::Serialize;

use saathi_domain::message::Message;
use saathi_domain::reminders::{Due, DueState, Fire};
use saathi_domain::schedule::Subject;
use saathi_domain::wording;

use crate::context::Ctx;
use crate::output::CliError;

#[derive(Serialize)]
struct RemindersJson<'a> {
    upcoming: &'a [Fire],
    due: &'a [Due],
}

pub fn show(ctx: &Ctx<'_>, hours: u32) -> Result<(), CliError> {
    if hours == 0 {
        return Err(CliError::Usage(Message::new("cli-error-empty-range")));
    }
    let (session, patient) = ctx.session()?;
    let out = ctx.out;
    let until = ctx.now().to_utc() + Duration::hours(i64::from(hours));
    let upcoming = session.upcoming_reminders(patient.id, until, 64)?;
    let due = session.due_now(patient.id)?;
    let regimens = session.regimens(patient.id)?;
    let regimen_of = |f: &Fire| match f.subject {
        Subject::Medicine { regimen } => {
            regimens.iter().find(|r| r.meta.record_id == regimen).map(|r| &r.value)
        }
        Subject::Reading { .. } => None,
    };
    out.print(&RemindersJson { upcoming: &upcoming, due: &due }, || {
        let mut lines = vec![out.text("cli-reminders-next")];
        if upcoming.is_empty() {
            lines.push(out.text("cli-reminders-none"));
        }
        let rows: Vec<Vec<String>> = upcoming
            .iter()
            .map(|f| {
                vec![out.when_at(f.at, f.local_date_time()), out.say(&wording::reminder(f, regimen_of(f)))]
            })
            .collect();
        lines.extend(out.table(&rows));
        let open: Vec<&Due> =
            due.iter().filter(|d| matches!(d.state, DueState::Due | DueState::Missed)).collect();
        if !open.is_empty() {
            lines.push(String::new());
            lines.push(out.text("cli-reminders-due"));
            let rows: Vec<Vec<String>> = open
                .iter()
                .map(|d| {
                    let what = match d.state {
                        DueState::Missed => wording::missed(&d.fire, regimen_of(&d.fire)),
                        _ => wording::reminder(&d.fire, regimen_of(&d.fire)),
                    };
                    vec![out.when_at(d.fire.at, d.fire.local_date_time()), out.say(&what)]
                })
                .collect();
            lines.extend(out.table(&rows));
        }
        lines
    });
    Ok(())
}
