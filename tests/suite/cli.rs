//! The `holdspace` binary itself: configuration errors, help, migrate,
//! console administration, shutdown on SIGTERM, and what reaches the logs.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{Backend, Client, TestDb, store_for, test_config};
use crate::on_both_databases;

const BIN: &str = env!("CARGO_BIN_EXE_holdspace");

fn holdspace(db: Option<&TestDb>) -> Command {
    let mut command = Command::new(BIN);
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("HOLDSPACE_")) {
        command.env_remove(key);
    }
    if let Some(db) = db {
        command.env("HOLDSPACE_DATABASE_URL", &db.url);
    }
    command
}

fn run(command: &mut Command, stdin: &str) -> (i32, String, String) {
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Arguments, environment, and the setting the error must name.
type BadSetting = (&'static [&'static str], &'static [(&'static str, &'static str)], &'static str);

#[test]
fn a_wrong_setting_stops_start_up_with_one_line_naming_it() {
    let cases: &[BadSetting] = &[
        (&["serve", "--bind", "nowhere"], &[], "HOLDSPACE_BIND (--bind)"),
        (&["serve"], &[("HOLDSPACE_BIND", "8080")], "HOLDSPACE_BIND (--bind)"),
        (&["serve"], &[("HOLDSPACE_PUBLIC_URL", "circles.example.org")], "HOLDSPACE_PUBLIC_URL (--public-url)"),
        (&["migrate"], &[("HOLDSPACE_LOG", "loud")], "HOLDSPACE_LOG (--log)"),
        (&["migrate"], &[("HOLDSPACE_LOG_FORMAT", "xml")], "HOLDSPACE_LOG_FORMAT (--log-format)"),
        (
            &["migrate"],
            &[("HOLDSPACE_DATABASE_URL", "mysql://root:s3cret@db/x")],
            "HOLDSPACE_DATABASE_URL (--database-url)",
        ),
        (&["migrate"], &[("HOLDSPACE_DATABASE_MAX_CONNECTIONS", "lots")], "HOLDSPACE_DATABASE_MAX_CONNECTIONS"),
        (&["serve", "--smtp-url", "mail.example.org"], &[], "HOLDSPACE_SMTP_URL (--smtp-url)"),
        (&["serve", "--trust-proxy", "perhaps"], &[], "HOLDSPACE_TRUST_PROXY (--trust-proxy)"),
    ];
    for (args, env, setting) in cases {
        let mut command = holdspace(None);
        command.args(*args).envs(env.iter().copied());
        let (code, _, stderr) = run(&mut command, "");
        assert_eq!(code, 2, "{args:?} {env:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        assert!(stderr.starts_with(&format!("holdspace: {setting}")), "{stderr}");
        assert!(!stderr.contains("panicked") && !stderr.contains("s3cret"), "{stderr}");
    }
}

#[test]
fn help_explains_every_command_and_setting() {
    let (code, out, _) = run(holdspace(None).arg("--help"), "");
    assert_eq!(code, 0);
    for word in ["serve", "demo", "migrate", "admin", "HOLDSPACE_DATABASE_URL", "HOLDSPACE_LOG"] {
        assert!(out.contains(word), "--help mentions {word}");
    }
    let (_, out, _) = run(holdspace(None).args(["serve", "--help"]), "");
    for word in ["HOLDSPACE_BIND", "HOLDSPACE_PUBLIC_URL", "HOLDSPACE_SMTP_URL", "127.0.0.1:8080"] {
        assert!(out.contains(word), "serve --help mentions {word}");
    }
    let (_, out, _) = run(holdspace(None).args(["admin", "create-coordinator", "--help"]), "");
    assert!(out.contains("--alias") && out.contains("--password-stdin"));
    let (_, out, _) = run(holdspace(None).args(["admin", "reset-password", "--help"]), "");
    assert!(out.contains("--alias") && out.contains("--password-stdin"));
}

async fn migrate_creates_the_schema_and_can_run_again(backend: Backend) {
    let db = TestDb::new(backend).await;
    for _ in 0..2 {
        let (code, out, err) = run(holdspace(Some(&db)).arg("migrate"), "");
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("up to date"));
    }
    let store = store_for(&db).await;
    assert!(store.is_empty().await.unwrap());
    store.close().await;
}

