//! Lessons: the tailored list (assigned ones first, with who sent them and why), each with
//! its length, how far the person got and a play action; and one lesson's player.

use saathi_content::assignment::{AssignedItem, ProgressState};
use saathi_content::tailoring::{RankedLesson, Reason, rank_lessons};
use saathi_domain::access::Action;
use saathi_domain::message::Message;
use saathi_domain::person::PersonId;

use super::{ActionStyle, Command, Detail, Element, Icon, Screen, ScreenKind, Section, Severity, Words};
use crate::{Result, Session};

fn progress_message(state: Option<ProgressState>) -> Message {
    match state {
        None => Message::new("screen-lesson-not-started"),
        Some(ProgressState::Started) => Message::new("screen-lesson-started"),
        Some(ProgressState::Heard { percent }) => {
            Message::new("screen-lesson-heard").int("percent", i64::from(percent))
        }
        Some(ProgressState::Completed) => Message::new("screen-lesson-completed"),
    }
}

pub(crate) fn percent(state: Option<ProgressState>) -> u8 {
    match state {
        None | Some(ProgressState::Started) => 0,
        Some(ProgressState::Heard { percent }) => percent,
        Some(ProgressState::Completed) => 100,
    }
}

/// "from Dr Shah: try this before Eid", or "from Dr Shah".
pub(crate) fn from_message(name: &str, note: Option<&str>) -> Message {
    match note {
        Some(note) => {
            Message::new("screen-from-note").text("name", name.to_string()).text("note", note.to_string())
        }
        None => Message::new("screen-from").text("name", name.to_string()),
    }
}

/// Lessons are chosen in the languages the screen is shown and heard in first (what the
/// person chose on this device), then their saved ones: a screen in Urdu lists the Urdu
/// lessons, and each lesson's words are spoken in its own language.
pub(crate) fn screen_languages_first(profile: &mut saathi_content::tailoring::Profile, words: &Words) {
    use saathi_content::Locale;
    let first = |chosen: Vec<Locale>, saved: &mut Vec<Locale>| {
        let mut all = chosen;
        all.extend(saved.iter().copied().filter(|l| !all.contains(l)).collect::<Vec<_>>());
        *saved = all;
    };
    let shown: Vec<Locale> = Locale::from_bcp47(words.l10n.locale()).into_iter().collect();
    let heard: Vec<Locale> =
        words.l10n.audio_languages().into_iter().filter_map(Locale::from_bcp47).collect();
    first(shown, &mut profile.text_languages);
    first(heard, &mut profile.audio_languages);
}

/// A lesson's title in the language it is shown in, and its length in whole minutes.
fn title_and_minutes(
    content: &crate::content::Content,
    lesson: &saathi_content::catalogue::Lesson,
    r: &RankedLesson,
) -> (String, i64) {
    let title = content.lesson_title(&r.id, r.text).unwrap_or(&r.id).to_string();
    let seconds = r
        .audio
        .and_then(|l| lesson.variants.get(&l))
        .and_then(|v| v.audio.as_ref())
        .map_or(0, |a| a.duration_ms.div_ceil(1000));
    (title, seconds.div_ceil(60) as i64)
}

impl Session {
    /// The lesson Today suggests: the first of the tailored list (assigned ones first) the
    /// person has not finished, with Play. None when they may not see lessons, none are
    /// installed, or they have heard them all.
    pub(crate) fn suggested_lesson(&self, patient: PersonId, words: &Words) -> Result<Option<Element>> {
        if !self.allowed(patient, Action::ViewLessons)?.is_allow() {
            return Ok(None);
        }
        let (mut profile, content) = match self.tailoring(patient) {
            Ok(found) => found,
            Err(crate::Error::NoContent) => return Ok(None),
            Err(e) => return Err(e),
        };
        screen_languages_first(&mut profile, words);
        let today = self.inner.now().date_naive();
        let finished = |id: &str| {
            profile.progress.iter().any(|p| {
                p.item == AssignedItem::Lesson(id.to_string()) && p.state == ProgressState::Completed
            })
        };
        let ranked = rank_lessons(&content.catalogue, &profile, today);
        let Some((r, lesson)) = ranked
            .iter()
            .filter(|r| !finished(&r.id))
            .find_map(|r| content.catalogue.lesson(&r.id).map(|l| (r, l)))
        else {
            return Ok(None);
        };
        let (title, minutes) = title_and_minutes(&content, lesson, r);
        let m = Message::new("screen-today-lesson").text("title", title).int("minutes", minutes);
        Ok(Some(words.element("lesson", &m).icon(Icon::Lesson).action(words.action(
            &Message::new("screen-lesson-play"),
            ActionStyle::Primary,
            Command::PlayLesson { patient, lesson: r.id.clone() },
        ))))
    }

