//! The catalogue parser against a small, realistic catalogue (tests/fixtures/catalogue.json)
//! and against that catalogue broken one rule at a time.

use saathi_content::catalogue::Review;
use saathi_content::codes::{Category, Measure};
use saathi_content::validate::{ItemKind, Problem, Rule};
use saathi_content::{Catalogue, CatalogueError, Locale};
use saathi_domain::person::Condition;
use serde_json::{Value, json};

const FIXTURE: &[u8] = include_bytes!("fixtures/catalogue.json");

fn fixture() -> Value {
    serde_json::from_slice(FIXTURE).expect("test data")
}

/// The fixture with one change, parsed.
fn parse_changed(change: impl FnOnce(&mut Value)) -> Result<Catalogue, CatalogueError> {
    let mut v = fixture();
    change(&mut v);
    Catalogue::from_json(&serde_json::to_vec(&v).expect("test data"))
}

/// The problems the changed fixture has.
fn problems(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    match parse_changed(change) {
        Err(CatalogueError::Invalid(p)) => p,
        other => panic!("expected problems, got {other:?}"),
    }
}

fn problem(kind: ItemKind, id: &str, field: &str, rule: Rule) -> Problem {
    Problem { kind, id: id.into(), field: field.into(), rule }
}

fn food<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["foods"].as_array_mut().expect("test data").iter_mut().find(|f| f["id"] == id).expect("test data")
}

fn lesson<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["lessons"].as_array_mut().expect("test data").iter_mut().find(|f| f["id"] == id).expect("test data")
}

#[test]
fn the_fixture_parses_with_everything_in_place() {
    let c = Catalogue::from_json(FIXTURE).unwrap();
    assert_eq!(c.format, 1);
    assert!(c.foods.len() >= 6 && c.lessons.len() == 3 && c.activities.len() >= 2);
    let roti = c.food("roti").unwrap();
    assert_eq!(roti.category, Category::Bread);
    assert_eq!(roti.portion.measure, Measure::Piece);
    assert_eq!(roti.names[&Locale::Ur][0], "روٹی");
    assert_eq!(roti.names[&Locale::Hi][0], "रोटी");
    assert_eq!(roti.names[&Locale::Bn][0], "রুটি");
    assert_eq!(roti.names[&Locale::Gu][0], "રોટલી");
    assert_eq!(roti.names[&Locale::Pa][0], "ਰੋਟੀ");
    assert_eq!(roti.review, Review::Unreviewed);
    assert!((roti.per_100().fat_g - 9.25).abs() < 1e-9);
    let fasting = c.lesson("fasting-safely-with-diabetes").unwrap();
    assert!(fasting.fasting);
    assert_eq!(fasting.unsuitable_for, [Condition::HeartDisease]);
    let t2d = c.lesson("what-is-type-2-diabetes").unwrap();
    let syl = &t2d.variants[&Locale::Syl];
    assert!(syl.text.is_none() && syl.audio.is_some());
    assert!(c.source("saathi-estimate").unwrap().approximate);
}

