//! Debriefs and facilitator care over real HTTP, on both databases: only a
//! facilitator of the circle debriefs, and only once the meet is over; a
//! support request reaches coordinators and nobody else; debriefs are
//! deleted after the organisation's period (the clock is the test's); the
//! impact report counts them.

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use holdspace::domain::debrief::{Debrief, HowItWent};
use holdspace::domain::member::Roles;
use holdspace::domain::room::{AlertKind, SafetyRecord};
use holdspace::domain::rota::Role;
use holdspace::domain::safety::Level;
use reqwest::StatusCode;

use crate::helpers::{Backend, Client, TestApp, member, spawn_app};
use crate::on_both_databases;
use crate::rooms::circle_with_meet;

const DAY: i64 = 86_400;
const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };
const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };

/// A meet of the circle that started `ago` seconds before now and whose
/// room has closed.
async fn ended_meet(app: &TestApp, circle: i64, starts_at: i64) -> i64 {
    let meet = app.store.add_past_meet(circle, starts_at, 60).await.unwrap();
    app.store.end_meet(meet, &[]).await.unwrap();
    meet
}

/// A facilitator assigned to the circle, signed in.
async fn facilitator_of(app: &TestApp, circle: i64, alias: &str) -> (Client, i64) {
    let (client, id) = member(app, alias, FACILITATOR).await;
    app.store.add_facilitator(circle, id).await.unwrap();
    (client, id)
}

async fn alert(app: &TestApp, meet: i64, alias: &str, at: i64) -> i64 {
    let record = SafetyRecord {
        kind: AlertKind::Crisis,
        level: Some(Level::Passive),
        key: format!("g:{alias}"),
        alias: alias.into(),
        reported_by: None,
    };
    app.store.record_safety(meet, &record, at).await.unwrap();
    app.store.meet_alerts(meet).await.unwrap().last().unwrap().id
}

fn good(support: bool) -> Debrief {
    Debrief { went: HowItWent::Good, follow_up: false, alert_ids: vec![], support }
}

