//! Security primitives: password hashing, random tokens, CSRF tokens and
//! rate limits. Nothing here knows about HTTP.

pub mod csrf;
pub mod password;
pub mod rate_limit;
pub mod token;
