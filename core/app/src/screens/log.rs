//! Log a reading, one question per step: which reading, the number (for blood pressure,
//! the top number then the bottom one), when it was taken (for sugar), the value read back
//! for confirmation, then the band and advice. A dangerous value puts what to do now first,
//! with 999 and 111 to hand.
//!
//! The flow's state is a `LogDraft` the shell keeps and sends back with each choice (the
//! core holds no per-screen state). For a number, the shell writes what was typed into the
//! draft of the step's "next" action.

use serde::{Deserialize, Serialize};

use saathi_domain::access::Action;
use saathi_domain::bands::{GlucoseAssessment, Urgency};
use saathi_domain::message::Message;
use saathi_domain::person::{Person, PersonId, UnitPreferences};
use saathi_domain::plausibility::{self, Field, Limit, ValidationError, check_measurement};
use saathi_domain::reading::{
    Activity, BloodPressure, Glucose, GlucoseContext, Hba1c, Measurement, ReadingKind, RecordId, Weight,
};
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, MAX_POUNDS, StonesPounds, WeightUnit};
use saathi_domain::wording;

use super::{
    ActionItem, ActionStyle, Command, Detail, Element, Icon, Screen, ScreenKind, Section, Severity, Words,
};
use crate::session::{Assessment, LogOptions, Logged, Session};
use crate::{Error, Result};

/// Where the person is in the flow. What is known so far; the step follows from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogDraft {
    pub patient: PersonId,
    pub kind: Option<ReadingKind>,
    /// The number typed, in the person's unit (blood pressure: the top number).
    pub value: Option<f64>,
    /// Blood pressure's bottom number.
    pub second: Option<f64>,
    pub context: Option<GlucoseContext>,
    /// The person said "yes, that is right".
    pub confirmed: bool,
    /// Set on the confirmed draft the Yes action sends: the same save sent twice (a double
    /// tap, a retry) stores the reading once.
    pub save_token: Option<u64>,
}

/// The question the flow asks next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LogStep {
    ChooseKind,
    EnterValue,
    EnterSecond,
    ChooseContext,
    Confirm,
    /// Everything is known and confirmed: save it.
    Save,
}

/// The readings the guided flow offers. Activity asks only for the minutes: the kind,
/// intensity and steps are for the longer form (`saathi log activity`).
const KINDS: [ReadingKind; 5] = [
    ReadingKind::Glucose,
    ReadingKind::BloodPressure,
    ReadingKind::Weight,
    ReadingKind::Hba1c,
    ReadingKind::Activity,
];

impl LogDraft {
    pub fn new(patient: PersonId) -> Self {
        LogDraft {
            patient,
            kind: None,
            value: None,
            second: None,
            context: None,
            confirmed: false,
            save_token: None,
        }
    }

    /// The next question, for a person who uses `units` (weight in stones asks twice).
    pub fn step(&self, units: &UnitPreferences) -> LogStep {
        let stones = units.weight == WeightUnit::StonesPounds;
        match (self.kind, self.value, self.second, self.context) {
            (None, ..) => LogStep::ChooseKind,
            (Some(_), None, ..) => LogStep::EnterValue,
            (Some(ReadingKind::BloodPressure), Some(_), None, _) => LogStep::EnterSecond,
            (Some(ReadingKind::Weight), Some(_), None, _) if stones => LogStep::EnterSecond,
            (Some(ReadingKind::Glucose), Some(_), _, None) => LogStep::ChooseContext,
            _ if !self.confirmed => LogStep::Confirm,
            _ => LogStep::Save,
        }
    }

    /// The reading the draft describes, once every answer is in, checked: an implausible
    /// number (or more than 13.9 pounds) is the error to show.
    pub fn checked(&self, person: &Person) -> Option<Result<Measurement, ValidationError>> {
        if self.kind == Some(ReadingKind::Weight) && person.units.weight == WeightUnit::StonesPounds {
            let sp = StonesPounds { stones: whole(self.value?)?.into(), pounds: self.second? };
            if let Err(e) = sp.validated() {
                return Some(Err(e));
            }
        }
        let m = self.measurement(person)?;
        Some(check_measurement(&m).map(|()| m))
    }

