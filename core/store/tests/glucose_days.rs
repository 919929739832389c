//! Kept glucose day tallies: `glucose_days::tallies` gives exactly what counting every
//! point gives (`tally_glucose` of `glucose_points`), however readings are added,
//! corrected or deleted, by whichever connection, whatever the targets, offsets and
//! periods; and every kept row is true to its day's readings at all times.

mod common;

use std::cell::{Cell, RefCell};

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use rusqlite::Connection;

use saathi_domain::bands::GLUCOSE_BANDS_VERSION;
use saathi_domain::person::{PersonId, Role};
use saathi_domain::reading::{Glucose, GlucoseContext, Measurement, ReadingKind, RecordId};
use saathi_domain::summary::{GlucoseTally, tally_glucose};
use saathi_domain::targets::{GlucoseRange, Targets};
use saathi_domain::time::Taken;
use saathi_domain::units::GlucoseUnit;
use saathi_store::{Store, glucose_days, people, readings};

use common::{TestDb, TestResult, change, meta, utc};

const DAY_MS: i64 = 86_400_000;

fn targets(store: &Store, patient: PersonId) -> Targets {
    let person = people::get(store.conn(), patient).expect("the patient");
    Targets::defaults(&person, 2026)
}

/// The same targets with other glucose ranges: `which` 0 is the guideline's.
fn targets_variant(base: &Targets, which: u8) -> Targets {
    let mut t = base.clone();
    match which {
        1 => t.glucose_other.value = GlucoseRange { low: 5.0, high: 9.0 },
        2 => t.glucose_before_meal.value = GlucoseRange { low: 4.5, high: 6.5 },
        3 => t.glucose_after_meal.value = GlucoseRange { low: 4.0, high: 10.0 },
        _ => {}
    }
    t
}

fn mmol(tenths: u32, context: GlucoseContext) -> Measurement {
    Measurement::Glucose(Glucose { value: f64::from(tenths) / 10.0, unit: GlucoseUnit::MmolPerL, context })
}

fn at(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).expect("an instant")
}

/// What counting every point of the period gives.
fn counted(
    store: &Store,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    t: &Targets,
) -> Vec<GlucoseTally> {
    tally_glucose(&readings::glucose_points(store.conn(), patient, from, to).expect("points"), t)
}

/// Every kept row of `patient` is what counting its day's readings now, against the range
/// the row records, gives; and it records the current band rules.
fn every_kept_row_is_true(store: &Store, patient: PersonId) -> Result<usize, TestCaseError> {
    let conn = store.conn();
    let mut stmt = conn
        .prepare(
            "SELECT day, context, target_low, target_high, bands, readings, mmol_sum, mmol_min, mmol_max,
                    in_range, low, high, severe_low
             FROM glucose_day WHERE patient_id = ?1",
        )
        .expect("prepare");
    let rows: Vec<(i64, String, f64, f64, u32, [f64; 8])> = stmt
        .query_map([patient.0], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                [r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?],
            ))
        })
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows");
    for (day, context, low, high, bands, values) in &rows {
        prop_assert_eq!(*bands, GLUCOSE_BANDS_VERSION);
        let context = GlucoseContext::from_code(context).expect("a known context");
        let mut t = targets(store, patient);
        for range in [&mut t.glucose_before_meal, &mut t.glucose_after_meal, &mut t.glucose_other] {
            range.value = GlucoseRange { low: *low, high: *high };
        }
        let fresh = counted(store, patient, at((day - 1) * DAY_MS), at((day + 2) * DAY_MS), &t);
        let fresh = fresh
            .iter()
            .find(|x| glucose_days::day_number(x.date) == *day && x.context == context)
            .map(|x| {
                let c = x.counts;
                [
                    f64::from(c.count),
                    c.sum,
                    c.min,
                    c.max,
                    f64::from(c.in_range),
                    f64::from(c.low),
                    f64::from(c.high),
                    f64::from(c.severe_low),
                ]
            });
        prop_assert_eq!(fresh, Some(*values), "day {} {:?}", day, context);
    }
    Ok(rows.len())
}

