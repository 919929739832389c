//! Summaries over calendar days, and `Message`: words as a key plus arguments, which the
//! shell hands to the localizer (never building sentences itself).

use saathi_domain::message::{self as domain_message, Arg};
use saathi_domain::summary as domain;
use saathi_domain::time::Period;

use crate::PersonId;
use crate::error::SaathiError;
use crate::mirror::all;
use crate::protocol::BpProtocolAverage;
use crate::session::SaathiSession;
use crate::time::{LocalDate, TimeOfDay, Timestamp};
use crate::tracking::{BpBand, GlucoseContext};

mirror_enum!(Trend <=> saathi_domain::summary::Trend { Rising, Falling, Steady, NotEnoughData });

/// Something to say: a message id in `locales/` and its arguments.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Message {
    pub key: String,
    pub args: Vec<MessageArg>,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct MessageArg {
    pub name: String,
    pub value: ArgValue,
}

#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum ArgValue {
    Int {
        value: i64,
    },
    /// A number shown with `places` decimal places.
    Decimal {
        value: f64,
        places: u8,
    },
    /// Text used as it is (a name).
    Text {
        value: String,
    },
    /// A time of day, written in the locale's own digits by the localizer.
    Time {
        value: TimeOfDay,
    },
    /// Another message id, used as a word ("glucose").
    Term {
        key: String,
    },
    /// A whole message inside this one.
    Nested {
        message: Message,
    },
}

impl From<domain_message::Message> for Message {
    fn from(m: domain_message::Message) -> Self {
        Message {
            key: m.key,
            args: m
                .args
                .into_iter()
                .map(|(name, value)| MessageArg { name: name.into(), value: value.into() })
                .collect(),
        }
    }
}

impl From<Arg> for ArgValue {
    fn from(a: Arg) -> Self {
        match a {
            Arg::Int(value) => ArgValue::Int { value },
            Arg::Decimal { value, places } => ArgValue::Decimal { value, places },
            Arg::Text(value) => ArgValue::Text { value },
            Arg::Time(t) => ArgValue::Time { value: t.into() },
            Arg::Term(key) => ArgValue::Term { key },
            Arg::Message(m) => ArgValue::Nested { message: (*m).into() },
        }
    }
}

/// Glucose figures in mmol/L; percentages of readings.
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct GlucoseStats {
    pub count: u32,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    pub in_range_percent: f64,
    pub low_percent: f64,
    pub high_percent: f64,
    pub severe_lows: u32,
    pub lows: u32,
}

