//! What names may appear inside a pack, and what pack ids look like.
//!
//! A path in a pack is relative, '/'-separated, at most [`MAX_PATH_LEN`] bytes, and each part
//! uses only ASCII letters, digits, '.', '_' and '-' (POSIX's portable file-name characters),
//! never starting with '.'. That one rule shuts out "..", ".", absolute paths, backslashes,
//! drive letters, hidden files (.DS_Store) and names whose Unicode forms differ between
//! Android and iOS file systems. Two paths that differ only in letter case are refused
//! together (see [`collisions`]), because iOS file systems ignore case by default.

use std::collections::HashSet;

use crate::error::Error;

pub const MAX_PATH_LEN: usize = 255;
const MAX_ID_LEN: usize = 64;

/// Checks one path from a manifest or an archive.
pub(crate) fn check(path: &str) -> Result<(), Error> {
    let unsafe_path = || Error::UnsafePath { path: path.to_owned() };
    if path.is_empty() || path.len() > MAX_PATH_LEN {
        return Err(unsafe_path());
    }
    for part in path.split('/') {
        let portable = part.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
        if part.is_empty() || part.starts_with('.') || !portable {
            return Err(unsafe_path());
        }
    }
    Ok(())
}

/// Finds two paths that would be one file on a case-insensitive file system, or a path
/// that is both a file and a folder ("media" and "media/a.m4a"). Returns the second path.
pub(crate) fn collisions<'a>(paths: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut files = HashSet::new();
    let mut folders = HashSet::new();
    let mut all = Vec::new();
    for path in paths {
        let lower = path.to_ascii_lowercase();
        if files.contains(&lower) || folders.contains(&lower) {
            return Some(path);
        }
        for (at, _) in lower.match_indices('/') {
            folders.insert(lower[..at].to_owned());
        }
        files.insert(lower);
        all.push(path);
    }
    // A folder may be seen after a file of the same name ("a" before "a/b" in any order).
    all.into_iter().find(|path| folders.contains(&path.to_ascii_lowercase()))
}

/// A pack id: 1 to 64 lowercase ASCII letters, digits and '-', starting with a letter or
/// digit. It becomes a directory name, so it obeys the same caution as paths.
pub(crate) fn check_id(id: &str) -> Result<(), Error> {
    let ok = !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && !id.starts_with('-')
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok { Ok(()) } else { Err(Error::bad_manifest("the id must be 1-64 of a-z, 0-9 and '-'")) }
}

/// A language tag as BCP 47 spells it ("en-GB", "ur", "syl"): ASCII letters, digits and
/// '-'. Whether the app speaks it is for the content crate to decide.
pub(crate) fn check_language(tag: &str) -> Result<(), Error> {
    let ok = (2..=35).contains(&tag.len())
        && tag.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if ok { Ok(()) } else { Err(Error::bad_manifest("a language is not a BCP 47 tag like en-GB")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_ordinary_relative_paths() {
        for p in ["catalogue.json", "media/what-is-diabetes.en-GB.m4a", "media/a/b/c_d.vtt", "x"] {
            check(p).expect(p);
        }
    }

    #[test]
    fn refuses_escapes_and_non_portable_names() {
        let long = "a".repeat(MAX_PATH_LEN + 1);
        for p in [
            "",
            "..",
            "../x",
            "media/../../x",
            "/etc/passwd",
            "./x",
            "media//x",
            "media/",
            "C:x",
            "media\\x",
            ".DS_Store",
            "media/.hidden",
            "media/a b.m4a",
            "médía/x",
            "x\0y",
            "x\ny",
            long.as_str(),
        ] {
            assert!(matches!(check(p), Err(Error::UnsafePath { .. })), "{p:?}");
        }
    }

    #[test]
    fn finds_case_and_file_folder_collisions() {
        assert_eq!(collisions(["a.txt", "b.txt", "media/x"]), None);
        assert_eq!(collisions(["Media/x", "media/x"]), Some("media/x"));
        assert_eq!(collisions(["media", "media/x"]), Some("media"));
        assert_eq!(collisions(["media/x", "media"]), Some("media"));
        assert_eq!(collisions(["a/b/c", "A/B"]), Some("A/B"));
    }

    #[test]
    fn ids_and_languages() {
        check_id("saathi-demo").expect("id");
        for bad in ["", "-x", "Saathi", "a_b", "a/b", "..", &"a".repeat(65)] {
            assert!(check_id(bad).is_err(), "{bad:?}");
        }
        for tag in ["en-GB", "ur", "syl", "pa-Guru"] {
            check_language(tag).expect(tag);
        }
        for bad in ["", "e", "en_GB", "en-", "-en", "en GB"] {
            assert!(check_language(bad).is_err(), "{bad:?}");
        }
    }
}
