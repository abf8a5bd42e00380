//! A keyed rate limiter (the generic cell rate algorithm): each key may make
//! `burst` requests at once, then one per `interval`. State lives in memory,
//! per process.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many keys to keep before forgetting the ones that are fully rested.
const PRUNE_ABOVE: usize = 10_000;

/// Limits how often each key (an address, an alias) may do something.
pub struct RateLimiter {
    interval: Duration,
    tolerance: Duration,
    // A std mutex is right here: the critical section is a map look-up and
    // never awaits.
    next_free: Mutex<HashMap<String, Instant>>,
}

impl RateLimiter {
    /// Allows `burst` requests at once, refilled at one per `interval`.
    pub fn new(burst: u32, interval: Duration) -> RateLimiter {
        RateLimiter { interval, tolerance: interval * burst.saturating_sub(1), next_free: Mutex::new(HashMap::new()) }
    }

    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, Instant>> {
        self.next_free.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// How far ahead of `now` the key's allowance is spent; refused when
    /// beyond the burst.
    fn allowance(&self, map: &HashMap<String, Instant>, key: &str, now: Instant) -> Result<Instant, Duration> {
        let tat = map.get(key).copied().filter(|t| *t > now).unwrap_or(now);
        let ahead = tat - now;
        if ahead > self.tolerance {
            return Err(ahead - self.tolerance);
        }
        Ok(tat)
    }

    /// Records a request for `key` at `now`; refuses it with the time to wait
    /// when the key has used up its allowance.
    pub fn check(&self, key: &str, now: Instant) -> Result<(), Duration> {
        let mut map = self.map();
        if map.len() > PRUNE_ABOVE {
            map.retain(|_, tat| *tat > now);
        }
        let tat = self.allowance(&map, key, now)?;
        map.insert(key.to_string(), tat + self.interval);
        Ok(())
    }

    /// Whether `key` could act now, without recording anything: for
    /// allowances spent only by what turns out to fail.
    pub fn peek(&self, key: &str, now: Instant) -> Result<(), Duration> {
        self.allowance(&self.map(), key, now).map(|_| ())
    }

    /// Spends one of `key`'s allowance, even past the burst (several checks
    /// that were let in together may all fail).
    pub fn spend(&self, key: &str, now: Instant) {
        let mut map = self.map();
        if map.len() > PRUNE_ABOVE {
            map.retain(|_, tat| *tat > now);
        }
        let tat = map.get(key).copied().filter(|t| *t > now).unwrap_or(now);
        map.insert(key.to_string(), tat + self.interval);
    }

    /// Whether `key` has spent nothing that has not yet come back.
    pub fn is_rested(&self, key: &str, now: Instant) -> bool {
        self.map().get(key).is_none_or(|tat| *tat <= now)
    }

    /// Gives `key` its whole allowance back.
    pub fn forget(&self, key: &str) {
        self.map().remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_a_burst_then_refuses_until_rested() {
        let limiter = RateLimiter::new(3, Duration::from_secs(10));
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check("a", t0).is_ok());
        }
        let wait = limiter.check("a", t0).unwrap_err();
        assert_eq!(wait, Duration::from_secs(10));
        assert!(limiter.check("a", t0 + Duration::from_secs(10)).is_ok());
    }

    #[test]
    fn peeking_spends_nothing_and_spending_goes_past_the_burst() {
        let limiter = RateLimiter::new(2, Duration::from_secs(10));
        let t0 = Instant::now();
        for _ in 0..5 {
            assert!(limiter.peek("a", t0).is_ok());
        }
        assert!(limiter.is_rested("a", t0));
        for _ in 0..3 {
            limiter.spend("a", t0);
        }
        assert!(!limiter.is_rested("a", t0));
        assert_eq!(limiter.peek("a", t0), Err(Duration::from_secs(20)));
        assert!(limiter.peek("a", t0 + Duration::from_secs(20)).is_ok());
        limiter.forget("a");
        assert!(limiter.is_rested("a", t0));
    }

    #[test]
    fn keys_are_independent() {
        let limiter = RateLimiter::new(1, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(limiter.check("a", t0).is_ok());
        assert!(limiter.check("a", t0).is_err());
        assert!(limiter.check("b", t0).is_ok());
    }
}
