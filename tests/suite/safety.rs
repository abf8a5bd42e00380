//! How well the safety detector does on a labelled set of messages written
//! for it (tests/fixtures/safety_messages.tsv): precision and recall per
//! category, on the part used while building the lexicon (`dev`) and on the
//! part kept aside and never tuned on (`holdout`). Crisis language must be
//! found (recall at least 0.95) without crying wolf (precision at least 0.85)
//! on the development part; the held-out figures are reported as they are.
//!
//! Also the crisis moment over real HTTP, on both databases: which region's
//! helplines a person is shown on `/help` and how they read; how long safety
//! alerts are kept and who sees them.

use holdspace::domain::member::Roles;
use holdspace::domain::room::{AlertKind, SafetyRecord};
use holdspace::domain::safety::{Level, assess};
use holdspace::store::safety::AlertScope;

use crate::helpers::{Backend, Client, member, spawn_app};
use crate::on_both_databases;
use crate::rooms::{circle_with_meet, person};

struct Row {
    split: String,
    level: String,
    advice: bool,
    contact: bool,
    lang: String,
    message: String,
}

fn rows() -> Vec<Row> {
    include_str!("../fixtures/safety_messages.tsv")
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.splitn(6, '\t').collect();
            Row {
                split: f[0].into(),
                level: f[1].into(),
                advice: f[2] == "1",
                contact: f[3] == "1",
                lang: f[4].into(),
                message: f[5].into(),
            }
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn add(&mut self, truth: bool, said: bool) {
        match (truth, said) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 { 1.0 } else { f64::from(self.tp) / f64::from(self.tp + self.fp) }
    }
    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 { 1.0 } else { f64::from(self.tp) / f64::from(self.tp + self.fn_) }
    }
}

fn evaluate(rows: &[&Row], label: &str, show_misses: bool) -> (Counts, Counts, Counts) {
    let (mut crisis, mut advice, mut contact) = (Counts::default(), Counts::default(), Counts::default());
    let mut levels: Vec<(&str, Counts)> =
        ["passive", "active", "method", "self_harm", "farewell"].iter().map(|l| (*l, Counts::default())).collect();
    for row in rows {
        let a = assess(&row.message);
        let said = a.crisis.map(|l| l.as_str()).unwrap_or("none");
        crisis.add(row.level != "none", a.crisis.is_some());
        advice.add(row.advice, a.advice);
        contact.add(row.contact, a.contact);
        for (level, counts) in levels.iter_mut() {
            counts.add(row.level == *level, said == *level);
        }
        if show_misses
            && ((row.level != "none") != a.crisis.is_some() || row.advice != a.advice || row.contact != a.contact)
        {
            println!(
                "  {label} miss [{} {} | said {said} advice={} contact={}] ({}) {}",
                row.level,
                if row.advice { "advice" } else { "" },
                a.advice,
                a.contact,
                row.lang,
                row.message
            );
        }
    }
    println!("{label}: {} messages", rows.len());
    println!("  {:<12} {:>9} {:>9}", "category", "precision", "recall");
    for (name, c) in [("crisis", crisis), ("advice", advice), ("contact", contact)]
        .into_iter()
        .chain(levels.iter().map(|(l, c)| (*l, *c)))
    {
        println!("  {name:<12} {:>9.3} {:>9.3}   (tp {} fp {} fn {})", c.precision(), c.recall(), c.tp, c.fp, c.fn_);
    }
    (crisis, advice, contact)
}

#[test]
fn the_detector_finds_crisis_language_without_crying_wolf() {
    let rows = rows();
    assert!(rows.len() >= 400, "the fixture has at least 400 messages");
    let dev: Vec<&Row> = rows.iter().filter(|r| r.split == "dev").collect();
    let holdout: Vec<&Row> = rows.iter().filter(|r| r.split == "holdout").collect();
    let (crisis, advice, contact) = evaluate(&dev, "dev", true);
    let (held_crisis, _, _) = evaluate(&holdout, "holdout", false);
    let all: Vec<&Row> = rows.iter().collect();
    evaluate(&all, "all", false);
    assert!(crisis.recall() >= 0.95, "crisis recall {:.3} below 0.95", crisis.recall());
    assert!(crisis.precision() >= 0.85, "crisis precision {:.3} below 0.85", crisis.precision());
    assert!(advice.recall() >= 0.80 && advice.precision() >= 0.80, "advice detection fell");
    assert!(contact.recall() >= 0.85 && contact.precision() >= 0.85, "contact detection fell");
    // The held-out part is never tuned on, so its figures (in the README) are
    // the honest ones. This floor only catches a change that breaks the
    // detector outright; it is set from the first measurement, not a goal.
    assert!(held_crisis.recall() >= 0.55, "held-out crisis recall {:.3}", held_crisis.recall());
    assert!(held_crisis.precision() >= 0.80, "held-out crisis precision {:.3}", held_crisis.precision());
}

