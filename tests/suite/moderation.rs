//! Moderation beyond one meet: a report made from a circle's page reaches
//! the coordinators' review page (and only theirs); a suspension keeps its
//! person out of that circle's RSVPs, joining and room, and not out of
//! others; an appeal goes to a coordinator other than the one who decided;
//! the reporter hears only that it was acted on; the words are deleted on
//! the organisation's schedule (with the clock passed in).

use holdspace::domain::member::Roles;
use holdspace::domain::moderation::Reason;
use holdspace::store::moderation::{Case, NewReport};
use holdspace::store::rooms::Removed;
use reqwest::StatusCode;

use crate::helpers::{Backend, Client, TestApp, member, spawn_app};
use crate::on_both_databases;
use crate::rooms::{circle_with_meet, connect, open_room, person};

const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };
const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };
const DAY: i64 = 86_400;

async fn only_case(app: &TestApp) -> Case {
    let cases = app.store.moderation_cases(10).await.unwrap();
    assert_eq!(cases.len(), 1, "one case");
    cases.into_iter().next().unwrap()
}

/// A report about `subject` straight in the store, at `at`.
async fn report_about(app: &TestApp, circle: i64, subject: (i64, &str), reporter: (i64, &str), at: i64) -> i64 {
    let report = NewReport {
        circle_id: circle,
        meet_id: None,
        subject: Some((subject.0, subject.1.into())),
        reporter: (reporter.0, reporter.1.into()),
        reason: Reason::Harassment,
        words: Some("They kept messaging me after the meet".into()),
    };
    app.store.report(&report, at).await.unwrap()
}

async fn decide(coordinator: &Client, case: i64, fields: &[(&str, &str)]) -> crate::helpers::Page {
    coordinator.get(&format!("/admin/moderation/{case}")).await;
    coordinator.post(&format!("/admin/moderation/{case}/decide"), fields).await
}

