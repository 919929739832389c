//! Saathi's only HTTP client: downloads content packs to disk, resumably, within a storage
//! budget, on the networks the person allows. Signatures are checked by `saathi-packs` after
//! the download; this crate checks size and SHA-256 when the caller knows them.

mod config;
mod content_range;
mod downloader;
mod error;
mod part_file;
mod request;

pub use config::NetConfig;
pub use downloader::Downloader;
pub use error::NetError;
pub use request::{DownloadRequest, Downloaded, Expected, Network, Progress};
