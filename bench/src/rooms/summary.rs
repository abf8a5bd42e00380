//! Turning what the driver gathered into figures: latency percentiles from
//! an HDR histogram, deliveries per second, server CPU per delivery, memory
//! per connection; then JSON and the Markdown table README shows.

use std::collections::HashMap;

use hdrhistogram::Histogram;
use serde_json::{Value, json};

use super::driver::{Outcome, Plan};

/// One step of one run.
#[derive(Debug, Clone)]
pub struct StepResult {
    /// Copies owed to recipients per second (what was offered).
    pub offered: f64,
    /// Copies received per second.
    pub delivered: f64,
    pub lost: u64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub p999_ms: f64,
    pub max_ms: f64,
    /// Latency to the last recipient of each message, when asked for.
    pub last_p50_ms: Option<f64>,
    pub last_p99_ms: Option<f64>,
    /// Server CPU time per delivered copy, in microseconds.
    pub server_cpu_us: f64,
    /// The benchmark's own CPU use in the step, in cores.
    pub bench_cores: f64,
    /// How late the load generator itself sent, p99 (its own health).
    pub send_lag_p99_ms: f64,
}

/// One workload against one server.
#[derive(Debug, Clone)]
pub struct Run {
    pub server: String,
    pub version: String,
    pub clients: usize,
    pub connected: usize,
    pub connect_failures: usize,
    pub first_failure: Option<String>,
    pub setups_per_second: f64,
    /// Server CPU per connection set up, µs: steadier than the rate, which
    /// also depends on the load generator's share of the cores.
    pub setup_server_cpu_us: f64,
    pub idle_kib_per_connection: f64,
    pub sent: u64,
    pub lost: u64,
    pub reordered: u64,
    pub errors: u64,
    pub dropped: u64,
    pub steps: Vec<StepResult>,
}

fn histogram() -> Histogram<u64> {
    // 1 µs to an hour, three significant figures.
    Histogram::new_with_bounds(1, 3_600_000_000, 3).expect("valid histogram bounds")
}

fn ms(h: &Histogram<u64>, q: f64) -> f64 {
    if h.is_empty() { 0.0 } else { h.value_at_quantile(q) as f64 / 1000.0 }
}

/// Figures for one run.
pub fn summarize(server: &str, version: &str, plan: &Plan, outcome: &Outcome, last_recipient: bool) -> Run {
    let mut steps = Vec::new();
    for (index, step) in plan.steps.iter().enumerate() {
        let seconds = step.duration.as_secs_f64();
        let mut all = histogram();
        let mut last: HashMap<(u32, u32), u32> = HashMap::new();
        let mut got = 0u64;
        for r in outcome.received.iter().filter(|r| usize::from(r.step) == index) {
            got += 1;
            let _ = all.record(u64::from(r.latency_us.max(1)));
            if last_recipient {
                let slot = last.entry((r.sender, r.n)).or_default();
                *slot = (*slot).max(r.latency_us);
            }
        }
        let (last_p50_ms, last_p99_ms) = if last_recipient {
            let mut h = histogram();
            for latency in last.values() {
                let _ = h.record(u64::from((*latency).max(1)));
            }
            (Some(ms(&h, 0.5)), Some(ms(&h, 0.99)))
        } else {
            (None, None)
        };
        let mut lag = histogram();
        for (_, delay) in outcome.delays.iter().filter(|(step, _)| usize::from(*step) == index) {
            let _ = lag.record(u64::from((*delay).max(1)));
        }
        let owed = outcome.owed_per_step.get(index).copied().unwrap_or(0);
        let cpu = |samples: &[f64]| match (samples.get(index), samples.get(index + 1)) {
            (Some(a), Some(b)) => b - a,
            _ => 0.0,
        };
        steps.push(StepResult {
            offered: owed as f64 / seconds,
            delivered: got as f64 / seconds,
            lost: owed.saturating_sub(got),
            p50_ms: ms(&all, 0.5),
            p99_ms: ms(&all, 0.99),
            p999_ms: ms(&all, 0.999),
            max_ms: if all.is_empty() { 0.0 } else { all.max() as f64 / 1000.0 },
            last_p50_ms,
            last_p99_ms,
            server_cpu_us: if got == 0 { 0.0 } else { cpu(&outcome.server_cpu) / got as f64 * 1e6 },
            bench_cores: cpu(&outcome.bench_cpu) / seconds,
            send_lag_p99_ms: ms(&lag, 0.99),
        });
    }
    let grown = outcome.rss_idle_kib.saturating_sub(outcome.rss_before_kib) as f64;
    Run {
        server: server.to_string(),
        version: version.to_string(),
        clients: outcome.clients,
        connected: outcome.connected,
        connect_failures: outcome.connect_failures,
        first_failure: outcome.first_failure.clone(),
        setups_per_second: if outcome.connect_seconds > 0.0 {
            outcome.connected as f64 / outcome.connect_seconds
        } else {
            0.0
        },
        setup_server_cpu_us: if outcome.connected > 0 {
            outcome.connect_server_cpu / outcome.connected as f64 * 1e6
        } else {
            0.0
        },
        idle_kib_per_connection: if outcome.connected > 0 { grown / outcome.connected as f64 } else { 0.0 },
        sent: outcome.sent,
        lost: outcome.lost,
        reordered: outcome.reordered,
        errors: outcome.errors,
        dropped: outcome.dropped,
        steps,
    }
}

