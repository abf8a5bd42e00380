//! Trainings an organisation asks of its facilitators, and whether a
//! completed one still holds on a given day. Free of I/O: callers pass the day.

use chrono::{Months, NaiveDate};

use super::Invalid;

/// How far ahead an expiry is worth a warning, in days.
pub const WARN_DAYS: i64 = 30;

/// Longest validity a coordinator may set, in months (fifty years).
const MAX_MONTHS: u32 = 600;

/// One of the organisation's trainings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Training {
    pub id: i64,
    pub name: String,
    /// What it covers, in a sentence or two.
    pub covers: String,
    /// How many months a completion stays valid; `None`: it never expires.
    pub valid_months: Option<u32>,
    /// Retired trainings are no longer offered or required.
    pub retired: bool,
}

impl Training {
    /// Checks a training as a coordinator typed it: a name, and either a
    /// whole number of months or "never expires".
    pub fn parse(
        name: &str,
        covers: &str,
        months: &str,
        never: bool,
    ) -> Result<Training, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let name = super::text::single_line(name).chars().take(120).collect::<String>();
        if name.is_empty() {
            errors.push(("name", Invalid("training-name-missing")));
        }
        let valid_months = if never {
            None
        } else {
            match months.trim().parse::<u32>() {
                Ok(m) if (1..=MAX_MONTHS).contains(&m) => Some(m),
                _ => {
                    errors.push(("valid_months", Invalid("training-months-invalid")));
                    None
                }
            }
        };
        let covers = covers.trim().chars().take(1000).collect();
        if errors.is_empty() { Ok(Training { id: 0, name, covers, valid_months, retired: false }) } else { Err(errors) }
    }

    /// The first day a completion on `completed` no longer counts.
    pub fn expires_on(&self, completed: NaiveDate) -> Option<NaiveDate> {
        self.valid_months.map(|m| completed.checked_add_months(Months::new(m)).unwrap_or(NaiveDate::MAX))
    }
}

/// Where a completed training stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Valid,
    /// Still valid, but it lapses within [`WARN_DAYS`].
    ExpiringSoon,
    Expired,
}

/// Where a training completed on `completed` stands on `today`.
pub fn standing(training: &Training, completed: NaiveDate, today: NaiveDate) -> Standing {
    match training.expires_on(completed) {
        None => Standing::Valid,
        Some(end) if end <= today => Standing::Expired,
        Some(end) if (end - today).num_days() <= WARN_DAYS => Standing::ExpiringSoon,
        Some(_) => Standing::Valid,
    }
}

/// How long someone's completions of one training keep them covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cover {
    /// Never completed.
    None,
    /// Covered up to, not including, this day.
    Until(NaiveDate),
    /// Completed, and it never expires.
    Always,
}

impl Cover {
    /// The cover from every completion of `training` (a renewal supersedes
    /// an older completion).
    pub fn of(training: &Training, completions: &[NaiveDate]) -> Cover {
        completions.iter().fold(Cover::None, |best, &c| match (best, training.expires_on(c)) {
            (Cover::Always, _) | (_, None) => Cover::Always,
            (Cover::Until(a), Some(b)) => Cover::Until(a.max(b)),
            (Cover::None, Some(b)) => Cover::Until(b),
        })
    }

    /// Whether it holds on `day`.
    pub fn holds_on(self, day: NaiveDate) -> bool {
        match self {
            Cover::None => false,
            Cover::Until(end) => day < end,
            Cover::Always => true,
        }
    }

    /// Whether it is missing or lapses within [`WARN_DAYS`] of `today`: a
    /// gap a coordinator should close.
    pub fn gap_on(self, today: NaiveDate) -> bool {
        !self.holds_on(today + chrono::Duration::days(WARN_DAYS))
    }

    /// The day it lapses, if it ever does.
    pub fn ends(self) -> Option<NaiveDate> {
        match self {
            Cover::Until(end) => Some(end),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn yearly() -> Training {
        Training::parse("Safeguarding young people", "", "12", false).unwrap()
    }

    #[test]
    fn a_yearly_training_lapses_a_year_on_and_warns_a_month_before() {
        let t = yearly();
        assert_eq!(t.expires_on(day("2026-01-15")), Some(day("2027-01-15")));
        assert_eq!(standing(&t, day("2026-01-15"), day("2026-06-01")), Standing::Valid);
        assert_eq!(standing(&t, day("2026-01-15"), day("2026-12-26")), Standing::ExpiringSoon);
        assert_eq!(standing(&t, day("2026-01-15"), day("2027-01-15")), Standing::Expired);
    }

    #[test]
    fn a_training_that_never_expires_always_holds() {
        let t = Training::parse("Active listening", "", "", true).unwrap();
        assert_eq!(standing(&t, day("2001-01-01"), day("2030-01-01")), Standing::Valid);
    }

    #[test]
    fn a_renewal_counts_over_an_old_completion() {
        let t = yearly();
        let both = [day("2026-05-01"), day("2024-01-01")];
        assert_eq!(Cover::of(&t, &both), Cover::Until(day("2027-05-01")));
        assert!(!Cover::of(&t, &[]).holds_on(day("2026-06-01")));
    }

    #[test]
    fn a_gap_is_one_that_lapses_within_thirty_days() {
        let t = yearly();
        let today = day("2026-06-01");
        let in_20_days = Cover::of(&t, &[day("2025-06-21")]);
        let in_60_days = Cover::of(&t, &[day("2025-07-31")]);
        assert!(in_20_days.holds_on(today) && in_20_days.gap_on(today));
        assert!(!in_60_days.gap_on(today));
    }

    #[test]
    fn a_training_needs_a_name_and_a_sensible_validity() {
        let fields: Vec<_> = Training::parse(" ", "", "soon", false).unwrap_err().into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["name", "valid_months"]);
        assert!(Training::parse("CPR", "", "0", false).is_err());
    }
}
