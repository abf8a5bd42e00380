//! The live-rooms workloads, run against Holdspace and its peers side by
//! side in one run:
//!
//! - W1, many small rooms: rooms of 12, each person writing every 10 s;
//! - W2, one big room: 200 people, 10 messages a second in all, timed to
//!   the last recipient;
//! - W3, as many connections as one process may hold here, in rooms of 12,
//!   at rising rates, to find the highest the server sustains with p99 under
//!   50 ms and nothing lost;
//! - W4, the same connections idle beforehand: server memory per connection,
//!   and how fast they were set up.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use serde_json::{Value, json};

mod driver;
pub(crate) mod holdspace;
mod peers;
pub(crate) mod process;
mod stamp;
mod summary;
mod target;

use driver::{Plan, Step};
use peers::Running;
use summary::Run;
use target::Target;

use crate::{report, server};

/// Options of `holdspace-bench rooms`.
#[derive(Debug, Args)]
pub struct Options {
    /// Servers to measure, in order: holdspace, socketio, prosody
    #[arg(long, value_delimiter = ',', default_value = "holdspace,socketio,prosody")]
    peers: Vec<String>,
    /// Workloads to run: w1, w2, w3 (w3 measures w4 on its way)
    #[arg(long, value_delimiter = ',', default_value = "w1,w2,w3")]
    workloads: Vec<String>,
    /// Seconds of sending in W1 and W2
    #[arg(long, default_value_t = 30)]
    seconds: u64,
    /// Rooms of 12 in W1
    #[arg(long, default_value_t = 500)]
    w1_rooms: usize,
    /// People in W2's one room
    #[arg(long, default_value_t = 200)]
    w2_people: usize,
    /// Connections in W3 and W4 (rounded down to whole rooms of 12)
    #[arg(long, default_value_t = 19_000)]
    w3_clients: usize,
    /// Connections in W3 and W4 for Prosody, which sets them up slowly
    #[arg(long, default_value_t = 3_000)]
    prosody_clients: usize,
    /// Delivery rates W3 steps through, per second in all: fine steps where
    /// servers on this machine kind give out, then the target of 100,000
    #[arg(long, value_delimiter = ',', default_value = "20000,30000,40000,50000,75000,100000")]
    w3_rates: Vec<u64>,
    /// Delivery rates W3 steps through for Prosody, which falls over far
    /// below the others' rates
    #[arg(long, value_delimiter = ',', default_value = "1000,2500,5000,10000")]
    prosody_rates: Vec<u64>,
    /// Seconds per W3 step
    #[arg(long, default_value_t = 10)]
    step_seconds: u64,
    /// Connections being set up at once
    #[arg(long, default_value_t = 256)]
    concurrency: usize,
    /// Where to write rooms.json and rooms.md
    #[arg(long, default_value = "bench/results")]
    out: PathBuf,
}

const ROOM: usize = 12;
/// The p99 a sustained W3 rate must stay under, in milliseconds.
const W3_P99_MS: f64 = 50.0;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Peer {
    Holdspace,
    SocketIo,
    Prosody,
}

impl Peer {
    fn parse(name: &str) -> Result<Peer, String> {
        match name.trim().to_ascii_lowercase().as_str() {
            "holdspace" => Ok(Peer::Holdspace),
            "socketio" | "socket.io" => Ok(Peer::SocketIo),
            "prosody" => Ok(Peer::Prosody),
            other => Err(format!("unknown peer {other:?}: use holdspace, socketio or prosody")),
        }
    }
}

/// The seeded Holdspace database, shared by every Holdspace run.
struct HoldspaceDb {
    url: String,
    seeded: holdspace::Seeded,
    dir: PathBuf,
}

async fn start(peer: Peer, db: Option<&HoldspaceDb>) -> Result<Running, String> {
    match peer {
        Peer::Holdspace => {
            let db = db.ok_or("Holdspace has no database")?;
            let port = server::free_port();
            let child = server::start(&db.url, port)?;
            let running = Running::new(child, port, server::version(), None);
            server::wait_ready(port, "Holdspace").await?;
            Ok(running)
        }
        Peer::SocketIo => peers::socketio().await,
        Peer::Prosody => peers::prosody().await,
    }
}

/// The target for a run over `rooms` seeded rooms starting at `first`.
async fn target(
    peer: Peer,
    server: &Running,
    db: Option<&HoldspaceDb>,
    first: usize,
    rooms: usize,
) -> Result<Target, String> {
    Ok(match peer {
        Peer::Holdspace => {
            let db = db.ok_or("Holdspace has no database")?;
            let chosen: Vec<(i64, Vec<String>)> =
                db.seeded.rooms[first..first + rooms].iter().map(|r| (r.meet, r.cookies.clone())).collect();
            let meets: Vec<i64> = chosen.iter().map(|(meet, _)| *meet).collect();
            holdspace::open_rooms(server.port, &db.seeded.coordinator, &meets).await?;
            Target::Holdspace { port: server.port, rooms: Arc::new(chosen) }
        }
        Peer::SocketIo => Target::SocketIo { port: server.port },
        Peer::Prosody => Target::Prosody { port: server.port },
    })
}

