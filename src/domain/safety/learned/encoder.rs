//! The sentence model itself, for the few messages the word-vector stage
//! finds suspicious: all-MiniLM-L6-v2's six transformer layers over the
//! message's word pieces, mean-pooled into one vector. Word order and
//! context count here ("i would never", "my brother did"), which an average
//! of word vectors cannot see. Plain f32 arithmetic, the same as the
//! training script's numpy forward pass, so training and serving agree.

use std::collections::HashMap;

use ndarray::{Array1, Array2, ArrayView1, ArrayView2, Axis, Slice};
use serde::Deserialize;

use super::ModelError;

/// The model's width, attention heads and layers (all-MiniLM-L6-v2).
pub const WIDTH: usize = 384;
const HEADS: usize = 12;
const LAYERS: usize = 6;
/// Word pieces read per message, [CLS] and [SEP] included: the length the
/// model was trained at, and a bound on the cost of a long message.
pub const MAX_PIECES: usize = 128;
const CLS: u32 = 101;
const SEP: u32 = 102;

#[derive(Deserialize)]
struct Entry {
    dtype: String,
    shape: Vec<usize>,
    data_offsets: (usize, usize),
}

/// The tensors of a safetensors file, by name (f32 only).
struct Tensors<'a> {
    entries: HashMap<String, Entry>,
    data: &'a [u8],
}

impl<'a> Tensors<'a> {
    fn parse(bytes: &'a [u8]) -> Result<Tensors<'a>, ModelError> {
        let bad = ModelError::Format("encoder.safetensors");
        let len = bytes.get(..8).and_then(|b| b.try_into().ok()).map(u64::from_le_bytes).ok_or(bad)? as usize;
        let header = bytes.get(8..8 + len).ok_or(ModelError::Format("encoder.safetensors"))?;
        let mut raw: HashMap<String, serde_json::Value> = serde_json::from_slice(header)?;
        raw.remove("__metadata__");
        let entries = raw
            .into_iter()
            .map(|(name, value)| Ok((name, serde_json::from_value(value)?)))
            .collect::<Result<_, serde_json::Error>>()?;
        Ok(Tensors { entries, data: &bytes[8 + len..] })
    }

    fn get(&self, name: &str, shape: &[usize]) -> Result<Vec<f32>, ModelError> {
        let bad = ModelError::Mismatch("encoder.safetensors is not all-MiniLM-L6-v2");
        let entry = self.entries.get(name).ok_or(bad)?;
        let (start, end) = entry.data_offsets;
        if entry.dtype != "F32" || entry.shape != shape || end - start != shape.iter().product::<usize>() * 4 {
            return Err(ModelError::Mismatch("encoder.safetensors is not all-MiniLM-L6-v2"));
        }
        let bytes = self.data.get(start..end).ok_or(ModelError::Format("encoder.safetensors"))?;
        Ok(bytes.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
    }

    fn matrix(&self, name: &str, rows: usize, cols: usize) -> Result<Array2<f32>, ModelError> {
        Array2::from_shape_vec((rows, cols), self.get(name, &[rows, cols])?)
            .map_err(|_| ModelError::Format("encoder.safetensors"))
    }

    fn vector(&self, name: &str, len: usize) -> Result<Array1<f32>, ModelError> {
        Ok(Array1::from(self.get(name, &[len])?))
    }

    fn norm(&self, prefix: &str) -> Result<Norm, ModelError> {
        Ok(Norm {
            weight: self.vector(&format!("{prefix}.weight"), WIDTH)?,
            bias: self.vector(&format!("{prefix}.bias"), WIDTH)?,
        })
    }

    fn dense(&self, prefix: &str, outputs: usize, inputs: usize) -> Result<Dense, ModelError> {
        Ok(Dense {
            weight: self.matrix(&format!("{prefix}.weight"), outputs, inputs)?,
            bias: self.vector(&format!("{prefix}.bias"), outputs)?,
        })
    }
}

struct Norm {
    weight: Array1<f32>,
    bias: Array1<f32>,
}

impl Norm {
    fn apply(&self, x: &mut Array2<f32>) {
        for mut row in x.rows_mut() {
            let mean = row.sum() / WIDTH as f32;
            let variance = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / WIDTH as f32;
            let inverse = 1.0 / (variance + 1e-12).sqrt();
            for ((v, w), b) in row.iter_mut().zip(&self.weight).zip(&self.bias) {
                *v = (*v - mean) * inverse * w + b;
            }
        }
    }
}

/// A linear layer, weights as stored (outputs × inputs).
struct Dense {
    weight: Array2<f32>,
    bias: Array1<f32>,
}

impl Dense {
    fn apply(&self, x: &ArrayView2<f32>) -> Array2<f32> {
        x.dot(&self.weight.t()) + &self.bias
    }
}

struct Block {
    query: Dense,
    key: Dense,
    value: Dense,
    attended: Dense,
    attended_norm: Norm,
    widen: Dense,
    narrow: Dense,
    output_norm: Norm,
}

/// The transformer, loaded.
pub struct Encoder {
    words: Array2<f32>,
    positions: Array2<f32>,
    segment: Array1<f32>,
    norm: Norm,
    blocks: Vec<Block>,
}

/// GELU as the training script computes it (the tanh form).
fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + (0.797_884_6 * (x + 0.044_715 * x * x * x)).tanh())
}

