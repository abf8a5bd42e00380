//! Integration tests: the real server on a random port, over real HTTP,
//! on SQLite and on PostgreSQL. One test binary keeps linking fast.

mod helpers;

mod accounts;
mod admin;
mod call_canary;
mod calls;
mod circle_texts;
mod cli;
mod cluster;
mod cluster_limits;
mod coordinator;
mod debriefs;
mod demo_media;
mod external_link;
mod feedback;
mod in_person;
mod languages;
mod lifecycle;
mod meets;
mod moderation;
mod notices;
mod pages;
mod rooms;
mod rota;
mod safety;
mod safety_learned;
mod safety_net;
mod search;
mod security;
mod store;
mod trainings;
