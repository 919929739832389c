//! Content packs (install from a file, download over HTTP(S)), food search, lessons,
//! assignments and progress. Installs and downloads are async: they run on the library's
//! runtime (a download's connections live there), never on the polling thread.

use saathi_content::assignment::{AssignedItem, Progress, ProgressState};

use crate::error::SaathiError;
use crate::people::Role;
use crate::runtime::{blocking, spawn};
use crate::saathi::Saathi;
use crate::session::SaathiSession;
use crate::time::{LocalDate, Taken};
use crate::{PersonId, RecordId};

/// A pack now installed, and what the install changed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PackInstalled {
    pub id: String,
    /// "2026.11.1"
    pub version: String,
    pub title: String,
    /// The publisher's key, hex.
    pub publisher: String,
    pub languages: Vec<String>,
    /// The pack's folder on this device.
    pub dir: String,
    pub bytes: u64,
    pub change: PackChange,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum PackChange {
    Added,
    Upgraded {
        from: String,
    },
    /// The same version was already installed: nothing changed.
    AlreadyInstalled,
}

impl From<saathi_core::InstallOutcome> for PackInstalled {
    fn from(o: saathi_core::InstallOutcome) -> Self {
        let p = o.pack;
        PackInstalled {
            id: p.id,
            version: p.version.to_string(),
            title: p.title,
            publisher: p.publisher.to_string(),
            languages: p.languages,
            dir: p.dir.to_string_lossy().into_owned(),
            bytes: p.bytes,
            change: match o.change {
                saathi_core::PackChange::Added => PackChange::Added,
                saathi_core::PackChange::Upgraded { from } => PackChange::Upgraded { from: from.to_string() },
                saathi_core::PackChange::AlreadyInstalled => PackChange::AlreadyInstalled,
            },
        }
    }
}

mirror_enum!(
    /// The network the device is on now, as the shell sees it.
    Network <=> saathi_net::Network {
        Wifi,
        /// Mobile data or any connection paid for by the byte.
        Metered,
        Offline,
    }
);

/// A food found by name, in any script.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FoodMatch {
    /// The food's id in the catalogue.
    pub food: String,
    /// The name that matched, as the catalogue writes it.
    pub name: String,
    /// The locale code of that name, or "transliteration".
    pub from: String,
    /// Higher is better (1000: exact).
    pub score: u32,
}

/// One of the patient's lessons, best first, in the languages chosen for them.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LessonItem {
    pub id: String,
    pub title: Option<String>,
    /// The language its words are shown in, if any.
    pub text_locale: Option<String>,
    /// The language its audio plays in, if any.
    pub audio_locale: Option<String>,
}

/// A lesson, a food, or a swap (have `to` instead of `from`), by catalogue id.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ContentItem {
    Lesson { id: String },
    Food { id: String },
    Swap { from: String, to: String },
}

impl From<ContentItem> for AssignedItem {
    fn from(i: ContentItem) -> Self {
        match i {
            ContentItem::Lesson { id } => AssignedItem::Lesson(id),
            ContentItem::Food { id } => AssignedItem::Food(id),
            ContentItem::Swap { from, to } => AssignedItem::Swap { from, to },
        }
    }
}

impl From<AssignedItem> for ContentItem {
    fn from(i: AssignedItem) -> Self {
        match i {
            AssignedItem::Lesson(id) => ContentItem::Lesson { id },
            AssignedItem::Food(id) => ContentItem::Food { id },
            AssignedItem::Swap { from, to } => ContentItem::Swap { from, to },
        }
    }
}

/// How far the person got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum LessonProgress {
    Started,
    /// Part of a lesson's audio heard, 0 to 100 %.
    Heard {
        percent: u8,
    },
    Completed,
}

impl From<LessonProgress> for ProgressState {
    fn from(p: LessonProgress) -> Self {
        match p {
            LessonProgress::Started => ProgressState::Started,
            LessonProgress::Heard { percent } => ProgressState::Heard { percent },
            LessonProgress::Completed => ProgressState::Completed,
        }
    }
}

/// Something a dietitian or clinician assigned, with who sent it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ContentAssignment {
    pub id: RecordId,
    pub item: ContentItem,
    pub note: Option<String>,
    pub due: Option<LocalDate>,
    pub at: Taken,
    pub by: PersonId,
    pub by_name: String,
    pub by_role: Role,
}

