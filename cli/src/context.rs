//! Who is acting, on whose record, on which database, in which language.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use saathi_core::{Config, Saathi, Session};
use saathi_domain::message::Message;
use saathi_domain::person::{NewPerson, Person, Role, UnitPreferences};

use crate::args::Cli;
use crate::output::{CliError, Out};

pub struct Ctx<'a> {
    pub saathi: Saathi,
    pub out: &'a Out,
    pub actor: Option<String>,
    pub patient: Option<String>,
    pub pin: Option<String>,
    pub private: bool,
    /// The publisher keys named on the command line (--trust, --trust-demo).
    pub trusted: Vec<saathi_packs::PublisherKey>,
}

/// `saathi.db` in the user's data directory (~/.local/share/saathi on Linux).
pub fn default_db() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("saathi").join("saathi.db")
}

pub fn clock(now: Option<&str>) -> Result<saathi_core::Clock, CliError> {
    match now {
        None => Ok(saathi_core::system_clock()),
        Some(text) => {
            let fixed = DateTime::parse_from_rfc3339(text)
                .map_err(|_| CliError::Usage(Message::new("cli-error-now-format")))?;
            Ok(std::sync::Arc::new(move || fixed))
        }
    }
}

/// The publisher keys from --trust files, and the demo key with --trust-demo.
pub fn trusted(cli: &Cli) -> Result<Vec<saathi_packs::PublisherKey>, CliError> {
    let mut keys = Vec::new();
    for path in &cli.trust {
        keys.push(saathi_packs::PublisherKey::read(path).map_err(|_| {
            CliError::Usage(Message::new("cli-error-key-file").text("path", path.display().to_string()))
        })?);
    }
    if cli.trust_demo {
        keys.push(demo_key()?);
    }
    Ok(keys)
}

/// The demo publisher's key (compiled in).
pub fn demo_key() -> Result<saathi_packs::PublisherKey, CliError> {
    saathi_packs::PublisherKey::from_key_file(saathi_packs::DEMO_PUBLISHER_KEY)
        .map_err(|e| CliError::Core(saathi_core::Error::PackRefused { code: e.code() }))
}

impl<'a> Ctx<'a> {
    pub fn open(cli: &Cli, out: &'a Out, db: PathBuf) -> Result<Ctx<'a>, CliError> {
        let keys = trusted(cli)?;
        let saathi = Saathi::open(Config {
            clock: clock(cli.now.as_deref())?,
            trusted_publishers: keys.clone(),
            ..Config::new(db)
        })?;
        Ok(Ctx {
            saathi,
            out,
            actor: cli.actor.clone(),
            patient: cli.patient.clone(),
            pin: cli.pin.clone(),
            private: cli.private,
            trusted: keys,
        })
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        self.saathi.now()
    }

    /// The acting person: `--as`, else the only patient on the device. On a new device the
    /// first person is made for you, so `saathi log glucose 6.8` just works.
    pub fn actor(&self) -> Result<Person, CliError> {
        if let Some(name) = &self.actor {
            return Ok(self.saathi.person_named(name)?);
        }
        let people = self.saathi.people()?;
        if people.is_empty() {
            let me = NewPerson {
                name: self.out.text("cli-default-person-name"),
                role: Role::Patient,
                birth_year: None,
                conditions: vec![],
                units: UnitPreferences::default(),
            };
            return Ok(self.saathi.add_person(me)?);
        }
        let patients: Vec<&Person> = people.iter().filter(|p| p.role == Role::Patient).collect();
        match patients.as_slice() {
            [only] => Ok((*only).clone()),
            _ => {
                let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
                Err(CliError::Usage(Message::new("cli-error-choose-person").text("names", names.join(", "))))
            }
        }
    }

    /// The acting person's saved languages, if they can be known without asking (named
    /// with --as, or the only patient) and opened without a PIN prompt.
    pub fn saved_languages(&self) -> Option<saathi_domain::person::Languages> {
        let person = match &self.actor {
            Some(name) => self.saathi.person_named(name).ok()?,
            None => {
                let people = self.saathi.people().ok()?;
                let patients: Vec<&Person> = people.iter().filter(|p| p.role == Role::Patient).collect();
                match patients.as_slice() {
                    [only] => (*only).clone(),
                    _ => return None,
                }
            }
        };
        self.saathi.session(person.id).ok()?.languages(person.id).ok()?
    }

    /// The acting person's session and the patient it works on (`--for`, else themselves).
    pub fn session(&self) -> Result<(Session, Person), CliError> {
        let actor = self.actor()?;
        let patient = match &self.patient {
            Some(name) => self.saathi.person_named(name)?,
            None => actor.clone(),
        };
        Ok((self.open_session(&actor)?, patient))
    }

    /// The acting person's own session, whatever `--for` says (accepting an invitation,
    /// setting one's own PIN).
    pub fn own_session(&self) -> Result<(Session, Person), CliError> {
        let actor = self.actor()?;
        Ok((self.open_session(&actor)?, actor))
    }

    /// Opens `person`'s session: with their PIN if they have one (`--pin`), and as a
    /// private session with `--private`. A PIN given for a profile without one is not
    /// needed and is ignored, except that a private session always needs a PIN.
    pub fn open_session(&self, person: &Person) -> Result<Session, CliError> {
        let s = &self.saathi;
        let session = match (self.private, self.pin.as_deref()) {
            (true, Some(pin)) => s.private_session(person.id, pin),
            // Without a PIN, say what is missing: the PIN, or a PIN to have at all.
            (true, None) => match s.session(person.id) {
                Ok(_) => Err(saathi_core::Error::NoPinSet),
                Err(e) => Err(e),
            },
            (false, pin) => match (s.session(person.id), pin) {
                (Err(saathi_core::Error::PinRequired), Some(pin)) => s.unlock(person.id, pin),
                (result, _) => result,
            },
        };
        Ok(session?)
    }

    /// A person's name by id, for "entered by" columns.
    pub fn name_of(&self, people: &[Person], id: saathi_domain::person::PersonId) -> String {
        people.iter().find(|p| p.id == id).map(|p| p.name.clone()).unwrap_or_default()
    }
}
