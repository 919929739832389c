//! `Session`: everything one acting person does. Each method that touches a patient's
//! record asks `check` first, and writes its audit row in the same transaction as the change.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;

use saathi_domain::access::{Action, Audited, Decision, Viewed, decide};
use saathi_domain::bands::{BpAssessment, GlucoseAssessment};
use saathi_domain::bp_protocol::{self, Progress};
use saathi_domain::person::{Languages, Person, PersonId, UnitPreferences};
use saathi_domain::plausibility::{
    Field, ValidationError, check_glucose, check_measurement, check_taken_at, check_text,
};
use saathi_domain::reading::{Change, Glucose, Measurement, ReadingKind, ReadingSource, RecordId};
use saathi_domain::summary::{Summary, SummaryInput, summarise};
use saathi_domain::targets::{TargetMetric, TargetSetting, Targets, check_setting};
use saathi_domain::time::{Period, Taken};
use saathi_store::records::{BulkInsert, NewMeta, Version};
use saathi_store::{Store, Transaction, audit, glucose_days, people, protocols, readings, targets};

use crate::import::GlucoseRow;
use crate::timeline::{self, Entry};
use crate::{Error, Inner, Result};

/// The longest reason a person may give for a correction or deletion.
pub const MAX_REASON_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Assessment {
    Glucose(GlucoseAssessment),
    BloodPressure(BpAssessment),
}

impl Assessment {
    /// How soon the person must act.
    pub fn urgency(&self) -> saathi_domain::bands::Urgency {
        match self {
            Assessment::Glucose(a) => a.urgency,
            Assessment::BloodPressure(a) => a.urgency,
        }
    }
}

/// How a reading is logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogOptions {
    /// When it was taken, on the wall clock where it was taken; `None` is now.
    pub taken: Option<DateTime<FixedOffset>>,
    pub source: ReadingSource,
    /// The person says they are keeping a fast (adds the break-the-fast rule). Without
    /// it, the fasting days they set (`set_fasting_days`) decide.
    pub fasting: bool,
    /// A blood-pressure reading taken as part of the running home protocol.
    pub protocol: bool,
}

impl Default for LogOptions {
    fn default() -> Self {
        LogOptions { taken: None, source: ReadingSource::Hand, fasting: false, protocol: false }
    }
}

/// What happened when a reading was stored, and what it means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Logged {
    pub kind: ReadingKind,
    pub record: RecordId,
    pub version: u32,
    pub assessment: Option<Assessment>,
    /// Where the home blood-pressure protocol stands after this reading.
    pub protocol: Option<ProtocolStatus>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProtocolStatus {
    pub started: Taken,
    pub progress: Progress,
}

pub struct Session {
    pub(crate) inner: Arc<Inner>,
    pub(crate) actor: Person,
    /// A private session: the patient reviewing sharing on a shared phone. Its audit
    /// entries are marked private.
    pub(crate) private: bool,
}

/// The longest summary asked for by days: ten years.
pub const MAX_SUMMARY_DAYS: u32 = 3660;

impl Session {
    pub(crate) fn new(inner: Arc<Inner>, actor: Person, private: bool) -> Self {
        Session { inner, actor, private }
    }

    /// Runs `f` (a screen's build, say) at one instant: the clock is read once, and every
    /// call inside sees that time. Shells build each screen this way.
    pub fn at_one_instant<T>(&self, f: impl FnOnce(&Session) -> T) -> T {
        self.inner.at_one_instant(|| f(self))
    }

    pub fn is_private(&self) -> bool {
        self.private
    }

    pub fn actor(&self) -> &Person {
        &self.actor
    }

    /// Someone whose record is on screen (their name, conditions, units). Not a look at
    /// their readings, so not checked: names are visible to everyone on the device.
    pub(crate) fn person_in_view(&self, id: PersonId) -> Result<Person> {
        let store = self.inner.store();
        Ok(self.inner.person(&store, id)?.person.clone())
    }

    /// The one gate: may this session's actor do `action` on `patient`'s record now?
    /// A refusal is audited, then returned as `Error::Denied`.
    pub(crate) fn check(&self, store: &mut Store, patient: PersonId, action: Action) -> Result<Person> {
        let patient = self.inner.person(store, patient)?.person.clone();
        match self.decide(store, &patient, action)? {
            Decision::Allow => Ok(patient),
            Decision::Deny(reason) => {
                let now = self.inner.now_utc();
                store.write(|tx| self.audit(tx, now, patient.id, Audited::Denied(action), None))?;
                Err(Error::Denied { action, reason })
            }
        }
    }

