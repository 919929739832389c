//! `saathi medicine add|list|dose|change|stop|correct-dose|delete-dose`.

use saathi_core::Session;
use saathi_domain::medicine::{DoseStatus, Regimen};
use saathi_domain::message::Message;
use saathi_domain::person::PersonId;
use saathi_domain::reading::{RecordId, Recorded};

use crate::args::MedicineCommand;
use crate::context::Ctx;
use crate::output::CliError;
use crate::parse;

pub fn run(ctx: &Ctx<'_>, command: &MedicineCommand) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let out = ctx.out;
    match command {
        MedicineCommand::Add { name, dose, times, food } => {
            let regimen = Regimen {
                name: name.clone(),
                dose: dose.clone(),
                times: parse::times(times)?,
                with_food: (*food).into(),
            };
            let record = session.add_regimen(patient.id, regimen)?;
            let line = out.say(
                &Message::new("cli-medicine-added")
                    .text("name", name.trim().to_string())
                    .text("record", record.0.to_string()),
            );
            out.print(&serde_json::json!({ "record": record }), || vec![line.clone()]);
        }
        MedicineCommand::List => {
            let regimens = session.regimens(patient.id)?;
            let mut rows = vec![vec![
                out.text("cli-col-medicine"),
                out.text("cli-col-dose"),
                out.text("cli-col-times"),
                out.text("cli-col-food"),
            ]];
            for r in &regimens {
                let times: Vec<String> = r.value.times.iter().map(|t| out.time(*t)).collect();
                rows.push(vec![
                    r.value.name.clone(),
                    r.value.dose.clone(),
                    times.join(", "),
                    out.text(&format!("food-{}", r.value.with_food.code())),
                ]);
            }
            out.print(&regimens, || out.table(&rows));
        }
        MedicineCommand::Dose { name, time, status, at } => {
            let regimen = &named(&session, patient.id, name)?;
            let scheduled = *parse::times(time)?
                .first()
                .ok_or_else(|| CliError::Usage(Message::new("cli-error-time-format")))?;
            let taken = at.as_deref().map(|t| parse::instant(t, ctx.now())).transpose()?;
            let record = session.record_dose(
                patient.id,
                regimen.meta.record_id,
                scheduled,
                (*status).into(),
                taken,
            )?;
            let status: DoseStatus = (*status).into();
            let line = out.say(
                &Message::new("cli-dose-recorded")
                    .text("name", regimen.value.name.clone())
                    .term("status", format!("dose-{}", status.code()))
                    .text("record", record.0.to_string()),
            );
            out.print(&serde_json::json!({ "record": record }), || vec![line.clone()]);
        }
        MedicineCommand::Change { name, new_name, dose, times, food, reason } => {
            let old = named(&session, patient.id, name)?;
            // What is not given stays as it was.
            let changed = Regimen {
                name: new_name.clone().unwrap_or_else(|| old.value.name.clone()),
                dose: dose.clone().unwrap_or_else(|| old.value.dose.clone()),
                times: times
                    .as_deref()
                    .map(parse::times)
                    .transpose()?
                    .unwrap_or_else(|| old.value.times.clone()),
                with_food: food.map_or(old.value.with_food, Into::into),
            };
            let shown = changed.name.trim().to_string();
            let record = old.meta.record_id;
            let version = session.change_regimen(patient.id, record, changed, reason)?;
            let line = out.say(
                &Message::new("cli-medicine-changed")
                    .text("name", shown)
                    .text("record", record.0.to_string())
                    .text("version", version.to_string()),
            );
            out.print(&serde_json::json!({ "record": record, "version": version }), || vec![line.clone()]);
        }
        MedicineCommand::Stop { name, reason } => {
            let old = named(&session, patient.id, name)?;
            let record = old.meta.record_id;
            let version = session.stop_regimen(patient.id, record, reason)?;
            let line = out.say(&Message::new("cli-medicine-stopped").text("name", old.value.name.clone()));
            out.print(&serde_json::json!({ "record": record, "version": version, "stopped": true }), || {
                vec![line.clone()]
            });
        }
        MedicineCommand::CorrectDose { dose, status, at, reason } => {
            let taken = at.as_deref().map(|t| parse::instant(t, ctx.now())).transpose()?;
            let status: DoseStatus = (*status).into();
            let version = session.correct_dose(patient.id, RecordId(*dose), status, taken, reason)?;
            let line = out.say(
                &Message::new("cli-dose-corrected")
                    .text("record", dose.to_string())
                    .term("status", format!("dose-{}", status.code()))
                    .text("version", version.to_string()),
            );
            out.print(&serde_json::json!({ "record": dose, "version": version }), || vec![line.clone()]);
        }
        MedicineCommand::DeleteDose { dose, reason } => {
            let version = session.delete_dose(patient.id, RecordId(*dose), reason)?;
            let line = out.say(&Message::new("cli-dose-deleted").text("record", dose.to_string()));
            out.print(&serde_json::json!({ "record": dose, "version": version, "deleted": true }), || {
                vec![line.clone()]
            });
        }
    }
    Ok(())
}

/// The current medicine with this name (ignoring case and spaces around it).
fn named(session: &Session, patient: PersonId, name: &str) -> Result<Recorded<Regimen>, CliError> {
    session
        .regimens(patient)?
        .into_iter()
        .find(|r| r.value.name.eq_ignore_ascii_case(name.trim()))
        .ok_or_else(|| saathi_core::Error::NotFound { what: "medicine" }.into())
}
