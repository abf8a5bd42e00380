//! Crisis precision and recall of a detector on labelled messages: per
//! language, per level, and the confusion between levels.

use std::collections::BTreeMap;
use std::path::Path;

use holdspace::domain::safety::Detector;
use serde_json::{Value, json};

/// The levels as the fixtures name them, "none" first.
pub const LEVELS: [&str; 6] = ["none", "passive", "active", "method", "self_harm", "farewell"];
const LANGS: [&str; 4] = ["en", "hinglish", "hi", "all"];

/// A labelled message.
pub struct Row {
    pub level: String,
    pub lang: String,
    pub text: String,
}

/// Rows of a fixture whose header names its `level`, `lang` and `message`
/// columns (the message last), keeping those `keep` accepts by its fields.
pub fn read(path: &Path, keep: impl Fn(&[&str], &[&str]) -> bool) -> Result<Vec<Row>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let column = |name: &str| {
        header.iter().position(|h| h.trim() == name).ok_or(format!("{} has no {name} column", path.display()))
    };
    let (level, lang, message) = (column("level")?, column("lang")?, column("message")?);
    Ok(lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.splitn(header.len(), '\t').collect::<Vec<_>>())
        .filter(|f| f.len() == header.len() && keep(&header, f))
        .map(|f| Row { level: f[level].trim().into(), lang: f[lang].trim().into(), text: f[message].into() })
        .collect())
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 { 1.0 } else { f64::from(a) / f64::from(b) }
}

/// One detector's verdicts on a set of rows.
struct Verdicts {
    by_lang: BTreeMap<&'static str, Counts>,
    /// (truth, said) → count.
    confusion: BTreeMap<(usize, usize), u32>,
}

fn verdicts(rows: &[Row], detector: &Detector) -> Verdicts {
    let mut by_lang: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let mut confusion = BTreeMap::new();
    for row in rows {
        let said = detector.assess(&row.text).crisis.map_or("none", |l| l.as_str());
        let truth = LEVELS.iter().position(|l| *l == row.level).unwrap_or(0);
        let said_index = LEVELS.iter().position(|l| *l == said).unwrap_or(0);
        *confusion.entry((truth, said_index)).or_default() += 1;
        for lang in LANGS.iter().filter(|l| **l == "all" || **l == row.lang) {
            let c = by_lang.entry(lang).or_default();
            match (truth != 0, said_index != 0) {
                (true, true) => c.tp += 1,
                (false, true) => c.fp += 1,
                (true, false) => c.fn_ += 1,
                (false, false) => {}
            }
        }
    }
    Verdicts { by_lang, confusion }
}

/// Before (lexicon alone) and after (every layer installed) on `rows`: a
/// Markdown section and its figures.
pub fn compare(title: &str, rows: &[Row], after: &Detector) -> (String, Value) {
    let before = verdicts(rows, &Detector::lexical());
    let after = verdicts(rows, after);
    let mut md = format!(
        "\n{title}, before (lexicon alone) and after (with the learned layer):\n\n\
         | language | messages | crisis | precision before | recall before | precision after | recall after |\n\
         |---|---|---|---|---|---|---|\n"
    );
    let mut figures = serde_json::Map::new();
    for lang in LANGS {
        let count = rows.iter().filter(|r| lang == "all" || r.lang == lang).count();
        if count == 0 {
            continue;
        }
        let crisis = rows.iter().filter(|r| (lang == "all" || r.lang == lang) && r.level != "none").count();
        let (b, a) = (before.by_lang.get(lang).copied().unwrap_or_default(), after.by_lang[lang]);
        md.push_str(&format!(
            "| {lang} | {count} | {crisis} | {:.3} | {:.3} | {:.3} | {:.3} |\n",
            b.precision(),
            b.recall(),
            a.precision(),
            a.recall()
        ));
        figures.insert(
            lang.into(),
            json!({"messages": count, "crisis": crisis,
                   "before": {"precision": b.precision(), "recall": b.recall()},
                   "after": {"precision": a.precision(), "recall": a.recall()}}),
        );
    }
    md.push_str("\nPer level, recall before → after (any crisis level counts as found), and how many:\n\n| level | messages | recall before | recall after |\n|---|---|---|---|\n");
    let mut levels = serde_json::Map::new();
    for (i, level) in LEVELS.iter().enumerate().skip(1) {
        let total: u32 = (0..LEVELS.len()).map(|s| before.confusion.get(&(i, s)).copied().unwrap_or(0)).sum();
        if total == 0 {
            continue;
        }
        let found = |v: &Verdicts| (1..LEVELS.len()).map(|s| v.confusion.get(&(i, s)).copied().unwrap_or(0)).sum();
        let (b, a) = (ratio(found(&before), total), ratio(found(&after), total));
        md.push_str(&format!("| {level} | {total} | {b:.3} | {a:.3} |\n"));
        levels.insert((*level).into(), json!({"messages": total, "recall_before": b, "recall_after": a}));
    }
    md.push_str(
        "\nConfusion between levels after (rows: the label, columns: what the detector said):\n\n| label \\ said |",
    );
    for level in LEVELS {
        md.push_str(&format!(" {level} |"));
    }
    md.push_str(&format!("\n|---|{}\n", "---|".repeat(LEVELS.len())));
    let mut confusion = Vec::new();
    for (t, truth) in LEVELS.iter().enumerate() {
        let cells: Vec<u32> = (0..LEVELS.len()).map(|s| after.confusion.get(&(t, s)).copied().unwrap_or(0)).collect();
        if cells.iter().sum::<u32>() == 0 {
            continue;
        }
        md.push_str(&format!("| {truth} |{}\n", cells.iter().map(|c| format!(" {c} |")).collect::<String>()));
        confusion.push(json!({"label": truth, "said": cells}));
    }
    (md, json!({"languages": figures, "levels": levels, "confusion_after": confusion}))
}
