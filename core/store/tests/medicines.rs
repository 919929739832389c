//! Medicine regimens and dose events, stored as versioned records.

mod common;

use chrono::{Duration, NaiveTime};
use saathi_domain::medicine::{DoseEvent, DoseStatus, Regimen, WithFood};
use saathi_domain::person::Role;
use saathi_store::{medicines, records};

use common::{TestDb, TestResult, change, meta, taken, utc};

fn hm(h: u32, m: u32) -> Result<NaiveTime, &'static str> {
    NaiveTime::from_hms_opt(h, m, 0).ok_or("a valid time")
}

fn regimen(name: &str, dose: &str, times: Vec<NaiveTime>, with_food: WithFood) -> Regimen {
    Regimen { name: name.into(), dose: dose.into(), times, with_food }
}

#[test]
fn current_regimens_are_the_latest_versions_in_the_order_added() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    let bina = db.person("Bina", Role::Patient)?;
    let start = taken(utc(2026, 9, 1, 8, 0), 3600);
    let metformin = regimen("Metformin", "500 mg", vec![hm(8, 0)?, hm(20, 0)?], WithFood::With);
    let amlodipine = regimen("Amlodipine", "5 mg", vec![hm(7, 30)?], WithFood::Either);
    let ramipril = regimen("Ramipril", "2.5 mg", vec![hm(21, 15)?], WithFood::Without);

    let (m, a) = db.store.write(|tx| -> saathi_store::Result<_> {
        let m = records::insert(tx, &meta(asha, asha, start), &metformin)?;
        let a = records::insert(tx, &meta(asha, ravi, start), &amlodipine)?;
        let r = records::insert(tx, &meta(asha, asha, start), &ramipril)?;
        records::insert(tx, &meta(bina, bina, start), &metformin)?;
        records::delete::<Regimen>(tx, asha, r, &change(asha, "stopped by GP"), utc(2026, 9, 10, 9, 0))?;
        Ok((m, a))
    })?;
    // The dose goes up from the 15th: a new version that applies from then.
    let increased = regimen("Metformin", "1 g", vec![hm(8, 0)?, hm(20, 0)?], WithFood::With);
    let from_15th = taken(utc(2026, 9, 15, 8, 0), 3600);
    let v = db.store.write(|tx| {
        records::correct(
            tx,
            asha,
            m,
            from_15th,
            &increased,
            &change(ravi, "GP letter"),
            utc(2026, 9, 14, 18, 0),
        )
    })?;
    assert_eq!(v, 2);

    let current = medicines::current_regimens(db.store.conn(), asha)?;
    let got: Vec<_> = current.iter().map(|r| (r.meta.record_id, r.meta.version, r.value.clone())).collect();
    assert_eq!(got, [(m, 2, increased), (a, 1, amlodipine)]);
    assert_eq!(current[0].meta.taken, from_15th);
    assert_eq!(current[0].meta.entered_by, ravi);
    assert_eq!(current[0].meta.change_reason.as_deref(), Some("GP letter"));
    assert_eq!(current[1].meta.entered_by, ravi);
    assert_eq!(medicines::current_regimens(db.store.conn(), bina)?.len(), 1);
    assert!(medicines::current_regimens(db.store.conn(), ravi)?.is_empty());
    Ok(())
}

#[test]
fn dose_events_keep_their_history() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let metformin = regimen("Metformin", "500 mg", vec![hm(8, 0)?], WithFood::With);
    let eight = hm(8, 0)?;
    let when = taken(utc(2026, 10, 1, 7, 10), 3600);
    let (r, dose) = db.store.write(|tx| -> saathi_store::Result<_> {
        let r = records::insert(tx, &meta(asha, asha, when), &metformin)?;
        let dose = DoseEvent { regimen: r, scheduled: eight, status: DoseStatus::Taken };
        Ok((r, records::insert(tx, &meta(asha, asha, when), &dose)?))
    })?;
    let late = DoseEvent { regimen: r, scheduled: eight, status: DoseStatus::Late };
    let later = taken(when.at + Duration::hours(2), 3600);
    db.store.write(|tx| {
        records::correct(tx, asha, dose, later, &late, &change(asha, "took it at 10"), later.at)
    })?;

    let h = records::history::<DoseEvent>(db.store.conn(), asha, dose)?;
    let got: Vec<_> = h.iter().map(|v| (v.record.value, v.record.meta.taken, v.is_latest)).collect();
    assert_eq!(
        got,
        [
            (DoseEvent { regimen: r, scheduled: eight, status: DoseStatus::Taken }, when, false),
            (late, later, true),
        ]
    );
    Ok(())
}
