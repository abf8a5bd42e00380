//! How much one person may send into a room: one allowance for everything,
//! shared by all their connections, checked before any work is done on
//! what they sent (the safety detector included). Words cost more than a
//! nod, a raised hand or stepping away, so a person may still send five
//! messages at once and then one every 1.5 s, or fifteen other actions at
//! once and then two a second; nobody typing or clicking by hand comes near
//! either.
//!
//! It is the generic cell rate algorithm over one number per person: the
//! time (Unix ms) at which their allowance is spent up to now; it is full
//! again once that time has passed.

/// What a burst may cost at most, in units.
pub const CAPACITY: i64 = 15;
/// One unit comes back every this many milliseconds.
pub const UNIT_MS: i64 = 500;
/// Any frame read from a person.
pub const FRAME_COST: i64 = 1;
/// Words others read (a message, a report, "I'm not okay"), all told.
pub const WORDS_COST: i64 = 3;

/// Takes `cost` units from an allowance spent up to `spent` (see the module
/// notes) at `now`: the new `spent`, or `None` if there is not enough left.
pub fn take(spent: i64, now: i64, cost: i64) -> Option<i64> {
    let after = spent.max(now) + cost * UNIT_MS;
    (after - now <= CAPACITY * UNIT_MS).then_some(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: i64 = 1_000_000;

    /// Takes `cost` repeatedly at `now`, and says how many were allowed.
    fn burst(spent: &mut i64, now: i64, cost: i64) -> usize {
        let mut taken = 0;
        while let Some(after) = take(*spent, now, cost) {
            *spent = after;
            taken += 1;
        }
        taken
    }

    #[test]
    fn five_messages_at_once_then_one_every_one_and_a_half_seconds() {
        let mut spent = 0;
        assert_eq!(burst(&mut spent, T, WORDS_COST), 5);
        assert_eq!(take(spent, T + 1000, WORDS_COST), None, "not yet");
        assert_eq!(burst(&mut spent, T + 1500, WORDS_COST), 1);
        assert_eq!(burst(&mut spent, T + 60_000, WORDS_COST), 5, "full again after a pause");
    }

    #[test]
    fn fifteen_other_actions_at_once_then_two_a_second() {
        let mut spent = 0;
        assert_eq!(burst(&mut spent, T, FRAME_COST), 15);
        assert_eq!(burst(&mut spent, T + 1000, FRAME_COST), 2);
    }

    #[test]
    fn words_and_actions_share_one_allowance() {
        let mut spent = 0;
        assert_eq!(burst(&mut spent, T, FRAME_COST), 15);
        assert_eq!(take(spent, T, WORDS_COST), None, "a flood of nods leaves no room for a flood of words");
    }
}
