//! Trainings: what a circle requires blocks assigning someone without it,
//! the gaps page looks 30 days ahead, and records stay with the person and
//! coordinators. Storage on both databases, with the day passed in.

use chrono::{Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use holdspace::domain::Alias;
use holdspace::domain::audit::Actor;
use holdspace::domain::circle::{Circle, Format, Status};
use holdspace::domain::member::{Profile, Roles};
use holdspace::domain::room::MoodNumbers;
use holdspace::domain::training::Training;
use holdspace::store::Store;
use holdspace::store::members::NewMember;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestDb, spawn_demo_app, store_for};
use crate::on_both_databases;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

async fn member(store: &Store, alias: &str, roles: Roles) -> i64 {
    let new = NewMember {
        alias: Alias::parse(alias).unwrap(),
        password_hash: "$argon2id$not-a-real-hash".into(),
        profile: Profile::default(),
        roles,
        must_change_password: false,
        recovery_code_hashes: Vec::new(),
    };
    store.create_member(&new, &Actor::Console, 0).await.unwrap()
}

fn youth_circle() -> Circle {
    Circle {
        id: 0,
        slug: "young-carers".into(),
        name: "Young carers".into(),
        summary: "summary".into(),
        description: "description".into(),
        how_it_works: String::new(),
        topics: vec![],
        audience: vec![],
        eligibility: String::new(),
        age_min: Some(14),
        age_max: Some(17),
        languages: vec!["en".into()],
        format: Format::Online,
        city: String::new(),
        area: String::new(),
        address: String::new(),
        address_after_rsvp: false,
        country: "IN".into(),
        time_zone: Tz::Asia__Kolkata,
        capacity: 10,
        listed: true,
        facilitated: false,
        drop_in: false,
        status: Status::Active,
        agreements: vec![],
        agreements_version: 1,
        advice_nudge: true,
        mood_numbers: MoodNumbers::Facilitators,
        call: Default::default(),
        venue: Default::default(),
    }
}

async fn expiry_blocks_assignment_and_the_gaps_look_thirty_days_ahead(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let facilitator = Roles { facilitator: true, coordinator: false };
    let meera = member(&store, "Meera", Roles { facilitator: false, coordinator: true }).await;
    let ruth = member(&store, "Ruth", facilitator).await;
    let jo = member(&store, "Jo", facilitator).await;
    let nadia = member(&store, "Nadia", facilitator).await;
    let kai = member(&store, "Kai", facilitator).await;
    let circle = store.create_circle(&youth_circle(), 0).await.unwrap();
    let safeguarding = Training::parse("Safeguarding young people", "Keeping under-18s safe", "12", false).unwrap();
    let safeguarding = store.save_training(&safeguarding).await.unwrap();
    let listening = Training::parse("Active listening", "", "", true).unwrap();
    let listening = store.save_training(&listening).await.unwrap();
    store.set_circle_trainings(circle, &[safeguarding]).await.unwrap();
    assert_eq!(store.circle_training_ids(circle).await.unwrap(), vec![safeguarding]);

    let today = day("2026-06-01");
    // Lapses in 20 days, in 60 days, and lapsed a month ago; Kai has only
    // a training the circle does not ask for.
    store.record_training(safeguarding, ruth, day("2025-06-21"), meera, 0).await.unwrap();
    store.record_training(safeguarding, jo, day("2025-07-31"), meera, 0).await.unwrap();
    let lapsed = store.record_training(safeguarding, nadia, day("2025-05-01"), meera, 0).await.unwrap();
    store.record_training(listening, kai, day("2020-01-01"), meera, 0).await.unwrap();

    assert!(store.missing_trainings(circle, ruth, today).await.unwrap().is_empty());
    assert!(store.missing_trainings(circle, jo, today).await.unwrap().is_empty());
    assert_eq!(store.missing_trainings(circle, nadia, today).await.unwrap(), ["Safeguarding young people"]);
    assert_eq!(store.missing_trainings(circle, kai, today).await.unwrap(), ["Safeguarding young people"]);
    // On the day Ruth's lapses, she is blocked too.
    assert_eq!(store.missing_trainings(circle, ruth, day("2026-06-21")).await.unwrap().len(), 1);

    store.set_facilitators(circle, &[ruth, jo]).await.unwrap();
    let gaps = store.training_gaps(today).await.unwrap();
    let who: Vec<&str> = gaps.iter().map(|g| g.alias.as_str()).collect();
    assert_eq!(who, ["Ruth"], "20 days ahead is a gap, 60 days ahead is not");
    assert_eq!(gaps[0].ends, Some(day("2026-06-21")));
    assert_eq!(gaps[0].circle_slug, "young-carers");

    // A record entered by mistake can go; the checker is kept on the rest.
    let removed = store.delete_training_record(lapsed).await.unwrap().unwrap();
    assert_eq!(removed.alias, "Nadia");
    let ruths = store.training_records(Some(ruth)).await.unwrap();
    assert_eq!(ruths.len(), 1);
    assert_eq!(ruths[0].checked_by.as_deref(), Some("Meera"));
    assert_eq!(store.training_records(None).await.unwrap().len(), 3);

    // A retired training is required of nobody.
    store.set_training_retired(safeguarding, true).await.unwrap();
    assert!(store.missing_trainings(circle, kai, today).await.unwrap().is_empty());
    assert!(store.training_gaps(today).await.unwrap().is_empty());
}

