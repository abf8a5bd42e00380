//! Actions that combine the domain rules with storage, shared by the web
//! handlers and the command line.

pub mod accounts;
pub mod admin;
pub mod export;
pub mod rota;
pub mod safety_model;
pub mod schedule;

/// The current time in Unix seconds.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The current time in Unix milliseconds (orders waitlists).
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
