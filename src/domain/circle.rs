//! Circles: the groups people find, join and return to.

use std::str::FromStr;

use chrono_tz::Tz;

use super::member::{FieldErrors, LANGUAGES, parse_country, parse_time_zone};
use super::room::MoodNumbers;
use super::venue::{Venue, VenueInput};
use super::{Invalid, text};

/// How a circle meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Online,
    InPerson,
    Hybrid,
}

impl Format {
    /// Stable name for URLs and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Online => "online",
            Format::InPerson => "in-person",
            Format::Hybrid => "hybrid",
        }
    }

    /// Whether people meet in a room somewhere.
    pub fn has_place(self) -> bool {
        matches!(self, Format::InPerson | Format::Hybrid)
    }
}

impl FromStr for Format {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Format, Invalid> {
        match s {
            "online" => Ok(Format::Online),
            "in-person" => Ok(Format::InPerson),
            "hybrid" => Ok(Format::Hybrid),
            _ => Err(Invalid("format-unknown")),
        }
    }
}

/// How an online meet is held beside its text room, which is always there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CallFormat {
    /// The text room only.
    #[default]
    Text,
    /// A voice call on the organisation's media server, beside the text room.
    Voice,
    /// A voice call where people may also turn a camera on, beside the text room.
    Video,
}

impl CallFormat {
    /// Stable name for forms and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            CallFormat::Text => "text",
            CallFormat::Voice => "voice",
            CallFormat::Video => "video",
        }
    }

    /// Whether meets hold a call beside the text room (which needs a media server).
    pub fn has_call(self) -> bool {
        self != CallFormat::Text
    }

    /// Whether people in the call may turn a camera on.
    pub fn has_video(self) -> bool {
        self == CallFormat::Video
    }
}

impl FromStr for CallFormat {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<CallFormat, Invalid> {
        match s {
            "text" => Ok(CallFormat::Text),
            "voice" => Ok(CallFormat::Voice),
            "video" => Ok(CallFormat::Video),
            _ => Err(Invalid("call-format-unknown")),
        }
    }
}

/// Whether a circle is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Active,
    /// Taking a break; still listed, with a note.
    Paused,
    /// Finished; reachable by link, shows no future meets.
    Archived,
}

impl Status {
    /// Stable name for the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Paused => "paused",
            Status::Archived => "archived",
        }
    }
}

impl FromStr for Status {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Status, Invalid> {
        match s {
            "active" => Ok(Status::Active),
            "paused" => Ok(Status::Paused),
            "archived" => Ok(Status::Archived),
            _ => Err(Invalid("status-unknown")),
        }
    }
}

/// A facilitator as shown on a circle page: alias and a short note, no more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacilitatorCard {
    pub alias: String,
    pub pronouns: Option<String>,
    pub lived_experience: Option<String>,
}

/// A circle with everything a visitor may see (the address is separate: see
/// [`Circle::address`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Circle {
    pub id: i64,
    pub slug: String,
    pub name: String,
    /// One line for the directory.
    pub summary: String,
    pub description: String,
    pub how_it_works: String,
    /// Lived-experience topics, e.g. `grief`, `caregiving`.
    pub topics: Vec<String>,
    /// Who the circle is reserved for, e.g. `lgbtqia`, `youth`.
    pub audience: Vec<String>,
    /// Who it is for, in words.
    pub eligibility: String,
    pub age_min: Option<i64>,
    pub age_max: Option<i64>,
    /// Language codes, e.g. `en`, `hi`.
    pub languages: Vec<String>,
    pub format: Format,
    pub city: String,
    /// The neighbourhood everybody may see.
    pub area: String,
    /// The street address; see `address_after_rsvp`.
    pub address: String,
    /// Show the street address only to people who RSVPed.
    pub address_after_rsvp: bool,
    /// ISO 3166 country code, for helplines.
    pub country: String,
    pub time_zone: Tz,
    pub capacity: i64,
    /// Whether the coordinator chose to list it; see [`Circle::publicly_listed`].
    pub listed: bool,
    /// Whether someone assigned to it holds the facilitator role (read from
    /// the assignments, never typed into the circle form).
    pub facilitated: bool,
    pub drop_in: bool,
    pub status: Status,
    /// The circle's own agreements, one per entry, on top of the organisation's.
    pub agreements: Vec<String>,
    pub agreements_version: i64,
    /// Remind people in the room of "share, don't fix" when they give advice.
    pub advice_nudge: bool,
    /// Whether its online meets have a call beside the text room.
    pub call: CallFormat,
    /// Who sees the numbers people give in check-in rounds.
    pub mood_numbers: MoodNumbers,
    /// What the place is like, for in-person and hybrid circles.
    pub venue: Venue,
}

