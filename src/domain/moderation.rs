//! Moderation beyond one meet: what can be reported and why, what a
//! coordinator may decide, who may review an appeal, whether a suspension
//! keeps someone out of a circle, and how long the words are kept.

use super::Invalid;
use super::member::FieldErrors;
use super::safety::retention;
use super::text;

/// The longest a report's own words may be.
pub const REPORT_WORDS_MAX: usize = 1000;
/// The longest a decision's reason or an appeal may be.
pub const DECISION_WORDS_MAX: usize = 1000;
/// The longest suspension a coordinator may give in one decision.
pub const SUSPENSION_DAYS_MAX: i64 = 365;
/// Days report and removal words are kept unless the organisation chooses otherwise.
pub const DEFAULT_RETENTION_DAYS: i64 = 180;

const DAY_SECS: i64 = 86_400;

/// Why someone reports, from a short list people can choose from without
/// having to find words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Unkind,
    Harassment,
    PrivateStory,
    Spam,
    /// Someone may be unsafe: the reporter is pointed to helplines at once.
    Unsafe,
    Other,
}

impl Reason {
    pub const ALL: [Reason; 6] =
        [Reason::Unkind, Reason::Harassment, Reason::PrivateStory, Reason::Spam, Reason::Unsafe, Reason::Other];

    /// Stable code for forms and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Unkind => "unkind",
            Reason::Harassment => "harassment",
            Reason::PrivateStory => "private-story",
            Reason::Spam => "spam",
            Reason::Unsafe => "unsafe",
            Reason::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.as_str() == code)
    }

    /// The message id that names it.
    pub fn message_key(self) -> &'static str {
        match self {
            Reason::Unkind => "moderation-reason-unkind",
            Reason::Harassment => "moderation-reason-harassment",
            Reason::PrivateStory => "moderation-reason-private-story",
            Reason::Spam => "moderation-reason-spam",
            Reason::Unsafe => "moderation-reason-unsafe",
            Reason::Other => "moderation-reason-other",
        }
    }

    /// How soon coordinators should look: lower is sooner.
    pub fn urgency(self) -> u8 {
        match self {
            Reason::Unsafe => 0,
            Reason::Harassment => 1,
            Reason::PrivateStory => 2,
            Reason::Unkind => 3,
            Reason::Other => 4,
            Reason::Spam => 5,
        }
    }
}

/// A report as someone makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub reason: Reason,
    pub words: Option<String>,
}

impl Report {
    pub fn parse(reason: &str, words: &str) -> Result<Report, FieldErrors> {
        let mut errors = FieldErrors::new();
        let reason = Reason::parse(reason).ok_or(Invalid("moderation-reason-required"));
        let words = text::optional_block(&text::visible(words), REPORT_WORDS_MAX, "moderation-words-too-long");
        if let Err(e) = reason {
            errors.push(("reason", e));
        }
        if let Err(e) = words {
            errors.push(("words", e));
        }
        match (reason, words) {
            (Ok(reason), Ok(words)) if errors.is_empty() => Ok(Report { reason, words }),
            _ => Err(errors),
        }
    }
}

/// What a coordinator decides about a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Dismiss,
    /// A private message the member reads.
    Warn,
    /// Kept out for some days: from the case's circle, or from every circle.
    Suspend {
        days: i64,
        everywhere: bool,
    },
    /// Kept out of every circle for good (they may still read the decision,
    /// appeal, and take or delete their data).
    Close,
}

