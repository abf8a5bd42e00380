//! Writing results: a JSON file and a Markdown table, stamped with the
//! command, the machine and the date.

use std::path::Path;

use serde_json::{Value, json};

/// Facts about the machine the numbers come from.
pub fn machine() -> Value {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let memory_kib = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            info.lines().next().and_then(|l| l.split_whitespace().nth(1)).and_then(|n| n.parse::<u64>().ok())
        })
        .unwrap_or(0);
    json!({
        "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        "cpu": cpu,
        "memory_gib": (memory_kib as f64 / 1024.0 / 1024.0 * 10.0).round() / 10.0,
        "os": std::env::consts::OS,
    })
}

/// Writes `results.json` and `results.md` into `dir`, returning the Markdown.
pub fn write(dir: &Path, name: &str, json: &Value, markdown: &str) -> Result<String, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let json_path = dir.join(format!("{name}.json"));
    let md_path = dir.join(format!("{name}.md"));
    let pretty = serde_json::to_string_pretty(json).map_err(|e| e.to_string())?;
    std::fs::write(&json_path, pretty).map_err(|e| format!("cannot write {}: {e}", json_path.display()))?;
    std::fs::write(&md_path, markdown).map_err(|e| format!("cannot write {}: {e}", md_path.display()))?;
    Ok(markdown.to_string())
}
