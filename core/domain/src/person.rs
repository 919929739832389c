//! People on the device and what Saathi knows about their health conditions.

use serde::{Deserialize, Serialize};

use crate::plausibility::{Field, ValidationError};
use crate::units::{GlucoseUnit, Hba1cUnit, WeightUnit};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Patient,
    /// A relative or friend who helps a patient.
    Helper,
    /// A dietitian, nurse or doctor.
    Clinician,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Patient => "patient",
            Role::Helper => "helper",
            Role::Clinician => "clinician",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Role::Patient, Role::Helper, Role::Clinician].into_iter().find(|r| r.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Condition {
    // serde's kebab-case would say "type2-diabetes"; the code, the content catalogue and the
    // Fluent ids say "type-2-diabetes".
    #[serde(rename = "type-2-diabetes")]
    Type2Diabetes,
    HighBloodPressure,
    HeartDisease,
}

impl Condition {
    pub const ALL: [Condition; 3] =
        [Condition::Type2Diabetes, Condition::HighBloodPressure, Condition::HeartDisease];

    pub fn code(self) -> &'static str {
        match self {
            Condition::Type2Diabetes => "type-2-diabetes",
            Condition::HighBloodPressure => "high-blood-pressure",
            Condition::HeartDisease => "heart-disease",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// How a person likes to see their numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitPreferences {
    pub glucose: GlucoseUnit,
    pub hba1c: Hba1cUnit,
    pub weight: WeightUnit,
}

impl Default for UnitPreferences {
    /// What the NHS uses.
    fn default() -> Self {
        UnitPreferences {
            glucose: GlucoseUnit::MmolPerL,
            hba1c: Hba1cUnit::MmolPerMol,
            weight: WeightUnit::Kg,
        }
    }
}

/// The languages a person reads and hears, most preferred first, as BCP 47 codes
/// ("bn", "en-GB"; "syl" is heard, not read). Which of them Saathi has is for the
/// localisation layer to say; here they are only checked to be codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Languages {
    pub text: Vec<String>,
    pub audio: Vec<String>,
}

/// A person lists a handful of languages, not a catalogue.
pub const MAX_LANGUAGES: usize = 6;

impl Languages {
    pub fn validated(self) -> Result<Self, ValidationError> {
        let code_ok = |c: &String| {
            (2..=12).contains(&c.len()) && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
        };
        for list in [&self.text, &self.audio] {
            if list.len() > MAX_LANGUAGES {
                return Err(ValidationError::TooLong { field: Field::Languages, max: MAX_LANGUAGES });
            }
            if !list.iter().all(code_ok) {
                return Err(ValidationError::NotAChoice { field: Field::Languages });
            }
        }
        if self.text.is_empty() && self.audio.is_empty() {
            return Err(ValidationError::Missing { field: Field::Languages });
        }
        Ok(self)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewPerson {
    pub name: String,
    pub role: Role,
    /// Used only for age-dependent defaults (NICE's blood-pressure targets at 80 and over).
    pub birth_year: Option<i32>,
    pub conditions: Vec<Condition>,
    pub units: UnitPreferences,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub role: Role,
    pub birth_year: Option<i32>,
    pub conditions: Vec<Condition>,
    pub units: UnitPreferences,
}

impl Person {
    /// Age reached during `year`; `None` when the birth year is not known.
    pub fn age_in(&self, year: i32) -> Option<i32> {
        self.birth_year.map(|b| year - b)
    }
}
