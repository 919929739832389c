//! Safety bands and the advice that goes with them (CLINICAL.md "Safety bands").
//!
//! A band is a meaning ("low", "stage 2"), never a colour; the advice is a list of message
//! keys the person hears at once. Every assessment cites the guideline its band comes from.
//! Glucose is judged at display precision (one decimal in mmol/L), so 54 mg/dL (3.0) is a
//! level 1 low and 53 mg/dL (2.9) a level 2, exactly as ADA writes it in mg/dL.

use serde::Serialize;

use crate::reading::{BloodPressure, Glucose};
use crate::sources::{ADA_SOC_TABLE_6_3, NHS_HYPOGLYCAEMIA, NICE_NG28, NICE_NG136, Source};
use crate::targets::{BpLimit, Targets};
use crate::units::round_to;

/// How soon the person should act. Shells map this to prominence and sound, not colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Nothing to do.
    None,
    /// Mention it at the next review.
    Routine,
    /// Get advice soon (today or in the coming days).
    Soon,
    /// Act now.
    Now,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GlucoseBand {
    SevereLow,
    Low,
    InRange,
    High,
    VeryHigh,
}

impl GlucoseBand {
    pub const ALL: [GlucoseBand; 5] = [
        GlucoseBand::SevereLow,
        GlucoseBand::Low,
        GlucoseBand::InRange,
        GlucoseBand::High,
        GlucoseBand::VeryHigh,
    ];

    pub fn code(self) -> &'static str {
        match self {
            GlucoseBand::SevereLow => "severe-low",
            GlucoseBand::Low => "low",
            GlucoseBand::InRange => "in-range",
            GlucoseBand::High => "high",
            GlucoseBand::VeryHigh => "very-high",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BpBand {
    Low,
    Normal,
    Stage1,
    Stage2,
    Severe,
}

impl BpBand {
    pub const ALL: [BpBand; 5] =
        [BpBand::Low, BpBand::Normal, BpBand::Stage1, BpBand::Stage2, BpBand::Severe];

    pub fn code(self) -> &'static str {
        match self {
            BpBand::Low => "low",
            BpBand::Normal => "normal",
            BpBand::Stage1 => "stage-1",
            BpBand::Stage2 => "stage-2",
            BpBand::Severe => "severe",
        }
    }
}

/// Advice the person hears at once. Each is a Fluent message id (`advice-…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Advice {
    GlucoseSevereLow,
    GlucoseLow,
    GlucoseInRange,
    GlucoseHigh,
    GlucoseVeryHigh,
    /// Ramadan and other fasts: break the fast now (IDF-DAR).
    BreakFast,
    BpLow,
    BpNormal,
    BpStage1,
    BpStage2,
    BpSevere,
    /// Call 999 with these symptoms.
    BpSevereSymptoms,
}

impl Advice {
    /// The advice tells the person to call NHS 111 (today, if things do not settle), so
    /// screens put the number to hand beside it.
    pub fn names_111(self) -> bool {
        matches!(self, Advice::GlucoseVeryHigh | Advice::BpSevere)
    }

