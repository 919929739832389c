//! A property of the whole access model, through the public API: for any sequence of
//! invitations, acceptances, revocations, changes, time passing and attempts, an attempt
//! succeeds exactly when a plain model of the grants says an active grant allows it (using
//! `Action::scope_for` as the spec), refusals are typed, revocation and expiry take effect
//! on the very next call, what is stored is what succeeded, every attempt and change is
//! audited exactly once, and the audit chain verifies at the end.

mod common;

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

use common::*;
use saathi_core::{Error, InviteRequest, LogOptions, Result, Session};
use saathi_domain::ValidationError;
use saathi_domain::access::{Action, Denial};
use saathi_domain::grants::{EndReason, GrantId, LegalBasis, Scope};
use saathi_domain::person::{Person, Role};
use saathi_domain::plausibility::Field;
use saathi_domain::reading::GlucoseContext;
use saathi_domain::targets::TargetMetric;

#[derive(Debug, Clone, Copy)]
enum Attempt {
    ViewReadings,
    LogReading,
    AddRegimen,
    SetTarget,
    Sharing,
}

impl Attempt {
    fn action(self) -> Action {
        match self {
            Attempt::ViewReadings => Action::ViewReadings,
            Attempt::LogReading => Action::LogReadings,
            Attempt::AddRegimen => Action::ManageMedicines,
            Attempt::SetTarget => Action::SetTargets,
            Attempt::Sharing => Action::ManageSharing,
        }
    }
}

#[derive(Debug, Clone)]
enum Op {
    /// The patient invites the other person.
    Invite {
        scopes: Vec<Scope>,
        grant_days: Option<u32>,
    },
    /// The other person accepts one of the invitations made so far (used or not).
    Accept(usize),
    /// The patient invites and the other person accepts at once.
    Share {
        scopes: Vec<Scope>,
        grant_days: Option<u32>,
    },
    /// The patient revokes one of the grants made so far (revoked or not).
    Revoke(usize, EndReason),
    /// The patient changes one grant's scopes (keeping its end).
    Change(usize, Vec<Scope>),
    Advance {
        hours: i64,
    },
    /// The other person tries something on the patient's record.
    Try(Attempt),
}

fn scopes() -> impl Strategy<Value = Vec<Scope>> {
    proptest::sample::subsequence(Scope::ALL.to_vec(), 0..=Scope::ALL.len())
}

fn op() -> impl Strategy<Value = Op> {
    let attempt = prop_oneof![
        Just(Attempt::ViewReadings),
        Just(Attempt::LogReading),
        Just(Attempt::AddRegimen),
        Just(Attempt::SetTarget),
        Just(Attempt::Sharing),
    ];
    prop_oneof![
        2 => (scopes(), proptest::option::of(1u32..=4)).prop_map(|(scopes, grant_days)| Op::Invite { scopes, grant_days }),
        2 => any::<usize>().prop_map(Op::Accept),
        2 => (scopes(), proptest::option::of(1u32..=4)).prop_map(|(scopes, grant_days)| Op::Share { scopes, grant_days }),
        1 => (any::<usize>(), proptest::sample::select(EndReason::ALL.to_vec())).prop_map(|(i, r)| Op::Revoke(i, r)),
        1 => (any::<usize>(), scopes()).prop_map(|(i, s)| Op::Change(i, s)),
        2 => (0i64..=60).prop_map(|hours| Op::Advance { hours }),
        5 => attempt.prop_map(Op::Try),
    ]
}

/// An invitation as the test remembers it.
struct Invited {
    code: String,
    scopes: Vec<Scope>,
    grant_days: Option<u32>,
    expires: DateTime<Utc>,
    used: bool,
}

/// A grant as the test remembers it: the model.
#[derive(Debug)]
struct Modelled {
    id: GrantId,
    scopes: Vec<Scope>,
    starts: DateTime<Utc>,
    ends: Option<DateTime<Utc>>,
    revoked: bool,
}

