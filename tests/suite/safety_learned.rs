//! The safety net's learned layer: how much it adds to the lexicon on
//! labelled messages (the development rows, the lexicon's old held-out rows,
//! the tune rows of the training set, and the blind set written by another
//! engineer and looked at only after the model was frozen), per language,
//! per level and with the confusion between levels; that its alert reaches
//! the facilitator over a real WebSocket; that the server runs without it.
//!
//! The model's files are not in the repository (they are made from a PyPI
//! wheel by scripts/train-safety-model): tests that need them look in
//! HOLDSPACE_SAFETY_MODEL or ./safety-model and, when they are not there,
//! say so and check nothing else.

use std::collections::BTreeMap;
use std::path::PathBuf;

use holdspace::domain::member::Roles;
use holdspace::domain::safety::Detector;
use reqwest::StatusCode;
use serde_json::json;

use crate::cli::{start_server_with, terminate, wait_for_exit};
use crate::helpers::{Backend, Client, TestDb, spawn_app_with};
use crate::rooms::{circle_with_meet, connect, open_room, person};

const LEVELS: [&str; 6] = ["none", "passive", "farewell", "self_harm", "active", "method"];

fn model_dir() -> PathBuf {
    std::env::var_os("HOLDSPACE_SAFETY_MODEL")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("safety-model"))
}

/// Both layers, or `None` (with the reason printed) when the model is not installed.
fn with_model() -> Option<Detector> {
    let dir = model_dir();
    let detector = holdspace::services::safety_model::detector(&dir).expect("an installed model loads");
    if !detector.learns() {
        println!("SKIPPED: no learned model in {} (scripts/train-safety-model installs one)", dir.display());
        return None;
    }
    Some(detector)
}

/// A labelled message: its level, language and text.
struct Labelled {
    level: String,
    lang: String,
    message: String,
}

fn fixture(name: &str, columns: (usize, usize, usize), keep: impl Fn(&[&str]) -> bool) -> Vec<Labelled> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|f| keep(f))
        .map(|f| Labelled {
            level: f[columns.0].trim().to_string(),
            lang: f[columns.1].trim().to_string(),
            message: f[columns.2..].join("\t"),
        })
        .collect()
}

/// Crisis precision and recall, by language, for one detector.
#[derive(Default, Clone, Copy, Debug)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 { 1.0 } else { f64::from(self.tp) / f64::from(self.tp + self.fp) }
    }
    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 { 1.0 } else { f64::from(self.tp) / f64::from(self.tp + self.fn_) }
    }
}

