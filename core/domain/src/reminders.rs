//! Reminders: what fires next and when (for the shells to schedule local notifications),
//! and what is due, missed or done now.
//!
//! Every time is computed on the person's wall clock in their IANA zone (`zone` holds the
//! daylight-saving rules), and every dose or check belongs to a local calendar day: a 23:30
//! dose missed is reported on the day it was due, and a 00:15 schedule is for that day.
//!
//! When a dose counts as taken (product choices, not clinical rules; `TIMING_SOURCE`):
//! - it is due from `ON_TIME_BEFORE_MINUTES` (60) before its time;
//! - a dose logged from then until `ON_TIME_AFTER_MINUTES` (120) after its time is on time;
//! - if nothing is logged by then, it is missed;
//! - a dose logged later still counts for it (done, not on time) until the same dose's
//!   next time opens, and at most `COUNTS_FOR_HOURS` (24) after its time.
//!
//! Reading reminders work the same way, matched by kind (and glucose context) rather than
//! by regimen and time.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone as _,
    Utc,
};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use crate::medicine::{DoseEvent, DoseStatus};
use crate::plausibility::{Field, ValidationError};
use crate::ramadan::{self, RamadanCalendar};
use crate::reading::{GlucoseContext, Measurement, ReadingKind, RecordId, Recorded};
use crate::schedule::{Schedule, Subject};
use crate::sources::{SAATHI_REMINDERS, Source};
use crate::zone::{self, Resolved};

pub const ON_TIME_BEFORE_MINUTES: i64 = 60;
pub const ON_TIME_AFTER_MINUTES: i64 = 120;
pub const COUNTS_FOR_HOURS: i64 = 24;
/// How far back `due_and_missed` looks.
pub const LOOKBACK_HOURS: i64 = 24;
pub const TIMING_SOURCE: Source = SAATHI_REMINDERS;

/// The longest delay a patient may choose before helpers are told (12 hours).
pub const MAX_ALERT_DELAY_MINUTES: u32 = 720;

/// Why a reminder fires at another wall-clock time than its schedule says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Moved {
    /// The time did not exist (the clocks went forward); it fires as the gap ends.
    ClocksForward,
    /// Ramadan: a morning dose, before the pre-dawn meal ends.
    BeforeSuhoor,
    /// Ramadan: a dose taken when the fast ends.
    AtIftar,
}

impl Moved {
    pub fn code(self) -> &'static str {
        match self {
            Moved::ClocksForward => "clocks-forward",
            Moved::BeforeSuhoor => "before-suhoor",
            Moved::AtIftar => "at-iftar",
        }
    }
}

/// What reminders are computed from: one person's schedules, their zone and their fast.
#[derive(Debug, Clone, Copy)]
pub struct Plan<'a> {
    /// Current schedules. A version's `meta.taken` is when it starts to apply: nothing
    /// before that instant fires or is reported (a schedule made at 10:00 does not report
    /// the 08:00 dose that morning as missed).
    pub schedules: &'a [Recorded<Schedule>],
    pub tz: &'a TimeZone,
    /// Fasting days; empty when the person is not fasting.
    pub ramadan: &'a RamadanCalendar,
}

/// One reminder going off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Fire {
    pub schedule: RecordId,
    pub subject: Subject,
    /// The local calendar day the dose or check belongs to.
    pub date: NaiveDate,
    /// The schedule's time this is for (what a dose event names as `scheduled`).
    pub slot: NaiveTime,
    /// When it goes off on the wall clock.
    pub local: NaiveDateTime,
    pub at: DateTime<Utc>,
    /// The wall clock's offset from UTC at `at`, seconds east.
    pub offset_seconds: i32,
    /// Set when `local` is not `date` at `slot`.
    pub moved: Option<Moved>,
}