impl Modelled {
    fn active(&self, now: DateTime<Utc>) -> bool {
        !self.revoked && self.starts <= now && self.ends.is_none_or(|end| now < end)
    }
}

/// What the model says an attempt by someone with `role` gets.
fn expected(model: &[Modelled], role: Role, action: Action, now: DateTime<Utc>) -> Result<(), Denial> {
    let Some(scope) = action.scope_for(role) else {
        return Err(if action == Action::SetTargets { Denial::ClinicianOnly } else { Denial::PatientOnly });
    };
    let active: Vec<_> = model.iter().filter(|g| g.active(now)).collect();
    if active.iter().any(|g| g.scopes.contains(&scope)) {
        Ok(())
    } else if active.is_empty() && !model.is_empty() {
        // Every grant has ended: say so, but never how.
        Err(Denial::AccessEnded)
    } else {
        Err(Denial::NoPermission)
    }
}

/// Does `a` as the session's person on `patient`'s record.
fn attempt(s: &Session, patient: &Person, a: Attempt) -> Result<()> {
    let (from, to) = always();
    match a {
        Attempt::ViewReadings => s.readings(patient.id, from, to).map(drop),
        Attempt::LogReading => {
            s.log(patient.id, mmol(6.1, GlucoseContext::Random), LogOptions::default()).map(drop)
        }
        Attempt::AddRegimen => s.add_regimen(patient.id, metformin()).map(drop),
        Attempt::SetTarget => s.set_target(patient.id, TargetMetric::Hba1c, None, 53.0, None, None).map(drop),
        Attempt::Sharing => s.sharing(patient.id).map(drop),
    }
}

