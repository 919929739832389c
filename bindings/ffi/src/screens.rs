//! Screens: the view models the shells render (core/app/src/screens), as records. A screen
//! is sections of elements, each with its text, its utterance (what it sounds like, in which
//! language), importance, severity (a meaning, never a colour), icon, actions (commands the
//! shell sends back) and a detail (a chart, a number to type, a lesson to play).
//!
//! Each call takes an optional `locale` ("ur"); without one, the languages in
//! `SaathiConfig` are used. Type names carry `Screen` where a bare name (`Element`,
//! `Section`, `Command`) would clash with Swift's generic parameters or SwiftUI.

use saathi_core::screens as s;

use crate::error::SaathiError;
use crate::session::SaathiSession;
use crate::time::{TimeOfDay, Timestamp};
use crate::tracking::{GlucoseContext, ReadingKind};
use crate::{GrantId, PersonId, RecordId};

mirror_enum!(
    /// Which screen this is.
    ScreenKind <=> s::ScreenKind {
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
);

mirror_enum!(
    /// Which way the text runs (Urdu: right to left).
    TextDirection <=> saathi_l10n::Direction { LeftToRight, RightToLeft }
);

mirror_enum!(
    /// What a large-text layout keeps: `Essential` always, `Normal` when it fits, `Extra`
    /// only on roomy layouts.
    Importance <=> s::Importance { Extra, Normal, Essential }
);

mirror_enum!(
    /// What an element means for the person's safety or progress, least to most serious.
    Severity <=> s::Severity { Good, Info, Caution, Warning, Danger }
);

mirror_enum!(
    /// Icon names; each shell maps them to its own drawables and symbols.
    ScreenIcon <=> s::Icon {
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
);

mirror_enum!(
    ActionStyle <=> s::ActionStyle {
        Primary,
        Secondary,
        /// Ends something (revoke, delete): shells ask again before sending it.
        Destructive,
        /// An emergency call: shells make it the biggest thing on the screen.
        Emergency,
    }
);

mirror_enum!(
    /// Settings a person changes from the settings screen.
    SettingKind <=> s::Setting { Languages, Units, TextSize, Reminders, Alerts, Pin }
);

/// What to say: speech-synthesis text in `language`, or a recorded `clip` to play instead.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Utterance {
    pub text: String,
    /// BCP 47 ("ur", "en-GB"): the voice to speak `text` with.
    pub language: String,
    pub clip: Option<String>,
}

impl From<saathi_l10n::Utterance> for Utterance {
    fn from(u: saathi_l10n::Utterance) -> Self {
        Utterance { text: u.text, language: u.language, clip: u.clip }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Screen {
    pub kind: ScreenKind,
    /// Whose record the screen is about.
    pub patient: Option<PersonId>,
    /// The language the text is in, and which way it runs.
    pub locale: String,
    pub direction: TextDirection,
    pub title: ScreenElement,
    pub sections: Vec<ScreenSection>,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ScreenSection {
    /// A stable id ("needs-doing", "last-readings").
    pub id: String,
    pub heading: Option<ScreenElement>,
    pub elements: Vec<ScreenElement>,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ScreenElement {
    /// Stable within the screen, for layout and tests.
    pub id: String,
    pub text: String,
    pub utterance: Utterance,
    pub importance: Importance,
    pub severity: Option<Severity>,
    pub icon: Option<ScreenIcon>,
    pub actions: Vec<ScreenAction>,
    pub detail: Option<ScreenDetail>,
}

/// Something the person can do from an element, and the command it sends.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ScreenAction {
    pub label: String,
    pub utterance: Utterance,
    pub style: ActionStyle,
    pub command: ScreenCommand,
}

/// Where the log-a-reading flow is: what is known so far (the shell keeps it and sends it
/// back with each choice; a number typed goes into `value` or `second`).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LogDraft {
    pub patient: PersonId,
    #[uniffi(default)]
    pub kind: Option<ReadingKind>,
    /// In the person's unit (blood pressure: the top number).
    #[uniffi(default)]
    pub value: Option<f64>,
    /// Blood pressure's bottom number.
    #[uniffi(default)]
    pub second: Option<f64>,
    #[uniffi(default)]
    pub context: Option<GlucoseContext>,
    /// The person said "yes, that is right": the next `log_screen` stores it.
    #[uniffi(default)]
    pub confirmed: bool,
    /// Set by the confirm screen on its Yes: the same save sent twice stores once. Keep it
    /// as it came.
    #[uniffi(default)]
    pub save_token: Option<u64>,
}

impl From<s::LogDraft> for LogDraft {
    fn from(d: s::LogDraft) -> Self {
        LogDraft {
            patient: d.patient,
            kind: d.kind.map(Into::into),
            value: d.value,
            second: d.second,
            context: d.context.map(Into::into),
            confirmed: d.confirmed,
            save_token: d.save_token,
        }
    }
}

impl From<LogDraft> for s::LogDraft {
    fn from(d: LogDraft) -> Self {
        s::LogDraft {
            patient: d.patient,
            kind: d.kind.map(Into::into),
            value: d.value,
            second: d.second,
            context: d.context.map(Into::into),
            confirmed: d.confirmed,
            save_token: d.save_token,
        }
    }
}

/// What the shell does, or asks the core to do, when an action is chosen.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum ScreenCommand {
    /// Show another screen about the same patient.
    Open {
        screen: ScreenKind,
        patient: PersonId,
    },
    /// Move the log flow to this draft (`log_screen`).
    Log {
        draft: LogDraft,
    },
    /// Store the confirmed reading (`log_screen` with this draft).
    SaveReading {
        draft: LogDraft,
    },
    /// Record the dose due at `due` as taken (`answer_dose` with `take` true).
    TakeDose {
        patient: PersonId,
        regimen: RecordId,
        due: TimeOfDay,
    },
    /// Record it as skipped (`answer_dose` with `take` false).
    SkipDose {
        patient: PersonId,
        regimen: RecordId,
        due: TimeOfDay,
    },
    /// The patient is dealing with a dangerous reading: helpers are not told of it
    /// (`acknowledge_reading`).
    AcknowledgeReading {
        patient: PersonId,
        kind: ReadingKind,
        record: RecordId,
    },
    /// End a grant (asks again first: the action is `Destructive`).
    Revoke {
        patient: PersonId,
        grant: GrantId,
    },
    /// Start the invite-a-helper flow.
    Invite {
        patient: PersonId,
    },
    /// Phone 999 or 111.
    Call {
        number: String,
    },
    /// Open a lesson's player (`lesson_screen`).
    PlayLesson {
        patient: PersonId,
        lesson: String,
    },
    /// The lesson was heard to the end (`set_progress`, completed).
    LessonDone {
        patient: PersonId,
        lesson: String,
    },
    ChangeSetting {
        setting: SettingKind,
    },
}

impl From<s::Command> for ScreenCommand {
    fn from(c: s::Command) -> Self {
        use s::Command as C;
        match c {
            C::Open { screen, patient } => ScreenCommand::Open { screen: screen.into(), patient },
            C::Log { draft } => ScreenCommand::Log { draft: draft.into() },
            C::SaveReading { draft } => ScreenCommand::SaveReading { draft: draft.into() },
            C::TakeDose { patient, regimen, due } => {
                ScreenCommand::TakeDose { patient, regimen, due: due.into() }
            }
            C::SkipDose { patient, regimen, due } => {
                ScreenCommand::SkipDose { patient, regimen, due: due.into() }
            }
            C::AcknowledgeReading { patient, kind, record } => {
                ScreenCommand::AcknowledgeReading { patient, kind: kind.into(), record }
            }
            C::Revoke { patient, grant } => ScreenCommand::Revoke { patient, grant },
            C::Invite { patient } => ScreenCommand::Invite { patient },
            C::Call { number } => ScreenCommand::Call { number },
            C::PlayLesson { patient, lesson } => ScreenCommand::PlayLesson { patient, lesson },
            C::LessonDone { patient, lesson } => ScreenCommand::LessonDone { patient, lesson },
            C::ChangeSetting { setting } => ScreenCommand::ChangeSetting { setting: setting.into() },
        }
    }
}

/// One point of a chart.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ChartPoint {
    pub at: Timestamp,
    pub value: f64,
    /// Blood pressure's bottom number.
    pub second: Option<f64>,
    /// The band's code ("in-range", "stage-2"), where the kind has bands.
    pub band: Option<String>,
}

/// The target range behind a chart (blood pressure: the top number's limit in `high`, the
/// bottom number's in `second_high`).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TargetBand {
    pub low: Option<f64>,
    pub high: f64,
    pub second_high: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ChartSeries {
    pub kind: ReadingKind,
    pub unit: String,
    pub points: Vec<ChartPoint>,
    /// Points are daily means (more readings than a phone chart can show).
    pub daily: bool,
    pub target: Option<TargetBand>,
}

impl From<s::ChartSeries> for ChartSeries {
    fn from(c: s::ChartSeries) -> Self {
        ChartSeries {
            kind: c.kind.into(),
            unit: c.unit,
            points: c
                .points
                .into_iter()
                .map(|p| ChartPoint {
                    at: p.at,
                    value: p.value,
                    second: p.second,
                    band: p.band.map(Into::into),
                })
                .collect(),
            daily: c.daily,
            target: c.target.map(|t| TargetBand { low: t.low, high: t.high, second_high: t.second_high }),
        }
    }
}

/// What an element shows besides its text.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum ScreenDetail {
    /// A number to type, its unit, and the plausible range to allow.
    NumberInput {
        unit: String,
        decimals: u8,
        min: f64,
        max: f64,
        value: Option<f64>,
    },
    Chart {
        series: ChartSeries,
    },
    /// A reading with its band's code, for layouts that show the band as a badge.
    Reading {
        kind: ReadingKind,
        record: RecordId,
        band: Option<String>,
    },
    /// A lesson to play: files in the installed pack, the words the audio says, its length
    /// and how far the person got (0-100).
    Media {
        audio: Option<String>,
        video: Option<String>,
        captions: Option<String>,
        transcript: Option<String>,
        duration_ms: Option<u64>,
        progress_percent: u8,
    },
    /// A food's traffic lights per portion by code ("green", "amber", "red"): show them as
    /// words and shapes, not only colours.
    FoodLights {
        food: String,
        sugars: String,
        fat: String,
        saturates: String,
        salt: String,
    },
}

