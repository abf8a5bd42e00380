//! Counting people in at a venue without names: people tap "I'm here", or
//! the facilitator types a headcount.

use super::Invalid;

/// Largest headcount a facilitator may type: far beyond any circle, so a
/// slip of the finger is caught.
pub const MAX_HEADCOUNT: i64 = 1000;

/// How many came to one meet at its venue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VenueCount {
    /// People who counted themselves in, once per browser.
    pub checked_in: i64,
    /// What the facilitator counted, if they did.
    pub headcount: Option<i64>,
}

impl VenueCount {
    /// The number that stands: the facilitator's headcount when they typed
    /// one (they saw the room; not everyone has a phone), else the check-ins.
    pub fn total(&self) -> i64 {
        self.headcount.unwrap_or(self.checked_in)
    }
}

/// Reads a typed headcount; blank clears it, so the check-ins stand again.
pub fn parse_headcount(raw: &str) -> Result<Option<i64>, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    match raw.parse::<i64>() {
        Ok(n) if (0..=MAX_HEADCOUNT).contains(&n) => Ok(Some(n)),
        _ => Err(Invalid("headcount-invalid")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headcount_overrides_the_check_ins() {
        let scanned = VenueCount { checked_in: 7, headcount: None };
        assert_eq!(scanned.total(), 7);
        assert_eq!(VenueCount { headcount: Some(9), ..scanned }.total(), 9);
        assert_eq!(VenueCount { headcount: Some(0), ..scanned }.total(), 0);
    }

    #[test]
    fn headcounts_are_small_whole_numbers_and_blank_clears() {
        assert_eq!(parse_headcount(" 12 "), Ok(Some(12)));
        assert_eq!(parse_headcount(""), Ok(None));
        for bad in ["-1", "twelve", "1.5", "1001"] {
            assert_eq!(parse_headcount(bad), Err(Invalid("headcount-invalid")), "{bad}");
        }
    }
}
