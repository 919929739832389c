//! The audit trail is a hash chain: after a realistic mix of actions it verifies, and any
//! editing of the SQLite file behind the app's back (an entry changed, removed, swapped or
//! given another hash, or the end cut off) is detected, and says where.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Duration, NaiveTime};
use rusqlite::Connection;
use tempfile::TempDir;

use common::*;
use saathi_core::{Config, LogOptions, Saathi};
use saathi_domain::audit_chain::Break;
use saathi_domain::grants::{EndReason, Scope};
use saathi_domain::medicine::{DoseStatus, Regimen, WithFood};
use saathi_domain::person::{PersonId, Role};
use saathi_domain::reading::{GlucoseContext, ReadingKind};
use saathi_domain::targets::TargetMetric;

/// A day in a household: a patient, a helper and a clinician doing ordinary things,
/// including refusals, a revocation and a wrong PIN. Returns the closed database's
/// directory, the helper's id (a person without a PIN) and the number of audit rows the
/// app reported as verified.
fn a_realistic_day() -> (TempDir, PersonId, u64) {
    let env = Env::new(gmt(2026, 11, 21, 7, 0));
    let abba = env.person("Abba", Role::Patient);
    let amina = env.person("Amina", Role::Helper);
    let dr = env.person("Dr Rao", Role::Clinician);
    let verified = {
        let step = || env.advance(Duration::minutes(7));
        let a = env.session(&abba);
        let g = a.log(abba.id, mmol(7.2, GlucoseContext::Fasting), LogOptions::default()).expect("log");
        step();
        a.log(abba.id, bp(141, 88, Some(70)), LogOptions::default()).expect("log");
        step();
        let helper = env.share(&abba, &amina, &[Scope::ViewReadings, Scope::LogReadings]);
        env.share(&abba, &dr, &[Scope::ViewSharedReadings, Scope::AssignContent]);
        let m = env.session(&amina);
        step();
        m.log(abba.id, kg(80.5), LogOptions::default()).expect("helper logs");
        readings(&m, &abba);
        let regimen = Regimen {
            name: "Metformin".into(),
            dose: "500 mg".into(),
            times: vec![NaiveTime::from_hms_opt(8, 0, 0).expect("time")],
            with_food: WithFood::With,
        };
        m.add_regimen(abba.id, regimen.clone()).expect_err("no medicines scope");
        step();
        let d = env.session(&dr);
        d.set_target(abba.id, TargetMetric::Hba1c, None, 53.0, None, Some("on gliclazide")).expect("target");
        d.summary_days(abba.id, 7).expect("summary");
        step();
        a.correct(abba.id, g.record, mmol(7.0, GlucoseContext::Fasting), "typo", None).expect("correct");
        let r = a.add_regimen(abba.id, regimen).expect("regimen");
        a.record_dose(abba.id, r, NaiveTime::from_hms_opt(8, 0, 0).expect("time"), DoseStatus::Taken, None)
            .expect("dose");
        step();
        a.revoke(abba.id, helper.id, EndReason::PatientChoice).expect("revoke");
        m.log(abba.id, kg(80.0), LogOptions::default()).expect_err("revoked");
        a.delete(abba.id, ReadingKind::Glucose, g.record, "duplicate").expect("delete");
        step();
        d.set_pin("2468").expect("pin");
        assert!(env.app.unlock(dr.id, "1357").is_err());
        a.verify_audit().expect("verify").expect("an untouched chain verifies")
    };
    (env.close(), amina.id, verified)
}

fn audit_rows(path: &Path) -> u64 {
    let conn = Connection::open(path).expect("open");
    conn.query_row("SELECT count(*) FROM audit_log", [], |r| r.get::<_, i64>(0)).expect("count") as u64
}

