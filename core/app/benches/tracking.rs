//! Benchmarks of the tracking core on the demo household's two years of data (see
//! docs/perf.md for the targets and the figures measured).
//!
//! The database is built once per run through the public API (`demo::create_household` +
//! `demo::populate(.., 730)`: ~210,000 CGM readings plus BP, weight, HbA1c, activity and
//! doses), in a temporary directory. Benchmarks that write work on a copy of it, so each
//! one starts from the same data.
//!
//! - `log_reading/session_log` vs `log_reading/bare_insert`: one glucose reading in its own
//!   transaction through `Session::log`, and the same row through a bare prepared INSERT on
//!   a plain rusqlite connection to the same file, side by side.
//! - `summary/90_days`: `Session::summary_days(patient, 90)` for the CGM patient, again
//!   and again; `summary/90_days_after_new_reading`, `.._after_late_reading` and
//!   `.._first_time`: the same after a new reading, after a reading for a past day, and
//!   with no day tallies kept (see `summary` below).
//! - `screens/today`: `Session::today_screen` for the CGM patient, in Urdu, with the demo
//!   content pack installed (Today suggests a lesson).
//! - `open/existing_db`: `Saathi::open` on the existing database, then drop.
//! - `open/quick_check`: `Saathi::check_storage` (SQLite's `quick_check`, every page) on it.
//! - `import/cgm_730_days`: `Session::import_glucose` of two years of CGM rows into a fresh
//!   database with one patient (peak memory: `examples/import_rss.rs`).
//!
//! Under `cargo test --benches` criterion runs each benchmark once as a smoke test.

use std::cell::{Cell, OnceCell};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Duration as Span, FixedOffset, TimeZone, Utc};
use criterion::{BatchSize, Criterion, SamplingMode, Throughput};
use rusqlite::Connection;
use rusqlite::config::DbConfig;
use tempfile::TempDir;

use saathi_core::demo::{self, Household};
use saathi_core::{Config, LogOptions, Saathi};
use saathi_domain::person::{Condition, NewPerson, Role, UnitPreferences};
use saathi_domain::reading::{Glucose, GlucoseContext, Measurement, ReadingSource};
use saathi_domain::units::GlucoseUnit;

/// Days of history in the benchmark database: two years.
const DAYS: u32 = 730;

/// The benchmarks' fixed "now" (a summer morning in the UK, BST), so runs are comparable.
fn now() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .and_then(|bst| bst.with_ymd_and_hms(2026, 6, 15, 9, 0, 0).single())
        .expect("valid time")
}

fn config(path: &Path) -> Config {
    let at = now();
    Config { clock: Arc::new(move || at), ..Config::new(path.to_path_buf()) }
}

/// The two-year demo database, built on first use and removed at the end of the run.
struct Fixture {
    dir: TempDir,
    built: OnceCell<Built>,
}

struct Built {
    /// The populated database, closed (its WAL checkpointed into the file).
    path: PathBuf,
    household: Household,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture { dir: tempfile::tempdir().expect("temporary directory"), built: OnceCell::new() }
    }

    fn get(&self) -> &Built {
        self.built.get_or_init(|| {
            let path = self.dir.path().join("demo.db");
            let started = std::time::Instant::now();
            let saathi = Saathi::open(config(&path)).expect("open the demo database");
            let household = demo::create_household(&saathi).expect("create the household");
            let counts = demo::populate(&saathi, &household, DAYS).expect("populate two years");
            drop(saathi);
            eprintln!(
                "built the {DAYS}-day demo database in {:.1} s: {counts:?}, {:.1} MB",
                started.elapsed().as_secs_f64(),
                std::fs::metadata(&path).map_or(0.0, |m| m.len() as f64 / 1e6),
            );
            // To look at it afterwards (EXPLAIN QUERY PLAN and the like).
            if let Some(keep) = std::env::var_os("SAATHI_BENCH_KEEP_DB") {
                std::fs::copy(&path, &keep).expect("copy the demo database to SAATHI_BENCH_KEEP_DB");
            }
            Built { path, household }
        })
    }

    /// A fresh copy of the populated database, for a benchmark that writes.
    fn copy(&self, name: &str) -> PathBuf {
        let to = self.dir.path().join(name);
        std::fs::copy(&self.get().path, &to).expect("copy the demo database");
        to
    }
}

/// The glucose reading both sides of the logging benchmark store.
const MMOL: f64 = 6.4;

