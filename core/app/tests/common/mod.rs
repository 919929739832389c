//! Shared set-up for the end-to-end tests: a real SQLite file in a temporary directory, a
//! clock the test controls, people, and small builders for measurements.
//!
//! Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::fmt::Debug;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use tempfile::TempDir;

use saathi_core::{Config, Entry, Error, InviteRequest, LogOptions, Result, Saathi, Session};
use saathi_domain::ValidationError;
use saathi_domain::access::{Action, Denial};
use saathi_domain::grants::{Grant, LegalBasis, Scope};
use saathi_domain::medicine::{Regimen, WithFood};
use saathi_domain::person::{Condition, NewPerson, Person, Role, UnitPreferences};
use saathi_domain::reading::{
    Activity, ActivityKind, BloodPressure, Glucose, GlucoseContext, Hba1c, Measurement, Weight,
};
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};
use saathi_store::audit;

/// One app on one temporary database, with a clock the test moves by hand.
pub struct Env {
    pub dir: TempDir,
    pub app: Saathi,
    now: Arc<Mutex<DateTime<FixedOffset>>>,
}

impl Env {
    pub fn new(now: DateTime<FixedOffset>) -> Env {
        let dir = tempfile::tempdir().expect("temporary directory");
        let shared = Arc::new(Mutex::new(now));
        let clock_time = shared.clone();
        // Tests trust the demo publisher (its secret is public; release builds never do).
        let demo = saathi_packs::PublisherKey::from_key_file(saathi_packs::DEMO_PUBLISHER_KEY)
            .expect("the demo publisher key parses");
        let config = Config {
            clock: Arc::new(move || *clock_time.lock().unwrap_or_else(|p| p.into_inner())),
            trusted_publishers: vec![demo],
            ..Config::new(dir.path().join("saathi.db"))
        };
        let app = Saathi::open(config).expect("open a fresh database");
        Env { dir, app, now: shared }
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("saathi.db")
    }

    /// Closes the app (drop every `Session` first) and keeps the directory with its file.
    pub fn close(self) -> TempDir {
        let Env { dir, app, now: _ } = self;
        drop(app);
        dir
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        *self.now.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set_now(&self, t: DateTime<FixedOffset>) {
        *self.now.lock().unwrap_or_else(|p| p.into_inner()) = t;
    }

    pub fn advance(&self, by: Duration) {
        let t = self.now() + by;
        self.set_now(t);
    }

    /// Adds a person born in 1958 (under 80, so NICE's ordinary BP target applies).
    pub fn person(&self, name: &str, role: Role) -> Person {
        self.person_with_units(name, role, UnitPreferences::default())
    }

    pub fn person_with_units(&self, name: &str, role: Role, units: UnitPreferences) -> Person {
        let conditions = match role {
            Role::Patient => vec![Condition::Type2Diabetes, Condition::HighBloodPressure],
            _ => vec![],
        };
        self.app
            .add_person(NewPerson { name: name.into(), role, birth_year: Some(1958), conditions, units })
            .expect("add person")
    }

    pub fn session(&self, p: &Person) -> Session {
        self.app.session(p.id).expect("session")
    }

    /// `patient` shares `scopes` with `grantee` (see `share`).
    pub fn share(&self, patient: &Person, grantee: &Person, scopes: &[Scope]) -> Grant {
        share(&self.app, patient, grantee, scopes)
    }
}

/// An invitation offering `scopes` (with consent, no end, no window).
/// Metformin 500 mg at 08:00 with food: a regimen for tests that need one.
pub fn metformin() -> Regimen {
    Regimen {
        name: "Metformin".into(),
        dose: "500 mg".into(),
        times: vec![chrono::NaiveTime::from_hms_opt(8, 0, 0).expect("time")],
        with_food: WithFood::With,
    }
}

pub fn offer(scopes: &[Scope]) -> InviteRequest {
    InviteRequest { scopes: scopes.to_vec(), grant_days: None, window: None, basis: LegalBasis::Consent }
}

/// The whole round trip: `patient` invites, `grantee` accepts the code as read aloud
/// (grouped). Neither may have a PIN. Adds two rows to the patient's audit trail.
pub fn share(app: &Saathi, patient: &Person, grantee: &Person, scopes: &[Scope]) -> Grant {
    let invitation = app
        .session(patient.id)
        .expect("the patient's session")
        .invite(patient.id, offer(scopes))
        .expect("invite");
    let grant = app
        .session(grantee.id)
        .expect("the grantee's session")
        .accept_invite(&invitation.spoken)
        .expect("accept the invitation");
    assert_eq!((grant.patient, grant.grantee, grant.scopes.as_slice()), (patient.id, grantee.id, scopes));
    grant
}

pub fn zone(hours: i32) -> FixedOffset {
    FixedOffset::east_opt(hours * 3600).expect("valid offset")
}

/// A wall-clock time at a whole-hour offset from UTC.
pub fn at(offset_hours: i32, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    zone(offset_hours).with_ymd_and_hms(y, m, d, h, min, 0).single().expect("valid time")
}

/// British Summer Time (+01:00).
pub fn bst(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    at(1, y, m, d, h, min)
}

/// Greenwich Mean Time (+00:00).
pub fn gmt(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    at(0, y, m, d, h, min)
}

/// A window wide enough to hold every reading a test makes.
pub fn always() -> (DateTime<Utc>, DateTime<Utc>) {
    let from = Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).single().expect("valid time");
    let to = Utc.with_ymd_and_hms(2100, 1, 1, 0, 0, 0).single().expect("valid time");
    (from, to)
}

