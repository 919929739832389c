//! Pack versions: exactly `MAJOR.MINOR.PATCH`, compared numerically part by part.
//!
//! No pre-release or build suffixes: a version is also a directory name on the phone, and
//! "is this newer?" must have one obvious answer.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Field order matters: the derived `Ord` compares major, then minor, then patch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PackVersion {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl PackVersion {
    pub const fn new(major: u32, minor: u32, patch: u32) -> Self {
        PackVersion { major, minor, patch }
    }
}

/// Why a string is not a pack version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a pack version is three whole numbers like 1.2.0, without leading zeros")]
pub struct BadVersion;

impl FromStr for PackVersion {
    type Err = BadVersion;

    fn from_str(s: &str) -> Result<Self, BadVersion> {
        let mut parts = s.split('.').map(part);
        let version = PackVersion {
            major: parts.next().ok_or(BadVersion)??,
            minor: parts.next().ok_or(BadVersion)??,
            patch: parts.next().ok_or(BadVersion)??,
        };
        match parts.next() {
            None => Ok(version),
            Some(_) => Err(BadVersion),
        }
    }
}

/// One decimal part: digits only ("+1" and " 1" are refused, which `u32::from_str` would
/// partly accept), no leading zero so that each version has exactly one spelling.
fn part(s: &str) -> Result<u32, BadVersion> {
    let digits_only = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits_only || (s.len() > 1 && s.starts_with('0')) {
        return Err(BadVersion);
    }
    s.parse().map_err(|_| BadVersion)
}

impl fmt::Display for PackVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

impl Serialize for PackVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PackVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_the_same_text() {
        for s in ["0.0.0", "1.0.0", "1.10.2", "4294967295.0.1"] {
            let v: PackVersion = s.parse().expect(s);
            assert_eq!(v.to_string(), s);
        }
    }

    #[test]
    fn refuses_anything_else() {
        for s in [
            "",
            "1",
            "1.0",
            "1.0.0.0",
            "01.0.0",
            "1.00.0",
            "1.0.0-beta",
            "1.0.0+x",
            "+1.0.0",
            "1. 0.0",
            "4294967296.0.0",
            "1..0",
            "v1.0.0",
            "1.0.0\n",
        ] {
            assert_eq!(s.parse::<PackVersion>(), Err(BadVersion), "{s:?}");
        }
    }

    #[test]
    fn compares_numerically_part_by_part() {
        let v = |s: &str| s.parse::<PackVersion>().expect(s);
        assert!(v("1.10.0") > v("1.9.0"));
        assert!(v("2.0.0") > v("1.99.99"));
        assert!(v("1.0.10") > v("1.0.9"));
        assert_eq!(v("1.2.3"), PackVersion::new(1, 2, 3));
    }
}
