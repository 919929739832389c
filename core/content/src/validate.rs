//! The rules a catalogue must keep (catalogue-format.md, "Rules the parser enforces"), plus a
//! few that follow from the data's own meaning (marked "also"), each reported as a
//! `Problem` naming the item, the field and the rule. Content is not health data, so errors
//! may name ids and fields freely; they still carry no free text from the pack.

use std::collections::HashSet;

use saathi_domain::person::Condition;
use thiserror::Error;
use unicode_normalization::is_nfc;

use crate::catalogue::{Catalogue, Food, Lesson, Nutrients, Review};
use crate::codes::Category;
use crate::locale::{Locale, LocaleNames, LocaleText};

#[derive(Debug, Clone, PartialEq, Error)]
pub enum CatalogueError {
    /// Not JSON, or not the shape of format 1 (unknown or missing field, unknown code).
    #[error("catalogue.json does not parse: {0}")]
    Json(String),
    #[error("catalogue format {found} is not supported (this Saathi reads format 1)")]
    UnsupportedFormat { found: String },
    #[error("catalogue.json breaks {} rule(s): {}", .0.len(), list(.0))]
    Invalid(Vec<Problem>),
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(Problem::to_string).collect::<Vec<_>>().join("; ")
}

/// Which part of the catalogue a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Source,
    Food,
    Lesson,
    Activity,
}

impl ItemKind {
    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Source => "source",
            ItemKind::Food => "food",
            ItemKind::Lesson => "lesson",
            ItemKind::Activity => "activity",
        }
    }
}

