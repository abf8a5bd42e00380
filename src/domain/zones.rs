//! Time zones as people name them: a city and its country ("Kolkata
//! (India)", "London (UK)", "New York (US)"; "कोलकाता (भारत)" in Hindi),
//! chosen from a list, or typed as a city, a country with one clock, or an
//! IANA name.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::LazyLock;

use chrono::{DateTime, Offset, TimeZone};
use chrono_tz::Tz;

use super::Invalid;
use super::countries;

/// A zone as a list offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneChoice {
    pub zone: Tz,
    /// "Kolkata (India)".
    pub label: String,
    /// Cities of its old names, separated by `|` ("Calcutta"): browsers may
    /// still give those, and the page script finds the zone by them.
    pub old_cities: String,
}

/// Every zone people may choose, by label, with UTC last.
static CHOICES: LazyLock<Vec<ZoneChoice>> = LazyLock::new(|| choices_labelled("en"));

/// The same in each other language with place names of its own.
static CHOICES_IN: LazyLock<HashMap<&'static str, Vec<ZoneChoice>>> = LazyLock::new(|| {
    countries::place_name_languages().map(|language| (language, choices_labelled(language))).collect()
});

fn choices_labelled(language: &str) -> Vec<ZoneChoice> {
    let mut all: Vec<ZoneChoice> = countries::listed_zones()
        .filter_map(|(name, _)| Tz::from_str(name).ok())
        .map(|zone| {
            let own = city(zone.name());
            let mut old: Vec<String> = countries::old_zone_names()
                .filter(|(_, current)| *current == zone.name())
                .map(|(old, _)| city(old))
                .filter(|c| *c != own)
                .collect();
            old.sort();
            old.dedup();
            ZoneChoice { zone, label: label_in(zone, language), old_cities: old.join("|") }
        })
        .collect();
    all.sort_by_cached_key(|c| countries::folded(&c.label));
    all.push(ZoneChoice { zone: Tz::UTC, label: label(Tz::UTC), old_cities: String::new() });
    all
}

impl ZoneChoice {
    /// The city of the zone's name, as browsers name it ("Kolkata"), in
    /// whatever language the label is: the page script finds the zone by it.
    pub fn city(&self) -> String {
        city(self.zone.name())
    }
}

/// Every zone people may choose, by label.
pub fn choices() -> &'static [ZoneChoice] {
    &CHOICES
}

/// Every zone people may choose, labelled in `language` (English where it has no place names).
pub fn choices_in(language: &str) -> &'static [ZoneChoice] {
    CHOICES_IN.get(language).map_or(&CHOICES, Vec::as_slice)
}

/// The city of a zone's name: "America/Argentina/Buenos_Aires" is "Buenos Aires".
fn city(name: &str) -> String {
    name.rsplit('/').next().unwrap_or(name).replace('_', " ")
}

/// A country as a zone's label names it: "UK", "US", "India".
fn country_short(code: &str) -> &'static str {
    countries::by_code(code).map_or("", |c| c.in_text.strip_prefix("the ").unwrap_or(c.in_text))
}

/// "Kolkata (India)" for Asia/Kolkata and its old name Asia/Calcutta; a
/// zone of no country keeps its name ("UTC").
pub fn label(zone: Tz) -> String {
    label_in(zone, "en")
}

/// A zone's label in `language`: "कोलकाता (भारत)" in Hindi, English's
/// "Kolkata (India)" where the language has no names for the place.
pub fn label_in(zone: Tz, language: &str) -> String {
    let name = countries::current_name(zone.name());
    match countries::of_zone(name) {
        Some(code) if language != "en" && countries::city_in(name, language).is_some() => {
            let city = countries::city_in(name, language).unwrap_or_default();
            format!("{city} ({})", countries::name_in(code, language))
        }
        Some(code) => format!("{} ({})", city(name), country_short(code)),
        None if name == "Etc/UTC" => "UTC".to_string(),
        None => name.to_string(),
    }
}

/// A zone as someone typed or chose it: its label, its city, a country
/// with one clock ("India", "Germany"), or an IANA name; blank is none.
pub fn parse(typed: &str) -> Result<Option<Tz>, Invalid> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    if let Some(zone) = chrono_tz::TZ_VARIANTS.iter().find(|z| z.name().eq_ignore_ascii_case(typed)) {
        return Ok(Some(*zone));
    }
    let key = countries::folded(typed);
    let mut labelled = CHOICES.iter().chain(CHOICES_IN.values().flatten());
    if let Some(choice) = labelled.find(|c| countries::folded(&c.label) == key) {
        return Ok(Some(choice.zone));
    }
    let mut in_city =
        CHOICES.iter().filter(|c| countries::folded(&city(c.zone.name())) == key).chain(CHOICES.iter().filter(|c| {
            countries::place_name_languages()
                .any(|l| countries::city_in(c.zone.name(), l).is_some_and(|city| countries::folded(city) == key))
        }));
    if let (Some(choice), None) = (in_city.next(), in_city.next()) {
        return Ok(Some(choice.zone));
    }
    match countries::parse(typed) {
        Some(country) => one_clock(country).map(Some).ok_or(Invalid("time-zone-which")),
        None => Err(Invalid("time-zone-unknown")),
    }
}

