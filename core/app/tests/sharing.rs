//! Sharing through the public API: a patient invites, a helper or clinician accepts, and
//! from then on the grant decides what they may do, on the very next call after any
//! change. What a helper enters is attributed to them; what they look at is audited; and a
//! bad invitation or person gets a clear error and changes nothing.

mod common;

use chrono::{Duration, NaiveTime, Utc, Weekday};

use common::*;
use saathi_core::{Error, InviteRequest, LogOptions, Session};
use saathi_domain::ValidationError;
use saathi_domain::access::{Action, Denial};
use saathi_domain::grants::{EndReason, Grant, LegalBasis, Revocation, Scope, WeeklyWindow};
use saathi_domain::invite::{CodeError, InviteCode};
use saathi_domain::person::{Person, PersonId, Role};
use saathi_domain::plausibility::Field;
use saathi_domain::reading::{GlucoseContext, ReadingKind};
use saathi_domain::targets::TargetMetric;
use saathi_store::audit;

struct Family {
    env: Env,
    abba: Person,
    amina: Person,
    dr_rao: Person,
}

/// Saturday 21 November 2026, noon GMT.
fn family() -> Family {
    let env = Env::new(gmt(2026, 11, 21, 12, 0));
    let abba = env.person("Abba", Role::Patient);
    let amina = env.person("Amina", Role::Helper);
    let dr_rao = env.person("Dr Rao", Role::Clinician);
    Family { env, abba, amina, dr_rao }
}

fn glucose(s: &Session, patient: &Person) -> saathi_core::Result<saathi_core::Logged> {
    s.log(patient.id, mmol(6.4, GlucoseContext::Random), LogOptions::default())
}

#[test]
fn a_helper_logs_for_a_patient_the_reading_says_who_entered_it_and_the_patient_sees_who_did_what() {
    let f = family();
    let abba = f.env.session(&f.abba);
    let now = f.env.now().with_timezone(&Utc);
    let invitation = abba
        .invite(
            f.abba.id,
            InviteRequest {
                scopes: vec![Scope::ViewReadings, Scope::LogReadings],
                grant_days: None,
                window: None,
                basis: LegalBasis::LastingPowerOfAttorney,
            },
        )
        .expect("invite");
    // A code to read aloud, text, or show as a QR code, for two days.
    let code = invitation.code.as_str();
    assert_eq!(invitation.spoken, format!("{}-{}-{}", &code[..3], &code[3..6], &code[6..]));
    assert_eq!(invitation.qr_payload, format!("saathi://invite/{code}"));
    assert_eq!(invitation.expires, now + Duration::hours(48));

    // Amina types it as she heard it: lower case, spaces, an O for a zero.
    let amina = f.env.session(&f.amina);
    let typed = invitation.spoken.to_lowercase().replace('-', " ").replace('0', "o");
    let grant = amina.accept_invite(&typed).expect("accept");
    assert_eq!((grant.patient, grant.grantee), (f.abba.id, f.amina.id));
    assert_eq!(grant.scopes, [Scope::ViewReadings, Scope::LogReadings]);
    assert_eq!((grant.starts, grant.ends, grant.window, grant.revoked.clone()), (now, None, None, None));
    assert_eq!(grant.basis, LegalBasis::LastingPowerOfAttorney);
    assert_eq!(amina.helping().expect("helping"), std::slice::from_ref(&grant));
    assert_eq!(abba.sharing(f.abba.id).expect("sharing"), std::slice::from_ref(&grant));

    // "Entered by Amina for Abba".
    f.env.advance(Duration::minutes(5));
    let logged = glucose(&amina, &f.abba).expect("Amina logs for Abba");
    let seen = readings(&abba, &f.abba);
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].meta.record_id, logged.record);
    assert_eq!((seen[0].meta.patient, seen[0].meta.entered_by), (f.abba.id, f.amina.id));
    // Amina can correct what she logged (LogReadings covers corrections), and says so.
    let fixed = amina
        .correct(f.abba.id, logged.record, mmol(4.6, GlucoseContext::Random), "misread", None)
        .expect("correct");
    assert_eq!(fixed.version, 2);
    let history = abba.history(f.abba.id, ReadingKind::Glucose, logged.record).expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].record.meta.entered_by, f.amina.id);

    // Amina looks: that is recorded for Abba to see ("who looked at my data").
    f.env.advance(Duration::minutes(5));
    assert_eq!(readings(&amina, &f.abba).len(), 1);
    amina.summary_days(f.abba.id, 7).expect("summary");

    let t = trail(&f.env, &f.abba);
    let (a, m) = (f.abba.id, f.amina.id);
    let rows: Vec<_> = t.iter().map(|e| (e.actor, e.action.as_str())).collect();
    assert_eq!(
        rows,
        [
            (a, "invite"),
            (m, "accept-invite"),
            (m, "log"),
            (m, "correct"),
            (m, "view-readings"),
            (m, "view-summary"),
        ]
    );
    assert!(t.iter().all(|e| e.patient == Some(a) && !e.private));
    assert_eq!(t[0].record_kind.as_deref(), Some("invitation"));
    assert_eq!((t[1].record_kind.as_deref(), t[1].record.map(|r| r.0)), (Some("grant"), Some(grant.id.0)));
    assert_eq!((t[2].record_kind.as_deref(), t[2].record), (Some("glucose"), Some(logged.record)));
    assert_eq!(t[4].at, f.env.now().with_timezone(&Utc));
    // Abba looking at his own record adds nothing.
    readings(&abba, &f.abba);
    assert_eq!(trail(&f.env, &f.abba).len(), t.len());
}