fn run(role: Role, ops: &[Op]) -> std::result::Result<(), TestCaseError> {
    let env = Env::new(gmt(2026, 11, 16, 9, 0));
    let patient = env.person("Abba", Role::Patient);
    let other = env.person("Amina", role);
    let p = env.session(&patient);
    let o = env.session(&other);
    let now = || env.now().with_timezone(&Utc);

    let mut invited: Vec<Invited> = Vec::new();
    let mut model: Vec<Modelled> = Vec::new();
    let (mut logged, mut audited) = (0, 0);

    // A share is an invitation accepted straight away.
    let ops: Vec<Op> = ops
        .iter()
        .flat_map(|op| match op {
            Op::Share { scopes, grant_days } => {
                vec![Op::Invite { scopes: scopes.clone(), grant_days: *grant_days }, Op::Accept(usize::MAX)]
            }
            other => vec![other.clone()],
        })
        .collect();
    for (step, op) in ops.iter().enumerate() {
        match op {
            Op::Invite { scopes, grant_days } => {
                let request = InviteRequest {
                    scopes: scopes.clone(),
                    grant_days: *grant_days,
                    window: None,
                    basis: LegalBasis::Consent,
                };
                match p.invite(patient.id, request) {
                    Ok(inv) => {
                        prop_assert!(!scopes.is_empty(), "step {step}: an empty invitation was made");
                        prop_assert_eq!(inv.expires, now() + Duration::hours(48));
                        invited.push(Invited {
                            code: inv.spoken,
                            scopes: scopes.clone(),
                            grant_days: *grant_days,
                            expires: inv.expires,
                            used: false,
                        });
                        audited += 1;
                    }
                    Err(Error::Invalid(ValidationError::Missing { field: Field::Scopes }))
                        if scopes.is_empty() => {}
                    Err(e) => prop_assert!(false, "step {step}: invite failed: {e:?}"),
                }
            }
            Op::Accept(i) if !invited.is_empty() => {
                let len = invited.len();
                // usize::MAX (from a share): the latest invitation.
                let inv = &mut invited[if *i == usize::MAX { len - 1 } else { i % len }];
                let r = o.accept_invite(&inv.code);
                if inv.used {
                    prop_assert!(matches!(r, Err(Error::InviteUsed)), "step {step}: {r:?}");
                } else if inv.expires <= now() {
                    prop_assert!(matches!(r, Err(Error::InviteExpired)), "step {step}: {r:?}");
                } else {
                    let g =
                        r.map_err(|e| TestCaseError::fail(format!("step {step}: accept failed: {e:?}")))?;
                    let ends = inv.grant_days.map(|d| now() + Duration::days(i64::from(d)));
                    prop_assert_eq!((&g.scopes, g.starts, g.ends), (&inv.scopes, now(), ends));
                    inv.used = true;
                    model.push(Modelled {
                        id: g.id,
                        scopes: inv.scopes.clone(),
                        starts: g.starts,
                        ends,
                        revoked: false,
                    });
                    audited += 1;
                }
            }
            Op::Revoke(i, reason) if !model.is_empty() => {
                let len = model.len();
                let g = &mut model[i % len];
                let r = p.revoke(patient.id, g.id, *reason);
                if g.revoked {
                    prop_assert!(matches!(r, Err(Error::NotFound { what: "grant" })), "step {step}: {r:?}");
                } else {
                    prop_assert!(r.is_ok(), "step {step}: {r:?}");
                    g.revoked = true;
                    audited += 1;
                }
            }
            Op::Change(i, scopes) if !model.is_empty() => {
                let len = model.len();
                let g = &mut model[i % len];
                let r = p.change_grant(patient.id, g.id, scopes.clone(), g.ends);
                if scopes.is_empty() {
                    // Checked before the grant is looked up.
                    let missing = ValidationError::Missing { field: Field::Scopes };
                    prop_assert!(matches!(r, Err(Error::Invalid(e)) if e == missing), "step {step}: {r:?}");
                } else if g.revoked || g.ends.is_some_and(|end| end <= now()) {
                    // An ended grant stays ended: sharing again takes a new invitation.
                    prop_assert!(matches!(r, Err(Error::NotFound { what: "grant" })), "step {step}: {r:?}");
                } else {
                    let changed = r.map_err(|e| TestCaseError::fail(format!("step {step}: {e:?}")))?;
                    prop_assert_eq!(&changed.scopes, scopes);
                    g.scopes = scopes.clone();
                    audited += 1;
                }
            }
            Op::Advance { hours } => env.advance(Duration::hours(*hours)),
            Op::Try(a) => {
                let want = expected(&model, role, a.action(), now());
                let got = attempt(&o, &patient, *a);
                match (want, got) {
                    (Ok(()), Ok(())) => {
                        if matches!(a, Attempt::LogReading) {
                            logged += 1;
                        }
                    }
                    (Err(reason), Err(Error::Denied { action, reason: got })) => {
                        prop_assert_eq!((action, got), (a.action(), reason), "step {}: {:?}", step, a);
                    }
                    (want, got) => {
                        prop_assert!(
                            false,
                            "step {step}: {a:?} expected {want:?}, got {got:?}; model {model:?}"
                        )
                    }
                }
                // Allowed or refused, an attempt is one audit entry (a look, a change, or a
                // refusal).
                audited += 1;
            }
            // Accepting, revoking or changing when there is nothing to act on.
            _ => {}
        }
        // Whom the other person helps, as they see it: the active grants, no reasons.
        let helping = o.helping().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let ids: Vec<_> = helping.iter().map(|g| g.id).collect();
        let active: Vec<_> = model.iter().filter(|g| g.active(now())).map(|g| g.id).collect();
        prop_assert_eq!(ids, active, "step {}", step);
        prop_assert!(helping.iter().all(|g| g.revoked.is_none()));
    }

    // What is stored is exactly what succeeded.
    prop_assert_eq!(readings(&p, &patient).len(), logged);
    let trail = p.audit_trail(patient.id).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
    prop_assert_eq!(trail.len(), audited);
    prop_assert_eq!(p.verify_audit().map_err(|e| TestCaseError::fail(format!("{e:?}")))?, Ok(audited as u64));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn an_attempt_succeeds_exactly_when_an_active_grant_allows_it(
        clinician in any::<bool>(),
        ops in proptest::collection::vec(op(), 1..=30),
    ) {
        run(if clinician { Role::Clinician } else { Role::Helper }, &ops)?;
    }
}
