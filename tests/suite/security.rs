//! What an outside probe tried (issue 13): redirects that leave the site,
//! agreements that reach another circle, API errors in the wrong type,
//! absolute URLs built from a forged `Host`, unlisted circles found by
//! walking ids, demoted facilitators keeping their powers, and slow clients.

use holdspace::domain::member::Roles;
use holdspace::web::listener::ConnectionLimits;
use reqwest::StatusCode;

use crate::helpers::{Backend, SmtpSink, TestApp, csrf_in, member, smtp_settings, spawn_app, spawn_app_with};
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
    let (sam, sam_id) = member(&app, "Sam", Roles::default()).await;
    accept(&app, sam_id, app.store.circle_by_slug("grief").await.unwrap().unwrap().id).await;
    sam.get("/circles/grief").await;
    sam.post(&format!("/meets/{}/rsvp", meets[0]), &[]).await;
    let nul = sam.post(&format!("/meets/{}/cancel-rsvp", meets[0]), &[("back", "/\0")]).await;
    assert_eq!(nul.status, StatusCode::BAD_REQUEST, "a clear 400, not a 500");
    assert_eq!(app.store.meet(meets[0]).await.unwrap().unwrap().going, 1, "and nothing was changed first");
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
    // The database stops answering while a signed-in reader's session is looked up.
    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    app.store.close().await;
    let down = sam.get("/api/v1/circles").await;
    assert!(down.status.is_server_error(), "{}", down.status);
    assert_eq!(down.headers["content-type"], "application/json");
    let body: serde_json::Value = serde_json::from_str(&down.body).unwrap();
    assert_eq!(body["status"], down.status.as_u16());
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
    meera.get(&format!("/meets/{}", meets[0])).await;
    meera.post(&format!("/meets/{}/room/open", meets[0]), &[]).await;
    let room = ruth.get(&format!("/meets/{}/room", meets[0])).await;
    assert_eq!(room.status, StatusCode::FORBIDDEN, "no way into the room as its facilitator");
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
    unlisted.drop_in = true;
    app.store.update_circle(&unlisted, holdspace::services::now()).await.unwrap();
    let walked = [
        format!("/api/v1/meets/{}", meets[0]),
        format!("/meets/{}", meets[0]),
        format!("/meets/{}/calendar.ics", meets[0]),
        format!("/meets/{}/drop-in", meets[0]),
        format!("/meets/{}/room", meets[0]),
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

    // The circle's link still works, with its meets, and answering from it makes the tie.
    let shared = app.client().get("/circles/hidden").await;
    assert_eq!(shared.status, StatusCode::OK, "shared by link");
    let meet_link = format!("/meets/{}?circle=hidden", meets[0]);
    assert!(shared.body.contains(&meet_link), "its meets are linked from its page");
    assert_eq!(app.client().get(&meet_link).await.status, StatusCode::OK);
    let drop_in_link = format!("/meets/{}/drop-in?circle=hidden", meets[0]);
    assert!(shared.body.contains(&drop_in_link), "its drop-in links carry the circle too");
    let walk_in = app.client();
    let form = walk_in.get(&drop_in_link).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(&format!("action=\"{drop_in_link}\"")), "the form posts where it came from");
    let dropped = walk_in.post(&drop_in_link, &[("alias", "Quiet Fox"), ("agree", "yes")]).await;
    assert_eq!(dropped.location(), format!("/meets/{}?done=dropped-in", meets[0]));
    assert_eq!(walk_in.get(&format!("/meets/{}", meets[0])).await.status, StatusCode::OK, "the pass finds its meet");
    assert_eq!(
        app.client().get(&format!("/meets/{}/calendar.ics?circle=hidden", meets[0])).await.status,
        StatusCode::OK
    );
    assert_eq!(app.client().get(&format!("/meets/{}?circle=open", meets[0])).await.status, StatusCode::NOT_FOUND);
    let feed = app.client().get("/circles/hidden/calendar.ics").await;
    assert!(feed.body.contains(&meet_link), "its calendar links the meets the same way");
    let (guest_of_link, _) = member(&app, "Linked", Roles::default()).await;
    let meet_page = guest_of_link.get(&meet_link).await;
    assert!(meet_page.body.contains("value=\"/circles/hidden\""), "its RSVP button names the circle");
    let answered = guest_of_link.post(&format!("/meets/{}/rsvp", meets[0]), &[("back", "/circles/hidden")]).await;
    assert!(answered.location().starts_with("/circles/hidden/agreements?then=rsvp"), "{}", answered.location());
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

/// A request with a forged `Host`, as a probe would send it.
async fn forged(app: &TestApp, method: reqwest::Method, path: &str, form: Option<(&str, &[(&str, &str)])>) -> String {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let mut request = http.request(method, app.url(path)).header("host", "evil.host");
    if let Some((cookie, fields)) = form {
        request = request.header("cookie", cookie).form(fields);
    }
    request.send().await.unwrap().text().await.unwrap()
}

