//! Debriefs and facilitator care: after a meet, each facilitator says how it
//! went, whether anything needs following up and whether they would like
//! support. A debrief holds no one's words (there is no free text at all:
//! a box for "what happened" invites what participants said), is theirs to
//! change for a week, and is kept for the organisation's chosen period.

use std::str::FromStr;

use super::Invalid;
use super::meet::MeetStatus;
use super::safety::retention;

/// How the meet went, in the facilitator's own judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HowItWent {
    HardGoing,
    Difficult,
    Okay,
    Good,
    ReallyGood,
}

impl HowItWent {
    /// Worst first, as the form offers them.
    pub const ALL: [HowItWent; 5] =
        [HowItWent::HardGoing, HowItWent::Difficult, HowItWent::Okay, HowItWent::Good, HowItWent::ReallyGood];

    /// 1 (hard going) to 5 (really good), as stored.
    pub fn score(self) -> i64 {
        match self {
            HowItWent::HardGoing => 1,
            HowItWent::Difficult => 2,
            HowItWent::Okay => 3,
            HowItWent::Good => 4,
            HowItWent::ReallyGood => 5,
        }
    }

    pub fn from_score(score: i64) -> Option<HowItWent> {
        HowItWent::ALL.into_iter().find(|w| w.score() == score)
    }

    /// The words people choose by.
    pub fn message_key(self) -> &'static str {
        match self {
            HowItWent::HardGoing => "debrief-went-1",
            HowItWent::Difficult => "debrief-went-2",
            HowItWent::Okay => "debrief-went-3",
            HowItWent::Good => "debrief-went-4",
            HowItWent::ReallyGood => "debrief-went-5",
        }
    }
}

/// A debrief as a facilitator gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debrief {
    pub went: HowItWent,
    pub follow_up: bool,
    /// Which of the meet's alerts need following up (none unless `follow_up`).
    pub alert_ids: Vec<i64>,
    pub support: bool,
}

impl Debrief {
    /// Reads the form: `went` as 1–5; alerts only from `meet_alerts` (the
    /// meet's own), and only when something needs following up.
    pub fn parse(
        went: &str,
        follow_up: &str,
        alerts: &[String],
        support: bool,
        meet_alerts: &[i64],
    ) -> Result<Debrief, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let went = went.trim().parse().ok().and_then(HowItWent::from_score);
        if went.is_none() {
            errors.push(("went", Invalid("debrief-went-missing")));
        }
        let follow_up = match follow_up {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        if follow_up.is_none() {
            errors.push(("follow_up", Invalid("debrief-follow-up-missing")));
        }
        let chosen: Vec<i64> = alerts.iter().filter_map(|a| a.parse().ok()).collect();
        if chosen.iter().any(|id| !meet_alerts.contains(id)) {
            errors.push(("alerts", Invalid("debrief-alert-unknown")));
        }
        match (went, follow_up, errors.is_empty()) {
            (Some(went), Some(follow_up), true) => {
                let mut alert_ids = if follow_up { chosen } else { Vec::new() };
                alert_ids.sort_unstable();
                alert_ids.dedup();
                Ok(Debrief { went, follow_up, alert_ids, support })
            }
            _ => Err(errors),
        }
    }
}

/// A debrief can be changed for this long after it was first filed, then
/// it is locked (what it fed into is settled).
pub const EDIT_DAYS: i64 = 7;
/// Coordinators see meets left without a debrief this far back.
pub const MISSING_DAYS: i64 = 30;
const DAY_SECS: i64 = 86_400;

/// Whether a debrief first filed at `filed_at` may still be changed.
pub fn editable(filed_at: i64, now: i64) -> bool {
    now < filed_at + EDIT_DAYS * DAY_SECS
}

/// Whether a meet is over, so it can be debriefed: its room has closed, or,
/// for a circle meeting in a place (which may have no room), its time is
/// past. An online meet whose room never opened was not held.
pub fn meet_is_over(status: MeetStatus, ends_at: i64, has_place: bool, now: i64) -> bool {
    match status {
        MeetStatus::Ended => true,
        MeetStatus::Scheduled => has_place && ends_at <= now,
        MeetStatus::Live | MeetStatus::Cancelled => false,
    }
}

/// Why a debrief cannot be filed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    /// The meet has not ended (or was cancelled).
    NotOver,
    /// Filed more than [`EDIT_DAYS`] ago.
    Locked,
}

