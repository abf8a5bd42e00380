//! The open-loop driver: connects every client, then each one sends on its
//! own fixed schedule (whatever the server does), and records, per copy it
//! receives from someone else, the time from the stamp's *intended* send time
//! to its arrival. Every copy is checked against its sender's sequence, so a
//! lost, duplicated or reordered message is counted, never missed.
//!
//! The schedule is kept by one pacer thread that sleeps until each send is
//! due and tells that client to send: an OS sleep wakes within tens of
//! microseconds, where the async runtime's timer rounds to whole
//! milliseconds and would charge its own lateness to the server.

use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::OnceLock;

use tokio::sync::{Semaphore, mpsc, watch};
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

/// A client's send times: in each step, from an offset of its own, every
/// interval.
struct Sends {
    offset: f64,
    step: usize,
    /// The `n`th send of this step is due at `begin + (offset + n) × interval`.
    n: u64,
    next_us: Option<u64>,
}

impl Sends {
    fn new(client: u32, schedule: &Schedule) -> Sends {
        let mut sends = Sends { offset: spread(client), step: 0, n: 0, next_us: None };
        sends.next_us = sends.due(schedule);
        sends
    }

    /// The next send from (step, n) on, moving to later steps as they end.
    fn due(&mut self, schedule: &Schedule) -> Option<u64> {
        while let Some(&(begin, end, interval)) = schedule.steps.get(self.step) {
            let at = begin + ((self.offset + self.n as f64) * interval as f64) as u64;
            if at < end {
                return Some(at);
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

/// Tells each client when to send, on its own thread, until every schedule
/// has run out. A client that has gone simply stops being told.
fn pace(epoch: Instant, schedule: &Schedule, clients: Vec<(u32, mpsc::UnboundedSender<u64>)>) {
    let mut sends: Vec<Sends> = clients.iter().map(|(client, _)| Sends::new(*client, schedule)).collect();
    let mut due: BinaryHeap<Reverse<(u64, usize)>> =
        sends.iter().enumerate().filter_map(|(i, s)| s.next_us.map(|at| Reverse((at, i)))).collect();
    while let Some(Reverse((at, i))) = due.pop() {
        let now = epoch.elapsed().as_micros() as u64;
        if at > now {
            std::thread::sleep(Duration::from_micros(at - now));
        }
        let _ = clients[i].1.send(at);
        sends[i].advance(schedule);
        if let Some(next) = sends[i].next_us {
            due.push(Reverse((next, i)));
        }
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
    /// Per send: its step, and how long after its intended time it went.
    delays: Vec<(u8, u32)>,
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
    /// The server's CPU seconds while the connections were being set up.
    pub connect_server_cpu: f64,
    pub rss_before_kib: u64,
    pub rss_idle_kib: u64,
    /// Server and benchmark CPU seconds at each step boundary.
    pub server_cpu: Vec<f64>,
    pub bench_cpu: Vec<f64>,
    pub received: Vec<Received>,
    /// Per send: its step, and how late the load generator sent it (µs).
    pub delays: Vec<(u8, u32)>,
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
    /// Set once everyone is connected, just before the first send.
    schedule: OnceLock<Arc<Schedule>>,
}

impl Shared {
    fn now_us(&self) -> u64 {
        self.epoch.elapsed().as_micros() as u64
    }

    fn step_of(&self, us: u64) -> u8 {
        self.schedule.get().and_then(|s| s.step_of(us)).map_or(u8::MAX, |step| step as u8)
    }
}

/// One connected client: reads everything that arrives, and sends when the
/// pacer says a send is due, stamping the time it was due.
async fn client(
    shared: Arc<Shared>,
    me: u32,
    room: usize,
    mut ws: Ws,
    mut due: mpsc::UnboundedReceiver<u64>,
    mut stop: watch::Receiver<bool>,
) -> ClientReport {
    let room_base = (room * shared.room_size) as u32;
    let mut report = ClientReport {
        me,
        sent: 0,
        sent_per_step: Vec::new(),
        counts: vec![0; shared.room_size],
        received: Vec::new(),
        delays: Vec::new(),
        reordered: 0,
        errors: 0,
        dropped: false,
    };
    let mut last = vec![0u32; shared.room_size];
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
                        report.received.push(Received {
                            step: shared.step_of(stamp.intended_us),
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
            Some(intended_us) = due.recv() => {
                let step = shared.step_of(intended_us);
                report.sent += 1;
                if report.sent_per_step.len() <= usize::from(step) {
                    report.sent_per_step.resize(usize::from(step) + 1, 0);
                }
                report.sent_per_step[usize::from(step)] += 1;
                let delay = shared.now_us().saturating_sub(intended_us);
                report.delays.push((step, u32::try_from(delay).unwrap_or(u32::MAX)));
                let stamp = Stamp { sender: me, n: report.sent, intended_us };
                if ws.send(shared.target.say(room, stamp)).await.is_err() {
                    report.dropped = true;
                    break;
                }
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

type Connected = (u32, mpsc::UnboundedSender<u64>, JoinHandle<ClientReport>);

/// Runs a plan against a server (process `pid`) and gathers what happened.
pub async fn drive(target: Target, plan: &Plan, pid: u32) -> Outcome {
    let epoch = Instant::now();
    let shared = Arc::new(Shared { target, epoch, room_size: plan.room_size, schedule: OnceLock::new() });
    let (stop_tx, stop) = watch::channel(false);
    let rss_before_kib = process::rss_kib(pid).unwrap_or(0);

    let gate = Arc::new(Semaphore::new(plan.concurrency));
    let connecting = Instant::now();
    let cpu_before_connecting = process::cpu_seconds(pid).unwrap_or(0.0);
    let mut joins: Vec<JoinHandle<Result<Connected, String>>> = Vec::with_capacity(plan.clients());
    for index in 0..plan.clients() {
        let (shared, gate, stop) = (Arc::clone(&shared), Arc::clone(&gate), stop.clone());
        joins.push(tokio::spawn(async move {
            let _permit = gate.acquire_owned().await.map_err(|e| e.to_string())?;
            let room = index / shared.room_size;
            let seat = index % shared.room_size;
            let ws = shared.target.connect(room, seat, source(index)).await?;
            let (tell, due) = mpsc::unbounded_channel();
            let me = index as u32;
            Ok((me, tell, tokio::spawn(client(Arc::clone(&shared), me, room, ws, due, stop))))
        }));
    }
    let mut clients = Vec::with_capacity(plan.clients());
    let mut tells = Vec::with_capacity(plan.clients());
    let mut connect_failures = 0;
    let mut first_failure = None;
    for join in joins {
        match join.await {
            Ok(Ok((me, tell, handle))) => {
                tells.push((me, tell));
                clients.push(handle);
            }
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
    let connect_server_cpu = process::cpu_seconds(pid).unwrap_or(0.0) - cpu_before_connecting;
    tokio::time::sleep(SETTLE).await;
    let rss_idle_kib = process::rss_kib(pid).unwrap_or(0);

    let start_us = shared.now_us() + 1_000_000;
    let schedule = Arc::new(Schedule::new(start_us, &plan.steps));
    let _ = shared.schedule.set(Arc::clone(&schedule));
    let pacer = {
        let schedule = Arc::clone(&schedule);
        std::thread::spawn(move || pace(epoch, &schedule, tells))
    };
    let boundaries: Vec<u64> = std::iter::once(start_us).chain(schedule.steps.iter().map(|s| s.1)).collect();
    let mut server_cpu = Vec::new();
    let mut bench_cpu = Vec::new();
    let me = std::process::id();
    for boundary in boundaries {
        tokio::time::sleep_until(tokio::time::Instant::from_std(epoch + Duration::from_micros(boundary))).await;
        server_cpu.push(process::cpu_seconds(pid).unwrap_or(0.0));
        bench_cpu.push(process::cpu_seconds(me).unwrap_or(0.0));
    }
    let end = epoch + Duration::from_micros(schedule.end_us()) + DRAIN;
    tokio::time::sleep_until(tokio::time::Instant::from_std(end)).await;
    let _ = stop_tx.send(true);
    let _ = pacer.join();

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
        connect_server_cpu,
        rss_before_kib,
        rss_idle_kib,
        server_cpu,
        bench_cpu,
        received: Vec::new(),
        delays: Vec::new(),
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
            self.delays.extend(report.delays);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_client_sends_on_time_within_each_step() {
        let steps = [
            Step { interval: Duration::from_secs(10), duration: Duration::from_secs(30) },
            Step { interval: Duration::from_millis(500), duration: Duration::from_secs(5) },
        ];
        let schedule = Schedule::new(1_000_000, &steps);
        for client in 0..200 {
            let mut sends = Sends::new(client, &schedule);
            let mut times = Vec::new();
            while let Some(at) = sends.next_us {
                times.push(at);
                sends.advance(&schedule);
            }
            // Three sends in 30 s at one per 10 s, then ten in 5 s at two a second.
            assert_eq!(times.len(), 13, "client {client}: {times:?}");
            assert!(times.windows(2).all(|w| w[0] < w[1]));
            assert_eq!(times.iter().filter(|t| schedule.step_of(**t) == Some(0)).count(), 3);
            assert_eq!(times.iter().filter(|t| schedule.step_of(**t) == Some(1)).count(), 10);
        }
    }

    #[test]
    fn clients_spread_over_the_interval() {
        let offsets: Vec<f64> = (0..1000).map(spread).collect();
        assert!(offsets.iter().all(|o| (0.0..1.0).contains(o)));
        for quarter in 0..4 {
            let low = quarter as f64 / 4.0;
            let n = offsets.iter().filter(|o| (low..low + 0.25).contains(*o)).count();
            assert!((200..300).contains(&n), "quarter {quarter} holds {n} of 1000");
        }
    }
}
