//! Keyed allowances (the generic cell rate algorithm): each key may make
//! `burst` requests at once, then one per `interval`. A key's state is one
//! number, its theoretical arrival time: when its allowance is spent up to.
//!
//! Where the numbers live is chosen at start: in this process's memory on
//! SQLite (one instance), in PostgreSQL when several instances share one
//! database, so every instance sees the same counts.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use futures_util::future::BoxFuture;

/// How many keys to keep in memory before forgetting the ones that are fully rested.
const PRUNE_ABOVE: usize = 10_000;

/// How much one key may do: `burst` at once, refilled at one per `interval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub burst: u32,
    pub interval: Duration,
}

impl Rule {
    pub const fn new(burst: u32, interval: Duration) -> Rule {
        Rule { burst, interval }
    }

    /// The interval in milliseconds.
    pub fn interval_ms(&self) -> i64 {
        self.interval.as_millis() as i64
    }

    /// How far ahead of now a key's allowance may be spent and still let
    /// one more in.
    pub fn tolerance_ms(&self) -> i64 {
        self.interval_ms() * i64::from(self.burst.saturating_sub(1))
    }

    /// Whether a key spent `ahead` ms ahead of now may act; refused with
    /// the time to wait.
    pub fn admits(&self, ahead_ms: i64) -> Result<(), Duration> {
        let over = ahead_ms - self.tolerance_ms();
        if over > 0 { Err(Duration::from_millis(over as u64)) } else { Ok(()) }
    }
}

/// Where allowances are counted. Keys are spent on behalf of one rule
/// each; callers keep keys of different rules apart. Times are Unix ms.
pub trait Counters: Send + Sync {
    /// Spends one of `key`'s allowance under `rule` if it has any left, and
    /// in the same step reads how far ahead each of `read` is spent (0 when
    /// rested), in order. Refused with the time to wait, reading nothing.
    fn take<'a>(
        &'a self,
        rule: Rule,
        key: &'a str,
        read: &'a [&'a str],
        now: i64,
    ) -> BoxFuture<'a, Result<Vec<i64>, Duration>>;

    /// How far ahead each key's allowance is spent (0 when rested), in order.
    fn ahead<'a>(&'a self, keys: &'a [&'a str], now: i64) -> BoxFuture<'a, Vec<i64>>;

    /// Spends one of each key's allowance, even past the burst (several
    /// checks that were let in together may all fail).
    fn spend<'a>(&'a self, spends: &'a [(Rule, &'a str)], now: i64) -> BoxFuture<'a, ()>;

    /// Gives `key` its whole allowance back.
    fn forget<'a>(&'a self, key: &'a str) -> BoxFuture<'a, ()>;
}

/// Allowances counted in this process's memory.
#[derive(Default)]
pub struct InMemory {
    // A std mutex is right here: the critical section is a map look-up and
    // never awaits.
    spent_until: Mutex<HashMap<String, i64>>,
}

impl InMemory {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, i64>> {
        self.spent_until.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn map(&self, now: i64) -> std::sync::MutexGuard<'_, HashMap<String, i64>> {
        let mut map = self.lock();
        if map.len() > PRUNE_ABOVE {
            map.retain(|_, tat| *tat > now);
        }
        map
    }

    fn ahead_of(map: &HashMap<String, i64>, key: &str, now: i64) -> i64 {
        map.get(key).map_or(0, |tat| (tat - now).max(0))
    }

    fn take_now(&self, rule: Rule, key: &str, read: &[&str], now: i64) -> Result<Vec<i64>, Duration> {
        let mut map = self.map(now);
        let ahead = Self::ahead_of(&map, key, now);
        rule.admits(ahead)?;
        map.insert(key.to_string(), now + ahead + rule.interval_ms());
        Ok(read.iter().map(|k| Self::ahead_of(&map, k, now)).collect())
    }
}

impl Counters for InMemory {
    fn take<'a>(
        &'a self,
        rule: Rule,
        key: &'a str,
        read: &'a [&'a str],
        now: i64,
    ) -> BoxFuture<'a, Result<Vec<i64>, Duration>> {
        Box::pin(std::future::ready(self.take_now(rule, key, read, now)))
    }

    fn ahead<'a>(&'a self, keys: &'a [&'a str], now: i64) -> BoxFuture<'a, Vec<i64>> {
        let map = self.map(now);
        Box::pin(std::future::ready(keys.iter().map(|k| Self::ahead_of(&map, k, now)).collect()))
    }

    fn spend<'a>(&'a self, spends: &'a [(Rule, &'a str)], now: i64) -> BoxFuture<'a, ()> {
        let mut map = self.map(now);
        for (rule, key) in spends {
            let ahead = Self::ahead_of(&map, key, now);
            map.insert(key.to_string(), now + ahead + rule.interval_ms());
        }
        Box::pin(std::future::ready(()))
    }

    fn forget<'a>(&'a self, key: &'a str) -> BoxFuture<'a, ()> {
        self.lock().remove(key);
        Box::pin(std::future::ready(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEN_S: Rule = Rule::new(3, Duration::from_secs(10));

    async fn take(counters: &InMemory, rule: Rule, key: &str, now: i64) -> Result<(), Duration> {
        counters.take(rule, key, &[], now).await.map(|_| ())
    }

    #[tokio::test]
    async fn allows_a_burst_then_refuses_until_rested() {
        let counters = InMemory::default();
        for _ in 0..3 {
            assert!(take(&counters, TEN_S, "a", 0).await.is_ok());
        }
        assert_eq!(take(&counters, TEN_S, "a", 0).await, Err(Duration::from_secs(10)));
        assert!(take(&counters, TEN_S, "a", 10_000).await.is_ok());
    }

    #[tokio::test]
    async fn spending_goes_past_the_burst_and_reading_spends_nothing() {
        let counters = InMemory::default();
        let rule = Rule::new(2, Duration::from_secs(10));
        assert_eq!(counters.ahead(&["a"], 0).await, vec![0]);
        for _ in 0..3 {
            counters.spend(&[(rule, "a")], 0).await;
        }
        assert_eq!(counters.ahead(&["a", "b"], 0).await, vec![30_000, 0]);
        assert_eq!(rule.admits(30_000), Err(Duration::from_secs(20)));
        assert_eq!(counters.take(TEN_S, "b", &["a"], 0).await, Ok(vec![30_000]));
        counters.forget("a").await;
        assert_eq!(counters.ahead(&["a"], 0).await, vec![0]);
    }

    #[tokio::test]
    async fn keys_are_independent() {
        let counters = InMemory::default();
        let once = Rule::new(1, Duration::from_secs(60));
        assert!(take(&counters, once, "a", 0).await.is_ok());
        assert!(take(&counters, once, "a", 0).await.is_err());
        assert!(take(&counters, once, "b", 0).await.is_ok());
    }
}
