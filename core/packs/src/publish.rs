//! The publisher's side: list and hash a directory into a manifest, sign it, and write the
//! archive that apps download.

use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::path::Path;

use chrono::{DateTime, Utc};

use crate::error::{Error, IoContext};
use crate::files::pack_files;
use crate::hashing::{CopyError, StreamHasher};
use crate::keys::{PublisherKey, SigningKey, TrustedKeys};
use crate::manifest::{FORMAT, FileEntry, MANIFEST_FILE, Manifest, Publisher, SIGNATURE_FILE};
use crate::verify::{VerifiedPack, verify_dir};
use crate::version::PackVersion;

/// What the publisher says about a pack; the files are found by [`build_manifest`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackInfo {
    pub id: String,
    pub version: PackVersion,
    pub title: String,
    pub publisher: String,
    pub languages: Vec<String>,
    /// Passed in rather than read from the clock, so that building is reproducible.
    pub created: DateTime<Utc>,
}

/// Lists and hashes every file under `dir` (except an old `manifest.json` and
/// `manifest.sig`) into a manifest naming `key` as the publisher. Refuses links, special
/// files and names not allowed in packs.
pub fn build_manifest(dir: &Path, info: PackInfo, key: &PublisherKey) -> Result<Manifest, Error> {
    let mut hasher = StreamHasher::new();
    let mut files = Vec::new();
    for path in pack_files(dir)? {
        let full = dir.join(&path);
        let mut file = File::open(&full).ctx("open", &full)?;
        let hashed =
            hasher.hash(&mut file, None, u64::MAX - 1).map_err(CopyError::into_io).ctx("read", &full)?;
        files.push(FileEntry { path, size: hashed.size, sha256: hashed.sha256 });
    }
    let manifest = Manifest {
        format: FORMAT,
        id: info.id,
        version: info.version,
        title: info.title,
        publisher: Publisher { name: info.publisher, key: *key },
        languages: info.languages,
        created: info.created,
        files,
    };
    manifest.check()?;
    Ok(manifest)
}

/// Writes `manifest.json` and `manifest.sig` (the raw 64-byte Ed25519 signature of exactly
/// those bytes) into `dir`, replacing earlier ones.
pub fn sign(dir: &Path, manifest: &Manifest, key: &SigningKey) -> Result<(), Error> {
    if manifest.publisher.key != key.public_key() {
        return Err(Error::KeyMismatch);
    }
    manifest.check()?;
    let bytes = manifest.to_json()?;
    let signature = key.sign(&bytes);
    let manifest_path = dir.join(MANIFEST_FILE);
    fs::write(&manifest_path, &bytes).ctx("write", &manifest_path)?;
    let signature_path = dir.join(SIGNATURE_FILE);
    fs::write(&signature_path, signature).ctx("write", &signature_path)
}

/// [`build_manifest`] and [`sign`] in one step.
pub fn pack(dir: &Path, info: PackInfo, key: &SigningKey) -> Result<Manifest, Error> {
    let manifest = build_manifest(dir, info, &key.public_key())?;
    sign(dir, &manifest, key)?;
    Ok(manifest)
}

/// Writes a signed pack directory as an uncompressed tar archive: `manifest.json`, then
/// `manifest.sig`, then the files in manifest order (installing depends on this order to
/// check the signature before it writes anything). The directory is verified first against
/// its own publisher key, so a stale manifest is caught here rather than on phones.
/// Entries carry no owner, mode 0644 and the manifest's `created` time, so the same pack
/// always gives the same archive.
pub fn write_archive(dir: &Path, out: &Path) -> Result<VerifiedPack, Error> {
    let (manifest_bytes, signature) = crate::files::read_signed(dir)?;
    let own_key = Manifest::parse(&manifest_bytes)?.publisher.key;
    let pack = verify_dir(dir, &TrustedKeys::new().with(own_key))?;

    let file = File::create(out).ctx("create", out)?;
    let written = write_tar(dir, &pack.manifest, &manifest_bytes, &signature, file);
    if written.is_err() {
        let _ = fs::remove_file(out);
    }
    written.ctx("write", out)?;
    Ok(pack)
}

fn write_tar(
    dir: &Path,
    manifest: &Manifest,
    manifest_bytes: &[u8],
    signature: &[u8],
    file: File,
) -> std::io::Result<()> {
    let mtime = u64::try_from(manifest.created.timestamp()).unwrap_or(0);
    let header = |size: u64| {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(tar::EntryType::Regular);
        header.set_size(size);
        header.set_mode(0o644);
        header.set_mtime(mtime);
        header.set_uid(0);
        header.set_gid(0);
        header
    };
    let mut builder = tar::Builder::new(BufWriter::with_capacity(1 << 20, file));
    builder.append_data(&mut header(manifest_bytes.len() as u64), MANIFEST_FILE, manifest_bytes)?;
    builder.append_data(&mut header(signature.len() as u64), SIGNATURE_FILE, signature)?;
    for entry in &manifest.files {
        // At most the listed size, so that a file changed since verifying cannot shift the
        // entries after it (installing would then refuse the archive, not misread it).
        let source = File::open(dir.join(&entry.path))?.take(entry.size);
        builder.append_data(&mut header(entry.size), &entry.path, source)?;
    }
    let mut writer = builder.into_inner()?;
    writer.flush()?;
    writer.into_inner().map_err(|e| e.into_error())?.sync_all()
}
