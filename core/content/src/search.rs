//! Finding a food by any of its names, in any script, as people type them (see `fold` for
//! what counts as the same spelling). The index is built once per catalogue; a search is a
//! binary search per query word in a sorted list of folded name words.
//!
//! Ranking, best first: the whole name exactly; every query word a whole word of the name;
//! query words that only begin words of the name ("chap" for "chapati"). Within a tier, a
//! name that starts with the query's first word ranks higher, then names with fewer other
//! words; ties go to the lower food id, so results are stable.

use std::collections::HashMap;

use serde::Serialize;

use crate::catalogue::Catalogue;
use crate::fold;
use crate::locale::Locale;

/// Where a matched name comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NameFrom {
    Locale(Locale),
    /// A Latin spelling from the food's `transliterations`.
    Transliteration,
}

impl NameFrom {
    /// The locale code, or "transliteration".
    pub fn code(self) -> &'static str {
        match self {
            NameFrom::Locale(l) => l.code(),
            NameFrom::Transliteration => "transliteration",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoodHit {
    /// The food's id.
    pub food: String,
    /// The name that matched, as the catalogue writes it.
    pub name: String,
    pub from: NameFrom,
    /// Higher is better: 1000 exact, 601-799 whole words, 301-499 word beginnings.
    pub score: u32,
}

pub const SCORE_EXACT: u32 = 1000;
const SCORE_WHOLE: u32 = 700;
const SCORE_PREFIX: u32 = 400;
const BONUS_START: u32 = 99;
/// Query words beyond this are ignored (a name search, not a sentence).
const MAX_QUERY_WORDS: usize = 8;

#[derive(Debug)]
struct Entry {
    food: u32,
    name: String,
    from: NameFrom,
    folded: String,
    words: u16,
}

#[derive(Debug)]
struct Word {
    text: Box<str>,
    entry: u32,
    position: u16,
}

/// Every name of every food, folded, ready to search.
#[derive(Debug)]
pub struct FoodIndex {
    food_ids: Vec<String>,
    entries: Vec<Entry>,
    /// Sorted by (text, entry, position).
    words: Vec<Word>,
}

#[derive(Default, Clone, Copy)]
struct Matched {
    tokens: u8,
    whole: u8,
    starts: bool,
}

impl FoodIndex {
    pub fn new(catalogue: &Catalogue) -> FoodIndex {
        let mut index = FoodIndex { food_ids: Vec::new(), entries: Vec::new(), words: Vec::new() };
        for (f, food) in catalogue.foods.iter().enumerate() {
            let f = u32::try_from(f).unwrap_or(u32::MAX);
            index.food_ids.push(food.id.clone());
            let names =
                food.names.iter().flat_map(|(l, names)| names.iter().map(|n| (n, NameFrom::Locale(*l))));
            let transliterations = food.transliterations.iter().map(|n| (n, NameFrom::Transliteration));
            let first = index.entries.len();
            for (name, from) in names.chain(transliterations) {
                let words = fold::words(name);
                let folded = words.join(" ");
                // One entry per spelling: "Roti" (en-GB) and "roti" (Latin) are one name.
                if folded.is_empty() || index.entries[first..].iter().any(|e| e.folded == folded) {
                    continue;
                }
                let entry = u32::try_from(index.entries.len()).unwrap_or(u32::MAX);
                for (position, text) in words.iter().enumerate() {
                    let position = u16::try_from(position).unwrap_or(u16::MAX);
                    index.words.push(Word { text: text.as_str().into(), entry, position });
                }
                let words = u16::try_from(words.len()).unwrap_or(u16::MAX);
                index.entries.push(Entry { food: f, name: name.clone(), from, folded, words });
            }
        }
        index
            .words
            .sort_unstable_by(|a, b| (&a.text, a.entry, a.position).cmp(&(&b.text, b.entry, b.position)));
        index
    }

    /// The foods whose names match `query`, best first, at most `limit`, one hit per food
    /// (its best-matching name).
    pub fn search(&self, query: &str, limit: usize) -> Vec<FoodHit> {
        let mut tokens = fold::words(query);
        tokens.truncate(MAX_QUERY_WORDS);
        if tokens.is_empty() || limit == 0 {
            return Vec::new();
        }
        let all = u8::MAX >> (8 - tokens.len());
        let mut matched: HashMap<u32, Matched> = HashMap::new();
        for (i, token) in tokens.iter().enumerate() {
            let bit = 1u8 << i;
            let start = self.words.partition_point(|w| &*w.text < token.as_str());
            for w in self.words[start..].iter().take_while(|w| w.text.starts_with(token.as_str())) {
                let m = if i == 0 {
                    matched.entry(w.entry).or_default()
                } else {
                    match matched.get_mut(&w.entry) {
                        Some(m) => m,
                        None => continue,
                    }
                };
                m.tokens |= bit;
                if *w.text == *token {
                    m.whole |= bit;
                }
                if i == 0 && w.position == 0 {
                    m.starts = true;
                }
            }
        }

        let query = tokens.join(" ");
        let mut best: HashMap<u32, (u32, u32)> = HashMap::new();
        for (&entry, m) in matched.iter().filter(|(_, m)| m.tokens == all) {
            let e = &self.entries[entry as usize];
            let others = u32::from(e.words).saturating_sub(tokens.len() as u32).min(BONUS_START - 1);
            let bonus = if m.starts { BONUS_START } else { 0 } + (BONUS_START - 1 - others);
            let score = if e.folded == query {
                SCORE_EXACT
            } else if m.whole == all {
                SCORE_WHOLE + bonus
            } else {
                SCORE_PREFIX + bonus
            };
            let slot = best.entry(e.food).or_insert((score, entry));
            if (score, std::cmp::Reverse(entry)) > (slot.0, std::cmp::Reverse(slot.1)) {
                *slot = (score, entry);
            }
        }
        let mut hits: Vec<(u32, u32, u32)> =
            best.into_iter().map(|(food, (score, entry))| (score, food, entry)).collect();
        hits.sort_unstable_by(|a, b| {
            b.0.cmp(&a.0).then_with(|| self.food_ids[a.1 as usize].cmp(&self.food_ids[b.1 as usize]))
        });
        hits.truncate(limit);
        hits.into_iter()
            .map(|(score, food, entry)| {
                let e = &self.entries[entry as usize];
                FoodHit {
                    food: self.food_ids[food as usize].clone(),
                    name: e.name.clone(),
                    from: e.from,
                    score,
                }
            })
            .collect()
    }

    /// How many distinct names are indexed.
    pub fn names(&self) -> usize {
        self.entries.len()
    }
}
