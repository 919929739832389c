//! A demo household with two years of realistic readings, for `saathi demo`, benchmarks
//! and binding tests. Everything goes through the same `Session` API a shell uses.
//!
//! The numbers are synthetic: they look like a real family's data (meal peaks, a dawn rise,
//! the odd night-time low, slowly improving control), generated from a fixed seed.

use std::f64::consts::E;

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveTime, TimeZone, Timelike, Utc, Weekday};
use serde::Serialize;

use saathi_domain::grants::{LegalBasis, Scope};
use saathi_domain::medicine::{DoseStatus, Regimen, WithFood};
use saathi_domain::person::{Condition, NewPerson, Person, Role, UnitPreferences};
use saathi_domain::reading::{
    Activity, ActivityKind, BloodPressure, GlucoseContext, Hba1c, Intensity, Measurement, Position,
    ReadingSource, Weight,
};
use saathi_domain::targets::TargetMetric;
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit, round_to};

use crate::{GlucoseRow, LogOptions, Result, Saathi};

/// CGM readings a day (one every five minutes).
pub const CGM_PER_DAY: u32 = 288;

#[derive(Debug, Clone, Serialize)]
pub struct Household {
    /// Has type 2 diabetes, high blood pressure and wears a CGM.
    pub rashid: Person,
    /// Has high blood pressure; thinks of her weight in stones.
    pub nasreen: Person,
    /// Their daughter, who helps them (delegated access comes with grants).
    pub amina: Person,
    /// Their practice nurse, who sets targets.
    pub nurse: Person,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub glucose: usize,
    pub blood_pressure: usize,
    pub weight: usize,
    pub hba1c: usize,
    pub activity: usize,
    pub doses: usize,
}

fn person(
    name: &str,
    role: Role,
    birth_year: Option<i32>,
    conditions: Vec<Condition>,
    weight: WeightUnit,
) -> NewPerson {
    NewPerson {
        name: name.to_string(),
        role,
        birth_year,
        conditions,
        units: UnitPreferences { weight, ..UnitPreferences::default() },
    }
}

pub fn create_household(saathi: &Saathi) -> Result<Household> {
    use Condition::*;
    Ok(Household {
        rashid: saathi.add_person(person(
            "Rashid",
            Role::Patient,
            Some(1956),
            vec![Type2Diabetes, HighBloodPressure, HeartDisease],
            WeightUnit::Kg,
        ))?,
        nasreen: saathi.add_person(person(
            "Nasreen",
            Role::Patient,
            Some(1961),
            vec![HighBloodPressure],
            WeightUnit::StonesPounds,
        ))?,
        amina: saathi.add_person(person("Amina", Role::Helper, None, vec![], WeightUnit::Kg))?,
        nurse: saathi.add_person(person("Nurse Shah", Role::Clinician, None, vec![], WeightUnit::Kg))?,
    })
}

/// The UK's wall-clock offset at `utc` (BST from the last Sunday of March to the last
/// Sunday of October, 01:00 UTC). Demo data only: real readings carry the device's offset.
fn uk_offset(utc: DateTime<Utc>) -> FixedOffset {
    let last_sunday = |month: u32| {
        let mut d = Utc.with_ymd_and_hms(utc.year(), month, 31, 1, 0, 0).single().expect("31st exists");
        while d.weekday() != Weekday::Sun {
            d -= Duration::days(1);
        }
        d
    };
    let bst = utc >= last_sunday(3) && utc < last_sunday(10);
    FixedOffset::east_opt(if bst { 3600 } else { 0 }).expect("valid offset")
}

fn local(utc: DateTime<Utc>) -> DateTime<FixedOffset> {
    utc.with_timezone(&uk_offset(utc))
}

/// A meal's effect on glucose `minutes` after eating: rises to 1 at 50 minutes, then fades.
fn meal_curve(minutes: f64) -> f64 {
    if minutes < 0.0 {
        return 0.0;
    }
    let x = minutes / 50.0;
    x * E.powf(1.0 - x)
}

