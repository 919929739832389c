//! Versioned records. Every kind of record (a glucose reading, a regimen, a dose) is a
//! table with the same meta columns; a correction or deletion adds a version, and the
//! triggers in the schema refuse anything else. One implementation here serves them all.

use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params_from_iter};

use saathi_domain::person::PersonId;
use saathi_domain::reading::{Change, ReadingSource, RecordId, RecordMeta, Recorded};
use saathi_domain::time::Taken;

use crate::{Error, Result, decode};

/// Columns every versioned table starts a SELECT with, in this order.
pub(crate) const META_COLUMNS: &str = "record_id, version, patient_id, entered_by, taken_at_ms, utc_offset_s, entered_at_ms, source, change_reason";
/// Index of the first value column in a row selected with `META_COLUMNS` first.
pub const FIRST_VALUE: usize = 9;

/// A kind of record stored in its own versioned table.
pub trait Versioned: Sized {
    /// Table name.
    const TABLE: &'static str;
    /// Value columns after the meta columns, in the order `values` gives them.
    const VALUE_COLUMNS: &'static [&'static str];

    fn values(&self) -> Vec<Value>;
    /// Reads the value back from `row`, starting at column `FIRST_VALUE`.
    fn from_row(row: &Row<'_>) -> Result<Self>;
}

/// Who and when, for a new record.
#[derive(Debug, Clone, Copy)]
pub struct NewMeta {
    pub patient: PersonId,
    pub entered_by: PersonId,
    pub taken: Taken,
    pub entered_at: DateTime<Utc>,
    pub source: ReadingSource,
}

/// One stored version of a record, including deleting versions.
#[derive(Debug, Clone, PartialEq)]
pub struct Version<T> {
    pub record: Recorded<T>,
    pub deleted: bool,
    pub is_latest: bool,
}

fn value_list<T: Versioned>() -> String {
    T::VALUE_COLUMNS.join(", ")
}

/// `?7, ?8, ...`: placeholders for the value columns, after six leading parameters.
fn value_placeholders<T: Versioned>() -> String {
    let params: Vec<String> = (7..7 + T::VALUE_COLUMNS.len()).map(|i| format!("?{i}")).collect();
    params.join(", ")
}

fn insert_sql<T: Versioned>() -> String {
    let cols = value_list::<T>();
    // The first version's id is also its record id; one writer, so MAX(id) + 1 is safe.
    // One VALUES row with scalar subqueries, not INSERT ... SELECT: a SELECT that reads the
    // table being written is first copied into a temporary table, and a multi-row INSERT
    // needs a statement journal, which cost a third of an import's time. Same ids.
    format!(
        "INSERT INTO {t} (id, record_id, version, patient_id, entered_by, taken_at_ms, utc_offset_s,
                          entered_at_ms, source, {cols})
         VALUES ((SELECT IFNULL(MAX(id), 0) + 1 FROM {t}), (SELECT IFNULL(MAX(id), 0) + 1 FROM {t}),
                 1, ?1, ?2, ?3, ?4, ?5, ?6, {params})",
        t = T::TABLE,
        params = value_placeholders::<T>(),
    )
}

fn meta_params(meta: &NewMeta) -> [Value; 6] {
    [
        Value::Integer(meta.patient.0),
        Value::Integer(meta.entered_by.0),
        Value::Integer(meta.taken.millis()),
        Value::Integer(i64::from(meta.taken.offset_seconds)),
        Value::Integer(meta.entered_at.timestamp_millis()),
        Value::Text(meta.source.code().to_string()),
    ]
}

/// Stores a first version and returns its record id.
pub fn insert<T: Versioned>(tx: &Transaction<'_>, meta: &NewMeta, value: &T) -> Result<RecordId> {
    BulkInsert::new(tx)?.insert(meta, value)
}

/// One prepared insert of first versions, reused for many records in one transaction
/// (imports): the statement is prepared once, not per row.
pub struct BulkInsert<'tx, T> {
    tx: &'tx Transaction<'tx>,
    stmt: rusqlite::CachedStatement<'tx>,
    kind: std::marker::PhantomData<T>,
}

impl<'tx, T: Versioned> BulkInsert<'tx, T> {
    pub fn new(tx: &'tx Transaction<'tx>) -> Result<Self> {
        Ok(BulkInsert { tx, stmt: tx.prepare_cached(&insert_sql::<T>())?, kind: std::marker::PhantomData })
    }

    pub fn insert(&mut self, meta: &NewMeta, value: &T) -> Result<RecordId> {
        self.stmt.execute(params_from_iter(meta_params(meta).into_iter().chain(value.values())))?;
        Ok(RecordId(self.tx.last_insert_rowid()))
    }
}

struct Latest {
    id: i64,
    version: u32,
}

fn latest<T: Versioned>(tx: &Transaction<'_>, patient: PersonId, record: RecordId) -> Result<Latest> {
    let sql = format!(
        "SELECT id, version FROM {} WHERE record_id = ?1 AND patient_id = ?2 AND is_latest = 1 AND deleted = 0",
        T::TABLE
    );
    tx.query_row(&sql, (record.0, patient.0), |r| Ok(Latest { id: r.get(0)?, version: r.get(1)? }))
        .optional()?
        .ok_or(Error::NotFound { what: "reading" })
}

fn supersede<T: Versioned>(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.execute(&format!("UPDATE {} SET is_latest = 0 WHERE id = ?1", T::TABLE), [id])?;
    Ok(())
}

