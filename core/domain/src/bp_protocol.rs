//! NICE's home blood-pressure protocol (NG136) as a step-by-step flow: two readings a
//! minute apart, morning and evening, for at least 4 and ideally 7 days; day 1 is
//! discarded and the rest averaged.

use chrono::{DateTime, Duration, NaiveDate, Timelike, Utc};
use serde::Serialize;

use crate::bands::{BpBand, bp_band, within_bp_target};
use crate::summary::BpPoint;
use crate::targets::BpLimit;
use crate::time::Taken;
use crate::units::round_to;

pub const MIN_DAYS: u32 = 4;
pub const IDEAL_DAYS: u32 = 7;

/// The days a person may plan a check for: `MIN_DAYS` to `IDEAL_DAYS`. Anything else is
/// refused, never quietly changed: a person who asked for 10 days must not find their
/// check finished after 7 without being told.
pub fn check_planned_days(days: u32) -> Result<u32, crate::plausibility::ValidationError> {
    use crate::plausibility::{Field, ValidationError};
    if days < MIN_DAYS {
        return Err(ValidationError::BelowMin {
            field: Field::BpCheckDays,
            min: MIN_DAYS.into(),
            unit: "days",
        });
    }
    if days > IDEAL_DAYS {
        return Err(ValidationError::AboveMax {
            field: Field::BpCheckDays,
            max: IDEAL_DAYS.into(),
            unit: "days",
        });
    }
    Ok(days)
}
pub const READINGS_PER_SITTING: u32 = 2;
/// The second reading of a sitting comes at least a minute after the first.
pub const SECONDS_BETWEEN_READINGS: i64 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sitting {
    Morning,
    Evening,
}

impl Sitting {
    /// Before noon on the local clock is the morning sitting.
    pub fn of(taken: &Taken) -> Self {
        if taken.local_time().hour() < 12 { Sitting::Morning } else { Sitting::Evening }
    }

    pub fn code(self) -> &'static str {
        match self {
            Sitting::Morning => "morning",
            Sitting::Evening => "evening",
        }
    }
}

/// What the person should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum NextStep {
    /// Take reading `number` (1 or 2) of this sitting now.
    TakeReading { day: u32, sitting: Sitting, number: u32 },
    /// Rest, then take the second reading no earlier than `not_before`.
    Wait { not_before: DateTime<Utc> },
    /// This sitting is done; the next one is on `day` in the `sitting`.
    Later { day: u32, sitting: Sitting },
    /// The planned days are over.
    Finished,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ProtocolAverage {
    pub systolic: u16,
    pub diastolic: u16,
    pub readings: u32,
    /// Days averaged (day 1 is never among them).
    pub days: u32,
    pub band: BpBand,
    pub within_target: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    /// Day of the protocol today, 1-based.
    pub day: u32,
    pub planned_days: u32,
    /// Days (including day 1) with at least one reading.
    pub days_with_readings: u32,
    pub next: NextStep,
    /// Available once at least `MIN_DAYS` days have readings (so at least three are averaged).
    pub average: Option<ProtocolAverage>,
}

/// Works out where a person is in the protocol that started on `start` (local date),
/// given every reading taken as part of it and the time now.
pub fn progress(
    start: NaiveDate,
    planned_days: u32,
    readings: &[BpPoint],
    now: &Taken,
    target: BpLimit,
) -> Progress {
    // `planned_days` was checked (`check_planned_days`) before the run was stored.
    let day_of = |t: &Taken| (t.local_date() - start).num_days() + 1;
    let in_plan: Vec<&BpPoint> =
        readings.iter().filter(|r| (1..=i64::from(planned_days)).contains(&day_of(&r.taken))).collect();

    let mut days: Vec<i64> = in_plan.iter().map(|r| day_of(&r.taken)).collect();
    days.sort_unstable();
    days.dedup();

    let averaged: Vec<&&BpPoint> = in_plan.iter().filter(|r| day_of(&r.taken) > 1).collect();
    let average = (days.len() as u32 >= MIN_DAYS && !averaged.is_empty()).then(|| {
        let n = averaged.len() as f64;
        let systolic = round_to(averaged.iter().map(|r| f64::from(r.systolic)).sum::<f64>() / n, 0) as u16;
        let diastolic = round_to(averaged.iter().map(|r| f64::from(r.diastolic)).sum::<f64>() / n, 0) as u16;
        ProtocolAverage {
            systolic,
            diastolic,
            readings: averaged.len() as u32,
            days: days.iter().filter(|d| **d > 1).count() as u32,
            band: bp_band(systolic, diastolic),
            within_target: within_bp_target(systolic, diastolic, target),
        }
    });

    let today = day_of(now);
    let next = next_step(today, planned_days, &in_plan, now, day_of);
    Progress {
        day: today.clamp(1, i64::from(planned_days) + 1) as u32,
        planned_days,
        days_with_readings: days.len() as u32,
        next,
        average,
    }
}

