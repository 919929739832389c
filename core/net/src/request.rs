//! What a caller asks for and what it gets back.

use std::path::PathBuf;

/// The network the device is on now, as the shell sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    Wifi,
    /// Mobile data or any connection the person pays for by the byte.
    Metered,
    Offline,
}

/// What the caller already knows about the file, from a signed catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expected {
    pub size: u64,
    pub sha256: [u8; 32],
}

/// One file to download.
#[derive(Debug, Clone)]
pub struct DownloadRequest {
    /// http or https only.
    pub url: String,
    /// The final path. Bytes go to `dest` + ".part" first; `dest` appears only when complete.
    pub dest: PathBuf,
    /// The storage budget: a download that would be bigger is refused or stopped.
    pub max_bytes: u64,
    /// The person asked to download on Wi-Fi only.
    pub wifi_only: bool,
    /// The network the device is on now.
    pub network: Network,
    /// Size and SHA-256 to check, when the caller knows them.
    pub expected: Option<Expected>,
}

/// A finished download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Downloaded {
    /// Where the file is: the request's `dest`.
    pub path: PathBuf,
    /// Its size.
    pub bytes: u64,
    /// How many bytes were already on disk when the request that finished the download was
    /// sent (0 when it started from the beginning).
    pub resumed_from: u64,
    /// How many HTTP requests this call made.
    pub attempts: u32,
    /// The SHA-256 of the whole file, so the caller need not read it again.
    pub sha256: [u8; 32],
}

/// How far a download has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes in the file so far, including any resumed prefix.
    pub received: u64,
    /// The file's full size, when the server has said it.
    pub total: Option<u64>,
}
