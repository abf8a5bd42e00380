//! The open-loop driver: connects every client, then each one sends on its
//! own fixed schedule (whatever the server does), and records, per copy it
//! receives from someone else, the time from the stamp's *intended* send time
//! to its arrival. Every copy is checked against its sender's sequence, so a
//! lost, duplicated or reordered message is counted, never missed.

use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;

use super::process;
use super::stamp::Stamp;
use super::target::{Incoming, Target, Ws};

/// Client source addresses are spread over 127.0.0.2 to 127.0.0.61, so
/// tens of thousands of connections never run short of local ports.
const SOURCES: u32 = 60;
/// How long the server has after the last send to deliver what is owed.
const DRAIN: Duration = Duration::from_secs(5);
/// Time for the server to settle after connections, before memory is read.
const SETTLE: Duration = Duration::from_secs(3);

/// Where in each millisecond this runtime's timer fires, in microseconds
/// after the epoch's millisecond. Tokio's timer has a resolution of one
/// millisecond: a send due between two ticks waits for the next one, and
/// that wait is the load generator's, not the server's. Sends are therefore
/// due on the ticks themselves, found here by sleeping a few times and
/// looking at when the wake-ups land.
async fn timer_phase(epoch: Instant) -> u64 {
    let mut seen = Vec::new();
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_micros(1500)).await;
        seen.push(epoch.elapsed().as_micros() as u64 % 1000);
    }
    // The wake-ups cluster just after the tick: take the start of the
    // shortest arc of the millisecond that holds them all.
    let spread = |from: u64| seen.iter().map(|f| (f + 1000 - from) % 1000).max().unwrap_or(0);
    let start = seen.iter().copied().min_by_key(|&from| spread(from)).unwrap_or(0);
    // A little before the earliest wake-up, where the tick itself is.
    (start + 1000 - 50) % 1000
}

/// One rate for a while: every client sends once per `interval`.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub interval: Duration,
    pub duration: Duration,
}

/// A whole run: the rooms, the steps, how many connect at once.
#[derive(Debug, Clone)]
pub struct Plan {
    pub rooms: usize,
    pub room_size: usize,
    pub steps: Vec<Step>,
    pub concurrency: usize,
}

impl Plan {
    pub fn clients(&self) -> usize {
        self.rooms * self.room_size
    }
}

/// When each step starts, in microseconds after the epoch.
struct Schedule {
    start_us: u64,
    steps: Vec<(u64, u64, u64)>, // start, end (µs after epoch), interval (µs)
}

impl Schedule {
    fn new(start_us: u64, steps: &[Step]) -> Schedule {
        let mut at = start_us;
        let steps = steps
            .iter()
            .map(|s| {
                let begin = at;
                at += s.duration.as_micros() as u64;
                (begin, at, s.interval.as_micros() as u64)
            })
            .collect();
        Schedule { start_us, steps }
    }

    fn step_of(&self, us: u64) -> Option<usize> {
        self.steps.iter().position(|(begin, end, _)| (*begin..*end).contains(&us))
    }

    fn end_us(&self) -> u64 {
        self.steps.last().map_or(self.start_us, |s| s.1)
    }
}

/// The first timer tick at or after `us`, for ticks at `phase_us` into
/// each millisecond.
fn tick_at_or_after(us: u64, phase_us: u64) -> u64 {
    let base = us - us % 1000 + phase_us;
    if base >= us { base } else { base + 1000 }
}

/// A client's send times: in each step, from an offset of its own, every
/// interval, each on the first timer tick at or after it.
struct Sends {
    offset: f64,
    phase_us: u64,
    step: usize,
    /// The `n`th send of this step is due at `begin + (offset + n) × interval`.
    n: u64,
    next_us: Option<u64>,
}

impl Sends {
    fn new(client: u32, schedule: &Schedule, phase_us: u64) -> Sends {
        let mut sends = Sends { offset: spread(client), phase_us, step: 0, n: 0, next_us: None };
        sends.next_us = sends.due(schedule);
        sends
    }

