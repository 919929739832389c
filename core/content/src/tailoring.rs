//! Choosing and ordering content for one person (issue 5): assigned first, never content in
//! a language the person can neither read nor hear when an alternative exists, nothing
//! unsuitable for their conditions, nothing that breaks their diet.
//!
//! Lessons, in tiers, each with the reasons that placed it:
//! 0. assigned and overdue, then 1. assigned (each by due date, then when assigned);
//! 2. for one of the person's conditions; 3. for everyone; 4. for other conditions, or
//!    written for the other audience (helpers rather than patients);
//! 5. completed (assigned or not): they sink rather than vanish, so a person can hear one
//!    again.
//!
//! Within tiers 2-5, lessons on the person's interests (or fasting lessons, for people who
//! fast) first, then simpler reading levels, then in the order the pack lists them (its
//! authors' order: "what is diabetes" before "fasting safely"). Lessons for conditions the person
//! does not have are kept, low, rather than left out: families share a phone and conditions
//! come together (diabetes with high blood pressure), a profile may miss a diagnosis, and
//! only `unsuitable_for` says a lesson may harm. Left out: lessons unsuitable for any of the
//! person's conditions (even if assigned: safety wins over an assignment made before the
//! condition was recorded); fasting lessons for people who do not fast, unless assigned;
//! lessons the person can neither read nor hear in any of their languages, unless assigned
//! (then shown in English, with a reason saying so).

use rustc_hash::{FxHashMap, FxHashSet};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use saathi_domain::person::{Condition, Languages};

use crate::assignment::{AssignedItem, Assignment, Progress, ProgressState};
use crate::catalogue::{Activity, Catalogue, Caution, Diet, Lesson};
use crate::codes::{Audience, Intensity, SwapReason, Topic, coded_enum};
use crate::locale::Locale;
use crate::traffic_lights::{Light, Nutrient, TrafficLights, traffic_lights};

coded_enum!(
    /// A diet a person keeps; a food is offered only if it fits every one of them.
    DietRule {
        Vegetarian => "vegetarian",
        Vegan => "vegan",
        Halal => "halal",
        /// No meat, fish or egg and no root vegetables (the food's `jain` flag).
        Jain => "jain",
    }
);

impl DietRule {
    pub fn allows(self, diet: &Diet) -> bool {
        match self {
            DietRule::Vegetarian => diet.vegetarian,
            DietRule::Vegan => diet.vegan,
            DietRule::Halal => diet.halal,
            DietRule::Jain => diet.jain,
        }
    }
}

coded_enum!(
    /// Why an item is where it is in a list (shells turn these into words).
    Reason {
        Assigned => "assigned",
        Overdue => "overdue",
        YourCondition => "your-condition",
        Everyone => "everyone",
        OtherCondition => "other-condition",
        OtherAudience => "other-audience",
        Interest => "interest",
        Fasting => "fasting",
        Completed => "completed",
        /// No text in the person's languages: shown in English.
        TextInEnglish => "text-in-english",
        /// No audio in the person's languages: English audio offered.
        AudioInEnglish => "audio-in-english",
        /// Assigned, though in none of the person's languages.
        NotInYourLanguages => "not-in-your-languages",
        /// A food with a red light on what matters for the person's conditions.
        HighInWhatMatters => "high-in-what-matters",
        /// ... that has a swap the person can have.
        SwapHelps => "swap-helps",
    }
);

/// What tailoring needs to know about a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub conditions: Vec<Condition>,
    /// Languages the person reads, most preferred first ("syl" stands for Bengali).
    pub text_languages: Vec<Locale>,
    /// Languages the person hears, most preferred first.
    pub audio_languages: Vec<Locale>,
    pub diet: Vec<DietRule>,
    pub interests: Vec<Topic>,
    /// Keeps religious fasts (Ramadan, vrat).
    pub fasts: bool,
    /// Who is reading: the patient, or a helper on their behalf.
    pub audience: Audience,
    /// This person's assignments.
    pub assignments: Vec<Assignment>,
    pub progress: Vec<Progress>,
}

