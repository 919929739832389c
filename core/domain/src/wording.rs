//! What Saathi says about each thing, as `Message`s: readings in the person's units, bands,
//! advice, protocol steps and validation errors. Shells render these; they never choose
//! words themselves. Keys are Fluent ids in `locales/<locale>/tracking.ftl`.

use crate::bands::{Advice, BpBand, GlucoseBand};
use crate::bp_protocol::NextStep;
use crate::medicine::Regimen;
use crate::message::Message;
use crate::person::UnitPreferences;
use crate::plausibility::ValidationError;
use crate::ramadan::BreakFastReason;
use crate::reading::{GlucoseContext, Measurement, ReadingKind};
use crate::reminders::{Fire, Moved};
use crate::schedule::Subject;
use crate::units::{GlucoseUnit, Hba1cUnit, StonesPounds, WeightUnit};

/// The Fluent id of a unit, from its code ("mmol/L" is `unit-mmol-per-l`).
pub fn unit_key(code: &str) -> &'static str {
    match code {
        "mmol/L" => "unit-mmol-per-l",
        "mg/dL" => "unit-mg-per-dl",
        "mmol/mol" => "unit-mmol-per-mol",
        "%" => "unit-percent",
        "kg" => "unit-kg",
        "lb" => "unit-lb",
        "st" => "unit-stones",
        "mmHg" => "unit-mmhg",
        "/min" => "unit-per-minute",
        "min" => "unit-minutes",
        "steps" => "unit-steps",
        "digits" => "unit-digits",
        "days" => "unit-days",
        _ => "unit-unknown",
    }
}

/// Decimal places a limit or value in this unit is shown with.
fn places(code: &str) -> u8 {
    match code {
        "mmol/L" | "%" | "lb" => 1,
        _ => 0,
    }
}

pub fn kind(kind: ReadingKind) -> Message {
    Message::new(format!("kind-{}", kind.code()))
}

pub fn context(c: GlucoseContext) -> Message {
    Message::new(format!("context-{}", c.code()))
}

pub fn glucose_band(b: GlucoseBand) -> Message {
    Message::new(format!("glucose-band-{}", b.code()))
}

pub fn bp_band(b: BpBand) -> Message {
    Message::new(format!("bp-band-{}", b.code()))
}

pub fn advice(a: Advice) -> Message {
    Message::new(a.key())
}

/// A glucose value given in mmol/L, shown in `unit`.
pub fn glucose_value(mmol: f64, unit: GlucoseUnit) -> Message {
    Message::new("reading-glucose")
        .decimal("value", unit.from_mmol(mmol), unit.decimals())
        .term("unit", unit_key(unit.code()))
}

pub fn weight_value(kg: f64, unit: WeightUnit) -> Message {
    match unit {
        WeightUnit::Kg => Message::new("reading-weight-kg").decimal("value", kg, 1),
        WeightUnit::StonesPounds => {
            // Shown in whole pounds, rounded before the split (see `from_kg_rounded`).
            let sp = StonesPounds::from_kg_rounded(kg, 0);
            Message::new("reading-weight-st-lb")
                .int("stones", i64::from(sp.stones))
                .decimal("pounds", sp.pounds, 0)
        }
    }
}

/// HbA1c in the person's unit, with the other unit beside it: the NHS reports mmol/mol,
/// while many people remember their "%" from elsewhere.
pub fn hba1c_value(mmol_per_mol: f64, unit: Hba1cUnit) -> Message {
    let other = match unit {
        Hba1cUnit::MmolPerMol => Hba1cUnit::Percent,
        Hba1cUnit::Percent => Hba1cUnit::MmolPerMol,
    };
    Message::new("reading-hba1c")
        .decimal("value", unit.from_mmol_per_mol(mmol_per_mol), unit.decimals())
        .term("unit", unit_key(unit.code()))
        .decimal("other", other.from_mmol_per_mol(mmol_per_mol), other.decimals())
        .term("other_unit", unit_key(other.code()))
}

/// The unit a weight is shown in: stones and pounds when the person prefers them or typed
/// this one in them (someone who weighs themselves in stones should hear stones back,
/// whatever the setting says), else kilograms.
pub fn weight_unit_for(entered: WeightUnit, preferred: WeightUnit) -> WeightUnit {
    if entered == WeightUnit::StonesPounds || preferred == WeightUnit::StonesPounds {
        WeightUnit::StonesPounds
    } else {
        WeightUnit::Kg
    }
}

