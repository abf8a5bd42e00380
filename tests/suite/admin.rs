//! Coordinators: roles, the audit log, one-time passwords, settings; and an
//! authorisation check of every route as every role.

use holdspace::services::admin;
use reqwest::StatusCode;

use crate::helpers::{Backend, Client, TestApp, spawn_app, spawn_demo_app};
use crate::on_both_databases;

const PASSWORD: &str = "a calm blue lake";

/// Creates a coordinator through the same service the console uses.
async fn coordinator(app: &TestApp, alias: &str) -> Client {
    admin::create_coordinator(&app.store, alias, Some(PASSWORD.into()), holdspace::services::now()).await.unwrap();
    let browser = app.client();
    assert_eq!(browser.sign_in(alias, PASSWORD).await.status, StatusCode::SEE_OTHER);
    browser
}

async fn member_id(app: &TestApp, alias: &str) -> i64 {
    app.store.credentials(&alias.to_lowercase()).await.unwrap().unwrap().0.id
}

async fn coordinators_grant_and_revoke_the_facilitator_role_and_it_is_audited(backend: Backend) {
    let app = spawn_app(backend).await;
    let meera = coordinator(&app, "Meera").await;
    app.client().sign_up("Sam", PASSWORD).await;
    let sam = member_id(&app, "Sam").await;

    let list = meera.get("/admin/members?q=sa").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Make Sam a facilitator"));
    assert!(!list.body.contains("Make Meera a facilitator"), "search filters the list");

    let granted = meera
        .post(&format!("/admin/members/{sam}/role"), &[("role", "facilitator"), ("grant", "true"), ("q", "sa")])
        .await;
    assert_eq!(granted.status, StatusCode::SEE_OTHER);
    assert_eq!(granted.location(), "/admin/members?q=sa&done=role-changed");
    assert!(app.store.member(sam).await.unwrap().unwrap().roles.facilitator);
    let list = meera.get("/admin/members").await;
    assert!(list.body.contains("Remove facilitator role from Sam"));
    meera.post(&format!("/admin/members/{sam}/role"), &[("role", "facilitator"), ("grant", "false")]).await;
    assert!(!app.store.member(sam).await.unwrap().unwrap().roles.facilitator);

    let audit = meera.get("/admin/audit").await;
    assert_eq!(audit.status, StatusCode::OK);
    let rows: Vec<&str> = audit.body.split("<tr><td>").skip(1).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows[0].contains("Meera") && rows[0].contains("Removed the facilitator role") && rows[0].contains("Sam"));
    assert!(rows[1].contains("Gave the facilitator role"));
    assert!(
        rows[2].contains("The server console")
            && rows[2].contains("Gave the coordinator role")
            && rows[2].contains("Meera")
    );
    assert!(!audit.body.contains(PASSWORD));
    app.stop().await;
}

