//! Showing times to people: in their own time zone when we know it, with
//! the circle's own zone alongside, in their language's words and order
//! (through ICU4X and CLDR's data, never our own tables).

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};
use chrono_tz::Tz;
use icu_calendar::Iso;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets;
use icu_datetime::input::{Date, DateTime as IcuDateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;

use crate::domain::countries;
use crate::i18n::{Tr, msg};

/// `$moment` written with field set `$fields` for a reader of `$language`
/// on `$clock` (a macro: each field set is its own type).
macro_rules! formatted {
    ($language:expr, $clock:expr, $fields:expr, $moment:expr) => {
        DateTimeFormatter::try_new(locale($language, $clock).into(), $fields)
            // CLDR puts a narrow no-break space before "am"; pages, mail and
            // calendar text have always used a plain one.
            .map(|formatter| formatter.format($moment).to_string().replace('\u{202f}', " "))
            .unwrap_or_default()
    };
}

/// A moment (a sign-in, an alert, a change) for a reader, in their zone and
/// clock as every other time they see: "Sun 22 Nov 2026, 2:05 pm India
/// time", or in UTC when their zone is unknown.
pub fn when(tr: &Tr, unix: i64, zone: Option<Tz>) -> String {
    let clock = Clock::for_reader(tr.lang(), zone);
    let zone = zone.unwrap_or(Tz::UTC);
    format!("{} {}", day_and_time(tr.lang(), unix, zone, clock), zone_name(tr, zone))
}

/// How a person reads the clock: one style on every page they see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// "7:00 pm"
    Twelve,
    /// "19:00"
    TwentyFour,
}

/// Regions (ISO 3166-1) whose everyday written clock is the 12-hour one.
const TWELVE_HOUR_REGIONS: &[&str] = &["US", "CA", "IN", "PK", "BD", "PH", "AU", "NZ"];

impl Clock {
    /// The rule, in one place: the region of the person's time zone decides
    /// (12-hour in [`TWELVE_HOUR_REGIONS`], 24-hour elsewhere); with no zone
    /// known yet, Hindi readers get the 12-hour clock (India's style) and
    /// everyone else the 24-hour one, which nobody misreads.
    pub fn for_reader(language: &str, zone: Option<Tz>) -> Clock {
        let twelve = match zone {
            Some(zone) => countries::of_zone(zone.name()).is_some_and(|r| TWELVE_HOUR_REGIONS.contains(&r)),
            None => language == "hi",
        };
        if twelve { Clock::Twelve } else { Clock::TwentyFour }
    }

    /// A clock time in this style and the reader's language: "7:00 pm" or "19:00".
    pub fn time(self, language: &str, time: NaiveTime) -> String {
        formatted!(language, self, fieldsets::T::medium().with_time_precision(TimePrecision::Minute), &icu(time))
    }

    /// A time of day as opening hours say it, the minutes only when there
    /// are some on the 12-hour clock: "6 pm", "10:30 pm", "18:00".
    pub fn hours_time(self, language: &str, time: NaiveTime) -> String {
        let precision = match self {
            Clock::Twelve => TimePrecision::MinuteOptional,
            Clock::TwentyFour => TimePrecision::Minute,
        };
        formatted!(language, self, fieldsets::T::medium().with_time_precision(precision), &icu(time))
    }

    fn hour_cycle(self) -> &'static str {
        match self {
            Clock::Twelve => "h12",
            Clock::TwentyFour => "h23",
        }
    }
}

/// The CLDR locale a reader's dates are written in: English the British
/// way ("Tue, 5 Jan 2027", as the site has always written it), Hindi as in
/// India; their clock decides the hour cycle.
fn locale(language: &str, clock: Clock) -> Locale {
    let base = match language.split('-').next().unwrap_or("en") {
        "en" => "en-GB",
        "hi" => "hi-IN",
        other => other,
    };
    format!("{base}-u-hc-{}", clock.hour_cycle()).parse().unwrap_or(icu_locale_core::locale!("en-GB"))
}

fn icu(time: NaiveTime) -> IcuDateTime<Iso> {
    let clock = Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0).unwrap_or(Time::start_of_day());
    IcuDateTime { date: Date::try_new_iso(2000, 1, 1).unwrap_or_else(|_| unreachable!()), time: clock }
}

