//! The view models the shells render: every screen of the app, decided here.
//!
//! A `Screen` is plain data: sections of `Element`s, each with its text, its utterance (what
//! it sounds like, so every screen can be heard), its importance (what a large-text layout
//! keeps), a severity where it has one (a meaning such as `Danger`, never a colour), an icon
//! name, and the actions it offers. Actions are only offered when the acting person may
//! take them (`Session::allowed`), so a shell never shows a button that would be refused.
//!
//! One module per screen builds it from the session's data; `words.rs` turns domain
//! messages into text and speech in the person's languages.

mod doses;
mod food;
mod helper;
mod lessons;
mod log;
mod medicines;
mod settings;
mod sharing;
mod text;
mod today;
mod trends;
mod words;

use serde::Serialize;

use saathi_domain::bands::Urgency;
use saathi_domain::grants::GrantId;
use saathi_domain::person::PersonId;
use saathi_domain::reading::{ReadingKind, RecordId};
use saathi_l10n::{Direction, Utterance};

pub use log::{LogDraft, LogStep};
pub use text::{LineKind, TextLine};
pub use trends::{ChartPoint, ChartSeries, TargetBand};
pub use words::Words;

/// Which screen this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScreenKind {
    Today,
    Log,
    Trends,
    Medicines,
    Lessons,
    /// One lesson's player.
    Lesson,
    Food,
    Helper,
    Sharing,
    Settings,
}

impl ScreenKind {
    pub fn code(self) -> &'static str {
        match self {
            ScreenKind::Today => "today",
            ScreenKind::Log => "log",
            ScreenKind::Trends => "trends",
            ScreenKind::Medicines => "medicines",
            ScreenKind::Lessons => "lessons",
            ScreenKind::Lesson => "lesson",
            ScreenKind::Food => "food",
            ScreenKind::Helper => "helper",
            ScreenKind::Sharing => "sharing",
            ScreenKind::Settings => "settings",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Screen {
    pub kind: ScreenKind,
    /// Whose record the screen is about (the acting person's own, or someone they help).
    pub patient: Option<PersonId>,
    /// The language the text is in, and which way it runs.
    pub locale: String,
    pub direction: Direction,
    pub title: Element,
    pub sections: Vec<Section>,
}

impl Screen {
    /// A screen in the language and direction of `words`.
    pub fn new(
        kind: ScreenKind,
        patient: Option<PersonId>,
        words: &Words,
        title: Element,
        sections: Vec<Section>,
    ) -> Screen {
        Screen {
            kind,
            patient,
            locale: words.l10n.locale().to_string(),
            direction: words.l10n.direction(),
            title,
            sections,
        }
    }

    /// Every element in reading order: title, then each section's heading and elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        std::iter::once(&self.title)
            .chain(self.sections.iter().flat_map(|s| s.heading.iter().chain(s.elements.iter())))
    }

    /// Every action offered anywhere on the screen.
    pub fn actions(&self) -> impl Iterator<Item = &ActionItem> {
        self.elements().flat_map(|e| e.actions.iter())
    }

    /// The most serious severity on the screen, if any.
    pub fn severity(&self) -> Option<Severity> {
        self.elements().filter_map(|e| e.severity).max()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// A stable id for the shell (layout, tests): "needs-doing", "last-readings".
    pub id: &'static str,
    pub heading: Option<Element>,
    pub elements: Vec<Element>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Element {
    /// Stable within the screen (the first reading, a dose at 08:00), for layout and tests.
    pub id: String,
    pub text: String,
    pub utterance: Utterance,
    pub importance: Importance,
    pub severity: Option<Severity>,
    pub icon: Option<Icon>,
    pub actions: Vec<ActionItem>,
    /// What the element shows besides its text: a chart, a number to type, a choice.
    pub detail: Option<Detail>,
}

/// What a large-text layout keeps when space runs out: `Essential` always, `Normal` when
/// it fits, `Extra` only on roomy layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Importance {
    Extra,
    Normal,
    Essential,
}

/// What an element means for the person's safety or progress. Shells choose colour, sound
/// and haptics from this; the core never names a colour. Ordered from least to most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Good news: in range, a dose taken.
    Good,
    Info,
    /// Worth attention: a bit high, a dose due.
    Caution,
    /// Act soon: a missed dose, stage 2 blood pressure.
    Warning,
    /// Act now: a severe low, a crisis blood pressure.
    Danger,
}

impl Severity {
    /// How serious an assessed reading is, from how soon the person must act.
    pub fn of_urgency(u: Urgency) -> Severity {
        match u {
            Urgency::None => Severity::Good,
            Urgency::Routine => Severity::Caution,
            Urgency::Soon => Severity::Warning,
            Urgency::Now => Severity::Danger,
        }
    }
}

/// Icon names; each shell maps them to its own drawables and symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Icon {
    Glucose,
    BloodPressure,
    Weight,
    Hba1c,
    Activity,
    Medicine,
    Lesson,
    Food,
    Reminder,
    Helper,
    Sharing,
    Settings,
    Language,
    Units,
    TextSize,
    Lock,
    Phone,
    Warning,
    Check,
    Chart,
    Person,
    Back,
}

