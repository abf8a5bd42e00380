//! The pages workload: a directory of many circles with many meets, under
//! concurrent load from `wrk`.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use chrono::{Duration as Days, Utc};
use clap::Args;
use holdspace::domain::Alias;
use holdspace::domain::audit::Actor;
use holdspace::domain::circle::{Circle, Format, Status};
use holdspace::domain::member::{Profile, Roles};
use holdspace::domain::room::MoodNumbers;
use holdspace::domain::schedule::{End, Repeat, Series};
use holdspace::store::members::NewMember;
use holdspace::store::{ConnectOptions, Store};
use serde_json::json;

use crate::{report, server};

/// Options of `holdspace-bench pages`.
#[derive(Debug, Args)]
pub struct Options {
    /// Circles to create
    #[arg(long, default_value_t = 1000)]
    circles: usize,
    /// Weekly meets per circle (1,000 × 20 = 20,000 meets)
    #[arg(long, default_value_t = 20)]
    meets_per_circle: u32,
    /// Seconds of load per page
    #[arg(long, default_value_t = 10)]
    seconds: u32,
    /// Concurrent connections wrk keeps open
    #[arg(long, default_value_t = 32)]
    connections: u32,
    /// Database to seed and serve from (default: a fresh SQLite file)
    #[arg(long)]
    database_url: Option<String>,
    /// Where to write pages.json and pages.md
    #[arg(long, default_value = "bench/results")]
    out: PathBuf,
}

const TOPICS: &[&[&str]] = &[
    &["grief", "loss"],
    &["caregiving", "dementia"],
    &["depression", "low mood"],
    &["alcohol", "recovery"],
    &["stress", "burnout"],
    &["new parent", "postpartum"],
];

fn circle(i: usize) -> Circle {
    let zones = [chrono_tz::Tz::Asia__Kolkata, chrono_tz::Tz::America__New_York, chrono_tz::Tz::Europe__London];
    Circle {
        id: 0,
        slug: format!("circle-{i:05}"),
        name: format!("Circle {i:05}"),
        summary: "A peer support circle for people who share a lived experience.".into(),
        description: "We meet every week to share how things are, without advice unless asked.\n\nEveryone is welcome."
            .into(),
        how_it_works: "Check-in, sharing in turn, check-out.".into(),
        topics: TOPICS[i % TOPICS.len()].iter().map(|t| t.to_string()).collect(),
        audience: if i.is_multiple_of(5) { vec!["lgbtqia".into()] } else { vec![] },
        eligibility: "Adults.".into(),
        age_min: Some(18),
        age_max: None,
        languages: if i.is_multiple_of(3) { vec!["hi".into(), "en".into()] } else { vec!["en".into()] },
        format: [Format::Online, Format::InPerson, Format::Hybrid][i % 3],
        city: ["Kolkata", "New York", "London"][i % 3].into(),
        area: "Centre".into(),
        address: "1 Main Road".into(),
        address_after_rsvp: true,
        country: ["IN", "US", "GB"][i % 3].into(),
        time_zone: zones[i % 3],
        capacity: 12,
        listed: true,
        facilitated: false,
        drop_in: i.is_multiple_of(4),
        status: Status::Active,
        agreements: vec!["Speak from your own experience.".into()],
        agreements_version: 1,
        advice_nudge: true,
        mood_numbers: MoodNumbers::Facilitators,
        call: Default::default(),
        venue: Default::default(),
    }
}

async fn seed(url: &str, circles: usize, meets: u32) -> Result<(), String> {
    let store = Store::connect(url, &ConnectOptions::default()).await.map_err(|e| e.to_string())?;
    store.migrate().await.map_err(|e| e.to_string())?;
    let now = Utc::now();
    // A circle is listed in the directory once someone facilitates it.
    let facilitator = NewMember {
        alias: Alias::parse("bench-host").map_err(|e| format!("{e:?}"))?,
        password_hash: "no-password".into(),
        profile: Profile::default(),
        roles: Roles { facilitator: true, coordinator: false },
        must_change_password: false,
        recovery_code_hashes: vec![],
    };
    let facilitator =
        store.create_member(&facilitator, &Actor::Console, now.timestamp()).await.map_err(|e| e.to_string())?;
    for i in 0..circles {
        let c = circle(i);
        let id = store.create_circle(&c, now.timestamp()).await.map_err(|e| e.to_string())?;
        store.add_facilitator(id, facilitator).await.map_err(|e| e.to_string())?;
        let first = (now + Days::days(1 + (i % 7) as i64))
            .with_timezone(&c.time_zone)
            .date_naive()
            .and_hms_opt(18 + (i % 3) as u32, 0, 0)
            .unwrap_or_default();
        let series =
            Series::new(c.time_zone, first, Repeat::Weekly, End::AfterCount(meets), 75).map_err(|e| e.to_string())?;
        holdspace::services::schedule::add_series(&store, id, &series, now).await.map_err(|e| e.to_string())?;
    }
    store.close().await;
    Ok(())
}