/// A measurement in the person's preferred units (a weight typed in stones and pounds is
/// shown in them, see `weight_unit_for`).
pub fn measurement(m: &Measurement, units: &UnitPreferences) -> Message {
    match m {
        Measurement::Glucose(g) => glucose_value(g.mmol(), units.glucose),
        Measurement::BloodPressure(bp) => match bp.pulse {
            Some(pulse) => Message::new("reading-bp-pulse")
                .int("systolic", i64::from(bp.systolic))
                .int("diastolic", i64::from(bp.diastolic))
                .int("pulse", i64::from(pulse)),
            None => Message::new("reading-bp")
                .int("systolic", i64::from(bp.systolic))
                .int("diastolic", i64::from(bp.diastolic)),
        },
        Measurement::Weight(w) => weight_value(w.kg, weight_unit_for(w.entered_unit, units.weight)),
        Measurement::Hba1c(h) => hba1c_value(h.mmol_per_mol(), units.hba1c),
        Measurement::Activity(a) => match (a.minutes, a.steps) {
            (Some(min), Some(steps)) => Message::new("reading-activity-minutes-steps")
                .int("minutes", i64::from(min))
                .int("steps", i64::from(steps)),
            (Some(min), None) => Message::new("reading-activity-minutes").int("minutes", i64::from(min)),
            (None, steps) => {
                Message::new("reading-activity-steps").int("steps", i64::from(steps.unwrap_or(0)))
            }
        },
    }
}

/// A measurement as a list shows it: glucose with when it was taken ("6.8 mmol/L, before a
/// meal"), anything else as `measurement` says it.
pub fn measurement_in_context(m: &Measurement, units: &UnitPreferences) -> Message {
    match m {
        Measurement::Glucose(g) => Message::new("reading-with-context")
            .message("reading", measurement(m, units))
            .message("context", context(g.context)),
        _ => measurement(m, units),
    }
}

/// What the person should do next in the home blood-pressure protocol.
pub fn protocol_step(step: &NextStep, seconds_to_wait: i64) -> Message {
    match *step {
        NextStep::TakeReading { day, sitting, number } => Message::new("protocol-take-reading")
            .int("day", i64::from(day))
            .term("sitting", format!("sitting-{}", sitting.code()))
            .int("number", i64::from(number)),
        NextStep::Wait { .. } => Message::new("protocol-wait").int("seconds", seconds_to_wait.max(1)),
        NextStep::Later { day, sitting } => Message::new("protocol-later")
            .int("day", i64::from(day))
            .term("sitting", format!("sitting-{}", sitting.code())),
        NextStep::Finished => Message::new("protocol-finished"),
    }
}

/// A medicine message `key` naming the regimen, or `key-unnamed` when it is not known
/// (a schedule left over from a deleted regimen).
fn medicine_message(key: &str, regimen: Option<&Regimen>) -> Message {
    match regimen {
        Some(r) => Message::new(key).text("name", r.name.clone()).text("dose", r.dose.clone()),
        None => Message::new(format!("{key}-unnamed")),
    }
}

fn reading_message(key: &str, kind_: ReadingKind, context_: Option<GlucoseContext>) -> Message {
    match context_ {
        Some(c) => Message::new(format!("{key}-glucose")).message("context", context(c)),
        None => Message::new(key).message("kind", kind(kind_)),
    }
}

/// What a reminder says when it goes off. `regimen` is the fire's regimen, for a medicine.
pub fn reminder(fire: &Fire, regimen: Option<&Regimen>) -> Message {
    match fire.subject {
        Subject::Medicine { .. } => {
            let key = match fire.moved {
                Some(Moved::BeforeSuhoor) => "reminder-medicine-before-suhoor",
                Some(Moved::AtIftar) => "reminder-medicine-at-iftar",
                Some(Moved::ClocksForward) | None => "reminder-medicine",
            };
            medicine_message(key, regimen)
        }
        Subject::Reading { kind, context } => reading_message("reminder-reading", kind, context),
    }
}

/// What the person is told about a dose or check they missed.
pub fn missed(fire: &Fire, regimen: Option<&Regimen>) -> Message {
    match fire.subject {
        Subject::Medicine { .. } => medicine_message("reminder-missed-medicine", regimen),
        Subject::Reading { kind, context } => reading_message("reminder-missed-reading", kind, context),
    }
}

/// What a helper is told about a patient's missed dose.
pub fn missed_dose_alert(patient_name: &str, regimen: Option<&Regimen>) -> Message {
    match regimen {
        Some(r) => {
            Message::new("alert-missed-dose").text("patient", patient_name).text("name", r.name.clone())
        }
        None => Message::new("alert-missed-dose-unnamed").text("patient", patient_name),
    }
}

/// What a helper is told about a dangerous reading: its band (from `glucose_band` or
/// `bp_band`), never the value, which their grant may not let them see.
pub fn dangerous_reading_alert(patient_name: &str, band: Message) -> Message {
    Message::new("alert-dangerous-reading").text("patient", patient_name).message("band", band)
}

/// Why the fast must be broken, said after `advice(Advice::BreakFast)`.
pub fn break_fast_reason(reason: BreakFastReason) -> Message {
    Message::new(format!("ramadan-break-fast-{}", reason.code()))
}

