//! In-person meets: what the venue is like, shown to everyone deciding
//! whether to come, while the street address stays with those who have a seat.

use holdspace::domain::member::Roles;
use holdspace::domain::venue::Answer;
use reqwest::StatusCode;

use crate::helpers::{Backend, Client, member, spawn_app};
use crate::meets::weekly_circle;
use crate::on_both_databases;

const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };
const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

/// The circle form for the test circle of `meets::circle`, with `venue` added.
fn circle_form<'a>(venue: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("name", "Circle grief"),
        ("slug", "grief"),
        ("summary", "A test circle"),
        ("description", "We meet."),
        ("languages", "en"),
        ("format", "in-person"),
        ("city", "London"),
        ("area", "Camden"),
        ("address", "45 Queen's Crescent"),
        ("address_after_rsvp", "yes"),
        ("country", "GB"),
        ("time_zone", "Europe/London"),
        ("capacity", "10"),
        ("status", "active"),
        ("listed", "yes"),
        ("mood_numbers", "facilitators"),
        ("agreements", "Be gentle"),
    ];
    fields.extend_from_slice(venue);
    fields
}

async fn venue_details_are_shown_to_visitors_but_the_address_is_not(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, meets) = weekly_circle(&app, "grief", 10, 1).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    meera.get("/admin/circles/grief").await;

    let wrong = meera.post("/admin/circles/grief", &circle_form(&[("venue_step_free", "perhaps")])).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("href=\"#venue_step_free\""), "the summary links to the question");

    let venue = [
        ("venue_step_free", "yes"),
        ("venue_hearing_loop", "no"),
        ("venue_quiet_room", "unknown"),
        ("venue_toilets", "yes"),
        ("venue_transport", "Bus 24 stops outside"),
        ("venue_door", "The green side door with a ramp"),
    ];
    let saved = meera.post("/admin/circles/grief", &circle_form(&venue)).await;
    assert_eq!(saved.location(), "/admin/circles/grief?done=circle-saved");
    let circle = app.store.circle_by_slug("grief").await.unwrap().unwrap();
    assert_eq!((circle.venue.step_free, circle.venue.hearing_loop), (Answer::Yes, Answer::No));
    let form = meera.get("/admin/circles/grief").await;
    assert!(form.body.contains("id=\"venue_step_free-yes\" name=\"venue_step_free\" value=\"yes\" checked"));

    let visitor = app.client();
    for path in ["/circles/grief".to_string(), format!("/meets/{}", meets[0])] {
        let page = visitor.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        for shown in
            ["Getting there", "Step-free way in", "Gender-neutral toilets", "Bus 24 stops outside", "green side door"]
        {
            assert!(page.body.contains(shown), "{path} shows {shown}");
        }
        assert!(!page.body.contains("A quiet room"), "{path} leaves out what nobody answered");
        assert!(!page.body.contains("45 Queen"), "{path} keeps the address for people with a seat");
        assert!(page.body.contains("Shown once you say you are coming."), "{path}");
    }
    app.stop().await;
}

/// The check-in link on the facilitator's page for `meet`.
async fn check_in_link(keeper: &Client, meet: i64) -> String {
    let page = keeper.get(&format!("/facilitate/meets/{meet}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg class=\"qr\" role=\"img\" aria-labelledby=\"qr-caption\""), "a QR code is drawn");
    let start = page.body.find("/here/").expect("the page shows the check-in link");
    let end = page.body[start..].find('<').unwrap() + start;
    page.body[start..end].to_string()
}

