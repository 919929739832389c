//! Saathi's words and voices: Fluent bundles compiled from `locales/`, a person's text and
//! audio language chains, numbers written the way each locale writes them (ICU4X), and
//! utterances for every message. The one place a domain `Message` becomes text or speech.

pub mod locales;
pub mod numbers;
pub mod prefs;
pub mod speech;

use std::borrow::Cow;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime};
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use saathi_domain::message::{Arg, Message};

pub use locales::{LOCALES, LocaleInfo, SOURCE as SOURCE_LOCALE};
pub use prefs::LanguagePrefs;
pub use speech::{Clips, NoClips, NumberReading, Utterance};

#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    #[error("no translations for locale {0}")]
    UnknownLocale(String),
    #[error("locale {locale} has a broken Fluent file: {detail}")]
    Broken { locale: String, detail: String },
}

type Bundle = FluentBundle<Arc<FluentResource>>;

/// One locale's resources, parsed once, in three bundles: text to show, and text to speak
/// with numbers read naturally or digit by digit.
struct Loaded {
    info: &'static LocaleInfo,
    /// The locale's digits 0-9 as CLDR writes them (Bengali digits for Bengali), for
    /// dates and times, whose names come from chrono's locale data.
    digits: [String; 10],
    /// chrono's locale for month and weekday names.
    calendar: chrono::Locale,
    show: Bundle,
    /// Right-to-left locales only: the text to show without isolation marks, for shells
    /// that print them as visible boxes (a terminal). `None` where `show` has none anyway.
    show_plain: Option<Bundle>,
    speak: Bundle,
    speak_digits: Bundle,
    /// The same text through the pseudo-locale transform (accented, longer, bidi-wrapped).
    pseudo: Bundle,
}

fn bundle(
    langid: &LanguageIdentifier,
    resources: &[Arc<FluentResource>],
    numbers: fn(&FluentValue<'_>, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>,
    isolate: bool,
) -> Result<Bundle, String> {
    let mut b = FluentBundle::new_concurrent(vec![langid.clone()]);
    // Isolation marks keep numbers and names the right way round inside right-to-left
    // text; left-to-right text needs none, and speech never does.
    b.set_use_isolating(isolate);
    b.set_formatter(Some(numbers));
    for r in resources {
        b.add_resource(r.clone()).map_err(|e| format!("{e:?}"))?;
    }
    Ok(b)
}

fn pseudo_transform(s: &str) -> Cow<'_, str> {
    // Accented, about 30% longer, and wrapped in right-to-left marks: text built by
    // concatenation outside Fluent shows up plain beside it, and layouts meet long text.
    Cow::Owned(format!("\u{202E}{}\u{202C}", fluent_pseudo::transform(s, false, true)))
}

impl Loaded {
    fn load(info: &'static LocaleInfo) -> Result<Loaded, L10nError> {
        let broken = |detail: String| L10nError::Broken { locale: info.code.to_string(), detail };
        let langid: LanguageIdentifier =
            info.code.parse().map_err(|_| L10nError::UnknownLocale(info.code.into()))?;
        let resources: Vec<Arc<FluentResource>> = info
            .files
            .iter()
            .map(|src| {
                FluentResource::try_new(src.to_string())
                    .map(Arc::new)
                    .map_err(|(_, e)| broken(format!("{e:?}")))
            })
            .collect::<Result<_, _>>()?;
        let mut pseudo = bundle(&langid, &resources, numbers::format_for_display, false).map_err(broken)?;
        pseudo.set_transform(Some(pseudo_transform));
        let numbers = <numbers::Numbers as intl_memoizer::Memoizable>::construct(langid.clone(), ())
            .map_err(|()| broken("no CLDR number data".into()))?;
        Ok(Loaded {
            info,
            digits: std::array::from_fn(|d| numbers.format(d as f64, 0)),
            calendar: chrono::Locale::try_from(info.calendar)
                .map_err(|_| broken("no calendar names".into()))?,
            show: bundle(&langid, &resources, numbers::format_for_display, info.right_to_left)
                .map_err(broken)?,
            show_plain: match info.right_to_left {
                true => {
                    Some(bundle(&langid, &resources, numbers::format_for_display, false).map_err(broken)?)
                }
                false => None,
            },
            speak: bundle(&langid, &resources, numbers::format_for_speech, false).map_err(broken)?,
            speak_digits: bundle(&langid, &resources, numbers::format_digit_by_digit, false)
                .map_err(broken)?,
            pseudo,
        })
    }
}

