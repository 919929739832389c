//! Glucose, blood pressure, weight, HbA1c and activity rows, and the light points that
//! summaries read (straight from covering indexes, without building full records).

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Row, Transaction};

use saathi_domain::medicine::DoseStatus;
use saathi_domain::person::PersonId;
use saathi_domain::reading::{
    Activity, ActivityKind, Arm, BloodPressure, Change, Glucose, GlucoseContext, Hba1c, Intensity,
    Measurement, Position, ReadingKind, RecordId, Recorded, Weight,
};
use saathi_domain::summary::{ActivityPoint, BpPoint, DosePoint, GlucosePoint, ValuePoint};
use saathi_domain::time::Taken;
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};

use crate::records::{self, FIRST_VALUE as V, NewMeta, Version, Versioned};
use crate::{Error, Result, decode};

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn opt_int<T: Into<i64>>(v: Option<T>) -> Value {
    v.map_or(Value::Null, |v| Value::Integer(v.into()))
}

fn opt_text(v: Option<&str>) -> Value {
    v.map_or(Value::Null, text)
}

fn opt_code<T>(
    row: &Row<'_>,
    i: usize,
    column: &'static str,
    f: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>> {
    row.get::<_, Option<String>>(i)?.map(|c| decode(&c, column, f)).transpose()
}

impl Versioned for Glucose {
    const TABLE: &'static str = "glucose";
    const VALUE_COLUMNS: &'static [&'static str] = &["mmol", "entered_value", "entered_unit", "context"];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Real(self.mmol()),
            Value::Real(self.value),
            text(self.unit.code()),
            text(self.context.code()),
        ]
    }

    fn from_row(row: &Row<'_>) -> Result<Self> {
        Ok(Glucose {
            value: row.get(V + 1)?,
            unit: decode(&row.get::<_, String>(V + 2)?, "entered_unit", GlucoseUnit::from_code)?,
            context: decode(&row.get::<_, String>(V + 3)?, "context", GlucoseContext::from_code)?,
        })
    }
}

impl Versioned for BloodPressure {
    const TABLE: &'static str = "blood_pressure";
    const VALUE_COLUMNS: &'static [&'static str] = &["systolic", "diastolic", "pulse", "arm", "position"];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.systolic.into()),
            Value::Integer(self.diastolic.into()),
            opt_int(self.pulse),
            opt_text(self.arm.map(Arm::code)),
            opt_text(self.position.map(Position::code)),
        ]
    }

    fn from_row(row: &Row<'_>) -> Result<Self> {
        Ok(BloodPressure {
            systolic: row.get(V)?,
            diastolic: row.get(V + 1)?,
            pulse: row.get(V + 2)?,
            arm: opt_code(row, V + 3, "arm", Arm::from_code)?,
            position: opt_code(row, V + 4, "position", Position::from_code)?,
        })
    }
}

impl Versioned for Weight {
    const TABLE: &'static str = "weight";
    const VALUE_COLUMNS: &'static [&'static str] = &["kg", "entered_unit"];

    fn values(&self) -> Vec<Value> {
        vec![Value::Real(self.kg), text(self.entered_unit.code())]
    }

    fn from_row(row: &Row<'_>) -> Result<Self> {
        Ok(Self {
            kg: row.get(V)?,
            entered_unit: decode(&row.get::<_, String>(V + 1)?, "entered_unit", WeightUnit::from_code)?,
        })
    }
}

impl Versioned for Hba1c {
    const TABLE: &'static str = "hba1c";
    const VALUE_COLUMNS: &'static [&'static str] = &["mmol_per_mol", "entered_value", "entered_unit"];

    fn values(&self) -> Vec<Value> {
        vec![Value::Real(self.mmol_per_mol()), Value::Real(self.value), text(self.unit.code())]
    }

    fn from_row(row: &Row<'_>) -> Result<Self> {
        Ok(Hba1c {
            value: row.get(V + 1)?,
            unit: decode(&row.get::<_, String>(V + 2)?, "entered_unit", Hba1cUnit::from_code)?,
        })
    }
}

