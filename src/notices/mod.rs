//! Notices beyond the store: what each says in words (on "My meets" and in
//! emails), and the sender that writes due reminders and delivers the outbox.

pub mod sender;
pub mod words;
