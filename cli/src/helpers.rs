//! `saathi helper invite|accept|list|revoke`: a patient shares their record with a family
//! helper or a clinician by a code, sees who can do what, and stops it; a helper accepts a
//! code and sees whom they help. The core decides who may; this only asks and shows.

use chrono::{NaiveTime, Weekday};
use serde::Serialize;

use saathi_core::{Invitation, InviteRequest};
use saathi_domain::grants::{EndReason, Grant, GrantState, LegalBasis, Scope, WeeklyWindow};
use saathi_domain::message::Message;
use saathi_domain::person::{Person, Role};

use crate::args::{BasisArg, HelperCommand, ReasonArg, ScopeArg};
use crate::context::Ctx;
use crate::output::{CliError, Out};

pub fn run(ctx: &Ctx<'_>, command: &HelperCommand) -> Result<(), CliError> {
    match command {
        HelperCommand::Invite { scopes, days, window, basis } => {
            invite(ctx, scopes, *days, window.as_deref(), *basis)
        }
        HelperCommand::Accept { code } => accept(ctx, &code.join(" ")),
        HelperCommand::List => list(ctx),
        HelperCommand::Revoke { name, reason } => revoke(ctx, name, *reason),
    }
}

/// Monday first, as the window's bits are.
const DAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "cli-day-mon"),
    (Weekday::Tue, "cli-day-tue"),
    (Weekday::Wed, "cli-day-wed"),
    (Weekday::Thu, "cli-day-thu"),
    (Weekday::Fri, "cli-day-fri"),
    (Weekday::Sat, "cli-day-sat"),
    (Weekday::Sun, "cli-day-sun"),
];

fn window_error() -> CliError {
    CliError::Usage(Message::new("cli-error-window-format"))
}

/// "mon" or "Monday", in any case.
fn day_index(text: &str) -> Option<usize> {
    let day: Weekday = text.trim().parse().ok()?;
    Some(day.num_days_from_monday() as usize)
}

/// `--window mon,tue,wed,thu,fri 09:00-17:00` (a range like `mon-fri` works too). Whether
/// the window makes sense (some day, a start before its end) is the core's to say.
pub fn parse_window(days: &str, hours: &str) -> Result<WeeklyWindow, CliError> {
    let mut bits = 0u8;
    for part in days.split(',').filter(|p| !p.trim().is_empty()) {
        let (first, last) = match part.split_once('-') {
            Some((a, b)) => (day_index(a), day_index(b)),
            None => (day_index(part), day_index(part)),
        };
        let (Some(first), Some(last)) = (first, last) else { return Err(window_error()) };
        if last < first {
            return Err(window_error());
        }
        for (day, _) in &DAYS[first..=last] {
            bits |= WeeklyWindow::day_bit(*day);
        }
    }
    let (from, to) = hours.split_once('-').ok_or_else(window_error)?;
    let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| window_error());
    Ok(WeeklyWindow { days: bits, from: time(from)?, to: time(to)? })
}

/// "see readings, add readings".
pub fn scopes_words(out: &Out, scopes: &[Scope]) -> String {
    scopes.iter().map(|s| out.text(&format!("scope-{}", s.code()))).collect::<Vec<_>>().join(", ")
}

/// "Only on Mon, Tue, Wed, Thu, Fri, from 09:00 to 17:00."
pub fn window_line(out: &Out, w: &WeeklyWindow) -> String {
    let days: Vec<String> = DAYS
        .iter()
        .filter(|(day, _)| w.days & WeeklyWindow::day_bit(*day) != 0)
        .map(|(_, key)| out.text(key))
        .collect();
    let m = if days.len() == DAYS.len() {
        Message::new("cli-grant-window-every-day")
    } else {
        Message::new("cli-grant-window").text("days", days.join(", "))
    };
    out.say(&m.time("from", w.from).time("to", w.to))
}

/// Until when a grant lasts, and in which hours of the week.
fn when_lines(ctx: &Ctx<'_>, g: &Grant) -> Vec<String> {
    let out = ctx.out;
    let mut lines = vec![match g.ends {
        Some(end) => out.say(&Message::new("cli-grant-until").text("date", out.when_at(end, ctx.now()))),
        None => out.text("cli-grant-open-ended"),
    }];
    if let Some(w) = &g.window {
        lines.push(window_line(out, w));
    }
    lines
}

fn basis_line(out: &Out, basis: LegalBasis) -> String {
    out.say(&Message::new("cli-grant-basis").term("basis", format!("basis-{}", basis.code())))
}

#[derive(Serialize)]
struct InviteJson<'a> {
    patient: &'a str,
    #[serde(flatten)]
    invitation: &'a Invitation,
    scopes: &'a [Scope],
    grant_days: Option<u32>,
    window: Option<WeeklyWindow>,
    basis: LegalBasis,
    text: &'a [String],
}

