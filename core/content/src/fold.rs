//! How names are folded for search, so what people type finds what the catalogue says:
//! any case, with or without optional marks, and the common ways South Asian words are
//! spelled in Latin letters.
//!
//! The rule, in order, for each character:
//! 1. lower case (`char::to_lowercase`), then Unicode compatibility decomposition (NFKD), so
//!    "Ā" becomes "a" + a combining macron, precomposed and typed-apart forms agree, and
//!    presentation forms (Arabic ligatures, full-width letters) become plain letters;
//! 2. format controls (general category Cf: zero-width joiner and non-joiner, bidi marks,
//!    soft hyphen) are dropped: they change how text is drawn, not which word it is;
//! 3. combining marks with a non-zero canonical combining class are dropped, except viramas
//!    (class 9). The combining class is what Unicode uses to order marks that sit on a
//!    letter; every mark that only decorates a letter has one: Latin accents (230, 220 ...),
//!    Arabic-script harakat (zabar, zer, pesh, tanween, shadda, jazm: 27-35; hamza above 230)
//!    and the Indic nukta (7). Indic vowel signs (matras), anusvara, candrabindu, Gurmukhi
//!    tippi and addak all have class 0, because they spell sounds of the word, so they are
//!    kept; a virama joins consonants into a conjunct, which also changes the word, so it is
//!    kept too. This uses Unicode's tables (unicode-normalization, unicode-properties), not
//!    a list of letters;
//! 4. Urdu letters that Unicode does not unify but keyboards produce either way are mapped
//!    to the Urdu form (a small set, below);
//! 5. anything that is not a letter, mark or digit separates words.
//!
//! Then, in words written in Latin letters only, transliteration variance is folded: "ee"
//! to "i" and "oo" to "u" (long vowels in the English-style spelling of Urdu and Hindi
//! words: keema/kima, doodh/dudh), and then runs of a repeated letter to one (daal/dal,
//! chapatti/chapati, aloo/alu). Both the names and the query are folded the same way, so
//! an English word folded oddly ("cheese" to "chise") still finds itself.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

const VIRAMA: u8 = 9;

/// Urdu letters written with Arabic code points by Arabic and some phone keyboards. Not a
/// transliteration table: only look-alike letters of the same sound. Known gap: other
/// variants (e.g. teh marbuta, alef maksura in loanwords) are not unified.
fn urdu_letter(c: char) -> Option<char> {
    match c {
        // Arabic yeh and alef maksura are typed for Farsi/Urdu yeh (ی).
        '\u{064A}' | '\u{0649}' => Some('\u{06CC}'),
        // Arabic kaf for keheh (ک).
        '\u{0643}' => Some('\u{06A9}'),
        // Arabic heh, and heh doachashmee in aspirates (بھ), for heh goal (ہ): keyboards
        // give one key for all three.
        '\u{0647}' | '\u{06BE}' => Some('\u{06C1}'),
        // Tatweel only stretches a joined letter.
        '\u{0640}' => None,
        _ => Some(c),
    }
}

/// The folded words of `text`, ready to compare.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    if text.is_ascii() {
        // ASCII is its own NFKD and has no marks or format controls: the same rule, faster.
        for b in text.bytes() {
            if b.is_ascii_alphanumeric() {
                word.push(char::from(b.to_ascii_lowercase()));
            } else {
                finish(&mut word, &mut out);
            }
        }
        finish(&mut word, &mut out);
        return out;
    }
    for c in text.chars().flat_map(char::to_lowercase).nfkd() {
        match c.general_category() {
            GeneralCategory::Format => {}
            GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark => {
                let class = canonical_combining_class(c);
                if class == 0 || class == VIRAMA {
                    word.push(c);
                }
            }
            GeneralCategory::UppercaseLetter
            | GeneralCategory::LowercaseLetter
            | GeneralCategory::TitlecaseLetter
            | GeneralCategory::ModifierLetter
            | GeneralCategory::OtherLetter
            | GeneralCategory::DecimalNumber
            | GeneralCategory::LetterNumber
            | GeneralCategory::OtherNumber => {
                if let Some(c) = urdu_letter(c) {
                    word.push(c);
                }
            }
            _ => finish(&mut word, &mut out),
        }
    }
    finish(&mut word, &mut out);
    out
}

/// The folded form of a whole name: its words joined by single spaces.
pub fn fold(text: &str) -> String {
    words(text).join(" ")
}

fn finish(word: &mut String, out: &mut Vec<String>) {
    if word.is_empty() {
        return;
    }
    let w = std::mem::take(word);
    out.push(if w.bytes().all(|b| b.is_ascii_lowercase()) { latin(&w) } else { w });
}

