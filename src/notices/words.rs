//! What a notice says, in the reader's language and time zone. The same
//! words appear on "My meets" and in emails; only email subjects differ,
//! and they name the circle only when the person chose that.

use chrono_tz::Tz;

use crate::domain::circle::Format;
use crate::domain::notice::{Event, Kind};
use crate::i18n::{Tr, msg};
use crate::store::notices::{MailJob, StoredNotice};
use crate::web::format::MeetTime;

/// The meet's time for the reader ("Tue, 5 Jan 2027, 8:30 am London time").
fn meet_time(tr: &Tr, notice: &StoredNotice, zone: Option<Tz>) -> String {
    let circle_zone = notice.circle_zone.parse().unwrap_or(Tz::UTC);
    notice.meet_starts_at.map(|at| MeetTime::new(tr, at, zone, circle_zone).main).unwrap_or_default()
}

/// The notice in one sentence, naming the circle as `circle`.
pub fn sentence(tr: &Tr, notice: &StoredNotice, zone: Option<Tz>, circle: &str) -> String {
    let key = match notice.event {
        Event::DayBefore => msg("notice-day-before"),
        Event::HourBefore => msg("notice-hour-before"),
        Event::Cancelled => msg("notice-cancelled"),
        Event::Moved => msg("notice-moved"),
        Event::Paused => msg("notice-paused"),
        Event::Seat => msg("notice-seat"),
        Event::Announcement => msg("notice-announcement"),
        Event::SupportAsked => msg("notice-support-asked"),
        Event::Decision => msg("notice-decision"),
        Event::ReportActedOn => msg("notice-report-acted-on"),
        Event::ReportReviewed => msg("notice-report-reviewed"),
        Event::AppealWaiting => msg("notice-appeal-waiting"),
        Event::AppealAnswered => msg("notice-appeal-answered"),
        Event::CoverWanted => msg("notice-cover-wanted"),
        Event::CoverTaken => msg("notice-cover-taken"),
    };
    tr.args(
        key,
        &[
            ("circle", circle.to_string().into()),
            ("when", meet_time(tr, notice, zone).into()),
            ("who", notice.note.clone().into()),
        ],
    )
}

/// The organiser's own words, if the notice carries any (a support request
/// carries the asker's alias instead, said in its sentence).
pub fn own_words(notice: &StoredNotice) -> &str {
    match notice.event {
        Event::SupportAsked => "",
        _ => &notice.note,
    }
}

/// Where the notice leads: a support request to the coordinators' care
/// page, a decision to the account page where it is explained, an appeal
/// to the review page; else its meet, else its circle.
pub fn link(notice: &StoredNotice) -> String {
    match (notice.event, notice.meet_id) {
        // The place is taken over from the rota on "My meets".
        (Event::CoverWanted, _) => "/meets#rota".into(),
        (Event::SupportAsked, _) => "/admin/care".into(),
        (Event::Decision | Event::AppealAnswered, _) => "/account#decisions".into(),
        (Event::AppealWaiting, _) => "/admin/moderation".into(),
        (_, Some(meet)) => format!("/meets/{meet}"),
        (_, None) => format!("/circles/{}", notice.circle_slug),
    }
}

/// The name people choose by ("Reminders").
pub fn kind_name(tr: &Tr, kind: Kind) -> String {
    tr.get(match kind {
        Kind::Reminder => msg("notices-kind-reminder"),
        Kind::Change => msg("notices-kind-change"),
        Kind::Waitlist => msg("notices-kind-waitlist"),
        Kind::Announcement => msg("notices-kind-announcement"),
        Kind::Care => msg("notices-kind-care"),
        Kind::Moderation => msg("notices-kind-moderation"),
    })
}

/// An email's subject: plain, and without the circle's name unless the
/// person chose it (a survivors' circle must not show in a shared inbox).
pub fn subject(tr: &Tr, job: &MailJob) -> String {
    let (discreet, named) = match job.notice.event.kind() {
        Kind::Reminder => (msg("notice-subject-reminder"), msg("notice-subject-reminder-named")),
        Kind::Change => (msg("notice-subject-change"), msg("notice-subject-change-named")),
        Kind::Waitlist => (msg("notice-subject-waitlist"), msg("notice-subject-waitlist-named")),
        Kind::Announcement => (msg("notice-subject-announcement"), msg("notice-subject-announcement-named")),
        Kind::Care => (msg("notice-subject-care"), msg("notice-subject-care")),
        Kind::Moderation => (msg("notice-subject-moderation"), msg("notice-subject-moderation-named")),
    };
    if job.names_circle { tr.arg(named, "circle", job.notice.circle_name.clone()) } else { tr.get(discreet) }
}

