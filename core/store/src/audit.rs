//! The audit log: who did what to whose record, append-only and hash-chained (see
//! `saathi_domain::audit_chain`). It never holds a health value, only the kind of record
//! and its id. `verify` walks the chain and says where it breaks.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction};

use saathi_domain::audit_chain::{self, Break, GENESIS, Hash, Link, Verifier};
use saathi_domain::person::PersonId;
use saathi_domain::reading::RecordId;

use crate::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: DateTime<Utc>,
    pub actor: PersonId,
    pub patient: Option<PersonId>,
    /// What was done: "log", "correct", "view-readings", "revoke-safeguarding", ...
    pub action: String,
    /// The kind of record acted on, as its code ("glucose", "blood-pressure", "regimen",
    /// "dose-event", "grant"), if any.
    pub record_kind: Option<String>,
    pub record: Option<RecordId>,
    /// Done in a private session (the patient reviewing sharing on a shared phone).
    pub private: bool,
}

fn head(conn: &Connection) -> Result<(u64, Hash)> {
    let head: Option<(i64, Vec<u8>)> = conn
        .prepare_cached("SELECT entries, hash FROM audit_head WHERE id = 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match head {
        None => Ok((0, GENESIS)),
        Some((n, h)) => Ok((n as u64, to_hash(h)?)),
    }
}

fn to_hash(bytes: Vec<u8>) -> Result<Hash> {
    bytes.try_into().map_err(|_| Error::UnknownCode { column: "hash" })
}

fn set_head(tx: &Transaction<'_>, entries: u64, hash: &Hash) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO audit_head (id, entries, hash) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, hash = excluded.hash",
    )?
    .execute((entries as i64, hash.as_slice()))?;
    Ok(())
}

fn link<'a>(id: i64, e: &'a Entry) -> Link<'a> {
    Link {
        id,
        at_ms: e.at.timestamp_millis(),
        actor: e.actor.0,
        patient: e.patient.map(|p| p.0),
        action: &e.action,
        record_kind: e.record_kind.as_deref(),
        record: e.record.map(|r| r.0),
        private: e.private,
    }
}

/// Appends an entry to the chain, in the caller's transaction.
pub fn append(tx: &Transaction<'_>, e: &Entry) -> Result<()> {
    let (entries, prev) = head(tx)?;
    let id: i64 =
        tx.prepare_cached("SELECT IFNULL(MAX(id), 0) + 1 FROM audit_log")?.query_row([], |r| r.get(0))?;
    let hash = audit_chain::hash(&prev, &link(id, e));
    tx.prepare_cached(
        "INSERT INTO audit_log (id, at_ms, actor_id, patient_id, action, record_kind, record_id, private, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute((
        id,
        e.at.timestamp_millis(),
        e.actor.0,
        e.patient.map(|p| p.0),
        &e.action,
        &e.record_kind,
        e.record.map(|r| r.0),
        e.private,
        prev.as_slice(),
        hash.as_slice(),
    ))?;
    set_head(tx, entries + 1, &hash)
}

const SELECT: &str =
    "SELECT id, at_ms, actor_id, patient_id, action, record_kind, record_id, private, prev_hash, hash
                      FROM audit_log";

struct Row {
    id: i64,
    entry: Entry,
    prev: Option<Vec<u8>>,
    hash: Option<Vec<u8>>,
}

fn read(r: &rusqlite::Row<'_>) -> Result<Row> {
    Ok(Row {
        id: r.get(0)?,
        entry: Entry {
            at: DateTime::<Utc>::from_timestamp_millis(r.get(1)?)
                .ok_or(Error::UnknownCode { column: "at_ms" })?,
            actor: PersonId(r.get(2)?),
            patient: r.get::<_, Option<i64>>(3)?.map(PersonId),
            action: r.get(4)?,
            record_kind: r.get(5)?,
            record: r.get::<_, Option<i64>>(6)?.map(RecordId),
            private: r.get(7)?,
        },
        prev: r.get(8)?,
        hash: r.get(9)?,
    })
}

/// Gives entries written before the chain existed their hashes, in id order. Run once,
/// by the migration that adds the chain.
pub(crate) fn seal(tx: &Transaction<'_>) -> Result<()> {
    let mut rows = Vec::new();
    {
        let mut stmt = tx.prepare(&format!("{SELECT} ORDER BY id"))?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            rows.push(read(r)?);
        }
    }
    let mut prev = GENESIS;
    for row in &rows {
        let hash = audit_chain::hash(&prev, &link(row.id, &row.entry));
        tx.execute(
            "UPDATE audit_log SET prev_hash = ?2, hash = ?3 WHERE id = ?1",
            (row.id, prev.as_slice(), hash.as_slice()),
        )?;
        prev = hash;
    }
    tx.execute(
        "INSERT INTO audit_head (id, entries, hash) VALUES (1, ?1, ?2)",
        (rows.len() as i64, prev.as_slice()),
    )?;
    Ok(())
}

/// Walks the whole chain. `Ok(n)`: all `n` entries are as written. `Err(Break)` says where
/// it was tampered with. Storage errors are the outer `Result`.
pub fn verify(conn: &Connection) -> Result<Result<u64, Break>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY id"))?;
    let mut q = stmt.query([])?;
    let mut verifier = Verifier::default();
    while let Some(r) = q.next()? {
        // The id is the INTEGER PRIMARY KEY, so always an integer. A field no entry could
        // hold (text in a time, a blob for an action) was put there by hand: that entry was
        // altered, which is a break in the chain, not a storage failure.
        let id: i64 = r.get(0)?;
        let Ok(row) = read(r) else {
            return Ok(Err(Break::Altered { id }));
        };
        let (Some(prev), Some(hash)) = (row.prev, row.hash) else {
            return Ok(Err(Break::Altered { id: row.id }));
        };
        let (Ok(prev), Ok(hash)) = (to_hash(prev), to_hash(hash)) else {
            return Ok(Err(Break::Altered { id: row.id }));
        };
        if let Err(b) = verifier.next(&link(row.id, &row.entry), &prev, &hash) {
            return Ok(Err(b));
        }
    }
    let (entries, hash) = head(conn)?;
    Ok(verifier.finish(entries, &hash))
}

/// Entries about `patient`'s record, oldest first.
pub fn for_patient(conn: &Connection, patient: PersonId) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE patient_id = ?1 ORDER BY id"))?;
    let mut rows = stmt.query([patient.0])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(read(r)?.entry);
    }
    Ok(out)
}
