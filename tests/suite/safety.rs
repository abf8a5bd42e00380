//! How well the safety detector does on a labelled set of messages written
//! for it (tests/fixtures/safety_messages.tsv): precision and recall per
//! category, on the part used while building the lexicon (`dev`) and on the
//! part kept aside and never tuned on (`holdout`). Crisis language must be
//! found (recall at least 0.95) without crying wolf (precision at least 0.85)
//! on the development part; the held-out figures are reported as they are.

use holdspace::domain::safety::assess;

struct Row {
    split: String,
    level: String,
    advice: bool,
    contact: bool,
    lang: String,
    message: String,
}

fn rows() -> Vec<Row> {
    include_str!("../fixtures/safety_messages.tsv")
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.splitn(6, '\t').collect();
            Row {
                split: f[0].into(),
                level: f[1].into(),
                advice: f[2] == "1",
                contact: f[3] == "1",
                lang: f[4].into(),
                message: f[5].into(),
            }
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn add(&mut self, truth: bool, said: bool) {
        match (truth, said) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 { 1.0 } else { f64::from(self.tp) / f64::from(self.tp + self.fp) }
    }
    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 { 1.0 } else { f64::from(self.tp) / f64::from(self.tp + self.fn_) }
    }
}

fn evaluate(rows: &[&Row], label: &str, show_misses: bool) -> (Counts, Counts, Counts) {
    let (mut crisis, mut advice, mut contact) = (Counts::default(), Counts::default(), Counts::default());
    let mut levels: Vec<(&str, Counts)> =
        ["passive", "active", "method", "self_harm", "farewell"].iter().map(|l| (*l, Counts::default())).collect();
    for row in rows {
        let a = assess(&row.message);
        let said = a.crisis.map(|l| l.as_str()).unwrap_or("none");
        crisis.add(row.level != "none", a.crisis.is_some());
        advice.add(row.advice, a.advice);
        contact.add(row.contact, a.contact);
        for (level, counts) in levels.iter_mut() {
            counts.add(row.level == *level, said == *level);
        }
        if show_misses
            && ((row.level != "none") != a.crisis.is_some() || row.advice != a.advice || row.contact != a.contact)
        {
            println!(
                "  {label} miss [{} {} | said {said} advice={} contact={}] ({}) {}",
                row.level,
                if row.advice { "advice" } else { "" },
                a.advice,
                a.contact,
                row.lang,
                row.message
            );
        }
    }
    println!("{label}: {} messages", rows.len());
    println!("  {:<12} {:>9} {:>9}", "category", "precision", "recall");
    for (name, c) in [("crisis", crisis), ("advice", advice), ("contact", contact)]
        .into_iter()
        .chain(levels.iter().map(|(l, c)| (*l, *c)))
    {
        println!("  {name:<12} {:>9.3} {:>9.3}   (tp {} fp {} fn {})", c.precision(), c.recall(), c.tp, c.fp, c.fn_);
    }
    (crisis, advice, contact)
}

#[test]
fn the_detector_finds_crisis_language_without_crying_wolf() {
    let rows = rows();
    assert!(rows.len() >= 400, "the fixture has at least 400 messages");
    let dev: Vec<&Row> = rows.iter().filter(|r| r.split == "dev").collect();
    let holdout: Vec<&Row> = rows.iter().filter(|r| r.split == "holdout").collect();
    let (crisis, advice, contact) = evaluate(&dev, "dev", true);
    let (held_crisis, _, _) = evaluate(&holdout, "holdout", false);
    let all: Vec<&Row> = rows.iter().collect();
    evaluate(&all, "all", false);
    assert!(crisis.recall() >= 0.95, "crisis recall {:.3} below 0.95", crisis.recall());
    assert!(crisis.precision() >= 0.85, "crisis precision {:.3} below 0.85", crisis.precision());
    assert!(advice.recall() >= 0.80 && advice.precision() >= 0.80, "advice detection fell");
    assert!(contact.recall() >= 0.85 && contact.precision() >= 0.85, "contact detection fell");
    // The held-out part is never tuned on, so its figures (in the README) are
    // the honest ones. This floor only catches a change that breaks the
    // detector outright; it is set from the first measurement, not a goal.
    assert!(held_crisis.recall() >= 0.55, "held-out crisis recall {:.3}", held_crisis.recall());
    assert!(held_crisis.precision() >= 0.80, "held-out crisis precision {:.3}", held_crisis.precision());
}

#[test]
fn every_language_is_covered() {
    let rows = rows();
    for lang in ["en", "hinglish", "hi"] {
        assert!(rows.iter().filter(|r| r.lang == lang && r.level != "none").count() >= 5, "crisis examples in {lang}");
    }
}
