//! Plausibility limits (CLINICAL.md "Plausibility"): values outside them are entry errors,
//! rejected with a `ValidationError` that names the field and the limit, and never stored.
//!
//! Limits are given per entered unit, as CLINICAL.md lists them, so the message can name the
//! limit in the unit the person typed.

use chrono::{DateTime, Datelike, Duration, Utc};
use serde::Serialize;
use thiserror::Error;

use crate::reading::{Activity, BloodPressure, Glucose, Hba1c, Measurement, Weight};
use crate::sources::{DATA_SANITY, PLAUSIBILITY, Source};
use crate::units::{GlucoseUnit, Hba1cUnit};

/// The field a validation error is about. Codes are stable: shells and Fluent use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
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
    /// A content publisher's key the app is told to trust.
    PublisherKey,
    /// The SHA-256 a listing gives for a pack before it is downloaded.
    PackHash,
    /// A calendar date that is not one (a shell's malformed date).
    Date,
    /// How many days a home blood-pressure check runs (NICE: 4 to 7).
    BpCheckDays,
}

impl Field {
    pub const ALL: [Field; 39] = [
        Field::Glucose,
        Field::Systolic,
        Field::Diastolic,
        Field::Pulse,
        Field::Weight,
        Field::Hba1c,
        Field::ActivityMinutes,
        Field::Steps,
        Field::TakenAt,
        Field::Name,
        Field::Dose,
        Field::DoseTimes,
        Field::Reason,
        Field::Target,
        Field::Pin,
        Field::InviteCode,
        Field::Scopes,
        Field::Window,
        Field::GrantDays,
        Field::GrantEnd,
        Field::Languages,
        Field::Days,
        Field::ReminderFor,
        Field::ReminderTimes,
        Field::ReminderDays,
        Field::ReminderStart,
        Field::ReminderEnd,
        Field::TimeZone,
        Field::AlertDelay,
        Field::Suhoor,
        Field::Iftar,
        Field::Note,
        Field::DueDate,
        Field::HeardPercent,
        Field::ContentItem,
        Field::PublisherKey,
        Field::PackHash,
        Field::Date,
        Field::BpCheckDays,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Field::Glucose => "glucose",
            Field::Systolic => "systolic",
            Field::Diastolic => "diastolic",
            Field::Pulse => "pulse",
            Field::Weight => "weight",
            Field::Hba1c => "hba1c",
            Field::ActivityMinutes => "activity-minutes",
            Field::Steps => "steps",
            Field::TakenAt => "taken-at",
            Field::Name => "name",
            Field::Dose => "dose",
            Field::DoseTimes => "dose-times",
            Field::Reason => "reason",
            Field::Target => "target",
            Field::Pin => "pin",
            Field::InviteCode => "invite-code",
            Field::Scopes => "scopes",
            Field::Window => "window",
            Field::GrantDays => "grant-days",
            Field::GrantEnd => "grant-end",
            Field::Languages => "languages",
            Field::Days => "days",
            Field::ReminderFor => "reminder-for",
            Field::ReminderTimes => "reminder-times",
            Field::ReminderDays => "reminder-days",
            Field::ReminderStart => "reminder-start",
            Field::ReminderEnd => "reminder-end",
            Field::TimeZone => "time-zone",
            Field::AlertDelay => "alert-delay",
            Field::Suhoor => "suhoor",
            Field::Iftar => "iftar",
            Field::Note => "note",
            Field::DueDate => "due-date",
            Field::HeardPercent => "heard-percent",
            Field::ContentItem => "content-item",
            Field::PublisherKey => "publisher-key",
            Field::PackHash => "pack-hash",
            Field::Date => "date",
            Field::BpCheckDays => "bp-check-days",
        }
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// An inclusive range of acceptable values in one unit, with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Limit {
    pub field: Field,
    pub min: f64,
    pub max: f64,
    pub unit: &'static str,
    pub source: Source,
}

impl Limit {
    fn check(&self, value: f64) -> Result<(), ValidationError> {
        if value.is_nan() {
            return Err(ValidationError::NotANumber { field: self.field });
        }
        if value < self.min {
            return Err(ValidationError::BelowMin { field: self.field, min: self.min, unit: self.unit });
        }
        if value > self.max {
            return Err(ValidationError::AboveMax { field: self.field, max: self.max, unit: self.unit });
        }
        Ok(())
    }
}

const fn limit(field: Field, min: f64, max: f64, unit: &'static str, source: Source) -> Limit {
    Limit { field, min, max, unit, source }
}

