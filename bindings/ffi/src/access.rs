//! Who may do what (asked without acting, for screens), and the audit trail: who did what
//! to a record, and whether the trail is as it was written.

use saathi_domain::access::Decision;
use saathi_domain::audit_chain::Break;

use crate::error::SaathiError;
use crate::session::SaathiSession;
use crate::time::Timestamp;
use crate::{PersonId, RecordId};

mirror_enum!(
    /// Something a person may or may not do with a patient's record.
    Action <=> saathi_domain::access::Action {
        ViewReadings,
        LogReadings,
        CorrectReadings,
        ManageMedicines,
        SetTargets,
        ManageSharing,
        ViewAudit,
        /// Be told about missed doses and dangerous readings.
        ReceiveAlerts,
        /// See lessons and food guides (and their progress).
        ViewLessons,
        /// Send lessons, foods to try and swaps (a dietitian).
        AssignContent,
    }
);

mirror_enum!(
    /// Why not, in words safe to show the person asking.
    Denial <=> saathi_domain::access::Denial {
        NotAPatient,
        ClinicianOnly,
        PatientOnly,
        NoPermission,
        OutsideWindow,
        /// Access ended; never says why.
        AccessEnded,
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AccessDecision {
    Allow,
    Deny { denial: Denial },
}

impl From<Decision> for AccessDecision {
    fn from(d: Decision) -> Self {
        match d {
            Decision::Allow => AccessDecision::Allow,
            Decision::Deny(denial) => AccessDecision::Deny { denial: denial.into() },
        }
    }
}

/// One line of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AuditEntry {
    pub at: Timestamp,
    pub actor: PersonId,
    pub patient: Option<PersonId>,
    /// What was done, as a code: "log", "view-readings", "revoke-safeguarding", ...
    pub action: String,
    /// The kind of record acted on ("glucose", "grant", ...), if any.
    pub record_kind: Option<String>,
    pub record: Option<RecordId>,
    /// Done in a private session.
    pub private: bool,
}

impl From<saathi_core::AuditEntry> for AuditEntry {
    fn from(e: saathi_core::AuditEntry) -> Self {
        AuditEntry {
            at: e.at,
            actor: e.actor,
            patient: e.patient,
            action: e.action,
            record_kind: e.record_kind,
            record: e.record,
            private: e.private,
        }
    }
}

/// The result of checking the audit trail's hash chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AuditCheck {
    /// All `entries` are as written.
    Intact { entries: u64 },
    /// Entry `id` was changed after it was written.
    Altered { id: i64 },
    /// Entries before `before_id` were removed or moved.
    Missing { before_id: i64 },
    /// Entries at the end were removed.
    Truncated { entries: u64, expected: u64 },
}

impl From<Result<u64, Break>> for AuditCheck {
    fn from(r: Result<u64, Break>) -> Self {
        match r {
            Ok(entries) => AuditCheck::Intact { entries },
            Err(Break::Altered { id }) => AuditCheck::Altered { id },
            Err(Break::Missing { before_id }) => AuditCheck::Missing { before_id },
            Err(Break::Truncated { entries, expected }) => AuditCheck::Truncated { entries, expected },
        }
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl SaathiSession {
    /// Whether this person may do `action` on `patient`'s record now, without doing it:
    /// screens never offer what would be refused. Asking is not audited.
    pub fn allowed(&self, patient: PersonId, action: Action) -> Result<AccessDecision, SaathiError> {
        self.with(|s| Ok(s.allowed(patient, action.into())?.into()))
    }

    /// Who did what to `patient`'s record, oldest first (the patient only).
    pub fn audit_trail(&self, patient: PersonId) -> Result<Vec<AuditEntry>, SaathiError> {
        self.with(|s| Ok(crate::mirror::all(s.audit_trail(patient)?)))
    }

    /// Checks the whole audit trail (as `Saathi.verifyAudit`). Runs off the caller's thread.
    pub async fn verify_audit(&self) -> Result<AuditCheck, SaathiError> {
        self.with_blocking(|s| Ok(s.verify_audit()?.into())).await
    }
}