impl Icon {
    pub fn of_kind(kind: ReadingKind) -> Icon {
        match kind {
            ReadingKind::Glucose => Icon::Glucose,
            ReadingKind::BloodPressure => Icon::BloodPressure,
            ReadingKind::Weight => Icon::Weight,
            ReadingKind::Hba1c => Icon::Hba1c,
            ReadingKind::Activity => Icon::Activity,
        }
    }
}

/// Something the person can do from an element: a label (text and speech), how prominent
/// it is, and the command the shell sends back.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionItem {
    pub label: String,
    pub utterance: Utterance,
    pub style: ActionStyle,
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStyle {
    Primary,
    Secondary,
    /// Ends something (revoke, delete): shells ask again before sending it.
    Destructive,
    /// An emergency call: shells make it the biggest thing on the screen.
    Emergency,
}

/// What the shell does, or asks the core to do, when an action is chosen.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "command", rename_all = "kebab-case")]
pub enum Command {
    /// Show another screen about the same patient.
    Open {
        screen: ScreenKind,
        patient: PersonId,
    },
    /// Move the log-a-reading flow to this draft (the next step, or back).
    Log {
        draft: LogDraft,
    },
    /// Store the confirmed reading (`Session::log_screen` with a confirmed draft).
    SaveReading {
        draft: LogDraft,
    },
    /// Record a dose of a regimen due at this local time as taken or skipped.
    TakeDose {
        patient: PersonId,
        regimen: RecordId,
        due: chrono::NaiveTime,
    },
    SkipDose {
        patient: PersonId,
        regimen: RecordId,
        due: chrono::NaiveTime,
    },
    /// The patient is dealing with a dangerous reading: helpers are not told of it
    /// (`Session::acknowledge_reading`).
    AcknowledgeReading {
        patient: PersonId,
        kind: ReadingKind,
        record: RecordId,
    },
    /// End a grant (the patient, on the sharing screen).
    Revoke {
        patient: PersonId,
        grant: GrantId,
    },
    /// Start the invite-a-helper flow.
    Invite {
        patient: PersonId,
    },
    /// Phone a number: 999 (emergency) or 111 (NHS urgent advice).
    Call {
        number: String,
    },
    /// Open a lesson's player (`Session::lesson_screen`), noting that it was started.
    PlayLesson {
        patient: PersonId,
        lesson: String,
    },
    /// Note that the lesson was heard to the end (`Session::set_progress`, completed).
    LessonDone {
        patient: PersonId,
        lesson: String,
    },
    /// Change a setting.
    ChangeSetting {
        setting: Setting,
    },
}

/// Settings a person changes from the settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setting {
    Languages,
    Units,
    TextSize,
    /// Reminder times for medicines and readings.
    Reminders,
    /// Whether helpers are told of missed doses and dangerous readings, and after how long.
    Alerts,
    Pin,
}

/// What an element shows besides its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Detail {
    /// A number to type, with the unit it is in and the plausible range to allow.
    NumberInput { unit: String, decimals: u8, min: f64, max: f64, value: Option<f64> },
    /// A chart of one series over the period, with the target band drawn behind it.
    Chart { series: ChartSeries },
    /// A value with its band, for layouts that show the band as a badge.
    Reading { kind: ReadingKind, record: RecordId, band: Option<String> },
    /// A lesson to play: files in the installed pack, the words the audio says, its length
    /// and how far the person got (0-100).
    Media {
        audio: Option<std::path::PathBuf>,
        video: Option<std::path::PathBuf>,
        captions: Option<std::path::PathBuf>,
        transcript: Option<String>,
        duration_ms: Option<u64>,
        progress_percent: u8,
    },
    /// A food's traffic lights per portion, by code ("green", "amber", "red": meanings for
    /// the shell to show as words and shapes, not only colours).
    FoodLights { food: String, sugars: String, fat: String, saturates: String, salt: String },
}

/// One reading as a line: what it was, when, and its band in words, with its severity.
pub(crate) fn reading_element(
    id: String,
    e: &crate::Entry,
    units: &saathi_domain::person::UnitPreferences,
    words: &Words,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Element {
    use crate::Assessment;
    use saathi_domain::message::Message;
    use saathi_domain::wording;

    let local = e.meta.taken.local();
    let when = if local.date_naive() == now.date_naive() {
        Message::new("screen-at-time").time("time", local.time())
    } else {
        Message::new("screen-on-day").text("date", words.l10n.date_time(local))
    };
    let (band, urgency) = match &e.assessment {
        Some(Assessment::Glucose(a)) => (Some(wording::glucose_band(a.band)), Some(a.urgency)),
        Some(Assessment::BloodPressure(a)) => (Some(wording::bp_band(a.band)), Some(a.urgency)),
        None => (None, None),
    };
    let reading = wording::measurement_in_context(&e.measurement, units);
    let m = match &band {
        Some(b) => Message::new("screen-reading-band")
            .message("reading", reading)
            .message("band", b.clone())
            .message("when", when),
        None => Message::new("screen-reading").message("reading", reading).message("when", when),
    };
    let kind = e.measurement.kind();
    words
        .element(id, &m)
        .icon(Icon::of_kind(kind))
        .maybe_severity(urgency.map(Severity::of_urgency))
        .detail(Detail::Reading { kind, record: e.meta.record_id, band: band.map(|b| b.key) })
}
