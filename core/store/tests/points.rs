//! The points summaries read: only current rows (latest version, not deleted) of one
//! patient taken in `[from, to)`, oldest first, each with the wall-clock offset it was
//! taken at.

mod common;

use chrono::{DateTime, Duration, NaiveTime, Utc};
use saathi_domain::medicine::{DoseEvent, DoseStatus};
use saathi_domain::person::{PersonId, Role};
use saathi_domain::reading::{
    Activity, ActivityKind, BloodPressure, Glucose, GlucoseContext, Hba1c, Measurement, Weight,
};
use saathi_domain::summary::{ActivityPoint, BpPoint, DosePoint, GlucosePoint, ValuePoint};
use saathi_domain::time::Taken;
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, StonesPounds, WeightUnit};
use saathi_store::readings;
use saathi_store::records::{self, Versioned};

use common::{TestDb, TestResult, change, meta, taken, utc};

const IST: i32 = 19_800;
const BST: i32 = 3_600;
const PKT: i32 = 18_000;

fn from() -> DateTime<Utc> {
    utc(2026, 10, 1, 0, 0)
}

fn to() -> DateTime<Utc> {
    utc(2026, 10, 8, 0, 0)
}

/// Asha and Bina, and the range every test reads.
fn setup() -> Result<(TestDb, PersonId, PersonId), Box<dyn std::error::Error>> {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let bina = db.person("Bina", Role::Patient)?;
    Ok((db, asha, bina))
}

/// Stores the same history for any kind of record, `make(n)` giving its n-th value, and
/// returns what a points query for Asha over `[from, to)` must see: (when, value), oldest
/// first. Rows are stored out of time order on purpose.
fn scenario<T: Versioned + Clone>(
    db: &mut TestDb,
    asha: PersonId,
    bina: PersonId,
    make: impl Fn(u32) -> T,
) -> Result<Vec<(Taken, T)>, Box<dyn std::error::Error>> {
    let now = utc(2026, 10, 20, 12, 0);
    let (from, to) = (from(), to());
    let days = Duration::days;
    let day = days(1);
    db.store
        .write(|tx| -> saathi_store::Result<Vec<(Taken, T)>> {
            let put = |patient: PersonId, when: Taken, n: u32| {
                records::insert(tx, &meta(patient, patient, when), &make(n))
            };
            let mut want = Vec::new();

            // In the middle of the range, in India.
            let mid = taken(from + days(3), IST);
            put(asha, mid, 1)?;
            want.push((mid, make(1)));
            // At `from` exactly: in.
            let start = taken(from, BST);
            put(asha, start, 2)?;
            want.push((start, make(2)));
            // A millisecond before `from`, and at `to` exactly: out.
            put(asha, taken(from - Duration::milliseconds(1), BST), 3)?;
            put(asha, taken(to, BST), 4)?;
            // A second before `to`: in.
            let last = taken(to - Duration::seconds(1), 0);
            put(asha, last, 5)?;
            want.push((last, make(5)));
            // Corrected, with a new time and place: only the correction.
            let r = put(asha, taken(from + day, BST), 6)?;
            let fixed = taken(from + day + Duration::hours(1), PKT);
            records::correct(tx, asha, r, fixed, &make(7), &change(asha, "wrong"), now)?;
            want.push((fixed, make(7)));
            // Deleted: out.
            let r = put(asha, taken(from + days(2), BST), 8)?;
            records::delete::<T>(tx, asha, r, &change(asha, "duplicate"), now)?;
            // Corrected to a time after the range: out, and its old version too.
            let r = put(asha, taken(from + days(4), BST), 9)?;
            records::correct(tx, asha, r, taken(to + day, BST), &make(9), &change(asha, "date"), now)?;
            // Bina's: out.
            put(bina, taken(from + days(2), BST), 10)?;
            // Corrected twice: only the last version.
            let r = put(asha, taken(from + days(5), 0), 11)?;
            records::correct(tx, asha, r, taken(from + days(5), 0), &make(12), &change(asha, "a"), now)?;
            records::correct(tx, asha, r, taken(from + days(5), 0), &make(13), &change(asha, "b"), now)?;
            want.push((taken(from + days(5), 0), make(13)));

            want.sort_by_key(|(t, _)| t.at);
            Ok(want)
        })
        .map_err(Into::into)
}

/// The offsets the scenario's points must carry, oldest first.
const OFFSETS: [i32; 5] = [BST, PKT, IST, 0, 0];

#[test]
fn glucose_points_are_current_rows_in_range_in_time_order() -> TestResult {
    let (mut db, asha, bina) = setup()?;
    let make = |n: u32| Glucose {
        value: if n % 2 == 0 { 90.0 + f64::from(n) } else { 5.0 + f64::from(n) / 10.0 },
        unit: if n % 2 == 0 { GlucoseUnit::MgPerDl } else { GlucoseUnit::MmolPerL },
        context: GlucoseContext::ALL[n as usize % GlucoseContext::ALL.len()],
    };
    let want = scenario(&mut db, asha, bina, make)?;

    let got = readings::glucose_points(db.store.conn(), asha, from(), to())?;

    let want_points: Vec<GlucosePoint> =
        want.iter().map(|(t, g)| GlucosePoint { taken: *t, mmol: g.mmol(), context: g.context }).collect();
    assert_eq!(got, want_points);
    assert_eq!(got.iter().map(|p| p.taken.offset_seconds).collect::<Vec<_>>(), OFFSETS);
    // The same rows, as full records, through current_all.
    let all: Vec<(Taken, Measurement)> = readings::current_all(db.store.conn(), asha, from(), to())?
        .into_iter()
        .map(|r| (r.meta.taken, r.value))
        .collect();
    let want_all: Vec<(Taken, Measurement)> =
        want.iter().map(|(t, g)| (*t, Measurement::Glucose(*g))).collect();
    assert_eq!(all, want_all);
    Ok(())
}