/// Every locale with text, loaded once per process.
pub struct Library {
    loaded: Vec<Loaded>,
}

impl Library {
    /// Parses every locale's Fluent files.
    pub fn load() -> Result<Library, L10nError> {
        Ok(Library {
            loaded: LOCALES.iter().filter(|l| l.has_text()).map(Loaded::load).collect::<Result<_, _>>()?,
        })
    }

    /// The process-wide library (locales are compiled in, so loading cannot fail at run
    /// time unless a file is broken, which the tests catch).
    pub fn get() -> &'static Library {
        static LIBRARY: OnceLock<Library> = OnceLock::new();
        LIBRARY.get_or_init(|| Library::load().expect("the compiled-in locales load (see core/l10n/tests)"))
    }

    fn loaded(&self, code: &str) -> Option<&Loaded> {
        self.loaded.iter().find(|l| l.info.code == code)
    }
}

/// Which way text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// One person's words and voice: their text chain and audio chain over the library.
pub struct Localizer {
    text: Vec<&'static Loaded>,
    audio: Vec<&'static LocaleInfo>,
    /// Languages the device can speak (from the shell).
    voices: Vec<String>,
    reading: NumberReading,
    pseudo: bool,
    /// Whether right-to-left text wraps placeables in FSI ... PDI (see `isolating`).
    isolate: bool,
}

/// The pseudo-locale's code: English run through the pseudo transform.
pub const PSEUDO_LOCALE: &str = "qps-ploc";

impl Localizer {
    /// Text and audio in one language, falling back to English.
    pub fn new(locale: &str) -> Result<Self, L10nError> {
        if locale.eq_ignore_ascii_case(PSEUDO_LOCALE) {
            let mut l = Localizer::with_prefs(&LanguagePrefs::single(SOURCE_LOCALE), &[])?;
            l.pseudo = true;
            return Ok(l);
        }
        if locales::find(locale).is_none() {
            return Err(L10nError::UnknownLocale(locale.to_string()));
        }
        Localizer::with_prefs(&LanguagePrefs::single(locale), &[])
    }

    /// A person's preferences, and the languages the device can speak.
    pub fn with_prefs(prefs: &LanguagePrefs, device_voices: &[&str]) -> Result<Self, L10nError> {
        let library = Library::get();
        let text: Vec<&'static Loaded> =
            prefs::text_chain(prefs).iter().filter_map(|l| library.loaded(l.code)).collect();
        if text.is_empty() {
            return Err(L10nError::UnknownLocale(prefs.text.join(",")));
        }
        Ok(Localizer {
            text,
            audio: prefs::audio_chain(prefs),
            voices: device_voices.iter().map(|v| v.to_string()).collect(),
            reading: NumberReading::default(),
            pseudo: false,
            isolate: true,
        })
    }

    pub fn reading_numbers(mut self, reading: NumberReading) -> Self {
        self.reading = reading;
        self
    }

    /// Whether shown right-to-left text isolates each placeable (FSI ... PDI) so numbers and
    /// names keep their order: on by default, and the phone shells need it (their text
    /// views honour the marks). A terminal prints the marks as boxes, or counts them as
    /// columns, so the CLI turns them off and lays right-to-left lines out itself.
    /// Left-to-right text and speech never carry them either way.
    pub fn isolating(mut self, isolate: bool) -> Self {
        self.isolate = isolate;
        self
    }

