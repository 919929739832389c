//! Reminders: what goes off next (for the shells' local notifications), what is due or
//! missed now, the person's zone and alert choices, fasting days, and the alerts a helper
//! should be sent. Each reminder comes with its words in the person's language.

use saathi_domain::medicine::Regimen as CoreRegimen;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::Recorded;
use saathi_domain::reminders as r;
use saathi_domain::schedule::{Recurrence as CoreRecurrence, Schedule, Subject};
use saathi_domain::wording;

use crate::error::SaathiError;
use crate::screens::Utterance;
use crate::session::SaathiSession;
use crate::time::{LocalDate, TimeOfDay, Timestamp, Weekday};
use crate::tracking::RecordMeta;
use crate::tracking::{GlucoseContext, ReadingKind};
use crate::{PersonId, RecordId};

/// What a reminder is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReminderSubject {
    /// A dose of this regimen.
    Medicine { regimen: RecordId },
    /// A reading to take (a sugar check may name its context).
    Reading { kind: ReadingKind, context: Option<GlucoseContext> },
}

mirror_enum!(
    /// Why a reminder goes off at another time than its schedule's.
    ReminderMoved <=> saathi_domain::reminders::Moved {
        /// The time did not exist (the clocks went forward); it fires as the gap ends.
        ClocksForward,
        /// Ramadan: a morning dose, before the pre-dawn meal ends.
        BeforeSuhoor,
        /// Ramadan: a dose taken when the fast ends.
        AtIftar,
    }
);

mirror_enum!(
    DueState <=> saathi_domain::reminders::DueState {
        /// Its time is near or just past, and nothing is logged yet.
        Due,
        Missed,
        Done,
        Skipped,
    }
);

/// One reminder going off: when (the instant, and the wall clock with its offset), what
/// for, and what to show and say.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Reminder {
    pub schedule: RecordId,
    pub subject: ReminderSubject,
    /// The local day the dose or check belongs to, and the schedule's time for it.
    pub date: LocalDate,
    pub slot: TimeOfDay,
    pub at: Timestamp,
    /// When it goes off on the wall clock, ISO-8601 without offset ("2026-11-21T08:00:00").
    pub local: String,
    /// The wall clock's offset from UTC at `at`, seconds east.
    pub offset_seconds: i32,
    pub moved: Option<ReminderMoved>,
    /// "Time for your Metformin, 500 mg." in the person's language.
    pub text: String,
    pub utterance: Utterance,
}

/// A reminder of the last day, and whether it was answered.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DueReminder {
    /// Its `text` says it was missed when it was.
    pub reminder: Reminder,
    pub state: DueState,
    /// When the dose or reading that answered it was taken.
    pub logged: Option<Timestamp>,
    pub on_time: bool,
}

/// The patient's zone and whether, and after how many minutes, helpers who receive alerts
/// hear of a missed dose or a dangerous reading (`None`: they are not told).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReminderSettings {
    /// IANA zone ("Europe/London").
    pub time_zone: String,
    #[uniffi(default)]
    pub missed_dose_alert_minutes: Option<u32>,
    #[uniffi(default)]
    pub escalation_minutes: Option<u32>,
}

/// A day of a fast: medicines move into the eating window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct FastingDay {
    pub date: LocalDate,
    /// Dawn: the pre-dawn meal ends and the fast begins.
    pub suhoor: TimeOfDay,
    /// Sunset: the fast ends.
    pub iftar: TimeOfDay,
}

/// What an alert to a helper is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AlertAbout {
    MissedDose { schedule: RecordId, date: LocalDate, slot: TimeOfDay },
    DangerousReading { kind: ReadingKind, record: RecordId },
}

/// An alert this helper should be sent now (returned once).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct HelperAlert {
    pub to: PersonId,
    pub about: AlertAbout,
    /// When the dose was due, or the reading taken.
    pub since: Timestamp,
}

/// On which days a schedule goes off.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Recurrence {
    Daily,
    /// On these days of the week.
    Weekdays {
        days: Vec<Weekday>,
    },
    /// Every `n` days, counting from the start date (which goes off).
    EveryNDays {
        n: u16,
    },
}

/// A reminder schedule: what for, at which wall-clock times, on which days, from when.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReminderSchedule {
    pub subject: ReminderSubject,
    pub times: Vec<TimeOfDay>,
    pub recurrence: Recurrence,
    pub starts: LocalDate,
    #[uniffi(default)]
    pub ends: Option<LocalDate>,
    #[uniffi(default)]
    pub paused: bool,
}

/// A schedule as stored, with who set it and when.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RecordedSchedule {
    pub meta: RecordMeta,
    pub schedule: ReminderSchedule,
}

