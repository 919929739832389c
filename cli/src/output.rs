//! How the CLI speaks: every word through the Localizer, tables aligned, JSON for scripts,
//! and one line on stderr for any error, with an exit code a script can act on.

use std::process::ExitCode;

use serde::Serialize;

use saathi_core::Error;
use saathi_domain::ValidationError;
use saathi_domain::audit_chain::Break;
use saathi_domain::message::Message;
use saathi_l10n::Localizer;

/// Errors the CLI reports: the core's own, the CLI's usage mistakes (bad date format...),
/// something named that is not there, or an audit trail that was changed.
#[derive(Debug)]
pub enum CliError {
    Core(Error),
    Usage(Message),
    /// Something the person named is not there (exit 4), in the CLI's words.
    Missing(Message),
    /// `audit --verify` found the record of who did what changed (exit 6).
    AuditBroken(Break),
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

/// Where the audit chain breaks, in words.
pub fn break_message(b: &Break) -> Message {
    match *b {
        Break::Altered { id } => Message::new("cli-audit-altered").int("entry", id),
        Break::Missing { before_id } => Message::new("cli-audit-missing").int("entry", before_id),
        Break::Truncated { entries, expected } => Message::new("cli-audit-truncated")
            .int("entries", entries as i64)
            .int("expected", expected as i64),
    }
}

impl CliError {
    pub fn messages(&self) -> Vec<Message> {
        match self {
            CliError::Core(e) => e.messages(),
            CliError::Usage(m) | CliError::Missing(m) => vec![m.clone()],
            CliError::AuditBroken(b) => vec![break_message(b)],
        }
    }

    /// A stable code for scripts (`--json` errors), and the exit code that goes with it.
    /// Every core error is named here, so a new one cannot slip through unclassified.
    fn kind(&self) -> (&'static str, u8) {
        const INVALID: u8 = 2;
        const NOT_ALLOWED: u8 = 3;
        const NOT_FOUND: u8 = 4;
        const MOVED_ASIDE: u8 = 5;
        const AUDIT_BROKEN: u8 = 6;
        const PACK_REFUSED: u8 = 7;
        const DOWNLOAD_FAILED: u8 = 8;
        match self {
            CliError::Usage(_) => ("invalid-input", INVALID),
            CliError::Missing(_) => ("not-found", NOT_FOUND),
            CliError::AuditBroken(_) => ("audit-changed", AUDIT_BROKEN),
            CliError::Core(e) => match e {
                Error::Invalid(_) | Error::InvalidImportRow { .. } | Error::UnreadableImportRow { .. } => {
                    ("invalid-input", INVALID)
                }
                Error::NameTaken => ("name-taken", INVALID),
                Error::InvalidInviteCode(_) => ("invalid-invite-code", INVALID),
                Error::InviteExpired => ("invite-expired", INVALID),
                Error::InviteUsed => ("invite-used", INVALID),
                Error::OwnInvitation => ("own-invitation", INVALID),
                Error::Denied { .. } => ("denied", NOT_ALLOWED),
                Error::PinRequired => ("pin-required", NOT_ALLOWED),
                Error::NoPinSet => ("no-pin-set", NOT_ALLOWED),
                Error::WrongPin { .. } => ("wrong-pin", NOT_ALLOWED),
                Error::PinLocked { .. } => ("pin-locked", NOT_ALLOWED),
                Error::NotFound { .. } => ("not-found", NOT_FOUND),
                Error::DatabaseCorrupt { .. }
                | Error::DatabaseFromNewerVersion { .. }
                | Error::DatabaseNotSaathi { .. } => ("database-moved-aside", MOVED_ASIDE),
                // Moved aside on the next open (the CLI's next run).
                Error::DatabaseCorruptInUse => ("database-damaged", MOVED_ASIDE),
                Error::PackRefused { .. } => ("pack-refused", PACK_REFUSED),
                Error::DownloadFailed { .. } => ("download-failed", DOWNLOAD_FAILED),
                Error::NeedsWifi => ("needs-wifi", DOWNLOAD_FAILED),
                Error::NoContent => ("no-content", NOT_FOUND),
                Error::Storage => ("storage", 1),
            },
        }
    }

