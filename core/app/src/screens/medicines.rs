//! Medicines: today's doses with "taken" and "skip" to hand, and how many doses were taken
//! this week.

use chrono::{Duration, NaiveTime};

use saathi_domain::access::Action;
use saathi_domain::medicine::{DoseEvent, DoseStatus};
use saathi_domain::message::Message;
use saathi_domain::person::PersonId;
use saathi_domain::reading::Recorded;
use saathi_domain::schedule::Subject;
use saathi_domain::time::Period;

use super::doses::{self, Dose, DoseState};
use super::{ActionStyle, Command, Element, Icon, Screen, ScreenKind, Section, Severity, Words};
use crate::{Result, Session};
use saathi_domain::reminders::{Moved, ON_TIME_AFTER_MINUTES};

/// One dose as a line, with "taken" and "skip" when the person may record doses.
pub(crate) fn dose_element(d: &Dose<'_>, patient: PersonId, can_record: bool, words: &Words) -> Element {
    let state_key = match d.state {
        DoseState::Taken => "screen-dose-taken",
        DoseState::Late => "screen-dose-late",
        DoseState::Skipped => "screen-dose-skipped",
        DoseState::Due => "screen-dose-due",
        DoseState::Missed => "screen-dose-missed",
        DoseState::Later => "screen-dose-later",
    };
    let m = Message::new(state_key)
        .text("medicine", d.medicine.name.clone())
        .text("dose", d.medicine.dose.clone())
        .time("time", d.at)
        .term("food", format!("food-{}", d.medicine.with_food.code()));
    // A dose Ramadan moved says so, so the person knows why it is not at its usual time.
    let note = match d.moved {
        Some(Moved::BeforeSuhoor) => Some("screen-dose-moved-before-suhoor"),
        Some(Moved::AtIftar) => Some("screen-dose-moved-at-iftar"),
        Some(Moved::ClocksForward) | None => None,
    };
    let m = match note {
        Some(note) => {
            Message::new("screen-dose-moved").message("dose", m).message("note", Message::new(note))
        }
        None => m,
    };
    let severity = match d.state {
        DoseState::Taken | DoseState::Late => Some(Severity::Good),
        DoseState::Due => Some(Severity::Caution),
        DoseState::Missed => Some(Severity::Warning),
        DoseState::Skipped | DoseState::Later => None,
    };
    let mut e = words
        .element(format!("dose-{}-{}", d.regimen.0, d.time.format("%H:%M")), &m)
        .icon(Icon::Medicine)
        .maybe_severity(severity);
    if matches!(d.state, DoseState::Due | DoseState::Missed) {
        e = e.essential();
        if can_record {
            let (regimen, due) = (d.regimen, d.time);
            e = e
                .action(words.action(
                    &Message::new("screen-dose-take"),
                    ActionStyle::Primary,
                    Command::TakeDose { patient, regimen, due },
                ))
                .action(words.action(
                    &Message::new("screen-dose-skip"),
                    ActionStyle::Secondary,
                    Command::SkipDose { patient, regimen, due },
                ));
        }
    }
    e
}

impl Session {
    /// Dose events recorded for `patient` in `period`, oldest first.
    pub fn doses(&self, patient: PersonId, period: Period) -> Result<Vec<Recorded<DoseEvent>>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        Ok(saathi_store::records::current::<DoseEvent>(store.conn(), patient.id, period.from, period.to)?)
    }

    /// Records the dose of the regimen's time `time` as taken now (late if past its missed
    /// mark) or skipped: what the Take and Skip actions do. "Late" is judged from when the
    /// dose was due today on the wall clock, so a dose Ramadan moved to iftar is not late
    /// at iftar. A time that is not one of the regimen's is refused by `record_dose`.
    pub fn answer_dose(
        &self,
        patient: PersonId,
        regimen: saathi_domain::reading::RecordId,
        time: NaiveTime,
        take: bool,
    ) -> Result<()> {
        let now = self.inner.now();
        let today = now.date_naive();
        let due_at = self
            .due_now(patient)?
            .into_iter()
            .find(|d| {
                d.fire.subject == Subject::Medicine { regimen } && d.fire.slot == time && d.fire.date == today
            })
            .map_or(today.and_time(time), |d| d.fire.local);
        let status = match take {
            false => DoseStatus::Skipped,
            true if now.naive_local() > due_at + Duration::minutes(ON_TIME_AFTER_MINUTES) => DoseStatus::Late,
            true => DoseStatus::Taken,
        };
        self.record_dose(patient, regimen, time, status, None)?;
        Ok(())
    }

    pub fn medicines_screen(&self, patient: PersonId, words: &Words) -> Result<Screen> {
        let now = self.inner.now();
        let week = Period::last_calendar_days(now, 7);
        let regimens = self.regimens(patient)?;
        let events = self.doses(patient, week)?;
        let can_record = self.allowed(patient, Action::ManageMedicines)?.is_allow();
        let todays = doses::today(self, patient, &regimens)?;

        let title =
            words.element("title", &Message::new("screen-medicines-title")).essential().icon(Icon::Medicine);
        let mut today_elements: Vec<Element> =
            todays.iter().map(|d| dose_element(d, patient, can_record, words)).collect();
        if today_elements.is_empty() {
            today_elements.push(words.element("none", &Message::new("screen-medicines-none")));
        }

        // This week: each dose whose time has come since the medicine was started (its first
        // version, or its first recorded dose if that is earlier: doses can be logged for
        // a medicine already being taken), against the doses recorded as taken, once each.
        let mut expected = 0i64;
        let mut taken = std::collections::BTreeSet::new();
        for r in &regimens {
            let first_dose = events
                .iter()
                .filter(|e| e.value.regimen == r.meta.record_id)
                .map(|e| e.meta.taken.local_date())
                .min();
            let started = first_dose.map_or(r.meta.taken.local_date(), |d| d.min(r.meta.taken.local_date()));
            for day in 0..7 {
                let date = now.date_naive() - Duration::days(day);
                expected += r
                    .value
                    .times
                    .iter()
                    .filter(|t| date >= started && date.and_time(**t) <= now.naive_local())
                    .count() as i64;
            }
            for e in events
                .iter()
                .filter(|e| e.value.regimen == r.meta.record_id && r.value.times.contains(&e.value.scheduled))
            {
                if matches!(e.value.status, DoseStatus::Taken | DoseStatus::Late) {
                    taken.insert((r.meta.record_id, e.meta.taken.local_date(), e.value.scheduled));
                }
            }
        }
        let taken = (taken.len() as i64).min(expected);
        let adherence = if expected == 0 {
            words.element("week", &Message::new("screen-medicines-week-none"))
        } else {
            let m = Message::new("screen-medicines-week").int("taken", taken).int("expected", expected);
            let good = taken * 10 >= expected * 8;
            words.element("week", &m).severity(if good { Severity::Good } else { Severity::Caution })
        };

        let sections = vec![
            Section {
                id: "today",
                heading: Some(words.element("today-heading", &Message::new("screen-medicines-today"))),
                elements: today_elements,
            },
            Section {
                id: "this-week",
                heading: Some(words.element("week-heading", &Message::new("screen-medicines-this-week"))),
                elements: vec![adherence],
            },
        ];
        Ok(Screen::new(ScreenKind::Medicines, Some(patient), words, title, sections))
    }
}
