//! `holdspace-bench calls`: how many 8-person voice meets one Janus carries
//! on this machine before the audio suffers, and what Holdspace's relay of
//! their call signalling costs per person.
//!
//! Everything runs in a network namespace of its own (see [`netns`]): Janus
//! started with `scripts/janus`, the real `holdspace serve` with a seeded
//! database of voice circles, and fake people (see [`person`]) who join
//! each meet's room and call as a browser does, send a tone as Opus every
//! 20 ms and receive the mix. The number of meets steps up; at each step
//! every receiver's packet loss and jitter is measured over a few fixed
//! windows, with the CPU used by Janus, Holdspace, the load generator and
//! everything else on the machine. Stepping stops at the first step over
//! the thresholds, a join that fails, or the last step.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Args;
use futures_util::StreamExt;
use holdspace::domain::circle::CallFormat;
use serde_json::json;

mod media_server;
mod netns;
mod person;
mod reception;
mod summary;
mod tone;
mod usage;

use person::{Clock, Person};
use summary::{Join, Step, Verdict, WindowFigures};

use crate::rooms::holdspace::{open_rooms, seed};
use crate::{report, server};

/// People in each meet.
pub const MEET_SIZE: usize = 8;
/// The step is over the line when more than this share of packets is lost
/// in all: Opus's in-band FEC and a browser's jitter buffer hide about 1%.
pub const LOSS_LIMIT: f64 = 0.01;
/// ... or when the 95th percentile of receivers' jitter is over this: the
/// usual guidance for interactive voice (and what a browser's jitter buffer
/// absorbs without adding noticeable delay).
pub const JITTER_P95_LIMIT_MS: f64 = 30.0;
/// The longest a whole run may take; it stops by itself then.
const RUN_LIMIT: Duration = Duration::from_secs(30 * 60);

/// Options of `holdspace-bench calls`.
#[derive(Debug, Args)]
pub struct Options {
    /// Concurrent 8-person meets at each step, rising
    #[arg(long, value_delimiter = ',', default_value = "1,2,4,8,12,16,20,24,32")]
    meets: Vec<usize>,
    /// Seconds in each measurement window
    #[arg(long, default_value_t = 10)]
    window_seconds: u64,
    /// Windows per step (the table gives their median)
    #[arg(long, default_value_t = 3)]
    windows: usize,
    /// Seconds between the last join of a step and its first window
    #[arg(long, default_value_t = 3)]
    settle_seconds: u64,
    /// People joining at once
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Where to write calls.json and calls.md
    #[arg(long, default_value = "bench/results")]
    out: PathBuf,
}

