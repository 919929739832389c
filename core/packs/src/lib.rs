//! Saathi's content packs: the signed manifest format, verification, and atomic
//! installation with upgrades and a storage budget. See README.md for the format and the
//! trust model.
//!
//! Downloading is `saathi-net`'s job and reading `catalogue.json` is `saathi-content`'s;
//! here every file of a pack is just bytes with a size and a SHA-256.

mod error;
mod files;
mod hashing;
mod install;
mod keys;
mod manifest;
mod paths;
mod publish;
mod stage;
mod verify;
mod version;

pub use error::Error;
pub use install::{
    Change, InstallOutcome, Installed, current, install, install_checked, installed, recover, remove,
};
pub use keys::{PublisherKey, SIGNATURE_LEN, SigningKey, TrustedKeys};
pub use manifest::{
    FORMAT, FileEntry, MANIFEST_FILE, MAX_MANIFEST_BYTES, Manifest, Publisher, SIGNATURE_FILE,
};
pub use paths::MAX_PATH_LEN;
pub use publish::{PackInfo, build_manifest, pack, sign, write_archive};
pub use verify::{VerifiedPack, verify_dir};
pub use version::{BadVersion, PackVersion};

/// The demo publisher's key file (`keys/demo.publisher-key`), for
/// `PublisherKey::from_key_file`. Its secret half is committed on purpose
/// (`keys/demo.signing-key`) so the demo pack can be built from the repository, which
/// means anyone can sign with it: trust it only in demo and test builds, never in release.
pub const DEMO_PUBLISHER_KEY: &str = include_str!("../keys/demo.publisher-key");