/// Two years (or `days`) of five-minute CGM readings ending at `end`, oldest first.
pub fn cgm_rows(end: DateTime<Utc>, days: u32, seed: u64) -> impl Iterator<Item = GlucoseRow> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let total = days * CGM_PER_DAY;
    let start = end - Duration::minutes(5 * i64::from(total));
    let mut drift = 0.0_f64;
    let mut hypo_night = false;
    (0..total).map(move |i| {
        let at = local(start + Duration::minutes(5 * i64::from(i)));
        let progress = f64::from(i) / f64::from(total.max(1));
        let hour = f64::from(at.hour()) + f64::from(at.minute()) / 60.0;
        if at.hour() == 0 && at.minute() == 0 {
            // About one night in three weeks has a low in the small hours.
            hypo_night = rng.u32(0..21) == 0;
        }
        let peak = 1.0 - 0.25 * progress;
        let since = |meal_hour: f64| (hour - meal_hour) * 60.0;
        let mut mmol = 8.6 - 1.6 * progress
            + 0.7 * (-((hour - 6.5) / 1.2).powi(2)).exp()
            + 4.0 * peak * meal_curve(since(8.5))
            + 3.0 * peak * meal_curve(since(13.5))
            + 4.6 * peak * meal_curve(since(20.0));
        if hypo_night {
            mmol -= 5.2 * (-((hour - 3.0) / 0.6).powi(2)).exp();
        }
        drift = 0.96 * drift + rng.f64() * 0.16 - 0.08;
        mmol += drift * 6.0 + rng.f64() * 0.3 - 0.15;
        GlucoseRow {
            taken: at,
            value: round_to(mmol.clamp(2.4, 24.0), 1),
            unit: GlucoseUnit::MmolPerL,
            context: GlucoseContext::Random,
        }
    })
}

fn normal(rng: &mut fastrand::Rng, spread: f64) -> f64 {
    // Sum of uniforms: close enough to a bell curve for demo data.
    (0..4).map(|_| rng.f64()).sum::<f64>() / 4.0 * 2.0 * spread - spread
}

