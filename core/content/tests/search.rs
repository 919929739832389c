//! Food search over the fixture catalogue, as people type: any script, any case, with or
//! without marks, in the Latin spellings people use.

use saathi_content::search::{NameFrom, SCORE_EXACT};
use saathi_content::{Catalogue, FoodHit, FoodIndex, Locale};

fn index() -> FoodIndex {
    FoodIndex::new(&Catalogue::from_json(include_bytes!("fixtures/catalogue.json")).expect("test data"))
}

fn ids(hits: &[FoodHit]) -> Vec<&str> {
    hits.iter().map(|h| h.food.as_str()).collect()
}

fn first(index: &FoodIndex, query: &str) -> FoodHit {
    index.search(query, 10).into_iter().next().unwrap_or_else(|| panic!("nothing for {query:?}"))
}

#[test]
fn each_script_finds_roti_first_and_says_where_the_name_came_from() {
    let index = index();
    for (query, from) in [
        ("روٹی", NameFrom::Locale(Locale::Ur)),
        ("रोटी", NameFrom::Locale(Locale::Hi)),
        ("ਰੋਟੀ", NameFrom::Locale(Locale::Pa)),
        ("রুটি", NameFrom::Locale(Locale::Bn)),
        ("રોટલી", NameFrom::Locale(Locale::Gu)),
        ("Roti", NameFrom::Locale(Locale::EnGb)),
    ] {
        let hit = first(&index, query);
        assert_eq!((hit.food.as_str(), hit.from, hit.score), ("roti", from, SCORE_EXACT), "{query}");
    }
    // A transliteration that is no locale's name.
    let hit = first(&index, "rotli");
    assert_eq!((hit.food.as_str(), hit.name.as_str(), hit.from.code()), ("roti", "rotli", "transliteration"));
}

#[test]
fn case_and_diacritics_do_not_matter() {
    let index = index();
    let hit = first(&index, "ROTI");
    assert_eq!((hit.food.as_str(), hit.score), ("roti", SCORE_EXACT));
    let hit = first(&index, "Chapātī");
    assert_eq!((hit.food.as_str(), hit.name.as_str(), hit.score), ("roti", "Chapati", SCORE_EXACT));
    // The same with a combining macron typed separately.
    assert_eq!(first(&index, "Chapa\u{0304}ti\u{0304}").food, "roti");
}

#[test]
fn latin_spelling_variants_find_each_other() {
    let index = index();
    // Doubled letters: "chapatti" is listed, "chappati" is not, both find roti.
    assert_eq!(first(&index, "chappati").food, "roti");
    assert_eq!(first(&index, "chapatti").score, SCORE_EXACT);
    // Long vowels: "paneer"/"panir", "daal"/"dal", "pheeki"/"phiki".
    assert_eq!(first(&index, "panir").food, "paneer-curry");
    assert_eq!(first(&index, "daal").food, "chana-dal");
    assert_eq!(first(&index, "phiki chai").food, "chai-no-sugar");
}

#[test]
fn word_beginnings_rank_below_whole_and_exact_matches() {
    let index = index();
    let hits = index.search("chap", 10);
    assert_eq!(ids(&hits), ["roti"]);
    assert!(hits[0].score < 600 && hits[0].score > 300, "{hits:?}");
    // "chai": masala chai's transliteration "chai" is exact; "chai without sugar" has the
    // whole word at its start; neither is a mere prefix.
    let hits = index.search("chai", 10);
    assert_eq!(ids(&hits), ["masala-chai", "chai-no-sugar"]);
    assert_eq!(hits[0].score, SCORE_EXACT);
    assert!(hits[1].score >= 600 && hits[1].score < SCORE_EXACT);
    // "roti" is exact for roti, a whole word inside "Small wholemeal roti".
    let hits = index.search("roti", 10);
    assert_eq!(ids(&hits), ["roti", "roti-small-wholemeal"]);
    assert!(hits[0].score > hits[1].score);
    // "ro" begins both; the one whose name begins with it ranks first.
    let hits = index.search("ro", 10);
    assert_eq!(ids(&hits), ["roti", "roti-small-wholemeal"]);
}

#[test]
fn several_words_must_all_match() {
    let index = index();
    assert_eq!(ids(&index.search("chana dal", 10))[0], "chana-dal");
    assert_eq!(ids(&index.search("matar pan", 10)), ["paneer-curry"]);
    assert!(index.search("chana paneer", 10).is_empty());
    // Word order does not matter for whole words.
    assert_eq!(ids(&index.search("tikka chicken", 10)), ["chicken-tikka"]);
}

#[test]
fn urdu_with_harakat_and_keyboard_letter_variants() {
    let index = index();
    // روٹی with a zabar on the reh, and with a pesh.
    for query in ["ر\u{064E}وٹی", "ر\u{064F}وٹی"] {
        let hit = first(&index, query);
        assert_eq!((hit.food.as_str(), hit.score), ("roti", SCORE_EXACT), "{query}");
    }
    // Arabic yeh (U+064A) typed for Farsi yeh (U+06CC).
    let arabic_yeh = "روٹ\u{064A}";
    assert_ne!(arabic_yeh, "روٹی");
    assert_eq!(first(&index, arabic_yeh).food, "roti");
    // Arabic kaf (U+0643) for keheh in تکہ, and Arabic heh (U+0647) for heh goal.
    assert_eq!(first(&index, "چ\u{0643}ن ت\u{0643}\u{0647}").food, "chicken-tikka");
}

#[test]
fn devanagari_nukta_is_optional_and_vowel_signs_are_not() {
    let index = index();
    // पकौड़ा without the nukta.
    assert_eq!(first(&index, "पकौडा").food, "pakora");
    // A different vowel sign is a different word: रोटा finds nothing.
    assert!(index.search("रोटा", 10).is_empty());
}

#[test]
fn nothing_for_empty_or_unknown_queries_and_limits_hold() {
    let index = index();
    assert!(index.search("", 10).is_empty());
    assert!(index.search(" ,. ", 10).is_empty());
    assert!(index.search("pizza", 10).is_empty());
    assert!(index.search("roti", 0).is_empty());
    assert_eq!(index.search("c", 2).len(), 2);
}

#[test]
fn results_are_the_same_every_time() {
    let index = index();
    let again = self::index();
    for query in ["c", "ch", "chai", "d", "دال", "रोटी", "p"] {
        let a = index.search(query, 50);
        assert_eq!(a, index.search(query, 50), "{query}");
        assert_eq!(a, again.search(query, 50), "{query}");
        assert!(
            a.windows(2)
                .all(|w| w[0].score > w[1].score || (w[0].score == w[1].score && w[0].food < w[1].food))
        );
    }
}
