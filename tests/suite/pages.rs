//! Public pages, headers, health probes and bad input.

use reqwest::StatusCode;

use holdspace::domain::member::Roles;

use crate::helpers::{Backend, SmtpSink, smtp_settings, spawn_app, spawn_app_with, spawn_demo_app};
use crate::on_both_databases;
use crate::rooms::{circle_with_meet, open_room, person};

const PASSWORD: &str = "correct horse battery staple";

async fn the_home_page_and_directory_list_the_demo_circles(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let browser = app.client();
    let home = browser.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("<html lang=\"en\">"));
    assert!(home.body.contains("Common Ground Peer Support"));
    let directory = browser.get("/circles").await;
    assert_eq!(directory.status, StatusCode::OK);
    assert_eq!(directory.body.matches("class=\"card\"").count(), 14);
    for name in
        ["After a loss", "Caring for someone with dementia", "LGBTQIA+ peer circle", "Deaf and hard-of-hearing circle"]
    {
        assert!(directory.body.contains(name), "{name} is listed");
    }
    let circle = browser.get("/circles/dementia-carers").await;
    assert_eq!(circle.status, StatusCode::OK);
    assert!(circle.body.contains("Nadia"), "facilitators are shown");
    assert!(circle.body.contains("No advice unless someone asks for it."), "organisation agreements are shown");
    assert!(circle.body.contains("Camden, London"), "the area is shown");
    assert!(!circle.body.contains("45 Queen"), "the street address is not shown to visitors");
    app.stop().await;
}

async fn every_page_carries_the_security_headers(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    for path in ["/", "/circles", "/signin", "/no-such-page"] {
        let page = browser.get(path).await;
        let csp = page.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'")
                && csp.contains("script-src 'self'")
                && csp.contains("frame-ancestors 'none'")
        );
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(page.headers["x-content-type-options"], "nosniff");
        assert_eq!(page.headers["referrer-policy"], "no-referrer");
        assert_eq!(page.headers["cache-control"], "no-store");
        assert!(!page.body.contains("<script>"), "no inline script");
        assert!(!page.body.contains(" style=\""), "no inline style");
    }
    let css = browser.get("/static/app.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.headers["cache-control"].to_str().unwrap().contains("immutable"));
    assert_eq!(browser.get("/static/nope.css").await.status, StatusCode::NOT_FOUND);
    app.stop().await;
}

async fn errors_get_a_calm_page_with_the_right_status(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    let missing = browser.get("/no/such/page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("We cannot find that page"));
    assert!(missing.body.contains("<main"));
    assert_eq!(browser.get("/circles/not-a-circle").await.status, StatusCode::NOT_FOUND);

    let wrong_method = reqwest::Client::new().delete(app.url("/circles")).send().await.unwrap();
    assert_eq!(wrong_method.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(wrong_method.text().await.unwrap().contains("That action is not available here"));

    browser.get("/signup").await;
    let token = browser.csrf();
    let invalid_utf8 =
        [b"csrf=".as_slice(), token.as_bytes(), b"&alias=%FF%FE&password=abcdefghijkl".as_slice()].concat();
    let page = browser.post_raw("/signup", invalid_utf8).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "invalid UTF-8 becomes a form error");
    assert!(page.body.contains("Your alias can use letters"));

    let malformed = browser.post_raw("/signup", b"%%%=&&&=%".to_vec()).await;
    assert_eq!(malformed.status, StatusCode::FORBIDDEN, "no token in a malformed form");

    let huge = browser.post_raw("/signup", vec![b'a'; 200 * 1024]).await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(huge.body.contains("more than we can take"));

    let bad_query = browser.get("/admin/members?page=minus-one").await;
    assert!(bad_query.status == StatusCode::SEE_OTHER || bad_query.status == StatusCode::BAD_REQUEST);
    let bad_id = browser.post("/account/sessions/not-a-number/revoke", &[]).await;
    assert!(bad_id.status.is_client_error() || bad_id.status == StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/reset/not-a-real-token").await.status, StatusCode::GONE);
    assert_eq!(browser.get("/healthz").await.status, StatusCode::OK, "the server is still up");
    app.stop().await;
}

async fn health_and_readiness(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    assert_eq!(browser.get("/healthz").await.status, StatusCode::OK);
    assert_eq!(browser.get("/readyz").await.status, StatusCode::OK);
    app.store.close().await;
    let page = browser.get("/readyz").await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE, "not ready without a database");
    assert_eq!(browser.get("/healthz").await.status, StatusCode::OK, "but still alive");
    app.stop().await;
}

async fn signing_in_lands_on_my_meets_unless_a_safe_next_says_otherwise(backend: Backend) {
    let app = spawn_app(backend).await;
    app.client().sign_up("Rowan", PASSWORD).await;
    let plain = app.client().sign_in("Rowan", PASSWORD).await;
    assert_eq!(plain.location(), "/meets", "what is on now or next comes first");
    let asked = app.client();
    asked.get("/signin?next=/circles").await;
    let with_next =
        asked.post("/signin", &[("alias", "Rowan"), ("password", PASSWORD), ("next", "/circles/tea")]).await;
    assert_eq!(with_next.location(), "/circles/tea", "an explicit next still wins");
    let outside = app.client();
    outside.get("/signin").await;
    let evil = outside.post("/signin", &[("alias", "Rowan"), ("password", PASSWORD), ("next", "//evil.example")]).await;
    assert_eq!(evil.location(), "/meets", "an unsafe next is ignored");
    app.stop().await;
}

async fn my_meets_and_home_lead_with_the_open_room(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "tea", false).await;
    let (facilitator, _) = person(&app, circle, meet, "Nadia", Roles { facilitator: true, coordinator: false }).await;
    let (sam, _) = person(&app, circle, meet, "Sam", Roles::default()).await;
    let room_link = format!("href=\"/meets/{meet}/room\"");

    let before = sam.get("/meets").await;
    assert!(before.body.contains("Your next meet") && before.body.contains("Circle tea"), "{}", before.body);
    assert!(!before.body.contains(&room_link), "no way into a room that is not open");
    assert!(sam.get("/").await.body.contains("Your next meet"), "the home page says the same");

    open_room(&facilitator, meet).await;
    for path in ["/meets", "/"] {
        let page = sam.get(path).await;
        assert!(page.body.contains("Happening now"), "{path}: {}", page.body);
        assert!(page.body.contains(&room_link) && page.body.contains("Enter the live room"), "{path}: one click in");
    }

    let visitor = app.client().get("/").await;
    assert!(visitor.body.contains("action=\"/circles\"") && visitor.body.contains("name=\"q\""), "a search box");
    assert!(!visitor.body.contains("Happening now") && !visitor.body.contains("Your next meet"));
    app.stop().await;
}

