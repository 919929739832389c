//! `saathi demo`: a household with two years of readings, their summaries, the home blood
//! pressure check, and what happens on a dangerous reading and on a typing slip.

use std::path::{Path, PathBuf};
use std::time::Instant;

use saathi_core::demo::{self, RewindableClock};
use saathi_core::{Config, InviteRequest, LogOptions, Saathi};
use saathi_domain::grants::{EndReason, LegalBasis, Scope};
use saathi_domain::message::Message;
use saathi_domain::reading::{BloodPressure, Glucose, GlucoseContext, Measurement};
use saathi_domain::reminders::ReminderSettings;
use saathi_domain::units::GlucoseUnit;

use crate::args::{Cli, DemoArgs};
use crate::context::{self, Ctx};
use crate::output::{CliError, Out};
use crate::{audit, bp_check, helpers, record, summary};

/// The demo's own database, beside (never in place of) the real one.
fn default_demo_db() -> PathBuf {
    context::default_db().with_file_name("demo.db")
}

fn prepare(path: &Path, explicit: bool) -> Result<(), CliError> {
    if !path.exists() {
        return Ok(());
    }
    if explicit {
        // Never write a demo household into someone's real data.
        return Err(CliError::Usage(
            Message::new("cli-error-demo-db-exists").text("path", path.display().to_string()),
        ));
    }
    // The default demo file is the demo's own: start it afresh.
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_os_string();
        p.push(suffix);
        let p = PathBuf::from(p);
        if p.exists() {
            std::fs::remove_file(&p).map_err(|_| {
                CliError::Usage(Message::new("cli-error-read-file").text("path", p.display().to_string()))
            })?;
        }
    }
    Ok(())
}

