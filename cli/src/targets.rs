//! `saathi target show|set`: targets in force and where each came from.

use saathi_domain::message::Message;
use saathi_domain::person::Person;
use saathi_domain::targets::{GlucoseRange, Origin, Target, Targets};
use saathi_domain::units::GlucoseUnit;

use crate::args::TargetCommand;
use crate::context::Ctx;
use crate::output::{CliError, Out};

pub fn run(ctx: &Ctx<'_>, command: &TargetCommand) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let targets = match command {
        TargetCommand::Show => session.targets(patient.id)?,
        TargetCommand::Set { metric, high, low, diastolic, reason } => {
            session.set_target(patient.id, (*metric).into(), *low, *high, *diastolic, reason.as_deref())?
        }
    };
    let people = ctx.saathi.people()?;
    ctx.out.print(&targets, || lines(ctx, &people, &patient, &targets));
    Ok(())
}

fn origin(out: &Out, ctx: &Ctx<'_>, people: &[Person], o: &Origin) -> String {
    match o {
        Origin::Guideline { source } => {
            out.say(&Message::new("cli-target-guideline").text("source", source.citation))
        }
        Origin::Clinician { by, at, reason } => {
            let m = Message::new("cli-target-set-by")
                .text("name", ctx.name_of(people, *by))
                .text("date", out.date(at.date_naive()));
            match reason {
                Some(r) => out
                    .say(&Message { key: "cli-target-set-by-because".into(), ..m }.text("reason", r.clone())),
                None => out.say(&m),
            }
        }
    }
}

fn lines(ctx: &Ctx<'_>, people: &[Person], patient: &Person, t: &Targets) -> Vec<String> {
    let out = ctx.out;
    let unit = patient.units.glucose;
    let range = |r: &Target<GlucoseRange>| {
        let v = |mmol: f64| unit.from_mmol(mmol);
        out.say(
            &Message::new("cli-target-glucose")
                .decimal("low", v(r.value.low), unit.decimals())
                .decimal("high", v(r.value.high), unit.decimals())
                .term(
                    "unit",
                    if unit == GlucoseUnit::MmolPerL { "unit-mmol-per-l" } else { "unit-mg-per-dl" },
                ),
        )
    };
    let rows = vec![
        vec![
            out.text("cli-target-before-meal"),
            range(&t.glucose_before_meal),
            origin(out, ctx, people, &t.glucose_before_meal.origin),
        ],
        vec![
            out.text("cli-target-after-meal"),
            range(&t.glucose_after_meal),
            origin(out, ctx, people, &t.glucose_after_meal.origin),
        ],
        vec![
            out.text("cli-target-other"),
            range(&t.glucose_other),
            origin(out, ctx, people, &t.glucose_other.origin),
        ],
        vec![
            out.text("cli-target-bp-home"),
            out.say(
                &Message::new("cli-target-bp")
                    .int("systolic", i64::from(t.bp_home.value.systolic))
                    .int("diastolic", i64::from(t.bp_home.value.diastolic)),
            ),
            origin(out, ctx, people, &t.bp_home.origin),
        ],
        vec![
            out.text("kind-hba1c"),
            out.say(&Message::new("cli-target-hba1c").decimal("value", t.hba1c.value, 0)),
            origin(out, ctx, people, &t.hba1c.origin),
        ],
    ];
    let mut lines = vec![out.say(&Message::new("cli-targets-title").text("name", patient.name.clone()))];
    lines.extend(out.table(&rows).into_iter().map(|l| format!("  {l}")));
    lines
}
