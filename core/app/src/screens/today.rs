//! Today: a greeting, what needs doing now (a dangerous reading's advice first, then a
//! reading, a medicine), the last readings with their band in words, the next medicine,
//! and the day's summary, spoken.

use chrono::{Duration, Timelike};

use saathi_domain::access::Action;
use saathi_domain::bands::Urgency;
use saathi_domain::message::Message;
use saathi_domain::person::{Condition, PersonId};
use saathi_domain::reading::ReadingKind;
use saathi_domain::time::Period;
use saathi_domain::wording;

use super::doses::{Dose, DoseState};
use super::{ActionStyle, Command, Element, Icon, Screen, ScreenKind, Section, Severity, Words};
use super::{medicines, reading_element};
use crate::{Assessment, Result, Session};
use saathi_domain::reminders::DueState;
use saathi_domain::schedule::Subject;

/// How many recent readings Today shows.
const LAST_READINGS: usize = 3;

impl Session {
    pub fn today_screen(&self, patient: PersonId, words: &Words) -> Result<Screen> {
        let now = self.inner.now();
        let day = Period::last_calendar_days(now, 1);
        // Checked (and a helper's look audited) by `readings`; the rest follows from it.
        let mut entries = self.readings(patient, day.from, day.to)?;
        if entries.len() < LAST_READINGS {
            let week = now.with_timezone(&chrono::Utc) - Duration::days(7);
            entries = self.readings(patient, week, day.to)?;
        }
        let person = self.person_in_view(patient)?;
        let own = patient == self.actor.id;
        // A helper reads about the patient by name, not "your sugar".
        let about = (!own).then_some(person.name.as_str());
        let can_log = self.allowed(patient, Action::LogReadings)?.is_allow();

        let greeting_key = match now.hour() {
            0..12 => "screen-today-morning",
            12..17 => "screen-today-afternoon",
            _ => "screen-today-evening",
        };
        let greeting = if own {
            Message::new(greeting_key).text("name", self.actor.name.clone())
        } else {
            Message::new("screen-today-helping")
                .message("greeting", Message::new(greeting_key).text("name", self.actor.name.clone()))
                .text("patient", person.name.clone())
        };
        let title = words.element("title", &greeting).essential().icon(Icon::Person);

        // What needs doing now. First, a reading today that calls for action now and is
        // still the latest of its kind (a recheck back in range means it has passed): its
        // advice and the numbers to call, never "well done" beneath a very low sugar.
        let mut needs = Vec::new();
        let mut seen_kinds: Vec<ReadingKind> = Vec::new();
        let mut acknowledge = Vec::new();
        for e in entries.iter().rev().filter(|e| e.meta.taken.at >= day.from) {
            let kind = e.measurement.kind();
            if seen_kinds.contains(&kind) {
                continue;
            }
            seen_kinds.push(kind);
            let advice = match &e.assessment {
                Some(Assessment::Glucose(a)) if a.urgency == Urgency::Now => &a.advice,
                Some(Assessment::BloodPressure(a)) if a.urgency == Urgency::Now => &a.advice,
                _ => continue,
            };
            let act = words.element(format!("act-now-{}", kind.code()), &Message::new("screen-log-act-now"));
            needs.push(act.essential().severity(Severity::Danger).icon(Icon::Warning));
            for (i, a) in advice.iter().enumerate() {
                let id = format!("act-now-{}-advice-{}", kind.code(), i + 1);
                needs.push(words.element(id, &wording::advice(*a)).essential().severity(Severity::Danger));
            }
            // The patient's to say: its words ("your helpers will be told") speak to them.
            if own && self.escalation_pending(patient, kind, e.meta.record_id)? {
                acknowledge.push(super::log::acknowledge(patient, kind, e.meta.record_id, words));
            }
        }
        let acting_now = !needs.is_empty();
        if acting_now {
            needs.push(super::log::calls(words));
        }
        needs.extend(acknowledge);
        let today_entries = entries.iter().filter(|e| e.meta.taken.at >= day.from);
        let sugar_today = today_entries.clone().any(|e| e.measurement.kind() == ReadingKind::Glucose);
        if can_log && person.conditions.contains(&Condition::Type2Diabetes) && !sugar_today {
            let log = super::LogDraft { kind: Some(ReadingKind::Glucose), ..super::LogDraft::new(patient) };
            needs.push(
                words
                    .element("check-sugar", &words.about(&Message::new("screen-today-check-sugar"), about))
                    .essential()
                    .icon(Icon::Glucose)
                    .action(words.action(
                        &Message::new("screen-log-start"),
                        ActionStyle::Primary,
                        Command::Log { draft: log },
                    )),
            );
        }
        // Doses and checks due or missed now, from the person's reminder schedules.
        let regimens = self.regimens(patient)?;
        let can_dose = self.allowed(patient, Action::ManageMedicines)?.is_allow();
        for due in
            self.due_now(patient)?.iter().filter(|d| matches!(d.state, DueState::Due | DueState::Missed))
        {
            match due.fire.subject {
                Subject::Medicine { regimen } => {
                    let Some(r) = regimens.iter().find(|r| r.meta.record_id == regimen) else { continue };
                    let state =
                        if due.state == DueState::Missed { DoseState::Missed } else { DoseState::Due };
                    let dose = Dose::of_fire(regimen, &due.fire, &r.value, state);
                    needs.push(medicines::dose_element(&dose, patient, can_dose, words));
                }
                Subject::Reading { kind, context } if can_log => {
                    let draft =
                        super::LogDraft { kind: Some(kind), context, ..super::LogDraft::new(patient) };
                    let m = saathi_domain::wording::reminder(&due.fire, None);
                    let severity =
                        if due.state == DueState::Missed { Severity::Warning } else { Severity::Caution };
                    needs.push(
                        words
                            .element(format!("check-{}-{}", kind.code(), due.fire.slot.format("%H%M")), &m)
                            .essential()
                            .severity(severity)
                            .icon(super::Icon::of_kind(kind))
                            .action(words.action(
                                &Message::new("screen-log-start"),
                                ActionStyle::Primary,
                                Command::Log { draft },
                            )),
                    );
                }
                Subject::Reading { .. } => {}
            }
        }
        if needs.is_empty() {
            needs.push(
                words
                    .element("all-done", &Message::new("screen-today-all-done"))
                    .icon(Icon::Check)
                    .severity(Severity::Good),
            );
        }
        // Then something to learn, when nothing else is pressing enough to crowd it out.
        if !acting_now {
            needs.extend(self.suggested_lesson(patient, words)?);
        }

        // The last readings, newest first, with their band in words.
        let last: Vec<Element> = entries
            .iter()
            .rev()
            .take(LAST_READINGS)
            .enumerate()
            .map(|(i, e)| reading_element(format!("reading-{}", i + 1), e, &person.units, words, now))
            .collect();
        let last = if last.is_empty() {
            vec![words.element("no-readings", &Message::new("screen-today-no-readings"))]
        } else {
            last
        };

        // The next reminder to go off, in the next two days.
        let next =
            self.upcoming_reminders(patient, now.to_utc() + Duration::days(2), 1)?.into_iter().next().map(
                |fire| {
                    let regimen = match fire.subject {
                        Subject::Medicine { regimen } => {
                            regimens.iter().find(|r| r.meta.record_id == regimen).map(|r| &r.value)
                        }
                        Subject::Reading { .. } => None,
                    };
                    let local = fire.local_date_time();
                    let when = if local.date_naive() == now.date_naive() {
                        Message::new("screen-at-time").time("time", local.time())
                    } else {
                        Message::new("screen-tomorrow-at").time("time", local.time())
                    };
                    let m = Message::new("screen-today-next-reminder")
                        .message("when", when)
                        .message("reminder", saathi_domain::wording::reminder(&fire, regimen));
                    words.element("next-reminder", &m).icon(Icon::Reminder)
                },
            );

        // The day in words, spoken: the summary's own plain-language sentences.
        let summary = self.summary(patient, day)?;
        let mut spoken: Vec<Element> = summary
            .messages
            .iter()
            .enumerate()
            .map(|(i, m)| words.element(format!("summary-{}", i + 1), &words.about(m, about)).extra())
            .collect();
        if let Some(first) = spoken.first_mut() {
            first.importance = super::Importance::Normal;
        }

        let mut sections = vec![
            Section {
                id: "needs-doing",
                heading: Some(
                    words.element("needs-doing-heading", &Message::new("screen-today-needs-doing")),
                ),
                elements: needs,
            },
            Section {
                id: "last-readings",
                heading: Some(words.element(
                    "last-readings-heading",
                    &words.about(&Message::new("screen-today-last-readings"), about),
                )),
                elements: last,
            },
        ];
        if let Some(next) = next {
            sections.push(Section { id: "next-reminder", heading: None, elements: vec![next] });
        }
        sections.push(Section {
            id: "summary",
            heading: Some(words.element("day-heading", &Message::new("screen-today-summary"))),
            elements: spoken,
        });
        Ok(Screen::new(ScreenKind::Today, Some(patient), words, title, sections))
    }
}
