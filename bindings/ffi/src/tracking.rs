//! Readings: logging, correcting and deleting them, reading them back with what they mean,
//! and importing many at once.

use saathi_core::{Entry, LogOptions as CoreLogOptions};
use saathi_domain::bands;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::{self as domain, Measurement};
use saathi_domain::sources::Source;
use saathi_domain::units::StonesPounds;
use saathi_store::records::Version;

use crate::error::{InputField, InputProblem, SaathiError};
use crate::mirror::all;
use crate::protocol::BpProtocolStatus;
use crate::session::SaathiSession;
use crate::time::{Taken, Timestamp};
use crate::{PersonId, RecordId};

mirror_enum!(GlucoseUnit <=> saathi_domain::units::GlucoseUnit { MmolPerL, MgPerDl });
mirror_enum!(Hba1cUnit <=> saathi_domain::units::Hba1cUnit { MmolPerMol, Percent });
mirror_enum!(WeightUnit <=> saathi_domain::units::WeightUnit { Kg, StonesPounds });

mirror_enum!(
    /// When a glucose reading was taken, which decides the target it is judged against.
    GlucoseContext <=> saathi_domain::reading::GlucoseContext {
        Fasting,
        BeforeMeal,
        AfterMeal,
        Bedtime,
        Random,
        BeforeSuhoor,
        AfterIftar,
    }
);

mirror_enum!(
    ReadingSource <=> saathi_domain::reading::ReadingSource { Hand, Meter, CgmImport }
);
mirror_enum!(Arm <=> saathi_domain::reading::Arm { Left, Right });
mirror_enum!(BodyPosition <=> saathi_domain::reading::Position { Sitting, Standing, Lying });
mirror_enum!(
    ActivityKind <=> saathi_domain::reading::ActivityKind {
        Walking,
        ChairExercise,
        Yoga,
        Gardening,
        Dancing,
        Housework,
        Swimming,
        Cycling,
        Other,
    }
);
mirror_enum!(ActivityIntensity <=> saathi_domain::reading::Intensity { Light, Moderate, Vigorous });
mirror_enum!(
    ReadingKind <=> saathi_domain::reading::ReadingKind { Glucose, BloodPressure, Weight, Hba1c, Activity }
);

mirror_enum!(
    GlucoseBand <=> saathi_domain::bands::GlucoseBand { SevereLow, Low, InRange, High, VeryHigh }
);
mirror_enum!(BpBand <=> saathi_domain::bands::BpBand { Low, Normal, Stage1, Stage2, Severe });
mirror_enum!(
    /// How soon to act on a reading.
    Urgency <=> saathi_domain::bands::Urgency { None, Routine, Soon, Now }
);
mirror_enum!(
    /// What to tell the person about a reading (each has a message in locales/).
    Advice <=> saathi_domain::bands::Advice {
        GlucoseSevereLow,
        GlucoseLow,
        GlucoseInRange,
        GlucoseHigh,
        GlucoseVeryHigh,
        BreakFast,
        BpLow,
        BpNormal,
        BpStage1,
        BpStage2,
        BpSevere,
        BpSevereSymptoms,
    }
);

/// A guideline a number comes from, for "why does Saathi say this?".
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GuidelineSource {
    pub id: String,
    pub citation: String,
}

impl From<Source> for GuidelineSource {
    fn from(s: Source) -> Self {
        GuidelineSource { id: s.id.into(), citation: s.citation.into() }
    }
}

/// One reading of any kind, in the units the person entered it.
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Enum)]
pub enum Reading {
    Glucose {
        value: f64,
        unit: GlucoseUnit,
        context: GlucoseContext,
    },
    BloodPressure {
        systolic: u16,
        diastolic: u16,
        pulse: Option<u16>,
        arm: Option<Arm>,
        position: Option<BodyPosition>,
    },
    /// Always in kg; `entered_unit` says how the person typed it (see `weightFromStonesPounds`).
    Weight {
        kg: f64,
        entered_unit: WeightUnit,
    },
    Hba1c {
        value: f64,
        unit: Hba1cUnit,
    },
    Activity {
        minutes: Option<u32>,
        kind: Option<ActivityKind>,
        intensity: Option<ActivityIntensity>,
        steps: Option<u32>,
    },
}

impl From<Measurement> for Reading {
    fn from(m: Measurement) -> Self {
        match m {
            Measurement::Glucose(g) => {
                Reading::Glucose { value: g.value, unit: g.unit.into(), context: g.context.into() }
            }
            Measurement::BloodPressure(b) => Reading::BloodPressure {
                systolic: b.systolic,
                diastolic: b.diastolic,
                pulse: b.pulse,
                arm: b.arm.map(Arm::from),
                position: b.position.map(BodyPosition::from),
            },
            Measurement::Weight(w) => Reading::Weight { kg: w.kg, entered_unit: w.entered_unit.into() },
            Measurement::Hba1c(h) => Reading::Hba1c { value: h.value, unit: h.unit.into() },
            Measurement::Activity(a) => Reading::Activity {
                minutes: a.minutes,
                kind: a.kind.map(ActivityKind::from),
                intensity: a.intensity.map(ActivityIntensity::from),
                steps: a.steps,
            },
        }
    }
}