/// Where a circle stands in the directory, as its coordinator is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// In the directory, search and the API's lists.
    Listed,
    /// Listed by choice, but nobody facilitates it yet.
    WaitingForFacilitator,
    /// Reached by its link only.
    Unlisted,
}

impl Circle {
    /// Whether everyone may find the circle (the directory, search, the
    /// API's lists, and its meets by their ids): its coordinator listed it
    /// and someone facilitates it, so nobody joins a circle with nobody
    /// there to hold it. Otherwise it is unlisted, and the rule for unlisted
    /// circles (`permissions::may_find_circle`) decides who finds it.
    pub fn publicly_listed(&self) -> bool {
        self.listing() == Listing::Listed
    }

    /// Where the circle stands in the directory, and why.
    pub fn listing(&self) -> Listing {
        match (self.listed, self.facilitated) {
            (true, true) => Listing::Listed,
            (true, false) => Listing::WaitingForFacilitator,
            (false, _) => Listing::Unlisted,
        }
    }

    /// A circle for people under 18, or marked for youth: contact details are
    /// held back in its room.
    pub fn is_youth(&self) -> bool {
        self.audience.iter().any(|a| a == "youth") || self.age_min.is_some_and(|min| min < 18)
    }
}

/// Audiences a circle may be reserved for (stable tags).
pub const AUDIENCES: &[&str] = &[
    "lgbtqia",
    "trans-nonbinary",
    "women",
    "youth",
    "young-adults",
    "deaf",
    "parents",
    "caregivers",
    "professionals",
    "survivors",
];

/// Largest capacity a circle may have.
pub const MAX_CAPACITY: i64 = 500;

/// The longest name, summary and description a circle may have, in
/// characters, in its own words or in another language's.
pub const NAME_MAX: usize = 120;
pub const SUMMARY_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 4000;
/// At most this many agreements, each of at most `AGREEMENT_MAX` characters.
pub const AGREEMENTS_MAX: usize = 20;
pub const AGREEMENT_MAX: usize = 300;

/// Whether a circle's agreements, one a line, are within the limits.
pub fn agreements_fit(agreements: &[String]) -> bool {
    agreements.len() <= AGREEMENTS_MAX && agreements.iter().all(|a| a.chars().count() <= AGREEMENT_MAX)
}

/// A circle as a coordinator typed it into the form.
#[derive(Debug, Clone, Default)]
pub struct CircleInput {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub how_it_works: String,
    /// Comma-separated.
    pub topics: String,
    pub audience: Vec<String>,
    pub eligibility: String,
    pub age_min: String,
    pub age_max: String,
    pub languages: Vec<String>,
    pub format: String,
    pub city: String,
    pub area: String,
    pub address: String,
    pub address_after_rsvp: bool,
    pub advice_nudge: bool,
    /// "everyone" or "facilitators".
    pub mood_numbers: String,
    pub country: String,
    pub time_zone: String,
    pub capacity: String,
    pub listed: bool,
    pub drop_in: bool,
    pub status: String,
    /// One per line.
    pub agreements: String,
    /// `text` or `voice`; empty is `text`.
    pub call: String,
    pub venue: VenueInput,
}

fn required_line(raw: &str, max: usize, field: &'static str, errors: &mut FieldErrors) -> String {
    match text::optional_line(raw, max, "text-too-long") {
        Ok(Some(value)) => value,
        Ok(None) => {
            errors.push((field, Invalid("required")));
            String::new()
        }
        Err(e) => {
            errors.push((field, e));
            String::new()
        }
    }
}

fn optional_line(raw: &str, max: usize, field: &'static str, errors: &mut FieldErrors) -> String {
    text::optional_line(raw, max, "text-too-long")
        .map_err(|e| errors.push((field, e)))
        .ok()
        .flatten()
        .unwrap_or_default()
}

fn block(raw: &str, max: usize, field: &'static str, errors: &mut FieldErrors) -> String {
    text::optional_block(raw, max, "text-too-long")
        .map_err(|e| errors.push((field, e)))
        .ok()
        .flatten()
        .unwrap_or_default()
}

