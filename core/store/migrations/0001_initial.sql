-- Saathi schema, version 1.
--
-- Conventions
-- * Instants are INTEGER milliseconds since the Unix epoch (UTC); `utc_offset_s` is the
--   wall-clock offset where the record was made, so the local day and hour stay right.
-- * Records are versioned, never edited: a correction or deletion inserts a new row with
--   the same `record_id`, `version` + 1, who (`entered_by`) and why (`change_reason`), and
--   flips the old row's `is_latest` to 0. Triggers refuse any other UPDATE and every DELETE.
-- * `patient_id` is whose record it is; `entered_by` is who typed it (patient or helper).
-- * No health value is ever written to `audit_log`.

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('patient', 'helper', 'clinician')),
    birth_year    INTEGER,
    glucose_unit  TEXT    NOT NULL DEFAULT 'mmol/L' CHECK (glucose_unit IN ('mmol/L', 'mg/dL')),
    hba1c_unit    TEXT    NOT NULL DEFAULT 'mmol/mol' CHECK (hba1c_unit IN ('mmol/mol', '%')),
    weight_unit   TEXT    NOT NULL DEFAULT 'kg' CHECK (weight_unit IN ('kg', 'st-lb')),
    created_at_ms INTEGER NOT NULL
);
CREATE UNIQUE INDEX person_name ON person (name COLLATE NOCASE);

CREATE TABLE person_condition (
    person_id INTEGER NOT NULL REFERENCES person (id),
    condition TEXT    NOT NULL,
    PRIMARY KEY (person_id, condition)
) WITHOUT ROWID;

-- Targets set by a clinician. The newest row per (patient, metric) is in force; older rows
-- are the history. Guideline defaults are not stored: they live in code with their source.
CREATE TABLE target_setting (
    id             INTEGER PRIMARY KEY,
    patient_id     INTEGER NOT NULL REFERENCES person (id),
    metric         TEXT    NOT NULL,
    low            REAL,
    high           REAL    NOT NULL,
    high_secondary REAL,
    set_by         INTEGER NOT NULL REFERENCES person (id),
    set_at_ms      INTEGER NOT NULL,
    reason         TEXT
);
CREATE INDEX target_setting_patient ON target_setting (patient_id, metric, id);

-- A run of NICE's home blood-pressure protocol.
CREATE TABLE bp_protocol (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES person (id),
    started_at_ms INTEGER NOT NULL,
    utc_offset_s  INTEGER NOT NULL,
    planned_days  INTEGER NOT NULL CHECK (planned_days BETWEEN 4 AND 7),
    entered_by    INTEGER NOT NULL REFERENCES person (id)
);
CREATE INDEX bp_protocol_patient ON bp_protocol (patient_id, id);

CREATE TABLE glucose (
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
    mmol           REAL    NOT NULL,
    entered_value  REAL    NOT NULL,
    entered_unit   TEXT    NOT NULL,
    context        TEXT    NOT NULL,
    UNIQUE (record_id, version)
);
-- Covers summaries: the scan never touches the table.
CREATE INDEX glucose_current ON glucose (patient_id, taken_at_ms, utc_offset_s, mmol, context)
    WHERE is_latest = 1 AND deleted = 0;

CREATE TABLE blood_pressure (
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
    systolic       INTEGER NOT NULL,
    diastolic      INTEGER NOT NULL,
    pulse          INTEGER,
    arm            TEXT,
    position       TEXT,
    UNIQUE (record_id, version)
);
CREATE INDEX blood_pressure_current ON blood_pressure (patient_id, taken_at_ms)
    WHERE is_latest = 1 AND deleted = 0;

-- Which blood-pressure records belong to a protocol run. Keyed by record_id, so a
-- corrected reading stays in its run.
CREATE TABLE bp_protocol_reading (
    protocol_id INTEGER NOT NULL REFERENCES bp_protocol (id),
    record_id   INTEGER NOT NULL,
    PRIMARY KEY (protocol_id, record_id)
) WITHOUT ROWID;

