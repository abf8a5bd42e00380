//! Meets: single occurrences of a circle.

use std::str::FromStr;

use super::Invalid;
use super::circle::Status;

/// Where a meet is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetStatus {
    Scheduled,
    /// The facilitator has opened the live room.
    Live,
    Ended,
    Cancelled,
}

impl MeetStatus {
    /// Stable name for the database and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            MeetStatus::Scheduled => "scheduled",
            MeetStatus::Live => "live",
            MeetStatus::Ended => "ended",
            MeetStatus::Cancelled => "cancelled",
        }
    }
}

impl FromStr for MeetStatus {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<MeetStatus, Invalid> {
        match s {
            "scheduled" => Ok(MeetStatus::Scheduled),
            "live" => Ok(MeetStatus::Live),
            "ended" => Ok(MeetStatus::Ended),
            "cancelled" => Ok(MeetStatus::Cancelled),
            _ => Err(Invalid("status-unknown")),
        }
    }
}

/// One meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meet {
    pub id: i64,
    pub circle_id: i64,
    pub series_id: Option<i64>,
    /// Unix seconds.
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub status: MeetStatus,
    /// Moved away from the time its series gives.
    pub moved: bool,
    /// The facilitator's message when it was cancelled or moved.
    pub note: String,
    /// Raised at every change, for calendar apps (iCalendar SEQUENCE).
    pub sequence: i64,
}

impl Meet {
    /// Unix seconds at which the meet ends.
    pub fn ends_at(&self) -> i64 {
        self.starts_at + self.duration_minutes * 60
    }

    /// Whether people can still RSVP: the circle is active, the meet is not
    /// cancelled or over.
    pub fn takes_rsvps(&self, circle: Status, now: i64) -> bool {
        circle == Status::Active
            && matches!(self.status, MeetStatus::Scheduled | MeetStatus::Live)
            && self.ends_at() > now
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meet(status: MeetStatus) -> Meet {
        Meet {
            id: 1,
            circle_id: 1,
            series_id: None,
            starts_at: 1000,
            duration_minutes: 60,
            status,
            moved: false,
            note: String::new(),
            sequence: 0,
        }
    }

    #[test]
    fn rsvps_close_when_the_meet_is_over_cancelled_or_the_circle_is_not_active() {
        assert!(meet(MeetStatus::Scheduled).takes_rsvps(Status::Active, 500));
        assert!(meet(MeetStatus::Live).takes_rsvps(Status::Active, 1500), "late arrivals can still come");
        assert!(!meet(MeetStatus::Scheduled).takes_rsvps(Status::Active, 1000 + 3600));
        assert!(!meet(MeetStatus::Cancelled).takes_rsvps(Status::Active, 500));
        assert!(!meet(MeetStatus::Scheduled).takes_rsvps(Status::Paused, 500));
        assert!(!meet(MeetStatus::Scheduled).takes_rsvps(Status::Archived, 500));
    }

    #[test]
    fn statuses_round_trip() {
        for s in [MeetStatus::Scheduled, MeetStatus::Live, MeetStatus::Ended, MeetStatus::Cancelled] {
            assert_eq!(s.as_str().parse::<MeetStatus>(), Ok(s));
        }
    }
}