async fn only_a_facilitator_of_the_circle_files_and_only_once_the_meet_is_over(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, soon) = circle_with_meet(&app, "grief", false).await;
    let (other_circle, _) = circle_with_meet(&app, "carers", false).await;
    let now = holdspace::services::now();
    let past = ended_meet(&app, circle, now - 3 * 3600).await;
    let alert_id = alert(&app, past, "Guest Asha", now - 3 * 3600 + 600).await;
    let elsewhere = ended_meet(&app, other_circle, now - 3 * 3600).await;
    let foreign_alert = alert(&app, elsewhere, "Guest Kim", now - 3 * 3600).await;
    let (ruth, ruth_id) = facilitator_of(&app, circle, "Ruth").await;
    let (tomas, _) = facilitator_of(&app, other_circle, "Tomas").await;
    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;

    // Ruth is asked how it went, on My meets and on the meet's page.
    let mine = ruth.get("/meets").await.body;
    assert!(mine.contains(&format!("/meets/{past}/debrief")), "{mine}");
    assert!(!mine.contains(&format!("/meets/{soon}/debrief")), "not before it is over");
    assert!(ruth.get(&format!("/meets/{past}")).await.body.contains(&format!("/meets/{past}/debrief")));
    assert!(!sam.get(&format!("/meets/{past}")).await.body.contains("/debrief"));

    // Nobody else may open the form: another circle's facilitator, a
    // participant, a coordinator who does not facilitate it.
    for (who, client) in [("Tomas", &tomas), ("Sam", &sam), ("Meera", &meera)] {
        assert_eq!(client.get(&format!("/meets/{past}/debrief")).await.status, StatusCode::FORBIDDEN, "{who}");
    }
    tomas.get("/facilitate/debriefs").await;
    let refused = tomas.post(&format!("/meets/{past}/debrief"), &[("went", "5"), ("follow_up", "no")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // Before the meet is over there is nothing to debrief.
    let early = ruth.get(&format!("/meets/{soon}/debrief")).await;
    assert!(early.body.contains("can be written once the meet is over"));
    let early = ruth.post(&format!("/meets/{soon}/debrief"), &[("went", "4"), ("follow_up", "no")]).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(app.store.debrief_of(soon, ruth_id).await.unwrap().is_none());

    // The form offers the meet's alert by time and level, never by who.
    let form = ruth.get(&format!("/meets/{past}/debrief")).await.body;
    assert!(form.contains("Hard going") && form.contains("Really good"));
    assert!(form.contains("crisis language: wishing not to be alive"));
    assert!(!form.contains("Asha"), "the alert is not about a named person here");
    assert!(!form.contains("<textarea"), "no box for anyone's words");

    let missing = ruth.post(&format!("/meets/{past}/debrief"), &[("follow_up", "yes")]).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("Please choose how it went."));
    let foreign = foreign_alert.to_string();
    let wrong_alert = ruth
        .post(&format!("/meets/{past}/debrief"), &[("went", "2"), ("follow_up", "yes"), ("alerts", &foreign)])
        .await;
    assert_eq!(wrong_alert.status, StatusCode::UNPROCESSABLE_ENTITY, "another meet's alert");

    let ours = alert_id.to_string();
    let saved =
        ruth.post(&format!("/meets/{past}/debrief"), &[("went", "2"), ("follow_up", "yes"), ("alerts", &ours)]).await;
    assert_eq!(saved.location(), "/facilitate/debriefs?done=debrief-saved");
    let stored = app.store.debrief_of(past, ruth_id).await.unwrap().unwrap();
    assert_eq!(
        (stored.went, stored.follow_up, stored.alert_ids, stored.support),
        (HowItWent::Difficult, true, vec![alert_id], false)
    );
    let history = ruth.get("/facilitate/debriefs").await.body;
    assert!(history.contains("Difficult in places") && history.contains("To follow up: 1 alert"), "{history}");
    assert!(!ruth.get("/meets").await.body.contains(&format!("/meets/{past}/debrief")), "no longer asked");

    // Changed within the week: still one debrief, first filing kept.
    ruth.get(&format!("/meets/{past}/debrief")).await;
    let changed = ruth.post(&format!("/meets/{past}/debrief"), &[("went", "3"), ("follow_up", "no")]).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let stored = app.store.debrief_of(past, ruth_id).await.unwrap().unwrap();
    assert_eq!((stored.went, stored.alert_ids.len()), (HowItWent::Okay, 0));
    assert_eq!(app.store.debriefs_by(ruth_id).await.unwrap().len(), 1);

    // Filed more than a week ago: locked.
    let older = ended_meet(&app, circle, now - 10 * DAY).await;
    app.store.save_debrief(older, ruth_id, "Ruth", &good(false), now - 8 * DAY).await.unwrap();
    let locked = ruth.post(&format!("/meets/{older}/debrief"), &[("went", "1"), ("follow_up", "no")]).await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
    assert!(locked.body.contains("can no longer be changed"));
    assert_eq!(app.store.debrief_of(older, ruth_id).await.unwrap().unwrap().went, HowItWent::Good);

    // A facilitator whose role was taken away keeps no power to debrief.
    app.store.set_facilitators(circle, &[]).await.unwrap();
    assert_eq!(ruth.get(&format!("/meets/{past}/debrief")).await.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

async fn a_support_request_reaches_coordinators_and_only_them(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, _) = circle_with_meet(&app, "grief", false).await;
    let now = holdspace::services::now();
    let past = ended_meet(&app, circle, now - 3 * 3600).await;
    let (ruth, ruth_id) = facilitator_of(&app, circle, "Ruth").await;
    let (jo, _) = facilitator_of(&app, circle, "Jo").await;
    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let (kiran, _) = member(&app, "Kiran", COORDINATOR).await;

    ruth.get(&format!("/meets/{past}/debrief")).await;
    let fields = [("went", "1"), ("follow_up", "no"), ("support", "yes")];
    let saved = ruth.post(&format!("/meets/{past}/debrief"), &fields).await;
    assert_eq!(saved.location(), "/facilitate/debriefs?done=debrief-saved-support");
    // Saving again asks nobody twice.
    ruth.get(&format!("/meets/{past}/debrief")).await;
    ruth.post(&format!("/meets/{past}/debrief"), &fields).await;

    let told = "Ruth would like support after the meet of Circle grief";
    for (who, client) in [("Meera", &meera), ("Kiran", &kiran)] {
        let mine = client.get("/meets").await.body;
        assert_eq!(mine.matches(told).count(), 1, "{who}: {mine}");
        assert!(mine.contains("href=\"/admin/care\""), "{who}");
    }
    for (who, client) in [("Ruth", &ruth), ("Jo", &jo), ("Sam", &sam)] {
        assert!(!client.get("/meets").await.body.contains("would like support"), "{who} is not told");
        assert_eq!(client.get("/admin/care").await.status, StatusCode::FORBIDDEN, "{who}");
    }

    let care = meera.get("/admin/care").await.body;
    assert!(care.contains("Ruth asked") && care.contains("Support after Circle grief"), "{care}");
    assert!(!care.contains(&format!("/meets/{past}\"")), "debriefed: not among the meets without one");

    // A supervision chat, asked once while it is open.
    ruth.get("/facilitate/debriefs").await;
    assert_eq!(
        ruth.post("/facilitate/supervision", &[]).await.location(),
        "/facilitate/debriefs?done=supervision-asked#care"
    );
    assert_eq!(
        ruth.post("/facilitate/supervision", &[]).await.location(),
        "/facilitate/debriefs?done=supervision-open#care"
    );
    assert_eq!(sam.post("/facilitate/supervision", &[]).await.status, StatusCode::FORBIDDEN);
    let open = app.store.care_requests(None).await.unwrap();
    assert_eq!(open.len(), 2, "support and supervision");
    assert!(meera.get("/admin/care").await.body.contains("A supervision chat"));

    for request in &open {
        kiran.get("/admin/care").await;
        let answered = kiran.post(&format!("/admin/care/{}/answered", request.id), &[]).await;
        assert_eq!(answered.location(), "/admin/care?done=care-answered");
    }
    assert_eq!(kiran.post(&format!("/admin/care/{}/answered", open[0].id), &[]).await.status, StatusCode::NOT_FOUND);
    assert!(meera.get("/admin/care").await.body.contains("No facilitator is waiting for support right now."));
    let audit = meera.get("/admin/audit").await.body;
    assert_eq!(audit.matches("request for care answered").count(), 2, "{audit}");
    let history = ruth.get("/facilitate/debriefs").await.body;
    assert!(history.contains("Kiran marked this answered"), "{history}");
    assert_eq!(app.store.care_requests(Some(ruth_id)).await.unwrap().len(), 2);
    app.stop().await;
}

async fn debriefs_are_deleted_after_the_organisations_period(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, _) = circle_with_meet(&app, "kept", false).await;
    let (_, ruth_id) = facilitator_of(&app, circle, "Ruth").await;
    // The test's clock: "now" is whatever the test says.
    let now = holdspace::services::now() + 1000 * DAY;
    let old = ended_meet(&app, circle, now - 400 * DAY).await;
    let recent = ended_meet(&app, circle, now - 10 * DAY).await;
    app.store.save_debrief(old, ruth_id, "Ruth", &good(true), now - 400 * DAY).await.unwrap();
    app.store.save_debrief(recent, ruth_id, "Ruth", &good(true), now - 10 * DAY).await.unwrap();

    assert_eq!(app.store.forget_old_debriefs(now).await.unwrap(), 1, "kept 365 days by default");
    let left: Vec<i64> = app.store.debriefs_by(ruth_id).await.unwrap().iter().map(|d| d.meet_id).collect();
    assert_eq!(left, [recent]);
    assert_eq!(app.store.care_requests(Some(ruth_id)).await.unwrap().len(), 1, "its support request went too");

    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let form = meera.get("/admin/settings").await.body;
    assert!(form.contains("name=\"debrief_retention_days\"") && form.contains("value=\"365\""));
    let refused =
        meera.post("/admin/settings", &[("name", "Org"), ("country", "GB"), ("debrief_retention_days", "0")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("whole number of days from 1 to 3650"));
    let saved =
        meera.post("/admin/settings", &[("name", "Org"), ("country", "GB"), ("debrief_retention_days", "7")]).await;
    assert_eq!(saved.location(), "/admin/settings?done=settings-saved");
    assert!(meera.get("/admin/audit").await.body.contains("Changed the organisation settings"));

    assert_eq!(app.store.forget_old_debriefs(now - 4 * DAY).await.unwrap(), 0, "6 days old: kept");
    assert_eq!(app.store.forget_old_debriefs(now).await.unwrap(), 1, "10 days old: past 7 days");
    assert!(app.store.debriefs_by(ruth_id).await.unwrap().is_empty());
    assert!(app.store.care_requests(Some(ruth_id)).await.unwrap().is_empty());
    app.stop().await;
}

async fn the_impact_report_counts_debriefs(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, _) = circle_with_meet(&app, "counted", false).await;
    let (_, ruth_id) = facilitator_of(&app, circle, "Ruth").await;
    // Six meets in last month (the circle keeps UTC), five debriefed as
    // good, one of them asking for support.
    let today = Utc::now().date_naive();
    let first = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap();
    let last_month = first - Duration::days(20);
    let month = format!("{:04}-{:02}", last_month.year(), last_month.month());
    let start = Utc.from_utc_datetime(&last_month.and_hms_opt(10, 0, 0).unwrap()).timestamp();
    for i in 0..6 {
        let meet = ended_meet(&app, circle, start + i * 3600 * 2).await;
        if i < 5 {
            app.store.save_debrief(meet, ruth_id, "Ruth", &good(i == 0), holdspace::services::now()).await.unwrap();
        }
    }
    let records = app.store.impact_records(holdspace::services::now()).await.unwrap();
    assert_eq!(records.debriefs.len(), 5);

    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let report = meera.get(&format!("/report?month={month}")).await.body;
    let debriefs = report.split("<caption>Debriefs by facilitators</caption>").nth(1).unwrap_or_default();
    assert!(debriefs.contains("<td>5</td><td>83% of meets held</td><td>fewer than 5</td>"), "{debriefs}");
    assert!(debriefs.contains("<td>5</td>"), "five said Good");
    let csv = meera.get(&format!("/report.csv?month={month}")).await.body;
    assert!(csv.contains("Debriefs written,5"), "{csv}");
    assert!(csv.contains("How it went: Good,5"));
    assert!(!csv.contains("How it went: Hard going,0"), "small counts are never shown as numbers");
    app.stop().await;
}

