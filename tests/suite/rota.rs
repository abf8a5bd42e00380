//! The rota: a lapsed training blocks making someone lead, two people
//! taking over the same meet at once change the rota once, the dashboard
//! lists meets without a lead, and "My meets" says who holds which meet.
//! On both databases, with the demo organisation (which fills the rota).

use chrono::{Duration, Utc};
use holdspace::domain::audit::AuditAction;
use holdspace::domain::member::Roles;
use holdspace::domain::notice::Event;
use holdspace::domain::rota::Role;
use holdspace::store::rota::RotaFilter;
use reqwest::StatusCode;

use crate::helpers::{Backend, Client, TestApp, member, spawn_demo_app};
use crate::on_both_databases;

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

/// A signed-in client for a demo member, without the slow password check.
async fn session_for(app: &TestApp, alias: &str) -> (Client, i64) {
    let id = app.store.credentials(&alias.to_lowercase()).await.unwrap().unwrap().0.id;
    let token = holdspace::auth::token::new_token();
    let hash = holdspace::auth::token::hash_token(&token);
    app.store.create_session(id, &hash, "test", holdspace::services::now()).await.unwrap();
    (Client::with_cookie(app.addr, Some(&format!("hs_session={token}"))), id)
}

/// A page's HTML with apostrophes as people read them.
fn text(page: &crate::helpers::Page) -> String {
    page.body.replace("&#39;", "'")
}

async fn circle_id(app: &TestApp, slug: &str) -> i64 {
    app.store.circle_by_slug(slug).await.unwrap().unwrap().id
}

async fn meets_of(app: &TestApp, circle: i64) -> Vec<holdspace::domain::rota::RotaMeet> {
    let now = holdspace::services::now();
    let filter = RotaFilter { circle_id: Some(circle), ..RotaFilter::default() };
    app.store.rota_meets(now, now + 28 * 86_400, filter).await.unwrap()
}

async fn training_expiry_blocks_lead_assignment(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let meera = app.client();
    meera.sign_in("Meera", holdspace::demo::PASSWORD).await;
    let ruth = app.store.credentials("ruth").await.unwrap().unwrap().0.id;
    let loss = circle_id(&app, "after-a-loss").await;
    let today = Utc::now().date_naive();

    meera.get("/admin/trainings").await;
    meera.post("/admin/trainings", &[("name", "Safeguarding"), ("covers", ""), ("valid_months", "12")]).await;
    let training = app.store.trainings().await.unwrap()[0].id.to_string();
    meera.get("/admin/circles/after-a-loss").await;
    meera.post("/admin/circles/after-a-loss/trainings", &[("training", &training)]).await;
    // Completed just under a year ago: it lapses in about ten days.
    let completed = (today - Duration::days(355)).to_string();
    meera.get("/admin/trainings").await;
    let ruth_id = ruth.to_string();
    let recorded = meera
        .post(
            "/admin/trainings/records",
            &[("member", &ruth_id), ("training", &training), ("completed_on", &completed)],
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER);

    let meets = meets_of(&app, loss).await;
    let soon = meets.iter().find(|m| m.day() <= today + Duration::days(7)).expect("a meet this week");
    let later = meets.iter().find(|m| m.day() >= today + Duration::days(14)).expect("a meet in two weeks");
    for m in [soon, later] {
        app.store.set_rota_holder(m.meet_id, Role::Lead, None).await.unwrap();
    }

    meera.get("/admin/rota").await;
    let refused = meera.post(&format!("/admin/rota/meets/{}", later.meet_id), &[("lead", &ruth_id)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&refused).contains("Ruth can't lead the meet on"), "{}", refused.body);
    assert!(refused.body.contains("Safeguarding expired on"), "the message names the training and when it lapsed");
    assert_eq!(app.store.lead_facilitator(later.meet_id).await.unwrap(), None);

    let saved = meera.post(&format!("/admin/rota/meets/{}", soon.meet_id), &[("lead", &ruth_id)]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "still valid this week");
    assert_eq!(app.store.lead_facilitator(soon.meet_id).await.unwrap(), Some((ruth, "Ruth".to_string())));

    // Filling the month leaves the meets after the lapse as they were, and says why.
    meera.get("/admin/rota").await;
    let until = (today + Duration::days(27)).to_string();
    let filled = meera
        .post(
            "/admin/rota/fill",
            &[("circle", "after-a-loss"), ("role", "lead"), ("member", &ruth_id), ("until", &until)],
        )
        .await;
    assert_eq!(filled.status, StatusCode::OK);
    assert!(filled.body.contains("Safeguarding expired on"), "{}", filled.body);
    assert_eq!(app.store.lead_facilitator(later.meet_id).await.unwrap(), None);
}

