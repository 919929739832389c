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
