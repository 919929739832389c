//! Trends: one kind of reading over a period, as a chart series with the target band behind
//! it and each point marked by its band, and the same story in plain, spoken words ("On 5
//! of 7 days, every sugar reading was in range").

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use saathi_domain::bands::{bp_band, glucose_band};
use saathi_domain::message::Message;
use saathi_domain::person::PersonId;
use saathi_domain::reading::{GlucoseContext, ReadingKind};
use saathi_domain::time::Period;
use saathi_domain::units::GlucoseUnit;
use saathi_domain::wording;
use saathi_store::readings;

use super::{Detail, Icon, Screen, ScreenKind, Section, Words};
use crate::{Error, Result, Session};

/// More points than this are drawn as one point a day (the day's mean): a phone chart
/// cannot show 26,000 CGM readings, and the FFI need not carry them.
pub const MAX_RAW_POINTS: usize = 400;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartSeries {
    pub kind: ReadingKind,
    /// The unit of `value` (the person's own for sugar; mmHg; kg; mmol/mol).
    pub unit: String,
    pub points: Vec<ChartPoint>,
    /// Points are daily means rather than single readings.
    pub daily: bool,
    pub target: Option<TargetBand>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartPoint {
    pub at: DateTime<Utc>,
    pub value: f64,
    /// Blood pressure's bottom number.
    pub second: Option<f64>,
    /// The band's code ("in-range", "stage-2"), where the kind has bands.
    pub band: Option<&'static str>,
}

/// The target range drawn behind the series (for blood pressure, the top number's limit in
/// `high` and the bottom number's in `second_high`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetBand {
    pub low: Option<f64>,
    pub high: f64,
    pub second_high: Option<f64>,
}

