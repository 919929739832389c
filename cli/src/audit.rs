//! `saathi audit`: who did what to the record.

use crate::context::Ctx;
use crate::output::{CliError, table, when};

pub fn show(ctx: &Ctx<'_>) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let entries = session.audit_trail(patient.id)?;
    let people = ctx.saathi.people()?;
    let out = ctx.out;
    let human = || {
        let mut rows = vec![vec![
            out.text("cli-col-when"),
            out.text("cli-col-who"),
            out.text("cli-col-action"),
            out.text("cli-col-number"),
        ]];
        for e in &entries {
            let record = match (&e.record_kind, e.record) {
                (Some(kind), Some(id)) => format!("{} {}", out.text(&format!("record-{kind}")), id.0),
                _ => String::new(),
            };
            rows.push(vec![
                when(&saathi_domain::time::Taken::utc(e.at)),
                ctx.name_of(&people, e.actor),
                out.text(&format!("audit-{}", e.action)),
                record,
            ]);
        }
        table(&rows)
    };
    let json: Vec<_> = entries
        .iter()
        .map(|e| serde_json::json!({ "at": e.at, "actor": e.actor, "action": e.action, "record_kind": e.record_kind, "record": e.record }))
        .collect();
    out.print(&json, human);
    Ok(())
}
