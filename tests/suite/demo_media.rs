//! `holdspace demo` and voice meets: with Janus installed the demo starts one
//! of its own (reported ready on /readyz, stopped with the demo); without it,
//! one line says how to install it and the demo runs in text only.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::cli::{terminate, wait_for_exit};
use crate::helpers::{Backend, Client, TestDb};

/// Starts the demo; returns it, the lines it printed up to "running at",
/// and its address.
fn start_demo(db: &TestDb, path: Option<&str>) -> (std::process::Child, Vec<String>, std::net::SocketAddr) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_holdspace"));
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("HOLDSPACE_")) {
        command.env_remove(key);
    }
    if let Some(path) = path {
        command.env("PATH", path);
    }
    let mut child = command
        .args(["demo", "--bind", "127.0.0.1:0", "--log", "warn"])
        .env("HOLDSPACE_DATABASE_URL", &db.url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut printed = Vec::new();
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        printed.push(line.clone());
        if let Some(rest) = line.split("running at http://").nth(1) {
            let addr = rest.split('/').next().unwrap().parse().unwrap();
            return (child, printed, addr);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the demo stopped before it was running: {printed:?}");
}

fn janus_installed() -> bool {
    Command::new("sh").args(["-c", "command -v janus"]).status().is_ok_and(|s| s.success())
}

#[tokio::test]
async fn the_demo_starts_a_janus_of_its_own_when_one_is_installed() {
    if !janus_installed() {
        eprintln!("SKIPPED: Janus is not installed here (scripts/test installs it)");
        return;
    }
    let db = TestDb::new(Backend::Sqlite).await;
    let (mut child, printed, addr) = start_demo(&db, None);
    let said = printed.iter().find(|l| l.starts_with("Voice meets are on")).expect("the demo says so");
    let janus_url = said.split("API at ").nth(1).unwrap().split(' ').next().unwrap().to_string();
    assert!(janus_url.starts_with("http://127.0.0.1:"), "on loopback: {said}");
    let browser = Client::new(addr);
    let mut ready = String::new();
    for _ in 0..300 {
        ready = browser.get("/readyz").await.body;
        if ready.contains("media ready") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(ready.starts_with("ready\nmedia ready\n"), "{ready}");
    assert!(!printed.iter().any(|l| l.contains("apt-get install janus")));

    terminate(&child);
    assert_eq!(wait_for_exit(&mut child), 0);
    let port: u16 = janus_url.trim_start_matches("http://127.0.0.1:").split('/').next().unwrap().parse().unwrap();
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err(), "Janus stopped with the demo");
}

#[tokio::test]
async fn without_janus_the_demo_says_how_to_install_it_and_runs_in_text_only() {
    let db = TestDb::new(Backend::Sqlite).await;
    // A PATH where no janus is found.
    let (mut child, printed, addr) = start_demo(&db, Some("/nonexistent"));
    let said: Vec<&String> = printed.iter().filter(|l| l.contains("Voice meets")).collect();
    assert_eq!(said.len(), 1, "one line: {printed:?}");
    assert!(said[0].contains("apt-get install janus"), "{said:?}");
    let ready = Client::new(addr).get("/readyz").await.body;
    assert!(ready.starts_with("ready\n") && !ready.contains("media"), "no media server to report: {ready}");
    terminate(&child);
    assert_eq!(wait_for_exit(&mut child), 0);
}
