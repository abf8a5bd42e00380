//! Helplines and crisis resources: the list shipped with the binary
//! (`data/helplines.json`, each entry with its source and when it was last
//! checked, and its words in other languages), plus the organisation's own
//! entries, chosen by region.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::countries;
use super::opening::Opening;

/// One helpline.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Helpline {
    /// ISO 3166 code, upper case.
    pub country: String,
    /// A part of the country, when the line serves only that.
    pub region: String,
    pub name: String,
    pub description: String,
    pub phone: String,
    pub phone_alt: String,
    /// The number to text.
    pub sms: String,
    /// The word to text to it, when the service asks for one ("START").
    pub sms_keyword: String,
    pub chat: String,
    pub website: String,
    /// When it answers, when the data says so precisely (shown in the reader's time).
    pub open: Option<Opening>,
    /// The hours in words: a caveat beside `open` ("closed some holidays"),
    /// or, without it, all there is (as coordinators type them).
    pub hours: String,
    /// Who it is for: "everyone", "youth", "lgbtqia", "trans", "women", …
    pub audience: Vec<String>,
    /// Language codes.
    pub languages: Vec<String>,
    /// An emergency number rather than a listening line.
    pub emergency: bool,
    /// Where the details were taken from.
    pub source: String,
    pub last_verified: String,
    /// False when the details could not be confirmed: shown with a warning.
    pub verified: bool,
    /// The language `description` and `hours` are written in, when known
    /// ("en" for the shipped list; the organisation's own say nothing).
    pub written_in: String,
    /// The description and hours in other languages, by language code.
    pub translated: BTreeMap<String, LineText>,
}

/// A line's own words in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct LineText {
    pub description: String,
    pub hours: String,
}

/// A line's words for a reader, and the language they are written in (empty when unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words<'a> {
    pub description: &'a str,
    pub hours: &'a str,
    pub language: &'a str,
}

impl Helpline {
    /// The description and hours in `language` where the line has them,
    /// else as written: the name always stays as the service calls itself.
    pub fn words_for(&self, language: &str) -> Words<'_> {
        match self.translated.get_key_value(language) {
            Some((code, text)) => Words { description: &text.description, hours: &text.hours, language: code },
            None => Words { description: &self.description, hours: &self.hours, language: &self.written_in },
        }
    }
}

static SHIPPED: LazyLock<Vec<Helpline>> = LazyLock::new(|| {
    let mut lines: Vec<Helpline> =
        serde_json::from_str(include_str!("../../data/helplines.json")).expect("data/helplines.json is valid");
    for line in &mut lines {
        line.country = line.country.to_ascii_uppercase();
        line.written_in = "en".to_string();
    }
    lines
});

/// The helplines shipped with Holdspace.
pub fn shipped() -> &'static [Helpline] {
    &SHIPPED
}

/// A country as people may type it ("in", " GB ", "Germany", "the UK") as its code.
pub fn country_code(input: &str) -> Option<String> {
    countries::parse(input).map(str::to_string)
}

/// Worldwide entries (country `*`), such as a directory of helplines: shown
/// after every region's own lines, and the only ones for a region without any.
pub const WORLDWIDE: &str = "*";

/// An organisation's text line as a coordinator may type it ("Text HOME to
/// 741741", "Call or text 988", "85258") split into the number and the word
/// to send, so pages never say "Text Text HOME…".
pub fn split_sms(typed: &str) -> (String, String) {
    let mut rest = typed.trim();
    for lead in ["call or text ", "text "] {
        if let Some(after) =
            rest.get(..lead.len()).filter(|h| h.eq_ignore_ascii_case(lead)).map(|_| &rest[lead.len()..])
        {
            rest = after.trim_start();
        }
    }
    match rest.to_ascii_lowercase().find(" to ") {
        Some(at) => (rest[at + 4..].trim().to_string(), rest[..at].trim().to_string()),
        None => (rest.to_string(), String::new()),
    }
}

/// A text line as its coordinator would type it again: the number, or
/// "Text HOME to 85258" when a word must be sent (what [`split_sms`] reads).
pub fn join_sms(number: &str, keyword: &str) -> String {
    if keyword.is_empty() { number.to_string() } else { format!("Text {keyword} to {number}") }
}

/// The countries with at least one helpline of their own, sorted.
pub fn countries<'a>(lines: impl IntoIterator<Item = &'a Helpline>) -> Vec<String> {
    let mut codes: Vec<String> =
        lines.into_iter().filter(|h| h.country != WORLDWIDE).map(|h| h.country.clone()).collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Who the person is, as far as it matters for choosing lines: the
/// helpline audiences that fit them and the languages they read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fit {
    pub audiences: Vec<&'static str>,
    pub languages: Vec<String>,
}