impl Action {
    /// The case's status once decided.
    pub fn status(self) -> &'static str {
        match self {
            Action::Dismiss => "dismissed",
            Action::Warn => "warned",
            Action::Suspend { .. } => "suspended",
            Action::Close => "closed",
        }
    }

    /// Whether the person acted against hears of it (a dismissal tells
    /// nobody anything they need to answer).
    pub fn tells_the_person(self) -> bool {
        self != Action::Dismiss
    }

    /// Until when someone is kept out, from `now`: `Some(i64::MAX)` for a closed account.
    pub fn kept_out_until(self, now: i64) -> Option<i64> {
        match self {
            Action::Suspend { days, .. } => Some(now + days * DAY_SECS),
            Action::Close => Some(i64::MAX),
            Action::Dismiss | Action::Warn => None,
        }
    }

    /// Whether the keeping out covers every circle.
    pub fn everywhere(self) -> bool {
        matches!(self, Action::Close | Action::Suspend { everywhere: true, .. })
    }
}

/// A decision as a coordinator posts it: the action, the reason in plain
/// words the person will read (needed for every action but a dismissal,
/// which tells the person nothing), and for a suspension its days and reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub action: Action,
    pub words: String,
}

impl Decision {
    pub fn parse(action: &str, words: &str, days: &str, reach: &str) -> Result<Decision, FieldErrors> {
        let mut errors = FieldErrors::new();
        let words = match text::optional_block(&text::visible(words), DECISION_WORDS_MAX, "moderation-words-too-long") {
            Ok(words) => words.unwrap_or_default(),
            Err(e) => {
                errors.push(("words", e));
                String::new()
            }
        };
        let action = match action {
            "dismiss" => Some(Action::Dismiss),
            "warn" => Some(Action::Warn),
            "close" => Some(Action::Close),
            "suspend" => {
                let days = days.trim().parse::<i64>().ok().filter(|d| (1..=SUSPENSION_DAYS_MAX).contains(d));
                if days.is_none() {
                    errors.push(("days", Invalid("moderation-days-invalid")));
                }
                days.map(|days| Action::Suspend { days, everywhere: reach == "everywhere" })
            }
            _ => {
                errors.push(("action", Invalid("moderation-action-required")));
                None
            }
        };
        if action.is_some_and(Action::tells_the_person)
            && words.is_empty()
            && !errors.iter().any(|(f, _)| *f == "words")
        {
            errors.push(("words", Invalid("moderation-decision-words-required")));
        }
        match action {
            Some(action) if errors.is_empty() => Ok(Decision { action, words }),
            _ => Err(errors),
        }
    }
}

/// An appeal's words: needed, and short.
pub fn parse_appeal(words: &str) -> Result<String, Invalid> {
    text::optional_block(&text::visible(words), DECISION_WORDS_MAX, "moderation-words-too-long")?
        .ok_or(Invalid("moderation-appeal-words-required"))
}

/// Who an appeal goes to: the coordinator, other than the one who decided,
/// with the fewest appeals waiting (then the longest-standing); the one who
/// decided only when nobody else is a coordinator, and then flagged.
/// `coordinators` pairs each coordinator's id with their waiting appeals.
pub fn appeal_reviewer(decider: Option<i64>, coordinators: &[(i64, i64)]) -> Option<(i64, bool)> {
    let others = coordinators.iter().filter(|(id, _)| Some(*id) != decider);
    match others.min_by_key(|(id, waiting)| (*waiting, *id)) {
        Some((id, _)) => Some((*id, false)),
        None => decider.filter(|d| coordinators.iter().any(|(id, _)| id == d)).map(|d| (d, true)),
    }
}

/// A suspension or closure standing against someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hold {
    /// The circle it covers, unless it covers every circle.
    pub circle_id: Option<i64>,
    pub until: i64,
    pub closed: bool,
}

impl Hold {
    /// Whether it keeps its person out of `circle_id` at `now`.
    pub fn covers(&self, circle_id: i64, now: i64) -> bool {
        self.until > now && self.circle_id.is_none_or(|c| c == circle_id)
    }
}

