//! Each person's languages: what they read and what they hear, kept apart.

mod common;

use common::*;
use saathi_core::Error;
use saathi_domain::ValidationError;
use saathi_domain::access::{Action, Denial};
use saathi_domain::grants::Scope;
use saathi_domain::person::{Languages, Role};
use saathi_domain::plausibility::Field;

fn langs(text: &[&str], audio: &[&str]) -> Languages {
    Languages {
        text: text.iter().map(|s| s.to_string()).collect(),
        audio: audio.iter().map(|s| s.to_string()).collect(),
    }
}

#[test]
fn a_person_reads_one_chain_and_hears_another_and_helpers_have_their_own() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let abba = env.person("Abba", Role::Patient);
    let amina = env.person("Amina", Role::Helper);
    let own = env.session(&abba);
    assert_eq!(own.languages(abba.id).expect("none yet"), None);
    own.set_languages(abba.id, langs(&["bn", "en-GB"], &["syl", "bn"])).expect("set");
    assert_eq!(own.languages(abba.id).expect("saved"), Some(langs(&["bn", "en-GB"], &["syl", "bn"])));

    // A helper keeps their own, with no permission needed and nothing refused.
    let helper = env.session(&amina);
    helper.set_languages(amina.id, langs(&["en-GB"], &["ur"])).expect("own languages");
    assert_eq!(helper.languages(amina.id).expect("own"), Some(langs(&["en-GB"], &["ur"])));
    assert!(!own.audit_trail(abba.id).expect("trail").iter().any(|e| e.action.starts_with("denied")));

    // Abba's languages are his: the helper needs a grant to see or change them.
    let refused = helper.set_languages(abba.id, langs(&["ur"], &["ur"])).expect_err("no grant");
    assert!(matches!(refused, Error::Denied { action: Action::LogReadings, reason: Denial::NoPermission }));
    env.share(&abba, &amina, &[Scope::LogReadings, Scope::ViewReadings]);
    helper.set_languages(abba.id, langs(&["ur"], &["ur"])).expect("a helper sets up the phone");
    assert_eq!(own.languages(abba.id).expect("saved"), Some(langs(&["ur"], &["ur"])));
    let trail = own.audit_trail(abba.id).expect("trail");
    assert!(trail.iter().any(|e| e.action == "set-languages" && e.actor == amina.id));
}

#[test]
fn language_lists_are_checked_and_nothing_bad_is_stored() {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let abba = env.person("Abba", Role::Patient);
    let s = env.session(&abba);
    let missing = s.set_languages(abba.id, langs(&[], &[])).expect_err("empty");
    assert!(matches!(missing, Error::Invalid(ValidationError::Missing { field: Field::Languages })));
    let odd = s.set_languages(abba.id, langs(&["bn; DROP"], &[])).expect_err("not a code");
    assert!(matches!(odd, Error::Invalid(ValidationError::NotAChoice { field: Field::Languages })));
    let many = s.set_languages(abba.id, langs(&["bn"; 7], &[])).expect_err("too many");
    assert!(matches!(many, Error::Invalid(ValidationError::TooLong { field: Field::Languages, max: 6 })));
    assert_eq!(s.languages(abba.id).expect("nothing stored"), None);
}