fn path(p: Option<std::path::PathBuf>) -> Option<String> {
    p.map(|p| p.to_string_lossy().into_owned())
}

impl From<s::Detail> for ScreenDetail {
    fn from(d: s::Detail) -> Self {
        use s::Detail as D;
        match d {
            D::NumberInput { unit, decimals, min, max, value } => {
                ScreenDetail::NumberInput { unit, decimals, min, max, value }
            }
            D::Chart { series } => ScreenDetail::Chart { series: series.into() },
            D::Reading { kind, record, band } => ScreenDetail::Reading { kind: kind.into(), record, band },
            D::Media { audio, video, captions, transcript, duration_ms, progress_percent } => {
                ScreenDetail::Media {
                    audio: path(audio),
                    video: path(video),
                    captions: path(captions),
                    transcript,
                    duration_ms,
                    progress_percent,
                }
            }
            D::FoodLights { food, sugars, fat, saturates, salt } => {
                ScreenDetail::FoodLights { food, sugars, fat, saturates, salt }
            }
        }
    }
}

impl From<s::Element> for ScreenElement {
    fn from(e: s::Element) -> Self {
        ScreenElement {
            id: e.id,
            text: e.text,
            utterance: e.utterance.into(),
            importance: e.importance.into(),
            severity: e.severity.map(Into::into),
            icon: e.icon.map(Into::into),
            actions: e
                .actions
                .into_iter()
                .map(|a| ScreenAction {
                    label: a.label,
                    utterance: a.utterance.into(),
                    style: a.style.into(),
                    command: a.command.into(),
                })
                .collect(),
            detail: e.detail.map(Into::into),
        }
    }
}

