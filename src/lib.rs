//! Holdspace: software for organisations that run peer support circles.
//!
//! `domain` holds the rules (no I/O), `store` the databases, `services` the
//! actions that combine them, `web` the site, and `cli` the command line.

pub mod auth;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod i18n;
pub mod mail;
pub mod media;
pub mod notices;
pub mod room;
pub mod server;
pub mod services;
pub mod store;
pub mod telemetry;
pub mod web;
