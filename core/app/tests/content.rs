//! Content end to end: the real demo pack installed from `content/pack` into a temporary
//! content folder, refused packs changing nothing, a download over a real HTTP server on
//! 127.0.0.1, and lessons, foods and assignments through sessions.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use saathi_content::assignment::{AssignedItem, Progress, ProgressState};
use saathi_content::tailoring::Reason;
use saathi_core::content::{Network, PackDownload};
use saathi_core::{Error, PackChange};
use saathi_domain::access::{Action, Denial};
use saathi_domain::grants::Scope;
use saathi_domain::person::Role;
use saathi_packs::{PackInfo, SigningKey, pack, write_archive};

use common::{Env, bst, denied, trail};

fn demo_pack() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/pack"))
}

fn env() -> Env {
    Env::new(bst(2026, 6, 15, 10, 0))
}

/// A copy of a pack folder, to change.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.join("media")).expect("make the copy's folders");
    for entry in walk(from) {
        let rel = entry.strip_prefix(from).expect("inside the pack");
        std::fs::copy(&entry, to.join(rel)).expect("copy a file");
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("readable folder") {
        let p = e.expect("entry").path();
        if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
    }
    out
}

/// The demo pack re-signed as `version` with the demo key (as its publisher would).
fn demo_version(dir: &Path, version: &str) {
    copy_dir(&demo_pack(), dir);
    sign_as(dir, version);
}

/// Signs the pack folder `dir` with the demo key as saathi-demo `version`.
fn sign_as(dir: &Path, version: &str) {
    let key = SigningKey::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../packs/keys/demo.signing-key"))
        .expect("the demo signing key");
    let info = PackInfo {
        id: "saathi-demo".into(),
        version: version.parse().expect("a version"),
        title: "Saathi demo content".into(),
        publisher: "Saathi demo".into(),
        languages: vec!["en-GB".into()],
        created: chrono::Utc::now(),
    };
    pack(dir, info, &key).expect("sign the copy");
}

fn refused<T: std::fmt::Debug>(r: saathi_core::Result<T>) -> &'static str {
    match r {
        Err(Error::PackRefused { code }) => code,
        other => panic!("expected PackRefused, got {other:?}"),
    }
}

#[test]
fn the_demo_pack_installs_and_roti_is_found_in_urdu_script() {
    let env = env();
    assert!(matches!(env.app.content(), Err(Error::NoContent)));
    let outcome = env.app.install_pack(&demo_pack()).expect("the demo pack installs");
    assert_eq!(outcome.change, PackChange::Added);
    assert!(outcome.pack.dir.starts_with(env.dir.path().join("saathi-content")));
    assert_eq!(env.app.packs().expect("packs").len(), 1);

    let patient = env.person("Amrit", Role::Patient);
    let s = env.session(&patient);
    let hits = s.search_foods("روٹی", 5).expect("search");
    assert_eq!(hits.first().map(|h| h.food.as_str()), Some("roti"));
    assert_eq!(s.search_foods("chapati", 5).expect("search")[0].food, "roti");
    // Installing the same pack again changes nothing.
    assert_eq!(env.app.install_pack(&demo_pack()).expect("again").change, PackChange::AlreadyInstalled);
}

