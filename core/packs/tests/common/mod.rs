//! Helpers shared by the pack tests: real packs in temporary folders, keys, snapshots of a
//! content directory, and hand-made tar archives for what `write_archive` never writes.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use chrono::{TimeZone, Utc};
use saathi_packs::{Manifest, PackInfo, PackVersion, SigningKey, pack};

pub const ID: &str = "saathi-demo";

/// A signing key from a fixed seed, plus the same key as ed25519-dalek's type, for tests
/// that sign bytes `sign` would refuse to.
pub fn key(seed: u8) -> (SigningKey, ed25519_dalek::SigningKey) {
    let bytes = [seed; 32];
    (SigningKey::from_bytes(&bytes), ed25519_dalek::SigningKey::from_bytes(&bytes))
}

pub fn info(id: &str, version: &str) -> PackInfo {
    PackInfo {
        id: id.to_owned(),
        version: version.parse().expect("version"),
        title: "Saathi demo content".to_owned(),
        publisher: "Saathi test publisher".to_owned(),
        languages: vec!["en-GB".to_owned(), "ur".to_owned()],
        created: Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).single().expect("time"),
    }
}

/// Files of a small pack; `tag` makes versions differ in content.
pub fn files(tag: &str) -> Vec<(String, Vec<u8>)> {
    vec![
        ("catalogue.json".to_owned(), format!("{{\"format\": 1, \"tag\": \"{tag}\"}}\n").into_bytes()),
        ("media/lesson-1.en-GB.m4a".to_owned(), pattern(70_000, tag)),
        ("media/lesson-1.ur.m4a".to_owned(), pattern(50_001, tag)),
        (
            "media/captions/lesson-1.en-GB.vtt".to_owned(),
            format!("WEBVTT\n\n00:00.000 --> 00:01.000\n{tag}\n").into_bytes(),
        ),
    ]
}

/// Deterministic bytes that differ with `tag`.
pub fn pattern(len: usize, tag: &str) -> Vec<u8> {
    let seed = tag.bytes().fold(7u8, |a, b| a.wrapping_mul(31).wrapping_add(b));
    (0..len).map(|i| (i as u8).wrapping_mul(seed).wrapping_add((i / 251) as u8)).collect()
}

/// Writes `files` under `dir` and signs them as pack `id` `version` with `key`.
pub fn make_pack(
    dir: &Path,
    id: &str,
    version: &str,
    files: &[(String, Vec<u8>)],
    key: &SigningKey,
) -> Manifest {
    for (path, bytes) in files {
        let full = dir.join(path);
        fs::create_dir_all(full.parent().expect("parent")).expect("mkdir");
        fs::write(full, bytes).expect("write");
    }
    pack(dir, info(id, version), key).expect("pack")
}

/// Everything under `dir`: each file's bytes, each folder as `None`.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    let mut all = BTreeMap::new();
    walk(dir, "", &mut all);
    all
}

fn walk(root: &Path, prefix: &str, all: &mut BTreeMap<String, Option<Vec<u8>>>) {
    let Ok(entries) = fs::read_dir(root.join(prefix)) else { return };
    for entry in entries {
        let entry = entry.expect("entry");
        let path = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type().expect("type").is_dir() {
            all.insert(format!("{path}/"), None);
            walk(root, &format!("{path}/"), all);
        } else {
            all.insert(path, Some(fs::read(entry.path()).expect("read")));
        }
    }
}

/// Names in `content_dir` that look like staging folders.
pub fn staging_dirs(content_dir: &Path) -> Vec<String> {
    fs::read_dir(content_dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".staging"))
                .collect()
        })
        .unwrap_or_default()
}

pub fn version(s: &str) -> PackVersion {
    s.parse().expect("version")
}

/// One tar entry, written exactly as given (no path checks, unlike `tar::Builder`'s
/// `append_data`), so tests can make the archives an attacker would.
#[derive(Clone)]
pub struct Raw {
    pub path: Vec<u8>,
    pub kind: tar::EntryType,
    pub data: Vec<u8>,
    pub link: Vec<u8>,
}

impl Raw {
    pub fn file(path: &str, data: Vec<u8>) -> Raw {
        Raw { path: path.as_bytes().to_vec(), kind: tar::EntryType::Regular, data, link: Vec::new() }
    }
}

/// The entries `write_archive` would write for a signed pack folder, in its order.
pub fn pack_entries(dir: &Path) -> Vec<Raw> {
    let manifest = Manifest::parse(&fs::read(dir.join("manifest.json")).expect("manifest")).expect("parse");
    let mut entries = vec![
        Raw::file("manifest.json", fs::read(dir.join("manifest.json")).expect("manifest")),
        Raw::file("manifest.sig", fs::read(dir.join("manifest.sig")).expect("sig")),
    ];
    for file in &manifest.files {
        entries.push(Raw::file(&file.path, fs::read(dir.join(&file.path)).expect("file")));
    }
    entries
}

/// A tar archive of `entries`, with the end-of-archive blocks.
pub fn tar_of(entries: &[Raw]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for raw in entries {
        let mut header = tar::Header::new_gnu();
        let old = header.as_old_mut();
        old.name[..raw.path.len()].copy_from_slice(&raw.path);
        old.linkname[..raw.link.len()].copy_from_slice(&raw.link);
        header.set_entry_type(raw.kind);
        header.set_size(raw.data.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append(&header, raw.data.as_slice()).expect("append");
    }
    builder.into_inner().expect("finish")
}

/// Where entry `index`'s data starts in `tar_of(entries)` (all names are short here).
pub fn data_offset(entries: &[Raw], index: usize) -> usize {
    let padded = |n: usize| n.div_ceil(512) * 512;
    entries[..index].iter().map(|e| 512 + padded(e.data.len())).sum::<usize>() + 512
}