    /// Whether this session's person may do `action` on `patient`'s record now, without
    /// doing it: for screens, which must never offer an action the person may not take.
    /// Asking is not an attempt, so a "no" is not audited.
    pub fn allowed(&self, patient: PersonId, action: Action) -> Result<Decision> {
        let store = self.inner.store();
        let patient = self.inner.person(&store, patient)?.person.clone();
        self.decide(&store, &patient, action)
    }

    /// The patient's grants to this session's person (none needed for their own record),
    /// handed to `access::decide` with the time now.
    fn decide(&self, store: &Store, patient: &Person, action: Action) -> Result<Decision> {
        let grants = if patient.id == self.actor.id {
            None
        } else {
            Some(self.inner.grants_between(store, patient.id, self.actor.id)?)
        };
        Ok(decide(&self.actor, patient, action, grants.as_deref().unwrap_or_default(), self.inner.now()))
    }

    pub(crate) fn audit(
        &self,
        tx: &Transaction<'_>,
        at: DateTime<Utc>,
        patient: PersonId,
        action: Audited,
        record: Option<(&str, RecordId)>,
    ) -> saathi_store::Result<()> {
        audit::append(
            tx,
            &audit::Entry {
                at,
                actor: self.actor.id,
                patient: Some(patient),
                action: action.code(),
                record_kind: record.map(|(k, _)| k.to_string()),
                record: record.map(|(_, r)| r),
                private: self.private,
            },
        )
    }

    /// Reading someone else's record is itself recorded ("who looked at my data").
    pub(crate) fn audit_view(&self, store: &mut Store, patient: PersonId, what: Viewed) -> Result<()> {
        if patient != self.actor.id {
            let now = self.inner.now_utc();
            store.write(|tx| self.audit(tx, now, patient, Audited::View(what), None))?;
        }
        Ok(())
    }

    fn targets_in(&self, store: &Store, patient: &Person) -> Result<Targets> {
        let year = chrono::Datelike::year(&self.inner.now());
        let known = self.inner.person(store, patient.id)?;
        Ok(Targets::defaults(patient, year).with_overrides(&known.target_settings))
    }

    /// When something was taken (`None`: now), checked: not in the future, not before
    /// 2000 or the patient's year of birth (`check_taken_at`).
    pub(crate) fn taken(&self, at: Option<DateTime<FixedOffset>>, patient: &Person) -> Result<Taken> {
        let now = self.inner.now();
        let taken = Taken::new(at.unwrap_or(now));
        check_taken_at(taken.at, now.with_timezone(&Utc), patient.birth_year)?;
        Ok(taken)
    }