impl Encoder {
    /// Reads all-MiniLM-L6-v2's model.safetensors.
    pub fn parse(bytes: &[u8]) -> Result<Encoder, ModelError> {
        let t = Tensors::parse(bytes)?;
        let vocab = t.entries.get("embeddings.word_embeddings.weight").and_then(|e| e.shape.first().copied());
        let blocks = (0..LAYERS)
            .map(|i| {
                let p = format!("encoder.layer.{i}");
                Ok(Block {
                    query: t.dense(&format!("{p}.attention.self.query"), WIDTH, WIDTH)?,
                    key: t.dense(&format!("{p}.attention.self.key"), WIDTH, WIDTH)?,
                    value: t.dense(&format!("{p}.attention.self.value"), WIDTH, WIDTH)?,
                    attended: t.dense(&format!("{p}.attention.output.dense"), WIDTH, WIDTH)?,
                    attended_norm: t.norm(&format!("{p}.attention.output.LayerNorm"))?,
                    widen: t.dense(&format!("{p}.intermediate.dense"), 4 * WIDTH, WIDTH)?,
                    narrow: t.dense(&format!("{p}.output.dense"), WIDTH, 4 * WIDTH)?,
                    output_norm: t.norm(&format!("{p}.output.LayerNorm"))?,
                })
            })
            .collect::<Result<_, ModelError>>()?;
        let types = t.matrix("embeddings.token_type_embeddings.weight", 2, WIDTH)?;
        Ok(Encoder {
            words: t.matrix("embeddings.word_embeddings.weight", vocab.unwrap_or(0), WIDTH)?,
            positions: t.matrix("embeddings.position_embeddings.weight", 512, WIDTH)?,
            segment: types.row(0).to_owned(),
            norm: t.norm("embeddings.LayerNorm")?,
            blocks,
        })
    }

    /// How many word pieces the model knows.
    pub fn vocab_size(&self) -> usize {
        self.words.nrows()
    }

    /// A message's word pieces as one unit-length vector: the mean of the
    /// last layer's outputs over [CLS], the pieces (at most
    /// [`MAX_PIECES`] in all) and [SEP].
    pub fn embed(&self, pieces: &[u32]) -> Vec<f32> {
        let ids: Vec<u32> = std::iter::once(CLS)
            .chain(pieces.iter().copied().take(MAX_PIECES - 2))
            .chain(std::iter::once(SEP))
            .filter(|id| (*id as usize) < self.words.nrows())
            .collect();
        let n = ids.len();
        let mut x = Array2::<f32>::zeros((n, WIDTH));
        for (i, id) in ids.iter().enumerate() {
            let mut row = x.row_mut(i);
            row += &self.words.row(*id as usize);
            row += &self.positions.row(i);
            row += &self.segment;
        }
        self.norm.apply(&mut x);
        for block in &self.blocks {
            x = block.apply(x);
        }
        let mean = x.mean_axis(Axis(0)).unwrap_or_else(|| Array1::zeros(WIDTH));
        unit(mean.view())
    }
}