pub fn run(cli: &Cli, out: &Out, args: &DemoArgs) -> Result<(), CliError> {
    let path = cli.db.clone().unwrap_or_else(default_demo_db);
    prepare(&path, cli.db.is_some())?;
    let clock = RewindableClock::new(context::clock(cli.now.as_deref())?);
    // The demo's content goes where every later command on this database looks for it
    // (`Config::new`: beside the database, named after it, so never the real app's), and
    // only the demo trusts the demo publisher.
    let trusted = vec![context::demo_key()?];
    let config =
        Config { clock: clock.clock(), trusted_publishers: trusted.clone(), ..Config::new(path.clone()) };
    let content_dir = config.content_dir.clone();
    let saathi = Saathi::open(config)?;
    let ctx =
        Ctx { saathi: saathi.clone(), out, actor: None, patient: None, pin: None, private: false, trusted };
    let say = |m: Message| out.line(&out.say(&m));
    let heading = |key: &str| out.line(&format!("\n== {} ==", out.text(key)));

    heading("cli-demo-household");
    let h = demo::create_household(&saathi)?;
    for (p, note) in [
        (&h.rashid, "cli-demo-rashid"),
        (&h.nasreen, "cli-demo-nasreen"),
        (&h.amina, "cli-demo-amina"),
        (&h.nurse, "cli-demo-nurse"),
    ] {
        say(Message::new(note).text("name", p.name.clone()));
    }
    let pack = saathi.install_pack(&args.content)?.pack;
    say(Message::new("cli-demo-content")
        .text("id", pack.id)
        .text("version", pack.version.to_string())
        .text("path", content_dir.display().to_string()));

    heading("cli-demo-history");
    let started = Instant::now();
    let counts = demo::populate(&saathi, &h, args.days)?;
    let checks = demo::home_bp_check(&saathi, &clock, &h)?;
    say(Message::new("cli-demo-logged")
        .int("days", i64::from(args.days))
        .int("glucose", counts.glucose as i64)
        .int("bp", (counts.blood_pressure + checks) as i64)
        .int("weight", counts.weight as i64)
        .int("hba1c", counts.hba1c as i64)
        .int("activity", counts.activity as i64)
        .int("doses", counts.doses as i64)
        .int("seconds", started.elapsed().as_secs() as i64));
    say(Message::new("cli-demo-database").text("path", path.display().to_string()));

    let rashid = saathi.session(h.rashid.id)?;
    for days in [7, 30, 90] {
        heading("cli-demo-summary");
        summary::print(out, &h.rashid, &rashid.summary_days(h.rashid.id, days)?, false);
    }
    let nasreen = saathi.session(h.nasreen.id)?;
    heading("cli-demo-summary");
    summary::print(out, &h.nasreen, &nasreen.summary_days(h.nasreen.id, 30)?, false);

    family_helper(&ctx, &h)?;

    heading("cli-demo-bp-check");
    if let Some(status) = nasreen.bp_protocol(h.nasreen.id)? {
        for l in bp_check::progress_lines(&ctx, &status) {
            out.line(&l);
        }
    }

    heading("cli-demo-danger");
    let low = Measurement::Glucose(Glucose {
        value: 2.6,
        unit: GlucoseUnit::MmolPerL,
        context: GlucoseContext::Random,
    });
    let logged = rashid.log(h.rashid.id, low, LogOptions::default())?;
    for l in record::logged_lines(&ctx, &h.rashid, &h.rashid, &low, &logged) {
        out.line(&l);
    }
    out.line("");
    let high = Measurement::BloodPressure(BloodPressure {
        systolic: 186,
        diastolic: 122,
        pulse: Some(96),
        arm: None,
        position: None,
    });
    let logged = nasreen.log(h.nasreen.id, high, LogOptions::default())?;
    for l in record::logged_lines(&ctx, &h.nasreen, &h.nasreen, &high, &logged) {
        out.line(&l);
    }

    heading("cli-demo-slip");
    let slip = Measurement::Glucose(Glucose {
        value: 68.0,
        unit: GlucoseUnit::MmolPerL,
        context: GlucoseContext::BeforeMeal,
    });
    say(Message::new("cli-demo-slip-typed"));
    match rashid.log(h.rashid.id, slip, LogOptions::default()) {
        Err(e) => {
            for m in e.messages() {
                out.line(&format!("  {}", out.say(&m)));
            }
        }
        Ok(_) => unreachable!("68 mmol/L is beyond the plausibility limit"),
    }

    heading("cli-demo-next");
    say(Message::new("cli-demo-try").text("path", path.display().to_string()));
    Ok(())
}

/// Audit entries shown at the end of the family helper section.
const AUDIT_TAIL: usize = 6;