/// Prints the figures and returns crisis counts per language ("all" too).
fn report(label: &str, rows: &[Labelled], detector: &Detector) -> BTreeMap<String, Counts> {
    let mut by_lang: BTreeMap<String, Counts> = BTreeMap::new();
    let mut confusion: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    for row in rows {
        let said = detector.assess(&row.message).crisis.map_or("none", |l| l.as_str());
        let (truth, alert) = (row.level != "none", said != "none");
        for key in [row.lang.clone(), "all".to_string()] {
            let c = by_lang.entry(key).or_default();
            match (truth, alert) {
                (true, true) => c.tp += 1,
                (false, true) => c.fp += 1,
                (true, false) => c.fn_ += 1,
                (false, false) => {}
            }
        }
        let truth_level = LEVELS.iter().find(|l| **l == row.level).copied().unwrap_or("other");
        *confusion.entry((truth_level, said)).or_default() += 1;
    }
    println!("{label}: {} messages", rows.len());
    for (lang, c) in &by_lang {
        println!(
            "  crisis {lang:<9} precision {:.3} recall {:.3} (tp {} fp {} fn {})",
            c.precision(),
            c.recall(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
    println!("  levels (rows: truth, columns: said) {}", LEVELS.join(" "));
    for truth in LEVELS {
        let cells: Vec<String> =
            LEVELS.iter().map(|said| confusion.get(&(truth, *said)).copied().unwrap_or(0).to_string()).collect();
        println!("  {truth:<10} {}", cells.join(" "));
    }
    by_lang
}

#[test]
fn the_learned_layer_adds_recall_to_the_lexicon() {
    let Some(both) = with_model() else { return };
    let lexicon = Detector::lexical();
    let sets = [
        ("dev", fixture("safety_messages.tsv", (1, 4, 5), |f| f[0] == "dev")),
        ("old holdout", fixture("safety_messages.tsv", (1, 4, 5), |f| f[0] == "holdout")),
        ("tune", fixture("safety_train.tsv", (1, 2, 4), |f| f[0] == "dev")),
        ("hand-written tune", fixture("safety_train_hand.tsv", (1, 2, 4), |f| f[0] == "dev")),
    ];
    let mut measured = BTreeMap::new();
    for (name, rows) in &sets {
        let before = report(&format!("{name}, lexicon alone"), rows, &lexicon);
        let after = report(&format!("{name}, lexicon and learned layer"), rows, &both);
        measured.insert(*name, (before["all"], after["all"]));
    }
    // Floors just below the figures measured when the model was frozen
    // (README, "How well both layers do"), for the layers installed: a
    // regression fails, luck cannot pass.
    let sentence = both.layers().contains(&"sentence");
    let (before, after) = measured["old holdout"];
    assert!(after.recall() > before.recall(), "the learned layer finds more on the old held-out rows");
    let (recall, precision) = if sentence { (0.74, 0.83) } else { (0.85, 0.72) };
    assert!(after.recall() >= recall && after.precision() >= precision, "old held-out rows: {after:?}");
    let (_, dev) = measured["dev"];
    assert!(dev.recall() >= 0.99 && dev.precision() >= 0.98, "dev rows: {dev:?}");
    let (_, tune) = measured["tune"];
    let (recall, precision) = if sentence { (0.78, 0.86) } else { (0.80, 0.83) };
    assert!(tune.recall() >= recall && tune.precision() >= precision, "tune rows: {tune:?}");
    let (_, hand) = measured["hand-written tune"];
    let (recall, precision) = if sentence { (0.65, 0.87) } else { (0.69, 0.84) };
    assert!(hand.recall() >= recall && hand.precision() >= precision, "hand-written tune rows: {hand:?}");
}

/// Every blind set there is (tests/fixtures/safety_blind*.tsv), by name.
fn blind_sets() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
        .unwrap_or_default();
    names.retain(|n| n.starts_with("safety_blind") && n.ends_with(".tsv"));
    names.sort();
    names
}

#[test]
fn the_retired_blind_set_and_any_new_one() {
    let rows = fixture("safety_blind.tsv", (0, 1, 3), |f| f.len() >= 4);
    if rows.is_empty() {
        println!("SKIPPED: tests/fixtures/safety_blind.tsv is not there");
        return;
    }
    let before = report("retired blind, lexicon alone", &rows, &Detector::lexical())["all"];
    assert!(before.recall() >= 0.43 && before.precision() >= 0.73, "retired blind, lexicon alone: {before:?}");
    let Some(both) = with_model() else { return };
    // Measured once blind (recall 0.633 at precision 0.775), then used as a
    // development set: never trained on, but looked at while choosing how
    // the learned layer is built.
    let after = report("retired blind, lexicon and learned layer", &rows, &both);
    // Measured again as a development set: 0.777 recall at 0.771 precision
    // with the word vectors alone, 0.695 at 0.805 with the sentence stage.
    let sentence = both.layers().contains(&"sentence");
    let (recall, precision, languages) = if sentence { (0.68, 0.79, 0.58) } else { (0.76, 0.76, 0.75) };
    let all = after["all"];
    assert!(all.recall() >= recall && all.precision() >= precision, "retired blind: {all:?}");
    assert!(
        after["hi"].recall() >= languages && after["hinglish"].recall() >= languages,
        "Hindi and Hinglish too: {after:?}"
    );
    // A new blind set's floors are set once it has been measured.
    for name in blind_sets().iter().filter(|n| *n != "safety_blind.tsv") {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let header: Vec<&str> = text.lines().next().unwrap_or_default().split('\t').map(str::trim).collect();
        let column =
            |c: &str| header.iter().position(|h| *h == c).unwrap_or_else(|| panic!("{name} has no {c} column"));
        let columns = (column("level"), column("lang"), column("message"));
        let rows = fixture(name, columns, |f| f.len() == header.len());
        let before = report(&format!("{name}, lexicon alone"), &rows, &Detector::lexical())["all"];
        let after = report(&format!("{name}, lexicon and learned layer"), &rows, &both)["all"];
        if name == "safety_blind2.tsv" {
            // Measured once, blind, on 2026-12-01: lexicon alone 0.411 recall
            // at 0.646 precision; word vectors 0.700 at 0.696; with the
            // sentence stage 0.626 at 0.702. Floors sit a little lower, since
            // a rebuilt model picks its own thresholds.
            assert!(before.recall() >= 0.40 && before.precision() >= 0.63, "{name}, lexicon alone: {before:?}");
            let (recall, precision) = if sentence { (0.58, 0.66) } else { (0.66, 0.66) };
            assert!(after.recall() >= recall && after.precision() >= precision, "{name}: {after:?}");
        }
    }
}

/// Said in the room, a message with no phrase the lexicon knows.
const UNKNOWN_TO_THE_LEXICON: &str = "i keep looking at the bottle of tablets in my drawer";

#[tokio::test]
async fn a_crisis_message_the_lexicon_does_not_know_reaches_the_facilitator() {
    let Some(detector) = with_model() else { return };
    assert_eq!(holdspace::domain::safety::assess(UNKNOWN_TO_THE_LEXICON).crisis, None, "the lexicon misses it");
    let app = spawn_app_with(Backend::Sqlite, |c| c.safety = detector).await;
    let (circle, meet) = circle_with_meet(&app, "learned", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", Roles { facilitator: true, coordinator: false }).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    a.send(json!({"type": "say", "text": UNKNOWN_TO_THE_LEXICON})).await;
    let heard = f.until("message").await;
    let alert = f.until("alert").await;
    assert_eq!(alert["alert"]["alias"], "Asha");
    assert_eq!(alert["alert"]["level"], "method");
    assert_eq!(alert["alert"]["message"], heard["message"]["id"]);
    let learned = &alert["alert"]["learned"];
    assert!(learned["score"].as_u64().is_some_and(|s| s > 500), "with the learned layer's score: {alert}");
    assert!(learned["nearest"].as_array().is_some_and(|n| !n.is_empty()), "and the nearest examples' levels");
    assert!(!alert.to_string().contains("tablets"), "the alert carries no words");
    assert_eq!(a.until("care").await["type"], "care", "the writer is offered care, as with the lexicon");
    let ready = Client::new(app.addr).get("/readyz").await;
    assert!(ready.body.contains("lexicon and learned layer"), "{}", ready.body);
    app.stop().await;
}

#[tokio::test]
async fn the_server_starts_and_works_without_the_model_and_says_so() {
    let db = TestDb::new(Backend::Sqlite).await;
    let empty = std::env::temp_dir().join(format!("holdspace-no-model-{}", crate::helpers::random_suffix()));
    std::fs::create_dir_all(&empty).unwrap();
    let (mut child, addr) = start_server_with(&db, "info", |c| {
        c.env("HOLDSPACE_SAFETY_MODEL", &empty);
    });
    let ready = Client::new(addr).get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK);
    assert!(ready.body.contains("lexicon only"), "{}", ready.body);
    assert_eq!(Client::new(addr).get("/circles").await.status, StatusCode::OK);
    terminate(&child);
    assert_eq!(wait_for_exit(&mut child), 0);
    let mut log = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut log).unwrap();
    assert!(log.contains("safety net: lexicon only"), "the start log says so: {log}");
    std::fs::remove_dir_all(&empty).ok();
}
