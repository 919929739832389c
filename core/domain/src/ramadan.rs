//! Ramadan mode: medicine times move into the eating window, and IDF-DAR's rule for when to
//! break the fast (CLINICAL.md "Ramadan", "Safety bands").
//!
//! The person (or a helper, or a mosque timetable) gives each fasting day's suhoor time
//! (dawn, when eating stops) and iftar time (sunset, when the fast ends); Saathi does no
//! astronomy. On a fasting day the fast runs from suhoor up to iftar. A medicine time inside
//! it moves (product choices, not clinical rules; a clinician may advise otherwise):
//! - a once-a-day medicine moves to iftar;
//! - of several daily times, a morning one (before 12:00) moves to before suhoor,
//!   `DOSE_BEFORE_SUHOOR_MINUTES` before eating stops, so there is time to take it with
//!   the meal; a midday, afternoon or evening one moves to iftar;
//! - times already in the eating window (before suhoor, or from iftar on) stay.
//!
//! Two doses may then share a time: both are still reminded, each under its own time, and
//! nothing is combined or re-dosed (Saathi never changes a dose). Reading reminders never
//! move: checking glucose does not break the fast (CLINICAL.md).

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use crate::bands::{Advice, FAST_BREAK_ABOVE, FAST_BREAK_BELOW};
use crate::plausibility::{Field, ValidationError};
use crate::reminders::Moved;
use crate::sources::{IDF_DAR_2021, SAATHI_REMINDERS, Source};
use crate::units::round_to;
use crate::zone;

/// How long before eating stops a morning dose is reminded (product choice).
pub const DOSE_BEFORE_SUHOOR_MINUTES: i64 = 30;
pub const DOSE_TIMES_SOURCE: Source = SAATHI_REMINDERS;
/// Doses before this time of day count as morning doses.
pub const MIDDAY: NaiveTime = match NaiveTime::from_hms_opt(12, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// One fasting day's times on the person's wall clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RamadanDay {
    pub date: NaiveDate,
    /// Dawn: the pre-dawn meal (suhoor) ends and the fast begins.
    pub suhoor: NaiveTime,
    /// Sunset: the fast ends.
    pub iftar: NaiveTime,
}

impl RamadanDay {
    /// Checks the day (iftar after suhoor), to the minute.
    pub fn validated(self) -> Result<Self, ValidationError> {
        let minute = |t: NaiveTime| NaiveTime::from_hms_opt(t.hour(), t.minute(), 0).unwrap_or(t);
        let day = RamadanDay { date: self.date, suhoor: minute(self.suhoor), iftar: minute(self.iftar) };
        if day.iftar <= day.suhoor {
            return Err(ValidationError::OutOfOrder { field: Field::Iftar, other: Field::Suhoor });
        }
        Ok(day)
    }

    /// Whether `time` on this day's wall clock is inside the fast.
    pub fn fasting_at(&self, time: NaiveTime) -> bool {
        self.suhoor <= time && time < self.iftar
    }
}

/// The fasting days a person has given, by date. Empty when they are not fasting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RamadanCalendar {
    days: Vec<RamadanDay>,
}

impl RamadanCalendar {
    /// No fasting days.
    pub const fn not_fasting() -> Self {
        RamadanCalendar { days: Vec::new() }
    }

    /// Checks every day; a later entry for the same date replaces an earlier one.
    pub fn new(days: impl IntoIterator<Item = RamadanDay>) -> Result<Self, ValidationError> {
        let mut checked = Vec::new();
        for day in days {
            checked.push(day.validated()?);
        }
        // Stable sort keeps entry order within a date; keep the last of each date.
        checked.sort_by_key(|d| d.date);
        let mut days: Vec<RamadanDay> = Vec::with_capacity(checked.len());
        for day in checked {
            match days.last_mut() {
                Some(last) if last.date == day.date => *last = day,
                _ => days.push(day),
            }
        }
        Ok(RamadanCalendar { days })
    }

    pub fn day(&self, date: NaiveDate) -> Option<&RamadanDay> {
        self.days.binary_search_by_key(&date, |d| d.date).ok().map(|i| &self.days[i])
    }