/// The words for a new invitation: the code to read aloud, the QR payload, when it expires
/// and what it allows.
pub fn invite_lines(
    ctx: &Ctx<'_>,
    patient: &Person,
    request: &InviteRequest,
    inv: &Invitation,
) -> Vec<String> {
    let out = ctx.out;
    let mut lines = vec![
        out.say(
            &Message::new("cli-invite-code")
                .text("name", patient.name.clone())
                .text("code", inv.spoken.clone()),
        ),
        out.say(&Message::new("cli-invite-how").text("expires", out.when_at(inv.expires, ctx.now()))),
        out.say(&Message::new("cli-invite-qr").text("payload", inv.qr_payload.clone())),
        out.say(&Message::new("cli-invite-allows").text("scopes", scopes_words(out, &request.scopes))),
        match request.grant_days {
            Some(days) => out.say(&Message::new("cli-invite-days").int("days", i64::from(days))),
            None => out.text("cli-grant-open-ended"),
        },
    ];
    if let Some(w) = &request.window {
        lines.push(window_line(out, w));
    }
    lines.push(basis_line(out, request.basis));
    lines
}

fn invite(
    ctx: &Ctx<'_>,
    scopes: &[ScopeArg],
    days: Option<u32>,
    window: Option<&[String]>,
    basis: BasisArg,
) -> Result<(), CliError> {
    let window = match window {
        Some([days, hours]) => Some(parse_window(days, hours)?),
        Some(_) => return Err(window_error()),
        None => None,
    };
    let (session, patient) = ctx.session()?;
    let mut unique: Vec<Scope> = Vec::new();
    for s in scopes.iter().map(|s| Scope::from(*s)) {
        if !unique.contains(&s) {
            unique.push(s);
        }
    }
    let request = InviteRequest { scopes: unique, grant_days: days, window, basis: basis.into() };
    let inv = session.invite(patient.id, request.clone())?;
    let lines = invite_lines(ctx, &patient, &request, &inv);
    ctx.out.print(
        &InviteJson {
            patient: &patient.name,
            invitation: &inv,
            scopes: &request.scopes,
            grant_days: request.grant_days,
            window: request.window,
            basis: request.basis,
            text: &lines,
        },
        || lines.clone(),
    );
    Ok(())
}

/// What a helper is told on accepting: whose record, and what they may do.
pub fn accepted_lines(ctx: &Ctx<'_>, patient_name: &str, g: &Grant) -> Vec<String> {
    let out = ctx.out;
    let mut lines = vec![
        out.say(&Message::new("cli-accepted").text("name", patient_name.to_string())),
        out.say(&Message::new("cli-you-may").text("scopes", scopes_words(out, &g.scopes))),
    ];
    lines.extend(when_lines(ctx, g));
    lines
}

fn accept(ctx: &Ctx<'_>, code: &str) -> Result<(), CliError> {
    let (session, _) = ctx.own_session()?;
    let grant = session.accept_invite(code)?;
    let people = ctx.saathi.people()?;
    let name = ctx.name_of(&people, grant.patient);
    let lines = accepted_lines(ctx, &name, &grant);
    ctx.out.print(&serde_json::json!({ "patient": name, "grant": grant, "text": lines }), || lines.clone());
    Ok(())
}

/// One line about a grant the patient made: who, what they may do, until when; for ended
/// ones, when and why (the patient may see why; the helper never does).
pub fn sharing_line(ctx: &Ctx<'_>, people: &[Person], g: &Grant) -> String {
    let out = ctx.out;
    let name = ctx.name_of(people, g.grantee);
    let scopes = scopes_words(out, &g.scopes);
    let ended = |at, reason: EndReason| {
        out.say(
            &Message::new("cli-grant-ended")
                .text("name", name.clone())
                .text("scopes", scopes.clone())
                .text("date", out.date(at))
                .term("reason", format!("end-reason-{}", reason.code())),
        )
    };
    match (g.state(ctx.now()), &g.revoked, g.ends) {
        (GrantState::Revoked, Some(r), _) => {
            ended(r.at.with_timezone(ctx.now().offset()).date_naive(), r.reason)
        }
        (GrantState::Ended, _, Some(end)) => {
            ended(end.with_timezone(ctx.now().offset()).date_naive(), EndReason::EndDateReached)
        }
        _ => {
            let mut parts = vec![out.say(
                &Message::new("cli-grant-may").text("name", name.clone()).text("scopes", scopes.clone()),
            )];
            parts.extend(when_lines(ctx, g));
            parts.push(basis_line(out, g.basis));
            parts.join(" ")
        }
    }
}

/// One line about someone the actor helps: no reasons, no ended grants (the core leaves
/// them out).
fn helping_line(ctx: &Ctx<'_>, people: &[Person], g: &Grant) -> String {
    let out = ctx.out;
    let mut parts = vec![
        out.say(
            &Message::new("cli-helping")
                .text("name", ctx.name_of(people, g.patient))
                .text("scopes", scopes_words(out, &g.scopes)),
        ),
    ];
    parts.extend(when_lines(ctx, g));
    parts.join(" ")
}

