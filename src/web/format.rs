//! Showing times to people: in their own time zone when we know it.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_local_time_with_the_zone() {
        // 2026-01-01 00:00 UTC is 05:30 in Kolkata.
        assert_eq!(when(1_767_225_600, Some(Tz::Asia__Kolkata)), "1 Jan 2026, 05:30 (Asia/Kolkata)");
        assert_eq!(when(1_767_225_600, None), "1 Jan 2026, 00:00 (UTC)");
    }
}