    /// The language text is shown in (the first of the chain Saathi has).
    pub fn locale(&self) -> &'static str {
        self.text[0].info.code
    }

    /// The languages sound is sought in, in order.
    pub fn audio_languages(&self) -> Vec<&'static str> {
        self.audio.iter().map(|l| l.code).collect()
    }

    pub fn direction(&self) -> Direction {
        if self.text[0].info.right_to_left { Direction::RightToLeft } else { Direction::LeftToRight }
    }

    /// Whether the text chain has a message with this id.
    pub fn has(&self, key: &str) -> bool {
        self.text.iter().any(|l| l.show.get_message(key).and_then(|m| m.value()).is_some())
    }

    /// A date as this locale writes it: "21 November 2026", "২১ নভেম্বর ২০২৬".
    pub fn date(&self, date: NaiveDate) -> String {
        let l = self.text[0];
        let names = |pattern: &str| date.format_localized(pattern, l.calendar).to_string();
        self.message(
            &Message::new("date-long")
                .text("day", local_digits(l, &date.day().to_string()))
                .text("month", names("%B"))
                .text("year", local_digits(l, &date.year().to_string())),
        )
    }

    /// A day and time on the wall clock where it happened: "Sat 21 Nov 2026, 09:18".
    pub fn date_time(&self, at: DateTime<FixedOffset>) -> String {
        let l = self.text[0];
        let names = |pattern: &str| at.format_localized(pattern, l.calendar).to_string();
        self.message(
            &Message::new("date-time")
                .text("weekday", names("%a"))
                .text("day", local_digits(l, &at.day().to_string()))
                .text("month", names("%b"))
                .text("year", local_digits(l, &at.year().to_string()))
                .time("time", at.time()),
        )
    }

    /// A time of day as this locale writes it: "08:30", "০৮:৩০".
    pub fn time(&self, t: NaiveTime) -> String {
        local_digits(self.text[0], &t.format(TIME).to_string())
    }

    /// `text` with its ASCII digits written in this locale's own digits (CLDR's, the same as
    /// every number Fluent places): for numbering a shell adds around Saathi's words.
    pub fn digits(&self, text: &str) -> String {
        local_digits(self.text[0], text)
    }

    /// Formats a domain message for the screen.
    pub fn message(&self, m: &Message) -> String {
        let text = &self.text;
        let first = text.iter().find(|l| l.show.has_message(&m.key)).or(text.last());
        match first {
            Some(l) => {
                let bundle = match (self.pseudo, self.isolate, &l.show_plain) {
                    (true, _, _) => &l.pseudo,
                    (false, false, Some(plain)) => plain,
                    (false, _, _) => &l.show,
                };
                format(bundle, l, m, Shown::Text, &|inner| self.message(inner))
            }
            None => missing(&m.key),
        }
    }

    /// The text of a message that takes no arguments.
    pub fn text(&self, key: &str) -> String {
        self.message(&Message::new(key))
    }

    /// What `m` sounds like: a recorded clip in the first audio language that has one, or
    /// the device's speech in the first audio language it can speak and Saathi can write,
    /// or the screen's own language.
    pub fn utterance(&self, m: &Message, clips: &dyn Clips) -> Utterance {
        for lang in &self.audio {
            let loaded = Library::get().loaded(lang.code);
            if let Some(clip) = clips.clip(&m.key, lang.code) {
                let text = loaded.map_or_else(|| self.message(m), |l| self.spoken(l, m));
                return Utterance { text, language: lang.code.to_string(), clip: Some(clip) };
            }
            if let Some(l) = loaded.filter(|l| l.show.has_message(&m.key) && self.can_speak(lang.code)) {
                return Utterance { text: self.spoken(l, m), language: lang.code.to_string(), clip: None };
            }
        }
        let l = self.text[0];
        Utterance { text: self.spoken(l, m), language: l.info.code.to_string(), clip: None }
    }

    fn can_speak(&self, code: &str) -> bool {
        let language = |c: &str| c.split(['-', '_']).next().unwrap_or(c).to_ascii_lowercase();
        self.voices.iter().any(|v| language(v) == language(code))
    }

    fn spoken(&self, l: &Loaded, m: &Message) -> String {
        let bundle = match self.reading {
            NumberReading::Naturally => &l.speak,
            NumberReading::DigitByDigit => &l.speak_digits,
        };
        let text = format(bundle, l, m, Shown::Speech, &|inner| self.spoken(l, inner));
        let point = format(&l.speak, l, &Message::new("speech-point"), Shown::Speech, &|_| String::new());
        text.replace(numbers::POINT_MARK, &format!(" {point} "))
    }
}