impl From<s::Screen> for Screen {
    fn from(sc: s::Screen) -> Self {
        Screen {
            kind: sc.kind.into(),
            patient: sc.patient,
            locale: sc.locale,
            direction: sc.direction.into(),
            title: sc.title.into(),
            sections: sc
                .sections
                .into_iter()
                .map(|x| ScreenSection {
                    id: x.id.into(),
                    heading: x.heading.map(Into::into),
                    elements: x.elements.into_iter().map(Into::into).collect(),
                })
                .collect(),
        }
    }
}

impl SaathiSession {
    /// Builds a screen in `locale` (or the configured languages).
    fn screen(
        &self,
        locale: Option<String>,
        build: impl FnOnce(&saathi_core::Session, &s::Words) -> saathi_core::Result<s::Screen>,
    ) -> Result<Screen, SaathiError> {
        let l10n = self.shared.languages.localizer(locale.as_deref())?;
        let words = s::Words::new(&l10n);
        self.with(|session| Ok(session.at_one_instant(|session| build(session, &words))?.into()))
    }
}

#[uniffi::export]
impl SaathiSession {
    /// What needs doing today, the last readings, and help to hand.
    pub fn today_screen(&self, patient: PersonId, locale: Option<String>) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.today_screen(patient, w))
    }

    /// One step of logging a reading; a confirmed draft stores it and shows the band and advice.
    pub fn log_screen(&self, draft: LogDraft, locale: Option<String>) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.log_screen(&draft.into(), w))
    }

    /// One kind of reading over the last `days` days (1 to 366): a chart and its story in words.
    pub fn trends_screen(
        &self,
        patient: PersonId,
        kind: ReadingKind,
        days: u32,
        locale: Option<String>,
    ) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.trends_screen(patient, kind.into(), days, w))
    }

    pub fn medicines_screen(&self, patient: PersonId, locale: Option<String>) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.medicines_screen(patient, w))
    }

    /// The people this person helps, and how each is doing.
    pub fn helper_screen(&self, locale: Option<String>) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.helper_screen(w))
    }

    pub fn sharing_screen(&self, patient: PersonId, locale: Option<String>) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.sharing_screen(patient, w))
    }

    pub fn settings_screen(&self, patient: PersonId, locale: Option<String>) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.settings_screen(patient, w))
    }

    pub fn lessons_screen(&self, patient: PersonId, locale: Option<String>) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.lessons_screen(patient, w))
    }

    /// One lesson's player.
    pub fn lesson_screen(
        &self,
        patient: PersonId,
        lesson: String,
        locale: Option<String>,
    ) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.lesson_screen(patient, &lesson, w))
    }

    /// The food guide; with `query`, search results with portions, carbs, lights and swaps.
    pub fn food_screen(
        &self,
        patient: PersonId,
        query: Option<String>,
        locale: Option<String>,
    ) -> Result<Screen, SaathiError> {
        self.screen(locale, |s, w| s.food_screen(patient, query.as_deref(), w))
    }
}