pub const GLUCOSE_MMOL_PER_L: Limit = limit(Field::Glucose, 0.5, 55.0, "mmol/L", PLAUSIBILITY);
pub const GLUCOSE_MG_PER_DL: Limit = limit(Field::Glucose, 10.0, 1000.0, "mg/dL", PLAUSIBILITY);
pub const SYSTOLIC: Limit = limit(Field::Systolic, 70.0, 300.0, "mmHg", PLAUSIBILITY);
pub const DIASTOLIC: Limit = limit(Field::Diastolic, 40.0, 180.0, "mmHg", PLAUSIBILITY);
pub const PULSE: Limit = limit(Field::Pulse, 25.0, 250.0, "/min", PLAUSIBILITY);
pub const WEIGHT_KG: Limit = limit(Field::Weight, 20.0, 350.0, "kg", PLAUSIBILITY);
pub const HBA1C_PERCENT: Limit = limit(Field::Hba1c, 3.0, 25.0, "%", PLAUSIBILITY);
pub const HBA1C_MMOL_PER_MOL: Limit = limit(Field::Hba1c, 9.0, 239.0, "mmol/mol", PLAUSIBILITY);
pub const ACTIVITY_MINUTES: Limit = limit(Field::ActivityMinutes, 1.0, 1440.0, "min", DATA_SANITY);
pub const STEPS: Limit = limit(Field::Steps, 0.0, 200_000.0, "steps", DATA_SANITY);

/// How far in the future a reading's time may be (clocks drift; a few minutes is not an error).
pub const FUTURE_TOLERANCE_MINUTES: i64 = 5;

/// No reading, dose or import row may be dated before 1 January of this year. Saathi is for
/// looking after oneself now: the oldest thing worth entering is a past HbA1c or weight
/// copied from paper notes, and home meters with memories people still hold are far
/// younger than this. Earlier dates are almost always typing slips (a year left at 1900,
/// "26" read as 1926, a meter whose clock was never set reports 1970 or 2000-01-01 itself
/// is the earliest kept). A fixed year, not "ten years ago", so a valid entry never
/// becomes invalid as time passes and a correction keeps working on old readings.
pub const EARLIEST_YEAR: i32 = 2000;

