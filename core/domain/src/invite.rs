//! Invitation codes a patient reads aloud or texts to a helper: short, no characters that
//! are easy to confuse (Crockford's base-32 alphabet: no I, L, O or U), with a check
//! character (Luhn mod 32) that catches any one wrong character and most swapped pairs.
//! Randomness comes from the caller, so this stays pure.

use serde::Serialize;

/// Crockford's base-32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Random characters in a code (40 bits), before the check character.
pub const CODE_CHARS: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct InviteCode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CodeError {
    #[error("an invitation code has {} characters", CODE_CHARS + 1)]
    WrongLength,
    #[error("an invitation code uses only letters and digits")]
    BadCharacter,
    #[error("the code's last character does not match: a character was misheard or mistyped")]
    CheckFailed,
}

fn value(c: u8) -> Option<usize> {
    // Crockford decoding: O is 0, I and L are 1; case does not matter.
    let c = match c.to_ascii_uppercase() {
        b'O' => b'0',
        b'I' | b'L' => b'1',
        other => other,
    };
    ALPHABET.iter().position(|a| *a == c)
}

/// Luhn mod N over the alphabet: the character that makes the weighted sum a multiple of 32.
fn check_char(values: &[usize]) -> u8 {
    let n = ALPHABET.len();
    let mut sum = 0;
    for (i, v) in values.iter().rev().enumerate() {
        let mut addend = if i % 2 == 0 { v * 2 } else { *v };
        addend = addend / n + addend % n;
        sum += addend;
    }
    ALPHABET[(n - sum % n) % n]
}

impl InviteCode {
    /// Makes a code from `CODE_CHARS` random bytes.
    pub fn from_random(bytes: [u8; CODE_CHARS]) -> Self {
        let values: Vec<usize> = bytes.iter().map(|b| usize::from(*b) % ALPHABET.len()).collect();
        let mut code: String = values.iter().map(|v| char::from(ALPHABET[*v])).collect();
        code.push(char::from(check_char(&values)));
        InviteCode(code)
    }

    /// Reads a code as a person typed or said it: spaces and dashes ignored, any case,
    /// O for 0 and I or L for 1.
    pub fn parse(text: &str) -> Result<Self, CodeError> {
        let raw: Vec<u8> = text.bytes().filter(|b| !matches!(b, b' ' | b'-')).collect();
        if raw.len() != CODE_CHARS + 1 {
            return Err(CodeError::WrongLength);
        }
        let values: Vec<usize> =
            raw.iter().map(|b| value(*b)).collect::<Option<_>>().ok_or(CodeError::BadCharacter)?;
        let (data, check) = values.split_at(CODE_CHARS);
        if ALPHABET[check[0]] != check_char(data) {
            return Err(CodeError::CheckFailed);
        }
        Ok(InviteCode(values.iter().map(|v| char::from(ALPHABET[*v])).collect()))
    }

    /// The canonical form (9 characters), as stored (hashed) and compared.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// In groups of three for reading aloud or typing: "K7M-4QX-9RT".
    pub fn grouped(&self) -> String {
        let c: Vec<char> = self.0.chars().collect();
        c.chunks(3).map(|g| g.iter().collect::<String>()).collect::<Vec<_>>().join("-")
    }

    /// What a QR code carries.
    pub fn qr_payload(&self) -> String {
        format!("saathi://invite/{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_in_any_spelling_a_person_might_use() {
        let code = InviteCode::from_random([0, 31, 7, 200, 13, 99, 250, 1]);
        assert_eq!(code.as_str().len(), 9);
        assert!(!code.as_str().contains(['I', 'L', 'O', 'U']));
        assert_eq!(InviteCode::parse(code.as_str()), Ok(code.clone()));
        assert_eq!(InviteCode::parse(&code.grouped()), Ok(code.clone()));
        assert_eq!(InviteCode::parse(&code.grouped().to_lowercase().replace('-', " ")), Ok(code.clone()));
        let with_letters = code.as_str().replace('0', "o").replace('1', "l");
        assert_eq!(InviteCode::parse(&with_letters), Ok(code.clone()));
        assert_eq!(code.qr_payload(), format!("saathi://invite/{}", code.as_str()));
    }

    #[test]
    fn every_single_wrong_character_is_caught() {
        let code = InviteCode::from_random([5, 17, 29, 3, 11, 23, 30, 8]);
        for i in 0..9 {
            for replacement in ALPHABET.iter() {
                let mut bytes = code.as_str().as_bytes().to_vec();
                if bytes[i] == *replacement {
                    continue;
                }
                bytes[i] = *replacement;
                let typed = String::from_utf8(bytes).unwrap();
                assert_eq!(InviteCode::parse(&typed), Err(CodeError::CheckFailed), "{typed}");
            }
        }
    }

    #[test]
    fn malformed_codes_are_refused() {
        assert_eq!(InviteCode::parse("ABC"), Err(CodeError::WrongLength));
        assert_eq!(InviteCode::parse("ABCDEFGH!"), Err(CodeError::BadCharacter));
        assert_eq!(InviteCode::parse("ABCDEFGHU"), Err(CodeError::BadCharacter), "U is not in the alphabet");
    }
}