fn age(raw: &str, field: &'static str, errors: &mut FieldErrors) -> Option<i64> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    match raw.parse::<i64>() {
        Ok(n) if (1..=120).contains(&n) => Some(n),
        _ => {
            errors.push((field, Invalid("age-invalid")));
            None
        }
    }
}

impl Circle {
    /// Checks every field a coordinator entered and reports every problem.
    /// The id and agreements version are the caller's to set.
    pub fn parse(input: &CircleInput) -> Result<Circle, FieldErrors> {
        let mut errors = FieldErrors::new();
        let slug = parse_slug(&input.slug).map_err(|e| errors.push(("slug", e))).unwrap_or_default();
        let name = required_line(&input.name, NAME_MAX, "name", &mut errors);
        let summary = required_line(&input.summary, SUMMARY_MAX, "summary", &mut errors);
        let description = block(&input.description, DESCRIPTION_MAX, "description", &mut errors);
        if description.is_empty() {
            errors.push(("description", Invalid("required")));
        }
        let how_it_works = block(&input.how_it_works, 2000, "how_it_works", &mut errors);
        let topics: Vec<String> =
            input.topics.split(',').map(|t| text::single_line(t).to_lowercase()).filter(|t| !t.is_empty()).collect();
        if topics.len() > 20 || topics.iter().any(|t| t.chars().count() > 40) {
            errors.push(("topics", Invalid("topics-invalid")));
        }
        let audience: Vec<String> =
            input.audience.iter().filter(|a| AUDIENCES.contains(&a.as_str())).cloned().collect();
        let eligibility = optional_line(&input.eligibility, 300, "eligibility", &mut errors);
        let age_min = age(&input.age_min, "age_min", &mut errors);
        let age_max = age(&input.age_max, "age_max", &mut errors);
        if let (Some(min), Some(max)) = (age_min, age_max)
            && min > max
        {
            errors.push(("age_max", Invalid("age-invalid")));
        }
        let languages: Vec<String> =
            input.languages.iter().filter(|l| LANGUAGES.iter().any(|(code, _)| code == l)).cloned().collect();
        if languages.is_empty() {
            errors.push(("languages", Invalid("languages-required")));
        }
        let format = input.format.parse::<Format>().map_err(|e| errors.push(("format", e))).unwrap_or(Format::Online);
        let city = optional_line(&input.city, 80, "city", &mut errors);
        let area = optional_line(&input.area, 80, "area", &mut errors);
        let address = optional_line(&input.address, 300, "address", &mut errors);
        if format.has_place() && city.is_empty() {
            errors.push(("city", Invalid("city-required")));
        }
        let country = parse_country(&input.country).map_err(|e| errors.push(("country", e))).ok().flatten();
        let country = country.unwrap_or_default();
        let time_zone = match parse_time_zone(&input.time_zone) {
            Ok(Some(zone)) => zone,
            Ok(None) => {
                errors.push(("time_zone", Invalid("required")));
                Tz::UTC
            }
            Err(e) => {
                errors.push(("time_zone", e));
                Tz::UTC
            }
        };
        let capacity = match input.capacity.trim().parse::<i64>() {
            Ok(n) if (2..=MAX_CAPACITY).contains(&n) => n,
            _ => {
                errors.push(("capacity", Invalid("capacity-invalid")));
                0
            }
        };
        let call = match input.call.trim() {
            "" => CallFormat::Text,
            raw => raw.parse::<CallFormat>().map_err(|e| errors.push(("call", e))).unwrap_or_default(),
        };
        let status = input.status.parse::<Status>().map_err(|e| errors.push(("status", e))).unwrap_or(Status::Active);
        let mood_numbers = MoodNumbers::parse(&input.mood_numbers).unwrap_or_else(|| {
            errors.push(("mood_numbers", Invalid("mood-numbers-unknown")));
            MoodNumbers::default()
        });
        let agreements: Vec<String> =
            input.agreements.lines().map(text::single_line).filter(|l| !l.is_empty()).collect();
        if !agreements_fit(&agreements) {
            errors.push(("agreements", Invalid("agreements-too-long")));
        }
        let venue = Venue::parse(&input.venue, &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Circle {
            id: 0,
            slug,
            name,
            summary,
            description,
            how_it_works,
            topics,
            audience,
            eligibility,
            age_min,
            age_max,
            languages,
            format,
            city,
            area,
            address,
            address_after_rsvp: input.address_after_rsvp,
            country,
            time_zone,
            capacity,
            listed: input.listed,
            facilitated: false,
            drop_in: input.drop_in,
            status,
            agreements,
            agreements_version: 1,
            advice_nudge: input.advice_nudge,
            mood_numbers,
            call,
            venue,
        })
    }
}

