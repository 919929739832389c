//! When something happened: a UTC instant plus the wall-clock offset where it happened.
//!
//! The offset is what the clock on the wall said at that moment (BST or GMT, or the offset
//! in Lahore on a family visit), so "morning" and "which day" stay right for that reading
//! even after the person travels or the clocks change.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Taken {
    pub at: DateTime<Utc>,
    /// Seconds east of UTC on the wall clock at `at`.
    pub offset_seconds: i32,
}

impl Taken {
    pub fn new(local: DateTime<FixedOffset>) -> Self {
        Taken { at: local.with_timezone(&Utc), offset_seconds: local.offset().local_minus_utc() }
    }

    pub fn utc(at: DateTime<Utc>) -> Self {
        Taken { at, offset_seconds: 0 }
    }

    pub fn local(&self) -> DateTime<FixedOffset> {
        let offset = FixedOffset::east_opt(self.offset_seconds)
            .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset is valid"));
        offset.from_utc_datetime(&self.at.naive_utc())
    }

    pub fn local_date(&self) -> NaiveDate {
        self.local().date_naive()
    }

    pub fn local_time(&self) -> NaiveTime {
        self.local().time()
    }

    /// Milliseconds since the Unix epoch: how instants are stored.
    pub fn millis(&self) -> i64 {
        self.at.timestamp_millis()
    }

    pub fn from_millis(millis: i64, offset_seconds: i32) -> Option<Self> {
        DateTime::<Utc>::from_timestamp_millis(millis).map(|at| Taken { at, offset_seconds })
    }
}

/// A half-open range of instants, `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

impl Period {
    /// The last `days` days up to `now`, as a plain length of time.
    pub fn last_days(now: DateTime<Utc>, days: u32) -> Self {
        Period { from: now - chrono::Duration::days(i64::from(days)), to: now }
    }

    /// The last `days` calendar days on the wall clock of `now`, today included: from local
    /// midnight `days - 1` days ago to the end of today. "The last 7 days" means this week's
    /// seven dates, not 168 hours that touch eight of them. Ending at midnight rather than at
    /// `now` keeps a reading taken this very moment (or a few minutes ahead, within the
    /// clock-drift tolerance) in today's summary.
    pub fn last_calendar_days(now: DateTime<FixedOffset>, days: u32) -> Self {
        let midnight = |date: NaiveDate| {
            now.offset()
                .from_local_datetime(&date.and_time(NaiveTime::MIN))
                .single()
                .map(|d| d.with_timezone(&Utc))
        };
        let today = now.date_naive();
        let first = today - chrono::Duration::days(i64::from(days.max(1)) - 1);
        let now = now.with_timezone(&Utc);
        let from = midnight(first).unwrap_or_else(|| now - chrono::Duration::days(i64::from(days)));
        let to = today.succ_opt().and_then(midnight).unwrap_or(now + chrono::Duration::days(1));
        Period { from, to }
    }

    /// The first and last dates this period touches on a clock `offset_seconds` east of UTC.
    pub fn local_dates(&self, offset_seconds: i32) -> (NaiveDate, NaiveDate) {
        let local = |t: DateTime<Utc>| Taken { at: t, offset_seconds }.local_date();
        (local(self.from), local(self.to - chrono::Duration::milliseconds(1)))
    }

    /// Calendar days this period touches on a clock `offset_seconds` east of UTC.
    pub fn calendar_days(&self, offset_seconds: i32) -> u32 {
        let (first, last) = self.local_dates(offset_seconds);
        ((last - first).num_days() + 1).max(0) as u32
    }

    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        self.from <= at && at < self.to
    }

    pub fn days(&self) -> f64 {
        (self.to - self.from).num_seconds() as f64 / 86_400.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_date_follows_the_offset_not_utc() {
        // 23:30 BST on 1 July is 22:30 UTC the same day; 00:30 BST on 2 July is 23:30 UTC on 1 July.
        let bst = FixedOffset::east_opt(3600).unwrap();
        let late = Taken::new(bst.with_ymd_and_hms(2026, 7, 2, 0, 30, 0).unwrap());
        assert_eq!(late.at.date_naive(), NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
        assert_eq!(late.local_date(), NaiveDate::from_ymd_opt(2026, 7, 2).unwrap());
        assert_eq!(late.offset_seconds, 3600);
    }

    #[test]
    fn millis_round_trip_keeps_offset() {
        let ist = FixedOffset::east_opt(19800).unwrap();
        let t = Taken::new(ist.with_ymd_and_hms(2026, 1, 5, 7, 15, 0).unwrap());
        let back = Taken::from_millis(t.millis(), t.offset_seconds).unwrap();
        assert_eq!(back, t);
        assert_eq!(back.local_time(), NaiveTime::from_hms_opt(7, 15, 0).unwrap());
    }

    #[test]
    fn calendar_days_start_at_local_midnight() {
        let bst = FixedOffset::east_opt(3600).unwrap();
        let now = bst.with_ymd_and_hms(2026, 6, 10, 9, 30, 0).unwrap();
        let p = Period::last_calendar_days(now, 7);
        assert_eq!(p.from, bst.with_ymd_and_hms(2026, 6, 4, 0, 0, 0).unwrap().with_timezone(&Utc));
        assert_eq!(
            p.to,
            bst.with_ymd_and_hms(2026, 6, 11, 0, 0, 0).single().expect("time").with_timezone(&Utc)
        );
        assert!(p.contains(now.with_timezone(&Utc)), "a reading taken now is in today's summary");
        assert_eq!(p.calendar_days(3600), 7);
        assert_eq!(Period::last_calendar_days(now, 1).calendar_days(3600), 1);
        assert_eq!(Period::last_days(now.with_timezone(&Utc), 7).calendar_days(3600), 8);
    }

    #[test]
    fn period_is_half_open() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
        let p = Period::last_days(now, 7);
        assert!(p.contains(p.from));
        assert!(!p.contains(p.to));
        assert_eq!(p.days(), 7.0);
    }
}
