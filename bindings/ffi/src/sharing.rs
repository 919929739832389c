//! Sharing: a patient invites a helper or clinician with a code, sees and changes who may
//! do what, and revokes access; a helper accepts and sees whom they help.

use chrono::{DateTime, FixedOffset};

use saathi_domain::grants::{self as domain};
use saathi_domain::plausibility::Field;

use crate::error::SaathiError;
use crate::mirror::all;
use crate::session::SaathiSession;
use crate::time::{TimeOfDay, Timestamp, Weekday};
use crate::{GrantId, PersonId};

mirror_enum!(
    /// What a grant lets its holder do.
    Scope <=> saathi_domain::grants::Scope {
        ViewReadings,
        LogReadings,
        ManageMedicines,
        ReceiveAlerts,
        ViewLessons,
        AssignContent,
        ViewSharedReadings,
    }
);

mirror_enum!(
    /// Why someone may act for the patient (NHS proxy access).
    LegalBasis <=> saathi_domain::grants::LegalBasis {
        Consent,
        LastingPowerOfAttorney,
        Deputy,
        BestInterest,
        ParentalResponsibility,
    }
);

mirror_enum!(
    /// Why a grant ended. Only the patient sees it; the helper is never told.
    EndReason <=> saathi_domain::grants::EndReason { PatientChoice, EndDateReached, Safeguarding, Misuse }
);

mirror_enum!(
    /// A grant's state now.
    GrantState <=> saathi_domain::grants::GrantState { NotYetStarted, Active, OutsideWindow, Ended, Revoked }
);

/// When in the week a grant works, on the patient's wall clock (`from` up to `to`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WeeklyWindow {
    pub days: Vec<Weekday>,
    pub from: TimeOfDay,
    pub to: TimeOfDay,
}

const WEEK: [chrono::Weekday; 7] = [
    chrono::Weekday::Mon,
    chrono::Weekday::Tue,
    chrono::Weekday::Wed,
    chrono::Weekday::Thu,
    chrono::Weekday::Fri,
    chrono::Weekday::Sat,
    chrono::Weekday::Sun,
];

impl From<domain::WeeklyWindow> for WeeklyWindow {
    fn from(w: domain::WeeklyWindow) -> Self {
        WeeklyWindow {
            days: WEEK
                .iter()
                .filter(|d| w.days & domain::WeeklyWindow::day_bit(**d) != 0)
                .map(|d| Weekday::from(*d))
                .collect(),
            from: w.from.into(),
            to: w.to.into(),
        }
    }
}

impl TryFrom<WeeklyWindow> for domain::WeeklyWindow {
    type Error = SaathiError;

    fn try_from(w: WeeklyWindow) -> Result<Self, SaathiError> {
        Ok(domain::WeeklyWindow {
            days: w.days.iter().fold(0, |bits, d| bits | domain::WeeklyWindow::day_bit((*d).into())),
            from: w.from.naive(Field::Window)?,
            to: w.to.naive(Field::Window)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Revocation {
    pub at: Timestamp,
    pub by: PersonId,
    pub reason: EndReason,
}

/// What `grantee` may do with `patient`'s record, and until when.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Grant {
    pub id: GrantId,
    pub patient: PersonId,
    pub grantee: PersonId,
    pub scopes: Vec<Scope>,
    pub starts: Timestamp,
    /// None: until revoked.
    pub ends: Option<Timestamp>,
    pub window: Option<WeeklyWindow>,
    pub basis: LegalBasis,
    /// Shown to the patient only (`helping` leaves it out).
    pub revoked: Option<Revocation>,
    /// The state when this was read.
    pub state: GrantState,
}

impl Grant {
    fn at(g: domain::Grant, now: DateTime<FixedOffset>) -> Self {
        Grant {
            state: g.state(now).into(),
            id: g.id,
            patient: g.patient,
            grantee: g.grantee,
            scopes: all(g.scopes),
            starts: g.starts,
            ends: g.ends,
            window: g.window.map(WeeklyWindow::from),
            basis: g.basis.into(),
            revoked: g.revoked.map(|r| Revocation { at: r.at, by: r.by, reason: r.reason.into() }),
        }
    }
}

/// What a patient offers with an invitation.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InviteRequest {
    pub scopes: Vec<Scope>,
    /// How long the grant lasts once accepted; none is until revoked.
    #[uniffi(default = None)]
    pub grant_days: Option<u32>,
    #[uniffi(default = None)]
    pub window: Option<WeeklyWindow>,
    pub basis: LegalBasis,
}

/// An invitation to read aloud, text, or show as a QR code.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Invitation {
    pub code: String,
    /// The code in groups of three, for reading aloud: "K7M-4QX-9RT".
    pub spoken: String,
    pub qr_payload: String,
    pub expires: Timestamp,
}

#[uniffi::export]
impl SaathiSession {
    /// Makes an invitation code for someone to help with `patient`'s record (48 hours).
    pub fn invite(&self, patient: PersonId, request: InviteRequest) -> Result<Invitation, SaathiError> {
        self.with(|s| {
            let request = saathi_core::InviteRequest {
                scopes: all(request.scopes),
                grant_days: request.grant_days,
                window: request.window.map(TryInto::try_into).transpose()?,
                basis: request.basis.into(),
            };
            let i = s.invite(patient, request)?;
            Ok(Invitation {
                code: i.code.as_str().into(),
                spoken: i.spoken,
                qr_payload: i.qr_payload,
                expires: i.expires,
            })
        })
    }

    /// Accepts an invitation as this session's person, who then holds the grant it offered.
    /// Spaces, dashes, lower case and O/I/L for 0/1/1 are all understood.
    pub fn accept_invite(&self, code: String) -> Result<Grant, SaathiError> {
        self.with_live(|l| Ok(Grant::at(l.session.accept_invite(&code)?, l.saathi.now())))
    }

    /// Everyone `patient` has shared with, ended grants included (the patient only).
    pub fn sharing(&self, patient: PersonId) -> Result<Vec<Grant>, SaathiError> {
        self.with_live(|l| {
            let now = l.saathi.now();
            Ok(l.session.sharing(patient)?.into_iter().map(|g| Grant::at(g, now)).collect())
        })
    }

    /// The people this session's person helps, with what they may do now.
    pub fn helping(&self) -> Result<Vec<Grant>, SaathiError> {
        self.with_live(|l| {
            let now = l.saathi.now();
            Ok(l.session.helping()?.into_iter().map(|g| Grant::at(g, now)).collect())
        })
    }

    /// Changes what a grant allows and until when (none: until revoked).
    pub fn change_grant(
        &self,
        patient: PersonId,
        grant: GrantId,
        scopes: Vec<Scope>,
        ends: Option<Timestamp>,
    ) -> Result<Grant, SaathiError> {
        self.with_live(|l| {
            Ok(Grant::at(l.session.change_grant(patient, grant, all(scopes), ends)?, l.saathi.now()))
        })
    }

    /// Ends a grant now; the helper's next call is refused, without saying why.
    pub fn revoke(&self, patient: PersonId, grant: GrantId, reason: EndReason) -> Result<Grant, SaathiError> {
        self.with_live(|l| Ok(Grant::at(l.session.revoke(patient, grant, reason.into())?, l.saathi.now())))
    }
}
