//! Reminders in storage: schedules as versioned records, settings, fasting days, alerts
//! sent and acknowledged, and zones resolved from the system's database; then the domain
//! computing reminders from what the store hands back.

mod common;

use chrono::{Duration, NaiveDate, NaiveTime, Weekday};
use rusqlite::ErrorCode;
use saathi_domain::alerts::{AlertAbout, SentAlert};
use saathi_domain::grants::WeeklyWindow;
use saathi_domain::person::Role;
use saathi_domain::plausibility::{Field, ValidationError};
use saathi_domain::ramadan::RamadanDay;
use saathi_domain::reading::{GlucoseContext, ReadingKind, RecordId};
use saathi_domain::reminders::{Moved, Plan, ReminderSettings, next_fire};
use saathi_domain::schedule::{Recurrence, Schedule, Subject};
use saathi_store::{Error, alerts, ramadan, records, schedules, zones};

use common::{TestDb, TestResult, change, meta, taken, utc};

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("a valid time")
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("a valid date")
}

fn metformin_reminder(regimen: RecordId) -> Schedule {
    Schedule {
        subject: Subject::Medicine { regimen },
        times: vec![hm(8, 0), hm(20, 0)],
        recurrence: Recurrence::Daily,
        starts: date(2, 1),
        ends: Some(date(12, 31)),
        paused: false,
    }
}

/// One schedule of every shape the table holds.
fn every_shape() -> Vec<Schedule> {
    vec![
        metformin_reminder(RecordId(41)),
        Schedule {
            subject: Subject::Reading { kind: ReadingKind::BloodPressure, context: None },
            times: vec![hm(7, 30), hm(19, 30)],
            recurrence: Recurrence::Weekdays {
                days: WeeklyWindow::day_bit(Weekday::Mon) | WeeklyWindow::day_bit(Weekday::Sun),
            },
            starts: date(3, 1),
            ends: None,
            paused: false,
        },
        Schedule {
            subject: Subject::Reading { kind: ReadingKind::Glucose, context: Some(GlucoseContext::Fasting) },
            times: vec![hm(6, 45)],
            recurrence: Recurrence::EveryNDays { n: 3 },
            starts: date(3, 27),
            ends: None,
            paused: false,
        },
        Schedule {
            subject: Subject::Reading { kind: ReadingKind::Weight, context: None },
            times: vec![hm(0, 15)],
            recurrence: Recurrence::Daily,
            starts: date(1, 1),
            ends: None,
            paused: true,
        },
    ]
}

#[test]
fn schedules_of_every_shape_read_back_whole() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    let bina = db.person("Bina", Role::Patient)?;
    let when = taken(utc(2026, 3, 1, 9, 0), 0);
    let shapes = every_shape();
    let ids = db.store.write(|tx| -> saathi_store::Result<Vec<RecordId>> {
        let mut ids = Vec::new();
        for (i, s) in shapes.iter().enumerate() {
            let by = if i % 2 == 0 { asha } else { ravi };
            ids.push(records::insert(tx, &meta(asha, by, when), s)?);
        }
        records::insert(tx, &meta(bina, bina, when), &shapes[0])?;
        Ok(ids)
    })?;
    let current = schedules::current(db.store.conn(), asha)?;
    let got: Vec<_> = current.iter().map(|r| (r.meta.record_id, r.meta.version, r.value.clone())).collect();
    let want: Vec<_> = ids.iter().zip(&shapes).map(|(id, s)| (*id, 1, s.clone())).collect();
    assert_eq!(got, want);
    assert_eq!(current[1].meta.entered_by, ravi);
    assert_eq!(current[0].meta.taken, when);
    assert_eq!(schedules::current(db.store.conn(), bina)?.len(), 1);
    assert!(schedules::current(db.store.conn(), ravi)?.is_empty());
    Ok(())
}

#[test]
fn pausing_and_removing_add_versions_with_who_and_why() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    let start = taken(utc(2026, 3, 1, 9, 0), 0);
    let id = db
        .store
        .write(|tx| records::insert(tx, &meta(asha, asha, start), &metformin_reminder(RecordId(41))))?;
    let from = taken(utc(2026, 7, 1, 9, 0), 3600);
    let v = db
        .store
        .write(|tx| schedules::set_paused(tx, asha, id, true, from, &change(ravi, "in hospital"), from.at))?;
    assert_eq!(v, 2);
    let now = schedules::get(db.store.conn(), asha, id)?;
    assert!(now.value.paused);
    assert_eq!((now.meta.version, now.meta.taken, now.meta.entered_by), (2, from, ravi));
    let history = records::history::<Schedule>(db.store.conn(), asha, id)?;
    let paused: Vec<_> = history.iter().map(|v| (v.record.value.paused, v.is_latest)).collect();
    assert_eq!(paused, [(false, false), (true, true)]);

    db.store.write(|tx| records::delete::<Schedule>(tx, asha, id, &change(asha, "stopped"), from.at))?;
    assert!(schedules::current(db.store.conn(), asha)?.is_empty());
    assert_eq!(db.count("reminder_schedule")?, 3, "every version kept");
    let missing = db
        .store
        .write(|tx| schedules::set_paused(tx, asha, id, false, from, &change(asha, "home again"), from.at));
    assert!(matches!(missing, Err(Error::NotFound { what: "reminder" })));
    Ok(())
}

