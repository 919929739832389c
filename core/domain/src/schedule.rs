//! Reminder schedules: what to be reminded of (a medicine, or a reading to take), at which
//! wall-clock times, on which days. A schedule is stored as a versioned record like a
//! regimen, so its stable id is a `RecordId` and every change keeps who and why.
//!
//! Days are calendar days on the person's wall clock: "every 3 days" means every third
//! date, whatever the clocks did in between, never a count of 72-hour periods.

use chrono::{Datelike, Days, NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

use crate::grants::WeeklyWindow;
use crate::medicine::MAX_TIMES_PER_DAY;
use crate::plausibility::{Field, ValidationError};
use crate::reading::{GlucoseContext, ReadingKind, RecordId};

/// The longest gap "every N days" may have: a yearly reminder.
pub const MAX_EVERY_DAYS: u16 = 366;

/// What a reminder is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "for", rename_all = "kebab-case")]
pub enum Subject {
    /// A dose of the regimen with this record id, at each of the schedule's times.
    Medicine { regimen: RecordId },
    /// A reading to take; `context` narrows a glucose check (fasting, before a meal ...).
    Reading { kind: ReadingKind, context: Option<GlucoseContext> },
}

impl Subject {
    pub fn is_medicine(&self) -> bool {
        matches!(self, Subject::Medicine { .. })
    }
}

/// On which days a schedule fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "every", rename_all = "kebab-case")]
pub enum Recurrence {
    Daily,
    /// Chosen days of the week: bit 0 is Monday ... bit 6 Sunday, as in `WeeklyWindow`.
    Weekdays {
        days: u8,
    },
    /// Every `n` calendar days, counting from the start date (which fires).
    EveryNDays {
        n: u16,
    },
}

impl Recurrence {
    pub fn code(&self) -> &'static str {
        match self {
            Recurrence::Daily => "daily",
            Recurrence::Weekdays { .. } => "weekdays",
            Recurrence::EveryNDays { .. } => "every-n-days",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub subject: Subject,
    /// Wall-clock times of day, sorted, no repeats, whole minutes.
    pub times: Vec<NaiveTime>,
    pub recurrence: Recurrence,
    /// The first local date it may fire on.
    pub starts: NaiveDate,
    /// The last local date it may fire on, if it ends.
    pub ends: Option<NaiveDate>,
    /// A paused schedule fires nothing and is never due or missed.
    pub paused: bool,
}

impl Schedule {
    /// Checks a schedule and puts its times in order (to the minute: reminders are shown
    /// and stored as "08:00").
    pub fn validated(mut self) -> Result<Self, ValidationError> {
        if let Subject::Reading { kind, context } = self.subject {
            // HbA1c is a clinic test, not something taken at home on a schedule.
            let kind_ok = kind != ReadingKind::Hba1c;
            let context_ok = context.is_none() || kind == ReadingKind::Glucose;
            if !kind_ok || !context_ok {
                return Err(ValidationError::NotAChoice { field: Field::ReminderFor });
            }
        }
        for t in &mut self.times {
            *t = NaiveTime::from_hms_opt(t.hour(), t.minute(), 0).unwrap_or(*t);
        }
        self.times.sort_unstable();
        self.times.dedup();
        if self.times.is_empty() {
            return Err(ValidationError::Missing { field: Field::ReminderTimes });
        }
        if self.times.len() > MAX_TIMES_PER_DAY {
            return Err(ValidationError::TooLong { field: Field::ReminderTimes, max: MAX_TIMES_PER_DAY });
        }
        match self.recurrence {
            Recurrence::Daily => {}
            Recurrence::Weekdays { days } if days & 0x7f == 0 => {
                return Err(ValidationError::Missing { field: Field::ReminderDays });
            }
            Recurrence::Weekdays { days } if days > 0x7f => {
                return Err(ValidationError::NotAChoice { field: Field::ReminderDays });
            }
            Recurrence::Weekdays { .. } => {}
            Recurrence::EveryNDays { n: 0 } => {
                return Err(ValidationError::BelowMin { field: Field::ReminderDays, min: 1.0, unit: "days" });
            }
            Recurrence::EveryNDays { n } if n > MAX_EVERY_DAYS => {
                return Err(ValidationError::AboveMax {
                    field: Field::ReminderDays,
                    max: f64::from(MAX_EVERY_DAYS),
                    unit: "days",
                });
            }
            Recurrence::EveryNDays { .. } => {}
        }
        if self.ends.is_some_and(|end| end < self.starts) {
            return Err(ValidationError::OutOfOrder {
                field: Field::ReminderEnd,
                other: Field::ReminderStart,
            });
        }
        Ok(self)
    }

    /// Whether the schedule fires on `date` (pausing aside): within its dates and its days.
    pub fn falls_on(&self, date: NaiveDate) -> bool {
        self.next_day_from(date) == Some(date)
    }

    /// The first date on or after `date` the schedule fires on, if any (pausing aside).
    pub fn next_day_from(&self, date: NaiveDate) -> Option<NaiveDate> {
        let from = date.max(self.starts);
        let day = match self.recurrence {
            Recurrence::Daily => Some(from),
            Recurrence::Weekdays { days } => (0..7)
                .filter_map(|i| from.checked_add_days(Days::new(i)))
                .find(|d| days & WeeklyWindow::day_bit(d.weekday()) != 0),
            Recurrence::EveryNDays { n } => {
                let n = i64::from(n.max(1));
                let behind = (from - self.starts).num_days() % n;
                let ahead = if behind == 0 { 0 } else { n - behind };
                from.checked_add_days(Days::new(ahead as u64))
            }
        }?;
        match self.ends {
            Some(end) if day > end => None,
            _ => Some(day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn schedule(recurrence: Recurrence) -> Schedule {
        Schedule {
            subject: Subject::Medicine { regimen: RecordId(1) },
            times: vec![hm(8, 0)],
            recurrence,
            starts: d(3, 27),
            ends: None,
            paused: false,
        }
    }

    fn bits(days: &[Weekday]) -> u8 {
        days.iter().map(|w| WeeklyWindow::day_bit(*w)).sum()
    }

    #[test]
    fn times_are_sorted_deduplicated_and_whole_minutes() {
        let mut s = schedule(Recurrence::Daily);
        s.times = vec![hm(20, 0), NaiveTime::from_hms_opt(8, 0, 42).unwrap(), hm(8, 0)];
        assert_eq!(s.validated().unwrap().times, vec![hm(8, 0), hm(20, 0)]);
    }

    #[test]
    fn bad_schedules_name_the_field() {
        let check = |f: fn(&mut Schedule)| {
            let mut s = schedule(Recurrence::Daily);
            f(&mut s);
            s.validated().unwrap_err()
        };
        assert_eq!(check(|s| s.times.clear()), ValidationError::Missing { field: Field::ReminderTimes });
        assert_eq!(
            check(|s| s.times = (0..9).map(|h| hm(h, 0)).collect()),
            ValidationError::TooLong { field: Field::ReminderTimes, max: 8 }
        );
        assert_eq!(
            check(|s| s.recurrence = Recurrence::Weekdays { days: 0 }),
            ValidationError::Missing { field: Field::ReminderDays }
        );
        assert_eq!(
            check(|s| s.recurrence = Recurrence::Weekdays { days: 0x80 }),
            ValidationError::Missing { field: Field::ReminderDays }
        );
        assert_eq!(
            check(|s| s.recurrence = Recurrence::Weekdays { days: 0x81 }),
            ValidationError::NotAChoice { field: Field::ReminderDays }
        );
        assert_eq!(
            check(|s| s.recurrence = Recurrence::EveryNDays { n: 0 }),
            ValidationError::BelowMin { field: Field::ReminderDays, min: 1.0, unit: "days" }
        );
        assert_eq!(
            check(|s| s.recurrence = Recurrence::EveryNDays { n: 367 }),
            ValidationError::AboveMax { field: Field::ReminderDays, max: 366.0, unit: "days" }
        );
        assert_eq!(
            check(|s| s.ends = Some(d(3, 26))),
            ValidationError::OutOfOrder { field: Field::ReminderEnd, other: Field::ReminderStart }
        );
        assert_eq!(
            check(|s| s.subject = Subject::Reading { kind: ReadingKind::Hba1c, context: None }),
            ValidationError::NotAChoice { field: Field::ReminderFor }
        );
        assert_eq!(
            check(|s| {
                s.subject = Subject::Reading {
                    kind: ReadingKind::BloodPressure,
                    context: Some(GlucoseContext::Fasting),
                }
            }),
            ValidationError::NotAChoice { field: Field::ReminderFor }
        );
        let mut one_day = schedule(Recurrence::EveryNDays { n: 366 });
        one_day.ends = Some(one_day.starts);
        assert!(one_day.validated().is_ok(), "a schedule may start and end on the same day");
    }

    #[test]
    fn daily_runs_from_start_to_end_inclusive() {
        let mut s = schedule(Recurrence::Daily);
        s.ends = Some(d(3, 30));
        assert_eq!(s.next_day_from(d(1, 1)), Some(d(3, 27)));
        assert!(!s.falls_on(d(3, 26)));
        assert!(s.falls_on(d(3, 27)) && s.falls_on(d(3, 30)));
        assert!(!s.falls_on(d(3, 31)));
        assert_eq!(s.next_day_from(d(3, 31)), None);
    }

    #[test]
    fn chosen_weekdays() {
        // 2026-03-27 is a Friday.
        let s = schedule(Recurrence::Weekdays { days: bits(&[Weekday::Mon, Weekday::Thu]) });
        assert_eq!(s.next_day_from(d(3, 27)), Some(d(3, 30)), "Monday");
        assert_eq!(s.next_day_from(d(3, 31)), Some(d(4, 2)), "Thursday");
        assert!(s.falls_on(d(4, 2)) && !s.falls_on(d(4, 3)));
        let sunday = schedule(Recurrence::Weekdays { days: bits(&[Weekday::Sun]) });
        assert_eq!(sunday.next_day_from(d(3, 30)), Some(d(4, 5)));
    }

    #[test]
    fn every_n_days_counts_calendar_days_from_the_start() {
        let s = schedule(Recurrence::EveryNDays { n: 3 });
        let days: Vec<_> = (27..=31).filter(|&day| s.falls_on(d(3, day))).collect();
        assert_eq!(days, [27, 30], "29 March (the clocks change) is not a 72-hour count away");
        assert_eq!(s.next_day_from(d(3, 28)), Some(d(3, 30)));
        assert_eq!(s.next_day_from(d(3, 31)), Some(d(4, 2)));
        assert_eq!(s.next_day_from(d(1, 1)), Some(d(3, 27)), "never before the start");
    }
}