fn icu_moment(local: chrono::NaiveDateTime) -> Option<IcuDateTime<Iso>> {
    let date = Date::try_new_iso(local.year(), local.month() as u8, local.day() as u8).ok()?;
    let time = Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0).ok()?;
    Some(IcuDateTime { date, time })
}

/// A day for a reader: "5 January 2027", "5 जनवरी 2027".
pub fn date(tr: &Tr, date: NaiveDate) -> String {
    let moment = icu_moment(date.and_time(NaiveTime::MIN));
    moment.map(|m| formatted!(tr.lang(), Clock::TwentyFour, fieldsets::YMD::long(), &m)).unwrap_or_default()
}

/// A day, short: "5 Jan 2027", "5 जन॰ 2027".
pub fn short_date(tr: &Tr, date: NaiveDate) -> String {
    let moment = icu_moment(date.and_time(NaiveTime::MIN));
    moment.map(|m| formatted!(tr.lang(), Clock::TwentyFour, fieldsets::YMD::medium(), &m)).unwrap_or_default()
}

/// The weekday's name: "Tuesday", "मंगलवार".
pub fn weekday(tr: &Tr, date: NaiveDate) -> String {
    let moment = icu_moment(date.and_time(NaiveTime::MIN));
    moment.map(|m| formatted!(tr.lang(), Clock::TwentyFour, fieldsets::E::long(), &m)).unwrap_or_default()
}

/// A whole number as the reader's language groups digits: "100,000" in
/// English, "1,00,000" in Hindi.
pub fn number(tr: &Tr, n: i64) -> String {
    let locale = locale(tr.lang(), Clock::TwentyFour);
    match DecimalFormatter::try_new(locale.into(), Default::default()) {
        Ok(formatter) => formatter.format(&Decimal::from(n)).to_string(),
        Err(_) => n.to_string(),
    }
}

/// Zones people know by another name than their city: (IANA name, the
/// place people say in English, the country code or zone naming it in
/// other languages).
const ZONES: &[(&str, &str, &str)] = &[
    ("Asia/Kolkata", "India", "IN"),
    ("Asia/Calcutta", "India", "IN"),
    ("Asia/Karachi", "Pakistan", "PK"),
    ("Asia/Dhaka", "Bangladesh", "BD"),
    ("Asia/Manila", "Philippines", "PH"),
    ("Asia/Kathmandu", "Nepal", "NP"),
    ("Asia/Colombo", "Sri Lanka", "LK"),
    ("Asia/Dubai", "UAE", "AE"),
    ("Asia/Singapore", "Singapore", "SG"),
    ("Asia/Tokyo", "Japan", "JP"),
    ("Europe/Dublin", "Ireland", "IE"),
    ("America/Detroit", "New York", "America/New_York"),
    ("America/Phoenix", "Arizona", "America/Phoenix"),
    ("America/Anchorage", "Alaska", "America/Anchorage"),
    ("Pacific/Honolulu", "Hawaii", "Pacific/Honolulu"),
    ("America/St_Johns", "Newfoundland", "America/St_Johns"),
    ("Pacific/Auckland", "New Zealand", "NZ"),
];

/// "India time", "New York time", "Sao Paulo time" (the city of the IANA
/// name when we know no better), or "UTC": never `Asia/Calcutta`. In
/// other languages the place is CLDR's name for it ("भारत का समय").
pub fn zone_name(tr: &Tr, zone: Tz) -> String {
    let name = zone.name();
    if matches!(name, "UTC" | "Etc/UTC" | "Etc/GMT" | "GMT" | "Etc/Universal" | "Zulu") {
        return tr.get(msg("wayin-zone-utc"));
    }
    let language = tr.lang();
    let english_city = || name.rsplit('/').next().unwrap_or(name).replace('_', " ");
    let place = match ZONES.iter().find(|(z, _, _)| *z == name) {
        Some((_, english, _)) if language == "en" => (*english).to_string(),
        Some((_, english, key)) => local_place(key, language).unwrap_or(english).to_string(),
        None => countries::city_in(name, language).map_or_else(english_city, str::to_string),
    };
    tr.arg(msg("wayin-zone-time"), "place", place)
}

/// A country (by code) or a zone's city (by zone) in `language`, when CLDR names it.
fn local_place(key: &str, language: &str) -> Option<&'static str> {
    if key.contains('/') { countries::city_in(key, language) } else { countries::local_name(key, language) }
}

