//! The `Downloader`: one HTTP client, and the loop that gets a file onto disk whole.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use reqwest::header::{CONTENT_RANGE, RANGE};
use reqwest::{Client, Url, redirect};

use crate::config::NetConfig;
use crate::content_range::{ContentRange, unsatisfied_complete};
use crate::error::NetError;
use crate::part_file::{PartFile, part_path};
use crate::request::{DownloadRequest, Downloaded, Network, Progress};

/// Downloads files over HTTP(S). Build one per app and share it: it holds the connection pool.
pub struct Downloader {
    client: Client,
    config: NetConfig,
    /// Destinations being downloaded now: two downloads into one `.part` would interleave.
    active: Mutex<HashSet<PathBuf>>,
}

impl Downloader {
    pub fn new(config: NetConfig) -> Result<Self, NetError> {
        install_crypto_provider();
        let client = Client::builder()
            .user_agent(format!("Saathi/{}", config.app_version))
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout)
            .redirect(redirect::Policy::custom(|attempt| {
                match redirect_refusal(attempt.previous(), attempt.url()) {
                    Some(reason) => attempt.error(reason),
                    None => attempt.follow(),
                }
            }))
            .build()
            .map_err(|e| NetError::Setup(e.without_url()))?;
        Ok(Downloader { client, config, active: Mutex::new(HashSet::new()) })
    }

    /// Downloads `request.url` to `request.dest`, resuming from `dest.part` if an earlier call
    /// left one. `progress` is called as bytes arrive (from the task running this future).
    ///
    /// On success `dest` holds the complete file, synced to disk. On failure `dest` is as it
    /// was; the `.part` file is kept when resuming later is worthwhile (the connection failed,
    /// the server answered with an error status) and deleted otherwise (too large, wrong
    /// size or hash, a malformed answer).
    pub async fn fetch(
        &self,
        request: &DownloadRequest,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Downloaded, NetError> {
        let url = checked_url(&request.url)?;
        match (request.network, request.wifi_only) {
            (Network::Offline, _) => return Err(NetError::Offline),
            (Network::Metered, true) => return Err(NetError::NeedsWifi),
            _ => {}
        }
        if let Some(expected) = request.expected
            && expected.size > request.max_bytes
        {
            return Err(NetError::TooLarge { limit: request.max_bytes });
        }
        let _claim = Claim::take(&self.active, &request.dest)?;

        if let Some(dir) = request.dest.parent().filter(|p| !p.as_os_str().is_empty()) {
            tokio::fs::create_dir_all(dir).await?;
        }
        let mut part = PartFile::open(part_path(&request.dest)?).await?;
        let too_big = request.expected.map_or(request.max_bytes, |e| e.size.min(request.max_bytes));
        if part.len() > too_big {
            part.truncate().await?;
        }

        let outcome = self.attempts(&url, request, &mut part, progress).await;
        let outcome = match outcome {
            Ok(done) => verify(request, &part).map(|()| done),
            Err(e) => Err(e),
        };
        match outcome {
            Ok(Done { resumed_from, attempts }) => {
                let bytes = part.len();
                let sha256 = part.sha256();
                part.finish(&request.dest).await?;
                tracing::debug!(host = url.host_str(), bytes, resumed_from, attempts, "download complete");
                Ok(Downloaded { path: request.dest.clone(), bytes, resumed_from, attempts, sha256 })
            }
            Err(e) => {
                let worth_keeping = matches!(e, NetError::Interrupted { .. } | NetError::Http { .. });
                let tidied =
                    if worth_keeping && part.len() > 0 { part.flush().await } else { part.delete().await };
                // The download's own error is the one worth reporting.
                if let Err(tidy_error) = tidied {
                    tracing::warn!(error = %tidy_error, "could not tidy the .part file");
                }
                tracing::debug!(host = url.host_str(), error = e.code(), "download failed");
                Err(e)
            }
        }
    }

    /// Makes attempts until one completes the file or the attempts run out.
    async fn attempts(
        &self,
        url: &Url,
        request: &DownloadRequest,
        part: &mut PartFile,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Done, NetError> {
        let max_attempts = self.config.max_attempts.max(1);
        let mut attempts = 0;
        loop {
            attempts += 1;
            let retry = match self.attempt(url, request, part, progress).await {
                Ok(resumed_from) => return Ok(Done { resumed_from, attempts }),
                Err(Failure::Fatal(e)) => return Err(e),
                Err(Failure::Retry(retry)) => retry,
            };
            tracing::debug!(host = url.host_str(), attempts, reason = ?retry.give_up, "attempt failed");
            if attempts >= max_attempts {
                return Err(match retry.give_up {
                    GiveUp::Interrupted => NetError::Interrupted { attempts },
                    GiveUp::Status(status) => NetError::Http { status },
                    GiveUp::BadResponse => NetError::BadResponse,
                });
            }
            if retry.wait {
                tokio::time::sleep(self.config.backoff_after(attempts)).await;
            }
        }
    }

    /// One HTTP request: resumes from what `part` holds, and returns the offset it resumed
    /// from once the body is complete.
    async fn attempt(
        &self,
        url: &Url,
        request: &DownloadRequest,
        part: &mut PartFile,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<u64, Failure> {
        let offset = part.len();
        let mut get = self.client.get(url.clone());
        if offset > 0 {
            get = get.header(RANGE, format!("bytes={offset}-"));
        }
        let mut response = get.send().await.map_err(transport_failure)?;
        let status = response.status().as_u16();
        let header = |name| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);

        // `total` is the whole file's size where the server said it.
        let total = match status {
            206 => {
                let range = header(CONTENT_RANGE).as_deref().and_then(ContentRange::parse);
                match range {
                    Some(range) if range.first == offset => {
                        // `bytes 100-199/*` from a server that does not know the size says only
                        // where this part ends, which is the end of the file: we asked for all.
                        Some(range.complete_or_end())
                    }
                    // A part that starts elsewhere cannot be appended: start over once more.
                    _ if offset > 0 => {
                        part.truncate().await.map_err(io_failure)?;
                        return Err(Failure::Retry(Retry { wait: false, give_up: GiveUp::BadResponse }));
                    }
                    _ => return Err(Failure::Fatal(NetError::BadResponse)),
                }
            }
            200 => {
                if offset > 0 {
                    tracing::debug!(host = url.host_str(), "server ignored Range: starting over");
                    part.truncate().await.map_err(io_failure)?;
                }
                response.content_length()
            }
            416 if offset > 0 => {
                // Nothing left to send: the .part may already be the whole file. Only the
                // caller's expected size can say so; a server's word could be a different file.
                let complete = header(CONTENT_RANGE).as_deref().and_then(unsatisfied_complete);
                let whole = request.expected.is_some_and(|e| e.size == offset);
                if whole && complete.is_none_or(|n| n == offset) {
                    progress(Progress { received: offset, total: Some(offset) });
                    return Ok(offset);
                }
                part.truncate().await.map_err(io_failure)?;
                return Err(Failure::Retry(Retry { wait: false, give_up: GiveUp::Status(status) }));
            }
            500..=599 => return Err(Failure::Retry(Retry { wait: true, give_up: GiveUp::Status(status) })),
            _ => return Err(Failure::Fatal(NetError::Http { status })),
        };

        let resumed_from = part.len();
        if let Some(total) = total {
            if total > request.max_bytes {
                return Err(Failure::Fatal(NetError::TooLarge { limit: request.max_bytes }));
            }
            if let Some(expected) = request.expected
                && expected.size != total
            {
                return Err(Failure::Fatal(NetError::WrongSize { expected: expected.size, actual: total }));
            }
        }
        progress(Progress { received: part.len(), total });

        loop {
            match response.chunk().await {
                Ok(Some(bytes)) => {
                    let after = part.len() + bytes.len() as u64;
                    // Checked before writing, so an endless body never fills the disk.
                    if after > request.max_bytes {
                        return Err(Failure::Fatal(NetError::TooLarge { limit: request.max_bytes }));
                    }
                    // More than the Content-Range said: the part does not fit the file.
                    if total.is_some_and(|total| after > total) {
                        return Err(Failure::Fatal(NetError::BadResponse));
                    }
                    part.append(&bytes).await.map_err(io_failure)?;
                    progress(Progress { received: part.len(), total });
                }
                Ok(None) => break,
                Err(e) => {
                    part.flush().await.map_err(io_failure)?;
                    return Err(transport_failure(e));
                }
            }
        }
        part.flush().await.map_err(io_failure)?;
        // hyper already refuses a body shorter than its Content-Length; this also covers a
        // 206 whose Content-Range promised more than its body held: the rest is resumed.
        if total.is_some_and(|total| part.len() != total) {
            return Err(Failure::Retry(Retry { wait: true, give_up: GiveUp::Interrupted }));
        }
        Ok(resumed_from)
    }
}

/// The expected size and hash, checked over the whole file, resumed prefix included.
fn verify(request: &DownloadRequest, part: &PartFile) -> Result<(), NetError> {
    let Some(expected) = request.expected else { return Ok(()) };
    if part.len() != expected.size {
        return Err(NetError::WrongSize { expected: expected.size, actual: part.len() });
    }
    if part.sha256() != expected.sha256 {
        return Err(NetError::WrongHash);
    }
    Ok(())
}

/// Redirects followed before giving up on a server.
const MAX_REDIRECTS: usize = 5;

/// Why a redirect is not followed, if it is not. Which pack a person downloads says which
/// conditions and language they have, so once on https a download never drops to plain http.
fn redirect_refusal(previous: &[Url], next: &Url) -> Option<&'static str> {
    if previous.len() > MAX_REDIRECTS {
        return Some("too many redirects");
    }
    if next.scheme() != "https" && previous.iter().any(|url| url.scheme() == "https") {
        return Some("redirect from https to http");
    }
    if !matches!(next.scheme(), "http" | "https") {
        return Some("redirect to a scheme other than http or https");
    }
    None
}

