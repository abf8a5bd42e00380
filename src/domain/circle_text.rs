//! A circle's words in another interface language, given by its coordinator,
//! so that a reader in that language meets the circle in it.

use super::circle::{Circle, DESCRIPTION_MAX, NAME_MAX, SUMMARY_MAX, agreements_fit, lines_from_stored};
use super::member::FieldErrors;
use super::{Invalid, text};

/// A circle's name, summary, description and agreements in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CircleText {
    /// Interface language code, e.g. `hi`.
    pub lang: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    /// One agreement a line, as the coordinator typed them.
    pub agreements: String,
}

impl CircleText {
    /// A coordinator's words in `lang` as typed, held to the limits of the
    /// circle's own fields; every problem is reported. Every field may be empty.
    pub fn parse(
        lang: &str,
        name: &str,
        summary: &str,
        description: &str,
        agreements: &str,
    ) -> Result<CircleText, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut line = |raw: &str, max: usize, field: &'static str, too_long: &'static str| {
            text::optional_line(raw, max, too_long)
                .map_err(|e| errors.push((field, e)))
                .ok()
                .flatten()
                .unwrap_or_default()
        };
        let name = line(name, NAME_MAX, "name", "circle-text-name-too-long");
        let summary = line(summary, SUMMARY_MAX, "summary", "circle-text-summary-too-long");
        let description = text::optional_block(description, DESCRIPTION_MAX, "circle-text-description-too-long")
            .map_err(|e| errors.push(("description", e)))
            .ok()
            .flatten()
            .unwrap_or_default();
        let agreements: Vec<String> = agreements.lines().map(text::single_line).filter(|l| !l.is_empty()).collect();
        if !agreements_fit(&agreements) {
            errors.push(("agreements", Invalid("agreements-too-long")));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(CircleText { lang: lang.to_string(), name, summary, description, agreements: agreements.join("\n") })
    }

    /// The fields that differ from `before` ("name", "summary", …): what
    /// the audit log says of a change, never the words themselves.
    pub fn changed_from(&self, before: &CircleText) -> Vec<&'static str> {
        [
            ("name", self.name.trim() != before.name.trim()),
            ("summary", self.summary.trim() != before.summary.trim()),
            ("description", self.description.trim() != before.description.trim()),
            ("agreements", lines_from_stored(&self.agreements) != lines_from_stored(&before.agreements)),
        ]
        .into_iter()
        .filter_map(|(field, changed)| changed.then_some(field))
        .collect()
    }

    /// Whether nothing was given, which removes the language.
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.summary, &self.description, &self.agreements].iter().all(|f| f.trim().is_empty())
    }
}

/// The circle as a reader in `lang` sees it: its words in that language
/// where the coordinator gave them, its own words elsewhere.
pub fn in_language(mut circle: Circle, texts: &[CircleText], lang: &str) -> Circle {
    let Some(text) = texts.iter().find(|t| t.lang == lang) else { return circle };
    let given = |field: &str| (!field.trim().is_empty()).then(|| field.trim().to_string());
    if let Some(name) = given(&text.name) {
        circle.name = name;
    }
    if let Some(summary) = given(&text.summary) {
        circle.summary = summary;
    }
    if let Some(description) = given(&text.description) {
        circle.description = description;
    }
    let agreements = lines_from_stored(&text.agreements);
    if !agreements.is_empty() {
        circle.agreements = agreements;
    }
    circle
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::circle::{AGREEMENT_MAX, AGREEMENTS_MAX};

    fn hindi() -> CircleText {
        CircleText { lang: "hi".into(), name: "नई माँ".into(), summary: " ".into(), ..Default::default() }
    }

    #[test]
    fn a_reader_in_the_language_sees_its_words_and_the_circle_s_own_where_none_were_given() {
        let circle = crate::demo::circles().remove(0);
        let shown = in_language(circle.clone(), &[hindi()], "hi");
        assert_eq!(shown.name, "नई माँ");
        assert_eq!(shown.summary, circle.summary, "an empty field keeps the circle's own");
        assert_eq!(in_language(circle.clone(), &[hindi()], "en"), circle);
    }

    #[test]
    fn words_in_another_language_keep_to_the_circle_s_own_limits() {
        let long = |n: usize| "अ".repeat(n);
        let fine = CircleText::parse("hi", &long(NAME_MAX), &long(SUMMARY_MAX), &long(DESCRIPTION_MAX), "एक\n\n दो ");
        assert_eq!(fine.map(|t| t.agreements), Ok("एक\nदो".to_string()), "blank lines dropped, each trimmed");
        let too_much = CircleText::parse(
            "hi",
            &long(NAME_MAX + 1),
            &long(SUMMARY_MAX + 1),
            &long(DESCRIPTION_MAX + 1),
            &vec!["ठीक"; AGREEMENTS_MAX + 1].join("\n"),
        );
        assert_eq!(
            too_much,
            Err(vec![
                ("name", Invalid("circle-text-name-too-long")),
                ("summary", Invalid("circle-text-summary-too-long")),
                ("description", Invalid("circle-text-description-too-long")),
                ("agreements", Invalid("agreements-too-long")),
            ])
        );
        let one_long_agreement = CircleText::parse("hi", "", "", "", &long(AGREEMENT_MAX + 1));
        assert_eq!(one_long_agreement, Err(vec![("agreements", Invalid("agreements-too-long"))]));
        assert_eq!(CircleText::parse("hi", "", "", "", "").map(|t| t.is_empty()), Ok(true), "empty removes it");
    }

    #[test]
    fn a_change_names_the_fields_that_changed_and_not_the_words() {
        let before = hindi();
        let after = CircleText { summary: "नया".into(), agreements: "एक".into(), ..hindi() };
        assert_eq!(after.changed_from(&before), vec!["summary", "agreements"]);
        assert_eq!(hindi().changed_from(&before), Vec::<&str>::new());
    }

    #[test]
    fn a_text_with_nothing_in_it_is_empty() {
        assert!(CircleText { lang: "hi".into(), name: "  ".into(), ..Default::default() }.is_empty());
        assert!(!hindi().is_empty());
    }
}
