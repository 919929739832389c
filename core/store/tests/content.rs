//! Assignments, progress and content profiles on a real SQLite file: what is stored reads
//! back the same after reopening, progress keeps its history with the latest winning,
//! assignment rows can be withdrawn but never changed or deleted.

mod common;

use chrono::NaiveDate;
use saathi_content::assignment::{AssignedItem, Assignment, AssignmentId, Progress, ProgressState};
use saathi_content::codes::Topic;
use saathi_content::settings::{ContentProfile, TextSize};
use saathi_content::tailoring::DietRule;
use saathi_domain::person::Role;
use saathi_store::{Error, Store, content};

use common::{TestDb, TestResult, taken, utc};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

#[test]
fn assignments_read_back_after_reopening_and_withdrawals_hide_them() -> TestResult {
    let mut db = TestDb::new()?;
    let patient = db.person("Amrit", Role::Patient)?;
    let dietitian = db.person("Dr Shah", Role::Clinician)?;
    let lesson = Assignment {
        id: AssignmentId(0),
        patient,
        by: dietitian,
        item: AssignedItem::Lesson("less-salt".into()),
        note: Some("Listen before your next visit".into()),
        due: Some(date(2026, 10, 1)),
        at: taken(utc(2026, 9, 20, 23, 30), 3600),
    };
    let swap = Assignment {
        item: AssignedItem::Swap { from: "white-rice".into(), to: "brown-rice".into() },
        note: None,
        due: None,
        at: taken(utc(2026, 9, 21, 9, 0), 3600),
        ..lesson.clone()
    };
    let a = db.store.write(|tx| content::assign(tx, &lesson))?;
    let b = db.store.write(|tx| content::assign(tx, &swap))?;
    assert_ne!(a, b);

    let path = db.path();
    drop(db.store);
    let mut store = Store::open(&path)?;
    let stored = content::assignments(store.conn(), patient)?;
    assert_eq!(stored, vec![Assignment { id: a, ..lesson.clone() }, Assignment { id: b, ..swap }]);
    // The offset is kept: assigned on the 21st on the dietitian's wall clock.
    assert_eq!(stored[0].at.local_date(), date(2026, 9, 21));

    assert!(store.write(|tx| content::withdraw(tx, patient, b, dietitian, utc(2026, 9, 22, 9, 0)))?);
    assert!(!store.write(|tx| content::withdraw(tx, patient, b, dietitian, utc(2026, 9, 22, 9, 5)))?);
    assert_eq!(content::assignments(store.conn(), patient)?, vec![Assignment { id: a, ..lesson }]);
    // Another patient's assignment id is not this patient's.
    let other = common::add_person(&mut store, "Bina", Role::Patient)?;
    assert!(matches!(
        store.write(|tx| content::withdraw(tx, other, a, dietitian, utc(2026, 9, 22, 9, 0))),
        Err(Error::NotFound { what: "assignment" })
    ));

    // Append-only: neither changed nor deleted, even by hand.
    assert!(store.conn().execute("UPDATE content_assignment SET note = 'x'", []).is_err());
    assert!(store.conn().execute("DELETE FROM content_assignment", []).is_err());
    assert!(store.conn().execute("DELETE FROM content_assignment_withdrawal", []).is_err());
    Ok(())
}

#[test]
fn latest_progress_wins_and_history_is_kept() -> TestResult {
    let mut db = TestDb::new()?;
    let patient = db.person("Amrit", Role::Patient)?;
    let lesson = AssignedItem::Lesson("less-salt".into());
    let food = AssignedItem::Food("roti".into());
    let steps = [
        (lesson.clone(), ProgressState::Started, utc(2026, 9, 1, 9, 0)),
        (lesson.clone(), ProgressState::Heard { percent: 40 }, utc(2026, 9, 1, 9, 2)),
        (food.clone(), ProgressState::Completed, utc(2026, 9, 1, 9, 3)),
        (lesson.clone(), ProgressState::Completed, utc(2026, 9, 1, 9, 5)),
    ];
    for (item, state, at) in &steps {
        let p = Progress { item: item.clone(), state: *state };
        db.store.write(|tx| content::record_progress(tx, patient, &p, patient, *at))?;
    }
    let latest: Vec<Progress> =
        content::progress(db.store.conn(), patient)?.into_iter().map(|e| e.progress).collect();
    assert_eq!(
        latest,
        vec![
            Progress { item: food, state: ProgressState::Completed },
            Progress { item: lesson, state: ProgressState::Completed },
        ]
    );
    let history = content::progress_history(db.store.conn(), patient)?;
    assert_eq!(history.len(), 4);
    assert_eq!(history[1].progress.state, ProgressState::Heard { percent: 40 });
    assert_eq!(history[1].at, utc(2026, 9, 1, 9, 2));
    // The database refuses a percent outside 0-100 even if a caller forgot to validate.
    let bad =
        Progress { item: AssignedItem::Lesson("x".into()), state: ProgressState::Heard { percent: 101 } };
    assert!(
        db.store
            .write(|tx| content::record_progress(tx, patient, &bad, patient, utc(2026, 9, 2, 9, 0)))
            .is_err()
    );
    assert_eq!(content::progress_history(db.store.conn(), patient)?.len(), 4);
    Ok(())
}

#[test]
fn content_profiles_default_then_replace() -> TestResult {
    let mut db = TestDb::new()?;
    let patient = db.person("Amrit", Role::Patient)?;
    assert_eq!(content::profile(db.store.conn(), patient)?, ContentProfile::default());
    let chosen = ContentProfile {
        diet: vec![DietRule::Vegetarian, DietRule::Jain],
        interests: vec![Topic::Food, Topic::Fasting],
        fasts: true,
        text_size: TextSize::Largest,
    };
    db.store.write(|tx| content::set_profile(tx, patient, &chosen, patient, utc(2026, 9, 1, 9, 0)))?;
    assert_eq!(content::profile(db.store.conn(), patient)?, chosen);
    let plain = ContentProfile { text_size: TextSize::Large, ..ContentProfile::default() };
    db.store.write(|tx| content::set_profile(tx, patient, &plain, patient, utc(2026, 9, 2, 9, 0)))?;
    assert_eq!(content::profile(db.store.conn(), patient)?, plain);
    assert_eq!(db.count("content_profile")?, 1);
    Ok(())
}
