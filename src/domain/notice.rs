//! Notices: what the organisation tells a person, how each person chose to
//! hear it, when reminders fall due and how long a failed email waits.

use std::str::FromStr;

use super::Invalid;

/// A kind of notice; people choose how they hear of each kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Reminder,
    Change,
    Waitlist,
    Announcement,
    /// A facilitator asked for support (to coordinators). Not among the
    /// kinds people choose: always on "My meets", never emailed, since a
    /// request for care is not for an inbox others may read.
    Care,
    /// What was decided about a report or removal (never its details).
    Moderation,
}

impl Kind {
    /// The kinds people choose how to hear.
    pub const ALL: [Kind; 5] = [Kind::Reminder, Kind::Change, Kind::Waitlist, Kind::Announcement, Kind::Moderation];

    /// Stable name for the database, forms and links.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Reminder => "reminder",
            Kind::Change => "change",
            Kind::Waitlist => "waitlist",
            Kind::Announcement => "announcement",
            Kind::Care => "care",
            Kind::Moderation => "moderation",
        }
    }
}

impl FromStr for Kind {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Kind, Invalid> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s).ok_or(Invalid("notice-kind-unknown"))
    }
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    DayBefore,
    HourBefore,
    Cancelled,
    Moved,
    Paused,
    /// A waitlist place turned into a seat.
    Seat,
    Announcement,
    /// A facilitator would like support after a meet (the notice's note
    /// holds their alias, not words of theirs).
    SupportAsked,
    /// A coordinator decided about a report or removal concerning them.
    Decision,
    /// Their report was looked at and acted on (no details).
    ReportActedOn,
    /// Their report was looked at, and no action was needed.
    ReportReviewed,
    /// An appeal waits for this coordinator.
    AppealWaiting,
    /// Their appeal was looked at again.
    AppealAnswered,
    /// A facilitator of the circle cannot make a meet they hold.
    CoverWanted,
    /// Someone took over the meet the person asked cover for.
    CoverTaken,
}

impl Event {
    const ALL: [Event; 15] = [
        Event::DayBefore,
        Event::HourBefore,
        Event::Cancelled,
        Event::Moved,
        Event::Paused,
        Event::Seat,
        Event::Announcement,
        Event::SupportAsked,
        Event::Decision,
        Event::ReportActedOn,
        Event::ReportReviewed,
        Event::AppealWaiting,
        Event::AppealAnswered,
        Event::CoverWanted,
        Event::CoverTaken,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Event::DayBefore => "day-before",
            Event::HourBefore => "hour-before",
            Event::Cancelled => "cancelled",
            Event::Moved => "moved",
            Event::Paused => "paused",
            Event::Seat => "seat",
            Event::Announcement => "announcement",
            Event::SupportAsked => "support-asked",
            Event::Decision => "decision",
            Event::ReportActedOn => "report-acted-on",
            Event::ReportReviewed => "report-reviewed",
            Event::AppealWaiting => "appeal-waiting",
            Event::AppealAnswered => "appeal-answered",
            Event::CoverWanted => "cover-wanted",
            Event::CoverTaken => "cover-taken",
        }
    }

    /// The kind a person chooses for this event.
    pub fn kind(self) -> Kind {
        match self {
            Event::DayBefore | Event::HourBefore => Kind::Reminder,
            // Rota news changes who holds a meet: people hear of it as they
            // hear of other changes to their meets.
            Event::Cancelled | Event::Moved | Event::Paused | Event::CoverWanted | Event::CoverTaken => Kind::Change,
            Event::Seat => Kind::Waitlist,
            Event::Announcement => Kind::Announcement,
            Event::SupportAsked => Kind::Care,
            Event::Decision
            | Event::ReportActedOn
            | Event::ReportReviewed
            | Event::AppealWaiting
            | Event::AppealAnswered => Kind::Moderation,
        }
    }
}

impl FromStr for Event {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Event, Invalid> {
        Event::ALL.into_iter().find(|e| e.as_str() == s).ok_or(Invalid("notice-event-unknown"))
    }
}

/// How a person hears of one kind of notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Off,
    /// On "My meets" only: the default, since email is optional.
    App,
    /// On "My meets" and by email, when they have given an address.
    Email,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Off, Channel::App, Channel::Email];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Off => "off",
            Channel::App => "app",
            Channel::Email => "email",
        }
    }
}

