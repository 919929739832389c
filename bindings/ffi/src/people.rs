//! People on the device, their units and languages, and their PINs.

use saathi_domain::person as domain;

use crate::PersonId;
use crate::error::SaathiError;
use crate::mirror::all;
use crate::session::SaathiSession;
use crate::tracking::{GlucoseUnit, Hba1cUnit, WeightUnit};

mirror_enum!(Role <=> saathi_domain::person::Role { Patient, Helper, Clinician });

mirror_enum!(
    Condition <=> saathi_domain::person::Condition { Type2Diabetes, HighBloodPressure, HeartDisease }
);

/// How a person's numbers are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct UnitPreferences {
    pub glucose: GlucoseUnit,
    pub hba1c: Hba1cUnit,
    pub weight: WeightUnit,
}

impl From<domain::UnitPreferences> for UnitPreferences {
    fn from(u: domain::UnitPreferences) -> Self {
        UnitPreferences { glucose: u.glucose.into(), hba1c: u.hba1c.into(), weight: u.weight.into() }
    }
}

impl From<UnitPreferences> for domain::UnitPreferences {
    fn from(u: UnitPreferences) -> Self {
        domain::UnitPreferences { glucose: u.glucose.into(), hba1c: u.hba1c.into(), weight: u.weight.into() }
    }
}

/// The languages a person reads (`text`) and hears (`audio`), most preferred first, as
/// language codes ("ur", "pa", "syl").
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Languages {
    pub text: Vec<String>,
    pub audio: Vec<String>,
}

impl From<domain::Languages> for Languages {
    fn from(l: domain::Languages) -> Self {
        Languages { text: l.text, audio: l.audio }
    }
}

impl From<Languages> for domain::Languages {
    fn from(l: Languages) -> Self {
        domain::Languages { text: l.text, audio: l.audio }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct NewPerson {
    pub name: String,
    pub role: Role,
    #[uniffi(default = None)]
    pub birth_year: Option<i32>,
    #[uniffi(default = [])]
    pub conditions: Vec<Condition>,
    pub units: UnitPreferences,
}

impl From<NewPerson> for domain::NewPerson {
    fn from(p: NewPerson) -> Self {
        domain::NewPerson {
            name: p.name,
            role: p.role.into(),
            birth_year: p.birth_year,
            conditions: all(p.conditions),
            units: p.units.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub role: Role,
    pub birth_year: Option<i32>,
    pub conditions: Vec<Condition>,
    pub units: UnitPreferences,
}

impl From<domain::Person> for Person {
    fn from(p: domain::Person) -> Self {
        Person {
            id: p.id,
            name: p.name,
            role: p.role.into(),
            birth_year: p.birth_year,
            conditions: all(p.conditions),
            units: p.units.into(),
        }
    }
}

#[uniffi::export]
impl SaathiSession {
    /// Changes how `patient`'s numbers are shown.
    pub fn set_units(&self, patient: PersonId, units: UnitPreferences) -> Result<(), SaathiError> {
        self.with(|s| Ok(s.set_units(patient, units.into())?))
    }

    /// The languages `person` reads and hears, if chosen (one's own need no permission).
    pub fn languages(&self, person: PersonId) -> Result<Option<Languages>, SaathiError> {
        self.with(|s| Ok(s.languages(person)?.map(Languages::from)))
    }

    /// Sets the languages `person` reads and hears.
    pub fn set_languages(&self, person: PersonId, languages: Languages) -> Result<(), SaathiError> {
        self.with(|s| Ok(s.set_languages(person, languages.into())?))
    }

    /// Sets (or changes) this person's own PIN (4 to 8 digits).
    pub fn set_pin(&self, pin: String) -> Result<(), SaathiError> {
        self.with(|s| Ok(s.set_pin(&pin)?))
    }

    /// Removes this person's own PIN.
    pub fn clear_pin(&self) -> Result<(), SaathiError> {
        self.with(|s| Ok(s.clear_pin()?))
    }
}
