//! `SaathiError`: the one error that crosses the FFI (`SaathiException` in Kotlin). Every
//! variant is something a shell can act on; none carries a health value or text a person
//! typed. `From<saathi_core::Error>` is the one conversion point.

use saathi_domain::plausibility::ValidationError;

use crate::access::{Action, Denial};
use crate::time::Timestamp;

#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum SaathiError {
    /// The input is not plausible or not allowed; nothing was stored. `field` says which
    /// input to show again and `problem` what the limit is.
    #[error("invalid input: {field:?} {problem:?}")]
    InvalidInput { field: InputField, problem: InputProblem },
    /// Row `row` (1-based) of an import is invalid; nothing was imported.
    #[error("import row {row} is invalid: {field:?} {problem:?}")]
    InvalidImportRow { row: u64, field: InputField, problem: InputProblem },
    /// This person may not do `action` on this record now; `denial` says why in a way that
    /// is safe to show (an ended grant never says why it ended). The attempt was audited.
    #[error("not allowed: {action:?} ({denial:?})")]
    NotAllowed { action: Action, denial: Denial },
    #[error("no such {what:?}")]
    NotFound { what: ItemKind },
    /// Someone on this device already has this name.
    #[error("that name is already taken on this device")]
    NameTaken,
    /// The database was damaged; it was moved to `moved_to` (kept, not deleted) and a new
    /// one will be made on the next open.
    #[error("the database was damaged and was moved aside")]
    DatabaseDamaged { moved_to: String },
    /// The database is from a newer Saathi; it was moved to `moved_to` (kept, not deleted).
    #[error("the database is from a newer Saathi and was moved aside")]
    DatabaseFromNewerVersion { moved_to: String },
    /// The file is another app's SQLite database; it was moved to `moved_to`, untouched,
    /// and a new one will be made on the next open.
    #[error("the file is not a Saathi database and was moved aside")]
    DatabaseNotSaathi { moved_to: String },
    /// A damaged part of the database was met while it was open. Shut this core down and
    /// open a new one: that open moves the file aside (`DatabaseDamaged` says where).
    #[error("the database is damaged; it is moved aside when next opened")]
    DatabaseDamagedInUse,
    /// This person has a PIN: open their session with `unlock`.
    #[error("this profile has a PIN")]
    PinRequired,
    /// A private session needs a PIN, and this person has none yet.
    #[error("this profile has no PIN yet")]
    NoPinSet,
    /// Wrong PIN. After a few, each try must wait: `retry_at` says from when, if at all.
    #[error("wrong PIN")]
    WrongPin { retry_at: Option<Timestamp> },
    /// Too many wrong PINs: no try is checked until `until` (`wait_minutes`, rounded up).
    #[error("too many wrong PINs")]
    PinLocked { until: Timestamp, wait_minutes: i64 },
    #[error("not an invitation code: {problem:?}")]
    InvalidInviteCode { problem: InviteCodeProblem },
    #[error("that invitation has expired")]
    InviteExpired,
    #[error("that invitation has already been used")]
    InviteUsed,
    #[error("a person cannot accept their own invitation")]
    OwnInvitation,
    /// A content pack was refused (untrusted publisher, damaged, cut short, over the
    /// storage budget, not newer); `code` is saathi-packs' code (`pack-...`). Nothing changed.
    #[error("the content pack was refused ({code})")]
    PackRefused { code: String },
    /// A pack download failed; `code` is saathi-net's code (`offline`, `wrong-hash`, ...).
    /// Nothing changed.
    #[error("the download failed ({code})")]
    DownloadFailed { code: String },
    /// The person chose "Wi-Fi only" and the device is on a metered network.
    #[error("this download waits for Wi-Fi")]
    NeedsWifi,
    /// No content pack is installed yet.
    #[error("no content is installed")]
    NoContent,
    /// Storage failed for a reason no one at the phone can fix (a full disk or a bug);
    /// details are in the log.
    #[error("storage failed")]
    Storage,
    /// This `Saathi` was shut down; open a new one.
    #[error("Saathi was shut down")]
    Closed,
    /// This session was ended; open a new one (with the PIN, if the person has one).
    #[error("the session has ended")]
    SessionEnded,
    /// A bug in Saathi (a panic was caught); details are in the log. Nothing half-done was
    /// kept: writes are transactions.
    #[error("internal error")]
    Internal,
}

