-- Saathi schema, version 5: content (issue 5).
--
-- * content_assignment: a lesson, a food or a swap a dietitian or clinician assigned to a
--   patient, with an optional note and due date (a date on the patient's calendar), and
--   when it was assigned with the wall-clock offset there. Append-only: a withdrawal is a
--   row in content_assignment_withdrawal, so who assigned what stays on record.
-- * content_progress: how far a person got with an item (started, heard N %, completed).
--   Append-only history; the latest row per item is where they are.
-- * content_profile: per person, the diet rules they keep, their interests, whether they
--   keep religious fasts, and their text size. One row, replaced.
-- Item ids are the content pack's ids (kebab-case), never free text.

CREATE TABLE content_assignment (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES person (id),
    by_id         INTEGER NOT NULL REFERENCES person (id),
    item_kind     TEXT    NOT NULL CHECK (item_kind IN ('lesson', 'food', 'swap')),
    item_id       TEXT    NOT NULL, -- the lesson or food; for a swap the food it replaces
    swap_to       TEXT,             -- for a swap, the food to have instead
    note          TEXT,
    due_on        TEXT,             -- "2026-07-01", a local date
    assigned_at_ms INTEGER NOT NULL,
    utc_offset_s  INTEGER NOT NULL,
    CHECK ((item_kind = 'swap') = (swap_to IS NOT NULL))
);
CREATE INDEX content_assignment_patient ON content_assignment (patient_id);
CREATE TRIGGER content_assignment_no_update BEFORE UPDATE ON content_assignment
BEGIN SELECT RAISE(ABORT, 'content_assignment is append-only'); END;
CREATE TRIGGER content_assignment_no_delete BEFORE DELETE ON content_assignment
BEGIN SELECT RAISE(ABORT, 'content_assignment is append-only'); END;

CREATE TABLE content_assignment_withdrawal (
    assignment_id INTEGER PRIMARY KEY REFERENCES content_assignment (id),
    by_id         INTEGER NOT NULL REFERENCES person (id),
    at_ms         INTEGER NOT NULL
);
CREATE TRIGGER content_assignment_withdrawal_no_update BEFORE UPDATE ON content_assignment_withdrawal
BEGIN SELECT RAISE(ABORT, 'content_assignment_withdrawal is append-only'); END;
CREATE TRIGGER content_assignment_withdrawal_no_delete BEFORE DELETE ON content_assignment_withdrawal
BEGIN SELECT RAISE(ABORT, 'content_assignment_withdrawal is append-only'); END;

CREATE TABLE content_progress (
    id         INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES person (id),
    by_id      INTEGER NOT NULL REFERENCES person (id),
    item_kind  TEXT    NOT NULL CHECK (item_kind IN ('lesson', 'food', 'swap')),
    item_id    TEXT    NOT NULL,
    swap_to    TEXT,
    state      TEXT    NOT NULL CHECK (state IN ('started', 'heard', 'completed')),
    percent    INTEGER CHECK (percent BETWEEN 0 AND 100),
    at_ms      INTEGER NOT NULL,
    CHECK ((item_kind = 'swap') = (swap_to IS NOT NULL)),
    CHECK ((state = 'heard') = (percent IS NOT NULL))
);
CREATE INDEX content_progress_patient ON content_progress (patient_id, item_kind, item_id);
CREATE TRIGGER content_progress_no_update BEFORE UPDATE ON content_progress
BEGIN SELECT RAISE(ABORT, 'content_progress is append-only'); END;
CREATE TRIGGER content_progress_no_delete BEFORE DELETE ON content_progress
BEGIN SELECT RAISE(ABORT, 'content_progress is append-only'); END;

CREATE TABLE content_profile (
    person_id INTEGER PRIMARY KEY REFERENCES person (id),
    diet      TEXT    NOT NULL, -- "vegetarian,halal", codes in the order chosen
    interests TEXT    NOT NULL, -- "food,fasting"
    fasts     INTEGER NOT NULL CHECK (fasts IN (0, 1)),
    text_size TEXT    NOT NULL CHECK (text_size IN ('small', 'standard', 'large', 'largest')),
    set_by    INTEGER NOT NULL REFERENCES person (id),
    set_at_ms INTEGER NOT NULL
);