impl Fit {
    /// What a circle says about the people in it. Circle audience tags and
    /// helpline audience tags differ, so they are matched here, once.
    pub fn for_circle(circle_audience: &[String], youth: bool, languages: &[String]) -> Fit {
        let mut audiences: Vec<&'static str> = Vec::new();
        for tag in circle_audience {
            let fits: &[&'static str] = match tag.as_str() {
                "lgbtqia" => &["lgbtqia", "trans"],
                "trans-nonbinary" => &["trans", "lgbtqia"],
                "women" => &["women"],
                "youth" | "young-adults" => &["youth"],
                _ => &[],
            };
            audiences.extend(fits);
        }
        if youth {
            audiences.extend(["youth", "children"]);
        }
        audiences.sort_unstable();
        audiences.dedup();
        Fit { audiences, languages: languages.to_vec() }
    }

    fn audience_fits(&self, line: &Helpline) -> bool {
        line.audience.iter().any(|a| self.audiences.contains(&a.as_str()))
    }

    /// A line that lists no languages is not put behind others for it.
    fn language_fits(&self, line: &Helpline) -> bool {
        line.languages.is_empty() || line.languages.iter().any(|l| self.languages.contains(l))
    }
}

/// Whether a line is for everyone rather than one group.
fn general(line: &Helpline) -> bool {
    line.audience.is_empty() || line.audience.iter().any(|a| a == "everyone")
}

/// The lines to offer someone in one country, in the order to show them:
/// the emergency number first, then lines made for people like them, then
/// lines for everyone, then lines for other groups, then worldwide ones.
/// Within each, lines in their language come first, and otherwise the
/// order given (the organisation's own before the shipped ones).
pub fn for_person<'a>(lines: impl IntoIterator<Item = &'a Helpline>, country: &str, fit: &Fit) -> Vec<&'a Helpline> {
    let mut found: Vec<&Helpline> =
        lines.into_iter().filter(|h| h.country == country || h.country == WORLDWIDE).collect();
    found.sort_by_key(|h| {
        let group = if h.country == WORLDWIDE {
            4
        } else if h.emergency {
            0
        } else if fit.audience_fits(h) {
            1
        } else if general(h) {
            2
        } else {
            3
        };
        (group, !fit.language_fits(h))
    });
    found
}

/// What is known about where someone is, most deliberate first.
#[derive(Debug, Clone, Copy, Default)]
pub struct RegionClues<'a> {
    /// Picked on `/help`, now or before.
    pub chosen: Option<&'a str>,
    /// The country on their profile.
    pub profile_country: Option<&'a str>,
    /// Their time zone (profile, or what the browser said), an IANA name.
    pub time_zone: Option<&'a str>,
    /// The browser's `Accept-Language` header.
    pub accept_language: Option<&'a str>,
    /// The country of the circle they are in.
    pub circle_country: Option<&'a str>,
    /// The organisation's country.
    pub org_country: Option<&'a str>,
}

/// The region to show someone: what they told us (a region picked on
/// `/help`, their profile's country), then what their browser says (time
/// zone, then the region in `Accept-Language`), then the circle's country,
/// then the organisation's.
pub fn choose_region(clues: &RegionClues<'_>) -> Option<String> {
    clues
        .chosen
        .and_then(country_code)
        .or_else(|| clues.profile_country.and_then(country_code))
        .or_else(|| clues.time_zone.and_then(zone_country))
        .or_else(|| clues.accept_language.and_then(language_region))
        .or_else(|| clues.circle_country.and_then(country_code))
        .or_else(|| clues.org_country.and_then(country_code))
}

/// The country of an IANA time zone ("Europe/London" is GB), from the tz
/// database's own table; none for zones such as "UTC".
pub fn zone_country(zone: &str) -> Option<String> {
    countries::of_zone(zone).map(str::to_string)
}

