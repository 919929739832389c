//! Tailoring rules (issue 5) on the fixture catalogue: assigned first; never a language the
//! person can neither read nor hear when another exists; nothing unsuitable for their
//! conditions; nothing that breaks their diet.

use chrono::{FixedOffset, NaiveDate, TimeZone};
use saathi_content::assignment::{AssignedItem, Assignment, AssignmentId, Progress, ProgressState};
use saathi_content::codes::{Audience, SwapReason, Topic};
use saathi_content::tailoring::{DietRule, Reason, locales};
use saathi_content::traffic_lights::{Light, Nutrient};
use saathi_content::{Catalogue, Locale, Profile, rank_foods, rank_lessons, suggest_activities};
use saathi_domain::person::{Condition, Languages, PersonId};
use saathi_domain::time::Taken;

use Condition::{HeartDisease, HighBloodPressure, Type2Diabetes};
use Locale::{Bn, EnGb, Gu, Hi, Syl, Ur};

fn catalogue() -> Catalogue {
    Catalogue::from_json(include_bytes!("fixtures/catalogue.json")).expect("test data")
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("test data")
}

const TODAY: (u32, u32) = (6, 15);

fn today() -> NaiveDate {
    date(TODAY.0, TODAY.1)
}

fn profile(conditions: &[Condition], text: &[Locale], audio: &[Locale]) -> Profile {
    Profile {
        conditions: conditions.to_vec(),
        text_languages: text.to_vec(),
        audio_languages: audio.to_vec(),
        diet: vec![],
        interests: vec![],
        fasts: false,
        audience: Audience::Patient,
        assignments: vec![],
        progress: vec![],
    }
}

fn assign(item: AssignedItem, due: Option<NaiveDate>, day: u32) -> Assignment {
    let bst = FixedOffset::east_opt(3600).expect("test data");
    Assignment {
        id: AssignmentId(i64::from(day)),
        patient: PersonId(1),
        by: PersonId(9),
        item,
        note: None,
        due,
        at: Taken::new(bst.with_ymd_and_hms(2026, 6, day, 10, 0, 0).unwrap()),
    }
    .validated()
    .expect("a valid assignment")
}

fn lesson(id: &str) -> AssignedItem {
    AssignedItem::Lesson(id.into())
}

fn lesson_ids(p: &Profile) -> Vec<String> {
    rank_lessons(&catalogue(), p, today()).into_iter().map(|l| l.id).collect()
}

const T2D: &str = "what-is-type-2-diabetes";
const SALT: &str = "less-salt";
const FASTING: &str = "fasting-safely-with-diabetes";

#[test]
fn lessons_for_your_conditions_come_before_those_for_others() {
    let everyone = [EnGb];
    assert_eq!(lesson_ids(&profile(&[HighBloodPressure], &everyone, &[])), [SALT, T2D]);
    assert_eq!(lesson_ids(&profile(&[Type2Diabetes], &everyone, &[])), [T2D, SALT]);
    let ranked = rank_lessons(&catalogue(), &profile(&[HighBloodPressure], &everyone, &[]), today());
    assert_eq!(ranked[0].reasons, [Reason::YourCondition]);
    assert_eq!(ranked[1].reasons, [Reason::OtherCondition]);
}

#[test]
fn assigned_lessons_come_first_and_overdue_before_later() {
    let mut p = profile(&[Type2Diabetes], &[EnGb], &[]);
    p.assignments = vec![assign(lesson(SALT), Some(date(6, 20)), 1)];
    assert_eq!(lesson_ids(&p), [SALT, T2D]);
    let ranked = rank_lessons(&catalogue(), &p, today());
    assert_eq!(ranked[0].reasons, [Reason::Assigned]);

    // Two assignments: the overdue one first even though it was due later than... it was
    // assigned later; then the one due in the future.
    p.assignments =
        vec![assign(lesson(SALT), Some(date(6, 30)), 1), assign(lesson(T2D), Some(date(6, 14)), 2)];
    let ranked = rank_lessons(&catalogue(), &p, today());
    assert_eq!(ranked.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [T2D, SALT]);
    assert_eq!(ranked[0].reasons, [Reason::Assigned, Reason::Overdue]);
    // Due today is not overdue.
    p.assignments = vec![assign(lesson(SALT), Some(date(6, 16)), 1), assign(lesson(T2D), Some(today()), 2)];
    let ranked = rank_lessons(&catalogue(), &p, today());
    assert_eq!(ranked[0].id, T2D);
    assert_eq!(ranked[0].reasons, [Reason::Assigned]);
    // Undated assignments come after dated ones.
    p.assignments = vec![assign(lesson(T2D), None, 1), assign(lesson(SALT), Some(date(7, 30)), 2)];
    assert_eq!(lesson_ids(&p), [SALT, T2D]);
}

