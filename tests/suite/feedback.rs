//! Anonymous feedback and the impact report: the people who came to a meet
//! (members and guests) answer once; the database holds no way to join an
//! answer to a person; the report shows counts with small ones suppressed,
//! to coordinators and to facilitators for their own circles only.

use std::time::Duration;

use chrono::{DateTime, Utc};
use holdspace::domain::meet::MeetStatus;
use holdspace::domain::member::Roles;
use holdspace::store::rooms::Removed;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Backend, Client, TestApp, TestDb, member, spawn_app};
use crate::on_both_databases;
use crate::rooms::{circle_with_meet, connect, drop_in, open_room, person};

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };
const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };

/// Rows read straight from the database as text, to look at it as someone
/// holding a dump would.
async fn rows(db: &TestDb, sql: &str) -> Vec<Vec<String>> {
    use sqlx::{Connection, Row};
    fn text<R: Row>(row: &R) -> Vec<String>
    where
        usize: sqlx::ColumnIndex<R>,
        for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    {
        (0..row.columns().len()).map(|i| row.try_get::<Option<String>, _>(i).unwrap().unwrap_or_default()).collect()
    }
    match db.backend {
        Backend::Sqlite => {
            let mut conn = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut conn).await.unwrap().iter().map(text).collect()
        }
        Backend::Postgres => {
            let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut conn).await.unwrap().iter().map(text).collect()
        }
    }
}

/// The columns of a table.
async fn columns(db: &TestDb, table: &str) -> Vec<String> {
    let sql = match db.backend {
        Backend::Sqlite => format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid"),
        Backend::Postgres => format!(
            "SELECT column_name::text FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position"
        ),
    };
    rows(db, &sql).await.into_iter().map(|r| r[0].clone()).collect()
}