impl From<Reading> for Measurement {
    fn from(r: Reading) -> Self {
        match r {
            Reading::Glucose { value, unit, context } => {
                domain::Glucose { value, unit: unit.into(), context: context.into() }.into()
            }
            Reading::BloodPressure { systolic, diastolic, pulse, arm, position } => domain::BloodPressure {
                systolic,
                diastolic,
                pulse,
                arm: arm.map(Into::into),
                position: position.map(Into::into),
            }
            .into(),
            Reading::Weight { kg, entered_unit } => {
                domain::Weight { kg, entered_unit: entered_unit.into() }.into()
            }
            Reading::Hba1c { value, unit } => domain::Hba1c { value, unit: unit.into() }.into(),
            Reading::Activity { minutes, kind, intensity, steps } => domain::Activity {
                minutes,
                kind: kind.map(Into::into),
                intensity: intensity.map(Into::into),
                steps,
            }
            .into(),
        }
    }
}

/// A weight typed in stones and pounds, as Saathi stores it (kg, remembering the unit);
/// pounds from 0 to 13.9, else `InvalidInput` on `Weight`.
#[uniffi::export]
pub fn weight_from_stones_pounds(stones: u32, pounds: f64) -> Result<Reading, SaathiError> {
    let sp = StonesPounds { stones, pounds }.validated()?;
    Ok(Measurement::from(domain::Weight::from_stones_pounds(sp)).into())
}

/// How a reading is logged. Every field has a default: `LogOptions()` is "typed by hand,
/// taken now".
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct LogOptions {
    /// When it was taken; none is now.
    #[uniffi(default = None)]
    pub taken: Option<Taken>,
    /// Where it came from; none is typed by hand.
    #[uniffi(default = None)]
    pub source: Option<ReadingSource>,
    /// The person is keeping a fast now (adds the break-the-fast advice).
    #[uniffi(default = false)]
    pub fasting: bool,
    /// A blood-pressure reading taken as part of the running home protocol.
    #[uniffi(default = false)]
    pub protocol: bool,
}

impl TryFrom<LogOptions> for CoreLogOptions {
    type Error = SaathiError;

    fn try_from(o: LogOptions) -> Result<Self, SaathiError> {
        Ok(CoreLogOptions {
            taken: o.taken.map(|t| t.local(Field::TakenAt)).transpose()?,
            source: o.source.map_or(domain::ReadingSource::Hand, Into::into),
            fasting: o.fasting,
            protocol: o.protocol,
        })
    }
}

/// What a glucose or blood-pressure reading means against the person's targets.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum Assessment {
    Glucose {
        band: GlucoseBand,
        urgency: Urgency,
        advice: Vec<Advice>,
        sources: Vec<GuidelineSource>,
    },
    BloodPressure {
        band: BpBand,
        /// Within the person's home target (which relaxes at 80).
        within_target: bool,
        urgency: Urgency,
        advice: Vec<Advice>,
        sources: Vec<GuidelineSource>,
    },
}

impl From<saathi_core::Assessment> for Assessment {
    fn from(a: saathi_core::Assessment) -> Self {
        match a {
            saathi_core::Assessment::Glucose(bands::GlucoseAssessment { band, urgency, advice, sources }) => {
                Assessment::Glucose {
                    band: band.into(),
                    urgency: urgency.into(),
                    advice: all(advice),
                    sources: all(sources),
                }
            }
            saathi_core::Assessment::BloodPressure(bands::BpAssessment {
                band,
                within_target,
                urgency,
                advice,
                sources,
            }) => Assessment::BloodPressure {
                band: band.into(),
                within_target,
                urgency: urgency.into(),
                advice: all(advice),
                sources: all(sources),
            },
        }
    }
}

/// What happened when a reading was stored, and what it means.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Logged {
    pub kind: ReadingKind,
    pub record: RecordId,
    pub version: u32,
    pub assessment: Option<Assessment>,
    /// Where the home blood-pressure protocol stands after this reading.
    pub protocol: Option<BpProtocolStatus>,
}

impl From<saathi_core::Logged> for Logged {
    fn from(l: saathi_core::Logged) -> Self {
        Logged {
            kind: l.kind.into(),
            record: l.record,
            version: l.version,
            assessment: l.assessment.map(Assessment::from),
            protocol: l.protocol.map(BpProtocolStatus::from),
        }
    }
}

/// Who recorded a reading, when, and which version this is.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RecordMeta {
    pub record_id: RecordId,
    pub version: u32,
    pub patient: PersonId,
    pub entered_by: PersonId,
    pub taken: Taken,
    pub entered_at: Timestamp,
    pub source: ReadingSource,
    /// Why it was corrected or deleted (versions after the first).
    pub change_reason: Option<String>,
}

