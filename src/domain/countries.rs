//! Countries by the names people use: every ISO 3166 country with its
//! English name (`data/countries.tsv`, made by `scripts/countries` from the
//! tz database), the name in running text ("Helplines in the UK"), and the
//! country of each time zone (`data/zone-countries.tsv`); and, for every
//! other interface language, countries' and zones' cities' names as CLDR
//! writes them (`data/place-names/<code>.tsv`, made by `scripts/place-names`).

use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

/// One country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case: "GB".
    pub code: &'static str,
    /// As in a list: "United Kingdom".
    pub name: &'static str,
    /// In a sentence: "the UK".
    pub in_text: &'static str,
    /// Other names people type: "UK", "Britain", …
    also: Vec<&'static str>,
}

/// Every country, by name.
static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    let mut all: Vec<Country> = include_str!("../../data/countries.tsv")
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (code, name) = (fields.next()?, fields.next()?);
            let in_text = fields.next().filter(|t| !t.is_empty()).unwrap_or(name);
            let also = fields.next().unwrap_or("").split(',').filter(|a| !a.is_empty()).collect();
            Some(Country { code, name, in_text, also })
        })
        .collect();
    all.sort_by_cached_key(|c| folded(c.name));
    all
});

/// Each name a country may be typed as, folded, with its code.
static BY_NAME: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    for c in COUNTRIES.iter() {
        for name in [c.code, c.name, c.in_text].into_iter().chain(c.also.iter().copied()) {
            names.entry(folded(name)).or_insert(c.code);
        }
    }
    for (code, name) in PLACE_NAMES.values().flat_map(|names| &names.countries) {
        names.entry(folded(name)).or_insert(code);
    }
    names
});

include!(concat!(env!("OUT_DIR"), "/place_names.rs"));

/// One language's names of places.
#[derive(Default)]
struct PlaceNames {
    /// Code → name.
    countries: HashMap<&'static str, &'static str>,
    /// Zone → its city's name.
    cities: HashMap<&'static str, &'static str>,
}

/// Language → its names of places.
static PLACE_NAMES: LazyLock<HashMap<&'static str, PlaceNames>> = LazyLock::new(|| {
    PLACE_NAME_FILES
        .iter()
        .map(|(language, text)| {
            let mut names = PlaceNames::default();
            for line in text.lines() {
                let mut fields = line.split('\t');
                if let (Some(kind), Some(key), Some(name)) = (fields.next(), fields.next(), fields.next()) {
                    let table = if kind == "zone" { &mut names.cities } else { &mut names.countries };
                    table.insert(key, name);
                }
            }
            (*language, names)
        })
        .collect()
});

/// A country's name in `language`, when that language's CLDR names it.
pub fn local_name(code: &str, language: &str) -> Option<&'static str> {
    PLACE_NAMES.get(language).and_then(|names| names.countries.get(code)).copied()
}

/// The languages with place names of their own (English's are in `countries.tsv`).
pub fn place_name_languages() -> impl Iterator<Item = &'static str> {
    PLACE_NAME_FILES.iter().map(|(language, _)| *language)
}

/// Zone → (country, the zone.tab zone it names when it is an old name).
static ZONES: LazyLock<HashMap<&'static str, (&'static str, Option<&'static str>)>> = LazyLock::new(|| {
    include_str!("../../data/zone-countries.tsv")
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            Some((fields.next()?, (fields.next()?, fields.next())))
        })
        .collect()
});

/// Lower case, without accents, "the" or punctuation at either end: how names are compared.
pub(crate) fn folded(name: &str) -> String {
    let lower: String = name
        .nfd()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.strip_prefix(&["the"]).unwrap_or(&words).join(" ")
}

/// Every country, by name.
pub fn all() -> &'static [Country] {
    &COUNTRIES
}

/// A country's name for a list in `language` ("India", "भारत"), English
/// where that language's CLDR names none; the code itself when it is no
/// country (`*`).
pub fn name_in<'a>(code: &'a str, language: &str) -> &'a str {
    match by_code(code) {
        Some(c) => local_name(c.code, language).unwrap_or(c.name),
        None => code,
    }
}

/// A country's name in a sentence in `language`: "the UK" in English,
/// "यूनाइटेड किंगडम" in Hindi (whose sentences need no article).
pub fn in_text_in<'a>(code: &'a str, language: &str) -> &'a str {
    match by_code(code) {
        Some(c) => local_name(c.code, language).unwrap_or(c.in_text),
        None => code,
    }
}

/// Every country's name in `language`, as a list offers them (by that name).
pub fn names_in(language: &str) -> Vec<&'static str> {
    let mut names: Vec<&'static str> =
        COUNTRIES.iter().map(|c| local_name(c.code, language).unwrap_or(c.name)).collect();
    names.sort_by_cached_key(|name| folded(name));
    names
}

/// The city of a zone.tab zone in `language` ("कोलकाता"), when CLDR names it there.
pub fn city_in(zone: &str, language: &str) -> Option<&'static str> {
    PLACE_NAMES.get(language).and_then(|names| names.cities.get(current_name(zone))).copied()
}

