//! Circles and meets over HTTP: schedules, RSVPs, the waitlist, joining a
//! circle once, agreements, calendars, drop-ins, and the rules that must
//! hold under concurrency and crashes.

use std::collections::HashSet;

use chrono::{Datelike, Duration, Utc};
use chrono_tz::Tz;
use holdspace::domain::circle::{Circle, Format, Status};
use holdspace::domain::member::Roles;
use holdspace::domain::room::MoodNumbers;
use holdspace::domain::schedule::{End, Repeat, Series};
use holdspace::services::schedule;
use reqwest::StatusCode;

use crate::helpers::{
    Backend, Client, TestApp, TestDb, facilitate, member, spawn_app, spawn_demo_app, start_on, store_for, test_config,
};
use crate::on_both_databases;

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };
const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };

pub(crate) fn circle(slug: &str, capacity: i64) -> Circle {
    Circle {
        id: 0,
        slug: slug.into(),
        name: format!("Circle {slug}"),
        summary: "A test circle".into(),
        description: "We meet.".into(),
        how_it_works: String::new(),
        topics: vec!["grief".into()],
        audience: vec![],
        eligibility: String::new(),
        age_min: None,
        age_max: None,
        languages: vec!["en".into()],
        format: Format::InPerson,
        city: "London".into(),
        area: "Camden".into(),
        address: "45 Queen's Crescent".into(),
        address_after_rsvp: true,
        country: "GB".into(),
        time_zone: Tz::Europe__London,
        capacity,
        listed: true,
        facilitated: false,
        drop_in: false,
        status: Status::Active,
        agreements: vec!["Be gentle".into()],
        agreements_version: 1,
        advice_nudge: true,
        mood_numbers: MoodNumbers::Facilitators,
        call: Default::default(),
        venue: Default::default(),
    }
}

/// A listed circle, with a facilitator, and weekly meets starting tomorrow;
/// returns its id and meet ids.
pub(crate) async fn weekly_circle(app: &TestApp, slug: &str, capacity: i64, count: u32) -> (i64, Vec<i64>) {
    let id = app.store.create_circle(&circle(slug, capacity), holdspace::services::now()).await.unwrap();
    facilitate(&app.store, id, &format!("Keeper {slug}")).await;
    let first =
        (Utc::now() + Duration::days(1)).with_timezone(&Tz::Europe__London).date_naive().and_hms_opt(19, 0, 0).unwrap();
    let series = Series::new(Tz::Europe__London, first, Repeat::Weekly, End::AfterCount(count), 60).unwrap();
    schedule::add_series(&app.store, id, &series, Utc::now()).await.unwrap();
    let meets = app
        .store
        .upcoming_meets(id, holdspace::services::now(), 100)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.meet.id)
        .collect();
    (id, meets)
}

pub(crate) async fn accept(app: &TestApp, member: i64, circle: i64) {
    let org = app.store.org_settings().await.unwrap().agreements_version;
    app.store.accept_agreements(member, circle, (org, 1), holdspace::services::now()).await.unwrap();
}

async fn counts(app: &TestApp, meet: i64) -> (i64, i64) {
    let m = app.store.meet(meet).await.unwrap().unwrap();
    (m.going, m.waitlisted)
}

async fn rsvp_asks_for_the_agreements_first_then_holds_a_seat(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, meets) = weekly_circle(&app, "grief", 10, 3).await;
    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    sam.get("/circles/grief").await;
    let asked = sam.post(&format!("/meets/{}/rsvp", meets[0]), &[("back", "/circles/grief")]).await;
    assert_eq!(asked.location(), format!("/circles/grief/agreements?then=rsvp&meet={}", meets[0]));
    let form = sam.get(asked.location()).await;
    assert!(form.body.contains("Be gentle") && form.body.contains("I agree"));
    let done = sam
        .post("/circles/grief/agreements", &[("agree", "yes"), ("then", "rsvp"), ("meet", &meets[0].to_string())])
        .await;
    assert!(done.location().starts_with("/circles/grief?done=rsvp-going"), "{}", done.location());
    assert_eq!(counts(&app, meets[0]).await, (1, 0));
    let page = sam.get("/circles/grief").await;
    assert!(page.body.contains("You have a seat"));
    assert!(page.body.contains("45 Queen"), "the address shows once you are coming");
    assert!(!app.client().get("/circles/grief").await.body.contains("45 Queen"), "but not to visitors");
    app.stop().await;
}

