//! Grants: what a patient lets a helper or clinician do. Created, changed and revoked;
//! never deleted (the schema's triggers refuse it), and a revocation is final.

use chrono::{DateTime, NaiveTime, Utc};
use rusqlite::{Connection, Row, Transaction};

use saathi_domain::grants::{EndReason, Grant, GrantId, LegalBasis, Revocation, Scope, WeeklyWindow};
use saathi_domain::person::PersonId;

use crate::{Error, Result, decode};

/// Scopes as stored: comma-separated codes.
pub(crate) fn scopes_text(scopes: &[Scope]) -> String {
    scopes.iter().map(|s| s.code()).collect::<Vec<_>>().join(",")
}

pub(crate) fn parse_scopes(text: &str) -> Result<Vec<Scope>> {
    text.split(',').filter(|s| !s.is_empty()).map(|s| decode(s, "scopes", Scope::from_code)).collect()
}

const TIME: &str = "%H:%M";

pub(crate) fn window_columns(w: Option<WeeklyWindow>) -> (Option<u8>, Option<String>, Option<String>) {
    match w {
        Some(w) => (Some(w.days), Some(w.from.format(TIME).to_string()), Some(w.to.format(TIME).to_string())),
        None => (None, None, None),
    }
}

pub(crate) fn window_from(
    days: Option<u8>,
    from: Option<String>,
    to: Option<String>,
) -> Result<Option<WeeklyWindow>> {
    let time =
        |t: String| NaiveTime::parse_from_str(&t, TIME).map_err(|_| Error::UnknownCode { column: "window" });
    match (days, from, to) {
        (Some(days), Some(from), Some(to)) => {
            Ok(Some(WeeklyWindow { days, from: time(from)?, to: time(to)? }))
        }
        _ => Ok(None),
    }
}

fn millis(ms: i64, column: &'static str) -> Result<DateTime<Utc>> {
    DateTime::<Utc>::from_timestamp_millis(ms).ok_or(Error::UnknownCode { column })
}

/// A new grant, as the patient (or the accepted invitation) makes it.
pub struct NewGrant<'a> {
    pub patient: PersonId,
    pub grantee: PersonId,
    pub scopes: &'a [Scope],
    pub starts: DateTime<Utc>,
    pub ends: Option<DateTime<Utc>>,
    pub window: Option<WeeklyWindow>,
    pub basis: LegalBasis,
    pub created_by: PersonId,
}

pub fn insert(tx: &Transaction<'_>, g: &NewGrant<'_>) -> Result<GrantId> {
    let (days, from, to) = window_columns(g.window);
    tx.execute(
        "INSERT INTO access_grant (patient_id, grantee_id, scopes, starts_at_ms, ends_at_ms, window_days,
                                   window_from, window_to, legal_basis, created_by, created_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?4)",
        (
            g.patient.0,
            g.grantee.0,
            scopes_text(g.scopes),
            g.starts.timestamp_millis(),
            g.ends.map(|e| e.timestamp_millis()),
            days,
            from,
            to,
            g.basis.code(),
            g.created_by.0,
        ),
    )?;
    Ok(GrantId(tx.last_insert_rowid()))
}

/// Changes what an unrevoked grant allows and until when.
pub fn change(
    tx: &Transaction<'_>,
    id: GrantId,
    scopes: &[Scope],
    ends: Option<DateTime<Utc>>,
) -> Result<()> {
    let n = tx.execute(
        "UPDATE access_grant SET scopes = ?2, ends_at_ms = ?3 WHERE id = ?1 AND revoked_at_ms IS NULL",
        (id.0, scopes_text(scopes), ends.map(|e| e.timestamp_millis())),
    )?;
    if n == 0 {
        return Err(Error::NotFound { what: "grant" });
    }
    Ok(())
}

pub fn revoke(tx: &Transaction<'_>, id: GrantId, r: &Revocation) -> Result<()> {
    let n = tx.execute(
        "UPDATE access_grant SET revoked_at_ms = ?2, revoked_by = ?3, end_reason = ?4
         WHERE id = ?1 AND revoked_at_ms IS NULL",
        (id.0, r.at.timestamp_millis(), r.by.0, r.reason.code()),
    )?;
    if n == 0 {
        return Err(Error::NotFound { what: "grant" });
    }
    Ok(())
}

const SELECT: &str =
    "SELECT id, patient_id, grantee_id, scopes, starts_at_ms, ends_at_ms, window_days, window_from,
                             window_to, legal_basis, revoked_at_ms, revoked_by, end_reason
                      FROM access_grant";

fn from_row(r: &Row<'_>) -> Result<Grant> {
    let revoked =
        match (r.get::<_, Option<i64>>(10)?, r.get::<_, Option<i64>>(11)?, r.get::<_, Option<String>>(12)?) {
            (Some(at), Some(by), Some(reason)) => Some(Revocation {
                at: millis(at, "revoked_at_ms")?,
                by: PersonId(by),
                reason: decode(&reason, "end_reason", EndReason::from_code)?,
            }),
            _ => None,
        };
    Ok(Grant {
        id: GrantId(r.get(0)?),
        patient: PersonId(r.get(1)?),
        grantee: PersonId(r.get(2)?),
        scopes: parse_scopes(&r.get::<_, String>(3)?)?,
        starts: millis(r.get(4)?, "starts_at_ms")?,
        ends: r.get::<_, Option<i64>>(5)?.map(|e| millis(e, "ends_at_ms")).transpose()?,
        window: window_from(r.get(6)?, r.get(7)?, r.get(8)?)?,
        basis: decode(&r.get::<_, String>(9)?, "legal_basis", LegalBasis::from_code)?,
        revoked,
    })
}

fn query(conn: &Connection, filter: &str, params: impl rusqlite::Params) -> Result<Vec<Grant>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE {filter} ORDER BY id"))?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(from_row(r)?);
    }
    Ok(out)
}

/// Every grant `patient` has made to `grantee`, oldest first.
pub fn between(conn: &Connection, patient: PersonId, grantee: PersonId) -> Result<Vec<Grant>> {
    query(conn, "patient_id = ?1 AND grantee_id = ?2", (patient.0, grantee.0))
}

/// Every grant `patient` has made.
pub fn by_patient(conn: &Connection, patient: PersonId) -> Result<Vec<Grant>> {
    query(conn, "patient_id = ?1", [patient.0])
}

/// Every grant made to `grantee` (the people a helper helps).
pub fn to_grantee(conn: &Connection, grantee: PersonId) -> Result<Vec<Grant>> {
    query(conn, "grantee_id = ?1", [grantee.0])
}

pub fn get(conn: &Connection, id: GrantId) -> Result<Grant> {
    query(conn, "id = ?1", [id.0])?.pop().ok_or(Error::NotFound { what: "grant" })
}