#[test]
fn a_helper_may_do_only_what_the_scopes_say() {
    let f = family();
    let abba = f.env.session(&f.abba);
    let g = glucose(&abba, &f.abba).expect("log");
    f.env.share(&f.abba, &f.amina, &[Scope::ViewReadings]);
    let amina = f.env.session(&f.amina);
    let before = trail(&f.env, &f.abba).len();

    assert_eq!(readings(&amina, &f.abba).len(), 1, "viewing is allowed");
    assert_eq!(denied(glucose(&amina, &f.abba)), (Action::LogReadings, Denial::NoPermission));
    let r = amina.correct(f.abba.id, g.record, mmol(5.0, GlucoseContext::Random), "x", None);
    assert_eq!(denied(r), (Action::CorrectReadings, Denial::NoPermission));
    assert_eq!(
        denied(amina.add_regimen(f.abba.id, metformin())),
        (Action::ManageMedicines, Denial::NoPermission)
    );
    let r = amina.set_target(f.abba.id, TargetMetric::Hba1c, None, 53.0, None, None);
    assert_eq!(denied(r), (Action::SetTargets, Denial::ClinicianOnly));
    let actions: Vec<_> = trail(&f.env, &f.abba)[before..].iter().map(|e| e.action.clone()).collect();
    assert_eq!(
        actions,
        [
            "view-readings",
            "denied-log-readings",
            "denied-correct-readings",
            "denied-manage-medicines",
            "denied-set-targets"
        ]
    );
    // Nothing was written.
    let seen = readings(&abba, &f.abba);
    assert_eq!((seen.len(), seen[0].meta.version), (1, 1));
    assert!(abba.regimens(f.abba.id).expect("regimens").is_empty());

    // With ManageMedicines (and nothing else) it is the other way round.
    f.env.share(&f.abba, &f.dr_rao, &[Scope::ViewSharedReadings]);
    let helper2 = f.env.person("Bashir", Role::Helper);
    f.env.share(&f.abba, &helper2, &[Scope::ManageMedicines]);
    let bashir = f.env.session(&helper2);
    bashir.add_regimen(f.abba.id, metformin()).expect("regimen");
    let (from, to) = always();
    assert_eq!(denied(bashir.readings(f.abba.id, from, to)), (Action::ViewReadings, Denial::NoPermission));
    // A clinician's "view shared readings" lets Dr Rao see them; a helper's "view readings"
    // scope would not have.
    assert_eq!(readings(&f.env.session(&f.dr_rao), &f.abba).len(), 1);
}

