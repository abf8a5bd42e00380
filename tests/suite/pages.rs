//! Public pages, headers, health probes and bad input.

use reqwest::StatusCode;

use crate::helpers::{Backend, spawn_app, spawn_demo_app};
use crate::on_both_databases;

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

on_both_databases!(
    the_home_page_and_directory_list_the_demo_circles,
    every_page_carries_the_security_headers,
    errors_get_a_calm_page_with_the_right_status,
    health_and_readiness,
);
