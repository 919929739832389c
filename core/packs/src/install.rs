//! Installing packs into the app's content directory, atomically, and finding them again.
//!
//! Layout (all under the content directory the app chooses):
//!
//! ```text
//! .staging-<random>/          a pack being copied and checked (or a removed one being deleted)
//! packs/<id>/current          the version in use: "1.1.0\n", replaced by rename only
//! packs/<id>/<version>/       manifest.json, manifest.sig and the pack's files
//! ```
//!
//! The steps of an install, and why a failure or crash at any of them leaves the previous
//! version in use: the pack is staged and checked in `.staging-*` (nothing else touched);
//! the staging folder is renamed to `packs/<id>/<version>` (not yet in use); `current` is
//! replaced by writing a temporary file, flushing it and renaming it over the old one (the
//! switch: readers see the old version or the new, never a mix); only then is the old
//! version deleted. Leftovers of an interrupted install are removed by [`recover`], which
//! every install runs first.
//!
//! One install or remove at a time per content directory: the caller serialises them
//! (the app holds one content manager). Readers may run alongside; a reader that opened a
//! file of the old version keeps reading it after an upgrade (Unix keeps deleted files
//! open), but should look up [`current`] again for new files.

use std::cmp::Ordering;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext};
use crate::files::{random_suffix, sync_dir, write_synced};
use crate::keys::{PublisherKey, SIGNATURE_LEN, TrustedKeys};
use crate::manifest::{MANIFEST_FILE, MAX_MANIFEST_BYTES, Manifest};
use crate::paths;
use crate::stage;
use crate::version::PackVersion;

const PACKS: &str = "packs";
const CURRENT: &str = "current";
const STAGING: &str = ".staging-";

/// A pack version in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    pub id: String,
    pub version: PackVersion,
    pub title: String,
    pub publisher: PublisherKey,
    pub languages: Vec<String>,
    /// The folder holding the pack's files (`dir.join("catalogue.json")`, ...).
    pub dir: PathBuf,
    /// What it takes on storage: listed files, manifest and signature.
    pub bytes: u64,
}

/// What an install did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The pack was not installed before.
    Added,
    /// The pack replaced an older version, which was deleted.
    Upgraded { from: PackVersion },
    /// The same version with the same manifest was already installed: nothing changed.
    AlreadyInstalled,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstallOutcome {
    pub pack: Installed,
    pub change: Change,
}

/// Installs a pack from a directory or an uncompressed tar archive into `content_dir`.
///
/// The pack must be signed by a key in `trusted`, and every byte must match its manifest.
/// It must be newer than the installed version of the same id (the same version with the
/// same manifest is a no-op, [`Change::AlreadyInstalled`]) and signed by the same key.
///
/// `budget_bytes` is the most that installed packs may take once the install is done:
/// the current versions of all other packs plus this one. The version being replaced is
/// not counted, since it is deleted after the switch; during the install it is still on
/// storage, so the peak is that much higher (a full disk is an `Io` error and, like every
/// error, leaves the previous version in use and nothing new behind).
pub fn install(
    source: &Path,
    content_dir: &Path,
    trusted: &TrustedKeys,
    budget_bytes: u64,
) -> Result<InstallOutcome, Error> {
    install_checked(source, content_dir, trusted, budget_bytes, |_| Ok(()))
}

/// `install`, with the app's own check of the staged pack (`usable`, given its folder once
/// every file is verified) before it replaces the version in use: a signed pack the app
/// cannot read is refused with the app's code, and the version in use stays.
pub fn install_checked(
    source: &Path,
    content_dir: &Path,
    trusted: &TrustedKeys,
    budget_bytes: u64,
    usable: impl FnOnce(&Path) -> Result<(), &'static str>,
) -> Result<InstallOutcome, Error> {
    fs::create_dir_all(content_dir).ctx("create", content_dir)?;
    recover(content_dir)?;
    let staging = Staging::create(content_dir)?;
    let plan = |manifest: &Manifest, bytes: &[u8]| plan(content_dir, manifest, bytes, budget_bytes);
    let is_dir = fs::metadata(source).ctx("open", source)?.is_dir();
    let (manifest, plan) = if is_dir {
        stage::from_dir(source, &staging.path, trusted, plan)?
    } else {
        stage::from_tar(source, &staging.path, trusted, plan)?
    };
    let change = match plan {
        Plan::Same(pack) => return Ok(InstallOutcome { pack: *pack, change: Change::AlreadyInstalled }),
        Plan::Add => Change::Added,
        Plan::Upgrade(from) => Change::Upgraded { from },
    };
    usable(&staging.path).map_err(|code| Error::Unusable { code })?;
    switch(content_dir, staging, &manifest)?;
    let pack = current(content_dir, &manifest.id)?.ok_or(Error::Damaged {
        id: manifest.id.clone(),
        why: "the new version vanished after the switch",
    })?;
    tracing::info!(id = %pack.id, version = %pack.version, ?change, "content pack installed");
    Ok(InstallOutcome { pack, change })
}

