//! Circles: the groups people find, join and return to.

use std::str::FromStr;

use chrono_tz::Tz;

use super::Invalid;

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
    pub listed: bool,
    pub drop_in: bool,
    pub status: Status,
    /// The circle's own agreements, one per entry, on top of the organisation's.
    pub agreements: Vec<String>,
    pub agreements_version: i64,
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
    }

    #[test]
    fn tags_survive_storage() {
        let tags = vec!["grief".to_string(), "loss".to_string()];
        assert_eq!(tags_from_stored(&tags_to_stored(&tags)), tags);
        assert_eq!(tags_from_stored(" a, ,b "), vec!["a", "b"]);
        assert!(tags_from_stored("").is_empty());
    }
}
