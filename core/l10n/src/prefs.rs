//! A person's languages: one chain for reading, one for hearing ("speaking a language is
//! not reading it", PRODUCT.md). Negotiation picks, along each chain, the first language
//! Saathi has in that form; the source locale always ends the text chain.

use serde::Serialize;

use crate::locales::{self, LocaleInfo, SOURCE};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguagePrefs {
    /// Languages to read, most preferred first: e.g. ["bn", "en-GB"].
    pub text: Vec<String>,
    /// Languages to hear, most preferred first: e.g. ["syl", "bn", "en-GB"].
    pub audio: Vec<String>,
}

impl LanguagePrefs {
    /// One language for both, with English behind it.
    pub fn single(code: &str) -> Self {
        LanguagePrefs { text: vec![code.to_string()], audio: vec![code.to_string()] }
    }
}

/// The text chain Saathi will use: the person's reading languages in order (a language
/// without text stands for the one its speakers read, Sylheti for Bengali), each once,
/// ending with the source locale.
pub fn text_chain(prefs: &LanguagePrefs) -> Vec<&'static LocaleInfo> {
    let mut chain: Vec<&'static LocaleInfo> = Vec::new();
    let readable =
        |l: &'static LocaleInfo| if l.has_text() { Some(l) } else { l.text_fallback.and_then(locales::find) };
    for l in
        prefs.text.iter().filter_map(|c| locales::find(c)).filter_map(readable).chain(locales::find(SOURCE))
    {
        if !chain.iter().any(|c| c.code == l.code) {
            chain.push(l);
        }
    }
    chain
}

/// The audio chain: known languages that can be heard, in the person's order, then the
/// text chain (a language one can read aloud is better than silence).
pub fn audio_chain(prefs: &LanguagePrefs) -> Vec<&'static LocaleInfo> {
    let mut chain: Vec<&'static LocaleInfo> = Vec::new();
    for l in prefs.audio.iter().filter_map(|c| locales::find(c)).chain(text_chain(prefs)) {
        if l.audio && !chain.iter().any(|c| c.code == l.code) {
            chain.push(l);
        }
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(chain: &[&LocaleInfo]) -> Vec<&'static str> {
        chain.iter().map(|l| l.code).collect()
    }

    #[test]
    fn sylheti_is_heard_and_its_text_falls_back_to_bengali_then_english() {
        let prefs = LanguagePrefs { text: vec!["bn".into()], audio: vec!["syl".into(), "bn".into()] };
        assert_eq!(codes(&text_chain(&prefs)), ["bn", "en-GB"]);
        assert_eq!(codes(&audio_chain(&prefs)), ["syl", "bn", "en-GB"]);
        // Someone who only says "Sylheti" reads Bengali, then English.
        let only = LanguagePrefs::single("syl");
        assert_eq!(codes(&text_chain(&only)), ["bn", "en-GB"]);
        assert_eq!(codes(&audio_chain(&only)), ["syl", "bn", "en-GB"]);
    }

    #[test]
    fn regional_codes_match_their_language_and_unknown_ones_are_skipped() {
        let prefs = LanguagePrefs { text: vec!["ur-PK".into(), "xx".into(), "pa".into()], audio: vec![] };
        assert_eq!(codes(&text_chain(&prefs)), ["ur", "pa", "en-GB"]);
        assert_eq!(codes(&audio_chain(&prefs)), ["ur", "pa", "en-GB"]);
        assert_eq!(codes(&text_chain(&LanguagePrefs::single("EN-us"))), ["en-GB"]);
    }
}
