//! A circle's words in another interface language, given by its coordinator,
//! so that a reader in that language meets the circle in it.

use super::circle::{Circle, lines_from_stored};

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
    fn a_text_with_nothing_in_it_is_empty() {
        assert!(CircleText { lang: "hi".into(), name: "  ".into(), ..Default::default() }.is_empty());
        assert!(!hindi().is_empty());
    }
}
