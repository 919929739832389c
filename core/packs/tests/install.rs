//! Installing packs into a real content folder: upgrades, refusals, budgets and recovery.
//!
//! Every refusal test installs a good 1.0.0 first, offers a damaged 1.1.0, and checks that
//! the content folder is byte for byte what it was, with 1.0.0 still in use.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{
    ID, Raw, data_offset, files, key, make_pack, pack_entries, snapshot, staging_dirs, tar_of, version,
};
use saathi_packs::{
    Change, Error, SigningKey, TrustedKeys, current, install, installed, recover, remove, verify_dir,
    write_archive,
};
use tempfile::TempDir;

const BUDGET: u64 = 10_000_000;

struct World {
    _temp: TempDir,
    root: PathBuf,
    content: PathBuf,
    signer: SigningKey,
    trusted: TrustedKeys,
}

impl World {
    /// A content folder with pack 1.0.0 installed.
    fn new() -> World {
        let temp = TempDir::new().expect("temp");
        let root = temp.path().to_path_buf();
        let content = root.join("content");
        let (signer, _) = key(1);
        let trusted = TrustedKeys::new().with(signer.public_key());
        let world = World { _temp: temp, root, content, signer, trusted };
        let v1 = world.pack_dir("1.0.0", "one");
        let outcome = install(&v1, &world.content, &world.trusted, BUDGET).expect("install 1.0.0");
        assert_eq!(outcome.change, Change::Added);
        world
    }

    /// A signed pack folder of version `v`, contents tagged `tag`.
    fn pack_dir(&self, v: &str, tag: &str) -> PathBuf {
        let dir = self.root.join(format!("src-{v}-{tag}"));
        make_pack(&dir, ID, v, &files(tag), &self.signer);
        dir
    }

    fn archive(&self, dir: &Path) -> PathBuf {
        let out = dir.with_extension("tar");
        write_archive(dir, &out).expect("archive");
        out
    }

    fn raw_archive(&self, name: &str, entries: &[Raw]) -> PathBuf {
        let out = self.root.join(name);
        fs::write(&out, tar_of(entries)).expect("write");
        out
    }

    /// Offers `source` and checks it is refused with nothing changed.
    fn refused(&self, source: &Path, budget: u64) -> Error {
        let before = snapshot(&self.content);
        let err = install(source, &self.content, &self.trusted, budget).expect_err("must be refused");
        assert_eq!(snapshot(&self.content), before, "a refused install changes nothing ({err:?})");
        assert!(staging_dirs(&self.content).is_empty(), "no staging folder is left ({err:?})");
        let pack = current(&self.content, ID).expect("current").expect("still installed");
        assert_eq!(pack.version, version("1.0.0"));
        verify_dir(&pack.dir, &self.trusted).expect("the version in use is intact");
        err
    }
}

fn installed_bytes(content: &Path, path: &str) -> Vec<u8> {
    let pack = current(content, ID).expect("current").expect("installed");
    fs::read(pack.dir.join(path)).expect("read")
}

#[test]
fn installs_from_a_folder_and_from_an_archive_alike() {
    let world = World::new();
    let from_dir = world.content.clone();
    let archive_content = world.root.join("content-from-tar");
    let source = world.pack_dir("1.0.0", "one");
    let outcome =
        install(&world.archive(&source), &archive_content, &world.trusted, BUDGET).expect("install");
    assert_eq!(outcome.change, Change::Added);
    assert_eq!(outcome.pack.version, version("1.0.0"));
    assert_eq!(outcome.pack.languages, ["en-GB", "ur"]);
    assert_eq!(snapshot(&from_dir), snapshot(&archive_content));
    for (path, bytes) in files("one") {
        assert_eq!(installed_bytes(&archive_content, &path), bytes, "{path}");
    }
    assert_eq!(
        fs::read_to_string(archive_content.join("packs/saathi-demo/current")).expect("current"),
        "1.0.0\n"
    );
    let list = installed(&archive_content).expect("installed");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0], outcome.pack);
    assert_eq!(list[0].bytes, verify_dir(&list[0].dir, &world.trusted).expect("verify").bytes);
}

