//! A circle's meeting link on an outside tool, for organisations that must
//! keep one for now. Such links often let anyone who holds them in (and
//! leak easily), so the link is shown only to people with a seat at a meet
//! and to those who run the circle, and only from shortly before the meet
//! until its end: never on public pages, in the API, in calendar files,
//! emails or logs.

use super::meet::{Meet, MeetStatus};
use super::{Invalid, text};

/// How long before a meet starts its link is shown.
pub const SHOWN_FROM_MINUTES_BEFORE: i64 = 15;
/// The longest link a coordinator may give.
const MAX_LEN: usize = 500;

/// A checked meeting link: `https://`, with a host, and no user name or
/// password in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalLink(String);

impl ExternalLink {
    /// Reads what a coordinator typed; empty means no link.
    pub fn parse(raw: &str) -> Result<Option<ExternalLink>, Invalid> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        let hidden = text::visible(raw) != raw;
        if raw.len() > MAX_LEN || hidden || raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(Invalid("external-link-invalid"));
        }
        let url = url::Url::parse(raw).map_err(|_| Invalid("external-link-invalid"))?;
        if url.scheme() != "https" {
            return Err(Invalid("external-link-https"));
        }
        if url.host_str().is_none_or(str::is_empty) || !url.username().is_empty() || url.password().is_some() {
            return Err(Invalid("external-link-invalid"));
        }
        Ok(Some(ExternalLink(url.into())))
    }

    /// A link read back from storage, where only checked links are written.
    pub fn from_stored(stored: String) -> ExternalLink {
        ExternalLink(stored)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The tool's address without the rest, to say where the link leads.
    pub fn host(&self) -> String {
        url::Url::parse(&self.0).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default()
    }
}

/// Where a meet stands for its outside link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkWindow {
    /// Too early: the link appears later.
    NotYet,
    /// From shortly before the start until the end: the link is shown.
    Open,
    /// Ended or cancelled: no link.
    Closed,
}

/// Whether a meet's link may be shown now, to someone who may see it.
pub fn window(meet: &Meet, now: i64) -> LinkWindow {
    if matches!(meet.status, MeetStatus::Cancelled | MeetStatus::Ended) || now >= meet.ends_at() {
        LinkWindow::Closed
    } else if now >= meet.starts_at - SHOWN_FROM_MINUTES_BEFORE * 60 {
        LinkWindow::Open
    } else {
        LinkWindow::NotYet
    }
}

/// Who may see a meet's outside link at all: people with a seat at that
/// meet (not on its waitlist) and those who run its circle.
pub fn may_see(has_seat: bool, runs_circle: bool) -> bool {
    has_seat || runs_circle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_https_links_are_taken() {
        let ok = ExternalLink::parse(" https://meet.example.org/abc-defg-hij?pwd=x1 ").unwrap().unwrap();
        assert_eq!(ok.as_str(), "https://meet.example.org/abc-defg-hij?pwd=x1");
        assert_eq!(ok.host(), "meet.example.org");
        assert_eq!(ExternalLink::parse("  "), Ok(None), "empty: no link");
        assert_eq!(ExternalLink::parse("http://meet.example.org/a"), Err(Invalid("external-link-https")));
        assert_eq!(ExternalLink::parse("javascript:alert(1)"), Err(Invalid("external-link-https")));
        for bad in [
            "meet.example.org/abc",
            "https://",
            "https://user:pass@meet.example.org/",
            "https://meet.example.org/a b",
            "https://meet.example.org/\u{202e}",
        ] {
            assert!(ExternalLink::parse(bad).is_err(), "{bad} should be refused");
        }
        assert!(ExternalLink::parse(&format!("https://meet.example.org/{}", "a".repeat(500))).is_err());
    }

    fn meet(status: MeetStatus) -> Meet {
        Meet {
            id: 1,
            circle_id: 1,
            series_id: None,
            starts_at: 100_000,
            duration_minutes: 60,
            status,
            moved: false,
            note: String::new(),
            sequence: 0,
        }
    }

    #[test]
    fn the_link_shows_from_fifteen_minutes_before_until_the_end() {
        let m = meet(MeetStatus::Scheduled);
        assert_eq!(window(&m, 100_000 - 15 * 60 - 1), LinkWindow::NotYet);
        assert_eq!(window(&m, 100_000 - 15 * 60), LinkWindow::Open);
        assert_eq!(window(&m, 100_000 + 59 * 60), LinkWindow::Open);
        assert_eq!(window(&m, 100_000 + 60 * 60), LinkWindow::Closed);
        assert_eq!(window(&meet(MeetStatus::Cancelled), 100_000), LinkWindow::Closed);
        assert_eq!(window(&meet(MeetStatus::Ended), 100_000), LinkWindow::Closed);
        assert_eq!(window(&meet(MeetStatus::Live), 100_000), LinkWindow::Open);
    }

    #[test]
    fn seats_and_those_who_run_the_circle_see_it() {
        assert!(may_see(true, false));
        assert!(may_see(false, true));
        assert!(!may_see(false, false));
    }
}