#[test]
fn revocation_takes_effect_on_the_very_next_call_and_the_helper_is_not_told_why() {
    let f = family();
    let abba = f.env.session(&f.abba);
    let grant = f.env.share(&f.abba, &f.amina, &[Scope::ViewReadings, Scope::LogReadings]);
    let amina = f.env.session(&f.amina);
    glucose(&amina, &f.abba).expect("log while allowed");
    assert_eq!(readings(&amina, &f.abba).len(), 1);

    f.env.advance(Duration::minutes(1));
    let revoked = abba.revoke(f.abba.id, grant.id, EndReason::Safeguarding).expect("revoke");
    let now = f.env.now().with_timezone(&Utc);
    assert_eq!(revoked.revoked, Some(Revocation { at: now, by: f.abba.id, reason: EndReason::Safeguarding }));

    // The same session, no time passing: refused at once, and the error does not say why.
    let e = glucose(&amina, &f.abba).expect_err("revoked");
    assert!(!format!("{e:?} {e}").to_lowercase().contains("safeguard"), "{e:?}");
    assert_eq!(denied::<()>(Err(e)), (Action::LogReadings, Denial::AccessEnded));
    let (from, to) = always();
    assert_eq!(denied(amina.readings(f.abba.id, from, to)), (Action::ViewReadings, Denial::AccessEnded));
    assert!(amina.helping().expect("helping").is_empty(), "Amina no longer sees Abba among those she helps");
    // A fresh session is refused the same way.
    let again = f.env.session(&f.amina);
    assert_eq!(denied(glucose(&again, &f.abba)), (Action::LogReadings, Denial::AccessEnded));
    assert_eq!(readings(&abba, &f.abba).len(), 1, "nothing was stored after the revocation");

    // Abba sees the grant, ended, and why; revocation is final.
    assert_eq!(abba.sharing(f.abba.id).expect("sharing"), std::slice::from_ref(&revoked));
    assert_eq!(not_found(abba.revoke(f.abba.id, grant.id, EndReason::Misuse)), "grant");
    assert_eq!(not_found(abba.change_grant(f.abba.id, grant.id, vec![Scope::ViewReadings], None)), "grant");
    assert_eq!(abba.sharing(f.abba.id).expect("sharing"), [revoked]);
    let t = trail(&f.env, &f.abba);
    let revocations: Vec<_> = t.iter().filter(|e| e.action.starts_with("revoke")).collect();
    assert_eq!(revocations.len(), 1);
    assert_eq!(revocations[0].action, "revoke-safeguarding");
    assert_eq!((revocations[0].actor, revocations[0].record.map(|r| r.0)), (f.abba.id, Some(grant.id.0)));

    // A new invitation is a new grant: Amina is back, with only what it offers.
    f.env.share(&f.abba, &f.amina, &[Scope::ViewReadings]);
    assert_eq!(readings(&amina, &f.abba).len(), 1);
    assert_eq!(denied(glucose(&amina, &f.abba)), (Action::LogReadings, Denial::NoPermission));
    let helping = amina.helping().expect("helping");
    assert_eq!(helping.len(), 1);
    assert_eq!(
        (helping[0].scopes.as_slice(), &helping[0].revoked),
        ([Scope::ViewReadings].as_slice(), &None)
    );
}