/// The retention period as a coordinator types it: whole days from 1 to ten
/// years; left empty, the default.
pub fn parse_retention_days(raw: &str) -> Result<i64, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(DEFAULT_RETENTION_DAYS);
    }
    raw.parse::<i64>()
        .ok()
        .filter(|d| (1..=retention::MAX_DAYS).contains(d))
        .ok_or(Invalid("moderation-retention-invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_needs_a_reason_from_the_list_and_short_words() {
        let report = Report::parse("unsafe", "  They said goodbye  ").unwrap();
        assert_eq!(report.reason, Reason::Unsafe);
        assert_eq!(report.words.as_deref(), Some("They said goodbye"));
        assert_eq!(Report::parse("spam", "").unwrap().words, None, "words are optional");
        let errors = Report::parse("rude", &"x".repeat(REPORT_WORDS_MAX + 1)).unwrap_err();
        assert_eq!(
            errors,
            vec![("reason", Invalid("moderation-reason-required")), ("words", Invalid("moderation-words-too-long"))]
        );
    }

    #[test]
    fn someone_who_may_be_unsafe_is_looked_at_first() {
        let most = Reason::ALL.into_iter().min_by_key(|r| r.urgency()).unwrap();
        assert_eq!(most, Reason::Unsafe);
    }

    #[test]
    fn every_decision_but_a_dismissal_says_why_in_words() {
        assert_eq!(Decision::parse("dismiss", "", "", "").unwrap().action, Action::Dismiss);
        assert_eq!(
            Decision::parse("warn", "", "", "").unwrap_err(),
            vec![("words", Invalid("moderation-decision-words-required"))]
        );
        let d = Decision::parse("suspend", "Repeated unkind words", "14", "circle").unwrap();
        assert_eq!(d.action, Action::Suspend { days: 14, everywhere: false });
        assert!(Decision::parse("suspend", "Why", "14", "everywhere").unwrap().action.everywhere());
        for days in ["0", "366", "soon", ""] {
            assert_eq!(
                Decision::parse("suspend", "Why", days, "circle").unwrap_err(),
                vec![("days", Invalid("moderation-days-invalid"))],
                "{days}"
            );
        }
        assert_eq!(
            Decision::parse("ban", "Why", "", "").unwrap_err(),
            vec![("action", Invalid("moderation-action-required"))]
        );
    }

    #[test]
    fn suspensions_end_and_closures_do_not() {
        assert_eq!(Action::Suspend { days: 2, everywhere: false }.kept_out_until(100), Some(100 + 2 * DAY_SECS));
        assert_eq!(Action::Close.kept_out_until(100), Some(i64::MAX));
        assert!(Action::Close.everywhere());
        assert_eq!(Action::Warn.kept_out_until(100), None);
    }

    #[test]
    fn a_hold_covers_its_circle_or_every_circle_until_it_ends() {
        let one = Hold { circle_id: Some(7), until: 1000, closed: false };
        assert!(one.covers(7, 999));
        assert!(!one.covers(8, 999), "another circle is open to them");
        assert!(!one.covers(7, 1000), "it has ended");
        let all = Hold { circle_id: None, until: 1000, closed: false };
        assert!(all.covers(8, 999));
    }

    #[test]
    fn an_appeal_goes_to_another_coordinator_when_there_is_one() {
        assert_eq!(appeal_reviewer(Some(1), &[(1, 0), (2, 3), (3, 1)]), Some((3, false)), "the least busy other");
        assert_eq!(appeal_reviewer(Some(1), &[(1, 0), (2, 1), (3, 1)]), Some((2, false)));
        assert_eq!(appeal_reviewer(Some(1), &[(1, 0)]), Some((1, true)), "the only coordinator, flagged");
        assert_eq!(appeal_reviewer(None, &[(4, 0)]), Some((4, false)), "the decider has gone");
        assert_eq!(appeal_reviewer(Some(1), &[]), None);
    }

    #[test]
    fn retention_is_whole_days_with_180_by_default() {
        assert_eq!(parse_retention_days(""), Ok(180));
        assert_eq!(parse_retention_days("30"), Ok(30));
        assert_eq!(parse_retention_days("0"), Err(Invalid("moderation-retention-invalid")));
    }
}