#[test]
fn completed_lessons_sink_but_stay() {
    let mut p = profile(&[Type2Diabetes], &[EnGb], &[]);
    p.progress = vec![Progress { item: lesson(T2D), state: ProgressState::Completed }];
    assert_eq!(lesson_ids(&p), [SALT, T2D]);
    // Even when assigned.
    p.assignments = vec![assign(lesson(T2D), Some(date(6, 14)), 1)];
    let ranked = rank_lessons(&catalogue(), &p, today());
    assert_eq!(ranked[1].id, T2D);
    assert_eq!(ranked[1].reasons, [Reason::Assigned, Reason::Completed]);
    // Heard halfway is not completed.
    p.assignments.clear();
    p.progress = vec![Progress { item: lesson(T2D), state: ProgressState::Heard { percent: 50 } }];
    assert_eq!(lesson_ids(&p), [T2D, SALT]);
}

#[test]
fn fasting_lessons_only_for_people_who_fast() {
    let mut p = profile(&[Type2Diabetes], &[EnGb], &[]);
    assert!(!lesson_ids(&p).contains(&FASTING.to_string()));
    p.fasts = true;
    let ranked = rank_lessons(&catalogue(), &p, today());
    assert_eq!(ranked.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [FASTING, T2D, SALT]);
    assert_eq!(ranked[0].reasons, [Reason::YourCondition, Reason::Fasting]);
    // A dietitian may assign it to someone whose profile says they do not fast.
    p.fasts = false;
    p.assignments = vec![assign(lesson(FASTING), None, 1)];
    assert_eq!(lesson_ids(&p)[0], FASTING);
}

#[test]
fn lessons_unsuitable_for_a_condition_never_appear_even_if_assigned() {
    let mut p = profile(&[Type2Diabetes, HeartDisease], &[EnGb], &[]);
    p.fasts = true;
    p.assignments = vec![assign(lesson(FASTING), None, 1)];
    assert!(!lesson_ids(&p).contains(&FASTING.to_string()));
}

#[test]
fn interests_lift_a_lesson_within_its_tier() {
    let mut p = profile(&[], &[EnGb], &[]);
    // Same tier, same reading level: in the pack's order.
    assert_eq!(lesson_ids(&p), [T2D, SALT]);
    p.interests = vec![Topic::BloodPressure];
    assert_eq!(lesson_ids(&p), [SALT, T2D]);
    assert!(rank_lessons(&catalogue(), &p, today())[0].reasons.contains(&Reason::Interest));
}

#[test]
fn lessons_for_the_other_audience_rank_low() {
    let mut c = catalogue();
    c.lessons.iter_mut().find(|l| l.id == T2D).unwrap().audience = Audience::Helper;
    let p = profile(&[HighBloodPressure, Type2Diabetes], &[EnGb], &[]);
    assert_eq!(lesson_ids(&p), [T2D, SALT], "both for the person's conditions: in pack order");
    let ranked = rank_lessons(&c, &p, today());
    assert_eq!(ranked.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [SALT, T2D]);
    assert_eq!(ranked[1].reasons, [Reason::OtherAudience]);
}

#[test]
fn each_lesson_in_the_first_language_read_and_the_first_heard() {
    let c = catalogue();
    let p = profile(&[Type2Diabetes], &[Ur, EnGb], &[]);
    let t2d = rank_lessons(&c, &p, today()).into_iter().find(|l| l.id == T2D).unwrap();
    assert_eq!((t2d.text, t2d.audio), (Some(Ur), Some(Ur)));
    // Audio preferences come before the text chain.
    let p = profile(&[Type2Diabetes], &[Ur, EnGb], &[EnGb]);
    let t2d = rank_lessons(&c, &p, today()).into_iter().find(|l| l.id == T2D).unwrap();
    assert_eq!((t2d.text, t2d.audio), (Some(Ur), Some(EnGb)));
    assert!(t2d.reasons.iter().all(|r| *r != Reason::AudioInEnglish), "English was chosen, not a fallback");
}

