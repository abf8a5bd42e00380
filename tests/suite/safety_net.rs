//! The safety net in a real room, over real WebSockets: crisis language
//! alerts the facilitators and brings the writer a card while everyone else
//! sees only the message; advice reminders, reports, blocks; the alerts
//! list without words; the help page and the organisation's own helplines;
//! the region helplines are chosen for; alerts in a member's export.

use holdspace::domain::member::Roles;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{Backend, Client, member, spawn_app};
use crate::on_both_databases;
use crate::rooms::{RoomClient, circle_with_meet, connect, open_room, person};

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

/// The next message frame someone receives, skipping nothing else silently:
/// any private frame before it is returned as an error.
async fn next_message(client: &mut RoomClient) -> serde_json::Value {
    loop {
        let frame = client.next().await.expect("connection open");
        match frame["type"].as_str() {
            Some("message") => return frame,
            Some("joined" | "presence" | "reaction") => continue,
            other => panic!("expected only a message, got {other:?}: {frame}"),
        }
    }
}

async fn crisis_language_alerts_facilitators_and_cares_for_the_writer_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "safety", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    let (sam_client, sam_cookie) = person(&app, circle, meet, "Sam", Roles::default()).await;
    open_room(&ruth, meet).await;
    let page = sam_client.get(&format!("/meets/{meet}/room")).await;
    assert!(page.body.contains("Samaritans"), "the care card holds the helplines for the circle's region (GB)");
    assert!(page.body.contains("I&#39;m not okay") || page.body.contains("I'm not okay"));

    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    let mut s = connect(&app, meet, Some(&sam_cookie), None).await.unwrap();
    s.until("welcome").await;

    let words = "I can't do this anymore, I want to end my life";
    a.send(json!({"type": "say", "text": words})).await;
    let heard = f.until("message").await;
    assert_eq!(heard["message"]["text"], words, "delivered as written");
    let alert = f.next().await.unwrap();
    assert_eq!(alert["type"], "alert");
    assert_eq!(alert["alert"]["alias"], "Asha");
    assert_eq!(alert["alert"]["level"], "active");
    assert_eq!(alert["alert"]["message"], heard["message"]["id"]);
    assert!(!alert.to_string().contains("end my life"), "the alert carries no words");
    assert_eq!(a.until("message").await["message"]["text"], words);
    assert_eq!(a.next().await.unwrap()["type"], "care");
    assert_eq!(next_message(&mut s).await["message"]["text"], words);
    f.send(json!({"type": "say", "text": "Thank you for telling us, Asha."})).await;
    assert_eq!(
        next_message(&mut s).await["message"]["text"],
        "Thank you for telling us, Asha.",
        "Sam saw no alert and no card in between"
    );

    // "I'm not okay", with words only facilitators see.
    s.send(json!({"type": "not_okay", "words": "rough day"})).await;
    assert_eq!(s.until("care").await["asked"], true);
    let asked = f.until("alert").await;
    assert_eq!((asked["alert"]["kind"].as_str(), asked["alert"]["words"].as_str()), (Some("asked"), Some("rough day")));

    // The alerts list: who, when, how serious; never the words.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let list = ruth.get("/facilitate/alerts").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Asha") && list.body.contains("thoughts of ending their life"), "{}", list.body);
    assert!(list.body.contains("asked for a check-in"));
    assert!(!list.body.contains("end my life") && !list.body.contains("rough day"), "no words are kept");
    assert_eq!(sam_client.get("/facilitate/alerts").await.status, StatusCode::FORBIDDEN);
    let id = list.body.split("action=\"/facilitate/alerts/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let done = ruth.post(&format!("/facilitate/alerts/{id}"), &[("action", "checked-in")]).await;
    assert_eq!(done.location(), "/facilitate/alerts?done=alert-followed-up");
    assert!(ruth.get("/facilitate/alerts").await.body.contains("Followed up by Ruth: checked in privately"));
    app.stop().await;
}

