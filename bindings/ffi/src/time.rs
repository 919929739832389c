//! Time as it crosses the FFI. Instants are `Timestamp` (`java.time.Instant` in Kotlin,
//! `Date` in Swift); calendar dates are `LocalDate`, an ISO-8601 string on the wire
//! ("2026-11-21"; `java.time.LocalDate` in Kotlin and `DateComponents` (year, month, day)
//! in Swift, through uniffi.toml);
//! a time of day is `TimeOfDay`, checked when it comes in.

use std::time::SystemTime;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Timelike, Utc};

use saathi_domain::plausibility::{Field, ValidationError};

/// An instant, in UTC.
pub type Timestamp = DateTime<Utc>;
/// A calendar date on the person's wall clock.
pub type LocalDate = NaiveDate;

uniffi::custom_type!(Timestamp, SystemTime, {
    remote,
    lower: |at| at.into(),
    try_lift: |at| Ok(at.into()),
});

// A malformed date is the typed `InvalidInput` on `Date`: UniFFI passes a lift error
// through as the call's own error when it is one.
uniffi::custom_type!(LocalDate, String, {
    remote,
    lower: |date| date.format("%Y-%m-%d").to_string(),
    try_lift: |text| NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|_| {
        crate::error::SaathiError::InvalidInput {
            field: crate::error::InputField::Date,
            problem: crate::error::InputProblem::NotAChoice,
        }
        .into()
    }),
});

/// When something happened: the instant, and the offset of the wall clock where it happened
/// (a reading taken at 07:15 in Lahore stays "07:15" when read in Leeds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct Taken {
    pub at: Timestamp,
    /// Seconds east of UTC (3600 for British Summer Time).
    pub offset_seconds: i32,
}

impl From<saathi_domain::time::Taken> for Taken {
    fn from(t: saathi_domain::time::Taken) -> Self {
        Taken { at: t.at, offset_seconds: t.offset_seconds }
    }
}

impl From<DateTime<FixedOffset>> for Taken {
    fn from(local: DateTime<FixedOffset>) -> Self {
        saathi_domain::time::Taken::new(local).into()
    }
}

impl Taken {
    /// On the wall clock where it was taken. An offset no clock uses (more than a day) is a
    /// typing error on the shell's side.
    pub(crate) fn local(self, field: Field) -> Result<DateTime<FixedOffset>, ValidationError> {
        let offset =
            FixedOffset::east_opt(self.offset_seconds).ok_or(ValidationError::NotAChoice { field })?;
        Ok(self.at.with_timezone(&offset))
    }
}

/// A time of day on the wall clock, to the minute (medicine times, sharing windows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Record)]
pub struct TimeOfDay {
    /// 0 to 23.
    pub hour: u8,
    /// 0 to 59.
    pub minute: u8,
}

impl From<NaiveTime> for TimeOfDay {
    fn from(t: NaiveTime) -> Self {
        // hour() < 24 and minute() < 60, so both fit a u8.
        TimeOfDay { hour: t.hour() as u8, minute: t.minute() as u8 }
    }
}

impl TimeOfDay {
    /// The time, or `NotAChoice` for `field` when no clock shows it (25:00, 10:61).
    pub(crate) fn naive(self, field: Field) -> Result<NaiveTime, ValidationError> {
        NaiveTime::from_hms_opt(u32::from(self.hour), u32::from(self.minute), 0)
            .ok_or(ValidationError::NotAChoice { field })
    }
}

mirror_enum!(
    /// A day of the week, Monday first (as ISO 8601 and the UK count them).
    Weekday <=> chrono::Weekday { Mon, Tue, Wed, Thu, Fri, Sat, Sun }
);