/// The version of pack `id` in use, if any.
pub fn current(content_dir: &Path, id: &str) -> Result<Option<Installed>, Error> {
    if paths::check_id(id).is_err() {
        return Ok(None);
    }
    let id_dir = content_dir.join(PACKS).join(id);
    let Some(version) = read_current(&id_dir, id)? else {
        return Ok(None);
    };
    let dir = id_dir.join(version.to_string());
    let damaged = |why| Error::Damaged { id: id.to_owned(), why };
    let manifest_path = dir.join(MANIFEST_FILE);
    let bytes = match fs::read(&manifest_path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(damaged("its folder or manifest is missing"));
        }
        other => other.ctx("read", &manifest_path)?,
    };
    if bytes.len() as u64 > MAX_MANIFEST_BYTES {
        return Err(damaged("its manifest is too large"));
    }
    let manifest = Manifest::parse(&bytes).map_err(|_| damaged("its manifest is unreadable"))?;
    if manifest.id != id || manifest.version != version {
        return Err(damaged("its manifest names another pack or version"));
    }
    Ok(Some(Installed {
        id: manifest.id,
        version,
        title: manifest.title,
        publisher: manifest.publisher.key,
        languages: manifest.languages,
        bytes: manifest.files.iter().map(|f| f.size).sum::<u64>() + (bytes.len() + SIGNATURE_LEN) as u64,
        dir,
    }))
}

/// Every pack in use, by id. A damaged pack is logged and left out rather than hiding the
/// others; installing it again repairs it.
pub fn installed(content_dir: &Path) -> Result<Vec<Installed>, Error> {
    let mut found = Vec::new();
    for id in pack_ids(content_dir)? {
        match current(content_dir, &id) {
            Ok(Some(pack)) => found.push(pack),
            Ok(None) => {}
            Err(Error::Damaged { why, .. }) => tracing::warn!(%id, why, "installed content pack is damaged"),
            Err(e) => return Err(e),
        }
    }
    found.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(found)
}

/// Removes pack `id`, every version. The pack disappears at once (its folder is renamed
/// away), then its files are deleted. Returns the version that was in use, if any.
pub fn remove(content_dir: &Path, id: &str) -> Result<Option<PackVersion>, Error> {
    if paths::check_id(id).is_err() {
        return Ok(None);
    }
    let id_dir = content_dir.join(PACKS).join(id);
    let version = match current(content_dir, id) {
        Ok(pack) => pack.map(|p| p.version),
        Err(Error::Damaged { .. }) => None,
        Err(e) => return Err(e),
    };
    if fs::symlink_metadata(&id_dir).is_err() {
        return Ok(version);
    }
    let doomed = content_dir.join(format!("{STAGING}{}", random_suffix()?));
    fs::rename(&id_dir, &doomed).ctx("move aside", &id_dir)?;
    sync_dir(&content_dir.join(PACKS))?;
    remove_best_effort(&doomed);
    tracing::info!(%id, "content pack removed");
    Ok(version)
}

/// Clears what an interrupted install or remove left behind: staging folders, versions
/// not in use, half-written `current` files, and the folder of a pack whose first install
/// never reached the switch. A pack whose `current` is unreadable is left as it is
/// (installing it again repairs it). Every install runs this first; the app may also run
/// it at start-up.
pub fn recover(content_dir: &Path) -> Result<(), Error> {
    let entries = match fs::read_dir(content_dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        other => other.ctx("list", content_dir)?,
    };
    for entry in entries {
        let entry = entry.ctx("list", content_dir)?;
        if entry.file_name().to_string_lossy().starts_with(STAGING) {
            tracing::info!(path = %entry.path().display(), "removing an interrupted install's leftovers");
            remove_best_effort(&entry.path());
        }
    }
    for id in pack_ids(content_dir)? {
        let id_dir = content_dir.join(PACKS).join(&id);
        match read_current(&id_dir, &id) {
            Ok(Some(version)) => remove_all_but(&id_dir, &version.to_string()),
            Ok(None) => {
                tracing::info!(%id, "removing a pack whose first install did not finish");
                remove_best_effort(&id_dir);
            }
            Err(e) => tracing::warn!(%id, error = %e, "leaving a damaged content pack as it is"),
        }
    }
    Ok(())
}

/// What to do with a pack whose signed manifest has been checked.
enum Plan {
    Add,
    Upgrade(PackVersion),
    Same(Box<Installed>),
}

impl stage::Plan for Plan {
    fn copy_files(&self) -> bool {
        !matches!(self, Plan::Same(_))
    }
}