impl Run {
    /// Whether nothing went wrong: everyone connected, nothing lost,
    /// reordered, refused or dropped.
    pub fn clean(&self) -> bool {
        self.connect_failures == 0 && self.lost == 0 && self.reordered == 0 && self.errors == 0 && self.dropped == 0
    }

    pub fn one_line(&self) -> String {
        let steps: Vec<String> = self
            .steps
            .iter()
            .map(|s| {
                format!(
                    "{:.0}/s p50 {:.2} p99 {:.2} ms cpu {:.1} µs (send lag p99 {:.2} ms)",
                    s.delivered, s.p50_ms, s.p99_ms, s.server_cpu_us, s.send_lag_p99_ms
                )
            })
            .collect();
        format!(
            "{}: {}/{} connected ({:.0}/s, server cpu {:.0} µs each, {:.1} KiB each); lost {} reordered {} errors {} dropped {}; {}{}",
            self.server,
            self.connected,
            self.clients,
            self.setups_per_second,
            self.setup_server_cpu_us,
            self.idle_kib_per_connection,
            self.lost,
            self.reordered,
            self.errors,
            self.dropped,
            steps.join("; "),
            self.first_failure.as_ref().map(|f| format!(" (first failure: {f})")).unwrap_or_default()
        )
    }

    pub fn to_json(&self) -> Value {
        json!({
            "server": self.server,
            "version": self.version,
            "clients": self.clients,
            "connected": self.connected,
            "connect_failures": self.connect_failures,
            "first_failure": self.first_failure,
            "setups_per_second": self.setups_per_second,
            "setup_server_cpu_us": self.setup_server_cpu_us,
            "idle_kib_per_connection": self.idle_kib_per_connection,
            "sent": self.sent,
            "lost": self.lost,
            "reordered": self.reordered,
            "errors": self.errors,
            "dropped": self.dropped,
            "steps": self.steps.iter().map(|s| json!({
                "offered_per_second": s.offered,
                "delivered_per_second": s.delivered,
                "lost": s.lost,
                "p50_ms": s.p50_ms,
                "p99_ms": s.p99_ms,
                "p999_ms": s.p999_ms,
                "max_ms": s.max_ms,
                "last_recipient_p50_ms": s.last_p50_ms,
                "last_recipient_p99_ms": s.last_p99_ms,
                "server_cpu_us_per_delivery": s.server_cpu_us,
                "bench_cores": s.bench_cores,
                "send_lag_p99_ms": s.send_lag_p99_ms,
            })).collect::<Vec<_>>(),
        })
    }
}

