//! Per-person targets: guideline defaults (NICE NG28, NG136) that a clinician may override.
//! An override records who set it, when and why; the guideline default is only a default.
//!
//! Ranges are inclusive at display precision: NICE's "under 8.5 mmol/L" is a high of 8.4,
//! "under 135/85" is 134/84. Values are rounded to display precision before comparison.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::person::{Person, PersonId};
use crate::plausibility::{Field, ValidationError};
use crate::reading::GlucoseContext;
use crate::sources::{NHS_HYPOGLYCAEMIA, NICE_NG28, NICE_NG136, Source};

/// The lowest glucose any target may start at: "4 is the floor" (NHS).
pub const GLUCOSE_FLOOR_MMOL: f64 = 4.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetMetric {
    GlucoseBeforeMeal,
    GlucoseAfterMeal,
    GlucoseOther,
    BloodPressureHome,
    Hba1c,
}

impl TargetMetric {
    pub const ALL: [TargetMetric; 5] = [
        TargetMetric::GlucoseBeforeMeal,
        TargetMetric::GlucoseAfterMeal,
        TargetMetric::GlucoseOther,
        TargetMetric::BloodPressureHome,
        TargetMetric::Hba1c,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TargetMetric::GlucoseBeforeMeal => "glucose-before-meal",
            TargetMetric::GlucoseAfterMeal => "glucose-after-meal",
            TargetMetric::GlucoseOther => "glucose-other",
            TargetMetric::BloodPressureHome => "bp-home",
            TargetMetric::Hba1c => "hba1c",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }

    /// Which glucose target applies to a reading taken in `context`.
    pub fn for_glucose_context(context: GlucoseContext) -> Self {
        match context {
            GlucoseContext::Fasting | GlucoseContext::BeforeMeal | GlucoseContext::BeforeSuhoor => {
                TargetMetric::GlucoseBeforeMeal
            }
            GlucoseContext::AfterMeal | GlucoseContext::AfterIftar => TargetMetric::GlucoseAfterMeal,
            GlucoseContext::Bedtime | GlucoseContext::Random => TargetMetric::GlucoseOther,
        }
    }
}

/// Where a target came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "origin", rename_all = "kebab-case")]
pub enum Origin {
    Guideline { source: Source },
    Clinician { by: PersonId, at: DateTime<Utc>, reason: Option<String> },
}

/// Glucose range in mmol/L, both ends inclusive at one decimal place.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GlucoseRange {
    pub low: f64,
    pub high: f64,
}

/// Highest home blood pressure still within target, inclusive, in mmHg.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BpLimit {
    pub systolic: u16,
    pub diastolic: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target<T> {
    pub value: T,
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Targets {
    pub glucose_before_meal: Target<GlucoseRange>,
    pub glucose_after_meal: Target<GlucoseRange>,
    pub glucose_other: Target<GlucoseRange>,
    pub bp_home: Target<BpLimit>,
    /// HbA1c at or below this many mmol/mol.
    pub hba1c: Target<f64>,
}

/// A clinician's override, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetSetting {
    pub metric: TargetMetric,
    /// Glucose: low mmol/L; BP: unused; HbA1c: unused.
    pub low: Option<f64>,
    /// Glucose: high mmol/L; BP: systolic; HbA1c: mmol/mol.
    pub high: f64,
    /// BP: diastolic.
    pub high_secondary: Option<f64>,
    pub set_by: PersonId,
    pub set_at: DateTime<Utc>,
    pub reason: Option<String>,
}

fn guideline<T>(value: T, source: Source) -> Target<T> {
    Target { value, origin: Origin::Guideline { source } }
}

impl Targets {
    /// Guideline defaults for this person in `year` (age matters for blood pressure).
    pub fn defaults(person: &Person, year: i32) -> Self {
        let eighty_or_over = person.age_in(year).is_some_and(|age| age >= 80);
        Targets {
            glucose_before_meal: guideline(GlucoseRange { low: 4.0, high: 7.0 }, NICE_NG28),
            // NICE: "under 8.5 two hours after a meal".
            glucose_after_meal: guideline(GlucoseRange { low: 4.0, high: 8.4 }, NICE_NG28),
            // Random and bedtime: 11.1 or more is high (CLINICAL.md), 4 is the floor.
            glucose_other: guideline(GlucoseRange { low: 4.0, high: 11.0 }, NHS_HYPOGLYCAEMIA),
            // NICE NG136 home targets: under 135/85, or under 145/85 at 80 and over.
            bp_home: guideline(
                if eighty_or_over {
                    BpLimit { systolic: 144, diastolic: 84 }
                } else {
                    BpLimit { systolic: 134, diastolic: 84 }
                },
                NICE_NG136,
            ),
            // 48 mmol/mol (6.5 %); a clinician lowers the bar to 53 for hypo-causing drugs.
            hba1c: guideline(48.0, NICE_NG28),
        }
    }

    /// Applies clinician overrides, in the order they were set (the last one wins).
    pub fn with_overrides(mut self, settings: &[TargetSetting]) -> Self {
        for s in settings {
            let origin = Origin::Clinician { by: s.set_by, at: s.set_at, reason: s.reason.clone() };
            match s.metric {
                TargetMetric::GlucoseBeforeMeal
                | TargetMetric::GlucoseAfterMeal
                | TargetMetric::GlucoseOther => {
                    let value = GlucoseRange { low: s.low.unwrap_or(GLUCOSE_FLOOR_MMOL), high: s.high };
                    *self.glucose_mut(s.metric) = Target { value, origin };
                }
                TargetMetric::BloodPressureHome => {
                    let value = BpLimit {
                        systolic: s.high as u16,
                        diastolic: s.high_secondary.unwrap_or(84.0) as u16,
                    };
                    self.bp_home = Target { value, origin };
                }
                TargetMetric::Hba1c => self.hba1c = Target { value: s.high, origin },
            }
        }
        self
    }

