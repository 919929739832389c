//! Building, signing, verifying and archiving real pack folders.

mod common;

use std::fs;

use common::{ID, files, info, key, make_pack};
use saathi_packs::{
    Error, FORMAT, Manifest, PackVersion, SIGNATURE_LEN, SigningKey, TrustedKeys, build_manifest, sign,
    verify_dir, write_archive,
};
use sha2::{Digest, Sha256};
use tempfile::TempDir;

#[test]
fn a_signed_pack_verifies_and_its_manifest_lists_every_file() {
    let dir = TempDir::new().expect("temp");
    let (signer, _) = key(1);
    let files = files("a");
    let manifest = make_pack(dir.path(), ID, "1.0.0", &files, &signer);

    assert_eq!(manifest.format, FORMAT);
    assert_eq!(manifest.version, PackVersion::new(1, 0, 0));
    assert_eq!(manifest.publisher.key, signer.public_key());
    let mut expected: Vec<_> =
        files.iter().map(|(p, b)| (p.clone(), b.len() as u64, Sha256::digest(b).to_vec())).collect();
    expected.sort();
    let listed: Vec<_> = manifest.files.iter().map(|f| (f.path.clone(), f.size, f.sha256.to_vec())).collect();
    assert_eq!(listed, expected, "sorted by path, with sizes and SHA-256");

    assert_eq!(fs::read(dir.path().join("manifest.sig")).expect("sig").len(), SIGNATURE_LEN);
    let written = fs::read(dir.path().join("manifest.json")).expect("manifest");
    assert_eq!(Manifest::parse(&written).expect("parse"), manifest);

    let verified = verify_dir(dir.path(), &TrustedKeys::new().with(signer.public_key())).expect("verify");
    assert_eq!(verified.manifest, manifest);
    let total: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    assert_eq!(verified.bytes, total + written.len() as u64 + SIGNATURE_LEN as u64);
}

#[test]
fn verify_names_what_is_wrong() {
    let trusted = |k: &SigningKey| TrustedKeys::new().with(k.public_key());
    let (signer, _) = key(1);
    let fresh = || {
        let dir = TempDir::new().expect("temp");
        make_pack(dir.path(), ID, "1.0.0", &files("a"), &signer);
        dir
    };

    let dir = fresh();
    let path = dir.path().join("media/lesson-1.ur.m4a");
    let mut bytes = fs::read(&path).expect("read");
    bytes[1234] ^= 0x01;
    fs::write(&path, bytes).expect("write");
    let err = verify_dir(dir.path(), &trusted(&signer)).expect_err("refused");
    assert!(matches!(&err, Error::WrongHash { path } if path == "media/lesson-1.ur.m4a"), "{err:?}");

    let dir = fresh();
    fs::write(dir.path().join("catalogue.json"), b"{}").expect("write");
    let err = verify_dir(dir.path(), &trusted(&signer)).expect_err("refused");
    assert!(matches!(&err, Error::WrongSize { path, .. } if path == "catalogue.json"), "{err:?}");

    let dir = fresh();
    fs::remove_file(dir.path().join("media/lesson-1.en-GB.m4a")).expect("rm");
    let err = verify_dir(dir.path(), &trusted(&signer)).expect_err("refused");
    assert!(matches!(&err, Error::MissingFile { path } if path == "media/lesson-1.en-GB.m4a"), "{err:?}");

    let dir = fresh();
    fs::write(dir.path().join("media/extra.m4a"), b"x").expect("write");
    let err = verify_dir(dir.path(), &trusted(&signer)).expect_err("refused");
    assert!(matches!(&err, Error::UnlistedFile { path } if path == "media/extra.m4a"), "{err:?}");

    let dir = fresh();
    fs::remove_file(dir.path().join("manifest.sig")).expect("rm");
    let err = verify_dir(dir.path(), &trusted(&signer)).expect_err("refused");
    assert!(matches!(&err, Error::MissingFile { path } if path == "manifest.sig"), "{err:?}");

    let dir = fresh();
    let (stranger, _) = key(2);
    assert!(matches!(verify_dir(dir.path(), &trusted(&stranger)), Err(Error::UnknownPublisher)));
    assert!(matches!(verify_dir(dir.path(), &TrustedKeys::new()), Err(Error::UnknownPublisher)));
}

#[cfg(unix)]
#[test]
fn links_in_a_pack_folder_are_refused_not_followed() {
    let dir = TempDir::new().expect("temp");
    let (signer, _) = key(1);
    make_pack(dir.path(), ID, "1.0.0", &files("a"), &signer);
    std::os::unix::fs::symlink("/etc/hostname", dir.path().join("media/link.m4a")).expect("symlink");
    assert!(matches!(verify_dir(dir.path(), &TrustedKeys::new().with(signer.public_key())),
        Err(Error::NotAFile { path }) if path == "media/link.m4a"));
    assert!(matches!(
        build_manifest(dir.path(), info(ID, "1.0.1"), &signer.public_key()),
        Err(Error::NotAFile { .. })
    ));
}

