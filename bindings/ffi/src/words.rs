//! The languages screens, reminders and error messages use: the person's reading and
//! listening preferences and the device's voices (from `SaathiConfig`), or one locale a call
//! asks for. And `describe_error`: a `SaathiError` in the person's words, with no health value.

use saathi_domain::message::Message;
use saathi_domain::plausibility::{Field, ValidationError};
use saathi_l10n::{LanguagePrefs, Localizer};

use crate::error::{InputField, InputProblem, ItemKind, SaathiError};
use crate::runtime::guard;
use crate::saathi::Saathi;

/// The configured languages; a `Localizer` is made from them per call (the message
/// library itself is loaded once, so this is cheap).
#[derive(Debug, Clone)]
pub(crate) struct Languages {
    prefs: LanguagePrefs,
    voices: Vec<String>,
}

impl Languages {
    pub(crate) fn new(prefs: LanguagePrefs, voices: Vec<String>) -> Result<Self, SaathiError> {
        let languages = Languages { prefs, voices };
        languages.localizer(None)?;
        Ok(languages)
    }

    /// The configured languages, or `locale` alone (with English behind it) when given.
    pub(crate) fn localizer(&self, locale: Option<&str>) -> Result<Localizer, SaathiError> {
        let voices: Vec<&str> = self.voices.iter().map(String::as_str).collect();
        let single;
        let prefs = match locale {
            Some(code) => {
                // `with_prefs` would fall back to English for a code it does not know.
                if saathi_l10n::locales::find(code).is_none() {
                    return Err(unknown_locale());
                }
                single = LanguagePrefs::single(code);
                &single
            }
            None => &self.prefs,
        };
        Localizer::with_prefs(prefs, &voices).map_err(|e| {
            tracing::warn!(error = %e, "no such locale");
            unknown_locale()
        })
    }
}

fn unknown_locale() -> SaathiError {
    SaathiError::InvalidInput { field: InputField::Languages, problem: InputProblem::NotAChoice }
}

/// What to tell the person about an error, in their words (usually one sentence).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ErrorText {
    /// The sentences, in order.
    pub lines: Vec<String>,
    /// The language they are in.
    pub locale: String,
}

#[uniffi::export]
impl Saathi {
    /// `error` in the configured languages, or in `locale` when given: the same words the
    /// core uses everywhere (`Error::messages`). Never holds a value the person typed.
    pub fn describe_error(
        &self,
        error: SaathiError,
        locale: Option<String>,
    ) -> Result<ErrorText, SaathiError> {
        guard(|| {
            let l10n = self.shared.languages.localizer(locale.as_deref())?;
            let lines = messages(&error).iter().map(|m| l10n.message(m)).collect();
            Ok(ErrorText { lines, locale: l10n.locale().into() })
        })
    }
}

/// The core's messages for the error this FFI error came from. Variants that only the FFI
/// has (`Closed`, `SessionEnded`, `Internal`) read as the storage message.
fn messages(error: &SaathiError) -> Vec<Message> {
    use saathi_core::Error as E;
    let core = match error {
        SaathiError::InvalidInput { field, problem } => E::Invalid(validation(*field, problem)),
        SaathiError::InvalidImportRow { row, field, problem } => {
            E::InvalidImportRow { row: *row as usize, error: validation(*field, problem) }
        }
        SaathiError::NotAllowed { action, denial } => {
            E::Denied { action: (*action).into(), reason: (*denial).into() }
        }
        SaathiError::NotFound { what } => E::NotFound { what: item_code(*what) },
        SaathiError::NameTaken => E::NameTaken,
        SaathiError::DatabaseDamaged { moved_to } => E::DatabaseCorrupt { moved_to: moved_to.into() },
        SaathiError::DatabaseFromNewerVersion { moved_to } => {
            E::DatabaseFromNewerVersion { moved_to: moved_to.into() }
        }
        SaathiError::DatabaseNotSaathi { moved_to } => E::DatabaseNotSaathi { moved_to: moved_to.into() },
        SaathiError::DatabaseDamagedInUse => E::DatabaseCorruptInUse,
        SaathiError::PinRequired => E::PinRequired,
        SaathiError::NoPinSet => E::NoPinSet,
        SaathiError::WrongPin { .. } => E::WrongPin { retry_at: None },
        SaathiError::PinLocked { until, wait_minutes } => {
            E::PinLocked { until: *until, wait_minutes: *wait_minutes }
        }
        SaathiError::InvalidInviteCode { problem } => E::InvalidInviteCode((*problem).into()),
        SaathiError::InviteExpired => E::InviteExpired,
        SaathiError::InviteUsed => E::InviteUsed,
        SaathiError::OwnInvitation => E::OwnInvitation,
        SaathiError::PackRefused { code } => E::PackRefused { code: static_code(code) },
        SaathiError::DownloadFailed { code } => E::DownloadFailed { code: static_code(code) },
        SaathiError::NeedsWifi => E::NeedsWifi,
        SaathiError::NoContent => E::NoContent,
        SaathiError::Storage => E::Storage,
        // "Saathi could not save or read your data. Nothing was changed.": true of each, and
        // what a person can be told; the shell reopens.
        SaathiError::Closed | SaathiError::SessionEnded | SaathiError::Internal => E::Storage,
    };
    core.messages()
}