/// A meet's day and clock time in `zone` ("Tue, 5 Jan 2027, 7:00 pm").
fn day_and_time(language: &str, unix: i64, zone: Tz, clock: Clock) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0)
        .and_then(|t| icu_moment(t.with_timezone(&zone).naive_local()))
        .map(|m| formatted!(language, clock, fieldsets::YMDET::medium().with_time_precision(TimePrecision::Minute), &m))
        .unwrap_or_default()
}

/// Just the clock time in `zone` ("7:30 am").
fn clock_time(language: &str, unix: i64, zone: Tz, clock: Clock) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0)
        .map(|t| clock.time(language, t.with_timezone(&zone).time()))
        .unwrap_or_default()
}

/// An RFC 3339 instant for `<time datetime>` and the API.
pub fn rfc3339(unix: i64) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0).map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
}

/// A meet's time for a reader: in their zone when known and different from
/// the circle's, with the circle's local time alongside; one clock style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetTime {
    /// When, in the reader's zone (or the circle's when the reader's is
    /// unknown): "Tue, 5 Jan 2027, 8:30 am New York time".
    pub main: String,
    /// "7:00 pm India time for the circle", when the zones differ.
    pub circle: Option<String>,
    /// RFC 3339, for `<time datetime>` and the page script.
    pub instant: String,
    /// Whether `main` is in the reader's own zone.
    pub in_reader_zone: bool,
    /// The circle's zone, so the page script adds "your time" only when
    /// the browser's zone differs from it.
    pub circle_zone: String,
    /// Whether the page script writes the reader's time on the 12-hour clock.
    pub twelve_hour: bool,
}