impl Block {
    fn apply(&self, x: Array2<f32>) -> Array2<f32> {
        let size = WIDTH / HEADS;
        let (q, k, v) = (self.query.apply(&x.view()), self.key.apply(&x.view()), self.value.apply(&x.view()));
        let mut context = Array2::<f32>::zeros(x.raw_dim());
        let scale = 1.0 / (size as f32).sqrt();
        for h in 0..HEADS {
            // ndarray's s! macro expands to unsafe code, which this crate forbids.
            let columns = Slice::from(h * size..(h + 1) * size);
            let head = |m: &Array2<f32>| m.slice_axis(Axis(1), columns).to_owned();
            let mut scores = head(&q).dot(&head(&k).t()) * scale;
            for mut row in scores.rows_mut() {
                let top = row.fold(f32::MIN, |a, b| a.max(*b));
                row.mapv_inplace(|s| (s - top).exp());
                let total = row.sum();
                row /= total;
            }
            context.slice_axis_mut(Axis(1), columns).assign(&scores.dot(&head(&v)));
        }
        let mut attended = self.attended.apply(&context.view()) + &x;
        self.attended_norm.apply(&mut attended);
        let mut wide = self.widen.apply(&attended.view());
        wide.mapv_inplace(gelu);
        let mut out = self.narrow.apply(&wide.view()) + &attended;
        self.output_norm.apply(&mut out);
        out
    }
}

fn unit(v: ArrayView1<f32>) -> Vec<f32> {
    let norm = v.dot(&v).sqrt();
    v.iter().map(|x| if norm > 0.0 { x / norm } else { 0.0 }).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A safetensors file of the model's shapes with a small vocabulary,
    /// weights from a seeded sequence.
    pub(crate) fn tiny_safetensors(vocab: usize) -> Vec<u8> {
        let mut shapes: Vec<(String, Vec<usize>)> = vec![
            ("embeddings.word_embeddings.weight".into(), vec![vocab, WIDTH]),
            ("embeddings.position_embeddings.weight".into(), vec![512, WIDTH]),
            ("embeddings.token_type_embeddings.weight".into(), vec![2, WIDTH]),
            ("embeddings.LayerNorm.weight".into(), vec![WIDTH]),
            ("embeddings.LayerNorm.bias".into(), vec![WIDTH]),
        ];
        for i in 0..LAYERS {
            let p = format!("encoder.layer.{i}");
            for (name, out, inp) in [
                ("attention.self.query", WIDTH, WIDTH),
                ("attention.self.key", WIDTH, WIDTH),
                ("attention.self.value", WIDTH, WIDTH),
                ("attention.output.dense", WIDTH, WIDTH),
                ("intermediate.dense", 4 * WIDTH, WIDTH),
                ("output.dense", WIDTH, 4 * WIDTH),
            ] {
                shapes.push((format!("{p}.{name}.weight"), vec![out, inp]));
                shapes.push((format!("{p}.{name}.bias"), vec![out]));
            }
            for norm in ["attention.output.LayerNorm", "output.LayerNorm"] {
                shapes.push((format!("{p}.{norm}.weight"), vec![WIDTH]));
                shapes.push((format!("{p}.{norm}.bias"), vec![WIDTH]));
            }
        }
        let mut header = serde_json::Map::new();
        let mut data = Vec::new();
        let mut seed = 1u32;
        for (name, shape) in shapes {
            let start = data.len();
            let ones = name.ends_with("LayerNorm.weight");
            for _ in 0..shape.iter().product::<usize>() {
                seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                let v = if ones { 1.0 } else { (seed >> 8) as f32 / (1u32 << 24) as f32 * 0.1 - 0.05 };
                data.extend(v.to_le_bytes());
            }
            header
                .insert(name, serde_json::json!({"dtype": "F32", "shape": shape, "data_offsets": [start, data.len()]}));
        }
        let header = serde_json::to_vec(&header).unwrap();
        let mut out = (header.len() as u64).to_le_bytes().to_vec();
        out.extend(header);
        out.extend(data);
        out
    }

    #[test]
    fn a_message_becomes_one_unit_vector_that_depends_on_word_order() {
        let encoder = Encoder::parse(&tiny_safetensors(200)).unwrap();
        let a = encoder.embed(&[5, 6, 7]);
        assert_eq!(a.len(), WIDTH);
        assert!((a.iter().map(|v| v * v).sum::<f32>() - 1.0).abs() < 1e-4);
        let reordered = encoder.embed(&[7, 6, 5]);
        assert!(a.iter().zip(&reordered).any(|(x, y)| (x - y).abs() > 1e-4), "order counts");
        assert_eq!(encoder.embed(&[5, 6, 7]), a, "the same message reads the same");
        assert_eq!(encoder.embed(&vec![5; 1000]).len(), WIDTH, "a long message is cut, not refused");
    }

    #[test]
    fn files_of_another_shape_are_refused() {
        let mut bytes = tiny_safetensors(200);
        assert!(Encoder::parse(&bytes[..100]).is_err());
        bytes[20] = b'#';
        assert!(Encoder::parse(&bytes).is_err());
        assert!(Encoder::parse(b"").is_err());
    }
}
