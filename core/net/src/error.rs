//! What can go wrong with a download. Every variant is something a shell can explain to a
//! person; none carries a URL (signed URLs hold secrets in their query) or a health value.

/// Why a download did not finish. Whatever the variant, nothing was written at the
/// destination: it holds what it held before the call.
#[derive(Debug, thiserror::Error)]
pub enum NetError {
    /// The caller asked for Wi-Fi only and the device is on a metered network.
    #[error("this download waits for Wi-Fi")]
    NeedsWifi,
    /// The device has no network.
    #[error("the device is offline")]
    Offline,
    /// The download is, or would become, bigger than the storage budget; the partial file
    /// was deleted.
    #[error("the download is larger than the {limit}-byte budget")]
    TooLarge { limit: u64 },
    /// The server answered with this status (4xx at once, 5xx after the retries).
    #[error("the server answered HTTP {status}")]
    Http { status: u16 },
    /// The connection kept failing (refused, dropped, timed out); what arrived is kept in the
    /// `.part` file and the next call resumes from it.
    #[error("the connection failed {attempts} times")]
    Interrupted { attempts: u32 },
    /// The server broke HTTP's rules for ranges (a 206 that does not start where asked, or
    /// that cannot be read); the partial file was deleted.
    #[error("the server sent a malformed partial response")]
    BadResponse,
    /// The file is not the size the caller expected; the partial file was deleted.
    #[error("the download is {actual} bytes, not the expected {expected}")]
    WrongSize { expected: u64, actual: u64 },
    /// The file's SHA-256 is not the one the caller expected; the partial file was deleted.
    #[error("the download does not match its expected SHA-256")]
    WrongHash,
    /// The secure connection was refused: the certificate is not trusted, or what answered
    /// is not TLS (often a Wi-Fi sign-in page). Not retried.
    #[error("the secure connection could not be set up")]
    Tls,
    /// The URL cannot be parsed.
    #[error("the URL cannot be parsed")]
    BadUrl,
    /// Only http and https are spoken here.
    #[error("the URL scheme {scheme:?} is not supported (only http and https)")]
    UnsupportedScheme { scheme: String },
    /// Another download to the same destination is running on this `Downloader`.
    #[error("a download to this file is already running")]
    AlreadyDownloading,
    /// The HTTP client could not be built (the TLS set-up failed).
    #[error("the HTTP client could not be set up")]
    Setup(#[source] reqwest::Error),
    /// Reading or writing the file failed (a full disk, a missing permission).
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl NetError {
    /// A stable code for each variant, for message ids and logs.
    pub fn code(&self) -> &'static str {
        match self {
            NetError::NeedsWifi => "needs-wifi",
            NetError::Offline => "offline",
            NetError::TooLarge { .. } => "too-large",
            NetError::Http { .. } => "http-status",
            NetError::Interrupted { .. } => "interrupted",
            NetError::BadResponse => "bad-response",
            NetError::WrongSize { .. } => "wrong-size",
            NetError::WrongHash => "wrong-hash",
            NetError::Tls => "tls",
            NetError::BadUrl => "bad-url",
            NetError::UnsupportedScheme { .. } => "unsupported-scheme",
            NetError::AlreadyDownloading => "already-downloading",
            NetError::Setup(_) => "setup",
            NetError::Io(_) => "io",
        }
    }
}