#[test]
fn every_language_is_covered() {
    let rows = rows();
    for lang in ["en", "hinglish", "hi"] {
        assert!(rows.iter().filter(|r| r.lang == lang && r.level != "none").count() >= 5, "crisis examples in {lang}");
    }
}

const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };
const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

/// Makes the organisation's country India, so any other region shown was chosen for the person.
async fn organisation_in_india(app: &crate::helpers::TestApp) {
    let (coordinator, _) = member(app, "Meera", COORDINATOR).await;
    coordinator.get("/admin/settings").await;
    let saved = coordinator.post("/admin/settings", &[("name", "Test organisation"), ("country", "IN")]).await;
    assert_eq!(saved.location(), "/admin/settings?done=settings-saved");
}

/// The position of `needle` in `body`, which must hold it.
fn at(body: &str, needle: &str) -> usize {
    body.find(needle).unwrap_or_else(|| panic!("{needle:?} not on the page"))
}

async fn a_visitor_from_london_gets_uk_helplines_with_999_first(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation_in_india(&app).await;
    let http = reqwest::Client::new();
    let british = http
        .get(app.url("/help"))
        .header("accept-language", "en-GB,en;q=0.9")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(british.contains("Helplines in the UK"), "says which region is shown, as people say it");
    assert!(!british.contains("Tele-MANAS"), "not the organisation's country");
    assert!(at(&british, "tel:999") < at(&british, "Samaritans"), "the emergency number first");

    let by_zone = Client::new(app.addr).get("/help?tz=Europe/London").await.body;
    assert!(by_zone.contains("Samaritans") && !by_zone.contains("Tele-MANAS"), "the browser's time zone counts");

    let elsewhere = Client::new(app.addr).get("/help?country=DE").await.body;
    assert!(elsewhere.contains("We do not have helplines for this region yet"), "said plainly");
    assert!(elsewhere.contains("Helplines in Germany") && elsewhere.contains("Not in Germany?"), "named, not DE");
    let typed = Client::new(app.addr).get("/help?region=germany").await.body;
    assert!(typed.contains("Helplines in Germany"), "a country typed by name, or ?region=");
    let unknown = Client::new(app.addr).get("/help?country=Narnia").await.body;
    assert!(unknown.contains("We could not find that country") && unknown.contains("value=\"Narnia\""));
    assert!(elsewhere.contains("Find A Helpline"), "with the worldwide directory still offered");
    assert!(at(&elsewhere, "tel:112") < at(&elsewhere, "Find A Helpline"), "and Europe's emergency number first");

    let nothing_known = Client::new(app.addr).get("/help").await.body;
    assert!(nothing_known.contains("Tele-MANAS"), "with nothing else, the organisation's country");
    app.stop().await;
}

async fn a_region_picked_on_the_help_page_beats_the_browser_and_is_one_tap_to_change(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation_in_india(&app).await;
    let visitor = Client::new(app.addr);
    let london = visitor.get("/help?tz=Europe/London").await.body;
    assert!(london.contains("href=\"/help?country=AU\""), "every region with lines is one link away");
    let picked = visitor.get("/help?country=AU").await;
    assert!(picked.body.contains("Helplines in Australia") && picked.body.contains("13 11 14"));
    assert!(picked.set_cookies().iter().any(|c| c.starts_with("hs_region=AU")), "the choice is remembered");
    let again = visitor.get("/help").await.body;
    assert!(again.contains("13 11 14") && !again.contains("Samaritans"), "the choice beats the browser's time zone");
    assert!(again.contains("aria-current=\"true\">Australia"), "the list says which region is shown");
    app.stop().await;
}