impl Profile {
    /// A profile with only conditions and languages (everything else empty, a patient
    /// reading).
    pub fn new(conditions: Vec<Condition>, languages: &Languages) -> Profile {
        Profile {
            conditions,
            text_languages: locales(&languages.text),
            audio_languages: locales(&languages.audio),
            diet: Vec::new(),
            interests: Vec::new(),
            fasts: false,
            audience: Audience::Patient,
            assignments: Vec::new(),
            progress: Vec::new(),
        }
    }
}

/// The content locales for a person's BCP 47 codes, in order, each once; unknown codes are
/// skipped.
pub fn locales(codes: &[String]) -> Vec<Locale> {
    let mut out = Vec::new();
    for l in codes.iter().filter_map(|c| Locale::from_bcp47(c)) {
        if !out.contains(&l) {
            out.push(l);
        }
    }
    out
}

/// The person's reading chain (Sylheti read as Bengali) and hearing chain (what they hear,
/// each followed by the language its speakers read, then what they read).
struct Chains {
    text: Vec<Locale>,
    audio: Vec<Locale>,
}

impl Chains {
    fn of(p: &Profile) -> Chains {
        let mut text = Vec::new();
        for l in p.text_languages.iter().map(|l| l.reads()) {
            if !text.contains(&l) {
                text.push(l);
            }
        }
        // Each language heard, then the one its speakers read and also hear: Sylheti, then
        // Bengali (no pack may have Sylheti recordings, yet Bengali audio is understood).
        let mut audio = Vec::new();
        for &l in p.audio_languages.iter().chain(&p.text_languages).chain(&text) {
            for l in [l, l.reads()] {
                if !audio.contains(&l) {
                    audio.push(l);
                }
            }
        }
        Chains { text, audio }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RankedLesson {
    pub id: String,
    /// The variant to show: the first of the person's reading languages with text, else
    /// English (with `Reason::TextInEnglish`), else none (audio only).
    pub text: Option<Locale>,
    /// The variant to play: the first language the person hears (then reads) with audio,
    /// else English audio (with `Reason::AudioInEnglish`), else none.
    pub audio: Option<Locale>,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Copy)]
struct Due {
    due: Option<NaiveDate>,
    at: chrono::DateTime<chrono::Utc>,
    overdue: bool,
}

/// Orders assignments: dated before undated, earlier due before later, then earlier
/// assigned. Plain integers, as ranking sorts thousands of these.
type DueKey = (bool, i32, i64);

impl Due {
    const NONE: Due = Due { due: None, at: chrono::DateTime::<chrono::Utc>::MIN_UTC, overdue: false };