fn checked_url(text: &str) -> Result<Url, NetError> {
    let url = Url::parse(text).map_err(|_| NetError::BadUrl)?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        other => Err(NetError::UnsupportedScheme { scheme: other.to_owned() }),
    }
}

/// Rustls needs a crypto provider chosen once per process; ours is ring (smaller than
/// aws-lc-rs). If the app already installed one, that one stays and is used.
fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Err means another thread installed one first: just as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

struct Done {
    resumed_from: u64,
    attempts: u32,
}

enum Failure {
    /// Stop now: retrying cannot help.
    Fatal(NetError),
    Retry(Retry),
}

struct Retry {
    /// Back off before the next attempt (not when restarting after a bad range).
    wait: bool,
    /// What to say if this was the last attempt.
    give_up: GiveUp,
}

#[derive(Debug)]
enum GiveUp {
    Interrupted,
    Status(u16),
    BadResponse,
}

/// A failed send or body read. Redirect loops and TLS that rustls refuses (a bad certificate,
/// not TLS at all: often a Wi-Fi sign-in page) will not heal by retrying; everything else
/// (refused, reset, timed out) may, so it is retried.
fn transport_failure(e: reqwest::Error) -> Failure {
    let redirect_loop = e.is_redirect();
    let tls_refused = is_tls_refusal(&e);
    // Logged without the URL: signed URLs carry secrets in their query.
    tracing::debug!(error = %e.without_url(), "transport error");
    if redirect_loop {
        Failure::Fatal(NetError::BadResponse)
    } else if tls_refused {
        Failure::Fatal(NetError::Tls)
    } else {
        Failure::Retry(Retry { wait: true, give_up: GiveUp::Interrupted })
    }
}