#[test]
fn a_grant_for_some_days_ends_exactly_at_its_end() {
    let f = family();
    let abba = f.env.session(&f.abba);
    let invitation = abba
        .invite(
            f.abba.id,
            InviteRequest { grant_days: Some(7), ..offer(&[Scope::ViewReadings, Scope::LogReadings]) },
        )
        .expect("invite");
    // The days count from acceptance, not from the invitation.
    f.env.advance(Duration::hours(3));
    let accepted = f.env.now().with_timezone(&Utc);
    let amina = f.env.session(&f.amina);
    let grant = amina.accept_invite(invitation.code.as_str()).expect("accept");
    assert_eq!((grant.starts, grant.ends), (accepted, Some(accepted + Duration::days(7))));

    f.env.advance(Duration::days(7) - Duration::seconds(1));
    glucose(&amina, &f.abba).expect("a second before the end");
    assert_eq!(amina.helping().expect("helping").len(), 1);
    f.env.advance(Duration::seconds(1));
    assert_eq!(denied(glucose(&amina, &f.abba)), (Action::LogReadings, Denial::AccessEnded));
    let (from, to) = always();
    assert_eq!(denied(amina.readings(f.abba.id, from, to)), (Action::ViewReadings, Denial::AccessEnded));
    assert!(amina.helping().expect("helping").is_empty());
    // Abba still sees it, with its end; nothing was revoked.
    let listed = abba.sharing(f.abba.id).expect("sharing");
    assert_eq!(listed, [grant]);
    assert_eq!(readings(&abba, &f.abba).len(), 1);
}

#[test]
fn an_ended_grant_stays_ended_and_a_grant_cannot_end_in_the_past() {
    let f = family();
    let abba = f.env.session(&f.abba);
    let days = |d| InviteRequest { grant_days: Some(d), ..offer(&[Scope::ViewReadings]) };
    let refused = abba.invite(f.abba.id, days(0)).expect_err("a grant of no days");
    assert!(matches!(
        refused,
        Error::Invalid(ValidationError::BelowMin { field: Field::GrantDays, min, unit: "days" }) if min == 1.0
    ));

    let grant = abba.invite(f.abba.id, days(2)).expect("invite");
    let amina = f.env.session(&f.amina);
    let grant = amina.accept_invite(grant.code.as_str()).expect("accept");
    let past = f.env.now().with_timezone(&Utc) - Duration::minutes(1);
    let refused = abba.change_grant(f.abba.id, grant.id, vec![Scope::ViewReadings], Some(past));
    assert!(matches!(refused, Err(Error::Invalid(ValidationError::NotInFuture { field: Field::GrantEnd }))));

    // Once the grant has ended, changing it (even to "no end") does not bring it back.
    f.env.advance(Duration::days(2));
    let revived = abba.change_grant(f.abba.id, grant.id, vec![Scope::ViewReadings, Scope::LogReadings], None);
    assert!(matches!(revived, Err(Error::NotFound { what: "grant" })), "{revived:?}");
    assert_eq!(abba.sharing(f.abba.id).expect("sharing"), [grant]);
    assert_eq!(denied(glucose(&amina, &f.abba)), (Action::LogReadings, Denial::AccessEnded));
}

/// Monday to Friday, 09:00 to 17:00 on the patient's wall clock.
fn office_hours() -> WeeklyWindow {
    let weekdays = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
    WeeklyWindow {
        days: weekdays.iter().map(|d| WeeklyWindow::day_bit(*d)).sum(),
        from: NaiveTime::from_hms_opt(9, 0, 0).expect("time"),
        to: NaiveTime::from_hms_opt(17, 0, 0).expect("time"),
    }
}

