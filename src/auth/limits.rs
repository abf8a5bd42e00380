//! How many tries people get at the doors that check a password (sign-in,
//! confirming a password, recovery), and how much Argon2 work one person
//! or address can queue. Per instance, in memory.
//!
//! Only failures spend a sign-in allowance, so a stranger cannot lock an
//! owner out: wrong guesses slow the address that makes them first, per
//! alias; an alias under attack from many addresses reaches a ceiling that
//! lets each address only one try, while a right password from an address
//! with no failures still gets in. Recovery codes are never held back by
//! password failures.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::rate_limit::RateLimiter;

/// Wrong guesses one address may make at one alias before each further
/// one waits a minute.
const PAIR_BURST: u32 = 5;
const PAIR_INTERVAL: Duration = Duration::from_secs(60);
/// Wrong guesses at one alias from everywhere: 100 an hour. One address
/// alone (5, then one a minute) never reaches it.
const ALIAS_BURST: u32 = 100;
const ALIAS_INTERVAL: Duration = Duration::from_secs(36);
/// Wrong confirmations of one member's own password before each further
/// one waits a minute.
const CONFIRM_BURST: u32 = 5;
const CONFIRM_INTERVAL: Duration = Duration::from_secs(60);
/// Password checks one address may have under way at once: a household
/// signing in together is fine; a burst queues no more than this.
const CHECKS_PER_ADDRESS: u32 = 2;
/// How long to ask someone to wait when their previous check is still
/// under way.
const BUSY_WAIT: Duration = Duration::from_secs(1);

/// At most `limit` things under way per key at once.
pub struct InFlight {
    limit: u32,
    // A std mutex: the critical section is a map update and never awaits.
    counts: Mutex<HashMap<String, u32>>,
}

impl InFlight {
    /// Allows `limit` at once per key.
    pub fn new(limit: u32) -> InFlight {
        InFlight { limit, counts: Mutex::new(HashMap::new()) }
    }

    /// A place for one more under `key`, held until dropped; `None` when
    /// the key already has `limit` under way.
    pub fn enter(&self, key: &str) -> Option<Slot<'_>> {
        let mut counts = self.counts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let count = counts.entry(key.to_string()).or_insert(0);
        if *count >= self.limit {
            return None;
        }
        *count += 1;
        Some(Slot { owner: self, key: key.to_string() })
    }
}

/// One check under way; its place is given back when dropped.
pub struct Slot<'a> {
    owner: &'a InFlight,
    key: String,
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut counts = self.owner.counts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(count) = counts.get_mut(&self.key) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.key);
            }
        }
    }
}

/// A password check that was let through. Say how it went: a failure
/// spends allowances, a success gives this address back its tries at
/// this alias. Dropping it without a verdict spends nothing.
pub struct Attempt<'a> {
    /// Allowances a failure spends.
    spends: Vec<(&'a RateLimiter, String)>,
    /// The allowance a success gives back.
    restores: (&'a RateLimiter, String),
    _slot: Slot<'a>,
}

impl Attempt<'_> {
    /// The password was wrong.
    pub fn failed(self, now: Instant) {
        for (limiter, key) in &self.spends {
            limiter.spend(key, now);
        }
    }

    /// The password was right.
    pub fn succeeded(self) {
        let (limiter, key) = &self.restores;
        limiter.forget(key);
    }
}

/// Rate limits on the doors people knock on.
pub struct Limits {
    /// Every sign-in request from one address, right or wrong.
    pub sign_in_per_address: RateLimiter,
    pub sign_up_per_address: RateLimiter,
    /// Every recovery request from one address (codes and email links).
    pub recovery_per_address: RateLimiter,
    /// Reports made outside a live room, per member.
    pub reports_per_member: RateLimiter,
    checks_per_address: InFlight,
    failures_per_pair: RateLimiter,
    failures_per_alias: RateLimiter,
    confirm_failures: RateLimiter,
    confirming: InFlight,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            sign_in_per_address: RateLimiter::new(20, Duration::from_secs(6)),
            sign_up_per_address: RateLimiter::new(10, Duration::from_secs(6 * 60)),
            recovery_per_address: RateLimiter::new(10, Duration::from_secs(60)),
            reports_per_member: RateLimiter::new(5, Duration::from_secs(12 * 60)),
            checks_per_address: InFlight::new(CHECKS_PER_ADDRESS),
            failures_per_pair: RateLimiter::new(PAIR_BURST, PAIR_INTERVAL),
            failures_per_alias: RateLimiter::new(ALIAS_BURST, ALIAS_INTERVAL),
            confirm_failures: RateLimiter::new(CONFIRM_BURST, CONFIRM_INTERVAL),
            confirming: InFlight::new(1),
        }
    }
}

