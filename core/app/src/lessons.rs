//! Lessons, foods and activities through a `Session`: tailored to the patient (their
//! conditions, saved languages, content profile, assignments and progress), assigned by a
//! dietitian or clinician with the assign-content grant, and progress as the person goes.
//! The rules are saathi-content's; here each call is checked and audited.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Serialize;

use saathi_content::assignment::{AssignedItem, Assignment, AssignmentId, Progress, ProgressState};
use saathi_content::codes::Audience;
use saathi_content::search::FoodHit;
use saathi_content::settings::ContentProfile;
use saathi_content::tailoring::{Profile, RankedFood, RankedLesson, SuggestedActivity};
use saathi_content::{Locale, rank_foods, rank_lessons, suggest_activities};
use saathi_domain::access::{Action, Audited, Viewed};
use saathi_domain::person::{Languages, Person, PersonId, Role};
use saathi_domain::time::Taken;
use saathi_store::{Store, content, people};

use crate::content::Content;
use crate::{Error, Result, Session};

/// An assignment with who sent it, for "from Dr Shah: try this before your visit".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssignmentView {
    pub assignment: Assignment,
    pub by_name: String,
    pub by_role: Role,
}

/// What a lesson player needs: the words in the person's reading language, the audio or
/// video in the language they hear, as files in the installed pack, and how far they got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonMedia {
    pub id: String,
    pub title: Option<String>,
    pub text_locale: Option<Locale>,
    pub text: Option<String>,
    /// What the audio says, in the audio's language.
    pub transcript: Option<String>,
    pub audio_locale: Option<Locale>,
    pub audio: Option<PathBuf>,
    pub video: Option<PathBuf>,
    pub captions: Option<PathBuf>,
    /// Of the audio, else of the video.
    pub duration_ms: Option<u64>,
    /// The audio is a synthetic voice (the demo's espeak-ng), not a recorded person.
    pub synthetic_voice: bool,
    pub progress: Option<ProgressState>,
}

/// The longest food search a person types (a dish name, not a paragraph).
pub const MAX_QUERY_CHARS: usize = 100;

impl Session {
    /// Everything tailoring needs about `patient`, read while the store is held.
    fn profile_in(&self, store: &Store, patient: &Person) -> Result<Profile> {
        let languages = people::languages(store.conn(), patient.id)?
            .unwrap_or_else(|| Languages { text: vec!["en-GB".into()], audio: Vec::new() });
        let mut profile = Profile::new(patient.conditions.clone(), &languages);
        let chosen = content::profile(store.conn(), patient.id)?;
        profile.diet = chosen.diet;
        profile.interests = chosen.interests;
        profile.fasts = chosen.fasts;
        if self.actor.id != patient.id && self.actor.role == Role::Helper {
            profile.audience = Audience::Helper;
        }
        profile.assignments = content::assignments(store.conn(), patient.id)?;
        profile.progress =
            content::progress(store.conn(), patient.id)?.into_iter().map(|e| e.progress).collect();
        Ok(profile)
    }

    /// Checks `ViewLessons` (patients always see their own), audits a look by someone else,
    /// and returns the patient's tailoring profile and the catalogue.
    pub(crate) fn tailoring(&self, patient: PersonId) -> Result<(Profile, std::sync::Arc<Content>)> {
        let mut store = self.inner.store();
        let patient = self.own_or_check(&mut store, patient, Action::ViewLessons)?;
        let content = self.inner.content.current()?;
        let profile = self.profile_in(&store, &patient)?;
        self.audit_view(&mut store, patient.id, Viewed::Lessons)?;
        Ok((profile, content))
    }

    fn today(&self) -> NaiveDate {
        self.inner.now().date_naive()
    }

    /// The patient's lessons, best first: assigned ones first (overdue, then by due date),
    /// nothing unsuitable for their conditions, nothing they can neither read nor hear.
    pub fn lessons(&self, patient: PersonId) -> Result<Vec<RankedLesson>> {
        let (profile, content) = self.tailoring(patient)?;
        Ok(rank_lessons(&content.catalogue, &profile, self.today()))
    }