/// Logging one reading through the facade, side by side with the same row through a bare
/// prepared INSERT on the same database file.
fn log_reading(c: &mut Criterion, fixture: &Fixture) {
    let mut group = c.benchmark_group("log_reading");
    group.throughput(Throughput::Elements(1));
    // Both sides share one database (a copy of the demo one), opened on first use.
    let db: OnceCell<(PathBuf, Saathi)> = OnceCell::new();
    let open = || {
        db.get_or_init(|| {
            let path = fixture.copy("log.db");
            let saathi = Saathi::open(config(&path)).expect("open the copy");
            (path, saathi)
        })
    };
    // Each reading is taken a millisecond after the previous one (on either side), from an
    // hour before "now", so every row differs and lands at the recent end of the indexes,
    // as a new reading does.
    let next_taken = Cell::new(0_i64);
    let taken = || {
        let i = next_taken.get();
        next_taken.set(i + 1);
        now() - Span::hours(1) + Span::milliseconds(i % 3_600_000)
    };
    // Record ids for the bare side, far above the facade's (which are row ids), so
    // (record_id, version) stays unique. Kept outside the closures: criterion calls a
    // benchmark's closure more than once (warm-up, measurement).
    let next_bare_record = Cell::new(1_i64 << 40);
    let glucose = Measurement::Glucose(Glucose {
        value: MMOL,
        unit: GlucoseUnit::MmolPerL,
        context: GlucoseContext::Random,
    });

    group.bench_function("session_log", |b| {
        let (_, saathi) = open();
        let rashid = &fixture.get().household.rashid;
        let session = saathi.session(rashid.id).expect("session");
        b.iter(|| {
            let opts =
                LogOptions { taken: Some(taken()), source: ReadingSource::Meter, ..LogOptions::default() };
            session.log(rashid.id, glucose, opts).expect("log a reading")
        });
    });

    group.bench_function("bare_insert", |b| {
        let (path, _) = open();
        let rashid = fixture.get().household.rashid.id.0;
        let mut conn = Connection::open(path).expect("open a bare connection");
        // The same settings the store uses (core/store/src/open.rs).
        conn.pragma_update(None, "journal_mode", "WAL").expect("WAL");
        conn.pragma_update(None, "synchronous", "NORMAL").expect("synchronous");
        conn.pragma_update(None, "foreign_keys", "ON").expect("foreign keys");
        conn.pragma_update(None, "recursive_triggers", "ON").expect("recursive triggers");
        conn.busy_timeout(Duration::from_secs(5)).expect("busy timeout");
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true).expect("QPSG");
        let entered_at = now().with_timezone(&Utc).timestamp_millis();
        b.iter(|| {
            let t = taken();
            let record = next_bare_record.get() + 1;
            next_bare_record.set(record);
            let tx = conn.transaction().expect("begin");
            tx.prepare_cached(
                "INSERT INTO glucose (record_id, version, patient_id, entered_by, taken_at_ms,
                                      utc_offset_s, entered_at_ms, source, mmol, entered_value,
                                      entered_unit, context)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )
            .expect("prepare")
            .execute(rusqlite::params![
                record,
                1,
                rashid,
                rashid,
                t.timestamp_millis(),
                t.offset().local_minus_utc(),
                entered_at,
                ReadingSource::Meter.code(),
                MMOL,
                MMOL,
                GlucoseUnit::MmolPerL.code(),
                GlucoseContext::Random.code(),
            ])
            .expect("insert");
            tx.commit().expect("commit");
        });
    });
    group.finish();
}

