//! Helper home: the people I help, their alerts (when they chose to send me alerts), and
//! what I may do for each, as actions. Nothing is offered that the grant does not allow.

use chrono::Duration;

use saathi_domain::access::Action;
use saathi_domain::bands::Urgency;
use saathi_domain::grants::GrantState;
use saathi_domain::message::Message;
use saathi_domain::person::PersonId;
use saathi_domain::reading::ReadingKind;

use super::doses::{self, DoseState};
use super::{ActionStyle, Command, Element, Icon, LogDraft, Screen, ScreenKind, Section, Severity, Words};
use crate::{Assessment, Result, Session};

/// Dangerous readings from this far back are still alerts on the helper's home screen.
pub const ALERT_LOOKBACK: Duration = Duration::hours(24);

impl Session {
    pub fn helper_screen(&self, words: &Words) -> Result<Screen> {
        let now = self.inner.now();
        let mut patients: Vec<PersonId> = self
            .helping()?
            .iter()
            .filter(|g| matches!(g.state(now), GrantState::Active | GrantState::OutsideWindow))
            .map(|g| g.patient)
            .collect();
        patients.dedup();
        let mut sections = Vec::new();
        for patient in patients {
            sections.push(self.helped_person(patient, words)?);
        }
        if sections.is_empty() {
            sections.push(Section {
                id: "nobody",
                heading: None,
                elements: vec![words.element("nobody", &Message::new("screen-helper-nobody"))],
            });
        }
        let title =
            words.element("title", &Message::new("screen-helper-title")).essential().icon(Icon::Helper);
        Ok(Screen::new(ScreenKind::Helper, None, words, title, sections))
    }

    fn helped_person(&self, patient: PersonId, words: &Words) -> Result<Section> {
        let person = self.person_in_view(patient)?;
        let may = |a: Action| self.allowed(patient, a).map(|d| d.is_allow());
        let heading = words
            .element(
                format!("person-{}", patient.0),
                &Message::new("screen-helper-person").text("name", person.name.clone()),
            )
            .essential()
            .icon(Icon::Person);
        let mut elements: Vec<Element> = Vec::new();
        if may(Action::ReceiveAlerts)? && may(Action::ViewReadings)? {
            elements.extend(self.alerts(patient, &person.name, words)?);
        }
        // What I may do for them.
        let mut can = words.element(
            format!("can-{}", patient.0),
            &Message::new("screen-helper-you-can").text("name", person.name.clone()),
        );
        let open = |screen| Command::Open { screen, patient };
        if may(Action::ViewReadings)? {
            can = can
                .action(words.action(
                    &Message::new("screen-open-today"),
                    ActionStyle::Primary,
                    open(ScreenKind::Today),
                ))
                .action(words.action(
                    &Message::new("screen-open-trends"),
                    ActionStyle::Secondary,
                    open(ScreenKind::Trends),
                ));
        }
        if may(Action::LogReadings)? {
            can = can.action(words.action(
                &Message::new("screen-log-start"),
                ActionStyle::Primary,
                Command::Log { draft: LogDraft::new(patient) },
            ));
        }
        if may(Action::ManageMedicines)? && may(Action::ViewReadings)? {
            can = can.action(words.action(
                &Message::new("screen-open-medicines"),
                ActionStyle::Secondary,
                open(ScreenKind::Medicines),
            ));
        }
        if may(Action::ViewLessons)? {
            can = can.action(words.action(
                &Message::new("screen-open-lessons"),
                ActionStyle::Secondary,
                open(ScreenKind::Lessons),
            ));
        }
        if can.actions.is_empty() {
            can = words.element(
                format!("can-{}", patient.0),
                &Message::new("screen-helper-nothing-now").text("name", person.name.clone()),
            );
        }
        elements.push(can);
        Ok(Section { id: "person", heading: Some(heading), elements })
    }

    /// Dangerous readings in the last day, and doses missed today.
    fn alerts(&self, patient: PersonId, name: &str, words: &Words) -> Result<Vec<Element>> {
        let now = self.inner.now();
        let utc = now.with_timezone(&chrono::Utc);
        let mut out = Vec::new();
        for e in self.readings(patient, utc - ALERT_LOOKBACK, utc + Duration::seconds(1))?.iter().rev() {
            let (band, urgency) = match &e.assessment {
                Some(Assessment::Glucose(a)) => (saathi_domain::wording::glucose_band(a.band), a.urgency),
                Some(Assessment::BloodPressure(a)) => (saathi_domain::wording::bp_band(a.band), a.urgency),
                None => continue,
            };
            if urgency < Urgency::Soon {
                continue;
            }
            let local = e.meta.taken.local();
            let m = Message::new("screen-helper-alert-reading")
                .text("name", name.to_string())
                .message("kind", saathi_domain::wording::kind(e.measurement.kind()))
                .message("band", band)
                .time("time", local.time());
            let kind: ReadingKind = e.measurement.kind();
            out.push(
                words
                    .element(format!("alert-{}-{}", kind.code(), e.meta.record_id.0), &m)
                    .essential()
                    .severity(Severity::of_urgency(urgency))
                    .icon(Icon::Warning),
            );
        }
        let regimens = self.regimens(patient)?;
        for d in doses::today(self, patient, &regimens)?.iter().filter(|d| d.state == DoseState::Missed) {
            let m = Message::new("screen-helper-alert-dose")
                .text("name", name.to_string())
                .text("medicine", d.medicine.name.clone())
                .time("time", d.time);
            out.push(
                words
                    .element(format!("alert-dose-{}-{}", d.regimen.0, d.time.format("%H%M")), &m)
                    .essential()
                    .severity(Severity::Warning)
                    .icon(Icon::Medicine),
            );
        }
        Ok(out)
    }
}
