//! The person's time zone: wall-clock times to instants and back, with the daylight-saving
//! rules reminders follow.
//!
//! Zones are `jiff::tz::TimeZone` values (jiff reads the phone's own IANA database, which
//! costs the mobile library nothing; chrono-tz would carry its own ~1.9 MB copy). Resolving
//! a name such as "Europe/London" reads that database, so it happens outside this crate
//! (`saathi_store::zones`); here a zone is only used. The rest of Saathi speaks chrono, so
//! this module converts at the edge, through Unix timestamps, and nothing else here
//! touches jiff's own date types.
//!
//! The rules for a wall-clock time on a day when the clocks change:
//! - A time that does not exist (01:30 in Europe/London on the day the clocks go forward,
//!   when 01:00 GMT becomes 02:00 BST) fires at the first instant after the gap: 02:00 BST,
//!   the moment the wall clock shows a time at or past the one asked for. This is not
//!   jiff's (and RFC 5545's) "compatible" choice, which would shift it by the length of the
//!   gap to 02:30 BST: a reminder that is due should not wait half an hour more.
//! - A time that happens twice (01:30 on the day the clocks go back) fires once, at the
//!   first of the two (01:30 BST), as "earlier" disambiguation does.
//! - Every other time is exactly that time on the wall clock: a dose at 08:00 stays at 08:00
//!   on both sides of a change (so 07:00 UTC in summer and 08:00 UTC in winter in London).

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use jiff::Timestamp;
use jiff::civil;
use jiff::tz::{AmbiguousOffset, TimeZone};

use crate::plausibility::{Field, ValidationError};

/// The longest IANA zone name Saathi accepts ("America/Argentina/ComodRivadavia" is 32).
pub const MAX_ZONE_NAME_CHARS: usize = 64;

/// How a wall-clock time became an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    /// The time exists once.
    Exact,
    /// The time fell in a gap (the clocks went forward) and fires at the gap's end.
    AfterGap,
    /// The time happened twice (the clocks went back) and fires at the first.
    FirstOfTwo,
}

/// An instant for a wall-clock date and time in `tz`, by the rules above. `None` only for
/// dates outside the years jiff knows (-9999 to 9999).
pub fn instant(tz: &TimeZone, local: NaiveDateTime) -> Option<(DateTime<Utc>, Resolved)> {
    let dt = to_civil(local)?;
    let (ts, how) = match tz.to_ambiguous_timestamp(dt).offset() {
        AmbiguousOffset::Unambiguous { offset } => (offset.to_timestamp(dt).ok()?, Resolved::Exact),
        AmbiguousOffset::Fold { before, .. } => (before.to_timestamp(dt).ok()?, Resolved::FirstOfTwo),
        AmbiguousOffset::Gap { after, .. } => {
            // Read with the offset after the gap, the time lands before the transition; the
            // next transition from there is the first instant that exists again.
            let early = after.to_timestamp(dt).ok()?;
            (tz.following(early).next()?.timestamp(), Resolved::AfterGap)
        }
    };
    Some((from_timestamp(ts)?, how))
}

/// The wall-clock date and time in `tz` at `at`.
pub fn local(tz: &TimeZone, at: DateTime<Utc>) -> Option<NaiveDateTime> {
    from_civil(tz.to_datetime(to_timestamp(at)?))
}

/// The wall clock's offset from UTC in `tz` at `at`, in seconds east.
pub fn offset_seconds(tz: &TimeZone, at: DateTime<Utc>) -> i32 {
    to_timestamp(at).map(|ts| tz.to_offset(ts).seconds()).unwrap_or(0)
}

/// Checks the shape of an IANA zone name ("Europe/London", "Asia/Kolkata", "UTC"). Whether
/// the phone's database knows it is for the caller that resolves it.
pub fn check_zone_name(name: &str) -> Result<(), ValidationError> {
    if name.trim().is_empty() {
        return Err(ValidationError::Missing { field: Field::TimeZone });
    }
    if name.chars().count() > MAX_ZONE_NAME_CHARS {
        return Err(ValidationError::TooLong { field: Field::TimeZone, max: MAX_ZONE_NAME_CHARS });
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+');
    let parts_ok = name.split('/').all(|p| !p.is_empty() && !p.starts_with('.') && !p.starts_with('-'));
    if !name.chars().all(allowed) || !parts_ok {
        return Err(ValidationError::NotAChoice { field: Field::TimeZone });
    }
    Ok(())
}

fn to_timestamp(at: DateTime<Utc>) -> Option<Timestamp> {
    Timestamp::new(at.timestamp(), at.timestamp_subsec_nanos() as i32).ok()
}

fn from_timestamp(ts: Timestamp) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(ts.as_second(), ts.subsec_nanosecond().max(0) as u32)
}

fn to_civil(local: NaiveDateTime) -> Option<civil::DateTime> {
    let (d, t) = (local.date(), local.time());
    civil::DateTime::new(
        i16::try_from(d.year()).ok()?,
        d.month() as i8,
        d.day() as i8,
        t.hour() as i8,
        t.minute() as i8,
        t.second() as i8,
        // A leap second (nanos past 1e9) is read as the second before it.
        t.nanosecond().min(999_999_999) as i32,
    )
    .ok()
}