#[test]
fn a_weekly_window_allows_inside_it_and_refuses_outside_it_on_the_wall_clock() {
    // 16 November 2026 is a Monday. The clock is at +05:00, so the wall clock and UTC
    // disagree about whether a moment is inside 09:00-17:00.
    let env = Env::new(at(5, 2026, 11, 16, 8, 0));
    let abba = env.person("Abba", Role::Patient);
    let amina = env.person("Amina", Role::Helper);
    let invitation = env
        .session(&abba)
        .invite(abba.id, InviteRequest { window: Some(office_hours()), ..offer(&[Scope::LogReadings]) })
        .expect("invite");
    // Accepting is not itself limited to the window.
    let s = env.session(&amina);
    let grant = s.accept_invite(invitation.code.as_str()).expect("accept");
    assert_eq!(grant.window, Some(office_hours()));

    let cases = [
        // (wall clock, allowed?) with what UTC would have said in brackets.
        (at(5, 2026, 11, 16, 8, 59), false), // (03:59: outside)
        (at(5, 2026, 11, 16, 9, 0), true),   // (04:00: outside)
        (at(5, 2026, 11, 16, 9, 30), true),  // (04:30: outside)
        (at(5, 2026, 11, 16, 16, 59), true), // (11:59: inside)
        (at(5, 2026, 11, 16, 17, 0), false), // (12:00: inside)
        (at(5, 2026, 11, 16, 20, 0), false), // (15:00: inside)
        (at(5, 2026, 11, 20, 10, 0), true),  // Friday
        (at(5, 2026, 11, 21, 10, 0), false), // Saturday
        (at(5, 2026, 11, 23, 10, 0), true),  // Monday again
    ];
    let mut logged = 0;
    for (t, allowed) in cases {
        env.set_now(t);
        let r = glucose(&s, &abba);
        if allowed {
            r.unwrap_or_else(|e| panic!("{t}: {e:?}"));
            logged += 1;
        } else {
            assert_eq!(denied(r), (Action::LogReadings, Denial::OutsideWindow), "{t}");
            // Outside the window is not the end: Amina still helps Abba.
            assert_eq!(s.helping().expect("helping").len(), 1, "{t}");
        }
    }
    assert_eq!(readings(&env.session(&abba), &abba).len(), logged);
    // A scope the grant does not have is "no permission", inside the window or out.
    env.set_now(at(5, 2026, 11, 23, 10, 0));
    let (from, to) = always();
    assert_eq!(denied(s.readings(abba.id, from, to)), (Action::ViewReadings, Denial::NoPermission));
}

#[test]
fn changing_a_grant_takes_effect_at_once_and_no_stale_grant_is_served() {
    let f = family();
    let abba = f.env.session(&f.abba);
    let grant = f.env.share(&f.abba, &f.amina, &[Scope::ViewReadings]);
    let amina = f.env.session(&f.amina);
    let (from, to) = always();

    // Check: both answers are now known (and cached).
    amina.readings(f.abba.id, from, to).expect("view");
    assert_eq!(denied(glucose(&amina, &f.abba)), (Action::LogReadings, Denial::NoPermission));

    // Change, and check again in the same sessions with no time passing.
    let changed = abba
        .change_grant(f.abba.id, grant.id, vec![Scope::ViewReadings, Scope::LogReadings], None)
        .expect("change");
    assert_eq!(changed.scopes, [Scope::ViewReadings, Scope::LogReadings]);
    glucose(&amina, &f.abba).expect("log right after the change");

    let changed = abba.change_grant(f.abba.id, grant.id, vec![Scope::LogReadings], None).expect("change");
    assert_eq!(changed.scopes, [Scope::LogReadings]);
    assert_eq!(denied(amina.readings(f.abba.id, from, to)), (Action::ViewReadings, Denial::NoPermission));
    glucose(&amina, &f.abba).expect("still logs");

    // An end date set on a running grant applies too.
    let end = f.env.now().with_timezone(&Utc) + Duration::hours(1);
    let changed =
        abba.change_grant(f.abba.id, grant.id, vec![Scope::LogReadings], Some(end)).expect("change");
    assert_eq!(changed.ends, Some(end));
    glucose(&amina, &f.abba).expect("before the new end");
    f.env.advance(Duration::hours(1));
    assert_eq!(denied(glucose(&amina, &f.abba)), (Action::LogReadings, Denial::AccessEnded));

    // A grant needs some scope; nothing changes and nothing is audited.
    let rows = trail(&f.env, &f.abba);
    let e = invalid(abba.change_grant(f.abba.id, grant.id, vec![], None));
    assert_eq!(e, ValidationError::Missing { field: Field::Scopes });
    assert_eq!(abba.sharing(f.abba.id).expect("sharing"), [changed]);
    assert_eq!(trail(&f.env, &f.abba), rows);

    // Someone else's grant is not Abba's to change.
    let bilal = f.env.person("Bilal", Role::Patient);
    let theirs = f.env.share(&bilal, &f.amina, &[Scope::ViewReadings]);
    let r = abba.change_grant(f.abba.id, theirs.id, vec![Scope::LogReadings], None);
    assert_eq!(not_found(r), "grant");
    assert_eq!(not_found(abba.revoke(f.abba.id, theirs.id, EndReason::Misuse)), "grant");
    assert_eq!(f.env.session(&bilal).sharing(bilal.id).expect("sharing"), [theirs]);

    let changes = rows.iter().filter(|e| e.action == "change-grant").count();
    assert_eq!(changes, 3);
}

