//! What a person records: glucose, blood pressure, weight, HbA1c and activity.
//!
//! Each value type keeps what was entered (value and unit); the canonical number is derived.
//! `RecordMeta` is what every stored record carries: who it is for, who entered it, when it
//! was taken, and its version history.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::person::PersonId;
use crate::time::Taken;
use crate::units::{GlucoseUnit, Hba1cUnit, StonesPounds, WeightUnit};

/// Defines a fieldless enum with a stable text code per variant (stored in SQLite, used
/// in scripts and as the tail of Fluent message ids).
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}
pub(crate) use coded_enum;

coded_enum!(
    /// When a glucose reading was taken, as Health Connect's relationToMeal plus Ramadan.
    GlucoseContext {
        Fasting => "fasting",
        BeforeMeal => "before-meal",
        AfterMeal => "after-meal",
        Bedtime => "bedtime",
        Random => "random",
        BeforeSuhoor => "before-suhoor",
        AfterIftar => "after-iftar",
    }
);

coded_enum!(
    /// How a reading reached Saathi.
    ReadingSource {
        Hand => "hand",
        Meter => "meter",
        CgmImport => "cgm-import",
    }
);

coded_enum!(Arm { Left => "left", Right => "right" });

coded_enum!(Position { Sitting => "sitting", Standing => "standing", Lying => "lying" });

coded_enum!(
    ActivityKind {
        Walking => "walking",
        ChairExercise => "chair-exercise",
        Yoga => "yoga",
        Gardening => "gardening",
        Dancing => "dancing",
        Housework => "housework",
        Swimming => "swimming",
        Cycling => "cycling",
        Other => "other",
    }
);

coded_enum!(Intensity { Light => "light", Moderate => "moderate", Vigorous => "vigorous" });

coded_enum!(
    ReadingKind {
        Glucose => "glucose",
        BloodPressure => "blood-pressure",
        Weight => "weight",
        Hba1c => "hba1c",
        Activity => "activity",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Glucose {
    /// As entered, in `unit`.
    pub value: f64,
    pub unit: GlucoseUnit,
    pub context: GlucoseContext,
}

impl Glucose {
    pub fn mmol(&self) -> f64 {
        self.unit.to_mmol(self.value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BloodPressure {
    pub systolic: u16,
    pub diastolic: u16,
    pub pulse: Option<u16>,
    pub arm: Option<Arm>,
    pub position: Option<Position>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Weight {
    pub kg: f64,
    /// The unit the person used, so it is shown back the same way.
    pub entered_unit: WeightUnit,
}

impl Weight {
    pub fn from_stones_pounds(sp: StonesPounds) -> Self {
        Weight { kg: sp.to_kg(), entered_unit: WeightUnit::StonesPounds }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Hba1c {
    /// As entered, in `unit`.
    pub value: f64,
    pub unit: Hba1cUnit,
}

impl Hba1c {
    pub fn mmol_per_mol(&self) -> f64 {
        self.unit.to_mmol_per_mol(self.value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub minutes: Option<u32>,
    pub kind: Option<ActivityKind>,
    pub intensity: Option<Intensity>,
    pub steps: Option<u32>,
}

/// Any one measurement.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Measurement {
    Glucose(Glucose),
    BloodPressure(BloodPressure),
    Weight(Weight),
    Hba1c(Hba1c),
    Activity(Activity),
}

impl Measurement {
    pub fn kind(&self) -> ReadingKind {
        match self {
            Measurement::Glucose(_) => ReadingKind::Glucose,
            Measurement::BloodPressure(_) => ReadingKind::BloodPressure,
            Measurement::Weight(_) => ReadingKind::Weight,
            Measurement::Hba1c(_) => ReadingKind::Hba1c,
            Measurement::Activity(_) => ReadingKind::Activity,
        }
    }
}

/// The stable identity of a record across its versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RecordId(pub i64);

/// What every stored record carries besides its value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordMeta {
    pub record_id: RecordId,
    /// 1 for the first entry; each correction or deletion adds one.
    pub version: u32,
    /// Whose record this is.
    pub patient: PersonId,
    /// Who typed or imported it (the patient, or a helper acting for them).
    pub entered_by: PersonId,
    pub taken: Taken,
    pub entered_at: DateTime<Utc>,
    pub source: ReadingSource,
    /// Why this version replaced the previous one; `None` on version 1.
    pub change_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recorded<T> {
    pub meta: RecordMeta,
    pub value: T,
}

/// Why a record changed: every correction and deletion says who and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub by: PersonId,
    pub reason: String,
}

impl From<Glucose> for Measurement {
    fn from(v: Glucose) -> Self {
        Measurement::Glucose(v)
    }
}

impl From<BloodPressure> for Measurement {
    fn from(v: BloodPressure) -> Self {
        Measurement::BloodPressure(v)
    }
}

impl From<Weight> for Measurement {
    fn from(v: Weight) -> Self {
        Measurement::Weight(v)
    }
}

impl From<Hba1c> for Measurement {
    fn from(v: Hba1c) -> Self {
        Measurement::Hba1c(v)
    }
}

impl From<Activity> for Measurement {
    fn from(v: Activity) -> Self {
        Measurement::Activity(v)
    }
}
