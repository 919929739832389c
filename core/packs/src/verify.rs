//! Checking a pack directory: signature by a trusted key, then every file listed, present,
//! of the listed size and SHA-256, and nothing else.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext};
use crate::files::{check_listing, pack_files, read_signed};
use crate::hashing::{CopyError, Hashed, StreamHasher};
use crate::keys::TrustedKeys;
use crate::manifest::{FileEntry, Manifest};

/// A pack directory whose every byte was found as its trusted publisher signed it.
#[derive(Debug, Clone)]
pub struct VerifiedPack {
    pub manifest: Manifest,
    pub dir: PathBuf,
    /// The pack's size: listed files, manifest and signature.
    pub bytes: u64,
}

/// Verifies a pack directory (a publisher's, or an installed version's folder).
pub fn verify_dir(dir: &Path, trusted: &TrustedKeys) -> Result<VerifiedPack, Error> {
    let (manifest_bytes, signature) = read_signed(dir)?;
    let manifest = Manifest::verify(&manifest_bytes, &signature, trusted)?;
    check_listing(&manifest, &pack_files(dir)?)?;
    let mut hasher = StreamHasher::new();
    for entry in &manifest.files {
        let path = dir.join(&entry.path);
        let mut file = match File::open(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Error::MissingFile { path: entry.path.clone() });
            }
            other => other.ctx("open", &path)?,
        };
        // The size first: a wrong size is found without reading the file.
        let found = file.metadata().ctx("read the size of", &path)?.len();
        if found != entry.size {
            return Err(Error::WrongSize { path: entry.path.clone(), expected: entry.size, found });
        }
        let hashed =
            hasher.hash(&mut file, None, entry.size).map_err(CopyError::into_io).ctx("read", &path)?;
        check_file(entry, hashed)?;
    }
    let bytes = manifest.files_bytes() + (manifest_bytes.len() + signature.len()) as u64;
    Ok(VerifiedPack { manifest, dir: dir.to_path_buf(), bytes })
}

/// Compares what a stream held with its manifest entry.
pub(crate) fn check_file(entry: &FileEntry, hashed: Hashed) -> Result<(), Error> {
    if hashed.size != entry.size {
        return Err(Error::WrongSize { path: entry.path.clone(), expected: entry.size, found: hashed.size });
    }
    if hashed.sha256 != entry.sha256 {
        return Err(Error::WrongHash { path: entry.path.clone() });
    }
    Ok(())
}
