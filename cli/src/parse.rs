//! Turning what a person typed into values. Numbers that do not parse become the domain's
//! own `NotANumber` error for that field, so the message is the same as any other shell's.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

use saathi_domain::ValidationError;
use saathi_domain::message::Message;
use saathi_domain::plausibility::Field;
use saathi_domain::units::StonesPounds;

use crate::output::CliError;

/// A decimal number; a comma is accepted as the decimal mark ("6,8").
pub fn number(field: Field, text: &str) -> Result<f64, CliError> {
    let t = text.trim();
    let t = if t.contains(',') && !t.contains('.') { t.replace(',', ".") } else { t.to_string() };
    t.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| ValidationError::NotANumber { field }.into())
}

fn not_whole(field: Field) -> CliError {
    CliError::Usage(Message::new("cli-error-whole-number").term("field", format!("field-{}", field.code())))
}

/// A whole number within `u16` (blood pressure, pulse); decimals are refused. Negative
/// numbers saturate at 0, so the limit check names the limit.
pub fn whole(field: Field, text: &str) -> Result<u16, CliError> {
    let v = number(field, text)?;
    if v.fract() != 0.0 {
        return Err(not_whole(field));
    }
    // Values past u16 are far past every limit; saturate so the limit check names them.
    Ok(v.clamp(0.0, f64::from(u16::MAX)) as u16)
}

/// A whole count (minutes, steps, stones).
pub fn count(field: Field, text: &str) -> Result<u32, CliError> {
    let v = number(field, text)?;
    if v.fract() != 0.0 {
        return Err(not_whole(field));
    }
    Ok(v.clamp(0.0, f64::from(u32::MAX)) as u32)
}

/// "142/88" (spaces allowed around the slash).
pub fn blood_pressure(text: &str) -> Result<(u16, u16), CliError> {
    let (top, bottom) =
        text.split_once('/').ok_or_else(|| CliError::Usage(Message::new("cli-error-bp-format")))?;
    Ok((whole(Field::Systolic, top)?, whole(Field::Diastolic, bottom)?))
}

/// A weight: "72.5", "72.5kg", "11st4lb", "11st 4", "11 st 4 lb", "11st".
/// Returns kilograms and whether it was given in stones and pounds.
pub fn weight(text: &str) -> Result<(f64, bool), CliError> {
    let t = text.trim().to_lowercase().replace(' ', "");
    if let Some((st, rest)) = t.split_once("st") {
        let stones = count(Field::Weight, st)?;
        let lb = rest.trim_end_matches("lbs").trim_end_matches("lb");
        let pounds = if lb.is_empty() { 0.0 } else { number(Field::Weight, lb)? };
        return Ok((StonesPounds { stones, pounds }.validated()?.to_kg(), true));
    }
    Ok((number(Field::Weight, t.trim_end_matches("kg"))?, false))
}

/// When a reading was taken: "08:30" (today), "2026-11-21 08:30", or RFC 3339. Times
/// without an offset are on the wall clock `now` is on.
pub fn instant(text: &str, now: DateTime<FixedOffset>) -> Result<DateTime<FixedOffset>, CliError> {
    let t = text.trim();
    let bad = || CliError::Usage(Message::new("cli-error-time-format"));
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Ok(dt);
    }
    let naive = if let Ok(time) = NaiveTime::parse_from_str(t, "%H:%M") {
        now.date_naive().and_time(time)
    } else {
        NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M").map_err(|_| bad())?
    };
    now.offset().from_local_datetime(&naive).single().ok_or_else(bad)
}

/// Local midnight at the start of "2026-11-01", on `now`'s wall clock.
pub fn day_start(text: &str, now: DateTime<FixedOffset>) -> Result<DateTime<FixedOffset>, CliError> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| CliError::Usage(Message::new("cli-error-date-format")))?;
    now.offset()
        .from_local_datetime(&date.and_time(NaiveTime::MIN))
        .single()
        .ok_or_else(|| CliError::Usage(Message::new("cli-error-date-format")))
}

/// "08:00,20:00".
pub fn times(text: &str) -> Result<Vec<NaiveTime>, CliError> {
    text.split(',')
        .map(|t| {
            NaiveTime::parse_from_str(t.trim(), "%H:%M")
                .map_err(|_| CliError::Usage(Message::new("cli-error-time-format")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_accept_a_decimal_comma_and_refuse_words() {
        assert_eq!(number(Field::Glucose, "6,8").unwrap(), 6.8);
        assert_eq!(number(Field::Glucose, " 6.8 ").unwrap(), 6.8);
        assert!(matches!(number(Field::Glucose, "six"), Err(CliError::Core(_))));
        assert!(matches!(number(Field::Glucose, "NaN"), Err(CliError::Core(_))));
        assert!(matches!(whole(Field::Systolic, "142.5"), Err(CliError::Usage(_))));
        assert_eq!(whole(Field::Systolic, "-5").unwrap(), 0, "negative reaches the limit check");
    }

    #[test]
    fn blood_pressure_and_weight_forms() {
        assert_eq!(blood_pressure("142/88").unwrap(), (142, 88));
        assert_eq!(blood_pressure("142 / 88").unwrap(), (142, 88));
        assert!(matches!(blood_pressure("142-88"), Err(CliError::Usage(_))));
        let (kg, st) = weight("11st4lb").unwrap();
        assert!(st && (kg - 71.668).abs() < 0.01);
        assert_eq!(weight("11 st 4").unwrap(), weight("11st4lb").unwrap());
        assert_eq!(weight("72.5kg").unwrap(), (72.5, false));
        assert!(weight("11st").unwrap().1);
    }

    #[test]
    fn times_are_read_on_the_local_clock() {
        let now = DateTime::parse_from_rfc3339("2026-06-01T12:00:00+01:00").unwrap();
        assert_eq!(instant("08:30", now).unwrap().to_rfc3339(), "2026-06-01T08:30:00+01:00");
        assert_eq!(instant("2026-05-31 22:00", now).unwrap().to_rfc3339(), "2026-05-31T22:00:00+01:00");
        assert_eq!(instant("2026-05-31T22:00:00Z", now).unwrap().to_rfc3339(), "2026-05-31T22:00:00+00:00");
        assert!(instant("yesterday", now).is_err());
        assert_eq!(times("20:00, 08:00").unwrap().len(), 2);
    }
}