#[test]
fn upgrade_replaces_the_old_version_and_deletes_it() {
    let world = World::new();
    let old_dir = current(&world.content, ID).expect("current").expect("installed").dir;
    for source in [world.pack_dir("1.1.0", "two"), world.archive(&world.pack_dir("1.2.0", "three"))] {
        let from = current(&world.content, ID).expect("current").expect("installed").version;
        let outcome = install(&source, &world.content, &world.trusted, BUDGET).expect("upgrade");
        assert_eq!(outcome.change, Change::Upgraded { from });
        assert!(outcome.pack.version > from);
    }
    let pack = current(&world.content, ID).expect("current").expect("installed");
    assert_eq!(pack.version, version("1.2.0"));
    assert!(!old_dir.exists(), "1.0.0's folder is deleted");
    let mut left: Vec<_> = fs::read_dir(world.content.join("packs/saathi-demo"))
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["1.2.0", "current"]);
    for (path, bytes) in files("three") {
        assert_eq!(installed_bytes(&world.content, &path), bytes, "{path}");
    }
}

#[test]
fn an_older_version_is_refused() {
    let world = World::new();
    install(&world.pack_dir("1.1.0", "two"), &world.content, &world.trusted, BUDGET).expect("upgrade");
    let before = snapshot(&world.content);
    let err = install(&world.pack_dir("1.0.0", "one"), &world.content, &world.trusted, BUDGET)
        .expect_err("downgrade");
    assert!(
        matches!(&err, Error::NotNewer { id, installed, offered }
            if id == ID && *installed == version("1.1.0") && *offered == version("1.0.0")),
        "{err:?}"
    );
    assert_eq!(snapshot(&world.content), before);
}

#[test]
fn the_same_version_again_is_a_no_op_that_says_so() {
    let world = World::new();
    let before = snapshot(&world.content);
    let source = world.pack_dir("1.0.0", "one");
    for offered in [source.clone(), world.archive(&source)] {
        let outcome = install(&offered, &world.content, &world.trusted, BUDGET).expect("reinstall");
        assert_eq!(outcome.change, Change::AlreadyInstalled);
        assert_eq!(outcome.pack.version, version("1.0.0"));
        assert_eq!(snapshot(&world.content), before);
    }
    // The same version number with other contents is not the same pack.
    let err = world.refused(&world.pack_dir("1.0.0", "changed"), BUDGET);
    assert!(matches!(err, Error::NotNewer { .. }), "{err:?}");
}

#[test]
fn one_flipped_byte_in_a_media_file_is_refused() {
    let world = World::new();
    let dir = world.pack_dir("1.1.0", "two");
    let archive = world.archive(&dir);
    let path = dir.join("media/lesson-1.en-GB.m4a");
    let mut bytes = fs::read(&path).expect("read");
    bytes[69_999] ^= 0x80;
    fs::write(&path, bytes).expect("write");
    let err = world.refused(&dir, BUDGET);
    assert!(matches!(&err, Error::WrongHash { path } if path == "media/lesson-1.en-GB.m4a"), "{err:?}");

    // The same in the archive: flip a byte inside the entry's data.
    let entries = pack_entries(&world.pack_dir("1.1.0", "two"));
    let index = entries.iter().position(|e| e.path == b"media/lesson-1.ur.m4a").expect("entry");
    let mut tar = fs::read(&archive).expect("read");
    tar[data_offset(&entries, index) + 17] ^= 0x01;
    fs::write(&archive, tar).expect("write");
    let err = world.refused(&archive, BUDGET);
    assert!(matches!(&err, Error::WrongHash { path } if path == "media/lesson-1.ur.m4a"), "{err:?}");
}

#[test]
fn a_manifest_edited_after_signing_is_refused() {
    let world = World::new();
    let dir = world.pack_dir("1.1.0", "two");
    let path = dir.join("manifest.json");
    let text = fs::read_to_string(&path).expect("read");
    fs::write(&path, text.replacen("Saathi demo content", "Saathi demo c0ntent", 1)).expect("write");
    let err = world.refused(&dir, BUDGET);
    assert!(matches!(err, Error::BadSignature), "{err:?}");
}