    /// The next send from (step, n) on, moving to later steps as they end.
    fn due(&mut self, schedule: &Schedule) -> Option<u64> {
        while let Some(&(begin, end, interval)) = schedule.steps.get(self.step) {
            let at = begin + ((self.offset + self.n as f64) * interval as f64) as u64;
            let tick = tick_at_or_after(at, self.phase_us);
            if tick < end {
                return Some(tick);
            }
            self.step += 1;
            self.n = 0;
        }
        None
    }

    fn advance(&mut self, schedule: &Schedule) {
        self.n += 1;
        self.next_us = self.due(schedule);
    }
}

/// A fixed pseudo-random fraction in [0, 1) per client (SplitMix64), so
/// clients' sends spread evenly over each interval and runs repeat.
fn spread(client: u32) -> f64 {
    let mut z = u64::from(client).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

/// One received copy: the step its send belonged to, who sent it, its
/// number, and the latency in microseconds.
#[derive(Debug, Clone, Copy)]
pub struct Received {
    pub step: u8,
    pub sender: u32,
    pub n: u32,
    pub latency_us: u32,
}

/// What one client saw.
struct ClientReport {
    me: u32,
    sent: u32,
    sent_per_step: Vec<u32>,
    /// Copies received from each seat of the room.
    counts: Vec<u32>,
    received: Vec<Received>,
    reordered: u64,
    errors: u64,
    dropped: bool,
}

/// What a whole run saw.
pub struct Outcome {
    pub clients: usize,
    pub connected: usize,
    pub connect_failures: usize,
    pub first_failure: Option<String>,
    pub connect_seconds: f64,
    pub rss_before_kib: u64,
    pub rss_idle_kib: u64,
    /// Server and benchmark CPU seconds at each step boundary.
    pub server_cpu: Vec<f64>,
    pub bench_cpu: Vec<f64>,
    pub received: Vec<Received>,
    pub sent: u64,
    /// Copies owed to others per step: each message times its room's other
    /// connected people.
    pub owed_per_step: Vec<u64>,
    pub lost: u64,
    pub reordered: u64,
    pub errors: u64,
    pub dropped: u64,
}

struct Shared {
    target: Target,
    epoch: Instant,
    room_size: usize,
    /// Where the timer's ticks fall in each millisecond (see [`timer_phase`]).
    phase_us: u64,
}

impl Shared {
    fn now_us(&self) -> u64 {
        self.epoch.elapsed().as_micros() as u64
    }

    /// A deadline that makes the timer fire on the tick at `tick_us`.
    fn wake_for(&self, tick_us: u64) -> tokio::time::Instant {
        tokio::time::Instant::from_std(self.epoch + Duration::from_micros(tick_us.saturating_sub(300)))
    }
}

async fn client(
    shared: Arc<Shared>,
    me: u32,
    room: usize,
    mut ws: Ws,
    mut go: watch::Receiver<Option<Arc<Schedule>>>,
    mut stop: watch::Receiver<bool>,
) -> ClientReport {
    let room_base = (room * shared.room_size) as u32;
    let mut report = ClientReport {
        me,
        sent: 0,
        sent_per_step: Vec::new(),
        counts: vec![0; shared.room_size],
        received: Vec::new(),
        reordered: 0,
        errors: 0,
        dropped: false,
    };
    let mut last = vec![0u32; shared.room_size];
    let mut plan: Option<(Arc<Schedule>, Sends)> = None;
    let far = tokio::time::Instant::now() + Duration::from_secs(24 * 3600);
    let timer = tokio::time::sleep_until(far);
    tokio::pin!(timer);
    loop {
        tokio::select! {
            frame = ws.next() => match frame {
                Some(Ok(Message::Text(text))) => match shared.target.read(&text) {
                    Incoming::Chat(stamp) => {
                        if stamp.sender == me {
                            continue;
                        }
                        let Some(seat) = stamp.sender.checked_sub(room_base).map(|s| s as usize).filter(|s| *s < shared.room_size) else {
                            report.errors += 1;
                            continue;
                        };
                        if stamp.n != last[seat] + 1 {
                            report.reordered += u64::from(stamp.n <= last[seat]);
                        }
                        last[seat] = last[seat].max(stamp.n);
                        report.counts[seat] += 1;
                        let latency = shared.now_us().saturating_sub(stamp.intended_us);
                        let step = plan.as_ref().and_then(|(s, _)| s.step_of(stamp.intended_us)).unwrap_or(u8::MAX as usize);
                        report.received.push(Received {
                            step: step as u8,
                            sender: stamp.sender,
                            n: stamp.n,
                            latency_us: u32::try_from(latency).unwrap_or(u32::MAX),
                        });
                    }
                    Incoming::Answer(answer) => {
                        if ws.send(answer).await.is_err() {
                            report.dropped = true;
                            break;
                        }
                    }
                    Incoming::Error => report.errors += 1,
                    Incoming::Other => {}
                },
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => {
                    report.dropped = true;
                    break;
                }
                Some(Ok(_)) => {}
            },
            changed = go.changed(), if plan.is_none() => {
                if changed.is_err() {
                    break;
                }
                let schedule = go.borrow().clone();
                if let Some(schedule) = schedule {
                    let sends = Sends::new(me, &schedule, shared.phase_us);
                    if let Some(next) = sends.next_us {
                        timer.as_mut().reset(shared.wake_for(next));
                    }
                    plan = Some((schedule, sends));
                }
            }
            () = &mut timer => {
                let Some((schedule, sends)) = plan.as_mut() else {
                    timer.as_mut().reset(far);
                    continue;
                };
                let Some(intended_us) = sends.next_us else {
                    timer.as_mut().reset(far);
                    continue;
                };
                report.sent += 1;
                if report.sent_per_step.len() <= sends.step {
                    report.sent_per_step.resize(sends.step + 1, 0);
                }
                report.sent_per_step[sends.step] += 1;
                let stamp = Stamp { sender: me, n: report.sent, intended_us };
                if ws.send(shared.target.say(room, stamp)).await.is_err() {
                    report.dropped = true;
                    break;
                }
                sends.advance(schedule);
                let next = sends.next_us.map_or(far, |us| shared.wake_for(us));
                timer.as_mut().reset(next);
            }
            _ = stop.changed() => break,
        }
    }
    let _ = ws.close(None).await;
    report
}

fn source(client: usize) -> Ipv4Addr {
    Ipv4Addr::new(127, 0, 0, 2 + (client as u32 % SOURCES) as u8)
}

/// Runs a plan against a server (process `pid`) and gathers what happened.
pub async fn drive(target: Target, plan: &Plan, pid: u32) -> Outcome {
    let epoch = Instant::now();
    let phase_us = timer_phase(epoch).await;
    let shared = Arc::new(Shared { target, epoch, room_size: plan.room_size, phase_us });
    let (go_tx, go) = watch::channel(None);
    let (stop_tx, stop) = watch::channel(false);
    let rss_before_kib = process::rss_kib(pid).unwrap_or(0);

    let gate = Arc::new(Semaphore::new(plan.concurrency));
    let connecting = Instant::now();
    let mut joins: Vec<JoinHandle<Result<JoinHandle<ClientReport>, String>>> = Vec::with_capacity(plan.clients());
    for index in 0..plan.clients() {
        let (shared, gate, go, stop) = (Arc::clone(&shared), Arc::clone(&gate), go.clone(), stop.clone());
        joins.push(tokio::spawn(async move {
            let _permit = gate.acquire_owned().await.map_err(|e| e.to_string())?;
            let room = index / shared.room_size;
            let seat = index % shared.room_size;
            let ws = shared.target.connect(room, seat, source(index)).await?;
            Ok(tokio::spawn(client(Arc::clone(&shared), index as u32, room, ws, go, stop)))
        }));
    }
    let mut clients = Vec::with_capacity(plan.clients());
    let mut connect_failures = 0;
    let mut first_failure = None;
    for join in joins {
        match join.await {
            Ok(Ok(handle)) => clients.push(handle),
            Ok(Err(error)) => {
                connect_failures += 1;
                first_failure.get_or_insert(error);
            }
            Err(error) => {
                connect_failures += 1;
                first_failure.get_or_insert(error.to_string());
            }
        }
    }
    let connect_seconds = connecting.elapsed().as_secs_f64();
    tokio::time::sleep(SETTLE).await;
    let rss_idle_kib = process::rss_kib(pid).unwrap_or(0);

    let start_us = shared.now_us() + 1_000_000;
    let schedule = Arc::new(Schedule::new(start_us, &plan.steps));
    let boundaries: Vec<u64> = std::iter::once(start_us).chain(schedule.steps.iter().map(|s| s.1)).collect();
    let _ = go_tx.send(Some(Arc::clone(&schedule)));
    let mut server_cpu = Vec::new();
    let mut bench_cpu = Vec::new();
    let me = std::process::id();
    for boundary in boundaries {
        tokio::time::sleep_until(tokio::time::Instant::from_std(shared.epoch + Duration::from_micros(boundary))).await;
        server_cpu.push(process::cpu_seconds(pid).unwrap_or(0.0));
        bench_cpu.push(process::cpu_seconds(me).unwrap_or(0.0));
    }
    let end = shared.epoch + Duration::from_micros(schedule.end_us()) + DRAIN;
    tokio::time::sleep_until(tokio::time::Instant::from_std(end)).await;
    let _ = stop_tx.send(true);

    let connected = clients.len();
    let mut reports = Vec::with_capacity(connected);
    for handle in clients {
        if let Ok(report) = handle.await {
            reports.push(report);
        }
    }
    let mut outcome = Outcome {
        clients: plan.clients(),
        connected,
        connect_failures,
        first_failure,
        connect_seconds,
        rss_before_kib,
        rss_idle_kib,
        server_cpu,
        bench_cpu,
        received: Vec::new(),
        sent: 0,
        owed_per_step: vec![0; plan.steps.len()],
        lost: 0,
        reordered: 0,
        errors: 0,
        dropped: 0,
    };
    outcome.tally(plan.room_size, reports);
    outcome
}

impl Outcome {
    /// Adds up the clients' reports; a copy is lost when a receiver got fewer
    /// of a sender's messages than the sender sent.
    fn tally(&mut self, room_size: usize, reports: Vec<ClientReport>) {
        let mut sent_by = std::collections::HashMap::with_capacity(reports.len());
        let mut present = std::collections::HashMap::<u32, u64>::new();
        for report in &reports {
            sent_by.insert(report.me, report.sent);
            *present.entry(report.me / room_size as u32).or_default() += 1;
        }
        for report in reports {
            let room_base = report.me - report.me % room_size as u32;
            for (seat, &count) in report.counts.iter().enumerate() {
                let sender = room_base + seat as u32;
                if sender != report.me {
                    self.lost += u64::from(sent_by.get(&sender).copied().unwrap_or(0).saturating_sub(count));
                }
            }
            let others = present.get(&(report.me / room_size as u32)).copied().unwrap_or(1) - 1;
            for (step, &count) in report.sent_per_step.iter().enumerate() {
                if let Some(owed) = self.owed_per_step.get_mut(step) {
                    *owed += u64::from(count) * others;
                }
            }
            self.sent += u64::from(report.sent);
            self.reordered += report.reordered;
            self.errors += report.errors;
            self.dropped += u64::from(report.dropped);
            self.received.extend(report.received);
        }
    }
}