#[test]
fn media_files_lists_every_audio_video_and_caption_once_sorted() {
    let c = Catalogue::from_json(FIXTURE).unwrap();
    let files = c.media_files();
    assert!(files.contains(&"media/what-is-type-2-diabetes.syl.m4a"));
    assert!(files.contains(&"media/less-salt.en-GB.mp4"));
    assert!(files.contains(&"media/less-salt.en-GB.vtt"));
    let audio: usize =
        c.lessons.iter().flat_map(|l| l.variants.values()).filter(|v| v.audio.is_some()).count();
    let video: usize =
        c.lessons.iter().flat_map(|l| l.variants.values()).filter(|v| v.video.is_some()).count();
    assert_eq!(files.len(), audio + 2 * video);
    assert!(files.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn not_json_and_unknown_fields_are_parse_errors() {
    assert!(matches!(Catalogue::from_json(b"{"), Err(CatalogueError::Json(_))));
    assert!(matches!(Catalogue::from_json(b""), Err(CatalogueError::Json(_))));
    let typo = parse_changed(|v| {
        food(v, "roti")["sugar_g"] = json!(1.0);
    });
    match typo {
        Err(CatalogueError::Json(msg)) => assert!(msg.contains("sugar_g"), "{msg}"),
        other => panic!("{other:?}"),
    }
    let nested = parse_changed(|v| {
        lesson(v, "less-salt")["variants"]["hi"]["audio"]["length_ms"] = json!(1);
    });
    assert!(matches!(nested, Err(CatalogueError::Json(m)) if m.contains("length_ms")));
    for review in [
        json!({"status": "unreviewed", "by": "x"}),
        json!({"status": "reviewed", "by": "A. Khan, dietitian"}),
        json!({"status": "reviewed", "on": "2026-10-01"}),
        json!({"status": "checked"}),
        json!({"status": "reviewed", "by": "A. Khan", "on": "2026-13-01"}),
    ] {
        let parsed = parse_changed(|v| food(v, "roti")["review"] = review.clone());
        assert!(matches!(parsed, Err(CatalogueError::Json(_))), "{review}: {parsed:?}");
    }
    let code = parse_changed(|v| food(v, "roti")["category"] = json!("breads"));
    assert!(matches!(code, Err(CatalogueError::Json(m)) if m.contains("breads")));
    let locale = parse_changed(|v| food(v, "roti")["names"]["en"] = json!(["Roti"]));
    assert!(matches!(locale, Err(CatalogueError::Json(_))));
}

#[test]
fn other_formats_are_refused_before_their_shape_is_read() {
    for format in [json!(2), json!(0), json!("1"), json!(null)] {
        let err = parse_changed(|v| {
            v["format"] = format.clone();
            v["new_things"] = json!([]);
        });
        assert!(matches!(err, Err(CatalogueError::UnsupportedFormat { .. })), "{format}: {err:?}");
    }
}

#[test]
fn ids_are_unique_and_kebab_case() {
    let p = problems(|v| {
        let copy = food(v, "roti").clone();
        v["foods"].as_array_mut().unwrap().push(copy);
    });
    assert_eq!(p, [problem(ItemKind::Food, "roti", "id", Rule::DuplicateId)]);
    let p = problems(|v| lesson(v, "less-salt")["id"] = json!("Less_Salt"));
    assert_eq!(p, [problem(ItemKind::Lesson, "Less_Salt", "id", Rule::NotKebabCase)]);
    let p = problems(|v| {
        let s = v["sources"][0].clone();
        v["sources"].as_array_mut().unwrap().push(s);
    });
    assert_eq!(p, [problem(ItemKind::Source, "cofid-2021", "id", Rule::DuplicateId)]);
    // A lesson and an activity may share an id (a lesson about chair exercises).
    assert!(
        parse_changed(|v| {
            v["activities"][0]["id"] = json!("less-salt");
        })
        .is_ok()
    );
}

#[test]
fn sources_and_swap_targets_exist() {
    let p = problems(|v| food(v, "roti")["source"] = json!("nowhere"));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "source", Rule::UnknownSource("nowhere".into()))]);
    let p = problems(|v| lesson(v, "less-salt")["source"] = json!("nhs-gone"));
    assert_eq!(p, [problem(ItemKind::Lesson, "less-salt", "source", Rule::UnknownSource("nhs-gone".into()))]);
    let p = problems(|v| v["activities"][0]["source"] = json!("x"));
    assert_eq!(
        p,
        [problem(ItemKind::Activity, "chair-exercises", "source", Rule::UnknownSource("x".into()))]
    );
    let p = problems(|v| food(v, "roti")["swaps"][0]["to"] = json!("naan"));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "swaps[0].to", Rule::UnknownSwapTarget("naan".into()))]);
    let p = problems(|v| food(v, "roti")["swaps"][0]["to"] = json!("roti"));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "swaps[0].to", Rule::SwapToItself)]);
}

#[test]
fn foods_are_named_and_portioned_in_all_six_locales() {
    let p = problems(|v| {
        food(v, "roti")["names"].as_object_mut().unwrap().remove("gu");
    });
    assert_eq!(p, [problem(ItemKind::Food, "roti", "names", Rule::MissingLocale(Locale::Gu))]);
    let p = problems(|v| food(v, "roti")["names"]["bn"] = json!([]));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "names", Rule::MissingLocale(Locale::Bn))]);
    let p = problems(|v| food(v, "roti")["names"]["ur"][1] = json!("  "));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "names.ur[1]", Rule::Empty)]);
    let p = problems(|v| {
        food(v, "roti")["portion"]["text"].as_object_mut().unwrap().remove("ur");
    });
    assert_eq!(p, [problem(ItemKind::Food, "roti", "portion.text", Rule::MissingLocale(Locale::Ur))]);
    let p = problems(|v| food(v, "roti")["names"]["syl"] = json!(["রুটি"]));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "names.syl", Rule::AudioOnlyLocale)]);
    // Text is NFC: "ड़" written as ड + nukta is the same letter, but not NFC... and the
    // precomposed U+095C is not NFC either (it is a composition exclusion).
    let p = problems(|v| food(v, "pakora")["names"]["hi"][0] = json!("पकौ\u{095C}ा"));
    assert_eq!(p, [problem(ItemKind::Food, "pakora", "names.hi[0]", Rule::NotNfc)]);
    let p = problems(|v| food(v, "roti")["transliterations"][0] = json!("chapa\u{0304}ti"));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "transliterations[0]", Rule::NotNfc)]);
}

