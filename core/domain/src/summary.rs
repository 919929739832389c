//! Summaries over a period: counts, means, time in range, trends, streaks, and a
//! plain-language summary as message keys (the l10n crate chooses the words).
//!
//! Inputs are light points rather than full records, and glucose comes as tallies per day
//! and context (`GlucoseTally`): a 90-day CGM summary covers ~26,000 readings, which the
//! store keeps counted by day, so only the last days are counted from points. Everything
//! that reads points is a single pass with no allocation per point.

use std::collections::BTreeMap;

use chrono::{FixedOffset, NaiveDate};
use serde::Serialize;

use crate::bands::{BpBand, GlucoseBand, bp_band, glucose_band, within_bp_target};
use crate::bp_protocol::ProtocolAverage;
use crate::medicine::DoseStatus;
use crate::message::Message;
use crate::reading::GlucoseContext;
use crate::targets::{GlucoseRange, Targets};
use crate::time::{Period, Taken};
use crate::units::{KG_PER_STONE, POUNDS_PER_STONE, WeightUnit, round_to};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GlucosePoint {
    pub taken: Taken,
    pub mmol: f64,
    pub context: GlucoseContext,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BpPoint {
    pub taken: Taken,
    pub systolic: u16,
    pub diastolic: u16,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValuePoint {
    pub taken: Taken,
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActivityPoint {
    pub taken: Taken,
    pub minutes: Option<u32>,
    pub steps: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DosePoint {
    pub taken: Taken,
    pub status: DoseStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trend {
    Rising,
    Falling,
    Steady,
    NotEnoughData,
}

impl Trend {
    pub fn code(self) -> &'static str {
        match self {
            Trend::Rising => "rising",
            Trend::Falling => "falling",
            Trend::Steady => "steady",
            Trend::NotEnoughData => "not-enough-data",
        }
    }
}

/// Changes smaller than these over a period are "steady". They are display heuristics for
/// the words "going up / down", not clinical thresholds.
pub const GLUCOSE_STEADY_WITHIN_MMOL: f64 = 0.5;
pub const SYSTOLIC_STEADY_WITHIN_MMHG: f64 = 5.0;
pub const WEIGHT_STEADY_WITHIN_KG: f64 = 1.0;
/// Fewer days with data than this gives `Trend::NotEnoughData`.
pub const TREND_MIN_DAYS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GlucoseStats {
    pub count: u32,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    /// Percentages of readings (0–100) in, below and above the person's target range.
    pub in_range_percent: f64,
    pub low_percent: f64,
    pub high_percent: f64,
    /// Readings in the severe-low band (below 3.0 mmol/L).
    pub severe_lows: u32,
    pub lows: u32,
}

/// Counts of glucose readings: everything a summary needs from them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct GlucoseCounts {
    pub count: u32,
    pub sum: f64,
    pub min: f64,
    pub max: f64,
    pub in_range: u32,
    /// Below the range, severe lows included.
    pub low: u32,
    pub high: u32,
    pub severe_low: u32,
}

impl GlucoseCounts {
    fn add(&mut self, mmol: f64, band: GlucoseBand) {
        if self.count == 0 {
            self.min = mmol;
            self.max = mmol;
        } else {
            self.min = self.min.min(mmol);
            self.max = self.max.max(mmol);
        }
        self.count += 1;
        self.sum += mmol;
        match band {
            GlucoseBand::SevereLow => {
                self.low += 1;
                self.severe_low += 1;
            }
            GlucoseBand::Low => self.low += 1,
            GlucoseBand::InRange => self.in_range += 1,
            GlucoseBand::High | GlucoseBand::VeryHigh => self.high += 1,
        }
    }

    fn merge(&mut self, other: &GlucoseCounts) {
        if other.count == 0 {
            return;
        }
        if self.count == 0 {
            self.min = other.min;
            self.max = other.max;
        } else {
            self.min = self.min.min(other.min);
            self.max = self.max.max(other.max);
        }
        self.count += other.count;
        self.sum += other.sum;
        self.in_range += other.in_range;
        self.low += other.low;
        self.high += other.high;
        self.severe_low += other.severe_low;
    }

    fn stats(&self) -> Option<GlucoseStats> {
        (self.count > 0).then(|| {
            let pct = |n: u32| f64::from(n) * 100.0 / f64::from(self.count);
            GlucoseStats {
                count: self.count,
                mean: self.sum / f64::from(self.count),
                min: self.min,
                max: self.max,
                in_range_percent: pct(self.in_range),
                low_percent: pct(self.low),
                high_percent: pct(self.high),
                severe_lows: self.severe_low,
                lows: self.low,
            }
        })
    }
}

/// One local day's glucose readings in one context, counted against one target range.
///
/// Glucose summaries are made from these, never from points directly, so a summary made
/// from tallies counted just now and one made from tallies kept since an earlier summary
/// (`saathi-store`'s `glucose_days`) are the same to the last bit: both add the same
/// numbers in the same order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GlucoseTally {
    /// The date on the wall clock where the readings were taken.
    pub date: NaiveDate,
    pub context: GlucoseContext,
    /// The range the bands were counted against (`Targets::glucose_for(context)`): a
    /// tally counted against another range must be counted again.
    pub target: GlucoseRange,
    pub counts: GlucoseCounts,
}

/// The target range each context is judged against, by `GlucoseContext::ALL` index.
pub fn glucose_ranges(targets: &Targets) -> [GlucoseRange; GlucoseContext::ALL.len()] {
    std::array::from_fn(|i| targets.glucose_for(GlucoseContext::ALL[i]).value)
}

/// Counts `points` by local day and context, in (date, context) order.
pub fn tally_glucose(points: &[GlucosePoint], targets: &Targets) -> Vec<GlucoseTally> {
    const CONTEXTS: usize = GlucoseContext::ALL.len();
    let ranges = glucose_ranges(targets);
    let mut days: BTreeMap<NaiveDate, [GlucoseCounts; CONTEXTS]> = BTreeMap::new();
    // Points come in time order, so they arrive in runs of one day: the day's date and map
    // entry are looked up once per run, not per point. A day met again later (after a
    // change of clock) carries on from its stored counts, so each day's counts are added
    // up in the order of the points whatever the order of the days.
    let mut run: Option<(i64, NaiveDate)> = None;
    let mut day = [GlucoseCounts::default(); CONTEXTS];
    for p in points {
        let key = local_day_number(&p.taken);
        if run.is_none_or(|(k, _)| k != key) {
            if let Some((_, date)) = run {
                days.insert(date, day);
            }
            let date = p.taken.local_date();
            day = days.get(&date).copied().unwrap_or_default();
            run = Some((key, date));
        }
        // ALL lists the variants in declaration order, so the discriminant is the index.
        let i = p.context as usize;
        let range = ranges[i];
        day[i].add(p.mmol, glucose_band(p.mmol, range.low, range.high));
    }
    if let Some((_, date)) = run {
        days.insert(date, day);
    }
    let mut out = Vec::new();
    for (date, counts) in days {
        for (i, counts) in counts.iter().enumerate().filter(|(_, c)| c.count > 0) {
            out.push(GlucoseTally {
                date,
                context: GlucoseContext::ALL[i],
                target: ranges[i],
                counts: *counts,
            });
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GlucoseSummary {
    pub overall: GlucoseStats,
    pub by_context: Vec<(GlucoseContext, GlucoseStats)>,
    /// Days with readings, and days on which every reading was in range.
    pub days_with_readings: u32,
    pub days_all_in_range: u32,
    pub trend: Trend,
}

pub fn summarise_glucose(points: &[GlucosePoint], targets: &Targets) -> Option<GlucoseSummary> {
    summarise_glucose_tallies(&tally_glucose(points, targets))
}

/// The glucose summary of `tallies`: in (date, context) order as `tally_glucose` gives
/// them, each counted against the range in force for its context.
pub fn summarise_glucose_tallies(tallies: &[GlucoseTally]) -> Option<GlucoseSummary> {
    debug_assert!(tallies.is_sorted_by_key(|t| (t.date, t.context)), "tallies out of order");
    let mut overall = GlucoseCounts::default();
    let mut by_context = [GlucoseCounts::default(); GlucoseContext::ALL.len()];
    // Each date with readings and that day's counts over all contexts.
    let mut days: Vec<(NaiveDate, GlucoseCounts)> = Vec::new();
    for t in tallies {
        overall.merge(&t.counts);
        by_context[t.context as usize].merge(&t.counts);
        match days.last_mut() {
            Some((date, day)) if *date == t.date => day.merge(&t.counts),
            _ => days.push((t.date, t.counts)),
        }
    }
    let overall = overall.stats()?;
    let daily_means: Vec<(NaiveDate, f64)> =
        days.iter().map(|(d, c)| (*d, c.sum / f64::from(c.count))).collect();
    Some(GlucoseSummary {
        overall,
        by_context: GlucoseContext::ALL
            .iter()
            .zip(by_context.iter())
            .filter_map(|(c, counts)| counts.stats().map(|s| (*c, s)))
            .collect(),
        days_with_readings: days.len() as u32,
        days_all_in_range: days.iter().filter(|(_, c)| c.in_range == c.count).count() as u32,
        trend: trend(&daily_means, GLUCOSE_STEADY_WITHIN_MMOL),
    })
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BpSummary {
    pub count: u32,
    pub mean_systolic: u16,
    pub mean_diastolic: u16,
    pub max_systolic: u16,
    pub max_diastolic: u16,
    /// The band of the average, against NICE's home thresholds.
    pub band_of_mean: BpBand,
    pub mean_within_target: bool,
    pub trend: Trend,
}

pub fn summarise_bp(points: &[BpPoint], targets: &Targets) -> Option<BpSummary> {
    if points.is_empty() {
        return None;
    }
    let n = points.len() as f64;
    let mean_sys = round_to(points.iter().map(|p| f64::from(p.systolic)).sum::<f64>() / n, 0) as u16;
    let mean_dia = round_to(points.iter().map(|p| f64::from(p.diastolic)).sum::<f64>() / n, 0) as u16;
    let mut days: BTreeMap<NaiveDate, (f64, u32)> = BTreeMap::new();
    for p in points {
        let d = days.entry(p.taken.local_date()).or_insert((0.0, 0));
        d.0 += f64::from(p.systolic);
        d.1 += 1;
    }
    let daily: Vec<(NaiveDate, f64)> = days.iter().map(|(d, (s, n))| (*d, s / f64::from(*n))).collect();
    Some(BpSummary {
        count: points.len() as u32,
        mean_systolic: mean_sys,
        mean_diastolic: mean_dia,
        max_systolic: points.iter().map(|p| p.systolic).max().unwrap_or(0),
        max_diastolic: points.iter().map(|p| p.diastolic).max().unwrap_or(0),
        band_of_mean: bp_band(mean_sys, mean_dia),
        mean_within_target: within_bp_target(mean_sys, mean_dia, targets.bp_home.value),
        trend: trend(&daily, SYSTOLIC_STEADY_WITHIN_MMHG),
    })
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeightSummary {
    pub count: u32,
    pub first_kg: f64,
    pub latest_kg: f64,
    pub change_kg: f64,
    pub trend: Trend,
}

/// `points` in time order.
pub fn summarise_weight(points: &[ValuePoint]) -> Option<WeightSummary> {
    let first = points.first()?;
    let last = points.last()?;
    let daily: Vec<(NaiveDate, f64)> = points.iter().map(|p| (p.taken.local_date(), p.value)).collect();
    Some(WeightSummary {
        count: points.len() as u32,
        first_kg: first.value,
        latest_kg: last.value,
        change_kg: last.value - first.value,
        trend: trend(&daily, WEIGHT_STEADY_WITHIN_KG),
    })
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hba1cSummary {
    pub count: u32,
    pub latest_mmol_per_mol: f64,
    pub latest_on: NaiveDate,
    pub at_or_below_target: bool,
}

/// `points` in time order.
pub fn summarise_hba1c(points: &[ValuePoint], targets: &Targets) -> Option<Hba1cSummary> {
    let last = points.last()?;
    Some(Hba1cSummary {
        count: points.len() as u32,
        latest_mmol_per_mol: last.value,
        latest_on: last.taken.local_date(),
        at_or_below_target: round_to(last.value, 0) <= targets.hba1c.value,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActivitySummary {
    pub total_minutes: u32,
    pub active_days: u32,
    /// Mean steps on days with a step count.
    pub mean_daily_steps: Option<u32>,
}

pub fn summarise_activity(points: &[ActivityPoint]) -> Option<ActivitySummary> {
    if points.is_empty() {
        return None;
    }
    let mut days: BTreeMap<NaiveDate, (u32, Option<u32>)> = BTreeMap::new();
    for p in points {
        let d = days.entry(p.taken.local_date()).or_insert((0, None));
        d.0 += p.minutes.unwrap_or(0);
        if let Some(s) = p.steps {
            d.1 = Some(d.1.unwrap_or(0) + s);
        }
    }
    let step_days: Vec<u32> = days.values().filter_map(|d| d.1).collect();
    Some(ActivitySummary {
        total_minutes: days.values().map(|d| d.0).sum(),
        active_days: days.values().filter(|d| d.0 > 0).count() as u32,
        mean_daily_steps: (!step_days.is_empty())
            .then(|| (step_days.iter().map(|s| u64::from(*s)).sum::<u64>() / step_days.len() as u64) as u32),
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DoseSummary {
    pub taken: u32,
    pub late: u32,
    pub skipped: u32,
}

pub fn summarise_doses(points: &[DosePoint]) -> Option<DoseSummary> {
    if points.is_empty() {
        return None;
    }
    let count = |s: DoseStatus| points.iter().filter(|p| p.status == s).count() as u32;
    Some(DoseSummary {
        taken: count(DoseStatus::Taken),
        late: count(DoseStatus::Late),
        skipped: count(DoseStatus::Skipped),
    })
}

/// A share as a whole percentage for people to read: rounded, except that a share above
/// zero never shows as 0% and a share below all never shows as 100% (one very low reading
/// in a month of sensor data is not "0% low").
pub fn whole_percent(p: f64) -> i64 {
    let r = round_to(p, 0);
    if r == 0.0 && p > 0.0 {
        1
    } else if r == 100.0 && p < 100.0 {
        99
    } else {
        r as i64
    }
}

/// Direction of daily values over time: the least-squares slope times the span in days,
/// compared with `steady_within`.
pub fn trend(daily: &[(NaiveDate, f64)], steady_within: f64) -> Trend {
    if daily.len() < TREND_MIN_DAYS {
        return Trend::NotEnoughData;
    }
    let first = daily[0].0;
    let xs: Vec<f64> = daily.iter().map(|(d, _)| (*d - first).num_days() as f64).collect();
    let n = xs.len() as f64;
    let mean_x = xs.iter().sum::<f64>() / n;
    let mean_y = daily.iter().map(|(_, v)| v).sum::<f64>() / n;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for (x, (_, y)) in xs.iter().zip(daily) {
        sxy += (x - mean_x) * (y - mean_y);
        sxx += (x - mean_x) * (x - mean_x);
    }
    if sxx == 0.0 {
        return Trend::NotEnoughData;
    }
    let span = xs.last().copied().unwrap_or(0.0);
    let change = sxy / sxx * span;
    if change.abs() < steady_within {
        Trend::Steady
    } else if change > 0.0 {
        Trend::Rising
    } else {
        Trend::Falling
    }
}

/// Days logged in a row, ending today (or yesterday, if nothing is logged yet today).
/// `logged_desc` holds distinct local dates, newest first.
pub fn streak(logged_desc: &[NaiveDate], today: NaiveDate) -> u32 {
    let mut dates = logged_desc.iter().copied().skip_while(|d| *d > today).peekable();
    let mut expected = match dates.peek() {
        Some(d) if *d == today => today,
        Some(d) if Some(*d) == today.pred_opt() => *d,
        _ => return 0,
    };
    let mut n = 0;
    for d in dates {
        if d != expected {
            break;
        }
        n += 1;
        expected = match d.pred_opt() {
            Some(p) => p,
            None => break,
        };
    }
    n
}

/// Everything a summary is made from.
pub struct SummaryInput<'a> {
    pub period: Period,
    /// The first and last calendar dates the period covers on the person's clock.
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub today: NaiveDate,
    pub targets: &'a Targets,
    pub weight_unit: WeightUnit,
    /// Glucose readings counted by day and context (`tally_glucose`), against `targets`.
    pub glucose: &'a [GlucoseTally],
    pub bp: &'a [BpPoint],
    pub weight: &'a [ValuePoint],
    pub hba1c: &'a [ValuePoint],
    pub activity: &'a [ActivityPoint],
    pub doses: &'a [DosePoint],
    /// The average of a home blood-pressure check (NICE protocol) in this period, if any.
    pub bp_check: Option<ProtocolAverage>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub period: Period,
    /// The calendar dates covered, on the person's clock, and how many there are.
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub days: u32,
    pub glucose: Option<GlucoseSummary>,
    pub blood_pressure: Option<BpSummary>,
    pub weight: Option<WeightSummary>,
    pub hba1c: Option<Hba1cSummary>,
    pub activity: Option<ActivitySummary>,
    pub doses: Option<DoseSummary>,
    /// The home blood-pressure check's average: what NICE asks clinicians to act on.
    pub bp_check: Option<ProtocolAverage>,
    /// Days in a row with anything logged, up to today, counted within the period.
    pub streak_days: u32,
    /// The summary in plain words, as message keys with arguments.
    pub messages: Vec<Message>,
}

pub fn summarise(input: &SummaryInput<'_>) -> Summary {
    debug_assert!(
        input.glucose.iter().all(|t| t.target == input.targets.glucose_for(t.context).value),
        "glucose counted against other targets"
    );
    let days = ((input.last_day - input.first_day).num_days() + 1).max(0) as u32;
    let mut s = Summary {
        period: input.period,
        first_day: input.first_day,
        last_day: input.last_day,
        days,
        glucose: summarise_glucose_tallies(input.glucose),
        blood_pressure: summarise_bp(input.bp, input.targets),
        weight: summarise_weight(input.weight),
        hba1c: summarise_hba1c(input.hba1c, input.targets),
        activity: summarise_activity(input.activity),
        doses: summarise_doses(input.doses),
        bp_check: input.bp_check,
        streak_days: streak(&logged_days_desc(input), input.today).min(days),
        messages: Vec::new(),
    };
    s.messages = plain_language(&s, input.weight_unit);
    s
}

/// Distinct local dates with anything logged, newest first.
fn logged_days_desc(input: &SummaryInput<'_>) -> Vec<NaiveDate> {
    let takens = input
        .bp
        .iter()
        .map(|p| p.taken)
        .chain(input.weight.iter().map(|p| p.taken))
        .chain(input.hba1c.iter().map(|p| p.taken))
        .chain(input.activity.iter().map(|p| p.taken))
        .chain(input.doses.iter().map(|p| p.taken));
    // Each kind comes in time order: keep one date per run of same-day points, then sort
    // what is left. Glucose comes by day already.
    let mut days: Vec<NaiveDate> = input.glucose.iter().map(|t| t.date).collect();
    let mut last = None;
    for t in takens {
        let key = local_day_number(&t);
        if last != Some(key) {
            last = Some(key);
            days.push(t.local_date());
        }
    }
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    days
}

/// Which local day `t` falls on, as days since 1970-01-01 on its wall clock: two takens
/// with the same number have the same `local_date()`. Integer arithmetic only, so loops
/// over thousands of CGM points can tell when the day changes without a calendar
/// conversion per point.
fn local_day_number(t: &Taken) -> i64 {
    // `Taken::local` reads an offset chrono cannot represent as UTC; so does this.
    let offset = FixedOffset::east_opt(t.offset_seconds).map_or(0, |o| o.local_minus_utc());
    (t.at.timestamp() + i64::from(offset)).div_euclid(86_400)
}

/// The summary in plain words: short sentences, most important first.
fn plain_language(s: &Summary, weight_unit: WeightUnit) -> Vec<Message> {
    let mut out = Vec::new();
    let nothing = s.bp_check.is_none()
        && s.glucose.is_none()
        && s.blood_pressure.is_none()
        && s.weight.is_none()
        && s.hba1c.is_none()
        && s.activity.is_none()
        && s.doses.is_none();
    if nothing {
        out.push(Message::new("summary-nothing-logged").int("days", i64::from(s.days)));
        return out;
    }
    if let Some(g) = &s.glucose {
        if g.overall.severe_lows > 0 {
            out.push(
                Message::new("summary-glucose-severe-lows").int("count", i64::from(g.overall.severe_lows)),
            );
        } else if g.overall.lows > 0 {
            out.push(Message::new("summary-glucose-lows").int("count", i64::from(g.overall.lows)));
        }
        out.push(
            Message::new("summary-glucose-in-range")
                .int("percent", whole_percent(g.overall.in_range_percent))
                .int("days", i64::from(s.days)),
        );
        out.push(
            Message::new("summary-glucose-days-in-range")
                .int("good", i64::from(g.days_all_in_range))
                .int("days", i64::from(g.days_with_readings)),
        );
        push_trend(&mut out, "glucose", g.trend);
    }
    if let Some(check) = &s.bp_check {
        out.push(
            Message::new("summary-bp-check")
                .int("systolic", i64::from(check.systolic))
                .int("diastolic", i64::from(check.diastolic))
                .int("days", i64::from(check.days))
                .term("band", format!("bp-band-{}", check.band.code())),
        );
    }
    if let Some(bp) = &s.blood_pressure {
        out.push(
            Message::new("summary-bp-average")
                .int("systolic", i64::from(bp.mean_systolic))
                .int("diastolic", i64::from(bp.mean_diastolic))
                .term("band", format!("bp-band-{}", bp.band_of_mean.code())),
        );
        out.push(Message::new(if bp.mean_within_target {
            "summary-bp-within-target"
        } else {
            "summary-bp-above-target"
        }));
        push_trend(&mut out, "bp", bp.trend);
    }
    if let Some(w) = &s.weight {
        let change = w.change_kg.abs();
        let (amount, places, unit) = match weight_unit {
            WeightUnit::Kg => (change, 1, "unit-kg"),
            WeightUnit::StonesPounds => (change / KG_PER_STONE * POUNDS_PER_STONE, 0, "unit-lb"),
        };
        let key = if round_to(amount, places) == 0.0 {
            "summary-weight-same"
        } else if w.change_kg < 0.0 {
            "summary-weight-down"
        } else {
            "summary-weight-up"
        };
        out.push(Message::new(key).decimal("amount", round_to(amount, places), places).term("unit", unit));
    }
    if let Some(h) = &s.hba1c {
        out.push(Message::new(if h.at_or_below_target {
            "summary-hba1c-at-target"
        } else {
            "summary-hba1c-above-target"
        }));
    }
    if let Some(a) = &s.activity {
        out.push(
            Message::new("summary-activity")
                .int("minutes", i64::from(a.total_minutes))
                .int("active", i64::from(a.active_days)),
        );
    }
    if let Some(d) = &s.doses {
        out.push(
            Message::new("summary-doses")
                .int("taken", i64::from(d.taken + d.late))
                .int("total", i64::from(d.taken + d.late + d.skipped)),
        );
    }
    if s.streak_days >= s.days {
        out.push(Message::new("summary-streak-every-day").int("days", i64::from(s.days)));
    } else if s.streak_days >= 2 {
        out.push(Message::new("summary-streak").int("days", i64::from(s.streak_days)));
    }
    out
}

fn push_trend(out: &mut Vec<Message>, what: &str, trend: Trend) {
    if trend != Trend::NotEnoughData {
        out.push(Message::new(format!("summary-{what}-trend-{}", trend.code())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::Arg;
    use crate::testing::default_targets as targets;
    use chrono::{Duration, FixedOffset, TimeZone, Utc};

    fn at(day: u32, hour: u32) -> Taken {
        let gmt = FixedOffset::east_opt(0).unwrap();
        Taken::new(gmt.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap())
    }

    fn g(day: u32, hour: u32, mmol: f64, context: GlucoseContext) -> GlucosePoint {
        GlucosePoint { taken: at(day, hour), mmol, context }
    }

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    #[test]
    fn glucose_stats_and_time_in_range_by_context() {
        let points = [
            g(1, 7, 3.5, GlucoseContext::Fasting),   // low
            g(1, 9, 9.0, GlucoseContext::AfterMeal), // high (>= 8.5)
            g(2, 7, 6.0, GlucoseContext::Fasting),   // in range
            g(2, 9, 8.0, GlucoseContext::AfterMeal), // in range
            g(3, 22, 2.8, GlucoseContext::Bedtime),  // severe low
        ];
        let s = summarise_glucose(&points, &targets()).unwrap();
        assert_eq!(s.overall.count, 5);
        assert!((s.overall.mean - 29.3 / 5.0).abs() < 1e-9);
        assert_eq!((s.overall.min, s.overall.max), (2.8, 9.0));
        assert_eq!(s.overall.in_range_percent, 40.0);
        assert_eq!(s.overall.low_percent, 40.0);
        assert_eq!(s.overall.high_percent, 20.0);
        assert_eq!((s.overall.lows, s.overall.severe_lows), (2, 1));
        let fasting = s.by_context.iter().find(|(c, _)| *c == GlucoseContext::Fasting).unwrap().1;
        assert_eq!((fasting.count, fasting.in_range_percent), (2, 50.0));
        assert_eq!(s.by_context.len(), 3, "only contexts with readings");
        assert_eq!((s.days_with_readings, s.days_all_in_range), (3, 1));
        assert_eq!(s.trend, Trend::NotEnoughData);
        assert!(summarise_glucose(&[], &targets()).is_none());
    }

    #[test]
    fn percentages_never_hide_a_rare_event() {
        assert_eq!(whole_percent(0.0), 0);
        assert_eq!(whole_percent(0.07), 1);
        assert_eq!(whole_percent(49.5), 50);
        assert_eq!(whole_percent(99.93), 99);
        assert_eq!(whole_percent(100.0), 100);
    }

    #[test]
    fn trend_direction_and_threshold() {
        let days = |vals: &[f64]| -> Vec<(NaiveDate, f64)> {
            vals.iter().enumerate().map(|(i, v)| (date(1 + i as u32), *v)).collect()
        };
        assert_eq!(trend(&days(&[7.0, 7.2, 7.5, 7.9, 8.2]), 0.5), Trend::Rising);
        assert_eq!(trend(&days(&[8.2, 7.9, 7.5, 7.2, 7.0]), 0.5), Trend::Falling);
        assert_eq!(trend(&days(&[7.0, 7.1, 7.0, 7.2, 7.1]), 0.5), Trend::Steady);
        assert_eq!(trend(&days(&[7.0, 9.0, 11.0]), 0.5), Trend::NotEnoughData);
    }

    #[test]
    fn streak_counts_back_from_today_or_yesterday() {
        let today = date(21);
        assert_eq!(streak(&[date(21), date(20), date(19), date(17)], today), 3);
        assert_eq!(streak(&[date(20), date(19)], today), 2, "today not logged yet");
        assert_eq!(streak(&[date(19), date(18)], today), 0, "a missed day breaks it");
        assert_eq!(streak(&[], today), 0);
        assert_eq!(streak(&[date(22), date(21)], today), 1, "future dates are ignored");
    }

    #[test]
    fn bp_summary_uses_home_bands_on_the_mean() {
        let p = |d, s, di| BpPoint { taken: at(d, 8), systolic: s, diastolic: di };
        let s = summarise_bp(&[p(1, 140, 88), p(2, 150, 90), p(3, 136, 86)], &targets()).unwrap();
        assert_eq!((s.mean_systolic, s.mean_diastolic), (142, 88));
        assert_eq!(s.band_of_mean, BpBand::Stage1);
        assert!(!s.mean_within_target);
        assert_eq!((s.max_systolic, s.max_diastolic), (150, 90));
    }

    #[test]
    fn plain_language_messages_name_the_facts() {
        let t = targets();
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
        let glucose: Vec<GlucosePoint> = (14..21).map(|d| g(d, 7, 6.0, GlucoseContext::Fasting)).collect();
        let glucose = tally_glucose(&glucose, &t);
        let weights =
            [ValuePoint { taken: at(14, 8), value: 80.0 }, ValuePoint { taken: at(20, 8), value: 78.6 }];
        let input = SummaryInput {
            period: Period::last_days(now, 7),
            first_day: date(15),
            last_day: date(21),
            today: date(21),
            targets: &t,
            weight_unit: WeightUnit::Kg,
            glucose: &glucose,
            bp: &[],
            weight: &weights,
            hba1c: &[],
            activity: &[],
            doses: &[],
            bp_check: None,
        };
        let s = summarise(&input);
        let keys: Vec<&str> = s.messages.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "summary-glucose-in-range",
                "summary-glucose-days-in-range",
                "summary-glucose-trend-steady",
                "summary-weight-down",
                "summary-streak-every-day"
            ]
        );
        assert_eq!(s.messages[0].arg("percent"), Some(&Arg::Int(100)));
        assert_eq!(s.messages[1].arg("good"), Some(&Arg::Int(7)));
        assert_eq!(s.messages[3].arg("amount"), Some(&Arg::Decimal { value: 1.4, places: 1 }));
        assert_eq!(s.streak_days, 7);

        let gap: Vec<GlucosePoint> =
            [17, 18, 19, 20].iter().map(|d| g(*d, 7, 6.0, GlucoseContext::Fasting)).collect();
        let gap = tally_glucose(&gap, &t);
        let s = summarise(&SummaryInput { glucose: &gap, weight: &[], ..input });
        assert_eq!(s.streak_days, 4);
        assert_eq!(s.messages.last(), Some(&Message::new("summary-streak").int("days", 4)));

        let check = ProtocolAverage {
            systolic: 141,
            diastolic: 88,
            readings: 24,
            days: 6,
            band: BpBand::Stage1,
            within_target: false,
        };
        let s = summarise(&SummaryInput { glucose: &[], weight: &[], bp_check: Some(check), ..input });
        assert_eq!(
            s.messages[0],
            Message::new("summary-bp-check")
                .int("systolic", 141)
                .int("diastolic", 88)
                .int("days", 6)
                .term("band", "bp-band-stage-1")
        );

        let empty = SummaryInput { glucose: &[], weight: &[], ..input };
        let s = summarise(&empty);
        assert_eq!(s.messages, vec![Message::new("summary-nothing-logged").int("days", 7)]);
    }

    #[test]
    fn weight_change_in_pounds_for_stones_people() {
        let t = targets();
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
        let w = [
            ValuePoint { taken: at(1, 8), value: 80.0 },
            ValuePoint { taken: at(8, 8), value: 80.0 + KG_PER_STONE / 14.0 * 3.0 },
        ];
        let s = summarise(&SummaryInput {
            period: Period { from: now - Duration::days(30), to: now },
            first_day: date(1) - Duration::days(8),
            last_day: date(21),
            today: date(21),
            targets: &t,
            weight_unit: WeightUnit::StonesPounds,
            glucose: &[],
            bp: &[],
            weight: &w,
            hba1c: &[],
            activity: &[],
            doses: &[],
            bp_check: None,
        });
        let m = &s.messages[0];
        assert_eq!(m.key, "summary-weight-up");
        assert_eq!(m.arg("amount"), Some(&Arg::Decimal { value: 3.0, places: 0 }));
        assert_eq!(m.arg("unit"), Some(&Arg::Term("unit-lb".into())));
    }

    #[test]
    fn the_local_day_number_changes_exactly_when_the_local_date_does() {
        // Around local midnight on both sides of the epoch, for offsets from -12 h to +14 h,
        // and an offset chrono cannot represent (read as UTC, like `Taken::local`).
        let mut takens = Vec::new();
        for offset in [-12 * 3600, -9000, -1, 0, 1, 3600, 5 * 3600 + 1800, 14 * 3600, 100_000] {
            for base in [-86_400_000_i64 * 400, -1_000, 0, 1_700_000_000_000, 1_782_000_000_000] {
                for step in (-3..=3).map(|h| h * 3_600_000 - 1).chain([0, 1, 59_999, 86_399_999]) {
                    takens.extend(Taken::from_millis(base + step, offset));
                }
            }
        }
        for a in &takens {
            for b in &takens {
                let same_number = local_day_number(a) == local_day_number(b);
                assert_eq!(same_number, a.local_date() == b.local_date(), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_day_met_again_after_a_change_of_clock_keeps_its_totals() {
        let t = targets();
        let gmt = |ms: i64| Taken::from_millis(ms, 0).unwrap();
        let bst = |ms: i64| Taken::from_millis(ms, 3600).unwrap();
        // 12:00 UTC on 2026-06-21 (day 20,625 since the epoch).
        let noon = 20_625 * 86_400_000 + 12 * 3_600_000;
        let p = |taken, mmol| GlucosePoint { taken, mmol, context: GlucoseContext::Random };
        // Day 1 (GMT), day 2 just after midnight BST, back to day 1 on GMT, then day 2.
        let points = [
            p(gmt(noon), 12.0),
            p(bst(noon + 11 * 3_600_000 + 60_000), 6.0),
            p(gmt(noon + 11 * 3_600_000 + 120_000), 5.0),
            p(gmt(noon + 13 * 3_600_000), 7.0),
        ];
        let s = summarise_glucose(&points, &t).unwrap();
        assert_eq!(s.days_with_readings, 2);
        assert_eq!(s.days_all_in_range, 1, "day 1 began with a high; day 2 had none");
        assert_eq!(s.overall.count, 4);
    }

    mod tallies {
        use super::*;
        use proptest::prelude::*;

        /// Readings over ten days around the October change of clock, each with its own
        /// offset (GMT, BST, Pakistan, far east and west), in time order.
        fn points() -> impl Strategy<Value = Vec<GlucosePoint>> {
            let start = 1_792_800_000_000_i64; // 2026-10-24 00:00 UTC
            let offsets = vec![0, 3600, 5 * 3600, 14 * 3600, -12 * 3600, -86_399, 86_399];
            let point = (
                0..10 * 86_400_000_i64,
                proptest::sample::select(offsets),
                20u32..=250,
                proptest::sample::select(GlucoseContext::ALL.to_vec()),
            );
            proptest::collection::vec(point, 0..200).prop_map(move |mut v| {
                v.sort_by_key(|p| p.0);
                v.into_iter()
                    .filter_map(|(ms, offset, tenths, context)| {
                        let taken = Taken::from_millis(start + ms, offset)?;
                        Some(GlucosePoint { taken, mmol: f64::from(tenths) / 10.0 + 0.01, context })
                    })
                    .collect()
            })
        }

        proptest! {
            /// What the store relies on: the tallies of some days are the same whether
            /// those days are counted alone or among others (in time order), so days kept
            /// from an earlier count and days counted now make the same summary.
            #[test]
            fn a_days_tally_does_not_depend_on_the_other_days(
                points in points(),
                keep in proptest::collection::vec(any::<bool>(), 12),
                others in proptest::collection::vec(any::<bool>(), 200),
            ) {
                let t = targets();
                let all = tally_glucose(&points, &t);
                let first = points.first().map(|p| p.taken.local_date());
                let chosen = |date: NaiveDate| {
                    first.is_some_and(|f| keep[((date - f).num_days().rem_euclid(12)) as usize])
                };
                // The chosen days' points, and any others besides.
                let some: Vec<GlucosePoint> = points
                    .iter()
                    .zip(&others)
                    .filter(|(p, other)| chosen(p.taken.local_date()) || **other)
                    .map(|(p, _)| *p)
                    .collect();
                let only_chosen = |v: Vec<GlucoseTally>| -> Vec<GlucoseTally> {
                    v.into_iter().filter(|x| chosen(x.date)).collect()
                };
                prop_assert_eq!(only_chosen(tally_glucose(&some, &t)), only_chosen(all.clone()));

                // Split into chosen and other days, counted apart and put back in order:
                // the same summary to the last bit.
                let (a, b): (Vec<GlucosePoint>, Vec<GlucosePoint>) =
                    points.iter().partition(|p| chosen(p.taken.local_date()));
                let mut parts = tally_glucose(&a, &t);
                parts.extend(tally_glucose(&b, &t));
                parts.sort_by_key(|x| (x.date, x.context));
                prop_assert_eq!(&parts, &all);
                prop_assert_eq!(summarise_glucose_tallies(&parts), summarise_glucose(&points, &t));
            }

            #[test]
            fn tallies_count_every_point_once_against_its_context_range(points in points()) {
                let t = targets();
                let tallies = tally_glucose(&points, &t);
                prop_assert!(tallies.is_sorted_by_key(|x| (x.date, x.context)));
                prop_assert_eq!(tallies.iter().map(|x| x.counts.count).sum::<u32>() as usize, points.len());
                for x in &tallies {
                    prop_assert_eq!(x.target, t.glucose_for(x.context).value);
                    let mine: Vec<&GlucosePoint> = points
                        .iter()
                        .filter(|p| p.taken.local_date() == x.date && p.context == x.context)
                        .collect();
                    let in_range = mine
                        .iter()
                        .filter(|p| glucose_band(p.mmol, x.target.low, x.target.high) == GlucoseBand::InRange)
                        .count();
                    prop_assert_eq!(x.counts.count as usize, mine.len());
                    prop_assert_eq!(x.counts.in_range as usize, in_range);
                    prop_assert_eq!(x.counts.sum, mine.iter().fold(0.0, |s, p| s + p.mmol));
                    prop_assert_eq!(x.counts.low + x.counts.in_range + x.counts.high, x.counts.count);
                }
            }
        }
    }
}