impl Versioned for Activity {
    const TABLE: &'static str = "activity";
    const VALUE_COLUMNS: &'static [&'static str] = &["minutes", "kind", "intensity", "steps"];

    fn values(&self) -> Vec<Value> {
        vec![
            opt_int(self.minutes),
            opt_text(self.kind.map(ActivityKind::code)),
            opt_text(self.intensity.map(Intensity::code)),
            opt_int(self.steps),
        ]
    }

    fn from_row(row: &Row<'_>) -> Result<Self> {
        Ok(Activity {
            minutes: row.get(V)?,
            kind: opt_code(row, V + 1, "kind", ActivityKind::from_code)?,
            intensity: opt_code(row, V + 2, "intensity", Intensity::from_code)?,
            steps: row.get(V + 3)?,
        })
    }
}

/// Runs a points query over current rows of `patient` in `[from, to)`. Each row starts
/// with `taken_at_ms, utc_offset_s`.
fn points<T>(
    conn: &Connection,
    sql: &str,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    f: impl FnMut(Taken, &Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    points_ms(conn, sql, patient, from.timestamp_millis(), to.timestamp_millis(), f)
}

/// `points` between two instants in milliseconds.
fn points_ms<T>(
    conn: &Connection,
    sql: &str,
    patient: PersonId,
    from_ms: i64,
    to_ms: i64,
    mut f: impl FnMut(Taken, &Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query((patient.0, from_ms, to_ms))?;
    let mut out = Vec::new();
    let mut instants = Instants::default();
    while let Some(row) = rows.next()? {
        let taken = instants
            .taken(row.get(0)?, row.get(1)?)
            .ok_or_else(|| Error::UnknownCode { column: "taken_at_ms" })?;
        out.push(f(taken, row)?);
    }
    Ok(out)
}

const MS_PER_DAY: i64 = 86_400_000;

/// Turns stored instants into `Taken`s exactly as `Taken::from_millis` does, but works out
/// the calendar date once per UTC day instead of once per row: points come in time order,
/// and a CGM day is 288 rows.
#[derive(Default)]
struct Instants {
    day: Option<(i64, NaiveDate)>,
}

impl Instants {
    fn taken(&mut self, millis: i64, offset_seconds: i32) -> Option<Taken> {
        let day = millis.div_euclid(MS_PER_DAY);
        let date = match self.day {
            Some((d, date)) if d == day => date,
            _ => {
                let date = DateTime::<Utc>::from_timestamp_millis(day.checked_mul(MS_PER_DAY)?)?.date_naive();
                self.day = Some((day, date));
                date
            }
        };
        let ms = millis.rem_euclid(MS_PER_DAY);
        let time = NaiveTime::from_num_seconds_from_midnight_opt(
            (ms / 1000) as u32,
            (ms % 1000) as u32 * 1_000_000,
        )?;
        Some(Taken { at: date.and_time(time).and_utc(), offset_seconds })
    }
}

const CURRENT_IN_RANGE: &str = "patient_id = ?1 AND is_latest = 1 AND deleted = 0 AND taken_at_ms >= ?2 AND taken_at_ms < ?3 ORDER BY taken_at_ms";

/// Glucose points in time order; readings taken in the same millisecond in the order of
/// the covering index (so at no cost), which makes the order of every day's points, and
/// so the sums a summary adds up, the same whichever range a query covers.
pub fn glucose_points(
    conn: &Connection,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<GlucosePoint>> {
    glucose_points_ms(conn, patient, from.timestamp_millis(), to.timestamp_millis())
}

/// `glucose_points` between two instants in milliseconds.
pub(crate) fn glucose_points_ms(
    conn: &Connection,
    patient: PersonId,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<GlucosePoint>> {
    let sql = format!(
        "SELECT taken_at_ms, utc_offset_s, mmol, context FROM glucose WHERE {CURRENT_IN_RANGE}, utc_offset_s, mmol, context"
    );
    points_ms(conn, &sql, patient, from_ms, to_ms, |taken, row| {
        // Borrow the text rather than allocating a String per point, and match its bytes
        // against the codes (what `from_code` compares) without a UTF-8 check per row;
        // anything else takes the checked path, with its errors.
        let value = row.get_ref(3)?;
        let known = match value {
            ValueRef::Text(bytes) => {
                GlucoseContext::ALL.iter().copied().find(|c| c.code().as_bytes() == bytes)
            }
            _ => None,
        };
        let context = match known {
            Some(context) => context,
            None => {
                decode(value.as_str().map_err(rusqlite::Error::from)?, "context", GlucoseContext::from_code)?
            }
        };
        Ok(GlucosePoint { taken, mmol: row.get(2)?, context })
    })
}

pub fn bp_points(
    conn: &Connection,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<BpPoint>> {
    let sql = format!(
        "SELECT taken_at_ms, utc_offset_s, systolic, diastolic FROM blood_pressure WHERE {CURRENT_IN_RANGE}"
    );
    points(conn, &sql, patient, from, to, |taken, row| {
        Ok(BpPoint { taken, systolic: row.get(2)?, diastolic: row.get(3)? })
    })
}

pub fn weight_points(
    conn: &Connection,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<ValuePoint>> {
    let sql = format!("SELECT taken_at_ms, utc_offset_s, kg FROM weight WHERE {CURRENT_IN_RANGE}");
    points(conn, &sql, patient, from, to, |taken, row| Ok(ValuePoint { taken, value: row.get(2)? }))
}

pub fn hba1c_points(
    conn: &Connection,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<ValuePoint>> {
    let sql = format!("SELECT taken_at_ms, utc_offset_s, mmol_per_mol FROM hba1c WHERE {CURRENT_IN_RANGE}");
    points(conn, &sql, patient, from, to, |taken, row| Ok(ValuePoint { taken, value: row.get(2)? }))
}

pub fn activity_points(
    conn: &Connection,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<ActivityPoint>> {
    let sql =
        format!("SELECT taken_at_ms, utc_offset_s, minutes, steps FROM activity WHERE {CURRENT_IN_RANGE}");
    points(conn, &sql, patient, from, to, |taken, row| {
        Ok(ActivityPoint { taken, minutes: row.get(2)?, steps: row.get(3)? })
    })
}

pub fn dose_points(
    conn: &Connection,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<DosePoint>> {
    let sql = format!("SELECT taken_at_ms, utc_offset_s, status FROM dose_event WHERE {CURRENT_IN_RANGE}");
    points(conn, &sql, patient, from, to, |taken, row| {
        let status: String = row.get(2)?;
        Ok(DosePoint { taken, status: decode(&status, "status", DoseStatus::from_code)? })
    })
}

/// Runs `$body` with `$T` bound to the record type of a `ReadingKind`.
macro_rules! for_kind {
    ($kind:expr, $T:ident => $body:expr) => {
        match $kind {
            ReadingKind::Glucose => {
                type $T = Glucose;
                $body
            }
            ReadingKind::BloodPressure => {
                type $T = BloodPressure;
                $body
            }
            ReadingKind::Weight => {
                type $T = Weight;
                $body
            }
            ReadingKind::Hba1c => {
                type $T = Hba1c;
                $body
            }
            ReadingKind::Activity => {
                type $T = Activity;
                $body
            }
        }
    };
}

/// Stores any measurement as a first version.
pub fn insert(tx: &Transaction<'_>, meta: &NewMeta, m: &Measurement) -> Result<RecordId> {
    match m {
        Measurement::Glucose(v) => records::insert(tx, meta, v),
        Measurement::BloodPressure(v) => records::insert(tx, meta, v),
        Measurement::Weight(v) => records::insert(tx, meta, v),
        Measurement::Hba1c(v) => records::insert(tx, meta, v),
        Measurement::Activity(v) => records::insert(tx, meta, v),
    }
}

/// Corrects a record with a measurement of the same kind; returns the new version number.
pub fn correct(
    tx: &Transaction<'_>,
    patient: PersonId,
    record: RecordId,
    taken: Taken,
    m: &Measurement,
    change: &Change,
    now: DateTime<Utc>,
) -> Result<u32> {
    match m {
        Measurement::Glucose(v) => records::correct(tx, patient, record, taken, v, change, now),
        Measurement::BloodPressure(v) => records::correct(tx, patient, record, taken, v, change, now),
        Measurement::Weight(v) => records::correct(tx, patient, record, taken, v, change, now),
        Measurement::Hba1c(v) => records::correct(tx, patient, record, taken, v, change, now),
        Measurement::Activity(v) => records::correct(tx, patient, record, taken, v, change, now),
    }
}

pub fn delete(
    tx: &Transaction<'_>,
    kind: ReadingKind,
    patient: PersonId,
    record: RecordId,
    change: &Change,
    now: DateTime<Utc>,
) -> Result<u32> {
    for_kind!(kind, T => records::delete::<T>(tx, patient, record, change, now))
}

/// The current version of one record.
pub fn get(
    conn: &Connection,
    kind: ReadingKind,
    patient: PersonId,
    record: RecordId,
) -> Result<Recorded<Measurement>> {
    history(conn, kind, patient, record)?
        .into_iter()
        .find(|v| v.is_latest && !v.deleted)
        .map(|v| v.record)
        .ok_or(Error::NotFound { what: "reading" })
}

/// Every version of one record, oldest first.
pub fn history(
    conn: &Connection,
    kind: ReadingKind,
    patient: PersonId,
    record: RecordId,
) -> Result<Vec<Version<Measurement>>> {
    for_kind!(kind, T => Ok(records::history::<T>(conn, patient, record)?
        .into_iter()
        .map(|v| Version {
            record: Recorded { meta: v.record.meta, value: Measurement::from(v.record.value) },
            deleted: v.deleted,
            is_latest: v.is_latest,
        })
        .collect()))
}

/// Current records of every kind taken in `[from, to)`, oldest first.
pub fn current_all(
    conn: &Connection,
    patient: PersonId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Recorded<Measurement>>> {
    let mut out = Vec::new();
    for kind in ReadingKind::ALL {
        for_kind!(*kind, T => {
            for r in records::current::<T>(conn, patient, from, to)? {
                out.push(Recorded { meta: r.meta, value: Measurement::from(r.value) });
            }
        });
    }
    out.sort_by_key(|r| (r.meta.taken.at, r.meta.record_id));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_give_what_taken_from_millis_gives() {
        let limit = DateTime::<Utc>::MAX_UTC.timestamp_millis();
        let bases =
            [i64::MIN, -limit - MS_PER_DAY, -limit, -MS_PER_DAY * 800_000, -1, 0, 1_782_000_000_000, limit];
        let mut instants = Instants::default();
        for base in bases {
            for step in
                [-MS_PER_DAY - 1, -1, 0, 1, 999, 1_000, 59_999, MS_PER_DAY - 1, MS_PER_DAY, 3 * MS_PER_DAY]
            {
                let millis = base.saturating_add(step);
                for offset in [0, 3600, -5 * 3600] {
                    assert_eq!(
                        instants.taken(millis, offset),
                        Taken::from_millis(millis, offset),
                        "{millis}"
                    );
                }
            }
        }
        // A day's worth of CGM rows, five minutes apart, reusing one date.
        let start = 1_782_000_000_000 - 7 * 60_000;
        for i in 0..600 {
            let millis = start + i * 300_000 + i % 7;
            assert_eq!(instants.taken(millis, 3600), Taken::from_millis(millis, 3600));
        }
    }
}
