//! Choosing the interface language: the footer's switcher, the profile,
//! the browser's `Accept-Language`.

use reqwest::StatusCode;

use holdspace::domain::member::Roles;

use crate::helpers::{Backend, Client, member, spawn_app, spawn_demo_app};
use crate::on_both_databases;

async fn a_visitor_switches_to_hindi_and_every_page_follows(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    let home = browser.get("/circles").await;
    assert!(home.body.contains("<html lang=\"en\">"));
    assert!(home.body.contains("action=\"/language\""), "the switcher is in the footer");
    assert!(home.body.contains("<option value=\"hi\" lang=\"hi\">हिन्दी</option>"), "named in its own script");
    let switched = browser.post("/language", &[("lang", "hi"), ("next", "/circles")]).await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    assert_eq!(switched.location(), "/circles", "back to the same page");
    assert!(switched.set_cookies().iter().any(|c| c.starts_with("hs_lang=hi;") && c.contains("Max-Age")));
    for path in ["/circles", "/", "/signin", "/help", "/no-such-page"] {
        let page = browser.get(path).await;
        assert!(page.body.contains("<html lang=\"hi\">"), "{path} is in Hindi");
    }
    assert!(browser.get("/circles").await.body.contains(">सर्कल</a>"), "the header speaks Hindi");
    let back = browser.post("/language", &[("lang", "en"), ("next", "https://elsewhere.example/")]).await;
    assert_eq!(back.location(), "/", "never sent off the site");
    assert!(browser.get("/").await.body.contains("<html lang=\"en\">"));
    let unknown = browser.post("/language", &[("lang", "xx"), ("next", "/")]).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    app.stop().await;
}

async fn the_browser_language_counts_until_someone_chooses(backend: Backend) {
    let app = spawn_app(backend).await;
    let http = reqwest::Client::new();
    let page = http.get(app.url("/")).header("accept-language", "hi-IN,hi;q=0.9,en;q=0.8").send().await.unwrap();
    assert!(page.text().await.unwrap().contains("<html lang=\"hi\">"));
    let chosen = http
        .get(app.url("/"))
        .header("accept-language", "hi-IN,hi;q=0.9")
        .header("cookie", "hs_lang=en")
        .send()
        .await
        .unwrap();
    assert!(chosen.text().await.unwrap().contains("<html lang=\"en\">"), "the switcher's choice wins");
    app.stop().await;
}

async fn a_signed_in_switch_is_saved_to_the_profile(backend: Backend) {
    let app = spawn_app(backend).await;
    let (browser, id) = member(&app, "Asha", Roles::default()).await;
    browser.get("/account").await;
    let switched = browser.post("/language", &[("lang", "hi"), ("next", "/account")]).await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    let saved = app.store.member(id).await.unwrap().unwrap();
    assert_eq!(saved.profile.language, "hi", "the choice follows them to other devices");
    // Another device, without the switcher's cookie, speaks Hindi from the profile.
    let token = holdspace::auth::token::new_token();
    let hash = holdspace::auth::token::hash_token(&token);
    app.store.create_session(id, &hash, "test", holdspace::services::now()).await.unwrap();
    let other_device = Client::with_cookie(app.addr, Some(&format!("hs_session={token}")));
    assert!(other_device.get("/meets").await.body.contains("<html lang=\"hi\">"));
    let account = browser.get("/account").await;
    assert!(account.body.contains("<html lang=\"hi\">"));
    assert!(account.body.contains("<option value=\"hi\" selected>"), "the profile form shows it");
    app.stop().await;
}

on_both_databases!(
    a_visitor_switches_to_hindi_and_every_page_follows,
    the_browser_language_counts_until_someone_chooses,
    a_signed_in_switch_is_saved_to_the_profile,
    no_english_left_on_pages_in_hindi,
    places_and_helplines_read_in_hindi_on_hindi_pages,
);

