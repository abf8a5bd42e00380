//! One meet's room across two instances over NATS (`--bus-url`), on one
//! PostgreSQL database (a shared SQLite file is no multi-instance setup):
//! a room spanning both (one order, private frames kept private, alerts
//! reaching facilitators on the other instance); the instance holding the
//! room killed, and the room going on, afresh, on the other; and nothing
//! said in the room reaching a file of NATS or of Holdspace.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use holdspace::domain::member::Roles;
use serde_json::{Value, json};

use crate::cli::{start_server_with, terminate, wait_for_exit};
use crate::helpers::{Backend, Client, TestApp, TestDb, random_suffix, spawn_app_with, store_for};
use crate::rooms::{RoomClient, circle_with_meet, connect_to, person};

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

/// A nats-server of the test's own, with JetStream, on a free port.
struct Nats {
    child: Child,
    url: String,
    /// Holds its store (`-sd`) and its log.
    dir: PathBuf,
}

impl Nats {
    /// `None` when nats-server is not installed (scripts/test installs it).
    fn start() -> Option<Nats> {
        let binary = ["/usr/sbin/nats-server", "/usr/bin/nats-server"].into_iter().find(|p| Path::new(p).exists())?;
        let dir = std::env::temp_dir().join(format!("holdspace-nats-{}", random_suffix()));
        std::fs::create_dir_all(dir.join("store")).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(binary)
            .args(["-a", "127.0.0.1", "-p", &port.to_string(), "-js", "-sd"])
            .arg(dir.join("store"))
            .arg("-l")
            .arg(dir.join("nats.log"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nats-server starts");
        // Dropped (and so stopped) if it never listens.
        let nats = Nats { child, url: format!("nats://127.0.0.1:{port}"), dir };
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(nats);
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        panic!("nats-server did not listen within five seconds");
    }
}

impl Nats {
    /// Stops it as an operator would, letting it write what it keeps.
    fn stop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let _ = self.child.wait();
    }
}

impl Drop for Nats {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Two instances on one database and one bus: `a` in this process, `b` a
/// child process of the built binary (so that it can be killed), its log
/// in `log`.
async fn two_instances(nats: &Nats, log: &Path) -> (TestApp, Child, SocketAddr) {
    let url = nats.url.clone();
    let a = spawn_app_with(Backend::Postgres, |config| config.bus_url = Some(url)).await;
    let log = std::fs::File::create(log).unwrap();
    let (b, b_addr) = start_server_with(&a.db, "debug", |command| {
        command.env("HOLDSPACE_BUS_URL", &nats.url).stderr(log);
    });
    (a, b, b_addr)
}

fn skipped() {
    eprintln!("SKIPPED: nats-server is not installed here (scripts/test installs it)");
}

/// Connects to a room, trying again while the room is between instances
/// (refused, or closed before its welcome), as a page does.
async fn enter(addr: SocketAddr, meet: i64, cookie: &str, last_seq: Option<u64>) -> (RoomClient, Value) {
    for _ in 0..100 {
        if let Ok(mut room) = connect_to(addr, meet, Some(cookie), last_seq).await
            && let Some(welcome) = room.next().await
            && welcome["type"] == "welcome"
        {
            return (room, welcome);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("the room did not let us in within twenty seconds");
}

/// The next frame that is a message; every frame skipped on the way is
/// checked by `allowed`.
async fn next_message(room: &mut RoomClient, allowed: impl Fn(&Value) -> bool) -> Value {
    loop {
        let frame = room.next().await.expect("still connected");
        assert!(allowed(&frame), "a frame for someone else: {frame}");
        if frame["type"] == "message" {
            return frame;
        }
    }
}

fn not_private(frame: &Value) -> bool {
    !["alert", "care", "nudge", "note", "mood"].contains(&frame["type"].as_str().unwrap_or_default())
}

#[tokio::test]
async fn a_room_spans_two_instances_with_one_order_and_private_frames_kept_private() {
    let Some(nats) = Nats::start() else {
        skipped();
        return;
    };
    let workdir = nats.dir.clone();
    let (a, mut b, b_addr) = two_instances(&nats, &workdir.join("b.log")).await;
    for addr in [a.addr, b_addr] {
        let ready = Client::new(addr).get("/readyz").await.body;
        assert!(ready.starts_with("ready\nbus connected\n"), "{ready}");
    }
    let (circle, meet) = circle_with_meet(&a, "spanning", false).await;
    let (ruth, ruth_cookie) = person(&a, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&a, circle, meet, "Asha", Roles::default()).await;
    let (_, sam_cookie) = person(&a, circle, meet, "Sam", Roles::default()).await;

    // Opened on A; Ruth (facilitating) and Sam are on B, Asha on A.
    crate::rooms::open_room(&ruth, meet).await;
    let (mut f, _) = enter(b_addr, meet, &ruth_cookie, None).await;
    let (mut s, _) = enter(b_addr, meet, &sam_cookie, None).await;
    let (mut asha, welcome) = enter(a.addr, meet, &asha_cookie, None).await;
    let roster: Vec<&str> =
        welcome["snapshot"]["people"].as_array().unwrap().iter().map(|p| p["alias"].as_str().unwrap()).collect();
    assert_eq!(roster.len(), 3, "one roster across both instances: {roster:?}");
    for alias in ["Ruth", "Sam", "Asha"] {
        assert!(roster.contains(&alias), "{alias} is in the roster: {roster:?}");
    }
    let (sam_pid, ruth_pid) = (s.me, f.me);
    assert_ne!(sam_pid, ruth_pid);

    // Words from both sides, in one order for everyone.
    asha.send(json!({"type": "say", "text": "one from A"})).await;
    s.send(json!({"type": "say", "text": "two from B"})).await;
    asha.send(json!({"type": "say", "text": "three from A"})).await;
    let mut orders = Vec::new();
    for room in [&mut f, &mut s, &mut asha] {
        let mut order = Vec::new();
        while order.len() < 3 {
            let frame = next_message(room, |_| true).await;
            order.push((frame["seq"].as_u64().unwrap(), frame["message"]["text"].as_str().unwrap().to_string()));
        }
        orders.push(order);
    }
    assert_eq!(orders[0], orders[1]);
    assert_eq!(orders[1], orders[2]);
    assert!(orders[0].windows(2).all(|w| w[0].0 < w[1].0), "one sequence: {:?}", orders[0]);

    // A hand raised on B is seen on A.
    s.send(json!({"type": "hand", "up": true})).await;
    asha.until("hand").await;

    // Crisis words on A: the facilitator on B is alerted, the writer cared
    // for; Sam, also on B, sees only the message.
    let words = "I can't do this anymore, I want to end my life";
    asha.send(json!({"type": "say", "text": words})).await;
    let heard = f.until("message").await;
    let alert = f.until("alert").await;
    assert_eq!(alert["alert"]["alias"], "Asha");
    assert_eq!(alert["alert"]["message"], heard["message"]["id"]);
    assert_eq!(asha.until("care").await["type"], "care");
    assert_eq!(next_message(&mut s, not_private).await["message"]["text"], words);

    // A private word from the facilitator on B to Asha on A, and a note for
    // facilitators: Sam sees neither.
    f.send(json!({"type": "nudge", "to": asha.me, "text": "We are here with you"})).await;
    assert_eq!(asha.until("nudge").await["text"], "We are here with you");
    f.send(json!({"type": "note", "text": "Asha may need a check-in"})).await;
    f.until("note").await;
    f.send(json!({"type": "say", "text": "marker"})).await;
    assert_eq!(next_message(&mut s, not_private).await["message"]["text"], "marker", "Sam saw nothing private");
    assert_eq!(next_message(&mut asha, |frame| frame["type"] != "note").await["message"]["text"], "marker");

    // Ended from B: everyone on both instances is told, and the meet is stored ended.
    f.send(json!({"type": "end"})).await;
    s.until("ended").await;
    asha.until("ended").await;
    let mut ended = false;
    for _ in 0..100 {
        ended = a.store.meet_alone(meet).await.unwrap().unwrap().status == holdspace::domain::meet::MeetStatus::Ended;
        if ended {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(ended, "the meet is ended in the database");

    let _ = b.kill();
    let _ = b.wait();
    a.stop().await;
}

#[tokio::test]
async fn when_the_instance_holding_a_room_is_killed_the_room_goes_on_afresh_on_the_other() {
    let Some(nats) = Nats::start() else {
        skipped();
        return;
    };
    let workdir = nats.dir.clone();
    let (a, mut b, b_addr) = two_instances(&nats, &workdir.join("b.log")).await;
    let (circle, meet) = circle_with_meet(&a, "failover", false).await;
    let (_, ruth_cookie) = person(&a, circle, meet, "Ruth", FACILITATOR).await;
    let (_, sam_cookie) = person(&a, circle, meet, "Sam", Roles::default()).await;

    // Opened on B, which will be killed; Ruth is on B, Sam on A.
    let ruth_on_b = Client::with_cookie(b_addr, Some(&ruth_cookie));
    crate::rooms::open_room(&ruth_on_b, meet).await;
    let (mut f, _) = enter(b_addr, meet, &ruth_cookie, None).await;
    let (mut s, _) = enter(a.addr, meet, &sam_cookie, None).await;
    s.send(json!({"type": "say", "text": "said before"})).await;
    f.until("message").await;
    s.until("message").await;
    let before = s.last_seq;

    let status = Command::new("kill").args(["-KILL", &b.id().to_string()]).status().unwrap();
    assert!(status.success());
    let _ = b.wait();

    // Sam's connection on A closes once A has taken the room over (his page
    // would reconnect); Ruth's went with B, and she comes back through A.
    while s.next().await.is_some() {}
    let (mut s, welcome) = enter(a.addr, meet, &sam_cookie, Some(before)).await;
    assert_eq!(welcome["restarted"], true, "Sam is told the room restarted");
    assert!(welcome["snapshot"]["messages"].as_array().unwrap().is_empty(), "what was said is gone");
    drop(f);
    let (mut f, welcome) = enter(a.addr, meet, &ruth_cookie, Some(before)).await;
    assert_eq!(welcome["restarted"], true);
    assert_eq!(welcome["role"], "facilitator");

    // The room works: newer frames than any before, for both.
    s.send(json!({"type": "say", "text": "said after"})).await;
    let heard = f.until("message").await;
    assert_eq!(heard["message"]["text"], "said after");
    assert!(heard["seq"].as_u64().unwrap() > before, "pages that remember the old room take it as new");
    assert_eq!(s.until("message").await["message"]["text"], "said after");
    let meet_now = a.store.meet_alone(meet).await.unwrap().unwrap();
    assert_eq!(meet_now.status, holdspace::domain::meet::MeetStatus::Live, "the meet is still live, and held");
    a.stop().await;
}

#[tokio::test]
async fn nothing_said_across_the_bus_reaches_a_file_of_nats_or_holdspace() {
    let Some(mut nats) = Nats::start() else {
        skipped();
        return;
    };
    let workdir = nats.dir.clone();
    // Both instances are processes of the built binary here, logging all they log.
    let db = TestDb::new(Backend::Postgres).await;
    let seeding = TestApp::seeding(store_for(&db).await);
    let (circle, meet) = circle_with_meet(&seeding, "canary", false).await;
    let (_, ruth_cookie) = person(&seeding, circle, meet, "Ruth", FACILITATOR).await;
    let (_, sam_cookie) = person(&seeding, circle, meet, "Sam", Roles::default()).await;
    let start = |name: &str| {
        let log = std::fs::File::create(workdir.join(format!("{name}.log"))).unwrap();
        start_server_with(&db, "trace", |command| {
            command.env("HOLDSPACE_BUS_URL", &nats.url).stderr(log);
        })
    };
    let ((mut a, a_addr), (mut b, b_addr)) = (start("a"), start("b"));
    crate::rooms::open_room(&Client::with_cookie(a_addr, Some(&ruth_cookie)), meet).await;
    let (mut f, _) = enter(a_addr, meet, &ruth_cookie, None).await;
    let (mut s, _) = enter(b_addr, meet, &sam_cookie, None).await;

    let canary = format!("canary{}", random_suffix().replace(|c: char| c.is_ascii_digit(), "x"));
    s.send(json!({"type": "say", "text": format!("the {canary} sings")})).await;
    assert!(f.until("message").await["message"]["text"].as_str().unwrap().contains(&canary));
    s.send(json!({"type": "not_okay", "words": format!("{canary} again")})).await;
    f.until("alert").await;
    f.send(json!({"type": "end"})).await;
    s.until("ended").await;

    for server in [&mut a, &mut b] {
        terminate(server);
        assert_eq!(wait_for_exit(server), 0);
    }
    // NATS stopped too, so that whatever it would write is on disk.
    nats.stop();

    let mut searched = Vec::new();
    files_under(&workdir, &mut searched);
    for name in ["nats.log", "a.log", "b.log"] {
        assert!(searched.iter().any(|p| p.ends_with(name)), "{name} was searched");
    }
    for path in &searched {
        let bytes = std::fs::read(path).unwrap();
        assert!(!bytes.windows(canary.len()).any(|w| w == canary.as_bytes()), "the canary is in {}", path.display());
    }
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    for table in tables {
        let rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT t::text FROM \"{table}\" t")))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        assert!(rows.iter().all(|r| !r.contains(&canary)), "the canary is in table {table}");
    }
    seeding.store.close().await;
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}