#[test]
fn sylheti_is_heard_and_its_speakers_read_bengali() {
    let c = catalogue();
    let p = profile(&[Type2Diabetes], &[Bn], &[Syl, Bn]);
    let t2d = rank_lessons(&c, &p, today()).into_iter().find(|l| l.id == T2D).unwrap();
    assert_eq!((t2d.text, t2d.audio), (Some(Bn), Some(Syl)));
    // Sylheti listed as a reading language stands for Bengali text.
    let p = profile(&[Type2Diabetes], &[Syl], &[]);
    let t2d = rank_lessons(&c, &p, today()).into_iter().find(|l| l.id == T2D).unwrap();
    assert_eq!((t2d.text, t2d.audio), (Some(Bn), Some(Syl)));
}

#[test]
fn english_audio_only_when_nothing_else_and_unusable_lessons_left_out() {
    let c = catalogue();
    // Reads and hears Bengali only. The diabetes lesson has Bengali text but no Bengali
    // audio: English audio is offered and said to be English. "Less salt" has nothing in
    // Bengali: left out, since other lessons exist in Bengali.
    let p = profile(&[Type2Diabetes, HighBloodPressure], &[Bn], &[Bn]);
    let ranked = rank_lessons(&c, &p, today());
    assert_eq!(ranked.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [T2D]);
    assert_eq!((ranked[0].text, ranked[0].audio), (Some(Bn), Some(EnGb)));
    assert!(ranked[0].reasons.contains(&Reason::AudioInEnglish));
    // Reads Gujarati only: "less salt" has Gujarati text and no Gujarati audio.
    let p = profile(&[HighBloodPressure], &[Gu], &[]);
    let ranked = rank_lessons(&c, &p, today());
    assert_eq!(ranked.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [SALT]);
    assert_eq!((ranked[0].text, ranked[0].audio), (Some(Gu), Some(EnGb)));
    // Hears Hindi but reads nothing Saathi has: the Hindi audio, English text as a fallback.
    let p = profile(&[HighBloodPressure], &[], &[Hi]);
    let ranked = rank_lessons(&c, &p, today());
    assert_eq!(ranked.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [SALT]);
    assert_eq!((ranked[0].text, ranked[0].audio), (Some(EnGb), Some(Hi)));
    assert!(ranked[0].reasons.contains(&Reason::TextInEnglish));
}

#[test]
fn an_assigned_lesson_in_none_of_the_persons_languages_is_kept_and_said_so() {
    let mut p = profile(&[HighBloodPressure], &[Bn], &[Bn]);
    p.assignments = vec![assign(lesson(SALT), None, 1)];
    let ranked = rank_lessons(&catalogue(), &p, today());
    let salt = ranked.iter().find(|l| l.id == SALT).unwrap();
    assert_eq!((salt.text, salt.audio), (Some(EnGb), Some(EnGb)));
    assert_eq!(
        salt.reasons,
        [Reason::Assigned, Reason::NotInYourLanguages, Reason::TextInEnglish, Reason::AudioInEnglish]
    );
}

#[test]
fn profiles_from_a_persons_saved_languages() {
    let langs = Languages { text: vec!["bn-BD".into(), "en".into()], audio: vec!["syl".into(), "ta".into()] };
    let p = Profile::new(vec![Type2Diabetes], &langs);
    assert_eq!(p.text_languages, [Bn, EnGb]);
    assert_eq!(p.audio_languages, [Syl]);
    assert_eq!(locales(&["ur".into(), "UR".into(), "ur-PK".into()]), [Ur]);
}

#[test]
fn ranking_is_deterministic() {
    let mut p = profile(&[Type2Diabetes], &[Ur, Bn], &[Syl]);
    p.fasts = true;
    let c = catalogue();
    let first = rank_lessons(&c, &p, today());
    for _ in 0..20 {
        assert_eq!(rank_lessons(&c, &p, today()), first);
    }
}