async fn rsvp_and_cancel_are_idempotent(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "grief", 10, 1).await;
    let (sam, id) = member(&app, "Sam", Roles::default()).await;
    accept(&app, id, circle).await;
    sam.get("/circles/grief").await;
    for _ in 0..3 {
        sam.post(&format!("/meets/{}/rsvp", meets[0]), &[]).await;
    }
    assert_eq!(counts(&app, meets[0]).await, (1, 0), "a double click does not book twice");
    for _ in 0..2 {
        sam.post(&format!("/meets/{}/cancel-rsvp", meets[0]), &[]).await;
    }
    assert_eq!(counts(&app, meets[0]).await, (0, 0));
    app.stop().await;
}

async fn a_full_meet_waitlists_and_promotes_when_a_seat_frees(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "small", 2, 1).await;
    let meet = meets[0];
    let mut people = Vec::new();
    for alias in ["Ana", "Ben", "Cy", "Di"] {
        let (client, id) = member(&app, alias, Roles::default()).await;
        accept(&app, id, circle).await;
        client.get("/circles/small").await;
        let page = client.post(&format!("/meets/{meet}/rsvp"), &[]).await;
        people.push((client, id, page.location().to_string()));
    }
    assert!(people[0].2.contains("rsvp-going") && people[1].2.contains("rsvp-going"));
    assert!(people[2].2.contains("rsvp-waitlisted") && people[3].2.contains("rsvp-waitlisted"));
    assert_eq!(counts(&app, meet).await, (2, 2));
    let cy_page = people[2].0.get(&format!("/meets/{meet}")).await;
    assert!(cy_page.body.contains("You are on the waitlist"));

    people[0].0.post(&format!("/meets/{meet}/cancel-rsvp"), &[]).await;
    assert_eq!(counts(&app, meet).await, (2, 1));
    let cy_meets = people[2].0.get("/meets").await;
    assert!(cy_meets.body.contains("You have a seat"), "the first person waiting got the seat");
    let di_meets = people[3].0.get("/meets").await;
    assert!(di_meets.body.contains("You are on the waitlist"));
    app.stop().await;
}

async fn people_waiting_see_their_place_in_line(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "tiny", 1, 1).await;
    let meet = meets[0];
    let mut people = Vec::new();
    for alias in ["Ana", "Ben", "Cy"] {
        let (client, id) = member(&app, alias, Roles::default()).await;
        accept(&app, id, circle).await;
        client.get("/circles/tiny").await;
        client.post(&format!("/meets/{meet}/rsvp"), &[]).await;
        people.push(client);
    }
    let [ana, ben, cy] = &people[..] else { unreachable!() };
    assert!(ben.get(&format!("/meets/{meet}")).await.body.contains("You are next for a seat."));
    assert!(cy.get(&format!("/meets/{meet}")).await.body.contains("You are number 2 in line for a seat."));
    assert!(cy.get("/meets").await.body.contains("You are number 2 in line for a seat."), "on My meets too");
    assert!(!ana.get(&format!("/meets/{meet}")).await.body.contains("in line"), "a seat has no place in line");

    ana.post(&format!("/meets/{meet}/cancel-rsvp"), &[]).await;
    assert!(ben.get("/meets").await.body.contains("You have a seat"), "Ben moved up");
    assert!(cy.get("/meets").await.body.contains("You are next for a seat."), "and Cy with him");
    app.stop().await;
}

async fn a_person_moved_up_from_the_waitlist_is_told_once_on_my_meets(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "last-seat", 1, 1).await;
    let meet = meets[0];
    let mut people = Vec::new();
    for alias in ["Ana", "Ben"] {
        let (client, id) = member(&app, alias, Roles::default()).await;
        accept(&app, id, circle).await;
        client.get("/circles/last-seat").await;
        client.post(&format!("/meets/{meet}/rsvp"), &[]).await;
        people.push(client);
    }
    let [ana, ben] = &people[..] else { unreachable!() };
    assert!(!ben.get("/meets").await.body.contains("Good news"), "nothing to tell while waiting");

    ana.post(&format!("/meets/{meet}/cancel-rsvp"), &[]).await;
    let told = ben.get("/meets").await.body;
    assert!(told.contains("Good news: a seat opened at Circle last-seat on "), "{told}");
    assert!(told.contains("London time, and it is yours now."), "{told}");
    assert!(told.contains(&format!("href=\"/meets/{meet}\"")));
    assert!(told.contains("New for you"), "{told}");
    let again = ben.get("/meets").await.body;
    assert!(!again.contains("New for you") && !again.contains("unread-count"), "new once, then among earlier notices");
    assert!(!ana.get("/meets").await.body.contains("Good news"), "only the person moved up is told");
    app.stop().await;
}

