//! The database file: data survives a restart, a damaged or newer file is moved aside and
//! never deleted, and every public error can be explained to a person.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use common::*;
use saathi_core::{Config, Error, Saathi};
use saathi_domain::ValidationError;
use saathi_domain::access::{Action, Denial};
use saathi_domain::message::{Arg, Message};
use saathi_domain::person::Role;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::GlucoseContext;

fn open(path: PathBuf) -> saathi_core::Result<Saathi> {
    let now = gmt(2026, 11, 21, 12, 0);
    Saathi::open(Config { clock: Arc::new(move || now), ..Config::new(path) })
}

/// Files in `dir` other than `keep`.
fn others(dir: &std::path::Path, keep: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n != keep))
        .collect();
    v.sort();
    v
}

#[test]
fn readings_survive_closing_and_reopening_the_app() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    env.session(&asha)
        .log(asha.id, mmol(6.4, GlucoseContext::Fasting), taken(gmt(2026, 11, 21, 7, 0)))
        .expect("log");
    let before = readings(&env.session(&asha), &asha);
    let path = env.db_path();
    let Env { dir, app, .. } = env;
    drop(app);
    let app = open(path).expect("reopen");
    assert_eq!(app.person_named("ASHA").expect("found by name, any case").id, asha.id);
    let after = readings(&app.session(asha.id).expect("session"), &asha);
    assert_eq!(after, before);
    drop(dir);
}

#[test]
fn a_damaged_database_is_moved_aside_with_its_bytes_intact() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("saathi.db");
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).expect("write garbage");

    let err = open(path.clone()).err().expect("a damaged file does not open");
    let moved_to = match &err {
        Error::DatabaseCorrupt { moved_to } => moved_to.clone(),
        other => panic!("expected DatabaseCorrupt, got {other:?}"),
    };
    assert!(!path.exists(), "the damaged file is no longer where the app looks");
    assert_eq!(moved_to.parent(), Some(dir.path()));
    let name = moved_to.file_name().and_then(|n| n.to_str()).expect("name");
    assert!(name.starts_with("saathi.db.corrupt-"), "{name}");
    assert_eq!(std::fs::read(&moved_to).expect("moved file"), garbage, "kept byte for byte");
    assert_eq!(
        err.messages(),
        vec![Message::new("error-database-corrupt").text("path", moved_to.display().to_string())]
    );

    // The next start begins a new, empty database beside the kept one.
    let app = open(path.clone()).expect("a fresh start");
    assert!(app.people().expect("people").is_empty());
    assert!(path.exists() && moved_to.exists());
}

#[test]
fn a_database_from_a_newer_saathi_is_moved_aside_not_opened() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    env.session(&asha).log(asha.id, kg(70.0), Default::default()).expect("log");
    let path = env.db_path();
    let Env { dir, app, .. } = env;
    drop(app); // checkpoints the WAL into the main file
    assert_eq!(others(dir.path(), "saathi.db"), Vec::<PathBuf>::new(), "no -wal or -shm left behind");

    // The schema version is SQLite's user_version: four big-endian bytes at offset 60.
    let mut bytes = std::fs::read(&path).expect("read");
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(&path, &bytes).expect("write");

    let err = open(path.clone()).err().expect("a newer file does not open");
    let moved_to = match &err {
        Error::DatabaseFromNewerVersion { moved_to } => moved_to.clone(),
        other => panic!("expected DatabaseFromNewerVersion, got {other:?}"),
    };
    assert!(!path.exists());
    let name = moved_to.file_name().and_then(|n| n.to_str()).expect("name");
    assert!(name.starts_with("saathi.db.newer-"), "{name}");
    assert_eq!(std::fs::read(&moved_to).expect("moved file"), bytes);
    assert_eq!(err.messages()[0].key, "error-database-newer");
    assert_eq!(err.messages()[0].arg("path"), Some(&Arg::Text(moved_to.display().to_string())));
    drop(dir);
}

