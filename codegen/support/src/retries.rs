/// How a client retries a request that failed on the way or got 408, 429 or a 5xx
/// answer. Only idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried,
/// unless the request carries an idempotency key.
#[cfg(needs = "execute")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 turns retries off.
    pub max_attempts: u32,
    /// The wait before the first retry; it doubles for each later one, less a
    /// random part of up to a quarter so that clients do not retry in step.
    pub initial_backoff: Duration,
    /// The longest wait between attempts, a server's `Retry-After` included.
    pub max_backoff: Duration,
}

#[cfg(needs = "execute")]
impl Default for RetryPolicy {
    fn default() -> Self {
        Self { max_attempts: 3, initial_backoff: Duration::from_millis(500), max_backoff: Duration::from_secs(30) }
    }
}

/// The wait a server asks for: `Retry-After` in seconds or as an HTTP date.
#[cfg(needs = "execute")]
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?.timestamp();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Some(Duration::from_secs(u64::try_from(at).ok()?.saturating_sub(now)))
}

/// Exponential backoff, less a random part of up to a quarter.
#[cfg(needs = "execute")]
fn backoff(retry: &RetryPolicy, attempt: u32) -> Duration {
    use std::hash::{BuildHasher, Hasher};
    let full = retry.initial_backoff.saturating_mul(1 << (attempt - 1).min(16)).min(retry.max_backoff);
    // A fresh random seed per call, without a dependency on a random-number crate.
    let random = std::collections::hash_map::RandomState::new().build_hasher().finish();
    full.mul_f64(1.0 - (random % 1000) as f64 / 4000.0)
}

#[cfg(test)]
mod retries_tests {
    use super::*;

    fn retry_after_of(value: &str) -> Option<Duration> {
        let mut headers = HeaderMap::new();
        headers.insert(reqwest::header::RETRY_AFTER, value.parse().unwrap());
        retry_after(&headers)
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(retry_after_of("120"), Some(Duration::from_secs(120)));
        assert_eq!(retry_after_of(" 7 "), Some(Duration::from_secs(7)));
        // RFC 9110 §10.2.3: an HTTP date; one in the past asks for no wait.
        assert_eq!(retry_after_of("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let later = chrono::DateTime::from_timestamp(now as i64 + 100, 0).unwrap();
        let wait = retry_after_of(&later.to_rfc2822()).unwrap();
        assert!((98..=100).contains(&wait.as_secs()), "{wait:?}");
        assert_eq!(retry_after_of("soon"), None);
        assert_eq!(retry_after_of("-3"), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn backoff_doubles_up_to_the_limit_less_a_quarter_at_most() {
        let policy = RetryPolicy {
            max_attempts: 10,
            initial_backoff: Duration::from_millis(400),
            max_backoff: Duration::from_secs(2),
        };
        for (attempt, full) in [(1, 400), (2, 800), (3, 1600), (4, 2000), (40, 2000)] {
            for _ in 0..50 {
                let wait = backoff(&policy, attempt).as_millis();
                assert!(wait <= full && wait >= full * 3 / 4, "attempt {attempt}: {wait} ms");
            }
        }
    }
}
