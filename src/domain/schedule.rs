//! When a circle meets: one-off meets and repeating series, computed in the
//! circle's own time zone with RFC 5545 recurrence rules (the `rrule` crate)
//! and the IANA database (`chrono-tz`), then stored as instants.
//!
//! A local time that does not exist (the hour skipped when clocks go forward)
//! moves forward by the length of the gap; a local time that happens twice
//! (clocks going back) is the first of the two. That is what `rrule` does,
//! and [`local_to_instant`] does the same for one-off and moved meets.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use rrule::{Frequency, NWeekday, RRule};

use super::Invalid;

/// Shortest meet, in minutes.
pub const MIN_DURATION_MINUTES: i64 = 15;
/// Longest meet, in minutes.
pub const MAX_DURATION_MINUTES: i64 = 8 * 60;
/// Most meets one series may have.
pub const MAX_COUNT: u32 = 520;
/// How far ahead meets of an open-ended series are created.
pub const HORIZON_DAYS: i64 = 26 * 7;

/// How a series repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// A single meet.
    Once,
    Weekly,
    Fortnightly,
    /// The `week`th weekday of each month (1 to 4, or -1 for the last),
    /// on the weekday of the first meet: "second Tuesday", "last Friday".
    MonthlyNth {
        week: i8,
    },
}

impl Repeat {
    /// Stable name for forms and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Repeat::Once => "once",
            Repeat::Weekly => "weekly",
            Repeat::Fortnightly => "fortnightly",
            Repeat::MonthlyNth { .. } => "monthly",
        }
    }

    /// Reads the stored name and, for monthly series, the week.
    pub fn from_parts(name: &str, week: Option<i64>) -> Result<Repeat, Invalid> {
        match (name, week) {
            ("once", _) => Ok(Repeat::Once),
            ("weekly", _) => Ok(Repeat::Weekly),
            ("fortnightly", _) => Ok(Repeat::Fortnightly),
            ("monthly", Some(w)) if matches!(w, 1..=4 | -1) => Ok(Repeat::MonthlyNth { week: w as i8 }),
            _ => Err(Invalid("repeat-unknown")),
        }
    }

    /// The week number of a monthly series.
    pub fn month_week(self) -> Option<i64> {
        match self {
            Repeat::MonthlyNth { week } => Some(i64::from(week)),
            _ => None,
        }
    }
}

/// When a series stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Keeps going; meets are created [`HORIZON_DAYS`] ahead.
    Never,
    /// The last meet is on or before this local date.
    OnDate(NaiveDate),
    /// After this many meets.
    AfterCount(u32),
}

/// A checked series of meets.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub zone: Tz,
    /// Local date and time of the first meet.
    pub first: NaiveDateTime,
    pub repeat: Repeat,
    pub end: End,
    pub duration_minutes: i64,
}

/// One meet of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The local start the rule gives; identifies the meet within its
    /// series even after it is moved.
    pub key: NaiveDateTime,
    pub starts_at: DateTime<Utc>,
}

/// Which occurrence of its weekday in the month a date is: 1 to 5.
pub fn week_of_month(date: NaiveDate) -> i8 {
    ((date.day() - 1) / 7 + 1) as i8
}

/// Whether a date is the last of its weekday in its month.
pub fn is_last_of_month(date: NaiveDate) -> bool {
    (date + Duration::days(7)).month() != date.month()
}

/// The instant a local date and time in `zone` stands for (see the module
/// notes for gaps and overlaps).
pub fn local_to_instant(zone: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    if let Some(t) = zone.from_local_datetime(&local).earliest() {
        return t.with_timezone(&Utc);
    }
    // In a gap: count the time from local midnight, which always exists in
    // the zones we know of, so 02:30 on a spring-forward night becomes 03:30.
    let midnight = local.date().and_time(NaiveTime::MIN);
    let start = zone.from_local_datetime(&midnight).earliest().unwrap_or_else(|| zone.from_utc_datetime(&midnight));
    (start + (local - midnight)).with_timezone(&Utc)
}

impl Series {
    /// Checks a series as a coordinator entered it.
    pub fn new(
        zone: Tz,
        first: NaiveDateTime,
        repeat: Repeat,
        end: End,
        duration_minutes: i64,
    ) -> Result<Series, Invalid> {
        if !(MIN_DURATION_MINUTES..=MAX_DURATION_MINUTES).contains(&duration_minutes) {
            return Err(Invalid("duration-invalid"));
        }
        if let Repeat::MonthlyNth { week } = repeat {
            let fits = match week {
                -1 => is_last_of_month(first.date()),
                1..=4 => week_of_month(first.date()) == week,
                _ => false,
            };
            if !fits {
                return Err(Invalid("monthly-week-mismatch"));
            }
        }
        match end {
            End::OnDate(date) if date < first.date() => return Err(Invalid("end-before-start")),
            End::AfterCount(n) if n == 0 || n > MAX_COUNT => return Err(Invalid("count-invalid")),
            _ => {}
        }
        Ok(Series { zone, first, repeat, end, duration_minutes })
    }

