//! Benchmarks of pack verification (target: at least 200 MB/s, see docs/perf.md):
//!
//! - `pack/verify_dir`: `verify_dir` over a pack of 64 MiB of random media files (16 files
//!   of 4 MiB, like a pack of short audio lessons): signature, listing, and SHA-256 of
//!   every byte. Criterion reports the throughput.
//! - `pack/install_tar`: `install` of the same pack from its archive into an empty content
//!   folder: reading, hashing, writing and flushing every file, then the switch.
//!
//! The files are read from the page cache after the first pass, so this measures the
//! hashing and system calls, not the phone's storage.
//!
//! Run without `--bench` (the smoke run of `cargo test --benches`), the pack is 4 MiB so
//! that the check stays quick; the figures come from `cargo bench`.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{TimeZone, Utc};
use criterion::{BatchSize, Criterion, Throughput};
use saathi_packs::{PackInfo, SigningKey, TrustedKeys, install, pack, verify_dir, write_archive};
use tempfile::TempDir;

const FILES: usize = 16;

fn file_size() -> usize {
    let benchmarking = std::env::args().any(|a| a == "--bench");
    if benchmarking { 4 << 20 } else { 256 << 10 }
}

fn make_pack(dir: &Path, key: &SigningKey) -> u64 {
    let mut rng = fastrand::Rng::with_seed(42);
    fs::create_dir_all(dir.join("media")).expect("mkdir");
    let mut bytes = vec![0u8; file_size()];
    for i in 0..FILES {
        rng.fill(&mut bytes);
        fs::write(dir.join(format!("media/lesson-{i:02}.m4a")), &bytes).expect("write");
    }
    let info = PackInfo {
        id: "bench".to_owned(),
        version: "1.0.0".parse().expect("version"),
        title: "Benchmark pack".to_owned(),
        publisher: "Saathi benchmarks".to_owned(),
        languages: vec!["en-GB".to_owned()],
        created: Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).single().expect("time"),
    };
    pack(dir, info, key).expect("pack").files_bytes()
}

fn benches(c: &mut Criterion) {
    let temp = TempDir::new().expect("temp");
    let key = SigningKey::from_bytes(&[3; 32]);
    let trusted = TrustedKeys::new().with(key.public_key());
    let dir = temp.path().join("pack");
    let bytes = make_pack(&dir, &key);
    let archive = temp.path().join("pack.tar");
    write_archive(&dir, &archive).expect("archive");

    let mut group = c.benchmark_group("pack");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20).measurement_time(Duration::from_secs(10));
    group.bench_function("verify_dir", |b| {
        b.iter(|| black_box(verify_dir(&dir, &trusted).expect("verify")));
    });
    group.sample_size(10);
    let mut round = 0;
    group.bench_function("install_tar", |b| {
        b.iter_batched(
            || {
                round += 1;
                temp.path().join(format!("content-{round}"))
            },
            |content| {
                install(&archive, &content, &trusted, u64::MAX).expect("install");
                Cleanup(content)
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

/// Deletes an installed copy after the timing (criterion drops outputs outside it); 64 MiB
/// per round would otherwise fill the disk.
struct Cleanup(PathBuf);

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

criterion::criterion_group!(pack_benches, benches);
criterion::criterion_main!(pack_benches);
