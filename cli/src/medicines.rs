//! `saathi medicine add|list|dose`.

use saathi_domain::medicine::Regimen;
use saathi_domain::message::Message;

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
            let regimens = session.regimens(patient.id)?;
            let regimen = regimens
                .iter()
                .find(|r| r.value.name.eq_ignore_ascii_case(name.trim()))
                .ok_or(saathi_core::Error::NotFound { what: "medicine" })?;
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
            let status: saathi_domain::medicine::DoseStatus = (*status).into();
            let line = out.say(
                &Message::new("cli-dose-recorded")
                    .text("name", regimen.value.name.clone())
                    .term("status", format!("dose-{}", status.code())),
            );
            out.print(&serde_json::json!({ "record": record }), || vec![line.clone()]);
        }
    }
    Ok(())
}