#[derive(Debug, Clone)]
enum Op {
    /// A reading `ms` after the start, on a clock `offset` seconds east of UTC.
    Log {
        ms: i64,
        offset: i32,
        tenths: u32,
        context: GlucoseContext,
    },
    /// Corrects (to another time, value and context) or deletes one of the readings logged.
    Correct {
        which: usize,
        ms: i64,
        offset: i32,
        tenths: u32,
        context: GlucoseContext,
    },
    Delete {
        which: usize,
    },
    /// Tallies of a period of whole and part days, with `now` somewhere around its end.
    Tallies {
        from_ms: i64,
        days: i64,
        to_shift_ms: i64,
        now_shift_ms: i64,
        targets: u8,
    },
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    // Twelve days around the change from BST to GMT (25 October 2026); offsets of the UK,
    // Pakistan, India, the far east and west, and the largest chrono allows.
    let offsets = vec![0, 3600, 5 * 3600, 19_800, -5 * 3600, 14 * 3600, -12 * 3600, 86_399, -86_399];
    let span = 12 * DAY_MS;
    let edge = prop_oneof![
        3 => 0..span,
        // Next to a UTC midnight, where local days and UTC days part.
        1 => (0..12i64, -2i64..=2).prop_map(move |(d, e)| (d * DAY_MS + e).clamp(0, span - 1)),
    ];
    let context = proptest::sample::select(GlucoseContext::ALL.to_vec());
    let offset = proptest::sample::select(offsets);
    let shift = proptest::sample::select(vec![0, 1, -1, 3_600_000, -3_600_000, 43_200_000]);
    let op = prop_oneof![
        6 => (edge.clone(), offset.clone(), 20u32..=250, context.clone())
            .prop_map(|(ms, offset, tenths, context)| Op::Log { ms, offset, tenths, context }),
        1 => (any::<usize>(), edge, offset, 20u32..=250, context)
            .prop_map(|(which, ms, offset, tenths, context)| Op::Correct { which, ms, offset, tenths, context }),
        1 => any::<usize>().prop_map(|which| Op::Delete { which }),
        2 => ((-2i64..12), 1i64..14, shift.clone(), (-3i64..4, shift), 0u8..4).prop_map(
            |(from_day, days, to_shift_ms, (now_days, now_shift), targets)| Op::Tallies {
                from_ms: from_day * DAY_MS,
                days,
                to_shift_ms,
                now_shift_ms: now_days * DAY_MS + now_shift,
                targets,
            }
        ),
    ];
    proptest::collection::vec(op, 1..60)
}