/// Whether rustls itself refused the connection. Its error arrives wrapped in `io::Error`s
/// (two deep with hyper-util 0.1), whose `source()` skips the error they wrap, so each
/// `io::Error` is opened by hand.
fn is_tls_refusal(e: &reqwest::Error) -> bool {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(error) = next {
        if error.is::<rustls::Error>() {
            return true;
        }
        let wrapped = error.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref());
        next = match wrapped {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => error.source(),
        };
    }
    false
}

fn io_failure(e: std::io::Error) -> Failure {
    Failure::Fatal(NetError::Io(e))
}

/// Marks a destination busy for as long as it lives.
struct Claim<'a> {
    active: &'a Mutex<HashSet<PathBuf>>,
    dest: PathBuf,
}

impl<'a> Claim<'a> {
    fn take(active: &'a Mutex<HashSet<PathBuf>>, dest: &Path) -> Result<Self, NetError> {
        let mut set = active.lock().unwrap_or_else(PoisonError::into_inner);
        if !set.insert(dest.to_path_buf()) {
            return Err(NetError::AlreadyDownloading);
        }
        Ok(Claim { active, dest: dest.to_path_buf() })
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        self.active.lock().unwrap_or_else(PoisonError::into_inner).remove(&self.dest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(texts: &[&str]) -> Vec<Url> {
        texts.iter().map(|t| Url::parse(t).unwrap()).collect()
    }

    #[test]
    fn redirects_never_leave_https_once_on_it() {
        let next = Url::parse("http://cdn.example/pack").unwrap();
        assert_eq!(redirect_refusal(&urls(&["http://a.example/"]), &next), None);
        assert!(redirect_refusal(&urls(&["https://a.example/"]), &next).is_some());
        assert!(redirect_refusal(&urls(&["https://a.example/", "http://b.example/"]), &next).is_some());
        let secure = Url::parse("https://cdn.example/pack").unwrap();
        assert_eq!(redirect_refusal(&urls(&["http://a.example/"]), &secure), None);
        let file = Url::parse("file:///etc/passwd").unwrap();
        assert!(redirect_refusal(&urls(&["http://a.example/"]), &file).is_some());
    }

    #[test]
    fn redirect_chains_are_cut_short() {
        let next = Url::parse("http://a.example/6").unwrap();
        let five = urls(&[
            "http://a.example/0",
            "http://a.example/1",
            "http://a.example/2",
            "http://a.example/3",
            "http://a.example/4",
        ]);
        assert_eq!(redirect_refusal(&five, &next), None);
        let six = [five.clone(), urls(&["http://a.example/5"])].concat();
        assert!(redirect_refusal(&six, &next).is_some());
    }
}
