//! How long safety alerts are kept: an organisation chooses a number of days
//! (90 unless it says otherwise), and older alerts are deleted for good.

use crate::domain::invalid::Invalid;

/// Days an alert is kept unless the organisation chooses otherwise.
pub const DEFAULT_DAYS: i64 = 90;
/// The longest an organisation may keep alerts: ten years.
pub const MAX_DAYS: i64 = 3650;

const DAY_SECS: i64 = 86_400;

/// The retention period as a coordinator types it: whole days from 1 to
/// [`MAX_DAYS`]; left empty, the default.
pub fn parse_days(raw: &str) -> Result<i64, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(DEFAULT_DAYS);
    }
    raw.parse::<i64>().ok().filter(|d| (1..=MAX_DAYS).contains(d)).ok_or(Invalid("alert-retention-invalid"))
}

/// Alerts raised before this instant (seconds) are past their period.
pub fn cutoff(now: i64, days: i64) -> i64 {
    now - days.clamp(1, MAX_DAYS) * DAY_SECS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_whole_and_within_ten_years_with_90_by_default() {
        assert_eq!(parse_days(""), Ok(90));
        assert_eq!(parse_days(" 30 "), Ok(30));
        assert_eq!(parse_days("3650"), Ok(3650));
        for wrong in ["0", "-5", "3651", "a month", "1.5"] {
            assert_eq!(parse_days(wrong), Err(Invalid("alert-retention-invalid")), "{wrong}");
        }
    }

    #[test]
    fn the_cutoff_is_the_period_before_now() {
        assert_eq!(cutoff(100 * DAY_SECS, 90), 10 * DAY_SECS);
        assert_eq!(cutoff(100 * DAY_SECS, 0), 99 * DAY_SECS, "never less than a day, whatever is stored");
    }
}