async fn the_console_creates_coordinators_and_resets_passwords(backend: Backend) {
    let db = TestDb::new(backend).await;
    let (code, out, err) = run(holdspace(Some(&db)).args(["admin", "create-coordinator", "--alias", "Asha"]), "");
    assert_eq!(code, 0, "{err}");
    let one_time = out.lines().find_map(|l| l.strip_prefix("One-time password: ")).unwrap().to_string();
    let (code, out, _) = run(
        holdspace(Some(&db)).args(["admin", "create-coordinator", "--alias", "Bela", "--password-stdin"]),
        "bela's own password\n",
    );
    assert_eq!(code, 0);
    assert!(!out.contains("One-time password"));
    let (code, _, err) = run(holdspace(Some(&db)).args(["admin", "create-coordinator", "--alias", "asha"]), "");
    assert_eq!(code, 1);
    assert!(err.contains("already taken"), "{err}");
    let (code, _, err) = run(holdspace(Some(&db)).args(["admin", "reset-password", "--alias", "Nobody"]), "");
    assert_eq!(code, 1);
    assert!(err.contains("no member"), "{err}");

    let store = store_for(&db).await;
    let server = holdspace::server::start(store.clone(), test_config()).await.unwrap();
    let asha = Client::new(server.local_addr);
    assert_eq!(
        asha.sign_in("Asha", &one_time).await.location(),
        "/account/password",
        "a one-time password must be replaced"
    );
    let bela = Client::new(server.local_addr);
    assert_eq!(bela.sign_in("Bela", "bela's own password").await.location(), "/meets");
    assert_eq!(bela.get("/admin").await.status, StatusCode::OK, "the coordinator can coordinate");

    let (code, _, err) = run(
        holdspace(Some(&db)).args(["admin", "reset-password", "--alias", "bela", "--password-stdin"]),
        "a brand new password\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(bela.get("/admin").await.status, StatusCode::SEE_OTHER, "signed out everywhere");
    assert_eq!(Client::new(server.local_addr).sign_in("Bela", "a brand new password").await.location(), "/meets");
    let audit = Client::new(server.local_addr);
    audit.sign_in("Bela", "a brand new password").await;
    assert!(audit.get("/admin/audit").await.body.contains("The server console"));
    server.stop().await;
    store.close().await;
}

/// Starts `holdspace serve` and returns it with the address it listens on.
fn start_server(db: &TestDb, log: &str) -> (Child, SocketAddr) {
    start_server_with(db, log, |_| {})
}

pub(crate) fn start_server_with(db: &TestDb, log: &str, tweak: impl FnOnce(&mut Command)) -> (Child, SocketAddr) {
    let mut command = holdspace(Some(db));
    command
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("HOLDSPACE_LOG", log)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    tweak(&mut command);
    let mut child = command.spawn().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    let addr = line.split("http://").nth(1).unwrap().split('/').next().unwrap().parse().unwrap();
    (child, addr)
}

pub(crate) fn terminate(child: &Child) {
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
}

pub(crate) fn wait_for_exit(child: &mut Child) -> i32 {
    for _ in 0..200 {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code().unwrap_or(-1);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.kill().unwrap();
    panic!("the server did not stop within ten seconds");
}

#[tokio::test]
async fn sigterm_lets_a_request_under_way_finish_then_exits_cleanly() {
    let db = TestDb::new(Backend::Sqlite).await;
    let (mut child, addr) = start_server(&db, "info");
    assert_eq!(Client::new(addr).get("/healthz").await.status, StatusCode::OK);

    // A request that has started arriving when the signal comes.
    let mut socket = std::net::TcpStream::connect(addr).unwrap();
    socket.write_all(b"GET /circles HTTP/1.1\r\nHost: localhost\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    terminate(&child);
    std::thread::sleep(Duration::from_millis(200));
    socket.write_all(b"Connection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    socket.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");

    assert_eq!(wait_for_exit(&mut child), 0);
    assert!(std::net::TcpStream::connect(addr).is_err(), "no longer listening");
}

#[tokio::test]
async fn logs_never_hold_passwords_emails_tokens_or_recovery_codes() {
    let db = TestDb::new(Backend::Sqlite).await;
    let (mut child, addr) = start_server(&db, "trace");
    let password = "canary-password-7f3a9";
    let email = "canary-7f3a9@example.org";
    let browser = Client::new(addr);
    let signed_up = browser.sign_up_with(&[("alias", "Canary Bird"), ("password", password), ("email", email)]).await;
    let codes = signed_up.codes();
    let session = signed_up.set_cookies().into_iter().find(|c| c.starts_with("hs_session=")).unwrap();
    let token = session.trim_start_matches("hs_session=").split(';').next().unwrap().to_string();
    browser.get("/account").await;
    browser.post("/account/profile", &[("email", email), ("pronouns", "canary/pronoun")]).await;
    let stranger = Client::new(addr);
    stranger.sign_in("Canary Bird", "wrong-canary-password").await;
    stranger.sign_in("Canary Bird", password).await;
    stranger.get("/reset").await;
    stranger.post("/reset", &[("email", email)]).await;
    stranger.get("/circles?q=canary-search-words").await;
    stranger.get(&format!("/reset/{token}")).await;

    terminate(&child);
    assert_eq!(wait_for_exit(&mut child), 0);
    let mut logs = String::new();
    child.stderr.take().unwrap().read_to_string(&mut logs).unwrap();
    assert!(logs.contains("member signed in"), "the logs are there to be checked: {logs}");
    for secret in [
        password,
        "wrong-canary-password",
        email,
        token.as_str(),
        "canary-search-words",
        "Canary Bird",
        "canary/pronoun",
    ]
    .into_iter()
    .chain(codes.iter().map(String::as_str))
    {
        assert!(!logs.contains(secret), "{secret} reached the logs");
    }
}

/// Kills the server the moment it has answered, then checks the database.
async fn acknowledged_sign_ups_and_rsvps_survive_a_crash(backend: Backend) {
    use chrono::{Duration, Utc};
    use holdspace::domain::schedule::{End, Repeat, Series};

    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let circle = holdspace::demo::circles().into_iter().find(|c| c.slug == "after-a-loss").unwrap();
    let circle_id = store.create_circle(&circle, holdspace::services::now()).await.unwrap();
    let first =
        (Utc::now() + Duration::days(2)).with_timezone(&circle.time_zone).date_naive().and_hms_opt(19, 0, 0).unwrap();
    let series = Series::new(circle.time_zone, first, Repeat::Once, End::Never, 60).unwrap();
    holdspace::services::schedule::add_series(&store, circle_id, &series, Utc::now()).await.unwrap();
    let meet = store.upcoming_meets(circle_id, holdspace::services::now(), 1).await.unwrap()[0].meet.id;
    let org = store.org_settings().await.unwrap().agreements_version;
    store.close().await;

    let (mut child, addr) = start_server(&db, "warn");
    let browser = Client::new(addr);
    let signed_up = browser.sign_up("Crash Test", "a calm blue lake").await;
    assert_eq!(signed_up.status, StatusCode::OK);
    let store = store_for(&db).await;
    let member = store.credentials("crash test").await.unwrap().unwrap().0.id;
    store.accept_agreements(member, circle_id, (org, 1), holdspace::services::now()).await.unwrap();
    store.close().await;
    browser.get("/circles/after-a-loss").await;
    // From the circle's page, as nobody facilitates this circle here.
    let answered = browser.post(&format!("/meets/{meet}/rsvp"), &[("back", "/circles/after-a-loss")]).await;
    assert!(answered.location().contains("rsvp-going"), "{}", answered.location());
    child.kill().unwrap();
    child.wait().unwrap();

    let store = store_for(&db).await;
    assert!(store.credentials("crash test").await.unwrap().is_some(), "the sign-up survived");
    let rsvp = store.rsvp_of(meet, member).await.unwrap().map(|(s, _)| s.as_str());
    assert_eq!(rsvp, Some("going"), "the RSVP survived");
    store.close().await;
}

/// The canary: a unique string goes through a live room in every way words
/// can (a message, a content warning, a pinned guide, a check-in word, a
/// nudge, a facilitator note, a crisis message, "I'm not okay" words, a
/// report's reason, a contact detail held back in a youth circle); after the
/// meet ends, no file the server wrote
/// (database, WAL, journal, logs at trace level, temp files) and no table
/// holds it.
async fn nothing_said_in_a_room_reaches_the_disk(backend: Backend) {
    use crate::rooms::{circle_with_meet, connect_to, person};
    use holdspace::domain::member::Roles;
    use serde_json::json;

    // Letters only: a run of random digits reads as a phone number, which the
    // room holds back as contact details instead of passing on.
    let letters: String = crate::helpers::random_suffix()
        .chars()
        .map(|c| c.to_digit(16).map_or(c, |d| char::from(b'g' + d as u8)))
        .collect();
    let canary = format!("canary-{letters}");
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let seed = crate::helpers::TestApp::seeding(store.clone());
    let (circle, meet) = circle_with_meet(&seed, "canary", false).await;
    let mut youth = store.circle_by_id(circle).await.unwrap().unwrap();
    youth.audience = vec!["youth".into()];
    store.update_circle(&youth, holdspace::services::now()).await.unwrap();
    let (_, ruth) = person(&seed, circle, meet, "Ruth", Roles { facilitator: true, coordinator: false }).await;
    let (_, asha) = person(&seed, circle, meet, "Asha", Roles::default()).await;
    store.close().await;

    let workdir = std::env::temp_dir().join(format!("holdspace-canary-{}", crate::helpers::random_suffix()));
    let tmp = workdir.join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let log_path = workdir.join("server.log");
    let log_file = std::fs::File::create(&log_path).unwrap();
    let (mut child, addr) = start_server_with(&db, "trace", |c| {
        c.env("TMPDIR", &tmp).stderr(log_file);
    });
    let facilitator = Client::with_cookie(addr, Some(&ruth));
    facilitator.get(&format!("/meets/{meet}/room")).await;
    facilitator.post(&format!("/meets/{meet}/room/open"), &[]).await;
    let mut f = connect_to(addr, meet, Some(&ruth), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect_to(addr, meet, Some(&asha), None).await.unwrap();
    a.until("welcome").await;
    let asha_pid = a.me;
    a.send(json!({"type": "say", "text": format!("I want to say {canary} here")})).await;
    a.until("message").await;
    a.send(json!({"type": "say", "text": "with a warning", "cw": canary.clone()})).await;
    a.until("message").await;
    f.send(json!({"type": "pin", "text": format!("Guide: {canary}")})).await;
    a.until("pinned").await;
    f.send(json!({"type": "nudge", "to": asha_pid, "text": canary.clone()})).await;
    a.until("nudge").await;
    f.send(json!({"type": "note", "text": canary.clone()})).await;
    f.until("note").await;
    f.send(json!({"type": "start_round", "kind": "check_in"})).await;
    a.until("round_started").await;
    a.send(json!({"type": "mood", "mood": 3, "word": canary.clone()})).await;
    f.until("round_response").await;
    a.send(json!({"type": "say", "text": format!("I want to kill myself {canary}")})).await;
    assert_eq!(f.until("alert").await["alert"]["level"], "active");
    a.until("care").await;
    a.send(json!({"type": "not_okay", "words": canary.clone()})).await;
    f.until("alert").await;
    // Asha has used most of her allowance (five messages' worth at once); a
    // pause, and what she sends next is read.
    tokio::time::sleep(Duration::from_millis(2200)).await;
    a.send(json!({"type": "say", "text": format!("add me on insta @{canary}")})).await;
    assert_eq!(a.until("held_back").await["reason"], "contact");
    assert_eq!(f.until("alert").await["alert"]["kind"], "contact_held");
    f.send(json!({"type": "say", "text": "a facilitator message"})).await;
    let from_ruth = a.until("message").await["message"]["id"].as_u64().unwrap();
    // Another pause, so the report fits her allowance however fast all this ran.
    tokio::time::sleep(Duration::from_millis(1600)).await;
    a.send(json!({"type": "report", "message": from_ruth, "reason": canary.clone()})).await;
    f.until("report").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    f.send(json!({"type": "end"})).await;
    a.until("ended").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    terminate(&child);
    assert_eq!(wait_for_exit(&mut child), 0);

    let mut searched = Vec::new();
    let mut files = vec![workdir.clone()];
    if backend == Backend::Sqlite {
        files.push(std::path::PathBuf::from(db.url.trim_start_matches("sqlite://")).parent().unwrap().to_path_buf());
    }
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
            "the canary was written to {}",
            path.display()
        );
        searched.push(path.display().to_string());
    }
    assert!(searched.iter().any(|p| p.ends_with("server.log")));
    if backend == Backend::Sqlite {
        assert!(searched.iter().any(|p| p.ends_with("holdspace.db")), "{searched:?}");
    } else {
        let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
        let tables: Vec<String> =
            sqlx::query_scalar("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'")
                .fetch_all(&mut conn)
                .await
                .unwrap();
        assert!(tables.len() > 5);
        for table in tables {
            let rows: Vec<String> =
                sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT t::text FROM \"{table}\" t")))
                    .fetch_all(&mut conn)
                    .await
                    .unwrap();
            assert!(rows.iter().all(|r| !r.contains(&canary)), "the canary is in table {table}");
        }
    }
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.contains("listening"), "the log was written");
    let _ = std::fs::remove_dir_all(&workdir);
}

