//! Numbers as each locale writes them, from ICU4X's CLDR data: digits (Bengali digits for
//! Bengali), separators, and Indian grouping (1,00,000) where it applies. Fluent calls
//! `format_for_display` for every number it places; the formatter is built once per
//! language and kept in the bundle's memoizer.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// An ICU4X decimal formatter for one language, built on first use.
pub struct Numbers(DecimalFormatter);

impl Memoizable for Numbers {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale: Locale = lang.to_string().parse().map_err(|_| ())?;
        DecimalFormatter::try_new(locale.into(), Default::default()).map(Numbers).map_err(|_| ())
    }
}

/// `value` with exactly `places` decimals, as an ICU4X decimal.
pub fn decimal(value: f64, places: usize) -> Decimal {
    let scale = 10f64.powi(places as i32);
    let mut d = Decimal::from((value * scale).round() as i64);
    d.multiply_pow10(-(places as i16));
    d
}

fn places(n: &FluentNumber) -> usize {
    n.options.minimum_fraction_digits.or(n.options.maximum_fraction_digits).unwrap_or(0)
}

impl Numbers {
    pub fn format(&self, value: f64, places: usize) -> String {
        use writeable::Writeable;
        self.0.format(&decimal(value, places)).write_to_string().into_owned()
    }
}

/// Fluent's number hook for display text.
pub fn format_for_display(value: &FluentValue<'_>, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    memoizer.with_try_get::<Numbers, _, _>((), |f| f.format(n.value, places(n))).ok()
}

/// The character speech text puts where a decimal point is, replaced afterwards by the
/// locale's own word for it ("point", "दशमलव"): the hook cannot read messages itself.
pub const POINT_MARK: char = '\u{E000}';

/// Fluent's number hook for speech: Latin digits, no grouping, and a marked decimal point,
/// so a speech engine says "six point eight" in the person's language.
pub fn format_for_speech(value: &FluentValue<'_>, _: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let text = format!("{:.*}", places(n), n.value);
    Some(text.replace('.', &POINT_MARK.to_string()))
}

/// Fluent's number hook for speech read digit by digit: "1 4 2" for 142.
pub fn format_digit_by_digit(value: &FluentValue<'_>, m: &IntlLangMemoizer) -> Option<String> {
    let spoken = format_for_speech(value, m)?;
    let mut out = String::new();
    for c in spoken.chars() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push(c);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(lang: &str, value: f64, places: usize) -> String {
        Numbers::construct(lang.parse().unwrap(), ()).unwrap().format(value, places)
    }

    #[test]
    fn each_locale_writes_numbers_its_own_way() {
        assert_eq!(format("en-GB", 6.8, 1), "6.8");
        assert_eq!(format("en-GB", 210240.0, 0), "210,240");
        assert_eq!(format("hi", 210240.0, 0), "2,10,240", "Indian grouping");
        assert_eq!(format("bn", 6.8, 1), "৬.৮", "Bengali digits");
        assert_eq!(format("bn", 210240.0, 0), "২,১০,২৪০");
        assert_eq!(format("en-GB", 7.0, 1), "7.0", "glucose keeps one decimal");
        assert_eq!(format("en-GB", 142.4, 0), "142", "blood pressure keeps none");
    }
}
