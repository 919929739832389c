//! The committed demo pack (`content/pack/`) is signed by the demo key, every byte matches
//! its manifest, its catalogue is valid for saathi-content, and every media file the
//! catalogue names is listed in the manifest (so it is installed with the pack).

use std::path::PathBuf;

use saathi_content::Catalogue;
use saathi_packs::{DEMO_PUBLISHER_KEY, PublisherKey, TrustedKeys, verify_dir};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn demo_pack() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/pack"))
}

#[test]
fn the_committed_demo_pack_is_signed_and_whole() -> TestResult {
    let trusted = TrustedKeys::new().with(PublisherKey::from_key_file(DEMO_PUBLISHER_KEY)?);
    let pack = verify_dir(&demo_pack(), &trusted)?;
    assert_eq!(pack.manifest.id, "saathi-demo");
    assert_eq!(pack.manifest.version.to_string(), "1.0.0");
    assert_eq!(pack.manifest.languages, ["en-GB", "ur", "pa", "bn", "gu", "hi"]);

    let catalogue = Catalogue::from_json(&std::fs::read(demo_pack().join("catalogue.json"))?)?;
    assert!(!catalogue.foods.is_empty() && !catalogue.lessons.is_empty());
    let listed: Vec<&str> = pack.manifest.files.iter().map(|f| f.path.as_str()).collect();
    for media in catalogue.media_files() {
        assert!(listed.contains(&media), "{media} is named by the catalogue but not in the manifest");
    }
    Ok(())
}

#[test]
fn the_demo_pack_is_refused_without_the_demo_key() {
    // Release builds trust no demo key: the same folder is refused.
    let refused = verify_dir(&demo_pack(), &TrustedKeys::new());
    assert_eq!(refused.map(|_| ()).map_err(|e| e.code()), Err("pack-unknown-publisher"));
}

/// What issue 5 asks of the demo pack: at least 60 foods and 12 lessons, all six locales,
/// audio for every lesson in every locale (synthetic and said so), a video lesson with
/// captions in every locale, and nutrition without a citable source marked approximate and
/// unreviewed.
#[test]
fn the_demo_pack_has_what_the_issue_asks_for() -> TestResult {
    use saathi_content::Locale;
    use saathi_content::catalogue::Review;
    let catalogue = Catalogue::from_json(&std::fs::read(demo_pack().join("catalogue.json"))?)?;
    let six = [Locale::EnGb, Locale::Ur, Locale::Pa, Locale::Bn, Locale::Gu, Locale::Hi];
    assert!(catalogue.foods.len() >= 60, "{} foods", catalogue.foods.len());
    assert!(catalogue.lessons.len() >= 12, "{} lessons", catalogue.lessons.len());
    for food in &catalogue.foods {
        for l in six {
            assert!(food.names.get(&l).is_some_and(|n| !n.is_empty()), "{} has no {l:?} name", food.id);
            assert!(food.portion.text.contains_key(&l), "{} has no {l:?} portion", food.id);
        }
        let source = catalogue.sources.iter().find(|s| s.id == food.source).expect("a listed source");
        if source.approximate {
            assert_eq!(food.review, Review::Unreviewed, "{}: an estimate must be unreviewed", food.id);
        }
    }
    for lesson in &catalogue.lessons {
        for l in six {
            let v = lesson.variants.get(&l).unwrap_or_else(|| panic!("{} has no {l:?} variant", lesson.id));
            assert!(v.title.is_some() && v.text.is_some(), "{} {l:?} has no words", lesson.id);
            let audio = v.audio.as_ref().unwrap_or_else(|| panic!("{} has no {l:?} audio", lesson.id));
            assert!(audio.synthetic, "{} {l:?}: espeak-ng's voice is marked synthetic", lesson.id);
            assert!(audio.file.ends_with(".m4a") && demo_pack().join(&audio.file).is_file());
        }
    }
    for l in six {
        let video = catalogue.lessons.iter().find_map(|x| x.variants.get(&l).and_then(|v| v.video.as_ref()));
        let video = video.unwrap_or_else(|| panic!("no {l:?} video lesson"));
        assert!(std::fs::read_to_string(demo_pack().join(&video.captions))?.starts_with("WEBVTT"));
    }
    Ok(())
}