/// "Who can see or change your record", as lines.
pub fn sharing_lines(ctx: &Ctx<'_>, people: &[Person], grants: &[Grant]) -> Vec<String> {
    let out = ctx.out;
    if grants.is_empty() {
        return vec![out.text("cli-sharing-none")];
    }
    let mut lines = vec![out.text("cli-sharing-title")];
    lines.extend(grants.iter().map(|g| format!("  {}", sharing_line(ctx, people, g))));
    lines
}

fn list(ctx: &Ctx<'_>) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let actor = session.actor().clone();
    let people = ctx.saathi.people()?;
    let out = ctx.out;
    // As a patient (or asking about someone with --for): who can see or change the record.
    let sharing = if ctx.patient.is_some() || actor.role == Role::Patient {
        Some(session.sharing(patient.id)?)
    } else {
        None
    };
    // As anyone, unless asking about someone else: whom I help.
    let helping = if ctx.patient.is_none() { session.helping()? } else { vec![] };
    let mut lines = Vec::new();
    if let Some(grants) = &sharing {
        lines.extend(sharing_lines(ctx, &people, grants));
    }
    if actor.role != Role::Patient || !helping.is_empty() {
        if helping.is_empty() {
            lines.push(out.text("cli-helping-none"));
        } else {
            lines.push(out.text("cli-helping-title"));
            lines.extend(helping.iter().map(|g| format!("  {}", helping_line(ctx, &people, g))));
        }
    }
    let now = ctx.now();
    let json = serde_json::json!({
        "sharing": sharing.as_ref().map(|grants| grants
            .iter()
            .map(|g| serde_json::json!({ "name": ctx.name_of(&people, g.grantee), "state": g.state(now), "grant": g }))
            .collect::<Vec<_>>()),
        "helping": helping
            .iter()
            .map(|g| serde_json::json!({ "name": ctx.name_of(&people, g.patient), "state": g.state(now), "grant": g }))
            .collect::<Vec<_>>(),
    });
    out.print(&json, || lines.clone());
    Ok(())
}

/// Stops every grant `patient` has made to `who` that has not already ended, with `reason`.
/// Returns the grants as they are now.
pub fn revoke_all(
    ctx: &Ctx<'_>,
    session: &saathi_core::Session,
    patient: &Person,
    who: &Person,
    reason: EndReason,
) -> Result<Vec<Grant>, CliError> {
    let now = ctx.now();
    let open: Vec<Grant> = session
        .sharing(patient.id)?
        .into_iter()
        .filter(|g| g.grantee == who.id && !matches!(g.state(now), GrantState::Ended | GrantState::Revoked))
        .collect();
    if open.is_empty() {
        return Err(CliError::Missing(
            Message::new("cli-error-nothing-to-stop").text("name", who.name.clone()),
        ));
    }
    let mut ended = Vec::new();
    for g in open {
        ended.push(session.revoke(patient.id, g.id, reason)?);
    }
    Ok(ended)
}

pub fn revoked_line(out: &Out, who: &Person, reason: EndReason) -> String {
    out.say(
        &Message::new("cli-revoked")
            .text("name", who.name.clone())
            .term("reason", format!("end-reason-{}", reason.code())),
    )
}

fn revoke(ctx: &Ctx<'_>, name: &str, reason: ReasonArg) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let who = ctx.saathi.person_named(name)?;
    let reason: EndReason = reason.into();
    let ended = revoke_all(ctx, &session, &patient, &who, reason)?;
    let line = revoked_line(ctx.out, &who, reason);
    ctx.out.print(&serde_json::json!({ "name": who.name, "revoked": ended }), || vec![line.clone()]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_read_as_typed() {
        let w = parse_window("mon,tue,wed,thu,fri", "09:00-17:00").unwrap();
        assert_eq!(w.days, 0b001_1111);
        assert_eq!(w.from, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
        assert_eq!(w.to, NaiveTime::from_hms_opt(17, 0, 0).unwrap());
        assert_eq!(parse_window("Mon-Fri", "09:00 - 17:00").unwrap(), w);
        assert_eq!(parse_window("monday,Tuesday", "08:00-12:00").unwrap().days, 0b11);
        assert_eq!(parse_window("sat,sun", "10:00-11:00").unwrap().days, 0b110_0000);
        for (days, hours) in [
            ("funday", "09:00-17:00"),
            ("mon", "9am-5pm"),
            ("fri-mon", "09:00-17:00"),
            ("mo", "09:00-17:00"),
            ("mon", "09:00"),
        ] {
            assert!(matches!(parse_window(days, hours), Err(CliError::Usage(_))), "{days} {hours}");
        }
    }
}