/// An email's plain-text body: the sentence, the organiser's own words,
/// for a reminder the way in (room link or address), and how to stop. It
/// says "your circle" unless the person chose to see its name: an inbox
/// preview shows the start of the body too.
pub fn body(tr: &Tr, job: &MailJob, zone: Option<Tz>, base_url: &str, unsubscribe: &str) -> String {
    let notice = &job.notice;
    let circle = if job.names_circle { notice.circle_name.clone() } else { tr.get(msg("notice-your-circle")) };
    let mut lines = vec![sentence(tr, notice, zone, &circle)];
    if !own_words(notice).is_empty() {
        lines.push(String::new());
        lines.push(tr.arg(msg("notice-email-note"), "note", own_words(notice).to_string()));
    }
    if let (Kind::Reminder, Some(meet)) = (notice.event.kind(), notice.meet_id) {
        lines.push(String::new());
        if job.format != Format::InPerson {
            lines.push(tr.arg(msg("notice-email-room"), "link", format!("{base_url}/meets/{meet}/room")));
        }
        if job.format.has_place() && !job.address.is_empty() {
            lines.push(tr.arg(msg("notice-email-address"), "address", job.address.clone()));
        }
    }
    lines.push(String::new());
    lines.push(tr.arg(msg("notice-email-more"), "link", format!("{base_url}{}", link(notice))));
    lines.push(String::new());
    lines.push("-- ".into());
    lines.push(tr.args(
        msg("notice-email-why"),
        &[("kind", kind_name(tr, notice.event.kind()).into()), ("link", format!("{base_url}/account#notices").into())],
    ));
    lines.push(tr.arg(msg("notice-email-stop"), "link", unsubscribe.to_string()));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;

    fn job(event: Event, names_circle: bool, format: Format) -> MailJob {
        MailJob {
            notice: StoredNotice {
                id: 1,
                event,
                circle_slug: "after-loss".into(),
                circle_name: "After loss".into(),
                circle_zone: "Europe/London".into(),
                meet_id: Some(7),
                meet_starts_at: Some(1_800_000_000),
                note: String::new(),
                created_at: 0,
                unread: true,
            },
            member_id: 3,
            email: Some("sam@example.org".into()),
            language: "en".into(),
            time_zone: None,
            wants_email: true,
            names_circle,
            format,
            address: "12 Hope Street".into(),
        }
    }

    #[test]
    fn subjects_name_the_circle_only_when_the_person_chose_it() {
        let tr = I18n::load().translator("en");
        for event in [Event::DayBefore, Event::Cancelled, Event::Seat, Event::Announcement] {
            assert!(!subject(&tr, &job(event, false, Format::Online)).contains("After loss"));
            assert!(subject(&tr, &job(event, true, Format::Online)).contains("After loss"));
        }
    }

    #[test]
    fn reminders_give_the_room_link_online_and_the_address_in_person() {
        let tr = I18n::load().translator("en");
        let online = body(&tr, &job(Event::HourBefore, false, Format::Online), None, "https://x.org", "U");
        assert!(online.contains("https://x.org/meets/7/room"), "{online}");
        assert!(!online.contains("Hope Street"));
        let in_person = body(&tr, &job(Event::DayBefore, false, Format::InPerson), None, "https://x.org", "U");
        assert!(in_person.contains("12 Hope Street"), "{in_person}");
        assert!(!in_person.contains("/room"));
        let change = body(&tr, &job(Event::Cancelled, false, Format::InPerson), None, "https://x.org", "U");
        assert!(!change.contains("Hope Street"), "only reminders carry the way in");
    }

    #[test]
    fn bodies_name_the_circle_only_when_the_person_chose_it() {
        let tr = I18n::load().translator("en");
        for event in
            [Event::HourBefore, Event::Cancelled, Event::Moved, Event::Paused, Event::Seat, Event::Announcement]
        {
            let discreet = body(&tr, &job(event, false, Format::Online), None, "https://x.org", "U");
            assert!(!discreet.contains("After loss") && discreet.contains("your circle"), "{discreet}");
            let named = body(&tr, &job(event, true, Format::Online), None, "https://x.org", "U");
            assert!(named.contains("After loss"), "{named}");
        }
    }
}
