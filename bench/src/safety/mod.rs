//! `safety`: what the safety net's detector costs per message, on the
//! sender's connection task where every message is assessed. Each message
//! of the labelled fixture is read many times; the figures are per call, as
//! medians and a high percentile across messages. With the learned
//! layer's model installed, also what each of its stages costs, how many
//! ordinary messages reach the second, and crisis recall and precision
//! before and after on the development rows and on every blind set
//! (tests/fixtures/safety_blind*.tsv) that is there.

mod learned;
mod scoring;

use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use serde_json::json;

use crate::report;

const FIXTURE: &str = include_str!("../../../tests/fixtures/safety_messages.tsv");

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

pub(crate) fn per_call_of(text: &str, repeat: u32, read: impl Fn(&str)) -> f64 {
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

pub(crate) fn percentile(sorted: &[f64], p: f64) -> f64 {
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
    let (json, markdown) = match learned::measure(&options.model, options.repeat, &rows)? {
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