async fn a_coordinator_cannot_remove_their_own_coordinator_role(backend: Backend) {
    let app = spawn_app(backend).await;
    let meera = coordinator(&app, "Meera").await;
    let me = member_id(&app, "Meera").await;
    meera.get("/admin/members").await;
    let refused =
        meera.post(&format!("/admin/members/{me}/role"), &[("role", "coordinator"), ("grant", "false")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("You cannot remove your own coordinator role"));
    assert!(app.store.member(me).await.unwrap().unwrap().roles.coordinator);
    app.stop().await;
}

async fn a_coordinator_issues_a_one_time_password_that_must_be_replaced(backend: Backend) {
    let app = spawn_app(backend).await;
    let meera = coordinator(&app, "Meera").await;
    let sam_browser = app.client();
    sam_browser.sign_up("Sam", PASSWORD).await;
    let sam = member_id(&app, "Sam").await;
    meera.get("/admin/members").await;
    let page = meera.post(&format!("/admin/members/{sam}/password"), &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    let one_time = page.codes().into_iter().next().unwrap();
    assert_eq!(one_time.len(), 23);
    assert_eq!(sam_browser.get("/account").await.status, StatusCode::SEE_OTHER, "Sam is signed out everywhere");

    let signed_in = sam_browser.sign_in("Sam", &one_time).await;
    assert_eq!(signed_in.location(), "/account/password");
    let forced = sam_browser.get("/account").await;
    assert_eq!(forced.location(), "/account/password", "nothing else until a new password is chosen");
    let form = sam_browser.get("/account/password").await;
    assert!(form.body.contains("one-time password"));
    sam_browser.post("/account/password", &[("current", &one_time), ("password", "sams own new password")]).await;
    assert_eq!(sam_browser.get("/account").await.status, StatusCode::OK);
    let audit = meera.get("/admin/audit").await;
    assert!(audit.body.contains("Issued a new password"));
    assert!(!audit.body.contains(&one_time));
    app.stop().await;
}

async fn settings_change_the_name_and_version_the_agreements(backend: Backend) {
    let app = spawn_app(backend).await;
    let meera = coordinator(&app, "Meera").await;
    meera.get("/admin/settings").await;
    let bad = meera.post("/admin/settings", &[("name", ""), ("country", "India"), ("agreements", "")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = meera
        .post(
            "/admin/settings",
            &[("name", "Saathi Circles"), ("country", "in"), ("agreements", "Be kind\n\nListen first")],
        )
        .await;
    assert_eq!(saved.location(), "/admin/settings?done=settings-saved");
    let home = app.client().get("/").await;
    assert!(home.body.contains("<title>Welcome · Saathi Circles</title>"));
    let settings = app.store.org_settings().await.unwrap();
    assert_eq!(settings.agreements, vec!["Be kind", "Listen first"]);
    assert_eq!(settings.country, "IN");
    assert_eq!(settings.agreements_version, 2);
    assert!(meera.get("/admin/audit").await.body.contains("Changed the organisation settings"));
    app.stop().await;
}

/// What a role may get from a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Ok,
    SignInFirst,
    Forbidden,
}

/// Tries every route as every role.
async fn every_route_answers_each_role_as_it_should(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let anonymous = app.client();
    let participant = app.client();
    participant.sign_in("Sam", holdspace::demo::PASSWORD).await;
    let facilitator = app.client();
    facilitator.sign_in("Ruth", holdspace::demo::PASSWORD).await;
    let coordinator = app.client();
    coordinator.sign_in("Meera", holdspace::demo::PASSWORD).await;
    let sam = member_id(&app, "Sam").await;

    use Outcome::*;
    let pages: &[(&str, [Outcome; 4])] = &[
        ("/", [Ok, Ok, Ok, Ok]),
        ("/circles", [Ok, Ok, Ok, Ok]),
        ("/circles/after-a-loss", [Ok, Ok, Ok, Ok]),
        ("/signup", [Ok, Ok, Ok, Ok]),
        ("/signin", [Ok, Ok, Ok, Ok]),
        ("/recover", [Ok, Ok, Ok, Ok]),
        ("/reset", [Ok, Ok, Ok, Ok]),
        ("/account", [SignInFirst, Ok, Ok, Ok]),
        ("/account/password", [SignInFirst, Ok, Ok, Ok]),
        ("/account/export", [SignInFirst, Ok, Ok, Ok]),
        ("/account/delete", [SignInFirst, Ok, Ok, Ok]),
        ("/admin", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/admin/members", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/admin/audit", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/admin/settings", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/admin/helplines", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/admin/feedback", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/admin/trainings", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/admin/trainings/gaps", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/admin/care", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/facilitate/debriefs", [SignInFirst, Forbidden, Ok, Ok]),
        ("/admin/moderation", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/admin/rota", [SignInFirst, Forbidden, Forbidden, Ok]),
        ("/report", [SignInFirst, Forbidden, Ok, Ok]),
        ("/report.csv", [SignInFirst, Forbidden, Ok, Ok]),
        ("/report/summary", [SignInFirst, Forbidden, Ok, Ok]),
    ];
    let clients = [&anonymous, &participant, &facilitator, &coordinator];
    for (path, expected) in pages {
        for (client, want) in clients.iter().zip(expected) {
            let page = client.get(path).await;
            let got = match page.status {
                StatusCode::OK => Ok,
                StatusCode::SEE_OTHER if page.location().starts_with("/signin") => SignInFirst,
                // Signed-in people visiting sign-up are sent to their account, sign-in to their meets.
                StatusCode::SEE_OTHER if page.location() == "/account" || page.location() == "/meets" => Ok,
                StatusCode::FORBIDDEN => Forbidden,
                other => panic!("{path}: unexpected {other}"),
            };
            assert_eq!(got, *want, "GET {path}");
        }
    }

    let admin_posts = [
        (format!("/admin/members/{sam}/role"), vec![("role", "facilitator"), ("grant", "true")]),
        (format!("/admin/members/{sam}/password"), vec![]),
        ("/admin/settings".to_string(), vec![("name", "Taken over"), ("country", ""), ("agreements", "")]),
        ("/admin/feedback".to_string(), vec![("q0", "Taken over?\nyes\nno")]),
        (
            "/admin/circles/after-a-loss/external-link".to_string(),
            vec![("external_link", "https://meet.example.org/taken-over")],
        ),
        ("/admin/trainings".to_string(), vec![("name", "Taken over"), ("valid_months", "12")]),
        (
            "/admin/trainings/records".to_string(),
            vec![("member", "1"), ("training", "1"), ("completed_on", "2026-01-01")],
        ),
        ("/admin/circles/after-a-loss/trainings".to_string(), vec![("training", "1")]),
        ("/admin/care/1/answered".to_string(), vec![]),
        ("/admin/moderation/1/decide".to_string(), vec![("action", "dismiss")]),
        ("/admin/circles/after-a-loss/rota".to_string(), vec![("needs_co", "yes")]),
        (
            "/admin/rota/fill".to_string(),
            vec![("circle", "after-a-loss"), ("role", "lead"), ("member", "1"), ("until", "2030-01-01")],
        ),
    ];
    for (path, fields) in &admin_posts {
        for (client, want) in [(&anonymous, SignInFirst), (&participant, Forbidden), (&facilitator, Forbidden)] {
            client.get("/").await;
            let page = client.post(path, fields).await;
            let got = match page.status {
                StatusCode::SEE_OTHER if page.location().starts_with("/signin") => SignInFirst,
                StatusCode::FORBIDDEN => Forbidden,
                other => panic!("POST {path}: unexpected {other}"),
            };
            assert_eq!(got, want, "POST {path}");
        }
    }
    assert!(!app.store.member(sam).await.unwrap().unwrap().roles.facilitator, "nothing changed");
    assert_ne!(app.store.org_settings().await.unwrap().name, "Taken over");
    let loss = app.store.circle_by_slug("after-a-loss").await.unwrap().unwrap().id;
    assert_eq!(app.store.external_link(loss).await.unwrap(), None, "no outside link was given");
    assert!(app.store.trainings().await.unwrap().is_empty(), "no training was added");

    let account_posts = [
        "/account/profile",
        "/account/password",
        "/account/recovery-codes",
        "/account/notices",
        "/account/sessions/revoke-others",
        "/account/delete",
    ];
    for path in account_posts {
        anonymous.get("/").await;
        let page = anonymous.post(path, &[]).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "POST {path} anonymously");
        assert!(page.location().starts_with("/signin"));
    }

    // A member cannot end someone else's session by guessing its id.
    let ruth = member_id(&app, "Ruth").await;
    let ruth_session = app.store.sessions_of(ruth).await.unwrap()[0].id;
    participant.get("/account").await;
    let page = participant.post(&format!("/account/sessions/{ruth_session}/revoke"), &[]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(facilitator.get("/account").await.status, StatusCode::OK);
    app.stop().await;
}

on_both_databases!(
    coordinators_grant_and_revoke_the_facilitator_role_and_it_is_audited,
    a_coordinator_cannot_remove_their_own_coordinator_role,
    a_coordinator_issues_a_one_time_password_that_must_be_replaced,
    settings_change_the_name_and_version_the_agreements,
    every_route_answers_each_role_as_it_should,
);