impl Fire {
    /// `at` on the wall clock, for shells that schedule by offset date-time.
    pub fn local_date_time(&self) -> DateTime<FixedOffset> {
        let offset = FixedOffset::east_opt(self.offset_seconds).unwrap_or(Utc.fix());
        offset.from_utc_datetime(&self.at.naive_utc())
    }

    /// Identifies the dose or check: the same for every computation of it.
    pub fn key(&self) -> (RecordId, NaiveDate, NaiveTime) {
        (self.schedule, self.date, self.slot)
    }
}

/// The reminders a schedule makes on local date `date`, in time order.
fn fires_on(plan: &Plan<'_>, rec: &Recorded<Schedule>, date: NaiveDate) -> Vec<Fire> {
    let s = &rec.value;
    if s.paused || !s.falls_on(date) {
        return Vec::new();
    }
    let fasting = match s.subject {
        Subject::Medicine { .. } => plan.ramadan.day(date),
        Subject::Reading { .. } => None,
    };
    let mut out = Vec::with_capacity(s.times.len());
    for &slot in &s.times {
        let (wanted, moved) = match fasting {
            Some(day) => ramadan::dose_time(day, slot, &s.times),
            None => (date.and_time(slot), None),
        };
        let Some((at, resolved)) = zone::instant(plan.tz, wanted) else { continue };
        if at < rec.meta.taken.at {
            continue;
        }
        let moved = moved.or((resolved == Resolved::AfterGap).then_some(Moved::ClocksForward));
        out.push(Fire {
            schedule: rec.meta.record_id,
            subject: s.subject,
            date,
            slot,
            local: zone::local(plan.tz, at).unwrap_or(wanted),
            at,
            offset_seconds: zone::offset_seconds(plan.tz, at),
            moved,
        });
    }
    out.sort_by_key(|f| (f.at, f.slot));
    out
}

/// Dates far enough around an instant's local date to catch every reminder near it: a
/// Ramadan dose can go off the evening before its day, and a gap can push one past midnight.
const DAYS_AROUND: u64 = 2;

fn sort_fires(fires: &mut [Fire]) {
    fires.sort_by_key(|f| (f.at, f.schedule, f.date, f.slot));
}

/// The next reminder strictly after `after`, if any schedule will fire again.
pub fn next_fire(plan: &Plan<'_>, after: DateTime<Utc>) -> Option<Fire> {
    fires_after(plan, after, None, 1).into_iter().next()
}

/// The reminders in `(after, until]`, soonest first, at most `limit` of them (iOS keeps
/// 64 pending notifications). Each dose or check appears once.
pub fn upcoming(plan: &Plan<'_>, after: DateTime<Utc>, until: DateTime<Utc>, limit: usize) -> Vec<Fire> {
    fires_after(plan, after, Some(until), limit)
}

fn fires_after(
    plan: &Plan<'_>,
    after: DateTime<Utc>,
    until: Option<DateTime<Utc>>,
    limit: usize,
) -> Vec<Fire> {
    let Some(start) =
        zone::local(plan.tz, after).and_then(|l| l.date().checked_sub_days(chrono::Days::new(DAYS_AROUND)))
    else {
        return Vec::new();
    };
    let last = until
        .and_then(|u| zone::local(plan.tz, u))
        .and_then(|l| l.date().checked_add_days(chrono::Days::new(DAYS_AROUND)));
    let wanted = |f: &Fire| f.at > after && until.is_none_or(|u| f.at <= u);
    let mut all = Vec::new();
    if limit == 0 {
        return all;
    }
    for rec in plan.schedules.iter().filter(|r| !r.value.paused) {
        let mut found = 0;
        // Once `limit` reminders are found, a couple more days still run, in case a moved
        // dose of a later day goes off before one already found.
        let mut stop_after: Option<NaiveDate> = None;
        let mut from = start;
        while let Some(day) = rec.value.next_day_from(from) {
            if day.year() > 9999 || last.is_some_and(|l| day > l) || stop_after.is_some_and(|s| day > s) {
                break;
            }
            for f in fires_on(plan, rec, day).into_iter().filter(wanted) {
                all.push(f);
                found += 1;
            }
            if stop_after.is_none() && found >= limit {
                stop_after = day.checked_add_days(chrono::Days::new(DAYS_AROUND));
            }
            match day.succ_opt() {
                Some(next) => from = next,
                None => break,
            }
        }
    }
    sort_fires(&mut all);
    all.truncate(limit);
    all
}