impl MeetTime {
    /// Formats `unix` for a reader in `reader` looking at a circle in `circle_zone`.
    pub fn new(tr: &Tr, unix: i64, reader: Option<Tz>, circle_zone: Tz) -> MeetTime {
        let clock = Clock::for_reader(tr.lang(), reader);
        let shown = |zone: Tz| format!("{} {}", day_and_time(tr.lang(), unix, zone, clock), zone_name(tr, zone));
        let other = reader.filter(|z| *z != circle_zone);
        MeetTime {
            main: shown(other.unwrap_or(circle_zone)),
            circle: other.map(|_| {
                tr.args(
                    msg("wayin-time-for-circle"),
                    &[
                        ("time", clock_time(tr.lang(), unix, circle_zone, clock).into()),
                        ("zone", zone_name(tr, circle_zone).into()),
                    ],
                )
            }),
            instant: rfc3339(unix),
            in_reader_zone: reader.is_some(),
            circle_zone: circle_zone.name().to_string(),
            twelve_hour: clock == Clock::Twelve,
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
    fn moments_read_like_meet_times_with_the_zone_by_name() {
        // 2026-01-01 00:00 UTC is 05:30 in Kolkata.
        let en = tr("en");
        assert_eq!(when(&en, 1_767_225_600, Some(Tz::Asia__Calcutta)), "Thu, 1 Jan 2026, 5:30 am India time");
        assert_eq!(when(&en, 1_767_225_600, Some(Tz::Europe__London)), "Thu, 1 Jan 2026, 00:00 London time");
        assert_eq!(when(&en, 1_767_225_600, None), "Thu, 1 Jan 2026, 00:00 UTC");
        assert_eq!(when(&en, 1_767_225_600, Some(Tz::Etc__UTC)), "Thu, 1 Jan 2026, 00:00 UTC");
    }

    fn tr(lang: &str) -> Tr {
        crate::i18n::I18n::load().translator(lang)
    }

    #[test]
    fn zones_have_the_names_people_use() {
        let en = tr("en");
        assert_eq!(zone_name(&en, Tz::America__New_York), "New York time");
        assert_eq!(zone_name(&en, Tz::Asia__Calcutta), "India time");
        assert_eq!(zone_name(&en, Tz::Asia__Kolkata), "India time");
        assert_eq!(zone_name(&en, Tz::Europe__London), "London time");
        assert_eq!(zone_name(&en, Tz::America__Sao_Paulo), "Sao Paulo time");
        assert_eq!(zone_name(&en, Tz::UTC), "UTC");
        let hi = tr("hi");
        assert_eq!(zone_name(&hi, Tz::Asia__Calcutta), "भारत का समय");
        assert_eq!(zone_name(&hi, Tz::Europe__London), "लंदन का समय");
        assert_eq!(zone_name(&hi, Tz::America__Detroit), "न्यूयॉर्क का समय");
        assert_eq!(zone_name(&hi, Tz::UTC), "UTC");
    }

    #[test]
    fn one_clock_per_person_from_their_region_or_language() {
        assert_eq!(Clock::for_reader("en", Some(Tz::America__Chicago)), Clock::Twelve);
        assert_eq!(Clock::for_reader("en", Some(Tz::Asia__Kolkata)), Clock::Twelve);
        assert_eq!(Clock::for_reader("hi", Some(Tz::Asia__Calcutta)), Clock::Twelve);
        assert_eq!(Clock::for_reader("en", Some(Tz::Australia__Perth)), Clock::Twelve);
        assert_eq!(Clock::for_reader("en", Some(Tz::Europe__London)), Clock::TwentyFour);
        assert_eq!(Clock::for_reader("hi", Some(Tz::Europe__Berlin)), Clock::TwentyFour);
        assert_eq!(Clock::for_reader("en", None), Clock::TwentyFour);
        assert_eq!(Clock::for_reader("hi", None), Clock::Twelve);
        let seven = chrono::NaiveTime::from_hms_opt(19, 0, 0).unwrap_or_default();
        assert_eq!(
            (Clock::Twelve.time("en", seven), Clock::TwentyFour.time("en", seven)),
            ("7:00 pm".into(), "19:00".into())
        );
    }

    #[test]
    fn meet_times_read_as_people_speak_and_keep_the_half_hour() {
        // 2027-01-05 13:30 UTC: 19:00 in Kolkata, 08:30 in New York, 13:30 in London.
        let t = 1_799_155_800;
        let en = tr("en");
        let in_new_york = MeetTime::new(&en, t, Some(Tz::America__New_York), Tz::Asia__Calcutta);
        assert_eq!(in_new_york.main, "Tue, 5 Jan 2027, 8:30 am New York time");
        assert_eq!(in_new_york.circle.as_deref(), Some("7:00 pm India time for the circle"), "one clock style");
        let in_london = MeetTime::new(&en, t, Some(Tz::Europe__London), Tz::Asia__Kolkata);
        assert_eq!(in_london.main, "Tue, 5 Jan 2027, 13:30 London time");
        assert_eq!(in_london.circle.as_deref(), Some("19:00 India time for the circle"));
        assert!(!in_london.twelve_hour);
        let same = MeetTime::new(&en, t, Some(Tz::Europe__London), Tz::Europe__London);
        assert_eq!((same.main.as_str(), same.circle), ("Tue, 5 Jan 2027, 13:30 London time", None), "said once");
        let unknown = MeetTime::new(&en, t, None, Tz::Europe__London);
        assert!(!unknown.in_reader_zone && unknown.circle_zone == "Europe/London");
        assert_eq!(rfc3339(t), "2027-01-05T13:30:00Z");
    }

    #[test]
    fn hindi_readers_get_hindi_days_months_clock_and_digit_grouping() {
        // 2027-01-05 13:30 UTC: 19:00 in Kolkata.
        let t = 1_799_155_800;
        let hi = tr("hi");
        let meet = MeetTime::new(&hi, t, Some(Tz::Asia__Kolkata), Tz::Asia__Kolkata);
        assert!(meet.main.starts_with("मंगल, 5 जन॰ 2027, 7:00 pm"), "{}", meet.main);
        let in_berlin = MeetTime::new(&hi, t, Some(Tz::Europe__Berlin), Tz::Asia__Kolkata);
        assert!(in_berlin.main.starts_with("मंगल, 5 जन॰ 2027, 14:30"), "Berlin's clock: {}", in_berlin.main);
        let day = NaiveDate::from_ymd_opt(2027, 1, 5).unwrap_or_default();
        assert_eq!(date(&hi, day), "5 जनवरी, 2027");
        assert_eq!(weekday(&hi, day), "मंगलवार");
        assert_eq!(number(&hi, 100_000), "1,00,000", "Indian grouping");
        assert_eq!(number(&tr("en"), 100_000), "100,000");
        assert_eq!((date(&tr("en"), day), weekday(&tr("en"), day)), ("5 January 2027".into(), "Tuesday".into()));
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
