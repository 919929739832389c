//! Copying a pack into a staging folder while checking it: from a directory, or streaming
//! from a tar archive.
//!
//! Both take the same steps in the same order: read the manifest and signature, check
//! them, ask the installer whether and how to go on (`plan`), then copy each file while
//! hashing it, refusing on the first wrong byte count or hash, and finally write the
//! manifest and signature and flush everything to storage. Nothing outside the staging
//! folder is touched; the installer removes the folder on any error.

use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use crate::error::{Error, IoContext};
use crate::files::{check_listing, create_new, pack_files, read_signed, sync_tree, write_synced};
use crate::hashing::{CopyError, StreamHasher};
use crate::keys::{SIGNATURE_LEN, TrustedKeys};
use crate::manifest::{MANIFEST_FILE, MAX_MANIFEST_BYTES, Manifest, SIGNATURE_FILE};
use crate::paths;
use crate::verify::check_file;

/// Whether staging should copy the files, after the installer has seen the manifest.
pub(crate) trait Plan {
    fn copy_files(&self) -> bool;
}

/// Stages a pack directory: every listed file copied and checked, nothing unlisted.
pub(crate) fn from_dir<P: Plan>(
    source: &Path,
    staging: &Path,
    trusted: &TrustedKeys,
    plan: impl FnOnce(&Manifest, &[u8]) -> Result<P, Error>,
) -> Result<(Manifest, P), Error> {
    let (manifest_bytes, signature) = read_signed(source)?;
    let manifest = Manifest::verify(&manifest_bytes, &signature, trusted)?;
    let plan = plan(&manifest, &manifest_bytes)?;
    if !plan.copy_files() {
        return Ok((manifest, plan));
    }
    check_listing(&manifest, &pack_files(source)?)?;
    let mut hasher = StreamHasher::new();
    for entry in &manifest.files {
        let from_path = source.join(&entry.path);
        let mut from = match File::open(&from_path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Error::MissingFile { path: entry.path.clone() });
            }
            other => other.ctx("open", &from_path)?,
        };
        let found = from.metadata().ctx("read the size of", &from_path)?.len();
        if found != entry.size {
            return Err(Error::WrongSize { path: entry.path.clone(), expected: entry.size, found });
        }
        let to_path = staging.join(&entry.path);
        let mut to = create_new(staging, &entry.path)?;
        let hashed = hasher.hash(&mut from, Some(&mut to), entry.size).map_err(|e| match e {
            CopyError::Read(e) => Error::Io { op: "read", path: from_path.clone(), source: e },
            CopyError::Write(e) => Error::Io { op: "write", path: to_path.clone(), source: e },
        })?;
        check_file(entry, hashed)?;
        to.sync_all().ctx("write", &to_path)?;
    }
    finish(staging, &manifest, &manifest_bytes, &signature)?;
    Ok((manifest, plan))
}

/// Stages a pack archive, reading it once from start to end. The archive must begin with
/// `manifest.json` and `manifest.sig`, so the signature is checked and the plan made before
/// a single listed file is written; after that each entry must be a listed regular file at
/// a safe path, of exactly its listed size, hashed as it is written. So no more than the
/// manifest's total (which the plan has checked against the budget) is ever written.
pub(crate) fn from_tar<P: Plan>(
    source: &Path,
    staging: &Path,
    trusted: &TrustedKeys,
    plan: impl FnOnce(&Manifest, &[u8]) -> Result<P, Error>,
) -> Result<(Manifest, P), Error> {
    let file = File::open(source).ctx("open", source)?;
    let seen = Seen::default();
    let mut archive =
        tar::Archive::new(Watched { inner: BufReader::with_capacity(1 << 20, file), seen: &seen });
    let tar_error = |e: io::Error| seen.error(source, e);
    let mut entries = archive.entries().map_err(tar_error)?;

    let manifest_bytes = read_member(entries.next(), MANIFEST_FILE, MAX_MANIFEST_BYTES, &seen, source)?
        .ok_or_else(|| Error::bad_manifest("manifest.json is larger than 8 MiB"))?;
    let signature = read_member(entries.next(), SIGNATURE_FILE, SIGNATURE_LEN as u64, &seen, source)?
        .ok_or(Error::BadSignature)?;
    let manifest = Manifest::verify(&manifest_bytes, &signature, trusted)?;
    let plan = plan(&manifest, &manifest_bytes)?;
    if !plan.copy_files() {
        return Ok((manifest, plan));
    }

    let mut received = vec![false; manifest.files.len()];
    let mut hasher = StreamHasher::new();
    for entry in entries {
        let mut entry = entry.map_err(tar_error)?;
        let path = entry_path(&entry)?;
        let kind = entry.header().entry_type();
        if kind.is_dir() {
            // Folders are made as files need them; a folder entry only has to be harmless.
            match path.trim_end_matches('/') {
                "" => continue,
                folder => {
                    paths::check(folder)?;
                    continue;
                }
            }
        }
        paths::check(&path)?;
        if !kind.is_file() {
            return Err(Error::NotAFile { path });
        }
        if path == MANIFEST_FILE || path == SIGNATURE_FILE {
            return Err(Error::BadArchive { why: "manifest.json or manifest.sig appears twice" });
        }
        let index = manifest
            .files
            .binary_search_by(|f| f.path.as_str().cmp(&path))
            .map_err(|_| Error::UnlistedFile { path: path.clone() })?;
        if received[index] {
            return Err(Error::BadArchive { why: "a file appears twice" });
        }
        let listed = &manifest.files[index];
        if entry.size() != listed.size {
            return Err(Error::WrongSize { path, expected: listed.size, found: entry.size() });
        }
        let to_path = staging.join(&path);
        let mut to = create_new(staging, &path)?;
        let hashed = hasher.hash(&mut entry, Some(&mut to), listed.size).map_err(|e| match e {
            CopyError::Read(e) => seen.error(source, e),
            CopyError::Write(e) => Error::Io { op: "write", path: to_path.clone(), source: e },
        })?;
        if hashed.size < listed.size {
            return Err(Error::Truncated);
        }
        check_file(listed, hashed)?;
        to.sync_all().ctx("write", &to_path)?;
        received[index] = true;
    }
    // An archive cut off between two entries reads like a shorter archive: only the missing
    // end-of-archive block tells it apart (the tar reader stops at that block, so reaching
    // the end of the file means the block was not there).
    if seen.eof.get() {
        return Err(Error::Truncated);
    }
    if let Some(index) = received.iter().position(|r| !r) {
        return Err(Error::MissingFile { path: manifest.files[index].path.clone() });
    }
    finish(staging, &manifest, &manifest_bytes, &signature)?;
    Ok((manifest, plan))
}