    pub fn lessons_screen(&self, patient: PersonId, words: &Words) -> Result<Screen> {
        let (mut profile, content) = self.tailoring(patient)?;
        screen_languages_first(&mut profile, words);
        let today = self.inner.now().date_naive();
        let ranked = rank_lessons(&content.catalogue, &profile, today);
        let title =
            words.element("title", &Message::new("screen-lessons-title")).essential().icon(Icon::Lesson);
        let (mut assigned, mut others): (Vec<Element>, Vec<Element>) = (Vec::new(), Vec::new());
        for r in &ranked {
            let Some(lesson) = content.catalogue.lesson(&r.id) else { continue };
            let (lesson_title, minutes) = title_and_minutes(&content, lesson, r);
            let item = AssignedItem::Lesson(r.id.clone());
            let state = profile.progress.iter().find(|p| p.item == item).map(|p| p.state);
            let m = Message::new("screen-lesson")
                .text("title", lesson_title)
                .int("minutes", minutes)
                .message("progress", progress_message(state));
            let mut e =
                words.element(format!("lesson-{}", r.id), &m).icon(Icon::Lesson).action(words.action(
                    &Message::new("screen-lesson-play"),
                    ActionStyle::Primary,
                    Command::PlayLesson { patient, lesson: r.id.clone() },
                ));
            if state == Some(ProgressState::Completed) {
                e = e.severity(Severity::Good).extra();
            }
            let assignment = profile
                .assignments
                .iter()
                .filter(|a| a.item == item)
                .min_by_key(|a| (!a.overdue(today), a.due.is_none(), a.due, a.at.at));
            match assignment {
                Some(a) if r.reasons.contains(&Reason::Assigned) => {
                    let by = self.person_in_view(a.by)?;
                    let mut from =
                        words.element(format!("from-{}", r.id), &from_message(&by.name, a.note.as_deref()));
                    if let Some(due) = a.due {
                        let due_m = Message::new("screen-lesson-due").text("date", words.l10n.date(due));
                        from = words.element(
                            format!("from-{}", r.id),
                            &Message::new("screen-two")
                                .message("first", from_message(&by.name, a.note.as_deref()))
                                .message("second", due_m),
                        );
                    }
                    if a.overdue(today) {
                        from = from.severity(Severity::Caution);
                    }
                    assigned.push(e.essential());
                    assigned.push(from.icon(Icon::Person));
                }
                _ => others.push(e),
            }
        }
        let mut sections = Vec::new();
        if !assigned.is_empty() {
            sections.push(Section {
                id: "assigned",
                heading: Some(words.element("assigned-heading", &Message::new("screen-lessons-assigned"))),
                elements: assigned,
            });
        }
        if others.is_empty() {
            others.push(words.element("none", &Message::new("screen-lessons-none")));
        }
        sections.push(Section {
            id: "lessons",
            heading: Some(words.element("lessons-heading", &Message::new("screen-lessons-for-you"))),
            elements: others,
        });
        Ok(Screen::new(ScreenKind::Lessons, Some(patient), words, title, sections))
    }

    /// One lesson's player: the title, the media to play (with captions and the words it
    /// says), how far the person got, and "done".
    pub fn lesson_screen(&self, patient: PersonId, lesson: &str, words: &Words) -> Result<Screen> {
        let media = self.lesson_media_tuned(patient, lesson, |p| screen_languages_first(p, words))?;
        let title = words
            .element(
                "title",
                &Message::new("screen-lesson-title").text("title", media.title.clone().unwrap_or_default()),
            )
            .essential()
            .icon(Icon::Lesson);
        let mut player =
            words.element("player", &progress_message(media.progress)).essential().detail(Detail::Media {
                audio: media.audio.clone(),
                video: media.video.clone(),
                captions: media.captions.clone(),
                transcript: media.transcript.clone(),
                duration_ms: media.duration_ms,
                progress_percent: percent(media.progress),
            });
        if media.progress != Some(ProgressState::Completed)
            && self.allowed(patient, Action::ViewLessons)?.is_allow()
        {
            player = player.action(words.action(
                &Message::new("screen-lesson-done"),
                ActionStyle::Secondary,
                Command::LessonDone { patient, lesson: lesson.to_string() },
            ));
        }
        let mut elements = vec![player];
        if let Some(text) = media.text.as_ref().or(media.transcript.as_ref()) {
            let mut said = words
                .element("words", &Message::new("screen-lesson-words").text("text", text.clone()))
                .extra();
            // The lesson's own words are spoken in the lesson's language, from its recording
            // when it has one.
            if let Some(l) = media.text_locale.or(media.audio_locale) {
                said.utterance.language = l.code().to_string();
            }
            if media.audio_locale == media.text_locale {
                said.utterance.clip = media.audio.as_ref().map(|p| p.display().to_string());
            }
            elements.push(said);
        }
        Ok(Screen::new(
            ScreenKind::Lesson,
            Some(patient),
            words,
            title,
            vec![Section { id: "player", heading: None, elements }],
        ))
    }
}