/// The country with this code (any case).
pub fn by_code(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    COUNTRIES.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

/// The code of a country as someone typed it: its code, its name or
/// another name people use ("uk", "The Netherlands", "Cote d'Ivoire").
pub fn parse(typed: &str) -> Option<&'static str> {
    BY_NAME.get(&folded(typed)).copied()
}

/// The country of an IANA time zone, old names included ("Asia/Calcutta"
/// is IN); none for zones such as "UTC".
pub fn of_zone(zone: &str) -> Option<&'static str> {
    ZONES.get(zone.trim()).map(|(country, _)| *country)
}

/// The zones offered in lists (the tz database's zone.tab), with their countries.
pub fn listed_zones() -> impl Iterator<Item = (&'static str, &'static str)> {
    ZONES.iter().filter(|(_, (_, link))| link.is_none()).map(|(zone, (country, _))| (*zone, *country))
}

/// Old names and the zone.tab zone each stands for ("Asia/Calcutta", "Asia/Kolkata").
pub fn old_zone_names() -> impl Iterator<Item = (&'static str, &'static str)> {
    ZONES.iter().filter_map(|(old, (_, current))| current.map(|current| (*old, current)))
}

/// The zone.tab zone an old name stands for ("Asia/Calcutta" is "Asia/Kolkata").
pub fn current_name(zone: &str) -> &str {
    ZONES.get(zone).and_then(|(_, link)| *link).unwrap_or(zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_a_name() {
        assert_eq!(all().len(), 249);
        assert_eq!(by_code("de").map(|c| c.name), Some("Germany"));
        assert_eq!(by_code("GB").map(|c| (c.name, c.in_text)), Some(("United Kingdom", "the UK")));
        assert_eq!(by_code("US").map(|c| c.in_text), Some("the US"));
        assert_eq!(by_code("IN").map(|c| c.in_text), Some("India"), "most names need no 'the'");
        assert_eq!(by_code("ZZ"), None);
        assert!(all().windows(2).all(|w| folded(w[0].name) <= folded(w[1].name)), "by name");
        assert_eq!(all()[0].name, "Afghanistan");
    }

    #[test]
    fn countries_are_found_by_code_or_any_name_people_type() {
        for (typed, code) in [
            ("de", "DE"),
            (" GB ", "GB"),
            ("Germany", "DE"),
            ("germany", "DE"),
            ("United Kingdom", "GB"),
            ("the UK", "GB"),
            ("UK", "GB"),
            ("England", "GB"),
            ("USA", "US"),
            ("the Netherlands", "NL"),
            ("Cote d'Ivoire", "CI"),
            ("Côte d’Ivoire", "CI"),
            ("India", "IN"),
        ] {
            assert_eq!(parse(typed), Some(code), "{typed}");
        }
        for typed in ["", "Narnia", "XX", "the"] {
            assert_eq!(parse(typed), None, "{typed}");
        }
    }

    #[test]
    fn countries_and_cities_are_named_in_the_readers_language() {
        assert_eq!(name_in("IN", "hi"), "भारत");
        assert_eq!(name_in("in", "en"), "India");
        assert_eq!(in_text_in("GB", "en"), "the UK");
        assert_eq!(in_text_in("GB", "hi"), "यूनाइटेड किंगडम");
        assert_eq!(name_in("*", "hi"), "*");
        assert_eq!(name_in("IN", "xx"), "India", "a language without names reads English");
        assert_eq!(parse("भारत"), Some("IN"), "typed in Hindi too");
        assert_eq!(parse("जर्मनी"), Some("DE"));
        assert_eq!(city_in("Asia/Calcutta", "hi"), Some("कोलकाता"), "old names read as today's");
        assert_eq!(city_in("Asia/Kolkata", "en"), None, "English cities come from the zone's name");
        let hindi = names_in("hi");
        assert_eq!(hindi.len(), all().len());
        assert!(hindi.contains(&"भारत") && !hindi.contains(&"India"));
    }

    #[test]
    fn every_interface_language_but_english_names_places() {
        let with_names: Vec<&str> = place_name_languages().collect();
        for code in crate::i18n::interface_codes().filter(|code| *code != "en") {
            assert!(with_names.contains(&code), "run scripts/place-names for {code}");
            let named = all().iter().filter(|c| local_name(c.code, code).is_some()).count();
            assert!(named * 10 >= all().len() * 9, "{code} names only {named} countries");
        }
    }

    #[test]
    fn zones_know_their_country_under_old_names_too() {
        assert_eq!(of_zone("Asia/Kolkata"), Some("IN"));
        assert_eq!(of_zone("Asia/Calcutta"), Some("IN"));
        assert_eq!(of_zone("Europe/London"), Some("GB"));
        assert_eq!(of_zone("UTC"), None);
        assert_eq!(current_name("Asia/Calcutta"), "Asia/Kolkata");
        assert_eq!(current_name("Asia/Kolkata"), "Asia/Kolkata");
        assert!(listed_zones().any(|z| z == ("Asia/Kolkata", "IN")));
        assert!(!listed_zones().any(|(z, _)| z == "Asia/Calcutta"), "old names are not offered");
    }
}