#[test]
fn the_schema_refuses_edits_and_deletions_of_schedules_and_alerts() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    let when = utc(2026, 7, 1, 9, 0);
    let about = AlertAbout::DangerousReading { kind: ReadingKind::Glucose, record: RecordId(3) };
    db.store.write(|tx| -> saathi_store::Result<()> {
        records::insert(tx, &meta(asha, asha, taken(when, 3600)), &metformin_reminder(RecordId(41)))?;
        alerts::record_sent(tx, asha, ravi, &about, when)?;
        alerts::acknowledge(tx, asha, &about, asha, when)?;
        Ok(())
    })?;
    for sql in [
        "UPDATE reminder_schedule SET times = '09:00'",
        "UPDATE reminder_schedule SET paused = 1",
        "DELETE FROM reminder_schedule",
        "UPDATE helper_alert SET helper_id = 1",
        "DELETE FROM helper_alert",
        "UPDATE alert_acknowledgement SET at_ms = 0",
        "DELETE FROM alert_acknowledgement",
    ] {
        let e = db.store.conn().execute_batch(sql).err().ok_or(format!("SQLite accepted: {sql}"))?;
        assert_eq!(e.sqlite_error_code(), Some(ErrorCode::ConstraintViolation), "{sql}: {e}");
    }
    assert_eq!(db.count("reminder_schedule")?, 1);
    assert_eq!(db.count("helper_alert")?, 1);
    Ok(())
}

#[test]
fn settings_are_saved_and_replaced() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    assert_eq!(schedules::settings(db.store.conn(), asha)?, None);
    let first =
        ReminderSettings { missed_dose_alert_minutes: Some(30), ..ReminderSettings::new("Europe/London") };
    db.store.write(|tx| schedules::set_settings(tx, asha, &first, asha, utc(2026, 7, 1, 9, 0)))?;
    assert_eq!(schedules::settings(db.store.conn(), asha)?, Some(first));
    let second = ReminderSettings { escalation_minutes: Some(0), ..ReminderSettings::new("Asia/Kolkata") };
    db.store.write(|tx| schedules::set_settings(tx, asha, &second, ravi, utc(2026, 7, 2, 9, 0)))?;
    assert_eq!(schedules::settings(db.store.conn(), asha)?, Some(second));
    assert_eq!(db.count("reminder_settings")?, 1);
    // A delay past the limit never reaches the table, even around the domain's check.
    let too_long = ReminderSettings { escalation_minutes: Some(721), ..ReminderSettings::new("UTC") };
    let refused =
        db.store.write(|tx| schedules::set_settings(tx, asha, &too_long, asha, utc(2026, 7, 3, 9, 0)));
    assert!(matches!(refused, Err(Error::Sqlite(_))));
    assert_eq!(schedules::settings(db.store.conn(), asha)?.map(|s| s.time_zone), Some("Asia/Kolkata".into()));
    Ok(())
}

fn day(d: u32, suhoor: NaiveTime, iftar: NaiveTime) -> RamadanDay {
    RamadanDay { date: date(2, d), suhoor, iftar }
}

#[test]
fn fasting_days_are_set_replaced_read_by_range_and_removed() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let bina = db.person("Bina", Role::Patient)?;
    let days =
        [day(18, hm(5, 25), hm(17, 31)), day(19, hm(5, 23), hm(17, 33)), day(20, hm(5, 21), hm(17, 35))];
    db.store.write(|tx| -> saathi_store::Result<()> {
        ramadan::set_days(tx, asha, &days)?;
        ramadan::set_days(tx, bina, &days[..1])?;
        ramadan::set_days(tx, asha, &[day(19, hm(5, 22), hm(17, 34))])
    })?;
    let cal = ramadan::days(db.store.conn(), asha, date(2, 1), date(2, 28))?;
    assert_eq!(cal.days(), &[days[0], day(19, hm(5, 22), hm(17, 34)), days[2]]);
    let two = ramadan::days(db.store.conn(), asha, date(2, 19), date(2, 20))?;
    assert_eq!(two.days().len(), 2, "both ends included");
    let removed = db.store.write(|tx| ramadan::remove_days(tx, asha, date(2, 19), date(2, 19)))?;
    assert_eq!(removed, 1);
    let cal = ramadan::days(db.store.conn(), asha, date(1, 1), date(12, 31))?;
    let dates: Vec<_> = cal.days().iter().map(|d| d.date).collect();
    assert_eq!(dates, [date(2, 18), date(2, 20)]);
    assert_eq!(ramadan::days(db.store.conn(), bina, date(1, 1), date(12, 31))?.days().len(), 1);
    Ok(())
}

