//! Domain values as pages show them, in the reader's language.

use chrono_tz::Tz;

use super::format::MeetTime;
use crate::domain::circle::{CallFormat, Circle, FacilitatorCard, Format, Status};
use crate::domain::matching::{Found, Reason};
use crate::domain::meet::{Meet, MeetStatus};
use crate::domain::member::LANGUAGES;
use crate::domain::rsvp::RsvpStatus;
use crate::i18n::{Tr, msg};
use crate::store::meets::MeetCounts;

/// The message id naming a format.
fn format_key(format: Format) -> &'static str {
    match format {
        Format::Online => msg("format-online"),
        Format::InPerson => msg("format-in-person"),
        Format::Hybrid => msg("format-hybrid"),
    }
}

/// Audiences a circle may be reserved for, with their message ids.
const AUDIENCES: &[(&str, &str)] = &[
    ("lgbtqia", msg("audience-lgbtqia")),
    ("trans-nonbinary", msg("audience-trans-nonbinary")),
    ("women", msg("audience-women")),
    ("youth", msg("audience-youth")),
    ("young-adults", msg("audience-young-adults")),
    ("deaf", msg("audience-deaf")),
    ("parents", msg("audience-parents")),
    ("caregivers", msg("audience-caregivers")),
    ("professionals", msg("audience-professionals")),
    ("survivors", msg("audience-survivors")),
];

/// The audience tags with their labels, for filters and forms.
pub fn audiences(tr: &Tr) -> Vec<(&'static str, String)> {
    AUDIENCES.iter().map(|(tag, key)| (*tag, tr.get(key))).collect()
}

fn audience_label(tr: &Tr, tag: &str) -> String {
    AUDIENCES.iter().find(|(t, _)| *t == tag).map(|(_, key)| tr.get(key)).unwrap_or_else(|| tag.to_string())
}

/// "Matches: dementia, “exhausted” → carer burnout": what a search found in
/// a circle, in the circle's own words, after the visitor's when they differ.
pub fn match_reasons(tr: &Tr, reasons: &[Reason]) -> String {
    if reasons.is_empty() {
        return String::new();
    }
    let named: Vec<String> = reasons
        .iter()
        .map(|r| {
            let found = match &r.found {
                Found::Topic(topic) => topic.clone(),
                Found::Audience(tag) => in_a_list(audience_label(tr, tag)),
                Found::Words(words) => tr.arg(msg("wayin-match-quoted"), "words", words.as_str()),
            };
            if r.same_words {
                found
            } else {
                tr.args(msg("wayin-match-said"), &[("said", r.said.clone().into()), ("found", found.into())])
            }
        })
        .collect();
    tr.arg(msg("circles-matches"), "reasons", named.join(", "))
}

/// A label made to follow a comma: "Caregivers" becomes "caregivers", but
/// "LGBTQIA+ people" keeps its capitals.
fn in_a_list(label: String) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label,
    }
}

/// A language's name as the reader's language says it ("अंग्रेज़ी" on a
/// Hindi page), else its own name ("हिन्दी"), else its code.
pub fn language_name(tr: &Tr, code: &str) -> String {
    tr.optional(&format!("language-of-{code}")).unwrap_or_else(|| {
        LANGUAGES.iter().find(|(c, _)| *c == code).map_or_else(|| code.to_string(), |(_, name)| (*name).to_string())
    })
}

/// Splits text into paragraphs at blank lines.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|p| !p.is_empty()).collect()
}

/// A circle's own words (its name, a paragraph, an agreement), with the
/// language they are in so the page can say so with `lang`.
pub struct Said {
    pub text: String,
    /// The language by the text's script, when there are letters to tell.
    pub lang: Option<&'static str>,
}

impl Said {
    /// `text` with its language told by its script.
    pub fn new(text: String) -> Said {
        let lang = crate::domain::text::script_language(&text);
        Said { text, lang }
    }

    /// The ` lang="…"` attribute for the element holding the text, or
    /// nothing when the language is unknown.
    pub fn lang_attr(&self) -> String {
        self.lang.map(|l| format!(" lang=\"{l}\"")).unwrap_or_default()
    }
}

