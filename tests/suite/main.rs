//! Integration tests: the real server on a random port, over real HTTP,
//! on SQLite and on PostgreSQL. One test binary keeps linking fast.

mod helpers;

mod accounts;
mod admin;
mod cli;
mod coordinator;
mod in_person;
mod lifecycle;
mod meets;
mod pages;
mod rooms;
mod safety;
mod safety_net;
mod search;
mod security;
mod store;