#[test]
fn another_apps_database_is_moved_aside_not_opened() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("saathi.db");
    {
        let conn = rusqlite::Connection::open(&path).expect("another app's file");
        conn.execute_batch("PRAGMA application_id = 42; CREATE TABLE photos (id INTEGER);").expect("made");
    }
    let bytes = std::fs::read(&path).expect("read");
    let err = open(path.clone()).err().expect("another app's file does not open");
    let moved_to = match &err {
        Error::DatabaseNotSaathi { moved_to } => moved_to.clone(),
        other => panic!("expected DatabaseNotSaathi, got {other:?}"),
    };
    assert!(!path.exists());
    assert_eq!(std::fs::read(&moved_to).expect("moved file"), bytes, "untouched");
    assert_eq!(err.messages()[0].key, "error-database-not-saathi");
    assert!(open(path).expect("a fresh start").people().expect("people").is_empty());
}

#[test]
fn damage_deep_in_the_database_is_reported_and_moved_aside_on_the_next_open() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let rows = (0..20_000i64).map(|i| {
        Ok(saathi_core::GlucoseRow {
            taken: gmt(2026, 1, 1, 0, 0) + chrono::Duration::minutes(5 * i),
            value: 5.0 + (i % 30) as f64 / 10.0,
            unit: saathi_domain::units::GlucoseUnit::MmolPerL,
            context: GlucoseContext::Random,
        })
    });
    s.import_glucose(asha.id, rows, saathi_domain::reading::ReadingSource::CgmImport).expect("import");
    drop(s);
    let path = env.db_path();
    let Env { dir, app, .. } = env;
    drop(app); // folds the WAL into the file

    // Every page in the second half of the file (readings and their index) gets a b-tree
    // header no page can have; the first pages (header, schema, people) stay whole.
    let mut bytes = std::fs::read(&path).expect("read");
    let page = 4096;
    let pages = bytes.len() / page;
    assert!(pages > 100, "{pages} pages");
    for p in pages / 2..pages {
        bytes[p * page..p * page + 8].copy_from_slice(&[0xEE; 8]);
    }
    std::fs::write(&path, &bytes).expect("write");

    let app = open(path.clone()).expect("an open reads only the header and schema");
    let s = app.session(asha.id).expect("session");
    let (from, to) = always();
    let err = s.readings(asha.id, from, to).expect_err("reading damaged pages fails");
    assert!(matches!(err, Error::DatabaseCorruptInUse), "{err:?}");
    assert_eq!(err.messages(), vec![Message::new("error-database-corrupt-in-use")]);
    assert!(matches!(app.check_storage(), Err(Error::DatabaseCorruptInUse)));
    drop(s);
    drop(app);
    assert_eq!(std::fs::read(&path).expect("read"), bytes, "not touched while in use");

    let moved_to = match open(path.clone()) {
        Err(Error::DatabaseCorrupt { moved_to }) => moved_to,
        other => panic!("expected DatabaseCorrupt, got {:?}", other.err()),
    };
    assert_eq!(std::fs::read(&moved_to).expect("moved file"), bytes, "kept byte for byte");
    assert!(open(path).expect("a fresh start").people().expect("people").is_empty());
    drop(dir);
}

#[test]
fn a_whole_database_passes_the_storage_check() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    env.person("Asha", Role::Patient);
    env.app.check_storage().expect("no damage");
    let marker = saathi_store::damage_marker(&env.db_path());
    assert!(!marker.exists());
}

#[test]
fn names_are_unique_on_a_device_and_are_checked() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    env.person("Asha", Role::Patient);
    let new = |name: &str| saathi_domain::person::NewPerson {
        name: name.into(),
        role: Role::Patient,
        birth_year: None,
        conditions: vec![],
        units: Default::default(),
    };
    assert!(matches!(env.app.add_person(new(" asha ")), Err(Error::NameTaken)));
    assert_eq!(invalid(env.app.add_person(new("   "))), ValidationError::Missing { field: Field::Name });
    assert_eq!(
        invalid(env.app.add_person(new(&"a".repeat(61)))),
        ValidationError::TooLong { field: Field::Name, max: 60 }
    );
    assert_eq!(not_found(env.app.person_named("Nobody")), "person");
    assert_eq!(env.app.people().expect("people").len(), 1);
}