/// A country's zone when all its zones keep the same time, winter and
/// summer ("Germany" has Berlin and Busingen, one clock); none when its
/// clocks differ (the US) or it has no zone of its own.
fn one_clock(country: &str) -> Option<Tz> {
    // A January and a July instant: any difference in offsets or summer time shows.
    const SAMPLES: [i64; 2] = [1_767_225_600, 1_782_864_000];
    let offsets = |zone: Tz| {
        SAMPLES.map(|t| DateTime::from_timestamp(t, 0).map(|t| zone.offset_from_utc_datetime(&t.naive_utc()).fix()))
    };
    let mut zones = countries::listed_zones()
        .filter(|(_, c)| *c == country)
        .filter_map(|(name, _)| Tz::from_str(name).ok())
        .collect::<Vec<_>>();
    zones.sort_by_key(|z| z.name());
    let first = *zones.first()?;
    zones.iter().all(|z| offsets(*z) == offsets(first)).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_are_labelled_by_city_and_country() {
        assert_eq!(label(Tz::Asia__Kolkata), "Kolkata (India)");
        assert_eq!(label(Tz::Asia__Calcutta), "Kolkata (India)", "an old name reads as today's");
        assert_eq!(label(Tz::Europe__London), "London (UK)");
        assert_eq!(label(Tz::America__New_York), "New York (US)");
        assert_eq!(label(Tz::America__Argentina__Buenos_Aires), "Buenos Aires (Argentina)");
        assert_eq!(label(Tz::UTC), "UTC");
        assert_eq!(label(Tz::Etc__UTC), "UTC");
    }

    #[test]
    fn the_list_has_every_zone_once_by_label() {
        let all = choices();
        assert!(all.len() > 300);
        assert!(all.iter().any(|c| c.label == "Kolkata (India)"));
        assert!(!all.iter().any(|c| c.zone == Tz::Asia__Calcutta), "old names are not offered");
        assert_eq!(all.last().map(|c| c.label.as_str()), Some("UTC"));
        let kolkata = all.iter().find(|c| c.zone == Tz::Asia__Kolkata).map(|c| c.old_cities.as_str());
        assert_eq!(kolkata, Some("Calcutta"), "the old name a browser may still give");
        let mut labels: Vec<&str> = all.iter().map(|c| c.label.as_str()).collect();
        labels.dedup();
        assert_eq!(labels.len(), all.len(), "no two zones read the same");
    }

    #[test]
    fn zones_are_found_as_people_type_them() {
        for (typed, zone) in [
            ("Kolkata (India)", Tz::Asia__Kolkata),
            ("kolkata (india)", Tz::Asia__Kolkata),
            ("London", Tz::Europe__London),
            ("new york", Tz::America__New_York),
            ("India", Tz::Asia__Kolkata),
            ("Germany", Tz::Europe__Berlin),
            ("the UK", Tz::Europe__London),
            ("Asia/Kolkata", Tz::Asia__Kolkata),
            ("asia/calcutta", Tz::Asia__Calcutta),
            ("UTC", Tz::UTC),
        ] {
            assert_eq!(parse(typed), Ok(Some(zone)), "{typed}");
        }
        assert_eq!(parse("  "), Ok(None));
        assert_eq!(parse("United States"), Err(Invalid("time-zone-which")), "the US has many clocks");
        assert_eq!(parse("Mars/Olympus"), Err(Invalid("time-zone-unknown")));
        assert_eq!(parse("Narnia"), Err(Invalid("time-zone-unknown")));
    }

    #[test]
    fn hindi_readers_choose_zones_by_hindi_names() {
        assert_eq!(label_in(Tz::Asia__Calcutta, "hi"), "कोलकाता (भारत)");
        assert_eq!(label_in(Tz::Europe__London, "hi"), "लंदन (यूनाइटेड किंगडम)");
        assert_eq!(label_in(Tz::UTC, "hi"), "UTC");
        assert_eq!(label_in(Tz::Asia__Kolkata, "en"), "Kolkata (India)");
        let hindi = choices_in("hi");
        assert_eq!(hindi.len(), choices().len());
        assert!(hindi.iter().any(|c| c.label == "कोलकाता (भारत)"));
        for (typed, zone) in
            [("कोलकाता (भारत)", Tz::Asia__Kolkata), ("कोलकाता", Tz::Asia__Kolkata), ("भारत", Tz::Asia__Kolkata)]
        {
            assert_eq!(parse(typed), Ok(Some(zone)), "{typed}");
        }
        assert_eq!(choices_in("xx").first(), choices().first(), "English where a language names no places");
    }
}
