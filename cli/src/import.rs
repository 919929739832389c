//! `saathi import FILE`: glucose rows from a CSV export, all or nothing.
//! Each line: `time,value[,unit[,context]]`, time in RFC 3339; a header line is skipped.
//! Errors name the line of the file, counting the header.

use std::io::{BufRead, BufReader};
use std::path::Path;

use chrono::DateTime;

use saathi_core::{Error, GlucoseRow};
use saathi_domain::message::Message;
use saathi_domain::reading::{GlucoseContext, ReadingSource};
use saathi_domain::units::GlucoseUnit;

use crate::context::Ctx;
use crate::output::CliError;

fn row(line: &str, default_unit: GlucoseUnit) -> Result<GlucoseRow, ()> {
    let mut cells = line.split(',').map(str::trim);
    let taken = DateTime::parse_from_rfc3339(cells.next().ok_or(())?).map_err(|_| ())?;
    let value = cells.next().ok_or(())?.parse::<f64>().map_err(|_| ())?;
    let unit = match cells.next().filter(|c| !c.is_empty()) {
        Some(u) => GlucoseUnit::from_code(u).ok_or(())?,
        None => default_unit,
    };
    let context = match cells.next().filter(|c| !c.is_empty()) {
        Some(c) => GlucoseContext::from_code(c).ok_or(())?,
        None => GlucoseContext::Random,
    };
    Ok(GlucoseRow { taken, value, unit, context })
}

pub fn run(ctx: &Ctx<'_>, file: &Path, unit: &str, source: ReadingSource) -> Result<(), CliError> {
    let default_unit = GlucoseUnit::from_code(unit).ok_or_else(|| {
        CliError::Usage(Message::new("cli-error-unknown-unit").text("unit", unit.to_string()))
    })?;
    let unreadable =
        || CliError::Usage(Message::new("cli-error-read-file").text("path", file.display().to_string()));
    let reader = BufReader::new(std::fs::File::open(file).map_err(|_| unreadable())?);
    let (session, patient) = ctx.session()?;
    let mut read_failed = false;
    // The core counts rows; a person looks for line numbers. Remember each row's line.
    let line_of_row = std::cell::RefCell::new(Vec::new());
    let rows = reader
        .lines()
        .map_while(|l| match l {
            Ok(l) => Some(l),
            Err(_) => {
                read_failed = true;
                None
            }
        })
        .enumerate()
        // A first line that does not start with a digit is a header.
        .filter(|(i, l)| !(l.trim().is_empty() || (*i == 0 && !l.starts_with(|c: char| c.is_ascii_digit()))))
        .map(|(i, l)| {
            line_of_row.borrow_mut().push(i + 1);
            row(&l, default_unit)
        });
    let result = session.import_glucose(patient.id, rows, source);
    let line = |row: usize| line_of_row.borrow().get(row.wrapping_sub(1)).copied().unwrap_or(row);
    let count = result.map_err(|e| match e {
        Error::InvalidImportRow { row, error } => Error::InvalidImportRow { row: line(row), error },
        Error::UnreadableImportRow { row } => Error::UnreadableImportRow { row: line(row) },
        other => other,
    })?;
    if read_failed {
        return Err(unreadable());
    }
    let line = ctx
        .out
        .say(&Message::new("cli-imported").int("count", count as i64).text("name", patient.name.clone()));
    ctx.out.print(&serde_json::json!({ "imported": count }), || vec![line.clone()]);
    Ok(())
}
