//! Units and conversions (CLINICAL.md "Units").
//!
//! Canonical units: glucose mmol/L, HbA1c IFCC mmol/mol, weight kg, blood pressure mmHg.
//! What the person typed is kept beside the canonical number, so nothing is lost.

use serde::{Deserialize, Serialize};

/// mg/dL in one mmol/L of glucose (molar mass 180.156 g/mol).
pub const MG_PER_DL_PER_MMOL_PER_L: f64 = 18.0156;
/// Kilograms in one stone.
pub const KG_PER_STONE: f64 = 6.350_293_18;
/// Pounds in one stone.
pub const POUNDS_PER_STONE: f64 = 14.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GlucoseUnit {
    MmolPerL,
    MgPerDl,
}

impl GlucoseUnit {
    pub fn to_mmol(self, value: f64) -> f64 {
        match self {
            GlucoseUnit::MmolPerL => value,
            GlucoseUnit::MgPerDl => value / MG_PER_DL_PER_MMOL_PER_L,
        }
    }

    pub fn from_mmol(self, mmol: f64) -> f64 {
        match self {
            GlucoseUnit::MmolPerL => mmol,
            GlucoseUnit::MgPerDl => mmol * MG_PER_DL_PER_MMOL_PER_L,
        }
    }

    /// Decimal places a value in this unit is shown and judged with: meters show mmol/L
    /// with one decimal and mg/dL as whole numbers.
    pub fn decimals(self) -> u8 {
        match self {
            GlucoseUnit::MmolPerL => 1,
            GlucoseUnit::MgPerDl => 0,
        }
    }

