//! End-to-end tests of `Downloader::fetch` against a real HTTP server on 127.0.0.1.
//! One test binary (modules below) so the HTTP stack is linked once.

mod budget;
mod fresh;
mod refusals;
mod resume;
mod server;
mod statuses;
mod verify;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use saathi_net::{DownloadRequest, Downloaded, Downloader, Expected, NetConfig, NetError, Network, Progress};
use sha2::{Digest, Sha256};
use tempfile::TempDir;

/// Attempts are few and backoff short so that failing paths finish quickly.
pub const MAX_ATTEMPTS: u32 = 3;

pub fn downloader() -> Downloader {
    Downloader::new(NetConfig {
        app_version: "9.9.9-test".to_owned(),
        connect_timeout: Duration::from_secs(5),
        // Long enough that a busy test machine does not cause retries the tests do not expect.
        read_timeout: Duration::from_millis(1_500),
        max_attempts: MAX_ATTEMPTS,
        backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(20),
    })
    .expect("the HTTP client builds")
}

/// Bytes that differ from position to position, so a misplaced range shows up.
pub fn pack_bytes(len: usize) -> Vec<u8> {
    let mut state = 0x2545_f491_u32;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        })
        .collect()
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

pub fn expected(bytes: &[u8]) -> Option<Expected> {
    Some(Expected { size: bytes.len() as u64, sha256: sha256(bytes) })
}

/// A temporary folder with the destination inside it.
pub struct Place {
    pub dir: TempDir,
    pub dest: PathBuf,
}

impl Place {
    pub fn temp() -> Place {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let dest = dir.path().join("demo.pack");
        Place { dir, dest }
    }

    pub fn part(&self) -> PathBuf {
        self.dir.path().join("demo.pack.part")
    }

    /// The names of the files in the folder, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .expect("the folder lists")
            .map(|e| e.expect("a folder entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    pub fn request(&self, url: String) -> DownloadRequest {
        DownloadRequest {
            url,
            dest: self.dest.clone(),
            max_bytes: 10 * 1024 * 1024,
            wifi_only: false,
            network: Network::Wifi,
            expected: None,
        }
    }
}

pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("the file reads")
}

/// Fetches, recording every progress report.
pub async fn fetch(request: &DownloadRequest) -> (Result<Downloaded, NetError>, Vec<Progress>) {
    let reports = Mutex::new(Vec::new());
    let result = downloader().fetch(request, &|p| reports.lock().expect("reports lock").push(p)).await;
    (result, reports.into_inner().expect("reports lock"))
}
