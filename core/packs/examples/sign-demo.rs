//! Signs the bundled demo pack (`content/pack/`) with the demo key, which is committed on
//! purpose (see README.md, "The trust model"):
//!
//! ```sh
//! cargo run -p saathi-packs --example sign-demo -- content/pack
//! ```
//!
//! writes `manifest.json` and `manifest.sig` into the folder. The creation time is fixed,
//! so signing the same files again gives the same bytes (Ed25519 signatures are
//! deterministic) and an unchanged pack shows no diff. `scripts/build-demo-content.sh` runs
//! this after each rebuild.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{TimeZone, Utc};
use saathi_packs::{PackInfo, PackVersion, SigningKey, pack};

/// The demo pack's identity; bump `VERSION` when its content changes, so installed copies
/// upgrade.
const ID: &str = "saathi-demo";
const VERSION: &str = "1.0.0";
const TITLE: &str = "Saathi demo content";
const PUBLISHER: &str = "Saathi demo";
const LANGUAGES: [&str; 6] = ["en-GB", "ur", "pa", "bn", "gu", "hi"];

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: sign-demo PACK_DIR  (writes manifest.json and manifest.sig)");
        return ExitCode::from(2);
    };
    let key_file = Path::new(env!("CARGO_MANIFEST_DIR")).join("keys/demo.signing-key");
    let signed = SigningKey::read(&key_file).and_then(|key| {
        let version: PackVersion = VERSION.parse().map_err(|_| saathi_packs::Error::BadManifest {
            why: "the demo version is not MAJOR.MINOR.PATCH".into(),
        })?;
        let info = PackInfo {
            id: ID.into(),
            version,
            title: TITLE.into(),
            publisher: PUBLISHER.into(),
            languages: LANGUAGES.iter().map(|l| l.to_string()).collect(),
            created: Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).single().unwrap_or_default(),
        };
        pack(&dir, info, &key)
    });
    match signed {
        Ok(manifest) => {
            println!(
                "signed {} {} ({} files) in {}",
                manifest.id,
                manifest.version,
                manifest.files.len(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sign-demo: {e}");
            ExitCode::FAILURE
        }
    }
}