/// Amina helps her father: Rashid invites her, she accepts and logs a sugar for him, he
/// sees who can see his record, stops her access, and her next try is refused.
fn family_helper(ctx: &Ctx<'_>, h: &demo::Household) -> Result<(), CliError> {
    let out = ctx.out;
    let say = |m: Message| out.line(&out.say(&m));
    let indented = |lines: Vec<String>| {
        for l in lines {
            out.line(&format!("  {l}"));
        }
    };
    out.line(&format!("\n== {} ==", out.text("cli-demo-helper")));
    let rashid = ctx.saathi.session(h.rashid.id)?;
    let amina = ctx.saathi.session(h.amina.id)?;

    say(Message::new("cli-demo-helper-invite")
        .text("patient", h.rashid.name.clone())
        .text("helper", h.amina.name.clone()));
    let request = InviteRequest {
        scopes: vec![Scope::ViewReadings, Scope::LogReadings],
        grant_days: None,
        window: None,
        basis: LegalBasis::Consent,
    };
    let invitation = rashid.invite(h.rashid.id, request.clone())?;
    indented(helpers::invite_lines(ctx, &h.rashid, &request, &invitation));

    say(Message::new("cli-demo-helper-accept").text("helper", h.amina.name.clone()));
    let grant = amina.accept_invite(&invitation.spoken)?;
    indented(helpers::accepted_lines(ctx, &h.rashid.name, &grant));

    say(Message::new("cli-demo-helper-log")
        .text("patient", h.rashid.name.clone())
        .text("helper", h.amina.name.clone()));
    let sugar = Measurement::Glucose(Glucose {
        value: 6.8,
        unit: GlucoseUnit::MmolPerL,
        context: GlucoseContext::BeforeMeal,
    });
    // Taken a little earlier, so the dangerous reading later in the demo stays the newest.
    let earlier =
        LogOptions { taken: Some(ctx.now() - chrono::Duration::minutes(20)), ..LogOptions::default() };
    let logged = amina.log(h.rashid.id, sugar, earlier)?;
    indented(record::logged_lines(ctx, &h.rashid, &h.amina, &sugar, &logged));

    say(Message::new("cli-demo-helper-list").text("patient", h.rashid.name.clone()));
    let people = ctx.saathi.people()?;
    indented(helpers::sharing_lines(ctx, &people, &rashid.sharing(h.rashid.id)?));

    say(Message::new("cli-demo-helper-revoke")
        .text("patient", h.rashid.name.clone())
        .text("helper", h.amina.name.clone()));
    helpers::revoke_all(ctx, &rashid, &h.rashid, &h.amina, EndReason::PatientChoice)?;
    indented(vec![helpers::revoked_line(out, &h.amina, EndReason::PatientChoice)]);

    say(Message::new("cli-demo-helper-refused").text("helper", h.amina.name.clone()));
    match amina.log(h.rashid.id, sugar, LogOptions::default()) {
        Err(e) => indented(e.messages().iter().map(|m| out.say(m)).collect()),
        Ok(_) => unreachable!("a revoked grant allows nothing"),
    }

    say(Message::new("cli-demo-helper-audit")
        .int("count", AUDIT_TAIL as i64)
        .text("patient", h.rashid.name.clone()));
    let trail = audit::trail(&rashid, &h.rashid)?;
    indented(audit::lines(ctx, &people, &trail[trail.len().saturating_sub(AUDIT_TAIL)..]));
    match ctx.saathi.verify_audit()? {
        Ok(entries) => indented(vec![audit::intact_line(out, entries)]),
        Err(b) => return Err(CliError::AuditBroken(b)),
    }

    // Sharing again, narrower: the helper screen (`--as Amina --for Rashid screen helper`)
    // then shows someone helped with limited grants.
    say(Message::new("cli-demo-helper-again")
        .text("patient", h.rashid.name.clone())
        .text("helper", h.amina.name.clone()));
    let narrower = InviteRequest { scopes: vec![Scope::ViewReadings, Scope::ReceiveAlerts], ..request };
    let invitation = rashid.invite(h.rashid.id, narrower.clone())?;
    indented(helpers::invite_lines(ctx, &h.rashid, &narrower, &invitation));
    let grant = amina.accept_invite(&invitation.spoken)?;
    indented(helpers::accepted_lines(ctx, &h.rashid.name, &grant));
    // And he chooses when she is told: a dose still missed after half an hour, a reading
    // that needs action after a quarter of an hour unless he says he is dealing with it.
    let alerts = ReminderSettings {
        missed_dose_alert_minutes: Some(DEMO_DOSE_ALERT_MINUTES),
        escalation_minutes: Some(DEMO_ESCALATION_MINUTES),
        ..rashid.reminder_settings(h.rashid.id)?
    };
    rashid.set_reminder_settings(h.rashid.id, alerts)?;
    indented(vec![
        out.say(
            &Message::new("cli-demo-alert-choices")
                .text("patient", h.rashid.name.clone())
                .text("helper", h.amina.name.clone())
                .int("doses", i64::from(DEMO_DOSE_ALERT_MINUTES))
                .int("readings", i64::from(DEMO_ESCALATION_MINUTES)),
        ),
    ]);
    Ok(())
}

/// The demo patient's alert choices (minutes): examples, not clinical numbers.
const DEMO_DOSE_ALERT_MINUTES: u32 = 30;
const DEMO_ESCALATION_MINUTES: u32 = 15;
