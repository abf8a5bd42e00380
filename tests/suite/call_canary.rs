//! Nothing of a call reaches the disk: a person with a canary name joins a
//! voice meet's call through Holdspace (signalling only: no media is set up
//! outside a browser, see e2e/call.test.mjs) and says a canary in the room;
//! recording is asked for through the relay and straight from Janus with a
//! participant's powers, and refused both ways. Then Holdspace's database,
//! its log and temporary files, and Janus's log and folder hold no
//! recording (.mjr, .wav, .opus) and neither canary.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use holdspace::domain::circle::CallFormat;
use holdspace::domain::member::Roles;
use holdspace::media::{Janus, Media};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::cli::{start_server_with, terminate, wait_for_exit};
use crate::helpers::{Backend, Client, TestApp, TestDb, random_suffix, store_for};
use crate::on_both_databases;
use crate::rooms::{circle_with_meet, connect_to, person};

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };
const RECORDINGS: [&str; 3] = ["mjr", "wav", "opus"];

/// Letters only (digits in a row read as a phone number in a room).
fn canary_letters() -> String {
    random_suffix().chars().map(|c| c.to_digit(16).map_or(c, |d| char::from(b'g' + d as u8))).collect()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Starts Janus with `scripts/janus` in `dir`, its output in `log`;
/// `None` when it is not installed and cannot be.
async fn start_janus(dir: &Path, log: &Path, url: &str, secret: &str) -> Option<Child> {
    let port = url::Url::parse(url).unwrap().port().unwrap();
    let rtp = 30000 + (port % 300) * 100;
    let log = std::fs::File::create(log).unwrap();
    let mut child = Command::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/janus"))
        .arg(dir)
        .args(["--http-port", &port.to_string(), "--rtp-ports", &format!("{rtp}-{}", rtp + 99)])
        .env("HOLDSPACE_MEDIA_SECRET", secret)
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("scripts/janus runs");
    let client = Janus::new(&url::Url::parse(url).unwrap(), secret);
    for _ in 0..600 {
        if client.answers().await {
            return Some(child);
        }
        if child.try_wait().unwrap().is_some() {
            let installed = Command::new("sh").args(["-c", "command -v janus"]).status().is_ok_and(|s| s.success());
            assert!(!installed, "Janus is installed but did not start");
            eprintln!("SKIPPED: Janus is not installed and could not be installed here");
            return None;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("Janus did not answer within a minute");
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn call_socket(addr: std::net::SocketAddr, meet: i64, cookie: &str) -> Socket {
    let mut request = format!("ws://{addr}/meets/{meet}/call/socket").into_client_request().unwrap();
    request.headers_mut().insert("origin", format!("http://{addr}").parse().unwrap());
    request.headers_mut().insert("cookie", cookie.parse().unwrap());
    tokio_tungstenite::connect_async(request).await.unwrap().0
}

async fn send(socket: &mut Socket, frame: Value) {
    socket.send(Message::Text(frame.to_string().into())).await.unwrap();
}

async fn until(socket: &mut Socket, kind: &str) -> Value {
    loop {
        let next = tokio::time::timeout(Duration::from_secs(10), socket.next()).await.expect("a frame in time");
        if let Some(Ok(Message::Text(text))) = next {
            let frame: Value = serde_json::from_str(&text).unwrap();
            if frame["type"] == kind {
                return frame;
            }
        } else if !matches!(next, Some(Ok(_))) {
            panic!("closed before a {kind} frame");
        }
    }
}

/// The plugin's answer to the last request on `session` (its `joined`,
/// its result, or its error), read from the session's events.
async fn answer_to(client: &Janus, session: u64) -> Value {
    for _ in 0..5 {
        for event in client.poll(session).await.unwrap() {
            let data = &event["plugindata"]["data"];
            if data["error_code"].is_i64() || data["audiobridge"] == "joined" || data["result"].is_string() {
                return data.clone();
            }
        }
    }
    panic!("Janus never answered");
}

/// Every file under `root`.
fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(path) = todo.pop() {
        if path.is_dir() {
            todo.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.is_file() {
            found.push(path);
        }
    }
    found
}

fn is_recording(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| RECORDINGS.contains(&e))
}

/// Recordings directly in the system's temporary folder (where a Janus
/// told a bare file name would write).
fn recordings_in_tmp() -> Vec<PathBuf> {
    std::fs::read_dir(std::env::temp_dir()).unwrap().map(|e| e.unwrap().path()).filter(|p| is_recording(p)).collect()
}

async fn nothing_of_a_call_reaches_the_disk(backend: Backend) {
    let letters = canary_letters();
    let name = format!("Wren {}", &letters[..10]);
    let said = format!("call-canary-{letters}");
    let before_in_tmp = recordings_in_tmp();
    let workdir = std::env::temp_dir().join(format!("holdspace-call-canary-{}", random_suffix()));
    let tmp = workdir.join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let janus_dir = workdir.join("janus");
    let url = format!("http://127.0.0.1:{}/janus", free_port());
    let secret = format!("canary-{}", random_suffix());
    let Some(mut janus) = start_janus(&janus_dir, &workdir.join("janus.log"), &url, &secret).await else { return };
    let settings = holdspace::config::media(Some(&url), Some(&secret), None, None, None).unwrap().unwrap();
    let media = Media::new(&settings);
    let client = Janus::new(&settings.url, &secret);

    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let seed = TestApp::seeding(store.clone());
    let (circle, meet) = circle_with_meet(&seed, "call-canary", false).await;
    let mut voice = store.circle_by_id(circle).await.unwrap().unwrap();
    voice.call = CallFormat::Voice;
    store.update_circle(&voice, holdspace::services::now()).await.unwrap();
    let (_, ruth) = person(&seed, circle, meet, "Ruth", FACILITATOR).await;
    let (_, wren) = person(&seed, circle, meet, &name, Roles::default()).await;
    store.close().await;

    let log_file = std::fs::File::create(workdir.join("server.log")).unwrap();
    let (mut server, addr) = start_server_with(&db, "trace", |c| {
        c.env("HOLDSPACE_MEDIA_URL", &url).env("HOLDSPACE_MEDIA_SECRET", &secret).env("TMPDIR", &tmp).stderr(log_file);
    });
    let facilitator = Client::with_cookie(addr, Some(&ruth));
    facilitator.get(&format!("/meets/{meet}/room")).await;
    facilitator.post(&format!("/meets/{meet}/room/open"), &[]).await;
    let mut f = connect_to(addr, meet, Some(&ruth), None).await.unwrap();
    f.until("welcome").await;
    let mut room = connect_to(addr, meet, Some(&wren), None).await.unwrap();
    room.until("welcome").await;

    // In the call, unmuted, and saying something in the room beside it.
    let mut call = call_socket(addr, meet, &wren).await;
    until(&mut call, "ready").await;
    send(&mut call, json!({"type": "join", "muted": false, "record": true, "filename": "canary"})).await;
    let manage = |body: Value| {
        let (client, secret) = (client.clone(), media.room_secret(meet));
        async move {
            let at = client.audiobridge().await.unwrap();
            let mut body = body;
            body["room"] = json!(meet);
            body["secret"] = json!(secret);
            let answer = client.request(at, body).await;
            client.destroy(at.session).await;
            answer
        }
    };
    let mut participants = Vec::new();
    for _ in 0..200 {
        participants = manage(json!({"request": "listparticipants"})).await.unwrap()["participants"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if !participants.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(participants.len(), 1, "Wren is in the call");
    assert!(!participants[0].to_string().contains(&letters[..10]), "Janus never hears her name: {participants:?}");
    room.send(json!({"type": "say", "text": format!("I am here {said}")})).await;
    f.until("message").await;

    // Recording asked for through Holdspace: not passed on.
    for ask in [json!({"type": "configure", "record": true}), json!({"type": "record"})] {
        send(&mut call, ask).await;
        assert_eq!(until(&mut call, "error").await["code"], "unknown_type");
    }
    // Janus's API answers nobody without its secret, which only Holdspace holds.
    let stranger = reqwest::Client::new()
        .post(&url)
        .json(&json!({"janus": "create", "transaction": "canary"}))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(stranger["error"]["code"], 403, "{stranger}");
    // And with the secret and her token, what could a participant do?
    let allowed = manage(json!({"request": "allowed", "action": "add", "allowed": []})).await.unwrap();
    let token = allowed["allowed"][0].as_str().expect("Wren's token").to_string();
    let at = client.audiobridge().await.unwrap();
    let attempt = janus_dir.join("attempt").display().to_string();
    client
        .message(at, json!({"request": "join", "room": meet, "token": token, "muted": true, "display": name}), None)
        .await
        .unwrap();
    let joined = answer_to(&client, at.session).await;
    assert_eq!(joined["audiobridge"], "joined", "{joined:?}");
    // The AudioBridge takes a participant's own recording request; Janus's
    // core then refuses to open any file (protected_folders = ["/"]) once
    // media flows. No media flows here, so this only shows that nothing is
    // written; the first line of defence is that no browser can ask.
    client
        .message(at, json!({"request": "configure", "record": true, "filename": attempt.clone()}), None)
        .await
        .unwrap();
    answer_to(&client, at.session).await;
    let room_recording = client.request(at, json!({"request": "enable_recording", "room": meet, "record": true})).await;
    assert!(room_recording.is_err(), "the room's recording needs its secret: {room_recording:?}");
    let new_room = client.request(at, json!({"request": "create", "record": true, "record_file": attempt})).await;
    assert!(new_room.is_err(), "and nobody but Holdspace makes rooms: {new_room:?}");
    client.destroy(at.session).await;

    f.send(json!({"type": "end"})).await;
    room.until("ended").await;
    drop(call);
    tokio::time::sleep(Duration::from_millis(300)).await;
    terminate(&server);
    assert_eq!(wait_for_exit(&mut server), 0);
    let _ = janus.kill();
    let _ = janus.wait();

    let mut searched = files_under(&workdir);
    if backend == Backend::Sqlite {
        searched.extend(files_under(Path::new(db.url.trim_start_matches("sqlite://")).parent().unwrap()));
    }
    assert!(searched.iter().any(|p| p.ends_with("janus.log")) && searched.iter().any(|p| p.ends_with("server.log")));
    assert!(searched.iter().any(|p| p.ends_with("janus.jcfg")), "Janus's folder was searched");
    let alias_bytes = &letters.as_bytes()[..10];
    for path in &searched {
        assert!(!is_recording(path), "a recording was written: {}", path.display());
        let bytes = std::fs::read(path).unwrap();
        assert!(!bytes.windows(said.len()).any(|w| w == said.as_bytes()), "the canary is in {}", path.display());
        let holds_names = path.extension().is_some_and(|e| e == "db" || e == "db-wal");
        if !holds_names {
            assert!(!bytes.windows(alias_bytes.len()).any(|w| w == alias_bytes), "her name is in {}", path.display());
        }
    }
    assert_eq!(recordings_in_tmp(), before_in_tmp, "no recording in the temporary folder either");
    if backend == Backend::Postgres {
        let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
        let tables: Vec<String> =
            sqlx::query_scalar("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'")
                .fetch_all(&mut conn)
                .await
                .unwrap();
        for table in tables {
            let rows: Vec<String> =
                sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT t::text FROM \"{table}\" t")))
                    .fetch_all(&mut conn)
                    .await
                    .unwrap();
            assert!(rows.iter().all(|r| !r.contains(&said)), "the canary is in table {table}");
        }
    }
    let _ = std::fs::remove_dir_all(&workdir);
}

on_both_databases!(nothing_of_a_call_reaches_the_disk);
