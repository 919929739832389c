-- Saathi schema: per-day glucose tallies that summaries keep (see src/glucose_days.rs).
-- Derived data only: each row is what counting one local day's current glucose readings in
-- one context gives (saathi_domain::summary::tally_glucose). Whatever changes a day's
-- readings (a new reading, a correction, a deletion: each inserts a row, and the last two
-- also mark one superseded) deletes that day's rows in the same transaction, through the
-- triggers below, whichever connection makes the change; the next summary counts the day
-- again. Emptying this table at any time loses nothing.
--
-- No foreign key on patient_id: with one, SQLite cannot delete a day's rows in one pass and
-- builds a temporary table every time a reading is logged (measured: about a third more
-- instructions per logged reading). Rows are only ever written for readings' patients.
CREATE TABLE glucose_day (
    patient_id  INTEGER NOT NULL,
    -- The local date: days since 1970-01-01 on the wall clock where the readings were taken.
    day         INTEGER NOT NULL,
    context     TEXT    NOT NULL,
    -- What the bands were counted against: the target range then in force for the context,
    -- and the band rules (saathi_domain::bands::GLUCOSE_BANDS_VERSION). Either one
    -- different now: the day is counted again.
    target_low  REAL    NOT NULL,
    target_high REAL    NOT NULL,
    bands       INTEGER NOT NULL,
    readings    INTEGER NOT NULL CHECK (readings > 0),
    mmol_sum    REAL    NOT NULL,
    mmol_min    REAL    NOT NULL,
    mmol_max    REAL    NOT NULL,
    in_range    INTEGER NOT NULL,
    low         INTEGER NOT NULL, -- severe lows included
    high        INTEGER NOT NULL,
    severe_low  INTEGER NOT NULL,
    PRIMARY KEY (patient_id, day, context)
) WITHOUT ROWID;

-- The day of a reading is worked out as saathi_domain's local_day_number does: its local
-- milliseconds (an offset chrono cannot represent, a day or more, counts as UTC) divided by
-- a day's, rounded down (SQLite's `/` rounds towards zero, hence the remainder dance).
CREATE TRIGGER glucose_day_forget_new AFTER INSERT ON glucose
BEGIN
    DELETE FROM glucose_day
    WHERE patient_id = NEW.patient_id
      AND day = (NEW.taken_at_ms + 1000 * (CASE WHEN abs(NEW.utc_offset_s) < 86400 THEN NEW.utc_offset_s ELSE 0 END)
                 - ((NEW.taken_at_ms + 1000 * (CASE WHEN abs(NEW.utc_offset_s) < 86400 THEN NEW.utc_offset_s ELSE 0 END))
                    % 86400000 + 86400000) % 86400000) / 86400000;
END;
CREATE TRIGGER glucose_day_forget_superseded AFTER UPDATE OF is_latest ON glucose
BEGIN
    DELETE FROM glucose_day
    WHERE patient_id = OLD.patient_id
      AND day = (OLD.taken_at_ms + 1000 * (CASE WHEN abs(OLD.utc_offset_s) < 86400 THEN OLD.utc_offset_s ELSE 0 END)
                 - ((OLD.taken_at_ms + 1000 * (CASE WHEN abs(OLD.utc_offset_s) < 86400 THEN OLD.utc_offset_s ELSE 0 END))
                    % 86400000 + 86400000) % 86400000) / 86400000;
END;