#[test]
fn only_the_patient_manages_sharing_and_reads_the_audit_trail() {
    let f = family();
    let abba = f.env.session(&f.abba);
    let grant = f.env.share(&f.abba, &f.amina, &Scope::ALL[..4]);
    f.env.share(&f.abba, &f.dr_rao, &[Scope::ViewSharedReadings, Scope::AssignContent]);
    let bilal = f.env.person("Bilal", Role::Patient);
    let before = trail(&f.env, &f.abba);
    let sharing = abba.sharing(f.abba.id).expect("sharing");

    for other in [&f.amina, &f.dr_rao, &bilal] {
        let s = f.env.session(other);
        let id = f.abba.id;
        let sharing_refused = (Action::ManageSharing, Denial::PatientOnly);
        assert_eq!(denied(s.invite(id, offer(&[Scope::ViewReadings]))), sharing_refused, "{}", other.name);
        assert_eq!(denied(s.sharing(id)), sharing_refused, "{}", other.name);
        assert_eq!(denied(s.revoke(id, grant.id, EndReason::PatientChoice)), sharing_refused);
        assert_eq!(denied(s.change_grant(id, grant.id, Scope::ALL.to_vec(), None)), sharing_refused);
        assert_eq!(denied(s.audit_trail(id)), (Action::ViewAudit, Denial::PatientOnly), "{}", other.name);
    }
    assert_eq!(abba.sharing(f.abba.id).expect("sharing"), sharing, "nothing changed");
    let after = trail(&f.env, &f.abba);
    assert_eq!(after[..before.len()], before[..]);
    let refusals: Vec<_> = after[before.len()..].iter().map(|e| (e.actor, e.action.as_str())).collect();
    let mut expected = Vec::new();
    for other in [&f.amina, &f.dr_rao, &bilal] {
        for _ in 0..4 {
            expected.push((other.id, "denied-manage-sharing"));
        }
        expected.push((other.id, "denied-view-audit"));
    }
    assert_eq!(refusals, expected);
}

/// Everything a bad attempt must leave alone.
#[derive(Debug, PartialEq)]
struct State {
    sharing: Vec<Grant>,
    helping: Vec<Grant>,
    trail: Vec<audit::Entry>,
}

fn state(f: &Family) -> State {
    State {
        sharing: f.env.session(&f.abba).sharing(f.abba.id).expect("sharing"),
        helping: f.env.session(&f.amina).helping().expect("helping"),
        trail: trail(&f.env, &f.abba),
    }
}

/// `code` with the character at `i` replaced by another from the code alphabet.
fn misheard(code: &InviteCode, i: usize) -> String {
    let mut chars: Vec<char> = code.as_str().chars().collect();
    chars[i] = if chars[i] == '7' { 'K' } else { '7' };
    chars.into_iter().collect()
}