async fn joining_once_holds_a_seat_at_every_meet_and_not_this_time_frees_one(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "weekly", 1, 4).await;
    let (ana, ana_id) = member(&app, "Ana", Roles::default()).await;
    accept(&app, ana_id, circle).await;
    ana.get("/circles/weekly").await;
    let joined = ana.post("/circles/weekly/join", &[]).await;
    assert_eq!(joined.location(), "/circles/weekly?done=joined");
    for meet in &meets {
        assert_eq!(counts(&app, *meet).await, (1, 0));
    }
    let again = ana.post("/circles/weekly/join", &[]).await;
    assert_eq!(again.location(), "/circles/weekly?done=already-joined", "joining twice changes nothing");

    let (ben, ben_id) = member(&app, "Ben", Roles::default()).await;
    accept(&app, ben_id, circle).await;
    ben.get("/circles/weekly").await;
    ben.post(&format!("/meets/{}/rsvp", meets[1]), &[]).await;
    assert_eq!(counts(&app, meets[1]).await, (1, 1), "Ben waits behind Ana's standing seat");

    let page = ana.get("/circles/weekly").await;
    assert!(page.body.contains("Not this time"));
    ana.post(&format!("/meets/{}/cancel-rsvp", meets[1]), &[]).await;
    assert_eq!(app.store.rsvp_of(meets[1], ben_id).await.unwrap().unwrap().0.as_str(), "going", "Ben got Ana's seat");
    assert_eq!(counts(&app, meets[2]).await, (1, 0), "Ana keeps her seat at the other meets");

    // Meets created later come with Ana's seat.
    let first = (Utc::now() + Duration::days(60))
        .with_timezone(&Tz::Europe__London)
        .date_naive()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    let extra = Series::new(Tz::Europe__London, first, Repeat::Once, End::Never, 60).unwrap();
    schedule::add_series(&app.store, circle, &extra, Utc::now()).await.unwrap();
    let later =
        app.store.upcoming_meets(circle, holdspace::services::now(), 100).await.unwrap().last().unwrap().meet.id;
    assert_eq!(
        app.store.rsvp_of(later, ana_id).await.unwrap().map(|(s, standing)| (s.as_str(), standing)),
        Some(("going", true))
    );

    ana.post("/circles/weekly/leave", &[]).await;
    assert_eq!(counts(&app, meets[3]).await, (0, 0), "leaving gives every seat back");
    app.stop().await;
}

async fn new_agreement_versions_ask_again(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "grief", 10, 2).await;
    let (sam, id) = member(&app, "Sam", Roles::default()).await;
    accept(&app, id, circle).await;
    sam.get("/circles/grief").await;
    assert!(sam.post(&format!("/meets/{}/rsvp", meets[0]), &[]).await.location().contains("rsvp-going"));
    let mut changed = app.store.circle_by_id(circle).await.unwrap().unwrap();
    changed.agreements.push("No photos".into());
    app.store.update_circle(&changed, holdspace::services::now()).await.unwrap();
    let asked = sam.post(&format!("/meets/{}/rsvp", meets[1]), &[]).await;
    assert!(asked.location().contains("/agreements?then=rsvp"), "a new version asks again");
    assert!(sam.get(asked.location()).await.body.contains("have changed"));
    app.stop().await;
}

