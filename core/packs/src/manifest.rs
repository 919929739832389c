//! `manifest.json`: what a pack is and every file it holds, with size and SHA-256.
//!
//! The signature in `manifest.sig` covers the exact bytes of `manifest.json`, so the bytes
//! are kept as read and never re-serialised before checking.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;
use crate::keys::{PublisherKey, SIGNATURE_LEN, TrustedKeys, decode_hex32};
use crate::paths;
use crate::version::PackVersion;

/// The manifest format this crate reads and writes.
pub const FORMAT: u64 = 1;
pub const MANIFEST_FILE: &str = "manifest.json";
pub const SIGNATURE_FILE: &str = "manifest.sig";
/// A manifest larger than this is refused before it is read into memory (10,000 files
/// take about 1.5 MB).
pub const MAX_MANIFEST_BYTES: u64 = 8 * 1024 * 1024;
const MAX_FILES: usize = 100_000;
const MAX_NAME_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`FORMAT`]; a pack of another format is refused as `UnsupportedFormat`.
    pub format: u64,
    /// Names the pack across versions: an upgrade has the same id and a newer version.
    pub id: String,
    pub version: PackVersion,
    /// The publisher's own name for the pack (not shown to users: the catalogue carries
    /// names in each language).
    pub title: String,
    pub publisher: Publisher,
    /// BCP 47 tags of the languages the pack holds text or audio in.
    pub languages: Vec<String>,
    pub created: DateTime<Utc>,
    /// Sorted by path, byte by byte; `manifest.json` and `manifest.sig` are not listed.
    pub files: Vec<FileEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    pub name: String,
    /// The key whose signature is in `manifest.sig`; the app must trust it.
    pub key: PublisherKey,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Relative, '/'-separated, portable (see the `paths` rules in the README).
    pub path: String,
    pub size: u64,
    #[serde(serialize_with = "hex_out", deserialize_with = "hex_in")]
    pub sha256: [u8; 32],
}

impl Manifest {
    /// Parses and checks a manifest without checking any signature: for tools and for
    /// packs already installed. Packs from outside go through [`Manifest::verify`].
    pub fn parse(bytes: &[u8]) -> Result<Manifest, Error> {
        // The format is read first and alone, so that a newer format with fields this
        // version does not know is reported as such rather than as a broken manifest.
        #[derive(Deserialize)]
        struct FormatOnly {
            format: u64,
        }
        let found = serde_json::from_slice::<FormatOnly>(bytes).map_err(json_error)?.format;
        if found != FORMAT {
            return Err(Error::UnsupportedFormat { found });
        }
        serde_json::from_slice(bytes).map_err(json_error)
    }

    /// Parses `manifest.json`'s bytes, checks that `signature` is the signature of exactly
    /// these bytes by the publisher key the manifest names and that the key is trusted, and
    /// only then applies the format's rules.
    pub fn verify(bytes: &[u8], signature: &[u8], trusted: &TrustedKeys) -> Result<Manifest, Error> {
        let manifest = Manifest::parse(bytes)?;
        if !trusted.contains(&manifest.publisher.key) {
            return Err(Error::UnknownPublisher);
        }
        let signature: &[u8; SIGNATURE_LEN] = signature.try_into().map_err(|_| Error::BadSignature)?;
        if !manifest.publisher.key.verifies(bytes, signature) {
            return Err(Error::BadSignature);
        }
        manifest.check()?;
        Ok(manifest)
    }

    /// The format's rules beyond what serde checks.
    pub fn check(&self) -> Result<(), Error> {
        paths::check_id(&self.id)?;
        check_name("title", &self.title)?;
        check_name("publisher name", &self.publisher.name)?;
        if self.languages.is_empty() {
            return Err(Error::bad_manifest("languages is empty"));
        }
        for (i, tag) in self.languages.iter().enumerate() {
            paths::check_language(tag)?;
            if self.languages[..i].contains(tag) {
                return Err(Error::bad_manifest(format!("language {tag} is listed twice")));
            }
        }
        if self.files.len() > MAX_FILES {
            return Err(Error::bad_manifest(format!("more than {MAX_FILES} files")));
        }
        for (i, file) in self.files.iter().enumerate() {
            paths::check(&file.path)?;
            if file.path == MANIFEST_FILE || file.path == SIGNATURE_FILE {
                return Err(Error::bad_manifest(format!("{} must not list itself", file.path)));
            }
            if i > 0 && self.files[i - 1].path.as_bytes() >= file.path.as_bytes() {
                return Err(Error::bad_manifest(format!(
                    "files must be sorted by path without repeats ({:?})",
                    file.path
                )));
            }
        }
        if let Some(path) = paths::collisions(self.files.iter().map(|f| f.path.as_str())) {
            return Err(Error::bad_manifest(format!(
                "{path:?} clashes with another path (letter case, or file and folder)"
            )));
        }
        self.files
            .iter()
            .try_fold(0u64, |total, f| total.checked_add(f.size))
            .ok_or_else(|| Error::bad_manifest("sizes overflow"))?;
        Ok(())
    }

    /// The bytes of the files the manifest lists.
    pub fn files_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.size).fold(0, u64::saturating_add)
    }

    /// The manifest as `sign` writes it: pretty JSON with a final newline.
    pub fn to_json(&self) -> Result<Vec<u8>, Error> {
        let mut bytes = serde_json::to_vec_pretty(self).map_err(json_error)?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    pub fn file(&self, path: &str) -> Option<&FileEntry> {
        self.files.binary_search_by(|f| f.path.as_str().cmp(path)).ok().map(|i| &self.files[i])
    }
}

fn check_name(field: &str, value: &str) -> Result<(), Error> {
    let chars = value.chars().count();
    if chars == 0 || chars > MAX_NAME_CHARS || value.chars().any(char::is_control) || value.trim() != value {
        return Err(Error::bad_manifest(format!(
            "{field} must be 1-{MAX_NAME_CHARS} characters without control characters or outer spaces"
        )));
    }
    Ok(())
}

/// serde_json's message names the field and position; with the input being a manifest
/// (ids, paths, hashes) and never health data, it is safe to pass on.
fn json_error(e: serde_json::Error) -> Error {
    Error::bad_manifest(e.to_string())
}

fn hex_out<S: Serializer>(bytes: &[u8; 32], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&hex::encode(bytes))
}

fn hex_in<'de, D: Deserializer<'de>>(deserializer: D) -> Result<[u8; 32], D::Error> {
    let text = String::deserialize(deserializer)?;
    decode_hex32(&text).ok_or_else(|| serde::de::Error::custom("sha256 must be 64 lowercase hex digits"))
}
