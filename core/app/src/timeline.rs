//! Any reading with what it means, for lists that mix kinds ("my readings since Monday").

use serde::Serialize;

use saathi_domain::bands::{assess_blood_pressure, assess_glucose};
use saathi_domain::reading::{Measurement, RecordMeta, Recorded};
use saathi_domain::targets::Targets;

use crate::session::Assessment;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub meta: RecordMeta,
    pub measurement: Measurement,
    /// Glucose and blood pressure readings are judged against today's targets.
    pub assessment: Option<Assessment>,
}

pub(crate) fn assess(m: &Measurement, targets: &Targets, fasting: bool) -> Option<Assessment> {
    match m {
        Measurement::Glucose(g) => Some(Assessment::Glucose(assess_glucose(g, targets, fasting))),
        Measurement::BloodPressure(bp) => Some(Assessment::BloodPressure(assess_blood_pressure(bp, targets))),
        _ => None,
    }
}

pub(crate) fn entry(r: Recorded<Measurement>, targets: &Targets) -> Entry {
    let assessment = assess(&r.value, targets, false);
    Entry { meta: r.meta, measurement: r.value, assessment }
}
