//! End to end: `saathi pack|lessons|food|assign` with the real binary, the real demo pack
//! from content/pack, and real temporary files.

mod common;

use std::path::PathBuf;

use common::Saathi;

const NOW: &str = "2026-06-15T10:00:00+01:00";

fn demo_pack() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../content/pack").to_string()
}

/// A device with the demo pack, a patient (Amrit) and a dietitian (Dr Shah) who may assign.
fn household() -> Saathi {
    let s = Saathi::new();
    assert_eq!(
        s.at(NOW, &["--trust-demo", "pack", "install", &demo_pack()]).ok().trim(),
        "Installed saathi-demo 1.0.0."
    );
    s.at(
        NOW,
        &["person", "add", "Amrit", "--condition", "type2-diabetes", "--condition", "high-blood-pressure"],
    )
    .ok();
    s.at(NOW, &["person", "add", "Dr Shah", "--role", "clinician"]).ok();
    let invite = s
        .at(
            NOW,
            &[
                "--json",
                "--as",
                "Amrit",
                "helper",
                "invite",
                "--scopes",
                "view-shared-readings,assign-content",
            ],
        )
        .json();
    let code = invite["spoken"].as_str().expect("a code").to_string();
    s.at(NOW, &["--as", "Dr Shah", "helper", "accept", &code]).ok();
    s
}

#[test]
fn a_pack_is_built_signed_verified_archived_and_installed() {
    let s = Saathi::new();
    let out = s.at(NOW, &["pack", "keygen", s.path("me").to_str().expect("path")]).ok();
    assert!(out.contains("me.signing-key"), "{out}");

    // A copy of the demo pack's catalogue and media, signed with the new key.
    let dir = s.path("pack");
    std::fs::create_dir_all(dir.join("media")).expect("folders");
    for entry in std::fs::read_dir(PathBuf::from(demo_pack()).join("media")).expect("media") {
        let p = entry.expect("entry").path();
        std::fs::copy(&p, dir.join("media").join(p.file_name().expect("name"))).expect("copy");
    }
    std::fs::copy(PathBuf::from(demo_pack()).join("catalogue.json"), dir.join("catalogue.json"))
        .expect("copy");
    let key = s.path("me.signing-key");
    let dir_s = dir.to_str().expect("path");
    let out = s
        .at(
            NOW,
            &[
                "pack",
                "build",
                dir_s,
                "--id",
                "my-pack",
                "--version",
                "2.0.0",
                "--title",
                "Mine",
                "--key",
                key.to_str().expect("path"),
            ],
        )
        .ok();
    assert!(out.starts_with("Signed my-pack 2.0.0: 103 files."), "{out}");
    assert!(s.at(NOW, &["pack", "verify", dir_s]).ok().contains("my-pack 2.0.0 is complete"));

    // `pack sign` signs the manifest already there (Ed25519 is deterministic: the same
    // signature); another publisher's key is refused and the signature is left as it was.
    let sig = dir.join("manifest.sig");
    let signed = std::fs::read(&sig).expect("signature");
    std::fs::remove_file(&sig).expect("remove the signature");
    let out = s.at(NOW, &["pack", "sign", dir_s, "--key", key.to_str().expect("path")]).ok();
    assert!(out.starts_with("Signed my-pack 2.0.0: 103 files."), "{out}");
    assert_eq!(std::fs::read(&sig).expect("signed again"), signed);
    s.at(NOW, &["pack", "keygen", s.path("other").to_str().expect("path")]).ok();
    let other = s.path("other.signing-key");
    s.at(NOW, &["pack", "sign", dir_s, "--key", other.to_str().expect("path")]).refused(7);
    assert_eq!(std::fs::read(&sig).expect("unchanged"), signed);

    // A catalogue naming a media file the folder lacks is never signed.
    let broken = s.path("broken");
    std::fs::create_dir_all(broken.join("media")).expect("folder");
    std::fs::copy(dir.join("catalogue.json"), broken.join("catalogue.json")).expect("copy");
    let build_broken = [
        "pack",
        "build",
        broken.to_str().expect("path"),
        "--id",
        "broken",
        "--version",
        "1.0.0",
        "--title",
        "Broken",
        "--key",
        key.to_str().expect("path"),
    ];
    // For the publisher, the missing files are listed above the refusal.
    let run = s.at(NOW, &build_broken);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("media/less-salt.ur.m4a"), "{}", run.stderr);
    assert!(run.stderr.trim_end().ends_with("The catalogue is not valid; the problems are listed above."));
    assert!(!broken.join("manifest.sig").exists());

    // Not trusted by this device: refused (exit 7), nothing installed.
    let err = s.at(NOW, &["pack", "install", dir_s]).refused(7);
    assert!(err.contains("not from a publisher Saathi trusts"), "{err}");
    let tar = s.path("my-pack.tar");
    s.at(NOW, &["pack", "archive", dir_s, tar.to_str().expect("path")]).ok();
    let public = s.path("me.publisher-key");
    let trust = ["--trust", public.to_str().expect("path")];
    let out = s.at(NOW, &[&trust[..], &["pack", "install", tar.to_str().expect("path")]].concat()).ok();
    assert_eq!(out.trim(), "Installed my-pack 2.0.0.");

    // A changed byte: verify and install both refuse.
    let catalogue = dir.join("catalogue.json");
    let mut bytes = std::fs::read(&catalogue).expect("read");
    bytes[5] ^= 1;
    std::fs::write(&catalogue, bytes).expect("write");
    let err = s.at(NOW, &["pack", "verify", dir_s]).refused(7);
    assert!(err.contains("damaged or was changed"), "{err}");
    let list = s.at(NOW, &["--json", "pack", "list"]).json();
    assert_eq!(list[0]["version"], "2.0.0");
}

