//! File-system steps shared by verifying, staging and installing: listing a pack's files,
//! reading small files with a size cap, and making writes durable before they are relied on.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::Path;

use crate::error::{Error, IoContext};
use crate::keys::SIGNATURE_LEN;
use crate::manifest::{MANIFEST_FILE, MAX_MANIFEST_BYTES, Manifest, SIGNATURE_FILE};
use crate::paths;

/// Every regular file under `dir` as a pack path, sorted, leaving out `manifest.json` and
/// `manifest.sig` at the top. Links and special files are refused, not followed, and so
/// are names that are not allowed in packs (hidden files included: they would be
/// unlisted, and saying which rule they break is more useful).
pub(crate) fn pack_files(dir: &Path) -> Result<Vec<String>, Error> {
    let mut found = Vec::new();
    let mut folders = vec![String::new()];
    while let Some(folder) = folders.pop() {
        let full = dir.join(&folder);
        for entry in fs::read_dir(&full).ctx("list", &full)? {
            let entry = entry.ctx("list", &full)?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                return Err(Error::UnsafePath { path: format!("{folder}{}", name.to_string_lossy()) });
            };
            let path = format!("{folder}{name}");
            let kind = entry.file_type().ctx("read the type of", &entry.path())?;
            if kind.is_dir() {
                folders.push(format!("{path}/"));
            } else if folder.is_empty() && (name == MANIFEST_FILE || name == SIGNATURE_FILE) {
                continue;
            } else if kind.is_file() {
                paths::check(&path)?;
                found.push(path);
            } else {
                return Err(Error::NotAFile { path });
            }
        }
    }
    found.sort_unstable();
    Ok(found)
}

/// Compares a pack's files with its manifest: nothing unlisted, nothing missing.
pub(crate) fn check_listing(manifest: &Manifest, present: &[String]) -> Result<(), Error> {
    if let Some(path) = present.iter().find(|p| manifest.file(p).is_none()) {
        return Err(Error::UnlistedFile { path: path.clone() });
    }
    if let Some(file) = manifest.files.iter().find(|f| present.binary_search(&f.path).is_err()) {
        return Err(Error::MissingFile { path: file.path.clone() });
    }
    Ok(())
}

/// `manifest.json` and `manifest.sig` of a pack directory, as bytes, each refused if larger
/// than any valid one could be.
pub(crate) fn read_signed(dir: &Path) -> Result<(Vec<u8>, Vec<u8>), Error> {
    let manifest = read_capped(dir, MANIFEST_FILE, MAX_MANIFEST_BYTES)?
        .ok_or_else(|| Error::bad_manifest("manifest.json is larger than 8 MiB"))?;
    let signature = read_capped(dir, SIGNATURE_FILE, SIGNATURE_LEN as u64)?.ok_or(Error::BadSignature)?;
    Ok((manifest, signature))
}

/// The file's bytes, or `None` if it holds more than `cap`. A missing file is `MissingFile`.
fn read_capped(dir: &Path, name: &str, cap: u64) -> Result<Option<Vec<u8>>, Error> {
    let path = dir.join(name);
    let file = match File::open(&path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(Error::MissingFile { path: name.to_owned() });
        }
        other => other.ctx("open", &path)?,
    };
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes).ctx("read", &path)?;
    Ok((bytes.len() as u64 <= cap).then_some(bytes))
}

/// Creates `path` (a checked pack path) under `root`, with its folders. Never overwrites:
/// in a fresh staging folder an existing file means the pack named it twice.
pub(crate) fn create_new(root: &Path, path: &str) -> Result<File, Error> {
    let full = root.join(path);
    if let Some(parent) = full.parent() {
        fs::create_dir_all(parent).ctx("create", parent)?;
    }
    File::create_new(&full).ctx("create", &full)
}

/// Writes a whole small file and flushes it to storage.
pub(crate) fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut file = File::create_new(path).ctx("create", path)?;
    io::Write::write_all(&mut file, bytes).ctx("write", path)?;
    file.sync_all().ctx("write", path)
}

/// Flushes a directory's entries (new names, renames) to storage, so that after a power
/// cut a name that was relied on exists. Only Unix (Android, iOS, Linux) can open a
/// directory to do this; elsewhere it is a no-op.
pub(crate) fn sync_dir(path: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    File::open(path).and_then(|dir| dir.sync_all()).ctx("flush", path)?;
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Flushes `root` and every folder under it on the way to one of `paths`, deepest first
/// (each new folder is an entry in its parent).
pub(crate) fn sync_tree<'a>(root: &Path, paths: impl IntoIterator<Item = &'a str>) -> Result<(), Error> {
    let mut folders: Vec<&str> =
        paths.into_iter().flat_map(|p| p.match_indices('/').map(move |(at, _)| &p[..at])).collect();
    folders.sort_unstable();
    folders.dedup();
    folders.sort_unstable_by_key(|f| std::cmp::Reverse(f.len()));
    for folder in &folders {
        sync_dir(&root.join(folder))?;
    }
    sync_dir(root)
}

/// 16 random hex digits, for names no other install uses at the same time.
pub(crate) fn random_suffix() -> Result<String, Error> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|_| Error::NoRandomness)?;
    Ok(hex::encode(bytes))
}
