//! Finding a food by any of its names, in any script, as people type them (see `fold` for
//! what counts as the same spelling). The index is built once per catalogue; a search is a
//! binary search per query word in a sorted list of folded name words.
//!
//! Ranking, best first: the whole name exactly; every query word a whole word of the name;
//! query words that only begin words of the name ("chap" for "chapati"). Within a tier, a
//! name that starts with the query's first word ranks higher, then names with fewer other
//! words; ties go to the lower food id, so results are stable.

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
    /// Each food's place in id order: ties between foods go to the lower id.
    food_rank: Vec<u32>,
    /// Grouped by food, in catalogue order.
    entries: Vec<Entry>,
    /// Sorted by (text, entry, position).
    words: Vec<Word>,
}

// Per-entry match state while searching, one u32 each: bits 0-7 say which query words
// matched a word of the name, bits 8-15 which matched a whole word, bit 16 that the first
// query word matched the name's first word.
const WHOLE_SHIFT: u32 = 8;
const STARTS: u32 = 1 << 16;

impl FoodIndex {
    pub fn new(catalogue: &Catalogue) -> FoodIndex {
        let mut index =
            FoodIndex { food_ids: Vec::new(), food_rank: Vec::new(), entries: Vec::new(), words: Vec::new() };
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
        let mut by_id: Vec<u32> = (0..index.food_ids.len() as u32).collect();
        by_id.sort_unstable_by(|a, b| index.food_ids[*a as usize].cmp(&index.food_ids[*b as usize]));
        index.food_rank = vec![0; by_id.len()];
        for (rank, food) in by_id.into_iter().enumerate() {
            index.food_rank[food as usize] = rank as u32;
        }
        index
    }

    /// The words of the index that begin with `token`.
    fn beginning_with(&self, token: &str) -> &[Word] {
        let start = self.words.partition_point(|w| &*w.text < token);
        let len = self.words[start..].partition_point(|w| w.text.starts_with(token));
        &self.words[start..start + len]
    }

    /// The foods whose names match `query`, best first, at most `limit`, one hit per food
    /// (its best-matching name).
    pub fn search(&self, query: &str, limit: usize) -> Vec<FoodHit> {
        let mut tokens = fold::words(query);
        tokens.truncate(MAX_QUERY_WORDS);
        if tokens.is_empty() || limit == 0 {
            return Vec::new();
        }
        let all = u32::from(u8::MAX >> (8 - tokens.len()));

        // Dense state per entry, touched only for names that match the first query word.
        let mut state = vec![0u32; self.entries.len()];
        let mut touched: Vec<u32> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            let bit = 1u32 << i;
            for w in self.beginning_with(token) {
                let s = &mut state[w.entry as usize];
                if i == 0 {
                    if *s == 0 {
                        touched.push(w.entry);
                    }
                    if w.position == 0 {
                        *s |= STARTS;
                    }
                } else if *s == 0 {
                    continue;
                }
                *s |= bit;
                if *w.text == *token {
                    *s |= bit << WHOLE_SHIFT;
                }
            }
        }

        // The best name of each food.
        let query = tokens.join(" ");
        let words = tokens.len() as u32;
        let mut best: Vec<(u32, u32)> = Vec::new();
        let mut best_of_food = vec![u32::MAX; self.food_ids.len()];
        for entry in touched {
            let s = state[entry as usize];
            if s & all != all {
                continue;
            }
            let e = &self.entries[entry as usize];
            let others = u32::from(e.words).saturating_sub(words).min(BONUS_START - 1);
            let bonus = if s & STARTS != 0 { BONUS_START } else { 0 } + (BONUS_START - 1 - others);
            let score = if e.folded == query {
                SCORE_EXACT
            } else if (s >> WHOLE_SHIFT) & all == all {
                SCORE_WHOLE + bonus
            } else {
                SCORE_PREFIX + bonus
            };
            let slot = &mut best_of_food[e.food as usize];
            if *slot == u32::MAX {
                *slot = best.len() as u32;
                best.push((score, entry));
            } else {
                let b = &mut best[*slot as usize];
                // Higher score, then the earlier name (locale order, then listed order).
                if (score, std::cmp::Reverse(entry)) > (b.0, std::cmp::Reverse(b.1)) {
                    *b = (score, entry);
                }
            }
        }

        // Best first, ties to the lower food id; only the top `limit` are sorted.
        let key = |&(score, entry): &(u32, u32)| {
            (std::cmp::Reverse(score), self.food_rank[self.entries[entry as usize].food as usize])
        };
        if best.len() > limit {
            best.select_nth_unstable_by_key(limit - 1, key);
            best.truncate(limit);
        }
        best.sort_unstable_by_key(key);
        best.into_iter()
            .map(|(score, entry)| {
                let e = &self.entries[entry as usize];
                FoodHit {
                    food: self.food_ids[e.food as usize].clone(),
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
