//! Two real instances over one PostgreSQL database: sign-in allowances are
//! counted once for both, and an organisation's settings saved on one show
//! on the other at once, not when its cache expires.
//!
//! PostgreSQL only: a site on SQLite runs one instance, whose limits the
//! accounts tests cover.

use std::time::{Duration, Instant};

use holdspace::domain::member::Roles;
use holdspace::server::{self, Running};
use holdspace::store::{ConnectOptions, Store};
use reqwest::StatusCode;

use crate::helpers::{Backend, Client, TestApp, member_with_cookie, spawn_app_with, test_config};

const PASSWORD: &str = "a long enough password";
/// How long the settings cache would keep an old name.
const CACHE_EXPIRES: Duration = Duration::from_secs(30);

/// A second instance on `first`'s database, trusting the forwarded address
/// as the first does.
async fn second_instance(first: &TestApp) -> (Running, Store) {
    let store = Store::connect(&first.db.url, &ConnectOptions::default()).await.unwrap();
    let mut config = test_config();
    config.web.trust_proxy = true;
    (server::start(store.clone(), config).await.unwrap(), store)
}

async fn two_instances() -> (TestApp, Running, Store) {
    let a = spawn_app_with(Backend::Postgres, |c| c.web.trust_proxy = true).await;
    let (b, b_store) = second_instance(&a).await;
    (a, b, b_store)
}

#[tokio::test]
async fn sign_in_failures_spread_over_two_instances_meet_one_limit() {
    let (a, b, b_store) = two_instances().await;
    a.client().sign_up("Asha", PASSWORD).await;
    let wrong = [("alias", "Asha"), ("password", "guess guess guess")];
    let on_a = Client::from_address(a.addr, "203.0.113.1");
    let on_b = Client::from_address(b.local_addr, "203.0.113.1");
    on_a.get("/signin").await;
    on_b.get("/signin").await;
    // Five wrong guesses are all one address gets at one alias, wherever it sends them.
    for n in 0..5 {
        let instance = if n % 2 == 0 { &on_a } else { &on_b };
        assert_eq!(instance.post("/signin", &wrong).await.status, StatusCode::UNAUTHORIZED, "guess {n}");
    }
    for instance in [&on_a, &on_b] {
        let limited = instance.post("/signin", &[("alias", "Asha"), ("password", PASSWORD)]).await;
        assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS, "the guesser waits on both instances");
    }
    // The owner, from another address, still gets in through either.
    let phone = Client::from_address(b.local_addr, "192.0.2.50");
    assert_eq!(phone.sign_in("Asha", PASSWORD).await.location(), "/meets");
    b.stop().await;
    b_store.close().await;
    a.stop().await;
}

/// Waits until `client` sees `name` as the site's name, failing once a
/// cache filled at `cached` would have expired by itself.
async fn sees_name(client: &Client, name: &str, cached: Instant) {
    let title = format!("<title>Welcome · {name}</title>");
    while !client.get("/").await.body.contains(&title) {
        assert!(cached.elapsed() < CACHE_EXPIRES, "still the old name when the cache would have expired");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn settings_saved_on_one_instance_show_on_the_other_at_once() {
    let a = spawn_app_with(Backend::Postgres, |c| c.web.trust_proxy = true).await;
    let (meera, _, cookie) = member_with_cookie(&a, "Meera", Roles { facilitator: false, coordinator: true }).await;
    // B reads the settings as it starts.
    let b_cached = Instant::now();
    let (b, b_store) = second_instance(&a).await;
    let visitor_on_b = Client::new(b.local_addr);
    sees_name(&visitor_on_b, "Holdspace", b_cached).await;

    meera.get("/admin/settings").await;
    // A re-reads them as it saves.
    let a_cached = Instant::now();
    let saved =
        meera.post("/admin/settings", &[("name", "Saathi Circles"), ("country", "in"), ("agreements", "")]).await;
    assert_eq!(saved.location(), "/admin/settings?done=settings-saved");
    sees_name(&visitor_on_b, "Saathi Circles", b_cached).await;

    // And the other way round, for a coordinator on B.
    let meera_on_b = Client::with_cookie(b.local_addr, Some(&cookie));
    meera_on_b.get("/admin/settings").await;
    let saved = meera_on_b.post("/admin/settings", &[("name", "Saathi"), ("country", "in"), ("agreements", "")]).await;
    assert_eq!(saved.location(), "/admin/settings?done=settings-saved");
    sees_name(&a.client(), "Saathi", a_cached).await;
    b.stop().await;
    b_store.close().await;
    a.stop().await;
}