/// A copy of the closed database with `sql` applied to it, as someone with the file and a
/// SQLite shell might: the append-only triggers dropped and foreign keys off first.
fn tampered(dir: &TempDir, name: &str, sql: &str) -> PathBuf {
    let original = dir.path().join("saathi.db");
    {
        // Everything is in the main file before copying it.
        let conn = Connection::open(&original).expect("open");
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).expect("checkpoint");
    }
    let copy = dir.path().join(format!("{name}.db"));
    std::fs::copy(&original, &copy).expect("copy");
    let conn = Connection::open(&copy).expect("open the copy");
    conn.execute_batch(
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; PRAGMA foreign_keys = OFF;",
    )
    .expect("drop triggers");
    conn.execute_batch(sql).expect("tamper");
    copy
}

/// What the app says about the chain in `path`.
fn verify(path: &Path, as_person: PersonId) -> Result<u64, Break> {
    let app = Saathi::open(Config {
        clock: Arc::new(|| gmt(2026, 11, 22, 9, 0)),
        ..Config::new(path.to_path_buf())
    })
    .expect("open the tampered file");
    app.session(as_person).expect("session").verify_audit().expect("no storage error")
}

fn id_of(path: &Path, action: &str) -> i64 {
    let conn = Connection::open(path).expect("open");
    conn.query_row("SELECT id FROM audit_log WHERE action = ?1 ORDER BY id LIMIT 1", [action], |r| r.get(0))
        .expect(action)
}

#[test]
fn an_untouched_chain_verifies_with_every_entry_counted() {
    let (dir, amina, verified) = a_realistic_day();
    let path = tampered(&dir, "untouched", "");
    let n = audit_rows(&path);
    let conn = Connection::open(&path).expect("open");
    let mut stmt = conn.prepare("SELECT action FROM audit_log ORDER BY id").expect("prepare");
    let actions: Vec<String> =
        stmt.query_map([], |r| r.get(0)).expect("query").map(|a| a.expect("row")).collect();
    assert_eq!(
        actions,
        [
            "log",
            "log",
            "invite",
            "accept-invite",
            "invite",
            "accept-invite",
            "log",
            "view-readings",
            "denied-manage-medicines",
            "set-target-hba1c",
            "view-summary",
            "correct",
            "add-regimen",
            "record-dose",
            "revoke-patient-choice",
            "denied-log-readings",
            "delete",
            "set-pin",
            "wrong-pin",
        ]
    );
    assert_eq!(n, actions.len() as u64);
    assert_eq!(verified, n, "the running app counted every row");
    // Dropping the triggers, closing and reopening change nothing.
    assert_eq!(verify(&path, amina), Ok(n));
}