    fn key(&self) -> DueKey {
        (self.due.is_none(), self.due.map_or(0, |d| d.num_days_from_ce()), self.at.timestamp_millis())
    }
}

/// The most pressing assignment of each item id (lessons and foods; a swap under its `from`).
fn assigned(p: &Profile, today: NaiveDate, lessons: bool) -> FxHashMap<&str, (Due, Option<&str>)> {
    let mut out: FxHashMap<&str, (Due, Option<&str>)> = FxHashMap::default();
    for a in &p.assignments {
        let (id, swap_to) = match (&a.item, lessons) {
            (AssignedItem::Lesson(id), true) => (id.as_str(), None),
            (AssignedItem::Food(id), false) => (id.as_str(), None),
            (AssignedItem::Swap { from, to }, false) => (from.as_str(), Some(to.as_str())),
            _ => continue,
        };
        let due = Due { due: a.due, at: a.at.at, overdue: a.overdue(today) };
        let slot = out.entry(id).or_insert((due, swap_to));
        if (!due.overdue, due.key()) < (!slot.0.overdue, slot.0.key()) {
            *slot = (due, swap_to.or(slot.1));
        } else if slot.1.is_none() {
            slot.1 = swap_to;
        }
    }
    out
}

fn completed(p: &Profile) -> FxHashSet<&AssignedItem> {
    p.progress.iter().filter(|pr| pr.state == ProgressState::Completed).map(|pr| &pr.item).collect()
}

fn unsuitable(unsuitable_for: &[Condition], p: &Profile) -> bool {
    unsuitable_for.iter().any(|c| p.conditions.contains(c))
}

/// Lessons for this person, best first (see the module comment).
pub fn rank_lessons(catalogue: &Catalogue, profile: &Profile, today: NaiveDate) -> Vec<RankedLesson> {
    let chains = Chains::of(profile);
    let assigned = assigned(profile, today, true);
    let done: FxHashSet<&str> = completed(profile).into_iter().filter_map(AssignedItem::lesson).collect();
    type Key = (u8, DueKey, bool, u8, usize);
    let mut ranked: Vec<(Key, RankedLesson)> = Vec::new();
    for (order, lesson) in catalogue.lessons.iter().enumerate() {
        if unsuitable(&lesson.unsuitable_for, profile) {
            continue;
        }
        let assignment = assigned.get(lesson.id.as_str()).map(|a| a.0);
        if lesson.fasting && !profile.fasts && assignment.is_none() {
            continue;
        }
        let Some((text, audio, mut reasons)) = languages(lesson, &chains, assignment.is_some()) else {
            continue;
        };
        let mut why = Vec::with_capacity(4);
        let tier = if done.contains(lesson.id.as_str()) {
            why.push(Reason::Completed);
            5
        } else if let Some(a) = assignment {
            if a.overdue {
                why.push(Reason::Overdue);
                0
            } else {
                1
            }
        } else if lesson.audience != profile.audience {
            why.push(Reason::OtherAudience);
            4
        } else if lesson.conditions.is_empty() {
            why.push(Reason::Everyone);
            3
        } else if lesson.conditions.iter().any(|c| profile.conditions.contains(c)) {
            why.push(Reason::YourCondition);
            2
        } else {
            why.push(Reason::OtherCondition);
            4
        };
        if assignment.is_some() {
            why.insert(0, Reason::Assigned);
        }
        let interest = profile.interests.contains(&lesson.topic);
        if interest {
            why.push(Reason::Interest);
        }
        let fasting = lesson.fasting && profile.fasts;
        if fasting {
            why.push(Reason::Fasting);
        }
        why.append(&mut reasons);
        let due = assignment.filter(|_| tier <= 1).unwrap_or(Due::NONE).key();
        let key = (tier, due, !(interest || fasting), lesson.reading_level, order);
        ranked.push((key, RankedLesson { id: lesson.id.clone(), text, audio, reasons: why }));
    }
    ranked.sort_unstable_by_key(|r| r.0);
    ranked.into_iter().map(|(_, r)| r).collect()
}

/// Which variant to show and to play; `None` when the person can neither read nor hear the
/// lesson and it is not assigned.
fn languages(
    lesson: &Lesson,
    chains: &Chains,
    assigned: bool,
) -> Option<(Option<Locale>, Option<Locale>, Vec<Reason>)> {
    // One pass over the variants, then bit tests along the chains: ranking thousands of
    // lessons is bound by memory reads, not arithmetic.
    let (mut texts, mut audios) = (0u8, 0u8);
    for (l, v) in &lesson.variants {
        texts |= u8::from(v.text.is_some()) << (*l as u8);
        audios |= u8::from(v.audio.is_some()) << (*l as u8);
    }
    let has_text = |l: &Locale| texts & (1 << (*l as u8)) != 0;
    let has_audio = |l: &Locale| audios & (1 << (*l as u8)) != 0;
    let mut text = chains.text.iter().copied().find(has_text);
    let mut audio = chains.audio.iter().copied().find(has_audio);
    if text.is_none() && audio.is_none() && !assigned {
        return None;
    }
    let mut reasons = Vec::new();
    if text.is_none() && audio.is_none() {
        reasons.push(Reason::NotInYourLanguages);
    }
    if text.is_none() && has_text(&Locale::EnGb) {
        text = Some(Locale::EnGb);
        reasons.push(Reason::TextInEnglish);
    }
    if audio.is_none() {
        // English only if nothing else; an assigned lesson in none of the person's languages
        // and without English audio still plays something rather than nothing.
        audio = [Locale::EnGb].iter().chain(&Locale::ALL).copied().find(has_audio);
        if audio == Some(Locale::EnGb) {
            reasons.push(Reason::AudioInEnglish);
        }
    }
    Some((text, audio, reasons))
}

/// Which nutrients matter most for each condition: sugars for type 2 diabetes (NHS: type 2
/// diabetes, food and keeping active), salt for high blood pressure (NICE NG136 lifestyle
/// advice), saturated fat and salt for heart disease (NHS: coronary heart disease,
/// prevention). Product emphasis, not a threshold: the lights themselves are the FSA's.
pub fn nutrients_that_matter(condition: Condition) -> &'static [Nutrient] {
    match condition {
        Condition::Type2Diabetes => &[Nutrient::Sugars],
        Condition::HighBloodPressure => &[Nutrient::Salt],
        Condition::HeartDisease => &[Nutrient::Saturates, Nutrient::Salt],
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfferedSwap {
    pub to: String,
    pub reason: SwapReason,
    /// A dietitian assigned this swap.
    pub assigned: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RankedFood {
    pub id: String,
    pub lights: TrafficLights,
    /// Red lights on nutrients that matter for the person's conditions.
    pub red_for_you: Vec<Nutrient>,
    /// Swaps to foods the person's diet allows; an assigned swap first.
    pub swaps: Vec<OfferedSwap>,
    pub reasons: Vec<Reason>,
}

/// The swaps of `food` to foods that keep to `diet` (every rule), in the pack's order: what
/// a food's entry offers anywhere it is shown.
pub fn swaps_within<'a>(
    catalogue: &'a Catalogue,
    food: &'a crate::catalogue::Food,
    diet: &'a [DietRule],
) -> impl Iterator<Item = &'a crate::catalogue::Swap> + 'a {
    food.swaps.iter().filter(move |s| {
        catalogue.food(&s.to).is_some_and(|to| diet.iter().all(|rule| rule.allows(&to.diet)))
    })
}

/// Foods for this person: none that breaks their diet, nor swaps to one. Assigned foods and
/// swaps first (overdue, then by due date); then foods red on what matters for their
/// conditions that have a swap they can have; then the rest; in pack order within each.
pub fn rank_foods(catalogue: &Catalogue, profile: &Profile, today: NaiveDate) -> Vec<RankedFood> {
    let allowed = |diet: &Diet| profile.diet.iter().all(|rule| rule.allows(diet));
    let assigned = assigned(profile, today, false);
    let matters: Vec<Nutrient> = {
        let mut m: Vec<Nutrient> =
            profile.conditions.iter().flat_map(|c| nutrients_that_matter(*c)).copied().collect();
        m.sort_unstable();
        m.dedup();
        m
    };
    type Key = (u8, DueKey, usize);
    let mut ranked: Vec<(Key, RankedFood)> = Vec::new();
    for (order, food) in catalogue.foods.iter().enumerate().filter(|(_, f)| allowed(&f.diet)) {
        let lights = traffic_lights(food);
        let red_for_you: Vec<Nutrient> =
            matters.iter().copied().filter(|n| lights.get(*n) == Light::Red).collect();
        let assignment = assigned.get(food.id.as_str());
        let assigned_to = assignment.and_then(|a| a.1);
        let mut swaps: Vec<OfferedSwap> = swaps_within(catalogue, food, &profile.diet)
            .map(|s| OfferedSwap {
                to: s.to.clone(),
                reason: s.reason,
                assigned: assigned_to == Some(s.to.as_str()),
            })
            .collect();
        // A dietitian may assign a swap the catalogue does not list; offer it if allowed.
        if let Some(to) = assigned_to.filter(|to| !swaps.iter().any(|s| s.to == *to)) {
            if catalogue.food(to).is_some_and(|f| allowed(&f.diet)) {
                let reason = reason_for(catalogue, &food.id, to);
                swaps.push(OfferedSwap { to: to.to_string(), reason, assigned: true });
            }
        }
        swaps.sort_by_key(|s| !s.assigned);
        // An assignment counts if it is of the food itself, or of a swap the diet allows.
        let assignment = assignment
            .filter(|a| a.1.is_none_or(|to| swaps.iter().any(|s| s.assigned && s.to == to)))
            .map(|a| a.0);
        let mut reasons = Vec::new();
        if !red_for_you.is_empty() {
            reasons.push(Reason::HighInWhatMatters);
        }
        let tier = match assignment {
            Some(a) => {
                reasons.insert(0, Reason::Assigned);
                if a.overdue {
                    reasons.insert(1, Reason::Overdue);
                    0
                } else {
                    1
                }
            }
            None if !red_for_you.is_empty() && !swaps.is_empty() => {
                reasons.push(Reason::SwapHelps);
                2
            }
            None => 3,
        };
        let key = (tier, assignment.unwrap_or(Due::NONE).key(), order);
        ranked.push((key, RankedFood { id: food.id.clone(), lights, red_for_you, swaps, reasons }));
    }
    ranked.sort_unstable_by_key(|r| r.0);
    ranked.into_iter().map(|(_, r)| r).collect()
}

/// The reason for an assigned swap the catalogue does not list: the clearest difference
/// the lights show, else a smaller portion.
fn reason_for(catalogue: &Catalogue, from: &str, to: &str) -> SwapReason {
    let (Some(from), Some(to)) = (catalogue.food(from), catalogue.food(to)) else {
        return SwapReason::SmallerPortion;
    };
    let (a, b) = (traffic_lights(from), traffic_lights(to));
    if b.sugars < a.sugars {
        SwapReason::LessSugar
    } else if b.salt < a.salt {
        SwapReason::LessSalt
    } else if b.fat < a.fat || b.saturates < a.saturates {
        SwapReason::LessFat
    } else {
        SwapReason::SmallerPortion
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SuggestedActivity {
    pub id: String,
    /// The language to show its name and description in.
    pub text: Option<Locale>,
    /// Cautions for the person's conditions, to show with it.
    pub cautions: Vec<Caution>,
    pub reasons: Vec<Reason>,
}

/// Activities for this person: none unsuitable for their conditions, each with the cautions
/// for their conditions; light before moderate (a clinician progresses a plan, Saathi does
/// not), then in pack order.
pub fn suggest_activities(catalogue: &Catalogue, profile: &Profile) -> Vec<SuggestedActivity> {
    let chains = Chains::of(profile);
    let mut out: Vec<(Intensity, usize, SuggestedActivity)> = catalogue
        .activities
        .iter()
        .enumerate()
        .filter(|(_, a)| !unsuitable(&a.unsuitable_for, profile))
        .map(|(order, a)| (a.intensity, order, suggest(a, profile, &chains)))
        .collect();
    out.sort_unstable_by_key(|a| (a.0, a.1));
    out.into_iter().map(|(_, _, s)| s).collect()
}

fn suggest(a: &Activity, profile: &Profile, chains: &Chains) -> SuggestedActivity {
    let named = |l: &Locale| a.names.get(l).is_some_and(|n| !n.is_empty());
    let mut reasons = Vec::new();
    let mut text = chains.text.iter().copied().find(named);
    if text.is_none() {
        text = [Locale::EnGb].iter().chain(&Locale::TEXT).copied().find(named);
        reasons.push(if text == Some(Locale::EnGb) {
            Reason::TextInEnglish
        } else {
            Reason::NotInYourLanguages
        });
    }
    let cautions = a.cautions.iter().filter(|c| profile.conditions.contains(&c.condition)).cloned().collect();
    SuggestedActivity { id: a.id.clone(), text, cautions, reasons }
}
