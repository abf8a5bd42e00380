//! What an outside probe tried (issue 13): redirects that leave the site,
//! agreements that reach another circle, API errors in the wrong type,
//! absolute URLs built from a forged `Host`, unlisted circles found by
//! walking ids, demoted facilitators keeping their powers, and slow clients.

use holdspace::domain::member::Roles;
use reqwest::StatusCode;

use crate::helpers::{Backend, member, spawn_app};
use crate::meets::{accept, weekly_circle};
use crate::on_both_databases;

/// Redirect targets a browser would follow off the site (or that break a header).
const OFF_SITE: &[&str] = &[
    "/\t/evil.host/",
    "//evil.host",
    "/\\evil.host",
    "\t",
    "https://evil.host",
    "/%5Cevil.host",
    "/a\r\nX: y",
    "/\u{1}",
];

fn stays_here(location: &str) -> bool {
    location.starts_with('/') && !location.starts_with("//") && !location.contains(['\\', '\t', '\r', '\n'])
}

async fn redirects_never_leave_the_site(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, meets) = weekly_circle(&app, "grief", 10, 1).await;
    let visitor = app.client();
    for target in ["/%09/evil.host/", "//evil.host", "/%5Cevil.host", "https://evil.host"] {
        // The probe's own link: a signed-in reader is sent straight on.
        let (sam, _) = member(&app, &format!("Sam{}", target.len()), Roles::default()).await;
        let page = sam.get(&format!("/signin?next={target}")).await;
        assert!(stays_here(page.location()), "{target} -> {}", page.location());
        let form = visitor.get(&format!("/signin?next={target}")).await;
        assert_eq!(form.status, StatusCode::OK);
    }
    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    sam.get("/circles/grief").await;
    for target in OFF_SITE {
        let cancelled = sam.post(&format!("/meets/{}/cancel-rsvp", meets[0]), &[("back", target)]).await;
        assert_eq!(cancelled.status, StatusCode::SEE_OTHER, "{target:?}");
        assert!(cancelled.location().starts_with(&format!("/meets/{}?done=", meets[0])), "{target:?}");
        let agreed = sam.post("/circles/grief/agreements", &[("then", target), ("meet", "1")]).await;
        assert_eq!(agreed.status, StatusCode::SEE_OTHER, "{target:?}");
        assert!(stays_here(agreed.location()), "{target:?} -> {}", agreed.location());
    }
    app.stop().await;
}

async fn accepting_one_circles_agreements_reaches_no_other_circle(backend: Backend) {
    let app = spawn_app(backend).await;
    weekly_circle(&app, "open", 10, 1).await;
    let (_, other_meets) = weekly_circle(&app, "other", 10, 1).await;
    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    sam.get("/circles/open").await;
    let done = sam
        .post("/circles/open/agreements", &[("agree", "yes"), ("then", "rsvp"), ("meet", &other_meets[0].to_string())])
        .await;
    assert_eq!(done.location(), "/circles/open?done=agreements-accepted");
    let other = app.store.meet(other_meets[0]).await.unwrap().unwrap();
    assert_eq!(other.going, 0, "no seat at a meet of another circle");
    assert!(!sam.get("/circles/other").await.body.contains("45 Queen"), "nor its address");
    app.stop().await;
}

async fn api_errors_are_json(backend: Backend) {
    let app = spawn_app(backend).await;
    let visitor = app.client();
    for (path, status) in [
        ("/api/v1/circles/nowhere", StatusCode::NOT_FOUND),
        ("/api/v1/meets/999999", StatusCode::NOT_FOUND),
        ("/api/v1/meets/not-a-number", StatusCode::BAD_REQUEST),
        ("/api/v1/circles?page=many", StatusCode::BAD_REQUEST),
    ] {
        let page = visitor.get(path).await;
        assert_eq!(page.status, status, "{path}");
        assert_eq!(page.headers["content-type"], "application/json", "{path}");
        let body: serde_json::Value = serde_json::from_str(&page.body).unwrap();
        assert_eq!(body["status"], status.as_u16(), "{path}");
    }
    app.stop().await;
}

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };
const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };

