//! A helpline's opening hours and what they are in someone's own time:
//! "Mon–Fri 10:00–18:00 Los Angeles time" is Mon–Fri 18:00–02:00 for a
//! reader in London and Tue–Sat 05:00–13:00 for one in Sydney. Times are
//! converted with the offsets in force on the day asked about, so each
//! clock change is followed as it comes.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::Deserialize;

/// Minutes in a day; a span may end at 24:00.
const DAY: u32 = 24 * 60;

/// Days of the week, as a set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Days(u8);

const WEEK: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

impl Days {
    /// Every day of the week.
    pub const EVERY: Days = Days(0b111_1111);

    fn bit(day: Weekday) -> u8 {
        1 << day.num_days_from_monday()
    }

    /// Reads "daily", "mon-fri", "sat,sun" or "mon-fri,sun" (a run may wrap, as "fri-mon").
    pub fn parse(text: &str) -> Option<Days> {
        let text = text.trim().to_ascii_lowercase();
        if text == "daily" {
            return Some(Days::EVERY);
        }
        let day = |name: &str| name.trim().parse::<Weekday>().ok();
        let mut days = Days::default();
        for part in text.split(',') {
            match part.split_once('-') {
                Some((first, last)) => {
                    let (mut at, last) = (day(first)?, day(last)?);
                    days.0 |= Days::bit(at);
                    while at != last {
                        at = at.succ();
                        days.0 |= Days::bit(at);
                    }
                }
                None => days.0 |= Days::bit(day(part)?),
            }
        }
        (days != Days::default()).then_some(days)
    }

    /// Whether the set holds `day`.
    pub fn contains(self, day: Weekday) -> bool {
        self.0 & Days::bit(day) != 0
    }

    /// The same days `by` days later (earlier when negative).
    pub fn shifted(self, by: i64) -> Days {
        let mut days = Days::default();
        for day in WEEK.into_iter().filter(|d| self.contains(*d)) {
            let moved = (i64::from(day.num_days_from_monday()) + by).rem_euclid(7);
            days.0 |= 1 << moved;
        }
        days
    }

    /// Runs of days in a row, each as (first, last), in the week's order;
    /// a run may wrap past Sunday ("Fri–Mon"). Every day is one run from Monday.
    pub fn runs(self) -> Vec<(Weekday, Weekday)> {
        if self == Days::EVERY {
            return vec![(Weekday::Mon, Weekday::Sun)];
        }
        // Start the walk just after a closed day, so no run is cut in two.
        let Some(closed) = WEEK.into_iter().find(|d| !self.contains(*d)) else { return Vec::new() };
        let mut runs: Vec<(Weekday, Weekday)> = Vec::new();
        let mut day = closed.succ();
        let mut open: Option<Weekday> = None;
        for _ in 0..7 {
            match (self.contains(day), open) {
                (true, None) => open = Some(day),
                (false, Some(first)) => {
                    runs.push((first, day.pred()));
                    open = None;
                }
                _ => {}
            }
            day = day.succ();
        }
        if let Some(first) = open {
            runs.push((first, closed.pred()));
        }
        runs.sort_by_key(|(first, _)| first.num_days_from_monday());
        runs
    }
}

/// Whose clock a span's times are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// One place's: a national line answering from one office.
    Named(Tz),
    /// The caller's own, wherever they are in the country.
    Callers,
}

/// Open on these days from one time to another, in minutes after midnight;
/// a span whose end is not after its start closes the next day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub days: Days,
    pub from: u32,
    /// 1 to 1440 (24:00).
    pub to: u32,
    pub zone: Zone,
}

impl Span {
    fn length(&self) -> i64 {
        i64::from(if self.to > self.from { self.to - self.from } else { self.to + DAY - self.from })
    }