/// Why an entry was refused. Carries field names and limits, never the value entered
/// (health values stay out of errors and logs).
#[derive(Debug, Clone, Copy, PartialEq, Error, Serialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum ValidationError {
    #[error("{field} must be at least {min} {unit}")]
    BelowMin { field: Field, min: f64, unit: &'static str },
    #[error("{field} must be at most {max} {unit}")]
    AboveMax { field: Field, max: f64, unit: &'static str },
    #[error("{field} must be a number")]
    NotANumber { field: Field },
    #[error("the lower blood pressure number must be below the upper one")]
    DiastolicNotBelowSystolic,
    #[error("{field} is more than {tolerance_minutes} minutes in the future")]
    InFuture { field: Field, tolerance_minutes: i64 },
    /// A date before Saathi's earliest year, or before the person was born.
    #[error("{field} is before the year {earliest_year}")]
    TooEarly { field: Field, earliest_year: i32 },
    #[error("{field} is needed")]
    Missing { field: Field },
    #[error("{field} is too long (at most {max} characters)")]
    TooLong { field: Field, max: usize },
    #[error("{field} is not one of the choices")]
    NotAChoice { field: Field },
    #[error("{field} must be later than now")]
    NotInFuture { field: Field },
    /// Two values that must come in order do not: an end before its start, iftar before suhoor.
    #[error("{field} cannot come before {other}")]
    OutOfOrder { field: Field, other: Field },
}

impl ValidationError {
    pub fn field(&self) -> Field {
        match *self {
            ValidationError::BelowMin { field, .. }
            | ValidationError::AboveMax { field, .. }
            | ValidationError::NotANumber { field }
            | ValidationError::InFuture { field, .. }
            | ValidationError::TooEarly { field, .. }
            | ValidationError::Missing { field }
            | ValidationError::TooLong { field, .. }
            | ValidationError::NotAChoice { field }
            | ValidationError::NotInFuture { field }
            | ValidationError::OutOfOrder { field, .. } => field,
            ValidationError::DiastolicNotBelowSystolic => Field::Diastolic,
        }
    }
}

pub fn check_glucose(g: &Glucose) -> Result<(), ValidationError> {
    match g.unit {
        GlucoseUnit::MmolPerL => GLUCOSE_MMOL_PER_L.check(g.value),
        GlucoseUnit::MgPerDl => GLUCOSE_MG_PER_DL.check(g.value),
    }
}

pub fn check_blood_pressure(bp: &BloodPressure) -> Result<(), ValidationError> {
    SYSTOLIC.check(f64::from(bp.systolic))?;
    DIASTOLIC.check(f64::from(bp.diastolic))?;
    if bp.diastolic >= bp.systolic {
        return Err(ValidationError::DiastolicNotBelowSystolic);
    }
    if let Some(pulse) = bp.pulse {
        PULSE.check(f64::from(pulse))?;
    }
    Ok(())
}

pub fn check_weight(w: &Weight) -> Result<(), ValidationError> {
    WEIGHT_KG.check(w.kg)
}

pub fn check_hba1c(h: &Hba1c) -> Result<(), ValidationError> {
    match h.unit {
        Hba1cUnit::Percent => HBA1C_PERCENT.check(h.value),
        Hba1cUnit::MmolPerMol => HBA1C_MMOL_PER_MOL.check(h.value),
    }
}

pub fn check_activity(a: &Activity) -> Result<(), ValidationError> {
    if a.minutes.is_none() && a.steps.is_none() {
        return Err(ValidationError::Missing { field: Field::ActivityMinutes });
    }
    if let Some(m) = a.minutes {
        ACTIVITY_MINUTES.check(f64::from(m))?;
    }
    if let Some(s) = a.steps {
        STEPS.check(f64::from(s))?;
    }
    Ok(())
}

pub fn check_measurement(m: &Measurement) -> Result<(), ValidationError> {
    match m {
        Measurement::Glucose(g) => check_glucose(g),
        Measurement::BloodPressure(bp) => check_blood_pressure(bp),
        Measurement::Weight(w) => check_weight(w),
        Measurement::Hba1c(h) => check_hba1c(h),
        Measurement::Activity(a) => check_activity(a),
    }
}

/// A reading's time may not be more than a few minutes after `now`, nor before 1 January
/// of `EARLIEST_YEAR` or of the year the person was born (`birth_year`, when known and
/// later). The year is judged in UTC: a reading at 00:30 BST on New Year's Day is late on
/// 31 December in UTC, an hour no one could mean on purpose either way.
pub fn check_taken_at(
    taken: DateTime<Utc>,
    now: DateTime<Utc>,
    birth_year: Option<i32>,
) -> Result<(), ValidationError> {
    if taken > now + Duration::minutes(FUTURE_TOLERANCE_MINUTES) {
        return Err(ValidationError::InFuture {
            field: Field::TakenAt,
            tolerance_minutes: FUTURE_TOLERANCE_MINUTES,
        });
    }
    let earliest_year = birth_year.map_or(EARLIEST_YEAR, |y| y.max(EARLIEST_YEAR));
    if taken.year() < earliest_year {
        return Err(ValidationError::TooEarly { field: Field::TakenAt, earliest_year });
    }
    Ok(())
}

/// Free text a person types (names, doses, reasons): not empty, not a novel.
pub fn check_text(field: Field, text: &str, max: usize) -> Result<(), ValidationError> {
    if text.trim().is_empty() {
        return Err(ValidationError::Missing { field });
    }
    if text.chars().count() > max {
        return Err(ValidationError::TooLong { field, max });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::GlucoseContext;
    use crate::units::WeightUnit;

    fn glucose(value: f64, unit: GlucoseUnit) -> Result<(), ValidationError> {
        check_glucose(&Glucose { value, unit, context: GlucoseContext::Random })
    }

    fn bp(systolic: u16, diastolic: u16, pulse: Option<u16>) -> Result<(), ValidationError> {
        check_blood_pressure(&BloodPressure { systolic, diastolic, pulse, arm: None, position: None })
    }

    #[test]
    fn glucose_limits_are_inclusive_in_each_unit() {
        assert!(glucose(0.5, GlucoseUnit::MmolPerL).is_ok());
        assert!(glucose(55.0, GlucoseUnit::MmolPerL).is_ok());
        assert_eq!(
            glucose(0.49, GlucoseUnit::MmolPerL),
            Err(ValidationError::BelowMin { field: Field::Glucose, min: 0.5, unit: "mmol/L" })
        );
        assert_eq!(
            glucose(55.1, GlucoseUnit::MmolPerL),
            Err(ValidationError::AboveMax { field: Field::Glucose, max: 55.0, unit: "mmol/L" })
        );
        assert!(glucose(10.0, GlucoseUnit::MgPerDl).is_ok());
        assert!(glucose(1000.0, GlucoseUnit::MgPerDl).is_ok());
        assert!(matches!(
            glucose(9.0, GlucoseUnit::MgPerDl),
            Err(ValidationError::BelowMin { unit: "mg/dL", .. })
        ));
        assert!(matches!(
            glucose(1001.0, GlucoseUnit::MgPerDl),
            Err(ValidationError::AboveMax { unit: "mg/dL", .. })
        ));
        assert_eq!(
            glucose(f64::NAN, GlucoseUnit::MmolPerL),
            Err(ValidationError::NotANumber { field: Field::Glucose })
        );
        assert!(matches!(
            glucose(f64::INFINITY, GlucoseUnit::MmolPerL),
            Err(ValidationError::AboveMax { .. })
        ));
    }

    #[test]
    fn blood_pressure_limits() {
        assert!(bp(70, 40, None).is_ok());
        assert!(bp(300, 180, Some(250)).is_ok());
        assert_eq!(bp(69, 40, None).unwrap_err().field(), Field::Systolic);
        assert_eq!(bp(301, 100, None).unwrap_err().field(), Field::Systolic);
        assert_eq!(bp(120, 39, None).unwrap_err().field(), Field::Diastolic);
        assert_eq!(bp(300, 181, None).unwrap_err().field(), Field::Diastolic);
        assert_eq!(bp(120, 120, None), Err(ValidationError::DiastolicNotBelowSystolic));
        assert!(bp(120, 119, None).is_ok());
        assert!(bp(120, 80, Some(25)).is_ok());
        assert_eq!(bp(120, 80, Some(24)).unwrap_err().field(), Field::Pulse);
        assert_eq!(bp(120, 80, Some(251)).unwrap_err().field(), Field::Pulse);
    }

    #[test]
    fn weight_hba1c_and_activity_limits() {
        let w = |kg| check_weight(&Weight { kg, entered_unit: WeightUnit::Kg });
        assert!(w(20.0).is_ok() && w(350.0).is_ok());
        assert!(w(19.9).is_err() && w(350.1).is_err());
        let h = |value, unit| check_hba1c(&Hba1c { value, unit });
        assert!(h(3.0, Hba1cUnit::Percent).is_ok() && h(25.0, Hba1cUnit::Percent).is_ok());
        assert!(h(2.9, Hba1cUnit::Percent).is_err() && h(25.1, Hba1cUnit::Percent).is_err());
        assert!(h(9.0, Hba1cUnit::MmolPerMol).is_ok() && h(239.0, Hba1cUnit::MmolPerMol).is_ok());
        assert!(h(8.0, Hba1cUnit::MmolPerMol).is_err() && h(240.0, Hba1cUnit::MmolPerMol).is_err());
        let a = |minutes, steps| check_activity(&Activity { minutes, kind: None, intensity: None, steps });
        assert_eq!(a(None, None), Err(ValidationError::Missing { field: Field::ActivityMinutes }));
        assert!(a(Some(1), None).is_ok() && a(Some(1440), None).is_ok() && a(None, Some(0)).is_ok());
        assert_eq!(a(Some(0), None).unwrap_err().field(), Field::ActivityMinutes);
        assert_eq!(a(Some(1441), None).unwrap_err().field(), Field::ActivityMinutes);
        assert_eq!(a(None, Some(200_001)).unwrap_err().field(), Field::Steps);
    }

    #[test]
    fn future_times_beyond_tolerance_are_refused() {
        let now = Utc::now();
        assert!(check_taken_at(now + Duration::minutes(5), now, None).is_ok());
        assert!(check_taken_at(now - Duration::days(400), now, None).is_ok());
        assert_eq!(
            check_taken_at(now + Duration::minutes(5) + Duration::seconds(1), now, None),
            Err(ValidationError::InFuture { field: Field::TakenAt, tolerance_minutes: 5 })
        );
    }

    #[test]
    fn times_before_2000_or_before_birth_are_refused() {
        use chrono::TimeZone;
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
        let first = Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).unwrap();
        let too_early = ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2000 };
        assert!(check_taken_at(first, now, None).is_ok());
        assert_eq!(check_taken_at(first - Duration::seconds(1), now, None), Err(too_early));
        assert_eq!(
            check_taken_at(Utc.with_ymd_and_hms(1900, 6, 1, 0, 0, 0).unwrap(), now, None),
            Err(too_early)
        );
        // Born before 2000: the fixed year still rules.
        assert_eq!(check_taken_at(first - Duration::seconds(1), now, Some(1958)), Err(too_early));
        // Born later: not before the year of birth.
        let born = Utc.with_ymd_and_hms(2004, 1, 1, 0, 0, 0).unwrap();
        assert!(check_taken_at(born, now, Some(2004)).is_ok());
        assert_eq!(
            check_taken_at(born - Duration::seconds(1), now, Some(2004)),
            Err(ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2004 })
        );
    }

    #[test]
    fn errors_never_carry_the_entered_value() {
        let err = glucose(123.456, GlucoseUnit::MmolPerL).unwrap_err();
        assert!(!err.to_string().contains("123"));
        assert!(!format!("{err:?}").contains("123"));
    }

    #[test]
    fn text_checks() {
        assert_eq!(check_text(Field::Name, "  ", 10), Err(ValidationError::Missing { field: Field::Name }));
        assert_eq!(
            check_text(Field::Name, "abcdefghijk", 10),
            Err(ValidationError::TooLong { field: Field::Name, max: 10 })
        );
        assert!(check_text(Field::Name, "ਮੈਟਫੋਰਮਿਨ", 10).is_ok());
    }
}
