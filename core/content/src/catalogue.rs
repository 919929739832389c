//! The catalogue of a content pack (`catalogue.json`, docs: /work/briefs/catalogue-format.md,
//! format 1): sources, foods, lessons and activities, parsed from bytes handed in (this crate
//! does no I/O) and checked by `validate` before anyone sees them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use saathi_domain::person::Condition;

use crate::codes::{Audience, Category, Cuisine, Intensity, Measure, SwapReason, Topic};
use crate::locale::{Locale, LocaleNames, LocaleText};
use crate::validate::{self, CatalogueError};

/// The catalogue format this crate reads.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub format: u32,
    pub sources: Vec<Source>,
    pub foods: Vec<Food>,
    pub lessons: Vec<Lesson>,
    pub activities: Vec<Activity>,
}

/// Where an item's facts come from. `approximate` items are shown as estimates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub name: String,
    pub url: Option<String>,
    pub licence: Option<String>,
    pub approximate: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Food {
    pub id: String,
    pub cuisines: Vec<Cuisine>,
    pub category: Category,
    pub names: LocaleNames,
    /// Latin spellings people type ("chapatti", "rotli").
    pub transliterations: Vec<String>,
    pub portion: Portion,
    pub per_portion: Nutrients,
    pub diet: Diet,
    pub swaps: Vec<Swap>,
    pub source: String,
    pub review: Review,
}

/// A household portion: "1 medium roti", "1 katori of dal".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Portion {
    pub measure: Measure,
    pub count: f64,
    /// Grams (millilitres for drinks).
    pub grams: f64,
    pub text: LocaleText,
}

/// Nutrients in one portion.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nutrients {
    pub energy_kcal: f64,
    pub carbohydrate_g: f64,
    /// Total sugars, of which part of the carbohydrate.
    pub sugars_g: f64,
    pub fat_g: f64,
    /// Saturated fat, of which part of the fat.
    pub saturates_g: f64,
    pub salt_g: f64,
}

impl Nutrients {
    /// The same food scaled from `grams` to 100 g.
    pub fn per_100(&self, grams: f64) -> Nutrients {
        let k = 100.0 / grams;
        Nutrients {
            energy_kcal: self.energy_kcal * k,
            carbohydrate_g: self.carbohydrate_g * k,
            sugars_g: self.sugars_g * k,
            fat_g: self.fat_g * k,
            saturates_g: self.saturates_g * k,
            salt_g: self.salt_g * k,
        }
    }
}

/// Which diets a food fits. Jain: no root vegetables, no meat, fish or egg.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Diet {
    pub vegetarian: bool,
    pub vegan: bool,
    pub halal: bool,
    pub jain: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Swap {
    /// The id of the food to have instead.
    pub to: String,
    pub reason: SwapReason,
}

/// Whether a dietitian or clinician has checked an item (PRODUCT.md: every content item
/// carries its source, reviewer and review status).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ReviewJson", into = "ReviewJson")]
pub enum Review {
    Unreviewed,
    Reviewed {
        /// "name, role"
        by: String,
        on: NaiveDate,
    },
}

