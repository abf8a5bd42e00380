//! The rules of Holdspace, free of I/O.
//!
//! Types here can only be built through constructors that check them, so code
//! that holds one never has to check it again. Everything in this module is
//! plain Rust: it is unit-tested without a server or a database.

pub mod alias;
pub mod audit;
pub mod circle;
pub mod circle_text;
pub mod countries;
pub mod debrief;
pub mod external_link;
pub mod feedback;
pub mod helplines;
pub mod impact;
pub mod invalid;
pub mod matching;
pub mod meet;
pub mod member;
pub mod moderation;
pub mod notice;
pub mod opening;
pub mod password;
pub mod permissions;
pub mod recovery;
pub mod room;
pub mod rota;
pub mod rsvp;
pub mod safety;
pub mod schedule;
pub mod session;
pub mod text;
pub mod training;
pub mod venue;
pub mod venue_count;
pub mod zones;

pub use alias::Alias;
pub use invalid::Invalid;