#[test]
fn bp_points_are_current_rows_in_range_in_time_order() -> TestResult {
    let (mut db, asha, bina) = setup()?;
    let make = |n: u32| BloodPressure {
        systolic: 120 + n as u16,
        diastolic: 70 + n as u16,
        pulse: Some(60 + n as u16),
        arm: None,
        position: None,
    };
    let want = scenario(&mut db, asha, bina, make)?;

    let got = readings::bp_points(db.store.conn(), asha, from(), to())?;

    let want: Vec<BpPoint> = want
        .iter()
        .map(|(t, b)| BpPoint { taken: *t, systolic: b.systolic, diastolic: b.diastolic })
        .collect();
    assert_eq!(got, want);
    assert_eq!(got.iter().map(|p| p.taken.offset_seconds).collect::<Vec<_>>(), OFFSETS);
    Ok(())
}

#[test]
fn weight_points_are_current_rows_in_range_in_kg() -> TestResult {
    let (mut db, asha, bina) = setup()?;
    let make = |n: u32| {
        if n % 2 == 0 {
            Weight::from_stones_pounds(StonesPounds { stones: 11, pounds: f64::from(n) })
        } else {
            Weight { kg: 70.0 + f64::from(n) / 10.0, entered_unit: WeightUnit::Kg }
        }
    };
    let want = scenario(&mut db, asha, bina, make)?;

    let got = readings::weight_points(db.store.conn(), asha, from(), to())?;

    let want: Vec<ValuePoint> = want.iter().map(|(t, w)| ValuePoint { taken: *t, value: w.kg }).collect();
    assert_eq!(got, want);
    assert_eq!(got.iter().map(|p| p.taken.offset_seconds).collect::<Vec<_>>(), OFFSETS);
    Ok(())
}

#[test]
fn hba1c_points_are_current_rows_in_range_in_mmol_per_mol() -> TestResult {
    let (mut db, asha, bina) = setup()?;
    let make = |n: u32| {
        if n % 2 == 0 {
            Hba1c { value: 6.0 + f64::from(n) / 10.0, unit: Hba1cUnit::Percent }
        } else {
            Hba1c { value: 40.0 + f64::from(n), unit: Hba1cUnit::MmolPerMol }
        }
    };
    let want = scenario(&mut db, asha, bina, make)?;

    let got = readings::hba1c_points(db.store.conn(), asha, from(), to())?;

    let want: Vec<ValuePoint> =
        want.iter().map(|(t, h)| ValuePoint { taken: *t, value: h.mmol_per_mol() }).collect();
    assert_eq!(got, want);
    assert_eq!(got.iter().map(|p| p.taken.offset_seconds).collect::<Vec<_>>(), OFFSETS);
    Ok(())
}

#[test]
fn activity_points_are_current_rows_in_range_in_time_order() -> TestResult {
    let (mut db, asha, bina) = setup()?;
    let make = |n: u32| Activity {
        minutes: (n % 3 != 0).then_some(10 * n),
        kind: Some(ActivityKind::Walking),
        intensity: None,
        steps: (n % 2 == 1).then_some(1000 * n),
    };
    let want = scenario(&mut db, asha, bina, make)?;

    let got = readings::activity_points(db.store.conn(), asha, from(), to())?;

    let want: Vec<ActivityPoint> =
        want.iter().map(|(t, a)| ActivityPoint { taken: *t, minutes: a.minutes, steps: a.steps }).collect();
    assert_eq!(got, want);
    assert_eq!(got.iter().map(|p| p.taken.offset_seconds).collect::<Vec<_>>(), OFFSETS);
    Ok(())
}

#[test]
fn dose_points_are_current_rows_in_range_in_time_order() -> TestResult {
    let (mut db, asha, bina) = setup()?;
    let eight = NaiveTime::from_hms_opt(8, 0, 0).ok_or("time")?;
    let make = |n: u32| DoseEvent {
        regimen: saathi_domain::reading::RecordId(1),
        scheduled: eight,
        status: DoseStatus::ALL[n as usize % DoseStatus::ALL.len()],
    };
    let want = scenario(&mut db, asha, bina, make)?;

    let got = readings::dose_points(db.store.conn(), asha, from(), to())?;

    let want: Vec<DosePoint> = want.iter().map(|(t, d)| DosePoint { taken: *t, status: d.status }).collect();
    assert_eq!(got, want);
    assert_eq!(got.iter().map(|p| p.taken.offset_seconds).collect::<Vec<_>>(), OFFSETS);
    Ok(())
}

#[test]
fn an_empty_range_has_no_points() -> TestResult {
    let (mut db, asha, bina) = setup()?;
    scenario(&mut db, asha, bina, |n| common::glucose(f64::from(n)))?;
    let conn = db.store.conn();
    assert!(readings::glucose_points(conn, asha, from(), from())?.is_empty());
    assert!(
        readings::glucose_points(conn, asha, to() + Duration::days(30), to() + Duration::days(31))?
            .is_empty()
    );
    Ok(())
}
