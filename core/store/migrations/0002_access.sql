-- Saathi schema, version 2: delegated access and a tamper-evident audit trail.
--
-- * access_grant: what a patient lets a helper or clinician do, until when, in which
--   weekly window, on what legal basis; revocation is recorded, final, and never deleted.
-- * invitation: codes are stored only as SHA-256 hashes; single use; they expire.
-- * person_pin: argon2id PHC strings and the count of wrong attempts.
-- * audit_log becomes a hash chain (prev_hash, hash), with audit_head recording the
--   length and last hash so that removing entries from the end is detected too.

CREATE TABLE access_grant (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES person (id),
    grantee_id    INTEGER NOT NULL REFERENCES person (id),
    scopes        TEXT    NOT NULL, -- comma-separated scope codes
    starts_at_ms  INTEGER NOT NULL,
    ends_at_ms    INTEGER,
    window_days   INTEGER,          -- bit 0 is Monday ... bit 6 Sunday
    window_from   TEXT,             -- "09:00", the patient's wall clock
    window_to     TEXT,
    legal_basis   TEXT    NOT NULL,
    created_by    INTEGER NOT NULL REFERENCES person (id),
    created_at_ms INTEGER NOT NULL,
    revoked_at_ms INTEGER,
    revoked_by    INTEGER REFERENCES person (id),
    end_reason    TEXT,
    CHECK (patient_id <> grantee_id),
    CHECK ((revoked_at_ms IS NULL) = (end_reason IS NULL))
);
CREATE INDEX access_grant_pair ON access_grant (patient_id, grantee_id);
CREATE INDEX access_grant_grantee ON access_grant (grantee_id);

CREATE TRIGGER access_grant_revocation_is_final BEFORE UPDATE ON access_grant
WHEN OLD.revoked_at_ms IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a revoked grant is never changed'); END;
CREATE TRIGGER access_grant_who_is_fixed BEFORE UPDATE OF id, patient_id, grantee_id, created_by, created_at_ms
ON access_grant BEGIN SELECT RAISE(ABORT, 'a grant belongs to one patient and one grantee'); END;
CREATE TRIGGER access_grant_no_delete BEFORE DELETE ON access_grant
BEGIN SELECT RAISE(ABORT, 'grants are revoked, never deleted'); END;

CREATE TABLE invitation (
    id            INTEGER PRIMARY KEY,
    code_hash     BLOB    NOT NULL UNIQUE,
    patient_id    INTEGER NOT NULL REFERENCES person (id),
    scopes        TEXT    NOT NULL,
    grant_days    INTEGER,          -- how long the grant lasts once accepted; NULL: until revoked
    window_days   INTEGER,
    window_from   TEXT,
    window_to     TEXT,
    legal_basis   TEXT    NOT NULL,
    created_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    used_at_ms    INTEGER,
    used_by       INTEGER REFERENCES person (id),
    grant_id      INTEGER REFERENCES access_grant (id)
);

CREATE TABLE person_pin (
    person_id       INTEGER PRIMARY KEY REFERENCES person (id),
    phc             TEXT    NOT NULL,
    failures        INTEGER NOT NULL DEFAULT 0,
    last_failure_ms INTEGER
);

ALTER TABLE audit_log ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit_log ADD COLUMN prev_hash BLOB;
ALTER TABLE audit_log ADD COLUMN hash BLOB;

-- Appending must stay cheap (every logged reading appends): the per-patient index cost a
-- page write on each append for a screen the patient opens now and then, which scans.
DROP INDEX audit_log_patient;

CREATE TABLE audit_head (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    entries INTEGER NOT NULL,
    hash    BLOB    NOT NULL
);

-- Entries written before the chain existed are sealed once (hash filled in) by the
-- migration; after that, nothing in audit_log changes.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.hash IS NULL AND NEW.id = OLD.id AND NEW.at_ms = OLD.at_ms AND NEW.actor_id = OLD.actor_id
          AND NEW.patient_id IS OLD.patient_id AND NEW.action = OLD.action
          AND NEW.record_kind IS OLD.record_kind AND NEW.record_id IS OLD.record_id
          AND NEW.private = OLD.private)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN SELECT RAISE(ABORT, 'audit_head is never deleted'); END;