    pub const ALL: [Advice; 12] = [
        Advice::GlucoseSevereLow,
        Advice::GlucoseLow,
        Advice::GlucoseInRange,
        Advice::GlucoseHigh,
        Advice::GlucoseVeryHigh,
        Advice::BreakFast,
        Advice::BpLow,
        Advice::BpNormal,
        Advice::BpStage1,
        Advice::BpStage2,
        Advice::BpSevere,
        Advice::BpSevereSymptoms,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Advice::GlucoseSevereLow => "advice-glucose-severe-low",
            Advice::GlucoseLow => "advice-glucose-low",
            Advice::GlucoseInRange => "advice-glucose-in-range",
            Advice::GlucoseHigh => "advice-glucose-high",
            Advice::GlucoseVeryHigh => "advice-glucose-very-high",
            Advice::BreakFast => "advice-break-fast",
            Advice::BpLow => "advice-bp-low",
            Advice::BpNormal => "advice-bp-normal",
            Advice::BpStage1 => "advice-bp-stage-1",
            Advice::BpStage2 => "advice-bp-stage-2",
            Advice::BpSevere => "advice-bp-severe",
            Advice::BpSevereSymptoms => "advice-bp-severe-symptoms",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GlucoseAssessment {
    pub band: GlucoseBand,
    pub urgency: Urgency,
    pub advice: Vec<Advice>,
    /// The guidelines behind the band and any extra advice.
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BpAssessment {
    pub band: BpBand,
    /// Within the person's home target (which relaxes at 80).
    pub within_target: bool,
    pub urgency: Urgency,
    pub advice: Vec<Advice>,
    pub sources: Vec<Source>,
}

pub const GLUCOSE_SEVERE_LOW_BELOW: f64 = 3.0;
pub const GLUCOSE_LOW_BELOW: f64 = 4.0;
pub const GLUCOSE_VERY_HIGH_FROM: f64 = 16.7;
/// Names the rules of `glucose_band` (the thresholds above and how a value is compared
/// with them). Day tallies kept in the database for summaries are counted with these rules
/// and record this number: a kept tally with another number is counted again. Change it
/// whenever `glucose_band` would put any value in another band.
pub const GLUCOSE_BANDS_VERSION: u32 = 1;
/// IDF-DAR: break the fast below 3.9 or above 16.6 mmol/L.
pub const FAST_BREAK_BELOW: f64 = 3.9;
pub const FAST_BREAK_ABOVE: f64 = 16.6;

/// The band a glucose value falls in, against the person's target for its context.
/// Pure classification, used for every CGM point in summaries, so it allocates nothing.
pub fn glucose_band(mmol: f64, target_low: f64, target_high: f64) -> GlucoseBand {
    let v = round_to(mmol, 1);
    if v < GLUCOSE_SEVERE_LOW_BELOW {
        GlucoseBand::SevereLow
    } else if v < GLUCOSE_LOW_BELOW.max(target_low) {
        GlucoseBand::Low
    } else if v >= GLUCOSE_VERY_HIGH_FROM {
        GlucoseBand::VeryHigh
    } else if v > target_high {
        GlucoseBand::High
    } else {
        GlucoseBand::InRange
    }
}

/// Judges one glucose reading. `fasting` is true while the person is keeping a fast
/// (Ramadan or another), which adds IDF-DAR's break-the-fast rule.
pub fn assess_glucose(g: &Glucose, targets: &Targets, fasting: bool) -> GlucoseAssessment {
    let target = targets.glucose_for(g.context);
    let band = glucose_band(g.mmol(), target.value.low, target.value.high);
    let (urgency, advice, source) = match band {
        GlucoseBand::SevereLow => (Urgency::Now, Advice::GlucoseSevereLow, ADA_SOC_TABLE_6_3),
        GlucoseBand::Low => (Urgency::Now, Advice::GlucoseLow, NHS_HYPOGLYCAEMIA),
        GlucoseBand::InRange => (Urgency::None, Advice::GlucoseInRange, NICE_NG28),
        GlucoseBand::High => (Urgency::Routine, Advice::GlucoseHigh, NICE_NG28),
        GlucoseBand::VeryHigh => (Urgency::Soon, Advice::GlucoseVeryHigh, ADA_SOC_TABLE_6_3),
    };
    let mut assessment = GlucoseAssessment { band, urgency, advice: vec![advice], sources: vec![source] };
    if let Some(b) = crate::ramadan::fasting_advice(g.mmol(), fasting) {
        // Breaking the fast comes first: it is what to do before anything else.
        assessment.advice.insert(0, b.advice);
        assessment.sources.push(b.source);
        assessment.urgency = Urgency::Now;
    }
    assessment
}

/// The band of a home blood-pressure reading (NICE NG136 home thresholds).
pub fn bp_band(systolic: u16, diastolic: u16) -> BpBand {
    if systolic >= 180 || diastolic >= 120 {
        BpBand::Severe
    } else if systolic < 90 || diastolic < 60 {
        BpBand::Low
    } else if systolic >= 150 || diastolic >= 95 {
        BpBand::Stage2
    } else if systolic >= 135 || diastolic >= 85 {
        BpBand::Stage1
    } else {
        BpBand::Normal
    }
}

pub fn within_bp_target(systolic: u16, diastolic: u16, limit: BpLimit) -> bool {
    systolic <= limit.systolic && diastolic <= limit.diastolic
}

pub fn assess_blood_pressure(bp: &BloodPressure, targets: &Targets) -> BpAssessment {
    let band = bp_band(bp.systolic, bp.diastolic);
    let within_target = within_bp_target(bp.systolic, bp.diastolic, targets.bp_home.value);
    let (urgency, advice) = match band {
        BpBand::Low => (Urgency::Routine, vec![Advice::BpLow]),
        BpBand::Normal => (Urgency::None, vec![Advice::BpNormal]),
        BpBand::Stage1 => (Urgency::Routine, vec![Advice::BpStage1]),
        BpBand::Stage2 => (Urgency::Soon, vec![Advice::BpStage2]),
        BpBand::Severe => (Urgency::Now, vec![Advice::BpSevere, Advice::BpSevereSymptoms]),
    };
    BpAssessment { band, within_target, urgency, advice, sources: vec![NICE_NG136] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::GlucoseContext;
    use crate::sources::IDF_DAR_2021;
    use crate::testing::default_targets as targets;
    use crate::units::GlucoseUnit;

    fn band(mmol: f64, context: GlucoseContext) -> GlucoseBand {
        assess_glucose(&Glucose { value: mmol, unit: GlucoseUnit::MmolPerL, context }, &targets(), false).band
    }

    #[test]
    fn glucose_band_boundaries_before_meal() {
        use GlucoseBand::*;
        let c = GlucoseContext::BeforeMeal;
        assert_eq!(band(2.9, c), SevereLow);
        assert_eq!(band(2.95, c), Low, "2.95 shows as 3.0, which is not below 3.0");
        assert_eq!(band(3.0, c), Low);
        assert_eq!(band(3.9, c), Low);
        assert_eq!(band(4.0, c), InRange, "4 is the floor, not below it");
        assert_eq!(band(7.0, c), InRange);
        assert_eq!(band(7.1, c), High);
        assert_eq!(band(16.6, c), High);
        assert_eq!(band(16.7, c), VeryHigh);
        assert_eq!(band(55.0, c), VeryHigh);
    }

    #[test]
    fn the_bands_version_names_these_rules() {
        // If this fails because the rules changed, bump GLUCOSE_BANDS_VERSION (kept day
        // tallies count bands with these rules) and update the expectations here.
        use GlucoseBand::*;
        let bands: Vec<GlucoseBand> =
            [2.94, 2.95, 3.95, 4.0, 16.64, 16.65].iter().map(|v| glucose_band(*v, 4.0, 7.0)).collect();
        assert_eq!(bands, [SevereLow, Low, InRange, InRange, High, VeryHigh]);
        assert_eq!(glucose_band(5.95, 6.0, 20.0), InRange, "the low end is compared at one decimal");
        assert_eq!(glucose_band(5.94, 6.0, 20.0), Low);
        assert_eq!(glucose_band(18.0, 6.0, 20.0), VeryHigh, "very high whatever the target");
        assert_eq!(glucose_band(7.04, 4.0, 7.0), InRange, "the high end is inclusive at one decimal");
        assert_eq!(GLUCOSE_BANDS_VERSION, 1);
    }

    #[test]
    fn glucose_band_boundaries_after_meal_and_random() {
        use GlucoseBand::*;
        assert_eq!(band(8.4, GlucoseContext::AfterMeal), InRange);
        assert_eq!(band(8.5, GlucoseContext::AfterMeal), High, "NICE: under 8.5");
        assert_eq!(band(8.5, GlucoseContext::AfterIftar), High);
        assert_eq!(band(11.0, GlucoseContext::Random), InRange);
        assert_eq!(band(11.1, GlucoseContext::Random), High, "11.1 or more is high");
        assert_eq!(band(11.1, GlucoseContext::Bedtime), High);
        assert_eq!(band(7.5, GlucoseContext::Fasting), High);
        assert_eq!(band(7.5, GlucoseContext::BeforeSuhoor), High);
    }

    #[test]
    fn mg_per_dl_thresholds_match_ada() {
        let mg = |v| {
            assess_glucose(
                &Glucose { value: v, unit: GlucoseUnit::MgPerDl, context: GlucoseContext::Random },
                &targets(),
                false,
            )
            .band
        };
        assert_eq!(mg(53.0), GlucoseBand::SevereLow, "ADA level 2 is below 54 mg/dL");
        assert_eq!(mg(54.0), GlucoseBand::Low);
        assert_eq!(mg(72.0), GlucoseBand::InRange);
        assert_eq!(mg(299.0), GlucoseBand::High);
        assert_eq!(mg(300.0), GlucoseBand::VeryHigh, "16.7 mmol/L is 300 mg/dL");
    }

    #[test]
    fn severe_low_says_act_now_and_cites_ada() {
        let a = assess_glucose(
            &Glucose { value: 2.6, unit: GlucoseUnit::MmolPerL, context: GlucoseContext::Random },
            &targets(),
            false,
        );
        assert_eq!(a.urgency, Urgency::Now);
        assert_eq!(a.advice, vec![Advice::GlucoseSevereLow]);
        assert_eq!(a.sources, vec![ADA_SOC_TABLE_6_3]);
    }

    #[test]
    fn fasting_rules_break_the_fast_outside_3_9_to_16_6() {
        let fasting = |v| {
            assess_glucose(
                &Glucose { value: v, unit: GlucoseUnit::MmolPerL, context: GlucoseContext::Random },
                &targets(),
                true,
            )
        };
        let a = fasting(3.8);
        assert_eq!(a.advice.first(), Some(&Advice::BreakFast));
        assert!(a.sources.contains(&IDF_DAR_2021));
        assert!(!fasting(3.9).advice.contains(&Advice::BreakFast));
        assert!(!fasting(16.6).advice.contains(&Advice::BreakFast));
        let high = fasting(16.65);
        assert_eq!(high.band, GlucoseBand::VeryHigh, "16.65 shows as 16.7");
        assert!(high.advice.contains(&Advice::BreakFast));
        assert_eq!(high.urgency, Urgency::Now);
        // Not fasting: the same 3.8 is a low, with no fasting advice.
        let not = assess_glucose(
            &Glucose { value: 3.8, unit: GlucoseUnit::MmolPerL, context: GlucoseContext::Random },
            &targets(),
            false,
        );
        assert!(!not.advice.contains(&Advice::BreakFast));
    }

    #[test]
    fn a_raised_target_floor_makes_values_below_it_low() {
        assert_eq!(glucose_band(4.5, 5.0, 8.0), GlucoseBand::Low);
        assert_eq!(glucose_band(5.0, 5.0, 8.0), GlucoseBand::InRange);
    }

    #[test]
    fn bp_band_boundaries() {
        use BpBand::*;
        assert_eq!(bp_band(134, 84), Normal);
        assert_eq!(bp_band(135, 70), Stage1);
        assert_eq!(bp_band(120, 85), Stage1);
        assert_eq!(bp_band(149, 94), Stage1);
        assert_eq!(bp_band(150, 80), Stage2);
        assert_eq!(bp_band(130, 95), Stage2);
        assert_eq!(bp_band(179, 119), Stage2);
        assert_eq!(bp_band(180, 100), Severe);
        assert_eq!(bp_band(150, 120), Severe);
        assert_eq!(bp_band(89, 59), Low);
        assert_eq!(bp_band(89, 70), Low);
        assert_eq!(bp_band(100, 59), Low);
        assert_eq!(bp_band(90, 60), Normal);
        assert_eq!(bp_band(185, 55), Severe, "severe outranks low");
    }

    #[test]
    fn severe_bp_gives_999_symptoms_and_target_depends_on_age() {
        let bp = |s, d| BloodPressure { systolic: s, diastolic: d, pulse: None, arm: None, position: None };
        let a = assess_blood_pressure(&bp(185, 125), &targets());
        assert_eq!(a.urgency, Urgency::Now);
        assert_eq!(a.advice, vec![Advice::BpSevere, Advice::BpSevereSymptoms]);
        assert!(!a.within_target);
        assert!(assess_blood_pressure(&bp(134, 84), &targets()).within_target);
        assert!(!assess_blood_pressure(&bp(135, 84), &targets()).within_target);
        assert!(!assess_blood_pressure(&bp(134, 85), &targets()).within_target);
    }
}
