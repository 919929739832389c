//! Invitations: a code a patient gives a helper, stored only as its SHA-256 hash, single
//! use, expiring. Accepting one turns it into a grant.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use saathi_domain::grants::{GrantId, LegalBasis, Scope, WeeklyWindow};
use saathi_domain::invite::InviteCode;
use saathi_domain::person::PersonId;

use crate::grants::{parse_scopes, scopes_text, window_columns, window_from};
use crate::{Error, Result, decode};

fn code_hash(code: &InviteCode) -> [u8; 32] {
    Sha256::digest(code.as_str().as_bytes()).into()
}

/// What an invitation offers, and until when it can be accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: i64,
    pub patient: PersonId,
    pub scopes: Vec<Scope>,
    /// How long the grant lasts once accepted; `None` until revoked.
    pub grant_days: Option<u32>,
    pub window: Option<WeeklyWindow>,
    pub basis: LegalBasis,
    pub expires: DateTime<Utc>,
    pub used: Option<(DateTime<Utc>, PersonId)>,
}

pub struct NewInvitation<'a> {
    pub patient: PersonId,
    pub scopes: &'a [Scope],
    pub grant_days: Option<u32>,
    pub window: Option<WeeklyWindow>,
    pub basis: LegalBasis,
    pub created: DateTime<Utc>,
    pub expires: DateTime<Utc>,
}

pub fn insert(tx: &Transaction<'_>, code: &InviteCode, i: &NewInvitation<'_>) -> Result<i64> {
    let (days, from, to) = window_columns(i.window);
    tx.execute(
        "INSERT INTO invitation (code_hash, patient_id, scopes, grant_days, window_days, window_from, window_to,
                                 legal_basis, created_at_ms, expires_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        (
            code_hash(code).as_slice(),
            i.patient.0,
            scopes_text(i.scopes),
            i.grant_days,
            days,
            from,
            to,
            i.basis.code(),
            i.created.timestamp_millis(),
            i.expires.timestamp_millis(),
        ),
    )?;
    Ok(tx.last_insert_rowid())
}

/// The invitation behind `code`, if there is one.
pub fn find(conn: &Connection, code: &InviteCode) -> Result<Option<Invitation>> {
    conn.query_row(
        "SELECT id, patient_id, scopes, grant_days, window_days, window_from, window_to, legal_basis,
                expires_at_ms, used_at_ms, used_by
         FROM invitation WHERE code_hash = ?1",
        [code_hash(code).as_slice()],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<u32>>(3)?,
                (r.get::<_, Option<u8>>(4)?, r.get::<_, Option<String>>(5)?, r.get::<_, Option<String>>(6)?),
                r.get::<_, String>(7)?,
                r.get::<_, i64>(8)?,
                (r.get::<_, Option<i64>>(9)?, r.get::<_, Option<i64>>(10)?),
            ))
        },
    )
    .optional()?
    .map(|(id, patient, scopes, grant_days, (wd, wf, wt), basis, expires, used)| {
        let millis =
            |ms: i64| DateTime::<Utc>::from_timestamp_millis(ms).ok_or(Error::UnknownCode { column: "ms" });
        Ok(Invitation {
            id,
            patient: PersonId(patient),
            scopes: parse_scopes(&scopes)?,
            grant_days,
            window: window_from(wd, wf, wt)?,
            basis: decode(&basis, "legal_basis", LegalBasis::from_code)?,
            expires: millis(expires)?,
            used: match used {
                (Some(at), Some(by)) => Some((millis(at)?, PersonId(by))),
                _ => None,
            },
        })
    })
    .transpose()
}

/// Marks an invitation used by `by`, who now holds `grant`. Fails if it was already used.
pub fn mark_used(
    tx: &Transaction<'_>,
    id: i64,
    by: PersonId,
    at: DateTime<Utc>,
    grant: GrantId,
) -> Result<()> {
    let n = tx.execute(
        "UPDATE invitation SET used_at_ms = ?2, used_by = ?3, grant_id = ?4 WHERE id = ?1 AND used_at_ms IS NULL",
        (id, at.timestamp_millis(), by.0, grant.0),
    )?;
    if n == 0 {
        return Err(Error::NotFound { what: "invitation" });
    }
    Ok(())
}