    pub fn days(&self) -> &[RamadanDay] {
        &self.days
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// Whether the person is keeping the fast at `at` (between suhoor and iftar on a
    /// fasting day, on the wall clock of `tz`).
    pub fn fasting_at(&self, tz: &TimeZone, at: DateTime<Utc>) -> bool {
        zone::local(tz, at)
            .and_then(|local| self.day(local.date()).map(|d| d.fasting_at(local.time())))
            .unwrap_or(false)
    }
}

/// Where a medicine time `slot` of a regimen taken at `times` goes on fasting day `day`:
/// the wall-clock date and time to remind, and how it moved (if it did).
pub fn dose_time(day: &RamadanDay, slot: NaiveTime, times: &[NaiveTime]) -> (NaiveDateTime, Option<Moved>) {
    if !day.fasting_at(slot) {
        return (day.date.and_time(slot), None);
    }
    if times.len() <= 1 || slot >= MIDDAY {
        (day.date.and_time(day.iftar), Some(Moved::AtIftar))
    } else {
        let before = day.date.and_time(day.suhoor) - Duration::minutes(DOSE_BEFORE_SUHOOR_MINUTES);
        (before, Some(Moved::BeforeSuhoor))
    }
}

/// IDF-DAR's break-the-fast thresholds, with their source.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FastBreakRule {
    /// Break the fast below this (mmol/L, at one decimal).
    pub below: f64,
    /// Break the fast above this.
    pub above: f64,
    pub source: Source,
}

/// CLINICAL.md: "break the fast if below 3.9 or above 16.6 mmol/L, or if unwell".
pub const FAST_BREAK: FastBreakRule =
    FastBreakRule { below: FAST_BREAK_BELOW, above: FAST_BREAK_ABOVE, source: IDF_DAR_2021 };

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BreakFastReason {
    Low,
    High,
    Unwell,
}

impl BreakFastReason {
    pub const ALL: [BreakFastReason; 3] =
        [BreakFastReason::Low, BreakFastReason::High, BreakFastReason::Unwell];

    pub fn code(self) -> &'static str {
        match self {
            BreakFastReason::Low => "low",
            BreakFastReason::High => "high",
            BreakFastReason::Unwell => "unwell",
        }
    }
}

/// Break the fast now: why, the advice to give at once, and the guideline.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct BreakFast {
    pub reason: BreakFastReason,
    pub advice: Advice,
    pub source: Source,
}

impl BreakFast {
    fn because(reason: BreakFastReason) -> Self {
        BreakFast { reason, advice: Advice::BreakFast, source: FAST_BREAK.source }
    }
}

/// Whether a glucose value (mmol/L) means the fast must be broken. Judged at display
/// precision like the bands: 3.9 and 16.6 are kept, 3.8 and 16.7 break the fast.
pub fn fasting_advice(glucose_mmol: f64, fasting_now: bool) -> Option<BreakFast> {
    if !fasting_now || glucose_mmol.is_nan() {
        return None;
    }
    let v = round_to(glucose_mmol, 1);
    if v < FAST_BREAK.below {
        Some(BreakFast::because(BreakFastReason::Low))
    } else if v > FAST_BREAK.above {
        Some(BreakFast::because(BreakFastReason::High))
    } else {
        None
    }
}