mirror_enum!(
    /// Which input was wrong.
    InputField <=> saathi_domain::plausibility::Field {
        Glucose,
        Systolic,
        Diastolic,
        Pulse,
        Weight,
        Hba1c,
        ActivityMinutes,
        Steps,
        TakenAt,
        Name,
        Dose,
        DoseTimes,
        Reason,
        Target,
        Pin,
        InviteCode,
        Scopes,
        Window,
        GrantDays,
        GrantEnd,
        Languages,
        /// How many days a summary or chart covers.
        Days,
        ReminderFor,
        ReminderTimes,
        ReminderDays,
        ReminderStart,
        ReminderEnd,
        TimeZone,
        AlertDelay,
        Suhoor,
        Iftar,
        /// A dietitian's note on an assignment.
        Note,
        /// When an assignment is due.
        DueDate,
        /// How much of a lesson's audio was heard.
        HeardPercent,
        /// The lesson or food an assignment or progress is about.
        ContentItem,
        /// A trusted publisher key in `SaathiConfig` that is not 64 hex digits.
        PublisherKey,
        /// An `ExpectedArchive` hash that is not 64 hex digits.
        PackHash,
        /// A date that is not a calendar date (Swift's `DateComponents` without a year).
        Date,
        /// How many days a home blood-pressure check runs (4 to 7).
        BpCheckDays,
    }
);

/// What is wrong with an input, with the limit it broke (never the value typed).
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum InputProblem {
    BelowMin {
        min: f64,
        unit: String,
    },
    AboveMax {
        max: f64,
        unit: String,
    },
    NotANumber,
    /// The lower blood-pressure number must be below the upper one.
    DiastolicNotBelowSystolic,
    InFuture {
        tolerance_minutes: i64,
    },
    /// Before 1 January of `earliest_year` (2000, or the person's year of birth).
    TooEarly {
        earliest_year: i32,
    },
    Missing,
    TooLong {
        max: u64,
    },
    NotAChoice,
    /// Must be later than now.
    NotInFuture,
    /// Must come after `other` (an end before its start, iftar before suhoor).
    OutOfOrder {
        other: InputField,
    },
}

mirror_enum!(
    /// Why an invitation code was refused before looking it up.
    InviteCodeProblem <=> saathi_domain::invite::CodeError {
        WrongLength,
        BadCharacter,
        /// A character was misheard or mistyped (the check character does not match).
        CheckFailed,
    }
);

/// What was not found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum ItemKind {
    Person,
    Reading,
    Medicine,
    /// A recorded medicine dose.
    Dose,
    Grant,
    Invitation,
    BpProtocol,
    Reminder,
    Lesson,
    /// A lesson or food in the installed content.
    ContentItem,
    Assignment,
    /// A content pack file to install.
    PackFile,
    /// Something newer than this list; the log names it.
    Other,
}

impl ItemKind {
    fn from_code(what: &str) -> ItemKind {
        match what {
            "person" => ItemKind::Person,
            "reading" => ItemKind::Reading,
            "medicine" => ItemKind::Medicine,
            "dose" => ItemKind::Dose,
            "grant" => ItemKind::Grant,
            "invitation" => ItemKind::Invitation,
            "blood pressure protocol" => ItemKind::BpProtocol,
            "reminder" => ItemKind::Reminder,
            "lesson" => ItemKind::Lesson,
            "content item" => ItemKind::ContentItem,
            "assignment" => ItemKind::Assignment,
            "pack file" => ItemKind::PackFile,
            other => {
                tracing::warn!(what = other, "not-found kind without an FFI name");
                ItemKind::Other
            }
        }
    }
}

