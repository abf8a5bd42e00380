//! iCalendar (RFC 5545) files for meets and circles: UTC times, a stable UID
//! per meet, cancelled meets marked, a reminder 30 minutes before.

use chrono::{DateTime, Utc};

/// One meet as a calendar event.
pub struct Event {
    /// Stable across downloads: calendar apps update the event in place.
    pub uid: String,
    /// Raised at every change, so apps take the newer copy.
    pub sequence: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub url: String,
    pub cancelled: bool,
}

/// A calendar of events, written with CRLF line ends and folded lines.
pub fn calendar(name: &str, events: &[Event], now: i64) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Holdspace//Peer support circles//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(name)),
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H".to_string(),
    ];
    for event in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape(&event.uid)));
        lines.push(format!("DTSTAMP:{}", stamp(now)));
        lines.push(format!("SEQUENCE:{}", event.sequence));
        lines.push(format!("DTSTART:{}", stamp(event.starts_at)));
        lines.push(format!("DTEND:{}", stamp(event.ends_at)));
        lines.push(format!("SUMMARY:{}", escape(&event.summary)));
        if !event.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&event.description)));
        }
        if !event.location.is_empty() {
            lines.push(format!("LOCATION:{}", escape(&event.location)));
        }
        if !event.url.is_empty() {
            lines.push(format!("URL:{}", event.url));
        }
        lines.push(format!("STATUS:{}", if event.cancelled { "CANCELLED" } else { "CONFIRMED" }));
        if !event.cancelled {
            lines.push("BEGIN:VALARM".into());
            lines.push("ACTION:DISPLAY".into());
            lines.push(format!("DESCRIPTION:{}", escape(&event.summary)));
            lines.push("TRIGGER:-PT30M".into());
            lines.push("END:VALARM".into());
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, &line);
    }
    out
}

/// `20270105T133000Z`.
fn stamp(unix: i64) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0).unwrap_or_default().format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so no line exceeds 75 octets (§3.1),
/// never splitting a UTF-8 character.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(cancelled: bool) -> Event {
        Event {
            uid: "meet-7@circles.example.org".into(),
            sequence: 2,
            starts_at: 1_799_155_800,
            ends_at: 1_799_160_300,
            summary: "नई माँ: new mothers, circle; tea".into(),
            description:
                "Line one\nLine two with a very long sentence that certainly needs folding because it goes on and on"
                    .into(),
            location: "Ballygunge, Kolkata".into(),
            url: "https://circles.example.org/meets/7".into(),
            cancelled,
        }
    }

    #[test]
    fn lines_end_in_crlf_and_never_exceed_75_octets() {
        let text = calendar("Circles", &[event(false)], 1_799_000_000);
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
            assert!(!line.contains('\n'));
        }
        assert!(text.contains("DTSTART:20270105T133000Z\r\n"));
        assert!(text.contains("SEQUENCE:2\r\n"));
        assert!(text.contains("TRIGGER:-PT30M"));
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:नई माँ: new mothers\\, circle\\; tea\r\n"));
        assert!(unfolded.contains("DESCRIPTION:Line one\\nLine two"));
    }

    #[test]
    fn cancelled_meets_are_marked_and_have_no_alarm() {
        let text = calendar("Circles", &[event(true)], 1_799_000_000);
        assert!(text.contains("STATUS:CANCELLED"));
        assert!(!text.contains("VALARM"));
    }
}