    /// The patient's foods: assigned foods and swaps first, nothing their diet rules out.
    pub fn foods(&self, patient: PersonId) -> Result<Vec<RankedFood>> {
        let (profile, content) = self.tailoring(patient)?;
        Ok(rank_foods(&content.catalogue, &profile, self.today()))
    }

    /// Activities suitable for the patient's conditions, with the cautions for them.
    pub fn activities(&self, patient: PersonId) -> Result<Vec<SuggestedActivity>> {
        let (profile, content) = self.tailoring(patient)?;
        Ok(suggest_activities(&content.catalogue, &profile))
    }

    /// Foods by name in any script ("roti", "روٹی", "ਰੋਟੀ"), best first. Reads no one's
    /// record, so anyone may search.
    pub fn search_foods(&self, query: &str, limit: usize) -> Result<Vec<FoodHit>> {
        // Not stored and not an error: a long paste is cut to what a dish name could be.
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        Ok(self.inner.content.current()?.index.search(&query, limit))
    }

    /// The player data for one of the patient's lessons, in their languages. A lesson their
    /// list leaves out (unsuitable for a condition, in no language they know) is `NotFound`.
    pub fn lesson_media(&self, patient: PersonId, lesson: &str) -> Result<LessonMedia> {
        self.lesson_media_tuned(patient, lesson, |_| {})
    }

    /// `lesson_media` with the tailoring profile adjusted first (a screen puts its own
    /// languages first).
    pub(crate) fn lesson_media_tuned(
        &self,
        patient: PersonId,
        lesson: &str,
        tune: impl FnOnce(&mut Profile),
    ) -> Result<LessonMedia> {
        let (mut profile, content) = self.tailoring(patient)?;
        tune(&mut profile);
        let ranked = rank_lessons(&content.catalogue, &profile, self.today())
            .into_iter()
            .find(|r| r.id == lesson)
            .ok_or(Error::NotFound { what: "lesson" })?;
        let found = content.catalogue.lesson(lesson).ok_or(Error::NotFound { what: "lesson" })?;
        let text = ranked.text.and_then(|l| found.variants.get(&l));
        let heard = ranked.audio.and_then(|l| found.variants.get(&l));
        let audio = heard.and_then(|v| v.audio.as_ref());
        let video = heard.and_then(|v| v.video.as_ref()).or_else(|| text.and_then(|v| v.video.as_ref()));
        let progress = profile
            .progress
            .iter()
            .find(|p| p.item == AssignedItem::Lesson(lesson.to_string()))
            .map(|p| p.state);
        Ok(LessonMedia {
            id: found.id.clone(),
            title: text.or(heard).and_then(|v| v.title.clone()),
            text_locale: ranked.text,
            text: text.and_then(|v| v.text.clone()),
            transcript: heard.and_then(|v| v.transcript.clone().or_else(|| v.text.clone())),
            audio_locale: ranked.audio,
            audio: audio.map(|a| content.media_path(&a.file)),
            video: video.map(|v| content.media_path(&v.file)),
            captions: video.map(|v| content.media_path(&v.captions)),
            duration_ms: audio.map(|a| a.duration_ms).or(video.map(|v| v.duration_ms)),
            synthetic_voice: audio.is_some_and(|a| a.synthetic),
            progress,
        })
    }