/// The codes the core's messages tell apart (saathi-packs' and saathi-net's); any other
/// code reads as damaged or failed.
fn static_code(code: &str) -> &'static str {
    const CODES: [&str; 20] = [
        "pack-unknown-publisher",
        "pack-bad-signature",
        "pack-key-mismatch",
        "pack-other-publisher",
        "pack-truncated",
        "pack-too-large",
        "pack-not-newer",
        "pack-unsupported-format",
        "pack-bad-catalogue",
        "pack-io",
        "pack-no-randomness",
        "offline",
        "too-large",
        "tls",
        "bad-url",
        "unsupported-scheme",
        "wrong-size",
        "wrong-hash",
        "bad-response",
        "io",
    ];
    CODES.into_iter().find(|c| *c == code).unwrap_or("unknown")
}

fn item_code(what: ItemKind) -> &'static str {
    match what {
        ItemKind::Person => "person",
        ItemKind::Reading => "reading",
        ItemKind::Medicine => "medicine",
        ItemKind::Dose => "dose",
        ItemKind::Grant => "grant",
        ItemKind::Invitation => "invitation",
        ItemKind::BpProtocol => "blood pressure protocol",
        ItemKind::Reminder => "reminder",
        ItemKind::Lesson => "lesson",
        ItemKind::ContentItem => "content item",
        ItemKind::Assignment => "assignment",
        ItemKind::PackFile => "pack file",
        ItemKind::Other => "item",
    }
}

/// The units the plausibility rules name (the message picks its term by unit).
fn unit(text: &str) -> &'static str {
    const UNITS: [&str; 12] =
        ["mmol/L", "mg/dL", "mmHg", "/min", "kg", "mmol/mol", "%", "min", "steps", "digits", "days", "bpm"];
    UNITS.into_iter().find(|u| *u == text).unwrap_or("")
}

fn validation(field: InputField, problem: &InputProblem) -> ValidationError {
    let field: Field = field.into();
    match problem {
        InputProblem::BelowMin { min, unit: u } => {
            ValidationError::BelowMin { field, min: *min, unit: unit(u) }
        }
        InputProblem::AboveMax { max, unit: u } => {
            ValidationError::AboveMax { field, max: *max, unit: unit(u) }
        }
        InputProblem::NotANumber => ValidationError::NotANumber { field },
        InputProblem::DiastolicNotBelowSystolic => ValidationError::DiastolicNotBelowSystolic,
        InputProblem::InFuture { tolerance_minutes } => {
            ValidationError::InFuture { field, tolerance_minutes: *tolerance_minutes }
        }
        InputProblem::TooEarly { earliest_year } => {
            ValidationError::TooEarly { field, earliest_year: *earliest_year }
        }
        InputProblem::Missing => ValidationError::Missing { field },
        InputProblem::TooLong { max } => ValidationError::TooLong { field, max: *max as usize },
        InputProblem::NotAChoice => ValidationError::NotAChoice { field },
        InputProblem::NotInFuture => ValidationError::NotInFuture { field },
        InputProblem::OutOfOrder { other } => ValidationError::OutOfOrder { field, other: (*other).into() },
    }
}
