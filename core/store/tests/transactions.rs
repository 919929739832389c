//! `Store::write`: everything in one write commits together, or nothing of it does.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};

use chrono::{DateTime, Utc};
use saathi_domain::person::{PersonId, Role};
use saathi_domain::reading::ReadingKind;
use saathi_store::{Error, readings};

use common::{TestDb, TestResult, glucose, meta, taken, utc};

/// An app-level error, as a caller of `Store::write` would have.
#[derive(Debug)]
enum AppError {
    Store(Error),
    Refused,
}

impl From<Error> for AppError {
    fn from(e: Error) -> Self {
        AppError::Store(e)
    }
}

fn week() -> (DateTime<Utc>, DateTime<Utc>) {
    (utc(2026, 9, 28, 0, 0), utc(2026, 10, 5, 0, 0))
}

/// The current glucose values of `patient` this week, oldest first.
fn values(db: &TestDb, patient: PersonId) -> saathi_store::Result<Vec<f64>> {
    let (from, to) = week();
    Ok(readings::glucose_points(db.store.conn(), patient, from, to)?.iter().map(|p| p.mmol).collect())
}

#[test]
fn a_write_that_fails_stores_none_of_it() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let kept = db.insert(&meta(asha, asha, taken(utc(2026, 10, 1, 7, 0), 0)), glucose(6.0))?;

    let result = db.store.write(|tx| -> Result<(), AppError> {
        readings::insert(tx, &meta(asha, asha, taken(utc(2026, 10, 1, 12, 0), 0)), &glucose(7.0).into())?;
        readings::insert(tx, &meta(asha, asha, taken(utc(2026, 10, 1, 19, 0), 0)), &glucose(8.0).into())?;
        Err(AppError::Refused)
    });

    assert!(matches!(result, Err(AppError::Refused)), "the closure's error is returned: {result:?}");
    assert_eq!(values(&db, asha)?, [6.0], "neither reading is stored");
    assert_eq!(db.count("glucose")?, 1);
    assert_eq!(readings::get(db.store.conn(), ReadingKind::Glucose, asha, kept)?.value, glucose(6.0).into());

    // The store is not left inside a transaction: the next write commits.
    db.insert(&meta(asha, asha, taken(utc(2026, 10, 2, 7, 0), 0)), glucose(5.5))?;
    assert_eq!(values(&db, asha)?, [6.0, 5.5]);
    Ok(())
}

#[test]
fn a_store_error_part_way_undoes_the_earlier_writes() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let nobody = PersonId(asha.0 + 100);

    let result = db.store.write(|tx| -> Result<(), AppError> {
        readings::insert(tx, &meta(asha, asha, taken(utc(2026, 10, 1, 7, 0), 0)), &glucose(7.0).into())?;
        // No such person: the foreign key fails.
        readings::insert(tx, &meta(nobody, asha, taken(utc(2026, 10, 1, 8, 0), 0)), &glucose(8.0).into())?;
        Ok(())
    });

    assert!(matches!(result, Err(AppError::Store(Error::Sqlite(_)))), "{result:?}");
    assert_eq!(db.count("glucose")?, 0, "the first insert is rolled back too");
    Ok(())
}

#[test]
fn a_write_that_panics_stores_nothing_and_the_store_still_works() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;

    let store = &mut db.store;
    let unwound = catch_unwind(AssertUnwindSafe(|| {
        store.write(|tx| -> saathi_store::Result<()> {
            readings::insert(tx, &meta(asha, asha, taken(utc(2026, 10, 1, 7, 0), 0)), &glucose(7.0).into())?;
            panic!("a bug in the caller");
        })
    }));

    assert!(unwound.is_err());
    assert_eq!(db.count("glucose")?, 0);
    db.insert(&meta(asha, asha, taken(utc(2026, 10, 1, 9, 0), 0)), glucose(6.5))?;
    assert_eq!(values(&db, asha)?, [6.5]);
    Ok(())
}
