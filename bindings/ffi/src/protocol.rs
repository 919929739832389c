//! NICE's home blood-pressure protocol (4 to 7 days, two sittings a day, two readings a
//! sitting), step by step.

use saathi_domain::bp_protocol::{self as domain, NextStep};

use crate::PersonId;
use crate::error::SaathiError;
use crate::session::SaathiSession;
use crate::time::{Taken, Timestamp};
use crate::tracking::BpBand;

mirror_enum!(BpSitting <=> saathi_domain::bp_protocol::Sitting { Morning, Evening });

/// What the person should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum NextBpStep {
    /// Take reading `number` (1 or 2) of this sitting now.
    TakeReading { day: u32, sitting: BpSitting, number: u32 },
    /// Rest, then take the second reading no earlier than `not_before`.
    Wait { not_before: Timestamp },
    /// This sitting is done; the next is on `day` in the `sitting`.
    Later { day: u32, sitting: BpSitting },
    /// The planned days are over.
    Finished,
}

impl From<NextStep> for NextBpStep {
    fn from(n: NextStep) -> Self {
        match n {
            NextStep::TakeReading { day, sitting, number } => {
                NextBpStep::TakeReading { day, sitting: sitting.into(), number }
            }
            NextStep::Wait { not_before } => NextBpStep::Wait { not_before },
            NextStep::Later { day, sitting } => NextBpStep::Later { day, sitting: sitting.into() },
            NextStep::Finished => NextBpStep::Finished,
        }
    }
}

/// The protocol's average (day 1 left out), once enough days have readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct BpProtocolAverage {
    pub systolic: u16,
    pub diastolic: u16,
    pub readings: u32,
    pub days: u32,
    pub band: BpBand,
    pub within_target: bool,
}

impl From<domain::ProtocolAverage> for BpProtocolAverage {
    fn from(a: domain::ProtocolAverage) -> Self {
        BpProtocolAverage {
            systolic: a.systolic,
            diastolic: a.diastolic,
            readings: a.readings,
            days: a.days,
            band: a.band.into(),
            within_target: a.within_target,
        }
    }
}

/// Where a run of the protocol stands.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BpProtocolStatus {
    pub started: Taken,
    /// Day of the protocol today, 1-based.
    pub day: u32,
    pub planned_days: u32,
    pub days_with_readings: u32,
    pub next: NextBpStep,
    pub average: Option<BpProtocolAverage>,
}

impl From<saathi_core::ProtocolStatus> for BpProtocolStatus {
    fn from(p: saathi_core::ProtocolStatus) -> Self {
        BpProtocolStatus {
            started: p.started.into(),
            day: p.progress.day,
            planned_days: p.progress.planned_days,
            days_with_readings: p.progress.days_with_readings,
            next: p.progress.next.into(),
            average: p.progress.average.map(BpProtocolAverage::from),
        }
    }
}

#[uniffi::export]
impl SaathiSession {
    /// Starts a run of the protocol today; `planned_days` is kept within 4 to 7.
    pub fn start_bp_protocol(
        &self,
        patient: PersonId,
        planned_days: u32,
    ) -> Result<BpProtocolStatus, SaathiError> {
        self.with(|s| Ok(s.start_bp_protocol(patient, planned_days)?.into()))
    }

    /// Where the latest run stands, if there is one.
    pub fn bp_protocol(&self, patient: PersonId) -> Result<Option<BpProtocolStatus>, SaathiError> {
        self.with(|s| Ok(s.bp_protocol(patient)?.map(BpProtocolStatus::from)))
    }
}
