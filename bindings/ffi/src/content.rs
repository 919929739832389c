//! Content packs (install from a file, download over HTTP(S)), food search, lessons,
//! assignments and progress. Installs and downloads are async: they run on the library's
//! runtime (a download's connections live there), never on the polling thread.

use saathi_content::assignment::{AssignedItem, Progress, ProgressState};

use crate::error::{InputField, InputProblem, SaathiError};
use crate::mirror::all;
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
    NetworkKind <=> saathi_net::Network {
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
    /// failed download is `DownloadFailed` with saathi-net's code (`wrong-size`,
    /// `wrong-hash` when `expected` is given and the bytes differ). Nothing changes unless
    /// the whole pack arrives and checks. Cancelling the call (the coroutine or Task)
    /// stops the download.
    pub async fn download_pack(
        &self,
        url: String,
        wifi_only: bool,
        network: NetworkKind,
        expected: Option<ExpectedArchive>,
    ) -> Result<PackInstalled, SaathiError> {
        let core = self.shared.with(|s| Ok(s.clone()))?;
        let expected = expected.map(saathi_net::Expected::try_from).transpose()?;
        let request =
            saathi_core::content::PackDownload { url, wifi_only, network: network.into(), expected };
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

/// One of the patient's foods, best first, named in the first language they read.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FoodItem {
    pub id: String,
    pub name: Option<String>,
    /// The household portion ("1 medium roti").
    pub portion: Option<String>,
    /// Nutrients red for this food that matter for the patient's conditions ("sugars", "salt").
    pub red_for_you: Vec<String>,
    /// Swaps to foods the patient's diet allows; an assigned swap first.
    pub swaps: Vec<FoodSwap>,
    /// The figures are estimates or not yet checked by a dietitian: say so, never show
    /// them as fact.
    pub estimate: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FoodSwap {
    pub to: String,
    pub to_name: Option<String>,
    /// Why it is better ("less-sugar", "baked-not-fried").
    pub reason: String,
    /// A dietitian assigned this swap.
    pub assigned: bool,
}

/// An activity suited to the patient's conditions, with the cautions for them.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ActivityItem {
    pub id: String,
    pub name: Option<String>,
    pub description: Option<String>,
    /// What to know first, for each of the patient's conditions that has a caution.
    pub cautions: Vec<String>,
}

/// What a lesson's player needs: files on this device, words and how far the person got.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LessonPlayer {
    pub id: String,
    pub title: Option<String>,
    pub text_locale: Option<String>,
    pub text: Option<String>,
    /// What the audio says, in the audio's language.
    pub transcript: Option<String>,
    pub audio_locale: Option<String>,
    pub audio: Option<String>,
    pub video: Option<String>,
    /// WebVTT captions for the video.
    pub captions: Option<String>,
    pub duration_ms: Option<u64>,
    /// The audio is a synthetic voice, not a recorded person.
    pub synthetic_voice: bool,
    pub progress: Option<LessonProgress>,
}

impl From<ProgressState> for LessonProgress {
    fn from(p: ProgressState) -> Self {
        match p {
            ProgressState::Started => LessonProgress::Started,
            ProgressState::Heard { percent } => LessonProgress::Heard { percent },
            ProgressState::Completed => LessonProgress::Completed,
        }
    }
}

mirror_enum!(
    /// A diet the person keeps: foods (and swaps to foods) that break it are never offered.
    DietRule <=> saathi_content::tailoring::DietRule { Vegetarian, Vegan, Halal, Jain }
);
mirror_enum!(
    Topic <=> saathi_content::codes::Topic {
        Diabetes,
        BloodPressure,
        Heart,
        Food,
        Activity,
        Medicines,
        FootCare,
        Fasting,
        Festivals,
    }
);
mirror_enum!(
    /// The text size chosen in settings; shells map it to their own type scale.
    TextSize <=> saathi_content::settings::TextSize { Small, Standard, Large, Largest }
);

/// The person's choices about content: diet, interests, religious fasts, text size.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContentProfile {
    pub diet: Vec<DietRule>,
    pub interests: Vec<Topic>,
    /// Keeps religious fasts (Ramadan, vrat): fasting lessons are offered.
    pub fasts: bool,
    pub text_size: TextSize,
}

impl From<saathi_content::settings::ContentProfile> for ContentProfile {
    fn from(p: saathi_content::settings::ContentProfile) -> Self {
        ContentProfile {
            diet: all(p.diet),
            interests: all(p.interests),
            fasts: p.fasts,
            text_size: p.text_size.into(),
        }
    }
}

impl From<ContentProfile> for saathi_content::settings::ContentProfile {
    fn from(p: ContentProfile) -> Self {
        saathi_content::settings::ContentProfile {
            diet: all(p.diet),
            interests: all(p.interests),
            fasts: p.fasts,
            text_size: p.text_size.into(),
        }
    }
}

