//! Medicines: a regimen (name, dose, daily times, with or without food) and dose events.
//! Saathi records what the person takes; it never doses or advises a change of dose.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use crate::plausibility::{Field, ValidationError, check_text};
use crate::reading::{RecordId, coded_enum};

pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_DOSE_CHARS: usize = 40;
pub const MAX_TIMES_PER_DAY: usize = 8;

coded_enum!(WithFood { With => "with-food", Without => "without-food", Either => "either" });

coded_enum!(
    DoseStatus {
        Taken => "taken",
        /// Taken, but later than its time.
        Late => "late",
        Skipped => "skipped",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Regimen {
    pub name: String,
    /// As written on the box: "500 mg", "1 tablet", "2 puffs".
    pub dose: String,
    /// Local wall-clock times, sorted, no repeats.
    pub times: Vec<NaiveTime>,
    pub with_food: WithFood,
}

impl Regimen {
    /// Checks a regimen and puts its times in order.
    pub fn validated(mut self) -> Result<Self, ValidationError> {
        check_text(Field::Name, &self.name, MAX_NAME_CHARS)?;
        check_text(Field::Dose, &self.dose, MAX_DOSE_CHARS)?;
        self.name = self.name.trim().to_string();
        self.dose = self.dose.trim().to_string();
        self.times.sort_unstable();
        self.times.dedup();
        if self.times.is_empty() {
            return Err(ValidationError::Missing { field: Field::DoseTimes });
        }
        if self.times.len() > MAX_TIMES_PER_DAY {
            return Err(ValidationError::TooLong { field: Field::DoseTimes, max: MAX_TIMES_PER_DAY });
        }
        Ok(self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DoseEvent {
    /// The regimen (its stable record id) this dose belongs to.
    pub regimen: RecordId,
    /// The regimen time this dose belongs to.
    pub scheduled: NaiveTime,
    pub status: DoseStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, 0, 0).unwrap()
    }

    fn regimen(name: &str, times: Vec<NaiveTime>) -> Regimen {
        Regimen { name: name.into(), dose: "500 mg".into(), times, with_food: WithFood::With }
    }

    #[test]
    fn times_are_sorted_and_deduplicated() {
        let r = regimen(" Metformin ", vec![t(20), t(8), t(20)]).validated().unwrap();
        assert_eq!(r.times, vec![t(8), t(20)]);
        assert_eq!(r.name, "Metformin");
    }

    #[test]
    fn bad_regimens_name_the_field() {
        assert_eq!(regimen("", vec![t(8)]).validated(), Err(ValidationError::Missing { field: Field::Name }));
        assert_eq!(
            regimen("Metformin", vec![]).validated(),
            Err(ValidationError::Missing { field: Field::DoseTimes })
        );
        let many = (0..9).map(t).collect();
        assert_eq!(
            regimen("Metformin", many).validated(),
            Err(ValidationError::TooLong { field: Field::DoseTimes, max: 8 })
        );
    }
}