/// `Review` as written: `{"status": "unreviewed"}` or `{"status": "reviewed", "by", "on"}`.
/// (serde's internally tagged enums let extra fields through on unit variants, so an
/// "unreviewed" item claiming a reviewer would pass unnoticed.)
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewJson {
    status: ReviewStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    on: Option<NaiveDate>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum ReviewStatus {
    Unreviewed,
    Reviewed,
}

impl TryFrom<ReviewJson> for Review {
    type Error = &'static str;

    fn try_from(r: ReviewJson) -> Result<Self, Self::Error> {
        match (r.status, r.by, r.on) {
            (ReviewStatus::Unreviewed, None, None) => Ok(Review::Unreviewed),
            (ReviewStatus::Unreviewed, _, _) => Err("an unreviewed item has no \"by\" or \"on\""),
            (ReviewStatus::Reviewed, Some(by), Some(on)) => Ok(Review::Reviewed { by, on }),
            (ReviewStatus::Reviewed, _, _) => Err("a reviewed item needs \"by\" and \"on\""),
        }
    }
}

impl From<Review> for ReviewJson {
    fn from(r: Review) -> Self {
        match r {
            Review::Unreviewed => ReviewJson { status: ReviewStatus::Unreviewed, by: None, on: None },
            Review::Reviewed { by, on } => {
                ReviewJson { status: ReviewStatus::Reviewed, by: Some(by), on: Some(on) }
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    pub topic: Topic,
    /// For whom; empty means everyone.
    pub conditions: Vec<Condition>,
    /// Never offered to people with any of these.
    pub unsuitable_for: Vec<Condition>,
    pub audience: Audience,
    /// 1 = very simple .. 3 = more detail.
    pub reading_level: u8,
    /// Only for people who fast (Ramadan, vrat).
    pub fasting: bool,
    pub variants: std::collections::BTreeMap<Locale, LessonVariant>,
    pub source: String,
    pub reviewer: Option<String>,
    pub review: Review,
}

/// A lesson in one language. Sylheti variants carry audio only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonVariant {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    /// What the audio says, word for word.
    #[serde(default)]
    pub transcript: Option<String>,
    #[serde(default)]
    pub audio: Option<Audio>,
    #[serde(default)]
    pub video: Option<Video>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audio {
    /// Relative to the pack root, inside `media/`.
    pub file: String,
    pub duration_ms: u64,
    pub voice: String,
    /// A synthetic voice (espeak-ng), to be replaced by a recorded human one.
    pub synthetic: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Video {
    pub file: String,
    /// WebVTT captions.
    pub captions: String,
    pub duration_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: String,
    pub names: LocaleNames,
    pub description: LocaleText,
    pub intensity: Intensity,
    pub cautions: Vec<Caution>,
    /// Never suggested to people with any of these.
    pub unsuitable_for: Vec<Condition>,
    pub source: String,
    pub review: Review,
}

/// What a person with `condition` should know before doing an activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caution {
    pub condition: Condition,
    pub text: LocaleText,
}

impl Catalogue {
    /// Parses and checks `catalogue.json`. Every rule of the format is checked; all
    /// problems found are returned together, each naming the item and field.
    pub fn from_json(bytes: &[u8]) -> Result<Catalogue, CatalogueError> {
        // Read the format first, so a newer pack gets "unsupported format" rather than a
        // confusing complaint about a field this version does not know.
        #[derive(Deserialize)]
        struct Header {
            format: serde_json::Value,
        }
        let header: Header =
            serde_json::from_slice(bytes).map_err(|e| CatalogueError::Json(e.to_string()))?;
        if header.format.as_u64() != Some(u64::from(FORMAT)) {
            return Err(CatalogueError::UnsupportedFormat { found: header.format.to_string() });
        }
        let catalogue: Catalogue =
            serde_json::from_slice(bytes).map_err(|e| CatalogueError::Json(e.to_string()))?;
        let problems = validate::problems(&catalogue);
        if problems.is_empty() { Ok(catalogue) } else { Err(CatalogueError::Invalid(problems)) }
    }

    /// Every media file the catalogue refers to (audio, video, captions), sorted, each once:
    /// what the pack installer checks is present.
    pub fn media_files(&self) -> Vec<&str> {
        let mut files: Vec<&str> = self
            .lessons
            .iter()
            .flat_map(|l| l.variants.values())
            .flat_map(|v| {
                let audio = v.audio.iter().map(|a| a.file.as_str());
                let video = v.video.iter().flat_map(|v| [v.file.as_str(), v.captions.as_str()]);
                audio.chain(video)
            })
            .collect();
        files.sort_unstable();
        files.dedup();
        files
    }

    pub fn food(&self, id: &str) -> Option<&Food> {
        self.foods.iter().find(|f| f.id == id)
    }

    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

impl Food {
    /// Nutrients per 100 g (per 100 ml for drinks, taking a gram as a millilitre).
    pub fn per_100(&self) -> Nutrients {
        self.per_portion.per_100(self.portion.grams)
    }
}