impl From<Recorded<Schedule>> for RecordedSchedule {
    fn from(r: Recorded<Schedule>) -> Self {
        let s = r.value;
        let recurrence = match s.recurrence {
            CoreRecurrence::Daily => Recurrence::Daily,
            CoreRecurrence::Weekdays { days } => Recurrence::Weekdays {
                days: WEEK
                    .iter()
                    .enumerate()
                    .filter(|(bit, _)| days & (1 << bit) != 0)
                    .map(|(_, d)| *d)
                    .collect(),
            },
            CoreRecurrence::EveryNDays { n } => Recurrence::EveryNDays { n },
        };
        RecordedSchedule {
            meta: r.meta.into(),
            schedule: ReminderSchedule {
                subject: subject(s.subject),
                times: s.times.into_iter().map(Into::into).collect(),
                recurrence,
                starts: s.starts,
                ends: s.ends,
                paused: s.paused,
            },
        }
    }
}

/// Monday first: bit 0 of `Recurrence::Weekdays` in the domain.
const WEEK: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

impl TryFrom<ReminderSchedule> for Schedule {
    type Error = SaathiError;

    fn try_from(s: ReminderSchedule) -> Result<Self, SaathiError> {
        let recurrence = match s.recurrence {
            Recurrence::Daily => CoreRecurrence::Daily,
            Recurrence::Weekdays { days } => CoreRecurrence::Weekdays {
                // Bit i is WEEK[i]; a day given twice sets its bit once.
                days: (0..7u8)
                    .filter(|&i| days.contains(&WEEK[usize::from(i)]))
                    .fold(0, |bits, i| bits | 1 << i),
            },
            Recurrence::EveryNDays { n } => CoreRecurrence::EveryNDays { n },
        };
        Ok(Schedule {
            subject: match s.subject {
                ReminderSubject::Medicine { regimen } => Subject::Medicine { regimen },
                ReminderSubject::Reading { kind, context } => {
                    Subject::Reading { kind: kind.into(), context: context.map(Into::into) }
                }
            },
            times: s.times.iter().map(|t| t.naive(Field::ReminderTimes)).collect::<Result<_, _>>()?,
            recurrence,
            starts: s.starts,
            ends: s.ends,
            paused: s.paused,
        })
    }
}

fn subject(s: Subject) -> ReminderSubject {
    match s {
        Subject::Medicine { regimen } => ReminderSubject::Medicine { regimen },
        Subject::Reading { kind, context } => {
            ReminderSubject::Reading { kind: kind.into(), context: context.map(Into::into) }
        }
    }
}

fn regimen_of<'a>(regimens: &'a [Recorded<CoreRegimen>], f: &r::Fire) -> Option<&'a CoreRegimen> {
    match f.subject {
        Subject::Medicine { regimen } => {
            regimens.iter().find(|x| x.meta.record_id == regimen).map(|x| &x.value)
        }
        Subject::Reading { .. } => None,
    }
}

fn reminder(f: &r::Fire, said: &saathi_domain::message::Message, l10n: &saathi_l10n::Localizer) -> Reminder {
    Reminder {
        schedule: f.schedule,
        subject: subject(f.subject),
        date: f.date,
        slot: f.slot.into(),
        at: f.at,
        local: f.local.format("%Y-%m-%dT%H:%M:%S").to_string(),
        offset_seconds: f.offset_seconds,
        moved: f.moved.map(Into::into),
        text: l10n.message(said),
        utterance: l10n.utterance(said, &saathi_l10n::speech::NoClips).into(),
    }
}

#[uniffi::export]
impl SaathiSession {
    /// The reminders that go off after now and up to `until`, at most `limit` (iOS keeps
    /// 64 pending notifications), in `locale` or the configured languages.
    pub fn upcoming_reminders(
        &self,
        patient: PersonId,
        until: Timestamp,
        limit: u32,
        locale: Option<String>,
    ) -> Result<Vec<Reminder>, SaathiError> {
        let l10n = self.shared.languages.localizer(locale.as_deref())?;
        self.with(|s| {
            let fires = s.upcoming_reminders(patient, until, limit as usize)?;
            let regimens = s.regimens(patient)?;
            Ok(fires
                .iter()
                .map(|f| reminder(f, &wording::reminder(f, regimen_of(&regimens, f)), &l10n))
                .collect())
        })
    }