on_both_databases!(
    nothing_said_in_a_room_reaches_the_disk,
    migrate_creates_the_schema_and_can_run_again,
    the_console_creates_coordinators_and_resets_passwords,
    acknowledged_sign_ups_and_rsvps_survive_a_crash
);

#[test]
fn safety_scan_reads_messages_and_answers_one_line_each_in_order() {
    let input = "I want to kill myself\nthis traffic is killing me\nyou should try yoga\nadd me on insta\n\nmarna chahta hoon\n";
    let (status, stdout, stderr) = run(holdspace(None).args(["safety", "scan"]), input);
    assert_eq!(status, 0, "{stderr}");
    assert!(!stderr.contains("kill") && !stderr.contains("yoga"), "the scan never echoes messages to the log");
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 6, "one answer per line, blank lines included");
    let field = |i: usize, k: &str| lines[i][k].clone();
    assert_eq!((field(0, "crisis"), field(0, "level")), (true.into(), "active".into()));
    assert_eq!((field(1, "crisis"), field(1, "level")), (false.into(), "none".into()));
    assert_eq!(field(2, "advice"), true);
    assert_eq!(field(3, "contact"), true);
    assert_eq!(field(4, "crisis"), false);
    assert_eq!(field(5, "crisis"), true);
    assert!(lines[0]["reasons"].as_array().is_some_and(|r| !r.is_empty()), "each finding says why");
}