async fn revoking_the_facilitator_role_ends_every_power_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meets) = weekly_circle(&app, "grief", 10, 2).await;
    let (ruth, ruth_id) = member(&app, "Ruth", FACILITATOR).await;
    app.store.add_facilitator(circle, ruth_id).await.unwrap();
    let (sam, sam_id) = member(&app, "Sam", Roles::default()).await;
    accept(&app, sam_id, circle).await;
    sam.get("/circles/grief").await;
    sam.post(&format!("/meets/{}/rsvp", meets[0]), &[]).await;
    let api = format!("/api/v1/meets/{}", meets[0]);
    assert!(ruth.get(&api).await.body.contains("\"alias\":\"Sam\""), "while she holds the role");

    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    meera.get("/admin/members").await;
    let revoked =
        meera.post(&format!("/admin/members/{ruth_id}/role"), &[("role", "facilitator"), ("grant", "false")]).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);

    assert!(!ruth.get(&api).await.body.contains("Sam"), "no attendee list");
    ruth.get(&format!("/meets/{}", meets[0])).await;
    for (action, fields) in [
        ("cancel", vec![("note", "gone")]),
        ("move", vec![("date", "2099-01-01"), ("time", "19:00")]),
        ("room/open", vec![]),
        ("room/end", vec![]),
    ] {
        let refused = ruth.post(&format!("/meets/{}/{action}", meets[0]), &fields).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{action}");
    }
    assert!(app.store.meet(meets[0]).await.unwrap().unwrap().meet.status.as_str() == "scheduled");
    assert!(!app.client().get("/circles/grief").await.body.contains("Ruth"), "not shown as a facilitator");
    assert!(!app.client().get("/api/v1/circles/grief").await.body.contains("Ruth"));

    let edit = meera.get("/admin/circles/grief").await;
    assert!(edit.body.contains("no longer hold the facilitator role") && edit.body.contains("Ruth"));
    let cleared = meera.post("/admin/circles/grief/facilitators", &[]).await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER);
    assert!(app.store.facilitator_ids(circle).await.unwrap().is_empty());
    assert!(!meera.get("/admin/circles/grief").await.body.contains("Ruth"), "the stale assignment is gone");
    app.stop().await;
}

async fn unlisted_circles_are_not_found_by_walking_meet_ids(backend: Backend) {
    let app = spawn_app(backend).await;
    let (hidden, meets) = weekly_circle(&app, "hidden", 10, 2).await;
    let mut unlisted = app.store.circle_by_id(hidden).await.unwrap().unwrap();
    unlisted.listed = false;
    app.store.update_circle(&unlisted, holdspace::services::now()).await.unwrap();
    let walked = [
        format!("/api/v1/meets/{}", meets[0]),
        format!("/meets/{}", meets[0]),
        format!("/meets/{}/calendar.ics", meets[0]),
        "/api/v1/circles/hidden".to_string(),
    ];
    let (stranger, _) = member(&app, "Stranger", Roles::default()).await;
    for client in [&app.client(), &stranger] {
        for path in &walked {
            let page = client.get(path).await;
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
            assert!(!page.body.contains("Circle hidden") && !page.body.contains("/circles/hidden"), "{path}");
        }
    }
    stranger.get("/circles").await;
    let walked_rsvp = stranger.post(&format!("/meets/{}/rsvp", meets[1]), &[]).await;
    assert_eq!(walked_rsvp.status, StatusCode::NOT_FOUND, "no seat, and no slug in a redirect");

    // The circle's link still works, and answering from it makes the tie.
    assert_eq!(app.client().get("/circles/hidden").await.status, StatusCode::OK, "shared by link");
    let (sam, sam_id) = member(&app, "Sam", Roles::default()).await;
    accept(&app, sam_id, hidden).await;
    sam.get("/circles/hidden").await;
    let rsvp = sam.post(&format!("/meets/{}/rsvp", meets[0]), &[("back", "/circles/hidden")]).await;
    assert!(rsvp.location().starts_with("/circles/hidden?done=rsvp-going"), "{}", rsvp.location());
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    for client in [&sam, &meera] {
        for path in &walked {
            assert_eq!(client.get(path).await.status, StatusCode::OK, "{path}");
        }
    }
    app.stop().await;
}

on_both_databases!(
    redirects_never_leave_the_site,
    accepting_one_circles_agreements_reaches_no_other_circle,
    api_errors_are_json,
    revoking_the_facilitator_role_ends_every_power_at_once,
    unlisted_circles_are_not_found_by_walking_meet_ids,
);