fn next_step(
    today: i64,
    planned_days: u32,
    in_plan: &[&BpPoint],
    now: &Taken,
    day_of: impl Fn(&Taken) -> i64,
) -> NextStep {
    if today > i64::from(planned_days) {
        return NextStep::Finished;
    }
    let day = today.max(1) as u32;
    let sitting = Sitting::of(now);
    let mut this_sitting: Vec<&&BpPoint> =
        in_plan.iter().filter(|r| day_of(&r.taken) == today && Sitting::of(&r.taken) == sitting).collect();
    this_sitting.sort_by_key(|r| r.taken.at);
    match this_sitting.len() as u32 {
        0 => NextStep::TakeReading { day, sitting, number: 1 },
        1 => {
            let not_before = this_sitting[0].taken.at + Duration::seconds(SECONDS_BETWEEN_READINGS);
            if now.at < not_before {
                NextStep::Wait { not_before }
            } else {
                NextStep::TakeReading { day, sitting, number: 2 }
            }
        }
        _ => match sitting {
            Sitting::Morning => NextStep::Later { day, sitting: Sitting::Evening },
            Sitting::Evening if day < planned_days => {
                NextStep::Later { day: day + 1, sitting: Sitting::Morning }
            }
            Sitting::Evening => NextStep::Finished,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, TimeZone};

    const TARGET: BpLimit = BpLimit { systolic: 134, diastolic: 84 };

    fn at(day: u32, hour: u32, min: u32, sec: u32) -> Taken {
        let bst = FixedOffset::east_opt(3600).unwrap();
        Taken::new(bst.with_ymd_and_hms(2026, 6, day, hour, min, sec).unwrap())
    }

    fn r(day: u32, hour: u32, min: u32, s: u16, d: u16) -> BpPoint {
        BpPoint { taken: at(day, hour, min, 0), systolic: s, diastolic: d }
    }

    fn start() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
    }

    #[test]
    fn first_reading_then_wait_a_minute_then_second() {
        let p = progress(start(), 7, &[], &at(1, 8, 0, 0), TARGET);
        assert_eq!(p.next, NextStep::TakeReading { day: 1, sitting: Sitting::Morning, number: 1 });
        let first = [r(1, 8, 0, 150, 90)];
        let p = progress(start(), 7, &first, &at(1, 8, 0, 30), TARGET);
        assert_eq!(p.next, NextStep::Wait { not_before: at(1, 8, 1, 0).at });
        let p = progress(start(), 7, &first, &at(1, 8, 1, 0), TARGET);
        assert_eq!(p.next, NextStep::TakeReading { day: 1, sitting: Sitting::Morning, number: 2 });
        let both = [r(1, 8, 0, 150, 90), r(1, 8, 1, 148, 88)];
        let p = progress(start(), 7, &both, &at(1, 8, 2, 0), TARGET);
        assert_eq!(p.next, NextStep::Later { day: 1, sitting: Sitting::Evening });
    }

    #[test]
    fn day_one_is_discarded_and_average_needs_four_days() {
        let mut rs = vec![r(1, 8, 0, 200, 110), r(1, 8, 1, 200, 110)];
        for day in 2..=3 {
            rs.push(r(day, 8, 0, 140, 88));
            rs.push(r(day, 20, 0, 144, 90));
        }
        let p = progress(start(), 7, &rs, &at(3, 21, 0, 0), TARGET);
        assert_eq!(p.days_with_readings, 3);
        assert_eq!(p.average, None, "three days is not enough");
        rs.push(r(4, 8, 0, 142, 89));
        let p = progress(start(), 7, &rs, &at(4, 9, 0, 0), TARGET);
        let avg = p.average.unwrap();
        assert_eq!((avg.systolic, avg.diastolic, avg.readings, avg.days), (142, 89, 5, 3));
        assert_eq!(avg.band, BpBand::Stage1, "day 1's 200/110 is not in the average");
        assert!(!avg.within_target);
    }

    #[test]
    fn finished_after_planned_days_and_readings_outside_are_ignored() {
        let rs: Vec<BpPoint> = (1..=8).map(|d| r(d, 8, 0, 130, 80)).collect();
        let p = progress(start(), 4, &rs, &at(5, 8, 0, 0), TARGET);
        assert_eq!(p.next, NextStep::Finished);
        assert_eq!(p.days_with_readings, 4);
        assert_eq!(p.average.unwrap().days, 3);
        let last_evening = [r(4, 20, 0, 130, 80), r(4, 20, 1, 130, 80)];
        let p = progress(start(), 4, &last_evening, &at(4, 20, 5, 0), TARGET);
        assert_eq!(p.next, NextStep::Finished);
    }

    #[test]
    fn planned_days_outside_four_to_seven_are_refused_not_changed() {
        use crate::plausibility::{Field, ValidationError};
        assert_eq!(check_planned_days(4), Ok(4));
        assert_eq!(check_planned_days(7), Ok(7));
        assert_eq!(
            check_planned_days(3),
            Err(ValidationError::BelowMin { field: Field::BpCheckDays, min: 4.0, unit: "days" })
        );
        assert_eq!(
            check_planned_days(8),
            Err(ValidationError::AboveMax { field: Field::BpCheckDays, max: 7.0, unit: "days" })
        );
        assert!(check_planned_days(0).is_err() && check_planned_days(u32::MAX).is_err());
        assert_eq!(progress(start(), 5, &[], &at(1, 8, 0, 0), TARGET).planned_days, 5);
    }
}