/// Once the rota names who held a meet, the debrief is theirs: another
/// facilitator of the circle is neither asked nor let in.
async fn a_meet_on_the_rota_is_debriefed_by_who_held_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, _) = circle_with_meet(&app, "grief", false).await;
    let now = holdspace::services::now();
    let held = ended_meet(&app, circle, now - 3 * 3600).await;
    let open = ended_meet(&app, circle, now - 2 * DAY).await;
    let (ruth, ruth_id) = facilitator_of(&app, circle, "Ruth").await;
    let (jo, _) = facilitator_of(&app, circle, "Jo").await;
    app.store.set_rota_holder(held, Role::Lead, Some(ruth_id)).await.unwrap();

    let ruths = ruth.get("/meets").await.body;
    assert!(ruths.contains(&format!("/meets/{held}/debrief")), "Ruth led it");
    let jos = jo.get("/meets").await.body;
    assert!(!jos.contains(&format!("/meets/{held}/debrief")), "Jo did not hold it");
    assert!(jos.contains(&format!("/meets/{open}/debrief")), "nobody was on the rota for this one");
    assert!(!jo.get(&format!("/meets/{held}")).await.body.contains("/debrief"));
    assert_eq!(jo.get(&format!("/meets/{held}/debrief")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(ruth.get(&format!("/meets/{held}/debrief")).await.status, StatusCode::OK);
    app.stop().await;
}

on_both_databases!(
    a_meet_on_the_rota_is_debriefed_by_who_held_it,
    only_a_facilitator_of_the_circle_files_and_only_once_the_meet_is_over,
    a_support_request_reaches_coordinators_and_only_them,
    debriefs_are_deleted_after_the_organisations_period,
    the_impact_report_counts_debriefs,
);