#[test]
fn bad_codes_and_unknown_people_get_clear_errors_and_change_nothing() {
    let f = family();
    let abba = f.env.session(&f.abba);
    let amina = f.env.session(&f.amina);
    let first = abba.invite(f.abba.id, offer(&[Scope::ViewReadings])).expect("invite");
    let second = abba.invite(f.abba.id, offer(&[Scope::LogReadings])).expect("invite");
    assert_ne!(first.code, second.code);
    let untouched = state(&f);
    assert!(untouched.sharing.is_empty() && untouched.helping.is_empty());

    // One character misheard: the check character catches it, wherever it is.
    for i in [0, 4, 8] {
        let r = amina.accept_invite(&misheard(&first.code, i));
        assert!(matches!(r, Err(Error::InvalidInviteCode(CodeError::CheckFailed))), "{i}: {r:?}");
    }
    assert!(matches!(amina.accept_invite("K7M-4QX"), Err(Error::InvalidInviteCode(CodeError::WrongLength))));
    assert!(matches!(
        amina.accept_invite("K7M-4QX-9R!"),
        Err(Error::InvalidInviteCode(CodeError::BadCharacter))
    ));
    // Well formed, but nobody made it.
    let stranger = InviteCode::from_random([1, 2, 3, 4, 5, 6, 7, 8]);
    assert!(stranger != first.code && stranger != second.code);
    assert_eq!(not_found(amina.accept_invite(stranger.as_str())), "invitation");
    // Abba cannot accept his own invitation.
    assert!(matches!(abba.accept_invite(first.code.as_str()), Err(Error::OwnInvitation)));
    // An unknown person has no session, and cannot be invited for.
    let ghost = PersonId(999);
    assert!(matches!(f.env.app.session(ghost), Err(Error::NotFound { what: "person" })));
    assert_eq!(not_found(abba.invite(ghost, offer(&[Scope::ViewReadings]))), "person");
    assert_eq!(not_found(amina.readings(ghost, always().0, always().1)), "person");
    // An invitation must offer something; a window must be a real one.
    let e = invalid(abba.invite(f.abba.id, offer(&[])));
    assert_eq!(e, ValidationError::Missing { field: Field::Scopes });
    for window in [
        WeeklyWindow { days: 0, ..office_hours() },
        WeeklyWindow { from: office_hours().to, to: office_hours().from, ..office_hours() },
    ] {
        let e = invalid(
            abba.invite(f.abba.id, InviteRequest { window: Some(window), ..offer(&[Scope::ViewReadings]) }),
        );
        assert_eq!(e, ValidationError::NotAChoice { field: Field::Window });
    }
    assert_eq!(state(&f), untouched);

    // Codes last 48 hours: a second before, the second one works; at 48 hours the first
    // has expired.
    f.env.advance(Duration::hours(48) - Duration::seconds(1));
    let grant = amina.accept_invite(second.code.as_str()).expect("just in time");
    f.env.advance(Duration::seconds(1));
    let accepted = state(&f);
    assert_eq!(accepted.sharing, std::slice::from_ref(&grant));
    assert!(matches!(amina.accept_invite(first.code.as_str()), Err(Error::InviteExpired)));
    assert_eq!(state(&f), accepted);

    // A code is used once, by anyone.
    assert!(matches!(amina.accept_invite(second.code.as_str()), Err(Error::InviteUsed)));
    let bashir = f.env.person("Bashir", Role::Helper);
    let b = f.env.session(&bashir);
    assert!(matches!(b.accept_invite(&second.spoken), Err(Error::InviteUsed)));
    assert!(b.helping().expect("helping").is_empty());
    assert_eq!(state(&f), accepted);
    assert_eq!(f.env.session(&f.abba).sharing(f.abba.id).expect("sharing"), [grant]);
}

#[test]
fn a_revocation_made_through_another_connection_takes_effect_on_the_next_call() {
    // Two apps on one file (a second process, say a background task): each keeps grants in
    // memory, and a write by the other must still be seen at once.
    let f = family();
    let grant = f.env.share(&f.abba, &f.amina, &[Scope::ViewReadings, Scope::LogReadings]);
    let at = f.env.now();
    let other = saathi_core::Saathi::open(saathi_core::Config {
        clock: std::sync::Arc::new(move || at),
        ..saathi_core::Config::new(f.env.db_path())
    })
    .expect("a second connection");
    let amina = f.env.session(&f.amina);
    glucose(&amina, &f.abba).expect("allowed, and the grant is now cached");
    other
        .session(f.abba.id)
        .expect("Abba on the other connection")
        .revoke(f.abba.id, grant.id, EndReason::PatientChoice)
        .expect("revoke");
    assert_eq!(denied(glucose(&amina, &f.abba)), (Action::LogReadings, Denial::AccessEnded));
}