/// Something the person logged that can answer a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Logged {
    pub at: DateTime<Utc>,
    pub what: LoggedWhat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "logged", rename_all = "kebab-case")]
pub enum LoggedWhat {
    Dose { regimen: RecordId, slot: NaiveTime, status: DoseStatus },
    Reading { kind: ReadingKind, context: Option<GlucoseContext> },
}

impl From<&Recorded<DoseEvent>> for Logged {
    fn from(r: &Recorded<DoseEvent>) -> Self {
        Logged {
            at: r.meta.taken.at,
            what: LoggedWhat::Dose {
                regimen: r.value.regimen,
                slot: r.value.scheduled,
                status: r.value.status,
            },
        }
    }
}

impl From<&Recorded<Measurement>> for Logged {
    fn from(r: &Recorded<Measurement>) -> Self {
        let context = match r.value {
            Measurement::Glucose(g) => Some(g.context),
            _ => None,
        };
        Logged { at: r.meta.taken.at, what: LoggedWhat::Reading { kind: r.value.kind(), context } }
    }
}

/// Ramadan's contexts count as their everyday equivalents (CLINICAL.md "Codes for export").
fn same_context(a: GlucoseContext, b: GlucoseContext) -> bool {
    let plain = |c| match c {
        GlucoseContext::BeforeSuhoor => GlucoseContext::Fasting,
        GlucoseContext::AfterIftar => GlucoseContext::AfterMeal,
        c => c,
    };
    plain(a) == plain(b)
}