async fn wait_until_ended(app: &TestApp, meet: i64) {
    for _ in 0..100 {
        if app.store.meet(meet).await.unwrap().unwrap().meet.status == MeetStatus::Ended {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the meet did not end");
}

async fn people_who_came_answer_once_and_no_answer_leads_back_to_them(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "feedback", true).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (asha, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    let (sam, _) = person(&app, circle, meet, "Sam", Roles::default()).await;
    let guest_cookie = drop_in(&app, meet, "Quiet Fox").await.expect("a guest may drop in");
    let feedback = format!("/meets/{meet}/feedback");

    assert!(asha.get(&feedback).await.body.contains("opens once the meet has ended"), "not before it ends");
    open_room(&ruth, meet).await;
    for cookie in [&ruth_cookie, &asha_cookie, &guest_cookie] {
        connect(&app, meet, Some(cookie), None).await.unwrap().until("welcome").await;
    }
    ruth.post(&format!("/meets/{meet}/room/end"), &[]).await;
    wait_until_ended(&app, meet).await;

    // The room's closed page and My meets lead to the form.
    assert!(asha.get(&format!("/meets/{meet}/room")).await.body.contains(&feedback));
    assert!(asha.get("/meets").await.body.contains(&feedback), "My meets lists the meet awaiting feedback");
    let form = asha.get(&feedback).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Did you feel heard?") && form.body.contains("without your name or alias"));

    let refused = asha.post(&feedback, &[("q0", "better"), ("word", "call 0770 090 0123")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "no numbers in the word");
    let given = asha.post(&feedback, &[("q0", "better"), ("q1", "partly"), ("word", "Lighter")]).await;
    assert_eq!(given.location(), feedback);
    assert!(asha.get(&feedback).await.body.contains("Your answers are in"));
    assert!(!asha.get("/meets").await.body.contains(&feedback), "asked once");
    let again = asha.post(&feedback, &[("q0", "worse")]).await;
    assert_eq!(again.status, StatusCode::FORBIDDEN, "one answer per person");

    let first_ids = rows(&app.db, "SELECT id FROM feedback_answers").await;
    let guest = Client::with_cookie(app.addr, Some(&guest_cookie));
    assert!(guest.get(&feedback).await.body.contains("Send my answers"), "guests answer too");
    assert_eq!(guest.post(&feedback, &[("q0", "same")]).await.location(), feedback);
    assert_eq!(guest.post(&feedback, &[("q0", "same")]).await.status, StatusCode::FORBIDDEN);

    // Sam had a seat but never came.
    assert!(sam.get(&feedback).await.body.contains("for the people who were at this meet"));
    assert_eq!(sam.post(&feedback, &[("q0", "better")]).await.status, StatusCode::FORBIDDEN);
    let stranger = app.client();
    assert!(stranger.get(&feedback).await.location().starts_with("/signin"), "anyone else is asked who they are");

    // What a dump of the database shows.
    let answer_columns = columns(&app.db, "feedback_answers").await;
    assert_eq!(answer_columns, ["id", "meet_id", "day", "question", "answer"], "no member, guest or time column");
    let marker_columns = columns(&app.db, "feedback_given").await;
    assert_eq!(marker_columns, ["meet_id", "member_id", "guest_key"], "the marker holds no answer id and no time");
    let answers = rows(&app.db, "SELECT id, CAST(meet_id AS TEXT), day, question, answer FROM feedback_answers").await;
    assert_eq!(answers.len(), 4, "Asha's three rows and the guest's one: {answers:?}");
    let today = DateTime::<Utc>::from_timestamp(holdspace::services::now(), 0).unwrap().format("%Y-%m-%d").to_string();
    for row in &answers {
        assert_eq!(row[2], today, "the day, never the time");
        assert_eq!(row[0].len(), 22, "a random id, not a sequence");
    }
    let ids: std::collections::BTreeSet<&String> = answers.iter().map(|r| &r[0]).collect();
    assert_eq!(ids.len(), 2, "two answers");
    assert!(
        first_ids.iter().all(|id| !ids.contains(&id[0])),
        "each answer makes every id anew, so no id or row order tells who came first"
    );
    let everything_else = [
        "SELECT CAST(meet_id AS TEXT), CAST(member_id AS TEXT), guest_key FROM feedback_given",
        "SELECT CAST(meet_id AS TEXT), CAST(member_id AS TEXT), guest_key FROM attendance",
        "SELECT key, value FROM settings",
        "SELECT action, actor_alias, subject_alias FROM audit_log",
    ];
    for sql in everything_else {
        for row in rows(&app.db, sql).await {
            assert!(!ids.iter().any(|id| row.contains(id)), "no answer id elsewhere ({sql}): {row:?}");
        }
    }
    let words: Vec<&String> = answers.iter().map(|r| &r[4]).collect();
    assert!(words.contains(&&"lighter".to_string()));
    assert_eq!(rows(&app.db, "SELECT guest_key FROM feedback_given").await.len(), 2);

    // Asha's export says she answered, never what.
    let export: Value = serde_json::from_str(&asha.get("/account/export").await.body).unwrap();
    let attended = &export["meets_attended"];
    assert_eq!(attended[0]["meet"], json!(meet));
    assert_eq!(attended[0]["gave_feedback"], json!(true));
    let text = export.to_string();
    assert!(!text.contains("lighter") && !text.contains("partly"), "no answer in the export");
    app.stop().await;
}

/// Seeds a month of history: circle "big" with a meet of nine people,
/// circle "small" with a meet of three, each person answering; returns
/// the month (`YYYY-MM`).
async fn seed_history(app: &TestApp, big: i64, small: i64, named: i64) -> String {
    let starts_at = holdspace::services::now() - 3 * 3600;
    let month = DateTime::<Utc>::from_timestamp(starts_at, 0).unwrap().format("%Y-%m").to_string();
    for (circle, size) in [(big, 9), (small, 3)] {
        let meet = app.store.add_past_meet(circle, starts_at, 60).await.unwrap();
        let mut keys: Vec<String> = (0..size - 1).map(|g| format!("g:guest-{circle}-{g}")).collect();
        keys.push(format!("m:{named}"));
        app.store.end_meet(meet, &keys).await.unwrap();
        for (i, key) in keys.iter().enumerate() {
            let feel = if i % 3 == 0 { "same" } else { "better" };
            let rows = vec![("feel".to_string(), feel.to_string()), ("heard".to_string(), "yes".to_string())];
            assert!(app.store.give_feedback(meet, &Removed::from_key(key), &rows, "2026-01-01").await.unwrap());
        }
    }
    month
}

async fn the_impact_report_counts_without_names_and_hides_small_figures(backend: Backend) {
    let app = spawn_app(backend).await;
    let (big, _) = circle_with_meet(&app, "big-circle", false).await;
    let (small, _) = circle_with_meet(&app, "small-circle", false).await;
    let (coordinator, _) = member(&app, "Meera", COORDINATOR).await;
    let (facilitator, facilitator_id) = member(&app, "Ruth", FACILITATOR).await;
    app.store.add_facilitator(big, facilitator_id).await.unwrap();
    let (participant, named) = member(&app, "Zephyrine", Roles::default()).await;
    let month = seed_history(&app, big, small, named).await;

    let report = coordinator.get(&format!("/report?month={month}")).await;
    assert_eq!(report.status, StatusCode::OK);
    let body = &report.body;
    assert!(body.contains("Circle big-circle") && body.contains("Circle small-circle"));
    assert!(body.contains("<td>9</td>"), "nine came to the big circle");
    assert!(body.contains("fewer than 5"), "three came to the small one");
    assert!(body.contains("at least 9"), "the total leaves the small circle out");
    assert!(!body.contains("<td>12</td>"), "the exact total would give the small circle away");
    assert!(body.contains("<svg") && body.contains("<title id=\"chart-attendance-title\">"), "charts with titles");
    assert!(!body.contains("Zephyrine"), "nobody is named");

    let csv = coordinator.get(&format!("/report.csv?month={month}")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(csv.body.starts_with("month,circle,figure,value"));
    assert!(csv.body.contains("Circle small-circle,Attendance,fewer than 5"));
    assert!(!csv.body.contains("Zephyrine") && !csv.body.contains(",12\r\n"));
    let summary = coordinator.get(&format!("/report/summary?month={month}")).await;
    assert_eq!(summary.status, StatusCode::OK);

    let theirs = facilitator.get(&format!("/report?month={month}")).await;
    assert!(theirs.body.contains("Circle big-circle") && !theirs.body.contains("Circle small-circle"));
    assert_eq!(
        facilitator.get(&format!("/report?month={month}&circle=small-circle")).await.status,
        StatusCode::NOT_FOUND,
        "a facilitator sees only their own circles"
    );
    assert_eq!(participant.get("/report").await.status, StatusCode::FORBIDDEN);
    assert_eq!(participant.get("/report.csv").await.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

async fn coordinators_set_the_questions(backend: Backend) {
    let app = spawn_app(backend).await;
    let (coordinator, _) = member(&app, "Meera", COORDINATOR).await;
    coordinator.get("/admin/feedback").await;
    let saved = coordinator
        .post("/admin/feedback", &[("q0", "Was the room calm?\nvery\nmostly\nnot really"), ("q1", ""), ("q2", "")])
        .await;
    assert_eq!(saved.location(), "/admin/feedback?done=settings-saved");
    let questions = app.store.feedback_questions().await.unwrap();
    assert_eq!(questions.choices.len(), 1);
    assert_eq!(questions.choices[0].key, "Was the room calm?");
    assert!(!questions.word, "the word was not ticked");
    let refused = coordinator.post("/admin/feedback", &[("q0", "Only one answer?\nyes")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let (participant, _) = member(&app, "Sam", Roles::default()).await;
    assert_eq!(participant.get("/admin/feedback").await.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

on_both_databases!(
    people_who_came_answer_once_and_no_answer_leads_back_to_them,
    the_impact_report_counts_without_names_and_hides_small_figures,
    coordinators_set_the_questions,
);