pub async fn run(options: Options) -> Result<(), String> {
    if !netns::inside() {
        return tokio::task::spawn_blocking(netns::run_inside).await.map_err(|e| e.to_string())?;
    }
    let mut steps_wanted = options.meets.clone();
    steps_wanted.dedup();
    if steps_wanted.is_empty() || steps_wanted.windows(2).any(|w| w[0] >= w[1]) || steps_wanted[0] == 0 {
        return Err("--meets takes rising numbers of meets, from 1".into());
    }
    let most = *steps_wanted.last().unwrap_or(&1);

    let janus = media_server::MediaServer::start(server::free_port()).await?;
    let dir = std::env::temp_dir().join(format!("holdspace-bench-calls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let url = format!("sqlite://{}", dir.join("calls.db").display());
    let outcome = async {
        let seeded = seed(&url, &vec![MEET_SIZE; most], CallFormat::Voice).await?;
        let port = server::free_port();
        let env = [("HOLDSPACE_MEDIA_URL", janus.url.as_str()), ("HOLDSPACE_MEDIA_SECRET", janus.secret.as_str())];
        let mut holdspace = Server(server::start_with(&url, port, &env)?);
        server::wait_ready(port, "Holdspace").await?;
        let pids = (janus.pid(), holdspace.0.id());
        let version = server::version();
        let steps = tokio::time::timeout(RUN_LIMIT, measure(&options, &steps_wanted, &seeded, port, pids))
            .await
            .map_err(|_| format!("the run took over {} minutes", RUN_LIMIT.as_secs() / 60))??;
        holdspace.stop();
        Ok::<_, String>((steps, version))
    }
    .await;
    drop(janus);
    let _ = std::fs::remove_dir_all(&dir);
    let (steps, version) = outcome?;

    let command = std::env::args().collect::<Vec<_>>().join(" ");
    let date = chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string();
    let markdown = summary::markdown(&steps, &command, &date, &options);
    let json = json!({
        "workload": "calls",
        "date": date,
        "command": command,
        "holdspace": version,
        "janus": janus_version(),
        "machine": report::machine(),
        "meet_size": MEET_SIZE,
        "loss_limit": LOSS_LIMIT,
        "jitter_p95_limit_ms": JITTER_P95_LIMIT_MS,
        "window_seconds": options.window_seconds,
        "windows_per_step": options.windows,
        "capacity_meets": summary::capacity(&steps),
        "steps": steps.iter().map(Step::to_json).collect::<Vec<_>>(),
    });
    println!("{}", report::write(&options.out, "calls", &json, &markdown)?);
    Ok(())
}

/// `holdspace serve`, stopped when dropped.
struct Server(std::process::Child);

impl Server {
    fn stop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The installed Janus package's version.
fn janus_version() -> String {
    std::process::Command::new("dpkg-query")
        .args(["-W", "-f", "${Version}", "janus"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

/// Steps the number of meets up until one is over the line.
async fn measure(
    options: &Options,
    wanted: &[usize],
    seeded: &crate::rooms::holdspace::Seeded,
    port: u16,
    (janus, holdspace): (u32, u32),
) -> Result<Vec<Step>, String> {
    let tone: Arc<Vec<Arc<[u8]>>> = Arc::new(tone::packets().into_iter().map(Arc::from).collect());
    let clock = Clock(Instant::now());
    let mut people: Vec<Person> = Vec::new();
    let mut steps = Vec::new();
    let mut open = 0;
    for &meets in wanted {
        let new: Vec<(i64, usize, String)> = seeded.rooms[open..meets]
            .iter()
            .flat_map(|room| {
                room.cookies.iter().enumerate().map(move |(seat, cookie)| (room.meet, seat, cookie.clone()))
            })
            .collect();
        let meet_ids: Vec<i64> = seeded.rooms[open..meets].iter().map(|r| r.meet).collect();
        eprintln!("calls: {meets} meets ({} people)", meets * MEET_SIZE);
        open_rooms(port, &seeded.coordinator, &meet_ids).await?;
        open = meets;

        let before = usage::read(janus, holdspace);
        let joins = futures_util::stream::iter(new.iter().map(|(meet, seat, cookie)| {
            let tone = Arc::clone(&tone);
            async move {
                let started = Instant::now();
                person::join(port, *meet, cookie, *seat, tone, clock).await.map(|p| (p, started.elapsed()))
            }
        }))
        .buffer_unordered(options.concurrency.max(1))
        .collect::<Vec<_>>()
        .await;
        let used = before.until(&usage::read(janus, holdspace));
        let mut times = Vec::new();
        let mut failed = Vec::new();
        for joined in joins {
            match joined {
                Ok((person, took)) => {
                    people.push(person);
                    times.push(took.as_secs_f64() * 1000.0);
                }
                Err(error) => failed.push(error),
            }
        }
        let join = Join::new(times, failed.len(), used);
        if let Some(first) = failed.first() {
            eprintln!("calls: {} of {} joins failed, e.g. {first}", failed.len(), new.len());
            steps.push(Step::new(meets, people.len(), join, Vec::new()));
            break;
        }

        tokio::time::sleep(Duration::from_secs(options.settle_seconds)).await;
        let mut windows = Vec::new();
        for _ in 0..options.windows.max(1) {
            for person in &people {
                person.take();
            }
            let before = usage::read(janus, holdspace);
            tokio::time::sleep(Duration::from_secs(options.window_seconds)).await;
            let received = people.iter().map(Person::take).collect::<Vec<_>>();
            let used = before.until(&usage::read(janus, holdspace));
            windows.push(WindowFigures::new(&received, used));
        }
        let step = Step::new(meets, people.len(), join, windows);
        eprintln!("calls: {}", step.line());
        let over = step.verdict() != Verdict::Within;
        steps.push(step);
        if over {
            break;
        }
    }
    Ok(steps)
}
