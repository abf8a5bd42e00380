//! The learned layer's part of `holdspace-bench safety`: what each stage
//! costs per message, how many ordinary messages reach the second (the
//! sentence stage), what that makes at W1's message rate, and crisis
//! precision and recall before and after on the development rows and on
//! every blind set there is.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use holdspace::domain::safety::Detector;
use holdspace::domain::safety::learned::Stage;
use serde_json::{Value, json};

use super::scoring;
use super::{per_call_of, percentile};

/// W1: 500 rooms of 12, each person writing every 10 s.
const W1_MESSAGES_PER_SECOND: f64 = 500.0 * 12.0 * 0.1;
/// Messages whose sentence stage is timed (each a few times: it costs milliseconds).
const SENTENCE_SAMPLE: usize = 80;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// The blind sets present: tests/fixtures/safety_blind*.tsv, by name.
fn blind_sets() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                    name.starts_with("safety_blind") && name.ends_with(".tsv")
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

fn us(ns: f64) -> f64 {
    (ns / 10.0).round() / 100.0
}

/// Measures the learned layer when `dir` holds a model: its figures and a
/// Markdown section.
pub fn measure(dir: &Path, repeat: u32, rows: &[(String, String)]) -> Result<Option<(Value, String)>, String> {
    let Some(model) = holdspace::services::safety_model::load(dir).map_err(|e| e.to_string())? else {
        return Ok(None);
    };
    let model = Arc::new(model);
    let both = Detector::with_model(Arc::clone(&model));
    let repeat = repeat.min(500);
    let mut words: Vec<f64> = rows
        .iter()
        .map(|(_, t)| {
            per_call_of(t, repeat, |t| {
                std::hint::black_box(model.read_words(t));
            })
        })
        .collect();
    words.sort_by(f64::total_cmp);
    let mut figures = json!({
        "layers": both.layers(),
        "words_stage_median_us": us(percentile(&words, 0.5)),
        "words_stage_p99_us": us(percentile(&words, 0.99)),
    });
    let mut md = format!(
        "\nLearned layer (`--model {}`, layers: {}). The word-vector stage reads every message the lexicon passes: \
         {} µs of one core at the median, {} µs at p99.\n",
        dir.display(),
        both.layers().join(", "),
        figures["words_stage_median_us"],
        figures["words_stage_p99_us"],
    );
    if model.deep() {
        let (sentence, section) = sentence_stage(&model, &both, rows);
        figures["sentence_stage"] = sentence;
        md.push_str(&section);
    }
    let (latency, section) = w1_latency(&both, rows);
    figures["w1_reading_latency"] = latency;
    md.push_str(&section);
    let dev = scoring::read(&fixtures().join("safety_messages.tsv"), |h, f| {
        h.iter().position(|c| *c == "split").is_some_and(|i| f[i] == "dev")
    })?;
    let holdout = scoring::read(&fixtures().join("safety_messages.tsv"), |h, f| {
        h.iter().position(|c| *c == "split").is_some_and(|i| f[i] == "holdout")
    })?;
    let mut sets = serde_json::Map::new();
    for (name, title, part) in [
        (
            "dev",
            "The lexicon's development rows (tests/fixtures/safety_messages.tsv, dev; they also train the head)",
            dev,
        ),
        ("holdout", "The lexicon's old held-out rows (safety_messages.tsv, holdout; never trained on)", holdout),
    ] {
        let (section, figures) = scoring::compare(title, &part, &both);
        md.push_str(&section);
        sets.insert(name.into(), figures);
    }
    for path in blind_sets() {
        let rows = scoring::read(&path, |_, _| true)?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let (section, figures) = scoring::compare(&format!("Blind set {name}"), &rows, &both);
        md.push_str(&section);
        sets.insert(name, figures);
    }
    figures["sets"] = sets.into();
    Ok(Some((figures, md)))
}

