//! `safety`: what the safety net's detector costs per message, on the
//! sender's connection task where every message is assessed. Each message
//! of the labelled fixture is read many times; the figures are per call, as
//! medians and a high percentile across messages. With the learned
//! layer's model installed, also what it adds per message, and crisis
//! recall and precision per language on the blind set, before and after.

use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use holdspace::domain::safety::Detector;
use serde_json::json;

use crate::report;

const FIXTURE: &str = include_str!("../../tests/fixtures/safety_messages.tsv");
/// Written by another engineer and measured only after the model was frozen.
const BLIND: &str = include_str!("../../tests/fixtures/safety_blind.tsv");

/// Options for `safety`.
#[derive(Debug, Args)]
pub struct Options {
    /// Calls per message
    #[arg(long, default_value = "2000")]
    repeat: u32,
    /// Where to write safety.json and safety.md
    #[arg(long, default_value = "bench/results")]
    out: PathBuf,
    /// The learned layer's model folder (measured when it holds a model)
    #[arg(long, default_value = "safety-model")]
    model: PathBuf,
}

/// Nanoseconds per call for one message, the median of five batches.
fn per_call(text: &str, repeat: u32) -> f64 {
    per_call_of(text, repeat, |t| {
        std::hint::black_box(holdspace::domain::safety::assess(t));
    })
}

fn per_call_of(text: &str, repeat: u32, read: impl Fn(&str)) -> f64 {
    let mut batches: Vec<f64> = (0..5)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..repeat / 5 {
                read(std::hint::black_box(text));
            }
            started.elapsed().as_nanos() as f64 / f64::from(repeat / 5)
        })
        .collect();
    batches.sort_by(f64::total_cmp);
    batches[2]
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Runs the measurement and writes the report.
pub async fn run(options: Options) -> Result<(), String> {
    let rows: Vec<(String, String)> = FIXTURE
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.splitn(6, '\t').collect();
            (f.len() == 6).then(|| (f[1].to_string(), f[5].to_string()))
        })
        .collect();
    let mut all: Vec<f64> = rows.iter().map(|(_, text)| per_call(text, options.repeat)).collect();
    let mut ordinary: Vec<f64> =
        rows.iter().zip(&all).filter(|((level, _), _)| level == "none").map(|(_, ns)| *ns).collect();
    all.sort_by(f64::total_cmp);
    ordinary.sort_by(f64::total_cmp);
    let longest = "I keep going over it in my head. ".repeat(60);
    let longest_ns = per_call(&longest, options.repeat.min(500));
    let mean_len = rows.iter().map(|(_, t)| t.chars().count()).sum::<usize>() as f64 / rows.len() as f64;
    let command = format!("holdspace-bench safety --repeat {}", options.repeat);
    let date = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let machine = report::machine();
    let us = |ns: f64| (ns / 10.0).round() / 100.0;
    let json = json!({
        "command": command,
        "date": date,
        "machine": machine,
        "messages": rows.len(),
        "mean_chars": mean_len.round(),
        "ordinary_median_us": us(percentile(&ordinary, 0.5)),
        "all_median_us": us(percentile(&all, 0.5)),
        "all_p99_us": us(percentile(&all, 0.99)),
        "all_max_us": us(*all.last().unwrap_or(&0.0)),
        "longest_2000_chars_us": us(longest_ns),
    });
    let markdown = format!(
        "Safety detector cost per message (`{command}`, {date}, {} cores, {}):\n\n\
         | messages | median, ordinary chat | median, all | p99, all | max | a 2,000-character message |\n\
         |---|---|---|---|---|---|\n\
         | {} (mean {} chars) | {} µs | {} µs | {} µs | {} µs | {} µs |\n",
        machine["cores"],
        machine["cpu"].as_str().unwrap_or(""),
        rows.len(),
        mean_len.round(),
        json["ordinary_median_us"],
        json["all_median_us"],
        json["all_p99_us"],
        json["all_max_us"],
        json["longest_2000_chars_us"],
    );
    let (json, markdown) = match learned(&options, &rows)? {
        Some((figures, table)) => {
            let mut json = json;
            json["learned"] = figures;
            (json, format!("{markdown}\n{table}"))
        }
        None => (
            json,
            format!("{markdown}\nNo learned model in {}: the lexicon alone was measured.\n", options.model.display()),
        ),
    };
    print!("{}", report::write(&options.out, "safety", &json, &markdown)?);
    Ok(())
}