    /// A dietitian or clinician with the assign-content grant assigns a lesson, a food or a
    /// swap, with an optional note and due date. The item must be in the catalogue.
    pub fn assign(
        &self,
        patient: PersonId,
        item: AssignedItem,
        note: Option<String>,
        due: Option<NaiveDate>,
    ) -> Result<AssignmentId> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::AssignContent)?;
        let now = self.inner.now();
        let assignment = Assignment {
            id: AssignmentId(0),
            patient: patient.id,
            by: self.actor.id,
            item,
            note: note.map(|n| n.trim().to_string()),
            due,
            at: Taken::new(now),
        }
        .validated()?;
        if !assignment.item.exists_in(&self.inner.content.current()?.catalogue) {
            return Err(Error::NotFound { what: "content item" });
        }
        store.write(|tx| {
            let id = content::assign(tx, &assignment)?;
            self.audit(tx, now.to_utc(), patient.id, Audited::Assign, None)?;
            Ok(id)
        })
    }

    /// Takes back an assignment (the one who may assign may withdraw).
    pub fn withdraw_assignment(&self, patient: PersonId, id: AssignmentId) -> Result<bool> {
        let mut store = self.inner.store();
        let patient = self.check(&mut store, patient, Action::AssignContent)?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            let withdrawn = content::withdraw(tx, patient.id, id, self.actor.id, now)?;
            self.audit(tx, now, patient.id, Audited::WithdrawAssignment, None)?;
            Ok(withdrawn)
        })
    }

    /// The patient's assignments, each with who sent it, most pressing first (overdue,
    /// then by due date, then undated by when assigned).
    pub fn assignments(&self, patient: PersonId) -> Result<Vec<AssignmentView>> {
        let mut store = self.inner.store();
        let patient = self.own_or_check(&mut store, patient, Action::ViewLessons)?;
        let mut list = content::assignments(store.conn(), patient.id)?;
        let today = self.today();
        list.sort_by_key(|a| (!a.overdue(today), a.due.is_none(), a.due, a.at.at));
        let mut out = Vec::with_capacity(list.len());
        for assignment in list {
            let by = self.inner.person(&store, assignment.by)?;
            out.push(AssignmentView { by_name: by.person.name.clone(), by_role: by.person.role, assignment });
        }
        self.audit_view(&mut store, patient.id, Viewed::Lessons)?;
        Ok(out)
    }

    /// Records how far the patient got (started, heard N %, completed). The patient, or a
    /// helper who may see their lessons (playing one for a parent).
    pub fn set_progress(&self, patient: PersonId, progress: Progress) -> Result<()> {
        let progress = progress.validated()?;
        let mut store = self.inner.store();
        let patient = self.own_or_check(&mut store, patient, Action::ViewLessons)?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            content::record_progress(tx, patient.id, &progress, self.actor.id, now)?;
            self.audit(tx, now, patient.id, Audited::SetProgress, None)
        })?;
        Ok(())
    }

    /// The diet `patient` keeps, for filtering what a food offers: none for someone who may
    /// not see their lessons and foods (a search shows every swap then).
    pub fn diet(&self, patient: PersonId) -> Result<Vec<saathi_content::tailoring::DietRule>> {
        if !self.allowed(patient, Action::ViewLessons)?.is_allow() {
            return Ok(Vec::new());
        }
        Ok(self.content_profile(patient)?.diet)
    }

    /// The person's diet rules, interests, fasts and text size (defaults until chosen).
    pub fn content_profile(&self, person: PersonId) -> Result<ContentProfile> {
        let mut store = self.inner.store();
        let person = self.own_or_check(&mut store, person, Action::ViewLessons)?;
        Ok(content::profile(store.conn(), person.id)?)
    }

    /// Sets them: the person, or a helper who logs for them (often the one who sets up the
    /// phone), as with languages.
    pub fn set_content_profile(&self, person: PersonId, profile: ContentProfile) -> Result<()> {
        let profile = profile.normalised();
        let mut store = self.inner.store();
        let person = self.own_or_check(&mut store, person, Action::LogReadings)?;
        let now = self.inner.now_utc();
        store.write(|tx| {
            content::set_profile(tx, person.id, &profile, self.actor.id, now)?;
            self.audit(tx, now, person.id, Audited::SetContentProfile, None)
        })?;
        Ok(())
    }
}
