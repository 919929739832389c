//! How the CLI speaks: every word through the Localizer, tables aligned, JSON for scripts,
//! and one line on stderr for any error, with an exit code a script can act on.

use std::process::ExitCode;

use serde::Serialize;

use saathi_core::Error;
use saathi_domain::ValidationError;
use saathi_domain::audit_chain::Break;
use saathi_domain::message::Message;
use saathi_l10n::{Direction, Localizer};

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
    /// Text for a terminal: without bidi isolation marks, which terminals print as boxes
    /// or count as columns; right-to-left lines are laid out by `print` instead.
    pub fn new(l10n: Localizer, json: bool, speak: bool) -> Out {
        let l10n = l10n.isolating(false);
        Out { l10n: std::cell::RefCell::new(l10n), json, spoken: speak.then(Default::default) }
    }

    pub fn set_localizer(&self, l10n: Localizer) {
        *self.l10n.borrow_mut() = l10n.isolating(false);
    }

    /// Which way the person's text runs.
    pub fn direction(&self) -> Direction {
        self.l10n.borrow().direction()
    }

    /// `text`'s ASCII digits in the locale's own (for numbering around Saathi's words).
    pub fn digits(&self, text: &str) -> String {
        self.l10n.borrow().digits(text)
    }

    /// Rows in aligned columns, in the order the person reads (see `table`).
    pub fn table(&self, rows: &[Vec<String>]) -> Vec<String> {
        table(rows, self.direction())
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

    /// A time of day in the locale's digits.
    pub fn time(&self, t: chrono::NaiveTime) -> String {
        self.l10n.borrow().time(t)
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
            let lines = human();
            let lines = match self.direction() {
                Direction::LeftToRight => lines,
                Direction::RightToLeft => right_to_left(lines, right_edge()),
            };
            for l in lines {
                line(&l);
            }
        }
    }

    /// Narration printed as it happens (the demo): each line laid out for the language's
    /// direction, as `print` lays out a result.
    pub fn line(&self, text: &str) {
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let lines = match self.direction() {
            Direction::LeftToRight => lines,
            Direction::RightToLeft => right_to_left(lines, right_edge()),
        };
        for l in lines {
            line(&l);
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

/// How many columns text takes in a terminal: combining marks (Arabic vowel marks, Indic
/// vowel signs that sit on a letter), joiners and bidi marks take none, everything else one.
pub fn width(text: &str) -> usize {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    text.chars()
        .filter(|c| {
            !matches!(
                c.general_category(),
                GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark | GeneralCategory::Format
            )
        })
        .count()
}

/// Lays out rows in columns, each as wide as its widest cell. Left to right, the first
/// column is on the left and cells are padded on their right; right to left, the first
/// column is on the right and cells are padded on their left, so each column's text
/// starts (on its right) at the same place. Every row is as wide as the widest.
pub fn table(rows: &[Vec<String>], direction: Direction) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| width(s)).max().unwrap_or(0))
        .collect();
    rows.iter()
        .map(|r| {
            let cells = (0..columns).map(|i| {
                let cell = r.get(i).map_or("", String::as_str);
                (cell, " ".repeat(widths[i].saturating_sub(width(cell))))
            });
            match direction {
                Direction::LeftToRight => {
                    let cells: Vec<String> = cells.map(|(cell, pad)| format!("{cell}{pad}")).collect();
                    cells.join("  ").trim_end().to_string()
                }
                Direction::RightToLeft => {
                    let cells: Vec<String> = cells.rev().map(|(cell, pad)| format!("{pad}{cell}")).collect();
                    cells.join("  ").trim_start().to_string()
                }
            }
        })
        .collect()
}

/// Where right-to-left lines end: the terminal's width when output goes to one and the
/// shell exported `COLUMNS`, else 80 columns (a pipe, a file, a test: the same every time).
pub fn right_edge() -> usize {
    use std::io::IsTerminal;
    const FIXED: usize = 80;
    if !std::io::stdout().is_terminal() {
        return FIXED;
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok()).filter(|c| *c >= 20).unwrap_or(FIXED)
}

