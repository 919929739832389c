//! The languages Saathi speaks: which have text, which have audio, which read right to
//! left, and where their Fluent files are. Adding a language is adding a line here and a
//! folder in `locales/` (data, not code).

/// One language Saathi knows.
#[derive(Debug)]
pub struct LocaleInfo {
    /// BCP 47 code, as used in folder names and preferences.
    pub code: &'static str,
    /// Its own name for itself (shown in language pickers, never translated).
    pub autonym: &'static str,
    /// The Fluent files of its text; empty for audio-only languages.
    pub files: &'static [&'static str],
    /// Heard through recorded clips or device speech.
    pub audio: bool,
    pub right_to_left: bool,
    /// For a language without text: the language its speakers read instead.
    pub text_fallback: Option<&'static str>,
    /// chrono's (glibc-style) locale for month and weekday names.
    pub calendar: &'static str,
}

impl LocaleInfo {
    pub fn has_text(&self) -> bool {
        !self.files.is_empty()
    }
}

macro_rules! files {
    ($code:literal) => {
        &[
            include_str!(concat!("../../../locales/", $code, "/tracking.ftl")),
            include_str!(concat!("../../../locales/", $code, "/cli.ftl")),
            include_str!(concat!("../../../locales/", $code, "/screens.ftl")),
            include_str!(concat!("../../../locales/", $code, "/reminders.ftl")),
            include_str!(concat!("../../../locales/", $code, "/content.ftl")),
        ]
    };
}

/// The source locale: every other falls back to it.
pub const SOURCE: &str = "en-GB";

pub static LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        code: "en-GB",
        autonym: "English",
        files: files!("en-GB"),
        audio: true,
        right_to_left: false,
        text_fallback: None,
        calendar: "en_GB",
    },
    LocaleInfo {
        code: "ur",
        autonym: "اردو",
        files: files!("ur"),
        audio: true,
        right_to_left: true,
        text_fallback: None,
        calendar: "ur_PK",
    },
    LocaleInfo {
        code: "pa",
        autonym: "ਪੰਜਾਬੀ",
        files: files!("pa"),
        audio: true,
        right_to_left: false,
        text_fallback: None,
        calendar: "pa_IN",
    },
    LocaleInfo {
        code: "bn",
        autonym: "বাংলা",
        files: files!("bn"),
        audio: true,
        right_to_left: false,
        text_fallback: None,
        calendar: "bn_BD",
    },
    LocaleInfo {
        code: "gu",
        autonym: "ગુજરાતી",
        files: files!("gu"),
        audio: true,
        right_to_left: false,
        text_fallback: None,
        calendar: "gu_IN",
    },
    LocaleInfo {
        code: "hi",
        autonym: "हिन्दी",
        files: files!("hi"),
        audio: true,
        right_to_left: false,
        text_fallback: None,
        calendar: "hi_IN",
    },
    // Sylheti is mostly spoken, not written: heard through recorded clips only; its text
    // falls back along the person's chain (Bengali, then English).
    LocaleInfo {
        code: "syl",
        autonym: "ꠍꠤꠟꠐꠤ",
        files: &[],
        audio: true,
        right_to_left: false,
        text_fallback: Some("bn"),
        calendar: "bn_BD",
    },
];

/// Finds a locale by code, ignoring case, and matching a regional code to its language
/// ("bn-BD" is Bengali, "en-US" falls to "en-GB").
pub fn find(code: &str) -> Option<&'static LocaleInfo> {
    let code = code.trim();
    if let Some(exact) = LOCALES.iter().find(|l| l.code.eq_ignore_ascii_case(code)) {
        return Some(exact);
    }
    let language = code.split(['-', '_']).next().unwrap_or(code);
    LOCALES.iter().find(|l| l.code.split('-').next().is_some_and(|lang| lang.eq_ignore_ascii_case(language)))
}
