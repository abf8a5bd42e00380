//! How many tries people get at the doors that check a password (sign-in,
//! confirming a password, recovery), at the other doors strangers knock on
//! (sign-up, dropping in), and how much Argon2 work one person or address
//! can queue.
//!
//! Allowances are counted where [`Counters`] keeps them: shared by every
//! instance on PostgreSQL, in memory on SQLite. What is under way at once
//! ([`InFlight`]) stays per instance: it guards this instance's processors.
//!
//! Only failures spend a sign-in allowance, so a stranger cannot lock an
//! owner out: wrong guesses slow the address that makes them first, per
//! alias; an alias under attack from many addresses reaches a ceiling that
//! lets each address only one try, while a right password from an address
//! with no failures still gets in. Recovery codes are never held back by
//! password failures.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use super::rate_limit::{Counters, InMemory, Rule};

/// Wrong guesses one address may make at one alias before each further
/// one waits a minute.
const PAIR: Rule = Rule::new(5, Duration::from_secs(60));
/// Wrong guesses at one alias from everywhere: 100 an hour. One address
/// alone (5, then one a minute) never reaches it.
const ALIAS: Rule = Rule::new(100, Duration::from_secs(36));
/// Wrong confirmations of one member's own password before each further
/// one waits a minute.
const CONFIRM: Rule = Rule::new(5, Duration::from_secs(60));
/// Password checks one address may have under way at once: a household
/// signing in together is fine; a burst queues no more than this.
const CHECKS_PER_ADDRESS: u32 = 2;
/// How long to ask someone to wait when their previous check is still
/// under way.
const BUSY_WAIT: Duration = Duration::from_secs(1);

/// A door every request from one address spends an allowance at, right or wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    SignIn,
    SignUp,
    /// Recovery codes and email links.
    Recovery,
    /// Guest passes for drop-in meets.
    DropIn,
    /// Reports made outside a live room, counted per member rather than address.
    Report,
}

impl Door {
    fn rule(self) -> Rule {
        match self {
            Door::SignIn => Rule::new(20, Duration::from_secs(6)),
            Door::SignUp => Rule::new(10, Duration::from_secs(6 * 60)),
            Door::Recovery => Rule::new(10, Duration::from_secs(60)),
            Door::DropIn => Rule::new(20, Duration::from_secs(30)),
            Door::Report => Rule::new(5, Duration::from_secs(12 * 60)),
        }
    }

    fn key(self, address: &str) -> String {
        let door = match self {
            Door::SignIn => "sign-in",
            Door::SignUp => "sign-up",
            Door::Recovery => "recovery",
            Door::DropIn => "drop-in",
            Door::Report => "report",
        };
        format!("{door}\u{0}{address}")
    }
}

fn pair_key(address: &str, alias_key: &str) -> String {
    format!("pair\u{0}{address}\u{0}{alias_key}")
}

fn alias_key_of(alias_key: &str) -> String {
    format!("alias\u{0}{alias_key}")
}

fn confirm_key(member_id: i64) -> String {
    format!("confirm\u{0}{member_id}")
}

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
    counters: &'a dyn Counters,
    /// Allowances a failure spends.
    spends: Vec<(Rule, String)>,
    /// The allowance a success gives back, when anything of it is spent.
    restores: Option<String>,
    _slot: Slot<'a>,
}

impl Attempt<'_> {
    /// The password was wrong.
    pub async fn failed(self, now: i64) {
        let spends: Vec<(Rule, &str)> = self.spends.iter().map(|(rule, key)| (*rule, key.as_str())).collect();
        self.counters.spend(&spends, now).await;
    }

    /// The password was right.
    pub async fn succeeded(self) {
        if let Some(key) = &self.restores {
            self.counters.forget(key).await;
        }
    }
}

/// Rate limits on the doors people knock on.
pub struct Limits {
    counters: Box<dyn Counters>,
    checks_per_address: InFlight,
    confirming: InFlight,
}

impl Default for Limits {
    /// Counted in this process's memory (one instance).
    fn default() -> Self {
        Limits::counted_by(Box::new(InMemory::default()))
    }
}

impl Limits {
    /// Allowances counted by `counters`.
    pub fn counted_by(counters: Box<dyn Counters>) -> Limits {
        Limits { counters, checks_per_address: InFlight::new(CHECKS_PER_ADDRESS), confirming: InFlight::new(1) }
    }

    /// Spends one of `address`'s allowance at `door`; refused with the time to wait.
    pub async fn door(&self, door: Door, address: &str, now: i64) -> Result<(), Duration> {
        self.counters.take(door.rule(), &door.key(address), &[], now).await.map(|_| ())
    }

