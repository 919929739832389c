//! Functions that exist only so the Kotlin and Swift tests can prove how the library
//! fails. Shells never call them.

use crate::PersonId;
use crate::error::SaathiError;
use crate::runtime::guard;
use crate::saathi::Saathi;

/// Panics inside a call, as a bug would. For tests: proves that a panic comes out as
/// `SaathiError.Internal` (a typed error), not a crashed app.
#[uniffi::export]
pub fn debug_panic_for_tests() -> Result<(), SaathiError> {
    guard(|| panic!("debug_panic_for_tests: a deliberate panic"))
}

/// Panics without `guard`, for tests: proves UniFFI's own catch holds if a call is ever
/// exported without the guard (Kotlin's `InternalException`, Swift's
/// `UniffiInternalError.rustPanic`). Only for a call that returns a result: in Swift, UniFFI
/// calls a function without one with `try!`, so a panic there would stop the app.
#[uniffi::export]
pub fn debug_panic_unguarded_for_tests() -> Result<(), SaathiError> {
    panic!("debug_panic_unguarded_for_tests: a deliberate panic")
}

/// Packs the pack folder `dir` into the tar archive `out` (as `saathi pack archive` does),
/// checking its signature first: the download tests serve it over HTTP.
#[uniffi::export]
pub fn debug_write_pack_archive_for_tests(dir: String, out: String) -> Result<(), SaathiError> {
    guard(|| {
        saathi_packs::write_archive(std::path::Path::new(&dir), std::path::Path::new(&out)).map_err(|e| {
            tracing::warn!(error = %e, "could not archive the pack");
            SaathiError::PackRefused { code: e.code().into() }
        })?;
        Ok(())
    })
}

/// Fills `saathi` with the demo household and `days` days of its data (two years: the
/// Rust benchmarks' database), returning the CGM patient's id: the Kotlin measurements
/// use the same data as `cargo bench -p saathi-core --bench tracking`. Only into an empty
/// database (no one added yet): it can never mix made-up readings into a real record;
/// anywhere else it is `NameTaken`.
#[uniffi::export]
pub fn debug_populate_demo_for_tests(
    saathi: std::sync::Arc<Saathi>,
    days: u32,
) -> Result<PersonId, SaathiError> {
    saathi.shared.with(|core| {
        if !core.people()?.is_empty() {
            return Err(SaathiError::NameTaken);
        }
        let household = saathi_core::demo::create_household(core)?;
        saathi_core::demo::populate(core, &household, days)?;
        Ok(household.rashid.id)
    })
}
