//! Countries by the names people use: every ISO 3166 country with its
//! English name (`data/countries.tsv`, made by `scripts/countries` from the
//! tz database), the name in running text ("Helplines in the UK"), and the
//! country of each time zone (`data/zone-countries.tsv`).

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
    names
});

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

/// A country's name for a list, or the code itself when it names none
/// (`*` for worldwide helplines).
pub fn name_of(code: &str) -> &str {
    by_code(code).map_or(code, |c| c.name)
}

/// Every country, by name.
pub fn all() -> &'static [Country] {
    &COUNTRIES
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