/// One workload against one server, from a fresh start.
async fn measure(
    peer: Peer,
    db: Option<&HoldspaceDb>,
    plan: &Plan,
    first_room: usize,
    last_recipient: bool,
) -> Result<Run, String> {
    let server = start(peer, db).await?;
    let target = target(peer, &server, db, first_room, plan.rooms).await?;
    let name = target.name();
    eprintln!("  {name}: {} connections in {} rooms", plan.clients(), plan.rooms);
    let outcome = driver::drive(target, plan, server.pid).await;
    let run = summary::summarize(name, &server.version, plan, &outcome, last_recipient);
    eprintln!("  {}", run.one_line());
    drop(server);
    // Let the port and the sockets in TIME_WAIT go before the next server.
    tokio::time::sleep(Duration::from_secs(2)).await;
    Ok(run)
}

fn interval_for(rate: u64, clients: usize) -> Duration {
    let per_client = rate as f64 / (clients as f64 * (ROOM - 1) as f64);
    Duration::from_secs_f64(1.0 / per_client.max(1e-9))
}

/// Runs the workloads.
pub async fn run(options: Options) -> Result<(), String> {
    let peers: Vec<Peer> = options.peers.iter().map(|p| Peer::parse(p)).collect::<Result<_, _>>()?;
    let wants = |w: &str| options.workloads.iter().any(|x| x.eq_ignore_ascii_case(w));
    let w3_rooms = options.w3_clients / ROOM;
    let small_rooms = options.w1_rooms.max(if wants("w3") { w3_rooms } else { 0 });

    let db = if peers.contains(&Peer::Holdspace) {
        let dir = std::env::temp_dir().join(format!("holdspace-bench-rooms-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let url = format!("sqlite://{}", dir.join("rooms.db").display());
        let mut sizes = vec![ROOM; small_rooms];
        sizes.push(options.w2_people);
        let started = std::time::Instant::now();
        let seeded = holdspace::seed(&url, &sizes, Default::default()).await?;
        eprintln!(
            "seeded {} rooms and {} people in {:.1}s",
            sizes.len(),
            sizes.iter().sum::<usize>(),
            started.elapsed().as_secs_f64()
        );
        Some(HoldspaceDb { url, seeded, dir })
    } else {
        None
    };

    let seconds = Duration::from_secs(options.seconds);
    let mut results: Vec<(String, Vec<Run>)> = Vec::new();
    let outcome = async {
        if wants("w1") {
            eprintln!("W1: {} rooms of {ROOM}, everyone writing every 10 s", options.w1_rooms);
            let plan = Plan {
                rooms: options.w1_rooms,
                room_size: ROOM,
                steps: vec![Step { interval: Duration::from_secs(10), duration: seconds }],
                concurrency: options.concurrency,
            };
            let mut runs = Vec::new();
            for &peer in &peers {
                runs.push(measure(peer, db.as_ref(), &plan, 0, false).await?);
            }
            results.push(("w1".into(), runs));
        }
        if wants("w2") {
            eprintln!("W2: one room of {}, 10 messages a second in all", options.w2_people);
            let plan = Plan {
                rooms: 1,
                room_size: options.w2_people,
                steps: vec![Step {
                    interval: Duration::from_secs_f64(options.w2_people as f64 / 10.0),
                    duration: seconds,
                }],
                concurrency: options.concurrency,
            };
            let mut runs = Vec::new();
            for &peer in &peers {
                runs.push(measure(peer, db.as_ref(), &plan, small_rooms, true).await?);
            }
            results.push(("w2".into(), runs));
        }
        if wants("w3") {
            let mut runs = Vec::new();
            for &peer in &peers {
                let clients = if peer == Peer::Prosody {
                    options.prosody_clients.min(options.w3_clients)
                } else {
                    options.w3_clients
                };
                let rooms = clients / ROOM;
                let rates = if peer == Peer::Prosody { &options.prosody_rates } else { &options.w3_rates };
                eprintln!("W3/W4: {rooms} rooms of {ROOM}, rates {rates:?} deliveries/s");
                let steps = rates
                    .iter()
                    .map(|&rate| Step {
                        interval: interval_for(rate, rooms * ROOM),
                        duration: Duration::from_secs(options.step_seconds),
                    })
                    .collect();
                let plan = Plan { rooms, room_size: ROOM, steps, concurrency: options.concurrency };
                runs.push(measure(peer, db.as_ref(), &plan, 0, false).await?);
            }
            results.push(("w3".into(), runs));
        }
        Ok::<(), String>(())
    }
    .await;
    if let Some(db) = &db {
        let _ = std::fs::remove_dir_all(&db.dir);
    }
    outcome?;

    let command = std::env::args().collect::<Vec<_>>().join(" ");
    let date = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let markdown = summary::markdown(&results, &command, &date, W3_P99_MS);
    let json = json!({
        "workload": "rooms",
        "date": date,
        "command": command,
        "machine": report::machine(),
        "w3_p99_limit_ms": W3_P99_MS,
        "results": results
            .iter()
            .map(|(w, runs)| (w.clone(), Value::Array(runs.iter().map(Run::to_json).collect())))
            .collect::<serde_json::Map<_, _>>(),
    });
    println!("{}", report::write(&options.out, "rooms", &json, &markdown)?);
    Ok(())
}
