//! What a person chooses about their content: the diet they keep, what interests them,
//! whether they keep religious fasts, and how large text should be. Stored per person; the
//! rest of a tailoring `Profile` (conditions, languages, assignments) comes from elsewhere.

use serde::{Deserialize, Serialize};

use crate::codes::{Topic, coded_enum};
use crate::tailoring::DietRule;

coded_enum!(
    /// The text size the settings screen offers; shells map it to their own type scale.
    TextSize {
        Small => "small",
        Standard => "standard",
        Large => "large",
        Largest => "largest",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentProfile {
    pub diet: Vec<DietRule>,
    pub interests: Vec<Topic>,
    /// Keeps religious fasts (Ramadan, vrat): fasting lessons are offered.
    pub fasts: bool,
    pub text_size: TextSize,
}

impl Default for ContentProfile {
    /// Nothing chosen: no diet rules, no interests, no fasts, standard text.
    fn default() -> Self {
        ContentProfile {
            diet: Vec::new(),
            interests: Vec::new(),
            fasts: false,
            text_size: TextSize::Standard,
        }
    }
}

impl ContentProfile {
    /// Each rule and interest once, in the order first given.
    pub fn normalised(mut self) -> Self {
        let mut seen = Vec::new();
        self.diet.retain(|d| {
            if seen.contains(d) {
                false
            } else {
                seen.push(*d);
                true
            }
        });
        let mut seen = Vec::new();
        self.interests.retain(|t| {
            if seen.contains(t) {
                false
            } else {
                seen.push(*t);
                true
            }
        });
        self
    }
}