    /// The reading the draft describes, once every answer is in.
    pub fn measurement(&self, person: &Person) -> Option<Measurement> {
        let units = &person.units;
        let value = self.value?;
        Some(match self.kind? {
            ReadingKind::Glucose => {
                Measurement::Glucose(Glucose { value, unit: units.glucose, context: self.context? })
            }
            ReadingKind::BloodPressure => Measurement::BloodPressure(BloodPressure {
                systolic: whole(value)?,
                diastolic: whole(self.second?)?,
                pulse: None,
                arm: None,
                position: None,
            }),
            // In the person's unit: stones, then pounds, for those who think in stones.
            ReadingKind::Weight => match units.weight {
                WeightUnit::Kg => Measurement::Weight(Weight { kg: value, entered_unit: WeightUnit::Kg }),
                WeightUnit::StonesPounds => Measurement::Weight(Weight::from_stones_pounds(StonesPounds {
                    stones: whole(value)?.into(),
                    pounds: self.second?,
                })),
            },
            ReadingKind::Hba1c => Measurement::Hba1c(Hba1c { value, unit: units.hba1c }),
            ReadingKind::Activity => Measurement::Activity(Activity {
                minutes: Some(whole(value)?.into()),
                kind: None,
                intensity: None,
                steps: None,
            }),
        })
    }

    fn with(&self, change: impl FnOnce(&mut LogDraft)) -> LogDraft {
        let mut d = self.clone();
        change(&mut d);
        d
    }
}

/// A blood-pressure number as the meter shows it; `None` if it is not a sensible one.
fn whole(v: f64) -> Option<u16> {
    (v.is_finite() && v >= 0.0 && v <= f64::from(u16::MAX)).then(|| v.round() as u16)
}

/// Whole stones, for the weight limits in kilograms (20 to 350 kg is 3 to 55 stone).
const STONES: Limit =
    Limit { field: Field::Weight, min: 3.0, max: 55.0, unit: "st", source: plausibility::WEIGHT_KG.source };
/// The pounds after the stones.
const POUNDS: Limit = Limit {
    field: Field::Weight,
    min: 0.0,
    max: MAX_POUNDS,
    unit: "lb",
    source: plausibility::WEIGHT_KG.source,
};

/// The number input for a step: the unit, decimals and the plausible range.
fn input(kind: ReadingKind, second: bool, person: &Person) -> (Limit, u8) {
    match (kind, second) {
        (ReadingKind::Glucose, _) => match person.units.glucose {
            GlucoseUnit::MmolPerL => (plausibility::GLUCOSE_MMOL_PER_L, 1),
            GlucoseUnit::MgPerDl => (plausibility::GLUCOSE_MG_PER_DL, 0),
        },
        (ReadingKind::BloodPressure, false) => (plausibility::SYSTOLIC, 0),
        (ReadingKind::BloodPressure, true) => (plausibility::DIASTOLIC, 0),
        (ReadingKind::Hba1c, _) => match person.units.hba1c {
            Hba1cUnit::Percent => (plausibility::HBA1C_PERCENT, 1),
            Hba1cUnit::MmolPerMol => (plausibility::HBA1C_MMOL_PER_MOL, 0),
        },
        (ReadingKind::Weight, _) if person.units.weight == WeightUnit::StonesPounds => match second {
            false => (STONES, 0),
            true => (POUNDS, 1),
        },
        (ReadingKind::Weight, _) => (plausibility::WEIGHT_KG, 1),
        (ReadingKind::Activity, _) => (plausibility::ACTIVITY_MINUTES, 0),
    }
}

impl Session {
    /// The log-a-reading screen for where `draft` stands. A confirmed draft is saved, and
    /// the screen shows what the reading means.
    pub fn log_screen(&self, draft: &LogDraft, words: &Words) -> Result<Screen> {
        // A person who may not log readings is refused (and the attempt audited), as `log`
        // would; screens never offer them this flow.
        let patient = self.check(&mut self.inner.store(), draft.patient, Action::LogReadings)?;
        let title = words.element("title", &Message::new("screen-log-title")).essential().icon(Icon::Glucose);
        let mut sections = Vec::new();
        match draft.step(&patient.units) {
            LogStep::ChooseKind => sections.push(choose_kind(draft, words)),
            LogStep::EnterValue | LogStep::EnterSecond => {
                sections.push(enter_number(draft, &patient, words, None));
            }
            LogStep::ChooseContext => sections.push(choose_context(draft, &patient, words)),
            LogStep::Confirm => {
                match draft.checked(&patient).ok_or(Error::NotFound { what: "reading" })? {
                    Ok(m) => sections.push(confirm(
                        draft,
                        &m,
                        &patient,
                        self.inner.saved_drafts().next_token(),
                        words,
                    )),
                    // Implausible: ask again, saying what was wrong (never echoing the value).
                    Err(e) => {
                        let retry = draft.with(|d| {
                            d.value = None;
                            d.second = None;
                        });
                        let problem = words.element("problem", &wording::validation_error(&e));
                        sections.push(enter_number(&retry, &patient, words, Some(problem)));
                    }
                }
            }
            LogStep::Save => {
                let m = draft.checked(&patient).ok_or(Error::NotFound { what: "reading" })??;
                // The same confirmed draft again (a double tap, a retry after a slow
                // screen) shows what was saved, and stores nothing more.
                let saved = draft.save_token.and_then(|t| self.inner.saved_drafts().get(patient.id, t));
                let logged = match saved {
                    Some(logged) => logged,
                    None => {
                        let logged = self.log(patient.id, m, LogOptions::default())?;
                        if let Some(token) = draft.save_token {
                            self.inner.saved_drafts().remember(patient.id, token, logged.clone());
                        }
                        logged
                    }
                };
                let dangerous = logged.assessment.as_ref().is_some_and(|a| a.urgency() == Urgency::Now);
                // "I am dealing with it" is the patient's to say (its words speak to them).
                let own = patient.id == self.actor.id;
                let ack =
                    (dangerous && own && self.escalation_pending(patient.id, logged.kind, logged.record)?)
                        .then(|| acknowledge(patient.id, logged.kind, logged.record, words));
                sections.extend(result(draft, &logged, ack, words));
            }
        }
        Ok(Screen::new(ScreenKind::Log, Some(patient.id), words, title, sections))
    }
}