#[test]
fn numbers_are_finite_non_negative_and_within_the_portion() {
    let p = problems(|v| food(v, "roti")["portion"]["grams"] = json!(0));
    // Nothing can weigh less than nothing: every nutrient is now "more than the portion".
    assert_eq!(p[0], problem(ItemKind::Food, "roti", "portion.grams", Rule::NotPositive));
    let p = problems(|v| food(v, "roti")["portion"]["count"] = json!(-1));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "portion.count", Rule::NotPositive)]);
    let p = problems(|v| food(v, "roti")["per_portion"]["salt_g"] = json!(-0.1));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "per_portion.salt_g", Rule::Negative)]);
    let p = problems(|v| food(v, "roti")["per_portion"]["carbohydrate_g"] = json!(40.5));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "per_portion.carbohydrate_g", Rule::MoreThanPortion)]);
    // Exactly the portion's weight is allowed (sugar is all sugar); energy is not in grams.
    assert!(
        parse_changed(|v| {
            let f = food(v, "roti");
            f["per_portion"]["carbohydrate_g"] = json!(40);
            f["per_portion"]["energy_kcal"] = json!(160);
        })
        .is_ok()
    );
    // Numbers too big for a double do not parse at all.
    assert!(matches!(
        parse_changed(|v| food(v, "roti")["per_portion"]["fat_g"] = json!(1)).map(|_| ()),
        Ok(())
    ));
    let huge = String::from_utf8(FIXTURE.to_vec()).unwrap().replacen("\"fat_g\": 3.7", "\"fat_g\": 1e999", 1);
    assert!(matches!(Catalogue::from_json(huge.as_bytes()), Err(CatalogueError::Json(_))));
}

#[test]
fn parts_are_not_more_than_their_whole() {
    let p = problems(|v| food(v, "roti")["per_portion"]["sugars_g"] = json!(19.0));
    assert_eq!(
        p,
        [problem(ItemKind::Food, "roti", "per_portion.sugars_g", Rule::MoreThanWhole("carbohydrate_g"))]
    );
    let p = problems(|v| food(v, "roti")["per_portion"]["saturates_g"] = json!(3.8));
    assert_eq!(p, [problem(ItemKind::Food, "roti", "per_portion.saturates_g", Rule::MoreThanWhole("fat_g"))]);
}

#[test]
fn diet_flags_agree_with_each_other_and_the_category() {
    let p = problems(|v| food(v, "roti")["diet"]["vegetarian"] = json!(false));
    assert_eq!(
        p,
        [
            problem(ItemKind::Food, "roti", "diet.vegan", Rule::DietContradiction("vegetarian: false")),
            problem(ItemKind::Food, "roti", "diet.jain", Rule::DietContradiction("vegetarian: false")),
        ]
    );
    let p = problems(|v| food(v, "chicken-tikka")["diet"]["vegetarian"] = json!(true));
    assert_eq!(
        p,
        [problem(
            ItemKind::Food,
            "chicken-tikka",
            "diet.vegetarian",
            Rule::DietContradiction("the category meat or fish")
        )]
    );
}

#[test]
fn every_lesson_can_be_heard() {
    let p = problems(|v| {
        for (_, variant) in lesson(v, "less-salt")["variants"].as_object_mut().unwrap() {
            variant["audio"] = Value::Null;
        }
        // The Gujarati variant had text only; the others now too: all still say something.
    });
    assert_eq!(p, [problem(ItemKind::Lesson, "less-salt", "variants", Rule::NoAudio)]);
}

#[test]
fn variants_with_text_have_titles_and_sylheti_is_audio_only() {
    let p = problems(|v| lesson(v, "less-salt")["variants"]["gu"]["title"] = Value::Null);
    assert_eq!(p, [problem(ItemKind::Lesson, "less-salt", "variants.gu.title", Rule::NoTitle)]);
    let p = problems(|v| lesson(v, "what-is-type-2-diabetes")["variants"]["syl"]["text"] = json!("টেক্সট"));
    assert_eq!(
        p,
        [problem(ItemKind::Lesson, "what-is-type-2-diabetes", "variants.syl.text", Rule::AudioOnlyLocale)]
    );
    let p = problems(|v| lesson(v, "less-salt")["variants"]["gu"]["text"] = Value::Null);
    assert_eq!(p, [problem(ItemKind::Lesson, "less-salt", "variants.gu", Rule::EmptyVariant)]);
    // Keys may be left out instead of null.
    assert!(
        parse_changed(|v| {
            let syl = lesson(v, "what-is-type-2-diabetes")["variants"]["syl"].as_object_mut().unwrap();
            syl.remove("title");
            syl.remove("text");
            syl.remove("video");
        })
        .is_ok()
    );
}

