//! Showing times to people: in their own time zone when we know it, with
//! the circle's own zone alongside.

use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Tz;

use crate::i18n::{Tr, msg};

/// "22 Nov 2026, 14:05 (Asia/Kolkata)", or in UTC when no zone is known.
pub fn when(unix: i64, zone: Option<Tz>) -> String {
    let Some(instant) = DateTime::<Utc>::from_timestamp(unix, 0) else {
        return String::new();
    };
    match zone {
        Some(tz) => format!("{} ({})", instant.with_timezone(&tz).format("%-d %b %Y, %H:%M"), tz.name()),
        None => format!("{} (UTC)", instant.format("%-d %b %Y, %H:%M")),
    }
}

/// A meet's start as people read it: the day and time in `zone`, with the
/// zone's abbreviation ("Tue 5 Jan 2027, 19:00 IST").
pub fn meet_time(unix: i64, zone: Tz) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0)
        .map(|t| t.with_timezone(&zone).format("%a %-d %b %Y, %H:%M %Z").to_string())
        .unwrap_or_default()
}

/// Just the clock time in `zone` ("07:30 EST").
pub fn clock_time(unix: i64, zone: Tz) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0)
        .map(|t| t.with_timezone(&zone).format("%H:%M %Z").to_string())
        .unwrap_or_default()
}

/// An RFC 3339 instant for `<time datetime>` and the API.
pub fn rfc3339(unix: i64) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0).map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
}

/// A meet's time for a reader: in their zone when known and different from
/// the circle's, with the circle's local time alongside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetTime {
    /// When, in the reader's zone (or the circle's when the reader's is unknown).
    pub main: String,
    /// "19:00 IST in the circle's time zone (Asia/Kolkata)", when it differs.
    pub circle: Option<String>,
    /// RFC 3339, for `<time datetime>` and the page script.
    pub instant: String,
    /// Whether `main` is in the reader's own zone.
    pub in_reader_zone: bool,
}

impl MeetTime {
    /// Formats `unix` for a reader in `reader` looking at a circle in `circle_zone`.
    pub fn new(tr: &Tr, unix: i64, reader: Option<Tz>, circle_zone: Tz) -> MeetTime {
        let instant = rfc3339(unix);
        match reader.filter(|z| *z != circle_zone) {
            Some(zone) => MeetTime {
                main: meet_time(unix, zone),
                circle: Some(tr.args(
                    msg("time-in-circle-zone"),
                    &[("time", clock_time(unix, circle_zone).into()), ("zone", circle_zone.name().into())],
                )),
                instant,
                in_reader_zone: true,
            },
            None => {
                MeetTime { main: meet_time(unix, circle_zone), circle: None, instant, in_reader_zone: reader.is_some() }
            }
        }
    }
}

/// Part of the day, for the directory's filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    /// All parts, in order.
    pub const ALL: [DayPart; 4] = [DayPart::Morning, DayPart::Afternoon, DayPart::Evening, DayPart::Night];

    /// The name used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            DayPart::Morning => "morning",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
            DayPart::Night => "night",
        }
    }

    /// The message id naming it.
    pub fn label_key(self) -> &'static str {
        match self {
            DayPart::Morning => msg("time-morning"),
            DayPart::Afternoon => msg("time-afternoon"),
            DayPart::Evening => msg("time-evening"),
            DayPart::Night => msg("time-night"),
        }
    }

    /// Morning 05–12, afternoon 12–17, evening 17–21, night 21–05.
    pub fn of(unix: i64, zone: Tz) -> DayPart {
        let hour = DateTime::<Utc>::from_timestamp(unix, 0).map(|t| t.with_timezone(&zone).hour()).unwrap_or(0);
        match hour {
            5..=11 => DayPart::Morning,
            12..=16 => DayPart::Afternoon,
            17..=20 => DayPart::Evening,
            _ => DayPart::Night,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_local_time_with_the_zone() {
        // 2026-01-01 00:00 UTC is 05:30 in Kolkata.
        assert_eq!(when(1_767_225_600, Some(Tz::Asia__Kolkata)), "1 Jan 2026, 05:30 (Asia/Kolkata)");
        assert_eq!(when(1_767_225_600, None), "1 Jan 2026, 00:00 (UTC)");
    }

    #[test]
    fn meet_times_name_the_zone_and_keep_the_half_hour() {
        // 2027-01-05 13:30 UTC: 19:00 in Kolkata, 08:30 in New York, 13:30 in London.
        let t = 1_799_155_800;
        assert_eq!(meet_time(t, Tz::Asia__Kolkata), "Tue 5 Jan 2027, 19:00 IST");
        assert_eq!(clock_time(t, Tz::America__New_York), "08:30 EST");
        assert_eq!(meet_time(t, Tz::Europe__London), "Tue 5 Jan 2027, 13:30 GMT");
        assert_eq!(rfc3339(t), "2027-01-05T13:30:00Z");
    }

    #[test]
    fn day_parts() {
        let t = 1_799_155_800;
        assert_eq!(DayPart::of(t, Tz::Asia__Kolkata), DayPart::Evening);
        assert_eq!(DayPart::of(t, Tz::America__New_York), DayPart::Morning);
        assert_eq!(DayPart::of(t, Tz::Europe__London), DayPart::Afternoon);
        assert_eq!(DayPart::of(t, Tz::Pacific__Auckland), DayPart::Night);
    }
}