fn question(words: &Words, m: &Message) -> Element {
    words.element("question", m).essential()
}

fn choose_kind(draft: &LogDraft, words: &Words) -> Section {
    let mut q = question(words, &Message::new("screen-log-which"));
    for kind in KINDS {
        let next = draft.with(|d| d.kind = Some(kind));
        q = q.action(words.action(&wording::kind(kind), ActionStyle::Primary, Command::Log { draft: next }));
    }
    Section { id: "question", heading: None, elements: vec![q] }
}

fn enter_number(draft: &LogDraft, person: &Person, words: &Words, problem: Option<Element>) -> Section {
    let kind = draft.kind.unwrap_or(ReadingKind::Glucose);
    let second = draft.step(&person.units) == LogStep::EnterSecond;
    let key = match (kind, second) {
        (ReadingKind::BloodPressure, false) => "screen-log-enter-top",
        (ReadingKind::BloodPressure, true) => "screen-log-enter-bottom",
        (ReadingKind::Weight, true) => "screen-log-enter-pounds",
        (ReadingKind::Activity, _) => "screen-log-enter-minutes",
        _ => "screen-log-enter-value",
    };
    let (limit, decimals) = input(kind, second, person);
    let unit = words.text(&Message::new(wording::unit_key(limit.unit)));
    let prompt = Message::new(key).message("kind", wording::kind(kind)).text("unit", unit.clone());
    // The shell writes the typed number into this draft's `value` (or `second`).
    let next = Command::Log { draft: draft.clone() };
    let number = question(words, &prompt)
        .icon(Icon::of_kind(kind))
        .detail(Detail::NumberInput { unit, decimals, min: limit.min, max: limit.max, value: None })
        .action(words.action(&Message::new("screen-next"), ActionStyle::Primary, next));
    let mut elements = Vec::new();
    if let Some(p) = problem {
        elements.push(p.essential().severity(Severity::Caution).icon(Icon::Warning));
    }
    elements.push(number);
    elements.push(back(draft, person, words));
    Section { id: "question", heading: None, elements }
}

fn choose_context(draft: &LogDraft, person: &Person, words: &Words) -> Section {
    let mut q = question(words, &Message::new("screen-log-when"));
    for &context in GlucoseContext::ALL {
        let next = draft.with(|d| d.context = Some(context));
        q = q.action(words.action(
            &wording::context(context),
            ActionStyle::Secondary,
            Command::Log { draft: next },
        ));
    }
    Section { id: "question", heading: None, elements: vec![q, back(draft, person, words)] }
}

fn confirm(draft: &LogDraft, m: &Measurement, person: &Person, token: u64, words: &Words) -> Section {
    let said = Message::new("screen-log-confirm")
        .message("reading", wording::measurement_in_context(m, &person.units));
    let yes = draft.with(|d| {
        d.confirmed = true;
        d.save_token = Some(token);
    });
    let no = draft.with(|d| {
        d.value = None;
        d.second = None;
    });
    let q = question(words, &said)
        .icon(Icon::of_kind(m.kind()))
        .action(words.action(
            &Message::new("screen-log-yes"),
            ActionStyle::Primary,
            Command::SaveReading { draft: yes },
        ))
        .action(words.action(
            &Message::new("screen-log-no"),
            ActionStyle::Secondary,
            Command::Log { draft: no },
        ));
    Section { id: "question", heading: None, elements: vec![q] }
}