/// Reads the member that must come next (`manifest.json` or `manifest.sig`); `None` if it
/// is larger than `cap`.
fn read_member<R: Read>(
    next: Option<io::Result<tar::Entry<'_, R>>>,
    name: &str,
    cap: u64,
    seen: &Seen,
    source: &Path,
) -> Result<Option<Vec<u8>>, Error> {
    let Some(entry) = next else {
        return Err(if seen.eof.get() {
            Error::Truncated
        } else {
            Error::MissingFile { path: name.to_owned() }
        });
    };
    let mut entry = entry.map_err(|e| seen.error(source, e))?;
    if entry_path(&entry)? != name || !entry.header().entry_type().is_file() {
        return Err(Error::BadArchive { why: "the archive must begin with manifest.json and manifest.sig" });
    }
    let size = entry.size();
    if size > cap {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(size as usize);
    entry.read_to_end(&mut bytes).map_err(|e| seen.error(source, e))?;
    if (bytes.len() as u64) < size {
        return Err(Error::Truncated);
    }
    Ok(Some(bytes))
}

/// An entry's path as text, without a leading "./" (as `tar -C dir .` writes). Paths that
/// are not UTF-8 are refused.
fn entry_path<R: Read>(entry: &tar::Entry<'_, R>) -> Result<String, Error> {
    let bytes = entry.path_bytes();
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| Error::UnsafePath { path: String::from_utf8_lossy(&bytes).into_owned() })?;
    Ok(text.strip_prefix("./").unwrap_or(text).to_owned())
}

/// Writes the manifest and signature last and flushes the staging tree: once staging
/// returns, everything in it is on storage.
fn finish(staging: &Path, manifest: &Manifest, manifest_bytes: &[u8], signature: &[u8]) -> Result<(), Error> {
    write_synced(&staging.join(MANIFEST_FILE), manifest_bytes)?;
    write_synced(&staging.join(SIGNATURE_FILE), signature)?;
    sync_tree(staging, manifest.files.iter().map(|f| f.path.as_str()))
}

/// What the archive reader saw underneath the tar parser: whether the file ended, and any
/// read error. The tar crate reports both as plain I/O errors; this tells a cut-off
/// download and a failing disk apart from an archive that is not a tar at all.
#[derive(Default)]
struct Seen {
    eof: Cell<bool>,
    error: RefCell<Option<io::Error>>,
}

impl Seen {
    fn error(&self, source: &Path, e: io::Error) -> Error {
        if let Some(read) = self.error.borrow_mut().take() {
            return Error::Io { op: "read", path: source.to_path_buf(), source: read };
        }
        if self.eof.get() {
            return Error::Truncated;
        }
        tracing::debug!(error = %e, "pack archive refused by the tar reader");
        Error::BadArchive { why: "not a tar archive, or damaged" }
    }
}

struct Watched<'a, R> {
    inner: R,
    seen: &'a Seen,
}

impl<R: Read> Read for Watched<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.inner.read(buf) {
            Ok(0) if !buf.is_empty() => {
                self.seen.eof.set(true);
                Ok(0)
            }
            Ok(n) => Ok(n),
            Err(e) => {
                if e.kind() != io::ErrorKind::Interrupted {
                    *self.seen.error.borrow_mut() = Some(io::Error::new(e.kind(), e.to_string()));
                }
                Err(e)
            }
        }
    }
}