async fn a_members_profile_picks_their_helplines(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation_in_india(&app).await;
    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    sam.get("/account").await;
    let saved = sam.post("/account/profile", &[("language", "en"), ("time_zone", "Europe/London")]).await;
    assert_eq!(saved.location(), "/account?done=profile-saved");
    let help = sam.get("/help").await.body;
    assert!(at(&help, "tel:999") < at(&help, "Samaritans"), "a London profile zone: UK lines, 999 first");
    assert!(!help.contains("988") && !help.contains("Tele-MANAS"));

    sam.get("/account").await;
    let saved =
        sam.post("/account/profile", &[("language", "en"), ("time_zone", "Europe/London"), ("country", "CA")]).await;
    assert_eq!(saved.location(), "/account?done=profile-saved");
    let help = sam.get("/help").await.body;
    assert!(help.contains("Kids Help Phone") && !help.contains("Samaritans"), "the profile's country beats its zone");
    app.stop().await;
}

/// A line's hours are told in the reader's own time and clock, with whether
/// it is open now; the clocks of New York and Los Angeles change together,
/// so this reads the same whatever the day.
async fn helpline_hours_are_in_the_readers_time(backend: Backend) {
    let app = spawn_app(backend).await;
    let new_york = Client::new(app.addr).get("/help?country=US&tz=America/New_York").await.body;
    assert!(
        new_york.contains("Open: Mon–Fri 1 pm – 9 pm New York time (closed some holidays)"),
        "Trans Lifeline's Pacific hours, in New York"
    );
    assert!(new_york.contains("Open now") || new_york.contains("Closed now; opens"), "and whether it is open");
    let unknown = Client::new(app.addr).get("/help?country=US").await.body;
    assert!(unknown.contains("Mon–Fri 10:00 – 18:00 Los Angeles time"), "the line's own time when ours is unknown");
    let australia = Client::new(app.addr).get("/help?country=AU&tz=Australia/Perth").await.body;
    assert!(australia.contains("every day 3 pm – midnight, your local time"), "QLife answers on the caller's clock");
    app.stop().await;
}

async fn the_help_page_reads_as_people_speak_with_one_tap_to_call_or_text(backend: Backend) {
    let app = spawn_app(backend).await;
    let us = Client::new(app.addr).get("/help?country=US").await.body;
    for raw in ["Text Call or text", "Text Text", "for lgbtqia", "lgbtqia, youth"] {
        assert!(!us.contains(raw), "no doubled or raw copy like {raw:?}");
    }
    assert!(us.contains("href=\"tel:988\">Call 988</a>") && us.contains("href=\"sms:988\">Text 988</a>"));
    assert!(us.contains("href=\"sms:678678?body=START\">Text START to 678-678</a>"), "the keyword goes in the text");
    assert!(us.contains("For LGBTQIA+ people, young people"), "audiences by name");
    assert!(us.contains("For everyone, including veterans"));
    assert!(us.contains("Languages: English, Spanish") && us.contains("Open: any time, day or night"));
    assert!(us.contains("last checked 22 November 2026"), "when each line was last checked");
    assert!(us.contains("Source: <a href=\"https://health.wyo.gov/"), "and where it was taken from");
    assert!(us.contains("last checked 30 November 2026"), "a line checked again says so");
    let uk = Client::new(app.addr).get("/help?country=GB").await.body;
    assert!(uk.contains("href=\"tel:112\">Call 112</a>"), "a second emergency number is its own button");

    let (coordinator, _) = member(&app, "Meera", COORDINATOR).await;
    coordinator.get("/admin/helplines").await;
    let ours = [("country", "gb"), ("name", "Our Text Line"), ("sms", "Text HOME to 85258")];
    assert_eq!(coordinator.post("/admin/helplines", &ours).await.location(), "/admin/helplines?done=helpline-saved");
    let uk = Client::new(app.addr).get("/help?country=GB").await.body;
    assert!(uk.contains("href=\"sms:85258?body=HOME\">Text HOME to 85258</a>"), "the organisation's own line too");
    assert!(!uk.contains("Text Text"));
    app.stop().await;
}

/// Stores an alert about `alias` (a member when `member` is given) at `at`.
async fn alert(app: &crate::helpers::TestApp, meet: i64, member: Option<i64>, alias: &str, at: i64) {
    let record = SafetyRecord {
        kind: AlertKind::Crisis,
        level: Some(Level::Passive),
        key: member.map_or_else(|| format!("g:{alias}"), |id| format!("m:{id}")),
        alias: alias.into(),
        reported_by: None,
    };
    app.store.record_safety(meet, &record, at).await.unwrap();
}

const DAY: i64 = 86_400;

