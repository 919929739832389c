//! How the HTTP client behaves: who it says it is, how long it waits, how often it retries.

use std::time::Duration;

#[derive(Debug, Clone)]
pub struct NetConfig {
    /// Sent as `User-Agent: Saathi/<app_version>`.
    pub app_version: String,
    /// How long to wait for a connection (TCP and TLS).
    pub connect_timeout: Duration,
    /// How long a response may go without sending a byte before the attempt is given up
    /// (and resumed). Not a limit on the whole download: slow links still finish.
    pub read_timeout: Duration,
    /// HTTP requests one `fetch` may make, the first included (at least 1).
    pub max_attempts: u32,
    /// The wait before the second attempt; it doubles after each failure up to `max_backoff`.
    pub backoff: Duration,
    pub max_backoff: Duration,
}

impl Default for NetConfig {
    fn default() -> Self {
        NetConfig {
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            connect_timeout: Duration::from_secs(15),
            read_timeout: Duration::from_secs(30),
            max_attempts: 5,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
        }
    }
}

impl NetConfig {
    /// The wait after `failed` failed attempts (1 for the first failure).
    pub(crate) fn backoff_after(&self, failed: u32) -> Duration {
        let doublings = failed.saturating_sub(1).min(16);
        self.backoff.saturating_mul(1 << doublings).min(self.max_backoff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let config = NetConfig {
            backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(350),
            ..NetConfig::default()
        };
        let waits: Vec<_> = (1..=5).map(|n| config.backoff_after(n).as_millis()).collect();
        assert_eq!(waits, [100, 200, 350, 350, 350]);
    }
}