fn plan(content_dir: &Path, manifest: &Manifest, manifest_bytes: &[u8], budget: u64) -> Result<Plan, Error> {
    let in_use = match current(content_dir, &manifest.id) {
        Ok(pack) => pack,
        Err(Error::Damaged { why, .. }) => {
            tracing::warn!(id = %manifest.id, why, "replacing a damaged content pack");
            None
        }
        Err(e) => return Err(e),
    };
    let mut plan = Plan::Add;
    if let Some(pack) = in_use {
        if pack.publisher != manifest.publisher.key {
            return Err(Error::OtherPublisher { id: manifest.id.clone() });
        }
        let not_newer = || Error::NotNewer {
            id: manifest.id.clone(),
            installed: pack.version,
            offered: manifest.version,
        };
        match manifest.version.cmp(&pack.version) {
            Ordering::Less => return Err(not_newer()),
            Ordering::Equal => {
                // The same version must be the same pack; a different manifest under an
                // old version number is a publisher's mistake, not an update.
                let path = pack.dir.join(MANIFEST_FILE);
                return match fs::read(&path).ctx("read", &path)? == manifest_bytes {
                    true => Ok(Plan::Same(Box::new(pack))),
                    false => Err(not_newer()),
                };
            }
            Ordering::Greater => plan = Plan::Upgrade(pack.version),
        }
    }
    let others: u64 = installed(content_dir)?.iter().filter(|p| p.id != manifest.id).map(|p| p.bytes).sum();
    let needed = manifest.files_bytes().saturating_add((manifest_bytes.len() + SIGNATURE_LEN) as u64);
    let available = budget.saturating_sub(others);
    if needed > available {
        return Err(Error::TooLarge { needed, available, budget });
    }
    Ok(plan)
}

/// Moves a fully staged pack into place and makes it the version in use.
fn switch(content_dir: &Path, staging: Staging, manifest: &Manifest) -> Result<(), Error> {
    let packs = content_dir.join(PACKS);
    let id_dir = packs.join(&manifest.id);
    let version = manifest.version.to_string();
    if fs::symlink_metadata(&id_dir).is_err() {
        fs::create_dir_all(&id_dir).ctx("create", &id_dir)?;
        sync_dir(&packs)?;
        sync_dir(content_dir)?;
    }
    // A folder of this version that is not in use is a leftover (checked by `plan`).
    let target = id_dir.join(&version);
    if fs::symlink_metadata(&target).is_ok() {
        fs::remove_dir_all(&target).ctx("remove a leftover", &target)?;
    }
    fs::rename(&staging.path, &target).ctx("move into place", &staging.path)?;
    staging.keep();
    sync_dir(&id_dir)?;

    // The switch: a new `current`, flushed, renamed over the old one, and the rename flushed.
    let temporary = id_dir.join(format!("{CURRENT}.tmp-{}", random_suffix()?));
    write_synced(&temporary, format!("{version}\n").as_bytes())?;
    fs::rename(&temporary, id_dir.join(CURRENT)).ctx("switch to", &temporary)?;
    sync_dir(&id_dir)?;

    remove_all_but(&id_dir, &version);
    Ok(())
}

/// The version `packs/<id>/current` names; `None` if there is none.
fn read_current(id_dir: &Path, id: &str) -> Result<Option<PackVersion>, Error> {
    let path = id_dir.join(CURRENT);
    let text = match fs::read(&path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        other => other.ctx("read", &path)?,
    };
    let version =
        std::str::from_utf8(&text).ok().and_then(|t| t.strip_suffix('\n')).and_then(|t| t.parse().ok());
    version
        .map(Some)
        .ok_or(Error::Damaged { id: id.to_owned(), why: "its current-version file is unreadable" })
}

/// The ids with a folder under `packs/`.
fn pack_ids(content_dir: &Path) -> Result<Vec<String>, Error> {
    let packs = content_dir.join(PACKS);
    let entries = match fs::read_dir(&packs) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        other => other.ctx("list", &packs)?,
    };
    let mut ids = Vec::new();
    for entry in entries {
        let entry = entry.ctx("list", &packs)?;
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        match entry.file_name().to_str() {
            Some(id) if is_dir && paths::check_id(id).is_ok() => ids.push(id.to_owned()),
            _ => {}
        }
    }
    ids.sort_unstable();
    Ok(ids)
}

/// Deletes everything in a pack's folder except `current` and the version in use.
fn remove_all_but(id_dir: &Path, version: &str) {
    let Ok(entries) = fs::read_dir(id_dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name != CURRENT && name != version {
            remove_best_effort(&entry.path());
        }
    }
}

/// Deletes a file or folder; a failure is logged, not returned, because it happens after
/// the install or remove has already taken effect, and `recover` tries again later.
fn remove_best_effort(path: &Path) {
    let removed = match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    };
    if let Err(e) = removed {
        tracing::warn!(path = %path.display(), error = %e, "could not delete; the next install tries again");
    }
}

/// A staging folder, deleted when dropped unless it was moved into place.
struct Staging {
    path: PathBuf,
    keep: bool,
}

impl Staging {
    fn create(content_dir: &Path) -> Result<Staging, Error> {
        let path = content_dir.join(format!("{STAGING}{}", random_suffix()?));
        fs::create_dir(&path).ctx("create", &path)?;
        Ok(Staging { path, keep: false })
    }

    fn keep(mut self) {
        self.keep = true;
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.keep {
            remove_best_effort(&self.path);
        }
    }
}