/// Fifty people race for the last ten seats over real HTTP.
async fn fifty_people_racing_for_ten_seats_never_overbook(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "popular", 10, 1).await;
    let meet = meets[0];
    let mut clients = Vec::new();
    for i in 0..50 {
        let (client, id) = member(&app, &format!("Racer {i}"), Roles::default()).await;
        accept(&app, id, circle).await;
        client.get("/circles/popular").await;
        clients.push(client);
    }
    let rsvp_path = format!("/meets/{meet}/rsvp");
    let cancel_path = format!("/meets/{meet}/cancel-rsvp");
    let answers = futures_join(clients.iter().map(|c| c.post(&rsvp_path, &[]))).await;
    let going = answers.iter().filter(|p| p.location().contains("rsvp-going")).count();
    let waiting = answers.iter().filter(|p| p.location().contains("rsvp-waitlisted")).count();
    assert_eq!((going, waiting), (10, 40), "every answer is a seat or a waitlist place");
    assert_eq!(counts(&app, meet).await, (10, 40));

    // Five with seats cancel while five more people RSVP, all at once.
    let seated: Vec<&Client> = clients
        .iter()
        .zip(&answers)
        .filter(|(_, p)| p.location().contains("rsvp-going"))
        .map(|(c, _)| c)
        .take(5)
        .collect();
    let mut late = Vec::new();
    for i in 0..5 {
        let (client, id) = member(&app, &format!("Late {i}"), Roles::default()).await;
        accept(&app, id, circle).await;
        client.get("/circles/popular").await;
        late.push(client);
    }
    let cancels = seated.iter().map(|c| c.post(&cancel_path, &[]));
    let joins = late.iter().map(|c| c.post(&rsvp_path, &[]));
    futures_join(cancels.chain(joins)).await;
    let (going, waiting) = counts(&app, meet).await;
    assert_eq!(going, 10, "freed seats went to people waiting, never beyond capacity");
    assert_eq!(waiting, 40, "40 waiting - 5 promoted + 5 new");
    app.stop().await;
}

/// Runs the futures concurrently (the server sees them at the same time).
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    futures_util::future::join_all(futures).await
}

async fn facilitators_see_counts_and_cancel_with_a_message(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "grief", 10, 2).await;
    let (ruth, ruth_id) = member(&app, "Ruth", FACILITATOR).await;
    app.store.add_facilitator(circle, ruth_id).await.unwrap();
    let (sam, sam_id) = member(&app, "Sam", Roles::default()).await;
    accept(&app, sam_id, circle).await;
    sam.get("/circles/grief").await;
    sam.post(&format!("/meets/{}/rsvp", meets[0]), &[]).await;

    let page = ruth.get("/facilitate").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("1 coming") && page.body.contains("9 seats left"));
    let api = ruth.get(&format!("/api/v1/meets/{}", meets[0])).await;
    assert!(api.body.contains("\"alias\":\"Sam\""), "facilitators see who is coming");
    let visitor = app.client().get(&format!("/api/v1/meets/{}", meets[0])).await;
    assert!(!visitor.body.contains("Sam") && visitor.body.contains("\"going\":1"), "others see counts only");
    assert!(!sam.get(&format!("/api/v1/meets/{}", meets[0])).await.body.contains("attendees"));

    let (other, _) = member(&app, "Other", FACILITATOR).await;
    other.get("/facilitate").await;
    let refused = other.post(&format!("/meets/{}/cancel", meets[0]), &[("note", "no")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "only this circle's facilitators");

    ruth.get("/facilitate").await;
    let cancelled = ruth
        .post(
            &format!("/meets/{}/cancel", meets[0]),
            &[("note", "I am unwell; see you next week."), ("back", "/facilitate")],
        )
        .await;
    assert_eq!(cancelled.location(), "/facilitate?done=meet-cancelled");
    let mine = sam.get("/meets").await;
    assert!(mine.body.contains("Cancelled.") && mine.body.contains("I am unwell; see you next week."));
    let rsvp = sam.post(&format!("/meets/{}/rsvp", meets[0]), &[]).await;
    assert!(rsvp.location().contains("rsvp-closed"));
    app.stop().await;
}

