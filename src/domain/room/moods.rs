//! Check-in moods and who sees their numbers. A number from 1 to 5 says
//! how low someone is, so each circle chooses who sees it: everyone, or
//! (by default) only the facilitators and the person who gave it. The
//! word, if any, is what the person chose to say to the circle, and
//! everyone sees it either way.

use serde::Serialize;

use super::{Audience, Event, Out, Outcome, Pid, Response, Room, RoomRole, Round};

/// Who sees the numbers given in a circle's check-in rounds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoodNumbers {
    Everyone,
    /// The facilitators, and each person their own.
    #[default]
    Facilitators,
}

impl MoodNumbers {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            MoodNumbers::Everyone => "everyone",
            MoodNumbers::Facilitators => "facilitators",
        }
    }

    /// Reads a stored name.
    pub fn parse(name: &str) -> Option<MoodNumbers> {
        [MoodNumbers::Everyone, MoodNumbers::Facilitators].into_iter().find(|m| m.as_str() == name)
    }
}

impl Response {
    /// The response as someone sees it who may not see its number.
    fn without_number(&self) -> Response {
        match self {
            Response::Mood { word, .. } => Response::Mood { mood: None, word: word.clone() },
            other => other.clone(),
        }
    }
}

impl Room {
    /// Tells the room of someone's check-in: the number to those who may
    /// see it, the rest of the response to everyone else.
    pub(super) fn share_mood(&self, pid: Pid, response: Response, o: &mut Outcome) {
        match self.care.settings.mood_numbers {
            MoodNumbers::Everyone => o.all(Event::RoundResponse { pid, response }),
            MoodNumbers::Facilitators => {
                let hidden = response.without_number();
                o.out.push(Out {
                    audience: Audience::FacilitatorsAnd(pid),
                    event: Event::RoundResponse { pid, response },
                });
                o.out.push(Out {
                    audience: Audience::AllButFacilitatorsAnd(pid),
                    event: Event::RoundResponse { pid, response: hidden },
                });
            }
        }
    }

