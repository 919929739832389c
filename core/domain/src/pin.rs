//! Profile PINs on a shared phone: what a PIN may be, and how long to wait after wrong
//! attempts. Hashing (argon2id) happens in the app layer, which has the randomness.

use chrono::{DateTime, Duration, Utc};

use crate::plausibility::{Field, ValidationError};

pub const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 8;
/// Wrong attempts allowed before waiting starts.
pub const FREE_ATTEMPTS: u32 = 3;
pub const FIRST_WAIT_SECONDS: i64 = 30;
pub const LONGEST_WAIT_SECONDS: i64 = 3600;

/// A PIN is 4 to 8 digits: easy on a keypad, for fingers with arthritis too.
pub fn check(pin: &str) -> Result<(), ValidationError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(ValidationError::NotANumber { field: Field::Pin });
    }
    if pin.len() < MIN_DIGITS {
        return Err(ValidationError::BelowMin { field: Field::Pin, min: MIN_DIGITS as f64, unit: "digits" });
    }
    if pin.len() > MAX_DIGITS {
        return Err(ValidationError::AboveMax { field: Field::Pin, max: MAX_DIGITS as f64, unit: "digits" });
    }
    Ok(())
}

/// When the next attempt may be made after `failures` wrong ones, the last at `last`:
/// three free tries, then 30 s, 1 min, 2 min ... up to an hour.
pub fn next_attempt_at(failures: u32, last: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if failures < FREE_ATTEMPTS {
        return None;
    }
    let doublings = (failures - FREE_ATTEMPTS).min(16);
    let wait = (FIRST_WAIT_SECONDS << doublings).min(LONGEST_WAIT_SECONDS);
    Some(last + Duration::seconds(wait))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_four_to_eight_digits() {
        assert!(check("1234").is_ok() && check("12345678").is_ok());
        assert_eq!(check("123").unwrap_err().field(), Field::Pin);
        assert!(matches!(check("123456789"), Err(ValidationError::AboveMax { .. })));
        assert_eq!(check("12a4"), Err(ValidationError::NotANumber { field: Field::Pin }));
    }

    #[test]
    fn waiting_grows_after_three_wrong_attempts() {
        let t = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        assert_eq!(next_attempt_at(2, t), None);
        assert_eq!(next_attempt_at(3, t), Some(t + Duration::seconds(30)));
        assert_eq!(next_attempt_at(4, t), Some(t + Duration::seconds(60)));
        assert_eq!(next_attempt_at(10, t), Some(t + Duration::seconds(3600)));
        assert_eq!(next_attempt_at(1000, t), Some(t + Duration::seconds(3600)));
    }
}
