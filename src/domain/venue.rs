//! What someone needs to know about an in-person venue before deciding to
//! come: access, quiet, toilets, how to get there and find the door.

use super::member::FieldErrors;
use super::{Invalid, text};

/// An answer about the venue. "Not known" is honest, and better than a guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Answer {
    #[default]
    Unknown,
    Yes,
    No,
}

impl Answer {
    /// Stable name for forms and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Unknown => "unknown",
            Answer::Yes => "yes",
            Answer::No => "no",
        }
    }

    /// Reads a stored or submitted answer; nothing chosen means not known.
    pub fn parse(raw: &str) -> Option<Answer> {
        match raw.trim() {
            "" | "unknown" => Some(Answer::Unknown),
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            _ => None,
        }
    }
}

/// The questions asked about every venue, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    StepFree,
    HearingLoop,
    QuietRoom,
    NeutralToilets,
}

impl Feature {
    pub const ALL: [Feature; 4] =
        [Feature::StepFree, Feature::HearingLoop, Feature::QuietRoom, Feature::NeutralToilets];

    /// The form field and column suffix.
    pub fn field(self) -> &'static str {
        match self {
            Feature::StepFree => "venue_step_free",
            Feature::HearingLoop => "venue_hearing_loop",
            Feature::QuietRoom => "venue_quiet_room",
            Feature::NeutralToilets => "venue_toilets",
        }
    }
}

/// A venue's details, all optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Venue {
    pub step_free: Answer,
    pub hearing_loop: Answer,
    pub quiet_room: Answer,
    pub neutral_toilets: Answer,
    /// The nearest bus stop or station, in a few words.
    pub transport: String,
    /// What the way in looks like ("blue door beside the library").
    pub door: String,
}

/// Venue details as typed into the circle form.
#[derive(Debug, Clone, Default)]
pub struct VenueInput {
    pub step_free: String,
    pub hearing_loop: String,
    pub quiet_room: String,
    pub neutral_toilets: String,
    pub transport: String,
    pub door: String,
}

/// Longest transport or door description.
const MAX_NOTE: usize = 200;

impl Venue {
    /// The answer to one question.
    pub fn answer(&self, feature: Feature) -> Answer {
        match feature {
            Feature::StepFree => self.step_free,
            Feature::HearingLoop => self.hearing_loop,
            Feature::QuietRoom => self.quiet_room,
            Feature::NeutralToilets => self.neutral_toilets,
        }
    }

    /// Whether the coordinator said anything about the venue at all.
    pub fn is_empty(&self) -> bool {
        *self == Venue::default()
    }

    /// Checks the venue fields, adding each problem to `errors`.
    pub fn parse(input: &VenueInput, errors: &mut FieldErrors) -> Venue {
        let mut answer = |raw: &str, feature: Feature| {
            Answer::parse(raw).unwrap_or_else(|| {
                errors.push((feature.field(), Invalid("venue-answer-unknown-choice")));
                Answer::Unknown
            })
        };
        let step_free = answer(&input.step_free, Feature::StepFree);
        let hearing_loop = answer(&input.hearing_loop, Feature::HearingLoop);
        let quiet_room = answer(&input.quiet_room, Feature::QuietRoom);
        let neutral_toilets = answer(&input.neutral_toilets, Feature::NeutralToilets);
        let mut note = |raw: &str, field: &'static str| {
            text::optional_line(raw, MAX_NOTE, "text-too-long")
                .map_err(|e| errors.push((field, e)))
                .ok()
                .flatten()
                .unwrap_or_default()
        };
        let transport = note(&input.transport, "venue_transport");
        let door = note(&input.door, "venue_door");
        Venue { step_free, hearing_loop, quiet_room, neutral_toilets, transport, door }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_and_blank_is_not_known() {
        for a in [Answer::Unknown, Answer::Yes, Answer::No] {
            assert_eq!(Answer::parse(a.as_str()), Some(a));
        }
        assert_eq!(Answer::parse(""), Some(Answer::Unknown));
        assert_eq!(Answer::parse("maybe"), None);
    }

    #[test]
    fn a_venue_is_parsed_and_problems_named() {
        let mut errors = FieldErrors::new();
        let venue = Venue::parse(
            &VenueInput {
                step_free: "yes".into(),
                hearing_loop: "no".into(),
                transport: "  Bus 12,\n Park Road  ".into(),
                ..VenueInput::default()
            },
            &mut errors,
        );
        assert!(errors.is_empty());
        assert_eq!(venue.step_free, Answer::Yes);
        assert_eq!(venue.hearing_loop, Answer::No);
        assert_eq!(venue.quiet_room, Answer::Unknown);
        assert_eq!(venue.transport, "Bus 12, Park Road");
        assert!(!venue.is_empty());

        let bad = VenueInput { quiet_room: "perhaps".into(), door: "x".repeat(MAX_NOTE + 1), ..VenueInput::default() };
        let venue = Venue::parse(&bad, &mut errors);
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec!["venue_quiet_room", "venue_door"]);
        assert!(venue.is_empty());
    }
}