    /// Whether `address` may try a password for the alias with this
    /// uniqueness key now (spending its sign-in door allowance); refused
    /// with the time to wait. Checked before any hashing, in one step.
    pub async fn sign_in(&self, address: &str, alias_key: &str, now: i64) -> Result<Attempt<'_>, Duration> {
        let pair = pair_key(address, alias_key);
        let alias = alias_key_of(alias_key);
        let door = Door::SignIn;
        let ahead = self.counters.take(door.rule(), &door.key(address), &[&pair, &alias], now).await?;
        let (pair_ahead, alias_ahead) = (ahead[0], ahead[1]);
        PAIR.admits(pair_ahead)?;
        // Past the ceiling an address gets one try, and only while it has
        // no failures here: guessing slows to one try per address, and the
        // owner, who has not failed from where they are, still gets in.
        if let Err(wait) = ALIAS.admits(alias_ahead)
            && pair_ahead > 0
        {
            return Err(wait);
        }
        let slot = self.checks_per_address.enter(address).ok_or(BUSY_WAIT)?;
        Ok(Attempt {
            counters: self.counters.as_ref(),
            spends: vec![(PAIR, pair.clone()), (ALIAS, alias)],
            restores: (pair_ahead > 0).then_some(pair),
            _slot: slot,
        })
    }

    /// Whether a member may confirm their own password now (before a
    /// change or deletion): one check at a time, a few failures, then a
    /// wait. Checked before any hashing.
    pub async fn confirm(&self, member_id: i64, now: i64) -> Result<Attempt<'_>, Duration> {
        let key = confirm_key(member_id);
        let ahead = self.counters.ahead(&[&key], now).await[0];
        CONFIRM.admits(ahead)?;
        let slot = self.confirming.enter(&key).ok_or(BUSY_WAIT)?;
        Ok(Attempt {
            counters: self.counters.as_ref(),
            spends: vec![(CONFIRM, key.clone())],
            restores: (ahead > 0).then_some(key),
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

    const MINUTE: i64 = 60_000;

    async fn fail(limits: &Limits, address: &str, alias: &str, now: i64) {
        limits.sign_in(address, alias, now).await.unwrap().failed(now).await;
    }

    #[tokio::test]
    async fn failures_from_one_address_slow_that_address_only() {
        let limits = Limits::default();
        for _ in 0..PAIR.burst {
            fail(&limits, "10.0.0.1", "asha", 0).await;
        }
        assert!(limits.sign_in("10.0.0.1", "asha", 0).await.is_err(), "the guesser waits");
        assert!(limits.sign_in("10.0.0.1", "bela", 0).await.is_ok(), "other aliases are untouched");
        assert!(limits.sign_in("10.0.0.2", "asha", 0).await.is_ok(), "the owner elsewhere is untouched");
        assert!(limits.sign_in("10.0.0.1", "asha", MINUTE).await.is_ok(), "and it rests");
    }

    #[tokio::test]
    async fn successes_never_count_and_give_the_tries_back() {
        let limits = Limits::default();
        for _ in 0..5 {
            limits.sign_in("10.0.0.1", "asha", 0).await.unwrap().succeeded().await;
        }
        for _ in 0..PAIR.burst - 1 {
            fail(&limits, "10.0.0.1", "asha", 0).await;
        }
        limits.sign_in("10.0.0.1", "asha", 0).await.unwrap().succeeded().await;
        for _ in 0..PAIR.burst {
            fail(&limits, "10.0.0.1", "asha", 0).await;
        }
        assert!(limits.sign_in("10.0.0.1", "asha", 0).await.is_err());
    }

    #[tokio::test]
    async fn past_the_ceiling_each_address_gets_one_try_and_a_clean_one_still_gets_in() {
        let limits = Limits::default();
        for n in 0..ALIAS.burst / PAIR.burst {
            for _ in 0..PAIR.burst {
                fail(&limits, &format!("10.0.{n}.1"), "asha", 0).await;
            }
        }
        let fresh = limits.sign_in("10.9.9.9", "asha", 0).await;
        assert!(fresh.is_ok(), "an address with no failures still gets its try");
        fresh.unwrap().failed(0).await;
        assert!(limits.sign_in("10.9.9.9", "asha", 0).await.is_err(), "one try only past the ceiling");
        assert!(limits.sign_in("10.8.8.8", "asha", 0).await.is_ok());
    }

    #[tokio::test]
    async fn every_sign_in_from_one_address_spends_its_door() {
        let limits = Limits::default();
        for n in 0..Door::SignIn.rule().burst {
            limits.sign_in("10.0.0.1", &format!("alias{n}"), 0).await.unwrap().succeeded().await;
        }
        assert!(limits.sign_in("10.0.0.1", "asha", 0).await.is_err(), "right or wrong, the door fills");
        assert!(limits.door(Door::DropIn, "10.0.0.1", 0).await.is_ok(), "other doors are apart");
    }

    #[tokio::test]
    async fn one_check_at_a_time_per_member_and_two_per_address() {
        let limits = Limits::default();
        let first = limits.confirm(7, 0).await.unwrap();
        assert_eq!(limits.confirm(7, 0).await.err(), Some(BUSY_WAIT));
        assert!(limits.confirm(8, 0).await.is_ok());
        drop(first);
        assert!(limits.confirm(7, 0).await.is_ok());

        let a = limits.sign_in("10.0.0.1", "asha", 0).await.unwrap();
        let b = limits.hashing_for("10.0.0.1").unwrap();
        assert!(limits.sign_in("10.0.0.1", "bela", 0).await.is_err());
        drop((a, b));
        assert!(limits.sign_in("10.0.0.1", "bela", 0).await.is_ok());
    }

    #[tokio::test]
    async fn wrong_confirmations_run_out_then_rest() {
        let limits = Limits::default();
        for _ in 0..CONFIRM.burst {
            limits.confirm(7, 0).await.unwrap().failed(0).await;
        }
        assert!(limits.confirm(7, 0).await.is_err());
        assert!(limits.confirm(7, MINUTE).await.is_ok());
    }
}