#[test]
fn kept_tallies_always_give_what_counting_every_point_gives() {
    // One database for every case, a patient per case: cases also show that one
    // patient's kept rows never reach another's tallies.
    let db = RefCell::new(TestDb::new().expect("a database"));
    let case = Cell::new(0);
    let kept_rows = Cell::new(0);
    let start = utc(2026, 10, 20, 0, 0).timestamp_millis();
    let mut runner = TestRunner::new(ProptestConfig { cases: 96, ..ProptestConfig::default() });
    let result = runner.run(&ops(), |ops| {
        case.set(case.get() + 1);
        let mut db = db.borrow_mut();
        let patient = db.person(&format!("Patient {}", case.get()), Role::Patient).expect("patient");
        let base = targets(&db.store, patient);
        let mut logged: Vec<RecordId> = Vec::new();
        let mut compared = 0;
        let mut ops = ops;
        // Always end with the whole stretch, with `now` well after it.
        ops.push(Op::Tallies {
            from_ms: -DAY_MS,
            days: 14,
            to_shift_ms: 0,
            now_shift_ms: 5 * DAY_MS,
            targets: 0,
        });
        for op in ops {
            match op {
                Op::Log { ms, offset, tenths, context } => {
                    let taken = Taken::from_millis(start + ms, offset).expect("an instant");
                    let record =
                        db.insert(&meta(patient, patient, taken), mmol(tenths, context)).expect("log");
                    logged.push(record);
                }
                Op::Correct { which, ms, offset, tenths, context } if !logged.is_empty() => {
                    let record = logged[which % logged.len()];
                    let taken = Taken::from_millis(start + ms, offset).expect("an instant");
                    let m = mmol(tenths, context);
                    let fixed = db.store.write(|tx| {
                        readings::correct(
                            tx,
                            patient,
                            record,
                            taken,
                            &m,
                            &change(patient, "typo"),
                            Utc::now(),
                        )
                    });
                    // A deleted record cannot be corrected; that changes nothing.
                    if fixed.is_err() {
                        logged.retain(|r| *r != record);
                    }
                }
                Op::Delete { which } if !logged.is_empty() => {
                    let record = logged.remove(which % logged.len());
                    db.store
                        .write(|tx| {
                            readings::delete(
                                tx,
                                ReadingKind::Glucose,
                                patient,
                                record,
                                &change(patient, "x"),
                                Utc::now(),
                            )
                        })
                        .expect("delete");
                }
                Op::Correct { .. } | Op::Delete { .. } => {}
                Op::Tallies { from_ms, days, to_shift_ms, now_shift_ms, targets } => {
                    let t = targets_variant(&base, targets);
                    let from = at(start + from_ms);
                    let to = at(start + from_ms + days * DAY_MS + to_shift_ms);
                    let now = at(to.timestamp_millis() + now_shift_ms);
                    let kept =
                        glucose_days::tallies(&mut db.store, patient, from, to, now, &t).expect("tallies");
                    prop_assert_eq!(&kept, &counted(&db.store, patient, from, to, &t));
                    compared += 1;
                    kept_rows.set(kept_rows.get() + every_kept_row_is_true(&db.store, patient)?);
                }
            }
        }
        prop_assert!(compared > 0);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    assert!(kept_rows.get() > 1000, "the cases kept rows to check: {}", kept_rows.get());
}

/// The period `kept_days` keeps: 1 to 20 October on a GMT+1 clock, and a "now" after it.
fn period() -> (DateTime<Utc>, DateTime<Utc>, DateTime<Utc>) {
    (utc(2026, 9, 30, 23, 0), utc(2026, 10, 20, 23, 0), utc(2026, 10, 25, 12, 0))
}

/// A store with a patient whose days 2026-10-01 to 2026-10-20 (GMT+1) have readings every
/// six hours, and those days' tallies kept.
fn kept_days() -> Result<(TestDb, PersonId), Box<dyn std::error::Error>> {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    for i in 0..20 * 4 {
        let taken = Taken::from_millis(utc(2026, 10, 1, 1, 0).timestamp_millis() + i * 6 * 3_600_000, 3600)
            .ok_or("instant")?;
        db.insert(&meta(asha, asha, taken), mmol(50 + (i % 40) as u32, GlucoseContext::Random))?;
    }
    let (from, to, now) = period();
    let t = targets(&db.store, asha);
    glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?;
    Ok((db, asha))
}

fn kept_day_numbers(conn: &Connection, patient: PersonId) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT DISTINCT day FROM glucose_day WHERE patient_id = ?1 ORDER BY day")?;
    stmt.query_map([patient.0], |r| r.get(0))?.collect()
}

#[test]
fn whole_past_days_are_kept_and_the_ends_are_not() -> TestResult {
    let (db, asha) = kept_days()?;
    let days = kept_day_numbers(db.store.conn(), asha)?;
    // 1 October is day 20,727. The days at the ends of the period are counted from points
    // every time (a reading of theirs might lie outside it: offsets run up to a day either
    // way); the days between are kept.
    assert_eq!(days, (20_728..=20_744).collect::<Vec<i64>>());
    Ok(())
}

#[test]
fn all_time_is_a_period_like_any_other() -> TestResult {
    let (mut db, asha) = kept_days()?;
    let t = targets(&db.store, asha);
    let (from, to, now) = (DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC, period().2);
    assert_eq!(
        glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?,
        counted(&db.store, asha, from, to, &t)
    );
    assert_eq!(kept_day_numbers(db.store.conn(), asha)?.len(), 20, "every day with readings, now over");
    Ok(())
}

#[test]
fn a_reading_for_a_past_day_makes_that_day_alone_count_again() -> TestResult {
    let (mut db, asha) = kept_days()?;
    let (from, to, now) = period();
    let t = targets(&db.store, asha);
    // 00:30 on 10 October in Pakistan (UTC+5) is 19:30 UTC on the 9th: day 20,736 on its
    // own clock.
    let taken = Taken::from_millis(utc(2026, 10, 9, 19, 30).timestamp_millis(), 5 * 3600).ok_or("instant")?;
    db.insert(&meta(asha, asha, taken), mmol(31, GlucoseContext::Bedtime))?;
    let days = kept_day_numbers(db.store.conn(), asha)?;
    assert!(!days.contains(&20_736));
    assert!(days.contains(&20_735) && days.contains(&20_737));
    assert_eq!(
        glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?,
        counted(&db.store, asha, from, to, &t)
    );
    assert!(kept_day_numbers(db.store.conn(), asha)?.contains(&20_736), "counted and kept again");
    Ok(())
}

#[test]
fn the_schemas_day_of_a_reading_is_the_domains_local_date() -> TestResult {
    // For readings around local midnight, on both sides of 1970 and with every kind of
    // offset, the trigger forgets exactly the day `Taken::local_date` names.
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let fake_row =
        "INSERT OR REPLACE INTO glucose_day VALUES (?1, ?2, 'random', 4, 11, 1, 1, 5, 5, 5, 1, 0, 0, 0)";
    for base in [-3 * DAY_MS, 0, utc(2026, 3, 29, 0, 0).timestamp_millis()] {
        for offset in [0_i32, 3600, -3600, 19_800, -12 * 3600, 14 * 3600, 86_399, -86_399, 86_400, -200_000] {
            for step in [-1, 0, 1, 999, 1000] {
                // Local midnight on this clock, near `base`, and a step either side.
                let eff = if offset.abs() < 86_400 { i64::from(offset) * 1000 } else { 0 };
                let ms = base - eff + step;
                let taken = Taken::from_millis(ms, offset).ok_or("instant")?;
                let day = glucose_days::day_number(taken.local_date());
                for d in day - 2..=day + 2 {
                    db.store.conn().execute(fake_row, (asha.0, d))?;
                }
                db.insert(&meta(asha, asha, taken), mmol(60, GlucoseContext::Random))?;
                let left = kept_day_numbers(db.store.conn(), asha)?;
                let want: Vec<i64> = (day - 2..=day + 2).filter(|d| *d != day).collect();
                assert_eq!(left, want, "{ms} ms at {offset} s");
                db.store.conn().execute("DELETE FROM glucose_day", [])?;
            }
        }
    }
    Ok(())
}

#[test]
fn corrections_and_deletions_forget_the_days_they_touch() -> TestResult {
    let (mut db, asha) = kept_days()?;
    let (from, to, now) = period();
    let t = targets(&db.store, asha);
    // Move a reading from 5 October (day 20,731) to 12 October (day 20,738).
    let moved = db.insert(
        &meta(
            asha,
            asha,
            Taken::from_millis(utc(2026, 10, 5, 11, 0).timestamp_millis(), 3600).ok_or("instant")?,
        ),
        mmol(70, GlucoseContext::Fasting),
    )?;
    glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?;
    let later = Taken::from_millis(utc(2026, 10, 12, 11, 0).timestamp_millis(), 3600).ok_or("instant")?;
    db.store.write(|tx| {
        readings::correct(
            tx,
            asha,
            moved,
            later,
            &mmol(72, GlucoseContext::Fasting),
            &change(asha, "wrong day"),
            now,
        )
    })?;
    let days = kept_day_numbers(db.store.conn(), asha)?;
    assert!(!days.contains(&20_731) && !days.contains(&20_738), "{days:?}");
    assert_eq!(days.len(), 15);
    assert_eq!(
        glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?,
        counted(&db.store, asha, from, to, &t)
    );
    db.store.write(|tx| {
        readings::delete(tx, ReadingKind::Glucose, asha, moved, &change(asha, "not mine"), now)
    })?;
    assert!(!kept_day_numbers(db.store.conn(), asha)?.contains(&20_738));
    assert_eq!(
        glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?,
        counted(&db.store, asha, from, to, &t)
    );
    Ok(())
}

#[test]
fn a_reading_written_by_another_connection_is_seen() -> TestResult {
    let (mut db, asha) = kept_days()?;
    let (from, to, now) = period();
    let t = targets(&db.store, asha);
    let other = Connection::open(db.path())?;
    other.execute(
        "INSERT INTO glucose (record_id, version, patient_id, entered_by, taken_at_ms, utc_offset_s,
                              entered_at_ms, source, mmol, entered_value, entered_unit, context)
         VALUES (1000000, 1, ?1, ?1, ?2, 3600, ?2, 'meter', 2.5, 2.5, 'mmol/L', 'random')",
        (asha.0, utc(2026, 10, 10, 12, 0).timestamp_millis()),
    )?;
    let kept = glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?;
    assert_eq!(kept, counted(&db.store, asha, from, to, &t));
    assert!(kept.iter().any(|x| x.counts.severe_low == 1));
    Ok(())
}

