//! Saathi's facade: one `Saathi` per app, one `Session` per acting person.
//! See README.md for the map.

pub mod content;
pub mod demo;
mod error;
mod import;
mod lessons;
mod medicines;
mod profiles;
pub mod reminders;
mod saved_drafts;
pub mod screens;
mod session;
mod sharing;
mod timeline;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, FixedOffset, Local, Utc};

use saathi_domain::grants::Grant;
use saathi_domain::person::{NewPerson, Person, PersonId};
use saathi_domain::plausibility::{Field, check_text};
use saathi_domain::targets::TargetSetting;
use saathi_packs::{PublisherKey, TrustedKeys};
use saathi_store::Store;

use content::ContentState;
use saved_drafts::SavedDrafts;

pub use error::{Error, Result};
pub use import::GlucoseRow;
pub use lessons::{AssignmentView, LessonMedia};
pub use saathi_packs::{Change as PackChange, InstallOutcome, Installed as InstalledPack};
pub use saathi_store::audit::Entry as AuditEntry;
pub use session::{Assessment, LogOptions, Logged, MAX_SUMMARY_DAYS, ProtocolStatus, Session};
pub use sharing::{Invitation, InviteRequest};
pub use timeline::Entry;

/// The longest name a person may have on the device.
pub const MAX_NAME_CHARS: usize = 60;

/// Where "now" comes from: the device clock, or a fixed time for tests and demos.
/// Returns local time with the wall-clock offset, which readings keep.
pub type Clock = Arc<dyn Fn() -> DateTime<FixedOffset> + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(|| Local::now().fixed_offset())
}

/// What content packs may take on storage unless the shell says otherwise: the demo pack
/// is about 6 MB, a real pack with video for six languages perhaps 100 MB.
pub const DEFAULT_CONTENT_BUDGET_BYTES: u64 = 200 * 1024 * 1024;

pub struct Config {
    pub db_path: PathBuf,
    pub clock: Clock,
    /// Where content packs are installed (and downloads kept while they run).
    pub content_dir: PathBuf,
    /// The publishers whose packs are installed. Empty by default: a release build lists
    /// only real publishers' keys; the demo and tests add the demo key themselves
    /// (`saathi_packs::DEMO_PUBLISHER_KEY`), since its secret is public.
    pub trusted_publishers: Vec<PublisherKey>,
    /// The most installed packs may take, in bytes.
    pub content_budget_bytes: u64,
}

impl Config {
    /// The database at `db_path`, content in a folder beside it named after it
    /// (`saathi.db`: `saathi-content`; so a demo database never shares the real one's
    /// content), no trusted publishers, the default budget and the system clock.
    pub fn new(db_path: impl Into<PathBuf>) -> Self {
        let db_path = db_path.into();
        let stem = db_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let content_dir = db_path.with_file_name(format!("{stem}-content"));
        Config {
            db_path,
            clock: system_clock(),
            content_dir,
            trusted_publishers: Vec::new(),
            content_budget_bytes: DEFAULT_CONTENT_BUDGET_BYTES,
        }
    }
}

thread_local! {
    /// The instant `Inner::at_one_instant` holds, and for which `Inner`.
    static ONE_INSTANT: std::cell::Cell<Option<(usize, DateTime<FixedOffset>)>> =
        const { std::cell::Cell::new(None) };
}

pub(crate) struct Inner {
    store: Mutex<Store>,
    clock: Clock,
    /// What every call needs and rarely changes (grants, people, their targets), read once
    /// and kept. Writes through this `Saathi` clear it; writes by any other connection to
    /// the file (another process) change SQLite's `data_version`, which clears it too, so a
    /// revocation anywhere takes effect on the next call everywhere.
    caches: Mutex<Caches>,
    content: ContentState,
    saved_drafts: Mutex<SavedDrafts>,
}

#[derive(Default)]
struct Caches {
    /// `PRAGMA data_version` when these were read.
    data_version: i64,
    grants: HashMap<(PersonId, PersonId), Arc<[Grant]>>,
    people: HashMap<PersonId, Arc<Known>>,
}

/// What every call about a patient needs: who they are and the targets clinicians set.
pub(crate) struct Known {
    pub(crate) person: Person,
    pub(crate) target_settings: Vec<TargetSetting>,
}

impl Inner {
    fn caches(&self) -> MutexGuard<'_, Caches> {
        self.caches.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The grants `patient` has made to `grantee`.
    pub(crate) fn grants_between(
        &self,
        store: &Store,
        patient: PersonId,
        grantee: PersonId,
    ) -> Result<Arc<[Grant]>> {
        let mut caches = self.caches();
        if let Some(g) = caches.grants.get(&(patient, grantee)) {
            return Ok(g.clone());
        }
        let g: Arc<[Grant]> = saathi_store::grants::between(store.conn(), patient, grantee)?.into();
        caches.grants.insert((patient, grantee), g.clone());
        Ok(g)
    }

    /// A person and the target settings clinicians made for them.
    pub(crate) fn person(&self, store: &Store, id: PersonId) -> Result<Arc<Known>> {
        let mut caches = self.caches();
        if let Some(p) = caches.people.get(&id) {
            return Ok(p.clone());
        }
        let entry = Arc::new(Known {
            person: saathi_store::people::get(store.conn(), id)?,
            target_settings: saathi_store::targets::all(store.conn(), id)?,
        });
        caches.people.insert(id, entry.clone());
        Ok(entry)
    }

    /// Called by every write to grants, people or targets through this `Saathi`.
    pub(crate) fn forget(&self) {
        *self.caches.lock().unwrap_or_else(|p| p.into_inner()) = Caches::default();
    }

