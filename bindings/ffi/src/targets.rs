//! Targets: guideline defaults with any clinician's overrides, and where each came from.

use saathi_domain::targets::{self as domain, Origin, Target};

use crate::PersonId;
use crate::error::SaathiError;
use crate::session::SaathiSession;
use crate::time::Timestamp;
use crate::tracking::GuidelineSource;

mirror_enum!(
    TargetMetric <=> saathi_domain::targets::TargetMetric {
        GlucoseBeforeMeal,
        GlucoseAfterMeal,
        GlucoseOther,
        BloodPressureHome,
        Hba1c,
    }
);

/// Where a target came from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum TargetOrigin {
    Guideline { source: GuidelineSource },
    Clinician { by: PersonId, at: Timestamp, reason: Option<String> },
}

impl From<Origin> for TargetOrigin {
    fn from(o: Origin) -> Self {
        match o {
            Origin::Guideline { source } => TargetOrigin::Guideline { source: source.into() },
            Origin::Clinician { by, at, reason } => TargetOrigin::Clinician { by, at, reason },
        }
    }
}

/// A glucose range in mmol/L, both ends included.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GlucoseTarget {
    pub low: f64,
    pub high: f64,
    pub origin: TargetOrigin,
}

impl From<Target<domain::GlucoseRange>> for GlucoseTarget {
    fn from(t: Target<domain::GlucoseRange>) -> Self {
        GlucoseTarget { low: t.value.low, high: t.value.high, origin: t.origin.into() }
    }
}

/// The highest home blood pressure still within target, in mmHg.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BpTarget {
    pub systolic: u16,
    pub diastolic: u16,
    pub origin: TargetOrigin,
}

impl From<Target<domain::BpLimit>> for BpTarget {
    fn from(t: Target<domain::BpLimit>) -> Self {
        BpTarget { systolic: t.value.systolic, diastolic: t.value.diastolic, origin: t.origin.into() }
    }
}

/// HbA1c at or below this, in mmol/mol.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Hba1cTarget {
    pub mmol_per_mol: f64,
    pub origin: TargetOrigin,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Targets {
    pub glucose_before_meal: GlucoseTarget,
    pub glucose_after_meal: GlucoseTarget,
    pub glucose_other: GlucoseTarget,
    pub bp_home: BpTarget,
    pub hba1c: Hba1cTarget,
}

impl From<domain::Targets> for Targets {
    fn from(t: domain::Targets) -> Self {
        Targets {
            glucose_before_meal: t.glucose_before_meal.into(),
            glucose_after_meal: t.glucose_after_meal.into(),
            glucose_other: t.glucose_other.into(),
            bp_home: t.bp_home.into(),
            hba1c: Hba1cTarget { mmol_per_mol: t.hba1c.value, origin: t.hba1c.origin.into() },
        }
    }
}

#[uniffi::export]
impl SaathiSession {
    /// The targets in force for `patient`.
    pub fn targets(&self, patient: PersonId) -> Result<Targets, SaathiError> {
        self.with(|s| Ok(s.targets(patient)?.into()))
    }

    /// A clinician sets a target: glucose `low`..`high` mmol/L; blood pressure `high`
    /// systolic and `high_secondary` diastolic; HbA1c `high` mmol/mol. Earlier settings
    /// stay as history. Returns the targets now in force.
    pub fn set_target(
        &self,
        patient: PersonId,
        metric: TargetMetric,
        low: Option<f64>,
        high: f64,
        high_secondary: Option<f64>,
        reason: Option<String>,
    ) -> Result<Targets, SaathiError> {
        self.with(|s| {
            Ok(s.set_target(patient, metric.into(), low, high, high_secondary, reason.as_deref())?.into())
        })
    }
}
