//! Reminder schedules, stored as versioned records like regimens (a change or a pause is a
//! new version with who and why), and each person's reminder settings (their zone and
//! the alerts they chose).

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction};

use saathi_domain::person::PersonId;
use saathi_domain::reading::{Change, GlucoseContext, ReadingKind, RecordId, Recorded};
use saathi_domain::reminders::ReminderSettings;
use saathi_domain::schedule::{Recurrence, Schedule, Subject};
use saathi_domain::time::Taken;

use crate::records::{self, FIRST_VALUE as V, Versioned};
use crate::{Error, Result, decode};

const TIME: &str = "%H:%M";
const DATE: &str = "%Y-%m-%d";

fn parse_date(s: &str, column: &'static str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, DATE).map_err(|_| Error::UnknownCode { column })
}

impl Versioned for Schedule {
    const TABLE: &'static str = "reminder_schedule";
    const VALUE_COLUMNS: &'static [&'static str] = &[
        "subject",
        "regimen_record",
        "reading_kind",
        "context",
        "times",
        "recurrence",
        "weekdays",
        "every_days",
        "starts_on",
        "ends_on",
        "paused",
    ];

    fn values(&self) -> Vec<Value> {
        let text = |s: &str| Value::Text(s.to_string());
        let (subject, regimen, kind, context) = match self.subject {
            Subject::Medicine { regimen } => {
                (text("medicine"), Value::Integer(regimen.0), Value::Null, Value::Null)
            }
            Subject::Reading { kind, context } => (
                text("reading"),
                Value::Null,
                text(kind.code()),
                context.map_or(Value::Null, |c| text(c.code())),
            ),
        };
        let (weekdays, every) = match self.recurrence {
            Recurrence::Daily => (Value::Null, Value::Null),
            Recurrence::Weekdays { days } => (Value::Integer(i64::from(days)), Value::Null),
            Recurrence::EveryNDays { n } => (Value::Null, Value::Integer(i64::from(n))),
        };
        let times: Vec<String> = self.times.iter().map(|t| t.format(TIME).to_string()).collect();
        vec![
            subject,
            regimen,
            kind,
            context,
            Value::Text(times.join(",")),
            text(self.recurrence.code()),
            weekdays,
            every,
            Value::Text(self.starts.format(DATE).to_string()),
            self.ends.map_or(Value::Null, |d| Value::Text(d.format(DATE).to_string())),
            Value::Integer(i64::from(self.paused)),
        ]
    }

    fn from_row(row: &Row<'_>) -> Result<Self> {
        let subject: String = row.get(V)?;
        let subject = match subject.as_str() {
            "medicine" => Subject::Medicine { regimen: RecordId(row.get(V + 1)?) },
            "reading" => Subject::Reading {
                kind: decode(&row.get::<_, String>(V + 2)?, "reading_kind", ReadingKind::from_code)?,
                context: row
                    .get::<_, Option<String>>(V + 3)?
                    .map(|c| decode(&c, "context", GlucoseContext::from_code))
                    .transpose()?,
            },
            _ => return Err(Error::UnknownCode { column: "subject" }),
        };
        let times: String = row.get(V + 4)?;
        let times = times
            .split(',')
            .map(|t| NaiveTime::parse_from_str(t, TIME).map_err(|_| Error::UnknownCode { column: "times" }))
            .collect::<Result<_>>()?;
        let recurrence: String = row.get(V + 5)?;
        let recurrence = match recurrence.as_str() {
            "daily" => Recurrence::Daily,
            "weekdays" => Recurrence::Weekdays { days: row.get(V + 6)? },
            "every-n-days" => Recurrence::EveryNDays { n: row.get(V + 7)? },
            _ => return Err(Error::UnknownCode { column: "recurrence" }),
        };
        Ok(Schedule {
            subject,
            times,
            recurrence,
            starts: parse_date(&row.get::<_, String>(V + 8)?, "starts_on")?,
            ends: row.get::<_, Option<String>>(V + 9)?.map(|d| parse_date(&d, "ends_on")).transpose()?,
            paused: row.get(V + 10)?,
        })
    }
}

/// The patient's current schedules (paused ones included), in the order they were added.
pub fn current(conn: &Connection, patient: PersonId) -> Result<Vec<Recorded<Schedule>>> {
    records::all_current(conn, patient)
}

/// The current schedules that remind of one regimen's doses (usually the one made with
/// it), paused ones included.
pub fn for_regimen(
    conn: &Connection,
    patient: PersonId,
    regimen: RecordId,
) -> Result<Vec<Recorded<Schedule>>> {
    let mut all = current(conn, patient)?;
    all.retain(|s| s.value.subject == Subject::Medicine { regimen });
    Ok(all)
}

/// One current schedule.
pub fn get(conn: &Connection, patient: PersonId, schedule: RecordId) -> Result<Recorded<Schedule>> {
    current(conn, patient)?
        .into_iter()
        .find(|r| r.meta.record_id == schedule)
        .ok_or(Error::NotFound { what: "reminder" })
}

/// Pauses or resumes a schedule from `from` on: a new version, with who and why. Returns
/// the new version number.
pub fn set_paused(
    tx: &Transaction<'_>,
    patient: PersonId,
    schedule: RecordId,
    paused: bool,
    from: Taken,
    change: &Change,
    now: DateTime<Utc>,
) -> Result<u32> {
    let mut value = get(tx, patient, schedule)?.value;
    value.paused = paused;
    records::correct(tx, patient, schedule, from, &value, change, now)
}

/// A person's reminder settings, if they have saved any.
pub fn settings(conn: &Connection, person: PersonId) -> Result<Option<ReminderSettings>> {
    conn.prepare_cached(
        "SELECT time_zone, missed_dose_alert_min, escalation_min FROM reminder_settings WHERE person_id = ?1",
    )?
    .query_row([person.0], |r| {
        Ok(ReminderSettings {
            time_zone: r.get(0)?,
            missed_dose_alert_minutes: r.get(1)?,
            escalation_minutes: r.get(2)?,
        })
    })
    .optional()
    .map_err(Error::from)
}

/// Saves a person's reminder settings (checked by the caller with
/// `ReminderSettings::validated` and `zones::time_zone`), replacing any before.
pub fn set_settings(
    tx: &Transaction<'_>,
    person: PersonId,
    settings: &ReminderSettings,
    by: PersonId,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO reminder_settings (person_id, time_zone, missed_dose_alert_min, escalation_min, set_by, set_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (person_id) DO UPDATE SET time_zone = ?2, missed_dose_alert_min = ?3, escalation_min = ?4,
                                               set_by = ?5, set_at_ms = ?6",
        (
            person.0,
            &settings.time_zone,
            settings.missed_dose_alert_minutes,
            settings.escalation_minutes,
            by.0,
            now.timestamp_millis(),
        ),
    )?;
    Ok(())
}