async fn a_report_from_a_circle_page_reaches_the_review_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "after-loss", false).await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (sam, _) = person(&app, circle, meet, "Sam", Roles::default()).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;

    let page = sam.get("/circles/after-loss").await.body;
    assert!(page.contains("/circles/after-loss/report?about=Ruth"), "a link beside the facilitator's alias");
    let form = sam.get("/circles/after-loss/report?about=Ruth").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Someone may be unsafe") && form.body.contains("Spam or selling"));
    let ruth_id = app.store.facilitators_of(circle).await.unwrap()[0].0.to_string();
    assert!(form.body.contains(&format!("value=\"{ruth_id}\" checked")), "Ruth is chosen already");

    let refused = sam.post("/circles/after-loss/report", &[("about", &ruth_id), ("reason", "rude")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Please choose what happened."));
    let too_long = "x".repeat(1001);
    let refused =
        sam.post("/circles/after-loss/report", &[("about", &ruth_id), ("reason", "spam"), ("words", &too_long)]).await;
    assert!(refused.body.contains("1000 characters or fewer"));
    assert!(app.store.moderation_cases(10).await.unwrap().is_empty(), "nothing stored from a refused form");

    let fields =
        [("about", ruth_id.as_str()), ("reason", "harassment"), ("words", "She shared my story in a group chat")];
    let sent = sam.post("/circles/after-loss/report", &fields).await;
    assert_eq!(sent.location(), "/circles/after-loss/report?sent=yes");
    assert!(sam.get(sent.location()).await.body.contains("Thank you for telling us"));

    let review = meera.get("/admin/moderation").await;
    assert_eq!(review.status, StatusCode::OK);
    for seen in ["Report: Harassment or threats", "Ruth", "Reported by Sam", "She shared my story in a group chat"] {
        assert!(review.body.contains(seen), "the review page shows {seen:?}");
    }
    assert!(review.body.contains("Waiting for a decision"));

    // Someone who may be unsafe: the reporter is pointed to helplines at once,
    // and coordinators see it first.
    let fields = [("about", "circle"), ("reason", "unsafe")];
    let sent = sam.post("/circles/after-loss/report", &fields).await;
    assert_eq!(sent.location(), "/circles/after-loss/report?sent=unsafe");
    let thanks = sam.get(sent.location()).await.body;
    assert!(thanks.contains("If someone is in danger now") && thanks.contains("href=\"/help\""));
    let review = meera.get("/admin/moderation").await.body;
    let unsafe_at = review.find("Report: Someone may be unsafe").unwrap();
    assert!(unsafe_at < review.find("Report: Harassment or threats").unwrap(), "the most serious first");

    // Nobody but a coordinator sees the page or acts.
    let case = app.store.moderation_cases(10).await.unwrap()[0].id;
    for outsider in [&ruth, &sam] {
        assert_eq!(outsider.get("/admin/moderation").await.status, StatusCode::FORBIDDEN);
        assert_eq!(outsider.get(&format!("/admin/moderation/{case}")).await.status, StatusCode::FORBIDDEN);
        outsider.get("/account").await;
        let tried = outsider.post(&format!("/admin/moderation/{case}/decide"), &[("action", "dismiss")]).await;
        assert_eq!(tried.status, StatusCode::FORBIDDEN);
    }
    assert!(app.store.moderation_cases(10).await.unwrap().iter().all(Case::open), "nothing was decided");

    // Only members may report.
    let visitor = app.client();
    let asked = visitor.get("/circles/after-loss/report").await;
    assert!(asked.location().starts_with("/signin"));
    app.stop().await;
}

async fn a_report_from_a_past_meet_names_only_people_who_were_there(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "after-loss", false).await;
    let (sam, _) = person(&app, circle, meet, "Sam", Roles::default()).await;
    let (_, _) = person(&app, circle, meet, "Kim", Roles::default()).await;
    let (_, _) = person(&app, circle, meet, "Lee", Roles::default()).await;
    let (outsider, _) = member(&app, "Noor", Roles::default()).await;
    let (sam_id, kim_id) = (member_id(&app, "Sam").await, member_id(&app, "Kim").await);
    assert_eq!(sam.get(&format!("/meets/{meet}/report")).await.status, StatusCode::NOT_FOUND, "not before coming");
    app.store.end_meet(meet, &[format!("m:{sam_id}"), format!("m:{kim_id}")]).await.unwrap();

    let mine = sam.get("/meets").await.body;
    assert!(mine.contains(&format!("href=\"/meets/{meet}/report\"")), "My meets offers the past meet");
    let form = sam.get(&format!("/meets/{meet}/report")).await.body;
    assert!(form.contains(">Kim<") && !form.contains(">Lee<") && !form.contains(">Sam<"), "only others who came");
    assert_eq!(outsider.get(&format!("/meets/{meet}/report")).await.status, StatusCode::NOT_FOUND);
    let fields = [("about", kim_id.to_string()), ("reason", "private-story".to_string())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sent = sam.post(&format!("/meets/{meet}/report"), &fields).await;
    assert_eq!(sent.location(), format!("/meets/{meet}/report?sent=yes"));
    let case = only_case(&app).await;
    assert_eq!((case.subject_id, case.meet_id, case.reason), (Some(kim_id), Some(meet), Some(Reason::PrivateStory)));
    app.stop().await;
}

async fn a_suspension_keeps_someone_out_of_that_circle_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let (held, held_meet) = circle_with_meet(&app, "held", true).await;
    let (open, open_meet) = circle_with_meet(&app, "open", false).await;
    let (ruth, ruth_cookie) = person(&app, held, held_meet, "Ruth", FACILITATOR).await;
    let (sam, sam_cookie) = person(&app, held, held_meet, "Sam", Roles::default()).await;
    let (meera, meera_id) = member(&app, "Meera", COORDINATOR).await;
    let sam_id = member_id(&app, "Sam").await;
    let org = app.store.org_settings().await.unwrap().agreements_version;
    app.store.accept_agreements(sam_id, open, (org, 1), holdspace::services::now()).await.unwrap();
    let case = report_about(&app, held, (sam_id, "Sam"), (meera_id, "Meera"), holdspace::services::now()).await;

    let refused = decide(&meera, case, &[("action", "suspend"), ("days", "400"), ("words", "Why")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "at most a year");
    let refused = decide(&meera, case, &[("action", "warn")]).await;
    assert!(refused.body.contains("the person will read this"), "every action but no action says why");
    let words = "You kept messaging someone after the meet, after being asked to stop.";
    let decided =
        decide(&meera, case, &[("action", "suspend"), ("days", "14"), ("reach", "circle"), ("words", words)]).await;
    assert_eq!(decided.location(), "/admin/moderation?done=case-decided");
    let again = decide(&meera, case, &[("action", "dismiss")]).await;
    assert_eq!(again.location(), "/admin/moderation?done=case-already-decided", "decided once");

    // The held circle: no RSVP, no joining, no room, by page or socket.
    sam.get("/circles/held").await;
    let rsvp = sam.post(&format!("/meets/{held_meet}/rsvp"), &[("back", "/circles/held")]).await;
    assert_eq!(rsvp.status, StatusCode::FORBIDDEN);
    assert!(rsvp.body.contains("You are suspended from Circle held until"), "a kind page saying until when");
    assert!(rsvp.body.contains("href=\"/account#decisions\""), "and where to read why and appeal");
    let join = sam.post("/circles/held/join", &[]).await;
    assert_eq!(join.status, StatusCode::FORBIDDEN);
    open_room(&ruth, held_meet).await;
    assert_eq!(sam.get(&format!("/meets/{held_meet}/room")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(connect(&app, held_meet, Some(&sam_cookie), None).await.err(), Some(StatusCode::FORBIDDEN));
    assert!(connect(&app, held_meet, Some(&ruth_cookie), None).await.is_ok(), "others come in");

    // Another circle is open to them.
    sam.get("/circles/open").await;
    let rsvp = sam.post(&format!("/meets/{open_meet}/rsvp"), &[("back", "/circles/open")]).await;
    assert_eq!(rsvp.location(), format!("/circles/open?done=rsvp-going#meet-{open_meet}"));
    assert_eq!(sam.post("/circles/open/join", &[]).await.location(), "/circles/open?done=joined");

    // Their account says why; this browser keeps its guest drop-ins out too.
    let account = sam.get("/account").await;
    assert!(account.body.contains(words) && account.body.contains("You are suspended from Circle held until"));
    assert!(!account.body.contains("Meera"), "never who reported");
    let hold = account.set_cookies().into_iter().find(|c| c.starts_with(&format!("hs_hold_{held}="))).unwrap();
    let guest = Client::with_cookie(app.addr, Some(hold.split(';').next().unwrap()));
    assert_eq!(guest.get(&format!("/meets/{held_meet}/drop-in")).await.status, StatusCode::FORBIDDEN);
    let stranger = app.client();
    assert_eq!(stranger.get(&format!("/meets/{held_meet}/drop-in")).await.status, StatusCode::OK);
    app.stop().await;
}

async fn member_id(app: &TestApp, alias: &str) -> i64 {
    let found = app.store.members_page(alias, 10, 0).await.unwrap();
    found.into_iter().find(|m| m.alias.as_str() == alias).unwrap().id
}

async fn an_appeal_goes_to_another_coordinator_and_the_reporter_hears_only_that_it_was_acted_on(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "after-loss", false).await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (sam, _) = person(&app, circle, meet, "Sam", Roles::default()).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let (asha, asha_id) = member(&app, "Asha", COORDINATOR).await;
    let ruth_id = member_id(&app, "Ruth").await.to_string();
    sam.get("/circles/after-loss/report").await;
    let fields = [("about", ruth_id.as_str()), ("reason", "unkind"), ("words", "Laughed at what I shared")];
    sam.post("/circles/after-loss/report", &fields).await;
    let case = only_case(&app).await.id;
    let words = "Laughing at a share hurts; please hold space gently.";
    assert_eq!(
        decide(&meera, case, &[("action", "warn"), ("words", words)]).await.location(),
        "/admin/moderation?done=case-decided"
    );

    let news = ruth.get("/meets").await.body;
    assert!(news.contains("A coordinator has made a decision about you") && news.contains("/account#decisions"));
    let account = ruth.get("/account").await.body;
    assert!(account.contains(words), "the person reads why");
    assert!(
        !account.contains(">Sam") && !account.contains("Sam<") && !account.contains("Laughed at what I shared"),
        "never who or what was reported: {}",
        account.find("Sam").map(|i| &account[i.saturating_sub(80)..i + 20]).unwrap_or_default()
    );
    let told = sam.get("/meets").await.body;
    assert!(told.contains("A coordinator looked into it and acted on it"), "the reporter hears it was acted on");
    assert!(!told.contains(words) && !told.contains("warn"), "and nothing more");

    let form = ruth.get(&format!("/account/decisions/{case}/appeal")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(!form.body.contains("only one coordinator"));
    assert_eq!(sam.get(&format!("/account/decisions/{case}/appeal")).await.status, StatusCode::NOT_FOUND);
    let appealed = ruth.post(&format!("/account/decisions/{case}/appeal"), &[("words", "I laughed with them")]).await;
    assert_eq!(appealed.location(), "/account?done=appeal-sent#decisions");
    let again = ruth.post(&format!("/account/decisions/{case}/appeal"), &[("words", "Again")]).await;
    assert_eq!(again.location(), "/account?done=appeal-already#decisions", "once");
    let appeal = only_case(&app).await;
    assert_eq!(appeal.appeal_reviewer, Some(asha_id), "not Meera, who decided");
    assert!(!appeal.same_reviewer);

    assert!(asha.get("/meets").await.body.contains("It is waiting for you"));
    let seen = meera.get(&format!("/admin/moderation/{case}")).await.body;
    assert!(seen.contains("went to another coordinator") && !seen.contains("/appeal\""));
    let tried =
        meera.post(&format!("/admin/moderation/{case}/appeal"), &[("outcome", "uphold"), ("words", "No")]).await;
    assert_eq!(tried.status, StatusCode::FORBIDDEN, "the one who decided does not review the appeal");
    asha.get(&format!("/admin/moderation/{case}")).await;
    let reply = "Thank you for explaining. The warning is lifted.";
    let answered =
        asha.post(&format!("/admin/moderation/{case}/appeal"), &[("outcome", "overturn"), ("words", reply)]).await;
    assert_eq!(answered.location(), "/admin/moderation?done=appeal-answered");
    let account = ruth.get("/account").await.body;
    assert!(account.contains("the decision was changed") && account.contains(reply));

    let audit = meera.get("/admin/audit").await.body;
    assert!(audit.contains("Sent a warning") && audit.contains("Changed a decision after an appeal"));
    app.stop().await;
}

async fn with_one_coordinator_the_appeal_says_so_and_comes_back_to_them(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "after-loss", false).await;
    let (sam, _) = person(&app, circle, meet, "Sam", Roles::default()).await;
    let (meera, meera_id) = member(&app, "Meera", COORDINATOR).await;
    let sam_id = member_id(&app, "Sam").await;
    let case = report_about(&app, circle, (sam_id, "Sam"), (meera_id, "Meera"), holdspace::services::now()).await;
    decide(&meera, case, &[("action", "suspend"), ("days", "3"), ("reach", "everywhere"), ("words", "Why")]).await;
    let form = sam.get(&format!("/account/decisions/{case}/appeal")).await.body;
    assert!(form.contains("only one coordinator"), "the page says so");
    sam.post(&format!("/account/decisions/{case}/appeal"), &[("words", "Please look again")]).await;
    let appeal = only_case(&app).await;
    assert_eq!((appeal.appeal_reviewer, appeal.same_reviewer), (Some(meera_id), true), "flagged");
    assert!(meera.get("/admin/moderation").await.body.contains("who made the decision, because there is no other"));
    meera.get(&format!("/admin/moderation/{case}")).await;
    let answered =
        meera.post(&format!("/admin/moderation/{case}/appeal"), &[("outcome", "overturn"), ("words", "Lifted")]).await;
    assert_eq!(answered.location(), "/admin/moderation?done=appeal-answered");
    sam.get("/circles/after-loss").await;
    let rsvp = sam.post(&format!("/meets/{meet}/rsvp"), &[("back", "/circles/after-loss")]).await;
    assert_eq!(rsvp.status, StatusCode::SEE_OTHER, "an overturned suspension ends at once");
    app.stop().await;
}

async fn the_words_are_deleted_on_the_organisations_schedule(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "after-loss", false).await;
    let (meera, meera_id) = member(&app, "Meera", COORDINATOR).await;
    let (_, sam_id) = member(&app, "Sam", Roles::default()).await;
    let now = holdspace::services::now();
    report_about(&app, circle, (sam_id, "Sam"), (meera_id, "Meera"), now - 200 * DAY).await;
    app.store
        .record_removal(meet, &Removed::Member(sam_id), "Sam", "Kept giving advice", "Ruth", now - 10 * DAY)
        .await
        .unwrap();

    // The server's own housekeeping may run first; either way, what is left is what counts.
    app.store.forget_moderation_words(now).await.unwrap();
    let words = |cases: Vec<Case>| {
        let mut words: Vec<_> = cases.into_iter().map(|c| c.words).collect();
        words.sort();
        words
    };
    assert_eq!(
        words(app.store.moderation_cases(10).await.unwrap()),
        vec![None, Some("Kept giving advice".to_string())],
        "kept 180 days by default"
    );

    let form = meera.get("/admin/settings").await.body;
    assert!(form.contains("name=\"moderation_retention_days\"") && form.contains("value=\"180\""));
    let fields = [("name", "Test organisation"), ("country", "GB"), ("moderation_retention_days", "0")];
    let refused = meera.post("/admin/settings", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = [("name", "Test organisation"), ("country", "GB"), ("moderation_retention_days", "5")];
    assert_eq!(meera.post("/admin/settings", &fields).await.location(), "/admin/settings?done=settings-saved");

    assert!(app.store.forget_moderation_words(now).await.unwrap() >= 2, "the case's words and the removal's reason");
    let cases = app.store.moderation_cases(10).await.unwrap();
    assert_eq!(words(cases.clone()), vec![None, None]);
    assert!(cases.iter().all(|c| c.subject_alias == "Sam"), "who, where and when stay");
    let review = meera.get("/admin/moderation").await.body;
    assert!(review.contains("The words were deleted after 5 days") && review.contains("Removed from a live room"));
    assert!(!review.contains("Kept giving advice"));
    app.stop().await;
}

on_both_databases!(
    a_report_from_a_circle_page_reaches_the_review_page,
    a_report_from_a_past_meet_names_only_people_who_were_there,
    a_suspension_keeps_someone_out_of_that_circle_only,
    an_appeal_goes_to_another_coordinator_and_the_reporter_hears_only_that_it_was_acted_on,
    with_one_coordinator_the_appeal_says_so_and_comes_back_to_them,
    the_words_are_deleted_on_the_organisations_schedule,
);