#[test]
fn a_signature_by_another_key_is_refused() {
    let world = World::new();
    let dir = world.pack_dir("1.1.0", "two");
    // The manifest names the trusted key, but the signature is another key's.
    let (_, forger) = key(9);
    let bytes = fs::read(dir.join("manifest.json")).expect("read");
    use ed25519_dalek::Signer;
    fs::write(dir.join("manifest.sig"), forger.sign(&bytes).to_bytes()).expect("write");
    let err = world.refused(&dir, BUDGET);
    assert!(matches!(err, Error::BadSignature), "{err:?}");
    // A signature of the wrong length is refused the same way.
    fs::write(dir.join("manifest.sig"), [0u8; 63]).expect("write");
    assert!(matches!(world.refused(&dir, BUDGET), Error::BadSignature));
}

#[test]
fn a_pack_from_an_unknown_publisher_is_refused() {
    let world = World::new();
    let (stranger, _) = key(7);
    let dir = world.root.join("stranger");
    make_pack(&dir, ID, "1.1.0", &files("two"), &stranger);
    assert!(matches!(world.refused(&dir, BUDGET), Error::UnknownPublisher));
    assert!(matches!(world.refused(&world.archive(&dir), BUDGET), Error::UnknownPublisher));
}

#[test]
fn another_trusted_publisher_cannot_replace_a_pack() {
    let mut world = World::new();
    let (rival, _) = key(8);
    world.trusted.insert(rival.public_key());
    let dir = world.root.join("rival");
    make_pack(&dir, ID, "2.0.0", &files("two"), &rival);
    let err = world.refused(&dir, BUDGET);
    assert!(matches!(&err, Error::OtherPublisher { id } if id == ID), "{err:?}");
}

#[test]
fn a_truncated_archive_is_refused() {
    let world = World::new();
    let archive = world.archive(&world.pack_dir("1.1.0", "two"));
    let whole = fs::read(&archive).expect("read");
    let entries = pack_entries(&world.pack_dir("1.1.0", "two"));
    let cuts = [
        0,                               // nothing arrived
        300,                             // inside the first header
        1000,                            // inside manifest.json
        data_offset(&entries, 2) - 512,  // right after manifest.sig, between entries
        data_offset(&entries, 2),        // a header without its data
        data_offset(&entries, 2) + 4096, // inside a media file
        data_offset(&entries, 4) - 512,  // exactly between two files
        whole.len() - 1024,              // every file, but no end-of-archive block
    ];
    for cut in cuts {
        fs::write(&archive, &whole[..cut]).expect("write");
        let err = world.refused(&archive, BUDGET);
        assert!(matches!(err, Error::Truncated), "cut at {cut}: {err:?}");
    }
}

#[test]
fn extra_and_missing_files_are_refused() {
    let world = World::new();
    let dir = world.pack_dir("1.1.0", "two");
    fs::write(dir.join("media/extra.m4a"), b"not listed").expect("write");
    assert!(matches!(world.refused(&dir, BUDGET), Error::UnlistedFile { path } if path == "media/extra.m4a"));
    fs::remove_file(dir.join("media/extra.m4a")).expect("rm");
    fs::remove_file(dir.join("media/lesson-1.ur.m4a")).expect("rm");
    assert!(
        matches!(world.refused(&dir, BUDGET), Error::MissingFile { path } if path == "media/lesson-1.ur.m4a")
    );

    let entries = pack_entries(&world.pack_dir("1.1.0", "two"));
    let mut extra = entries.clone();
    extra.push(Raw::file("media/extra.m4a", b"not listed".to_vec()));
    let err = world.refused(&world.raw_archive("extra.tar", &extra), BUDGET);
    assert!(matches!(&err, Error::UnlistedFile { path } if path == "media/extra.m4a"), "{err:?}");

    let mut missing = entries.clone();
    missing.remove(3);
    let err = world.refused(&world.raw_archive("missing.tar", &missing), BUDGET);
    assert!(matches!(err, Error::MissingFile { .. }), "{err:?}");

    let mut twice = entries.clone();
    twice.push(entries[3].clone());
    assert!(matches!(
        world.refused(&world.raw_archive("twice.tar", &twice), BUDGET),
        Error::BadArchive { .. }
    ));

    // The signed manifest must come first, so nothing is written before it is checked.
    let mut reordered = entries.clone();
    reordered.swap(0, 2);
    assert!(matches!(
        world.refused(&world.raw_archive("late.tar", &reordered), BUDGET),
        Error::BadArchive { .. }
    ));
}