async fn coordinators_create_circles_and_schedule_meets_through_the_forms(backend: Backend) {
    let app = spawn_app(backend).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    meera.get("/admin/circles/new").await;
    let missing = meera.post("/admin/circles", &[("name", ""), ("slug", "Bad Slug")]).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = [
        ("name", "Carers' tea"),
        ("slug", "carers-tea"),
        ("summary", "For carers"),
        ("description", "Tea and talk."),
        ("topics", "caregiving, dementia"),
        ("audience", "caregivers"),
        ("languages", "en"),
        ("languages", "hi"),
        ("format", "hybrid"),
        ("city", "Kolkata"),
        ("area", "Salt Lake"),
        ("address", "1 Main Road"),
        ("address_after_rsvp", "yes"),
        ("country", "IN"),
        ("time_zone", "Asia/Kolkata"),
        ("capacity", "8"),
        ("status", "active"),
        ("listed", "yes"),
        ("drop_in", "yes"),
        ("mood_numbers", "everyone"),
        ("agreements", "Tea first"),
    ];
    let created = meera.post("/admin/circles", &fields).await;
    assert_eq!(created.location(), "/admin/circles/carers-tea?done=circle-saved");
    let saved = app.store.circle_by_slug("carers-tea").await.unwrap().unwrap();
    assert_eq!((saved.format, saved.capacity, saved.languages.len(), saved.drop_in), (Format::Hybrid, 8, 2, true));
    assert_eq!(saved.mood_numbers, MoodNumbers::Everyone, "the coordinator's choice is kept");

    // The second Tuesday of next month at 19:00, four times: the first is at
    // most 45 days away and the fourth about three months later, inside the
    // 26-week horizon whatever today's date (a sixth can fall beyond it).
    let mut day = (Utc::now() + Duration::days(32)).date_naive().with_day(1).unwrap();
    let mut tuesdays = 0;
    loop {
        if day.weekday() == chrono::Weekday::Tue {
            tuesdays += 1;
            if tuesdays == 2 {
                break;
            }
        }
        day += Duration::days(1);
    }
    meera.get("/admin/circles/carers-tea").await;
    let scheduled = meera
        .post(
            "/admin/circles/carers-tea/series",
            &[
                ("date", &day.to_string()),
                ("time", "19:00"),
                ("duration", "90"),
                ("repeat", "monthly"),
                ("month_week", "2"),
                ("end", "count"),
                ("count", "4"),
            ],
        )
        .await;
    assert_eq!(scheduled.location(), "/admin/circles/carers-tea?done=meets-scheduled#schedule");
    let meets = app.store.upcoming_meets(saved.id, holdspace::services::now(), 100).await.unwrap();
    assert_eq!(meets.len(), 4);
    for m in &meets {
        let local = chrono::DateTime::from_timestamp(m.meet.starts_at, 0).unwrap().with_timezone(&Tz::Asia__Kolkata);
        assert_eq!((local.weekday(), local.format("%H:%M").to_string()), (chrono::Weekday::Tue, "19:00".into()));
        assert!((8..=14).contains(&local.day()), "the second Tuesday");
    }
    let page = meera.get("/admin/circles/carers-tea").await;
    assert!(page.body.contains("The second Tuesday of each month at 19:00"));

    // Move one meet to another time and cancel another.
    let target = (Utc::now() + Duration::days(400)).with_timezone(&Tz::Asia__Kolkata).date_naive();
    meera
        .post(
            &format!("/meets/{}/move", meets[0].meet.id),
            &[("date", &target.to_string()), ("time", "18:30"), ("note", "Moved for Diwali")],
        )
        .await;
    let moved = app.store.meet(meets[0].meet.id).await.unwrap().unwrap().meet;
    assert!(moved.moved && moved.sequence == 1);
    assert_eq!(
        chrono::DateTime::from_timestamp(moved.starts_at, 0)
            .unwrap()
            .with_timezone(&Tz::Asia__Kolkata)
            .format("%H:%M")
            .to_string(),
        "18:30"
    );
    let refused = meera
        .post(
            "/admin/circles/carers-tea/series",
            &[("date", "2020-01-01"), ("time", "19:00"), ("duration", "60"), ("repeat", "once"), ("end", "never")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(meera.get("/admin/audit").await.body.contains("Scheduled meets"));

    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    assert_eq!(sam.get("/admin/circles").await.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

async fn unlisted_and_archived_circles_keep_to_their_rules(backend: Backend) {
    // The directory is built when the server starts (and refreshed every few
    // seconds), so these circles exist before it starts.
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let seed = TestApp::seeding(store.clone());
    weekly_circle(&seed, "open", 10, 2).await;
    let (hidden, _) = weekly_circle(&seed, "hidden", 10, 2).await;
    let (done, _) = weekly_circle(&seed, "finished", 10, 2).await;
    for (id, change) in [(hidden, "unlist"), (done, "archive")] {
        let mut c = store.circle_by_id(id).await.unwrap().unwrap();
        if change == "unlist" {
            c.listed = false
        } else {
            c.status = Status::Archived
        }
        store.update_circle(&c, holdspace::services::now()).await.unwrap();
    }
    let app = start_on(db, store, test_config()).await;
    let browser = app.client();
    let directory = browser.get("/circles").await;
    assert!(
        directory.body.contains("/circles/open")
            && !directory.body.contains("/circles/hidden")
            && !directory.body.contains("/circles/finished")
    );
    let api = browser.get("/api/v1/circles").await;
    assert!(api.body.contains("\"open\"") && !api.body.contains("hidden") && !api.body.contains("finished"));
    assert_eq!(browser.get("/circles/hidden").await.status, StatusCode::OK, "reachable by link");
    let archived = browser.get("/circles/finished").await;
    assert!(archived.body.contains("has finished") && !archived.body.contains("class=\"meets\""));
    let api = browser.get("/api/v1/circles/finished").await;
    assert!(api.body.contains("\"meets\":[]"));
    let calendar = browser.get("/circles/finished/calendar.ics").await;
    assert!(!calendar.body.contains("BEGIN:VEVENT"));
    app.stop().await;
}

async fn calendars_are_valid_rfc_5545(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, meets) = weekly_circle(&app, "grief", 10, 3).await;
    app.store.cancel_meet(meets[1], "Holiday").await.unwrap();
    let browser = app.client();
    let feed = browser.get("/circles/grief/calendar.ics").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.headers["content-type"].to_str().unwrap().starts_with("text/calendar"));
    let text = &feed.body;
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.lines().all(|l| l.len() <= 76), "folded at 75 octets");
    let parsed: icalendar::Calendar = text.parse().expect("a parser reads it");
    let events: Vec<_> = parsed.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(events.len(), 3);
    use icalendar::Component;
    let uids: HashSet<_> = events.iter().map(|e| e.get_uid().unwrap().to_string()).collect();
    assert_eq!(uids.len(), 3, "one stable UID per meet");
    assert_eq!(text.matches("STATUS:CANCELLED").count(), 1);
    assert_eq!(text.matches("BEGIN:VALARM").count(), 2, "a reminder on every meet that happens");
    assert_eq!(browser.get("/circles/grief/calendar.ics").await.body.matches("UID:").count(), 3);
    let again: Vec<String> = browser
        .get("/circles/grief/calendar.ics")
        .await
        .body
        .lines()
        .filter(|l| l.starts_with("UID:"))
        .map(String::from)
        .collect();
    let first: Vec<String> = text.lines().filter(|l| l.starts_with("UID:")).map(String::from).collect();
    assert_eq!(again, first, "UIDs stay the same between downloads");
    let one = browser.get(&format!("/meets/{}/calendar.ics", meets[0])).await;
    assert_eq!(one.body.matches("BEGIN:VEVENT").count(), 1);
    app.stop().await;
}

/// A calendar shared with a partner, or a phone's lock screen, never shows
/// which circle someone goes to when they ask for a discreet title.
async fn discreet_calendars_never_name_the_circle(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "survivors", 10, 2).await;
    app.store.cancel_meet(meets[1], "Facilitator away").await.unwrap();
    let browser = app.client();
    let page = browser.get("/circles/survivors").await;
    assert!(page.body.contains("href=\"/circles/survivors/calendar.ics?discreet=1\""), "offered on the circle page");
    assert!(page.body.contains("never the circle&#39;s name"), "with a one-line explanation");
    let meet_page = browser.get(&format!("/meets/{}", meets[0])).await;
    assert!(meet_page.body.contains(&format!("/meets/{}/calendar.ics?discreet=1", meets[0])), "and on the meet page");

    let plain = browser.get("/circles/survivors/calendar.ics").await;
    assert!(plain.body.contains("Circle survivors"), "the usual file names the circle");
    let mut c = app.store.circle_by_id(circle).await.unwrap().unwrap();
    c.listed = false;
    app.store.update_circle(&c, holdspace::services::now()).await.unwrap();
    for path in [
        "/circles/survivors/calendar.ics?discreet=1".to_string(),
        format!("/meets/{}/calendar.ics?circle=survivors&discreet=1", meets[0]),
    ] {
        let file = browser.get(&path).await;
        assert_eq!(file.status, StatusCode::OK, "{path}");
        let unfolded = file.body.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Holdspace meet\r\n"), "{path}: {unfolded}");
        assert!(!unfolded.to_lowercase().contains("survivors"), "{path}: nothing names the circle: {unfolded}");
        assert!(!unfolded.contains("A test circle") && !unfolded.contains("Facilitator away"), "no description");
        let disposition = file.headers["content-disposition"].to_str().unwrap();
        assert!(!disposition.contains("survivors"), "nor the file's name: {disposition}");
        let parsed: icalendar::Calendar = unfolded.parse().expect("still a valid calendar");
        assert!(parsed.components.iter().any(|c| c.as_event().is_some()));
    }
    app.stop().await;
}