impl Closed {
    pub fn message_key(self) -> &'static str {
        match self {
            Closed::NotOver => "debrief-not-over",
            Closed::Locked => "debrief-locked",
        }
    }
}

/// Whether a debrief may be filed or changed now.
pub fn may_file(over: bool, filed_at: Option<i64>, now: i64) -> Result<(), Closed> {
    if !over {
        return Err(Closed::NotOver);
    }
    match filed_at {
        Some(at) if !editable(at, now) => Err(Closed::Locked),
        _ => Ok(()),
    }
}

/// What a facilitator asks a coordinator for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CareKind {
    /// Support after one meet (from its debrief).
    Support,
    /// A supervision chat, about nothing in particular.
    Supervision,
}

impl CareKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CareKind::Support => "support",
            CareKind::Supervision => "supervision",
        }
    }
}

impl FromStr for CareKind {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<CareKind, Invalid> {
        match s {
            "support" => Ok(CareKind::Support),
            "supervision" => Ok(CareKind::Supervision),
            _ => Err(Invalid("care-kind-unknown")),
        }
    }
}

/// Days debriefs (and the care asked for in them) are kept unless the
/// organisation chooses otherwise: a year, to see a year's pattern.
pub const DEFAULT_KEEP_DAYS: i64 = 365;

/// The keeping period as a coordinator types it: whole days from 1 to ten
/// years; left empty, the default.
pub fn parse_keep_days(raw: &str) -> Result<i64, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(DEFAULT_KEEP_DAYS);
    }
    raw.parse::<i64>()
        .ok()
        .filter(|d| (1..=retention::MAX_DAYS).contains(d))
        .ok_or(Invalid("debrief-retention-invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn how_it_went_round_trips_through_its_score() {
        for went in HowItWent::ALL {
            assert_eq!(HowItWent::from_score(went.score()), Some(went));
        }
        assert_eq!(HowItWent::from_score(0), None);
        assert_eq!(HowItWent::from_score(6), None);
    }

    #[test]
    fn a_debrief_names_only_the_meets_own_alerts_and_only_when_following_up() {
        let alerts = vec!["7".to_string(), "7".to_string()];
        let parsed = Debrief::parse("2", "yes", &alerts, true, &[7, 8]).unwrap();
        assert_eq!(parsed, Debrief { went: HowItWent::Difficult, follow_up: true, alert_ids: vec![7], support: true });
        let nothing = Debrief::parse("4", "no", &alerts, false, &[7]).unwrap();
        assert!(nothing.alert_ids.is_empty(), "nothing to follow up: no alerts kept");
        let errors = Debrief::parse("", "maybe", &["9".into()], false, &[7]).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["went", "follow_up", "alerts"]);
    }

    #[test]
    fn debriefs_open_when_the_meet_is_over_and_lock_after_a_week() {
        let now = 100 * DAY_SECS;
        assert!(meet_is_over(MeetStatus::Ended, now + 3600, false, now), "the room closed early");
        assert!(!meet_is_over(MeetStatus::Live, now - 1, true, now));
        assert!(!meet_is_over(MeetStatus::Cancelled, now - 1, true, now));
        assert!(meet_is_over(MeetStatus::Scheduled, now, true, now), "in person, its time is past");
        assert!(!meet_is_over(MeetStatus::Scheduled, now - 1, false, now), "online, never opened: not held");
        assert!(!meet_is_over(MeetStatus::Scheduled, now + 1, true, now));

        assert_eq!(may_file(false, None, now), Err(Closed::NotOver));
        assert_eq!(may_file(true, None, now), Ok(()));
        assert_eq!(may_file(true, Some(now - EDIT_DAYS * DAY_SECS + 1), now), Ok(()));
        assert_eq!(may_file(true, Some(now - EDIT_DAYS * DAY_SECS), now), Err(Closed::Locked));
    }

    #[test]
    fn keeping_days_are_whole_with_a_year_by_default() {
        assert_eq!(parse_keep_days(""), Ok(365));
        assert_eq!(parse_keep_days(" 30 "), Ok(30));
        for wrong in ["0", "-1", "3651", "a year"] {
            assert_eq!(parse_keep_days(wrong), Err(Invalid("debrief-retention-invalid")), "{wrong}");
        }
    }
}