    fn glucose_mut(&mut self, metric: TargetMetric) -> &mut Target<GlucoseRange> {
        match metric {
            TargetMetric::GlucoseBeforeMeal => &mut self.glucose_before_meal,
            TargetMetric::GlucoseAfterMeal => &mut self.glucose_after_meal,
            _ => &mut self.glucose_other,
        }
    }

    pub fn glucose_for(&self, context: GlucoseContext) -> &Target<GlucoseRange> {
        match TargetMetric::for_glucose_context(context) {
            TargetMetric::GlucoseBeforeMeal => &self.glucose_before_meal,
            TargetMetric::GlucoseAfterMeal => &self.glucose_after_meal,
            _ => &self.glucose_other,
        }
    }
}

/// Checks a clinician's override before it is stored. Limits keep targets inside what the
/// safety bands and plausibility limits allow, so an override can never hide a hypo.
pub fn check_setting(s: &TargetSetting) -> Result<(), ValidationError> {
    let out_of = |min: f64, max: f64, unit: &'static str, v: f64| {
        if v.is_nan() {
            Err(ValidationError::NotANumber { field: Field::Target })
        } else if v < min {
            Err(ValidationError::BelowMin { field: Field::Target, min, unit })
        } else if v > max {
            Err(ValidationError::AboveMax { field: Field::Target, max, unit })
        } else {
            Ok(())
        }
    };
    match s.metric {
        TargetMetric::GlucoseBeforeMeal | TargetMetric::GlucoseAfterMeal | TargetMetric::GlucoseOther => {
            let low = s.low.unwrap_or(GLUCOSE_FLOOR_MMOL);
            out_of(GLUCOSE_FLOOR_MMOL, 16.6, "mmol/L", low)?;
            // The high end must sit above the low end and below "very high" (16.7).
            out_of(low + 0.1, 16.6, "mmol/L", s.high)
        }
        TargetMetric::BloodPressureHome => {
            out_of(90.0, 179.0, "mmHg", s.high)?;
            out_of(60.0, 119.0, "mmHg", s.high_secondary.unwrap_or(84.0))
        }
        TargetMetric::Hba1c => out_of(39.0, 86.0, "mmol/mol", s.high),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::Role;

    fn person(birth_year: Option<i32>) -> Person {
        crate::testing::person(1, Role::Patient, birth_year)
    }

    fn setting(metric: TargetMetric, low: Option<f64>, high: f64, second: Option<f64>) -> TargetSetting {
        TargetSetting {
            metric,
            low,
            high,
            high_secondary: second,
            set_by: PersonId(9),
            set_at: DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap(),
            reason: Some("frail".into()),
        }
    }

    #[test]
    fn bp_target_relaxes_at_eighty() {
        assert_eq!(Targets::defaults(&person(Some(1947)), 2026).bp_home.value.systolic, 134);
        assert_eq!(Targets::defaults(&person(Some(1946)), 2026).bp_home.value.systolic, 144);
        assert_eq!(Targets::defaults(&person(None), 2026).bp_home.value.systolic, 134);
    }

    #[test]
    fn defaults_cite_guidelines_and_overrides_name_the_clinician() {
        let t = Targets::defaults(&person(None), 2026);
        assert_eq!(t.hba1c.origin, Origin::Guideline { source: NICE_NG28 });
        assert_eq!(t.glucose_for(GlucoseContext::AfterIftar).value.high, 8.4);
        assert_eq!(t.glucose_for(GlucoseContext::BeforeSuhoor).value.high, 7.0);
        let t = t.with_overrides(&[
            setting(TargetMetric::GlucoseBeforeMeal, Some(6.0), 8.0, None),
            setting(TargetMetric::Hba1c, None, 53.0, None),
            setting(TargetMetric::Hba1c, None, 58.0, None),
        ]);
        assert_eq!(t.glucose_before_meal.value, GlucoseRange { low: 6.0, high: 8.0 });
        assert_eq!(t.hba1c.value, 58.0, "the last override wins");
        assert!(matches!(t.hba1c.origin, Origin::Clinician { by: PersonId(9), .. }));
        assert_eq!(t.glucose_after_meal.value.high, 8.4, "untouched targets keep their default");
    }

    #[test]
    fn overrides_cannot_go_below_the_floor_or_into_danger() {
        let ok = setting(TargetMetric::GlucoseOther, Some(4.0), 16.6, None);
        assert!(check_setting(&ok).is_ok());
        let below = setting(TargetMetric::GlucoseOther, Some(3.9), 8.0, None);
        assert!(matches!(check_setting(&below), Err(ValidationError::BelowMin { min, .. }) if min == 4.0));
        let inverted = setting(TargetMetric::GlucoseBeforeMeal, Some(7.0), 7.0, None);
        assert!(matches!(check_setting(&inverted), Err(ValidationError::BelowMin { .. })));
        let too_high = setting(TargetMetric::GlucoseBeforeMeal, None, 16.7, None);
        assert!(matches!(check_setting(&too_high), Err(ValidationError::AboveMax { .. })));
        let bp = setting(TargetMetric::BloodPressureHome, None, 180.0, Some(90.0));
        assert!(matches!(check_setting(&bp), Err(ValidationError::AboveMax { max, .. }) if max == 179.0));
        let nan = setting(TargetMetric::Hba1c, None, f64::NAN, None);
        assert_eq!(check_setting(&nan), Err(ValidationError::NotANumber { field: Field::Target }));
    }
}