fn back(draft: &LogDraft, person: &Person, words: &Words) -> Element {
    let previous = draft.with(|d| match d.step(&person.units) {
        LogStep::EnterSecond => d.value = None,
        LogStep::ChooseContext => d.value = None,
        _ => d.kind = None,
    });
    words.element("back", &Message::new("screen-back")).extra().icon(Icon::Back).action(words.action(
        &Message::new("screen-back"),
        ActionStyle::Secondary,
        Command::Log { draft: previous },
    ))
}

/// After saving: the band in words and the advice. When the person must act now, the
/// advice comes first and the emergency numbers with it (and, when helpers would be told,
/// "I am dealing with it"); advice that names NHS 111 brings its button.
fn result(draft: &LogDraft, logged: &Logged, ack: Option<Element>, words: &Words) -> Vec<Section> {
    let (band, urgency, advice) = match &logged.assessment {
        Some(Assessment::Glucose(GlucoseAssessment { band, urgency, advice, .. })) => {
            (Some(wording::glucose_band(*band)), *urgency, advice.clone())
        }
        Some(Assessment::BloodPressure(a)) => (Some(wording::bp_band(a.band)), a.urgency, a.advice.clone()),
        None => (None, Urgency::None, Vec::new()),
    };
    let severity = Severity::of_urgency(urgency);
    let mut advice_elements: Vec<Element> = advice
        .iter()
        .enumerate()
        .map(|(i, a)| {
            words.element(format!("advice-{}", i + 1), &wording::advice(*a)).essential().severity(severity)
        })
        .collect();
    let saved = words.element("saved", &Message::new("screen-log-saved")).icon(Icon::Check);
    let band = band.map(|b| {
        let m = Message::new("screen-log-band").message("band", b);
        words.element("band", &m).essential().severity(severity).icon(Icon::of_kind(logged.kind))
    });
    let again = words.element("again", &Message::new("screen-log-another")).extra().action(words.action(
        &Message::new("screen-log-another"),
        ActionStyle::Secondary,
        Command::Log { draft: LogDraft::new(draft.patient) },
    ));
    if urgency == Urgency::Now {
        let act_now = words.element("act-now", &Message::new("screen-log-act-now"));
        let mut now = vec![act_now.essential().severity(Severity::Danger).icon(Icon::Warning)];
        now.append(&mut advice_elements);
        now.push(calls(words));
        now.extend(ack);
        let mut after: Vec<Element> = band.into_iter().collect();
        after.push(saved);
        return vec![
            Section { id: "act-now", heading: None, elements: now },
            Section { id: "result", heading: None, elements: after },
        ];
    }
    let mut elements: Vec<Element> = band.into_iter().collect();
    elements.append(&mut advice_elements);
    if advice.iter().any(|a| a.names_111()) {
        elements.push(call_111(words));
    }
    elements.push(saved);
    elements.push(again);
    vec![Section { id: "result", heading: None, elements }]
}

/// NHS 111 alone, for advice that says to call it today if things do not settle.
fn call_111(words: &Words) -> Element {
    words
        .element("call-111", &Message::new("screen-call-111-today"))
        .essential()
        .severity(Severity::Warning)
        .icon(Icon::Phone)
        .action(words.action(
            &Message::new("screen-call-111"),
            ActionStyle::Emergency,
            Command::Call { number: "111".into() },
        ))
}

/// "I am dealing with it", for a dangerous reading helpers would otherwise be told of.
pub(super) fn acknowledge(patient: PersonId, kind: ReadingKind, record: RecordId, words: &Words) -> Element {
    words
        .element(format!("dealing-{}", kind.code()), &Message::new("screen-dealing-note"))
        .essential()
        .action(words.action(
            &Message::new("screen-dealing-with-it"),
            ActionStyle::Secondary,
            Command::AcknowledgeReading { patient, kind, record },
        ))
}

/// 999 for an emergency, 111 for urgent NHS advice.
pub(super) fn calls(words: &Words) -> Element {
    let call = |key: &str, number: &str, style| -> ActionItem {
        words.action(&Message::new(key), style, Command::Call { number: number.into() })
    };
    words
        .element("call", &Message::new("screen-call-help"))
        .essential()
        .severity(Severity::Danger)
        .icon(Icon::Phone)
        .action(call("screen-call-999", "999", ActionStyle::Emergency))
        .action(call("screen-call-111", "111", ActionStyle::Secondary))
}