fn food_ids(p: &Profile) -> Vec<String> {
    rank_foods(&catalogue(), p, today()).into_iter().map(|f| f.id).collect()
}

#[test]
fn a_vegetarian_is_never_offered_meat_nor_a_swap_to_it() {
    let mut p = profile(&[], &[EnGb], &[]);
    let all = food_ids(&p);
    assert!(all.contains(&"chicken-tikka".to_string()));
    p.diet = vec![DietRule::Vegetarian];
    let foods = rank_foods(&catalogue(), &p, today());
    assert!(foods.iter().all(|f| f.id != "chicken-tikka"));
    let paneer = foods.iter().find(|f| f.id == "paneer-curry").unwrap();
    assert_eq!(paneer.swaps.iter().map(|s| s.to.as_str()).collect::<Vec<_>>(), ["chana-dal"]);
    // Not even when a dietitian assigned the swap.
    p.assignments =
        vec![assign(AssignedItem::Swap { from: "paneer-curry".into(), to: "chicken-tikka".into() }, None, 1)];
    let foods = rank_foods(&catalogue(), &p, today());
    let paneer = foods.iter().find(|f| f.id == "paneer-curry").unwrap();
    assert!(paneer.swaps.iter().all(|s| s.to != "chicken-tikka"));
    assert!(!paneer.reasons.contains(&Reason::Assigned));
}

#[test]
fn jain_and_vegan_diets_exclude_what_they_exclude() {
    let mut p = profile(&[], &[EnGb], &[]);
    p.diet = vec![DietRule::Jain];
    let jain = food_ids(&p);
    // Onion pakora (root vegetable), paneer curry (onion), chicken.
    for gone in ["pakora", "paneer-curry", "chicken-tikka"] {
        assert!(!jain.contains(&gone.to_string()), "{gone}");
    }
    assert!(jain.contains(&"roti".to_string()) && jain.contains(&"gulab-jamun".to_string()));
    p.diet = vec![DietRule::Vegan, DietRule::Halal];
    let vegan = food_ids(&p);
    for gone in ["gulab-jamun", "masala-chai", "paneer-curry", "chicken-tikka"] {
        assert!(!vegan.contains(&gone.to_string()), "{gone}");
    }
    assert!(vegan.contains(&"chana-dal".to_string()));
}

#[test]
fn foods_assigned_first_then_those_a_swap_would_help() {
    let mut p = profile(&[Type2Diabetes], &[EnGb], &[]);
    let foods = rank_foods(&catalogue(), &p, today());
    // Masala chai is red for sugars (a drink, 14 g in 200 ml: over 15 % of the reference
    // intake) and has a swap: first.
    assert_eq!(foods[0].id, "masala-chai");
    assert_eq!(foods[0].lights.sugars, Light::Red);
    assert_eq!(foods[0].red_for_you, [Nutrient::Sugars]);
    assert_eq!(foods[0].reasons, [Reason::HighInWhatMatters, Reason::SwapHelps]);
    assert_eq!(foods[0].swaps[0].reason, SwapReason::LessSugar);
    // Gulab jamun is red for sugars too, with no swap: after, among the rest, in pack order.
    let jamun = foods.iter().find(|f| f.id == "gulab-jamun").unwrap();
    assert_eq!(jamun.reasons, [Reason::HighInWhatMatters]);
    let rest: Vec<&str> = foods[1..].iter().map(|f| f.id.as_str()).collect();
    let pack: Vec<String> =
        catalogue().foods.into_iter().map(|f| f.id).filter(|id| id != "masala-chai").collect();
    assert_eq!(rest, pack);

    p.assignments = vec![
        assign(AssignedItem::Food("chana-dal".into()), Some(date(6, 30)), 1),
        assign(
            AssignedItem::Swap { from: "roti".into(), to: "roti-small-wholemeal".into() },
            Some(date(6, 10)),
            2,
        ),
    ];
    let foods = rank_foods(&catalogue(), &p, today());
    assert_eq!(
        foods.iter().take(3).map(|f| f.id.as_str()).collect::<Vec<_>>(),
        ["roti", "chana-dal", "masala-chai"]
    );
    assert_eq!(foods[0].reasons, [Reason::Assigned, Reason::Overdue]);
    assert!(foods[0].swaps[0].assigned && foods[0].swaps[0].to == "roti-small-wholemeal");
}