/// What wrk measured for one URL.
struct Measured {
    requests_per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
}

fn millis(text: &str) -> Option<f64> {
    let text = text.trim();
    let (number, scale) = if let Some(n) = text.strip_suffix("us") {
        (n, 0.001)
    } else if let Some(n) = text.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = text.strip_suffix('s') {
        (n, 1000.0)
    } else {
        (text, 1.0)
    };
    number.parse::<f64>().ok().map(|n| n * scale)
}

fn wrk(url: &str, seconds: u32, connections: u32) -> Result<Measured, String> {
    let output = Command::new("wrk")
        .args(["-t1", &format!("-c{connections}"), &format!("-d{seconds}s"), "--latency", url])
        .output()
        .map_err(|e| format!("cannot run wrk (apt-get install wrk): {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut measured = Measured { requests_per_second: 0.0, p50_ms: 0.0, p99_ms: 0.0, errors: 0 };
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["Requests/sec:", value] => measured.requests_per_second = value.parse().unwrap_or(0.0),
            ["50%", value] => measured.p50_ms = millis(value).unwrap_or(0.0),
            ["99%", value] => measured.p99_ms = millis(value).unwrap_or(0.0),
            ["Non-2xx", "or", "3xx", "responses:", n] => measured.errors += n.parse::<u64>().unwrap_or(0),
            ["Socket", "errors:", ..] => {
                measured.errors += words.iter().filter_map(|w| w.trim_end_matches(',').parse::<u64>().ok()).sum::<u64>()
            }
            _ => {}
        }
    }
    if measured.requests_per_second == 0.0 {
        return Err(format!("wrk measured nothing for {url}:\n{text}"));
    }
    Ok(measured)
}

/// Runs the workload.
pub async fn run(options: Options) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("holdspace-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let url = options.database_url.clone().unwrap_or_else(|| format!("sqlite://{}", dir.join("bench.db").display()));
    let seeded = Instant::now();
    seed(&url, options.circles, options.meets_per_circle).await?;
    eprintln!(
        "seeded {} circles and {} meets in {:.1}s",
        options.circles,
        options.circles as u64 * u64::from(options.meets_per_circle),
        seeded.elapsed().as_secs_f64()
    );
    let port = server::free_port();
    let mut server = server::start(&url, port)?;
    let outcome = measure(&options, port).await;
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&dir);
    let rows = outcome?;

    let database = if url.starts_with("postgres") { "PostgreSQL" } else { "SQLite" };
    let command = std::env::args().collect::<Vec<_>>().join(" ");
    let date = Utc::now().format("%Y-%m-%d").to_string();
    let mut markdown = format!(
        "Pages, {database}, {} circles and {} meets, wrk with {} connections for {} s per page, on {} cores ({date}).\n\
         Command: `{command}`\n\n| page | requests/s | p50 | p99 | errors |\n| --- | ---: | ---: | ---: | ---: |\n",
        options.circles,
        options.circles as u64 * u64::from(options.meets_per_circle),
        options.connections,
        options.seconds,
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
    );
    let mut results = Vec::new();
    for (name, m) in &rows {
        markdown.push_str(&format!(
            "| `{name}` | {:.0} | {:.2} ms | {:.2} ms | {} |\n",
            m.requests_per_second, m.p50_ms, m.p99_ms, m.errors
        ));
        results.push(json!({"page": name, "requests_per_second": m.requests_per_second, "p50_ms": m.p50_ms, "p99_ms": m.p99_ms, "errors": m.errors}));
    }
    let json = json!({
        "workload": "pages",
        "date": date,
        "command": command,
        "machine": report::machine(),
        "database": database,
        "circles": options.circles,
        "meets": options.circles as u64 * u64::from(options.meets_per_circle),
        "connections": options.connections,
        "seconds": options.seconds,
        "results": results,
    });
    println!("{}", report::write(&options.out, "pages", &json, &markdown)?);
    Ok(())
}

async fn measure(options: &Options, port: u16) -> Result<Vec<(String, Measured)>, String> {
    server::wait_ready(port, "Holdspace").await?;
    let base = format!("http://127.0.0.1:{port}");
    // Warm the directory cache and the database pages.
    wrk(&format!("{base}/circles"), 2, options.connections)?;
    let pages = [
        "/circles".to_string(),
        "/circles?page=25".to_string(),
        "/circles?q=my+mum+has+dementia+and+I+am+exhausted".to_string(),
        "/circles?format=in-person&language=hi&day=tuesday".to_string(),
        format!("/circles/circle-{:05}", options.circles / 2),
        "/api/v1/circles?topic=grief".to_string(),
    ];
    let mut rows = Vec::new();
    for page in pages {
        rows.push((page.clone(), wrk(&format!("{base}{page}"), options.seconds, options.connections)?));
    }
    Ok(rows)
}