    /// What was due over the last day: due now, missed, done or skipped.
    pub fn due_now(
        &self,
        patient: PersonId,
        locale: Option<String>,
    ) -> Result<Vec<DueReminder>, SaathiError> {
        let l10n = self.shared.languages.localizer(locale.as_deref())?;
        self.with(|s| {
            let due = s.due_now(patient)?;
            let regimens = s.regimens(patient)?;
            Ok(due
                .iter()
                .map(|d| {
                    let regimen = regimen_of(&regimens, &d.fire);
                    let said = match d.state {
                        r::DueState::Missed => wording::missed(&d.fire, regimen),
                        _ => wording::reminder(&d.fire, regimen),
                    };
                    DueReminder {
                        reminder: reminder(&d.fire, &said, &l10n),
                        state: d.state.into(),
                        logged: d.logged,
                        on_time: d.on_time,
                    }
                })
                .collect())
        })
    }

    pub fn reminder_settings(&self, patient: PersonId) -> Result<ReminderSettings, SaathiError> {
        self.with(|s| {
            let x = s.reminder_settings(patient)?;
            Ok(ReminderSettings {
                time_zone: x.time_zone,
                missed_dose_alert_minutes: x.missed_dose_alert_minutes,
                escalation_minutes: x.escalation_minutes,
            })
        })
    }

    /// The patient's own choice (an unknown zone is `InvalidInput` on `TimeZone`).
    pub fn set_reminder_settings(
        &self,
        patient: PersonId,
        settings: ReminderSettings,
    ) -> Result<(), SaathiError> {
        self.with(|s| {
            let mut core = r::ReminderSettings::new(settings.time_zone);
            core.missed_dose_alert_minutes = settings.missed_dose_alert_minutes;
            core.escalation_minutes = settings.escalation_minutes;
            Ok(s.set_reminder_settings(patient, core)?)
        })
    }

    /// The days of a fast (replacing any set before).
    pub fn set_fasting_days(&self, patient: PersonId, days: Vec<FastingDay>) -> Result<(), SaathiError> {
        self.with(|s| {
            let days = days
                .into_iter()
                .map(|d| {
                    Ok(saathi_domain::ramadan::RamadanDay {
                        date: d.date,
                        suhoor: d.suhoor.naive(Field::Suhoor)?,
                        iftar: d.iftar.naive(Field::Iftar)?,
                    })
                })
                .collect::<Result<Vec<_>, saathi_domain::ValidationError>>()?;
            Ok(s.set_fasting_days(patient, days)?)
        })
    }

    /// Adds a reminder schedule (medicine doses or readings); returns its record id. Each
    /// medicine already reminds at its own times from `add_regimen`.
    pub fn add_reminder(
        &self,
        patient: PersonId,
        schedule: ReminderSchedule,
    ) -> Result<RecordId, SaathiError> {
        self.with(|s| Ok(s.add_reminder(patient, schedule.try_into()?)?))
    }

    /// Pauses or resumes a schedule from now on.
    pub fn pause_reminder(
        &self,
        patient: PersonId,
        schedule: RecordId,
        paused: bool,
    ) -> Result<(), SaathiError> {
        self.with(|s| Ok(s.pause_reminder(patient, schedule, paused)?))
    }

    /// The patient's schedules, paused ones included.
    pub fn reminder_schedules(&self, patient: PersonId) -> Result<Vec<RecordedSchedule>, SaathiError> {
        self.with(|s| Ok(s.reminders(patient)?.into_iter().map(Into::into).collect()))
    }

    /// Whether the patient is keeping a fast now (on their zone's clock): the fasting
    /// glucose rules apply and medicines sit in the eating window.
    pub fn fasting_now(&self, patient: PersonId) -> Result<bool, SaathiError> {
        self.with(|s| Ok(s.fasting_now(patient)?))
    }

    /// The patient says they are dealing with a dangerous reading: helpers are not told of it.
    pub fn acknowledge_reading(
        &self,
        patient: PersonId,
        kind: ReadingKind,
        record: RecordId,
    ) -> Result<(), SaathiError> {
        self.with(|s| Ok(s.acknowledge_reading(patient, kind.into(), record)?))
    }

    /// The alerts this person (a helper) should be sent now; each is returned once.
    pub fn alerts_to_send(&self) -> Result<Vec<HelperAlert>, SaathiError> {
        self.with(|s| {
            Ok(s.alerts_to_send()?
                .into_iter()
                .map(|a| HelperAlert {
                    to: a.to,
                    about: match a.about {
                        saathi_domain::alerts::AlertAbout::MissedDose { schedule, date, slot } => {
                            AlertAbout::MissedDose { schedule, date, slot: slot.into() }
                        }
                        saathi_domain::alerts::AlertAbout::DangerousReading { kind, record } => {
                            AlertAbout::DangerousReading { kind: kind.into(), record }
                        }
                    },
                    since: a.since,
                })
                .collect())
        })
    }
}