async fn recovery_codes_can_be_downloaded_copied_and_printed(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app.client().sign_up("Rowan", PASSWORD).await;
    let codes = page.codes();
    assert!(!codes.is_empty());
    let link = page.body.split("id=\"codes-download\"").nth(1).expect("a download link").split('>').next().unwrap();
    assert!(link.contains("download=\"recovery-codes.txt\""), "{link}");
    let href = link.split("href=\"").nth(1).unwrap().split('"').next().unwrap();
    let text = percent_decode(href.strip_prefix("data:text/plain;charset=utf-8,").expect("a text file"));
    assert!(codes.iter().all(|code| text.contains(code.as_str())), "every code is in the file: {text}");
    for button in ["id=\"codes-copy\"", "id=\"codes-print\""] {
        assert!(page.body.contains(button), "{button}");
    }
    let script = page.body.split("<script src=\"").filter_map(|s| s.split('"').next()).find(|s| s.contains("codes.js"));
    let script = script.expect("the buttons' script is a file, not inline");
    assert_eq!(app.client().get(script).await.status, StatusCode::OK);
    assert!(!page.body.contains("<script>") && !page.body.contains(" onclick="), "no inline script");
    app.stop().await;
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

async fn sign_in_offers_an_email_link_only_when_email_is_set_up(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app.client().get("/signin").await;
    assert!(!page.body.contains("href=\"/reset\""), "no email on this server: no promise of one");
    assert!(page.body.contains("href=\"/recover\""), "recovery codes still work");
    app.stop().await;

    let smtp = SmtpSink::start().await;
    let port = smtp.port;
    let app = spawn_app_with(backend, |c| c.smtp = Some(smtp_settings(port))).await;
    assert!(app.client().get("/signin").await.body.contains("href=\"/reset\""), "offered when it can be kept");
    app.stop().await;
}

async fn search_results_come_before_the_filters_and_hindi_finds_hindi_circles(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let browser = app.client();
    let found = browser.get("/circles?q=mujhe+bahut+akela+lagta+hai").await;
    let body = &found.body;
    let (results, filters) = (body.find("class=\"cards\"").unwrap(), body.find("<details class=\"filters\"").unwrap());
    assert!(results < filters, "results first, then the ways to narrow down");
    assert!(body.contains("<details class=\"filters\">"), "collapsed after a query");
    let first_card = body[results..].split("class=\"card\"").nth(1).unwrap();
    assert!(first_card.contains("Hindi"), "a circle held in Hindi comes first: {first_card}");

    let narrowed = browser.get("/circles?q=stress&language=hi").await;
    assert!(narrowed.body.contains("<details class=\"filters\" open>"), "open while a filter is set");
    assert!(narrowed.body.contains("<input type=\"hidden\" name=\"language\" value=\"hi\">"), "kept for new words");
    assert!(browser.get("/circles").await.body.contains("<details class=\"filters\" open>"), "open for browsing");
    app.stop().await;
}

on_both_databases!(
    search_results_come_before_the_filters_and_hindi_finds_hindi_circles,
    recovery_codes_can_be_downloaded_copied_and_printed,
    sign_in_offers_an_email_link_only_when_email_is_set_up,
    signing_in_lands_on_my_meets_unless_a_safe_next_says_otherwise,
    my_meets_and_home_lead_with_the_open_room,
    the_home_page_and_directory_list_the_demo_circles,
    every_page_carries_the_security_headers,
    errors_get_a_calm_page_with_the_right_status,
    health_and_readiness,
);