    fn rule(&self) -> Option<RRule<rrule::Unvalidated>> {
        let weekday = self.first.weekday();
        let rule = match self.repeat {
            Repeat::Once => return None,
            Repeat::Weekly => RRule::new(Frequency::Weekly).by_weekday(vec![NWeekday::Every(weekday)]),
            Repeat::Fortnightly => RRule::new(Frequency::Weekly).interval(2).by_weekday(vec![NWeekday::Every(weekday)]),
            Repeat::MonthlyNth { week } => {
                RRule::new(Frequency::Monthly).by_weekday(vec![NWeekday::Nth(i16::from(week), weekday)])
            }
        };
        Some(match self.end {
            End::Never => rule,
            End::AfterCount(n) => rule.count(n),
            End::OnDate(date) => {
                let last_moment = local_to_instant(
                    self.zone,
                    date.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN)),
                );
                rule.until(last_moment.with_timezone(&rrule::Tz::UTC))
            }
        })
    }

    /// The recurrence rule in RFC 5545 form (`FREQ=WEEKLY;BYDAY=TU`), or
    /// `None` for a single meet.
    pub fn rrule_text(&self) -> Option<String> {
        let start = local_to_instant(self.zone, self.first).with_timezone(&rrule::Tz::Tz(self.zone));
        let rule = self.rule()?.validate(start).ok()?;
        Some(rule.to_string())
    }

    /// The meets that start at or after `from` and before `to`.
    pub fn occurrences(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Occurrence> {
        let start = local_to_instant(self.zone, self.first);
        let Some(rule) = self.rule() else {
            return if start >= from && start < to {
                vec![Occurrence { key: self.first, starts_at: start }]
            } else {
                vec![]
            };
        };
        let tz = rrule::Tz::Tz(self.zone);
        let Ok(set) = rule.build(start.with_timezone(&tz)) else {
            return Vec::new();
        };
        set.after(from.with_timezone(&tz))
            .before(to.with_timezone(&tz))
            .all(u16::MAX)
            .dates
            .into_iter()
            .map(|t| Occurrence { key: t.naive_local(), starts_at: t.with_timezone(&Utc) })
            .filter(|o| o.starts_at >= from && o.starts_at < to)
            .collect()
    }
}