fn answers(logged: &LoggedWhat, fire: &Fire) -> bool {
    match (logged, fire.subject) {
        (LoggedWhat::Dose { regimen, slot, .. }, Subject::Medicine { regimen: r }) => {
            *regimen == r && *slot == fire.slot
        }
        (LoggedWhat::Reading { kind, context }, Subject::Reading { kind: k, context: c }) => {
            *kind == k
                && match (c, context) {
                    (None, _) => true,
                    (Some(want), Some(got)) => same_context(want, *got),
                    (Some(_), None) => false,
                }
        }
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DueState {
    /// Its time is near or just past, and nothing is logged yet.
    Due,
    /// Nothing was logged by `ON_TIME_AFTER_MINUTES` after its time.
    Missed,
    /// Taken (or the reading taken).
    Done,
    /// The person logged that they skipped this dose: they acted, so it is not missed.
    Skipped,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Due {
    pub fire: Fire,
    pub state: DueState,
    /// When the dose or reading that answered it was taken.
    pub logged: Option<DateTime<Utc>>,
    /// Logged within the on-time window around its time.
    pub on_time: bool,
}

impl Due {
    /// When a missed dose became missed.
    pub fn missed_since(&self) -> Option<DateTime<Utc>> {
        (self.state == DueState::Missed).then(|| self.fire.at + Duration::minutes(ON_TIME_AFTER_MINUTES))
    }
}

/// What was due in the last `LOOKBACK_HOURS` and what is due now (its window open), each
/// with its state, oldest first. `logged` is what the person logged around then, in any order.
pub fn due_and_missed(plan: &Plan<'_>, logged: &[Logged], now: DateTime<Utc>) -> Vec<Due> {
    let early = Duration::minutes(ON_TIME_BEFORE_MINUTES);
    let late = Duration::minutes(ON_TIME_AFTER_MINUTES);
    let from = now - Duration::hours(LOOKBACK_HOURS);
    let around = chrono::Days::new(DAYS_AROUND);
    let (Some(first), Some(last)) = (
        zone::local(plan.tz, from).and_then(|l| l.date().checked_sub_days(around)),
        zone::local(plan.tz, now).and_then(|l| l.date().checked_add_days(around)),
    ) else {
        return Vec::new();
    };
    let mut logs: Vec<&Logged> = logged.iter().collect();
    logs.sort_by_key(|l| l.at);

    let mut out = Vec::new();
    for rec in plan.schedules.iter().filter(|r| !r.value.paused) {
        let mut fires = Vec::new();
        let mut day = rec.value.next_day_from(first);
        while let Some(d) = day.filter(|d| *d <= last) {
            fires.extend(fires_on(plan, rec, d));
            day = d.succ_opt().and_then(|next| rec.value.next_day_from(next));
        }
        sort_fires(&mut fires);
        let mut used = vec![false; logs.len()];
        for (i, fire) in fires.iter().enumerate() {
            // The next time of the same dose (any time, for a reading) closes this one's window.
            let next = fires[i + 1..]
                .iter()
                .find(|n| !fire.subject.is_medicine() || n.slot == fire.slot)
                .map(|n| n.at - early);
            let opens = fire.at - early;
            let closes = next.map_or(fire.at + Duration::hours(COUNTS_FOR_HOURS), |n| {
                n.min(fire.at + Duration::hours(COUNTS_FOR_HOURS))
            });
            let answer = logs
                .iter()
                .enumerate()
                .find(|(j, l)| !used[*j] && opens <= l.at && l.at < closes && answers(&l.what, fire))
                .map(|(j, l)| (j, **l));
            if let Some((j, _)) = answer {
                used[j] = true;
            }
            if fire.at < from || opens > now {
                continue;
            }
            let state = match answer {
                Some((_, l)) if matches!(l.what, LoggedWhat::Dose { status: DoseStatus::Skipped, .. }) => {
                    DueState::Skipped
                }
                Some(_) => DueState::Done,
                None if now <= fire.at + late => DueState::Due,
                None => DueState::Missed,
            };
            let logged = answer.map(|(_, l)| l.at);
            let on_time = logged.is_some_and(|t| opens <= t && t <= fire.at + late);
            out.push(Due { fire: *fire, state, logged, on_time });
        }
    }
    out.sort_by_key(|d| (d.fire.at, d.fire.schedule, d.fire.date, d.fire.slot));
    out
}

/// A person's reminder settings: their zone, and whether and when helpers are told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderSettings {
    /// IANA zone name the schedules are kept in ("Europe/London").
    pub time_zone: String,
    /// Minutes after a dose becomes missed before helpers with the receive-alerts grant
    /// are told; `None`: they are not told.
    pub missed_dose_alert_minutes: Option<u32>,
    /// Minutes after a dangerous reading before helpers are told, unless the patient has
    /// said they are dealing with it; `None`: they are not told.
    pub escalation_minutes: Option<u32>,
}

impl ReminderSettings {
    /// Settings with helpers not told of anything: the patient chooses to turn alerts on.
    pub fn new(time_zone: impl Into<String>) -> Self {
        ReminderSettings {
            time_zone: time_zone.into(),
            missed_dose_alert_minutes: None,
            escalation_minutes: None,
        }
    }

    pub fn validated(self) -> Result<Self, ValidationError> {
        zone::check_zone_name(&self.time_zone)?;
        for minutes in [self.missed_dose_alert_minutes, self.escalation_minutes].into_iter().flatten() {
            if minutes > MAX_ALERT_DELAY_MINUTES {
                return Err(ValidationError::AboveMax {
                    field: Field::AlertDelay,
                    max: f64::from(MAX_ALERT_DELAY_MINUTES),
                    unit: "min",
                });
            }
        }
        Ok(self)
    }
}
