//! Bulk import of glucose readings (a CGM or meter export): all rows or none.

use chrono::{DateTime, FixedOffset};

use saathi_domain::reading::{Glucose, GlucoseContext};
use saathi_domain::units::GlucoseUnit;

/// One row of an import, already parsed from its file format.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GlucoseRow {
    pub taken: DateTime<FixedOffset>,
    pub value: f64,
    pub unit: GlucoseUnit,
    pub context: GlucoseContext,
}

impl GlucoseRow {
    pub fn glucose(&self) -> Glucose {
        Glucose { value: self.value, unit: self.unit, context: self.context }
    }
}
