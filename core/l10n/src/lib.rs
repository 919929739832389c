//! Saathi's words: Fluent bundles compiled from `locales/`, and the one place a domain
//! `Message` becomes text.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use saathi_domain::message::{Arg, Message};

/// The Fluent files of each locale, compiled in.
const LOCALES: &[(&str, &[&str])] = &[(
    "en-GB",
    &[include_str!("../../../locales/en-GB/tracking.ftl"), include_str!("../../../locales/en-GB/cli.ftl")],
)];

pub const SOURCE_LOCALE: &str = "en-GB";

#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    #[error("no translations for locale {0}")]
    UnknownLocale(String),
    #[error("locale {locale} has a broken Fluent file: {detail}")]
    Broken { locale: String, detail: String },
}

/// All the words of one locale.
pub struct Localizer {
    locale: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    pub fn new(locale: &str) -> Result<Self, L10nError> {
        let (name, files) = LOCALES
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(locale))
            .ok_or_else(|| L10nError::UnknownLocale(locale.to_string()))?;
        let langid: LanguageIdentifier =
            name.parse().map_err(|_| L10nError::UnknownLocale(locale.to_string()))?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Bidi isolation marks are for right-to-left locales; the source locale needs none.
        bundle.set_use_isolating(false);
        for source in *files {
            let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errs)| {
                L10nError::Broken { locale: name.to_string(), detail: format!("{errs:?}") }
            })?;
            bundle.add_resource(resource).map_err(|errs| L10nError::Broken {
                locale: name.to_string(),
                detail: format!("{errs:?}"),
            })?;
        }
        Ok(Localizer { locale: name, bundle })
    }

    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// Whether this locale has a message with this id.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.get_message(key).and_then(|m| m.value()).is_some()
    }

    /// Formats a domain message.
    pub fn message(&self, m: &Message) -> String {
        let mut args = FluentArgs::new();
        for (name, arg) in &m.args {
            args.set(*name, self.value(arg));
        }
        self.format(&m.key, Some(&args))
    }

    /// The text of a message that takes no arguments.
    pub fn text(&self, key: &str) -> String {
        self.format(key, None)
    }

    fn value(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Int(n) => FluentValue::from(*n),
            // fluent-bundle renders a zero-decimal number with a trailing point ("12."),
            // so whole numbers are passed as integers.
            Arg::Decimal { value, places: 0 } => FluentValue::from(value.round() as i64),
            Arg::Decimal { value, places } => {
                let scale = 10f64.powi(i32::from(*places));
                let rounded = (value * scale).round() / scale;
                let options = FluentNumberOptions {
                    minimum_fraction_digits: Some(usize::from(*places)),
                    maximum_fraction_digits: Some(usize::from(*places)),
                    ..Default::default()
                };
                FluentValue::Number(FluentNumber::new(rounded, options))
            }
            Arg::Text(t) => FluentValue::from(t.clone()),
            Arg::Term(key) => FluentValue::from(self.text(key)),
        }
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            tracing::warn!(key, locale = self.locale, "missing message");
            return format!("⟦{key}⟧");
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, locale = self.locale, ?errors, "message formatted with errors");
        }
        text.into_owned()
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
}