async fn advice_reports_and_blocks_stay_private(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "private", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    let (_, sam_cookie) = person(&app, circle, meet, "Sam", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    let asha = a.me;
    let mut s = connect(&app, meet, Some(&sam_cookie), None).await.unwrap();
    s.until("welcome").await;

    s.send(json!({"type": "say", "text": "you should just try yoga"})).await;
    assert_eq!(s.until("message").await["message"]["text"], "you should just try yoga");
    assert_eq!(s.next().await.unwrap()["type"], "reminder");
    assert_eq!(next_message(&mut a).await["message"]["text"], "you should just try yoga");

    // Sam reports Asha; Ruth sees it; Sam hears when she has.
    s.send(json!({"type": "report", "about": asha, "reason": "made me uneasy"})).await;
    let report = f.until("report").await;
    assert_eq!(
        (report["report"]["about_alias"].as_str(), report["report"]["from_alias"].as_str()),
        (Some("Asha"), Some("Sam"))
    );
    s.until("reported").await;
    f.send(json!({"type": "seen", "report": report["report"]["id"]})).await;
    assert_eq!(s.until("report_seen").await["report"], report["report"]["id"]);

    // Sam blocks Asha: her words no longer reach Sam, but reach everyone else.
    s.send(json!({"type": "block", "pid": asha, "blocked": true})).await;
    s.until("blocked").await;
    a.send(json!({"type": "say", "text": "hello from Asha"})).await;
    assert_eq!(f.until("message").await["message"]["text"], "hello from Asha");
    f.send(json!({"type": "say", "text": "hello from Ruth"})).await;
    assert_eq!(next_message(&mut s).await["message"]["text"], "hello from Ruth", "Asha's message was hidden for Sam");
    // Coming back, the recent messages still leave Asha out for Sam.
    s.close().await;
    let mut back = connect(&app, meet, Some(&sam_cookie), None).await.unwrap();
    let welcome = back.until("welcome").await;
    let texts: Vec<&str> =
        welcome["snapshot"]["messages"].as_array().unwrap().iter().filter_map(|m| m["text"].as_str()).collect();
    assert!(texts.contains(&"hello from Ruth") && !texts.contains(&"hello from Asha"), "{texts:?}");
    assert_eq!(welcome["blocked"], json!([asha]), "a reloaded page still knows whom Sam blocked");
    app.stop().await;
}

async fn youth_circles_hold_back_contact_details(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "youth", false).await;
    let mut youth = app.store.circle_by_id(circle).await.unwrap().unwrap();
    youth.audience = vec!["youth".into()];
    app.store.update_circle(&youth, holdspace::services::now()).await.unwrap();
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    a.send(json!({"type": "say", "text": "dm me, my number is 98765 43210"})).await;
    assert_eq!(a.until("held_back").await["reason"], "contact");
    let alert = f.until("alert").await;
    assert_eq!(
        (alert["alert"]["kind"].as_str(), alert["alert"]["alias"].as_str()),
        (Some("contact_held"), Some("Asha"))
    );
    a.send(json!({"type": "say", "text": "see you all next week"})).await;
    assert_eq!(f.until("message").await["message"]["text"], "see you all next week", "the number never arrived");
    app.stop().await;
}