#[test]
fn build_refuses_names_that_are_not_portable() {
    for name in [".DS_Store", "media/a b.m4a", "media/é.m4a"] {
        let dir = TempDir::new().expect("temp");
        let full = dir.path().join(name);
        fs::create_dir_all(full.parent().expect("parent")).expect("mkdir");
        fs::write(full, b"x").expect("write");
        let (signer, _) = key(1);
        let err = build_manifest(dir.path(), info(ID, "1.0.0"), &signer.public_key()).expect_err(name);
        assert!(matches!(&err, Error::UnsafePath { path } if path == name), "{name}: {err:?}");
    }
}

#[test]
fn manifests_must_be_signed_by_the_key_they_name() {
    let dir = TempDir::new().expect("temp");
    let (signer, _) = key(1);
    let (other, _) = key(2);
    fs::write(dir.path().join("catalogue.json"), b"{}").expect("write");
    let manifest = build_manifest(dir.path(), info(ID, "1.0.0"), &signer.public_key()).expect("build");
    assert!(matches!(sign(dir.path(), &manifest, &other), Err(Error::KeyMismatch)));
}

#[test]
fn manifests_with_unknown_fields_or_other_formats_are_refused() {
    let dir = TempDir::new().expect("temp");
    let (signer, dalek) = key(1);
    let manifest = make_pack(dir.path(), ID, "1.0.0", &files("a"), &signer);
    let trusted = TrustedKeys::new().with(signer.public_key());
    let json = String::from_utf8(manifest.to_json().expect("json")).expect("utf8");

    let resign = |text: String| {
        use ed25519_dalek::Signer;
        fs::write(dir.path().join("manifest.json"), &text).expect("write");
        fs::write(dir.path().join("manifest.sig"), dalek.sign(text.as_bytes()).to_bytes()).expect("write");
    };
    resign(json.replacen("\"format\": 1", "\"format\": 2", 1));
    assert!(matches!(verify_dir(dir.path(), &trusted), Err(Error::UnsupportedFormat { found: 2 })));
    resign(json.replacen("\"format\": 1", "\"format\": 1, \"colour\": \"red\"", 1));
    assert!(matches!(verify_dir(dir.path(), &trusted), Err(Error::BadManifest { .. })));
    resign(json.replacen("\"version\": \"1.0.0\"", "\"version\": \"1.0\"", 1));
    assert!(matches!(verify_dir(dir.path(), &trusted), Err(Error::BadManifest { .. })));
    // Signed, but listing a path that escapes the pack.
    resign(json.replacen("\"path\": \"catalogue.json\"", "\"path\": \"../catalogue.json\"", 1));
    assert!(matches!(verify_dir(dir.path(), &trusted), Err(Error::UnsafePath { .. })));
    // Signed, but not sorted.
    let first = "\"path\": \"catalogue.json\"";
    let last = "\"path\": \"media/lesson-1.ur.m4a\"";
    resign(json.replacen(first, "\"path\": \"zzz\"", 1).replacen(last, first, 1).replacen(
        "\"path\": \"zzz\"",
        last,
        1,
    ));
    assert!(matches!(verify_dir(dir.path(), &trusted), Err(Error::BadManifest { .. })));
}

#[test]
fn archives_are_reproducible_and_start_with_the_signed_manifest() {
    let dir = TempDir::new().expect("temp");
    let out = TempDir::new().expect("temp");
    let (signer, _) = key(1);
    make_pack(dir.path(), ID, "1.0.0", &files("a"), &signer);
    let a = out.path().join("a.tar");
    let b = out.path().join("b.tar");
    write_archive(dir.path(), &a).expect("archive");
    write_archive(dir.path(), &b).expect("archive");
    let bytes = fs::read(&a).expect("read");
    assert_eq!(bytes, fs::read(&b).expect("read"));

    let mut archive = tar::Archive::new(bytes.as_slice());
    let names: Vec<String> = archive
        .entries()
        .expect("entries")
        .map(|e| e.expect("entry").path().expect("path").to_string_lossy().into_owned())
        .collect();
    assert_eq!(names[..2], ["manifest.json", "manifest.sig"]);
    assert_eq!(names.len(), 2 + files("a").len());
}

#[test]
fn archiving_a_stale_pack_folder_is_refused() {
    let dir = TempDir::new().expect("temp");
    let out = TempDir::new().expect("temp");
    let (signer, _) = key(1);
    make_pack(dir.path(), ID, "1.0.0", &files("a"), &signer);
    fs::write(dir.path().join("catalogue.json"), b"{\"changed\": true}").expect("write");
    let archive = out.path().join("a.tar");
    assert!(matches!(write_archive(dir.path(), &archive), Err(Error::WrongSize { .. })));
    assert!(!archive.exists(), "no archive is left behind");
}

#[test]
fn the_committed_demo_key_pair_matches() {
    let secret = include_str!("../keys/demo.signing-key");
    let public = saathi_packs::PublisherKey::from_key_file(saathi_packs::DEMO_PUBLISHER_KEY).expect("public");
    assert_eq!(SigningKey::from_key_file(secret).expect("secret").public_key(), public);
}