#[test]
fn a_fasting_day_with_iftar_before_suhoor_is_refused_with_its_batch() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let bad = [day(18, hm(5, 25), hm(17, 31)), day(19, hm(17, 33), hm(5, 23))];
    let refused = db.store.write(|tx| ramadan::set_days(tx, asha, &bad));
    assert!(matches!(refused, Err(Error::Sqlite(_))));
    assert_eq!(db.count("ramadan_day")?, 0, "the good day went with the bad one");
    Ok(())
}

#[test]
fn alerts_are_sent_once_and_the_first_acknowledgement_stands() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let ravi = db.person("Ravi", Role::Helper)?;
    let meena = db.person("Meena", Role::Helper)?;
    let dose = AlertAbout::MissedDose { schedule: RecordId(1), date: date(7, 1), slot: hm(23, 30) };
    let reading = AlertAbout::DangerousReading { kind: ReadingKind::BloodPressure, record: RecordId(9) };
    let t = utc(2026, 7, 2, 1, 0);
    let firsts = db.store.write(|tx| -> saathi_store::Result<Vec<bool>> {
        Ok(vec![
            alerts::record_sent(tx, asha, ravi, &dose, t)?,
            alerts::record_sent(tx, asha, ravi, &dose, t + Duration::minutes(5))?,
            alerts::record_sent(tx, asha, meena, &dose, t)?,
            alerts::record_sent(tx, asha, ravi, &reading, t + Duration::hours(1))?,
        ])
    })?;
    assert_eq!(firsts, [true, false, true, true]);
    assert_eq!(
        alerts::sent(db.store.conn(), asha, t)?,
        [
            SentAlert { to: ravi, about: dose, at: t },
            SentAlert { to: meena, about: dose, at: t },
            SentAlert { to: ravi, about: reading, at: t + Duration::hours(1) },
        ]
    );
    assert_eq!(alerts::sent(db.store.conn(), asha, t + Duration::minutes(1))?.len(), 1);
    assert!(alerts::sent(db.store.conn(), ravi, t)?.is_empty());

    assert_eq!(alerts::acknowledgement(db.store.conn(), asha, &reading)?, None);
    let acks = db.store.write(|tx| -> saathi_store::Result<Vec<bool>> {
        Ok(vec![
            alerts::acknowledge(tx, asha, &reading, asha, t)?,
            alerts::acknowledge(tx, asha, &reading, ravi, t + Duration::minutes(3))?,
        ])
    })?;
    assert_eq!(acks, [true, false]);
    assert_eq!(
        alerts::acknowledgement(db.store.conn(), asha, &reading)?,
        Some(alerts::Acknowledgement { by: asha, at: t })
    );
    Ok(())
}

#[test]
fn zones_come_from_the_system_database() -> TestResult {
    let london = zones::time_zone("Europe/London")?;
    assert_eq!(london.iana_name(), Some("Europe/London"));
    assert!(zones::time_zone("Asia/Kolkata").is_ok());
    assert_eq!(
        zones::time_zone("Mars/Olympus_Mons").err(),
        Some(ValidationError::NotAChoice { field: Field::TimeZone })
    );
    assert_eq!(
        zones::time_zone("../../etc/passwd").err(),
        Some(ValidationError::NotAChoice { field: Field::TimeZone })
    );
    assert_eq!(zones::time_zone("").err(), Some(ValidationError::Missing { field: Field::TimeZone }));
    Ok(())
}

#[test]
fn stored_schedules_settings_and_fast_drive_the_next_reminder() -> TestResult {
    let mut db = TestDb::new()?;
    let asha = db.person("Asha", Role::Patient)?;
    let since = taken(utc(2026, 1, 1, 9, 0), 0);
    let settings = ReminderSettings::new("Europe/London");
    db.store.write(|tx| -> saathi_store::Result<()> {
        records::insert(tx, &meta(asha, asha, since), &metformin_reminder(RecordId(41)))?;
        schedules::set_settings(tx, asha, &settings, asha, since.at)?;
        ramadan::set_days(tx, asha, &[day(25, hm(5, 10), hm(17, 45))])
    })?;
    let conn = db.store.conn();
    let stored = schedules::current(conn, asha)?;
    let zone = schedules::settings(conn, asha)?.ok_or("settings")?.time_zone;
    let tz = zones::time_zone(&zone)?;
    let fast = ramadan::days(conn, asha, date(2, 1), date(3, 31))?;
    let plan = Plan { schedules: &stored, tz: &tz, ramadan: &fast };
    let fasting = next_fire(&plan, utc(2026, 2, 24, 21, 0)).ok_or("a reminder")?;
    assert_eq!((fasting.at, fasting.moved), (utc(2026, 2, 25, 4, 40), Some(Moved::BeforeSuhoor)));
    let summer = next_fire(&plan, utc(2026, 7, 1, 0, 0)).ok_or("a reminder")?;
    assert_eq!(
        (summer.at, summer.local_date_time().to_rfc3339()),
        (utc(2026, 7, 1, 7, 0), "2026-07-01T08:00:00+01:00".into())
    );
    Ok(())
}
