//! The safety net's detector: crisis language, unsolicited advice and
//! contact details, from a message's words alone. It never stores or logs
//! what it reads, and explains each finding by the phrase that decided it.

mod advice;
mod contact;
mod crisis;
mod normalize;
mod pattern;
pub mod retention;

pub use crisis::Level;

/// What the detector found in one message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    /// Present crisis language, and how serious it sounds.
    pub crisis: Option<Level>,
    pub advice: bool,
    pub contact: bool,
    /// The lexicon phrases that decided each finding (never the message).
    pub reasons: Vec<&'static str>,
}

/// Reads one message.
pub fn assess(text: &str) -> Assessment {
    let words = normalize::words(text);
    let mut assessment = Assessment::default();
    if let Some(found) = crisis::detect(&words) {
        assessment.crisis = Some(found.level);
        assessment.reasons.push(found.phrase);
    }
    if let Some(phrase) = advice::detect(&words) {
        assessment.advice = true;
        assessment.reasons.push(phrase);
    }
    if let Some(kind) = contact::detect(text, &words) {
        assessment.contact = true;
        assessment.reasons.push(kind);
    }
    assessment
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_message_can_carry_several_findings() {
        let a = assess("I want to die. you should dm me on 98765 43210");
        assert_eq!(a.crisis, Some(Level::Active));
        assert!(a.advice && a.contact);
        assert_eq!(a.reasons.len(), 3);
    }

    #[test]
    fn ordinary_words_find_nothing() {
        assert_eq!(assess("Thanks everyone, it helped to share today."), Assessment::default());
    }
}