/// One broken rule: in which item (kind and id), which field (a path such as `names.ur`,
/// `per_portion.salt_g` or `variants.syl.text`), and what is wrong.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{} {id}: {field}: {rule}", kind.code())]
pub struct Problem {
    pub kind: ItemKind,
    pub id: String,
    pub field: String,
    pub rule: Rule,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Rule {
    #[error("the id is used twice")]
    DuplicateId,
    #[error("ids are kebab-case: a-z, 0-9 and single hyphens")]
    NotKebabCase,
    #[error("no source has the id {0:?}")]
    UnknownSource(String),
    #[error("no food has the id {0:?}")]
    UnknownSwapTarget(String),
    #[error("a food cannot be swapped for itself")]
    SwapToItself,
    #[error("{0} is missing")]
    MissingLocale(Locale),
    #[error("Sylheti is for audio only")]
    AudioOnlyLocale,
    #[error("is empty")]
    Empty,
    #[error("is not NFC-normalised")]
    NotNfc,
    #[error("is not a finite number")]
    NotFinite,
    #[error("is negative")]
    Negative,
    #[error("must be more than 0")]
    NotPositive,
    #[error("is more than the portion weighs")]
    MoreThanPortion,
    /// Also: sugars are part of the carbohydrate, saturates part of the fat.
    #[error("is more than {0}")]
    MoreThanWhole(&'static str),
    /// Also: vegan and Jain food is vegetarian; meat and fish are not.
    #[error("contradicts {0}")]
    DietContradiction(&'static str),
    #[error("must be 1, 2 or 3")]
    ReadingLevel,
    /// Also: a lesson cannot be both for and unsuitable for a condition.
    #[error("{} is both a condition it is for and one it is unsuitable for", .0.code())]
    ForAndUnsuitable(Condition),
    #[error("no variant has audio")]
    NoAudio,
    #[error("a variant with text needs a title")]
    NoTitle,
    /// Also: a variant with neither text nor audio says nothing.
    #[error("has neither text nor audio")]
    EmptyVariant,
    #[error("media paths are relative, inside media/, without ..")]
    MediaPath,
}

/// Every rule the catalogue breaks, in document order.
pub fn problems(c: &Catalogue) -> Vec<Problem> {
    let mut v = Checker { out: Vec::new(), kind: ItemKind::Source, id: String::new() };
    let source_ids: HashSet<&str> = c.sources.iter().map(|s| s.id.as_str()).collect();
    let food_ids: HashSet<&str> = c.foods.iter().map(|f| f.id.as_str()).collect();

    let mut seen = HashSet::new();
    for s in &c.sources {
        v.item(ItemKind::Source, &s.id, &mut seen);
        v.text("name", &s.name);
        for (field, value) in [("url", &s.url), ("licence", &s.licence)] {
            if let Some(value) = value {
                v.text(field, value);
            }
        }
    }

    let mut seen = HashSet::new();
    for f in &c.foods {
        v.item(ItemKind::Food, &f.id, &mut seen);
        food(&mut v, f, &food_ids);
        v.source(&f.source, &source_ids);
        v.review(&f.review);
    }

    let mut seen = HashSet::new();
    for l in &c.lessons {
        v.item(ItemKind::Lesson, &l.id, &mut seen);
        lesson(&mut v, l);
        v.source(&l.source, &source_ids);
        if let Some(reviewer) = &l.reviewer {
            v.text("reviewer", reviewer);
        }
        v.review(&l.review);
    }

    let mut seen = HashSet::new();
    for a in &c.activities {
        v.item(ItemKind::Activity, &a.id, &mut seen);
        v.names("names", &a.names, false);
        v.locale_text("description", &a.description, false);
        for (i, caution) in a.cautions.iter().enumerate() {
            v.locale_text(&format!("cautions[{i}].text"), &caution.text, false);
        }
        v.source(&a.source, &source_ids);
        v.review(&a.review);
    }
    v.out
}

fn food(v: &mut Checker, f: &Food, food_ids: &HashSet<&str>) {
    v.names("names", &f.names, true);
    for (i, t) in f.transliterations.iter().enumerate() {
        v.text(&format!("transliterations[{i}]"), t);
    }
    v.positive("portion.count", f.portion.count);
    v.positive("portion.grams", f.portion.grams);
    v.locale_text("portion.text", &f.portion.text, true);
    nutrients(v, &f.per_portion, f.portion.grams);
    let d = f.diet;
    if d.vegan && !d.vegetarian {
        v.problem("diet.vegan", Rule::DietContradiction("vegetarian: false"));
    }
    if d.jain && !d.vegetarian {
        v.problem("diet.jain", Rule::DietContradiction("vegetarian: false"));
    }
    if d.vegetarian && matches!(f.category, Category::Meat | Category::Fish) {
        v.problem("diet.vegetarian", Rule::DietContradiction("the category meat or fish"));
    }
    for (i, s) in f.swaps.iter().enumerate() {
        let field = format!("swaps[{i}].to");
        if s.to == f.id {
            v.problem(&field, Rule::SwapToItself);
        } else if !food_ids.contains(s.to.as_str()) {
            v.problem(&field, Rule::UnknownSwapTarget(s.to.clone()));
        }
    }
}

fn nutrients(v: &mut Checker, n: &Nutrients, grams: f64) {
    let fields = [
        ("per_portion.energy_kcal", n.energy_kcal, false),
        ("per_portion.carbohydrate_g", n.carbohydrate_g, true),
        ("per_portion.sugars_g", n.sugars_g, true),
        ("per_portion.fat_g", n.fat_g, true),
        ("per_portion.saturates_g", n.saturates_g, true),
        ("per_portion.salt_g", n.salt_g, true),
    ];
    for (field, value, in_grams) in fields {
        if !value.is_finite() {
            v.problem(field, Rule::NotFinite);
        } else if value < 0.0 {
            v.problem(field, Rule::Negative);
        } else if in_grams && grams.is_finite() && value > grams {
            v.problem(field, Rule::MoreThanPortion);
        }
    }
    if n.sugars_g > n.carbohydrate_g {
        v.problem("per_portion.sugars_g", Rule::MoreThanWhole("carbohydrate_g"));
    }
    if n.saturates_g > n.fat_g {
        v.problem("per_portion.saturates_g", Rule::MoreThanWhole("fat_g"));
    }
}

fn lesson(v: &mut Checker, l: &Lesson) {
    if !(1..=3).contains(&l.reading_level) {
        v.problem("reading_level", Rule::ReadingLevel);
    }
    for &c in &l.conditions {
        if l.unsuitable_for.contains(&c) {
            v.problem("unsuitable_for", Rule::ForAndUnsuitable(c));
        }
    }
    if !l.variants.values().any(|variant| variant.audio.is_some()) {
        v.problem("variants", Rule::NoAudio);
    }
    for (locale, variant) in &l.variants {
        let at = |field: &str| format!("variants.{locale}.{field}");
        let texts = [("title", &variant.title), ("text", &variant.text), ("transcript", &variant.transcript)];
        for (field, value) in texts {
            let Some(value) = value else { continue };
            if locale.has_text() {
                v.text(&at(field), value);
            } else {
                v.problem(&at(field), Rule::AudioOnlyLocale);
            }
        }
        if locale.has_text() && variant.text.is_some() && variant.title.is_none() {
            v.problem(&at("title"), Rule::NoTitle);
        }
        if variant.text.is_none() && variant.audio.is_none() {
            v.problem(&format!("variants.{locale}"), Rule::EmptyVariant);
        }
        if let Some(audio) = &variant.audio {
            v.media(&at("audio.file"), &audio.file);
            v.duration(&at("audio.duration_ms"), audio.duration_ms);
            v.text(&at("audio.voice"), &audio.voice);
        }
        if let Some(video) = &variant.video {
            v.media(&at("video.file"), &video.file);
            v.media(&at("video.captions"), &video.captions);
            v.duration(&at("video.duration_ms"), video.duration_ms);
        }
    }
}

/// A media path a pack may use: relative to the pack root, inside `media/`, with no `..`,
/// `.` or empty segments and no backslashes or control characters, so it cannot point
/// outside the pack on any platform.
pub fn is_media_path(path: &str) -> bool {
    let Some(rest) = path.strip_prefix("media/") else { return false };
    !rest.is_empty()
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
        && rest.split('/').all(|seg| !seg.is_empty() && seg != "." && seg != "..")
}

/// kebab-case: lowercase ASCII letters and digits in runs joined by single hyphens.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

struct Checker {
    out: Vec<Problem>,
    kind: ItemKind,
    id: String,
}

impl Checker {
    fn problem(&mut self, field: &str, rule: Rule) {
        self.out.push(Problem { kind: self.kind, id: self.id.clone(), field: field.to_string(), rule });
    }

    fn item<'a>(&mut self, kind: ItemKind, id: &'a str, seen: &mut HashSet<&'a str>) {
        self.kind = kind;
        self.id = id.to_string();
        if !is_kebab_case(id) {
            self.problem("id", Rule::NotKebabCase);
        }
        if !seen.insert(id) {
            self.problem("id", Rule::DuplicateId);
        }
    }

    fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.problem(field, Rule::Empty);
        } else if !is_nfc(value) {
            self.problem(field, Rule::NotNfc);
        }
    }

