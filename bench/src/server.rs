//! The `holdspace` server under test: finding the binary, starting it on a
//! free loopback port, and waiting until it answers. Shared by every workload.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The `holdspace` binary to measure: `HOLDSPACE_BIN`, or the release build
/// beside this one.
pub fn binary() -> PathBuf {
    if let Some(path) = std::env::var_os("HOLDSPACE_BIN") {
        return PathBuf::from(path);
    }
    let here = std::env::current_exe().unwrap_or_default();
    here.with_file_name("holdspace")
}

/// What `holdspace --version` says, with the commit checked out here.
pub fn version() -> String {
    let run = |command: &mut Command| {
        command.output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default()
    };
    let version = run(Command::new(binary()).arg("--version"));
    let commit = run(Command::new("git").args(["rev-parse", "--short", "HEAD"]));
    format!("{version} ({commit})")
}

/// Starts `holdspace serve` on loopback, logging warnings only (the peers
/// log nothing per request either).
pub fn start(url: &str, port: u16) -> Result<Child, String> {
    start_with(url, port, &[])
}

/// Starts `holdspace serve` as [`start`] does, with more settings in `env`.
pub fn start_with(url: &str, port: u16, env: &[(&str, &str)]) -> Result<Child, String> {
    let binary = binary();
    Command::new(&binary)
        .envs(env.iter().copied())
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env("HOLDSPACE_DATABASE_URL", url)
        .env("HOLDSPACE_LOG", "warn")
        // Every simulated person connects from loopback.
        .env("HOLDSPACE_CONNECTIONS_PER_ADDRESS", "0")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start {} (build it with cargo build --release): {e}", binary.display()))
}

/// A port nobody listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(18_080)
}

/// Waits until something accepts connections on `port`.
pub async fn wait_ready(port: u16, what: &str) -> Result<(), String> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(30) {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("{what} did not start within 30 seconds"))
}