/// How times are written on the wall clock, before their digits are localised.
const TIME: &str = "%H:%M";

/// Whether a message is formatted to be read (the locale's digits) or heard (Latin digits,
/// which every speech engine reads in the voice's language, as `numbers` does).
#[derive(Clone, Copy)]
enum Shown {
    Text,
    Speech,
}

/// ASCII digits in `text` written in the locale's own digits (from CLDR, via ICU4X).
fn local_digits(l: &Loaded, text: &str) -> String {
    text.chars()
        .map(|c| c.to_digit(10).map_or_else(|| c.to_string(), |d| l.digits[d as usize].clone()))
        .collect()
}

fn missing(key: &str) -> String {
    tracing::warn!(key, "missing message");
    format!("⟦{key}⟧")
}

/// Formats `m` with `bundle`; `nested` formats messages placed inside it the same way.
fn format(
    bundle: &Bundle,
    l: &Loaded,
    m: &Message,
    shown: Shown,
    nested: &dyn Fn(&Message) -> String,
) -> String {
    let Some(pattern) = bundle.get_message(&m.key).and_then(|msg| msg.value()) else {
        return missing(&m.key);
    };
    let mut args = FluentArgs::new();
    for (name, arg) in &m.args {
        args.set(*name, value(arg, l, shown, nested));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(key = %m.key, locale = l.info.code, ?errors, "message formatted with errors");
    }
    text.into_owned()
}

