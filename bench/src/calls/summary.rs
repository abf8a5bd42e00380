//! The calls benchmark's figures: per window, per step, and the table.

use serde_json::{Value, json};

use super::reception::Window;
use super::usage::Used;
use super::{JITTER_P95_LIMIT_MS, LOSS_LIMIT, MEET_SIZE, Options};

/// The nearest-rank percentile `p` (0–100) of `values`; 0 when empty.
fn percentile(values: &[f64], p: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn median(values: impl IntoIterator<Item = f64>) -> f64 {
    percentile(&values.into_iter().collect::<Vec<_>>(), 50.0)
}

/// One step's joins: how long each took, and Holdspace's CPU for them.
#[derive(Debug, Clone)]
pub struct Join {
    times_ms: Vec<f64>,
    failed: usize,
    used: Used,
}

impl Join {
    pub fn new(times_ms: Vec<f64>, failed: usize, used: Used) -> Join {
        Join { times_ms, failed, used }
    }

    /// Holdspace's CPU per person who joined, in milliseconds.
    fn holdspace_ms_per_join(&self) -> Option<f64> {
        (!self.times_ms.is_empty()).then(|| self.used.holdspace * 1000.0 / self.times_ms.len() as f64)
    }
}

/// What one measurement window saw, over every receiver.
#[derive(Debug, Clone, Copy)]
pub struct WindowFigures {
    receivers: usize,
    /// Lost of expected over everyone.
    loss: f64,
    loss_p50: f64,
    loss_p99: f64,
    jitter_p50_ms: f64,
    jitter_p95_ms: f64,
    /// Receivers that got nothing at all in the window.
    silent: usize,
    used: Used,
}

impl WindowFigures {
    pub fn new(received: &[Window], used: Used) -> WindowFigures {
        let losses: Vec<f64> = received.iter().map(Window::loss).collect();
        let jitters: Vec<f64> = received.iter().map(|w| w.jitter_ms).collect();
        let expected: u64 = received.iter().map(|w| w.expected).sum();
        let got: u64 = received.iter().map(|w| w.received).sum();
        let silent = received.iter().filter(|w| w.received == 0).count();
        WindowFigures {
            receivers: received.len(),
            loss: if expected == 0 { 0.0 } else { expected.saturating_sub(got) as f64 / expected as f64 },
            loss_p50: percentile(&losses, 50.0),
            loss_p99: percentile(&losses, 99.0),
            jitter_p50_ms: percentile(&jitters, 50.0),
            jitter_p95_ms: percentile(&jitters, 95.0),
            silent,
            used,
        }
    }
}

/// Whether a step stayed within the thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Within,
    Loss,
    Jitter,
    /// Someone could not join, or heard nothing.
    Failed,
}

/// One step: so many meets at once.
#[derive(Debug, Clone)]
pub struct Step {
    meets: usize,
    people: usize,
    join: Join,
    windows: Vec<WindowFigures>,
}

impl Step {
    pub fn new(meets: usize, people: usize, join: Join, windows: Vec<WindowFigures>) -> Step {
        Step { meets, people, join, windows }
    }

    fn median_of(&self, figure: impl Fn(&WindowFigures) -> f64) -> f64 {
        median(self.windows.iter().map(figure))
    }

    pub fn verdict(&self) -> Verdict {
        if self.join.failed > 0 || self.windows.is_empty() || self.windows.iter().any(|w| w.silent > 0) {
            Verdict::Failed
        } else if self.median_of(|w| w.loss) > LOSS_LIMIT {
            Verdict::Loss
        } else if self.median_of(|w| w.jitter_p95_ms) > JITTER_P95_LIMIT_MS {
            Verdict::Jitter
        } else {
            Verdict::Within
        }
    }