    pub fn code(&self) -> &'static str {
        self.kind().0
    }

    /// 2 bad input (nothing stored), 3 not allowed (a refusal, or a PIN that is needed,
    /// wrong or locked), 4 not found, 5 database moved aside, 6 the audit trail was
    /// changed (`audit --verify`), 1 anything else.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.kind().1)
    }
}

pub struct Out {
    /// Replaced once the acting person is known, if they saved their languages.
    l10n: std::cell::RefCell<Localizer>,
    pub json: bool,
    /// With --speak: every message shown, to be printed as utterances at the end.
    spoken: Option<std::cell::RefCell<Vec<Message>>>,
}

impl Out {
    pub fn new(l10n: Localizer, json: bool, speak: bool) -> Out {
        Out { l10n: std::cell::RefCell::new(l10n), json, spoken: speak.then(Default::default) }
    }

    pub fn set_localizer(&self, l10n: Localizer) {
        *self.l10n.borrow_mut() = l10n;
    }

    pub fn say(&self, m: &Message) -> String {
        if let Some(spoken) = &self.spoken {
            spoken.borrow_mut().push(m.clone());
        }
        self.l10n.borrow().message(m)
    }

    /// With --speak: what each message shown would sound like, in which language, and
    /// whether a recorded clip or the device's voice would say it.
    pub fn print_utterances(&self) {
        let Some(spoken) = &self.spoken else { return };
        let messages = spoken.take();
        let utterances: Vec<_> =
            messages.iter().map(|m| self.l10n.borrow().utterance(m, &saathi_l10n::NoClips)).collect();
        if self.json {
            match serde_json::to_string(&utterances) {
                Ok(s) => line(&s),
                Err(e) => tracing::error!(error = %e, "could not write JSON"),
            }
            return;
        }
        for u in utterances {
            let how = match &u.clip {
                Some(clip) => format!("{} {clip}", self.l10n.borrow().text("cli-speak-clip")),
                None => self.l10n.borrow().text("cli-speak-voice"),
            };
            line(&format!("🔊 [{}] ({how}) {}", u.language, u.text));
        }
    }

    /// A day and time on the wall clock where it happened, as the locale writes it.
    pub fn when(&self, t: &saathi_domain::time::Taken) -> String {
        self.l10n.borrow().date_time(t.local())
    }

    /// An instant, on the wall clock of `now` (the device's).
    pub fn when_at(
        &self,
        at: chrono::DateTime<chrono::Utc>,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> String {
        self.l10n.borrow().date_time(at.with_timezone(now.offset()))
    }

    pub fn date(&self, d: chrono::NaiveDate) -> String {
        self.l10n.borrow().date(d)
    }

    pub fn text(&self, key: &str) -> String {
        self.l10n.borrow().text(key)
    }

    /// The person's Localizer, for the core to build screens with.
    pub fn with_l10n<R>(&self, f: impl FnOnce(&Localizer) -> R) -> R {
        f(&self.l10n.borrow())
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
            let mut value = serde_json::json!({ "error": e.code(), "message": words.join(" ") });
            if let CliError::AuditBroken(b) = e {
                value["where"] = serde_json::json!(b);
            }
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

/// How many columns a cell takes: bidi isolation and direction marks take none.
fn width(cell: &str) -> usize {
    cell.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .count()
}

/// Lays out rows in columns, each as wide as its widest cell.
pub fn table(rows: &[Vec<String>]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| width(s)).max().unwrap_or(0))
        .collect();
    rows.iter()
        .map(|r| {
            let cells: Vec<String> = r
                .iter()
                .enumerate()
                .map(|(i, cell)| {
                    let pad = widths[i].saturating_sub(width(cell));
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
