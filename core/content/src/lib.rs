//! Saathi's content: the catalogue of a content pack (foods, lessons, activities), traffic
//! lights, food search, tailoring to a person, and assignments. Pure: bytes in, decisions
//! out. See README.md.

pub mod catalogue;
pub mod codes;
pub mod fold;
pub mod locale;
pub mod search;
pub mod settings;
pub mod traffic_lights;
pub mod validate;

pub use catalogue::Catalogue;
pub use locale::Locale;
pub use search::{FoodHit, FoodIndex};
pub use validate::CatalogueError;
pub mod assignment;
pub mod tailoring;

pub use assignment::{AssignedItem, Assignment, AssignmentId, Progress, ProgressState};
pub use settings::{ContentProfile, TextSize};
pub use tailoring::DietRule;
pub use tailoring::{Profile, RankedFood, RankedLesson, rank_foods, rank_lessons, suggest_activities};
