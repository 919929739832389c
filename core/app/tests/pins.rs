//! Profile PINs on a shared phone, through the public API: what a PIN may be, that a
//! profile with one opens only with it, the growing wait after wrong attempts, that wrong
//! attempts are audited, and the private session in which a patient reviews sharing.

mod common;

use chrono::{Duration, Utc};

use common::*;
use saathi_core::{Error, Session};
use saathi_domain::ValidationError;
use saathi_domain::grants::{EndReason, Scope};
use saathi_domain::person::{Person, PersonId, Role};
use saathi_domain::plausibility::Field;
use saathi_store::audit;

const PIN: &str = "2468";

fn setup() -> (Env, Person) {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let abba = env.person("Abba", Role::Patient);
    (env, abba)
}

/// The patient's audit trail, read in a session opened with the PIN.
fn trail_with_pin(env: &Env, p: &Person) -> Vec<audit::Entry> {
    env.app.unlock(p.id, PIN).expect("unlock").audit_trail(p.id).expect("audit trail")
}

fn wrong_pin(r: saathi_core::Result<Session>) -> Option<chrono::DateTime<Utc>> {
    match r {
        Err(Error::WrongPin { retry_at }) => retry_at,
        Err(other) => panic!("expected WrongPin, got {other:?}"),
        Ok(_) => panic!("expected WrongPin, got a session"),
    }
}

fn locked(r: saathi_core::Result<Session>) -> chrono::DateTime<Utc> {
    match r {
        Err(Error::PinLocked { until, .. }) => until,
        Err(other) => panic!("expected PinLocked, got {other:?}"),
        Ok(_) => panic!("expected PinLocked, got a session"),
    }
}

#[test]
fn a_pin_is_four_to_eight_digits_and_a_refused_one_stores_nothing() {
    let (env, abba) = setup();
    let s = env.session(&abba);
    let digits = "digits";
    assert_eq!(
        invalid(s.set_pin("123")),
        ValidationError::BelowMin { field: Field::Pin, min: 4.0, unit: digits }
    );
    assert_eq!(invalid(s.set_pin("12a4")), ValidationError::NotANumber { field: Field::Pin });
    assert_eq!(invalid(s.set_pin("12 34")), ValidationError::NotANumber { field: Field::Pin });
    assert_eq!(
        invalid(s.set_pin("123456789")),
        ValidationError::AboveMax { field: Field::Pin, max: 8.0, unit: digits }
    );
    // Nothing was stored: the profile still opens without a PIN, and nothing was audited.
    env.app.session(abba.id).expect("still no PIN");
    assert!(matches!(env.app.unlock(abba.id, "1234"), Err(Error::NoPinSet)));
    assert!(trail(&env, &abba).is_empty());

    s.set_pin("1234").expect("four digits");
    s.set_pin("12345678").expect("eight digits");
    assert!(matches!(env.app.session(abba.id), Err(Error::PinRequired)));
    env.app.unlock(abba.id, "12345678").expect("the latest PIN");
    assert!(matches!(env.app.unlock(abba.id, "1234"), Err(Error::WrongPin { .. })), "the old one is gone");
}

#[test]
fn a_profile_with_a_pin_opens_only_with_it_and_wrong_pins_are_audited() {
    let (env, abba) = setup();
    let amina = env.person("Amina", Role::Helper);
    env.session(&abba).set_pin(PIN).expect("set pin");

    assert!(matches!(env.app.session(abba.id), Err(Error::PinRequired)));
    // Others on the phone are not affected.
    env.session(&amina);

    let s = env.app.unlock(abba.id, PIN).expect("right PIN");
    assert_eq!(s.actor().id, abba.id);
    assert!(!s.is_private());
    s.log(abba.id, kg(71.0), Default::default()).expect("the session works");

    env.advance(Duration::minutes(1));
    let wrong_at = env.now().with_timezone(&Utc);
    assert_eq!(wrong_pin(env.app.unlock(abba.id, "8642")), None, "the first wrong PIN is free");
    // A wrong PIN is recorded on the profile it was tried on.
    let t = trail_with_pin(&env, &abba);
    let rows: Vec<_> = t.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(rows, ["set-pin", "log", "wrong-pin"]);
    assert_eq!((t[2].actor, t[2].patient, t[2].at, t[2].private), (abba.id, Some(abba.id), wrong_at, false));

    // Unknown people are not found, with or without a PIN.
    assert!(matches!(env.app.unlock(PersonId(999), PIN), Err(Error::NotFound { what: "person" })));
    assert!(matches!(env.app.session(PersonId(999)), Err(Error::NotFound { what: "person" })));
}

