//! The safety net's detector: crisis language, unsolicited advice and
//! contact details, from a message's words alone. It never stores or logs
//! what it reads, and explains each finding by the phrase that decided it.

mod advice;
mod contact;
mod crisis;
pub mod learned;
mod normalize;
mod pattern;
pub mod retention;

use std::sync::Arc;

pub use crisis::Level;
use learned::Model;

/// What the detector found in one message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    /// Present crisis language, and how serious it sounds.
    pub crisis: Option<Level>,
    pub advice: bool,
    pub contact: bool,
    /// The lexicon phrases that decided each finding (never the message).
    pub reasons: Vec<&'static str>,
    /// What the learned layer made of it, when it read the message: it
    /// reads only what the lexicon found nothing in and ruled nothing out.
    pub learned: Option<learned::Reading>,
}

/// The safety net's layers: the lexicon always, the learned model when its
/// files are installed.
#[derive(Clone, Default)]
pub struct Detector {
    model: Option<Arc<Model>>,
}

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Detector").field("learns", &self.learns()).finish()
    }
}

impl Detector {
    /// The lexicon alone.
    pub fn lexical() -> Detector {
        Detector { model: None }
    }

    /// The lexicon, then the learned model.
    pub fn with_model(model: Arc<Model>) -> Detector {
        Detector { model: Some(model) }
    }

    /// Whether the learned layer is there.
    pub fn learns(&self) -> bool {
        self.model.is_some()
    }

    /// The layers that read messages, in order: "lexical", then "learned"
    /// (the word vectors), then "sentence" (the whole sentence model, for
    /// what the word vectors find suspicious).
    pub fn layers(&self) -> &'static [&'static str] {
        match &self.model {
            None => &["lexical"],
            Some(model) if model.deep() => &["lexical", "learned", "sentence"],
            Some(_) => &["lexical", "learned"],
        }
    }

    /// Reads one message with every layer there is.
    pub fn assess(&self, text: &str) -> Assessment {
        let words = normalize::words(text);
        let (mut assessment, ruled_out) = lexical(text, &words);
        if let Some(model) = &self.model
            && assessment.crisis.is_none()
            && !ruled_out
        {
            let reading = model.read(text);
            assessment.crisis = reading.as_ref().and_then(|r| r.level);
            assessment.learned = reading;
        }
        assessment
    }
}

/// Reads one message with the lexicon alone.
pub fn assess(text: &str) -> Assessment {
    lexical(text, &normalize::words(text)).0
}

