//! Saathi's core for the Android and iOS shells: UniFFI exports over `saathi-core`.
//!
//! A thin layer (see README.md): objects wrap the core's `Saathi` and `Session`, plain data
//! crosses as records converted with `From`, and every failure is one `SaathiError`. No rule
//! lives here; if a shell needs a decision, it belongs in the core.
//!
//! One module per area; content, screens and reminders join as modules of their own.

uniffi::setup_scaffolding!();

#[macro_use]
mod mirror;

mod access;
mod content;
mod debug;
mod error;
mod logging;
mod medicines;
mod people;
mod protocol;
mod reminders;
mod runtime;
mod saathi;
mod screens;
mod session;
mod sharing;
mod summaries;
mod targets;
mod time;
mod tracking;
mod words;

pub use access::{AccessDecision, Action, AuditCheck, AuditEntry, Denial};
pub use content::{
    ActivityItem, ContentAssignment, ContentItem, ContentProfile, DietRule, ExpectedArchive, FoodItem,
    FoodMatch, FoodSwap, LessonItem, LessonPlayer, LessonProgress, NetworkKind, PackChange, PackInstalled,
    TextSize, Topic,
};
pub use debug::{
    debug_panic_for_tests, debug_panic_unguarded_for_tests, debug_populate_demo_for_tests,
    debug_write_pack_archive_for_tests,
};
pub use error::{InputField, InputProblem, InviteCodeProblem, ItemKind, SaathiError};
pub use logging::{LogLevel, LogRecord, LogSink, clear_log_sink, set_log_level, set_log_sink};
pub use medicines::{DoseStatus, RecordedDose, RecordedRegimen, Regimen, WithFood};
pub use people::{Condition, Languages, NewPerson, Person, Role, UnitPreferences};
pub use protocol::{BpProtocolAverage, BpProtocolStatus, BpSitting, NextBpStep};
pub use reminders::{
    AlertAbout, DueReminder, DueState, FastingDay, HelperAlert, RecordedSchedule, Recurrence, Reminder,
    ReminderMoved, ReminderSchedule, ReminderSettings, ReminderSubject,
};
pub use saathi::{ClockSource, Saathi, SaathiConfig, demo_publisher_key};
pub use screens::{
    ActionStyle, ChartPoint, ChartSeries, Importance, LogDraft, Screen, ScreenAction, ScreenCommand,
    ScreenDetail, ScreenElement, ScreenIcon, ScreenKind, ScreenSection, SettingKind, Severity, TargetBand,
    TextDirection, Utterance,
};
pub use session::SaathiSession;
pub use sharing::{
    EndReason, Grant, GrantState, Invitation, InviteRequest, LegalBasis, Revocation, Scope, WeeklyWindow,
};
pub use summaries::{
    ActivitySummary, ArgValue, BpSummary, ContextStats, DoseSummary, GlucoseStats, GlucoseSummary,
    Hba1cSummary, Message, MessageArg, Summary, Trend, WeightSummary,
};
pub use targets::{BpTarget, GlucoseTarget, Hba1cTarget, TargetMetric, TargetOrigin, Targets};
pub use time::{LocalDate, Taken, TimeOfDay, Timestamp, Weekday};
pub use tracking::{
    ActivityIntensity, ActivityKind, Advice, Arm, Assessment, BodyPosition, BpBand, GlucoseBand,
    GlucoseContext, GlucoseRow, GlucoseUnit, GuidelineSource, Hba1cUnit, LogOptions, Logged, Reading,
    ReadingEntry, ReadingKind, ReadingSource, ReadingVersion, RecordMeta, Urgency, WeightUnit,
    weight_from_stones_pounds,
};
pub use words::ErrorText;

/// Ids cross as plain integers with a name that says what they identify.
pub type PersonId = saathi_domain::person::PersonId;
pub type RecordId = saathi_domain::reading::RecordId;
pub type GrantId = saathi_domain::grants::GrantId;

uniffi::custom_type!(PersonId, i64, { remote, lower: |id| id.0, try_lift: |v| Ok(saathi_domain::person::PersonId(v)) });
uniffi::custom_type!(RecordId, i64, { remote, lower: |id| id.0, try_lift: |v| Ok(saathi_domain::reading::RecordId(v)) });
uniffi::custom_type!(GrantId, i64, { remote, lower: |id| id.0, try_lift: |v| Ok(saathi_domain::grants::GrantId(v)) });
