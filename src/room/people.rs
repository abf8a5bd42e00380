//! The people connected to one open room, on the connection side: how many
//! sockets each has open, and the allowance they all share (see
//! [`crate::domain::room::allowance`]), so that opening more sockets neither
//! multiplies what a person may send nor costs the room's own task anything.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use crate::domain::room::allowance;

/// Sockets one person may hold in one meet: a phone, a laptop and a reconnect
/// whose old socket the server has not yet found dead.
pub const MAX_SOCKETS: usize = 3;

#[derive(Default)]
struct Person {
    alias: String,
    sockets: usize,
    /// When their allowance is spent up to (Unix ms).
    spent: Arc<AtomicI64>,
}

/// Everyone with a socket open (or an allowance still refilling) in one room.
#[derive(Default)]
pub(crate) struct People {
    // A std mutex, held only to count a socket in or out: never per frame.
    by_key: Mutex<HashMap<String, Person>>,
}

impl People {
    /// Counts a socket in for the person with this key and alias, unless
    /// they already hold [`MAX_SOCKETS`].
    pub(crate) fn attach(self: &Arc<Self>, key: &str, alias: &str) -> Option<Attached> {
        let mut by_key = self.by_key.lock().unwrap_or_else(|p| p.into_inner());
        let person = by_key.entry(key.to_string()).or_default();
        if person.sockets >= MAX_SOCKETS {
            return None;
        }
        person.sockets += 1;
        alias.clone_into(&mut person.alias);
        Some(Attached { people: Arc::clone(self), key: key.to_string(), spent: Arc::clone(&person.spent) })
    }

    /// The aliases of everyone with a socket open.
    pub(crate) fn aliases(&self) -> Vec<String> {
        let by_key = self.by_key.lock().unwrap_or_else(|p| p.into_inner());
        by_key.values().filter(|person| person.sockets > 0).map(|person| person.alias.clone()).collect()
    }
}

/// One socket of one person, counted until it is dropped.
pub struct Attached {
    people: Arc<People>,
    key: String,
    spent: Arc<AtomicI64>,
}

impl Attached {
    /// Takes `cost` from the person's allowance at `now` (Unix ms), if enough is left.
    pub fn take(&self, cost: i64, now: i64) -> bool {
        self.spent.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |spent| allowance::take(spent, now, cost)).is_ok()
    }
}

impl Drop for Attached {
    fn drop(&mut self) {
        let mut by_key = self.people.by_key.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(person) = by_key.get_mut(&self.key) {
            person.sockets -= 1;
            // Forgotten once idle and refilled: a reconnect never resets a spent allowance.
            if person.sockets == 0 && person.spent.load(Ordering::Relaxed) <= crate::services::now_ms() {
                by_key.remove(&self.key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_holds_a_few_sockets_that_share_one_allowance() {
        let people = Arc::new(People::default());
        let sockets: Vec<Attached> =
            (0..MAX_SOCKETS).map(|_| people.attach("g:pass", "Quiet Fox").expect("counted in")).collect();
        assert!(people.attach("g:pass", "Quiet Fox").is_none(), "one more is refused");
        let asha = people.attach("m:2", "Asha").expect("someone else is not affected");
        assert_eq!(people.aliases().len(), 2);

        let now = crate::services::now_ms();
        let mut taken = 0;
        for socket in sockets.iter().cycle().take(100) {
            taken += usize::from(socket.take(allowance::FRAME_COST, now));
        }
        assert_eq!(taken, allowance::CAPACITY as usize, "three sockets, one allowance");

        drop(sockets);
        drop(asha);
        assert_eq!(people.aliases(), Vec::<String>::new(), "nobody connected");
        let again = people.attach("g:pass", "Quiet Fox").expect("room again once closed");
        assert!(!again.take(allowance::FRAME_COST, now), "reconnecting does not refill it");
    }
}
