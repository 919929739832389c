//! Glucose tallies by local day and context, kept in the database between summaries
//! (table `glucose_day`, migration 0006), so a 90-day summary of CGM data reads ~90 kept
//! rows and the points of the days at its two ends instead of ~26,000 points.
//!
//! `tallies` gives exactly what `tally_glucose(&glucose_points(..), targets)` gives, and
//! this is why:
//! - A kept row is written in the same IMMEDIATE transaction that read its day's readings,
//!   so no other connection can change them in between.
//! - Whatever changes a day's readings deletes that day's rows in the same transaction,
//!   through the schema's triggers, whichever connection makes the change.
//! - A row records the target range and band rules it was counted with; a day with a row
//!   counted with others is counted again.
//! - A day is taken from kept rows only when every reading it could have lies inside the
//!   period: a reading's local day is at most one day from its UTC day (offsets are under a
//!   day either way), so the readings of local day `d` were taken in `[(d - 1), (d + 2))`
//!   days since the epoch. The days at the two ends, and any day not yet over (readings
//!   may arrive for it any minute), are counted from points every time.
//! - Counts per day and context do not depend on the other days counted with them
//!   (`saathi-domain` tests this), and `glucose_points` gives each day's points in the same
//!   order whatever the range.
//!
//! Days with no readings have no rows; they are looked for again each time (one index
//! search per run of such days).

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::Connection;

use saathi_domain::bands::GLUCOSE_BANDS_VERSION;
use saathi_domain::person::PersonId;
use saathi_domain::reading::GlucoseContext;
use saathi_domain::summary::{GlucoseCounts, GlucoseTally, glucose_ranges, tally_glucose};
use saathi_domain::targets::{GlucoseRange, Targets};

use crate::readings::glucose_points_ms;
use crate::{Error, Result, Store, decode};

const DAY_MS: i64 = 86_400_000;
/// `NaiveDate::num_days_from_ce` of 1970-01-01.
const EPOCH_DAYS_FROM_CE: i64 = 719_163;

/// Days since 1970-01-01: the `day` column.
pub fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - EPOCH_DAYS_FROM_CE
}