/// The 90-day summary of the CGM patient (~26,000 glucose readings), on a copy of the
/// demo database (summaries keep per-day glucose tallies in it):
/// - `90_days`: the same summary again and again;
/// - `90_days_after_new_reading`: each time after a new CGM reading (taken now), as when
///   the screen is opened between readings five minutes apart;
/// - `90_days_after_late_reading`: each time after a reading taken three days ago (a
///   late upload), which makes that day's kept tally count again;
/// - `90_days_first_time`: each time with no tallies kept (emptied through another
///   connection): the first summary after the upgrade that adds them, or after a target
///   changes (which makes every day count again).
fn summary(c: &mut Criterion, fixture: &Fixture) {
    let mut group = c.benchmark_group("summary");
    let db: OnceCell<(PathBuf, Saathi)> = OnceCell::new();
    let open = || {
        db.get_or_init(|| {
            let path = fixture.copy("summary.db");
            let saathi = Saathi::open(config(&path)).expect("open the copy");
            (path, saathi)
        })
    };
    let rashid = || fixture.get().household.rashid.id;
    let cgm = |mmol: f64| {
        Measurement::Glucose(Glucose {
            value: mmol,
            unit: GlucoseUnit::MmolPerL,
            context: GlucoseContext::Random,
        })
    };
    let next = Cell::new(0_i64);
    // A reading `ago` before now, a millisecond later each time so every row differs.
    let log = |session: &saathi_core::Session, ago: Span| {
        let i = next.get();
        next.set(i + 1);
        let taken = now() - ago + Span::milliseconds(i % 60_000);
        let opts =
            LogOptions { taken: Some(taken), source: ReadingSource::CgmImport, ..LogOptions::default() };
        session.log(rashid(), cgm(6.0 + (i % 20) as f64 / 10.0), opts).expect("log a reading");
    };

    group.bench_function("90_days", |b| {
        let (_, saathi) = open();
        let session = saathi.session(rashid()).expect("session");
        let s = session.summary_days(rashid(), 90).expect("summary");
        let glucose = s.glucose.as_ref().map_or(0, |g| g.overall.count);
        assert!(glucose > 89 * demo::CGM_PER_DAY, "the window holds the CGM readings: {glucose}");
        b.iter(|| session.summary_days(black_box(rashid()), 90).expect("summary"));
    });
    group.bench_function("90_days_after_new_reading", |b| {
        let (_, saathi) = open();
        let session = saathi.session(rashid()).expect("session");
        b.iter_batched(
            || log(&session, Span::minutes(5)),
            |()| session.summary_days(black_box(rashid()), 90).expect("summary"),
            BatchSize::PerIteration,
        );
    });
    group.bench_function("90_days_after_late_reading", |b| {
        let (_, saathi) = open();
        let session = saathi.session(rashid()).expect("session");
        b.iter_batched(
            || log(&session, Span::days(3)),
            |()| session.summary_days(black_box(rashid()), 90).expect("summary"),
            BatchSize::PerIteration,
        );
    });
    group.bench_function("90_days_first_time", |b| {
        let (path, saathi) = open();
        let session = saathi.session(rashid()).expect("session");
        let other = Connection::open(path).expect("open a second connection");
        other.busy_timeout(Duration::from_secs(5)).expect("busy timeout");
        b.iter_batched(
            || other.execute("DELETE FROM glucose_day", []).expect("forget the kept tallies"),
            |_| session.summary_days(black_box(rashid()), 90).expect("summary"),
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

/// The Today screen for the CGM patient, in Urdu (text and speech for every element).
fn today(c: &mut Criterion, fixture: &Fixture) {
    let mut group = c.benchmark_group("screens");
    group.bench_function("today", |b| {
        let built = fixture.get();
        // With the demo content pack installed, as on a phone: Today suggests a lesson.
        let demo = saathi_packs::PublisherKey::from_key_file(saathi_packs::DEMO_PUBLISHER_KEY)
            .expect("the demo publisher key");
        let saathi =
            Saathi::open(Config { trusted_publishers: vec![demo], ..config(&built.path) }).expect("open");
        let pack = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/pack");
        saathi.install_pack(&pack).expect("the demo content pack");
        let session = saathi.session(built.household.rashid.id).expect("session");
        let l10n = saathi_l10n::Localizer::new("ur").expect("Urdu");
        let words = saathi_core::screens::Words::new(&l10n);
        let screen = session.today_screen(built.household.rashid.id, &words).expect("today");
        assert!(screen.elements().count() > 5, "Today shows the day");
        assert!(screen.elements().any(|e| e.id == "lesson"), "Today suggests a lesson");
        b.iter(|| session.today_screen(black_box(built.household.rashid.id), &words).expect("today"));
    });
    group.finish();
}

/// Opening the existing two-year database (no other connection open on it), then closing.
fn open(c: &mut Criterion, fixture: &Fixture) {
    let mut group = c.benchmark_group("open");
    group.bench_function("existing_db", |b| {
        let path = &fixture.get().path;
        b.iter(|| drop(Saathi::open(Config::new(black_box(path))).expect("open")));
    });
    // What checking every page on each open would cost (`PRAGMA quick_check`, through
    // `Saathi::check_storage`): why an open does not, and a shell runs it when idle.
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    group.bench_function("quick_check", |b| {
        let app = Saathi::open(Config::new(&fixture.get().path)).expect("open");
        b.iter(|| app.check_storage().expect("no damage"));
    });
    group.finish();
}

/// Two years of CGM rows imported into a fresh database with one patient.
fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(20));
    group.throughput(Throughput::Elements(u64::from(DAYS * demo::CGM_PER_DAY)));
    let end = now().with_timezone(&Utc) - Span::minutes(10);
    group.bench_function("cgm_730_days", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temporary directory");
                let saathi = Saathi::open(config(&dir.path().join("import.db"))).expect("open");
                let patient = saathi.add_person(cgm_patient()).expect("add the patient");
                (dir, saathi, patient)
            },
            |(dir, saathi, patient)| {
                let session = saathi.session(patient.id).expect("session");
                let rows = demo::cgm_rows(end, DAYS, 42).map(Ok);
                let n = session.import_glucose(patient.id, rows, ReadingSource::CgmImport).expect("import");
                assert_eq!(n, (DAYS * demo::CGM_PER_DAY) as usize);
                // Closing the database and removing the directory are not timed.
                (dir, saathi, session)
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

fn cgm_patient() -> NewPerson {
    NewPerson {
        name: "Rashid".into(),
        role: Role::Patient,
        birth_year: Some(1956),
        conditions: vec![Condition::Type2Diabetes],
        units: UnitPreferences::default(),
    }
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    {
        let fixture = Fixture::new();
        log_reading(&mut c, &fixture);
        summary(&mut c, &fixture);
        today(&mut c, &fixture);
        open(&mut c, &fixture);
    }
    import(&mut c);
    c.final_summary();
}
