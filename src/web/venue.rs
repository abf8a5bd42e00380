//! A venue's details as the circle and meet pages list them under
//! "Getting there".

use crate::domain::circle::Circle;
use crate::domain::venue::{Answer, Feature};
use crate::i18n::{Tr, msg};

/// What is known about getting to and into the venue, as (question, answer)
/// pairs; questions nobody answered are left out rather than shown as gaps.
pub fn getting_there(circle: &Circle, tr: &Tr) -> Vec<(String, String)> {
    if !circle.format.has_place() {
        return Vec::new();
    }
    let venue = &circle.venue;
    let mut facts = Vec::new();
    for feature in Feature::ALL {
        let answer = match venue.answer(feature) {
            Answer::Unknown => continue,
            Answer::Yes => tr.get(msg("venue-answer-yes")),
            Answer::No => tr.get(msg("venue-answer-no")),
        };
        let question = match feature {
            Feature::StepFree => msg("venue-step-free"),
            Feature::HearingLoop => msg("venue-hearing-loop"),
            Feature::QuietRoom => msg("venue-quiet-room"),
            Feature::NeutralToilets => msg("venue-toilets"),
        };
        facts.push((tr.get(question), answer));
    }
    if !venue.transport.is_empty() {
        facts.push((tr.get(msg("venue-transport")), venue.transport.clone()));
    }
    if !venue.door.is_empty() {
        facts.push((tr.get(msg("venue-door")), venue.door.clone()));
    }
    facts
}