    /// Validates and stores a reading, with its audit row, in one transaction; returns what
    /// it means. Invalid input is refused before anything is written.
    pub fn log(&self, patient: PersonId, m: Measurement, opts: LogOptions) -> Result<Logged> {
        // Permission first: a refused attempt is audited whatever was typed.
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::LogReadings)?;
        check_measurement(&m)?;
        let taken = self.taken(opts.taken, &patient)?;
        if opts.protocol && m.kind() != ReadingKind::BloodPressure {
            return Err(ValidationError::NotAChoice { field: Field::Systolic }.into());
        }
        let run = if opts.protocol {
            Some(
                protocols::latest(store.conn(), patient.id)?
                    .ok_or(Error::NotFound { what: "blood pressure protocol" })?,
            )
        } else {
            None
        };
        let meta = NewMeta {
            patient: patient.id,
            entered_by: self.actor.id,
            taken,
            entered_at: self.inner.now_utc(),
            source: opts.source,
        };
        tracing::debug!(kind = m.kind().code(), "logging a reading");
        tracing::trace!(measurement = ?m, "reading value");
        let record = store.write(|tx| {
            let record = readings::insert(tx, &meta, &m)?;
            if let Some(run) = &run {
                protocols::attach(tx, run.id, record)?;
            }
            self.audit(tx, meta.entered_at, patient.id, Audited::Log, Some((m.kind().code(), record)))?;
            Ok::<_, Error>(record)
        })?;
        let targets = self.targets_in(&store, &patient)?;
        // The fasting rules are about sugar; other kinds need not look.
        let fasting = opts.fasting
            || (m.kind() == ReadingKind::Glucose && self.fasting_at(&store, patient.id, meta.taken.at)?);
        let protocol = match run {
            Some(run) => Some(self.protocol_status(&store, &targets, run)?),
            None => None,
        };
        Ok(Logged {
            kind: m.kind(),
            record,
            version: 1,
            assessment: timeline::assess(&m, &targets, fasting),
            protocol,
        })
    }

    /// Replaces a reading with a corrected one (same kind); the old version is kept, and
    /// the new one says who corrected it and why.
    pub fn correct(
        &self,
        patient: PersonId,
        record: RecordId,
        m: Measurement,
        reason: &str,
        taken: Option<DateTime<FixedOffset>>,
    ) -> Result<Logged> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::CorrectReadings)?;
        check_measurement(&m)?;
        check_text(Field::Reason, reason, MAX_REASON_CHARS)?;
        let old = readings::get(store.conn(), m.kind(), patient.id, record)?;
        let taken = match taken {
            Some(_) => self.taken(taken, &patient)?,
            None => old.meta.taken,
        };
        let now = self.inner.now_utc();
        let change = Change { by: self.actor.id, reason: reason.trim().to_string() };
        let version = store.write(|tx| {
            let v = readings::correct(tx, patient.id, record, taken, &m, &change, now)?;
            self.audit(tx, now, patient.id, Audited::Correct, Some((m.kind().code(), record)))?;
            Ok::<_, Error>(v)
        })?;
        let targets = self.targets_in(&store, &patient)?;
        let fasting = m.kind() == ReadingKind::Glucose && self.fasting_at(&store, patient.id, taken.at)?;
        Ok(Logged {
            kind: m.kind(),
            record,
            version,
            assessment: timeline::assess(&m, &targets, fasting),
            protocol: None,
        })
    }

    /// Soft-deletes a reading: it disappears from lists and summaries but stays in its
    /// history, with who deleted it and why. Returns the deleting version's number.
    pub fn delete(
        &self,
        patient: PersonId,
        kind: ReadingKind,
        record: RecordId,
        reason: &str,
    ) -> Result<u32> {
        check_text(Field::Reason, reason, MAX_REASON_CHARS)?;
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::CorrectReadings)?;
        let now = self.inner.now_utc();
        let change = Change { by: self.actor.id, reason: reason.trim().to_string() };
        store.write(|tx| {
            let v = readings::delete(tx, kind, patient.id, record, &change, now)?;
            self.audit(tx, now, patient.id, Audited::Delete, Some((kind.code(), record)))?;
            Ok(v)
        })
    }

    /// The current version of one reading, with what it means.
    pub fn reading(&self, patient: PersonId, kind: ReadingKind, record: RecordId) -> Result<Entry> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        self.audit_view(&mut store, patient.id, Viewed::Readings)?;
        let targets = self.targets_in(&store, &patient)?;
        Ok(timeline::entry(readings::get(store.conn(), kind, patient.id, record)?, &targets))
    }

    /// Every version of a reading, oldest first.
    pub fn history(
        &self,
        patient: PersonId,
        kind: ReadingKind,
        record: RecordId,
    ) -> Result<Vec<Version<Measurement>>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        self.audit_view(&mut store, patient.id, Viewed::History)?;
        Ok(readings::history(store.conn(), kind, patient.id, record)?)
    }

    /// Current readings of every kind taken in `[from, to)`, oldest first, with meanings.
    pub fn readings(&self, patient: PersonId, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Entry>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        self.audit_view(&mut store, patient.id, Viewed::Readings)?;
        let targets = self.targets_in(&store, &patient)?;
        let rows = readings::current_all(store.conn(), patient.id, from, to)?;
        Ok(rows.into_iter().map(|r| timeline::entry(r, &targets)).collect())
    }

    /// The summary of the last `days` calendar days, today included: 1 to
    /// `MAX_SUMMARY_DAYS`, else `NotAChoice` on `Days` (a typo, not ten thousand years).
    pub fn summary_days(&self, patient: PersonId, days: u32) -> Result<Summary> {
        if !(1..=MAX_SUMMARY_DAYS).contains(&days) {
            return Err(ValidationError::NotAChoice { field: Field::Days }.into());
        }
        self.summary(patient, Period::last_calendar_days(self.inner.now(), days))
    }

    pub fn summary(&self, patient: PersonId, period: Period) -> Result<Summary> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        self.audit_view(&mut store, patient.id, Viewed::Summary)?;
        let targets = self.targets_in(&store, &patient)?;
        let (id, from, to) = (patient.id, period.from, period.to);
        // Past days come counted from the store (which keeps them counted, writing as it
        // does: not a change to anyone's record, so not audited).
        let glucose = glucose_days::tallies(&mut store, id, from, to, self.inner.now_utc(), &targets)?;
        let conn = store.conn();
        let bp = readings::bp_points(conn, id, from, to)?;
        let weight = readings::weight_points(conn, id, from, to)?;
        let hba1c = readings::hba1c_points(conn, id, from, to)?;
        let activity = readings::activity_points(conn, id, from, to)?;
        let doses = readings::dose_points(conn, id, from, to)?;
        // The latest home blood-pressure check that started in the period, if it has an average.
        let bp_check = match protocols::latest(conn, id)?.filter(|run| period.contains(run.started.at)) {
            Some(run) => self.protocol_status(&store, &targets, run)?.progress.average,
            None => None,
        };
        let now = self.inner.now();
        let (first_day, last_day) = period.local_dates(now.offset().local_minus_utc());
        Ok(summarise(&SummaryInput {
            period,
            first_day,
            last_day,
            today: now.date_naive(),
            targets: &targets,
            weight_unit: patient.units.weight,
            glucose: &glucose,
            bp: &bp,
            weight: &weight,
            hba1c: &hba1c,
            activity: &activity,
            doses: &doses,
            bp_check,
        }))
    }

    /// The targets in force for `patient`: guideline defaults with any clinician's overrides.
    pub fn targets(&self, patient: PersonId) -> Result<Targets> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        self.audit_view(&mut store, patient.id, Viewed::Targets)?;
        self.targets_in(&store, &patient)
    }

    /// A clinician sets a target (glucose low/high mmol/L; BP systolic/diastolic limit;
    /// HbA1c mmol/mol). Recorded with who and when; earlier settings stay as history.
    pub fn set_target(
        &self,
        patient: PersonId,
        metric: TargetMetric,
        low: Option<f64>,
        high: f64,
        high_secondary: Option<f64>,
        reason: Option<&str>,
    ) -> Result<Targets> {
        if let Some(r) = reason {
            check_text(Field::Reason, r, MAX_REASON_CHARS)?;
        }
        let setting = TargetSetting {
            metric,
            low,
            high,
            high_secondary,
            set_by: self.actor.id,
            set_at: self.inner.now_utc(),
            reason: reason.map(|r| r.trim().to_string()),
        };
        check_setting(&setting)?;
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::SetTargets)?;
        store.write(|tx| {
            targets::insert(tx, patient.id, &setting)?;
            self.inner.forget();
            self.audit(tx, setting.set_at, patient.id, Audited::SetTarget(metric), None)
        })?;
        let targets = self.targets_in(&store, &patient)?;
        // The kept glucose day tallies were counted against the old range; recount the last
        // 90 days now, so the clinician's change pays once (~10 ms on two years of CGM)
        // and the patient's next summary is as quick as ever. Derived data: if this write
        // fails, the next summary counts them instead.
        let period = Period::last_calendar_days(self.inner.now(), 90);
        glucose_days::tallies(
            &mut store,
            patient.id,
            period.from,
            period.to,
            self.inner.now_utc(),
            &targets,
        )?;
        Ok(targets)
    }

    /// Changes how a patient's numbers are shown.
    pub fn set_units(&self, patient: PersonId, units: UnitPreferences) -> Result<()> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::LogReadings)?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            people::set_units(tx, patient.id, units)?;
            self.inner.forget();
            self.audit(tx, now, patient.id, Audited::SetUnits, None)
        })?;
        Ok(())
    }

    /// Everyone has languages, helpers and clinicians too: one's own need no permission;
    /// a patient's, the permission `action` needs.
    pub(crate) fn own_or_check(&self, store: &mut Store, person: PersonId, action: Action) -> Result<Person> {
        if person == self.actor.id { Ok(self.actor.clone()) } else { self.check(store, person, action) }
    }

    /// The languages `person` reads and hears, if chosen.
    pub fn languages(&self, person: PersonId) -> Result<Option<Languages>> {
        let mut store = self.inner.store();
        let person = self.own_or_check(&mut store, person, Action::ViewReadings)?;
        Ok(people::languages(store.conn(), person.id)?)
    }

    /// Sets the languages `person` reads and hears (a helper who logs for a parent may set
    /// them too: often it is the helper who sets up the phone).
    pub fn set_languages(&self, person: PersonId, languages: Languages) -> Result<()> {
        let mut store = self.inner.store();
        let person = self.own_or_check(&mut store, person, Action::LogReadings)?;
        let languages = languages.validated()?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            people::set_languages(tx, person.id, &languages)?;
            self.audit(tx, now, person.id, Audited::SetLanguages, None)
        })?;
        Ok(())
    }

    /// Starts a run of NICE's home blood-pressure protocol today, for `planned_days`: 4 to
    /// 7, else `BelowMin`/`AboveMax` on `BpCheckDays` and nothing is stored.
    pub fn start_bp_protocol(&self, patient: PersonId, planned_days: u32) -> Result<ProtocolStatus> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::LogReadings)?;
        let planned_days = bp_protocol::check_planned_days(planned_days)?;
        let started = Taken::new(self.inner.now());
        let run = store.write(|tx| {
            let run = protocols::start(tx, patient.id, started, planned_days, self.actor.id)?;
            self.audit(tx, started.at, patient.id, Audited::StartBpProtocol, None)?;
            Ok::<_, Error>(run)
        })?;
        let targets = self.targets_in(&store, &patient)?;
        self.protocol_status(&store, &targets, run)
    }

    /// Where the latest home blood-pressure protocol run stands, if there is one.
    pub fn bp_protocol(&self, patient: PersonId) -> Result<Option<ProtocolStatus>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        self.audit_view(&mut store, patient.id, Viewed::BpProtocol)?;
        let Some(run) = protocols::latest(store.conn(), patient.id)? else {
            return Ok(None);
        };
        let targets = self.targets_in(&store, &patient)?;
        self.protocol_status(&store, &targets, run).map(Some)
    }

    fn protocol_status(
        &self,
        store: &Store,
        targets: &Targets,
        run: protocols::ProtocolRun,
    ) -> Result<ProtocolStatus> {
        let now = Taken::new(self.inner.now());
        let points = protocols::readings(store.conn(), run.id, now.at + chrono::Duration::seconds(1))?;
        let progress = bp_protocol::progress(
            run.started.local_date(),
            run.planned_days,
            &points,
            &now,
            targets.bp_home.value,
        );
        Ok(ProtocolStatus { started: run.started, progress })
    }

    /// Imports glucose rows (a CGM or meter export) in one transaction: every row is
    /// validated as it is stored, and the first bad row cancels the whole import.
    /// `Err(())` in the iterator marks a row that could not be read. Returns the count.
    pub fn import_glucose(
        &self,
        patient: PersonId,
        rows: impl IntoIterator<Item = std::result::Result<GlucoseRow, ()>>,
        source: ReadingSource,
    ) -> Result<usize> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::LogReadings)?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            let mut insert = BulkInsert::<Glucose>::new(tx)?;
            let mut count = 0;
            for (i, row) in rows.into_iter().enumerate() {
                let row_no = i + 1;
                let row = row.map_err(|()| Error::UnreadableImportRow { row: row_no })?;
                let glucose = row.glucose();
                let taken = Taken::new(row.taken);
                check_glucose(&glucose)
                    .and_then(|()| check_taken_at(taken.at, now, patient.birth_year))
                    .map_err(|error| Error::InvalidImportRow { row: row_no, error })?;
                let meta = NewMeta {
                    patient: patient.id,
                    entered_by: self.actor.id,
                    taken,
                    entered_at: now,
                    source,
                };
                insert.insert(&meta, &glucose)?;
                count += 1;
            }
            self.audit(tx, now, patient.id, Audited::Import, None)?;
            tracing::debug!(count, "imported glucose rows");
            Ok(count)
        })
    }

    /// Who did what to `patient`'s record, oldest first.
    pub fn audit_trail(&self, patient: PersonId) -> Result<Vec<audit::Entry>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewAudit)?;
        Ok(audit::for_patient(store.conn(), patient.id)?)
    }

    /// Checks the whole audit chain (see `Saathi::verify_audit`).
    pub fn verify_audit(&self) -> Result<std::result::Result<u64, saathi_domain::audit_chain::Break>> {
        Ok(audit::verify(self.inner.store().conn())?)
    }
}