async fn the_help_page_shows_helplines_by_region_without_signing_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let visitor = Client::new(app.addr);
    let home = visitor.get("/").await;
    assert!(home.body.contains("href=\"/help\""), "one step from every page");
    let india = visitor.get("/help?country=in").await;
    assert_eq!(india.status, StatusCode::OK);
    assert!(india.body.contains("Tele-MANAS") && india.body.contains("14416") && india.body.contains("112"));
    assert!(india.body.contains("href=\"/help?country=GB\""), "another region is one plain link away, no script");
    assert!(india.body.contains("href=\"tel:14416\""), "a number is one tap away");
    let remembered = visitor.get("/help").await;
    assert!(remembered.body.contains("Tele-MANAS"), "the chosen region is remembered");
    let uk = visitor.get("/help?country=GB").await;
    assert!(uk.body.contains("116 123"));

    let (coordinator, _) = member(&app, "Meera", Roles { facilitator: false, coordinator: true }).await;
    assert_eq!(coordinator.get("/admin/helplines").await.status, StatusCode::OK);
    let added = coordinator
        .post(
            "/admin/helplines",
            &[("country", "gb"), ("name", "Our Night Line"), ("phone", "0800 123 4567"), ("hours", "8pm-2am")],
        )
        .await;
    assert_eq!(added.location(), "/admin/helplines?done=helpline-saved");
    let refused = coordinator.post("/admin/helplines", &[("country", "gb"), ("name", "No way to reach")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let uk = visitor.get("/help?country=GB").await;
    let ours = uk.body.find("Our Night Line").expect("the organisation's line is shown");
    assert!(ours < uk.body.find("Samaritans").unwrap(), "the organisation's own lines come first");
    let (participant, _) = member(&app, "Sam", Roles::default()).await;
    assert_eq!(
        participant.post("/admin/helplines", &[("country", "gb"), ("name", "x")]).await.status,
        StatusCode::FORBIDDEN
    );
    app.stop().await;
}

async fn helplines_follow_the_help_choice_then_the_profile_then_the_circle_then_the_organisation(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "regions", false).await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (sam, _) = person(&app, circle, meet, "Sam", Roles::default()).await;
    open_room(&ruth, meet).await;
    let room = format!("/meets/{meet}/room");
    assert!(sam.get(&room).await.body.contains("Samaritans"), "nothing else known: the circle's country (GB)");

    // Sam's profile says India: the room's card and /help follow it.
    sam.get("/account").await;
    let saved = sam.post("/account/profile", &[("language", "en"), ("country", " in ")]).await;
    assert_eq!(saved.location(), "/account?done=profile-saved");
    assert!(sam.get("/account").await.body.contains("value=\"India\""), "kept as a code, shown by name");
    let card = sam.get(&room).await.body;
    assert!(card.contains("Tele-MANAS") && !card.contains("Samaritans"), "the profile comes before the circle");
    assert!(sam.get("/help").await.body.contains("Tele-MANAS"));
    let refused = sam.post("/account/profile", &[("language", "en"), ("country", "Indiaa")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("We could not find that country"), "{}", refused.body);
    let export: serde_json::Value = serde_json::from_str(&sam.get("/account/export").await.body).unwrap();
    assert_eq!(export["member"]["country"], "IN", "the country is in the member's export");

    // A region chosen on /help comes before the profile.
    sam.get("/help?country=us").await;
    let card = sam.get(&room).await.body;
    assert!(card.contains("The Trevor Project") && !card.contains("Tele-MANAS"), "the choice on /help comes first");

    // Nobody has said anything: the organisation's country.
    let (coordinator, _) = member(&app, "Meera", Roles { facilitator: false, coordinator: true }).await;
    coordinator.get("/admin/settings").await;
    let settings = coordinator.post("/admin/settings", &[("name", "Test organisation"), ("country", "AU")]).await;
    assert_eq!(settings.location(), "/admin/settings?done=settings-saved");
    assert!(Client::new(app.addr).get("/help").await.body.contains("13 11 14"));
    app.stop().await;
}

async fn an_export_holds_the_alerts_about_a_member_and_never_their_words(backend: Backend) {
    use holdspace::domain::room::AlertKind;
    use holdspace::store::safety::AlertScope;

    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "export", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (asha_client, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    let (_, sam_cookie) = person(&app, circle, meet, "Sam", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    let asha = a.me;
    let mut s = connect(&app, meet, Some(&sam_cookie), None).await.unwrap();
    s.until("welcome").await;

    let words = "I keep thinking about ending my life";
    a.send(json!({"type": "say", "text": words})).await;
    f.until("alert").await;
    s.send(json!({"type": "report", "about": asha, "reason": "worried about her tonight"})).await;
    f.until("report").await;

    // The records are written off the message path: wait for both.
    let mut stored = Vec::new();
    for _ in 0..50 {
        stored = app.store.safety_alerts(AlertScope::All, 10).await.unwrap();
        if stored.len() == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let crisis = stored.iter().find(|r| r.kind == AlertKind::Crisis).expect("the crisis alert is stored");
    ruth.get("/facilitate/alerts").await;
    let done = ruth.post(&format!("/facilitate/alerts/{}", crisis.id), &[("action", "checked-in")]).await;
    assert_eq!(done.location(), "/facilitate/alerts?done=alert-followed-up");

    let body = asha_client.get("/account/export").await.body;
    let export: serde_json::Value = serde_json::from_str(&body).unwrap();
    let alerts = export["safety_alerts"].as_array().expect("the export lists safety alerts");
    assert_eq!(alerts.len(), 2, "{alerts:?}");
    let alert = alerts.iter().find(|a| a["kind"] == "crisis").unwrap();
    assert_eq!(
        (&alert["meet"], &alert["alias"], &alert["level"], &alert["action"], &alert["followed_up_by"]),
        (&json!(meet), &json!("Asha"), &json!("active"), &json!("checked-in"), &json!("Ruth"))
    );
    assert!(alert["at"].is_string() && alert["followed_up_at"].is_string(), "{alert}");
    let report = alerts.iter().find(|a| a["kind"] == "report").unwrap();
    assert!(report["followed_up_at"].is_null(), "{report}");
    assert!(!body.contains("ending my life") && !body.contains("worried about her"), "no words are kept: {body}");
    assert!(!body.contains("\"Sam\""), "who reported her is not told: {body}");
    app.stop().await;
}

async fn a_flood_of_long_messages_is_refused_before_the_detector_reads_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "long-flood", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    let asha = a.me;

    // Long messages the detector would flag, far faster than anyone types.
    let long = "I want to end my life. ".repeat(90);
    let mut sent = 0;
    for _ in 0..300 {
        if a.try_send(json!({"type": "say", "text": &long[..1990]})).await.is_err() {
            break;
        }
        sent += 1;
    }
    let (mut slowed, mut cared) = (0, 0);
    while let Some(frame) = a.next().await {
        slowed += usize::from(frame["code"] == "slow_down");
        cared += usize::from(frame["type"] == "care");
    }
    assert!(slowed > 0, "told to slow down, then closed ({sent} sent)");
    let (mut delivered, mut alerts) = (0, 0);
    loop {
        let frame = f.next().await.unwrap();
        if frame["type"] == "presence" && frame["pid"] == asha && frame["here"] == false {
            break;
        }
        delivered += usize::from(frame["type"] == "message");
        alerts += usize::from(frame["type"] == "alert");
    }
    // Only what the allowance let through was read, delivered and cared for.
    assert!((1..=10).contains(&delivered), "{delivered} delivered");
    assert_eq!(alerts, delivered, "no alert for words never delivered");
    assert!(cared <= delivered, "nor care ({cared})");
    app.stop().await;
}

on_both_databases!(
    crisis_language_alerts_facilitators_and_cares_for_the_writer_only,
    advice_reports_and_blocks_stay_private,
    youth_circles_hold_back_contact_details,
    the_help_page_shows_helplines_by_region_without_signing_in,
    helplines_follow_the_help_choice_then_the_profile_then_the_circle_then_the_organisation,
    an_export_holds_the_alerts_about_a_member_and_never_their_words,
    a_flood_of_long_messages_is_refused_before_the_detector_reads_it,
);