fn split(e: ValidationError) -> (InputField, InputProblem) {
    let problem = match e {
        ValidationError::BelowMin { min, unit, .. } => InputProblem::BelowMin { min, unit: unit.into() },
        ValidationError::AboveMax { max, unit, .. } => InputProblem::AboveMax { max, unit: unit.into() },
        ValidationError::NotANumber { .. } => InputProblem::NotANumber,
        ValidationError::DiastolicNotBelowSystolic => InputProblem::DiastolicNotBelowSystolic,
        ValidationError::InFuture { tolerance_minutes, .. } => InputProblem::InFuture { tolerance_minutes },
        ValidationError::TooEarly { earliest_year, .. } => InputProblem::TooEarly { earliest_year },
        ValidationError::Missing { .. } => InputProblem::Missing,
        ValidationError::TooLong { max, .. } => InputProblem::TooLong { max: max as u64 },
        ValidationError::NotAChoice { .. } => InputProblem::NotAChoice,
        ValidationError::NotInFuture { .. } => InputProblem::NotInFuture,
        ValidationError::OutOfOrder { other, .. } => InputProblem::OutOfOrder { other: other.into() },
    };
    (e.field().into(), problem)
}

impl From<ValidationError> for SaathiError {
    fn from(e: ValidationError) -> Self {
        let (field, problem) = split(e);
        SaathiError::InvalidInput { field, problem }
    }
}

impl From<saathi_core::Error> for SaathiError {
    fn from(e: saathi_core::Error) -> Self {
        use saathi_core::Error as E;
        match e {
            E::Invalid(v) => v.into(),
            E::InvalidImportRow { row, error } => {
                let (field, problem) = split(error);
                SaathiError::InvalidImportRow { row: row as u64, field, problem }
            }
            // The FFI takes rows already read (`GlucoseRow`), so none can be unreadable;
            // if the core ever says so, it is a bug here.
            E::UnreadableImportRow { row } => {
                tracing::error!(row, "an unreadable import row through the FFI");
                SaathiError::Internal
            }
            E::Denied { action, reason } => {
                SaathiError::NotAllowed { action: action.into(), denial: reason.into() }
            }
            E::NotFound { what } => SaathiError::NotFound { what: ItemKind::from_code(what) },
            E::NameTaken => SaathiError::NameTaken,
            E::DatabaseCorrupt { moved_to } => {
                SaathiError::DatabaseDamaged { moved_to: moved_to.to_string_lossy().into_owned() }
            }
            E::DatabaseFromNewerVersion { moved_to } => {
                SaathiError::DatabaseFromNewerVersion { moved_to: moved_to.to_string_lossy().into_owned() }
            }
            E::DatabaseNotSaathi { moved_to } => {
                SaathiError::DatabaseNotSaathi { moved_to: moved_to.to_string_lossy().into_owned() }
            }
            E::DatabaseCorruptInUse => SaathiError::DatabaseDamagedInUse,
            E::PinRequired => SaathiError::PinRequired,
            E::NoPinSet => SaathiError::NoPinSet,
            E::WrongPin { retry_at } => SaathiError::WrongPin { retry_at },
            E::PinLocked { until, wait_minutes } => SaathiError::PinLocked { until, wait_minutes },
            E::InvalidInviteCode(problem) => SaathiError::InvalidInviteCode { problem: problem.into() },
            E::InviteExpired => SaathiError::InviteExpired,
            E::InviteUsed => SaathiError::InviteUsed,
            E::OwnInvitation => SaathiError::OwnInvitation,
            E::PackRefused { code } => SaathiError::PackRefused { code: code.into() },
            E::DownloadFailed { code } => SaathiError::DownloadFailed { code: code.into() },
            E::NeedsWifi => SaathiError::NeedsWifi,
            E::NoContent => SaathiError::NoContent,
            // Logged where it happened (saathi-core's one conversion point).
            E::Storage => SaathiError::Storage,
        }
    }
}
