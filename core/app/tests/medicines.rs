//! Medicine regimens and doses through the public API.

mod common;

use chrono::{NaiveTime, Utc};

use common::*;
use saathi_domain::ValidationError;
use saathi_domain::medicine::{DoseStatus, Regimen, WithFood};
use saathi_domain::person::Role;
use saathi_domain::plausibility::Field;
use saathi_domain::reading::RecordId;
use saathi_domain::time::{Period, Taken};

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

fn regimen(name: &str, dose: &str, times: Vec<NaiveTime>) -> Regimen {
    Regimen { name: name.into(), dose: dose.into(), times, with_food: WithFood::With }
}

#[test]
fn a_regimen_is_checked_before_it_is_stored() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let cases = [
        (regimen("  ", "500 mg", vec![time(8, 0)]), ValidationError::Missing { field: Field::Name }),
        (regimen("Metformin", "", vec![time(8, 0)]), ValidationError::Missing { field: Field::Dose }),
        (regimen("Metformin", "500 mg", vec![]), ValidationError::Missing { field: Field::DoseTimes }),
        (
            regimen("Metformin", "500 mg", (0..9).map(|h| time(h, 0)).collect()),
            ValidationError::TooLong { field: Field::DoseTimes, max: 8 },
        ),
        (
            regimen(&"M".repeat(81), "500 mg", vec![time(8, 0)]),
            ValidationError::TooLong { field: Field::Name, max: 80 },
        ),
    ];
    for (r, expected) in cases {
        assert_eq!(invalid(s.add_regimen(asha.id, r)), expected);
    }
    assert!(s.regimens(asha.id).expect("regimens").is_empty());
    assert!(trail(&env, &asha).is_empty());
}

#[test]
fn a_regimen_is_kept_tidy_with_who_and_when() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let id = s
        .add_regimen(asha.id, regimen(" Metformin ", " 500 mg ", vec![time(20, 0), time(8, 0), time(20, 0)]))
        .expect("regimen");
    let all = s.regimens(asha.id).expect("regimens");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].meta.record_id, id);
    assert_eq!(all[0].value, regimen("Metformin", "500 mg", vec![time(8, 0), time(20, 0)]));
    assert_eq!((all[0].meta.entered_by, all[0].meta.version), (asha.id, 1));
    assert_eq!(all[0].meta.taken, Taken::new(env.now()));
}

#[test]
fn doses_are_for_one_of_the_regimens_times_and_appear_in_the_summary() {
    let env = Env::new(gmt(2026, 11, 21, 21, 0));
    let asha = env.person("Asha", Role::Patient);
    let s = env.session(&asha);
    let r =
        s.add_regimen(asha.id, regimen("Amlodipine", "5 mg", vec![time(8, 0), time(20, 0)])).expect("add");
    let rows = trail(&env, &asha).len();

    let e = invalid(s.record_dose(asha.id, r, time(12, 0), DoseStatus::Taken, None));
    assert_eq!(e, ValidationError::NotAChoice { field: Field::DoseTimes });
    assert_eq!(
        not_found(s.record_dose(asha.id, RecordId(r.0 + 1), time(8, 0), DoseStatus::Taken, None)),
        "medicine"
    );
    let future = env.now() + chrono::Duration::hours(1);
    let e = invalid(s.record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, Some(future)));
    assert_eq!(e, ValidationError::InFuture { field: Field::TakenAt, tolerance_minutes: 5 });
    assert!(s.summary_days(asha.id, 1).expect("summary").doses.is_none(), "nothing stored");
    assert_eq!(trail(&env, &asha).len(), rows, "nothing audited");

    s.record_dose(asha.id, r, time(8, 0), DoseStatus::Taken, Some(gmt(2026, 11, 21, 8, 10))).expect("dose");
    s.record_dose(asha.id, r, time(20, 0), DoseStatus::Skipped, None).expect("dose");
    s.record_dose(asha.id, r, time(8, 0), DoseStatus::Late, Some(gmt(2026, 11, 20, 10, 0))).expect("dose");
    // `to` is exclusive, and the skipped dose was recorded as taken now.
    let today = Period {
        from: gmt(2026, 11, 21, 0, 0).with_timezone(&Utc),
        to: gmt(2026, 11, 22, 0, 0).with_timezone(&Utc),
    };
    let sum = s.summary(asha.id, today).expect("summary");
    let d = sum.doses.expect("doses");
    assert_eq!((d.taken, d.late, d.skipped), (1, 0, 1));
    let m = sum.messages.iter().find(|m| m.key == "summary-doses").expect("doses message");
    assert_eq!(m, &saathi_domain::message::Message::new("summary-doses").int("taken", 1).int("total", 2));
    let two_days = Period { from: gmt(2026, 11, 20, 0, 0).with_timezone(&Utc), ..today };
    let d = s.summary(asha.id, two_days).expect("summary").doses.expect("doses");
    assert_eq!((d.taken, d.late, d.skipped), (1, 1, 1));
}