async fn people_count_themselves_in_once_per_browser_without_names(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "grief", 10, 1).await;
    let (keeper, keeper_id) = member(&app, "Ruth", FACILITATOR).await;
    app.store.add_facilitator(circle, keeper_id).await.unwrap();
    let link = check_in_link(&keeper, meets[0]).await;
    let count = |app: &crate::helpers::TestApp| {
        let store = app.store.clone();
        let meet = meets[0];
        async move { store.venue_count(meet).await.unwrap() }
    };

    let (ana, ben) = (app.client(), app.client());
    for phone in [&ana, &ben] {
        let page = phone.get(&link).await;
        assert!(page.body.contains("I&#39;m here") || page.body.contains("I'm here"));
        let counted = phone.post(&link, &[]).await;
        assert_eq!(counted.location(), link);
    }
    ana.post(&link, &[]).await;
    assert!(ana.get(&link).await.body.contains("You are counted in."), "the same browser is told it is counted");
    assert_eq!(count(&app).await.total(), 2, "two browsers count two; the same browser twice counts once");

    let (base, _) = link.rsplit_once('.').unwrap();
    assert_eq!(ana.get(&format!("{base}.forged")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(ana.get(&format!("/here/{}.x", meets[0])).await.status, StatusCode::NOT_FOUND);

    let saved = keeper.post(&format!("/facilitate/meets/{}/headcount", meets[0]), &[("headcount", "6")]).await;
    assert_eq!(saved.location(), format!("/facilitate/meets/{}?done=headcount-saved", meets[0]));
    assert_eq!(count(&app).await.total(), 6, "the facilitator's headcount stands");
    let page = keeper.get(&format!("/facilitate/meets/{}", meets[0])).await;
    assert!(page.body.contains("Your headcount of 6 stands (2 counted themselves in)."));
    let wrong = keeper.post(&format!("/facilitate/meets/{}/headcount", meets[0]), &[("headcount", "lots")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(count(&app).await.total(), 6);

    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    assert_eq!(sam.get(&format!("/facilitate/meets/{}", meets[0])).await.status, StatusCode::FORBIDDEN);
    assert!(!ana.get(&format!("/facilitate/meets/{}", meets[0])).await.body.contains("/here/"), "nor to visitors");
    app.stop().await;
}

async fn the_evenings_sheet_has_agreements_safety_and_helplines_but_no_names(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "grief", 10, 1).await;
    let (keeper, keeper_id) = member(&app, "Ruth", FACILITATOR).await;
    app.store.add_facilitator(circle, keeper_id).await.unwrap();
    let (sam, sam_id) = member(&app, "Samwise", Roles::default()).await;
    crate::meets::accept(&app, sam_id, circle).await;
    sam.get("/circles/grief").await;
    sam.post(&format!("/meets/{}/rsvp", meets[0]), &[]).await;
    assert_eq!(app.store.meet(meets[0]).await.unwrap().unwrap().going, 1, "someone has a seat");

    let sheet = keeper.get(&format!("/facilitate/meets/{}/sheet", meets[0])).await;
    assert_eq!(sheet.status, StatusCode::OK);
    let body = &sheet.body;
    for shown in ["Be gentle", "Check-in round", "If someone may be in crisis", "Check in privately", "Helplines in"] {
        assert!(body.contains(shown), "the sheet has {shown}");
    }
    let lines = &body[body.find("class=\"sheet-lines\"").unwrap()..];
    assert!(lines.find("<li").unwrap() == lines.find("<li class=\"helpline-emergency\"").unwrap(), "emergency first");
    assert!(body.contains("<svg class=\"qr\""), "the code to count in, for the door");
    assert!(!body.contains("Samwise") && !body.contains("45 Queen"), "no names, and no address, on paper");

    assert_eq!(sam.get(&format!("/facilitate/meets/{}/sheet", meets[0])).await.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

async fn a_count_at_the_venue_is_the_meets_attendance_in_the_report(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, _) = weekly_circle(&app, "grief", 10, 1).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    // No room ends an in-person meet: its count at the venue says it was held.
    let starts_at = holdspace::services::now() - 3 * 3600;
    let meet = app.store.add_past_meet(circle, starts_at, 60).await.unwrap();
    app.store.set_headcount(meet, Some(7)).await.unwrap();
    let month = chrono::DateTime::<chrono::Utc>::from_timestamp(starts_at, 0)
        .unwrap()
        .with_timezone(&chrono_tz::Tz::Europe__London)
        .format("%Y-%m")
        .to_string();
    let csv = meera.get(&format!("/report.csv?month={month}")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("Circle grief,Attendance,7"), "{}", csv.body);
    app.stop().await;
}

on_both_databases!(
    venue_details_are_shown_to_visitors_but_the_address_is_not,
    people_count_themselves_in_once_per_browser_without_names,
    the_evenings_sheet_has_agreements_safety_and_helplines_but_no_names,
    a_count_at_the_venue_is_the_meets_attendance_in_the_report,
);
