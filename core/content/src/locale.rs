//! The languages content comes in. Text in six locales; Sylheti ("syl") only as audio, since
//! it is mostly spoken, not written (PRODUCT.md): its speakers read Bengali.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A content locale. The order of the variants is the order maps iterate in (`BTreeMap`),
/// so everything built from a catalogue is deterministic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Locale {
    #[serde(rename = "en-GB")]
    EnGb,
    #[serde(rename = "ur")]
    Ur,
    #[serde(rename = "pa")]
    Pa,
    #[serde(rename = "bn")]
    Bn,
    #[serde(rename = "gu")]
    Gu,
    #[serde(rename = "hi")]
    Hi,
    /// Sylheti: audio only.
    #[serde(rename = "syl")]
    Syl,
}

impl Locale {
    pub const ALL: [Locale; 7] =
        [Locale::EnGb, Locale::Ur, Locale::Pa, Locale::Bn, Locale::Gu, Locale::Hi, Locale::Syl];

    /// The locales content is written in: every food is named in all of them.
    pub const TEXT: [Locale; 6] = [Locale::EnGb, Locale::Ur, Locale::Pa, Locale::Bn, Locale::Gu, Locale::Hi];

    pub fn code(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::Ur => "ur",
            Locale::Pa => "pa",
            Locale::Bn => "bn",
            Locale::Gu => "gu",
            Locale::Hi => "hi",
            Locale::Syl => "syl",
        }
    }

    /// Whether content may have text in this locale (Sylheti is heard, not read).
    pub fn has_text(self) -> bool {
        self != Locale::Syl
    }

    /// The locale whose text a speaker of this one reads: Sylheti speakers read Bengali.
    pub fn reads(self) -> Locale {
        if self == Locale::Syl { Locale::Bn } else { self }
    }

    /// A person's language code (BCP 47, as `saathi_domain::person::Languages` holds them):
    /// exact codes ignoring case first, then by language subtag ("bn-BD" is Bengali,
    /// "en-US" falls to "en-GB"), as the localisation layer matches them.
    pub fn from_bcp47(code: &str) -> Option<Locale> {
        let code = code.trim();
        if let Some(exact) = Self::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code)) {
            return Some(exact);
        }
        let language = code.split(['-', '_']).next().unwrap_or(code);
        Self::ALL
            .into_iter()
            .find(|l| l.code().split('-').next().is_some_and(|t| t.eq_ignore_ascii_case(language)))
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// One text per locale.
pub type LocaleText = BTreeMap<Locale, String>;

/// Names per locale: the first is the usual name in that locale's script, the rest are other
/// names people use.
pub type LocaleNames = BTreeMap<Locale, Vec<String>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_serde() {
        for l in Locale::ALL {
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json, format!("\"{}\"", l.code()));
            assert_eq!(serde_json::from_str::<Locale>(&json).unwrap(), l);
        }
        assert!(serde_json::from_str::<Locale>("\"en\"").is_err());
        assert!(serde_json::from_str::<Locale>("\"EN-GB\"").is_err());
    }

    #[test]
    fn person_codes_match_by_language() {
        assert_eq!(Locale::from_bcp47("en-GB"), Some(Locale::EnGb));
        assert_eq!(Locale::from_bcp47("EN-gb"), Some(Locale::EnGb));
        assert_eq!(Locale::from_bcp47("en-US"), Some(Locale::EnGb));
        assert_eq!(Locale::from_bcp47("bn-BD"), Some(Locale::Bn));
        assert_eq!(Locale::from_bcp47("pa_IN"), Some(Locale::Pa));
        assert_eq!(Locale::from_bcp47("syl"), Some(Locale::Syl));
        assert_eq!(Locale::from_bcp47("ta"), None);
        assert_eq!(Locale::from_bcp47(""), None);
    }

    #[test]
    fn sylheti_is_heard_and_read_as_bengali() {
        assert!(!Locale::Syl.has_text());
        assert_eq!(Locale::Syl.reads(), Locale::Bn);
        assert!(Locale::TEXT.iter().all(|l| l.has_text() && l.reads() == *l));
    }
}