/// The lexicon's findings, and whether it ruled crisis language out.
fn lexical(text: &str, words: &normalize::Words) -> (Assessment, bool) {
    let mut assessment = Assessment::default();
    let crisis = crisis::read(words);
    if let Some(found) = crisis.found {
        assessment.crisis = Some(found.level);
        assessment.reasons.push(found.phrase);
    }
    if let Some(phrase) = advice::detect(words) {
        assessment.advice = true;
        assessment.reasons.push(phrase);
    }
    if let Some(kind) = contact::detect(text, words) {
        assessment.contact = true;
        assessment.reasons.push(kind);
    }
    (assessment, crisis.ruled_out)
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

    /// A model that reads "hurt", "myself", "fading" and "away" as crisis
    /// language (active) and every other word as ordinary.
    pub(crate) fn toy_model() -> Model {
        let vocab = "[UNK]\ni\nwould\nnever\nhurt\nmyself\nfading\naway\nhello\nwant\nto\nkill\nam\n";
        let crisis = ["hurt", "myself", "fading", "away"];
        let mut tokens = b"HSTV".to_vec();
        let words: Vec<&str> = vocab.lines().collect();
        tokens.extend(u32::try_from(words.len()).unwrap().to_le_bytes());
        tokens.extend(2u32.to_le_bytes());
        words.iter().for_each(|_| tokens.extend((1.0f32 / 127.0).to_le_bytes()));
        for word in &words {
            tokens.extend(if crisis.contains(word) { [127u8, 0] } else { [0, 127] });
        }
        let head = r#"{"threshold": 0.5, "layers": [{"weights": [[0,4],[-4,-4],[-4,-4],[-4,-4],[4,0],[-4,-4]], "bias": [0,0,0,0,0,0]}]}"#;
        let mut examples = b"HSEX".to_vec();
        examples.extend(2u32.to_le_bytes());
        examples.extend(2u32.to_le_bytes());
        examples.extend((1.0f32 / 127.0).to_le_bytes());
        examples.extend((1.0f32 / 127.0).to_le_bytes());
        examples.extend([127u8, 0, 0, 127, 4, 0]);
        Model::parse(learned::ModelFiles { vocab, tokens: &tokens, head, examples: &examples }).unwrap()
    }

    #[test]
    fn the_learned_layer_catches_what_the_lexicon_does_not_know() {
        let detector = Detector::with_model(Arc::new(toy_model()));
        let a = detector.assess("fading away...");
        assert_eq!(a.crisis, Some(Level::Active));
        assert!(a.reasons.is_empty(), "no lexicon phrase decided it");
        let learned = a.learned.expect("the learned layer explains itself");
        assert!(learned.score > 900, "{learned:?}");
        assert_eq!(learned.nearest, vec![("active", 1), ("none", 1)]);
        assert_eq!(assess("fading away...").crisis, None, "the lexicon alone does not know it");
        assert_eq!(detector.assess("hello").crisis, None);
    }

    #[test]
    fn the_lexicon_answers_first_and_its_negations_win() {
        let detector = Detector::with_model(Arc::new(toy_model()));
        let negated = detector.assess("I would never hurt myself");
        assert_eq!((negated.crisis, negated.learned), (None, None), "ruled out by the lexicon, not read again");
        let found = detector.assess("I want to kill myself");
        assert_eq!(found.crisis, Some(Level::Active));
        assert_eq!(found.learned, None, "the lexicon's phrase decided it");
        assert_eq!(Detector::lexical().assess("I am fading away"), Assessment::default());
    }

    /// The toy model with a sentence stage that reads what scores 0.5 or
    /// more, and whose classifier always answers `level` (None: ordinary).
    fn with_sentence_stage(level: Option<usize>) -> Model {
        let mut bias = [0.0f32; 6];
        bias[level.map_or(0, |l| l)] = 8.0;
        let head = serde_json::json!({
            "gate": 0.5, "threshold": 0.5,
            "layers": [{"weights": vec![vec![0.0f32; 384]; 6], "bias": bias}],
        })
        .to_string();
        let mut examples = b"HSEX".to_vec();
        examples.extend(1u32.to_le_bytes());
        examples.extend(384u32.to_le_bytes());
        examples.extend((1.0f32 / 127.0).to_le_bytes());
        examples.extend([1u8; 384]);
        examples.push(3);
        let encoder = learned::encoder::tests::tiny_safetensors(13);
        toy_model().with_deep(learned::DeepFiles { encoder: &encoder, head: &head, examples: &examples }).unwrap()
    }

    #[test]
    fn the_sentence_stage_decides_what_the_word_vectors_suspect() {
        let doubting = Detector::with_model(Arc::new(with_sentence_stage(None)));
        assert_eq!(doubting.layers(), ["lexical", "learned", "sentence"]);
        let a = doubting.assess("fading away...");
        assert_eq!(a.crisis, None, "the sentence stage read it and found nothing");
        assert_eq!(a.learned.map(|r| r.stage), Some(learned::Stage::Sentence));
        let sure = Detector::with_model(Arc::new(with_sentence_stage(Some(3))));
        let found = sure.assess("fading away...");
        assert_eq!(found.crisis, Some(Level::SelfHarm));
        assert_eq!(found.learned.expect("explained").nearest, vec![("self_harm", 1)]);
        let hello = sure.assess("hello");
        assert_eq!(hello.crisis, None, "what the word vectors do not suspect never reaches the sentence stage");
        assert_eq!(hello.learned.map(|r| r.stage), Some(learned::Stage::Words));
        let negated = sure.assess("I would never hurt myself");
        assert_eq!((negated.crisis, negated.learned), (None, None), "the lexicon's negation still wins");
    }

    #[test]
    fn ordinary_words_find_nothing() {
        assert_eq!(assess("Thanks everyone, it helped to share today."), Assessment::default());
    }
}