/// Fills the household with `days` of history ending at the clock's "now".
pub fn populate(saathi: &Saathi, h: &Household, days: u32) -> Result<Counts> {
    let mut rng = fastrand::Rng::with_seed(7);
    let now = saathi.now().with_timezone(&Utc);
    let end = now - Duration::minutes(10);
    let start_day = (end - Duration::days(i64::from(days))).date_naive();
    let mut counts = Counts::default();
    let rashid = saathi.session(h.rashid.id)?;
    let nasreen = saathi.session(h.nasreen.id)?;

    counts.glucose =
        rashid.import_glucose(h.rashid.id, cgm_rows(end, days, 42).map(Ok), ReadingSource::CgmImport)?;

    let at = |day: u32, hh: u32, mm: u32| -> Option<DateTime<FixedOffset>> {
        let date = start_day + Duration::days(i64::from(day));
        let utc = Utc.from_utc_datetime(&date.and_time(NaiveTime::from_hms_opt(hh, mm, 0)?));
        // Interpret hh:mm as UK wall-clock time.
        let local = utc - Duration::seconds(i64::from(uk_offset(utc).local_minus_utc()));
        (local <= end).then(|| local.with_timezone(&uk_offset(local)))
    };
    let log = |s: &crate::Session, who: &Person, m: Measurement, taken| {
        s.log(
            who.id,
            m,
            LogOptions { taken: Some(taken), source: ReadingSource::Meter, ..LogOptions::default() },
        )
    };

    for day in 0..days {
        let progress = f64::from(day) / f64::from(days);
        // Rashid: blood pressure morning and evening, slowly coming down with treatment.
        for (hh, mm) in [(7, 30), (19, 30)] {
            if let Some(t) = at(day, hh, mm) {
                let sys = (148.0 - 12.0 * progress + normal(&mut rng, 9.0)).round() as u16;
                let dia = (89.0 - 6.0 * progress + normal(&mut rng, 5.0)).round() as u16;
                let bp = BloodPressure {
                    systolic: sys,
                    diastolic: dia.min(sys - 20),
                    pulse: Some((72.0 + normal(&mut rng, 6.0)).round() as u16),
                    arm: None,
                    position: Some(Position::Sitting),
                };
                log(&rashid, &h.rashid, Measurement::BloodPressure(bp), t)?;
                counts.blood_pressure += 1;
            }
        }
        // Nasreen: a morning reading most days.
        if rng.u32(0..10) < 7 {
            if let Some(t) = at(day, 8, 15) {
                let sys = (141.0 - 4.0 * progress + normal(&mut rng, 10.0)).round() as u16;
                let dia = (86.0 + normal(&mut rng, 6.0)).round() as u16;
                let bp = BloodPressure {
                    systolic: sys,
                    diastolic: dia.min(sys - 20),
                    pulse: None,
                    arm: None,
                    position: None,
                };
                log(&nasreen, &h.nasreen, Measurement::BloodPressure(bp), t)?;
                counts.blood_pressure += 1;
            }
        }
        // Weekly weights, Sunday mornings.
        if day % 7 == 0 {
            if let Some(t) = at(day, 8, 0) {
                let kg = 86.0 - 5.5 * progress + normal(&mut rng, 0.6);
                log(&rashid, &h.rashid, Measurement::Weight(Weight { kg, entered_unit: WeightUnit::Kg }), t)?;
                let kg = 71.0 - 2.0 * progress + normal(&mut rng, 0.5);
                let w = Weight { kg: round_to(kg, 1), entered_unit: WeightUnit::StonesPounds };
                log(&nasreen, &h.nasreen, Measurement::Weight(w), t)?;
                counts.weight += 2;
            }
        }
        // HbA1c at the practice every three months, following the improving glucose.
        if day % 91 == 45 {
            if let Some(t) = at(day, 10, 0) {
                let ifcc = (66.0 - 14.0 * progress + normal(&mut rng, 2.0)).round();
                let h1 = Hba1c { value: ifcc, unit: Hba1cUnit::MmolPerMol };
                log(&rashid, &h.rashid, Measurement::Hba1c(h1), t)?;
                counts.hba1c += 1;
            }
        }
        // An evening walk on most days.
        if rng.u32(0..10) < 8 {
            if let Some(t) = at(day, 20, 45) {
                let a = Activity {
                    minutes: Some(rng.u32(15..46)),
                    kind: Some(ActivityKind::Walking),
                    intensity: Some(Intensity::Moderate),
                    steps: Some(rng.u32(2500..7500)),
                };
                log(&rashid, &h.rashid, Measurement::Activity(a), t)?;
                counts.activity += 1;
            }
        }
    }

    // Medicines, and the last 90 days of doses.
    let time = |hh| NaiveTime::from_hms_opt(hh, 0, 0).expect("valid time");
    let regimen = |name: &str, dose: &str, times: Vec<NaiveTime>| Regimen {
        name: name.into(),
        dose: dose.into(),
        times,
        with_food: WithFood::With,
    };
    let metformin =
        rashid.add_regimen(h.rashid.id, regimen("Metformin", "500 mg", vec![time(8), time(20)]))?;
    let gliclazide = rashid.add_regimen(h.rashid.id, regimen("Gliclazide", "40 mg", vec![time(8)]))?;
    let amlodipine = nasreen.add_regimen(h.nasreen.id, regimen("Amlodipine", "5 mg", vec![time(8)]))?;
    let doses = [
        (&rashid, &h.rashid, metformin, 8),
        (&rashid, &h.rashid, metformin, 20),
        (&rashid, &h.rashid, gliclazide, 8),
        (&nasreen, &h.nasreen, amlodipine, 8),
    ];
    for day in days.saturating_sub(90)..days {
        for (session, who, regimen, hh) in doses {
            let roll = rng.u32(0..100);
            let (status, late_by) = match roll {
                0..=3 => (DoseStatus::Skipped, 0),
                4..=8 => (DoseStatus::Late, 2),
                _ => (DoseStatus::Taken, 0),
            };
            if let Some(t) = at(day, hh + late_by, 5) {
                session.record_dose(who.id, regimen, time(hh), status, Some(t))?;
                counts.doses += 1;
            }
        }
    }

    // Rashid shares his readings with his practice nurse, who sets his HbA1c target: he
    // takes gliclazide, which can cause hypos.
    let nurse = saathi.session(h.nurse.id)?;
    let invitation = rashid.invite(
        h.rashid.id,
        crate::InviteRequest {
            scopes: vec![Scope::ViewSharedReadings, Scope::AssignContent],
            grant_days: None,
            window: None,
            basis: LegalBasis::Consent,
        },
    )?;
    nurse.accept_invite(invitation.code.as_str())?;
    nurse.set_target(
        h.rashid.id,
        TargetMetric::Hba1c,
        None,
        53.0,
        None,
        Some("Takes gliclazide, which can cause hypos"),
    )?;
    Ok(counts)
}