/// A validation error in words: which field, and the limit, never the value entered.
pub fn validation_error(e: &ValidationError) -> Message {
    let field = format!("field-{}", e.field().code());
    match *e {
        ValidationError::BelowMin { min, unit, .. } => Message::new("error-below-min")
            .term("field", field)
            .decimal("limit", min, places(unit))
            .term("unit", unit_key(unit)),
        ValidationError::AboveMax { max, unit, .. } => Message::new("error-above-max")
            .term("field", field)
            .decimal("limit", max, places(unit))
            .term("unit", unit_key(unit)),
        ValidationError::NotANumber { .. } => Message::new("error-not-a-number").term("field", field),
        ValidationError::DiastolicNotBelowSystolic => Message::new("error-diastolic-not-below-systolic"),
        ValidationError::InFuture { tolerance_minutes, .. } => {
            Message::new("error-in-future").int("minutes", tolerance_minutes)
        }
        ValidationError::TooEarly { earliest_year, .. } => {
            // As text: a number would be grouped ("2,000"). Latin digits in every script.
            Message::new("error-too-early").term("field", field).text("year", earliest_year.to_string())
        }
        ValidationError::Missing { .. } => Message::new("error-missing").term("field", field),
        ValidationError::TooLong { max, .. } => {
            Message::new("error-too-long").term("field", field).int("max", max as i64)
        }
        ValidationError::NotAChoice { .. } => Message::new("error-not-a-choice").term("field", field),
        ValidationError::NotInFuture { .. } => Message::new("error-not-in-future").term("field", field),
        ValidationError::OutOfOrder { other, .. } => Message::new("error-out-of-order")
            .term("field", field)
            .term("other", format!("field-{}", other.code())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::Arg;
    use crate::plausibility::Field;
    use crate::reading::Glucose;

    #[test]
    fn glucose_is_shown_in_the_persons_unit() {
        let m = glucose_value(5.5, GlucoseUnit::MgPerDl);
        assert_eq!(m.arg("value"), Some(&Arg::Decimal { value: 5.5 * 18.0156, places: 0 }));
        assert_eq!(m.arg("unit"), Some(&Arg::Term("unit-mg-per-dl".into())));
        let reading = Measurement::Glucose(Glucose {
            value: 99.0,
            unit: GlucoseUnit::MgPerDl,
            context: GlucoseContext::Random,
        });
        let m = measurement(&reading, &UnitPreferences::default());
        assert!(matches!(m.arg("value"), Some(Arg::Decimal { places: 1, .. })), "mmol/L people see mmol/L");
    }

    #[test]
    fn weight_typed_or_preferred_in_stones_is_shown_in_stones() {
        use crate::reading::Weight;
        let sp = StonesPounds { stones: 11, pounds: 4.0 };
        let typed_in_stones = Measurement::Weight(Weight::from_stones_pounds(sp));
        let typed_in_kg = Measurement::Weight(Weight { kg: sp.to_kg(), entered_unit: WeightUnit::Kg });
        let kg_person = UnitPreferences::default();
        let stones_person =
            UnitPreferences { weight: WeightUnit::StonesPounds, ..UnitPreferences::default() };
        let stones = |m: &Message| {
            assert_eq!(m.key, "reading-weight-st-lb");
            (m.arg("stones").cloned(), m.arg("pounds").cloned())
        };
        let expected = (Some(Arg::Int(11)), Some(Arg::Decimal { value: 4.0, places: 0 }));
        assert_eq!(stones(&measurement(&typed_in_stones, &kg_person)), expected);
        assert_eq!(stones(&measurement(&typed_in_stones, &stones_person)), expected);
        assert_eq!(stones(&measurement(&typed_in_kg, &stones_person)), expected);
        assert_eq!(measurement(&typed_in_kg, &kg_person).key, "reading-weight-kg");
        // Whole pounds, the rounding carried into the stones.
        let m = weight_value(StonesPounds { stones: 11, pounds: 13.6 }.to_kg(), WeightUnit::StonesPounds);
        assert_eq!(stones(&m), (Some(Arg::Int(12)), Some(Arg::Decimal { value: 0.0, places: 0 })));
    }

    #[test]
    fn errors_name_the_field_and_limit_in_the_entered_unit() {
        let e = ValidationError::AboveMax { field: Field::Glucose, max: 1000.0, unit: "mg/dL" };
        let m = validation_error(&e);
        assert_eq!(m.key, "error-above-max");
        assert_eq!(m.arg("field"), Some(&Arg::Term("field-glucose".into())));
        assert_eq!(m.arg("limit"), Some(&Arg::Decimal { value: 1000.0, places: 0 }));
        assert_eq!(m.arg("unit"), Some(&Arg::Term("unit-mg-per-dl".into())));
    }

    #[test]
    fn every_limit_unit_has_a_key() {
        use crate::plausibility::*;
        for l in [
            GLUCOSE_MMOL_PER_L,
            GLUCOSE_MG_PER_DL,
            SYSTOLIC,
            DIASTOLIC,
            PULSE,
            WEIGHT_KG,
            HBA1C_PERCENT,
            HBA1C_MMOL_PER_MOL,
            ACTIVITY_MINUTES,
            STEPS,
        ] {
            assert_ne!(unit_key(l.unit), "unit-unknown", "{}", l.unit);
        }
    }
}
