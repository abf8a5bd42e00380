//! The learned layer: what a message means, not which words it uses. Two
//! stages, each a sentence vector and a small classifier trained on
//! labelled messages (scripts/train-safety-model):
//! - the first reads every message the lexicon passes: the sentence model
//!   distilled into one vector per word piece, so reading is a lookup and
//!   an average (microseconds);
//! - the second, when installed, reads only what the first finds
//!   suspicious: the whole sentence model, which sees word order and
//!   context (milliseconds), and decides.
//!
//! A finding is explained by its score and the levels of the nearest
//! labelled examples, never their words.

pub(crate) mod encoder;
mod tokens;

use serde::{Deserialize, Serialize};

use super::Level;
pub use encoder::{Encoder, MAX_PIECES};
pub use tokens::Vocab;

/// The files a model is made of, as bytes (read by the caller).
pub struct ModelFiles<'a> {
    /// vocab.txt: one word piece per line.
    pub vocab: &'a str,
    /// tokens.bin: a vector per word piece.
    pub tokens: &'a [u8],
    /// head.json: the classifier and its threshold.
    pub head: &'a str,
    /// examples.bin: the training examples' vectors and levels.
    pub examples: &'a [u8],
}

/// The second stage's files, as bytes.
pub struct DeepFiles<'a> {
    /// encoder.safetensors: all-MiniLM-L6-v2's weights.
    pub encoder: &'a [u8],
    /// deep.json: the classifier over the encoder's vectors, its
    /// threshold, and the first stage's score that sends a message here.
    pub head: &'a str,
    /// deep-examples.bin: the training examples' encoder vectors and levels.
    pub examples: &'a [u8],
}