/// Transliteration variance in a lower-case ASCII word (see the module comment).
fn latin(word: &str) -> String {
    let bytes = word.as_bytes();
    let mut long = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1)) {
            (b'e', Some(b'e')) => {
                long.push(b'i');
                i += 2;
            }
            (b'o', Some(b'o')) => {
                long.push(b'u');
                i += 2;
            }
            (b, _) => {
                long.push(b);
                i += 1;
            }
        }
    }
    long.dedup();
    String::from_utf8(long).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_latin_accents() {
        assert_eq!(fold("ROTI"), "roti");
        assert_eq!(fold("Chapātī"), fold("chapati"));
        assert_eq!(fold("Crème brûlée"), fold("creme brulee"));
        // Precomposed and decomposed forms agree.
        assert_eq!(fold("\u{0101}"), fold("a\u{0304}"));
    }

    #[test]
    fn transliteration_variance() {
        assert_eq!(fold("chapatti"), "chapati");
        assert_eq!(fold("Daal"), "dal");
        assert_eq!(fold("keema"), fold("kima"));
        assert_eq!(fold("doodh"), fold("dudh"));
        assert_eq!(fold("aloo gobi"), "alu gobi");
        // Different words stay different.
        assert_ne!(fold("dal"), fold("dahl"));
        assert_ne!(fold("roti"), fold("rota"));
    }

    #[test]
    fn arabic_script_harakat_go_and_letters_stay() {
        // روٹی with a zabar on the reh, and with a pesh: the same word.
        assert_eq!(fold("ر\u{064E}وٹی"), fold("روٹی"));
        assert_eq!(fold("ر\u{064F}وٹی"), fold("روٹی"));
        // Shadda, tanween, jazm and superscript alef.
        assert_eq!(fold("چ\u{0651}ائے"), fold("چائے"));
        assert_eq!(fold("ب\u{064B}"), fold("ب"));
        assert_eq!(fold("د\u{0652}ال"), fold("دال"));
        // Different letters stay different.
        assert_ne!(fold("دال"), fold("ڈال"));
    }

    #[test]
    fn urdu_keyboard_variants() {
        // Arabic yeh (U+064A) for Farsi yeh (U+06CC).
        assert_eq!(fold("روٹ\u{064A}"), fold("روٹ\u{06CC}"));
        // Arabic kaf for keheh.
        assert_eq!(fold("\u{0643}ھیر"), fold("\u{06A9}ھیر"));
        // Arabic heh for heh goal and heh doachashmee.
        assert_eq!(fold("پ\u{0647}لکا"), fold("پ\u{06BE}لکا"));
        assert_eq!(fold("حلو\u{0647}"), fold("حلو\u{06C1}"));
        // Tatweel.
        assert_eq!(fold("روٹ\u{0640}ی"), fold("روٹی"));
    }

    #[test]
    fn indic_nukta_goes_and_vowel_signs_stay() {
        // Devanagari: पकौड़ा with and without the nukta under ड.
        assert_eq!(fold("पकौड\u{093C}ा"), fold("पकौडा"));
        // Precomposed ड़ (U+095C) decomposes to ड + nukta.
        assert_eq!(fold("\u{095C}"), fold("ड"));
        // Vowel signs (matras) change the word: रोटी (roti) is not रटी, nor रोटा.
        assert_ne!(fold("रोटी"), fold("रटी"));
        assert_ne!(fold("रोटी"), fold("रोटा"));
        // Anusvara stays: चना is not चंना.
        assert_ne!(fold("चना"), fold("चंना"));
        // Virama stays: a conjunct is not two letters.
        assert_ne!(fold("पक्का"), fold("पकका"));
        // Bengali, Gurmukhi and Gujarati vowel signs stay too.
        assert_ne!(fold("রুটি"), fold("রটি"));
        assert_ne!(fold("ਰੋਟੀ"), fold("ਰਟੀ"));
        assert_ne!(fold("રોટલી"), fold("રટલી"));
        // Gurmukhi nukta goes: ਜ਼ (za) and ਜ (ja) are typed either way.
        assert_eq!(fold("ਜ\u{0A3C}"), fold("ਜ"));
        // Indic words are not touched by the Latin folds.
        assert_eq!(fold("रोटी"), "रोटी");
    }

    #[test]
    fn ascii_text_folds_as_it_would_beside_other_scripts() {
        // Pure ASCII takes a shortcut; the same words inside non-ASCII text take the full
        // rule. They must agree.
        for ascii in ["Roti", "CHAPATTI (7-up), daal!", "Keema\tnaan", "a_b"] {
            let mixed = format!("{ascii} रोटी");
            let mut full = words(&mixed);
            assert_eq!(full.pop().as_deref(), Some("रोटी"));
            assert_eq!(words(ascii), full, "{ascii:?}");
        }
    }

    #[test]
    fn format_controls_join_and_punctuation_separates() {
        assert_eq!(fold("ro\u{200C}ti"), "roti");
        assert_eq!(fold("র\u{200D}\u{09CD}য\u{09BE}ব"), fold("র\u{09CD}য\u{09BE}ব"));
        assert_eq!(words("Dal (lentils), tarka"), ["dal", "lentils", "tarka"]);
        assert_eq!(words("  "), Vec::<String>::new());
        assert_eq!(words("7-up"), ["7", "up"]);
    }
}
