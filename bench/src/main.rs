//! `holdspace-bench`: measures Holdspace as people would use it, on this
//! machine, against the real server binary.
//!
//! `pages` seeds a database with many circles and meets, starts
//! `holdspace serve` on loopback, and drives the directory and circle pages
//! with `wrk` (Debian's package), reporting requests per second and latency
//! percentiles as JSON and a Markdown table. `rooms` drives live rooms over
//! WebSockets, open-loop, against Holdspace and peer chat servers side by
//! side. `safety` measures the safety detector's cost per message. `calls`
//! finds how many 8-person voice meets one Janus carries, and what
//! Holdspace's relay of their signalling costs per person.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod calls;
mod pages;
mod report;
mod rooms;
mod safety;
mod server;

/// Benchmarks for Holdspace (loopback only; every run stops by itself).
#[derive(Debug, Parser)]
#[command(name = "holdspace-bench", about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Voice meets on one Janus: how many before the audio suffers, and Holdspace's CPU per person
    Calls(calls::Options),
    /// Directory and circle pages under concurrent load, with wrk
    Pages(pages::Options),
    /// Live rooms over WebSockets (W1–W4), side by side with Socket.IO and Prosody
    Rooms(rooms::Options),
    /// The safety detector's cost per message
    Safety(safety::Options),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a tokio runtime");
    let result = runtime.block_on(async {
        match cli.command {
            Command::Calls(options) => calls::run(options).await,
            Command::Pages(options) => pages::run(options).await,
            Command::Rooms(options) => rooms::run(options).await,
            Command::Safety(options) => safety::run(options).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("holdspace-bench: {message}");
            ExitCode::FAILURE
        }
    }
}
