//! Utterances: what a screen element sounds like. The core picks, along the person's audio
//! chain, a recorded clip in that language if a content pack has one, else the device's
//! speech in that language, else the next language; the shell only plays it.

use serde::Serialize;

/// Recorded clips from content packs, by message id and language.
pub trait Clips {
    fn clip(&self, message: &str, language: &str) -> Option<String>;
}

/// No recorded clips (no content pack installed).
pub struct NoClips;

impl Clips for NoClips {
    fn clip(&self, _: &str, _: &str) -> Option<String> {
        None
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Utterance {
    /// What to say (for speech synthesis, and as the caption of a clip).
    pub text: String,
    /// The language `text` is in and the voice should speak.
    pub language: String,
    /// A recorded clip to play instead of synthetic speech, when one exists.
    pub clip: Option<String>,
}

/// How numbers are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberReading {
    /// "six point eight".
    #[default]
    Naturally,
    /// "one four two": for people who find digits easier to follow one at a time.
    DigitByDigit,
}
