-- Saathi schema, version 4: reminders.
--
-- * reminder_schedule: what to remind (a medicine regimen, or a reading to take), at which
--   wall-clock times, on which days. Versioned like regimens: a change or a pause is a new
--   version with who and why; `taken_at_ms` is when the version starts to apply.
-- * reminder_settings: per person, the IANA zone reminders are computed in, and whether
--   (and how long after) helpers with the receive-alerts grant are told of a missed dose or
--   a dangerous reading. NULL delay: helpers are not told.
-- * ramadan_day: each fasting day's suhoor and iftar, on the person's wall clock.
-- * helper_alert and alert_acknowledgement: which alerts went to whom, and which the
--   patient acknowledged, each by a key that names a dose or a reading record, never a
--   health value. Append-only.

CREATE TABLE reminder_schedule (
    id             INTEGER PRIMARY KEY,
    record_id      INTEGER NOT NULL,
    version        INTEGER NOT NULL,
    is_latest      INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0,
    patient_id     INTEGER NOT NULL REFERENCES person (id),
    entered_by     INTEGER NOT NULL REFERENCES person (id),
    taken_at_ms    INTEGER NOT NULL,
    utc_offset_s   INTEGER NOT NULL,
    entered_at_ms  INTEGER NOT NULL,
    source         TEXT    NOT NULL,
    change_reason  TEXT,
    subject        TEXT    NOT NULL CHECK (subject IN ('medicine', 'reading')),
    regimen_record INTEGER,          -- medicine: the regimen's record id
    reading_kind   TEXT,             -- reading: 'glucose', 'blood-pressure', ...
    context        TEXT,             -- reading: a glucose context, or NULL for any
    times          TEXT    NOT NULL, -- "08:00,20:00", local wall-clock times
    recurrence     TEXT    NOT NULL CHECK (recurrence IN ('daily', 'weekdays', 'every-n-days')),
    weekdays       INTEGER,          -- bit 0 is Monday ... bit 6 Sunday
    every_days     INTEGER,
    starts_on      TEXT    NOT NULL, -- "2026-03-27", a local date
    ends_on        TEXT,             -- the last local date, inclusive
    paused         INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    CHECK ((subject = 'medicine') = (regimen_record IS NOT NULL)),
    CHECK ((subject = 'reading') = (reading_kind IS NOT NULL)),
    CHECK ((recurrence = 'weekdays') = (weekdays IS NOT NULL)),
    CHECK ((recurrence = 'every-n-days') = (every_days IS NOT NULL)),
    UNIQUE (record_id, version)
);
CREATE INDEX reminder_schedule_current ON reminder_schedule (patient_id) WHERE is_latest = 1 AND deleted = 0;

CREATE TRIGGER reminder_schedule_values_fixed BEFORE UPDATE OF
    id, record_id, version, deleted, patient_id, entered_by,
    taken_at_ms, utc_offset_s, entered_at_ms, source, change_reason, subject,
    regimen_record, reading_kind, context, times, recurrence, weekdays, every_days,
    starts_on, ends_on, paused
ON reminder_schedule BEGIN SELECT RAISE(ABORT, 'reminder_schedule rows are never changed: add a new version'); END;
CREATE TRIGGER reminder_schedule_latest_once BEFORE UPDATE OF is_latest ON reminder_schedule
WHEN NOT (OLD.is_latest = 1 AND NEW.is_latest = 0)
BEGIN SELECT RAISE(ABORT, 'reminder_schedule rows are never changed: add a new version'); END;
CREATE TRIGGER reminder_schedule_no_delete BEFORE DELETE ON reminder_schedule
BEGIN SELECT RAISE(ABORT, 'reminder_schedule rows are never deleted: add a deleting version'); END;

CREATE TABLE reminder_settings (
    person_id             INTEGER PRIMARY KEY REFERENCES person (id),
    time_zone             TEXT    NOT NULL,
    missed_dose_alert_min INTEGER CHECK (missed_dose_alert_min BETWEEN 0 AND 720),
    escalation_min        INTEGER CHECK (escalation_min BETWEEN 0 AND 720),
    set_by                INTEGER NOT NULL REFERENCES person (id),
    set_at_ms             INTEGER NOT NULL
);

CREATE TABLE ramadan_day (
    patient_id INTEGER NOT NULL REFERENCES person (id),
    date       TEXT    NOT NULL, -- "2026-02-18", a local date
    suhoor     TEXT    NOT NULL, -- "05:12", when eating stops
    iftar      TEXT    NOT NULL, -- "17:41", when the fast ends
    CHECK (suhoor < iftar),
    PRIMARY KEY (patient_id, date)
) WITHOUT ROWID;

CREATE TABLE helper_alert (
    id         INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES person (id),
    helper_id  INTEGER NOT NULL REFERENCES person (id),
    about      TEXT    NOT NULL, -- "missed-dose/12/2026-03-29/08:00", "reading/glucose/45"
    sent_at_ms INTEGER NOT NULL,
    UNIQUE (patient_id, helper_id, about)
);
CREATE TRIGGER helper_alert_no_update BEFORE UPDATE ON helper_alert
BEGIN SELECT RAISE(ABORT, 'helper_alert is append-only'); END;
CREATE TRIGGER helper_alert_no_delete BEFORE DELETE ON helper_alert
BEGIN SELECT RAISE(ABORT, 'helper_alert is append-only'); END;

CREATE TABLE alert_acknowledgement (
    patient_id INTEGER NOT NULL REFERENCES person (id),
    about      TEXT    NOT NULL,
    by_id      INTEGER NOT NULL REFERENCES person (id),
    at_ms      INTEGER NOT NULL,
    PRIMARY KEY (patient_id, about)
) WITHOUT ROWID;
CREATE TRIGGER alert_acknowledgement_no_update BEFORE UPDATE ON alert_acknowledgement
BEGIN SELECT RAISE(ABORT, 'alert_acknowledgement is append-only'); END;
CREATE TRIGGER alert_acknowledgement_no_delete BEFORE DELETE ON alert_acknowledgement
BEGIN SELECT RAISE(ABORT, 'alert_acknowledgement is append-only'); END;