CREATE TABLE weight (
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
    kg             REAL    NOT NULL,
    entered_unit   TEXT    NOT NULL,
    UNIQUE (record_id, version)
);
CREATE INDEX weight_current ON weight (patient_id, taken_at_ms) WHERE is_latest = 1 AND deleted = 0;

CREATE TABLE hba1c (
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
    mmol_per_mol   REAL    NOT NULL,
    entered_value  REAL    NOT NULL,
    entered_unit   TEXT    NOT NULL,
    UNIQUE (record_id, version)
);
CREATE INDEX hba1c_current ON hba1c (patient_id, taken_at_ms) WHERE is_latest = 1 AND deleted = 0;

CREATE TABLE activity (
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
    minutes        INTEGER,
    kind           TEXT,
    intensity      TEXT,
    steps          INTEGER,
    UNIQUE (record_id, version)
);
CREATE INDEX activity_current ON activity (patient_id, taken_at_ms) WHERE is_latest = 1 AND deleted = 0;

-- A medicine regimen; changes are new versions like readings. `taken_at_ms` is when this
-- version starts to apply.
CREATE TABLE regimen (
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
    name           TEXT    NOT NULL,
    dose           TEXT    NOT NULL,
    times          TEXT    NOT NULL, -- "08:00,20:00", local wall-clock times
    with_food      TEXT    NOT NULL,
    UNIQUE (record_id, version)
);
CREATE INDEX regimen_current ON regimen (patient_id) WHERE is_latest = 1 AND deleted = 0;

CREATE TABLE dose_event (
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
    regimen_record INTEGER NOT NULL,
    scheduled      TEXT    NOT NULL, -- "08:00"
    status         TEXT    NOT NULL CHECK (status IN ('taken', 'late', 'skipped')),
    UNIQUE (record_id, version)
);
CREATE INDEX dose_event_current ON dose_event (patient_id, taken_at_ms) WHERE is_latest = 1 AND deleted = 0;

