//! Content a dietitian assigned, how far each person got, and each person's content
//! profile (diet, interests, fasts, text size). Assignments and progress are append-only:
//! a withdrawal is its own row, and the latest progress row per item is where the person is,
//! with the history kept. Rows hold pack ids and dates, never a health value.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, Transaction};

use saathi_content::assignment::{AssignedItem, Assignment, AssignmentId, Progress, ProgressState};
use saathi_content::codes::Topic;
use saathi_content::settings::{ContentProfile, TextSize};
use saathi_content::tailoring::DietRule;
use saathi_domain::person::PersonId;
use saathi_domain::time::Taken;

use crate::{Error, Result};

const DATE: &str = "%Y-%m-%d";

fn item_columns(item: &AssignedItem) -> (&'static str, &str, Option<&str>) {
    match item {
        AssignedItem::Lesson(id) => ("lesson", id, None),
        AssignedItem::Food(id) => ("food", id, None),
        AssignedItem::Swap { from, to } => ("swap", from, Some(to)),
    }
}

fn item_from(kind: &str, id: String, swap_to: Option<String>) -> Result<AssignedItem> {
    match (kind, swap_to) {
        ("lesson", None) => Ok(AssignedItem::Lesson(id)),
        ("food", None) => Ok(AssignedItem::Food(id)),
        ("swap", Some(to)) => Ok(AssignedItem::Swap { from: id, to }),
        _ => Err(Error::UnknownCode { column: "item_kind" }),
    }
}

fn instant(ms: i64, column: &'static str) -> Result<DateTime<Utc>> {
    DateTime::<Utc>::from_timestamp_millis(ms).ok_or(Error::UnknownCode { column })
}

/// A new assignment, already validated by the caller (`Assignment::validated`); its `id`
/// is ignored and the stored one returned.
pub fn assign(tx: &Transaction<'_>, a: &Assignment) -> Result<AssignmentId> {
    let (kind, id, to) = item_columns(&a.item);
    tx.execute(
        "INSERT INTO content_assignment
         (patient_id, by_id, item_kind, item_id, swap_to, note, due_on, assigned_at_ms, utc_offset_s)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        (
            a.patient.0,
            a.by.0,
            kind,
            id,
            to,
            a.note.as_deref(),
            a.due.map(|d| d.format(DATE).to_string()),
            a.at.at.timestamp_millis(),
            a.at.offset_seconds,
        ),
    )?;
    Ok(AssignmentId(tx.last_insert_rowid()))
}

/// Withdraws one of `patient`'s assignments. `false` if it was already withdrawn; `NotFound`
/// if the patient has no such assignment.
pub fn withdraw(
    tx: &Transaction<'_>,
    patient: PersonId,
    id: AssignmentId,
    by: PersonId,
    at: DateTime<Utc>,
) -> Result<bool> {
    let exists: Option<i64> = tx
        .prepare_cached("SELECT id FROM content_assignment WHERE id = ?1 AND patient_id = ?2")?
        .query_row((id.0, patient.0), |r| r.get(0))
        .optional()?;
    if exists.is_none() {
        return Err(Error::NotFound { what: "assignment" });
    }
    let n = tx.execute(
        "INSERT INTO content_assignment_withdrawal (assignment_id, by_id, at_ms) VALUES (?1, ?2, ?3)
         ON CONFLICT (assignment_id) DO NOTHING",
        (id.0, by.0, at.timestamp_millis()),
    )?;
    Ok(n == 1)
}

fn assignment_row(r: &Row<'_>) -> Result<Assignment> {
    let due: Option<String> = r.get(7)?;
    Ok(Assignment {
        id: AssignmentId(r.get(0)?),
        patient: PersonId(r.get(1)?),
        by: PersonId(r.get(2)?),
        item: item_from(&r.get::<_, String>(3)?, r.get(4)?, r.get(5)?)?,
        note: r.get(6)?,
        due: due
            .map(|d| NaiveDate::parse_from_str(&d, DATE).map_err(|_| Error::UnknownCode { column: "due_on" }))
            .transpose()?,
        at: Taken::from_millis(r.get(8)?, r.get(9)?)
            .ok_or(Error::UnknownCode { column: "assigned_at_ms" })?,
    })
}

/// The patient's assignments not withdrawn, oldest first.
pub fn assignments(conn: &Connection, patient: PersonId) -> Result<Vec<Assignment>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.patient_id, a.by_id, a.item_kind, a.item_id, a.swap_to, a.note, a.due_on,
                a.assigned_at_ms, a.utc_offset_s
         FROM content_assignment a
         WHERE a.patient_id = ?1
           AND NOT EXISTS (SELECT 1 FROM content_assignment_withdrawal w WHERE w.assignment_id = a.id)
         ORDER BY a.assigned_at_ms, a.id",
    )?;
    let mut rows = stmt.query([patient.0])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(assignment_row(r)?);
    }
    Ok(out)
}