async fn guests_drop_in_with_just_an_alias(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "tea", 10, 1).await;
    let guest = app.client();
    assert_eq!(
        guest.get(&format!("/meets/{}/drop-in", meets[0])).await.status,
        StatusCode::NOT_FOUND,
        "not a drop-in circle"
    );
    let mut c = app.store.circle_by_id(circle).await.unwrap().unwrap();
    c.drop_in = true;
    app.store.update_circle(&c, holdspace::services::now()).await.unwrap();
    let form = guest.get(&format!("/meets/{}/drop-in", meets[0])).await;
    assert_eq!(form.status, StatusCode::OK);
    let no_agree = guest.post(&format!("/meets/{}/drop-in", meets[0]), &[("alias", "Quiet Fox")]).await;
    assert_eq!(no_agree.status, StatusCode::UNPROCESSABLE_ENTITY);
    let members_before = app.store.member_count().await.unwrap();
    let ok = guest.post(&format!("/meets/{}/drop-in", meets[0]), &[("alias", "Quiet Fox"), ("agree", "yes")]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert!(
        ok.set_cookies().iter().any(|c| c.starts_with(&format!("hs_guest_{}=", meets[0])) && c.contains("HttpOnly"))
    );
    assert!(guest.get(&format!("/meets/{}", meets[0])).await.body.contains("You are dropping in as Quiet Fox"));
    assert_eq!(app.store.member_count().await.unwrap(), members_before, "nothing about a guest is stored");
    app.stop().await;
}

