//! `SaathiSession`: everything one acting person does (the core's `Session`). Each area's
//! methods are in that area's module (`tracking`, `sharing`, ...); this one holds the
//! object, its lifetime and the checks every call makes.

use std::sync::{Arc, PoisonError, RwLock};

use saathi_core::{Saathi as Core, Session};

use crate::error::SaathiError;
use crate::people::Person;
use crate::runtime::{blocking, guard};
use crate::saathi::Shared;

/// The core's session (and its `Saathi`, for the clock), until the session is ended or its
/// `Saathi` shut down.
pub(crate) type SessionSlot = RwLock<Option<Live>>;

pub(crate) struct Live {
    pub(crate) session: Session,
    pub(crate) saathi: Core,
}

#[derive(uniffi::Object)]
pub struct SaathiSession {
    pub(crate) shared: Arc<Shared>,
    pub(crate) slot: Arc<SessionSlot>,
}

impl SaathiSession {
    pub(crate) fn new(shared: Arc<Shared>, session: Session, saathi: Core) -> Self {
        SaathiSession { shared, slot: Arc::new(RwLock::new(Some(Live { session, saathi }))) }
    }

    /// Runs `f` with the session, or says why there is none. A panic becomes `Internal`.
    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&Session) -> Result<T, SaathiError>,
    ) -> Result<T, SaathiError> {
        self.with_live(|live| f(&live.session))
    }

    /// `with`, when the call also needs the core (its clock).
    pub(crate) fn with_live<T>(
        &self,
        f: impl FnOnce(&Live) -> Result<T, SaathiError>,
    ) -> Result<T, SaathiError> {
        guard(|| run(&self.shared, &self.slot, f))
    }

    /// `with`, on the library's runtime, for calls that may take long (imports, checks of
    /// the whole audit trail).
    pub(crate) async fn with_blocking<T, F>(&self, f: F) -> Result<T, SaathiError>
    where
        T: Send + 'static,
        F: FnOnce(&Session) -> Result<T, SaathiError> + Send + 'static,
    {
        let (shared, slot) = (self.shared.clone(), self.slot.clone());
        blocking(move || run(&shared, &slot, |live| f(&live.session))).await
    }
}

fn run<T>(
    shared: &Shared,
    slot: &SessionSlot,
    f: impl FnOnce(&Live) -> Result<T, SaathiError>,
) -> Result<T, SaathiError> {
    let live = slot.read().unwrap_or_else(PoisonError::into_inner);
    match live.as_ref() {
        Some(live) => f(live),
        None if shared.is_closed() => Err(SaathiError::Closed),
        None => Err(SaathiError::SessionEnded),
    }
}

#[uniffi::export]
impl SaathiSession {
    /// Who is acting.
    pub fn actor(&self) -> Result<Person, SaathiError> {
        self.with(|s| Ok(s.actor().clone().into()))
    }

    /// A private session (opened with `Saathi.privateSession`).
    pub fn is_private(&self) -> Result<bool, SaathiError> {
        self.with(|s| Ok(s.is_private()))
    }

    /// Ends the session (the person leaves a shared phone); later calls get `SessionEnded`.
    /// Waits for its calls in progress. Calling it again does nothing.
    pub fn end(&self) -> Result<(), SaathiError> {
        guard(|| {
            let ended = self.slot.write().unwrap_or_else(PoisonError::into_inner).take();
            if ended.is_some() {
                drop(ended);
                tracing::debug!("session ended");
            }
            Ok(())
        })
    }
}