    /// Per-locale text: Sylheti never; with `all_six`, every text locale present.
    fn locale_text(&mut self, field: &str, texts: &LocaleText, all_six: bool) {
        if all_six {
            for l in Locale::TEXT.into_iter().filter(|l| !texts.contains_key(l)) {
                self.problem(field, Rule::MissingLocale(l));
            }
        }
        for (l, t) in texts {
            let at = format!("{field}.{l}");
            if l.has_text() { self.text(&at, t) } else { self.problem(&at, Rule::AudioOnlyLocale) }
        }
    }

    /// Names per locale: each list's names non-empty; with `all_six`, every text locale has
    /// at least one name; in any case some locale has one.
    fn names(&mut self, field: &str, names: &LocaleNames, all_six: bool) {
        if all_six {
            for l in Locale::TEXT.into_iter().filter(|l| names.get(l).is_none_or(Vec::is_empty)) {
                self.problem(field, Rule::MissingLocale(l));
            }
        } else if names.values().all(Vec::is_empty) {
            self.problem(field, Rule::Empty);
        }
        for (l, list) in names {
            if !l.has_text() {
                self.problem(&format!("{field}.{l}"), Rule::AudioOnlyLocale);
                continue;
            }
            for (i, name) in list.iter().enumerate() {
                self.text(&format!("{field}.{l}[{i}]"), name);
            }
        }
    }

    fn positive(&mut self, field: &str, value: f64) {
        if !value.is_finite() {
            self.problem(field, Rule::NotFinite);
        } else if value <= 0.0 {
            self.problem(field, Rule::NotPositive);
        }
    }

    fn duration(&mut self, field: &str, ms: u64) {
        if ms == 0 {
            self.problem(field, Rule::NotPositive);
        }
    }

    fn media(&mut self, field: &str, path: &str) {
        if !is_media_path(path) {
            self.problem(field, Rule::MediaPath);
        }
    }

    fn source(&mut self, id: &str, known: &HashSet<&str>) {
        if !known.contains(id) {
            self.problem("source", Rule::UnknownSource(id.to_string()));
        }
    }

    fn review(&mut self, review: &Review) {
        if let Review::Reviewed { by, .. } = review {
            self.text("review.by", by);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_paths() {
        for ok in ["media/a.m4a", "media/lessons/x.en-GB.mp4", "media/x.vtt"] {
            assert!(is_media_path(ok), "{ok}");
        }
        for bad in [
            "",
            "media/",
            "/media/a.m4a",
            "a.m4a",
            "media/../a.m4a",
            "media/x/../../a.m4a",
            "media/./a.m4a",
            "media//a.m4a",
            "media\\a.m4a",
            "media/a\\..\\..\\b",
            "Media/a.m4a",
            "./media/a.m4a",
            "media/a\n.m4a",
        ] {
            assert!(!is_media_path(bad), "{bad:?}");
        }
    }

    #[test]
    fn kebab_case_ids() {
        for ok in ["roti", "what-is-type-2-diabetes", "a1", "x-2-y"] {
            assert!(is_kebab_case(ok), "{ok}");
        }
        for bad in ["", "Roti", "roti_small", "-roti", "roti-", "ro--ti", "roti small", "रोटी"] {
            assert!(!is_kebab_case(bad), "{bad:?}");
        }
    }
}