#[test]
fn an_assigned_swap_the_catalogue_does_not_list_is_offered_if_the_diet_allows() {
    let mut p = profile(&[], &[EnGb], &[]);
    p.assignments =
        vec![assign(AssignedItem::Swap { from: "gulab-jamun".into(), to: "chai-no-sugar".into() }, None, 1)];
    let foods = rank_foods(&catalogue(), &p, today());
    assert_eq!(foods[0].id, "gulab-jamun");
    assert_eq!(foods[0].swaps.len(), 1);
    assert!(foods[0].swaps[0].assigned);
    assert_eq!(foods[0].swaps[0].reason, SwapReason::LessSugar);
}

#[test]
fn activities_unsuitable_never_appear_and_cautions_are_the_persons() {
    let c = catalogue();
    let p = profile(&[HeartDisease], &[EnGb], &[]);
    let acts = suggest_activities(&c, &p);
    assert_eq!(acts.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["chair-exercises", "brisk-walking"]);
    for a in &acts {
        assert_eq!(a.cautions.len(), 1, "{}", a.id);
        assert!(a.cautions.iter().all(|c| c.condition == HeartDisease));
    }
    let p = profile(&[Type2Diabetes], &[EnGb], &[]);
    let acts = suggest_activities(&c, &p);
    // Light before moderate, then in pack order.
    assert_eq!(
        acts.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["chair-exercises", "brisk-walking", "stair-climbing"]
    );
    assert!(acts[0].cautions.is_empty());
    assert_eq!(acts[1].cautions.iter().map(|c| c.condition).collect::<Vec<_>>(), [Type2Diabetes]);
    let p = profile(&[], &[EnGb], &[]);
    assert!(suggest_activities(&c, &p).iter().all(|a| a.cautions.is_empty()));
}

#[test]
fn activities_in_the_persons_language_or_english() {
    let c = catalogue();
    let p = profile(&[], &[Locale::Pa], &[]);
    let acts = suggest_activities(&c, &p);
    let stairs = acts.iter().find(|a| a.id == "stair-climbing").unwrap();
    assert_eq!(stairs.text, Some(EnGb));
    assert_eq!(stairs.reasons, [Reason::TextInEnglish]);
    let walk = acts.iter().find(|a| a.id == "brisk-walking").unwrap();
    assert_eq!((walk.text, walk.reasons.len()), (Some(Locale::Pa), 0));
}

#[test]
fn a_food_offers_only_swaps_to_foods_the_diet_allows_wherever_it_is_shown() {
    use saathi_content::tailoring::swaps_within;
    let c = catalogue();
    let paneer = c.food("paneer-curry").expect("paneer curry in the fixture");
    let to = |diet: &[DietRule]| swaps_within(&c, paneer, diet).map(|s| s.to.clone()).collect::<Vec<_>>();
    assert!(to(&[]).contains(&"chicken-tikka".to_string()), "with no diet, every swap");
    assert!(
        !to(&[DietRule::Vegetarian]).contains(&"chicken-tikka".to_string()),
        "never meat for a vegetarian"
    );
    assert!(!to(&[DietRule::Halal, DietRule::Vegetarian]).contains(&"chicken-tikka".to_string()));
}

#[test]
fn someone_who_only_hears_sylheti_is_offered_bengali_audio_where_there_is_no_sylheti() {
    let c = catalogue();
    // Reads no script; hears Sylheti. Packs rarely have Sylheti recordings.
    let mut p = profile(&[Type2Diabetes], &[], &[Syl]);
    p.fasts = true;
    let ranked = rank_lessons(&c, &p, today());
    let t2d = ranked.iter().find(|l| l.id == T2D).expect("the diabetes lesson");
    assert_eq!(t2d.audio, Some(Syl), "Sylheti where it was recorded");
    let fasting = ranked.iter().find(|l| l.id == "fasting-safely-with-diabetes").expect("the fasting lesson");
    assert_eq!(fasting.audio, Some(Bn), "then Bengali, which Sylheti speakers understand, not English");
    assert!(fasting.reasons.iter().all(|r| *r != Reason::AudioInEnglish));
}
