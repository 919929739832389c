//! Profiles on a shared phone: PINs (argon2id, with a growing wait after wrong attempts),
//! unlocking a profile, and the private session in which a patient reviews sharing.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use saathi_domain::access::Audited;
use saathi_domain::person::PersonId;
use saathi_domain::pin;
use saathi_store::{audit, people, pins};

use crate::{Error, Result, Saathi, Session};

fn hash_pin(pin: &str) -> Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|_| Error::Storage)?;
    let salt = SaltString::encode_b64(&salt).map_err(|_| Error::Storage)?;
    Ok(Argon2::default().hash_password(pin.as_bytes(), &salt).map_err(|_| Error::Storage)?.to_string())
}

impl Saathi {
    /// Opens `person`'s session with their PIN. Three wrong attempts are free; after that
    /// each must wait longer (`Error::PinLocked` says until when). Wrong attempts are
    /// audited on that person's record.
    pub fn unlock(&self, person: PersonId, pin: &str) -> Result<Session> {
        self.open_with_pin(person, pin, false)
    }

    /// A private session: after the PIN, the patient can review and revoke sharing, and
    /// the audit entries it writes are marked private.
    pub fn private_session(&self, person: PersonId, pin: &str) -> Result<Session> {
        self.open_with_pin(person, pin, true)
    }

    fn open_with_pin(&self, person: PersonId, pin: &str, private: bool) -> Result<Session> {
        let mut store = self.inner.store();
        let who = people::get(store.conn(), person)?;
        let Some(stored) = pins::get(store.conn(), person)? else {
            return Err(Error::NoPinSet);
        };
        let now = self.inner.now_utc();
        if let Some(until) = stored.last_failure.and_then(|last| pin::next_attempt_at(stored.failures, last))
        {
            if now < until {
                // Rounded up: "wait 1 minute" while any wait remains.
                let wait_minutes = ((until - now).num_seconds() + 59) / 60;
                return Err(Error::PinLocked { until, wait_minutes });
            }
        }
        let parsed = PasswordHash::new(&stored.phc).map_err(|_| Error::Storage)?;
        if Argon2::default().verify_password(pin.as_bytes(), &parsed).is_err() {
            store.write(|tx| {
                pins::record_failure(tx, person, now)?;
                audit::append(
                    tx,
                    &audit::Entry {
                        at: now,
                        actor: person,
                        patient: Some(person),
                        action: Audited::WrongPin.code(),
                        record_kind: None,
                        record: None,
                        private: false,
                    },
                )
            })?;
            let retry_at = pin::next_attempt_at(stored.failures + 1, now);
            return Err(Error::WrongPin { retry_at });
        }
        if stored.failures > 0 {
            store.write(|tx| pins::reset_failures(tx, person))?;
        }
        Ok(Session::new(self.inner.clone(), who, private))
    }
}

impl Session {
    /// Sets (or changes) this person's own PIN.
    pub fn set_pin(&self, new_pin: &str) -> Result<()> {
        pin::check(new_pin)?;
        let phc = hash_pin(new_pin)?;
        let now = self.inner.now_utc();
        self.inner.store().write(|tx| {
            pins::set(tx, self.actor.id, &phc)?;
            self.audit(tx, now, self.actor.id, Audited::SetPin, None)?;
            Ok::<_, Error>(())
        })
    }

    /// Removes this person's own PIN.
    pub fn clear_pin(&self) -> Result<()> {
        let now = self.inner.now_utc();
        self.inner.store().write(|tx| {
            pins::clear(tx, self.actor.id)?;
            self.audit(tx, now, self.actor.id, Audited::ClearPin, None)?;
            Ok::<_, Error>(())
        })
    }
}
