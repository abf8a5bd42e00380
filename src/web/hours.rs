//! Helpline hours as people read them: in their own time zone and clock
//! style ("Mon–Fri 6 pm – 2 am London time"), and whether the line is
//! open now or when it opens next.

use chrono::{DateTime, Duration, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;

use crate::domain::opening::{Days, Opening, Span, Zone};
use crate::i18n::{Tr, msg};
use crate::web::format::{Clock, zone_name};

/// The hours of a line for a reader in `reader` (or, when unknown, in the line's own time).
pub fn describe(tr: &Tr, opening: &Opening, reader: Option<Tz>, now: DateTime<Utc>) -> String {
    let Opening::Spans(spans) = opening else { return tr.get(msg("hours-always")) };
    let clock = Clock::for_reader(tr.lang(), reader);
    spans.iter().map(|span| span_text(tr, &span.seen_from(reader, now), clock)).collect::<Vec<_>>().join("; ")
}

/// "Open now", or when it opens next ("Closed now; opens tomorrow at 6 pm");
/// empty for a line that never closes, or when it cannot be told.
pub fn status(tr: &Tr, opening: &Opening, reader: Option<Tz>, now: DateTime<Utc>) -> String {
    let Opening::Spans(spans) = opening else { return String::new() };
    match opening.is_open(now, reader) {
        Some(true) => tr.get(msg("hours-open-now")),
        Some(false) => {
            // Said on the clock the hours are written in.
            let own = spans.iter().find_map(|s| match s.zone {
                Zone::Named(zone) => Some(zone),
                Zone::Callers => None,
            });
            let (Some(next), Some(zone)) = (opening.next_opening(now, reader), reader.or(own)) else {
                return String::new();
            };
            let clock = Clock::for_reader(tr.lang(), reader);
            let (today, then) = (now.with_timezone(&zone), next.with_timezone(&zone));
            let time = time_text(tr, then.time().signed_duration_since(NaiveTime::MIN).num_minutes(), clock);
            let days = (then.date_naive() - today.date_naive()).num_days();
            if days == 0 {
                tr.arg(msg("hours-opens-today"), "time", time)
            } else if days == 1 {
                tr.arg(msg("hours-opens-tomorrow"), "time", time)
            } else {
                use chrono::Datelike;
                tr.args(msg("hours-opens-day"), &[("day", day_name(tr, then.weekday()).into()), ("time", time.into())])
            }
        }
        None => String::new(),
    }
}

fn span_text(tr: &Tr, span: &Span, clock: Clock) -> String {
    let mut args = vec![
        ("days", days_text(tr, span.days).into()),
        ("from", time_text(tr, i64::from(span.from), clock).into()),
        ("to", time_text(tr, i64::from(span.to), clock).into()),
    ];
    match span.zone {
        Zone::Named(zone) => {
            args.push(("zone", zone_name(tr, zone).into()));
            tr.args(msg("hours-span"), &args)
        }
        Zone::Callers => tr.args(msg("hours-span-local"), &args),
    }
}

fn days_text(tr: &Tr, days: Days) -> String {
    if days == Days::EVERY {
        return tr.get(msg("hours-every-day"));
    }
    days.runs()
        .into_iter()
        .map(|(first, last)| {
            if first == last {
                day_name(tr, first)
            } else {
                tr.args(
                    msg("hours-days-run"),
                    &[("first", day_name(tr, first).into()), ("last", day_name(tr, last).into())],
                )
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn day_name(tr: &Tr, day: Weekday) -> String {
    tr.get(match day {
        Weekday::Mon => msg("hours-day-mon"),
        Weekday::Tue => msg("hours-day-tue"),
        Weekday::Wed => msg("hours-day-wed"),
        Weekday::Thu => msg("hours-day-thu"),
        Weekday::Fri => msg("hours-day-fri"),
        Weekday::Sat => msg("hours-day-sat"),
        Weekday::Sun => msg("hours-day-sun"),
    })
}

/// A time of day in minutes after midnight, in the reader's language and
/// clock (through ICU4X): "6 pm", "10:30 pm", "18:00", "midnight".
fn time_text(tr: &Tr, minutes: i64, clock: Clock) -> String {
    let minutes = minutes.rem_euclid(Duration::days(1).num_minutes());
    if minutes == 0 {
        return tr.get(msg("hours-midnight"));
    }
    let time = NaiveTime::MIN + Duration::minutes(minutes);
    clock.hours_time(tr.lang(), time)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr() -> Tr {
        crate::i18n::I18n::load().translator("en")
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    fn opening(json: &str) -> Opening {
        serde_json::from_str(json).unwrap()
    }

    fn pacific_weekdays() -> Opening {
        opening(r#"[{"days": "mon-fri", "from": "10:00", "to": "18:00", "zone": "America/Los_Angeles"}]"#)
    }

    #[test]
    fn hours_are_told_in_the_readers_time_and_clock() {
        let en = tr();
        let summer = utc("2027-07-02T12:00:00Z");
        let hours = |zone| describe(&en, &pacific_weekdays(), zone, summer);
        assert_eq!(hours(Some(Tz::Europe__London)), "Mon–Fri 18:00 – 02:00 London time");
        assert_eq!(hours(Some(Tz::America__New_York)), "Mon–Fri 1 pm – 9 pm New York time");
        assert_eq!(hours(Some(Tz::Asia__Kolkata)), "Mon–Fri 10:30 pm – 6:30 am India time");
        assert_eq!(hours(Some(Tz::Australia__Sydney)), "Tue–Sat 3 am – 11 am Sydney time");
        assert_eq!(
            hours(None),
            "Mon–Fri 10:00 – 18:00 Los Angeles time",
            "the line's own time when the reader's is unknown"
        );
        let qlife = opening(r#"[{"days": "daily", "from": "15:00", "to": "24:00", "zone": "local"}]"#);
        assert_eq!(
            describe(&en, &qlife, Some(Tz::Australia__Perth), summer),
            "every day 3 pm – midnight, your local time"
        );
        assert_eq!(describe(&en, &Opening::Always, None, summer), "any time, day or night");
    }

    #[test]
    fn open_now_or_when_it_opens() {
        let en = tr();
        let london = Some(Tz::Europe__London);
        // Friday 16:00 in Los Angeles.
        assert_eq!(status(&en, &pacific_weekdays(), london, utc("2027-07-02T23:00:00Z")), "Open now");
        // Friday 09:00 there, 17:00 in London: opens within the hour.
        assert_eq!(
            status(&en, &pacific_weekdays(), london, utc("2027-07-02T16:00:00Z")),
            "Closed now; opens today at 18:00"
        );
        // Saturday: opens on Monday evening in London.
        assert_eq!(
            status(&en, &pacific_weekdays(), london, utc("2027-07-03T12:00:00Z")),
            "Closed now; opens Mon at 18:00"
        );
        // Sunday in New York: tomorrow.
        let new_york = Some(Tz::America__New_York);
        assert_eq!(
            status(&en, &pacific_weekdays(), new_york, utc("2027-07-04T16:00:00Z")),
            "Closed now; opens tomorrow at 1 pm"
        );
        assert_eq!(
            status(&en, &Opening::Always, london, utc("2027-07-04T16:00:00Z")),
            "",
            "'any time' says it already"
        );
        let qlife = opening(r#"[{"days": "daily", "from": "15:00", "to": "24:00", "zone": "local"}]"#);
        assert_eq!(status(&en, &qlife, None, utc("2027-07-04T16:00:00Z")), "", "not without the caller's zone");
    }

    #[test]
    fn hindi_readers_get_hours_in_hindi_as_cldr_writes_the_clock() {
        let hi = crate::i18n::I18n::load().translator("hi");
        let summer = utc("2027-07-02T12:00:00Z");
        let in_india = describe(&hi, &pacific_weekdays(), Some(Tz::Asia__Kolkata), summer);
        assert_eq!(in_india, "सोम–शुक्र 10:30 pm – 6:30 am भारत का समय");
        let in_berlin = describe(&hi, &pacific_weekdays(), Some(Tz::Europe__Berlin), summer);
        assert_eq!(in_berlin, "सोम–शुक्र 19:00 – 03:00 बर्लिन का समय");
    }
}
