//! Every message id Saathi can ask for exists in the source locale (en-GB).
//!
//! Two nets: ids built from the domain's own enumerations (bands, advice, contexts,
//! fields, audit actions ...), and a scan of the sources for literal ids. A missing id would
//! otherwise only show up as `⟦id⟧` in front of a person.

use std::path::{Path, PathBuf};

use saathi_domain::access::{Action, Audited, Denial};
use saathi_domain::bands::{Advice, BpBand, GlucoseBand};
use saathi_domain::grants::{EndReason, LegalBasis, Scope};
use saathi_domain::medicine::{DoseStatus, WithFood};
use saathi_domain::person::{Condition, Role};
use saathi_domain::plausibility::{self, Field};
use saathi_domain::reading::{GlucoseContext, ReadingKind};
use saathi_domain::wording::unit_key;
use saathi_l10n::{Localizer, SOURCE_LOCALE};

fn generated_ids() -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut family = |prefix: &str, codes: &[&str]| ids.extend(codes.iter().map(|c| format!("{prefix}-{c}")));
    family("kind", &ReadingKind::ALL.iter().map(|k| k.code()).collect::<Vec<_>>());
    family("record", &ReadingKind::ALL.iter().map(|k| k.code()).collect::<Vec<_>>());
    family("record", &["regimen", "dose-event"]);
    family("context", &GlucoseContext::ALL.iter().map(|c| c.code()).collect::<Vec<_>>());
    family("glucose-band", &GlucoseBand::ALL.map(GlucoseBand::code));
    family("bp-band", &BpBand::ALL.map(BpBand::code));
    family("field", &Field::ALL.map(Field::code));
    family("action", &Action::ALL.map(Action::code));
    family("role", &[Role::Patient, Role::Helper, Role::Clinician].map(Role::code));
    family("condition", &Condition::ALL.map(Condition::code));
    family("food", &WithFood::ALL.iter().map(|f| f.code()).collect::<Vec<_>>());
    family("dose", &DoseStatus::ALL.iter().map(|d| d.code()).collect::<Vec<_>>());
    family("sitting", &["morning", "evening"]);
    family("error-denied", &Denial::ALL.map(Denial::code));
    family("scope", &Scope::ALL.iter().map(|s| s.code()).collect::<Vec<_>>());
    family("basis", &LegalBasis::ALL.iter().map(|s| s.code()).collect::<Vec<_>>());
    family("end-reason", &EndReason::ALL.iter().map(|s| s.code()).collect::<Vec<_>>());
    family("record", &["grant", "invitation"]);
    family("summary-glucose-trend", &["rising", "falling", "steady"]);
    family("summary-bp-trend", &["rising", "falling", "steady"]);
    ids.extend(Advice::ALL.map(|a| a.key().to_string()));
    ids.extend(Audited::all().into_iter().map(|a| format!("audit-{}", a.code())));
    for l in [
        plausibility::GLUCOSE_MMOL_PER_L,
        plausibility::GLUCOSE_MG_PER_DL,
        plausibility::SYSTOLIC,
        plausibility::DIASTOLIC,
        plausibility::PULSE,
        plausibility::WEIGHT_KG,
        plausibility::HBA1C_PERCENT,
        plausibility::HBA1C_MMOL_PER_MOL,
        plausibility::ACTIVITY_MINUTES,
        plausibility::STEPS,
    ] {
        ids.push(unit_key(l.unit).to_string());
    }
    ids.push(unit_key("digits").to_string());
    ids.push(unit_key("days").to_string());
    ids
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source directory exists") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Prefixes that only message ids use, and the literals with such a prefix that are codes,
/// not ids (stored values that happen to share a prefix).
const ID_PREFIXES: &[&str] =
    &["advice-", "summary-", "error-", "cli-", "protocol-", "reading-", "unit-", "screen-", "ramadan-"];
/// Literals with those prefixes that are not message ids: the prefixes the trends screen
/// picks a kind's summary sentences by.
const NOT_IDS: &[&str] =
    &["error-", "summary-glucose", "summary-bp", "summary-weight", "summary-hba1c", "summary-activity"];

fn literal_ids() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["core/domain/src", "core/app/src", "cli/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source");
        for piece in text.split('"').skip(1).step_by(2) {
            let is_id = ID_PREFIXES.iter().any(|p| piece.starts_with(p))
                && !NOT_IDS.contains(&piece)
                && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !piece.ends_with('-');
            if is_id {
                found.push((piece.to_string(), file.clone()));
            }
        }
    }
    found
}

#[test]
fn every_generated_id_has_words() {
    let l = Localizer::new(SOURCE_LOCALE).expect("source locale loads");
    let missing: Vec<String> = generated_ids().into_iter().filter(|id| !l.has(id)).collect();
    assert!(missing.is_empty(), "missing in {SOURCE_LOCALE}: {missing:?}");
}

#[test]
fn every_literal_id_in_the_sources_has_words() {
    let l = Localizer::new(SOURCE_LOCALE).expect("source locale loads");
    let literals = literal_ids();
    assert!(literals.len() > 50, "the scan should find the ids the code uses, found {}", literals.len());
    let missing: Vec<String> = literals
        .into_iter()
        .filter(|(id, _)| !l.has(id))
        .map(|(id, file)| format!("{id} ({})", file.display()))
        .collect();
    assert!(missing.is_empty(), "missing in {SOURCE_LOCALE}: {missing:#?}");
}