/// The fewest steps for a guest: the circle's or the meet's "Enter the live
/// room" leads to the drop-in form, and the form straight into the room.
async fn a_guest_goes_from_a_live_meet_straight_into_its_room(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = crate::rooms::circle_with_meet(&app, "tea", true).await;
    let (facilitator, _) = crate::rooms::person(&app, circle, meet, "Nadia", FACILITATOR).await;
    crate::rooms::open_room(&facilitator, meet).await;
    let form_link = format!("href=\"/meets/{meet}/drop-in\"");

    let guest = app.client();
    let circle_page = guest.get("/circles/tea").await;
    assert!(circle_page.body.contains(&form_link) && circle_page.body.contains("Enter the live room"));
    let meet_page = guest.get(&format!("/meets/{meet}")).await;
    assert!(meet_page.body.contains(&format!("class=\"button\" {form_link}")), "{}", meet_page.body);
    assert!(!meet_page.body.contains(&format!("href=\"/meets/{meet}/room\"")), "not a door that refuses them");
    guest.get(&format!("/meets/{meet}/drop-in")).await;
    let passed = guest.post(&format!("/meets/{meet}/drop-in"), &[("alias", "Quiet Fox"), ("agree", "yes")]).await;
    assert_eq!(passed.location(), format!("/meets/{meet}/room"), "straight into the open room");
    let room = guest.get(passed.location()).await;
    assert_eq!(room.status, StatusCode::OK);
    assert!(room.body.contains("data-meet"), "the live room itself: {}", room.body);

    // An unlisted circle's link carries ?circle= through the form.
    let mut c = app.store.circle_by_id(circle).await.unwrap().unwrap();
    c.listed = false;
    app.store.update_circle(&c, holdspace::services::now()).await.unwrap();
    let invited = app.client();
    let page = invited.get(&format!("/meets/{meet}?circle=tea")).await;
    assert!(page.body.contains(&format!("href=\"/meets/{meet}/drop-in?circle=tea\"")), "{}", page.body);
    invited.get(&format!("/meets/{meet}/drop-in?circle=tea")).await;
    let passed =
        invited.post(&format!("/meets/{meet}/drop-in?circle=tea"), &[("alias", "Calm Owl"), ("agree", "yes")]).await;
    assert_eq!(passed.location(), format!("/meets/{meet}/room"));
    app.stop().await;
}

async fn meet_times_show_in_the_readers_zone_with_the_circles_alongside(backend: Backend) {
    let app = spawn_app(backend).await;
    weekly_circle(&app, "london", 10, 1).await;
    let browser = app.client();
    let page = browser.get("/circles/london?tz=Asia%2FCalcutta").await;
    assert!(
        page.body.contains("am India time</time>") || page.body.contains("pm India time</time>"),
        "in the reader's zone, on India's clock: {}",
        page.body
    );
    assert_eq!(page.body.matches(">India time</option>").count(), 1, "one India, whatever its zone's old name");
    assert!(page.body.contains("7:00 pm London time for the circle"), "one clock style: {}", page.body);
    assert!(!page.body.contains("Asia/Calcutta<") && !page.body.contains("IST"), "no zone codes: {}", page.body);
    assert!(page.set_cookies().iter().any(|c| c.starts_with("hs_tz=Asia/Calcutta")));
    let later = browser.get("/circles/london").await;
    assert!(later.body.contains("India time"), "the chosen zone is remembered");

    let local = app.client().get("/circles/london?tz=Europe%2FLondon").await;
    assert!(local.body.contains("19:00 London time"), "24-hour in London: {}", local.body);
    assert!(!local.body.contains("for the circle") && !local.body.contains("class=\"your-time\""), "said once");
    let visitor = app.client().get("/circles/london").await;
    assert!(
        visitor.body.contains("data-circle-zone=\"Europe/London\""),
        "the page script can leave out \"your time\" when it is the circle's"
    );
    app.stop().await;
}