    /// The UCUM code, also used as the stored and scripted name.
    pub fn code(self) -> &'static str {
        match self {
            GlucoseUnit::MmolPerL => "mmol/L",
            GlucoseUnit::MgPerDl => "mg/dL",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "mmol/L" => Some(GlucoseUnit::MmolPerL),
            "mg/dL" => Some(GlucoseUnit::MgPerDl),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hba1cUnit {
    /// IFCC, what the NHS reports.
    MmolPerMol,
    /// DCCT, what many people remember from elsewhere.
    Percent,
}

impl Hba1cUnit {
    pub fn to_mmol_per_mol(self, value: f64) -> f64 {
        match self {
            Hba1cUnit::MmolPerMol => value,
            Hba1cUnit::Percent => (value - 2.15) * 10.929,
        }
    }

    pub fn from_mmol_per_mol(self, ifcc: f64) -> f64 {
        match self {
            Hba1cUnit::MmolPerMol => ifcc,
            Hba1cUnit::Percent => ifcc / 10.929 + 2.15,
        }
    }

    pub fn decimals(self) -> u8 {
        match self {
            Hba1cUnit::MmolPerMol => 0,
            Hba1cUnit::Percent => 1,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Hba1cUnit::MmolPerMol => "mmol/mol",
            Hba1cUnit::Percent => "%",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "mmol/mol" => Some(Hba1cUnit::MmolPerMol),
            "%" => Some(Hba1cUnit::Percent),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WeightUnit {
    Kg,
    /// Stones and pounds, as many older people in the UK think of their weight.
    StonesPounds,
}

impl WeightUnit {
    pub fn code(self) -> &'static str {
        match self {
            WeightUnit::Kg => "kg",
            WeightUnit::StonesPounds => "st-lb",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "kg" => Some(WeightUnit::Kg),
            "st-lb" => Some(WeightUnit::StonesPounds),
            _ => None,
        }
    }
}

/// A weight in whole stones and pounds (pounds to one decimal place).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StonesPounds {
    pub stones: u32,
    pub pounds: f64,
}

/// The most pounds a stones-and-pounds weight can have: 14 lb make a stone.
pub const MAX_POUNDS: f64 = 13.9;

impl StonesPounds {
    /// Pounds from 0 to `MAX_POUNDS` ("11 st 99 lb" is a typing error, not 18 st 1 lb).
    pub fn validated(self) -> Result<Self, crate::plausibility::ValidationError> {
        use crate::plausibility::{Field, ValidationError};
        if !self.pounds.is_finite() {
            return Err(ValidationError::NotANumber { field: Field::Weight });
        }
        if self.pounds < 0.0 {
            return Err(ValidationError::BelowMin { field: Field::Weight, min: 0.0, unit: "lb" });
        }
        if round_to(self.pounds, 1) > MAX_POUNDS {
            return Err(ValidationError::AboveMax { field: Field::Weight, max: MAX_POUNDS, unit: "lb" });
        }
        Ok(self)
    }

    pub fn to_kg(self) -> f64 {
        (f64::from(self.stones) + self.pounds / POUNDS_PER_STONE) * KG_PER_STONE
    }

    pub fn from_kg(kg: f64) -> Self {
        Self::from_kg_rounded(kg, 1)
    }

    /// The weight with its pounds rounded to `decimals` places before it is split, so
    /// rounding carries into the stones: 11 st 13.6 lb is 12 st 0 lb in whole pounds,
    /// never "11 st 14 lb".
    pub fn from_kg_rounded(kg: f64, decimals: u8) -> Self {
        let total_pounds = round_to(kg / KG_PER_STONE * POUNDS_PER_STONE, decimals);
        let stones = (total_pounds / POUNDS_PER_STONE).floor();
        let pounds = round_to(total_pounds - stones * POUNDS_PER_STONE, decimals);
        StonesPounds { stones: stones as u32, pounds }
    }
}

/// Rounds half away from zero to `decimals` places: how a value is shown and judged.
pub fn round_to(value: f64, decimals: u8) -> f64 {
    let scale = 10f64.powi(i32::from(decimals));
    // The tiny nudge keeps 8.45 (stored as 8.4499999...) rounding the way a person expects.
    ((value * scale) + value.signum() * 1e-9).round() / scale
}

#[cfg(test)]
mod tests {
    #[test]
    fn pounds_run_from_0_to_13_point_9() {
        use crate::plausibility::ValidationError;
        let sp = |pounds| StonesPounds { stones: 11, pounds }.validated();
        assert!(sp(0.0).is_ok());
        assert!(sp(13.9).is_ok());
        assert!(
            matches!(sp(14.0), Err(ValidationError::AboveMax { max, unit: "lb", .. }) if max == MAX_POUNDS)
        );
        assert!(matches!(sp(99.0), Err(ValidationError::AboveMax { .. })));
        assert!(matches!(sp(-1.0), Err(ValidationError::BelowMin { unit: "lb", .. })));
        assert!(matches!(sp(f64::NAN), Err(ValidationError::NotANumber { .. })));
    }

    use super::*;

    #[test]
    fn glucose_conversions_match_clinical_md() {
        assert!((GlucoseUnit::MgPerDl.to_mmol(18.0156) - 1.0).abs() < 1e-12);
        assert_eq!(round_to(GlucoseUnit::MgPerDl.to_mmol(300.0), 1), 16.7);
        assert_eq!(round_to(GlucoseUnit::MgPerDl.to_mmol(54.0), 1), 3.0);
        assert_eq!(round_to(GlucoseUnit::MgPerDl.to_mmol(70.0), 1), 3.9);
        assert_eq!(round_to(GlucoseUnit::MgPerDl.from_mmol(5.5), 0), 99.0);
    }

    #[test]
    fn hba1c_conversions_match_ifcc_formula() {
        assert_eq!(round_to(Hba1cUnit::Percent.to_mmol_per_mol(6.5), 0), 48.0);
        assert_eq!(round_to(Hba1cUnit::Percent.to_mmol_per_mol(7.0), 0), 53.0);
        assert_eq!(round_to(Hba1cUnit::Percent.to_mmol_per_mol(7.5), 0), 58.0);
        assert_eq!(round_to(Hba1cUnit::Percent.from_mmol_per_mol(48.0), 1), 6.5);
    }

    #[test]
    fn stones_and_pounds_round_trip() {
        let sp = StonesPounds { stones: 11, pounds: 4.0 };
        assert!((sp.to_kg() - 71.667).abs() < 0.01);
        assert_eq!(StonesPounds::from_kg(sp.to_kg()), sp);
        // 13 st 13.96 lb shows as 14 st 0 lb, never 13 st 14.0 lb.
        let edge = StonesPounds::from_kg(StonesPounds { stones: 13, pounds: 13.96 }.to_kg());
        assert_eq!(edge, StonesPounds { stones: 14, pounds: 0.0 });
        let whole = StonesPounds::from_kg_rounded(StonesPounds { stones: 11, pounds: 13.6 }.to_kg(), 0);
        assert_eq!(whole, StonesPounds { stones: 12, pounds: 0.0 });
    }

    #[test]
    fn unit_codes_round_trip() {
        for u in [GlucoseUnit::MmolPerL, GlucoseUnit::MgPerDl] {
            assert_eq!(GlucoseUnit::from_code(u.code()), Some(u));
        }
        for u in [Hba1cUnit::MmolPerMol, Hba1cUnit::Percent] {
            assert_eq!(Hba1cUnit::from_code(u.code()), Some(u));
        }
        for u in [WeightUnit::Kg, WeightUnit::StonesPounds] {
            assert_eq!(WeightUnit::from_code(u.code()), Some(u));
        }
        assert_eq!(GlucoseUnit::from_code("mmol"), None);
    }
}