/// What the sentence stage costs, how often it runs, and what that makes at W1.
fn sentence_stage(
    model: &holdspace::domain::safety::learned::Model,
    both: &Detector,
    rows: &[(String, String)],
) -> (Value, String) {
    let step = (rows.len() / SENTENCE_SAMPLE).max(1);
    let mut sentence: Vec<f64> = rows
        .iter()
        .step_by(step)
        .map(|(_, t)| {
            per_call_of(t, 5, |t| {
                std::hint::black_box(model.embed_sentence(t));
            })
        })
        .collect();
    sentence.sort_by(f64::total_cmp);
    let longest = "I keep going over it in my head. ".repeat(60);
    let longest_ns = per_call_of(&longest, 5, |t| {
        std::hint::black_box(model.embed_sentence(t));
    });
    // Ordinary chat: the fixture's messages that are not crisis language
    // (many of them hard negatives, so this share is an upper bound).
    let ordinary: Vec<&str> = rows.iter().filter(|(l, _)| l == "none").map(|(_, t)| t.as_str()).collect();
    let reached = |texts: &[&str]| {
        texts.iter().filter(|t| both.assess(t).learned.is_some_and(|r| r.stage == Stage::Sentence)).count()
    };
    let share = reached(&ordinary) as f64 / ordinary.len().max(1) as f64;
    let mean_sentence = sentence.iter().sum::<f64>() / sentence.len().max(1) as f64;
    let started = Instant::now();
    let mut timed = 0u32;
    for t in ordinary.iter().cycle().take(2000) {
        std::hint::black_box(both.assess(t));
        timed += 1;
    }
    let mean_both_ns = started.elapsed().as_nanos() as f64 / f64::from(timed);
    let w1_cores = W1_MESSAGES_PER_SECOND * mean_both_ns / 1e9;
    let figures = json!({
        "sentence_median_ms": (percentile(&sentence, 0.5) / 1e4).round() / 100.0,
        "sentence_p99_ms": (percentile(&sentence, 0.99) / 1e4).round() / 100.0,
        "sentence_mean_ms": (mean_sentence / 1e4).round() / 100.0,
        "sentence_2000_chars_ms": (longest_ns / 1e4).round() / 100.0,
        "ordinary_share_reaching_sentence": (share * 1000.0).round() / 1000.0,
        "ordinary_messages": ordinary.len(),
        "all_layers_mean_per_ordinary_message_us": us(mean_both_ns),
        "w1_cores": (w1_cores * 1000.0).round() / 1000.0,
    });
    let md = format!(
        "The sentence stage (the whole MiniLM, {} word pieces at most) reads only what the word-vector stage finds suspicious: \
         {} ms at the median, {} ms at p99 ({} messages timed), {} ms for a 2,000-character message. \
         Of {} ordinary (non-crisis) messages, {:.1}% reached it, so all layers together cost {} µs per ordinary message on average: \
         at W1's {} messages a second, {:.3} of one core.\n",
        holdspace::domain::safety::learned::MAX_PIECES,
        figures["sentence_median_ms"],
        figures["sentence_p99_ms"],
        sentence.len(),
        figures["sentence_2000_chars_ms"],
        ordinary.len(),
        share * 100.0,
        figures["all_layers_mean_per_ordinary_message_us"],
        W1_MESSAGES_PER_SECOND,
        w1_cores,
    );
    (figures, md)
}

/// How long a crisis message the lexicon does not know waits for its
/// reading at W1's message rate, in this process: a runtime with two
/// workers (the machine's cores), W1's 600 ordinary messages a second, each
/// read as the server reads it (with the worker handed over while the
/// sentence stage runs), and one such crisis message every 100 ms, timed
/// from when it was due until its reading is done. This is the detector's
/// share of the alert latency, queueing for the CPU included; the room's
/// delivery is measured by `holdspace-bench rooms` (W1).
fn w1_latency(both: &Detector, rows: &[(String, String)]) -> (Value, String) {
    const SECONDS: u64 = 10;
    let lexicon = Detector::lexical();
    let ordinary: Arc<Vec<String>> =
        Arc::new(rows.iter().filter(|(l, _)| l == "none").map(|(_, t)| t.clone()).collect());
    let unknown: Vec<String> = rows
        .iter()
        .filter(|(l, t)| l != "none" && lexicon.assess(t).crisis.is_none())
        .map(|(_, t)| t.clone())
        .collect();
    let detector = Arc::new(both.clone());
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_time().build() {
        Ok(runtime) => runtime,
        Err(e) => return (json!({"error": e.to_string()}), format!("W1 reading latency not measured: {e}\n")),
    };
    let mut latencies: Vec<f64> = runtime.block_on(async move {
        let start = tokio::time::Instant::now();
        let chat = {
            let (detector, ordinary) = (Arc::clone(&detector), Arc::clone(&ordinary));
            tokio::spawn(async move {
                let every = Duration::from_secs_f64(1.0 / W1_MESSAGES_PER_SECOND);
                for i in 0..(W1_MESSAGES_PER_SECOND as u64 * SECONDS) {
                    tokio::time::sleep_until(start + every * i as u32).await;
                    let (detector, ordinary) = (Arc::clone(&detector), Arc::clone(&ordinary));
                    tokio::spawn(async move {
                        let text = &ordinary[i as usize % ordinary.len()];
                        tokio::task::block_in_place(|| std::hint::black_box(detector.assess(text)));
                    });
                }
            })
        };
        let mut timed = Vec::new();
        for i in 0..(SECONDS * 10) {
            let due = start + Duration::from_millis(100 * i);
            tokio::time::sleep_until(due).await;
            let (detector, text) = (Arc::clone(&detector), unknown[i as usize % unknown.len().max(1)].clone());
            timed.push(tokio::spawn(async move {
                tokio::task::block_in_place(|| std::hint::black_box(detector.assess(&text)));
                due.elapsed().as_secs_f64() * 1000.0
            }));
        }
        let mut out = Vec::new();
        for t in timed {
            out.extend(t.await.ok());
        }
        let _ = chat.await;
        out
    });
    latencies.sort_by(f64::total_cmp);
    if latencies.is_empty() {
        return (json!({"error": "no reading finished"}), "W1 reading latency not measured.\n".into());
    }
    let ms = |v: f64| (v * 100.0).round() / 100.0;
    let (p50, p99) = (ms(percentile(&latencies, 0.5)), ms(percentile(&latencies, 0.99)));
    let figures = json!({"seconds": SECONDS, "crisis_messages": latencies.len(), "p50_ms": p50, "p99_ms": p99});
    let md = format!(
        "\nReading a crisis message the lexicon does not know, at W1's {W1_MESSAGES_PER_SECOND} ordinary messages a second \
         (in process, two workers, {SECONDS} s, {} such messages): p50 {p50} ms, p99 {p99} ms from when it was sent until \
         the detector's verdict (the room's delivery and the alert frame come on top; see W1 in `holdspace-bench rooms`).\n",
        latencies.len()
    );
    (figures, md)
}