/// Replaces the current version of `record` with `value` taken at `taken`; returns the new
/// version number. The old version stays, marked superseded.
pub fn correct<T: Versioned>(
    tx: &Transaction<'_>,
    patient: PersonId,
    record: RecordId,
    taken: Taken,
    value: &T,
    change: &Change,
    now: DateTime<Utc>,
) -> Result<u32> {
    let old = latest::<T>(tx, patient, record)?;
    supersede::<T>(tx, old.id)?;
    let cols = value_list::<T>();
    let sql = format!(
        "INSERT INTO {t} (record_id, version, patient_id, entered_by, taken_at_ms, utc_offset_s,
                          entered_at_ms, source, change_reason, {cols})
         SELECT record_id, version + 1, patient_id, ?2, ?3, ?4, ?5, source, ?6, {params}
         FROM {t} WHERE id = ?1",
        t = T::TABLE,
        params = value_placeholders::<T>(),
    );
    let head = [
        Value::Integer(old.id),
        Value::Integer(change.by.0),
        Value::Integer(taken.millis()),
        Value::Integer(i64::from(taken.offset_seconds)),
        Value::Integer(now.timestamp_millis()),
        Value::Text(change.reason.clone()),
    ];
    tx.execute(&sql, params_from_iter(head.into_iter().chain(value.values())))?;
    Ok(old.version + 1)
}

/// Soft-deletes `record`: a new version, marked deleted, with who and why.
pub fn delete<T: Versioned>(
    tx: &Transaction<'_>,
    patient: PersonId,
    record: RecordId,
    change: &Change,
    now: DateTime<Utc>,
) -> Result<u32> {
    let old = latest::<T>(tx, patient, record)?;
    supersede::<T>(tx, old.id)?;
    let cols = value_list::<T>();
    let sql = format!(
        "INSERT INTO {t} (record_id, version, deleted, patient_id, entered_by, taken_at_ms, utc_offset_s,
                          entered_at_ms, source, change_reason, {cols})
         SELECT record_id, version + 1, 1, patient_id, ?2, taken_at_ms, utc_offset_s, ?3, source, ?4, {cols}
         FROM {t} WHERE id = ?1",
        t = T::TABLE,
    );
    tx.execute(&sql, (old.id, change.by.0, now.timestamp_millis(), &change.reason))?;
    Ok(old.version + 1)
}

pub(crate) fn meta(row: &Row<'_>) -> Result<RecordMeta> {
    let source: String = row.get(7)?;
    let millis: i64 = row.get(4)?;
    let offset: i32 = row.get(5)?;
    let entered: i64 = row.get(6)?;
    Ok(RecordMeta {
        record_id: RecordId(row.get(0)?),
        version: row.get(1)?,
        patient: PersonId(row.get(2)?),
        entered_by: PersonId(row.get(3)?),
        taken: Taken::from_millis(millis, offset).ok_or(Error::UnknownCode { column: "taken_at_ms" })?,
        entered_at: DateTime::<Utc>::from_timestamp_millis(entered)
            .ok_or(Error::UnknownCode { column: "entered_at_ms" })?,
        source: decode(&source, "source", ReadingSource::from_code)?,
        change_reason: row.get(8)?,
    })
}

/// Current records of `patient` taken in `[from, to)`, oldest first.
pub fn current<T: Versioned>(
    conn: &Connection,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Recorded<T>>> {
    let sql = format!(
        "SELECT {META_COLUMNS}, {cols} FROM {t}
         WHERE patient_id = ?1 AND is_latest = 1 AND deleted = 0 AND taken_at_ms >= ?2 AND taken_at_ms < ?3
         ORDER BY taken_at_ms, id",
        cols = value_list::<T>(),
        t = T::TABLE,
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query((patient.0, from.timestamp_millis(), to.timestamp_millis()))?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(Recorded { meta: meta(row)?, value: T::from_row(row)? });
    }
    Ok(out)
}

/// Every current record of `patient`, whenever taken, in the order they were first added
/// (for plans rather than measurements: regimens, reminder schedules).
pub fn all_current<T: Versioned>(conn: &Connection, patient: PersonId) -> Result<Vec<Recorded<T>>> {
    let sql = format!(
        "SELECT {META_COLUMNS}, {cols} FROM {t}
         WHERE patient_id = ?1 AND is_latest = 1 AND deleted = 0 ORDER BY record_id",
        cols = value_list::<T>(),
        t = T::TABLE,
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([patient.0])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(Recorded { meta: meta(row)?, value: T::from_row(row)? });
    }
    Ok(out)
}

/// Every version of one record, oldest first: its full history.
pub fn history<T: Versioned>(
    conn: &Connection,
    patient: PersonId,
    record: RecordId,
) -> Result<Vec<Version<T>>> {
    let sql = format!(
        "SELECT {META_COLUMNS}, {cols}, deleted, is_latest FROM {t}
         WHERE record_id = ?1 AND patient_id = ?2 ORDER BY version",
        cols = value_list::<T>(),
        t = T::TABLE,
    );
    let flag = FIRST_VALUE + T::VALUE_COLUMNS.len();
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query((record.0, patient.0))?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(Version {
            record: Recorded { meta: meta(row)?, value: T::from_row(row)? },
            deleted: row.get(flag)?,
            is_latest: row.get(flag + 1)?,
        });
    }
    if out.is_empty() {
        return Err(Error::NotFound { what: "reading" });
    }
    Ok(out)
}