#[uniffi::export(async_runtime = "tokio")]
impl Saathi {
    /// Installs a pack from a folder or an uncompressed tar archive. A pack not signed by a
    /// trusted publisher, damaged, cut short, over the budget or not newer is refused
    /// (`PackRefused` with its code) and nothing changes; a missing path is `NotFound`.
    pub async fn install_pack(&self, path: String) -> Result<PackInstalled, SaathiError> {
        let shared = self.shared.clone();
        blocking(move || shared.with(|s| Ok(s.install_pack(std::path::Path::new(&path))?.into()))).await
    }

    /// Downloads a pack archive (resuming an interrupted download of the same URL) and
    /// installs it. With `wifi_only` on a metered network it is `NeedsWifi` at once; a
    /// failed download is `DownloadFailed` with saathi-net's code. Nothing changes unless
    /// the whole pack arrives and checks.
    pub async fn download_pack(
        &self,
        url: String,
        wifi_only: bool,
        network: Network,
    ) -> Result<PackInstalled, SaathiError> {
        let core = self.shared.with(|s| Ok(s.clone()))?;
        let request =
            saathi_core::content::PackDownload { url, wifi_only, network: network.into(), expected: None };
        spawn(async move { Ok(core.download_pack(&request).await?.into()) }).await
    }

    /// The packs installed.
    pub fn installed_packs(&self) -> Result<Vec<PackInstalled>, SaathiError> {
        self.shared.with(|s| {
            Ok(s.packs()?
                .into_iter()
                .map(|pack| {
                    saathi_core::InstallOutcome { pack, change: saathi_core::PackChange::AlreadyInstalled }
                        .into()
                })
                .collect())
        })
    }
}

#[uniffi::export]
impl SaathiSession {
    /// Foods by name in any script ("roti", "روٹی", "ਰੋਟੀ"), best first (`NoContent`
    /// without a pack). Reads no one's record.
    pub fn search_foods(&self, query: String, limit: u32) -> Result<Vec<FoodMatch>, SaathiError> {
        self.with(|s| {
            Ok(s.search_foods(&query, limit as usize)?
                .into_iter()
                .map(|h| FoodMatch { food: h.food, name: h.name, from: h.from.code().into(), score: h.score })
                .collect())
        })
    }

    /// The patient's lessons, best first: assigned ones first, nothing unsuitable for
    /// their conditions or in no language they know.
    pub fn lessons(&self, patient: PersonId) -> Result<Vec<LessonItem>, SaathiError> {
        self.with_live(|live| {
            let ranked = live.session.lessons(patient)?;
            let content = live.saathi.content()?;
            Ok(ranked
                .into_iter()
                .map(|r| LessonItem {
                    title: content.lesson_title(&r.id, r.text).map(str::to_string),
                    text_locale: r.text.map(|l| l.code().into()),
                    audio_locale: r.audio.map(|l| l.code().into()),
                    id: r.id,
                })
                .collect())
        })
    }

    /// A dietitian or clinician with the assign-content grant assigns a lesson, food or
    /// swap from the catalogue, with an optional note and due date.
    pub fn assign(
        &self,
        patient: PersonId,
        item: ContentItem,
        note: Option<String>,
        due: Option<LocalDate>,
    ) -> Result<RecordId, SaathiError> {
        self.with(|s| Ok(saathi_domain::reading::RecordId(s.assign(patient, item.into(), note, due)?.0)))
    }

    /// The patient's assignments, most pressing first.
    pub fn assignments(&self, patient: PersonId) -> Result<Vec<ContentAssignment>, SaathiError> {
        self.with(|s| {
            Ok(s.assignments(patient)?
                .into_iter()
                .map(|v| ContentAssignment {
                    id: saathi_domain::reading::RecordId(v.assignment.id.0),
                    item: v.assignment.item.into(),
                    note: v.assignment.note,
                    due: v.assignment.due,
                    at: v.assignment.at.into(),
                    by: v.assignment.by,
                    by_name: v.by_name,
                    by_role: v.by_role.into(),
                })
                .collect())
        })
    }

    /// Records how far the patient got with a lesson or food.
    pub fn set_progress(
        &self,
        patient: PersonId,
        item: ContentItem,
        progress: LessonProgress,
    ) -> Result<(), SaathiError> {
        self.with(|s| Ok(s.set_progress(patient, Progress { item: item.into(), state: progress.into() })?))
    }
}