/// Message ids defined in the British English locale.
fn defined_ids() -> BTreeSet<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales/en-GB");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("locale dir") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("ftl");
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                    ids.insert(id.to_string());
                }
            }
        }
    }
    ids
}

#[test]
fn every_error_can_be_said_with_defined_messages() {
    let mut errors = vec![
        Error::UnreadableImportRow { row: 7 },
        Error::InvalidImportRow { row: 2, error: ValidationError::DiastolicNotBelowSystolic },
        Error::NameTaken,
        Error::DatabaseCorrupt { moved_to: "/data/saathi.db.corrupt-x".into() },
        Error::DatabaseFromNewerVersion { moved_to: "/data/saathi.db.newer-x".into() },
        Error::DatabaseNotSaathi { moved_to: "/data/saathi.db.not-saathi-x".into() },
        Error::DatabaseCorruptInUse,
        Error::Storage,
    ];
    for what in ["person", "reading", "medicine", "dose", "blood pressure protocol"] {
        errors.push(Error::NotFound { what });
    }
    let actions = [
        Action::ViewReadings,
        Action::LogReadings,
        Action::CorrectReadings,
        Action::ManageMedicines,
        Action::SetTargets,
    ];
    for action in actions {
        for reason in [Denial::NotAPatient, Denial::ClinicianOnly, Denial::NoPermission] {
            errors.push(Error::Denied { action, reason });
        }
    }
    for field in Field::ALL {
        errors.push(Error::Invalid(ValidationError::BelowMin { field, min: 1.0, unit: "mmol/L" }));
        errors.push(Error::Invalid(ValidationError::AboveMax { field, max: 1.0, unit: "mg/dL" }));
        errors.push(Error::Invalid(ValidationError::NotANumber { field }));
        errors.push(Error::Invalid(ValidationError::Missing { field }));
        errors.push(Error::Invalid(ValidationError::TooLong { field, max: 3 }));
        errors.push(Error::Invalid(ValidationError::NotAChoice { field }));
    }
    errors.push(Error::Invalid(ValidationError::InFuture { field: Field::TakenAt, tolerance_minutes: 5 }));
    errors.push(Error::Invalid(ValidationError::TooEarly { field: Field::TakenAt, earliest_year: 2000 }));

    let ids = defined_ids();
    for e in &errors {
        let messages = e.messages();
        assert!(!messages.is_empty(), "{e:?} says nothing");
        for m in &messages {
            assert!(ids.contains(&m.key), "{e:?}: no message {} in locales/en-GB", m.key);
            for (name, arg) in &m.args {
                if let Arg::Term(term) = arg {
                    assert!(ids.contains(term), "{e:?}: {name} refers to undefined {term}");
                }
            }
        }
    }

    // The shapes shells rely on.
    let below = Error::Invalid(ValidationError::BelowMin { field: Field::Pulse, min: 25.0, unit: "/min" });
    assert_eq!(
        below.messages(),
        vec![
            Message::new("error-below-min")
                .term("field", "field-pulse")
                .decimal("limit", 25.0, 0)
                .term("unit", "unit-per-minute")
        ]
    );
    let denied = Error::Denied { action: Action::SetTargets, reason: Denial::ClinicianOnly };
    assert_eq!(
        denied.messages(),
        vec![Message::new("error-denied-clinician-only").term("action", "action-set-targets")]
    );
    assert_eq!(
        Error::NotFound { what: "blood pressure protocol" }.messages(),
        vec![Message::new("error-not-found-blood-pressure-protocol")]
    );
    assert_eq!(Error::Storage.messages(), vec![Message::new("error-storage")]);
}
