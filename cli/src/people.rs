//! `saathi person add|list`.

use saathi_domain::message::Message;
use saathi_domain::person::{Languages, NewPerson, UnitPreferences};
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};

use crate::args::{PersonCommand, PinCommand};
use crate::context::Ctx;
use crate::output::CliError;

fn unit<T>(code: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, CliError> {
    parse(code)
        .ok_or_else(|| CliError::Usage(Message::new("cli-error-unknown-unit").text("unit", code.to_string())))
}

pub fn run(ctx: &Ctx<'_>, command: &PersonCommand) -> Result<(), CliError> {
    let out = ctx.out;
    match command {
        PersonCommand::Add { name, role, born, conditions, glucose_unit, weight_unit, hba1c_unit } => {
            let person = ctx.saathi.add_person(NewPerson {
                name: name.clone(),
                role: (*role).into(),
                birth_year: *born,
                conditions: conditions.iter().map(|c| (*c).into()).collect(),
                units: UnitPreferences {
                    glucose: unit(glucose_unit, GlucoseUnit::from_code)?,
                    hba1c: unit(hba1c_unit, Hba1cUnit::from_code)?,
                    weight: unit(weight_unit, WeightUnit::from_code)?,
                },
            })?;
            let line = out.say(
                &Message::new("cli-person-added")
                    .text("name", person.name.clone())
                    .term("role", format!("role-{}", person.role.code())),
            );
            out.print(&person, || vec![line.clone()]);
        }
        PersonCommand::Languages { text, audio } => {
            let (session, person) = ctx.session()?;
            let list = |s: &str| {
                s.split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect::<Vec<_>>()
            };
            if text.is_some() || audio.is_some() {
                let current = session.languages(person.id)?;
                let text = text
                    .as_deref()
                    .map(list)
                    .or(current.as_ref().map(|c| c.text.clone()))
                    .unwrap_or_default();
                let audio = audio
                    .as_deref()
                    .map(list)
                    .or(current.as_ref().map(|c| c.audio.clone()))
                    .unwrap_or_else(|| text.clone());
                if let Some(unknown) =
                    text.iter().chain(audio.iter()).find(|c| saathi_l10n::locales::find(c).is_none())
                {
                    return Err(CliError::Usage(
                        Message::new("cli-error-unknown-language").text("lang", unknown.clone()),
                    ));
                }
                session.set_languages(person.id, Languages { text, audio })?;
            }
            let saved = session.languages(person.id)?;
            let names = |codes: &[String]| {
                codes
                    .iter()
                    .map(|c| saathi_l10n::locales::find(c).map_or(c.as_str(), |l| l.autonym))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let line = match &saved {
                Some(l) => out.say(
                    &Message::new("cli-languages")
                        .text("name", person.name.clone())
                        .text("text", names(&l.text))
                        .text("audio", names(&l.audio)),
                ),
                None => out.say(&Message::new("cli-languages-none").text("name", person.name.clone())),
            };
            out.print(&saved, || vec![line.clone()]);
        }
        PersonCommand::List => {
            let people = ctx.saathi.people()?;
            let mut rows = vec![vec![
                out.text("cli-col-name"),
                out.text("cli-col-role"),
                out.text("cli-col-conditions"),
            ]];
            for p in &people {
                let conditions: Vec<String> =
                    p.conditions.iter().map(|c| out.text(&format!("condition-{}", c.code()))).collect();
                rows.push(vec![
                    p.name.clone(),
                    out.text(&format!("role-{}", p.role.code())),
                    conditions.join(", "),
                ]);
            }
            out.print(&people, || out.table(&rows));
        }
        PersonCommand::Pin(command) => {
            // Always the acting person's own PIN: no one sets another's.
            let (session, me) = ctx.own_session()?;
            let (key, set) = match command {
                PinCommand::Set { pin } => {
                    session.set_pin(pin)?;
                    ("cli-pin-set", true)
                }
                PinCommand::Clear => {
                    session.clear_pin()?;
                    ("cli-pin-cleared", false)
                }
            };
            let line = out.say(&Message::new(key).text("name", me.name.clone()));
            out.print(&serde_json::json!({ "name": me.name, "pin": set }), || vec![line.clone()]);
        }
    }
    Ok(())
}