/// Why model files could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("{0} is not in the expected format")]
    Format(&'static str),
    #[error("head.json: {0}")]
    Head(#[from] serde_json::Error),
    #[error("the files do not belong together ({0})")]
    Mismatch(&'static str),
}

/// The classes the head tells apart, in its output order.
const CLASSES: [Option<Level>; 6] = [
    None,
    Some(Level::Passive),
    Some(Level::Farewell),
    Some(Level::SelfHarm),
    Some(Level::Active),
    Some(Level::Method),
];

/// How many labelled examples explain a finding.
const NEAREST: usize = 5;

#[derive(Deserialize)]
struct Head {
    layers: Vec<Layer>,
    /// The crisis score (1 - p(none)) at and above which a message counts.
    threshold: f32,
    /// In the second stage's head: the first stage's score at and above
    /// which a message is read by the second (and only then).
    #[serde(default)]
    gate: f32,
}

#[derive(Deserialize)]
struct Layer {
    /// Output rows of input weights.
    weights: Vec<Vec<f32>>,
    bias: Vec<f32>,
}

/// Vectors stored as int8 rows with one scale per row.
struct Table {
    dims: usize,
    scales: Vec<f32>,
    values: Vec<i8>,
}

impl Table {
    fn parse<'a>(bytes: &'a [u8], magic: &[u8; 4], what: &'static str) -> Result<(Table, &'a [u8]), ModelError> {
        let bad = ModelError::Format(what);
        if bytes.len() < 12 || &bytes[..4] != magic {
            return Err(bad);
        }
        let n = u32::from_le_bytes(bytes[4..8].try_into().map_err(|_| ModelError::Format(what))?) as usize;
        let dims = u32::from_le_bytes(bytes[8..12].try_into().map_err(|_| ModelError::Format(what))?) as usize;
        let rest = &bytes[12..];
        if rest.len() < n * 4 + n * dims {
            return Err(bad);
        }
        let scales = rest[..n * 4].chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
        let values = rest[n * 4..n * 4 + n * dims].iter().map(|b| *b as i8).collect();
        Ok((Table { dims, scales, values }, &rest[n * 4 + n * dims..]))
    }

    fn len(&self) -> usize {
        self.scales.len()
    }

    fn row(&self, i: usize) -> (&[i8], f32) {
        (&self.values[i * self.dims..(i + 1) * self.dims], self.scales[i])
    }
}

/// A vector's classifier, and the labelled examples that explain it.
struct Classifier {
    head: Head,
    examples: Table,
    example_levels: Vec<Option<Level>>,
}

impl Classifier {
    fn parse(head: &str, examples: &[u8], dims: usize, what: &'static str) -> Result<Classifier, ModelError> {
        let head: Head = serde_json::from_str(head)?;
        let mut inputs = dims;
        for layer in &head.layers {
            if layer.weights.len() != layer.bias.len() || layer.weights.iter().any(|row| row.len() != inputs) {
                return Err(ModelError::Mismatch(what));
            }
            inputs = layer.bias.len();
        }
        if inputs != CLASSES.len() {
            return Err(ModelError::Format(what));
        }
        let (examples, levels) = Table::parse(examples, b"HSEX", what)?;
        if examples.dims != dims || levels.len() != examples.len() {
            return Err(ModelError::Mismatch(what));
        }
        let example_levels = levels
            .iter()
            .map(|l| CLASSES.get(usize::from(*l)).copied().ok_or(ModelError::Format(what)))
            .collect::<Result<_, _>>()?;
        Ok(Classifier { head, examples, example_levels })
    }

    /// The crisis score (1 - p(none)) and each class's probability.
    fn score(&self, vector: &[f32]) -> (f32, Vec<f32>) {
        let probabilities = self.classify(vector);
        (1.0 - probabilities[0], probabilities)
    }

    fn read(&self, vector: &[f32], stage: Stage) -> Reading {
        let (crisis, probabilities) = self.score(vector);
        let level = (crisis >= self.head.threshold)
            .then(|| {
                (1..CLASSES.len())
                    .max_by(|a, b| probabilities[*a].total_cmp(&probabilities[*b]))
                    .and_then(|i| CLASSES[i])
            })
            .flatten();
        let nearest = if level.is_some() { self.nearest(vector) } else { Vec::new() };
        Reading { score: (crisis.clamp(0.0, 1.0) * 1000.0).round() as u16, level, nearest, stage }
    }

    fn classify(&self, vector: &[f32]) -> Vec<f32> {
        let mut x = vector.to_vec();
        let last = self.head.layers.len().saturating_sub(1);
        for (i, layer) in self.head.layers.iter().enumerate() {
            x = layer
                .weights
                .iter()
                .zip(&layer.bias)
                .map(|(row, b)| row.iter().zip(&x).map(|(w, v)| w * v).sum::<f32>() + b)
                .map(|v| if i < last { v.max(0.0) } else { v })
                .collect();
        }
        let top = x.iter().copied().fold(f32::MIN, f32::max);
        let exp: Vec<f32> = x.iter().map(|v| (v - top).exp()).collect();
        let total: f32 = exp.iter().sum();
        exp.iter().map(|v| v / total).collect()
    }

    /// The levels of the closest labelled examples, counted.
    fn nearest(&self, vector: &[f32]) -> Vec<(&'static str, u8)> {
        let mut scored: Vec<(f32, usize)> = (0..self.examples.len())
            .map(|i| {
                let (row, scale) = self.examples.row(i);
                (row.iter().zip(vector).map(|(a, b)| f32::from(*a) * b).sum::<f32>() * scale, i)
            })
            .collect();
        let k = NEAREST.min(scored.len());
        if k == 0 {
            return Vec::new();
        }
        scored.select_nth_unstable_by(k - 1, |a, b| b.0.total_cmp(&a.0));
        let mut counts: Vec<(&'static str, u8)> = Vec::new();
        for (_, i) in &scored[..k] {
            let name = self.example_levels[*i].map_or("none", Level::as_str);
            match counts.iter_mut().find(|(n, _)| *n == name) {
                Some((_, c)) => *c += 1,
                None => counts.push((name, 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        counts
    }
}

/// The second stage: the whole sentence model and its classifier.
struct Deep {
    encoder: Encoder,
    classifier: Classifier,
}

/// A loaded model.
pub struct Model {
    vocab: Vocab,
    tokens: Table,
    first: Classifier,
    deep: Option<Deep>,
}

/// Which stage of the learned layer decided a reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The word vectors alone (every message the lexicon passes).
    Words,
    /// The whole sentence model (only what the first stage found suspicious).
    Sentence,
}

/// What the learned layer made of a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// How likely crisis language is, in thousandths.
    pub score: u16,
    /// The most likely level, when the score reaches the threshold.
    pub level: Option<Level>,
    /// The levels of the nearest labelled examples, most common first
    /// ("none" for an example that was not crisis language).
    pub nearest: Vec<(&'static str, u8)>,
    /// The stage whose score this is.
    pub stage: Stage,
}

impl Model {
    pub fn parse(files: ModelFiles) -> Result<Model, ModelError> {
        let vocab = Vocab::parse(files.vocab);
        let (tokens, _) = Table::parse(files.tokens, b"HSTV", "tokens.bin")?;
        if tokens.len() != vocab.size() {
            return Err(ModelError::Mismatch("vocab.txt and tokens.bin"));
        }
        let first = Classifier::parse(files.head, files.examples, tokens.dims, "head.json and examples.bin")?;
        Ok(Model { vocab, tokens, first, deep: None })
    }

    /// Adds the second stage.
    pub fn with_deep(mut self, files: DeepFiles) -> Result<Model, ModelError> {
        let encoder = Encoder::parse(files.encoder)?;
        if encoder.vocab_size() != self.vocab.size() {
            return Err(ModelError::Mismatch("encoder.safetensors and vocab.txt"));
        }
        let classifier =
            Classifier::parse(files.head, files.examples, encoder::WIDTH, "deep.json and deep-examples.bin")?;
        self.deep = Some(Deep { encoder, classifier });
        Ok(self)
    }

    /// Whether the second stage is installed.
    pub fn deep(&self) -> bool {
        self.deep.is_some()
    }

    /// The message's meaning by the word vectors, as one unit-length vector
    /// (None: no known words).
    pub fn embed(&self, text: &str) -> Option<Vec<f32>> {
        let pieces = self.vocab.pieces(text);
        self.average(&pieces)
    }

    fn average(&self, pieces: &[u32]) -> Option<Vec<f32>> {
        if pieces.is_empty() {
            return None;
        }
        let mut sum = vec![0f32; self.tokens.dims];
        for id in pieces {
            let (row, scale) = self.tokens.row(*id as usize);
            for (s, v) in sum.iter_mut().zip(row) {
                *s += f32::from(*v) * scale;
            }
        }
        let norm = sum.iter().map(|v| v * v).sum::<f32>().sqrt();
        if norm == 0.0 {
            return None;
        }
        sum.iter_mut().for_each(|v| *v /= norm);
        Some(sum)
    }

    /// Reads a message with the word vectors alone, as if there were no
    /// second stage (what the first stage costs).
    pub fn read_words(&self, text: &str) -> Option<Reading> {
        Some(self.first.read(&self.embed(text)?, Stage::Words))
    }

    /// The message's meaning by the whole sentence model (None: no second
    /// stage, or no known words).
    pub fn embed_sentence(&self, text: &str) -> Option<Vec<f32>> {
        let pieces = self.vocab.pieces(text);
        let deep = self.deep.as_ref()?;
        (!pieces.is_empty()).then(|| deep.encoder.embed(&pieces))
    }

    /// Reads a message: its crisis score, and the level when it counts. With
    /// a second stage, the first only decides whether the second reads it.
    pub fn read(&self, text: &str) -> Option<Reading> {
        let pieces = self.vocab.pieces(text);
        let vector = self.average(&pieces)?;
        let Some(deep) = &self.deep else {
            return Some(self.first.read(&vector, Stage::Words));
        };
        let (first, _) = self.first.score(&vector);
        if first < deep.classifier.head.gate {
            let score = (first.clamp(0.0, 1.0) * 1000.0).round() as u16;
            return Some(Reading { score, level: None, nearest: Vec::new(), stage: Stage::Words });
        }
        Some(deep.classifier.read(&deep.encoder.embed(&pieces), Stage::Sentence))
    }
}
