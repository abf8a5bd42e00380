//! CPU time over a stretch of the run: each process's own (from
//! `/proc/PID/stat`) and the whole machine's (from `/proc/stat`), so that
//! what others ran meanwhile on the shared cores is on record too.

use std::time::Instant;

use crate::rooms::process::cpu_seconds;

/// Busy CPU time of the whole machine so far, in seconds (every core).
fn machine_busy_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let fields: Vec<f64> = stat.lines().next()?.split_whitespace().skip(1).filter_map(|f| f.parse().ok()).collect();
    // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
    let busy: f64 = fields.iter().take(8).enumerate().filter(|(i, _)| *i != 3 && *i != 4).map(|(_, v)| v).sum();
    Some(busy / 100.0)
}

/// CPU readings at one moment.
#[derive(Clone, Copy)]
pub struct Reading {
    at: Instant,
    janus: f64,
    holdspace: f64,
    bench: f64,
    machine: f64,
}

/// CPU used between two readings: seconds of CPU, and the wall time.
#[derive(Clone, Copy, Debug, Default)]
pub struct Used {
    pub seconds: f64,
    pub janus: f64,
    pub holdspace: f64,
    pub bench: f64,
    /// Everything else that ran on the machine meanwhile.
    pub others: f64,
}

impl Used {
    /// A CPU time as a percentage of one core over this stretch.
    pub fn percent(&self, cpu: f64) -> f64 {
        if self.seconds > 0.0 { cpu / self.seconds * 100.0 } else { 0.0 }
    }
}

/// Reads the CPU time of Janus, Holdspace, this benchmark and the machine.
pub fn read(janus: u32, holdspace: u32) -> Reading {
    Reading {
        at: Instant::now(),
        janus: cpu_seconds(janus).unwrap_or(0.0),
        holdspace: cpu_seconds(holdspace).unwrap_or(0.0),
        bench: cpu_seconds(std::process::id()).unwrap_or(0.0),
        machine: machine_busy_seconds().unwrap_or(0.0),
    }
}

impl Reading {
    /// What was used from `self` until `later`.
    pub fn until(&self, later: &Reading) -> Used {
        let janus = later.janus - self.janus;
        let holdspace = later.holdspace - self.holdspace;
        let bench = later.bench - self.bench;
        let machine = later.machine - self.machine;
        Used {
            seconds: later.at.duration_since(self.at).as_secs_f64(),
            janus,
            holdspace,
            bench,
            others: (machine - janus - holdspace - bench).max(0.0),
        }
    }
}
