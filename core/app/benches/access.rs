//! Benchmarks of delegated access (see docs/perf.md for targets and figures):
//!
//! - `access/allowed_own` vs `access/allowed_helper`: `Session::allowed` for the patient on
//!   their own record (no grants read) and for a helper with a grant (grant cache + the
//!   decision). The difference is what the access check adds to a call.
//! - `access/decide`: `access::decide` alone, the pure rule, with a handful of grants.
//! - `audit/verify_100k`: `Saathi::verify_audit` over a 100,000-entry chain.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use criterion::{Criterion, SamplingMode};
use tempfile::TempDir;

use saathi_core::{Config, InviteRequest, Saathi};
use saathi_domain::access::{Action, Decision, decide};
use saathi_domain::grants::{LegalBasis, Scope};
use saathi_domain::person::{NewPerson, Role, UnitPreferences};
use saathi_store::{Store, audit};

const CHAIN: u64 = 100_000;

fn now() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(0)
        .and_then(|z| z.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).single())
        .expect("valid time")
}

fn open(path: &std::path::Path) -> Saathi {
    let at = now();
    Saathi::open(Config { clock: Arc::new(move || at), ..Config::new(path.to_path_buf()) }).expect("open")
}

fn person(name: &str, role: Role) -> NewPerson {
    NewPerson {
        name: name.into(),
        role,
        birth_year: None,
        conditions: vec![],
        units: UnitPreferences::default(),
    }
}

fn access(c: &mut Criterion) {
    let dir = TempDir::new().expect("temp dir");
    let saathi = open(&dir.path().join("access.db"));
    let rashid = saathi.add_person(person("Rashid", Role::Patient)).expect("patient");
    let amina = saathi.add_person(person("Amina", Role::Helper)).expect("helper");
    let own = saathi.session(rashid.id).expect("session");
    // A few grants, as a real family would have: earlier ones ended, one in force.
    for scopes in [vec![Scope::ViewReadings], vec![Scope::ViewReadings, Scope::LogReadings]] {
        let offer = InviteRequest { scopes, grant_days: None, window: None, basis: LegalBasis::Consent };
        let code = own.invite(rashid.id, offer).expect("invite").code;
        saathi.session(amina.id).expect("session").accept_invite(code.as_str()).expect("accept");
    }
    let helper = saathi.session(amina.id).expect("session");
    assert_eq!(helper.allowed(rashid.id, Action::LogReadings).expect("allowed"), Decision::Allow);
    let grants = own.sharing(rashid.id).expect("sharing");

    let mut group = c.benchmark_group("access");
    group.bench_function("allowed_own", |b| {
        b.iter(|| own.allowed(black_box(rashid.id), Action::ViewReadings))
    });
    group.bench_function("allowed_helper", |b| {
        b.iter(|| helper.allowed(black_box(rashid.id), Action::ViewReadings))
    });
    group.bench_function("decide", |b| {
        b.iter(|| {
            decide(black_box(&amina), black_box(&rashid), Action::LogReadings, black_box(&grants), now())
        })
    });
    group.finish();
}

fn verify(c: &mut Criterion) {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("chain.db");
    let app = open(&path);
    let patient = app.add_person(person("Rashid", Role::Patient)).expect("patient").id;
    let helper = app.add_person(person("Amina", Role::Helper)).expect("helper").id;
    drop(app);
    // Straight through the store: 100,000 appends in one transaction (about a second),
    // where logging 100,000 readings through the API would take minutes of set-up.
    let mut store = Store::open(&path).expect("store");
    let at: DateTime<Utc> = now().to_utc();
    store
        .write(|tx| {
            for i in 0..CHAIN {
                audit::append(
                    tx,
                    &audit::Entry {
                        at: at + chrono::Duration::seconds(i as i64),
                        actor: if i % 5 == 0 { helper } else { patient },
                        patient: Some(patient),
                        action: if i % 7 == 0 { "view-readings".into() } else { "log".into() },
                        record_kind: Some("glucose".into()),
                        record: Some(saathi_domain::reading::RecordId(i as i64 + 1)),
                        private: false,
                    },
                )?;
            }
            Ok::<_, saathi_store::Error>(())
        })
        .expect("build chain");
    drop(store);
    let saathi = open(&path);
    assert_eq!(saathi.verify_audit().expect("verify"), Ok(CHAIN));

    let mut group = c.benchmark_group("audit");
    group.sampling_mode(SamplingMode::Flat).sample_size(10).measurement_time(Duration::from_secs(5));
    group.bench_function("verify_100k", |b| b.iter(|| saathi.verify_audit().expect("verify")));
    group.finish();
}

criterion::criterion_group!(benches, access, verify);
criterion::criterion_main!(benches);