#[test]
fn a_tampered_pack_is_refused_and_the_installed_one_stays_in_use() {
    let env = env();
    let work = tempfile::tempdir().expect("temp");

    // A byte changed in a copy of the pack: refused before anything is installed.
    let tampered = work.path().join("tampered");
    copy_dir(&demo_pack(), &tampered);
    let mut bytes = std::fs::read(tampered.join("catalogue.json")).expect("read");
    bytes[10] ^= 0x01;
    std::fs::write(tampered.join("catalogue.json"), bytes).expect("write");
    assert_eq!(refused(env.app.install_pack(&tampered)), "pack-wrong-hash");
    assert!(matches!(env.app.content(), Err(Error::NoContent)));

    env.app.install_pack(&demo_pack()).expect("the demo pack installs");

    // A newer version, signed, then altered on the way: the installed 1.0.0 stays in use.
    let newer = work.path().join("newer");
    demo_version(&newer, "1.0.1");
    let audio = newer.join("media/less-salt.en-GB.m4a");
    let mut bytes = std::fs::read(&audio).expect("read");
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&audio, bytes).expect("write");
    assert_eq!(refused(env.app.install_pack(&newer)), "pack-wrong-size");
    assert_eq!(env.app.content().expect("content").pack.version.to_string(), "1.0.0");

    // Cut short as an archive: refused too.
    let good = work.path().join("good");
    demo_version(&good, "1.0.2");
    let tar = work.path().join("demo.tar");
    write_archive(&good, &tar).expect("archive");
    let len = std::fs::metadata(&tar).expect("size").len();
    std::fs::OpenOptions::new().write(true).open(&tar).expect("open").set_len(len / 3).expect("cut");
    assert_eq!(refused(env.app.install_pack(&tar)), "pack-truncated");
    assert_eq!(env.app.content().expect("content").pack.version.to_string(), "1.0.0");
    // And the messages say so in words a person can act on.
    let e = Error::PackRefused { code: "pack-truncated" };
    assert_eq!(e.messages()[0].key, "error-pack-incomplete");
}

#[test]
fn an_untrusted_or_oversized_pack_is_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let at = bst(2026, 6, 15, 10, 0);
    // No trusted publishers: what a release build says to the demo pack.
    let app = saathi_core::Saathi::open(saathi_core::Config {
        clock: Arc::new(move || at),
        ..saathi_core::Config::new(dir.path().join("saathi.db"))
    })
    .expect("open");
    assert_eq!(refused(app.install_pack(&demo_pack())), "pack-unknown-publisher");
    let demo = saathi_packs::PublisherKey::from_key_file(saathi_packs::DEMO_PUBLISHER_KEY).expect("key");
    let small = saathi_core::Saathi::open(saathi_core::Config {
        clock: Arc::new(move || at),
        trusted_publishers: vec![demo],
        content_budget_bytes: 1024 * 1024,
        ..saathi_core::Config::new(dir.path().join("small.db"))
    })
    .expect("open");
    assert_eq!(refused(small.install_pack(&demo_pack())), "pack-too-large");
    assert!(small.packs().expect("packs").is_empty());
}

/// A one-file HTTP/1.1 server on 127.0.0.1: answers every GET with `body` (200, no range
/// support), and counts the requests it saw.
fn serve(body: Vec<u8>) -> (String, Arc<Mutex<usize>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/saathi-demo-1.0.0.tar", listener.local_addr().expect("addr"));
    let seen = Arc::new(Mutex::new(0));
    let counter = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut line = String::new();
            while reader.read_line(&mut line).map(|n| n > 0).unwrap_or(false) && line != "\r\n" {
                line.clear();
            }
            *counter.lock().unwrap_or_else(|p| p.into_inner()) += 1;
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nContent-Type: application/x-tar\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body));
        }
    });
    (url, seen)
}

#[tokio::test(flavor = "current_thread")]
async fn a_pack_downloads_over_http_and_waits_for_wifi_when_asked() {
    let env = env();
    let work = tempfile::tempdir().expect("temp");
    let tar = work.path().join("demo.tar");
    write_archive(&demo_pack(), &tar).expect("archive");
    let (url, seen) = serve(std::fs::read(&tar).expect("read"));

    let on_mobile =
        PackDownload { url: url.clone(), wifi_only: true, network: Network::Metered, expected: None };
    assert!(matches!(env.app.download_pack(&on_mobile).await, Err(Error::NeedsWifi)));
    assert_eq!(*seen.lock().expect("count"), 0, "nothing was asked of the server");
    assert!(matches!(env.app.content(), Err(Error::NoContent)));

    let on_wifi = PackDownload { network: Network::Wifi, ..on_mobile };
    let outcome = env.app.download_pack(&on_wifi).await.expect("download and install");
    assert_eq!(outcome.change, PackChange::Added);
    assert_eq!(*seen.lock().expect("count"), 1);
    assert_eq!(env.app.content().expect("content").pack.id, "saathi-demo");
    // The archive is not kept once installed.
    assert!(
        std::fs::read_dir(env.dir.path().join("saathi-content/downloads")).expect("folder").next().is_none()
    );

    let offline = PackDownload { network: Network::Offline, ..on_wifi };
    assert!(matches!(env.app.download_pack(&offline).await, Err(Error::DownloadFailed { code: "offline" })));
}

