//! Medicines: regimens (name, dose, times of day) and doses taken, late or skipped.

use saathi_domain::medicine as domain;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::Recorded;

use crate::error::SaathiError;
use crate::mirror::all;
use crate::session::SaathiSession;
use crate::time::{Taken, TimeOfDay, Timestamp};
use crate::tracking::RecordMeta;
use crate::{PersonId, RecordId};

mirror_enum!(WithFood <=> saathi_domain::medicine::WithFood { With, Without, Either });
mirror_enum!(DoseStatus <=> saathi_domain::medicine::DoseStatus { Taken, Late, Skipped });

/// A medicine and when to take it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Regimen {
    pub name: String,
    /// As the label says it ("500 mg", "1 tablet").
    pub dose: String,
    pub times: Vec<TimeOfDay>,
    pub with_food: WithFood,
}

impl From<domain::Regimen> for Regimen {
    fn from(r: domain::Regimen) -> Self {
        Regimen { name: r.name, dose: r.dose, times: all(r.times), with_food: r.with_food.into() }
    }
}

impl TryFrom<Regimen> for domain::Regimen {
    type Error = SaathiError;

    fn try_from(r: Regimen) -> Result<Self, SaathiError> {
        Ok(domain::Regimen {
            name: r.name,
            dose: r.dose,
            times: r.times.iter().map(|t| t.naive(Field::DoseTimes)).collect::<Result<_, _>>()?,
            with_food: r.with_food.into(),
        })
    }
}

/// A dose taken, late or skipped, for one of a regimen's times.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RecordedDose {
    pub meta: RecordMeta,
    pub regimen: RecordId,
    pub scheduled: TimeOfDay,
    pub status: DoseStatus,
}

impl From<Recorded<domain::DoseEvent>> for RecordedDose {
    fn from(r: Recorded<domain::DoseEvent>) -> Self {
        RecordedDose {
            meta: r.meta.into(),
            regimen: r.value.regimen,
            scheduled: r.value.scheduled.into(),
            status: r.value.status.into(),
        }
    }
}

/// A regimen as stored, with who added it and when.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RecordedRegimen {
    pub meta: RecordMeta,
    pub regimen: Regimen,
}

impl From<Recorded<domain::Regimen>> for RecordedRegimen {
    fn from(r: Recorded<domain::Regimen>) -> Self {
        RecordedRegimen { meta: r.meta.into(), regimen: r.value.into() }
    }
}

#[uniffi::export]
impl SaathiSession {
    /// Adds a medicine regimen; returns its record id.
    pub fn add_regimen(&self, patient: PersonId, regimen: Regimen) -> Result<RecordId, SaathiError> {
        self.with(|s| Ok(s.add_regimen(patient, regimen.try_into()?)?))
    }

    /// Changes a regimen (checked as a new one is); the old version stays with who and
    /// why, and its reminders take the new times. Returns the regimen's new version.
    pub fn change_regimen(
        &self,
        patient: PersonId,
        regimen: RecordId,
        changed: Regimen,
        reason: String,
    ) -> Result<u32, SaathiError> {
        self.with(|s| Ok(s.change_regimen(patient, regimen, changed.try_into()?, &reason)?))
    }

    /// Stops a medicine (a deleting version with who and why); its reminders stop too, and
    /// doses already recorded stay. Returns the deleting version's number.
    pub fn stop_regimen(
        &self,
        patient: PersonId,
        regimen: RecordId,
        reason: String,
    ) -> Result<u32, SaathiError> {
        self.with(|s| Ok(s.stop_regimen(patient, regimen, &reason)?))
    }

    /// Corrects a recorded dose's status and, if given, when it was taken (none keeps the
    /// time it had). Returns the dose's new version.
    pub fn correct_dose(
        &self,
        patient: PersonId,
        dose: RecordId,
        status: DoseStatus,
        taken: Option<Taken>,
        reason: String,
    ) -> Result<u32, SaathiError> {
        self.with(|s| {
            let taken = taken.map(|t| t.local(Field::TakenAt)).transpose()?;
            Ok(s.correct_dose(patient, dose, status.into(), taken, &reason)?)
        })
    }

    /// Deletes a recorded dose (it stays in its history). Returns the deleting version.
    pub fn delete_dose(&self, patient: PersonId, dose: RecordId, reason: String) -> Result<u32, SaathiError> {
        self.with(|s| Ok(s.delete_dose(patient, dose, &reason)?))
    }

    /// The patient's current regimens.
    pub fn regimens(&self, patient: PersonId) -> Result<Vec<RecordedRegimen>, SaathiError> {
        self.with(|s| Ok(all(s.regimens(patient)?)))
    }

    /// Records a dose of `regimen` for one of its `scheduled` times; `taken` none is now.
    pub fn record_dose(
        &self,
        patient: PersonId,
        regimen: RecordId,
        scheduled: TimeOfDay,
        status: DoseStatus,
        taken: Option<Taken>,
    ) -> Result<RecordId, SaathiError> {
        self.with(|s| {
            let scheduled = scheduled.naive(Field::DoseTimes)?;
            let taken = taken.map(|t| t.local(Field::TakenAt)).transpose()?;
            Ok(s.record_dose(patient, regimen, scheduled, status.into(), taken)?)
        })
    }

    /// Doses recorded from `from` up to (not including) `to`, oldest first.
    pub fn doses(
        &self,
        patient: PersonId,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<RecordedDose>, SaathiError> {
        self.with(|s| Ok(all(s.doses(patient, saathi_domain::time::Period { from, to })?)))
    }

    /// What the Take and Skip actions do: the dose due at `due` today, taken now (recorded
    /// as late when past its time) or skipped.
    pub fn answer_dose(
        &self,
        patient: PersonId,
        regimen: RecordId,
        due: TimeOfDay,
        take: bool,
    ) -> Result<(), SaathiError> {
        self.with(|s| Ok(s.answer_dose(patient, regimen, due.naive(Field::DoseTimes)?, take)?))
    }
}
