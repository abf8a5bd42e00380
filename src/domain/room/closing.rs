//! A room nobody ends closes itself: what was said must not stay in
//! memory long after the meet. It closes a grace period after the meet's
//! planned end, and says so beforehand so nobody is cut off mid-sentence.

use super::{Event, Outcome, Room};

/// How long after its planned end a room that nobody ended closes itself.
pub const CLOSE_GRACE_MS: i64 = 30 * 60_000;
/// How many minutes before closing the room tells everyone, earliest first.
const WARN_MINUTES: [u32; 2] = [10, 1];

/// One step towards closing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closing {
    /// Tell everyone the room closes in this many minutes.
    Warn(u32),
    /// Close the room (the meet ends).
    Close,
}

/// When a room for a meet planned to end at `ends_at` (Unix ms) closes itself.
pub fn closes_at(ends_at: i64) -> i64 {
    ends_at + CLOSE_GRACE_MS
}

impl Room {
    /// When this room closes itself (Unix ms).
    pub fn closes_at(&self) -> i64 {
        closes_at(self.ends_at)
    }

    /// What is still to come at `now` (Unix ms), as (Unix ms, step),
    /// soonest first: the warnings not yet due, then the close. A warning
    /// whose time has passed is left out rather than said late.
    pub fn closing_steps(&self, now: i64) -> Vec<(i64, Closing)> {
        let closes = self.closes_at();
        WARN_MINUTES
            .iter()
            .map(|&minutes| (closes - i64::from(minutes) * 60_000, Closing::Warn(minutes)))
            .filter(|(at, _)| *at > now)
            .chain([(closes, Closing::Close)])
            .collect()
    }

    /// Takes one step towards closing.
    pub fn closing(&mut self, step: Closing) -> Outcome {
        match step {
            Closing::Warn(minutes) => {
                let mut o = Outcome::default();
                o.all(Event::Closing { minutes });
                o
            }
            Closing::Close => self.end(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::room::{Effect, RoomRole, RoomStatus, SafetySettings};

    const END: i64 = 10_000_000;

    #[test]
    fn a_room_warns_ten_minutes_and_one_minute_before_closing_half_an_hour_after_its_end() {
        let room = Room::new(END, SafetySettings::default());
        let closes = END + 30 * 60_000;
        assert_eq!(
            room.closing_steps(END - 60_000),
            vec![
                (closes - 10 * 60_000, Closing::Warn(10)),
                (closes - 60_000, Closing::Warn(1)),
                (closes, Closing::Close)
            ]
        );
        assert_eq!(
            room.closing_steps(closes - 5 * 60_000),
            vec![(closes - 60_000, Closing::Warn(1)), (closes, Closing::Close)],
            "a warning already past is not said late"
        );
        assert_eq!(room.closing_steps(closes + 1), vec![(closes, Closing::Close)], "an overdue room still closes");
    }

    #[test]
    fn closing_warns_everyone_then_ends_the_meet_with_its_attendance() {
        let mut room = Room::new(END, SafetySettings::default());
        room.join("m:1", "Ruth", "", RoomRole::Facilitator).unwrap();
        room.join("m:2", "Asha", "", RoomRole::Participant).unwrap();
        let warned = room.closing(Closing::Warn(10));
        assert_eq!(warned.out.len(), 1);
        assert_eq!(warned.out[0].event, Event::Closing { minutes: 10 });
        assert!(warned.effects.is_empty());
        assert_eq!(room.status(), RoomStatus::Open);

        let closed = room.closing(Closing::Close);
        assert_eq!(room.status(), RoomStatus::Ended);
        assert_eq!(closed.effects, vec![Effect::Ended { attended: vec!["m:1".into(), "m:2".into()] }]);
    }
}