impl FromStr for Channel {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Channel, Invalid> {
        Channel::ALL.into_iter().find(|c| c.as_str() == s).ok_or(Invalid("notice-channel-unknown"))
    }
}

/// Reminders go out a day and an hour before a meet.
pub const DAY_BEFORE_SECS: i64 = 24 * 60 * 60;
pub const HOUR_BEFORE_SECS: i64 = 60 * 60;

/// The reminder due now for a meet starting at `starts_at`, if any. Only the
/// latest one due: someone who takes a seat 30 minutes before, or a worker
/// that was down all day, sends the hour's reminder, not a stale "tomorrow".
pub fn reminder_due(starts_at: i64, now: i64) -> Option<Event> {
    let until = starts_at - now;
    if until <= 0 {
        None
    } else if until <= HOUR_BEFORE_SECS {
        Some(Event::HourBefore)
    } else if until <= DAY_BEFORE_SECS {
        Some(Event::DayBefore)
    } else {
        None
    }
}

/// How long an email is held by the instance sending it; if that instance
/// dies, another sends it once the lease ends (at most one duplicate). Twice
/// the SMTP time-out, so a live sender never outlasts its lease.
pub const LEASE_SECS: i64 = 60;
/// How long one SMTP exchange may take.
pub const SEND_TIMEOUT_SECS: u64 = 30;
/// After this many failed attempts (about two days) an email is given up;
/// the notice stays on "My meets".
pub const MAX_ATTEMPTS: i64 = 40;

/// Seconds to wait after the `attempts`-th failed attempt: 5 s, 10 s, 20 s…
/// doubling up to an hour.
pub fn backoff_secs(attempts: i64) -> i64 {
    let doublings = attempts.clamp(1, 20) - 1;
    (5_i64 << doublings).min(60 * 60)
}

/// Notices are kept this long, then deleted.
pub const KEPT_DAYS: i64 = 90;

/// What an unsubscribe link signs: the person and the kind of email.
pub fn unsubscribe_message(member_id: i64, kind: Kind) -> String {
    format!("{member_id}:{}", kind.as_str())
}

/// The person and kind an (already verified) unsubscribe message names.
pub fn parse_unsubscribe(message: &str) -> Option<(i64, Kind)> {
    let (member, kind) = message.split_once(':')?;
    Some((member.parse().ok()?, kind.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(kind.as_str().parse::<Kind>(), Ok(kind));
        }
        for event in Event::ALL {
            assert_eq!(event.as_str().parse::<Event>(), Ok(event));
        }
        for channel in Channel::ALL {
            assert_eq!(channel.as_str().parse::<Channel>(), Ok(channel));
        }
        assert!("sms".parse::<Channel>().is_err());
    }

    #[test]
    fn only_the_latest_reminder_due_is_sent() {
        let start = 1_000_000;
        assert_eq!(reminder_due(start, start - DAY_BEFORE_SECS - 1), None, "more than a day ahead");
        assert_eq!(reminder_due(start, start - DAY_BEFORE_SECS), Some(Event::DayBefore));
        assert_eq!(reminder_due(start, start - HOUR_BEFORE_SECS - 1), Some(Event::DayBefore));
        assert_eq!(reminder_due(start, start - HOUR_BEFORE_SECS), Some(Event::HourBefore));
        assert_eq!(reminder_due(start, start - 1), Some(Event::HourBefore));
        assert_eq!(reminder_due(start, start), None, "begun: no reminder");
    }

    #[test]
    fn failed_emails_wait_longer_each_time_up_to_an_hour() {
        assert_eq!(backoff_secs(1), 5);
        assert_eq!(backoff_secs(2), 10);
        assert_eq!(backoff_secs(5), 80);
        assert_eq!(backoff_secs(MAX_ATTEMPTS), 3600);
        assert!((1..MAX_ATTEMPTS).all(|n| backoff_secs(n) <= backoff_secs(n + 1)));
    }

    #[test]
    fn unsubscribe_messages_name_a_person_and_a_kind() {
        let message = unsubscribe_message(42, Kind::Reminder);
        assert_eq!(parse_unsubscribe(&message), Some((42, Kind::Reminder)));
        assert_eq!(parse_unsubscribe("42:everything"), None);
        assert_eq!(parse_unsubscribe("x:reminder"), None);
    }
}
