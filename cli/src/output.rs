//! How the CLI speaks: every word through the Localizer, tables aligned, JSON for scripts,
//! and one line on stderr for any error, with an exit code a script can act on.

use std::process::ExitCode;

use serde::Serialize;

use saathi_core::Error;
use saathi_domain::ValidationError;
use saathi_domain::message::Message;
use saathi_l10n::Localizer;

/// Errors the CLI reports: the core's own, or the CLI's usage mistakes (bad date format...).
#[derive(Debug)]
pub enum CliError {
    Core(Error),
    Usage(Message),
}

impl From<Error> for CliError {
    fn from(e: Error) -> Self {
        CliError::Core(e)
    }
}

impl From<ValidationError> for CliError {
    fn from(e: ValidationError) -> Self {
        CliError::Core(Error::Invalid(e))
    }
}

impl CliError {
    pub fn messages(&self) -> Vec<Message> {
        match self {
            CliError::Core(e) => e.messages(),
            CliError::Usage(m) => vec![m.clone()],
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            CliError::Core(
                Error::Invalid(_) | Error::InvalidImportRow { .. } | Error::UnreadableImportRow { .. },
            )
            | CliError::Usage(_) => "invalid-input",
            CliError::Core(Error::Denied { .. }) => "denied",
            CliError::Core(Error::NotFound { .. }) => "not-found",
            CliError::Core(Error::NameTaken) => "name-taken",
            CliError::Core(Error::DatabaseCorrupt { .. } | Error::DatabaseFromNewerVersion { .. }) => {
                "database-moved-aside"
            }
            CliError::Core(Error::Storage) => "storage",
        }
    }

    /// 2 bad input, 3 not allowed, 4 not found, 5 database moved aside, 1 anything else.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self.code() {
            "invalid-input" | "name-taken" => 2,
            "denied" => 3,
            "not-found" => 4,
            "database-moved-aside" => 5,
            _ => 1,
        })
    }
}

pub struct Out {
    pub l10n: Localizer,
    pub json: bool,
}

impl Out {
    pub fn say(&self, m: &Message) -> String {
        self.l10n.message(m)
    }

    pub fn text(&self, key: &str) -> String {
        self.l10n.text(key)
    }

    /// Prints a result: JSON when asked for, otherwise the human lines.
    pub fn print<T: Serialize>(&self, value: &T, human: impl FnOnce() -> Vec<String>) {
        if self.json {
            match serde_json::to_string_pretty(value) {
                Ok(s) => line(&s),
                Err(e) => tracing::error!(error = %e, "could not write JSON"),
            }
        } else {
            for l in human() {
                line(&l);
            }
        }
    }

    /// One line on stderr, in words (or JSON with --json).
    pub fn error(&self, e: &CliError) {
        let words: Vec<String> = e.messages().iter().map(|m| self.say(m)).collect();
        if self.json {
            let value = serde_json::json!({ "error": e.code(), "message": words.join(" ") });
            eprintln!("{value}");
        } else {
            eprintln!("saathi: {}", words.join(" "));
        }
    }
}

/// Prints one line on stdout. If whoever reads it has gone (`saathi readings | head`), the
/// rest is dropped quietly, as other tools do; `println!` would panic. Any other failure to
/// write is an error (exit 1): what was asked for has been done, but not all of it shown.
pub fn line(text: &str) {
    use std::io::Write;
    match writeln!(std::io::stdout(), "{text}") {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            tracing::error!(error = %e, "could not write to standard output");
            std::process::exit(1);
        }
    }
}

/// A date and time on the wall clock where it happened. (Month names per locale come with
/// the localisation layer; en-GB is the only locale so far.)
pub fn when(t: &saathi_domain::time::Taken) -> String {
    t.local().format("%a %d %b %Y %H:%M").to_string()
}

pub fn date(d: chrono::NaiveDate) -> String {
    d.format("%d %b %Y").to_string()
}

/// Lays out rows in columns, each as wide as its widest cell.
pub fn table(rows: &[Vec<String>]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0))
        .collect();
    rows.iter()
        .map(|r| {
            let cells: Vec<String> = r
                .iter()
                .enumerate()
                .map(|(i, cell)| {
                    let pad = widths[i].saturating_sub(cell.chars().count());
                    format!("{cell}{}", " ".repeat(pad))
                })
                .collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_aligns_columns_by_characters() {
        let rows = vec![
            vec!["When".to_string(), "Reading".to_string()],
            vec!["Mon".to_string(), "6.8 mmol/L".to_string()],
        ];
        assert_eq!(table(&rows), vec!["When  Reading", "Mon   6.8 mmol/L"]);
    }
}