pub fn mmol(value: f64, context: GlucoseContext) -> Measurement {
    Measurement::Glucose(Glucose { value, unit: GlucoseUnit::MmolPerL, context })
}

pub fn mg(value: f64, context: GlucoseContext) -> Measurement {
    Measurement::Glucose(Glucose { value, unit: GlucoseUnit::MgPerDl, context })
}

pub fn bp(systolic: u16, diastolic: u16, pulse: Option<u16>) -> Measurement {
    Measurement::BloodPressure(BloodPressure { systolic, diastolic, pulse, arm: None, position: None })
}

pub fn kg(kg: f64) -> Measurement {
    Measurement::Weight(Weight { kg, entered_unit: WeightUnit::Kg })
}

pub fn hba1c(value: f64, unit: Hba1cUnit) -> Measurement {
    Measurement::Hba1c(Hba1c { value, unit })
}

pub fn walk(minutes: Option<u32>, steps: Option<u32>) -> Measurement {
    Measurement::Activity(Activity { minutes, kind: Some(ActivityKind::Walking), intensity: None, steps })
}

/// Log options for a reading taken at `t`.
pub fn taken(t: DateTime<FixedOffset>) -> LogOptions {
    LogOptions { taken: Some(t), ..LogOptions::default() }
}

/// Every current reading of `patient`, as `viewer` sees them.
pub fn readings(viewer: &Session, patient: &Person) -> Vec<Entry> {
    let (from, to) = always();
    viewer.readings(patient.id, from, to).expect("readings")
}

/// The audit trail of `patient`, read by the patient (which adds no row of its own).
pub fn trail(env: &Env, patient: &Person) -> Vec<audit::Entry> {
    env.session(patient).audit_trail(patient.id).expect("audit trail")
}

/// The validation error inside `Error::Invalid`, or a panic naming what came instead.
pub fn invalid<T: Debug>(r: Result<T>) -> ValidationError {
    match r {
        Err(Error::Invalid(e)) => e,
        other => panic!("expected Error::Invalid, got {other:?}"),
    }
}

/// The action and reason inside `Error::Denied`, or a panic naming what came instead.
pub fn denied<T: Debug>(r: Result<T>) -> (Action, Denial) {
    match r {
        Err(Error::Denied { action, reason }) => (action, reason),
        other => panic!("expected Error::Denied, got {other:?}"),
    }
}

/// The `what` inside `Error::NotFound`, or a panic naming what came instead.
pub fn not_found<T: Debug>(r: Result<T>) -> &'static str {
    match r {
        Err(Error::NotFound { what }) => what,
        other => panic!("expected Error::NotFound, got {other:?}"),
    }
}

#[track_caller]
pub fn assert_close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-9, "expected {expected}, got {actual}");
}