#[test]
fn paths_that_escape_the_pack_are_refused() {
    let world = World::new();
    let entries = pack_entries(&world.pack_dir("1.1.0", "two"));
    for (i, bad) in
        ["../x", "../../etc/passwd", "/tmp/x", "media/../../x", "media/./x", ".hidden"].iter().enumerate()
    {
        let mut evil = entries.clone();
        evil.insert(2, Raw::file(bad, b"payload".to_vec()));
        let err = world.refused(&world.raw_archive(&format!("escape-{i}.tar"), &evil), BUDGET);
        assert!(matches!(&err, Error::UnsafePath { path } if path == bad), "{bad}: {err:?}");
        // Replacing a listed file's name keeps the count right but still escapes.
        let mut evil = entries.clone();
        evil[3].path = bad.as_bytes().to_vec();
        let err = world.refused(&world.raw_archive(&format!("escape-b{i}.tar"), &evil), BUDGET);
        assert!(matches!(err, Error::UnsafePath { .. }), "{bad}: {err:?}");
    }
    assert!(!world.root.join("x").exists() && !world.content.join("x").exists());
}

#[test]
fn links_and_special_entries_are_refused() {
    let world = World::new();
    let entries = pack_entries(&world.pack_dir("1.1.0", "two"));
    for (i, kind) in
        [tar::EntryType::Symlink, tar::EntryType::Link, tar::EntryType::Char, tar::EntryType::Fifo]
            .into_iter()
            .enumerate()
    {
        let mut evil = entries.clone();
        // A link where a listed media file should be, pointing outside the pack.
        evil[3] =
            Raw { path: entries[3].path.clone(), kind, data: Vec::new(), link: b"/etc/passwd".to_vec() };
        let err = world.refused(&world.raw_archive(&format!("link-{i}.tar"), &evil), BUDGET);
        assert!(
            matches!(&err, Error::NotAFile { path } if path.as_bytes() == entries[3].path),
            "{kind:?}: {err:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_in_a_pack_folder_is_refused() {
    let world = World::new();
    let dir = world.pack_dir("1.1.0", "two");
    fs::remove_file(dir.join("media/lesson-1.ur.m4a")).expect("rm");
    std::os::unix::fs::symlink("/etc/hostname", dir.join("media/lesson-1.ur.m4a")).expect("symlink");
    assert!(matches!(world.refused(&dir, BUDGET), Error::NotAFile { .. }));
}

#[test]
fn an_entry_larger_than_listed_is_refused_before_it_is_written() {
    let world = World::new();
    let mut entries = pack_entries(&world.pack_dir("1.1.0", "two"));
    // One byte more than listed: refused from the header, before any of it is written.
    entries[3].data.push(0);
    let err = world.refused(&world.raw_archive("long.tar", &entries), BUDGET);
    assert!(matches!(err, Error::WrongSize { expected, found, .. } if found == expected + 1), "{err:?}");
}

#[test]
fn a_pack_over_the_budget_is_refused() {
    let world = World::new();
    let dir = world.pack_dir("1.1.0", "two");
    let size = verify_dir(&dir, &world.trusted).expect("verify").bytes;
    for source in [dir.clone(), world.archive(&dir)] {
        let err = world.refused(&source, size - 1);
        assert!(
            matches!(err, Error::TooLarge { needed, budget, .. } if needed == size && budget == size - 1),
            "{err:?}"
        );
    }
    // The version it replaces is not counted: exactly its own size is enough.
    let outcome = install(&dir, &world.content, &world.trusted, size).expect("fits");
    assert_eq!(outcome.change, Change::Upgraded { from: version("1.0.0") });
}

#[test]
fn the_budget_counts_the_other_packs_in_use() {
    let world = World::new();
    let first = installed(&world.content).expect("installed")[0].bytes;
    let other = world.root.join("other");
    make_pack(&other, "saathi-extra", "1.0.0", &files("x"), &world.signer);
    let size = verify_dir(&other, &world.trusted).expect("verify").bytes;
    let err = world.refused(&other, first + size - 1);
    assert!(
        matches!(err, Error::TooLarge { needed, available, .. } if needed == size && available == size - 1),
        "{err:?}"
    );
    install(&other, &world.content, &world.trusted, first + size).expect("fits exactly");
    let ids: Vec<_> = installed(&world.content).expect("installed").into_iter().map(|p| p.id).collect();
    assert_eq!(ids, ["saathi-demo", "saathi-extra"]);
}

#[test]
fn leftovers_of_a_crash_are_cleared_and_the_old_version_stays_in_use() {
    let world = World::new();
    let packs = world.content.join("packs");
    // A crash while staging, one after moving 1.1.0 into place but before the switch, one
    // while writing the new `current`, and one during the first install of another pack.
    fs::create_dir_all(world.content.join(".staging-0123456789abcdef/media")).expect("mkdir");
    fs::write(world.content.join(".staging-0123456789abcdef/media/half.m4a"), b"half").expect("write");
    fs::create_dir_all(packs.join("saathi-demo/1.1.0/media")).expect("mkdir");
    fs::write(packs.join("saathi-demo/1.1.0/catalogue.json"), b"{").expect("write");
    fs::write(packs.join("saathi-demo/current.tmp-feedface"), b"1.1").expect("write");
    fs::create_dir_all(packs.join("saathi-half/1.0.0")).expect("mkdir");

    let pack = current(&world.content, ID).expect("current").expect("installed");
    assert_eq!(pack.version, version("1.0.0"));
    verify_dir(&pack.dir, &world.trusted).expect("1.0.0 is still whole");
    assert_eq!(
        installed(&world.content).expect("installed").len(),
        1,
        "the half-installed pack is not listed"
    );

    recover(&world.content).expect("recover");
    assert!(staging_dirs(&world.content).is_empty());
    assert!(!packs.join("saathi-demo/1.1.0").exists());
    assert!(!packs.join("saathi-demo/current.tmp-feedface").exists());
    assert!(!packs.join("saathi-half").exists());
    assert_eq!(current(&world.content, ID).expect("current").expect("installed").version, version("1.0.0"));

    // And an install after a crash cleans up on its own.
    fs::create_dir_all(world.content.join(".staging-deadbeefdeadbeef")).expect("mkdir");
    fs::create_dir_all(packs.join("saathi-demo/1.1.0")).expect("mkdir");
    let outcome =
        install(&world.pack_dir("1.1.0", "two"), &world.content, &world.trusted, BUDGET).expect("install");
    assert_eq!(outcome.change, Change::Upgraded { from: version("1.0.0") });
    assert!(staging_dirs(&world.content).is_empty());
    verify_dir(&outcome.pack.dir, &world.trusted).expect("1.1.0 is whole, not the leftover");
}

#[test]
fn a_damaged_current_file_is_reported_and_repaired_by_installing() {
    let world = World::new();
    fs::write(world.content.join("packs/saathi-demo/current"), b"garbage").expect("write");
    assert!(matches!(current(&world.content, ID), Err(Error::Damaged { .. })));
    assert!(installed(&world.content).expect("installed").is_empty());
    recover(&world.content).expect("recover leaves it alone");
    assert!(world.content.join("packs/saathi-demo/1.0.0/manifest.json").exists());
    let outcome =
        install(&world.pack_dir("1.0.0", "one"), &world.content, &world.trusted, BUDGET).expect("repair");
    assert_eq!(outcome.change, Change::Added);
    verify_dir(&outcome.pack.dir, &world.trusted).expect("whole again");
}

#[test]
fn remove_takes_every_version_away() {
    let world = World::new();
    assert_eq!(remove(&world.content, ID).expect("remove"), Some(version("1.0.0")));
    assert_eq!(current(&world.content, ID).expect("current"), None);
    assert!(installed(&world.content).expect("installed").is_empty());
    assert!(!world.content.join("packs/saathi-demo").exists());
    assert!(staging_dirs(&world.content).is_empty());
    assert_eq!(remove(&world.content, ID).expect("remove again"), None);
    assert_eq!(remove(&world.content, "../content").expect("not an id"), None);
    assert!(world.content.exists());
}

#[test]
fn installing_from_a_missing_source_or_a_non_archive_is_refused() {
    let world = World::new();
    let err = world.refused(&world.root.join("nowhere.tar"), BUDGET);
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    let junk = world.root.join("junk.tar");
    fs::write(&junk, vec![0x5a; 4096]).expect("write");
    assert!(matches!(world.refused(&junk, BUDGET), Error::BadArchive { .. }));
}
