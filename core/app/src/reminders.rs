//! Reminders through a `Session`: schedules (made with each regimen, or for readings),
//! the person's zone and alert choices, fasting days, and the questions the shells ask:
//! "what fires next, and when" (to schedule local notifications) and "what is due or missed
//! now". A helper asks which alerts are theirs to send: doses still missed after the delay
//! the patient chose, and dangerous readings the patient has not acknowledged in time. The rules are in saathi-domain
//! (`reminders`, `schedule`, `ramadan`, `alerts`); here they are checked and audited.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use saathi_domain::access::{Action, Audited};
use saathi_domain::alerts::{self, Alert, AlertAbout};
use saathi_domain::grants::GrantState;
use saathi_domain::medicine::DoseEvent;
use saathi_domain::person::PersonId;
use saathi_domain::ramadan::{RamadanCalendar, RamadanDay};
use saathi_domain::reading::{Change, ReadingKind, ReadingSource, RecordId, Recorded};
use saathi_domain::reminders::{self, Due, Fire, Logged, Plan, ReminderSettings};
use saathi_domain::schedule::{Recurrence, Schedule, Subject};
use saathi_domain::time::Taken;
use saathi_store::records::{self, NewMeta};
use saathi_store::{Store, alerts as sent_alerts, ramadan, readings, schedules, zones};

use crate::{Result, Session};

/// The zone reminders use until the person chooses one: Saathi is built first for the UK.
/// Shells set the device's zone with `set_reminder_settings`.
pub const DEFAULT_TIME_ZONE: &str = "Europe/London";

/// How far ahead fasting days are read when planning (a fast lasts about 30 days).
const FASTING_DAYS_AHEAD: i64 = 40;

/// A daily schedule at the regimen's times, from today: what `add_regimen` makes, so
/// medicines remind without more set-up.
pub(crate) fn daily_schedule(regimen: RecordId, times: &[chrono::NaiveTime], today: NaiveDate) -> Schedule {
    Schedule {
        subject: Subject::Medicine { regimen },
        times: times.to_vec(),
        recurrence: Recurrence::Daily,
        starts: today,
        ends: None,
        paused: false,
    }
}