impl Session {
    pub fn trends_screen(
        &self,
        patient: PersonId,
        kind: ReadingKind,
        days: u32,
        words: &Words,
    ) -> Result<Screen> {
        if !(1..=366).contains(&days) {
            return Err(Error::Invalid(saathi_domain::ValidationError::NotAChoice {
                field: saathi_domain::plausibility::Field::Days,
            }));
        }
        let now = self.inner.now();
        let period = Period::last_calendar_days(now, days);
        // Checked and audited once by the summary; the points come from the same period.
        let summary = self.summary(patient, period)?;
        let person = self.person_in_view(patient)?;
        let targets = self.targets(patient)?;
        let about = (patient != self.actor.id).then_some(person.name.as_str());
        let prefix = match kind {
            ReadingKind::Glucose => "summary-glucose",
            ReadingKind::BloodPressure => "summary-bp",
            ReadingKind::Weight => "summary-weight",
            ReadingKind::Hba1c => "summary-hba1c",
            ReadingKind::Activity => "summary-activity",
        };
        let series = {
            let store = self.inner.store();
            let conn = store.conn();
            let (id, from, to) = (patient, period.from, period.to);
            match kind {
                ReadingKind::Glucose => {
                    let unit = person.units.glucose;
                    let show = |mmol: f64| match unit {
                        GlucoseUnit::MmolPerL => mmol,
                        GlucoseUnit::MgPerDl => GlucoseUnit::MgPerDl.from_mmol(mmol),
                    };
                    let pts = readings::glucose_points(conn, id, from, to)?;
                    let other = targets.glucose_for(GlucoseContext::Random).value;
                    let raw = pts.len() <= MAX_RAW_POINTS;
                    let points = if raw {
                        pts.iter()
                            .map(|p| {
                                let t = targets.glucose_for(p.context).value;
                                point(
                                    p.taken.at,
                                    show(p.mmol),
                                    None,
                                    Some(glucose_band(p.mmol, t.low, t.high).code()),
                                )
                            })
                            .collect()
                    } else {
                        daily(pts.iter().map(|p| (p.taken.local_date(), p.taken.at, p.mmol, 0.0)))
                            .map(|(at, mean, _)| {
                                point(
                                    at,
                                    show(mean),
                                    None,
                                    Some(glucose_band(mean, other.low, other.high).code()),
                                )
                            })
                            .collect()
                    };
                    ChartSeries {
                        kind,
                        unit: unit.code().to_string(),
                        points,
                        daily: !raw,
                        target: Some(TargetBand {
                            low: Some(show(other.low)),
                            high: show(other.high),
                            second_high: None,
                        }),
                    }
                }
                ReadingKind::BloodPressure => {
                    let pts = readings::bp_points(conn, id, from, to)?;
                    let raw = pts.len() <= MAX_RAW_POINTS;
                    let band = |s: f64, d: f64| Some(bp_band(s.round() as u16, d.round() as u16).code());
                    let points = if raw {
                        pts.iter()
                            .map(|p| {
                                let (s, d) = (f64::from(p.systolic), f64::from(p.diastolic));
                                point(p.taken.at, s, Some(d), band(s, d))
                            })
                            .collect()
                    } else {
                        daily(pts.iter().map(|p| {
                            (p.taken.local_date(), p.taken.at, f64::from(p.systolic), f64::from(p.diastolic))
                        }))
                        .map(|(at, s, d)| point(at, s, Some(d), band(s, d)))
                        .collect()
                    };
                    let limit = targets.bp_home.value;
                    ChartSeries {
                        kind,
                        unit: "mmHg".into(),
                        points,
                        daily: !raw,
                        target: Some(TargetBand {
                            low: None,
                            high: f64::from(limit.systolic),
                            second_high: Some(f64::from(limit.diastolic)),
                        }),
                    }
                }
                ReadingKind::Weight | ReadingKind::Hba1c => {
                    let (pts, unit, target) = if kind == ReadingKind::Weight {
                        (readings::weight_points(conn, id, from, to)?, "kg", None)
                    } else {
                        let t = TargetBand { low: None, high: targets.hba1c.value, second_high: None };
                        (readings::hba1c_points(conn, id, from, to)?, "mmol/mol", Some(t))
                    };
                    let points = pts.iter().map(|p| point(p.taken.at, p.value, None, None)).collect();
                    ChartSeries { kind, unit: unit.into(), points, daily: false, target }
                }
                ReadingKind::Activity => {
                    let pts = readings::activity_points(conn, id, from, to)?;
                    // Minutes a day: the day's total, not its mean.
                    let minutes =
                        |p: &saathi_domain::summary::ActivityPoint| f64::from(p.minutes.unwrap_or(0));
                    let points =
                        daily(pts.iter().map(|p| (p.taken.local_date(), p.taken.at, minutes(p), 0.0)))
                            .zip(totals(pts.iter().map(|p| (p.taken.local_date(), minutes(p)))))
                            .map(|((at, _, _), total)| point(at, total, None, None))
                            .collect();
                    ChartSeries { kind, unit: "min".into(), points, daily: true, target: None }
                }
            }
        };

        let title_m = Message::new("screen-trends-title")
            .message("kind", wording::kind(kind))
            .int("days", i64::from(days));
        let title = words.element("title", &title_m).essential().icon(Icon::Chart);
        let mut story: Vec<_> = summary
            .messages
            .iter()
            .filter(|m| m.key.starts_with(prefix))
            .enumerate()
            .map(|(i, m)| words.element(format!("story-{}", i + 1), &words.about(m, about)).essential())
            .collect();
        if series.points.is_empty() {
            story = vec![words.element(
                "story-none",
                &Message::new("screen-trends-none").message("kind", wording::kind(kind)),
            )];
        }
        let chart_m = Message::new("screen-trends-chart")
            .message("kind", wording::kind(kind))
            .int("days", i64::from(days));
        let chart =
            words.element("chart", &chart_m).icon(Icon::of_kind(kind)).detail(Detail::Chart { series });
        let sections = vec![
            Section { id: "story", heading: None, elements: story },
            Section { id: "chart", heading: None, elements: vec![chart] },
        ];
        Ok(Screen::new(ScreenKind::Trends, Some(patient), words, title, sections))
    }
}

fn point(at: DateTime<Utc>, value: f64, second: Option<f64>, band: Option<&'static str>) -> ChartPoint {
    ChartPoint { at, value, second, band }
}

/// Mean of each local day's values (two at once, for blood pressure), dated at the day's
/// first reading, in day order.
fn daily(
    values: impl Iterator<Item = (NaiveDate, DateTime<Utc>, f64, f64)>,
) -> impl Iterator<Item = (DateTime<Utc>, f64, f64)> {
    let mut days: BTreeMap<NaiveDate, (DateTime<Utc>, f64, f64, u32)> = BTreeMap::new();
    for (day, at, a, b) in values {
        let e = days.entry(day).or_insert((at, 0.0, 0.0, 0));
        e.1 += a;
        e.2 += b;
        e.3 += 1;
    }
    days.into_values().map(|(at, a, b, n)| (at, a / f64::from(n), b / f64::from(n)))
}

/// Each local day's total, in day order.
fn totals(values: impl Iterator<Item = (NaiveDate, f64)>) -> impl Iterator<Item = f64> {
    let mut days: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    for (day, v) in values {
        *days.entry(day).or_default() += v;
    }
    days.into_values()
}