#[test]
fn days_counted_against_other_targets_or_rules_are_counted_again() -> TestResult {
    let (mut db, asha) = kept_days()?;
    let (from, to, now) = period();
    let t = targets_variant(&targets(&db.store, asha), 1);
    assert_eq!(
        glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?,
        counted(&db.store, asha, from, to, &t)
    );
    let ranges: Vec<(f64, f64)> = db
        .store
        .conn()
        .prepare("SELECT DISTINCT target_low, target_high FROM glucose_day")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(ranges, [(5.0, 9.0)], "kept again against the range now in force");

    // Rows made by other band rules (a future version, say) are not trusted.
    db.store.conn().execute("UPDATE glucose_day SET bands = bands + 1, in_range = 0", [])?;
    assert_eq!(
        glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?,
        counted(&db.store, asha, from, to, &t)
    );
    let bands: Vec<u32> = db
        .store
        .conn()
        .prepare("SELECT DISTINCT bands FROM glucose_day")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(bands, [GLUCOSE_BANDS_VERSION]);
    Ok(())
}

#[test]
fn when_nothing_can_be_written_the_tallies_are_counted_all_the_same() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    for i in 0..40 {
        let taken = Taken::from_millis(utc(2026, 10, 1, 9, 0).timestamp_millis() + i * 12 * 3_600_000, 0)
            .ok_or("instant")?;
        db.insert(&meta(asha, asha, taken), mmol(40 + i as u32, GlucoseContext::Random))?;
    }
    let t = targets(&db.store, asha);
    let (from, to, now) = (utc(2026, 10, 1, 0, 0), utc(2026, 10, 21, 0, 0), utc(2026, 10, 21, 0, 0));
    db.store.conn().pragma_update(None, "query_only", true)?;
    assert_eq!(
        glucose_days::tallies(&mut db.store, asha, from, to, now, &t)?,
        counted(&db.store, asha, from, to, &t)
    );
    db.store.conn().pragma_update(None, "query_only", false)?;
    assert_eq!(db.count("glucose_day")?, 0);
    Ok(())
}
