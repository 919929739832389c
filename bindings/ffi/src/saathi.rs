//! `Saathi`: the app's one handle on its data (the core's `Saathi`), opened with a
//! `SaathiConfig`. It makes sessions, and `shutdown` closes the database for it and every
//! session it made: later calls get `SaathiError.Closed`, not a crash.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, PoisonError, RwLock, Weak};

use saathi_core::{Config, Saathi as Core};
use saathi_domain::plausibility::Field;

use crate::PersonId;
use crate::access::AuditCheck;
use crate::error::SaathiError;
use crate::people::{NewPerson, Person};
use crate::runtime::{blocking, guard};
use crate::session::{SaathiSession, SessionSlot};
use crate::time::Taken;
use crate::words::Languages;
use saathi_l10n::LanguagePrefs;

/// How to open Saathi: the database, content packs (where, whose, how much room) and the
/// languages screens and messages use. Only `db_path` is required.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SaathiConfig {
    /// The SQLite file (created if missing), in the app's private storage.
    pub db_path: String,
    /// Where content packs are installed; default: beside the database, named after it
    /// (`saathi.db`: `saathi-content/`).
    #[uniffi(default)]
    pub content_dir: Option<String>,
    /// Publisher keys (64 hex digits) whose packs are installed. None by default: a
    /// release lists real publishers; tests and demos add `demo_publisher_key()`.
    #[uniffi(default)]
    pub trusted_publishers: Vec<String>,
    /// How much storage packs may take; default 200 MiB.
    #[uniffi(default)]
    pub content_budget_bytes: Option<u64>,
    /// Languages the person reads, most preferred first ("ur", "en-GB"); default English.
    #[uniffi(default)]
    pub text_languages: Vec<String>,
    /// Languages the person hears, most preferred first ("syl", "bn"); default: as read.
    #[uniffi(default)]
    pub audio_languages: Vec<String>,
    /// Languages the device's speech synthesis has voices for ("ur-PK", "en-GB").
    #[uniffi(default)]
    pub device_voices: Vec<String>,
}

