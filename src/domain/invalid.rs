//! The one error a person sees when something they typed cannot be accepted.

/// A value that cannot be accepted, carrying the id of the message that
/// explains why (a key in `locales/*.ftl`), so every language can say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("invalid input ({0})")]
pub struct Invalid(pub &'static str);

impl Invalid {
    /// The message id to show the person.
    pub fn key(self) -> &'static str {
        self.0
    }
}
