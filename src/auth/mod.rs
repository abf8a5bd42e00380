//! Security primitives: password hashing, random tokens, CSRF tokens and
//! rate limits. Nothing here knows about HTTP.

pub mod limits;
pub mod password;
pub mod rate_limit;
pub mod signing;
pub mod token;
