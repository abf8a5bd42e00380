//! A coordinator gives a circle its words in another interface language;
//! readers in that language see them, marked with its `lang`, and everyone
//! else the circle's own.

use holdspace::domain::member::Roles;

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

on_both_databases!(a_hindi_reader_sees_the_circle_in_the_words_its_coordinator_gave);