async fn absolute_urls_never_follow_a_forged_host(backend: Backend) {
    let smtp = SmtpSink::start().await;
    let port = smtp.port;
    let app = spawn_app_with(backend, |c| c.smtp = Some(smtp_settings(port))).await;
    let (_, meets) = weekly_circle(&app, "grief", 10, 1).await;
    let site = app.url("");
    for path in ["/api/v1/circles/grief".to_string(), format!("/api/v1/meets/{}", meets[0])] {
        let body = forged(&app, reqwest::Method::GET, &path, None).await;
        assert!(body.contains(&format!("\"url\":\"{site}/")) && !body.contains("evil.host"), "{path}: {body}");
    }
    let calendar = forged(&app, reqwest::Method::GET, &format!("/meets/{}/calendar.ics", meets[0]), None).await;
    assert!(calendar.contains(&format!("URL:{site}/meets/")) && !calendar.contains("evil.host"), "{calendar}");

    app.client()
        .sign_up_with(&[("alias", "Asha"), ("password", "a long enough password"), ("email", "asha@example.org")])
        .await;
    let browser = app.client();
    let form = browser.get("/reset").await;
    let csrf = csrf_in(&form.body).unwrap();
    let cookie =
        form.set_cookies().iter().find(|c| c.starts_with("hs_csrf=")).unwrap().split(';').next().unwrap().to_string();
    forged(&app, reqwest::Method::POST, "/reset", Some((&cookie, &[("csrf", &csrf), ("email", "asha@example.org")])))
        .await;
    let mail = smtp.wait_for(1).await.first().cloned().expect("a reset mail").replace("=\n", "");
    assert!(mail.contains(&format!("{site}/reset/")), "{mail}");
    assert!(!mail.contains("evil.host"), "the link leads to the real site only");
    app.stop().await;
}

#[test]
fn mail_without_a_public_url_refuses_to_start() {
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("holdspace-smtp-{}", crate::helpers::random_suffix()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_holdspace"));
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("HOLDSPACE_")) {
        command.env_remove(key);
    }
    let mut child = command
        .args(["serve", "--bind", "127.0.0.1:0", "--smtp-url", "smtp://127.0.0.1:2525"])
        .env("HOLDSPACE_DATABASE_URL", format!("sqlite://{}", dir.join("h.db").display()))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // It must stop by itself; one that started serving is stopped here.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("it served instead of refusing to start");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(!status.success());
    assert!(stderr.contains("HOLDSPACE_PUBLIC_URL (--public-url)"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Whether the server closes `tcp` within `bound` (reading and dropping whatever it sends).
async fn closed_within(tcp: &mut tokio::net::TcpStream, bound: std::time::Duration) -> bool {
    use tokio::io::AsyncReadExt;
    let mut buffer = [0u8; 4096];
    let closing = async {
        loop {
            match tcp.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    };
    tokio::time::timeout(bound, closing).await.is_ok()
}

#[tokio::test]
async fn slow_and_silent_connections_are_closed() {
    use tokio::io::AsyncWriteExt;
    use tokio::net::TcpStream;
    let app = spawn_app_with(Backend::Sqlite, |c| {
        c.connections = ConnectionLimits { header_timeout: std::time::Duration::from_secs(1), per_address: 64 }
    })
    .await;
    // Generous: the point is that they close at all, not how fast.
    let bound = std::time::Duration::from_secs(30);
    let mut silent = TcpStream::connect(app.addr).await.unwrap();
    let mut half = TcpStream::connect(app.addr).await.unwrap();
    half.write_all(b"GET /circles HT").await.unwrap();
    let mut idle = TcpStream::connect(app.addr).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    assert!(closed_within(&mut silent, bound).await, "a connection that sends nothing");
    assert!(closed_within(&mut half, bound).await, "half a request line");
    assert!(closed_within(&mut idle, bound).await, "an idle kept-alive connection, after its answer");
    assert_eq!(app.client().get("/circles").await.status, StatusCode::OK, "everyone else is served");
    app.stop().await;
}

#[tokio::test]
async fn one_address_holds_only_so_many_connections() {
    use tokio::net::TcpStream;
    let app = spawn_app_with(Backend::Sqlite, |c| {
        c.connections = ConnectionLimits { header_timeout: std::time::Duration::from_secs(300), per_address: 4 }
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(TcpStream::connect(app.addr).await.unwrap());
    }
    let mut one_more = TcpStream::connect(app.addr).await.unwrap();
    assert!(closed_within(&mut one_more, std::time::Duration::from_secs(30)).await, "the fifth is closed");
    drop(held.pop());
    // The slot comes back once the server has seen the close.
    let mut served = false;
    for _ in 0..100 {
        if let Ok(response) = reqwest::get(app.url("/healthz")).await {
            served = response.status() == StatusCode::OK;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(served, "a closed connection frees its place");
    drop(held);
    app.stop().await;
}

on_both_databases!(
    redirects_never_leave_the_site,
    accepting_one_circles_agreements_reaches_no_other_circle,
    api_errors_are_json,
    revoking_the_facilitator_role_ends_every_power_at_once,
    unlisted_circles_are_not_found_by_walking_meet_ids,
    absolute_urls_never_follow_a_forged_host,
);