impl From<domain::GlucoseStats> for GlucoseStats {
    fn from(s: domain::GlucoseStats) -> Self {
        GlucoseStats {
            count: s.count,
            mean: s.mean,
            min: s.min,
            max: s.max,
            in_range_percent: s.in_range_percent,
            low_percent: s.low_percent,
            high_percent: s.high_percent,
            severe_lows: s.severe_lows,
            lows: s.lows,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct ContextStats {
    pub context: GlucoseContext,
    pub stats: GlucoseStats,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GlucoseSummary {
    pub overall: GlucoseStats,
    pub by_context: Vec<ContextStats>,
    pub days_with_readings: u32,
    pub days_all_in_range: u32,
    pub trend: Trend,
}

impl From<domain::GlucoseSummary> for GlucoseSummary {
    fn from(g: domain::GlucoseSummary) -> Self {
        GlucoseSummary {
            overall: g.overall.into(),
            by_context: g
                .by_context
                .into_iter()
                .map(|(context, stats)| ContextStats { context: context.into(), stats: stats.into() })
                .collect(),
            days_with_readings: g.days_with_readings,
            days_all_in_range: g.days_all_in_range,
            trend: g.trend.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BpSummary {
    pub count: u32,
    pub mean_systolic: u16,
    pub mean_diastolic: u16,
    pub max_systolic: u16,
    pub max_diastolic: u16,
    pub band_of_mean: BpBand,
    pub mean_within_target: bool,
    pub trend: Trend,
}

impl From<domain::BpSummary> for BpSummary {
    fn from(b: domain::BpSummary) -> Self {
        BpSummary {
            count: b.count,
            mean_systolic: b.mean_systolic,
            mean_diastolic: b.mean_diastolic,
            max_systolic: b.max_systolic,
            max_diastolic: b.max_diastolic,
            band_of_mean: b.band_of_mean.into(),
            mean_within_target: b.mean_within_target,
            trend: b.trend.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct WeightSummary {
    pub count: u32,
    pub first_kg: f64,
    pub latest_kg: f64,
    pub change_kg: f64,
    pub trend: Trend,
}

impl From<domain::WeightSummary> for WeightSummary {
    fn from(w: domain::WeightSummary) -> Self {
        WeightSummary {
            count: w.count,
            first_kg: w.first_kg,
            latest_kg: w.latest_kg,
            change_kg: w.change_kg,
            trend: w.trend.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Hba1cSummary {
    pub count: u32,
    pub latest_mmol_per_mol: f64,
    pub latest_on: LocalDate,
    pub at_or_below_target: bool,
}

impl From<domain::Hba1cSummary> for Hba1cSummary {
    fn from(h: domain::Hba1cSummary) -> Self {
        Hba1cSummary {
            count: h.count,
            latest_mmol_per_mol: h.latest_mmol_per_mol,
            latest_on: h.latest_on,
            at_or_below_target: h.at_or_below_target,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ActivitySummary {
    pub total_minutes: u32,
    pub active_days: u32,
    pub mean_daily_steps: Option<u32>,
}

impl From<domain::ActivitySummary> for ActivitySummary {
    fn from(a: domain::ActivitySummary) -> Self {
        ActivitySummary {
            total_minutes: a.total_minutes,
            active_days: a.active_days,
            mean_daily_steps: a.mean_daily_steps,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DoseSummary {
    pub taken: u32,
    pub late: u32,
    pub skipped: u32,
}

impl From<domain::DoseSummary> for DoseSummary {
    fn from(d: domain::DoseSummary) -> Self {
        DoseSummary { taken: d.taken, late: d.late, skipped: d.skipped }
    }
}

/// A summary of calendar days on the person's clock.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Summary {
    pub from: Timestamp,
    pub to: Timestamp,
    pub first_day: LocalDate,
    pub last_day: LocalDate,
    pub days: u32,
    pub glucose: Option<GlucoseSummary>,
    pub blood_pressure: Option<BpSummary>,
    pub weight: Option<WeightSummary>,
    pub hba1c: Option<Hba1cSummary>,
    pub activity: Option<ActivitySummary>,
    pub doses: Option<DoseSummary>,
    /// The home blood-pressure check's average: what NICE asks clinicians to act on.
    pub bp_check: Option<BpProtocolAverage>,
    /// Days in a row with anything logged, up to today.
    pub streak_days: u32,
    /// The summary in plain words.
    pub messages: Vec<Message>,
}

impl From<domain::Summary> for Summary {
    fn from(s: domain::Summary) -> Self {
        Summary {
            from: s.period.from,
            to: s.period.to,
            first_day: s.first_day,
            last_day: s.last_day,
            days: s.days,
            glucose: s.glucose.map(Into::into),
            blood_pressure: s.blood_pressure.map(Into::into),
            weight: s.weight.map(Into::into),
            hba1c: s.hba1c.map(Into::into),
            activity: s.activity.map(Into::into),
            doses: s.doses.map(Into::into),
            bp_check: s.bp_check.map(Into::into),
            streak_days: s.streak_days,
            messages: all(s.messages),
        }
    }
}

#[uniffi::export]
impl SaathiSession {
    /// The summary of the last `days` calendar days, today included.
    pub fn summary_days(&self, patient: PersonId, days: u32) -> Result<Summary, SaathiError> {
        self.with(|s| Ok(s.summary_days(patient, days)?.into()))
    }

    /// The summary of readings taken from `from` up to (not including) `to`.
    pub fn summary_between(
        &self,
        patient: PersonId,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Summary, SaathiError> {
        self.with(|s| Ok(s.summary(patient, Period { from, to })?.into()))
    }
}