/// Feeling unwell while fasting: break the fast (the same IDF-DAR rule).
pub fn unwell_advice(fasting_now: bool) -> Option<BreakFast> {
    fasting_now.then(|| BreakFast::because(BreakFastReason::Unwell))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::london;
    use chrono::TimeZone as _;

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    /// A fasting day in late February 2026 in London.
    fn day() -> RamadanDay {
        RamadanDay { date: date(2, 25), suhoor: hm(5, 10), iftar: hm(17, 45) }
    }

    #[test]
    fn a_once_daily_dose_inside_the_fast_moves_to_iftar() {
        assert_eq!(
            dose_time(&day(), hm(8, 0), &[hm(8, 0)]),
            (date(2, 25).and_time(hm(17, 45)), Some(Moved::AtIftar))
        );
        assert_eq!(dose_time(&day(), hm(13, 0), &[hm(13, 0)]).1, Some(Moved::AtIftar));
    }

    #[test]
    fn morning_doses_go_before_suhoor_and_later_ones_to_iftar() {
        let times = [hm(8, 0), hm(13, 0), hm(20, 0)];
        assert_eq!(
            dose_time(&day(), hm(8, 0), &times),
            (date(2, 25).and_time(hm(4, 40)), Some(Moved::BeforeSuhoor)),
            "30 minutes before eating stops"
        );
        assert_eq!(dose_time(&day(), hm(11, 59), &times).1, Some(Moved::BeforeSuhoor));
        assert_eq!(
            dose_time(&day(), hm(12, 0), &times),
            (date(2, 25).and_time(hm(17, 45)), Some(Moved::AtIftar))
        );
        assert_eq!(dose_time(&day(), hm(13, 0), &times).1, Some(Moved::AtIftar));
        assert_eq!(
            dose_time(&day(), hm(20, 0), &times),
            (date(2, 25).and_time(hm(20, 0)), None),
            "after iftar"
        );
    }

    #[test]
    fn times_already_in_the_eating_window_stay() {
        let times = [hm(5, 9), hm(17, 45)];
        assert_eq!(dose_time(&day(), hm(5, 9), &times), (date(2, 25).and_time(hm(5, 9)), None));
        assert_eq!(dose_time(&day(), hm(17, 45), &times), (date(2, 25).and_time(hm(17, 45)), None));
        assert_eq!(dose_time(&day(), hm(5, 10), &times).1, Some(Moved::BeforeSuhoor), "dawn is in the fast");
        assert_eq!(dose_time(&day(), hm(17, 44), &times).1, Some(Moved::AtIftar));
    }

    #[test]
    fn an_early_suhoor_moves_the_dose_to_the_evening_before() {
        let early = RamadanDay { date: date(6, 20), suhoor: hm(0, 20), iftar: hm(21, 30) };
        let (when, moved) = dose_time(&early, hm(8, 0), &[hm(8, 0), hm(20, 0)]);
        assert_eq!(when, date(6, 19).and_time(hm(23, 50)));
        assert_eq!(moved, Some(Moved::BeforeSuhoor));
    }

    #[test]
    fn days_are_checked_and_the_last_entry_for_a_date_wins() {
        let bad = RamadanDay { iftar: hm(5, 10), ..day() };
        assert_eq!(
            bad.validated(),
            Err(ValidationError::OutOfOrder { field: Field::Iftar, other: Field::Suhoor })
        );
        assert!(RamadanCalendar::new([day(), bad]).is_err());
        let next = RamadanDay { date: date(2, 26), suhoor: hm(5, 8), iftar: hm(17, 47) };
        let fixed = RamadanDay { suhoor: hm(5, 11), ..day() };
        let cal = RamadanCalendar::new([next, day(), fixed]).unwrap();
        assert_eq!(cal.days(), &[fixed, next]);
        assert_eq!(cal.day(date(2, 26)), Some(&next));
        assert_eq!(cal.day(date(2, 27)), None);
    }

    #[test]
    fn fasting_runs_from_suhoor_to_iftar_on_the_wall_clock() {
        let cal = RamadanCalendar::new([day()]).unwrap();
        let tz = london();
        let utc = |h, m| Utc.with_ymd_and_hms(2026, 2, 25, h, m, 0).unwrap();
        assert!(!cal.fasting_at(&tz, utc(5, 9)));
        assert!(cal.fasting_at(&tz, utc(5, 10)));
        assert!(cal.fasting_at(&tz, utc(17, 44)));
        assert!(!cal.fasting_at(&tz, utc(17, 45)));
        assert!(!RamadanCalendar::default().fasting_at(&tz, utc(12, 0)));
    }

    #[test]
    fn break_the_fast_below_3_9_or_above_16_6() {
        let reason = |v| fasting_advice(v, true).map(|b| b.reason);
        assert_eq!(reason(3.8), Some(BreakFastReason::Low));
        assert_eq!(reason(3.84), Some(BreakFastReason::Low), "shows as 3.8");
        assert_eq!(reason(3.85), None, "shows as 3.9");
        assert_eq!(reason(3.9), None);
        assert_eq!(reason(16.6), None);
        assert_eq!(reason(16.64), None, "shows as 16.6");
        assert_eq!(reason(16.65), Some(BreakFastReason::High), "shows as 16.7");
        assert_eq!(reason(16.7), Some(BreakFastReason::High));
        assert_eq!(reason(f64::NAN), None);
        assert_eq!(fasting_advice(2.5, false), None, "not fasting: the usual bands apply");
        let b = fasting_advice(20.0, true).unwrap();
        assert_eq!((b.advice, b.source), (Advice::BreakFast, IDF_DAR_2021));
        assert_eq!(unwell_advice(true).map(|b| b.reason), Some(BreakFastReason::Unwell));
        assert_eq!(unwell_advice(false), None);
    }
}
