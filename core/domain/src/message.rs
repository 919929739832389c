//! Message keys with arguments: how the domain says something without choosing words.
//! `saathi-l10n` turns a `Message` into text in the person's language (Fluent), and into
//! speech; the domain never builds a sentence itself.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Arg {
    Int(i64),
    /// A number shown with a fixed number of decimal places (glucose 1, BP 0).
    Decimal {
        value: f64,
        places: u8,
    },
    /// Text that is data rather than wording: a person's name, a medicine's name.
    Text(String),
    /// A time of day on the wall clock ("08:00"), written in the locale's own digits when
    /// shown (Bengali digits in Bengali) and in Latin digits when spoken, like numbers.
    Time(chrono::NaiveTime),
    /// Another message id whose text fills this slot (a unit, a context, a band word).
    Term(String),
    /// Another message with its own arguments (a reading inside a sentence), formatted in
    /// the same language and the same way (shown or spoken) as the message around it.
    Message(Box<Message>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    /// The Fluent message id.
    pub key: String,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: impl Into<String>) -> Self {
        Message { key: key.into(), args: Vec::new() }
    }

    pub fn int(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, Arg::Int(value)));
        self
    }

    pub fn decimal(mut self, name: &'static str, value: f64, places: u8) -> Self {
        self.args.push((name, Arg::Decimal { value, places }));
        self
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// A time of day, formatted by the localisation layer (never `format("%H:%M")` in code,
    /// which would mix Latin digits into text written in another digit system).
    pub fn time(mut self, name: &'static str, value: chrono::NaiveTime) -> Self {
        self.args.push((name, Arg::Time(value)));
        self
    }

    pub fn term(mut self, name: &'static str, key: impl Into<String>) -> Self {
        self.args.push((name, Arg::Term(key.into())));
        self
    }

    pub fn message(mut self, name: &'static str, m: Message) -> Self {
        self.args.push((name, Arg::Message(Box::new(m))));
        self
    }

    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}