#[test]
fn lessons_list_assigned_first_with_who_and_why_and_play_records_a_start() {
    let s = household();
    let out = s
        .at(
            NOW,
            &[
                "--as",
                "Dr Shah",
                "--for",
                "Amrit",
                "assign",
                "lesson",
                "festival-sweets",
                "--note",
                "Before Eid",
                "--due",
                "2026-06-30",
            ],
        )
        .ok();
    assert_eq!(out.trim(), "Sent to Amrit.");
    let out = s.at(NOW, &["--as", "Amrit", "lessons"]).ok();
    let first = out.lines().nth(1).expect("a first lesson");
    assert!(first.contains("festival-sweets") && first.contains("from Dr Shah: Before Eid"), "{out}");
    assert!(first.contains("media/festival-sweets.en-GB.m4a"), "{first}");

    let out = s.at(NOW, &["--as", "Amrit", "lessons", "play", "less-salt"]).ok();
    assert!(out.starts_with("Less salt for your blood pressure\nAudio: "), "{out}");
    assert!(
        out.contains("less-salt.en-GB.m4a") && out.contains("Length: 0 min") && out.contains("\nstarted\n")
    );
    let played = s.at(NOW, &["--json", "--as", "Amrit", "lessons", "play", "less-salt"]).json();
    assert_eq!(played["progress"]["state"], "started");
    assert!(PathBuf::from(played["audio"].as_str().expect("audio")).is_file());

    s.at(NOW, &["--as", "Amrit", "lessons", "done", "festival-sweets"]).ok();
    let out = s.at(NOW, &["--as", "Amrit", "lessons"]).ok();
    assert!(!out.lines().nth(1).expect("a lesson").contains("festival-sweets"), "done sinks:\n{out}");
    assert!(out.lines().last().expect("a lesson").contains("festival-sweets"), "{out}");
}

#[test]
fn only_a_dietitian_with_the_grant_may_assign() {
    let s = household();
    s.at(NOW, &["person", "add", "Priya", "--role", "helper"]).ok();
    let err = s.at(NOW, &["--as", "Priya", "--for", "Amrit", "assign", "lesson", "less-salt"]).refused(3);
    assert!(!err.is_empty());
    let err =
        s.at(NOW, &["--as", "Dr Shah", "--for", "Amrit", "assign", "lesson", "no-such-lesson"]).refused(4);
    assert!(err.contains("not in the content"), "{err}");
    let err = s
        .at(NOW, &["--as", "Dr Shah", "--for", "Amrit", "assign", "food", "roti", "--due", "30/06/2026"])
        .refused(2);
    assert!(err.contains("2026-11-01"), "{err}");
}

#[test]
fn food_search_finds_roti_in_any_script_with_portions_lights_and_swaps() {
    let s = household();
    for query in ["roti", "روٹی", "ਰੋਟੀ", "रोटी", "chapati"] {
        let out = s.at(NOW, &["--as", "Amrit", "food", "search", query, "--limit", "3"]).ok();
        let first = out.lines().nth(1).expect("a result");
        assert!(first.starts_with("Roti "), "{query}: {out}");
        assert!(
            first.contains("1 medium roti")
                && first.contains(", low")
                && first.contains("Small wholemeal roti"),
            "{first}"
        );
    }
    let out = s.at(NOW, &["--as", "Amrit", "--lang", "ur", "food", "search", "roti", "--limit", "1"]).ok();
    assert!(out.contains("روٹی") && out.contains("ایک درمیانی روٹی"), "{out}");
    let none = s.at(NOW, &["--as", "Amrit", "food", "search", "xylophone"]).ok();
    assert_eq!(none.trim(), "No food found with that name.");
}

#[test]
fn without_content_lessons_say_so_and_downloads_of_nothing_change_nothing() {
    let s = Saathi::new();
    let err = s.at(NOW, &["lessons"]).refused(4);
    assert!(err.contains("No lessons or food guide"), "{err}");
    let err = s
        .at(NOW, &["--trust-demo", "pack", "install", s.path("nothing.tar").to_str().expect("path")])
        .refused(4);
    assert!(err.contains("no content file"), "{err}");
}

#[test]
fn the_demo_installs_the_demo_pack() {
    let s = Saathi::new();
    let out = s.at(NOW, &["demo", "--days", "14"]).ok();
    assert!(out.contains("Lessons and the food guide are installed (saathi-demo 1.0.0"), "{out}");
}
