//! Medicines through a `Session`: regimens and their doses, added, changed, stopped,
//! corrected and deleted. Nothing is overwritten: a change or a stop is a new version of
//! the regimen with who and why, and a dose correction or deletion a new version of the
//! dose. A regimen's reminder schedules follow it in the same transaction (new times, or
//! stopped with it), so no reminder and no missed-dose alert is ever about a medicine
//! the person no longer takes. Each call needs `ManageMedicines` and writes one audit row.

use chrono::{DateTime, FixedOffset, NaiveTime, Utc};

use saathi_domain::access::{Action, Audited, Viewed};
use saathi_domain::medicine::{DoseEvent, DoseStatus, Regimen};
use saathi_domain::person::PersonId;
use saathi_domain::plausibility::{Field, ValidationError, check_text};
use saathi_domain::reading::{Change, ReadingSource, RecordId, Recorded};
use saathi_domain::schedule::Schedule;
use saathi_domain::time::Taken;
use saathi_store::records::{self, NewMeta};
use saathi_store::{Store, Transaction, medicines, schedules};

use crate::session::MAX_REASON_CHARS;
use crate::{Error, Result, Session};

impl Session {
    /// Adds a medicine regimen.
    pub fn add_regimen(&self, patient: PersonId, regimen: Regimen) -> Result<RecordId> {
        let regimen = regimen.validated()?;
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageMedicines)?;
        let now = self.inner.now();
        let meta = NewMeta {
            patient: patient.id,
            entered_by: self.actor.id,
            taken: Taken::new(now),
            entered_at: now.with_timezone(&Utc),
            source: ReadingSource::Hand,
        };
        // Every medicine reminds, daily at its times, from the start (the person can change
        // the days or pause it afterwards). The reminder is part of adding the medicine:
        // one change, one audit row.
        store.write(|tx| {
            let record = records::insert(tx, &meta, &regimen)?;
            self.audit(tx, meta.entered_at, patient.id, Audited::AddRegimen, Some(("regimen", record)))?;
            let schedule =
                crate::reminders::daily_schedule(record, &regimen.times, now.date_naive()).validated()?;
            records::insert(tx, &meta, &schedule)?;
            Ok(record)
        })
    }

    pub fn regimens(&self, patient: PersonId) -> Result<Vec<Recorded<Regimen>>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        self.audit_view(&mut store, patient.id, Viewed::Medicines)?;
        Ok(medicines::current_regimens(store.conn(), patient.id)?)
    }

    /// Changes a regimen (name, dose, times, food), checked as `add_regimen` checks a new
    /// one. The old version stays with who changed it and why; the medicine's reminder
    /// schedules take the new times as new versions of their own (their days, start, end
    /// and pause are kept). Returns the regimen's new version number.
    pub fn change_regimen(
        &self,
        patient: PersonId,
        regimen: RecordId,
        changed: Regimen,
        reason: &str,
    ) -> Result<u32> {
        // Permission first: a refused attempt is audited whatever was typed.
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageMedicines)?;
        let changed = changed.validated()?;
        let change = self.change(reason)?;
        // A regimen's time is when it was started: a change of dose does not restart it
        // (this week's adherence counts from the start).
        let started = current_regimen(&store, patient.id, regimen)?.meta.taken;
        let meta = self.meta_now(patient.id);
        store.write(|tx| {
            let version =
                records::correct(tx, patient.id, regimen, started, &changed, &change, meta.entered_at)?;
            for s in schedules::for_regimen(tx, patient.id, regimen)? {
                let schedule = Schedule { times: changed.times.clone(), ..s.value }.validated()?;
                records::correct(
                    tx,
                    patient.id,
                    s.meta.record_id,
                    meta.taken,
                    &schedule,
                    &change,
                    meta.entered_at,
                )?;
            }
            self.audit(tx, meta.entered_at, patient.id, Audited::ChangeRegimen, Some(("regimen", regimen)))?;
            Ok(version)
        })
    }

    /// Stops a medicine: a deleting version of the regimen with who and why, and its
    /// reminder schedules stop with it (deleting versions too), so nothing reminds of it
    /// and no helper is told of a "missed" dose. Doses recorded before stay, and still
    /// count in summaries of the days they were taken. Returns the deleting version.
    pub fn stop_regimen(&self, patient: PersonId, regimen: RecordId, reason: &str) -> Result<u32> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageMedicines)?;
        let change = self.change(reason)?;
        current_regimen(&store, patient.id, regimen)?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            let version = records::delete::<Regimen>(tx, patient.id, regimen, &change, now)?;
            stop_schedules(tx, patient.id, regimen, &change, now)?;
            self.audit(tx, now, patient.id, Audited::StopRegimen, Some(("regimen", regimen)))?;
            Ok(version)
        })
    }

    /// Records a dose as taken, late or skipped, for one of the regimen's times.
    pub fn record_dose(
        &self,
        patient: PersonId,
        regimen: RecordId,
        scheduled: NaiveTime,
        status: DoseStatus,
        taken: Option<DateTime<FixedOffset>>,
    ) -> Result<RecordId> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageMedicines)?;
        let taken = self.taken(taken, &patient)?;
        let r = current_regimen(&store, patient.id, regimen)?;
        if !r.value.times.contains(&scheduled) {
            return Err(ValidationError::NotAChoice { field: Field::DoseTimes }.into());
        }
        let meta = NewMeta {
            patient: patient.id,
            entered_by: self.actor.id,
            taken,
            entered_at: self.inner.now_utc(),
            source: ReadingSource::Hand,
        };
        let event = DoseEvent { regimen, scheduled, status };
        store.write(|tx| {
            let record = records::insert(tx, &meta, &event)?;
            self.audit(tx, meta.entered_at, patient.id, Audited::RecordDose, Some(("dose-event", record)))?;
            Ok(record)
        })
    }

    /// Corrects a recorded dose: its status, and when it was taken (`None` keeps the time
    /// it had). The old version stays with who corrected it and why. The dose keeps its
    /// medicine and its scheduled time, even if the medicine has since been stopped.
    /// Returns the dose's new version number.
    pub fn correct_dose(
        &self,
        patient: PersonId,
        dose: RecordId,
        status: DoseStatus,
        taken: Option<DateTime<FixedOffset>>,
        reason: &str,
    ) -> Result<u32> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageMedicines)?;
        let change = self.change(reason)?;
        let taken = taken.map(|t| self.taken(Some(t), &patient)).transpose()?;
        let old = medicines::current_dose(store.conn(), patient.id, dose)?;
        let taken = taken.unwrap_or(old.meta.taken);
        let event = DoseEvent { status, ..old.value };
        let now = self.inner.now_utc();
        store.write(|tx| {
            let version = records::correct(tx, patient.id, dose, taken, &event, &change, now)?;
            self.audit(tx, now, patient.id, Audited::CorrectDose, Some(("dose-event", dose)))?;
            Ok(version)
        })
    }

    /// Deletes a recorded dose (recorded by mistake): it leaves summaries and answers no
    /// reminder, but stays in its history with who deleted it and why. Returns the
    /// deleting version's number.
    pub fn delete_dose(&self, patient: PersonId, dose: RecordId, reason: &str) -> Result<u32> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageMedicines)?;
        let change = self.change(reason)?;
        medicines::current_dose(store.conn(), patient.id, dose)?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            let version = records::delete::<DoseEvent>(tx, patient.id, dose, &change, now)?;
            self.audit(tx, now, patient.id, Audited::DeleteDose, Some(("dose-event", dose)))?;
            Ok(version)
        })
    }

    /// Every version of one dose event, oldest first (deleting versions included).
    pub fn dose_history(
        &self,
        patient: PersonId,
        dose: RecordId,
    ) -> Result<Vec<records::Version<DoseEvent>>> {
        self.versions(patient, dose, "dose")
    }

    /// Every version of one regimen, oldest first (a stop is the last, deleting, version).
    pub fn regimen_history(
        &self,
        patient: PersonId,
        regimen: RecordId,
    ) -> Result<Vec<records::Version<Regimen>>> {
        self.versions(patient, regimen, "medicine")
    }

    /// Every version of `record`, seen (and, by a helper, audited) as a history; a record
    /// that is not the patient's is NotFound as `what`.
    fn versions<T: records::Versioned>(
        &self,
        patient: PersonId,
        record: RecordId,
        what: &'static str,
    ) -> Result<Vec<records::Version<T>>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        self.audit_view(&mut store, patient.id, Viewed::History)?;
        records::history(store.conn(), patient.id, record).map_err(|e| match e {
            saathi_store::Error::NotFound { .. } => Error::NotFound { what },
            e => e.into(),
        })
    }

    /// Who is making a change and why: the reason checked as for readings.
    fn change(&self, reason: &str) -> Result<Change> {
        check_text(Field::Reason, reason, MAX_REASON_CHARS)?;
        Ok(Change { by: self.actor.id, reason: reason.trim().to_string() })
    }
}

/// A regimen the patient takes now (not stopped), or `NotFound` "medicine".
fn current_regimen(store: &Store, patient: PersonId, regimen: RecordId) -> Result<Recorded<Regimen>> {
    medicines::current_regimens(store.conn(), patient)?
        .into_iter()
        .find(|r| r.meta.record_id == regimen)
        .ok_or(Error::NotFound { what: "medicine" })
}

/// Deletes (new versions, never rows) every reminder schedule of a stopped regimen.
fn stop_schedules(
    tx: &Transaction<'_>,
    patient: PersonId,
    regimen: RecordId,
    change: &Change,
    now: DateTime<Utc>,
) -> saathi_store::Result<()> {
    for s in schedules::for_regimen(tx, patient, regimen)? {
        records::delete::<Schedule>(tx, patient, s.meta.record_id, change, now)?;
    }
    Ok(())
}
