//! Today's doses: each regimen time, and whether it was taken, skipped, is due or missed.

use chrono::{DateTime, Duration, FixedOffset, NaiveTime};
use serde::Serialize;

use saathi_domain::medicine::{DoseEvent, DoseStatus, Regimen};
use saathi_domain::reading::{RecordId, Recorded};

/// A dose is "due" from this long before its time (a product choice, not a clinical rule).
pub const DUE_BEFORE: Duration = Duration::minutes(60);
/// ... and "missed" once this long has passed without a record of it.
pub const MISSED_AFTER: Duration = Duration::minutes(120);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DoseState {
    Taken,
    Late,
    Skipped,
    Due,
    Missed,
    Later,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dose<'a> {
    pub regimen: RecordId,
    pub medicine: &'a Regimen,
    pub time: NaiveTime,
    pub state: DoseState,
}

/// Every dose of `regimens` on `now`'s local day, in time order, judged against the dose
/// events recorded for that day.
pub fn today<'a>(
    regimens: &'a [Recorded<Regimen>],
    events: &[Recorded<DoseEvent>],
    now: DateTime<FixedOffset>,
) -> Vec<Dose<'a>> {
    let mut out = Vec::new();
    for r in regimens {
        for &time in &r.value.times {
            let recorded = events
                .iter()
                .rev()
                .find(|e| e.value.regimen == r.meta.record_id && e.value.scheduled == time)
                .map(|e| e.value.status);
            let at = now.date_naive().and_time(time);
            let local_now = now.naive_local();
            let state = match recorded {
                Some(DoseStatus::Taken) => DoseState::Taken,
                Some(DoseStatus::Late) => DoseState::Late,
                Some(DoseStatus::Skipped) => DoseState::Skipped,
                None if local_now > at + MISSED_AFTER => DoseState::Missed,
                None if local_now >= at - DUE_BEFORE => DoseState::Due,
                None => DoseState::Later,
            };
            out.push(Dose { regimen: r.meta.record_id, medicine: &r.value, time, state });
        }
    }
    out.sort_by_key(|d| (d.time, d.regimen));
    out
}