/// The ` lang="…"` attribute for an element holding words people wrote
/// (a note, a sentence about themselves), told by their script; nothing
/// when it cannot be told.
pub fn lang_attr(text: &str) -> String {
    Said::new(text.to_string()).lang_attr()
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// A circle as a directory card or a page shows it.
pub struct CircleView {
    pub slug: String,
    pub name: Said,
    pub summary: Said,
    pub description: Vec<Said>,
    pub how_it_works: Vec<String>,
    pub eligibility: String,
    pub format: String,
    /// How its online meets are held, when there is a call beside the text room.
    pub call: Option<String>,
    pub languages: String,
    pub topics: Vec<String>,
    pub audience: Vec<String>,
    pub ages: Option<String>,
    /// Area and city (never the street address).
    pub place: Option<String>,
    /// The circle's zone as people say it ("India time").
    pub zone_name: String,
    pub drop_in: bool,
    pub paused: bool,
    pub archived: bool,
    pub agreements: Vec<Said>,
    /// What is known about the venue: (question, answer).
    pub getting_there: Vec<(String, String)>,
}

impl CircleView {
    /// Prepares a circle for display.
    pub fn new(circle: &Circle, tr: &Tr) -> CircleView {
        let ages = match (circle.age_min, circle.age_max) {
            (Some(min), Some(max)) => Some(tr.args("ages-between", &[("min", min.into()), ("max", max.into())])),
            (Some(min), None) => Some(tr.arg("ages-from", "min", min)),
            (None, Some(max)) => Some(tr.arg("ages-up-to", "max", max)),
            (None, None) => None,
        };
        let place_parts: Vec<&str> =
            [circle.area.as_str(), circle.city.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
        CircleView {
            slug: circle.slug.clone(),
            name: Said::new(circle.name.clone()),
            summary: Said::new(circle.summary.clone()),
            description: paragraphs(&circle.description).into_iter().map(Said::new).collect(),
            how_it_works: paragraphs(&circle.how_it_works),
            eligibility: circle.eligibility.clone(),
            format: tr.get(format_key(circle.format)),
            call: match circle.call {
                _ if circle.format == Format::InPerson => None,
                CallFormat::Text => None,
                CallFormat::Voice => Some(tr.get("circle-call-voice")),
                CallFormat::Video => Some(tr.get("circle-call-video")),
            },
            languages: circle.languages.iter().map(|c| language_name(tr, c)).collect::<Vec<_>>().join(", "),
            topics: circle.topics.clone(),
            audience: circle.audience.iter().map(|a| audience_label(tr, a)).collect(),
            ages,
            place: (circle.format.has_place() && !place_parts.is_empty()).then(|| place_parts.join(", ")),
            zone_name: super::format::zone_name(tr, circle.time_zone),
            drop_in: circle.drop_in,
            paused: circle.status == Status::Paused,
            archived: circle.status == Status::Archived,
            agreements: circle.agreements.iter().cloned().map(Said::new).collect(),
            getting_there: super::venue::getting_there(circle, tr),
        }
    }
}

/// A meet as pages show it to one reader.
pub struct MeetView {
    pub id: i64,
    pub time: MeetTime,
    pub minutes: i64,
    pub cancelled: bool,
    pub live: bool,
    pub moved: bool,
    pub note: String,
    pub going: i64,
    pub seats_left: i64,
    pub waitlisted: i64,
    /// Whether RSVPs are still taken.
    pub open: bool,
    /// The reader has a seat.
    pub have_seat: bool,
    /// The reader is on the waitlist.
    pub waiting: bool,
    /// The reader's place on the waitlist, when the page looked it up.
    pub place: Option<i64>,
    /// The reader's place comes from joining the circle.
    pub standing: bool,
}

impl MeetView {
    /// Prepares a meet for a reader in `reader_zone`.
    pub fn new(
        tr: &Tr,
        counts: &MeetCounts,
        circle: &Circle,
        reader_zone: Option<Tz>,
        mine: Option<(RsvpStatus, bool)>,
        now: i64,
    ) -> MeetView {
        let meet: &Meet = &counts.meet;
        MeetView {
            id: meet.id,
            time: MeetTime::new(tr, meet.starts_at, reader_zone, circle.time_zone),
            minutes: meet.duration_minutes,
            cancelled: meet.status == MeetStatus::Cancelled,
            live: meet.status == MeetStatus::Live,
            moved: meet.moved,
            note: meet.note.clone(),
            going: counts.going,
            seats_left: (circle.capacity - counts.going).max(0),
            waitlisted: counts.waitlisted,
            open: meet.takes_rsvps(circle.status, now),
            have_seat: matches!(mine, Some((RsvpStatus::Going, _))),
            waiting: matches!(mine, Some((RsvpStatus::Waitlisted, _))),
            place: None,
            standing: mine.is_some_and(|(_, standing)| standing),
        }
    }
}

/// A facilitator as a circle page shows them.
pub struct FacilitatorView {
    pub alias: String,
    pub pronouns: String,
    pub note: String,
}

impl From<FacilitatorCard> for FacilitatorView {
    fn from(card: FacilitatorCard) -> FacilitatorView {
        FacilitatorView {
            alias: card.alias,
            pronouns: card.pronouns.unwrap_or_default(),
            note: card.lived_experience.unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines() {
        assert_eq!(paragraphs("One\nline.\n\nTwo."), vec!["One line.", "Two."]);
        assert!(paragraphs("  ").is_empty());
    }
}