impl Limits {
    /// Whether `address` may try a password for the alias with this
    /// uniqueness key now; refused with the time to wait. Checked before
    /// any hashing.
    pub fn sign_in(&self, address: &str, alias_key: &str, now: Instant) -> Result<Attempt<'_>, Duration> {
        let pair = format!("{address}\u{0}{alias_key}");
        self.failures_per_pair.peek(&pair, now)?;
        // Past the ceiling an address gets one try, and only while it has
        // no failures here: guessing slows to one try per address, and the
        // owner, who has not failed from where they are, still gets in.
        if let Err(wait) = self.failures_per_alias.peek(alias_key, now)
            && !self.failures_per_pair.is_rested(&pair, now)
        {
            return Err(wait);
        }
        let slot = self.checks_per_address.enter(address).ok_or(BUSY_WAIT)?;
        Ok(Attempt {
            spends: vec![(&self.failures_per_pair, pair.clone()), (&self.failures_per_alias, alias_key.to_string())],
            restores: (&self.failures_per_pair, pair),
            _slot: slot,
        })
    }

    /// Whether a member may confirm their own password now (before a
    /// change or deletion): one check at a time, a few failures, then a
    /// wait. Checked before any hashing.
    pub fn confirm(&self, member_id: i64, now: Instant) -> Result<Attempt<'_>, Duration> {
        let key = member_id.to_string();
        self.confirm_failures.peek(&key, now)?;
        let slot = self.confirming.enter(&key).ok_or(BUSY_WAIT)?;
        Ok(Attempt {
            spends: vec![(&self.confirm_failures, key.clone())],
            restores: (&self.confirm_failures, key),
            _slot: slot,
        })
    }

    /// A place for one password hash on behalf of `address` (a sign-up;
    /// a recovery, which hashes the new password whatever the outcome).
    pub fn hashing_for(&self, address: &str) -> Result<Slot<'_>, Duration> {
        self.checks_per_address.enter(address).ok_or(BUSY_WAIT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_from_one_address_slow_that_address_only() {
        let limits = Limits::default();
        let t0 = Instant::now();
        for _ in 0..PAIR_BURST {
            limits.sign_in("10.0.0.1", "asha", t0).unwrap().failed(t0);
        }
        assert!(limits.sign_in("10.0.0.1", "asha", t0).is_err(), "the guesser waits");
        assert!(limits.sign_in("10.0.0.1", "bela", t0).is_ok(), "other aliases are untouched");
        assert!(limits.sign_in("10.0.0.2", "asha", t0).is_ok(), "the owner elsewhere is untouched");
        assert!(limits.sign_in("10.0.0.1", "asha", t0 + PAIR_INTERVAL).is_ok(), "and it rests");
    }

    #[test]
    fn successes_never_count_and_give_the_tries_back() {
        let limits = Limits::default();
        let t0 = Instant::now();
        for _ in 0..50 {
            limits.sign_in("10.0.0.1", "asha", t0).unwrap().succeeded();
        }
        for _ in 0..PAIR_BURST - 1 {
            limits.sign_in("10.0.0.1", "asha", t0).unwrap().failed(t0);
        }
        limits.sign_in("10.0.0.1", "asha", t0).unwrap().succeeded();
        for _ in 0..PAIR_BURST {
            limits.sign_in("10.0.0.1", "asha", t0).unwrap().failed(t0);
        }
        assert!(limits.sign_in("10.0.0.1", "asha", t0).is_err());
    }

    #[test]
    fn past_the_ceiling_each_address_gets_one_try_and_a_clean_one_still_gets_in() {
        let limits = Limits::default();
        let t0 = Instant::now();
        for n in 0..ALIAS_BURST / PAIR_BURST {
            for _ in 0..PAIR_BURST {
                limits.sign_in(&format!("10.0.{n}.1"), "asha", t0).unwrap().failed(t0);
            }
        }
        let fresh = limits.sign_in("10.9.9.9", "asha", t0);
        assert!(fresh.is_ok(), "an address with no failures still gets its try");
        fresh.unwrap().failed(t0);
        assert!(limits.sign_in("10.9.9.9", "asha", t0).is_err(), "one try only past the ceiling");
        assert!(limits.sign_in("10.8.8.8", "asha", t0).is_ok());
    }

    #[test]
    fn one_check_at_a_time_per_member_and_two_per_address() {
        let limits = Limits::default();
        let t0 = Instant::now();
        let first = limits.confirm(7, t0).unwrap();
        assert_eq!(limits.confirm(7, t0).err(), Some(BUSY_WAIT));
        assert!(limits.confirm(8, t0).is_ok());
        drop(first);
        assert!(limits.confirm(7, t0).is_ok());

        let a = limits.sign_in("10.0.0.1", "asha", t0).unwrap();
        let b = limits.hashing_for("10.0.0.1").unwrap();
        assert!(limits.sign_in("10.0.0.1", "bela", t0).is_err());
        drop((a, b));
        assert!(limits.sign_in("10.0.0.1", "bela", t0).is_ok());
    }

    #[test]
    fn wrong_confirmations_run_out_then_rest() {
        let limits = Limits::default();
        let t0 = Instant::now();
        for _ in 0..CONFIRM_BURST {
            limits.confirm(7, t0).unwrap().failed(t0);
        }
        assert!(limits.confirm(7, t0).is_err());
        assert!(limits.confirm(7, t0 + CONFIRM_INTERVAL).is_ok());
    }
}