/// The weekday name used in forms and the database.
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        local(s).and_utc()
    }

    fn starts(series: &Series, from: &str, to: &str) -> Vec<String> {
        series
            .occurrences(utc(from), utc(to))
            .iter()
            .map(|o| o.starts_at.format("%Y-%m-%d %H:%M").to_string())
            .collect()
    }

    #[test]
    fn weekly_meets_keep_their_local_time_across_new_york_dst() {
        // 18:00 every Tuesday in New York: 23:00 UTC in winter, 22:00 UTC once
        // clocks go forward on 14 March 2027.
        let s = Series::new(Tz::America__New_York, local("2027-03-02 18:00"), Repeat::Weekly, End::Never, 90).unwrap();
        assert_eq!(
            starts(&s, "2027-03-01 00:00", "2027-03-20 00:00"),
            ["2027-03-02 23:00", "2027-03-09 23:00", "2027-03-16 22:00"]
        );
        assert_eq!(
            starts(&s, "2027-10-26 00:00", "2027-11-11 00:00"),
            ["2027-10-26 22:00", "2027-11-02 22:00", "2027-11-09 23:00"],
            "US clocks go back on 7 November 2027"
        );
    }

    #[test]
    fn london_and_kolkata() {
        // London: 19:30 is 19:30 UTC in winter and 18:30 UTC in summer (BST from 28 March 2027).
        let s =
            Series::new(Tz::Europe__London, local("2027-03-22 19:30"), Repeat::Weekly, End::AfterCount(2), 60).unwrap();
        assert_eq!(starts(&s, "2027-01-01 00:00", "2028-01-01 00:00"), ["2027-03-22 19:30", "2027-03-29 18:30"]);
        // Kolkata is UTC+05:30 all year.
        let k = Series::new(Tz::Asia__Kolkata, local("2027-01-06 20:00"), Repeat::Fortnightly, End::AfterCount(3), 75)
            .unwrap();
        assert_eq!(
            starts(&k, "2027-01-01 00:00", "2028-01-01 00:00"),
            ["2027-01-06 14:30", "2027-01-20 14:30", "2027-02-03 14:30"]
        );
    }

    #[test]
    fn a_time_in_the_spring_gap_moves_forward_and_an_overlap_takes_the_first() {
        // 02:30 on 14 March 2027 does not exist in New York; it becomes 03:30 EDT (07:30 UTC).
        assert_eq!(local_to_instant(Tz::America__New_York, local("2027-03-14 02:30")), utc("2027-03-14 07:30"));
        // 01:30 on 7 November 2027 happens twice; the first is EDT (05:30 UTC).
        assert_eq!(local_to_instant(Tz::America__New_York, local("2027-11-07 01:30")), utc("2027-11-07 05:30"));
        // London's gap is at 01:00 on 28 March 2027.
        assert_eq!(local_to_instant(Tz::Europe__London, local("2027-03-28 01:30")), utc("2027-03-28 01:30"));
        // A weekly series at 02:30 on Sundays shifts only on the gap night.
        let s = Series::new(Tz::America__New_York, local("2027-03-07 02:30"), Repeat::Weekly, End::AfterCount(3), 60)
            .unwrap();
        assert_eq!(
            starts(&s, "2027-01-01 00:00", "2028-01-01 00:00"),
            ["2027-03-07 07:30", "2027-03-14 07:30", "2027-03-21 06:30"]
        );
    }

    #[test]
    fn monthly_on_the_nth_weekday_in_four_and_five_week_months() {
        // Second Tuesday of each month, 19:00 in Kolkata.
        let s = Series::new(
            Tz::Asia__Kolkata,
            local("2027-01-12 19:00"),
            Repeat::MonthlyNth { week: 2 },
            End::AfterCount(4),
            60,
        )
        .unwrap();
        let days: Vec<String> = s
            .occurrences(utc("2027-01-01 00:00"), utc("2028-01-01 00:00"))
            .iter()
            .map(|o| o.key.format("%Y-%m-%d %H:%M").to_string())
            .collect();
        assert_eq!(days, ["2027-01-12 19:00", "2027-02-09 19:00", "2027-03-09 19:00", "2027-04-13 19:00"]);
        // Last Friday: March 2027 has five Fridays (the 26th is last), February four (the 26th too).
        let last = Series::new(
            Tz::Europe__London,
            local("2027-01-29 18:00"),
            Repeat::MonthlyNth { week: -1 },
            End::AfterCount(4),
            60,
        )
        .unwrap();
        let keys: Vec<String> = last
            .occurrences(utc("2027-01-01 00:00"), utc("2028-01-01 00:00"))
            .iter()
            .map(|o| o.key.format("%d %b").to_string())
            .collect();
        assert_eq!(keys, ["29 Jan", "26 Feb", "26 Mar", "30 Apr"]);
        assert_eq!(
            Series::new(Tz::Europe__London, local("2027-01-29 18:00"), Repeat::MonthlyNth { week: 4 }, End::Never, 60)
                .map(|_| ()),
            Err(Invalid("monthly-week-mismatch")),
            "29 January is the fifth Friday, not the fourth"
        );
    }

    #[test]
    fn series_end_on_a_date_or_after_a_count() {
        let s = Series::new(
            Tz::Europe__London,
            local("2027-01-04 10:00"),
            Repeat::Weekly,
            End::OnDate(NaiveDate::from_ymd_opt(2027, 1, 25).unwrap()),
            60,
        )
        .unwrap();
        assert_eq!(starts(&s, "2027-01-01 00:00", "2028-01-01 00:00").len(), 4, "4, 11, 18 and 25 January");
        let once = Series::new(Tz::Europe__London, local("2027-01-04 10:00"), Repeat::Once, End::Never, 60).unwrap();
        assert_eq!(starts(&once, "2027-01-01 00:00", "2028-01-01 00:00"), ["2027-01-04 10:00"]);
        assert!(starts(&once, "2027-02-01 00:00", "2028-01-01 00:00").is_empty());
        assert_eq!(once.rrule_text(), None);
    }

    #[test]
    fn windows_select_only_the_meets_inside_them() {
        let s = Series::new(Tz::Asia__Kolkata, local("2027-01-05 19:00"), Repeat::Weekly, End::Never, 60).unwrap();
        let inside = starts(&s, "2027-02-01 00:00", "2027-02-15 00:00");
        assert_eq!(inside, ["2027-02-02 13:30", "2027-02-09 13:30"]);
        let rule = s.rrule_text().unwrap();
        assert!(rule.starts_with("FREQ=WEEKLY") && rule.contains("BYDAY=TU"), "{rule}");
    }

    #[test]
    fn bad_series_are_refused() {
        let first = local("2027-01-05 19:00");
        assert_eq!(Series::new(Tz::UTC, first, Repeat::Weekly, End::Never, 5), Err(Invalid("duration-invalid")));
        assert_eq!(Series::new(Tz::UTC, first, Repeat::Weekly, End::AfterCount(0), 60), Err(Invalid("count-invalid")));
        let before = End::OnDate(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        assert_eq!(Series::new(Tz::UTC, first, Repeat::Weekly, before, 60), Err(Invalid("end-before-start")));
        assert_eq!(Repeat::from_parts("monthly", Some(5)), Err(Invalid("repeat-unknown")));
        assert_eq!(Repeat::from_parts("monthly", Some(-1)), Ok(Repeat::MonthlyNth { week: -1 }));
    }

    #[test]
    fn weeks_of_the_month() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(week_of_month(d("2027-01-12")), 2);
        assert_eq!(week_of_month(d("2027-01-29")), 5);
        assert!(is_last_of_month(d("2027-01-29")));
        assert!(!is_last_of_month(d("2027-01-22")));
    }
}