#[test]
fn a_dietitian_assigns_a_lesson_and_the_patient_sees_it_first_with_who_and_why() {
    let env = env();
    env.app.install_pack(&demo_pack()).expect("install");
    let patient = env.person("Amrit", Role::Patient);
    let dietitian = env.person("Dr Shah", Role::Clinician);
    env.share(&patient, &dietitian, &[Scope::ViewSharedReadings, Scope::AssignContent]);

    let due = NaiveDate::from_ymd_opt(2026, 6, 30).expect("date");
    let note = "Listen to this before we meet".to_string();
    let lesson = AssignedItem::Lesson("festival-sweets".into());
    env.session(&dietitian)
        .assign(patient.id, lesson.clone(), Some(note.clone()), Some(due))
        .expect("assign");

    let me = env.session(&patient);
    let lessons = me.lessons(patient.id).expect("lessons");
    assert_eq!(lessons[0].id, "festival-sweets");
    assert_eq!(lessons[0].reasons[0], Reason::Assigned);
    let assignments = me.assignments(patient.id).expect("assignments");
    assert_eq!(assignments.len(), 1);
    assert_eq!(assignments[0].by_name, "Dr Shah");
    assert_eq!(assignments[0].assignment.note.as_deref(), Some(note.as_str()));
    assert_eq!(assignments[0].assignment.due, Some(due));

    // Not in the catalogue: refused, nothing stored.
    let missing =
        env.session(&dietitian).assign(patient.id, AssignedItem::Lesson("no-such-lesson".into()), None, None);
    assert!(matches!(missing, Err(Error::NotFound { what: "content item" })));
    // A due date before today: refused.
    let past = NaiveDate::from_ymd_opt(2026, 6, 1);
    assert!(matches!(env.session(&dietitian).assign(patient.id, lesson, None, past), Err(Error::Invalid(_))));
    assert_eq!(me.assignments(patient.id).expect("assignments").len(), 1);
    let actions: Vec<String> = trail(&env, &patient).into_iter().map(|e| e.action).collect();
    assert!(actions.contains(&"assign".to_string()));
}

#[test]
fn a_helper_without_the_grant_may_not_assign_or_see_lessons_and_is_audited() {
    let env = env();
    env.app.install_pack(&demo_pack()).expect("install");
    let patient = env.person("Amrit", Role::Patient);
    let helper = env.person("Priya", Role::Helper);
    env.share(&patient, &helper, &[Scope::ViewReadings]);
    let h = env.session(&helper);
    let (action, reason) = denied(h.assign(patient.id, AssignedItem::Lesson("less-salt".into()), None, None));
    assert_eq!((action, reason), (Action::AssignContent, Denial::ClinicianOnly));
    let (action, _) = denied(h.lessons(patient.id));
    assert_eq!(action, Action::ViewLessons);
    let actions: Vec<String> = trail(&env, &patient).into_iter().map(|e| e.action).collect();
    assert!(actions.contains(&"denied-assign-content".to_string()), "{actions:?}");
    assert!(actions.contains(&"denied-view-lessons".to_string()), "{actions:?}");
    assert!(env.session(&patient).assignments(patient.id).expect("assignments").is_empty());
}