/// The first region named in an `Accept-Language` header ("en-GB" is GB),
/// skipping languages the browser refuses (`q=0`) and script subtags.
pub fn language_region(header: &str) -> Option<String> {
    header.split(',').find_map(|item| {
        let mut parts = item.split(';');
        let tag = parts.next()?.trim();
        let refused = parts.any(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()) == Some(0.0));
        if refused {
            return None;
        }
        tag.split(['-', '_']).skip(1).find(|sub| sub.len() == 2).and_then(country_code)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phones(lines: &[&Helpline]) -> Vec<String> {
        lines.iter().map(|h| if h.phone.is_empty() { h.name.clone() } else { h.phone.clone() }).collect()
    }

    #[test]
    fn the_shipped_list_covers_the_required_countries_with_sources() {
        for country in ["IN", "US", "GB", "CA", "AU"] {
            let lines = for_person(shipped(), country, &Fit::default());
            assert!(lines.len() > 1, "{country}");
            assert!(lines[0].emergency, "the emergency number comes first in {country}");
        }
        for line in shipped() {
            assert!(!line.name.is_empty() && !line.source.is_empty(), "{line:?}");
            assert!(!line.verified || !line.last_verified.is_empty(), "a verified line says when: {line:?}");
            let reachable = [&line.phone, &line.sms, &line.chat, &line.website].iter().any(|w| !w.is_empty());
            assert!(reachable, "{}", line.name);
            assert!(line.open.is_some() || !line.hours.is_empty(), "{} says when it answers", line.name);
        }
        let india = phones(&for_person(shipped(), "IN", &Fit::default()));
        assert!(india.contains(&"14416".to_string()) && india[0] == "112", "{india:?}");
    }

    #[test]
    fn shipped_lines_speak_every_interface_language_but_keep_their_names() {
        for code in crate::i18n::interface_codes().filter(|code| *code != "en") {
            for line in shipped() {
                let words = line.words_for(code);
                assert_eq!(words.language, code, "{} has no {code} words", line.name);
                assert_eq!(words.description.is_empty(), line.description.is_empty(), "{}", line.name);
                assert_eq!(words.hours.is_empty(), line.hours.is_empty(), "{}", line.name);
            }
        }
        let tele_manas = shipped().iter().find(|h| h.name == "Tele-MANAS").map(|h| h.words_for("hi"));
        assert!(tele_manas.is_some_and(|w| w.description.starts_with("भारत सरकार की")), "{tele_manas:?}");
        let english = shipped()[0].words_for("en");
        assert_eq!((english.description, english.language), (shipped()[0].description.as_str(), "en"));
        let own = Helpline { description: "typed by a coordinator".into(), ..Helpline::default() };
        assert_eq!(own.words_for("hi").language, "", "the organisation's own lines' language is not known");
    }

    #[test]
    fn no_source_carries_tracking_parameters() {
        for line in shipped() {
            let url = url::Url::parse(&line.source).unwrap_or_else(|_| panic!("{}: {}", line.name, line.source));
            let tracked =
                url.query_pairs().any(|(key, _)| key.starts_with("utm_") || key == "gclid" || key == "fbclid");
            assert!(!tracked, "{} links to {}", line.name, line.source);
        }
    }

    #[test]
    fn a_london_profile_zone_gets_uk_lines_with_999_first() {
        let clues = RegionClues {
            time_zone: Some("Europe/London"),
            circle_country: Some("US"),
            org_country: Some("IN"),
            ..RegionClues::default()
        };
        let region = choose_region(&clues).unwrap();
        assert_eq!(region, "GB");
        let lines = for_person(shipped(), &region, &Fit::default());
        assert_eq!(lines[0].phone, "999");
        assert!(lines.iter().all(|h| h.country == "GB" || h.country == WORLDWIDE), "{:?}", phones(&lines));
        assert!(!phones(&lines).contains(&"988".to_string()));
    }

    #[test]
    fn a_visitor_with_a_british_browser_gets_gb_not_the_organisations_country() {
        let clues =
            RegionClues { accept_language: Some("en-GB,en;q=0.9"), org_country: Some("IN"), ..RegionClues::default() };
        assert_eq!(choose_region(&clues).as_deref(), Some("GB"));
    }

    #[test]
    fn an_explicit_choice_beats_everything() {
        let clues = RegionClues {
            chosen: Some("au"),
            profile_country: Some("IN"),
            time_zone: Some("Europe/London"),
            accept_language: Some("en-US"),
            circle_country: Some("CA"),
            org_country: Some("GB"),
        };
        assert_eq!(choose_region(&clues).as_deref(), Some("AU"));
    }

    #[test]
    fn each_clue_counts_only_when_the_ones_before_it_are_silent() {
        let mut clues = RegionClues {
            chosen: Some("nowhere"),
            profile_country: Some("IN"),
            time_zone: Some("America/Toronto"),
            accept_language: Some("en-AU"),
            circle_country: Some("US"),
            org_country: Some("GB"),
        };
        assert_eq!(choose_region(&clues).as_deref(), Some("IN"), "the profile beats the browser");
        clues.profile_country = None;
        assert_eq!(choose_region(&clues).as_deref(), Some("CA"), "the zone beats the language");
        clues.time_zone = Some("UTC");
        assert_eq!(choose_region(&clues).as_deref(), Some("AU"), "a zone of no country says nothing");
        clues.accept_language = Some("en");
        assert_eq!(choose_region(&clues).as_deref(), Some("US"), "the circle beats the organisation");
        clues.circle_country = Some("");
        assert_eq!(choose_region(&clues).as_deref(), Some("GB"));
        clues.org_country = None;
        assert_eq!(choose_region(&clues), None);
    }

    #[test]
    fn old_zone_names_and_language_tags_name_countries() {
        assert_eq!(zone_country("Asia/Calcutta").as_deref(), Some("IN"));
        assert_eq!(zone_country("Asia/Kolkata").as_deref(), Some("IN"));
        assert_eq!(zone_country("Australia/Sydney").as_deref(), Some("AU"));
        assert_eq!(zone_country("Etc/UTC"), None);
        assert_eq!(language_region("hi-IN,hi;q=0.9,en;q=0.8").as_deref(), Some("IN"));
        assert_eq!(language_region("zh-Hant-TW").as_deref(), Some("TW"));
        assert_eq!(language_region("en-GB;q=0, fr-CA;q=0.5").as_deref(), Some("CA"));
        assert_eq!(language_region("en, *"), None);
    }

    #[test]
    fn lines_that_fit_the_circle_come_before_general_ones() {
        let lgbtqia = Fit::for_circle(&["lgbtqia".into()], false, &[]);
        let us = for_person(shipped(), "US", &lgbtqia);
        let names: Vec<&str> = us.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names[0], "Emergency (911)");
        let trevor = names.iter().position(|n| *n == "The Trevor Project").unwrap();
        let lifeline = names.iter().position(|n| n.starts_with("988")).unwrap();
        assert!(trevor < lifeline, "{names:?}");
        let plain = for_person(shipped(), "US", &Fit::default());
        let names: Vec<&str> = plain.iter().map(|h| h.name.as_str()).collect();
        let trevor = names.iter().position(|n| *n == "The Trevor Project").unwrap();
        let lifeline = names.iter().position(|n| n.starts_with("988")).unwrap();
        assert!(lifeline < trevor, "lines for everyone come before other groups' lines: {names:?}");
        assert_eq!(plain.last().map(|h| h.country.as_str()), Some(WORLDWIDE));
    }

    #[test]
    fn lines_in_the_persons_language_come_first_within_a_group() {
        let line = |name: &str, lang: &str| Helpline {
            country: "IN".into(),
            name: name.into(),
            audience: vec!["everyone".into()],
            languages: vec![lang.into()],
            ..Helpline::default()
        };
        let lines = [line("English line", "en"), line("Hindi line", "hi")];
        let hindi = Fit { languages: vec!["hi".into()], ..Fit::default() };
        assert_eq!(for_person(&lines, "IN", &hindi)[0].name, "Hindi line");
        assert_eq!(for_person(&lines, "IN", &Fit::default())[0].name, "English line");
    }

    #[test]
    fn a_typed_text_line_splits_into_number_and_word() {
        let split = |s: &str| split_sms(s);
        assert_eq!(split("Text START to 678-678"), ("678-678".into(), "START".into()));
        assert_eq!(split("text shout TO 85258"), ("85258".into(), "shout".into()));
        assert_eq!(split("Call or text 988"), ("988".into(), String::new()));
        assert_eq!(split(" 0477 13 11 14 "), ("0477 13 11 14".into(), String::new()));
        assert_eq!(split(""), (String::new(), String::new()));
        assert_eq!(split("टेक्स्ट 1098"), ("टेक्स्ट 1098".into(), String::new()), "never cut inside a letter");
    }

    #[test]
    fn a_text_line_reads_back_as_it_was_typed() {
        for typed in ["Text HOME to 85258", "988"] {
            let (number, keyword) = split_sms(typed);
            assert_eq!(join_sms(&number, &keyword), typed);
        }
    }

    #[test]
    fn a_region_without_lines_still_gets_the_worldwide_directory() {
        let lines = for_person(shipped(), "JP", &Fit::default());
        assert!(!lines.is_empty() && lines.iter().all(|h| h.country == WORLDWIDE));
        assert!(!countries(shipped()).contains(&WORLDWIDE.to_string()));
    }

    #[test]
    fn every_country_of_the_european_union_has_112_first() {
        for country in ["DE", "FR", "IE", "PL", "SE"] {
            let lines = for_person(shipped(), country, &Fit::default());
            assert_eq!((lines[0].phone.as_str(), lines[0].emergency), ("112", true), "{country}");
            assert_eq!(lines.last().map(|h| h.country.as_str()), Some(WORLDWIDE), "{country}: the directory too");
        }
    }
}
