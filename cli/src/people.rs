//! `saathi person add|list`.

use saathi_domain::message::Message;
use saathi_domain::person::{NewPerson, UnitPreferences};
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};

use crate::args::{PersonCommand, PinCommand};
use crate::context::Ctx;
use crate::output::{CliError, table};

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
            out.print(&people, || table(&rows));
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