/// A progress row, validated by the caller (`Progress::validated`).
pub fn record_progress(
    tx: &Transaction<'_>,
    patient: PersonId,
    progress: &Progress,
    by: PersonId,
    at: DateTime<Utc>,
) -> Result<()> {
    let (kind, id, to) = item_columns(&progress.item);
    let (state, percent) = match progress.state {
        ProgressState::Started => ("started", None),
        ProgressState::Heard { percent } => ("heard", Some(percent)),
        ProgressState::Completed => ("completed", None),
    };
    tx.execute(
        "INSERT INTO content_progress (patient_id, by_id, item_kind, item_id, swap_to, state, percent, at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        (patient.0, by.0, kind, id, to, state, percent, at.timestamp_millis()),
    )?;
    Ok(())
}

/// One progress row, with who recorded it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressEntry {
    pub progress: Progress,
    pub by: PersonId,
    pub at: DateTime<Utc>,
}

fn progress_row(r: &Row<'_>) -> Result<ProgressEntry> {
    let state = match (r.get::<_, String>(3)?.as_str(), r.get::<_, Option<u8>>(4)?) {
        ("started", None) => ProgressState::Started,
        ("heard", Some(percent)) => ProgressState::Heard { percent },
        ("completed", None) => ProgressState::Completed,
        _ => return Err(Error::UnknownCode { column: "state" }),
    };
    Ok(ProgressEntry {
        progress: Progress { item: item_from(&r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)?, state },
        by: PersonId(r.get(5)?),
        at: instant(r.get(6)?, "at_ms")?,
    })
}

const PROGRESS_COLUMNS: &str = "item_kind, item_id, swap_to, state, percent, by_id, at_ms";

/// Where the patient is with each item: the latest row per item (by time, then by row).
pub fn progress(conn: &Connection, patient: PersonId) -> Result<Vec<ProgressEntry>> {
    let sql = format!(
        "SELECT {PROGRESS_COLUMNS} FROM content_progress p
         WHERE patient_id = ?1 AND id = (
             SELECT q.id FROM content_progress q
             WHERE q.patient_id = p.patient_id AND q.item_kind = p.item_kind AND q.item_id = p.item_id
               AND q.swap_to IS p.swap_to
             ORDER BY q.at_ms DESC, q.id DESC LIMIT 1)
         ORDER BY at_ms, id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([patient.0])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(progress_row(r)?);
    }
    Ok(out)
}

/// Every progress row of the patient's, oldest first.
pub fn progress_history(conn: &Connection, patient: PersonId) -> Result<Vec<ProgressEntry>> {
    let sql =
        format!("SELECT {PROGRESS_COLUMNS} FROM content_progress WHERE patient_id = ?1 ORDER BY at_ms, id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([patient.0])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(progress_row(r)?);
    }
    Ok(out)
}

fn codes<T: Copy>(list: &[T], code: impl Fn(T) -> &'static str) -> String {
    list.iter().map(|v| code(*v)).collect::<Vec<_>>().join(",")
}

fn parse_codes<T>(text: &str, column: &'static str, from: impl Fn(&str) -> Option<T>) -> Result<Vec<T>> {
    text.split(',').filter(|c| !c.is_empty()).map(|c| from(c).ok_or(Error::UnknownCode { column })).collect()
}

/// Sets (replaces) the person's content profile.
pub fn set_profile(
    tx: &Transaction<'_>,
    person: PersonId,
    profile: &ContentProfile,
    by: PersonId,
    at: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO content_profile (person_id, diet, interests, fasts, text_size, set_by, set_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (person_id) DO UPDATE SET
             diet = ?2, interests = ?3, fasts = ?4, text_size = ?5, set_by = ?6, set_at_ms = ?7",
        (
            person.0,
            codes(&profile.diet, DietRule::code),
            codes(&profile.interests, Topic::code),
            profile.fasts,
            profile.text_size.code(),
            by.0,
            at.timestamp_millis(),
        ),
    )?;
    Ok(())
}

/// The person's content profile, or the default (nothing chosen) if they have none yet.
pub fn profile(conn: &Connection, person: PersonId) -> Result<ContentProfile> {
    let row = conn
        .prepare_cached("SELECT diet, interests, fasts, text_size FROM content_profile WHERE person_id = ?1")?
        .query_row([person.0], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, bool>(2)?, r.get::<_, String>(3)?))
        })
        .optional()?;
    let Some((diet, interests, fasts, size)) = row else {
        return Ok(ContentProfile::default());
    };
    Ok(ContentProfile {
        diet: parse_codes(&diet, "diet", DietRule::from_code)?,
        interests: parse_codes(&interests, "interests", Topic::from_code)?,
        fasts,
        text_size: TextSize::from_code(&size).ok_or(Error::UnknownCode { column: "text_size" })?,
    })
}