/// Renders the pages a newcomer meets in Hindi and looks for English
/// interface text still on them: every message `locales/hi.ftl` translates
/// must show in Hindi (messages it does not have yet fall back to English
/// and are reported by the catalogue test instead). Once hi.ftl is
/// complete, this covers every message on these pages.
async fn no_english_left_on_pages_in_hindi(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let i18n = holdspace::i18n::I18n::load();
    let english = i18n.replaced_english("hi");
    assert!(!english.is_empty(), "hi.ftl translates some messages");
    let visitor = Client::with_cookie(app.addr, Some("hs_lang=hi"));
    let (member_client, _) = member(&app, "Kiran", Roles::default()).await;
    member_client.get("/").await;
    member_client.post("/language", &[("lang", "hi"), ("next", "/")]).await;
    let mut left = Vec::new();
    let (coordinator, _) = member(&app, "Coordina", Roles { facilitator: true, coordinator: true }).await;
    coordinator.get("/").await;
    coordinator.post("/language", &[("lang", "hi"), ("next", "/")]).await;
    let visitor_pages =
        ["/", "/circles", "/circles/nayi-maa", "/signin", "/signup", "/help", "/help?country=GB", "/no-such-page"];
    let member_pages = ["/meets", "/account", "/account/password", "/account/delete"];
    let coordinator_pages = [
        "/facilitate",
        "/report",
        "/admin",
        "/admin/members",
        "/admin/audit",
        "/admin/settings",
        "/admin/feedback",
        "/admin/helplines",
        "/admin/circles",
        "/admin/circles/new",
        "/admin/circles/dementia-carers",
        "/admin/trainings",
        "/admin/trainings/gaps",
    ];
    for (client, paths) in
        [(&visitor, &visitor_pages[..]), (&member_client, &member_pages[..]), (&coordinator, &coordinator_pages[..])]
    {
        client.get("/").await;
        for path in paths {
            let page = client.get(path).await;
            assert!(page.body.contains("<html lang=\"hi\">"), "{path}");
            for words in &english {
                // Interface text stands alone between tags, or as the value of
                // an attribute people hear or read (not a form value).
                let said = |attribute: &str| page.body.contains(&format!("{attribute}=\"{words}\""));
                if page.body.contains(&format!(">{words}<"))
                    || ["aria-label", "title", "placeholder", "alt"].into_iter().any(said)
                {
                    left.push(format!("{path}: {words}"));
                }
            }
        }
    }
    assert!(left.is_empty(), "English interface text on Hindi pages:\n{}", left.join("\n"));
    app.stop().await;
}

/// Countries, time zones and the shipped helplines' own words follow the
/// page's language; the lines keep the names they call themselves, marked
/// as English.
async fn places_and_helplines_read_in_hindi_on_hindi_pages(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let visitor = Client::with_cookie(app.addr, Some("hs_lang=hi"));
    let help = visitor.get("/help?country=IN").await.body;
    assert!(help.contains("भारत की हेल्पलाइन"), "the country in Hindi, in a Hindi sentence");
    assert!(!help.contains(">India<") && !help.contains("India में"), "no English country name");
    assert!(help.contains("<span lang=\"en\">Tele-MANAS</span>"), "the line's own name, marked English");
    assert!(help.contains("भारत सरकार की मुफ़्त मानसिक स्वास्थ्य हेल्पलाइन"), "its description in Hindi");
    assert!(!help.contains("Government of India"));
    assert!(help.contains("<option value=\"संयुक्त राज्य\">"), "the list of countries in Hindi");
    let signup = visitor.get("/signup").await.body;
    assert!(signup.contains("value=\"कोलकाता (भारत)\" data-city=\"Kolkata\""), "zones by Hindi names");
    let english = app.client().get("/help?country=IN").await.body;
    assert!(english.contains("Helplines in India") && english.contains("Government of India"));
    assert!(english.contains("<span>Tele-MANAS</span>"), "English on an English page needs no mark");
    app.stop().await;
}