impl SaathiConfig {
    fn core(&self) -> Result<Config, SaathiError> {
        let mut core = Config::new(&self.db_path);
        if let Some(dir) = &self.content_dir {
            core.content_dir = dir.into();
        }
        if let Some(budget) = self.content_budget_bytes {
            core.content_budget_bytes = budget;
        }
        core.trusted_publishers = self
            .trusted_publishers
            .iter()
            .map(|hex| {
                saathi_packs::PublisherKey::from_hex(hex.trim()).ok_or(SaathiError::InvalidInput {
                    field: crate::error::InputField::PublisherKey,
                    problem: crate::error::InputProblem::NotAChoice,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(core)
    }

    fn languages(&self) -> Result<Languages, SaathiError> {
        let text =
            if self.text_languages.is_empty() { vec!["en-GB".into()] } else { self.text_languages.clone() };
        let audio = if self.audio_languages.is_empty() { text.clone() } else { self.audio_languages.clone() };
        Languages::new(LanguagePrefs { text, audio }, self.device_voices.clone())
    }
}

/// The demo publisher's key (hex). Its secret is public: trust it only in tests and demos.
#[uniffi::export]
pub fn demo_publisher_key() -> String {
    saathi_packs::PublisherKey::from_key_file(saathi_packs::DEMO_PUBLISHER_KEY)
        .map(|k| k.to_string())
        .unwrap_or_default()
}

/// Where "now" comes from, for tests and demos (a clock that can be moved on). Apps open
/// with `Saathi.open`, which uses the device clock.
#[uniffi::export(with_foreign)]
pub trait ClockSource: Send + Sync {
    /// The time now, with the wall-clock offset where the phone is.
    fn now(&self) -> Taken;
}

/// What `Saathi` and its sessions share: the core (until shutdown) and the sessions to
/// end when it shuts down.
pub(crate) struct Shared {
    /// The configured languages (screens and messages without a locale of their own).
    pub(crate) languages: Languages,
    saathi: RwLock<Option<Core>>,
    closed: AtomicBool,
    sessions: RwLock<Vec<Weak<SessionSlot>>>,
}

impl Shared {
    pub(crate) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// Runs `f` with the core, or says it was shut down. A panic becomes `Internal`.
    pub(crate) fn with<T>(&self, f: impl FnOnce(&Core) -> Result<T, SaathiError>) -> Result<T, SaathiError> {
        guard(|| {
            let saathi = self.saathi.read().unwrap_or_else(PoisonError::into_inner);
            f(saathi.as_ref().ok_or(SaathiError::Closed)?)
        })
    }
}

#[derive(uniffi::Object)]
pub struct Saathi {
    pub(crate) shared: Arc<Shared>,
}

impl Saathi {
    fn open_config(config: Config, languages: Languages) -> Result<Arc<Saathi>, SaathiError> {
        guard(|| {
            let saathi = Core::open(config)?;
            tracing::info!("opened the database");
            Ok(Arc::new(Saathi {
                shared: Arc::new(Shared {
                    languages,
                    saathi: RwLock::new(Some(saathi)),
                    closed: AtomicBool::new(false),
                    sessions: RwLock::default(),
                }),
            }))
        })
    }

    /// Wraps a session made by the core and remembers it, so `shutdown` can end it.
    fn adopt(
        &self,
        saathi: &Core,
        make: impl FnOnce(&Core) -> saathi_core::Result<saathi_core::Session>,
    ) -> Result<Arc<SaathiSession>, SaathiError> {
        let session = Arc::new(SaathiSession::new(self.shared.clone(), make(saathi)?, saathi.clone()));
        let mut sessions = self.shared.sessions.write().unwrap_or_else(PoisonError::into_inner);
        sessions.retain(|s| s.strong_count() > 0);
        sessions.push(Arc::downgrade(&session.slot));
        Ok(session)
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl Saathi {
    /// Opens (creating and migrating if needed) the database. A damaged database, or one
    /// from a newer Saathi, is moved aside (`DatabaseDamaged`, `DatabaseFromNewerVersion`).
    #[uniffi::constructor]
    pub fn open(config: SaathiConfig) -> Result<Arc<Saathi>, SaathiError> {
        guard(|| Saathi::open_config(config.core()?, config.languages()?))
    }

    /// Opens with `clock` as "now" (tests and demos).
    #[uniffi::constructor]
    pub fn open_with_clock(
        config: SaathiConfig,
        clock: Arc<dyn ClockSource>,
    ) -> Result<Arc<Saathi>, SaathiError> {
        let (mut core, languages) = guard(|| Ok((config.core()?, config.languages()?)))?;
        core.clock = Arc::new(move || {
            let now = clock.now();
            // A clock with an impossible offset is read as UTC rather than stopping Saathi.
            now.local(Field::TakenAt).unwrap_or_else(|_| now.at.fixed_offset())
        });
        Saathi::open_config(core, languages)
    }

    /// Adds a person to the device (a patient, a helper or a clinician).
    pub fn add_person(&self, person: NewPerson) -> Result<Person, SaathiError> {
        self.shared.with(|s| Ok(s.add_person(person.into())?.into()))
    }

    /// Everyone on the device, for the "who is using Saathi?" screen.
    pub fn people(&self) -> Result<Vec<Person>, SaathiError> {
        self.shared.with(|s| Ok(crate::mirror::all(s.people()?)))
    }

    /// A person by name, ignoring case.
    pub fn person_named(&self, name: String) -> Result<Person, SaathiError> {
        self.shared.with(|s| Ok(s.person_named(&name)?.into()))
    }

    /// A session for `actor`; a person with a PIN needs `unlock` (`PinRequired`).
    pub fn session(&self, actor: PersonId) -> Result<Arc<SaathiSession>, SaathiError> {
        self.shared.with(|s| self.adopt(s, |s| s.session(actor)))
    }

    /// Opens `actor`'s session with their PIN. Wrong PINs are audited, and after three each
    /// try must wait longer (`WrongPin`, `PinLocked`).
    pub fn unlock(&self, actor: PersonId, pin: String) -> Result<Arc<SaathiSession>, SaathiError> {
        self.shared.with(|s| self.adopt(s, |s| s.unlock(actor, &pin)))
    }

    /// A private session (after the PIN): the patient reviews and revokes sharing, and its
    /// audit entries are marked private.
    pub fn private_session(&self, actor: PersonId, pin: String) -> Result<Arc<SaathiSession>, SaathiError> {
        self.shared.with(|s| self.adopt(s, |s| s.private_session(actor, &pin)))
    }

    /// The time now, as Saathi sees it (its clock).
    pub fn now(&self) -> Result<Taken, SaathiError> {
        self.shared.with(|s| Ok(s.now().into()))
    }

    /// Checks the whole audit trail's hash chain. Reveals nothing about anyone's record,
    /// so it needs no session. Runs off the caller's thread.
    pub async fn verify_audit(&self) -> Result<AuditCheck, SaathiError> {
        let shared = self.shared.clone();
        blocking(move || shared.with(|s| Ok(s.verify_audit()?.into()))).await
    }

    /// Reads every page of the database for damage an open does not look for (slow: a
    /// second or more on years of readings), for when the phone is idle. Damage gives
    /// `DatabaseDamagedInUse`: shut down and open again, which moves the file aside.
    /// Runs off the caller's thread.
    pub async fn check_storage(&self) -> Result<(), SaathiError> {
        let shared = self.shared.clone();
        blocking(move || shared.with(|s| Ok(s.check_storage()?))).await
    }

    /// Closes the database: waits for calls in progress, ends every session this core made,
    /// and makes later calls fail with `Closed`. Calling it again does nothing. (It returns
    /// a result only because closing SQLite could, in theory, fail: then `Internal`.)
    pub fn shutdown(&self) -> Result<(), SaathiError> {
        guard(|| {
            let taken = {
                let mut saathi = self.shared.saathi.write().unwrap_or_else(PoisonError::into_inner);
                self.shared.closed.store(true, Ordering::Release);
                saathi.take()
            };
            let sessions =
                std::mem::take(&mut *self.shared.sessions.write().unwrap_or_else(PoisonError::into_inner));
            for slot in sessions.iter().filter_map(Weak::upgrade) {
                slot.write().unwrap_or_else(PoisonError::into_inner).take();
            }
            if taken.is_some() {
                drop(taken);
                tracing::info!("closed the database");
            }
            Ok(())
        })
    }

    /// Whether `shutdown` was called.
    pub fn is_closed(&self) -> bool {
        self.shared.is_closed()
    }
}