impl Session {
    /// Adds a reminder schedule (medicine doses or readings) for `patient`.
    pub fn add_reminder(&self, patient: PersonId, schedule: Schedule) -> Result<RecordId> {
        let schedule = schedule.validated()?;
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageMedicines)?;
        let meta = self.meta_now(patient.id);
        store.write(|tx| {
            let record = records::insert(tx, &meta, &schedule)?;
            self.audit(tx, meta.entered_at, patient.id, Audited::SetReminder, Some(("reminder", record)))?;
            Ok(record)
        })
    }

    /// Pauses or resumes a schedule from now on.
    pub fn pause_reminder(&self, patient: PersonId, schedule: RecordId, paused: bool) -> Result<()> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageMedicines)?;
        let meta = self.meta_now(patient.id);
        let change = Change { by: self.actor.id, reason: if paused { "paused" } else { "resumed" }.into() };
        store.write(|tx| {
            schedules::set_paused(tx, patient.id, schedule, paused, meta.taken, &change, meta.entered_at)?;
            self.audit(tx, meta.entered_at, patient.id, Audited::SetReminder, Some(("reminder", schedule)))?;
            Ok(())
        })
    }

    /// The patient's schedules, paused ones included.
    pub fn reminders(&self, patient: PersonId) -> Result<Vec<Recorded<Schedule>>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        Ok(schedules::current(store.conn(), patient.id)?)
    }

    /// The person's zone and alert choices (the defaults until they choose).
    pub fn reminder_settings(&self, patient: PersonId) -> Result<ReminderSettings> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        Ok(settings_in(&store, patient.id)?)
    }

    /// The patient's own choice: their zone, and whether and after how long helpers with
    /// the receive-alerts grant hear of a missed dose or a dangerous reading.
    pub fn set_reminder_settings(&self, patient: PersonId, settings: ReminderSettings) -> Result<()> {
        let settings = settings.validated()?;
        zones::time_zone(&settings.time_zone)?;
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageSharing)?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            schedules::set_settings(tx, patient.id, &settings, self.actor.id, now)?;
            self.audit(tx, now, patient.id, Audited::SetReminderSettings, None)?;
            Ok(())
        })
    }

    /// The days of a fast (suhoor and iftar times each day): medicines move into the
    /// eating window, and the fasting glucose rules apply.
    pub fn set_fasting_days(&self, patient: PersonId, days: Vec<RamadanDay>) -> Result<()> {
        let calendar = RamadanCalendar::new(days)?;
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageMedicines)?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            ramadan::set_days(tx, patient.id, calendar.days())?;
            self.audit(tx, now, patient.id, Audited::SetFastingDays, None)?;
            Ok(())
        })
    }

    /// Whether `patient` is keeping a fast now (on their zone's clock).
    pub fn fasting_now(&self, patient: PersonId) -> Result<bool> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        let (tz, calendar) = self.zone_and_fast(&store, patient.id)?;
        Ok(calendar.fasting_at(&tz, self.inner.now_utc()))
    }

    /// The reminders that go off after now and up to `until`, at most `limit` (iOS keeps
    /// 64 pending notifications): what the shells schedule.
    pub fn upcoming_reminders(
        &self,
        patient: PersonId,
        until: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Fire>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        let plan = self.plan_data(&store, patient.id)?;
        let now = self.inner.now_utc();
        Ok(reminders::upcoming(&plan.plan(), now, until, limit))
    }

    /// What is due now, missed, done or skipped, over the last day.
    pub fn due_now(&self, patient: PersonId) -> Result<Vec<Due>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ViewReadings)?;
        self.due_in(&store, patient.id)
    }

    /// The alerts this person (a helper) should be sent now about the people who chose to
    /// send them alerts: doses still missed after the patient's chosen delay, and dangerous
    /// readings past the escalation delay that the patient has not acknowledged. Each is
    /// recorded as sent, so it is returned once.
    pub fn alerts_to_send(&self) -> Result<Vec<Alert>> {
        let now = self.inner.now();
        let mut out = Vec::new();
        let mut helping: Vec<PersonId> = self
            .helping()?
            .iter()
            .filter(|g| g.state(now) == GrantState::Active)
            .map(|g| g.patient)
            .collect();
        helping.sort_unstable_by_key(|p| p.0);
        helping.dedup();
        // `alerts_due` is empty for anyone who does not send this person alerts.
        for patient in helping {
            let due = self.alerts_due(patient)?;
            if due.is_empty() {
                continue;
            }
            let mut store = self.inner.store();
            let since = now.to_utc() - Duration::hours(reminders::LOOKBACK_HOURS * 2);
            let sent = sent_alerts::sent(store.conn(), patient, since)?;
            for alert in due.into_iter().filter(|a| !alerts::repeats(a, &sent, now.to_utc())) {
                if store
                    .write(|tx| sent_alerts::record_sent(tx, patient, alert.to, &alert.about, now.to_utc()))?
                {
                    out.push(alert);
                }
            }
        }
        Ok(out)
    }

    /// What this helper should know about `patient` now, by the alert rules, whether or
    /// not it was sent already: what `alerts_to_send` sends and the helper's home shows.
    /// Empty unless the patient sends this person alerts.
    pub(crate) fn alerts_due(&self, patient: PersonId) -> Result<Vec<Alert>> {
        let now = self.inner.now();
        let store = self.inner.store();
        let grants = self.inner.grants_between(&store, patient, self.actor.id)?;
        if !alerts::alert_recipients(patient, &grants, now).contains(&self.actor.id) {
            return Ok(Vec::new());
        }
        let settings = settings_in(&store, patient)?;
        let due = self.due_in(&store, patient)?;
        let mut out = alerts::helper_alerts(&due, now.to_utc(), &settings, &[self.actor.id], &[]);
        out.extend(self.escalations(&store, patient, &settings)?);
        Ok(out)
    }

    /// Whether helpers will be told of this dangerous reading unless the patient says they
    /// are dealing with it: escalation is on, someone receives alerts, and nobody has
    /// acknowledged it yet. Screens offer "I am dealing with it" only then.
    pub(crate) fn escalation_pending(
        &self,
        patient: PersonId,
        kind: ReadingKind,
        record: RecordId,
    ) -> Result<bool> {
        let store = self.inner.store();
        if settings_in(&store, patient)?.escalation_minutes.is_none() {
            return Ok(false);
        }
        let grants = saathi_store::grants::by_patient(store.conn(), patient)?;
        if alerts::alert_recipients(patient, &grants, self.inner.now()).is_empty() {
            return Ok(false);
        }
        let about = AlertAbout::DangerousReading { kind, record };
        Ok(sent_alerts::acknowledgement(store.conn(), patient, &about)?.is_none())
    }

    /// The patient says "I am dealing with it" about a dangerous reading: helpers are not
    /// told of it after all.
    pub fn acknowledge_reading(&self, patient: PersonId, kind: ReadingKind, record: RecordId) -> Result<()> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::LogReadings)?;
        // Only a reading of theirs (a typo'd number is NotFound, not a silent no-op).
        readings::get(store.conn(), kind, patient.id, record)?;
        let now = self.inner.now_utc();
        let about = AlertAbout::DangerousReading { kind, record };
        store.write(|tx| sent_alerts::acknowledge(tx, patient.id, &about, self.actor.id, now).map(|_| ()))?;
        Ok(())
    }

    /// Dangerous readings (act-now urgency) of the last day that this helper should now be
    /// told of: the patient turned escalation on, its delay has passed, and the patient
    /// has not said they are dealing with it. The patient's advice came at once, when the
    /// reading was logged (`Session::log`).
    ///
    /// One alert per kind of reading: a CGM sends a reading every five minutes, and a low
    /// lasting an hour is one thing to be told of, not twelve. The newest reading past its
    /// delay stands for the others; `alerts::repeats` keeps the next ones quiet for an hour
    /// once the helper has been told.
    fn escalations(
        &self,
        store: &Store,
        patient: PersonId,
        settings: &ReminderSettings,
    ) -> Result<Vec<Alert>> {
        if settings.escalation_minutes.is_none() {
            return Ok(Vec::new());
        }
        let year = chrono::Datelike::year(&self.inner.now());
        let known = self.inner.person(store, patient)?;
        let targets = saathi_domain::targets::Targets::defaults(&known.person, year)
            .with_overrides(&known.target_settings);
        let now = self.inner.now_utc();
        let since = now - Duration::hours(reminders::LOOKBACK_HOURS);
        // Read once: the fasting days cover the look-back (from two days ago).
        let (tz, fast) = self.zone_and_fast(store, patient)?;
        let mut out: Vec<Alert> = Vec::new();
        for r in readings::current_all(store.conn(), patient, since, now + Duration::seconds(1))?.iter().rev()
        {
            let kind = r.value.kind();
            if out
                .iter()
                .any(|a| matches!(a.about, AlertAbout::DangerousReading { kind: k, .. } if k == kind))
            {
                continue;
            }
            let fasting = kind == ReadingKind::Glucose && fast.fasting_at(&tz, r.meta.taken.at);
            let Some(assessment) = crate::timeline::assess(&r.value, &targets, fasting) else { continue };
            let (urgency, advice) = match assessment {
                crate::Assessment::Glucose(a) => (a.urgency, a.advice),
                crate::Assessment::BloodPressure(a) => (a.urgency, a.advice),
            };
            // Most readings are not dangerous: no need to look for an acknowledgement.
            if !alerts::is_dangerous(urgency) {
                continue;
            }
            let about = AlertAbout::DangerousReading { kind, record: r.meta.record_id };
            let acknowledged = sent_alerts::acknowledgement(store.conn(), patient, &about)?.is_some();
            let elapsed = now - r.meta.taken.at;
            let steps =
                alerts::escalation(urgency, &advice, settings, elapsed, acknowledged, &[self.actor.id]);
            if steps.iter().any(|s| matches!(s, alerts::Step::AlertHelpers { .. })) {
                out.push(Alert { to: self.actor.id, about, since: r.meta.taken.at });
            }
        }
        Ok(out)
    }

    fn due_in(&self, store: &Store, patient: PersonId) -> Result<Vec<Due>> {
        let plan = self.plan_data(store, patient)?;
        let now = self.inner.now_utc();
        let since = now - Duration::hours(reminders::LOOKBACK_HOURS + reminders::COUNTS_FOR_HOURS);
        let conn = store.conn();
        // Up to and including this instant: a dose recorded "now" answers its reminder.
        let until = now + Duration::seconds(1);
        let mut logged: Vec<Logged> =
            records::current::<DoseEvent>(conn, patient, since, until)?.iter().map(Logged::from).collect();
        logged.extend(readings::current_all(conn, patient, since, until)?.iter().map(Logged::from));
        Ok(reminders::due_and_missed(&plan.plan(), &logged, now))
    }

    fn zone_and_fast(
        &self,
        store: &Store,
        patient: PersonId,
    ) -> Result<(jiff::tz::TimeZone, RamadanCalendar)> {
        let settings = settings_in(store, patient)?;
        let tz = zones::time_zone(&settings.time_zone)?;
        let today = self.inner.now().date_naive();
        let calendar = ramadan::days(
            store.conn(),
            patient,
            today - Duration::days(2),
            today + Duration::days(FASTING_DAYS_AHEAD),
        )?;
        Ok((tz, calendar))
    }

    /// Whether `patient` was keeping a fast at `at`, on their zone's clock: a glucose
    /// reading taken then is judged by the fasting rules (break the fast below 3.9 or
    /// above 16.6). The core decides this from the fasting days, not the shell.
    ///
    /// One indexed read when the person keeps no fast near that day (logging stays cheap).
    pub(crate) fn fasting_at(&self, store: &Store, patient: PersonId, at: DateTime<Utc>) -> Result<bool> {
        let day = at.date_naive();
        let calendar =
            ramadan::days(store.conn(), patient, day - Duration::days(1), day + Duration::days(1))?;
        if calendar.days().is_empty() {
            return Ok(false);
        }
        let tz = zones::time_zone(&settings_in(store, patient)?.time_zone)?;
        Ok(calendar.fasting_at(&tz, at))
    }

    fn plan_data(&self, store: &Store, patient: PersonId) -> Result<PlanData> {
        let (tz, ramadan) = self.zone_and_fast(store, patient)?;
        Ok(PlanData { schedules: schedules::current(store.conn(), patient)?, tz, ramadan })
    }

    pub(crate) fn meta_now(&self, patient: PersonId) -> NewMeta {
        let now = self.inner.now();
        NewMeta {
            patient,
            entered_by: self.actor.id,
            taken: Taken::new(now),
            entered_at: now.to_utc(),
            source: ReadingSource::Hand,
        }
    }
}

/// The owned parts of a `Plan`.
struct PlanData {
    schedules: Vec<Recorded<Schedule>>,
    tz: jiff::tz::TimeZone,
    ramadan: RamadanCalendar,
}

impl PlanData {
    fn plan(&self) -> Plan<'_> {
        Plan { schedules: &self.schedules, tz: &self.tz, ramadan: &self.ramadan }
    }
}

fn settings_in(store: &Store, patient: PersonId) -> saathi_store::Result<ReminderSettings> {
    Ok(schedules::settings(store.conn(), patient)?
        .unwrap_or_else(|| ReminderSettings::new(DEFAULT_TIME_ZONE)))
}
