//! The public error. Small and actionable: a shell can explain every variant to a person.
//! Never carries a health value or free text typed by a person.

use std::path::PathBuf;

use saathi_domain::ValidationError;
use saathi_domain::access::{Action, Denial};
use saathi_domain::message::Message;
use saathi_domain::wording;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is not plausible; nothing was stored.
    #[error("invalid input: {0}")]
    Invalid(#[from] ValidationError),
    /// Row `row` (1-based, after any header) of an import is invalid; nothing was imported.
    #[error("row {row} of the import is invalid: {error}")]
    InvalidImportRow { row: usize, error: ValidationError },
    /// Row `row` of an import could not be read at all; nothing was imported.
    #[error("row {row} of the import could not be read")]
    UnreadableImportRow { row: usize },
    #[error("not allowed to {action:?}: {reason:?}")]
    Denied { action: Action, reason: Denial },
    #[error("no such {what}")]
    NotFound { what: &'static str },
    /// A person with this name already exists on the device.
    #[error("that name is already taken on this device")]
    NameTaken,
    /// The database was damaged and has been moved aside (kept, not deleted).
    #[error("the database was damaged and was moved to {moved_to}")]
    DatabaseCorrupt { moved_to: PathBuf },
    /// The database is from a newer Saathi and has been moved aside (kept, not deleted).
    #[error("the database is from a newer Saathi and was moved to {moved_to}")]
    DatabaseFromNewerVersion { moved_to: PathBuf },
    /// The file is another app's SQLite database; it was moved aside untouched.
    #[error("the file is not a Saathi database and was moved to {moved_to}")]
    DatabaseNotSaathi { moved_to: PathBuf },
    /// A damaged part of the database was met while it was open. Nothing more can be
    /// trusted from it: the shell should close and open Saathi again, which moves the
    /// file aside (kept, not deleted) and starts afresh (`DatabaseCorrupt` says where).
    #[error("the database is damaged; it is moved aside when next opened")]
    DatabaseCorruptInUse,
    /// This person has a PIN: open their session with `Saathi::unlock`.
    #[error("this profile has a PIN")]
    PinRequired,
    /// A private session needs a PIN; this person has none yet.
    #[error("this profile has no PIN yet")]
    NoPinSet,
    #[error("wrong PIN")]
    WrongPin { retry_at: Option<chrono::DateTime<chrono::Utc>> },
    /// Too many wrong PINs: wait until `until` (`wait_minutes` from when this was said).
    #[error("too many wrong PINs; try again later")]
    PinLocked { until: chrono::DateTime<chrono::Utc>, wait_minutes: i64 },
    #[error("that is not an invitation code: {0}")]
    InvalidInviteCode(saathi_domain::invite::CodeError),
    #[error("that invitation has expired")]
    InviteExpired,
    #[error("that invitation has already been used")]
    InviteUsed,
    #[error("a person cannot accept their own invitation")]
    OwnInvitation,
    /// A content pack was refused (not from a trusted publisher, damaged, cut short, over
    /// the storage budget, not newer); `code` is saathi-packs' `Error::code`. Nothing changed.
    #[error("the content pack was refused ({code})")]
    PackRefused { code: &'static str },
    /// A pack download failed; `code` is saathi-net's `NetError::code`. Nothing changed.
    #[error("the download failed ({code})")]
    DownloadFailed { code: &'static str },
    /// The person chose "Wi-Fi only" and the device is on a metered network.
    #[error("this download waits for Wi-Fi")]
    NeedsWifi,
    /// No content pack is installed yet.
    #[error("no content is installed")]
    NoContent,
    /// Anything else from storage: a bug or a full disk; details are in the log.
    #[error("storage failed")]
    Storage,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The one conversion point from storage errors: decides what is logged and what is said.
impl From<saathi_store::Error> for Error {
    fn from(e: saathi_store::Error) -> Self {
        use saathi_store::Error as S;
        match e {
            S::NewerVersion { moved_to, .. } => Error::DatabaseFromNewerVersion { moved_to },
            S::Corrupt { moved_to } => Error::DatabaseCorrupt { moved_to },
            S::NotSaathi { moved_to } => Error::DatabaseNotSaathi { moved_to },
            S::CorruptInUse => Error::DatabaseCorruptInUse,
            S::NotFound { what } => Error::NotFound { what },
            S::NameTaken => Error::NameTaken,
            other => {
                // SQLite messages name tables and columns, never bound values, so this
                // log line holds no health data.
                tracing::error!(error = %other, "storage failed");
                Error::Storage
            }
        }
    }
}

impl Error {
    /// What to tell the person, as messages (usually one). Shells show and speak these;
    /// paths are the only free text, and they are the person's own files.
    pub fn messages(&self) -> Vec<Message> {
        match self {
            Error::Invalid(e) => vec![wording::validation_error(e)],
            Error::InvalidImportRow { row, error } => vec![
                Message::new("error-import-row").int("row", *row as i64),
                wording::validation_error(error),
            ],
            Error::UnreadableImportRow { row } => {
                vec![Message::new("error-import-unreadable").int("row", *row as i64)]
            }
            Error::Denied { action, reason } => vec![
                Message::new(format!("error-denied-{}", denial_code(*reason)))
                    .term("action", format!("action-{}", action.code())),
            ],
            Error::NotFound { what } => {
                vec![Message::new(format!("error-not-found-{}", what.replace([' ', '_'], "-")))]
            }
            Error::NameTaken => vec![Message::new("error-name-taken")],
            Error::DatabaseCorrupt { moved_to } => {
                vec![Message::new("error-database-corrupt").text("path", moved_to.display().to_string())]
            }
            Error::DatabaseFromNewerVersion { moved_to } => {
                vec![Message::new("error-database-newer").text("path", moved_to.display().to_string())]
            }
            Error::DatabaseNotSaathi { moved_to } => {
                vec![Message::new("error-database-not-saathi").text("path", moved_to.display().to_string())]
            }
            Error::DatabaseCorruptInUse => vec![Message::new("error-database-corrupt-in-use")],
            Error::Storage => vec![Message::new("error-storage")],
            Error::PinRequired => vec![Message::new("error-pin-required")],
            Error::NoPinSet => vec![Message::new("error-no-pin-set")],
            Error::WrongPin { .. } => vec![Message::new("error-wrong-pin")],
            Error::PinLocked { wait_minutes, .. } => {
                vec![Message::new("error-pin-locked").int("minutes", *wait_minutes)]
            }
            Error::InvalidInviteCode(e) => vec![Message::new(match e {
                saathi_domain::invite::CodeError::WrongLength => "error-invite-code-length",
                saathi_domain::invite::CodeError::BadCharacter => "error-invite-code-character",
                saathi_domain::invite::CodeError::CheckFailed => "error-invite-code-check",
            })],
            Error::InviteExpired => vec![Message::new("error-invite-expired")],
            Error::InviteUsed => vec![Message::new("error-invite-used")],
            Error::OwnInvitation => vec![Message::new("error-own-invitation")],
            Error::PackRefused { code } => vec![Message::new(pack_message(code))],
            Error::DownloadFailed { code } => vec![Message::new(download_message(code))],
            Error::NeedsWifi => vec![Message::new("error-needs-wifi")],
            Error::NoContent => vec![Message::new("error-no-content")],
        }
    }
}

fn denial_code(d: Denial) -> &'static str {
    d.code()
}

/// One message per kind of refusal a person can act on, by saathi-packs' codes.
fn pack_message(code: &str) -> &'static str {
    match code {
        "pack-unknown-publisher" | "pack-bad-signature" | "pack-key-mismatch" => "error-pack-untrusted",
        "pack-other-publisher" => "error-pack-other-publisher",
        "pack-truncated" => "error-pack-incomplete",
        "pack-too-large" => "error-pack-too-large",
        "pack-not-newer" => "error-pack-not-newer",
        "pack-unsupported-format" | "pack-bad-catalogue" => "error-pack-needs-update",
        "pack-io" | "pack-no-randomness" => "error-pack-storage",
        _ => "error-pack-damaged",
    }
}

/// One message per kind of download failure, by saathi-net's codes.
fn download_message(code: &str) -> &'static str {
    match code {
        "offline" => "error-download-offline",
        "too-large" => "error-pack-too-large",
        "tls" => "error-download-insecure",
        "bad-url" | "unsupported-scheme" => "error-download-bad-address",
        "wrong-size" | "wrong-hash" | "bad-response" => "error-pack-damaged",
        "io" => "error-pack-storage",
        _ => "error-download-failed",
    }
}