/// The highest W3 step a run sustained.
fn best(run: &Run, limit_ms: f64) -> Option<&StepResult> {
    if run.connect_failures > 0 {
        return None;
    }
    run.steps.iter().filter(|s| s.p99_ms <= limit_ms && s.lost == 0).max_by(|a, b| a.delivered.total_cmp(&b.delivered))
}

/// A row: a measure, each run's figure, and the first run's ratio to each other.
fn row(out: &mut String, measure: &str, runs: &[Run], figure: impl Fn(&Run) -> Option<f64>, unit: &str) {
    let values: Vec<Option<f64>> = runs.iter().map(|r| if r.connected == 0 { None } else { figure(r) }).collect();
    out.push_str(&format!("| {measure} |"));
    for value in &values {
        match value {
            Some(v) => out.push_str(&format!(" {} {unit} |", short(*v))),
            None => out.push_str(" — |"),
        }
    }
    for value in values.iter().skip(1) {
        match (values[0], value) {
            (Some(a), Some(b)) if *b > 0.0 => out.push_str(&format!(" {:.2} |", a / b)),
            _ => out.push_str(" — |"),
        }
    }
    out.push('\n');
}

fn short(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

fn first_step(run: &Run) -> Option<&StepResult> {
    run.steps.first()
}

/// The Markdown README shows.
pub fn markdown(results: &[(String, Vec<Run>)], command: &str, date: &str, limit_ms: f64) -> String {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let mut out = format!(
        "Live rooms, side by side in one run ({date}, {cores} cores shared by the server and the load generator).\n\
         Command: `{command}`\n\n"
    );
    let Some(runs) = results.first().map(|(_, runs)| runs) else { return out };
    out.push_str("| workload: measure |");
    for run in runs {
        out.push_str(&format!(" {} |", run.server));
    }
    for run in runs.iter().skip(1) {
        out.push_str(&format!(" {} ÷ {} |", runs[0].server, run.server));
    }
    out.push_str("\n| --- |");
    for _ in 0..(runs.len() * 2).saturating_sub(1) {
        out.push_str(" ---: |");
    }
    out.push('\n');
    for (workload, runs) in results {
        let lost = |r: &Run| Some((r.lost + r.reordered + r.errors + r.dropped + r.connect_failures as u64) as f64);
        match workload.as_str() {
            "w1" => {
                let size = runs.first().map_or(0, |r| r.clients);
                row(
                    &mut out,
                    &format!("W1 ({size} people in rooms of 12): p50"),
                    runs,
                    |r| first_step(r).map(|s| s.p50_ms),
                    "ms",
                );
                row(&mut out, "W1: p99", runs, |r| first_step(r).map(|s| s.p99_ms), "ms");
                row(&mut out, "W1: p99.9", runs, |r| first_step(r).map(|s| s.p999_ms), "ms");
                row(&mut out, "W1: deliveries/s", runs, |r| first_step(r).map(|s| s.delivered), "");
                row(&mut out, "W1: server CPU per delivery", runs, |r| first_step(r).map(|s| s.server_cpu_us), "µs");
                row(&mut out, "W1: lost, reordered, errors", runs, lost, "");
            }
            "w2" => {
                let size = runs.first().map_or(0, |r| r.clients);
                row(
                    &mut out,
                    &format!("W2 (one room of {size}): p50 to the last recipient"),
                    runs,
                    |r| first_step(r).and_then(|s| s.last_p50_ms),
                    "ms",
                );
                row(
                    &mut out,
                    "W2: p99 to the last recipient",
                    runs,
                    |r| first_step(r).and_then(|s| s.last_p99_ms),
                    "ms",
                );
                row(&mut out, "W2: p99, every copy", runs, |r| first_step(r).map(|s| s.p99_ms), "ms");
                row(&mut out, "W2: server CPU per delivery", runs, |r| first_step(r).map(|s| s.server_cpu_us), "µs");
                row(&mut out, "W2: lost, reordered, errors", runs, lost, "");
            }
            "w3" => {
                row(&mut out, "W3: connections held", runs, |r| Some(r.connected as f64), "");
                row(
                    &mut out,
                    &format!("W3: highest deliveries/s with p99 ≤ {limit_ms:.0} ms, none lost"),
                    runs,
                    |r| best(r, limit_ms).map(|s| s.delivered),
                    "",
                );
                row(
                    &mut out,
                    "W3: server CPU per delivery at that rate",
                    runs,
                    |r| best(r, limit_ms).map(|s| s.server_cpu_us),
                    "µs",
                );
                // Latency compared at the same offered rate, step by step.
                let rates: Vec<f64> =
                    runs.first().map(|r| r.steps.iter().map(|s| s.offered).collect()).unwrap_or_default();
                for rate in rates {
                    let at =
                        |r: &Run| r.steps.iter().find(|s| (s.offered - rate).abs() <= rate * 0.02).map(|s| s.p99_ms);
                    row(&mut out, &format!("W3: p99 at {:.0}k deliveries/s", rate / 1000.0), runs, at, "ms");
                }
                row(
                    &mut out,
                    "W4: server memory per idle connection",
                    runs,
                    |r| Some(r.idle_kib_per_connection),
                    "KiB",
                );
                row(
                    &mut out,
                    "Connections set up per second (authenticated, joined)",
                    runs,
                    |r| Some(r.setups_per_second),
                    "",
                );
                row(&mut out, "Server CPU per connection set up", runs, |r| Some(r.setup_server_cpu_us), "µs");
            }
            _ => {}
        }
    }
    out.push_str("\nRatios are Holdspace's figure divided by the peer's: under 1 is better for latency, CPU and memory; over 1 is better for rates.\n");
    for (workload, runs) in results {
        if workload != "w3" {
            continue;
        }
        out.push_str(
            "\nW3 steps (deliveries offered per second; a step passes with p99 under the limit and nothing lost):\n\n",
        );
        out.push_str("| server | offered/s | delivered/s | p50 | p99 | p99.9 | max | server CPU per delivery | load generator CPU | its send lag p99 | lost |\n");
        out.push_str("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for run in runs {
            for s in &run.steps {
                out.push_str(&format!(
                    "| {} | {:.0} | {:.0} | {} ms | {} ms | {} ms | {} ms | {} µs | {:.2} cores | {} ms | {} |\n",
                    run.server,
                    s.offered,
                    s.delivered,
                    short(s.p50_ms),
                    short(s.p99_ms),
                    short(s.p999_ms),
                    short(s.max_ms),
                    short(s.server_cpu_us),
                    s.bench_cores,
                    short(s.send_lag_p99_ms),
                    s.lost
                ));
            }
        }
    }
    out.push_str("\nServers: ");
    let mut seen = Vec::new();
    for (_, runs) in results {
        for run in runs {
            if !seen.contains(&run.version) {
                seen.push(run.version.clone());
            }
        }
    }
    out.push_str(&seen.join("; "));
    out.push_str(".\n");
    for (workload, runs) in results {
        for run in runs.iter().filter(|r| !r.clean()) {
            out.push_str(&format!(
                "\n{} in {}: {} of {} connected{}; lost {}, reordered {}, errors {}, connections dropped {}.",
                run.server,
                workload.to_uppercase(),
                run.connected,
                run.clients,
                run.first_failure.as_ref().map(|f| format!(" (first failure: {f})")).unwrap_or_default(),
                run.lost,
                run.reordered,
                run.errors,
                run.dropped
            ));
        }
    }
    out.push('\n');
    out
}