#[test]
fn after_three_wrong_pins_each_attempt_waits_longer() {
    let (env, abba) = setup();
    env.session(&abba).set_pin(PIN).expect("set pin");

    assert_eq!(wrong_pin(env.app.unlock(abba.id, "0000")), None);
    assert_eq!(wrong_pin(env.app.unlock(abba.id, "1111")), None);
    let third = env.now().with_timezone(&Utc);
    assert_eq!(wrong_pin(env.app.unlock(abba.id, "2222")), Some(third + Duration::seconds(30)));

    // The fourth attempt, before the wait is over, is refused even with the right PIN.
    env.advance(Duration::seconds(29));
    assert_eq!(locked(env.app.unlock(abba.id, PIN)), third + Duration::seconds(30));
    assert_eq!(locked(env.app.private_session(abba.id, PIN)), third + Duration::seconds(30));
    assert_eq!(locked(env.app.unlock(abba.id, "3333")), third + Duration::seconds(30));

    // After the wait a wrong PIN makes the next wait longer ...
    env.advance(Duration::seconds(1));
    let fourth = env.now().with_timezone(&Utc);
    assert_eq!(wrong_pin(env.app.unlock(abba.id, "4444")), Some(fourth + Duration::seconds(60)));
    env.advance(Duration::seconds(59));
    assert_eq!(locked(env.app.unlock(abba.id, PIN)), fourth + Duration::seconds(60));
    // ... and once it is over the right PIN opens the profile and starts the count again.
    env.advance(Duration::seconds(1));
    env.app.unlock(abba.id, PIN).expect("right PIN after the wait");
    assert_eq!(wrong_pin(env.app.unlock(abba.id, "5555")), None, "three free tries again");
    assert_eq!(wrong_pin(env.app.unlock(abba.id, "6666")), None);
    let now = env.now().with_timezone(&Utc);
    assert_eq!(wrong_pin(env.app.unlock(abba.id, "7777")), Some(now + Duration::seconds(30)));

    // Every wrong PIN was audited; refusals while locked were not wrong PINs.
    env.advance(Duration::seconds(30));
    let wrong = trail_with_pin(&env, &abba).iter().filter(|e| e.action == "wrong-pin").count();
    assert_eq!(wrong, 7);
}

#[test]
fn a_private_session_marks_what_it_does_private() {
    let (env, abba) = setup();
    let amina = env.person("Amina", Role::Helper);
    let grant = env.share(&abba, &amina, &[Scope::ViewReadings]);
    env.session(&abba).set_pin(PIN).expect("set pin");
    let before = trail_with_pin(&env, &abba);
    assert!(before.iter().all(|e| !e.private));

    let private = env.app.private_session(abba.id, PIN).expect("private session");
    assert!(private.is_private());
    assert_eq!(private.sharing(abba.id).expect("sharing"), std::slice::from_ref(&grant));
    private.revoke(abba.id, grant.id, EndReason::Safeguarding).expect("revoke");

    let after = trail_with_pin(&env, &abba);
    assert_eq!(after[..before.len()], before[..]);
    let new = &after[before.len()..];
    assert_eq!(new.len(), 1);
    assert_eq!(
        (new[0].action.as_str(), new[0].actor, new[0].private),
        ("revoke-safeguarding", abba.id, true)
    );
    assert_eq!(new[0].record.map(|r| r.0), Some(grant.id.0));
    // The revocation itself is as final as any other; Amina is refused and told nothing.
    let (from, to) = always();
    let r = env.session(&amina).readings(abba.id, from, to);
    assert_eq!(denied(r).1, saathi_domain::access::Denial::AccessEnded);
    assert!(env.session(&amina).helping().expect("helping").is_empty());

    // A wrong PIN for a private session is a wrong PIN like any other.
    assert!(matches!(env.app.private_session(abba.id, "1357"), Err(Error::WrongPin { .. })));
    // What the ordinary session does is not private.
    env.app.unlock(abba.id, PIN).expect("unlock").log(abba.id, kg(70.0), Default::default()).expect("log");
    let all = trail_with_pin(&env, &abba);
    let last = all.last().expect("an entry");
    assert_eq!((last.action.as_str(), last.private), ("log", false));
    // Amina's refusal, the wrong PIN and the log came after the private revocation.
    let tail: Vec<_> = all[after.len()..].iter().map(|e| (e.action.as_str(), e.private)).collect();
    assert_eq!(tail, [("denied-view-readings", false), ("wrong-pin", false), ("log", false)]);
    // The chain covers the private flag too; every entry here is on Abba's record.
    assert_eq!(private.verify_audit().expect("verify").expect("intact"), all.len() as u64);
}

#[test]
fn a_private_session_needs_a_pin() {
    let (env, abba) = setup();
    assert!(matches!(env.app.private_session(abba.id, PIN), Err(Error::NoPinSet)));
    assert!(matches!(env.app.private_session(abba.id, ""), Err(Error::NoPinSet)));
    assert!(trail(&env, &abba).is_empty(), "nothing was recorded");
}

#[test]
fn a_pin_can_be_cleared() {
    let (env, abba) = setup();
    env.session(&abba).set_pin(PIN).expect("set pin");
    let s = env.app.unlock(abba.id, PIN).expect("unlock");
    s.clear_pin().expect("clear");
    let plain = env.app.session(abba.id).expect("no PIN needed any more");
    assert!(matches!(env.app.unlock(abba.id, PIN), Err(Error::NoPinSet)));
    assert!(matches!(env.app.private_session(abba.id, PIN), Err(Error::NoPinSet)));
    let changes: Vec<_> = plain.audit_trail(abba.id).expect("trail").into_iter().map(|e| e.action).collect();
    assert_eq!(changes, ["set-pin", "clear-pin"], "setting and clearing are both recorded");

    // A PIN can be set again, and only the new one opens the profile.
    plain.set_pin("97531").expect("new PIN");
    assert!(matches!(env.app.session(abba.id), Err(Error::PinRequired)));
    assert_eq!(wrong_pin(env.app.unlock(abba.id, PIN)), None);
    env.app.unlock(abba.id, "97531").expect("the new PIN");
}
