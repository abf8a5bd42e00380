//! A coordinator gives a circle its words in another interface language;
//! readers in that language see them, marked with its `lang`, and everyone
//! else the circle's own.

use holdspace::domain::audit::AuditAction;
use holdspace::domain::member::Roles;
use reqwest::StatusCode;

use crate::helpers::{Backend, member, spawn_demo_app};
use crate::on_both_databases;

const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };
const HINDI_NAME: &str = "डिमेंशिया की देखभाल करने वाले";
const HINDI_SUMMARY: &str = "याद खोते अपनों की देखभाल करने वालों का साथ।";
const HINDI_AGREEMENT: &str = "यहाँ कही बात यहीं रहती है।";

async fn a_hindi_reader_sees_the_circle_in_the_words_its_coordinator_gave(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let (meera, _) = member(&app, "Coordina", COORDINATOR).await;
    let form = meera.get("/admin/circles/dementia-carers").await;
    assert!(form.body.contains(r#"action="/admin/circles/dementia-carers/texts/hi""#), "a form for Hindi");
    assert!(!form.body.contains(r#"action="/admin/circles/dementia-carers/texts/en""#), "none for its own");
    let saved = meera
        .post(
            "/admin/circles/dementia-carers/texts/hi",
            &[("name", HINDI_NAME), ("summary", HINDI_SUMMARY), ("description", ""), ("agreements", HINDI_AGREEMENT)],
        )
        .await;
    assert_eq!(saved.location(), "/admin/circles/dementia-carers?done=circle-text-saved#text-hi");
    assert!(meera.get("/admin/circles/dementia-carers").await.body.contains(HINDI_SUMMARY), "the form keeps it");

    let hindi = app.client();
    hindi.get("/").await;
    hindi.post("/language", &[("lang", "hi"), ("next", "/")]).await;
    let page = hindi.get("/circles/dementia-carers").await.body;
    assert!(page.contains(&format!("<h1 lang=\"hi\">{HINDI_NAME}</h1>")), "{page}");
    assert!(page.contains(&format!("<p class=\"lead\" lang=\"hi\">{HINDI_SUMMARY}</p>")));
    assert!(page.contains("the small victories"), "the description not given stays the circle's own");
    assert!(page.contains(&format!("<li lang=\"hi\">{HINDI_AGREEMENT}</li>")), "its agreements");
    let directory = hindi.get("/circles").await.body;
    assert!(directory.contains(HINDI_NAME), "the directory card too");

    let meet = page.split("href=\"/meets/").nth(1).and_then(|rest| rest.split(['"', '?', '#']).next()).unwrap();
    let meet_page = hindi.get(&format!("/meets/{meet}")).await.body;
    assert!(meet_page.contains(HINDI_NAME), "the meet page too");

    let english = app.client().get("/circles/dementia-carers").await.body;
    assert!(!english.contains(HINDI_NAME), "an English reader sees the original");
    assert!(english.contains("Caring for someone with dementia"));

    let removed = meera
        .post(
            "/admin/circles/dementia-carers/texts/hi",
            &[("name", ""), ("summary", ""), ("description", ""), ("agreements", "")],
        )
        .await;
    assert_eq!(removed.location(), "/admin/circles/dementia-carers?done=circle-text-saved#text-hi");
    let after = hindi.get("/circles/dementia-carers").await.body;
    assert!(!after.contains(HINDI_NAME), "removing it falls back to the circle's own");
    assert!(!after.contains(HINDI_SUMMARY));
    app.stop().await;
}

/// A made-up word, so only the circle's Hindi words can match it.
const HINDI_ONLY_WORD: &str = "स्मृतिवाटिका";

async fn a_hindi_search_finds_a_circle_by_the_hindi_words_its_coordinator_gave(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let (meera, _) = member(&app, "Coordina", COORDINATOR).await;
    let hindi = app.client();
    hindi.get("/").await;
    hindi.post("/language", &[("lang", "hi"), ("next", "/")]).await;
    let search = format!("/circles?q={}", urlencoding(HINDI_ONLY_WORD));
    let no_match = holdspace::i18n::I18n::load().translator("hi").get("circles-no-match");
    assert!(hindi.get(&search).await.body.contains(&no_match), "nothing matches it before");
    meera.get("/admin/circles/dementia-carers").await;
    let description = format!("{HINDI_ONLY_WORD}: याद खोते अपनों की देखभाल करने वालों का सर्कल।");
    meera
        .post(
            "/admin/circles/dementia-carers/texts/hi",
            &[("name", HINDI_NAME), ("summary", ""), ("description", &description), ("agreements", "")],
        )
        .await;
    let found = hindi.get(&search).await.body;
    assert!(!found.contains(&no_match), "a match now");
    assert!(found.contains("href=\"/circles/dementia-carers\""), "found by its Hindi description: {found}");
    assert!(found.contains(HINDI_NAME), "and shown by its Hindi name");
    app.stop().await;
}

async fn words_in_another_language_keep_the_circle_s_limits_and_are_logged_without_the_words(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let (meera, _) = member(&app, "Coordina", COORDINATOR).await;
    meera.get("/admin/circles/dementia-carers").await;
    let long_name = "न".repeat(121);
    let refused = meera
        .post(
            "/admin/circles/dementia-carers/texts/hi",
            &[("name", &long_name), ("summary", HINDI_SUMMARY), ("description", ""), ("agreements", "")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Please keep the name to 120 characters"), "{}", refused.body);
    assert!(refused.body.contains(HINDI_SUMMARY), "what was typed is kept");
    assert!(refused.body.contains("aria-invalid=\"true\""));
    meera.post("/language", &[("lang", "hi"), ("next", "/")]).await;
    let in_hindi = meera
        .post(
            "/admin/circles/dementia-carers/texts/hi",
            &[("name", &long_name), ("summary", ""), ("description", ""), ("agreements", "")],
        )
        .await;
    assert!(in_hindi.body.contains("कृपया नाम 120 कैरेक्टर तक रखें"), "the error in Hindi too");
    meera.post("/language", &[("lang", "en"), ("next", "/")]).await;
    let audit = meera.get("/admin/audit").await.body;
    assert!(!audit.contains("words in another language"), "nothing saved, nothing logged");

    meera
        .post(
            "/admin/circles/dementia-carers/texts/hi",
            &[("name", HINDI_NAME), ("summary", HINDI_SUMMARY), ("description", ""), ("agreements", "")],
        )
        .await;
    let audit = meera.get("/admin/audit").await.body;
    assert!(audit.contains("Changed a circle") && audit.contains("s words in another language"), "{audit}");
    let logged = app.store.audit_page(1, 0).await.unwrap().remove(0);
    assert_eq!(logged.action, Some(AuditAction::CircleTextSaved));
    assert_eq!(logged.detail, "Caring for someone with dementia · hi: name, summary", "what changed");
    assert!(!audit.contains(HINDI_NAME) && !audit.contains(HINDI_SUMMARY), "never the words themselves");
    meera
        .post(
            "/admin/circles/dementia-carers/texts/hi",
            &[("name", ""), ("summary", ""), ("description", ""), ("agreements", "")],
        )
        .await;
    assert!(meera.get("/admin/audit").await.body.contains("Took away a circle"));
    app.stop().await;
}

on_both_databases!(
    a_hindi_reader_sees_the_circle_in_the_words_its_coordinator_gave,
    a_hindi_search_finds_a_circle_by_the_hindi_words_its_coordinator_gave,
    words_in_another_language_keep_the_circle_s_limits_and_are_logged_without_the_words,
);

fn urlencoding(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