#[test]
fn a_completed_lesson_moves_down_and_the_player_has_its_media() {
    let env = env();
    env.app.install_pack(&demo_pack()).expect("install");
    let patient = env.person("Amrit", Role::Patient);
    let me = env.session(&patient);
    let first = me.lessons(patient.id).expect("lessons")[0].id.clone();

    let media = me.lesson_media(patient.id, &first).expect("player data");
    let audio = media.audio.clone().expect("every demo lesson has audio");
    assert!(audio.is_file(), "{} is installed", audio.display());
    assert!(media.title.is_some() && media.transcript.is_some() && media.duration_ms.is_some());
    assert_eq!(media.progress, None);

    let item = AssignedItem::Lesson(first.clone());
    me.set_progress(patient.id, Progress { item: item.clone(), state: ProgressState::Heard { percent: 50 } })
        .expect("progress");
    assert_eq!(
        me.lesson_media(patient.id, &first).expect("media").progress,
        Some(ProgressState::Heard { percent: 50 })
    );
    me.set_progress(patient.id, Progress { item, state: ProgressState::Completed }).expect("progress");
    let after = me.lessons(patient.id).expect("lessons");
    assert_ne!(after[0].id, first);
    let last = after.last().expect("a list");
    assert_eq!(last.id, first);
    assert!(last.reasons.contains(&Reason::Completed));
    // 101 % is refused.
    let bad = Progress { item: AssignedItem::Lesson(first), state: ProgressState::Heard { percent: 101 } };
    assert!(matches!(me.set_progress(patient.id, bad), Err(Error::Invalid(_))));
}

#[test]
fn an_urdu_reader_gets_urdu_text_and_a_vegetarian_no_chicken() {
    use saathi_content::settings::ContentProfile;
    use saathi_content::tailoring::DietRule;
    use saathi_domain::person::Languages;
    let env = env();
    env.app.install_pack(&demo_pack()).expect("install");
    let patient = env.person("Amrit", Role::Patient);
    let me = env.session(&patient);
    me.set_languages(patient.id, Languages { text: vec!["ur".into()], audio: vec!["pa".into()] })
        .expect("set");
    let lessons = me.lessons(patient.id).expect("lessons");
    assert!(lessons.iter().all(|l| l.text == Some(saathi_content::Locale::Ur)));
    assert!(lessons.iter().all(|l| l.audio == Some(saathi_content::Locale::Pa)));

    let vegetarian = ContentProfile { diet: vec![DietRule::Vegetarian], ..ContentProfile::default() };
    me.set_content_profile(patient.id, vegetarian.clone()).expect("set");
    assert_eq!(me.content_profile(patient.id).expect("profile"), vegetarian);
    let foods = me.foods(patient.id).expect("foods");
    assert!(!foods.is_empty());
    assert!(foods.iter().all(|f| !f.id.contains("chicken") && !f.id.contains("lamb")));
}

#[test]
fn a_signed_upgrade_this_app_cannot_use_is_refused_and_the_installed_one_stays() {
    let env = env();
    let work = tempfile::tempdir().expect("temp");
    env.app.install_pack(&demo_pack()).expect("the demo pack installs");
    let installed_dir = env.app.content().expect("content").pack.dir.clone();

    // A newer version, properly signed, but its catalogue names audio the pack lacks (a
    // publisher's mistake): every hash checks, yet the app could not play that lesson.
    let broken = work.path().join("broken");
    copy_dir(&demo_pack(), &broken);
    std::fs::remove_file(broken.join("media/less-salt.ur.m4a")).expect("remove a lesson's audio");
    sign_as(&broken, "1.0.1");

    assert_eq!(refused(env.app.install_pack(&broken)), "pack-missing-file");
    // Nothing changed: 1.0.0 is still in use, its folder is still there, search works.
    let content = env.app.content().expect("content");
    assert_eq!(content.pack.version.to_string(), "1.0.0");
    assert!(installed_dir.join("catalogue.json").is_file());
    let s = env.session(&env.person("Asha", Role::Patient));
    assert_eq!(s.search_foods("roti", 1).expect("search")[0].food, "roti");
    // And the installed pack, reloaded from disk, is the same one.
    assert_eq!(saathi_packs::installed(&env.dir.path().join("saathi-content")).expect("list").len(), 1);
}