    fn verdict_words(&self) -> &'static str {
        match self.verdict() {
            Verdict::Within => "within",
            Verdict::Loss => "over: loss",
            Verdict::Jitter => "over: jitter",
            Verdict::Failed => "failed",
        }
    }

    fn cpu(&self, part: impl Fn(&Used) -> f64) -> f64 {
        self.median_of(|w| w.used.percent(part(&w.used)))
    }

    /// Holdspace's CPU per person in the call, in microseconds a second.
    fn holdspace_us_per_person_second(&self) -> f64 {
        self.median_of(|w| w.used.holdspace / w.used.seconds.max(1e-9) * 1e6 / w.receivers.max(1) as f64)
    }

    /// One line for the progress log.
    pub fn line(&self) -> String {
        format!(
            "{} meets, {} people: loss p50 {:.2}% p99 {:.2}%, jitter p50 {:.1} ms p95 {:.1} ms, \
             CPU Janus {:.0}% Holdspace {:.1}% load generator {:.0}% others {:.0}%, {}",
            self.meets,
            self.people,
            self.median_of(|w| w.loss_p50) * 100.0,
            self.median_of(|w| w.loss_p99) * 100.0,
            self.median_of(|w| w.jitter_p50_ms),
            self.median_of(|w| w.jitter_p95_ms),
            self.cpu(|u| u.janus),
            self.cpu(|u| u.holdspace),
            self.cpu(|u| u.bench),
            self.cpu(|u| u.others),
            self.verdict_words()
        )
    }

    pub fn to_json(&self) -> Value {
        let window = |w: &WindowFigures| {
            json!({
                "receivers": w.receivers,
                "loss": w.loss,
                "loss_p50": w.loss_p50,
                "loss_p99": w.loss_p99,
                "jitter_p50_ms": w.jitter_p50_ms,
                "jitter_p95_ms": w.jitter_p95_ms,
                "silent_receivers": w.silent,
                "seconds": w.used.seconds,
                "cpu_percent": {
                    "janus": w.used.percent(w.used.janus),
                    "holdspace": w.used.percent(w.used.holdspace),
                    "load_generator": w.used.percent(w.used.bench),
                    "others": w.used.percent(w.used.others),
                },
            })
        };
        json!({
            "meets": self.meets,
            "people": self.people,
            "verdict": self.verdict_words(),
            "joins": {
                "joined": self.join.times_ms.len(),
                "failed": self.join.failed,
                "time_ms_p50": percentile(&self.join.times_ms, 50.0),
                "time_ms_p95": percentile(&self.join.times_ms, 95.0),
                "seconds": self.join.used.seconds,
                "holdspace_cpu_ms_per_join": self.join.holdspace_ms_per_join(),
                "janus_cpu_seconds": self.join.used.janus,
            },
            "median": {
                "loss": self.median_of(|w| w.loss),
                "loss_p50": self.median_of(|w| w.loss_p50),
                "loss_p99": self.median_of(|w| w.loss_p99),
                "jitter_p50_ms": self.median_of(|w| w.jitter_p50_ms),
                "jitter_p95_ms": self.median_of(|w| w.jitter_p95_ms),
                "cpu_percent": {
                    "janus": self.cpu(|u| u.janus),
                    "holdspace": self.cpu(|u| u.holdspace),
                    "load_generator": self.cpu(|u| u.bench),
                    "others": self.cpu(|u| u.others),
                },
                "holdspace_cpu_us_per_person_second": self.holdspace_us_per_person_second(),
            },
            "windows": self.windows.iter().map(window).collect::<Vec<_>>(),
        })
    }
}

/// The most meets carried within the thresholds, if any step was.
pub fn capacity(steps: &[Step]) -> Option<usize> {
    steps.iter().take_while(|s| s.verdict() == Verdict::Within).map(|s| s.meets).last()
}