-- Who did what to whose record. Append-only; never holds a health value.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at_ms       INTEGER NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES person (id),
    patient_id  INTEGER REFERENCES person (id),
    action      TEXT    NOT NULL,
    record_kind TEXT,
    record_id   INTEGER
);
CREATE INDEX audit_log_patient ON audit_log (patient_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;


-- Versioned records are immutable: only is_latest may change, once, from 1 to 0; nothing is deleted.
CREATE TRIGGER glucose_values_fixed BEFORE UPDATE OF
    id, record_id, version, deleted, patient_id, entered_by,
    taken_at_ms, utc_offset_s, entered_at_ms, source, change_reason, mmol,
    entered_value, entered_unit, context
ON glucose BEGIN SELECT RAISE(ABORT, 'glucose rows are never changed: add a new version'); END;
CREATE TRIGGER glucose_latest_once BEFORE UPDATE OF is_latest ON glucose
WHEN NOT (OLD.is_latest = 1 AND NEW.is_latest = 0)
BEGIN SELECT RAISE(ABORT, 'glucose rows are never changed: add a new version'); END;
CREATE TRIGGER glucose_no_delete BEFORE DELETE ON glucose
BEGIN SELECT RAISE(ABORT, 'glucose rows are never deleted: add a deleting version'); END;
CREATE TRIGGER blood_pressure_values_fixed BEFORE UPDATE OF
    id, record_id, version, deleted, patient_id, entered_by,
    taken_at_ms, utc_offset_s, entered_at_ms, source, change_reason, systolic,
    diastolic, pulse, arm, position
ON blood_pressure BEGIN SELECT RAISE(ABORT, 'blood_pressure rows are never changed: add a new version'); END;
CREATE TRIGGER blood_pressure_latest_once BEFORE UPDATE OF is_latest ON blood_pressure
WHEN NOT (OLD.is_latest = 1 AND NEW.is_latest = 0)
BEGIN SELECT RAISE(ABORT, 'blood_pressure rows are never changed: add a new version'); END;
CREATE TRIGGER blood_pressure_no_delete BEFORE DELETE ON blood_pressure
BEGIN SELECT RAISE(ABORT, 'blood_pressure rows are never deleted: add a deleting version'); END;
CREATE TRIGGER weight_values_fixed BEFORE UPDATE OF
    id, record_id, version, deleted, patient_id, entered_by,
    taken_at_ms, utc_offset_s, entered_at_ms, source, change_reason, kg,
    entered_unit
ON weight BEGIN SELECT RAISE(ABORT, 'weight rows are never changed: add a new version'); END;
CREATE TRIGGER weight_latest_once BEFORE UPDATE OF is_latest ON weight
WHEN NOT (OLD.is_latest = 1 AND NEW.is_latest = 0)
BEGIN SELECT RAISE(ABORT, 'weight rows are never changed: add a new version'); END;
CREATE TRIGGER weight_no_delete BEFORE DELETE ON weight
BEGIN SELECT RAISE(ABORT, 'weight rows are never deleted: add a deleting version'); END;
CREATE TRIGGER hba1c_values_fixed BEFORE UPDATE OF
    id, record_id, version, deleted, patient_id, entered_by,
    taken_at_ms, utc_offset_s, entered_at_ms, source, change_reason, mmol_per_mol,
    entered_value, entered_unit
ON hba1c BEGIN SELECT RAISE(ABORT, 'hba1c rows are never changed: add a new version'); END;
CREATE TRIGGER hba1c_latest_once BEFORE UPDATE OF is_latest ON hba1c
WHEN NOT (OLD.is_latest = 1 AND NEW.is_latest = 0)
BEGIN SELECT RAISE(ABORT, 'hba1c rows are never changed: add a new version'); END;
CREATE TRIGGER hba1c_no_delete BEFORE DELETE ON hba1c
BEGIN SELECT RAISE(ABORT, 'hba1c rows are never deleted: add a deleting version'); END;
CREATE TRIGGER activity_values_fixed BEFORE UPDATE OF
    id, record_id, version, deleted, patient_id, entered_by,
    taken_at_ms, utc_offset_s, entered_at_ms, source, change_reason, minutes,
    kind, intensity, steps
ON activity BEGIN SELECT RAISE(ABORT, 'activity rows are never changed: add a new version'); END;
CREATE TRIGGER activity_latest_once BEFORE UPDATE OF is_latest ON activity
WHEN NOT (OLD.is_latest = 1 AND NEW.is_latest = 0)
BEGIN SELECT RAISE(ABORT, 'activity rows are never changed: add a new version'); END;
CREATE TRIGGER activity_no_delete BEFORE DELETE ON activity
BEGIN SELECT RAISE(ABORT, 'activity rows are never deleted: add a deleting version'); END;
CREATE TRIGGER regimen_values_fixed BEFORE UPDATE OF
    id, record_id, version, deleted, patient_id, entered_by,
    taken_at_ms, utc_offset_s, entered_at_ms, source, change_reason, name,
    dose, times, with_food
ON regimen BEGIN SELECT RAISE(ABORT, 'regimen rows are never changed: add a new version'); END;
CREATE TRIGGER regimen_latest_once BEFORE UPDATE OF is_latest ON regimen
WHEN NOT (OLD.is_latest = 1 AND NEW.is_latest = 0)
BEGIN SELECT RAISE(ABORT, 'regimen rows are never changed: add a new version'); END;
CREATE TRIGGER regimen_no_delete BEFORE DELETE ON regimen
BEGIN SELECT RAISE(ABORT, 'regimen rows are never deleted: add a deleting version'); END;
CREATE TRIGGER dose_event_values_fixed BEFORE UPDATE OF
    id, record_id, version, deleted, patient_id, entered_by,
    taken_at_ms, utc_offset_s, entered_at_ms, source, change_reason, regimen_record,
    scheduled, status
ON dose_event BEGIN SELECT RAISE(ABORT, 'dose_event rows are never changed: add a new version'); END;
CREATE TRIGGER dose_event_latest_once BEFORE UPDATE OF is_latest ON dose_event
WHEN NOT (OLD.is_latest = 1 AND NEW.is_latest = 0)
BEGIN SELECT RAISE(ABORT, 'dose_event rows are never changed: add a new version'); END;
CREATE TRIGGER dose_event_no_delete BEFORE DELETE ON dose_event
BEGIN SELECT RAISE(ABORT, 'dose_event rows are never deleted: add a deleting version'); END;
