//! Property tests: a single changed byte anywhere is caught.
//!
//! - In a pack folder, changing any one byte of any file (media, manifest or signature)
//!   makes `verify_dir` refuse the pack, and a media change is named as that file's hash.
//! - In a pack archive, changing any one byte either gets the archive refused, or (when the
//!   byte is tar padding or a field nothing depends on) installs exactly the original files.

mod common;

use std::fs;

use common::{ID, info, key, pattern, snapshot};
use proptest::prelude::*;
use proptest::sample::Index;
use saathi_packs::{Error, TrustedKeys, install, pack, verify_dir, write_archive};
use tempfile::TempDir;

/// A pack folder with one media file per size.
fn build(dir: &std::path::Path, sizes: &[usize], seed: u8) -> Vec<String> {
    fs::create_dir_all(dir.join("media")).expect("mkdir");
    let mut names = vec!["manifest.json".to_owned(), "manifest.sig".to_owned()];
    for (i, size) in sizes.iter().enumerate() {
        let name = format!("media/clip-{i}.m4a");
        fs::write(dir.join(&name), pattern(*size, &format!("{seed}-{i}"))).expect("write");
        names.push(name);
    }
    pack(dir, info(ID, "1.0.0"), &key(1).0).expect("pack");
    names
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_changed_byte_in_a_pack_folder_is_refused(
        sizes in prop::collection::vec(1usize..4000, 1..4),
        seed: u8,
        which: Index,
        at: Index,
        flip in 1u8..=255,
    ) {
        let temp = TempDir::new().expect("temp");
        let names = build(temp.path(), &sizes, seed);
        let name = which.get(&names);
        let path = temp.path().join(name);
        let mut bytes = fs::read(&path).expect("read");
        let at = at.index(bytes.len());
        bytes[at] ^= flip;
        fs::write(&path, &bytes).expect("write");

        let trusted = TrustedKeys::new().with(key(1).0.public_key());
        let err = verify_dir(temp.path(), &trusted).expect_err("a changed byte must be caught");
        match name.as_str() {
            "manifest.sig" => prop_assert!(matches!(err, Error::BadSignature), "{err:?}"),
            "manifest.json" => prop_assert!(
                matches!(err, Error::BadSignature | Error::BadManifest { .. } | Error::UnsupportedFormat { .. }
                    | Error::UnknownPublisher),
                "{err:?}"
            ),
            media => prop_assert!(matches!(&err, Error::WrongHash { path } if path == media), "{err:?}"),
        }
    }

    #[test]
    fn any_changed_byte_in_an_archive_is_refused_or_harmless(
        sizes in prop::collection::vec(1usize..3000, 1..3),
        seed: u8,
        at: Index,
        flip in 1u8..=255,
    ) {
        let temp = TempDir::new().expect("temp");
        let source = temp.path().join("pack");
        build(&source, &sizes, seed);
        let archive = temp.path().join("pack.tar");
        write_archive(&source, &archive).expect("archive");
        let mut bytes = fs::read(&archive).expect("read");
        let at = at.index(bytes.len());
        bytes[at] ^= flip;
        fs::write(&archive, &bytes).expect("write");

        let trusted = TrustedKeys::new().with(key(1).0.public_key());
        let content = temp.path().join("content");
        match install(&archive, &content, &trusted, u64::MAX) {
            Err(_) => {
                let left = snapshot(&content);
                prop_assert!(left.is_empty(), "nothing installed: {:?}", left.keys());
            }
            Ok(outcome) => {
                // Only bytes nothing reads were changed: the pack is exactly the original.
                let installed = snapshot(&outcome.pack.dir);
                let original = snapshot(&source);
                prop_assert_eq!(installed, original);
            }
        }
    }
}