/// Checks a URL slug: 3–60 lower-case letters, digits and single hyphens.
pub fn parse_slug(raw: &str) -> Result<String, Invalid> {
    let slug = raw.trim();
    let ok = (3..=60).contains(&slug.len())
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--");
    if ok { Ok(slug.to_string()) } else { Err(Invalid("slug-invalid")) }
}

/// Splits a stored comma-separated list of tags.
pub fn tags_from_stored(stored: &str) -> Vec<String> {
    stored.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

/// Joins tags for storage.
pub fn tags_to_stored(tags: &[String]) -> String {
    tags.join(",")
}

/// Splits stored agreements (one per line).
pub fn lines_from_stored(stored: &str) -> Vec<String> {
    stored.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_strict() {
        assert_eq!(parse_slug("grief-and-loss"), Ok("grief-and-loss".into()));
        for bad in ["Grief", "a", "-grief", "grief-", "grief--loss", "grief loss", "दुख"] {
            assert!(parse_slug(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn formats_and_statuses_round_trip() {
        for f in [Format::Online, Format::InPerson, Format::Hybrid] {
            assert_eq!(f.as_str().parse::<Format>(), Ok(f));
        }
        for s in [Status::Active, Status::Paused, Status::Archived] {
            assert_eq!(s.as_str().parse::<Status>(), Ok(s));
        }
        for c in [CallFormat::Text, CallFormat::Voice, CallFormat::Video] {
            assert_eq!(c.as_str().parse::<CallFormat>(), Ok(c));
        }
        assert!("zoom".parse::<CallFormat>().is_err());
        assert!(CallFormat::Video.has_call() && CallFormat::Video.has_video());
        assert!(CallFormat::Voice.has_call() && !CallFormat::Voice.has_video());
        assert!(!CallFormat::Text.has_call());
    }

    fn input() -> CircleInput {
        CircleInput {
            advice_nudge: true,
            mood_numbers: "facilitators".into(),
            slug: "grief-circle".into(),
            name: "After a loss".into(),
            summary: "For anyone grieving.".into(),
            description: "We meet weekly.".into(),
            topics: "Grief, loss ,, bereavement".into(),
            audience: vec!["lgbtqia".into(), "not-a-tag".into()],
            languages: vec!["en".into()],
            format: "online".into(),
            time_zone: "America/New_York".into(),
            capacity: "12".into(),
            status: "active".into(),
            agreements: "Be kind\n\nListen".into(),
            listed: true,
            ..CircleInput::default()
        }
    }

    #[test]
    fn a_complete_circle_parses_and_cleans_its_lists() {
        let c = Circle::parse(&input()).unwrap();
        assert_eq!(c.topics, vec!["grief", "loss", "bereavement"]);
        assert_eq!(c.audience, vec!["lgbtqia"]);
        assert_eq!(c.agreements, vec!["Be kind", "Listen"]);
        assert_eq!(c.time_zone, Tz::America__New_York);
        assert_eq!(c.mood_numbers, MoodNumbers::Facilitators);
    }

    #[test]
    fn every_problem_is_reported() {
        let bad = CircleInput {
            slug: "Bad Slug".into(),
            name: String::new(),
            languages: vec![],
            format: "in-person".into(),
            capacity: "1".into(),
            age_min: "30".into(),
            age_max: "20".into(),
            time_zone: "Mars/Base".into(),
            mood_numbers: String::new(),
            ..input()
        };
        let fields: Vec<_> = Circle::parse(&bad).unwrap_err().into_iter().map(|(f, _)| f).collect();
        for field in ["slug", "name", "languages", "city", "capacity", "age_max", "time_zone", "mood_numbers"] {
            assert!(fields.contains(&field), "{field} in {fields:?}");
        }
    }

    #[test]
    fn tags_survive_storage() {
        let tags = vec!["grief".to_string(), "loss".to_string()];
        assert_eq!(tags_from_stored(&tags_to_stored(&tags)), tags);
        assert_eq!(tags_from_stored(" a, ,b "), vec!["a", "b"]);
        assert!(tags_from_stored("").is_empty());
    }
}