async fn safety_alerts_are_deleted_after_the_organisations_period(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, meet) = circle_with_meet(&app, "kept", false).await;
    let (asha, asha_id) = member(&app, "Asha", Roles::default()).await;
    let now = holdspace::services::now();
    alert(&app, meet, Some(asha_id), "Asha", now - 40 * DAY).await;
    alert(&app, meet, Some(asha_id), "Asha", now - 10 * DAY).await;
    alert(&app, meet, None, "Guest Kim", now - 100 * DAY).await;

    // The server's own housekeeping may run first; either way, what is left is what counts.
    app.store.forget_old_alerts(now).await.unwrap();
    let ages =
        |alerts: Vec<holdspace::store::safety::AlertRow>| alerts.iter().map(|a| (now - a.at) / DAY).collect::<Vec<_>>();
    assert_eq!(
        ages(app.store.safety_alerts(AlertScope::All, 10).await.unwrap()),
        vec![10, 40],
        "kept 90 days by default"
    );
    let account = asha.get("/account").await.body;
    assert!(account.contains("Safety alerts about you") && account.contains("deleted after 90 days"));
    assert_eq!(account.matches("Something you wrote sounded like").count(), 2, "a member sees their own alerts");

    let (coordinator, _) = member(&app, "Meera", COORDINATOR).await;
    let form = coordinator.get("/admin/settings").await.body;
    assert!(form.contains("name=\"alert_retention_days\"") && form.contains("value=\"90\""));
    let fields = [("name", "Test organisation"), ("country", "GB"), ("alert_retention_days", "0")];
    let refused = coordinator.post("/admin/settings", &fields).await;
    assert_eq!(refused.status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("whole number of days from 1 to 3650"), "a clear, kind error");
    let fields = [("name", "Test organisation"), ("country", "GB"), ("alert_retention_days", "30")];
    assert_eq!(coordinator.post("/admin/settings", &fields).await.location(), "/admin/settings?done=settings-saved");

    assert_eq!(app.store.forget_old_alerts(now).await.unwrap(), 1, "past 30 days: deleted");
    assert_eq!(ages(app.store.safety_alerts(AlertScope::All, 10).await.unwrap()), vec![10]);
    let account = asha.get("/account").await.body;
    assert_eq!(account.matches("Something you wrote sounded like").count(), 1);
    assert!(account.contains("deleted after 30 days"));
    app.stop().await;
}

async fn facilitators_see_only_their_circles_alerts(backend: Backend) {
    let app = spawn_app(backend).await;
    let (ours, our_meet) = circle_with_meet(&app, "ours", false).await;
    let (theirs, their_meet) = circle_with_meet(&app, "theirs", false).await;
    let (ruth, _) = person(&app, ours, our_meet, "Ruth", FACILITATOR).await;
    let (tomas, _) = person(&app, theirs, their_meet, "Tomas", FACILITATOR).await;
    let now = holdspace::services::now();
    alert(&app, our_meet, None, "Asha", now).await;
    alert(&app, their_meet, None, "Bea", now).await;

    let seen_by_ruth = ruth.get("/facilitate/alerts").await.body;
    assert!(seen_by_ruth.contains("Asha") && !seen_by_ruth.contains("Bea"), "only her circle's alert");
    let seen_by_tomas = tomas.get("/facilitate/alerts").await.body;
    assert!(seen_by_tomas.contains("Bea") && !seen_by_tomas.contains("Asha"));
    let (coordinator, _) = member(&app, "Meera", COORDINATOR).await;
    let everything = coordinator.get("/facilitate/alerts").await.body;
    assert!(everything.contains("Asha") && everything.contains("Bea"), "coordinators see every circle's");

    let bea = app.store.safety_alerts(AlertScope::All, 10).await.unwrap().into_iter().find(|a| a.alias == "Bea");
    let bea = bea.unwrap().id;
    let meddling = ruth.post(&format!("/facilitate/alerts/{bea}"), &[("action", "checked-in")]).await;
    assert_eq!(meddling.status, reqwest::StatusCode::FORBIDDEN, "nor may she follow up another circle's");
    let (sam, _) = member(&app, "Sam", Roles::default()).await;
    assert_eq!(sam.get("/facilitate/alerts").await.status, reqwest::StatusCode::FORBIDDEN);
    app.stop().await;
}

on_both_databases!(
    safety_alerts_are_deleted_after_the_organisations_period,
    facilitators_see_only_their_circles_alerts,
    the_help_page_reads_as_people_speak_with_one_tap_to_call_or_text,
    helpline_hours_are_in_the_readers_time,
    a_visitor_from_london_gets_uk_helplines_with_999_first,
    a_region_picked_on_the_help_page_beats_the_browser_and_is_one_tap_to_change,
    a_members_profile_picks_their_helplines,
);