/// What the learned layer costs and adds, when its model is installed.
fn learned(options: &Options, rows: &[(String, String)]) -> Result<Option<(serde_json::Value, String)>, String> {
    let Some(model) = holdspace::services::safety_model::load(&options.model).map_err(|e| e.to_string())? else {
        return Ok(None);
    };
    let model = std::sync::Arc::new(model);
    let both = Detector::with_model(std::sync::Arc::clone(&model));
    let repeat = options.repeat.min(500);
    let mut reading: Vec<f64> = rows
        .iter()
        .map(|(_, text)| {
            per_call_of(text, repeat, |t| {
                std::hint::black_box(model.read(t));
            })
        })
        .collect();
    let mut layered: Vec<f64> = rows
        .iter()
        .map(|(_, text)| {
            per_call_of(text, repeat, |t| {
                std::hint::black_box(both.assess(t));
            })
        })
        .collect();
    reading.sort_by(f64::total_cmp);
    layered.sort_by(f64::total_cmp);
    let us = |ns: f64| (ns / 10.0).round() / 100.0;
    let mut figures = json!({
        "learned_read_median_us": us(percentile(&reading, 0.5)),
        "learned_read_p99_us": us(percentile(&reading, 0.99)),
        "both_layers_median_us": us(percentile(&layered, 0.5)),
        "both_layers_p99_us": us(percentile(&layered, 0.99)),
    });
    let mut table = format!(
        "Learned layer (`--model {}`): reading a message costs {} µs of one core at the median, {} µs at p99; \
         both layers together {} µs at the median, {} µs at p99. Alert latency at W1 was not measured.\n",
        options.model.display(),
        figures["learned_read_median_us"],
        figures["learned_read_p99_us"],
        figures["both_layers_median_us"],
        figures["both_layers_p99_us"],
    );
    if !BLIND.trim().is_empty() {
        let blind: Vec<(String, String, String)> = BLIND
            .lines()
            .skip(1)
            .filter_map(|l| {
                let f: Vec<&str> = l.splitn(4, '\t').collect();
                (f.len() == 4).then(|| (f[0].to_string(), f[1].to_string(), f[3].to_string()))
            })
            .collect();
        table.push_str(
            "\nCrisis language on the blind set (tests/fixtures/safety_blind.tsv), before (lexicon alone) and after (with the learned layer):\n\n\
             | language | messages | precision before | recall before | precision after | recall after |\n|---|---|---|---|---|---|\n",
        );
        let mut by_lang = serde_json::Map::new();
        for lang in ["en", "hinglish", "hi", "all"] {
            let part: Vec<&(String, String, String)> = blind.iter().filter(|r| lang == "all" || r.1 == lang).collect();
            let lexicon = Detector::lexical();
            let (before, after) = (score(&part, &lexicon), score(&part, &both));
            table.push_str(&format!(
                "| {lang} | {} | {:.3} | {:.3} | {:.3} | {:.3} |\n",
                part.len(),
                before.0,
                before.1,
                after.0,
                after.1
            ));
            by_lang.insert(lang.into(), json!({"before": [before.0, before.1], "after": [after.0, after.1]}));
        }
        figures["blind_precision_recall"] = by_lang.into();
    }
    Ok(Some((figures, table)))
}

/// Crisis (precision, recall) of a detector on labelled rows.
fn score(rows: &[&(String, String, String)], detector: &Detector) -> (f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0u32, 0u32, 0u32);
    for (level, _, text) in rows {
        match (level != "none", detector.assess(text).crisis.is_some()) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fn_ += 1,
            (false, false) => {}
        }
    }
    let ratio = |a: u32, b: u32| if b == 0 { 1.0 } else { f64::from(a) / f64::from(b) };
    (ratio(tp, tp + fp), ratio(tp, tp + fn_))
}
