//! Where calls run: `guard` turns a panic into `SaathiError::Internal` (a panic must never
//! cross the FFI as a crash), and `blocking` runs a slow call on the library's own tokio
//! runtime, so an async method never blocks the thread that polls it (Kotlin's dispatcher,
//! Swift's executor). Content downloads will run on the same runtime.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::OnceLock;

use tokio::runtime::Runtime;

use crate::error::SaathiError;

/// Runs `f`, turning a panic into `SaathiError::Internal` and a log line.
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T, SaathiError>) -> Result<T, SaathiError> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        log_panic(payload.as_ref());
        Err(SaathiError::Internal)
    })
}

/// A panic's message goes to the error log only when it is a fixed string: a formatted one
/// could hold a value (a reading), so it goes to the trace level, which never leaves the
/// device's debug builds.
fn log_panic(payload: &(dyn Any + Send)) {
    match payload.downcast_ref::<&'static str>() {
        Some(message) => tracing::error!(panic = message, "a call panicked (a bug in Saathi)"),
        None => {
            tracing::error!("a call panicked (a bug in Saathi)");
            if let Some(message) = payload.downcast_ref::<String>() {
                tracing::trace!(panic = %message, "the panic's message");
            }
        }
    }
}

/// The library's runtime: two workers (phones have few cores to spare), and a blocking
/// pool for SQLite work. Made on first use and kept for the life of the process.
fn runtime() -> Result<&'static Runtime, SaathiError> {
    static RUNTIME: OnceLock<Option<Runtime>> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_name("saathi-runtime")
                .enable_all()
                .build()
                .inspect_err(|e| tracing::error!(error = %e, "could not start the runtime"))
                .ok()
        })
        .as_ref()
        .ok_or(SaathiError::Internal)
}

/// Runs a blocking call (SQLite) on the runtime's blocking pool and waits for it without
/// blocking the caller's thread.
pub(crate) async fn blocking<T, F>(f: F) -> Result<T, SaathiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, SaathiError> + Send + 'static,
{
    runtime()?.spawn_blocking(move || guard(f)).await.unwrap_or_else(|e| {
        tracing::error!(error = %e, "a blocking call did not finish");
        Err(SaathiError::Internal)
    })
}

/// Runs `work` on the library's runtime (so what it opens, such as HTTP connections, lives
/// there) and waits for it from whatever executor polls the FFI future. A panic in it
/// becomes `SaathiError.Internal`. Dropping the returned future (a cancelled Kotlin
/// coroutine or Swift Task) aborts `work`: a download the person gave up on stops, and
/// nothing it had not yet installed is installed.
pub(crate) async fn spawn<T, F>(work: F) -> Result<T, SaathiError>
where
    T: Send + 'static,
    F: std::future::Future<Output = Result<T, SaathiError>> + Send + 'static,
{
    let mut task = AbortOnDrop(runtime()?.spawn(work));
    (&mut task.0).await.unwrap_or_else(|e| {
        if e.is_panic() {
            log_panic(e.into_panic().as_ref());
        } else {
            tracing::error!(error = %e, "a task did not finish");
        }
        Err(SaathiError::Internal)
    })
}

/// Aborts a spawned task when dropped; after the task ends, aborting does nothing.
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}
