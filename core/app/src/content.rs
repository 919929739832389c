//! Content packs through the facade: installing from a file or over HTTP(S), and the
//! catalogue in use (parsed once, with its food index, and reloaded after an install).
//! Which packs are trusted, where they live and how much room they may take come from
//! `Config`; the rules are saathi-packs' (signatures, atomic installs, the budget) and
//! saathi-net's (resumable downloads, Wi-Fi only).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use saathi_content::{Catalogue, FoodIndex, Locale};
use saathi_domain::person::Languages;
use saathi_net::{DownloadRequest, Downloader, NetConfig, NetError};
pub use saathi_net::{Expected, Network};
use saathi_packs::{Change, InstallOutcome, Installed, TrustedKeys};

use crate::{Error, Result, Saathi};

/// The catalogue: the pack folder (where its media are), the parsed catalogue and its
/// food search index.
#[derive(Debug)]
pub struct Content {
    pub pack: Installed,
    pub catalogue: Catalogue,
    pub index: FoodIndex,
}

impl Content {
    /// Where a media file the catalogue names (`media/x.m4a`) is on this device.
    pub fn media_path(&self, file: &str) -> PathBuf {
        self.pack.dir.join(file)
    }

    /// A food's usual name in the first of `prefer` that names it, else English.
    pub fn food_name(&self, id: &str, prefer: &[Locale]) -> Option<&str> {
        let food = self.catalogue.food(id)?;
        let pick = |l: &Locale| food.names.get(l).and_then(|n| n.first());
        prefer.iter().chain([Locale::EnGb].iter()).find_map(pick).map(String::as_str)
    }

    /// Whether a food's figures are estimates (its source says so) or unreviewed by a
    /// dietitian: shown as such, never as fact (CLINICAL.md, "Food composition").
    pub fn is_estimate(&self, food: &saathi_content::catalogue::Food) -> bool {
        let approximate =
            self.catalogue.sources.iter().find(|s| s.id == food.source).is_none_or(|s| s.approximate);
        approximate || food.review == saathi_content::catalogue::Review::Unreviewed
    }

    /// A food's portion ("1 medium roti") in the first of `prefer` that has it, else English.
    pub fn portion_text(&self, id: &str, prefer: &[Locale]) -> Option<&str> {
        let food = self.catalogue.food(id)?;
        prefer.iter().chain([Locale::EnGb].iter()).find_map(|l| food.portion.text.get(l)).map(String::as_str)
    }

    /// A lesson's title in `locale`, else English.
    pub fn lesson_title(&self, id: &str, locale: Option<Locale>) -> Option<&str> {
        let lesson = self.catalogue.lesson(id)?;
        let title = |l: Locale| lesson.variants.get(&l).and_then(|v| v.title.as_deref());
        locale.and_then(title).or_else(|| title(Locale::EnGb))
    }
}

/// The content locales a person reads, most preferred first (Sylheti reads as Bengali),
/// from their saved languages; English when none are saved.
pub fn reading_locales(languages: Option<&Languages>) -> Vec<Locale> {
    let mut out: Vec<Locale> = Vec::new();
    for l in languages.map(|l| saathi_content::tailoring::locales(&l.text)).unwrap_or_default() {
        if !out.contains(&l.reads()) {
            out.push(l.reads());
        }
    }
    if out.is_empty() {
        out.push(Locale::EnGb);
    }
    out
}

/// A pack to download: where from, and what the shell knows about the network now.
#[derive(Debug, Clone)]
pub struct PackDownload {
    pub url: String,
    /// The person's "download on Wi-Fi only" setting.
    pub wifi_only: bool,
    pub network: Network,
    /// Size and SHA-256 of the archive, when a signed listing says them.
    pub expected: Option<Expected>,
}

pub(crate) struct ContentState {
    dir: PathBuf,
    trusted: TrustedKeys,
    budget_bytes: u64,
    /// `None`: not read yet; `Some(None)`: no pack installed.
    loaded: Mutex<Option<Option<Arc<Content>>>>,
    downloader: Mutex<Option<Arc<Downloader>>>,
    /// One install at a time per content folder (saathi-packs' rule).
    installing: Mutex<()>,
}

impl ContentState {
    pub(crate) fn new(dir: PathBuf, trusted: TrustedKeys, budget_bytes: u64) -> Self {
        ContentState {
            dir,
            trusted,
            budget_bytes,
            loaded: Mutex::new(None),
            downloader: Mutex::new(None),
            installing: Mutex::new(()),
        }
    }

    fn loaded(&self) -> MutexGuard<'_, Option<Option<Arc<Content>>>> {
        self.loaded.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The catalogue in use, read on first use. With several packs installed, the first
    /// by id is used (one catalogue at a time for now).
    pub(crate) fn current(&self) -> Result<Arc<Content>> {
        let mut loaded = self.loaded();
        if loaded.is_none() {
            *loaded = Some(self.read()?);
        }
        loaded.clone().flatten().ok_or(Error::NoContent)
    }

    fn read(&self) -> Result<Option<Arc<Content>>> {
        if !self.dir.exists() {
            return Ok(None);
        }
        let packs = saathi_packs::installed(&self.dir).map_err(pack_error)?;
        let Some(pack) = packs.into_iter().min_by(|a, b| a.id.cmp(&b.id)) else {
            return Ok(None);
        };
        Ok(Some(Arc::new(load(pack)?)))
    }