/// The Markdown the README quotes.
pub fn markdown(steps: &[Step], command: &str, date: &str, options: &Options) -> String {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let mut out = format!(
        "Voice meets of {MEET_SIZE} on one Janus ({date}, {cores} cores shared by Janus, Holdspace, the load \
         generator and whatever else ran on the machine: see \"others\").\nCommand: `{command}`\n\n"
    );
    out.push_str(
        "| meets | people | loss p50 | loss p99 | jitter p50 | jitter p95 | Janus CPU | Holdspace CPU | load generator CPU | others' CPU | verdict |\n\
         | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n",
    );
    for s in steps {
        if s.windows.is_empty() {
            out.push_str(&format!(
                "| {} | {} | — | — | — | — | — | — | — | — | {} ({} joins failed) |\n",
                s.meets,
                s.people,
                s.verdict_words(),
                s.join.failed
            ));
            continue;
        }
        out.push_str(&format!(
            "| {} | {} | {:.2}% | {:.2}% | {:.1} ms | {:.1} ms | {:.0}% | {:.1}% | {:.0}% | {:.0}% | {} |\n",
            s.meets,
            s.people,
            s.median_of(|w| w.loss_p50) * 100.0,
            s.median_of(|w| w.loss_p99) * 100.0,
            s.median_of(|w| w.jitter_p50_ms),
            s.median_of(|w| w.jitter_p95_ms),
            s.cpu(|u| u.janus),
            s.cpu(|u| u.holdspace),
            s.cpu(|u| u.bench),
            s.cpu(|u| u.others),
            s.verdict_words()
        ));
    }
    let joins: Vec<f64> = steps.iter().filter_map(|s| s.join.holdspace_ms_per_join()).collect();
    let per_person: Vec<f64> =
        steps.iter().filter(|s| !s.windows.is_empty()).map(Step::holdspace_us_per_person_second).collect();
    out.push_str(&format!(
        "\nLoss and jitter are per receiver (RFC 3550: sequence gaps; interarrival jitter averaged over the window), \
         the median of {} windows of {} s per step; CPU is % of one core. A step is over the line when more than \
         {:.0}% of packets are lost in all or the 95th percentile of jitter is over {JITTER_P95_LIMIT_MS:.0} ms.\n\n",
        options.windows,
        options.window_seconds,
        LOSS_LIMIT * 100.0
    ));
    let others = steps.iter().filter(|s| !s.windows.is_empty()).map(|s| s.cpu(|u| u.others)).fold(0.0, f64::max);
    out.push_str(&format!(
        "Other processes on the machine used up to {others:.0}% of a core during a step (median of its windows){}.\n\n",
        if others >= 50.0 { ": the machine was busy, and the figures are lower than it would give alone" } else { "" }
    ));
    match capacity(steps) {
        Some(meets) => out.push_str(&format!(
            "**Carried within the thresholds: {meets} meets ({} people)**, a lower bound for a dedicated machine.\n",
            meets * MEET_SIZE
        )),
        None => out.push_str("**No step stayed within the thresholds.**\n"),
    }
    out.push_str(&format!(
        "Holdspace's CPU (relaying call signalling): {:.1} ms per person joining (median over steps), \
         {:.0} µs per second per person in a call (median over steps).\n",
        median(joins),
        median(per_person)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let values: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&values, 50.0), 50.0);
        assert_eq!(percentile(&values, 99.0), 99.0);
        assert_eq!(percentile(&[3.0], 95.0), 3.0);
        assert_eq!(percentile(&[], 95.0), 0.0);
    }

    fn step(lost: u64, jitter_ms: f64, silent: bool) -> Step {
        let mut received = vec![Window { expected: 500, received: 500 - lost, jitter_ms }; 8];
        if silent {
            received[0] = Window { expected: 0, received: 0, jitter_ms: 0.0 };
        }
        let used = Used { seconds: 10.0, ..Used::default() };
        let window = WindowFigures::new(&received, used);
        Step::new(1, 8, Join::new(vec![100.0; 8], 0, used), vec![window; 3])
    }

    #[test]
    fn a_step_is_over_the_line_on_loss_jitter_or_silence() {
        assert_eq!(step(0, 2.0, false).verdict(), Verdict::Within);
        assert_eq!(step(5, 2.0, false).verdict(), Verdict::Within, "1% lost is still within");
        assert_eq!(step(6, 2.0, false).verdict(), Verdict::Loss);
        assert_eq!(step(0, 31.0, false).verdict(), Verdict::Jitter);
        assert_eq!(step(0, 2.0, true).verdict(), Verdict::Failed, "someone heard nothing");
        let steps = [step(0, 1.0, false), step(0, 1.0, false), step(9, 1.0, false)];
        assert_eq!(capacity(&steps), Some(1));
    }
}
