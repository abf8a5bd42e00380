//! What coordinators see and do: forms that name each problem, circles that
//! are listed once someone facilitates them, the alerts page, and the
//! organisation's own name on every page.

use holdspace::domain::member::Roles;
use reqwest::StatusCode;

use crate::helpers::{Backend, member, spawn_app};
use crate::meets::weekly_circle;
use crate::on_both_databases;

const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };
const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

/// The error summary's links, in order: (href, text).
fn summary(body: &str) -> Vec<(String, String)> {
    let Some(start) = body.find("class=\"error-summary\"") else { return Vec::new() };
    let end = body[start..].find("</div>").map(|e| start + e).unwrap_or(body.len());
    body[start..end]
        .split("<a href=\"")
        .skip(1)
        .map(|link| {
            let (href, rest) = link.split_once('"').unwrap();
            let text = rest.trim_start_matches('>').split("</a>").next().unwrap();
            (href.to_string(), text.to_string())
        })
        .collect()
}

async fn the_circle_form_names_each_problem_and_keeps_what_was_typed(backend: Backend) {
    let app = spawn_app(backend).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    meera.get("/admin/circles/new").await;
    let fields = [
        ("name", ""),
        ("slug", "evening-tea"),
        ("summary", "A calm evening cup of tea"),
        ("description", "We talk about the week."),
        ("languages", "en"),
        ("format", "online"),
        ("time_zone", "Europe/London"),
        ("capacity", "lots"),
        ("status", "active"),
        ("mood_numbers", "facilitators"),
        ("listed", "yes"),
    ];
    let page = meera.post("/admin/circles", &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let links = summary(&page.body);
    assert_eq!(
        links,
        [
            ("#name".to_string(), "Circle name: Please fill this in.".to_string()),
            ("#capacity".to_string(), "Seats: Please use a number of seats from 2 to 500.".to_string()),
        ],
        "the summary names both fields, in the page's order, and links to them"
    );
    for id in ["id=\"name\"", "id=\"capacity\""] {
        assert!(page.body.contains(id), "{id} is on the page for the summary to link to");
    }
    assert!(page.body.contains("id=\"capacity-problem\""), "the problem is also beside its field");
    assert!(page.body.contains("value=\"A calm evening cup of tea\""), "what was typed is kept");
    assert!(page.body.contains("value=\"lots\"") && page.body.contains("We talk about the week."));
    assert!(page.body.contains("id=\"listed\" name=\"listed\" value=\"yes\" checked"), "and what was ticked");
    assert!(app.store.circle_by_slug("evening-tea").await.unwrap().is_none(), "nothing was saved");

    // The same form, changing a circle that exists.
    weekly_circle(&app, "grief", 10, 1).await;
    meera.get("/admin/circles/grief").await;
    let edit = meera.post("/admin/circles/grief", &[("name", "Grief"), ("summary", ""), ("capacity", "1")]).await;
    assert_eq!(edit.status, StatusCode::UNPROCESSABLE_ENTITY);
    let hrefs: Vec<String> = summary(&edit.body).into_iter().map(|(href, _)| href).collect();
    assert!(hrefs.contains(&"#summary".to_string()) && hrefs.contains(&"#capacity".to_string()), "{hrefs:?}");
    app.stop().await;
}

async fn the_settings_form_names_each_problem_and_keeps_what_was_typed(backend: Backend) {
    let app = spawn_app(backend).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    meera.get("/admin/settings").await;
    let page = meera
        .post(
            "/admin/settings",
            &[("name", ""), ("country", "GB"), ("agreements", "Listen first"), ("alert_retention_days", "forever")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let links = summary(&page.body);
    let hrefs: Vec<&str> = links.iter().map(|(href, _)| href.as_str()).collect();
    assert_eq!(hrefs, ["#name", "#alert_retention_days"]);
    assert!(links[0].1.starts_with("Organisation name:"), "{}", links[0].1);
    assert!(links[1].1.starts_with("Keep safety alerts for (days):"), "{}", links[1].1);
    assert!(page.body.contains("value=\"forever\"") && page.body.contains("Listen first"), "what was typed is kept");
    app.stop().await;
}

async fn a_circle_is_listed_once_someone_facilitates_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let (_, ruth_id) = member(&app, "Ruth", FACILITATOR).await;
    meera.get("/admin/circles/new").await;
    let fields = [
        ("name", "Night owls"),
        ("slug", "night-owls"),
        ("summary", "For people who cannot sleep"),
        ("description", "Late evening talk about sleepless nights."),
        ("languages", "en"),
        ("format", "online"),
        ("time_zone", "Europe/London"),
        ("capacity", "10"),
        ("status", "active"),
        ("mood_numbers", "facilitators"),
        ("listed", "yes"),
    ];
    let created = meera.post("/admin/circles", &fields).await;
    assert_eq!(created.location(), "/admin/circles/night-owls?done=circle-saved");
    let circle = app.store.circle_by_slug("night-owls").await.unwrap().unwrap();
    let first = (chrono::Utc::now() + chrono::Duration::days(2)).date_naive().and_hms_opt(21, 0, 0).unwrap();
    let series = holdspace::domain::schedule::Series::new(
        chrono_tz::Tz::Europe__London,
        first,
        holdspace::domain::schedule::Repeat::Once,
        holdspace::domain::schedule::End::Never,
        60,
    )
    .unwrap();
    holdspace::services::schedule::add_series(&app.store, circle.id, &series, chrono::Utc::now()).await.unwrap();
    let meet = app.store.upcoming_meets(circle.id, holdspace::services::now(), 1).await.unwrap()[0].meet.id;

    let visitor = app.client();
    let admin = meera.get("/admin/circles/night-owls").await;
    assert!(admin.body.contains("Not listed yet") && admin.body.contains("Add a facilitator to list this circle"));
    assert!(meera.get("/admin/circles").await.body.contains("Not yet: needs a facilitator"));
    assert!(!visitor.get("/circles").await.body.contains("/circles/night-owls"), "not in the directory");
    assert!(!visitor.get("/circles?q=cannot+sleep").await.body.contains("/circles/night-owls"), "nor in search");
    assert!(!visitor.get("/api/v1/circles").await.body.contains("night-owls"), "nor in the API's list");
    assert_eq!(visitor.get(&format!("/api/v1/meets/{meet}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(visitor.get(&format!("/meets/{meet}")).await.status, StatusCode::NOT_FOUND, "meet ids reveal nothing");
    assert_eq!(visitor.get("/circles/night-owls").await.status, StatusCode::OK, "its link still works");

    let assigned = meera.post("/admin/circles/night-owls/facilitators", &[("facilitator", &ruth_id.to_string())]).await;
    assert_eq!(assigned.status, StatusCode::SEE_OTHER);
    let admin = meera.get("/admin/circles/night-owls").await;
    assert!(admin.body.contains("Listed: people can find this circle") && !admin.body.contains("Not listed yet"));
    assert!(visitor.get("/circles").await.body.contains("/circles/night-owls"), "listed now");
    assert!(visitor.get("/circles?q=cannot+sleep").await.body.contains("/circles/night-owls"));
    assert!(visitor.get("/api/v1/circles").await.body.contains("night-owls"));
    assert_eq!(visitor.get(&format!("/api/v1/meets/{meet}")).await.status, StatusCode::OK);

    // A facilitator who no longer holds the role facilitates nothing.
    meera.get("/admin/members").await;
    meera.post(&format!("/admin/members/{ruth_id}/role"), &[("role", "facilitator"), ("grant", "false")]).await;
    assert!(!visitor.get("/circles").await.body.contains("/circles/night-owls"), "unlisted again");
    assert!(meera.get("/admin/circles/night-owls").await.body.contains("Add a facilitator to list this circle"));
    app.stop().await;
}

async fn the_helplines_page_lists_the_organisations_lines_and_its_form_names_each_problem(backend: Backend) {
    let app = spawn_app(backend).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let empty = meera.get("/admin/helplines").await;
    assert!(empty.body.contains("You have not added any lines yet"));
    let bad = meera
        .post(
            "/admin/helplines",
            &[("name", ""), ("country", "GB"), ("phone", "0800 123 4567"), ("chat", "chat.example")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let hrefs: Vec<String> = summary(&bad.body).into_iter().map(|(href, _)| href).collect();
    assert_eq!(hrefs, ["#name", "#chat"]);
    assert!(summary(&bad.body)[1].1.starts_with("Chat link:"));
    assert!(bad.body.contains("value=\"0800 123 4567\"") && bad.body.contains("value=\"chat.example\""), "kept");

    let added = meera
        .post(
            "/admin/helplines",
            &[("name", "Our Night Line"), ("country", "gb"), ("sms", "Text HOME to 85258"), ("hours", "8pm to 2am")],
        )
        .await;
    assert_eq!(added.location(), "/admin/helplines?done=helpline-saved");
    let (id, _) = app.store.org_helplines().await.unwrap().into_iter().next().unwrap();
    let list = meera.get("/admin/helplines").await;
    assert!(list.body.contains("Our Night Line") && list.body.contains("Text HOME to 85258"), "listed plainly");
    assert!(list.body.contains(&format!("href=\"/admin/helplines/{id}\"")), "with a way to change it");
    let edit = meera.get(&format!("/admin/helplines/{id}")).await;
    assert!(edit.body.contains("Change Our Night Line") && edit.body.contains("value=\"Text HOME to 85258\""));
    let refused =
        meera.post(&format!("/admin/helplines/{id}"), &[("name", "Our Night Line"), ("country", "Atlantis")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let hrefs: Vec<String> = summary(&refused.body).into_iter().map(|(href, _)| href).collect();
    assert_eq!(hrefs, ["#country", "#phone"]);

    let (ruth, _) = member(&app, "Ruth", FACILITATOR).await;
    assert_eq!(ruth.get(&format!("/admin/helplines/{id}")).await.status, StatusCode::FORBIDDEN);
    let removed = meera.post(&format!("/admin/helplines/{id}/delete"), &[]).await;
    assert_eq!(removed.location(), "/admin/helplines?done=helpline-deleted");
    assert!(!meera.get("/admin/helplines").await.body.contains("Our Night Line"));
    app.stop().await;
}

async fn alerts_are_listed_most_serious_first_then_newest(backend: Backend) {
    use holdspace::domain::room::{AlertKind, SafetyRecord};
    use holdspace::domain::safety::Level;

    let app = spawn_app(backend).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let (_, asha_id) = member(&app, "Asha", Roles::default()).await;
    let (_, meets) = weekly_circle(&app, "grief", 10, 1).await;
    let now = holdspace::services::now();
    // (alias, member?, kind, level, minutes ago)
    let alerts: [(&str, bool, AlertKind, Option<Level>, i64); 6] = [
        ("Reporting Rae", true, AlertKind::Report, None, 1),
        ("Passive Pat", false, AlertKind::Crisis, Some(Level::Passive), 5),
        ("Asking Abe", true, AlertKind::Asked, None, 2),
        ("Planning Pia", false, AlertKind::Crisis, Some(Level::Method), 60),
        ("Passive Poe", true, AlertKind::Crisis, Some(Level::Passive), 30),
        ("Handled Hal", true, AlertKind::Crisis, Some(Level::Method), 3),
    ];
    for (alias, is_member, kind, level, minutes) in alerts {
        let key = if is_member { format!("m:{asha_id}") } else { format!("g:{alias}") };
        let record = SafetyRecord { kind, level, key, alias: alias.into(), reported_by: Some("Someone".into()) };
        app.store.record_safety(meets[0], &record, now - minutes * 60).await.unwrap();
    }
    let handled = app.store.safety_alerts(holdspace::store::safety::AlertScope::All, 10).await.unwrap();
    let handled = handled.iter().find(|a| a.alias == "Handled Hal").unwrap().id;
    app.store.follow_up_alert(handled, "Meera", "checked-in", now).await.unwrap();

    let page = meera.get("/facilitate/alerts").await.body;
    let at = |alias: &str| page.find(alias).unwrap_or_else(|| panic!("{alias} is listed"));
    let open = ["Planning Pia", "Passive Pat", "Passive Poe", "Asking Abe", "Reporting Rae"];
    assert!(
        open.windows(2).all(|w| at(w[0]) < at(w[1])),
        "method, then passive (newest first), then asked, then report"
    );
    assert!(at("To follow up") < at("Planning Pia") && at("Followed up") > at("Reporting Rae"));
    assert!(at("Handled Hal") > at("Followed up"), "followed up alerts come after the open ones");
    let pia = &page[at("Planning Pia")..at("Passive Pat")];
    assert!(pia.contains(">Guest<") && pia.contains("Circle grief") && pia.contains("the meet of"), "{pia}");
    assert!(pia.contains(&format!("href=\"/meets/{}\"", meets[0])), "and links to the meet");
    let poe = &page[at("Passive Poe")..at("Asking Abe")];
    assert!(poe.contains(">Member<"), "{poe}");
    app.stop().await;
}

async fn the_organisations_name_is_used_on_every_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    meera.get("/admin/settings").await;
    let saved = meera.post("/admin/settings", &[("name", "Lotus Circles"), ("country", "IN")]).await;
    assert_eq!(saved.location(), "/admin/settings?done=settings-saved");
    let visitor = app.client();
    for path in ["/", "/circles", "/help", "/signin", "/signup"] {
        let body = visitor.get(path).await.body;
        assert!(body.contains(" · Lotus Circles</title>"), "{path}: the title names the organisation");
        assert!(body.contains("class=\"brand\" href=\"/\">Lotus Circles</a>"), "{path}: so does the header");
        assert!(body.contains("Lotus Circles is not a crisis service"), "{path}: and the footer");
        assert_eq!(body.matches("Holdspace").count(), 1, "{path}: the product is named once");
        assert!(body.contains("Runs on Holdspace"), "{path}");
    }
    for path in ["/admin", "/admin/circles", "/account"] {
        let body = meera.get(path).await.body;
        assert!(
            body.contains(" · Lotus Circles</title>") && body.contains("Lotus Circles is not a crisis service"),
            "{path}"
        );
    }
    app.stop().await;
}

async fn moving_or_cancelling_a_meet_names_each_problem_and_keeps_what_was_typed(backend: Backend) {
    let app = spawn_app(backend).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let (_, meets) = weekly_circle(&app, "grief", 10, 1).await;
    meera.get("/admin/circles/grief").await;
    let fields =
        [("date", "next week"), ("time", "7pm"), ("note", "Moved for Diwali"), ("back", "/admin/circles/grief")];
    let page = meera.post(&format!("/meets/{}/move", meets[0]), &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let links = summary(&page.body);
    let hrefs: Vec<&str> = links.iter().map(|(href, _)| href.as_str()).collect();
    assert_eq!(hrefs, ["#date", "#time"]);
    assert!(links[0].1.starts_with("New date:") && links[1].1.starts_with("Time:"), "{links:?}");
    assert!(page.body.contains("Moved for Diwali") && page.body.contains("value=\"/admin/circles/grief\""), "kept");
    let past = [("date", "2020-01-01"), ("time", "19:00"), ("back", "/admin/circles/grief")];
    let page = meera.post(&format!("/meets/{}/move", meets[0]), &past).await;
    assert_eq!(summary(&page.body)[0].1, "New date: That time has already passed.");
    assert!(!app.store.meet(meets[0]).await.unwrap().unwrap().meet.moved, "nothing was moved");

    let long = "I am so sorry. ".repeat(40);
    let page = meera.post(&format!("/meets/{}/cancel", meets[0]), &[("note", &long), ("back", "/facilitate")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let links = summary(&page.body);
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].0, "#note");
    assert!(links[0].1.starts_with("A message for everyone who said they would come:"), "{links:?}");
    assert!(page.body.contains(long.trim_end()), "the message is kept to shorten");
    assert_eq!(app.store.meet(meets[0]).await.unwrap().unwrap().meet.status.as_str(), "scheduled");
    app.stop().await;
}

on_both_databases!(
    the_circle_form_names_each_problem_and_keeps_what_was_typed,
    the_settings_form_names_each_problem_and_keeps_what_was_typed,
    a_circle_is_listed_once_someone_facilitates_it,
    the_helplines_page_lists_the_organisations_lines_and_its_form_names_each_problem,
    alerts_are_listed_most_serious_first_then_newest,
    the_organisations_name_is_used_on_every_page,
    moving_or_cancelling_a_meet_names_each_problem_and_keeps_what_was_typed,
);