async fn two_claimers_at_once_take_over_a_meet_once(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let circle = circle_id(&app, "youth-18-25").await;
    let (a, a_id) = member(&app, "Asha", FACILITATOR).await;
    let (b, b_id) = member(&app, "Bilal", FACILITATOR).await;
    app.store.add_facilitator(circle, a_id).await.unwrap();
    app.store.add_facilitator(circle, b_id).await.unwrap();
    let (priya, priya_id) = session_for(&app, "Priya").await;
    let meet = meets_of(&app, circle)
        .await
        .into_iter()
        .find(|m| m.lead.as_ref().is_some_and(|h| h.member_id == priya_id))
        .expect("Priya leads a meet");

    priya.get("/meets").await;
    let asked = priya.post(&format!("/meets/{}/rota/cover", meet.meet_id), &[("role", "lead")]).await;
    assert_eq!(asked.location(), "/meets?done=rota-cover-asked#rota");

    // Both are told, on "My meets" and in their notices.
    for id in [a_id, b_id] {
        let notices = app.store.notices_of(id, 10).await.unwrap();
        assert!(notices.iter().any(|n| n.event == Event::CoverWanted && n.meet_id == Some(meet.meet_id)));
    }
    let page = a.get("/meets").await;
    assert!(text(&page).contains("I'll cover for Priya"));
    b.get("/meets").await;

    let path = format!("/meets/{}/rota/claim", meet.meet_id);
    // Each claimer on their own task, so both requests are in flight at once.
    let p1 = path.clone();
    let one = tokio::spawn(async move {
        let page = a.post(&p1, &[("role", "lead")]).await;
        (a, page)
    });
    let two = tokio::spawn(async move {
        let page = b.post(&path, &[("role", "lead")]).await;
        (b, page)
    });
    let ((a, first), (b, second)) = (one.await.unwrap(), two.await.unwrap());
    let mut outcomes = [first.location().to_string(), second.location().to_string()];
    outcomes.sort();
    assert_eq!(outcomes, ["/meets?done=rota-already-taken#rota", "/meets?done=rota-claimed#rota"]);

    let winner = if first.location().contains("rota-claimed") { a_id } else { b_id };
    let lead = app.store.lead_facilitator(meet.meet_id).await.unwrap().unwrap();
    assert_eq!(lead.0, winner);
    let taken = app.store.audit_page(50, 0).await.unwrap();
    assert_eq!(taken.iter().filter(|e| e.action == Some(AuditAction::CoverTaken)).count(), 1);
    let told = app.store.notices_of(priya_id, 10).await.unwrap();
    assert_eq!(told.iter().filter(|n| n.event == Event::CoverTaken).count(), 1, "Priya is told once");

    // The loser sees the kind message; the coordinator sees the swap.
    let loser = if winner == a_id { &b } else { &a };
    let page = loser.get("/meets?done=rota-already-taken").await;
    assert!(page.body.contains("Someone already took this one"));
    let (meera, _) = session_for(&app, "Meera").await;
    let dashboard = meera.get("/admin").await;
    assert!(dashboard.body.contains("is covering for Priya"), "{}", dashboard.body);
}

async fn the_dashboard_lists_a_meet_without_a_lead(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let loss = circle_id(&app, "after-a-loss").await;
    let first = meets_of(&app, loss).await.remove(0);
    app.store.set_rota_holder(first.meet_id, Role::Lead, None).await.unwrap();
    let (meera, _) = session_for(&app, "Meera").await;
    let page = meera.get("/admin").await;
    assert!(page.body.contains("Meets in the next 14 days that need a facilitator"));
    assert!(page.body.contains(&format!("/admin/rota#meet-{}", first.meet_id)), "{}", page.body);
    assert!(page.body.contains("Needs a lead"));
    assert!(text(&page).contains("Dev can't make it"), "the demo's call for cover");
    assert!(page.body.contains("more than twice the median"));

    let rota = meera.get("/admin/rota").await;
    assert_eq!(rota.status, StatusCode::OK);
    assert!(rota.body.contains(&format!("id=\"meet-{}\"", first.meet_id)));
}

async fn my_meets_shows_the_role(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let (ruth, _) = session_for(&app, "Ruth").await;
    assert!(ruth.get("/meets").await.body.contains("You lead this one"));
    let (nadia, _) = session_for(&app, "Nadia").await;
    let page = nadia.get("/meets").await;
    assert!(page.body.contains("You lead this one") && page.body.contains("You co-facilitate this one"));
    // Priya reads Holdspace in Hindi: her rota offers to take over Dev's meet.
    let (priya, _) = session_for(&app, "Priya").await;
    let page = priya.get("/meets").await;
    assert!(page.body.contains("Dev की जगह मैं संभालूँ") && page.body.contains("/rota/claim"));

    // The circle page: who leads, for everyone; what needs cover, only for those who run it.
    let (sam, _) = session_for(&app, "Sam").await;
    assert!(!sam.get("/meets").await.body.contains("Your rota"), "participants have no rota");
    let circle = sam.get("/circles/youth-18-25").await;
    assert!(circle.body.contains("Led by Priya"));
    assert!(!circle.body.contains("needs cover"));
    assert!(priya.get("/circles/youth-18-25").await.body.contains("Dev नहीं आ पाएँगे: कवर चाहिए"));
}

on_both_databases!(
    training_expiry_blocks_lead_assignment,
    two_claimers_at_once_take_over_a_meet_once,
    the_dashboard_lists_a_meet_without_a_lead,
    my_meets_shows_the_role,
);