fn value(arg: &Arg, l: &Loaded, shown: Shown, nested: &dyn Fn(&Message) -> String) -> FluentValue<'static> {
    match arg {
        Arg::Int(n) => FluentValue::from(*n),
        Arg::Decimal { value, places } => {
            let places = usize::from(*places);
            let options = FluentNumberOptions {
                minimum_fraction_digits: Some(places),
                maximum_fraction_digits: Some(places),
                ..Default::default()
            };
            FluentValue::Number(FluentNumber::new(*value, options))
        }
        Arg::Text(t) => FluentValue::from(t.clone()),
        Arg::Time(t) => {
            let text = t.format(TIME).to_string();
            FluentValue::from(match shown {
                Shown::Text => local_digits(l, &text),
                Shown::Speech => text,
            })
        }
        Arg::Term(key) => FluentValue::from(nested(&Message::new(key.clone()))),
        Arg::Message(m) => FluentValue::from(nested(m)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_plurals_and_decimals() {
        let l = Localizer::new("en-GB").unwrap();
        assert_eq!(
            l.message(&Message::new("summary-streak").int("days", 1)),
            "You have logged something 1 day in a row."
        );
        assert_eq!(
            l.message(&Message::new("summary-streak").int("days", 3)),
            "You have logged something 3 days in a row."
        );
        let m = Message::new("reading-glucose").decimal("value", 6.8, 1).term("unit", "unit-mmol-per-l");
        assert_eq!(l.message(&m), "6.8 mmol/L");
        let m = Message::new("reading-glucose").decimal("value", 7.0, 1).term("unit", "unit-mmol-per-l");
        assert_eq!(l.message(&m), "7.0 mmol/L", "one decimal is always shown");
        let m = Message::new("reading-weight-st-lb").int("stones", 10).decimal("pounds", 12.4, 0);
        assert_eq!(l.message(&m), "10 st 12 lb", "no stray decimal point");
    }

    #[test]
    fn missing_keys_are_visible_and_unknown_locales_refused() {
        let l = Localizer::new("en-gb").unwrap();
        assert_eq!(l.text("no-such-message"), "⟦no-such-message⟧");
        assert!(!l.has("no-such-message"));
        assert!(matches!(Localizer::new("xx"), Err(L10nError::UnknownLocale(_))));
    }

    #[test]
    fn times_are_written_in_the_locales_digits_and_spoken_in_latin_ones() {
        let at = NaiveTime::from_hms_opt(8, 30, 0).unwrap();
        let m = Message::new("screen-at-time").time("time", at);
        let bn = Localizer::with_prefs(&LanguagePrefs::single("bn"), &["bn"]).unwrap();
        assert_eq!(bn.message(&m), "০৮:৩০-এ");
        assert_eq!(bn.time(at), "০৮:৩০");
        assert_eq!(bn.utterance(&m, &NoClips).text, "08:30-এ", "speech engines read Latin digits");
        let en = Localizer::new("en-GB").unwrap();
        assert_eq!(en.message(&m), "at 08:30");
        assert_eq!(en.digits("[12]"), "[12]");
        assert_eq!(bn.digits("[12]"), "[১২]");
    }

    #[test]
    fn right_to_left_text_is_isolated_unless_a_terminal_asks_for_plain_text() {
        let m = Message::new("reading-glucose").decimal("value", 6.8, 1).term("unit", "unit-mmol-per-l");
        let marks = |s: &str| s.chars().filter(|c| matches!(c, '\u{2068}' | '\u{2069}')).count();
        let isolated = Localizer::new("ur").unwrap().message(&m);
        assert!(marks(&isolated) > 0, "the phone shells get isolation marks: {isolated:?}");
        let plain = Localizer::new("ur").unwrap().isolating(false).message(&m);
        assert_eq!(marks(&plain), 0, "{plain:?}");
        assert_eq!(plain, isolated.replace(['\u{2068}', '\u{2069}'], ""), "the same words otherwise");
        // Left-to-right text never had them.
        let en = Localizer::new("en-GB").unwrap();
        assert_eq!(en.message(&m), "6.8 mmol/L");
    }

    #[test]
    fn speech_reads_the_decimal_point_as_a_word_and_can_go_digit_by_digit() {
        let m = Message::new("reading-glucose").decimal("value", 6.8, 1).term("unit", "unit-mmol-per-l");
        let l = Localizer::with_prefs(&LanguagePrefs::single("en-GB"), &["en-GB"]).unwrap();
        let u = l.utterance(&m, &NoClips);
        assert_eq!((u.text.as_str(), u.language.as_str(), u.clip), ("6 point 8 mmol/L", "en-GB", None));
        let l = l.reading_numbers(NumberReading::DigitByDigit);
        let bp = Message::new("reading-bp").int("systolic", 142).int("diastolic", 88);
        assert_eq!(l.utterance(&bp, &NoClips).text, "1 4 2/8 8 mmHg");
        // A reading inside a sentence is spoken the same way.
        let l = Localizer::with_prefs(&LanguagePrefs::single("en-GB"), &["en-GB"]).unwrap();
        let nested =
            Message::new("reading-with-context").message("reading", m).term("context", "context-before-meal");
        assert_eq!(l.utterance(&nested, &NoClips).text, "6 point 8 mmol/L, before a meal");
        assert_eq!(l.message(&nested), "6.8 mmol/L, before a meal");
    }
}
