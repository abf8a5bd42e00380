//! A circle that meets on an outside tool: its meeting link reaches people
//! with a seat (and those who run the circle) from 15 minutes before a meet
//! until its end, and nobody and nothing else: not visitors, members without
//! a seat, the API, calendar files, notices, the audit log or the server's
//! log. The real binary runs here, so its log is read too.

use std::io::Read;

use holdspace::domain::member::Roles;
use reqwest::StatusCode;

use crate::cli::{start_server_with, terminate, wait_for_exit};
use crate::helpers::{Backend, Client, TestApp, TestDb, member_with_cookie, random_suffix, store_for};
use crate::on_both_databases;
use crate::rooms::{circle_with_meet, person};

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };
const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };

async fn an_outside_meeting_link_reaches_seats_only_and_only_shortly_before_the_meet(backend: Backend) {
    let link = format!("https://meet.example.org/canary-{}?pwd=x1", random_suffix());
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let seed = TestApp::seeding(store.clone());
    let (circle, meet) = circle_with_meet(&seed, "outside-tool", false).await;
    let (_, ruth) = person(&seed, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha) = person(&seed, circle, meet, "Asha", Roles::default()).await;
    let (_, _, kai) = member_with_cookie(&seed, "Kai", Roles::default()).await;
    let (_, _, meera) = member_with_cookie(&seed, "Meera", COORDINATOR).await;
    // The meet is tomorrow to begin with (Asha is told it moved).
    let soon = store.meet_alone(meet).await.unwrap().unwrap().starts_at;
    assert!(store.move_meet(meet, soon + 24 * 3600, "").await.unwrap());
    store.close().await;

    let workdir = std::env::temp_dir().join(format!("holdspace-outside-{}", random_suffix()));
    std::fs::create_dir_all(&workdir).unwrap();
    let log_path = workdir.join("server.log");
    let log_file = std::fs::File::create(&log_path).unwrap();
    let (mut child, addr) = start_server_with(&db, "trace", |c| {
        c.stderr(log_file);
    });
    let meera = Client::with_cookie(addr, Some(&meera));
    let ruth = Client::with_cookie(addr, Some(&ruth));
    let asha = Client::with_cookie(addr, Some(&asha));
    let kai = Client::with_cookie(addr, Some(&kai));
    let visitor = Client::new(addr);

    // The coordinator gives the circle its link: https only.
    let form = meera.get("/admin/circles/outside-tool").await;
    assert!(form.body.contains(r#"action="/admin/circles/outside-tool/external-link""#));
    let plain = link.replacen("https://", "http://", 1);
    let refused = meera.post("/admin/circles/outside-tool/external-link", &[("external_link", &plain)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Please give a link that starts with https://"));
    let saved = meera.post("/admin/circles/outside-tool/external-link", &[("external_link", &link)]).await;
    assert_eq!(saved.location(), "/admin/circles/outside-tool?done=external-link-saved#external-link");
    assert!(meera.get("/admin/circles/outside-tool").await.body.contains(&link.replace('&', "&amp;")));
    let audit = meera.get("/admin/audit").await.body;
    assert!(audit.contains("Gave a circle a meeting link on another tool"), "the change is recorded");

    // Tomorrow's meet: Asha is told when the link will appear, and not the link.
    let meet_page = format!("/meets/{meet}");
    let early = asha.get(&meet_page).await.body;
    assert!(early.contains("The link to join appears here 15 minutes before the meet starts."), "{early}");
    assert!(early.contains("This circle meets on another tool for now"));
    assert!(!early.contains("meet.example.org"), "not even the tool's address yet");
    assert!(!asha.get("/meets").await.body.contains(&link));

    // Ten minutes before: the seat holder and the facilitator see it.
    let store = store_for(&db).await;
    assert!(store.move_meet(meet, soon, "").await.unwrap());
    let shown = format!(r#"href="{}""#, link.replace('&', "&amp;"));
    for (who, client) in [("Asha", &asha), ("Ruth", &ruth)] {
        let page = client.get(&meet_page).await.body;
        assert!(page.contains(&shown), "{who} sees the link on the meet's page");
        assert!(page.contains("Join the meet on meet.example.org"));
    }
    let mine = asha.get("/meets").await.body;
    assert!(mine.contains(&shown), "on My meets");
    assert!(asha.get("/").await.body.contains(&shown), "in 'now and next'");

    // Nobody else, and nothing else, ever.
    let everywhere = [
        meet_page.clone(),
        "/circles/outside-tool".to_string(),
        "/circles".to_string(),
        "/circles/outside-tool/calendar.ics".to_string(),
        format!("/meets/{meet}/calendar.ics"),
        "/api/v1/circles".to_string(),
        "/api/v1/circles/outside-tool".to_string(),
        format!("/api/v1/meets/{meet}"),
        "/".to_string(),
        "/meets".to_string(),
    ];
    for path in &everywhere {
        for (who, client) in [("a visitor", &visitor), ("Kai, without a seat", &kai)] {
            let page = client.get(path).await;
            assert!(!page.body.contains("canary-"), "{who} got the link from {path}");
        }
    }
    for path in everywhere.iter().filter(|p| p.contains(".ics") || p.starts_with("/api/")) {
        assert!(!asha.get(path).await.body.contains("canary-"), "{path} never carries it, even for a seat");
    }
    assert!(kai.get(&meet_page).await.body.contains("This circle meets on another tool for now"));

    // Asha gives up her seat: the link goes with it.
    asha.post(&format!("/meets/{meet}/cancel-rsvp"), &[]).await;
    assert!(!asha.get(&meet_page).await.body.contains("canary-"));

    // Taken away, it is gone for everyone, and that is recorded too.
    meera.get("/admin/circles/outside-tool").await;
    meera.post("/admin/circles/outside-tool/external-link", &[("external_link", "")]).await;
    assert!(!ruth.get(&meet_page).await.body.contains("canary-"));
    assert!(meera.get("/admin/audit").await.body.contains("Took away a circle"));
    assert!(!meera.get("/admin/audit").await.body.contains("canary-"), "the audit log never holds the link");

    terminate(&child);
    assert_eq!(wait_for_exit(&mut child), 0);
    let mut rest = String::new();
    child.stdout.take().map(|mut out| out.read_to_string(&mut rest));
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.contains("/external-link"), "the log was written: {log}");
    assert!(!log.contains("canary-") && !rest.contains("canary-"), "the link reached the log");
    store.close().await;
    let _ = std::fs::remove_dir_all(&workdir);
}

on_both_databases!(an_outside_meeting_link_reaches_seats_only_and_only_shortly_before_the_meet);