    fn forget(&self) {
        *self.loaded() = None;
    }
}

/// Parses an installed pack's catalogue and checks every media file it names is there.
fn load(pack: Installed) -> Result<Content> {
    let catalogue = read_catalogue(&pack.dir).map_err(|code| Error::PackRefused { code })?;
    let index = FoodIndex::new(&catalogue);
    Ok(Content { pack, catalogue, index })
}

/// The catalogue of the pack in `dir`, if this app can use it: valid, and every media file
/// it names present. Run on a staged pack before it replaces the one in use, and on the
/// installed pack when it is loaded.
fn read_catalogue(dir: &Path) -> std::result::Result<Catalogue, &'static str> {
    let bytes = std::fs::read(dir.join("catalogue.json")).map_err(|e| {
        tracing::error!(error = %e, "could not read the pack's catalogue");
        "pack-damaged"
    })?;
    let catalogue = Catalogue::from_json(&bytes).map_err(|e| {
        tracing::warn!(error = %e, "the pack's catalogue is not valid");
        "pack-bad-catalogue"
    })?;
    if let Some(missing) = catalogue.media_files().into_iter().find(|f| !dir.join(f).is_file()) {
        tracing::warn!(file = missing, "a media file the catalogue names is missing");
        return Err("pack-missing-file");
    }
    Ok(catalogue)
}

/// saathi-packs' refusals by code; storage failures are logged (paths, never contents).
fn pack_error(e: saathi_packs::Error) -> Error {
    if let saathi_packs::Error::Io { .. } = e {
        tracing::error!(error = %e, "content pack storage failed");
    } else {
        tracing::warn!(error = %e, "content pack refused");
    }
    Error::PackRefused { code: e.code() }
}

fn net_error(e: NetError) -> Error {
    match e {
        NetError::NeedsWifi => Error::NeedsWifi,
        e => {
            tracing::warn!(error = %e, "content pack download failed");
            Error::DownloadFailed { code: e.code() }
        }
    }
}

impl Saathi {
    /// Installs a content pack from a folder or a tar archive. A pack that is not signed by
    /// a trusted publisher, is damaged or cut short, is over the budget or not newer than
    /// the one installed is refused (`Error::PackRefused`) and nothing changes.
    pub fn install_pack(&self, source: &Path) -> Result<InstallOutcome> {
        if !source.exists() {
            return Err(Error::NotFound { what: "pack file" });
        }
        let content = &self.inner.content;
        let _one = content.installing.lock().unwrap_or_else(|p| p.into_inner());
        // The catalogue is read from the staged pack before it replaces the one in use: a
        // signed pack this app cannot use is refused and the version in use stays.
        let outcome = saathi_packs::install_checked(
            source,
            &content.dir,
            &content.trusted,
            content.budget_bytes,
            |dir| read_catalogue(dir).map(|_| ()),
        )
        .map_err(pack_error)?;
        if outcome.change != Change::AlreadyInstalled {
            content.forget();
        }
        content.current()?;
        Ok(outcome)
    }

    /// Downloads a pack archive (resuming an earlier, interrupted download of the same URL)
    /// into the content folder, within the budget, then installs it as `install_pack` does.
    /// The downloaded archive is deleted afterwards, installed or refused.
    pub async fn download_pack(&self, request: &PackDownload) -> Result<InstallOutcome> {
        let content = &self.inner.content;
        if request.wifi_only && request.network == Network::Metered {
            return Err(Error::NeedsWifi);
        }
        let downloader = self.downloader()?;
        let dest = content.dir.join("downloads").join(download_name(&request.url));
        let fetch = DownloadRequest {
            url: request.url.clone(),
            dest: dest.clone(),
            max_bytes: content.budget_bytes,
            wifi_only: request.wifi_only,
            network: request.network,
            expected: request.expected,
        };
        downloader.fetch(&fetch, &|_| {}).await.map_err(net_error)?;
        let installed = self.install_pack(&dest);
        if let Err(e) = std::fs::remove_file(&dest) {
            tracing::warn!(error = %e, "could not delete a downloaded pack archive");
        }
        installed
    }

    /// The packs installed, in use.
    pub fn packs(&self) -> Result<Vec<Installed>> {
        let dir = &self.inner.content.dir;
        if !dir.exists() {
            return Ok(Vec::new());
        }
        saathi_packs::installed(dir).map_err(pack_error)
    }

    /// The catalogue in use (`Error::NoContent` when no pack is installed).
    pub fn content(&self) -> Result<Arc<Content>> {
        self.inner.content.current()
    }

    fn downloader(&self) -> Result<Arc<Downloader>> {
        let mut slot = self.inner.content.downloader.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(d) = slot.as_ref() {
            return Ok(d.clone());
        }
        let config = NetConfig { app_version: env!("CARGO_PKG_VERSION").into(), ..NetConfig::default() };
        let d = Arc::new(Downloader::new(config).map_err(net_error)?);
        *slot = Some(d.clone());
        Ok(d)
    }
}

/// A file name per URL, so a second call for the same URL resumes the first one's `.part`.
/// The URL itself is not used (signed URLs carry secrets): a hash of it is.
fn download_name(url: &str) -> String {
    let mut h = DefaultHasher::new();
    url.hash(&mut h);
    format!("pack-{:016x}.tar", h.finish())
}