/// A clock that can be wound back, so the demo can show a multi-day flow (the home blood
/// pressure protocol) as if it had happened over the last few days.
#[derive(Clone)]
pub struct RewindableClock {
    base: crate::Clock,
    back_seconds: std::sync::Arc<std::sync::atomic::AtomicI64>,
}

impl RewindableClock {
    pub fn new(base: crate::Clock) -> Self {
        RewindableClock { base, back_seconds: Default::default() }
    }

    pub fn clock(&self) -> crate::Clock {
        let this = self.clone();
        std::sync::Arc::new(move || {
            (this.base)() - Duration::seconds(this.back_seconds.load(std::sync::atomic::Ordering::SeqCst))
        })
    }

    pub fn set_back(&self, by: Duration) {
        self.back_seconds.store(by.num_seconds(), std::sync::atomic::Ordering::SeqCst);
    }
}

/// Nasreen's home blood-pressure check over the last five days, through the protocol flow:
/// two readings a minute apart, morning and evening. Returns the readings logged.
pub fn home_bp_check(saathi: &Saathi, clock: &RewindableClock, h: &Household) -> Result<usize> {
    let mut rng = fastrand::Rng::with_seed(11);
    let session = saathi.session(h.nasreen.id)?;
    let now = saathi.now();
    // Start at 07:50 wall-clock time five days ago.
    let start = now - Duration::days(5);
    let start = start - Duration::seconds(i64::from(start.num_seconds_from_midnight()))
        + Duration::minutes(7 * 60 + 50);
    clock.set_back(now - start);
    session.start_bp_protocol(h.nasreen.id, 7)?;
    let mut logged = 0;
    for day in 0..5 {
        for (hh, mm) in [(8, 0), (19, 0)] {
            for second in [0, 1] {
                let at = start - Duration::minutes(7 * 60 + 50)
                    + Duration::days(day)
                    + Duration::minutes(hh * 60 + mm + second);
                if at > now {
                    continue;
                }
                clock.set_back(now - at);
                let sys = (139.0 + normal(&mut rng, 7.0)).round() as u16;
                let dia = (87.0 + normal(&mut rng, 4.0)).round() as u16;
                let bp = BloodPressure {
                    systolic: sys,
                    diastolic: dia,
                    pulse: None,
                    arm: None,
                    position: Some(Position::Sitting),
                };
                session.log(
                    h.nasreen.id,
                    Measurement::BloodPressure(bp),
                    LogOptions { protocol: true, source: ReadingSource::Meter, ..LogOptions::default() },
                )?;
                logged += 1;
            }
        }
    }
    clock.set_back(Duration::zero());
    Ok(logged)
}