    /// The span as it falls on `reader`'s clock, read from the first day
    /// from `now` on that it opens (so with that week's clock changes);
    /// unchanged when the reader's zone is unknown or the span is on the
    /// caller's own clock.
    pub fn seen_from(&self, reader: Option<Tz>, now: DateTime<Utc>) -> Span {
        let (Zone::Named(own), Some(reader)) = (self.zone, reader) else { return *self };
        let today = now.with_timezone(&own).date_naive();
        let Some(day) = (0..7).map(|n| today + Duration::days(n)).find(|d| self.days.contains(d.weekday())) else {
            return *self;
        };
        let start = at(own, day, self.from).with_timezone(&reader);
        let end = (at(own, day, self.from) + Duration::minutes(self.length())).with_timezone(&reader);
        let minutes = |t: NaiveTime| {
            let m = t.signed_duration_since(NaiveTime::MIN).num_minutes();
            u32::try_from(m).unwrap_or(0)
        };
        let to = match minutes(end.time()) {
            0 => DAY,
            m => m,
        };
        Span {
            days: self.days.shifted((start.date_naive() - day).num_days()),
            from: minutes(start.time()),
            to,
            zone: Zone::Named(reader),
        }
    }

    /// Each time it opens and closes from the day before `now` to a week
    /// after, on `zone`'s clock.
    fn times(&self, zone: Tz, now: DateTime<Utc>) -> impl Iterator<Item = (DateTime<Utc>, DateTime<Utc>)> + '_ {
        let today = now.with_timezone(&zone).date_naive();
        (-1..=7).map(move |n| today + Duration::days(n)).filter(|d| self.days.contains(d.weekday())).map(move |day| {
            let start = at(zone, day, self.from);
            (start, start + Duration::minutes(self.length()))
        })
    }
}

/// A day's time in a zone as an instant; a time a clock change skips is
/// read as the same time after the change.
fn at(zone: Tz, day: NaiveDate, minutes: u32) -> DateTime<Utc> {
    let local = day.and_time(NaiveTime::MIN) + Duration::minutes(i64::from(minutes));
    zone.from_local_datetime(&local)
        .earliest()
        .or_else(|| zone.from_local_datetime(&(local + Duration::hours(1))).earliest())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| local.and_utc())
}

/// When a line answers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "RawOpening")]
pub enum Opening {
    /// Day and night, every day.
    Always,
    Spans(Vec<Span>),
}

impl Opening {
    /// Whether it is open at `now`; `None` when that depends on the
    /// caller's clock and `reader`'s zone is unknown.
    pub fn is_open(&self, now: DateTime<Utc>, reader: Option<Tz>) -> Option<bool> {
        match self {
            Opening::Always => Some(true),
            Opening::Spans(spans) => {
                let mut open = false;
                for span in spans {
                    let zone = match span.zone {
                        Zone::Named(zone) => zone,
                        Zone::Callers => reader?,
                    };
                    open |= span.times(zone, now).any(|(start, end)| start <= now && now < end);
                }
                Some(open)
            }
        }
    }

    /// When it next opens after `now`, within a week.
    pub fn next_opening(&self, now: DateTime<Utc>, reader: Option<Tz>) -> Option<DateTime<Utc>> {
        let Opening::Spans(spans) = self else { return None };
        spans
            .iter()
            .filter_map(|span| {
                let zone = match span.zone {
                    Zone::Named(zone) => zone,
                    Zone::Callers => reader?,
                };
                span.times(zone, now).map(|(start, _)| start).find(|start| *start > now)
            })
            .min()
    }
}

/// The data file's form: `"24/7"`, or a list of
/// `{"days": "mon-fri", "from": "10:00", "to": "18:00", "zone": "America/Los_Angeles"}`
/// where `zone` may be `"local"` (the caller's own time).
#[derive(Deserialize)]
#[serde(untagged)]
enum RawOpening {
    Text(String),
    Spans(Vec<RawSpan>),
}

#[derive(Deserialize)]
struct RawSpan {
    days: String,
    from: String,
    to: String,
    zone: String,
}