    /// The store, for one call. Taking it is where the caches are checked: if another
    /// connection has written since they were filled, they start afresh (once per call,
    /// not per lookup; while the lock is held, only this `Saathi` writes through it, and
    /// its writes clear the caches themselves).
    pub(crate) fn store(&self) -> StoreGuard<'_> {
        // A panic while holding the lock leaves no half-written data (transactions roll
        // back on drop), so the store is safe to keep using.
        let store = StoreGuard(self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        let version = store.data_version().ok();
        let mut caches = self.caches();
        if version.is_none_or(|v| v != caches.data_version) {
            *caches = Caches { data_version: version.unwrap_or_default(), ..Caches::default() };
        }
        store
    }

    pub(crate) fn saved_drafts(&self) -> MutexGuard<'_, SavedDrafts> {
        self.saved_drafts.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The clock, or the instant `at_one_instant` holds on this thread for this `Saathi`.
    pub(crate) fn now(&self) -> DateTime<FixedOffset> {
        match ONE_INSTANT.get() {
            Some((inner, at)) if inner == self.key() => at,
            _ => (self.clock)(),
        }
    }

    /// Which `Inner` this is, for `ONE_INSTANT` (an address, never dereferenced).
    fn key(&self) -> usize {
        std::ptr::from_ref(self) as usize
    }

    /// Runs `f` with the clock read once: every `now` inside sees the same instant. A
    /// screen is one moment (a build that crosses midnight must not show half of each
    /// day), and a shell's clock may be a call back into Kotlin or Swift, which a screen
    /// would otherwise make a dozen times or more.
    pub(crate) fn at_one_instant<T>(&self, f: impl FnOnce() -> T) -> T {
        if ONE_INSTANT.get().is_some_and(|(inner, _)| inner == self.key()) {
            return f();
        }
        struct Release(Option<(usize, DateTime<FixedOffset>)>);
        impl Drop for Release {
            fn drop(&mut self) {
                ONE_INSTANT.set(self.0);
            }
        }
        let _release = Release(ONE_INSTANT.replace(Some((self.key(), (self.clock)()))));
        f()
    }

    pub(crate) fn now_utc(&self) -> DateTime<Utc> {
        self.now().with_timezone(&Utc)
    }
}

/// The store, held for one call. Letting go of it is where damage met during the call
/// is noted (`Store::note_damage`): the next open moves the damaged file aside.
pub(crate) struct StoreGuard<'a>(MutexGuard<'a, Store>);

impl std::ops::Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.0
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        &mut self.0
    }
}

impl Drop for StoreGuard<'_> {
    fn drop(&mut self) {
        self.0.note_damage();
    }
}

/// The app's one handle on its data.
#[derive(Clone)]
pub struct Saathi {
    inner: Arc<Inner>,
}

impl Saathi {
    pub fn open(config: Config) -> Result<Saathi> {
        let store = Store::open(config.db_path)?;
        Ok(Saathi {
            inner: Arc::new(Inner {
                store: Mutex::new(store),
                clock: config.clock,
                caches: Mutex::default(),
                saved_drafts: Mutex::default(),
                content: ContentState::new(
                    config.content_dir,
                    config.trusted_publishers.into_iter().fold(TrustedKeys::new(), TrustedKeys::with),
                    config.content_budget_bytes,
                ),
            }),
        })
    }

    /// Adds a person to the device (a patient, a helper or a clinician).
    pub fn add_person(&self, mut person: NewPerson) -> Result<Person> {
        check_text(Field::Name, &person.name, MAX_NAME_CHARS)?;
        person.name = person.name.trim().to_string();
        let now = self.inner.now_utc();
        let mut store = self.inner.store();
        let id = store.write(|tx| saathi_store::people::insert(tx, &person, now))?;
        self.inner.forget();
        Ok(saathi_store::people::get(store.conn(), id)?)
    }

    pub fn people(&self) -> Result<Vec<Person>> {
        Ok(saathi_store::people::all(self.inner.store().conn())?)
    }

    /// Finds a person by name (ignoring case).
    pub fn person_named(&self, name: &str) -> Result<Person> {
        saathi_store::people::by_name(self.inner.store().conn(), name.trim())?
            .ok_or(Error::NotFound { what: "person" })
    }

    /// A session for `actor`: everything they do goes through it. A person with a PIN
    /// needs `unlock` instead (`Error::PinRequired`).
    pub fn session(&self, actor: PersonId) -> Result<Session> {
        let store = self.inner.store();
        let person = saathi_store::people::get(store.conn(), actor)?;
        if saathi_store::pins::get(store.conn(), actor)?.is_some() {
            return Err(Error::PinRequired);
        }
        Ok(Session::new(self.inner.clone(), person, false))
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        self.inner.now()
    }

    /// Reads every page of the database to find damage an open does not look for (too
    /// slow for an open: see docs/perf.md); for a shell to run when the phone is idle.
    /// `Err(DatabaseCorruptInUse)` when damaged: the file is moved aside on the next open.
    pub fn check_storage(&self) -> Result<()> {
        Ok(self.inner.store().quick_check()?)
    }

    /// Checks the whole audit chain: `Ok(n)` when all `n` entries are as written, or
    /// where it was tampered with. It reveals nothing about anyone's record, so it needs
    /// no one's session.
    pub fn verify_audit(&self) -> Result<std::result::Result<u64, saathi_domain::audit_chain::Break>> {
        Ok(saathi_store::audit::verify(self.inner.store().conn())?)
    }
}
