//! `saathi audit`: who did what to the record (the patient only), and `audit --verify`:
//! whether that record is still exactly as it was written.

use chrono::{DateTime, Utc};
use serde::Serialize;

use saathi_core::Session;
use saathi_domain::message::Message;
use saathi_domain::person::{Person, PersonId};
use saathi_domain::reading::RecordId;

use crate::context::Ctx;
use crate::output::{CliError, Out};

/// One audit entry as the CLI shows it. (`Session::audit_trail` returns the store's own
/// entry type, which `saathi-core` does not re-export; this copies its fields.)
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub at: DateTime<Utc>,
    pub actor: PersonId,
    pub action: String,
    pub record_kind: Option<String>,
    pub record: Option<RecordId>,
    pub private: bool,
}

/// `patient`'s audit trail, oldest first.
pub fn trail(session: &Session, patient: &Person) -> Result<Vec<Row>, CliError> {
    Ok(session
        .audit_trail(patient.id)?
        .into_iter()
        .map(|e| Row {
            at: e.at,
            actor: e.actor,
            action: e.action,
            record_kind: e.record_kind,
            record: e.record,
            private: e.private,
        })
        .collect())
}

pub fn show(ctx: &Ctx<'_>, verify: bool) -> Result<(), CliError> {
    if verify {
        return check(ctx);
    }
    let (session, patient) = ctx.session()?;
    let rows = trail(&session, &patient)?;
    let people = ctx.saathi.people()?;
    ctx.out.print(&rows, || lines(ctx, &people, &rows));
    Ok(())
}

/// The entries as a table: when, who, what they did, and which record.
pub fn lines(ctx: &Ctx<'_>, people: &[Person], rows: &[Row]) -> Vec<String> {
    let out = ctx.out;
    let mut table_rows = vec![vec![
        out.text("cli-col-when"),
        out.text("cli-col-who"),
        out.text("cli-col-action"),
        out.text("cli-col-number"),
    ]];
    for e in rows {
        let record = match (&e.record_kind, e.record) {
            (Some(kind), Some(id)) => format!("{} {}", out.text(&format!("record-{kind}")), id.0),
            _ => String::new(),
        };
        table_rows.push(vec![
            out.when(&saathi_domain::time::Taken::utc(e.at)),
            ctx.name_of(people, e.actor),
            out.text(&format!("audit-{}", e.action)),
            record,
        ]);
    }
    out.table(&table_rows)
}

/// The words for an intact chain.
pub fn intact_line(out: &Out, entries: u64) -> String {
    out.say(&Message::new("cli-audit-intact").int("entries", entries as i64))
}

fn check(ctx: &Ctx<'_>) -> Result<(), CliError> {
    let entries = ctx.saathi.verify_audit()?.map_err(CliError::AuditBroken)?;
    let line = intact_line(ctx.out, entries);
    ctx.out.print(&serde_json::json!({ "intact": true, "entries": entries }), || vec![line.clone()]);
    Ok(())
}