async fn directory_filters_combine_and_live_in_the_url(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let browser = app.client();
    let slugs = |body: &str| -> Vec<String> {
        // A card's heading carries the circle name's language: `<h2 lang="hi"><a href="/circles/…">`.
        body.split("<h2")
            .skip(1)
            .filter_map(|s| {
                s.split_once("><a href=\"/circles/").map(|(_, rest)| rest.split('"').next().unwrap().to_string())
            })
            .collect()
    };
    let hindi_in_person = browser.get("/circles?language=hi&format=in-person").await;
    let found = slugs(&hindi_in_person.body);
    assert!(found.contains(&"nayi-maa".to_string()) && found.contains(&"chai-aur-baat".to_string()));
    assert!(!found.contains(&"low-mood".to_string()), "online circles are filtered out");
    let deaf = slugs(&browser.get("/circles?audience=deaf").await.body);
    assert_eq!(deaf, vec!["deaf-hoh-text-first"]);
    let kolkata_saturday = slugs(&browser.get("/circles?city=Kolkata&day=saturday&tz=Asia%2FKolkata").await.body);
    assert_eq!(kolkata_saturday, vec!["chai-aur-baat"]);
    let api = browser.get("/api/v1/circles?audience=lgbtqia").await;
    let value: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    let api_slugs: Vec<&str> =
        value["circles"].as_array().unwrap().iter().map(|c| c["slug"].as_str().unwrap()).collect();
    assert_eq!(api_slugs, vec!["lgbtqia-circle", "trans-nonbinary"]);
    let search = browser.get("/circles?q=my+mum+has+dementia+and+I+am+exhausted").await;
    assert_eq!(slugs(&search.body).first().map(String::as_str), Some("dementia-carers"));
    assert!(search.body.contains("Matches:"));
    app.stop().await;
}

async fn deleting_an_account_gives_its_seats_to_people_waiting(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "tiny", 2, 1).await;
    for alias in ["Ana", "Ben", "Cy"] {
        let (client, id) = member(&app, alias, Roles::default()).await;
        accept(&app, id, circle).await;
        client.get("/circles/tiny").await;
        client.post(&format!("/meets/{}/rsvp", meets[0]), &[]).await;
    }
    assert_eq!(counts(&app, meets[0]).await, (2, 1));
    let ana = app.store.credentials("ana").await.unwrap().unwrap().0;
    holdspace::services::accounts::remove_member(&app.store, &ana).await.unwrap();
    assert_eq!(counts(&app, meets[0]).await, (2, 0), "Cy moved up into Ana's seat");
    app.stop().await;
}

on_both_databases!(
    rsvp_asks_for_the_agreements_first_then_holds_a_seat,
    rsvp_and_cancel_are_idempotent,
    a_full_meet_waitlists_and_promotes_when_a_seat_frees,
    people_waiting_see_their_place_in_line,
    a_person_moved_up_from_the_waitlist_is_told_once_on_my_meets,
    joining_once_holds_a_seat_at_every_meet_and_not_this_time_frees_one,
    new_agreement_versions_ask_again,
    fifty_people_racing_for_ten_seats_never_overbook,
    facilitators_see_counts_and_cancel_with_a_message,
    coordinators_create_circles_and_schedule_meets_through_the_forms,
    unlisted_and_archived_circles_keep_to_their_rules,
    calendars_are_valid_rfc_5545,
    discreet_calendars_never_name_the_circle,
    guests_drop_in_with_just_an_alias,
    a_guest_goes_from_a_live_meet_straight_into_its_room,
    meet_times_show_in_the_readers_zone_with_the_circles_alongside,
    directory_filters_combine_and_live_in_the_url,
    deleting_an_account_gives_its_seats_to_people_waiting,
);