fn from_civil(dt: civil::DateTime) -> Option<NaiveDateTime> {
    let date = NaiveDate::from_ymd_opt(i32::from(dt.year()), dt.month() as u32, dt.day() as u32)?;
    let time = NaiveTime::from_hms_nano_opt(
        dt.hour() as u32,
        dt.minute() as u32,
        dt.second() as u32,
        dt.subsec_nanosecond() as u32,
    )?;
    Some(date.and_time(time))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{kolkata, london, new_york};
    use chrono::TimeZone as _;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d).unwrap().and_hms_opt(h, mi, 0).unwrap()
    }

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    #[test]
    fn london_spring_forward_gap_fires_at_0200_bst() {
        // 29 March 2026: 01:00 GMT becomes 02:00 BST, so 01:00 to 01:59 do not exist.
        let tz = london();
        assert_eq!(instant(&tz, at(2026, 3, 29, 0, 59)), Some((utc(2026, 3, 29, 0, 59), Resolved::Exact)));
        for minute in [0, 30, 59] {
            assert_eq!(
                instant(&tz, at(2026, 3, 29, 1, minute)),
                Some((utc(2026, 3, 29, 1, 0), Resolved::AfterGap)),
                "01:{minute:02} fires when the clock shows 02:00 BST"
            );
        }
        assert_eq!(instant(&tz, at(2026, 3, 29, 2, 0)), Some((utc(2026, 3, 29, 1, 0), Resolved::Exact)));
        assert_eq!(local(&tz, utc(2026, 3, 29, 1, 0)), Some(at(2026, 3, 29, 2, 0)));
    }

    #[test]
    fn london_fall_back_fold_fires_at_the_first_0130() {
        // 25 October 2026: 02:00 BST becomes 01:00 GMT, so 01:00 to 01:59 happen twice.
        let tz = london();
        assert_eq!(
            instant(&tz, at(2026, 10, 25, 1, 30)),
            Some((utc(2026, 10, 25, 0, 30), Resolved::FirstOfTwo)),
            "01:30 BST, not 01:30 GMT an hour later"
        );
        assert_eq!(instant(&tz, at(2026, 10, 25, 0, 59)), Some((utc(2026, 10, 24, 23, 59), Resolved::Exact)));
        assert_eq!(instant(&tz, at(2026, 10, 25, 2, 0)), Some((utc(2026, 10, 25, 2, 0), Resolved::Exact)));
        assert_eq!(offset_seconds(&tz, utc(2026, 10, 25, 0, 30)), 3600);
        assert_eq!(offset_seconds(&tz, utc(2026, 10, 25, 1, 30)), 0);
    }

    #[test]
    fn eight_oclock_stays_eight_oclock_across_both_changes() {
        let tz = london();
        let eight = |m, d| instant(&tz, at(2026, m, d, 8, 0)).map(|(i, _)| i);
        assert_eq!(eight(3, 28), Some(utc(2026, 3, 28, 8, 0)));
        assert_eq!(eight(3, 29), Some(utc(2026, 3, 29, 7, 0)));
        assert_eq!(eight(10, 24), Some(utc(2026, 10, 24, 7, 0)));
        assert_eq!(eight(10, 25), Some(utc(2026, 10, 25, 8, 0)));
    }

    #[test]
    fn new_york_has_its_own_rules() {
        // 8 March 2026: 02:00 EST becomes 03:00 EDT; 1 November 2026: 02:00 EDT becomes 01:00 EST.
        let tz = new_york();
        assert_eq!(
            instant(&tz, at(2026, 3, 8, 2, 30)),
            Some((utc(2026, 3, 8, 7, 0), Resolved::AfterGap)),
            "03:00 EDT"
        );
        assert_eq!(
            instant(&tz, at(2026, 11, 1, 1, 30)),
            Some((utc(2026, 11, 1, 5, 30), Resolved::FirstOfTwo))
        );
        assert_eq!(instant(&tz, at(2026, 3, 29, 1, 30)), Some((utc(2026, 3, 29, 5, 30), Resolved::Exact)));
    }

    #[test]
    fn kolkata_never_changes() {
        let tz = kolkata();
        assert_eq!(instant(&tz, at(2026, 3, 29, 1, 30)), Some((utc(2026, 3, 28, 20, 0), Resolved::Exact)));
        assert_eq!(offset_seconds(&tz, utc(2026, 7, 1, 0, 0)), 19_800);
        assert_eq!(local(&tz, utc(2026, 12, 31, 18, 30)), Some(at(2027, 1, 1, 0, 0)));
    }

    #[test]
    fn zone_names_are_checked_for_shape() {
        for ok in ["Europe/London", "Asia/Kolkata", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5"] {
            assert_eq!(check_zone_name(ok), Ok(()), "{ok}");
        }
        assert_eq!(check_zone_name(" "), Err(ValidationError::Missing { field: Field::TimeZone }));
        for bad in
            ["../etc/passwd", "/Europe/London", "Europe//London", "Europe/Lon don", "Europe/Lond\u{f6}n"]
        {
            assert_eq!(
                check_zone_name(bad),
                Err(ValidationError::NotAChoice { field: Field::TimeZone }),
                "{bad}"
            );
        }
        assert!(matches!(check_zone_name(&"A".repeat(65)), Err(ValidationError::TooLong { .. })));
    }
}
