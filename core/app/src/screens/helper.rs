//! Helper home: the people I help, their alerts (when they chose to send me alerts), and
//! what I may do for each, as actions. Nothing is offered that the grant does not allow.

use saathi_domain::access::Action;
use saathi_domain::alerts::AlertAbout;
use saathi_domain::grants::GrantState;
use saathi_domain::message::Message;
use saathi_domain::person::PersonId;
use saathi_domain::schedule::Subject;

use super::{ActionStyle, Command, Element, Icon, LogDraft, Screen, ScreenKind, Section, Severity, Words};
use crate::{Assessment, Result, Session};

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

    /// What the alert rules say this helper should know of now (`Session::alerts_due`, the
    /// same rules as the notifications): doses still missed after the delay the patient
    /// chose, and dangerous readings the patient has not said they are dealing with, one
    /// per kind of reading. Nothing when the patient turned alerts off.
    fn alerts(&self, patient: PersonId, name: &str, words: &Words) -> Result<Vec<Element>> {
        let due = self.alerts_due(patient)?;
        if due.is_empty() {
            return Ok(Vec::new());
        }
        let tz_now = self.inner.now();
        let local = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(tz_now.offset()).time();
        let schedules = self.reminders(patient)?;
        let regimens = self.regimens(patient)?;
        let mut out = Vec::new();
        for alert in &due {
            match alert.about {
                AlertAbout::DangerousReading { kind, record } => {
                    let e = self.reading(patient, kind, record)?;
                    let (band, urgency) = match &e.assessment {
                        Some(Assessment::Glucose(a)) => {
                            (saathi_domain::wording::glucose_band(a.band), a.urgency)
                        }
                        Some(Assessment::BloodPressure(a)) => {
                            (saathi_domain::wording::bp_band(a.band), a.urgency)
                        }
                        None => continue,
                    };
                    let m = Message::new("screen-helper-alert-reading")
                        .text("name", name.to_string())
                        .message("kind", saathi_domain::wording::kind(kind))
                        .message("band", band)
                        .time("time", e.meta.taken.local().time());
                    out.push(
                        words
                            .element(format!("alert-{}-{}", kind.code(), record.0), &m)
                            .essential()
                            .severity(Severity::of_urgency(urgency))
                            .icon(Icon::Warning),
                    );
                }
                AlertAbout::MissedDose { schedule, slot, .. } => {
                    let regimen =
                        schedules.iter().find(|s| s.meta.record_id == schedule).and_then(|s| {
                            match s.value.subject {
                                Subject::Medicine { regimen } => {
                                    regimens.iter().find(|r| r.meta.record_id == regimen)
                                }
                                Subject::Reading { .. } => None,
                            }
                        });
                    let Some(regimen) = regimen else { continue };
                    let m = Message::new("screen-helper-alert-dose")
                        .text("name", name.to_string())
                        .text("medicine", regimen.value.name.clone())
                        .time("time", local(alert.since));
                    out.push(
                        words
                            .element(
                                format!("alert-dose-{}-{}", regimen.meta.record_id.0, slot.format("%H%M")),
                                &m,
                            )
                            .essential()
                            .severity(Severity::Warning)
                            .icon(Icon::Medicine),
                    );
                }
            }
        }
        Ok(out)
    }
}