fn date_of(day: i64) -> Option<NaiveDate> {
    i32::try_from(day + EPOCH_DAYS_FROM_CE).ok().and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// The tallies of `patient`'s current glucose readings taken in `[from, to)`, in (date,
/// context) order, counted against `targets`: the same as counting every point, but
/// whole past days come from kept rows. Days not kept yet are counted and kept (in a
/// transaction of their own); if that write fails (a full disk, say), they are counted
/// without keeping them, and the summary is the same.
pub fn tallies(
    store: &mut Store,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    now: DateTime<Utc>,
    targets: &Targets,
) -> Result<Vec<GlucoseTally>> {
    let (from_ms, to_ms) = (from.timestamp_millis(), to.timestamp_millis());
    // The days that may come from kept rows: those whose readings all lie in the period
    // and are over by now. Local day d's readings were taken between the start of UTC day
    // d - 1 and the end of UTC day d + 1.
    let first = from_ms.div_euclid(DAY_MS) + i64::from(from_ms.rem_euclid(DAY_MS) != 0) + 1;
    let last = to_ms.min(now.timestamp_millis()).div_euclid(DAY_MS) - 2;
    let conn = store.conn();
    if first > last {
        return count(conn, patient, from_ms, to_ms, targets, i64::MIN..=i64::MAX);
    }
    let (mut out, missing) = kept(conn, patient, first..=last, targets)?;
    // The ends: readings of days before `first` were taken before day `first + 1` began,
    // those of days after `last` after day `last` began.
    out.extend(count(
        conn,
        patient,
        from_ms,
        to_ms.min((first + 1) * DAY_MS),
        targets,
        i64::MIN..=first - 1,
    )?);
    out.extend(count(conn, patient, from_ms.max(last * DAY_MS), to_ms, targets, last + 1..=i64::MAX)?);
    if !missing.is_empty() {
        let counted = store.write(|tx| {
            let mut out = Vec::new();
            for days in &missing {
                let tallies = count_days(tx, patient, days.clone(), targets)?;
                keep(tx, patient, days.clone(), &tallies)?;
                out.extend(tallies);
            }
            Ok::<_, Error>(out)
        });
        match counted {
            Ok(tallies) => out.extend(tallies),
            Err(e) => {
                tracing::warn!(error = %e, "glucose day tallies not kept; counted without keeping");
                for days in &missing {
                    out.extend(count_days(store.conn(), patient, days.clone(), targets)?);
                }
            }
        }
    }
    out.sort_by_key(|t| (t.date, t.context));
    Ok(out)
}

/// The tallies of the readings taken in `[from_ms, to_ms)` whose local day is in `days`.
fn count(
    conn: &Connection,
    patient: PersonId,
    from_ms: i64,
    to_ms: i64,
    targets: &Targets,
    days: RangeInclusive<i64>,
) -> Result<Vec<GlucoseTally>> {
    let points = glucose_points_ms(conn, patient, from_ms, to_ms)?;
    let mut tallies = tally_glucose(&points, targets);
    tallies.retain(|t| days.contains(&day_number(t.date)));
    Ok(tallies)
}

/// The tallies of every reading of local days `days`.
fn count_days(
    conn: &Connection,
    patient: PersonId,
    days: RangeInclusive<i64>,
    targets: &Targets,
) -> Result<Vec<GlucoseTally>> {
    let (from_ms, to_ms) = ((days.start() - 1) * DAY_MS, (days.end() + 2) * DAY_MS);
    count(conn, patient, from_ms, to_ms, targets, days)
}

/// The kept tallies of `days` counted against `targets`, and the runs of days without
/// them (never counted, or counted against other targets or rules).
fn kept(
    conn: &Connection,
    patient: PersonId,
    days: RangeInclusive<i64>,
    targets: &Targets,
) -> Result<(Vec<GlucoseTally>, Vec<RangeInclusive<i64>>)> {
    let ranges = glucose_ranges(targets);
    let mut stmt = conn.prepare_cached(
        "SELECT day, context, target_low, target_high, bands, readings, mmol_sum, mmol_min, mmol_max,
                in_range, low, high, severe_low
         FROM glucose_day WHERE patient_id = ?1 AND day BETWEEN ?2 AND ?3",
    )?;
    let mut rows = stmt.query((patient.0, days.start(), days.end()))?;
    // Each day's rows, and whether all of them were counted against what is in force now.
    let mut found: BTreeMap<i64, (bool, Vec<GlucoseTally>)> = BTreeMap::new();
    while let Some(row) = rows.next()? {
        let day: i64 = row.get(0)?;
        let context = decode(&row.get::<_, String>(1)?, "context", GlucoseContext::from_code)?;
        let target = GlucoseRange { low: row.get(2)?, high: row.get(3)? };
        let bands: u32 = row.get(4)?;
        let tally = GlucoseTally {
            date: date_of(day).ok_or(Error::UnknownCode { column: "day" })?,
            context,
            target,
            counts: GlucoseCounts {
                count: row.get(5)?,
                sum: row.get(6)?,
                min: row.get(7)?,
                max: row.get(8)?,
                in_range: row.get(9)?,
                low: row.get(10)?,
                high: row.get(11)?,
                severe_low: row.get(12)?,
            },
        };
        let current = bands == GLUCOSE_BANDS_VERSION && target == ranges[context as usize];
        let entry = found.entry(day).or_insert((true, Vec::new()));
        entry.0 &= current;
        entry.1.push(tally);
    }
    // Walk the days with current rows in order; the gaps between them are the runs to count.
    let mut tallies = Vec::new();
    let mut missing: Vec<RangeInclusive<i64>> = Vec::new();
    let mut next = *days.start();
    for (day, (current, kept)) in found {
        if current {
            if day > next {
                missing.push(next..=day - 1);
            }
            tallies.extend(kept);
            next = day + 1;
        }
    }
    if next <= *days.end() {
        missing.push(next..=*days.end());
    }
    Ok((tallies, missing))
}

/// Keeps `tallies`, all of `days`' readings counted just now in this transaction, in place
/// of whatever was kept for those days.
fn keep(
    tx: &Connection,
    patient: PersonId,
    days: RangeInclusive<i64>,
    tallies: &[GlucoseTally],
) -> Result<()> {
    tx.prepare_cached("DELETE FROM glucose_day WHERE patient_id = ?1 AND day BETWEEN ?2 AND ?3")?
        .execute((patient.0, days.start(), days.end()))?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO glucose_day (patient_id, day, context, target_low, target_high, bands, readings,
                                  mmol_sum, mmol_min, mmol_max, in_range, low, high, severe_low)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    for t in tallies {
        let c = &t.counts;
        insert.execute(rusqlite::params![
            patient.0,
            day_number(t.date),
            t.context.code(),
            t.target.low,
            t.target.high,
            GLUCOSE_BANDS_VERSION,
            c.count,
            c.sum,
            c.min,
            c.max,
            c.in_range,
            c.low,
            c.high,
            c.severe_low,
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_from_1970() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        assert_eq!(day_number(date(1970, 1, 1)), 0);
        assert_eq!(day_number(date(1969, 12, 31)), -1);
        assert_eq!(day_number(date(2026, 6, 15)), 20_619);
        for day in [-800_000, -1, 0, 1, 20_619, 2_000_000] {
            assert_eq!(date_of(day).map(day_number), Some(day));
        }
    }
}
