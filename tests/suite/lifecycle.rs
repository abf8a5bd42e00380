//! The room runtime's lifecycle: a stopping server ends its rooms and
//! stores what they leave behind before the store closes; a new start ends
//! the meets a stopped server left live, once their rooms would be closed.

use holdspace::domain::meet::MeetStatus;
use holdspace::domain::member::Roles;
use serde_json::json;

use crate::cli::{start_server_with, terminate, wait_for_exit};
use crate::helpers::{Backend, Client, TestApp, TestDb, spawn_app, start_on, store_for, test_config};
use crate::on_both_databases;
use crate::rooms::{circle_with_meet, connect, connect_to, open_room, person};

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

/// One number read straight from the database (the store offers no such reads).
async fn number(db: &TestDb, sql: &str, meet: i64) -> i64 {
    match db.backend {
        Backend::Sqlite => {
            let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(meet).fetch_one(&mut conn).await.unwrap()
        }
        Backend::Postgres => {
            let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(meet).fetch_one(&mut conn).await.unwrap()
        }
    }
}

async fn status(app: &TestApp, meet: i64) -> MeetStatus {
    app.store.meet(meet).await.unwrap().unwrap().meet.status
}

async fn stopping_the_server_ends_its_rooms_and_stores_what_they_leave_behind(backend: Backend) {
    let mut app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "stopping", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    let (_, sam_cookie) = person(&app, circle, meet, "Sam", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    let mut s = connect(&app, meet, Some(&sam_cookie), None).await.unwrap();
    s.until("welcome").await;
    f.send(json!({"type": "remove", "to": s.me, "reason": "Asked to step out for today"})).await;
    s.until("removed").await;
    assert_eq!(status(&app, meet).await, MeetStatus::Live);

    // Stopped at once: the removal may still be on its way to the database.
    // The store closes right after, as `holdspace serve` closes it.
    app.stop_server().await;
    app.store.close().await;

    a.until("ended").await;
    assert!(a.next().await.is_none(), "the connection closes");
    f.until("ended").await;
    let ended = "SELECT COUNT(*) FROM meets WHERE id = $1 AND status = 'ended'";
    assert_eq!(number(&app.db, ended, meet).await, 1, "stored before the store closed");
    assert_eq!(number(&app.db, "SELECT attended FROM meets WHERE id = $1", meet).await, 3);
    assert_eq!(number(&app.db, "SELECT COUNT(*) FROM removals WHERE meet_id = $1", meet).await, 1);
    app.stop().await;
}

async fn sigterm_ends_the_rooms_and_stores_what_they_leave_behind_before_exiting(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let seed = TestApp::seeding(store.clone());
    let (circle, meet) = circle_with_meet(&seed, "sigterm", false).await;
    let (_, ruth) = person(&seed, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha) = person(&seed, circle, meet, "Asha", Roles::default()).await;
    let (_, sam) = person(&seed, circle, meet, "Sam", Roles::default()).await;
    store.close().await;

    let (mut child, addr) = start_server_with(&db, "warn", |_| {});
    open_room(&Client::with_cookie(addr, Some(&ruth)), meet).await;
    let mut f = connect_to(addr, meet, Some(&ruth), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect_to(addr, meet, Some(&asha), None).await.unwrap();
    a.until("welcome").await;
    let mut s = connect_to(addr, meet, Some(&sam), None).await.unwrap();
    s.until("welcome").await;
    f.send(json!({"type": "remove", "to": s.me, "reason": "Asked to step out for today"})).await;
    s.until("removed").await;

    terminate(&child);
    a.until("ended").await;
    f.until("ended").await;
    assert_eq!(wait_for_exit(&mut child), 0);
    let ended = "SELECT COUNT(*) FROM meets WHERE id = $1 AND status = 'ended'";
    assert_eq!(number(&db, ended, meet).await, 1);
    assert_eq!(number(&db, "SELECT attended FROM meets WHERE id = $1", meet).await, 3);
    assert_eq!(number(&db, "SELECT COUNT(*) FROM removals WHERE meet_id = $1", meet).await, 1);
}

async fn starting_ends_meets_left_live_whose_rooms_would_have_closed(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let seed = TestApp::seeding(store.clone());
    let now = holdspace::services::now();
    let (_, overdue) = circle_with_meet(&seed, "overdue", false).await;
    store.mark_live(overdue, now - 60).await.unwrap();
    let (_, running) = circle_with_meet(&seed, "running", false).await;
    store.mark_live(running, now + 3600).await.unwrap();
    // Marked live before rooms recorded when they close: its end plus the grace decides.
    let (_, older) = circle_with_meet(&seed, "older", false).await;
    store.mark_live(older, now + 3600).await.unwrap();
    let two_days_ago = "UPDATE meets SET live_until = NULL, starts_at = starts_at - 172800 WHERE id = $1 RETURNING id";
    number(&db, two_days_ago, older).await;

    let app = start_on(db, store, test_config()).await;
    assert_eq!(status(&app, overdue).await, MeetStatus::Ended, "its room would have closed: it is over");
    assert_eq!(status(&app, older).await, MeetStatus::Ended);
    assert_eq!(status(&app, running).await, MeetStatus::Live, "it may be live on another instance");
    assert_eq!(number(&app.db, "SELECT attended FROM meets WHERE id = $1", overdue).await, 0, "not known");
    app.stop().await;
}

on_both_databases!(
    stopping_the_server_ends_its_rooms_and_stores_what_they_leave_behind,
    sigterm_ends_the_rooms_and_stores_what_they_leave_behind_before_exiting,
    starting_ends_meets_left_live_whose_rooms_would_have_closed,
);
