//! Peak memory of a two-year CGM import: imports `demo::cgm_rows(end, 730, 42)` (210,240
//! readings) into a fresh database with one patient in a temporary directory, then prints
//! the process's peak resident set size (VmHWM, Linux only) and the import's duration:
//!
//! ```text
//! peak_rss_kib=NNNN imported=210240 seconds=X.XX
//! ```
//!
//! Run in release: `cargo run --release -p saathi-core --example import_rss`.
//! See docs/perf.md for the target (under 60 MB).

use std::time::Instant;

use chrono::{Duration, Utc};

use saathi_core::{Config, Saathi, demo};
use saathi_domain::person::{Condition, NewPerson, Role, UnitPreferences};
use saathi_domain::reading::ReadingSource;

const DAYS: u32 = 730;

/// The process's peak resident set size in KiB, from `/proc/self/status`.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.trim_start_matches("VmHWM:").trim().trim_end_matches("kB").trim().parse().ok()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let saathi = Saathi::open(Config::new(dir.path().join("import.db")))?;
    let patient = saathi.add_person(NewPerson {
        name: "Rashid".into(),
        role: Role::Patient,
        birth_year: Some(1956),
        conditions: vec![Condition::Type2Diabetes],
        units: UnitPreferences::default(),
    })?;
    let session = saathi.session(patient.id)?;
    let end = Utc::now() - Duration::minutes(10);

    let started = Instant::now();
    let rows = demo::cgm_rows(end, DAYS, 42).map(Ok);
    let imported = session.import_glucose(patient.id, rows, ReadingSource::CgmImport)?;
    let seconds = started.elapsed().as_secs_f64();

    let peak = peak_rss_kib().ok_or("VmHWM is not in /proc/self/status (not Linux?)")?;
    println!("peak_rss_kib={peak} imported={imported} seconds={seconds:.2}");
    drop(session);
    drop(saathi);
    Ok(())
}