    /// Leaves out of a round, as `pid` is to see it, the numbers they may not see.
    pub(super) fn hide_numbers(&self, pid: Pid, round: &mut Round) {
        let facilitator = self.role(pid) == Some(RoomRole::Facilitator);
        if self.care.settings.mood_numbers == MoodNumbers::Everyone || facilitator {
            return;
        }
        for (from, response) in &mut round.responses {
            if *from != pid {
                *response = response.without_number();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::room::{Command, RoundKind, SafetySettings};

    const T: i64 = 1_000_000;

    /// A room with a facilitator, two participants and a guest, in a check-in round.
    fn checking_in(mood_numbers: MoodNumbers) -> (Room, [Pid; 4]) {
        let settings = SafetySettings { mood_numbers, ..SafetySettings::default() };
        let mut room = Room::new(T + 3_600_000, settings);
        let (f, _) = room.join("m:1", "Ruth", "", RoomRole::Facilitator).unwrap();
        let (a, _) = room.join("m:2", "Asha", "", RoomRole::Participant).unwrap();
        let (b, _) = room.join("m:3", "Ben", "", RoomRole::Participant).unwrap();
        let (g, _) = room.join("g:fox", "Quiet Fox", "", RoomRole::Guest).unwrap();
        room.apply(f, Command::StartRound { kind: RoundKind::CheckIn, time_guide_secs: None }, T);
        (room, [f, a, b, g])
    }

    /// What each of `people` receives of an outcome.
    fn received(room: &Room, o: &Outcome, pid: Pid) -> Vec<Event> {
        let role = room.role(pid).unwrap();
        o.out.iter().filter(|out| out.audience.includes(pid, role)).map(|out| out.event.clone()).collect()
    }

    fn mood(mood: u8, word: &str) -> Response {
        Response::Mood { mood: Some(mood), word: word.into() }
    }

    #[test]
    fn by_default_only_facilitators_and_the_person_see_the_number() {
        assert_eq!(SafetySettings::default().mood_numbers, MoodNumbers::Facilitators);
        let (mut room, [f, a, b, g]) = checking_in(MoodNumbers::default());
        let o = room.apply(a, Command::Mood { mood: 2, word: "tired".into() }, T);
        let full = Event::RoundResponse { pid: a, response: mood(2, "tired") };
        let hidden = Event::RoundResponse { pid: a, response: Response::Mood { mood: None, word: "tired".into() } };
        assert_eq!(received(&room, &o, f), vec![full.clone()]);
        assert_eq!(received(&room, &o, a), vec![full]);
        assert_eq!(received(&room, &o, b), vec![hidden.clone()], "the word is shared, the number is not");
        assert_eq!(received(&room, &o, g), vec![hidden]);
    }

    #[test]
    fn a_circle_may_share_numbers_with_everyone() {
        let (mut room, [f, a, b, g]) = checking_in(MoodNumbers::Everyone);
        let o = room.apply(a, Command::Mood { mood: 4, word: String::new() }, T);
        let full = Event::RoundResponse { pid: a, response: mood(4, "") };
        for pid in [f, a, b, g] {
            assert_eq!(received(&room, &o, pid), vec![full.clone()]);
        }
    }

    #[test]
    fn a_facilitators_own_number_stays_with_the_facilitators_too() {
        let (mut room, [f, _, b, _]) = checking_in(MoodNumbers::Facilitators);
        let o = room.apply(f, Command::Mood { mood: 3, word: "steady".into() }, T);
        assert_eq!(received(&room, &o, f).len(), 1, "received once, not once per audience");
        assert!(matches!(
            &received(&room, &o, b)[..],
            [Event::RoundResponse { response: Response::Mood { mood: None, .. }, .. }]
        ));
    }

    #[test]
    fn someone_arriving_or_coming_back_sees_only_the_numbers_they_may_see() {
        let (mut room, [f, a, b, _]) = checking_in(MoodNumbers::Facilitators);
        room.apply(a, Command::Mood { mood: 1, word: "heavy".into() }, T);
        room.apply(b, Command::Mood { mood: 5, word: String::new() }, T);
        let numbers = |room: &Room, pid: Pid| -> Vec<Option<u8>> {
            let round = room.snapshot_for(pid).round.unwrap();
            round
                .responses
                .iter()
                .map(|(_, r)| match r {
                    Response::Mood { mood, .. } => *mood,
                    _ => None,
                })
                .collect()
        };
        assert_eq!(numbers(&room, f), vec![Some(1), Some(5)]);
        assert_eq!(numbers(&room, a), vec![Some(1), None], "their own, not Ben's");
        assert_eq!(numbers(&room, b), vec![None, Some(5)]);
        let (late, _) = room.join("m:9", "Late", "", RoomRole::Participant).unwrap();
        assert_eq!(numbers(&room, late), vec![None, None]);
        let words = serde_json::to_value(room.snapshot_for(late).round.unwrap().responses).unwrap();
        assert_eq!(
            words[0][1],
            serde_json::json!({ "kind": "mood", "word": "heavy" }),
            "no number in the frame at all"
        );
    }

    #[test]
    fn the_two_audiences_of_a_mood_cover_everyone_once() {
        let (room, people) = checking_in(MoodNumbers::Facilitators);
        for about in people {
            for pid in people {
                let role = room.role(pid).unwrap();
                let here = [Audience::FacilitatorsAnd(about), Audience::AllButFacilitatorsAnd(about)]
                    .iter()
                    .filter(|audience| audience.includes(pid, role))
                    .count();
                assert_eq!(here, 1, "person {pid} about {about}");
            }
        }
    }

    #[test]
    fn stored_names_round_trip() {
        for m in [MoodNumbers::Everyone, MoodNumbers::Facilitators] {
            assert_eq!(MoodNumbers::parse(m.as_str()), Some(m));
        }
        assert_eq!(MoodNumbers::parse("nobody"), None);
    }
}