async fn coordinators_cannot_assign_someone_whose_training_has_lapsed(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let meera = app.client();
    meera.sign_in("Meera", holdspace::demo::PASSWORD).await;
    let jo = app.store.credentials("jo").await.unwrap().unwrap().0.id;
    let ruth = app.store.credentials("ruth").await.unwrap().unwrap().0.id;
    let today = Utc::now().date_naive();

    meera.get("/admin/trainings").await;
    let added = meera
        .post(
            "/admin/trainings",
            &[("name", "Safeguarding"), ("covers", "Keeping people safe"), ("valid_months", "12")],
        )
        .await;
    assert_eq!(added.location(), "/admin/trainings?done=training-saved");
    let training = app.store.trainings().await.unwrap()[0].id;
    meera.get("/admin/circles/after-a-loss").await;
    let required = meera.post("/admin/circles/after-a-loss/trainings", &[("training", &training.to_string())]).await;
    assert_eq!(required.status, StatusCode::SEE_OTHER);

    // Jo completed it over a year ago: it has expired.
    meera.get("/admin/trainings").await;
    let old = (today - Duration::days(400)).to_string();
    let recorded = meera
        .post(
            "/admin/trainings/records",
            &[("member", &jo.to_string()), ("training", &training.to_string()), ("completed_on", &old)],
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER);

    meera.get("/admin/circles/after-a-loss").await;
    let both = [("facilitator", ruth.to_string()), ("facilitator", jo.to_string())];
    let fields: Vec<(&str, &str)> = both.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = meera.post("/admin/circles/after-a-loss/facilitators", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Jo cannot facilitate this circle yet: they need Safeguarding"), "{}", refused.body);
    let loss = app.store.circle_by_slug("after-a-loss").await.unwrap().unwrap().id;
    assert_eq!(app.store.facilitator_ids(loss).await.unwrap(), vec![ruth], "Jo was not added");

    // Ruth, who already facilitates it without the training, is a gap.
    let gaps = meera.get("/admin/trainings/gaps").await;
    assert!(gaps.body.contains("Ruth: Safeguarding"));
    assert!(gaps.body.contains("Not completed yet"));

    // Renewed last week, Jo can be assigned.
    meera.get("/admin/trainings").await;
    let renewed = (today - Duration::days(7)).to_string();
    meera
        .post(
            "/admin/trainings/records",
            &[("member", &jo.to_string()), ("training", &training.to_string()), ("completed_on", &renewed)],
        )
        .await;
    meera.get("/admin/circles/after-a-loss").await;
    let saved = meera.post("/admin/circles/after-a-loss/facilitators", &fields).await;
    assert_eq!(saved.location(), "/admin/circles/after-a-loss?done=facilitators-saved");

    let audit = meera.get("/admin/audit").await;
    assert!(audit.body.contains("Recorded a completed training"));
    assert!(audit.body.contains("Changed the trainings a circle requires"));

    // Jo sees their own record; a participant sees no one's.
    let jo_client = app.client();
    jo_client.sign_in("Jo", holdspace::demo::PASSWORD).await;
    let account = jo_client.get("/account").await;
    assert!(account.body.contains("Your trainings"));
    assert!(account.body.contains("Expired on"), "the old completion shows as expired");
    let sam = app.client();
    sam.sign_in("Sam", holdspace::demo::PASSWORD).await;
    assert!(!sam.get("/account").await.body.contains("Safeguarding"));
}

on_both_databases!(
    expiry_blocks_assignment_and_the_gaps_look_thirty_days_ahead,
    coordinators_cannot_assign_someone_whose_training_has_lapsed,
);
