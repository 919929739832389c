//! Today's medicine doses as the reminder engine sees them: each dose of today, and whether
//! it was taken, skipped, is due, missed or still to come. One source for Today, Medicines
//! and the helper's alerts, so they never disagree.

use chrono::{Duration, NaiveTime};
use serde::Serialize;

use saathi_domain::medicine::Regimen;
use saathi_domain::person::PersonId;
use saathi_domain::reading::{RecordId, Recorded};
use saathi_domain::reminders::{DueState, Fire, Moved};
use saathi_domain::schedule::Subject;

use crate::{Result, Session};

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
    /// The regimen's time this dose is for: what Take and Skip send back.
    pub time: NaiveTime,
    /// When it is due on the wall clock today: `time`, unless Ramadan moved it into the
    /// eating window (or the clocks skipped it), which `moved` says.
    pub at: NaiveTime,
    pub moved: Option<Moved>,
    pub state: DoseState,
}

impl<'a> Dose<'a> {
    /// The dose a medicine reminder (`fire`, for `regimen`) stands for.
    pub(crate) fn of_fire(regimen: RecordId, fire: &Fire, medicine: &'a Regimen, state: DoseState) -> Self {
        Dose { regimen, medicine, time: fire.slot, at: fire.local.time(), moved: fire.moved, state }
    }
}

/// Every dose of today on the patient's clock, in time order: those whose time has come
/// (from `Session::due_now`) and those still to come (from the upcoming reminders).
pub(crate) fn today<'a>(
    session: &Session,
    patient: PersonId,
    regimens: &'a [Recorded<Regimen>],
) -> Result<Vec<Dose<'a>>> {
    let now = session.inner.now();
    let today = now.date_naive();
    let find = |id: RecordId| regimens.iter().find(|r| r.meta.record_id == id).map(|r| &r.value);
    let mut out = Vec::new();
    for due in session.due_now(patient)?.iter().filter(|d| d.fire.date == today) {
        let Subject::Medicine { regimen } = due.fire.subject else { continue };
        let Some(medicine) = find(regimen) else { continue };
        let state = match due.state {
            DueState::Due => DoseState::Due,
            DueState::Missed => DoseState::Missed,
            DueState::Skipped => DoseState::Skipped,
            DueState::Done if due.on_time => DoseState::Taken,
            DueState::Done => DoseState::Late,
        };
        out.push(Dose::of_fire(regimen, &due.fire, medicine, state));
    }
    let end_of_day = (today + Duration::days(1)).and_time(NaiveTime::MIN) - now.naive_local();
    for fire in session.upcoming_reminders(patient, now.to_utc() + end_of_day, 64)? {
        let Subject::Medicine { regimen } = fire.subject else { continue };
        let Some(medicine) = find(regimen) else { continue };
        if fire.date == today && !out.iter().any(|d| d.regimen == regimen && d.time == fire.slot) {
            out.push(Dose::of_fire(regimen, &fire, medicine, DoseState::Later));
        }
    }
    out.sort_by_key(|d| (d.at, d.time, d.regimen));
    Ok(out)
}
