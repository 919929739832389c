//! Functions that exist only so the Kotlin and Swift tests can prove how the library
//! fails. Shells never call them.

use crate::error::SaathiError;
use crate::runtime::guard;

/// Panics inside a call, as a bug would. For tests: proves that a panic comes out as
/// `SaathiError.Internal` (a typed error), not a crashed app.
#[uniffi::export]
pub fn debug_panic_for_tests() -> Result<(), SaathiError> {
    guard(|| panic!("debug_panic_for_tests: a deliberate panic"))
}

/// Panics without `guard`, for tests: proves UniFFI's own catch (its internal exception)
/// holds if a call is ever exported without the guard.
#[uniffi::export]
pub fn debug_panic_unguarded_for_tests() {
    panic!("debug_panic_unguarded_for_tests: a deliberate panic")
}