#[test]
fn any_tampering_with_the_file_is_detected_and_located() {
    let (dir, amina, _) = a_realistic_day();
    let original = dir.path().join("saathi.db");
    let n = audit_rows(&original) as i64;
    let log = id_of(&original, "log");
    let view = id_of(&original, "view-readings");
    let revoke = id_of(&original, "revoke-patient-choice");
    assert!(1 < view && view < revoke && revoke < n);

    // (a) One entry's action changed: the helper "only looked", never logged.
    let p =
        tampered(&dir, "altered", &format!("UPDATE audit_log SET action = 'view-readings' WHERE id = {log}"));
    assert_eq!(verify(&p, amina), Err(Break::Altered { id: log }));
    // ... or who did it, or whether it was private.
    let p = tampered(&dir, "actor", &format!("UPDATE audit_log SET actor_id = 1 WHERE id = {view}"));
    assert_eq!(verify(&p, amina), Err(Break::Altered { id: view }));
    let p = tampered(&dir, "private", &format!("UPDATE audit_log SET private = 1 WHERE id = {revoke}"));
    assert_eq!(verify(&p, amina), Err(Break::Altered { id: revoke }));

    // (b) An entry in the middle removed: the next one no longer follows on.
    let p = tampered(&dir, "deleted", &format!("DELETE FROM audit_log WHERE id = {revoke}"));
    assert_eq!(verify(&p, amina), Err(Break::Missing { before_id: revoke + 1 }));
    let p = tampered(&dir, "first", "DELETE FROM audit_log WHERE id = 1");
    assert_eq!(verify(&p, amina), Err(Break::Missing { before_id: 2 }));

    // (c) Two entries swapped, whole (reordering) or just what they say.
    let columns = ["at_ms", "actor_id", "patient_id", "action", "record_kind", "record_id", "private"];
    let swap = |cols: &[&str]| {
        let set: Vec<_> = cols
            .iter()
            .map(|c| {
                format!("{c} = (SELECT {c} FROM before WHERE before.id = {view} + {revoke} - audit_log.id)")
            })
            .collect();
        format!(
            "CREATE TEMP TABLE before AS SELECT * FROM audit_log WHERE id IN ({view}, {revoke});
             UPDATE audit_log SET {} WHERE id IN ({view}, {revoke});",
            set.join(", ")
        )
    };
    let whole: Vec<&str> = columns.iter().copied().chain(["prev_hash", "hash"]).collect();
    let p = tampered(&dir, "reordered", &swap(&whole));
    assert_eq!(verify(&p, amina), Err(Break::Missing { before_id: view }));
    let p = tampered(&dir, "swapped", &swap(&columns));
    assert_eq!(verify(&p, amina), Err(Break::Altered { id: view }));
    // The swap really happened (so the test above tests something).
    let conn = Connection::open(&p).expect("open");
    let action = |id: i64| -> String {
        conn.query_row("SELECT action FROM audit_log WHERE id = ?1", [id], |r| r.get(0)).expect("action")
    };
    assert_eq!((action(view), action(revoke)), ("revoke-patient-choice".into(), "view-readings".into()));

    // (d) The last entry removed: the chain is shorter than its recorded head.
    let p = tampered(&dir, "truncated", &format!("DELETE FROM audit_log WHERE id = {n}"));
    assert_eq!(verify(&p, amina), Err(Break::Truncated { entries: n as u64 - 1, expected: n as u64 }));
    // Removing the head as well does not hide it.
    let p = tampered(
        &dir,
        "headless",
        &format!(
            "DROP TRIGGER audit_head_no_delete; DELETE FROM audit_head; DELETE FROM audit_log WHERE id = {n}"
        ),
    );
    assert!(matches!(verify(&p, amina), Err(Break::Truncated { .. })));

    // (e) One entry's stored hash changed (or removed, or of the wrong length).
    for (name, value) in [("hash", "randomblob(32)"), ("no-hash", "NULL"), ("short-hash", "x'00'")] {
        let p = tampered(&dir, name, &format!("UPDATE audit_log SET hash = {value} WHERE id = {view}"));
        assert_eq!(verify(&p, amina), Err(Break::Altered { id: view }), "{name}");
    }
    // ... of the last entry too, though no later entry follows on from it.
    let p =
        tampered(&dir, "last-hash", &format!("UPDATE audit_log SET hash = randomblob(32) WHERE id = {n}"));
    assert_eq!(verify(&p, amina), Err(Break::Altered { id: n }));

    // (f) Values SQLite accepts but no entry could hold: still a changed entry, located,
    // not a storage failure.
    for (name, set) in [
        ("text-time", "at_ms = 'noon'"),
        ("huge-time", "at_ms = 9223372036854775807"),
        ("blob-action", "action = x'ff'"),
        ("text-actor", "actor_id = 'Amina'"),
        ("text-private", "private = 'yes'"),
    ] {
        let p = tampered(&dir, name, &format!("UPDATE audit_log SET {set} WHERE id = {view}"));
        assert_eq!(verify(&p, amina), Err(Break::Altered { id: view }), "{name}");
    }

    // An entry made up and added at the end is not in the head either.
    let forged = format!(
        "INSERT INTO audit_log (id, at_ms, actor_id, patient_id, action, private, prev_hash, hash)
         SELECT {next}, at_ms + 1, actor_id, patient_id, 'view-readings', 0, hash, randomblob(32)
         FROM audit_log WHERE id = {n}",
        next = n + 1
    );
    let p = tampered(&dir, "forged", &forged);
    assert_eq!(verify(&p, amina), Err(Break::Altered { id: n + 1 }));

    // The original was never touched.
    let p = tampered(&dir, "control", "");
    assert_eq!(verify(&p, amina), Ok(n as u64));
}
