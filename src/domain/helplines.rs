//! Helplines and crisis resources: the list shipped with the binary
//! (`data/helplines.json`, each entry with its source and when it was last
//! checked), plus the organisation's own entries, chosen by region.

use std::sync::LazyLock;

use serde::Deserialize;

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
    pub sms: String,
    pub chat: String,
    pub website: String,
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
}

static SHIPPED: LazyLock<Vec<Helpline>> = LazyLock::new(|| {
    let mut lines: Vec<Helpline> =
        serde_json::from_str(include_str!("../../data/helplines.json")).expect("data/helplines.json is valid");
    for line in &mut lines {
        line.country = line.country.to_ascii_uppercase();
    }
    lines
});

/// The helplines shipped with Holdspace.
pub fn shipped() -> &'static [Helpline] {
    &SHIPPED
}

/// A country code as people may type it ("in", " GB ") made canonical, if it looks like one.
pub fn country_code(input: &str) -> Option<String> {
    let code = input.trim().to_ascii_uppercase();
    (code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase())).then_some(code)
}

/// The countries with at least one helpline, sorted.
pub fn countries<'a>(lines: impl IntoIterator<Item = &'a Helpline>) -> Vec<String> {
    let mut codes: Vec<String> = lines.into_iter().map(|h| h.country.clone()).collect();
    codes.sort();
    codes.dedup();
    codes
}

/// The lines for one country: listening lines first (the organisation's
/// own before the shipped ones, as given), emergency numbers last.
pub fn for_country<'a>(lines: impl IntoIterator<Item = &'a Helpline>, country: &str) -> Vec<&'a Helpline> {
    let mut found: Vec<&Helpline> = lines.into_iter().filter(|h| h.country == country).collect();
    found.sort_by_key(|h| h.emergency);
    found
}

/// The region to show someone: the first of chosen, profile, circle and
/// organisation that names a country.
pub fn region_for(candidates: &[Option<&str>]) -> Option<String> {
    candidates.iter().flatten().find_map(|c| country_code(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_covers_the_required_countries_with_sources() {
        for country in ["IN", "US", "GB", "CA", "AU"] {
            assert!(!for_country(shipped(), country).is_empty(), "{country}");
        }
        for line in shipped() {
            assert!(!line.name.is_empty() && !line.source.is_empty(), "{line:?}");
            assert!(!line.verified || !line.last_verified.is_empty(), "a verified line says when: {line:?}");
            let reachable = [&line.phone, &line.sms, &line.chat, &line.website].iter().any(|w| !w.is_empty());
            assert!(reachable, "{}", line.name);
        }
        let india: Vec<&str> = for_country(shipped(), "IN").iter().map(|h| h.phone.as_str()).collect();
        assert!(india.contains(&"14416") && india.contains(&"112"), "{india:?}");
        assert!(for_country(shipped(), "IN").last().is_some_and(|h| h.emergency), "emergency numbers come last");
    }

    #[test]
    fn the_region_is_the_first_that_names_a_country() {
        assert_eq!(region_for(&[None, Some(""), Some("gb"), Some("IN")]), Some("GB".into()));
        assert_eq!(region_for(&[Some("nowhere"), None]), None);
    }
}