/// `text` broken at spaces into pieces at most `columns` wide (a longer word alone).
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !current.is_empty() && width(&current) + 1 + width(word) > columns {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() || out.is_empty() {
        out.push(current);
    }
    out
}

/// Right-to-left lines (Urdu) laid out for a terminal. Saathi, not the terminal, decides
/// where things sit on the line: most terminals do not reorder bidirectional text at all,
/// and those that do disagree on which way a line runs, so a layout left to them comes
/// out differently on each. What an Urdu reader expects of a page is that lines start at
/// the right edge, that indentation is on the right, and that what marks a line (a
/// severity mark, an action's number, a table's first column) is on the right where they
/// start reading. So each line's leading indentation moves to its end, a line wider than
/// `edge` columns is broken at spaces (its pieces keep the indentation), and every line is
/// padded on the left to end at `edge`; a table row too wide to break sensibly sets the
/// edge for all. The words inside each line stay in logical order, for a terminal that
/// shapes Arabic script to show them joined and the right way round. Empty lines stay
/// empty.
pub fn right_to_left(lines: Vec<String>, edge: usize) -> Vec<String> {
    let mut mirrored: Vec<String> = Vec::new();
    for l in lines {
        let body = l.trim_start_matches(' ');
        if body.trim().is_empty() {
            mirrored.push(String::new());
            continue;
        }
        let indent = " ".repeat(l.len() - body.len());
        let room = edge.saturating_sub(indent.len()).max(1);
        // A table's columns are two spaces apart: those rows are never broken.
        let pieces = if body.contains("  ") { vec![body.to_string()] } else { wrap(body, room) };
        mirrored.extend(pieces.into_iter().map(|p| format!("{p}{indent}")));
    }
    let edge = mirrored.iter().map(|l| width(l)).max().unwrap_or(0).max(edge);
    mirrored
        .into_iter()
        .map(|l| if l.is_empty() { l } else { format!("{}{l}", " ".repeat(edge - width(&l))) })
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
        assert_eq!(table(&rows, Direction::LeftToRight), vec!["When  Reading", "Mon   6.8 mmol/L"]);
    }

    #[test]
    fn right_to_left_tables_start_on_the_right_and_align_each_column_on_its_right() {
        let rows = vec![
            vec!["وقت".to_string(), "ریڈنگ".to_string()],
            vec!["پیر".to_string(), "6.8 mmol/L".to_string()],
        ];
        let lines = right_to_left(table(&rows, Direction::RightToLeft), 15);
        assert_eq!(lines, vec!["     ریڈنگ  وقت", "6.8 mmol/L  پیر"]);
    }

    #[test]
    fn right_to_left_lines_end_together_with_indentation_on_the_right() {
        let lines = vec!["عنوان".to_string(), String::new(), "  ایک".to_string()];
        assert_eq!(right_to_left(lines, 8), vec!["   عنوان", "", "   ایک  "]);
        // Too wide: broken at spaces, each piece keeping the indentation on the right.
        let long = vec!["  ایک دو تین".to_string()];
        assert_eq!(right_to_left(long, 9), vec![" ایک دو  ", "    تین  "]);
        assert_eq!(wrap("ایک دو تین", 3), vec!["ایک", "دو", "تین"]);
    }

    #[test]
    fn marks_that_sit_on_a_letter_take_no_column() {
        assert_eq!(width("কি"), 2, "a spacing vowel sign takes a column");
        assert_eq!(width("কু"), 1, "a vowel sign beneath the letter does not");
        assert_eq!(width("\u{2068}6.8\u{2069}"), 3, "nor do isolation marks");
        assert_eq!(width("می\u{200C}شود"), 5, "nor a zero-width non-joiner");
    }
}