#[test]
fn lesson_fields_are_in_range() {
    for level in [0, 4] {
        let p = problems(|v| lesson(v, "less-salt")["reading_level"] = json!(level));
        assert_eq!(p, [problem(ItemKind::Lesson, "less-salt", "reading_level", Rule::ReadingLevel)]);
    }
    let p = problems(|v| lesson(v, "less-salt")["unsuitable_for"] = json!(["high-blood-pressure"]));
    assert_eq!(
        p,
        [problem(
            ItemKind::Lesson,
            "less-salt",
            "unsuitable_for",
            Rule::ForAndUnsuitable(Condition::HighBloodPressure)
        )]
    );
    let p = problems(|v| lesson(v, "less-salt")["variants"]["hi"]["audio"]["duration_ms"] = json!(0));
    assert_eq!(
        p,
        [problem(ItemKind::Lesson, "less-salt", "variants.hi.audio.duration_ms", Rule::NotPositive)]
    );
}

#[test]
fn media_paths_stay_inside_media() {
    for (path, field) in [
        ("../secrets.m4a", "variants.hi.audio.file"),
        ("/media/a.m4a", "variants.hi.audio.file"),
        ("media/../../a.m4a", "variants.hi.audio.file"),
        ("audio/a.m4a", "variants.hi.audio.file"),
    ] {
        let p = problems(|v| lesson(v, "less-salt")["variants"]["hi"]["audio"]["file"] = json!(path));
        assert_eq!(p, [problem(ItemKind::Lesson, "less-salt", field, Rule::MediaPath)], "{path}");
    }
    let p = problems(|v| {
        lesson(v, "less-salt")["variants"]["en-GB"]["video"]["captions"] = json!("media\\x.vtt")
    });
    assert_eq!(p, [problem(ItemKind::Lesson, "less-salt", "variants.en-GB.video.captions", Rule::MediaPath)]);
}

#[test]
fn activities_are_named_and_keep_sylheti_out_of_text() {
    let p = problems(|v| {
        for (_, names) in v["activities"][2]["names"].as_object_mut().unwrap() {
            *names = json!([]);
        }
    });
    assert_eq!(p, [problem(ItemKind::Activity, "stair-climbing", "names", Rule::Empty)]);
    let p = problems(|v| v["activities"][0]["cautions"][0]["text"]["syl"] = json!("..."));
    assert_eq!(
        p,
        [problem(ItemKind::Activity, "chair-exercises", "cautions[0].text.syl", Rule::AudioOnlyLocale)]
    );
    let p = problems(|v| {
        v["activities"][0]["review"] = json!({"status": "reviewed", "by": " ", "on": "2026-10-01"})
    });
    assert_eq!(p, [problem(ItemKind::Activity, "chair-exercises", "review.by", Rule::Empty)]);
}

#[test]
fn every_problem_is_reported_at_once_and_named_in_the_message() {
    let err = parse_changed(|v| {
        food(v, "roti")["source"] = json!("nowhere");
        lesson(v, "less-salt")["reading_level"] = json!(9);
    })
    .unwrap_err();
    let CatalogueError::Invalid(p) = &err else { panic!("{err:?}") };
    assert_eq!(p.len(), 2);
    let msg = err.to_string();
    assert!(msg.contains("food roti: source") && msg.contains("lesson less-salt: reading_level"), "{msg}");
}

#[test]
fn reviewed_items_carry_who_and_when() {
    let c = Catalogue::from_json(
        &serde_json::to_vec(&{
            let mut v = fixture();
            food(&mut v, "roti")["review"] =
                json!({"status": "reviewed", "by": "A. Khan, dietitian", "on": "2026-10-01"});
            v
        })
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        c.food("roti").unwrap().review,
        Review::Reviewed {
            by: "A. Khan, dietitian".into(),
            on: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()
        }
    );
}

#[test]
fn conditions_are_written_as_their_codes() {
    // The catalogue writes saathi-domain's condition codes; serde must agree with `code()`.
    for c in Condition::ALL {
        assert_eq!(serde_json::to_value(c).unwrap(), json!(c.code()));
        assert_eq!(serde_json::from_value::<Condition>(json!(c.code())).unwrap(), c);
    }
}