impl From<domain::RecordMeta> for RecordMeta {
    fn from(m: domain::RecordMeta) -> Self {
        RecordMeta {
            record_id: m.record_id,
            version: m.version,
            patient: m.patient,
            entered_by: m.entered_by,
            taken: m.taken.into(),
            entered_at: m.entered_at,
            source: m.source.into(),
            change_reason: m.change_reason,
        }
    }
}

/// A reading as it stands now, with what it means (glucose and blood pressure).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ReadingEntry {
    pub meta: RecordMeta,
    pub reading: Reading,
    pub assessment: Option<Assessment>,
}

impl From<Entry> for ReadingEntry {
    fn from(e: Entry) -> Self {
        ReadingEntry {
            meta: e.meta.into(),
            reading: e.measurement.into(),
            assessment: e.assessment.map(Assessment::from),
        }
    }
}

/// One version in a reading's history.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ReadingVersion {
    pub meta: RecordMeta,
    pub reading: Reading,
    /// This version deleted the reading.
    pub deleted: bool,
    pub is_latest: bool,
}

impl From<Version<Measurement>> for ReadingVersion {
    fn from(v: Version<Measurement>) -> Self {
        ReadingVersion {
            meta: v.record.meta.into(),
            reading: v.record.value.into(),
            deleted: v.deleted,
            is_latest: v.is_latest,
        }
    }
}

/// One row of a glucose import (a CGM or meter export the shell has read).
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct GlucoseRow {
    pub taken: Taken,
    pub value: f64,
    pub unit: GlucoseUnit,
    pub context: GlucoseContext,
}

#[uniffi::export(async_runtime = "tokio")]
impl SaathiSession {
    /// Validates and stores a reading for `patient`, with its audit entry; returns what it
    /// means. Invalid input (`InvalidInput`) stores nothing.
    pub fn log(
        &self,
        patient: PersonId,
        reading: Reading,
        options: LogOptions,
    ) -> Result<Logged, SaathiError> {
        self.with(|s| Ok(s.log(patient, reading.into(), options.try_into()?)?.into()))
    }

    /// Replaces a reading with a corrected one of the same kind, saying why; the old
    /// version is kept. `taken` none keeps the old time.
    pub fn correct(
        &self,
        patient: PersonId,
        record: RecordId,
        reading: Reading,
        reason: String,
        taken: Option<Taken>,
    ) -> Result<Logged, SaathiError> {
        self.with(|s| {
            let taken = taken.map(|t| t.local(Field::TakenAt)).transpose()?;
            Ok(s.correct(patient, record, reading.into(), &reason, taken)?.into())
        })
    }

    /// Deletes a reading, saying why: it leaves lists and summaries but stays in its
    /// history. Returns the deleting version's number.
    pub fn delete(
        &self,
        patient: PersonId,
        kind: ReadingKind,
        record: RecordId,
        reason: String,
    ) -> Result<u32, SaathiError> {
        self.with(|s| Ok(s.delete(patient, kind.into(), record, &reason)?))
    }

    /// One reading as it stands now.
    pub fn reading(
        &self,
        patient: PersonId,
        kind: ReadingKind,
        record: RecordId,
    ) -> Result<ReadingEntry, SaathiError> {
        self.with(|s| Ok(s.reading(patient, kind.into(), record)?.into()))
    }

    /// Every version of a reading, oldest first.
    pub fn history(
        &self,
        patient: PersonId,
        kind: ReadingKind,
        record: RecordId,
    ) -> Result<Vec<ReadingVersion>, SaathiError> {
        self.with(|s| Ok(all(s.history(patient, kind.into(), record)?)))
    }

    /// Readings of every kind taken from `from` up to (not including) `to`, oldest first.
    pub fn readings(
        &self,
        patient: PersonId,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<ReadingEntry>, SaathiError> {
        self.with(|s| Ok(all(s.readings(patient, from, to)?)))
    }

    /// Imports glucose rows in one transaction: the first invalid row (`InvalidImportRow`,
    /// 1-based) cancels the whole import. Returns how many were stored. Runs off the
    /// caller's thread.
    pub async fn import_glucose(
        &self,
        patient: PersonId,
        rows: Vec<GlucoseRow>,
        source: ReadingSource,
    ) -> Result<u64, SaathiError> {
        self.with_blocking(move |s| {
            let mut core_rows = Vec::with_capacity(rows.len());
            for (i, r) in rows.into_iter().enumerate() {
                let taken = r.taken.local(Field::TakenAt).map_err(|_| SaathiError::InvalidImportRow {
                    row: i as u64 + 1,
                    field: InputField::TakenAt,
                    problem: InputProblem::NotAChoice,
                })?;
                core_rows.push(Ok(saathi_core::GlucoseRow {
                    taken,
                    value: r.value,
                    unit: r.unit.into(),
                    context: r.context.into(),
                }));
            }
            Ok(s.import_glucose(patient, core_rows, source.into())? as u64)
        })
        .await
    }
}
