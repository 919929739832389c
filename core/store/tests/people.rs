//! People on the device: stored and read back whole, found by name ignoring case, and one
//! name per person.

mod common;

use saathi_domain::person::{Condition, NewPerson, PersonId, Role, UnitPreferences};
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};
use saathi_store::{Error, people};

use common::{TestDb, TestResult, utc};

fn asha() -> NewPerson {
    NewPerson {
        name: "Asha Patel".into(),
        role: Role::Patient,
        birth_year: Some(1956),
        conditions: vec![Condition::Type2Diabetes, Condition::HighBloodPressure, Condition::Type2Diabetes],
        units: UnitPreferences {
            glucose: GlucoseUnit::MgPerDl,
            hba1c: Hba1cUnit::Percent,
            weight: WeightUnit::StonesPounds,
        },
    }
}

fn ravi() -> NewPerson {
    NewPerson {
        name: "Ravi".into(),
        role: Role::Helper,
        birth_year: None,
        conditions: vec![],
        units: UnitPreferences::default(),
    }
}

fn add(db: &mut TestDb, p: &NewPerson) -> saathi_store::Result<PersonId> {
    db.store.write(|tx| people::insert(tx, p, utc(2026, 9, 1, 9, 0)))
}

fn sorted(mut c: Vec<Condition>) -> Vec<Condition> {
    c.sort();
    c
}

#[test]
fn a_person_reads_back_as_stored() -> TestResult {
    let mut db = TestDb::new()?;
    let new = asha();
    let id = add(&mut db, &new)?;
    let helper = add(&mut db, &ravi())?;
    assert_ne!(id, helper);

    let got = people::get(db.store.conn(), id)?;
    assert_eq!(got.id, id);
    assert_eq!(got.name, "Asha Patel");
    assert_eq!(got.role, Role::Patient);
    assert_eq!(got.birth_year, Some(1956));
    assert_eq!(got.units, new.units);
    assert_eq!(
        sorted(got.conditions),
        [Condition::Type2Diabetes, Condition::HighBloodPressure],
        "each condition once"
    );

    let r = people::get(db.store.conn(), helper)?;
    assert_eq!((r.name.as_str(), r.role, r.birth_year), ("Ravi", Role::Helper, None));
    assert!(r.conditions.is_empty());
    assert_eq!(r.units, UnitPreferences::default());

    let all: Vec<PersonId> = people::all(db.store.conn())?.iter().map(|p| p.id).collect();
    assert_eq!(all, [id, helper], "in the order they were added");
    Ok(())
}

#[test]
fn a_person_is_found_by_name_ignoring_case() -> TestResult {
    let mut db = TestDb::new()?;
    let id = add(&mut db, &asha())?;
    add(&mut db, &ravi())?;
    let conn = db.store.conn();

    for name in ["Asha Patel", "asha patel", "ASHA PATEL", "aShA pAtEl"] {
        let found = people::by_name(conn, name)?.ok_or(format!("{name} not found"))?;
        assert_eq!(found.id, id, "{name}");
        assert_eq!(found.name, "Asha Patel", "the name as it was stored");
    }
    assert_eq!(people::by_name(conn, "Asha")?, None, "no partial matches");
    assert_eq!(people::by_name(conn, "Bina")?, None);
    Ok(())
}

#[test]
fn a_taken_name_is_refused_whatever_its_case() -> TestResult {
    let mut db = TestDb::new()?;
    add(&mut db, &asha())?;

    for name in ["Asha Patel", "asha PATEL"] {
        let mut again = ravi();
        again.name = name.into();
        again.conditions = vec![Condition::HeartDisease];
        // The error is caught and the transaction committed: a half-added person would show.
        db.store.write(|tx| -> saathi_store::Result<()> {
            let r = people::insert(tx, &again, utc(2026, 9, 2, 9, 0));
            assert!(matches!(r, Err(Error::NameTaken)), "{name}: {r:?}");
            Ok(())
        })?;
    }

    assert_eq!(people::all(db.store.conn())?.len(), 1);
    assert_eq!(db.count("person_condition")?, 2);
    Ok(())
}

#[test]
fn an_unknown_person_is_not_found() -> TestResult {
    let mut db = TestDb::new()?;
    let id = add(&mut db, &asha())?;
    let missing = PersonId(id.0 + 100);
    assert!(matches!(people::get(db.store.conn(), missing), Err(Error::NotFound { what: "person" })));
    let r = db.store.write(|tx| people::set_units(tx, missing, UnitPreferences::default()));
    assert!(matches!(r, Err(Error::NotFound { what: "person" })), "{r:?}");
    Ok(())
}

#[test]
fn unit_preferences_can_be_changed() -> TestResult {
    let mut db = TestDb::new()?;
    let id = add(&mut db, &asha())?;
    let other = add(&mut db, &ravi())?;
    let units = UnitPreferences {
        glucose: GlucoseUnit::MmolPerL,
        hba1c: Hba1cUnit::MmolPerMol,
        weight: WeightUnit::Kg,
    };
    db.store.write(|tx| people::set_units(tx, id, units))?;
    assert_eq!(people::get(db.store.conn(), id)?.units, units);
    assert_eq!(people::get(db.store.conn(), other)?.units, UnitPreferences::default(), "only that person");
    Ok(())
}
