//! RSVPs: who holds a seat at a meet, who waits, and who is next.

use std::str::FromStr;

use super::Invalid;

/// A person's answer for one meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpStatus {
    Going,
    /// The meet is full; first in, first promoted.
    Waitlisted,
    /// Cancelled, or "not this time" for someone who joined the circle.
    Cancelled,
}

impl RsvpStatus {
    /// Stable name for the database and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            RsvpStatus::Going => "going",
            RsvpStatus::Waitlisted => "waitlisted",
            RsvpStatus::Cancelled => "cancelled",
        }
    }

    /// Whether the person still counts on coming (going or waiting).
    pub fn is_active(self) -> bool {
        matches!(self, RsvpStatus::Going | RsvpStatus::Waitlisted)
    }
}

impl FromStr for RsvpStatus {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<RsvpStatus, Invalid> {
        match s {
            "going" => Ok(RsvpStatus::Going),
            "waitlisted" => Ok(RsvpStatus::Waitlisted),
            "cancelled" => Ok(RsvpStatus::Cancelled),
            _ => Err(Invalid("status-unknown")),
        }
    }
}

/// Where a new RSVP lands, given how many are going and how many seats there are.
pub fn place(going: i64, capacity: i64) -> RsvpStatus {
    if going < capacity { RsvpStatus::Going } else { RsvpStatus::Waitlisted }
}

/// What an RSVP request did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpOutcome {
    /// A seat was free.
    Going,
    /// The meet is full; the person is on the waitlist.
    Waitlisted,
    /// Nothing changed: the person had already answered (a double click).
    Unchanged(RsvpStatus),
    /// The meet is cancelled, over, or its circle is not active.
    Closed,
}

/// What a cancellation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelOutcome {
    /// The seat or place on the waitlist is given up; `promoted` is the
    /// member who got the freed seat, if anyone was waiting.
    Cancelled { promoted: Option<i64> },
    /// There was nothing to cancel.
    Unchanged,
}

/// Whether a member must (again) accept a circle's agreements: never
/// accepted, or either the organisation's or the circle's have changed.
pub fn must_accept_agreements(accepted: Option<(i64, i64)>, org_version: i64, circle_version: i64) -> bool {
    accepted != Some((org_version, circle_version))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_fill_then_the_waitlist_begins() {
        assert_eq!(place(0, 10), RsvpStatus::Going);
        assert_eq!(place(9, 10), RsvpStatus::Going);
        assert_eq!(place(10, 10), RsvpStatus::Waitlisted);
        assert_eq!(place(12, 10), RsvpStatus::Waitlisted, "a lowered capacity never overbooks further");
    }

    #[test]
    fn new_agreement_versions_ask_again() {
        assert!(must_accept_agreements(None, 1, 1));
        assert!(!must_accept_agreements(Some((1, 1)), 1, 1));
        assert!(must_accept_agreements(Some((1, 1)), 2, 1));
        assert!(must_accept_agreements(Some((1, 1)), 1, 2));
    }

    #[test]
    fn statuses_round_trip() {
        for s in [RsvpStatus::Going, RsvpStatus::Waitlisted, RsvpStatus::Cancelled] {
            assert_eq!(s.as_str().parse::<RsvpStatus>(), Ok(s));
        }
        assert!(
            RsvpStatus::Going.is_active() && RsvpStatus::Waitlisted.is_active() && !RsvpStatus::Cancelled.is_active()
        );
    }
}