/// What a signed listing says of a pack archive before it is downloaded: a download of
/// another size or hash is refused.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExpectedArchive {
    pub bytes: u64,
    /// SHA-256, 64 hex digits.
    pub sha256: String,
}

impl TryFrom<ExpectedArchive> for saathi_net::Expected {
    type Error = SaathiError;

    fn try_from(e: ExpectedArchive) -> Result<Self, SaathiError> {
        let mut sha256 = [0u8; 32];
        hex::decode_to_slice(e.sha256.trim(), &mut sha256).map_err(|_| SaathiError::InvalidInput {
            field: InputField::PackHash,
            problem: InputProblem::NotAChoice,
        })?;
        Ok(saathi_net::Expected { size: e.bytes, sha256 })
    }
}

#[uniffi::export]
impl SaathiSession {
    /// The patient's foods, best first: assigned foods and swaps first, nothing their diet
    /// rules out (`NoContent` without a pack).
    pub fn foods(&self, patient: PersonId) -> Result<Vec<FoodItem>, SaathiError> {
        self.with_live(|live| {
            let ranked = live.session.foods(patient)?;
            let content = live.saathi.content()?;
            let prefer = saathi_core::content::reading_locales(live.session.languages(patient)?.as_ref());
            let name = |id: &str| content.food_name(id, &prefer).map(str::to_string);
            Ok(ranked
                .into_iter()
                .map(|f| FoodItem {
                    name: name(&f.id),
                    estimate: content.catalogue.food(&f.id).is_none_or(|food| content.is_estimate(food)),
                    portion: content.portion_text(&f.id, &prefer).map(str::to_string),
                    red_for_you: f.red_for_you.iter().map(|n| n.code().to_string()).collect(),
                    swaps: f
                        .swaps
                        .iter()
                        .map(|s| FoodSwap {
                            to_name: name(&s.to),
                            to: s.to.clone(),
                            reason: s.reason.code().into(),
                            assigned: s.assigned,
                        })
                        .collect(),
                    id: f.id,
                })
                .collect())
        })
    }

    /// Activities suited to the patient's conditions, light ones first, each with the
    /// cautions for their conditions.
    pub fn activities(&self, patient: PersonId) -> Result<Vec<ActivityItem>, SaathiError> {
        self.with_live(|live| {
            let suggested = live.session.activities(patient)?;
            let content = live.saathi.content()?;
            Ok(suggested
                .into_iter()
                .filter_map(|s| {
                    let a = content.catalogue.activities.iter().find(|a| a.id == s.id)?;
                    let in_locale = |text: &saathi_content::locale::LocaleText| {
                        s.text.and_then(|l| text.get(&l)).or_else(|| text.values().next()).cloned()
                    };
                    Some(ActivityItem {
                        name: s.text.and_then(|l| a.names.get(&l)).and_then(|n| n.first()).cloned(),
                        description: in_locale(&a.description),
                        cautions: s.cautions.iter().filter_map(|c| in_locale(&c.text)).collect(),
                        id: s.id,
                    })
                })
                .collect())
        })
    }

    /// The player data for one of the patient's lessons (`NotFound` for a lesson their
    /// list leaves out).
    pub fn lesson_player(&self, patient: PersonId, lesson: String) -> Result<LessonPlayer, SaathiError> {
        self.with(|s| {
            let m = s.lesson_media(patient, &lesson)?;
            let path = |p: Option<std::path::PathBuf>| p.map(|p| p.to_string_lossy().into_owned());
            Ok(LessonPlayer {
                id: m.id,
                title: m.title,
                text_locale: m.text_locale.map(|l| l.code().into()),
                text: m.text,
                transcript: m.transcript,
                audio_locale: m.audio_locale.map(|l| l.code().into()),
                audio: path(m.audio),
                video: path(m.video),
                captions: path(m.captions),
                duration_ms: m.duration_ms,
                synthetic_voice: m.synthetic_voice,
                progress: m.progress.map(Into::into),
            })
        })
    }

    /// Takes back an assignment; false if it was already withdrawn.
    pub fn withdraw_assignment(&self, patient: PersonId, assignment: RecordId) -> Result<bool, SaathiError> {
        self.with(|s| {
            Ok(s.withdraw_assignment(patient, saathi_content::assignment::AssignmentId(assignment.0))?)
        })
    }

    /// The person's diet, interests, fasts and text size (defaults until chosen).
    pub fn content_profile(&self, person: PersonId) -> Result<ContentProfile, SaathiError> {
        self.with(|s| Ok(s.content_profile(person)?.into()))
    }

    /// Sets them: the person, or a helper who logs for them.
    pub fn set_content_profile(&self, person: PersonId, profile: ContentProfile) -> Result<(), SaathiError> {
        self.with(|s| Ok(s.set_content_profile(person, profile.into())?))
    }
}
