//! Sharing: a patient invites a helper or clinician with a code, sees and changes who can
//! do what, and revokes access; a helper accepts an invitation and sees whom they help.
//! Every step is audited; only the patient manages sharing (`Action::ManageSharing`).

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use saathi_domain::access::{Action, Audited};
use saathi_domain::grants::{
    EndReason, Grant, GrantId, GrantState, LegalBasis, Revocation, Scope, WeeklyWindow,
};
use saathi_domain::invite::{CODE_CHARS, InviteCode};
use saathi_domain::person::PersonId;
use saathi_domain::plausibility::{Field, ValidationError};
use saathi_domain::reading::RecordId;
use saathi_store::{grants, invitations};

use crate::{Error, Result, Session};

/// How long an invitation code can be used: long enough to reach a relative by text, short
/// enough that a lost code is soon worthless.
pub const INVITE_VALID_HOURS: i64 = 48;

/// What a patient offers with an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteRequest {
    pub scopes: Vec<Scope>,
    /// How long the grant lasts once accepted; `None` until revoked.
    pub grant_days: Option<u32>,
    pub window: Option<WeeklyWindow>,
    pub basis: LegalBasis,
}

/// An invitation to read aloud, text, or show as a QR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invitation {
    pub code: InviteCode,
    /// The code in groups of three: "K7M-4QX-9RT".
    pub spoken: String,
    pub qr_payload: String,
    pub expires: DateTime<Utc>,
}

impl Session {
    /// Makes an invitation code for someone to help with `patient`'s record.
    pub fn invite(&self, patient: PersonId, request: InviteRequest) -> Result<Invitation> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageSharing)?;
        if request.scopes.is_empty() {
            return Err(ValidationError::Missing { field: Field::Scopes }.into());
        }
        if request.grant_days == Some(0) {
            return Err(ValidationError::BelowMin { field: Field::GrantDays, min: 1.0, unit: "days" }.into());
        }
        if request.window.is_some_and(|w| w.days == 0 || w.from >= w.to) {
            return Err(ValidationError::NotAChoice { field: Field::Window }.into());
        }
        let mut bytes = [0u8; CODE_CHARS];
        getrandom::fill(&mut bytes).map_err(|e| {
            tracing::error!(error = %e, "no randomness for an invitation code");
            Error::Storage
        })?;
        let code = InviteCode::from_random(bytes);
        let now = self.inner.now_utc();
        let expires = now + Duration::hours(INVITE_VALID_HOURS);
        store.write(|tx| {
            let new = invitations::NewInvitation {
                patient: patient.id,
                scopes: &request.scopes,
                grant_days: request.grant_days,
                window: request.window,
                basis: request.basis,
                created: now,
                expires,
            };
            let id = invitations::insert(tx, &code, &new)?;
            self.audit(tx, now, patient.id, Audited::Invite, Some(("invitation", RecordId(id))))?;
            Ok::<_, Error>(())
        })?;
        Ok(Invitation { spoken: code.grouped(), qr_payload: code.qr_payload(), code, expires })
    }

    /// Accepts an invitation as this session's person: they now hold the grant it offered.
    /// A wrong, expired or used code changes nothing.
    pub fn accept_invite(&self, code: &str) -> Result<Grant> {
        let code = InviteCode::parse(code).map_err(Error::InvalidInviteCode)?;
        let mut store = self.inner.store();
        let invitation =
            invitations::find(store.conn(), &code)?.ok_or(Error::NotFound { what: "invitation" })?;
        let now = self.inner.now_utc();
        if invitation.used.is_some() {
            return Err(Error::InviteUsed);
        }
        if invitation.expires <= now {
            return Err(Error::InviteExpired);
        }
        if invitation.patient == self.actor.id {
            return Err(Error::OwnInvitation);
        }
        let ends = invitation.grant_days.map(|d| now + Duration::days(i64::from(d)));
        let id = store.write(|tx| {
            let id = grants::insert(
                tx,
                &grants::NewGrant {
                    patient: invitation.patient,
                    grantee: self.actor.id,
                    scopes: &invitation.scopes,
                    starts: now,
                    ends,
                    window: invitation.window,
                    basis: invitation.basis,
                    created_by: invitation.patient,
                },
            )?;
            invitations::mark_used(tx, invitation.id, self.actor.id, now, id)?;
            self.audit(tx, now, invitation.patient, Audited::AcceptInvite, Some(("grant", RecordId(id.0))))?;
            Ok::<_, Error>(id)
        })?;
        self.inner.forget();
        Ok(grants::get(store.conn(), id)?)
    }

    /// Everyone `patient` has shared with, and what each may do (ended grants included,
    /// with why they ended): the "who can see my data" list.
    pub fn sharing(&self, patient: PersonId) -> Result<Vec<Grant>> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageSharing)?;
        Ok(grants::by_patient(store.conn(), patient.id)?)
    }

    /// The people this session's person helps, with what they may do now. Ended grants are
    /// left out, and nothing says why one ended.
    pub fn helping(&self) -> Result<Vec<Grant>> {
        let store = self.inner.store();
        let now = self.inner.now();
        Ok(grants::to_grantee(store.conn(), self.actor.id)?
            .into_iter()
            .filter(|g| !matches!(g.state(now), GrantState::Ended | GrantState::Revoked))
            .map(|g| Grant { revoked: None, ..g })
            .collect())
    }

    /// Changes what a grant allows and until when.
    pub fn change_grant(
        &self,
        patient: PersonId,
        grant: GrantId,
        scopes: Vec<Scope>,
        ends: Option<DateTime<Utc>>,
    ) -> Result<Grant> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageSharing)?;
        if scopes.is_empty() {
            return Err(ValidationError::Missing { field: Field::Scopes }.into());
        }
        let existing = grants::get(store.conn(), grant)?;
        // An ended grant stays ended: sharing again is a new invitation, which the helper
        // must accept, not a silent revival.
        let ended = matches!(existing.state(self.inner.now()), GrantState::Ended | GrantState::Revoked);
        if existing.patient != patient.id || ended {
            return Err(Error::NotFound { what: "grant" });
        }
        let now = self.inner.now_utc();
        if ends.is_some_and(|end| end <= now) {
            return Err(ValidationError::NotInFuture { field: Field::GrantEnd }.into());
        }
        store.write(|tx| {
            grants::change(tx, grant, &scopes, ends)?;
            self.audit(tx, now, patient.id, Audited::ChangeGrant, Some(("grant", RecordId(grant.0))))?;
            Ok::<_, Error>(())
        })?;
        self.inner.forget();
        Ok(grants::get(store.conn(), grant)?)
    }

    /// Ends a grant now. Takes effect on the grantee's next call; they are not told why.
    pub fn revoke(&self, patient: PersonId, grant: GrantId, reason: EndReason) -> Result<Grant> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::ManageSharing)?;
        let existing = grants::get(store.conn(), grant)?;
        if existing.patient != patient.id {
            return Err(Error::NotFound { what: "grant" });
        }
        let now = self.inner.now_utc();
        store.write(|tx| {
            grants::revoke(tx, grant, &Revocation { at: now, by: self.actor.id, reason })?;
            self.audit(tx, now, patient.id, Audited::Revoke(reason), Some(("grant", RecordId(grant.0))))?;
            Ok::<_, Error>(())
        })?;
        self.inner.forget();
        Ok(grants::get(store.conn(), grant)?)
    }
}
