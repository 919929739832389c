//! The one error type of this crate. Every refusal names what was wrong (a path inside the
//! pack, a size, a version) and never quotes file contents.

use std::io;
use std::path::{Path, PathBuf};

use crate::manifest::FORMAT;
use crate::version::PackVersion;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The manifest names a publisher key that is not in the app's trusted set.
    #[error("the pack is signed by a publisher key this app does not trust")]
    UnknownPublisher,
    /// The signature does not match the manifest's bytes and the key the manifest names:
    /// the manifest was edited after signing, or signed with another key.
    #[error("the pack's signature does not match its manifest")]
    BadSignature,
    /// manifest.json is not valid JSON of format 1, or breaks a rule of the format.
    #[error("manifest.json is not a valid pack manifest: {why}")]
    BadManifest { why: String },
    /// The pack was made for a newer Saathi.
    #[error("the pack uses format {found}; this version of Saathi reads format {FORMAT}")]
    UnsupportedFormat { found: u64 },
    /// The archive is not a tar archive, or not laid out as a pack archive.
    #[error("the archive is not a valid pack archive: {why}")]
    BadArchive { why: &'static str },
    #[error("the manifest lists {path:?}, which the pack does not contain")]
    MissingFile { path: String },
    #[error("the pack contains {path:?}, which the manifest does not list")]
    UnlistedFile { path: String },
    #[error("{path:?} is {found} bytes; the manifest says {expected}")]
    WrongSize { path: String, expected: u64, found: u64 },
    #[error("{path:?} does not match its SHA-256 in the manifest (damaged or altered)")]
    WrongHash { path: String },
    /// The archive ends before the pack does (an interrupted download, a cut file).
    #[error("the archive ends early: it is incomplete")]
    Truncated,
    /// A path that could escape the pack's directory or is not portable (see `paths`).
    #[error("{path:?} is not an allowed path inside a pack")]
    UnsafePath { path: String },
    /// A symbolic or hard link, device, FIFO or other entry that is not a regular file.
    #[error("{path:?} is not a regular file; packs hold only regular files")]
    NotAFile { path: String },
    /// Installing would take the installed packs over the storage budget.
    #[error("the pack needs {needed} bytes but only {available} of the {budget}-byte budget are free")]
    TooLarge { needed: u64, available: u64, budget: u64 },
    /// Only newer versions replace an installed pack.
    #[error("pack {id} {installed} is installed; {offered} is not newer")]
    NotNewer { id: String, installed: PackVersion, offered: PackVersion },
    /// An installed pack is only upgraded by the publisher key that signed it.
    #[error("pack {id} is installed from another publisher; remove it before installing this one")]
    OtherPublisher { id: String },
    /// `sign` was given a manifest whose publisher key is not the signing key's.
    #[error("the signing key does not match the manifest's publisher key")]
    KeyMismatch,
    #[error("not a valid key file: {why}")]
    BadKeyFile { why: &'static str },
    /// The installed copy of a pack is not readable as this crate left it (edited by hand,
    /// or damaged storage). Installing the pack again repairs it.
    #[error("the installed pack {id} is damaged: {why}")]
    Damaged { id: String, why: &'static str },
    /// The app read the checked pack and cannot use it (a catalogue it does not
    /// understand, a media file the catalogue names but the pack lacks); `code` is the
    /// app's. Refused before the switch: the version in use stays.
    #[error("the app cannot use this pack ({code})")]
    Unusable { code: &'static str },
    #[error("the operating system gave no randomness")]
    NoRandomness,
    #[error("could not {op} {path:?}: {source}")]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl Error {
    /// A stable code for each kind of refusal, for the app to choose a message by.
    pub fn code(&self) -> &'static str {
        match self {
            Error::UnknownPublisher => "pack-unknown-publisher",
            Error::BadSignature => "pack-bad-signature",
            Error::BadManifest { .. } => "pack-bad-manifest",
            Error::UnsupportedFormat { .. } => "pack-unsupported-format",
            Error::BadArchive { .. } => "pack-bad-archive",
            Error::MissingFile { .. } => "pack-missing-file",
            Error::UnlistedFile { .. } => "pack-unlisted-file",
            Error::WrongSize { .. } => "pack-wrong-size",
            Error::WrongHash { .. } => "pack-wrong-hash",
            Error::Truncated => "pack-truncated",
            Error::UnsafePath { .. } => "pack-unsafe-path",
            Error::NotAFile { .. } => "pack-not-a-file",
            Error::TooLarge { .. } => "pack-too-large",
            Error::NotNewer { .. } => "pack-not-newer",
            Error::OtherPublisher { .. } => "pack-other-publisher",
            Error::KeyMismatch => "pack-key-mismatch",
            Error::BadKeyFile { .. } => "pack-bad-key-file",
            Error::Damaged { .. } => "pack-damaged",
            Error::Unusable { code } => code,
            Error::NoRandomness => "pack-no-randomness",
            Error::Io { .. } => "pack-io",
        }
    }

    pub(crate) fn bad_manifest(why: impl Into<String>) -> Self {
        Error::BadManifest { why: why.into() }
    }
}

/// Attaches what was being done, and to which path, to an I/O error.
pub(crate) trait IoContext<T> {
    fn ctx(self, op: &'static str, path: &Path) -> Result<T, Error>;
}

impl<T> IoContext<T> for Result<T, io::Error> {
    fn ctx(self, op: &'static str, path: &Path) -> Result<T, Error> {
        self.map_err(|source| Error::Io { op, path: path.to_path_buf(), source })
    }
}