fn minutes(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

impl TryFrom<RawOpening> for Opening {
    type Error = String;

    fn try_from(raw: RawOpening) -> Result<Opening, String> {
        match raw {
            RawOpening::Text(text) if text == "24/7" => Ok(Opening::Always),
            RawOpening::Text(text) => Err(format!("opening hours are \"24/7\" or a list of spans, not {text:?}")),
            RawOpening::Spans(spans) => spans
                .into_iter()
                .map(|s| {
                    let days = Days::parse(&s.days).ok_or_else(|| format!("bad days {:?}", s.days))?;
                    let from = minutes(&s.from).filter(|m| *m < DAY).ok_or_else(|| format!("bad time {:?}", s.from))?;
                    let to = minutes(&s.to)
                        .filter(|m| *m > 0 && *m != from)
                        .ok_or_else(|| format!("bad time {:?}", s.to))?;
                    let zone = match s.zone.as_str() {
                        "local" => Zone::Callers,
                        name => Zone::Named(name.parse::<Tz>().map_err(|_| format!("bad zone {name:?}"))?),
                    };
                    Ok(Span { days, from, to, zone })
                })
                .collect::<Result<Vec<_>, String>>()
                .and_then(|spans| if spans.is_empty() { Err("no spans".into()) } else { Ok(Opening::Spans(spans)) }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opening(json: &str) -> Opening {
        serde_json::from_str(json).unwrap()
    }

    /// Trans Lifeline's hours: weekdays 10:00–18:00 Pacific time.
    fn pacific_weekdays() -> Opening {
        opening(r#"[{"days": "mon-fri", "from": "10:00", "to": "18:00", "zone": "America/Los_Angeles"}]"#)
    }

    fn span(o: &Opening) -> Span {
        match o {
            Opening::Spans(spans) => spans[0],
            Opening::Always => panic!("no spans"),
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn noon(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        date(y, m, d).and_hms_opt(12, 0, 0).unwrap().and_utc()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_data_reads_always_or_spans_and_refuses_nonsense() {
        assert_eq!(opening(r#""24/7""#), Opening::Always);
        let qlife = span(&opening(r#"[{"days": "daily", "from": "15:00", "to": "24:00", "zone": "local"}]"#));
        assert_eq!(qlife, Span { days: Days::EVERY, from: 15 * 60, to: DAY, zone: Zone::Callers });
        for bad in [
            r#""weekdays""#,
            r#"[]"#,
            r#"[{"days": "someday", "from": "10:00", "to": "18:00", "zone": "local"}]"#,
            r#"[{"days": "mon", "from": "25:00", "to": "18:00", "zone": "local"}]"#,
            r#"[{"days": "mon", "from": "10:00", "to": "10:00", "zone": "local"}]"#,
            r#"[{"days": "mon", "from": "10:00", "to": "18:00", "zone": "Mars/Base"}]"#,
        ] {
            assert!(serde_json::from_str::<Opening>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn days_read_and_fall_into_runs() {
        let runs = |text: &str| Days::parse(text).unwrap().runs();
        assert_eq!(runs("mon-fri"), vec![(Weekday::Mon, Weekday::Fri)]);
        assert_eq!(runs("daily"), vec![(Weekday::Mon, Weekday::Sun)]);
        assert_eq!(runs("sat,sun"), vec![(Weekday::Sat, Weekday::Sun)]);
        assert_eq!(runs("fri-mon"), vec![(Weekday::Fri, Weekday::Mon)], "a run may wrap past Sunday");
        assert_eq!(runs("mon,wed-thu"), vec![(Weekday::Mon, Weekday::Mon), (Weekday::Wed, Weekday::Thu)]);
        assert_eq!(Days::parse("mon-fri").unwrap().shifted(1), Days::parse("tue-sat").unwrap());
        assert_eq!(Days::parse("mon-fri").unwrap().shifted(-1), Days::parse("sun-thu").unwrap());
    }

    #[test]
    fn a_london_reader_sees_pacific_weekdays_as_evenings_into_the_night() {
        // 2 July 2027: both clocks on summer time; 10:00 PDT is 18:00 BST.
        let seen = span(&pacific_weekdays()).seen_from(Some(Tz::Europe__London), noon(2027, 7, 2));
        assert_eq!((seen.days, seen.from, seen.to), (Days::parse("mon-fri").unwrap(), 18 * 60, 2 * 60));
        assert_eq!(seen.zone, Zone::Named(Tz::Europe__London));
        // January: both on standard time, the same eight hours apart.
        let winter = span(&pacific_weekdays()).seen_from(Some(Tz::Europe__London), noon(2027, 1, 11));
        assert_eq!((winter.from, winter.to), (18 * 60, 2 * 60));
    }

    #[test]
    fn clock_changes_on_different_dates_move_the_hours_for_those_weeks() {
        // America moves its clocks on 14 March 2027, Britain on 28 March:
        // for those two weeks 10:00 in Los Angeles is 17:00 in London.
        let spring = span(&pacific_weekdays()).seen_from(Some(Tz::Europe__London), noon(2027, 3, 17));
        assert_eq!((spring.from, spring.to), (17 * 60, 60));
        // Britain goes back on 31 October, America on 7 November.
        let autumn = span(&pacific_weekdays()).seen_from(Some(Tz::Europe__London), noon(2027, 11, 2));
        assert_eq!((autumn.from, autumn.to), (17 * 60, 60));
    }

    #[test]
    fn the_days_move_when_the_hours_cross_midnight() {
        // In Sydney, Monday 10:00 in Los Angeles is already Tuesday morning.
        let sydney = span(&pacific_weekdays()).seen_from(Some(Tz::Australia__Sydney), noon(2027, 7, 5));
        assert_eq!((sydney.days, sydney.from, sydney.to), (Days::parse("tue-sat").unwrap(), 3 * 60, 11 * 60));
        // A line open 09:00–17:00 in India opens the evening before in New York.
        let india = opening(r#"[{"days": "mon-fri", "from": "09:00", "to": "17:00", "zone": "Asia/Kolkata"}]"#);
        let new_york = span(&india).seen_from(Some(Tz::America__New_York), noon(2027, 1, 11));
        assert_eq!(
            (new_york.days, new_york.from, new_york.to),
            (Days::parse("sun-thu").unwrap(), 22 * 60 + 30, 6 * 60 + 30)
        );
    }

    #[test]
    fn the_callers_own_clock_and_an_unknown_reader_change_nothing() {
        let qlife = span(&opening(r#"[{"days": "daily", "from": "15:00", "to": "24:00", "zone": "local"}]"#));
        assert_eq!(qlife.seen_from(Some(Tz::Europe__London), noon(2027, 7, 2)), qlife);
        let pacific = span(&pacific_weekdays());
        assert_eq!(pacific.seen_from(None, noon(2027, 7, 2)), pacific);
        assert_eq!(pacific.seen_from(Some(Tz::America__Los_Angeles), noon(2027, 7, 2)).from, 10 * 60);
    }

    #[test]
    fn open_now_and_the_next_opening() {
        let lines = pacific_weekdays();
        // Friday 2 July 2027, 17:59 in Los Angeles (00:59 UTC on Saturday): still open.
        assert_eq!(lines.is_open(utc("2027-07-03T00:59:00Z"), None), Some(true));
        // A minute later it has closed until Monday 10:00 PDT (17:00 UTC).
        let after = utc("2027-07-03T01:00:00Z");
        assert_eq!(lines.is_open(after, None), Some(false));
        assert_eq!(lines.next_opening(after, None), Some(utc("2027-07-05T17:00:00Z")));
        assert_eq!(Opening::Always.is_open(after, None), Some(true));
        assert_eq!(Opening::Always.next_opening(after, None), None);
    }

    #[test]
    fn the_callers_own_hours_need_the_callers_zone() {
        let qlife = opening(r#"[{"days": "daily", "from": "15:00", "to": "24:00", "zone": "local"}]"#);
        // 04:30 UTC is 14:30 in Sydney (AEST): closed for half an hour more.
        let now = utc("2027-07-05T04:30:00Z");
        assert_eq!(qlife.is_open(now, None), None, "cannot tell without their zone");
        assert_eq!(qlife.is_open(now, Some(Tz::Australia__Sydney)), Some(false));
        assert_eq!(qlife.next_opening(now, Some(Tz::Australia__Sydney)), Some(utc("2027-07-05T05:00:00Z")));
        // 23:59 in Sydney is open; it closes at midnight.
        assert_eq!(qlife.is_open(utc("2027-07-05T13:59:00Z"), Some(Tz::Australia__Sydney)), Some(true));
        assert_eq!(qlife.is_open(utc("2027-07-05T14:00:00Z"), Some(Tz::Australia__Sydney)), Some(false));
    }

    #[test]
    fn a_time_a_clock_change_skips_is_read_as_just_after_it() {
        // 02:30 on 14 March 2027 does not exist in New York; 03:30 does.
        assert_eq!(at(Tz::America__New_York, date(2027, 3, 14), 150), utc("2027-03-14T07:30:00Z"));
    }
}
