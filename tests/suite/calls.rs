//! Voice meets against a real Janus, started for each test by
//! `scripts/janus` (which installs Debian's package when it is missing) on
//! loopback ports of its own. These tests set no media up (no ICE, no
//! RTP): they check what Holdspace decides and Janus enforces. The calls'
//! audio is tested in a browser (e2e/call.test.mjs).

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use holdspace::config::MediaSettings;
use holdspace::domain::circle::CallFormat;
use holdspace::domain::member::Roles;
use holdspace::media::janus::{AUDIOBRIDGE, VIDEOROOM};
use holdspace::media::{Handle, Janus, JanusError, Media};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::helpers::{Backend, TestApp, TestDb, member, random_suffix, spawn_app, start_on, store_for, test_config};
use crate::on_both_databases;
use crate::rooms::{circle_with_meet, connect, drop_in, open_room, person};

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };
const COORDINATOR: Roles = Roles { facilitator: false, coordinator: true };
/// Janus's AudioBridge answer to a token it does not know.
const UNAUTHORIZED: i64 = 489;
/// The VideoRoom's.
const UNAUTHORIZED_CAMERAS: i64 = 433;

/// A Janus of the test's own, stopped when dropped.
struct TestJanus {
    child: Child,
    dir: std::path::PathBuf,
    settings: MediaSettings,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl TestJanus {
    /// Starts Janus, or `None` (with a note) only when it is not installed
    /// and cannot be; any other failure fails the test.
    async fn start() -> Option<TestJanus> {
        TestJanus::start_with(TestJanus::settings()).await
    }

    /// Settings for a Janus on a free port, with a secret of its own.
    fn settings() -> MediaSettings {
        let url = format!("http://127.0.0.1:{}/janus", free_port());
        let secret = format!("test-{}", random_suffix());
        holdspace::config::media(Some(&url), Some(&secret), None, None, None).unwrap().unwrap()
    }

    /// Starts Janus where `settings` say.
    async fn start_with(settings: MediaSettings) -> Option<TestJanus> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = std::env::temp_dir().join(format!("holdspace-janus-{}", random_suffix()));
        let port = settings.url.port().unwrap();
        let secret = settings.secret.clone();
        // RTP ports of its own too (none are used: no media is set up here).
        let rtp = 30000 + (port % 300) * 100;
        let child = Command::new(root.join("scripts/janus"))
            .arg(&dir)
            .args(["--http-port", &port.to_string(), "--rtp-ports", &format!("{rtp}-{}", rtp + 99)])
            .env("HOLDSPACE_MEDIA_SECRET", &secret)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("scripts/janus runs");
        let mut janus = TestJanus { child, dir, settings };
        let client = Janus::new(&janus.settings.url, &secret);
        for _ in 0..600 {
            if client.session().await.is_ok() {
                return Some(janus);
            }
            if let Ok(Some(_)) = janus.child.try_wait() {
                let mut problem = String::new();
                if let Some(mut stderr) = janus.child.stderr.take() {
                    let _ = std::io::Read::read_to_string(&mut stderr, &mut problem);
                }
                let installed = Command::new("sh").args(["-c", "command -v janus"]).status().is_ok_and(|s| s.success());
                assert!(!installed, "Janus is installed but did not start: {problem}");
                eprintln!("SKIPPED: Janus is not installed and could not be installed here: {problem}");
                return None;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("Janus did not answer within a minute");
    }

    fn media(&self) -> Media {
        Media::new(&self.settings)
    }

    fn client(&self) -> Janus {
        Janus::new(&self.settings.url, &self.settings.secret)
    }
}

impl Drop for TestJanus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

async fn a_call_room_is_made_once_the_media_server_answers(backend: Backend) {
    let settings = TestJanus::settings();
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let mut config = test_config();
    config.media = Some(settings.clone());
    let app = start_on(db, store, config).await;
    let (circle, meet) = voice_meet(&app, "voice-late").await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut room = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    room.until("welcome").await;
    let mut call = call_socket(app.addr, meet, &asha_cookie).await.unwrap();
    assert_eq!(call.until("error").await["code"], "unavailable", "no media server yet");
    room.send(json!({"type": "say", "text": "the room works without it"})).await;
    room.until("message").await;

    let Some(janus) = TestJanus::start_with(settings).await else { return };
    let mut call = call_socket(app.addr, meet, &asha_cookie).await.unwrap();
    call.until("ready").await;
    assert!(room_exists(&janus, meet).await);
    app.stop().await;
}

async fn a_guest_in_a_drop_in_voice_meet_may_join_its_call(backend: Backend) {
    let Some((app, janus)) = spawn_with_janus(backend).await else { return };
    let (circle, meet) = voice_meet_with(&app, "voice-drop-in", true).await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    open_room(&ruth, meet).await;
    let pass = drop_in(&app, meet, "Quiet Fox").await.unwrap();
    let mut room = connect(&app, meet, Some(&pass), None).await.unwrap();
    room.until("welcome").await;
    let mut call = call_socket(app.addr, meet, &pass).await.unwrap();
    assert_eq!(call.until("ready").await["pid"], room.me);
    assert_eq!(tokens(&janus, meet).await.len(), 1, "a token of the guest's own");
    assert_eq!(call_socket(app.addr, meet, "hs_guest_0=forged").await.err(), Some(StatusCode::FORBIDDEN));
    app.stop().await;
}

/// A server with a media server, and the Janus it uses.
async fn spawn_with_janus(backend: Backend) -> Option<(TestApp, TestJanus)> {
    let janus = TestJanus::start().await?;
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let mut config = test_config();
    config.media = Some(janus.settings.clone());
    Some((start_on(db, store, config).await, janus))
}

/// A voice circle with a meet in ten minutes.
async fn voice_meet(app: &TestApp, slug: &str) -> (i64, i64) {
    voice_meet_with(app, slug, false).await
}

/// A voice circle, drop-in or not, with a meet in ten minutes.
async fn voice_meet_with(app: &TestApp, slug: &str, drop_in: bool) -> (i64, i64) {
    meet_held_by(app, slug, drop_in, CallFormat::Voice).await
}

/// A video circle with a meet in ten minutes.
async fn video_meet(app: &TestApp, slug: &str) -> (i64, i64) {
    meet_held_by(app, slug, false, CallFormat::Video).await
}

async fn meet_held_by(app: &TestApp, slug: &str, drop_in: bool, call: CallFormat) -> (i64, i64) {
    let (circle, meet) = circle_with_meet(app, slug, drop_in).await;
    let mut stored = app.store.circle_by_id(circle).await.unwrap().unwrap();
    stored.call = call;
    app.store.update_circle(&stored, holdspace::services::now()).await.unwrap();
    (circle, meet)
}

/// Asks a meet's call room something, as its manager (with its secret).
async fn manage(janus: &TestJanus, meet: i64, body: Value) -> Result<Value, JanusError> {
    manage_on(janus, AUDIOBRIDGE, meet, body).await
}

/// Asks a meet's room on one plugin something, as its manager.
async fn manage_on(janus: &TestJanus, plugin: &str, meet: i64, mut body: Value) -> Result<Value, JanusError> {
    let client = janus.client();
    let session = client.session().await.unwrap();
    let at = client.attach(session, plugin).await.unwrap();
    body["room"] = json!(meet);
    body["secret"] = json!(janus.media().room_secret(meet));
    let answer = client.request(at, body).await;
    client.destroy(at.session).await;
    answer
}

async fn room_exists(janus: &TestJanus, meet: i64) -> bool {
    manage(janus, meet, json!({"request": "exists"})).await.unwrap()["exists"] == true
}

async fn camera_room_exists(janus: &TestJanus, meet: i64) -> bool {
    manage_on(janus, VIDEOROOM, meet, json!({"request": "exists"})).await.unwrap()["exists"] == true
}

/// Who is in a meet's cameras' room (their participant ids).
async fn on_camera(janus: &TestJanus, meet: i64) -> Vec<u64> {
    let listed = manage_on(janus, VIDEOROOM, meet, json!({"request": "listparticipants"})).await.unwrap();
    listed["participants"].as_array().into_iter().flatten().filter_map(|p| p["id"].as_u64()).collect()
}

/// The tokens a meet's cameras' room accepts now.
async fn camera_tokens(janus: &TestJanus, meet: i64) -> Vec<String> {
    let body = json!({"request": "allowed", "action": "add", "allowed": []});
    let answer = manage_on(janus, VIDEOROOM, meet, body).await.unwrap();
    answer["allowed"].as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_string()).collect()
}

/// Joins a cameras' room straight on Janus with a token, as a publisher:
/// the plugin's answer event (`joined`, or an error code).
async fn join_cameras_directly(janus: &TestJanus, meet: i64, token: &str) -> Value {
    let client = janus.client();
    let at: Handle = client.videoroom().await.unwrap();
    let join = json!({"request": "join", "ptype": "publisher", "room": meet, "token": token});
    client.message(at, join, None).await.unwrap();
    let events = client.poll(at.session).await.unwrap();
    client.destroy(at.session).await;
    events.iter().find(|e| e["janus"] == "event").expect("an answer to the join")["plugindata"]["data"].clone()
}

/// Waits (up to ten seconds) until `check` holds.
async fn eventually<F: Future<Output = bool>>(what: &str, mut check: impl FnMut() -> F) {
    for _ in 0..200 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("never happened: {what}");
}

/// The tokens a meet's call room accepts now.
async fn tokens(janus: &TestJanus, meet: i64) -> Vec<String> {
    let answer = manage(janus, meet, json!({"request": "allowed", "action": "add", "allowed": []})).await.unwrap();
    answer["allowed"].as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_string()).collect()
}

/// Joins a call room straight on Janus with a token, as anyone who learnt
/// it might: the plugin's answer event (`joined`, or an error code).
async fn join_directly(janus: &TestJanus, meet: i64, token: &str) -> Value {
    let client = janus.client();
    let at: Handle = client.audiobridge().await.unwrap();
    client.message(at, json!({"request": "join", "room": meet, "token": token, "muted": true}), None).await.unwrap();
    let events = client.poll(at.session).await.unwrap();
    client.destroy(at.session).await;
    events.iter().find(|e| e["janus"] == "event").expect("an answer to the join")["plugindata"]["data"].clone()
}

/// A browser's call socket.
struct CallClient {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

async fn call_socket(addr: SocketAddr, meet: i64, cookie: &str) -> Result<CallClient, StatusCode> {
    let mut request = format!("ws://{addr}/meets/{meet}/call/socket").into_client_request().unwrap();
    request.headers_mut().insert("origin", format!("http://{addr}").parse().unwrap());
    request.headers_mut().insert("cookie", cookie.parse().unwrap());
    match tokio_tungstenite::connect_async(request).await {
        Ok((ws, _)) => Ok(CallClient { ws }),
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            Err(StatusCode::from_u16(response.status().as_u16()).unwrap())
        }
        Err(other) => panic!("could not connect: {other}"),
    }
}

impl CallClient {
    async fn send(&mut self, value: Value) {
        self.ws.send(Message::Text(value.to_string().into())).await.unwrap();
    }

    /// The next frame, or `None` once the server closed the socket.
    async fn next(&mut self) -> Option<Value> {
        loop {
            match tokio::time::timeout(Duration::from_secs(10), self.ws.next()).await.expect("a frame in time")? {
                Ok(Message::Text(text)) => return Some(serde_json::from_str(&text).unwrap()),
                Ok(Message::Close(_)) | Err(_) => return None,
                Ok(_) => continue,
            }
        }
    }

    async fn until(&mut self, kind: &str) -> Value {
        loop {
            let frame = self.next().await.unwrap_or_else(|| panic!("closed before a {kind} frame"));
            if frame["type"] == kind {
                return frame;
            }
        }
    }
}

async fn a_voice_meets_call_room_lives_exactly_as_long_as_the_meet(backend: Backend) {
    let Some((app, janus)) = spawn_with_janus(backend).await else { return };
    let (circle, meet) = voice_meet(&app, "voice-life").await;
    let (_, text_meet) = circle_with_meet(&app, "text-only", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    assert!(!room_exists(&janus, meet).await, "no call before the room opens");
    open_room(&ruth, meet).await;
    eventually("the call room is created with the meet's room", || room_exists(&janus, meet)).await;

    let text_circle = app.store.meet_alone(text_meet).await.unwrap().unwrap().circle_id;
    let (ruth_text, _) = person(&app, text_circle, text_meet, "Ruth2", FACILITATOR).await;
    open_room(&ruth_text, text_meet).await;
    let (_, asha_cookie) = person(&app, text_circle, text_meet, "Asha", Roles::default()).await;
    let mut asha = connect(&app, text_meet, Some(&asha_cookie), None).await.unwrap();
    asha.until("welcome").await;
    assert_eq!(
        call_socket(app.addr, text_meet, &asha_cookie).await.err(),
        Some(StatusCode::NOT_FOUND),
        "a text meet has no call"
    );
    assert!(!room_exists(&janus, text_meet).await);

    // Only a voice meet's room may ask for the microphone, and it shows the call.
    let policy = |page: &crate::helpers::Page| page.headers["permissions-policy"].to_str().unwrap().to_string();
    let voice_page = ruth.get(&format!("/meets/{meet}/room")).await;
    assert!(policy(&voice_page).contains("microphone=(self)"));
    assert!(voice_page.body.contains(r#"id="call-join""#));
    let text_page = ruth_text.get(&format!("/meets/{text_meet}/room")).await;
    assert!(policy(&text_page).contains("microphone=()"));
    assert!(!text_page.body.contains(r#"id="call-join""#));

    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    f.send(json!({"type": "end"})).await;
    f.until("ended").await;
    eventually("the call room is destroyed when the meet ends", || async { !room_exists(&janus, meet).await }).await;

    // A server stopping ends its meets, and their calls go with them.
    let (circle, later) = voice_meet(&app, "voice-stop").await;
    let (kai, _) = person(&app, circle, later, "Kai", FACILITATOR).await;
    open_room(&kai, later).await;
    eventually("the call room is created", || room_exists(&janus, later)).await;
    app.stop().await;
    assert!(!room_exists(&janus, later).await, "gone once the server has stopped");
}

async fn a_call_token_opens_one_meets_call_only_and_only_while_its_holder_is_in_the_room(backend: Backend) {
    let Some((app, janus)) = spawn_with_janus(backend).await else { return };
    let (circle_a, meet_a) = voice_meet(&app, "voice-a").await;
    let (circle_b, meet_b) = voice_meet(&app, "voice-b").await;
    let (ruth, ruth_cookie) = person(&app, circle_a, meet_a, "Ruth", FACILITATOR).await;
    let (kai, _) = person(&app, circle_b, meet_b, "Kai", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle_a, meet_a, "Asha", Roles::default()).await;
    open_room(&ruth, meet_a).await;
    open_room(&kai, meet_b).await;

    assert_eq!(
        call_socket(app.addr, meet_a, &asha_cookie).await.unwrap().until("error").await["code"],
        "not_in_room",
        "the call is joined from inside the room"
    );
    let mut room = connect(&app, meet_a, Some(&asha_cookie), None).await.unwrap();
    room.until("welcome").await;
    assert_eq!(call_socket(app.addr, meet_b, &asha_cookie).await.err(), Some(StatusCode::FORBIDDEN), "no seat in B");
    let mut call = call_socket(app.addr, meet_a, &asha_cookie).await.unwrap();
    let ready = call.until("ready").await;
    assert_eq!(ready["pid"], room.me);
    assert!(ready.get("token").is_none(), "the token never leaves the server");

    let mut more = Vec::new();
    for _ in 1..holdspace::room::MAX_SOCKETS {
        let mut another = call_socket(app.addr, meet_a, &asha_cookie).await.unwrap();
        another.until("ready").await;
        more.push(another);
    }
    let mut one_too_many = call_socket(app.addr, meet_a, &asha_cookie).await.unwrap();
    assert_eq!(one_too_many.until("error").await["code"], "too_many_connections");

    let issued = tokens(&janus, meet_a).await;
    assert_eq!(issued.len(), 1, "one token for Asha");
    let token = &issued[0];
    assert_eq!(join_directly(&janus, meet_b, token).await["error_code"], UNAUTHORIZED, "meet A's token in meet B");
    assert_eq!(join_directly(&janus, meet_a, token).await["audiobridge"], "joined", "it opens meet A's call");
    assert_eq!(join_directly(&janus, meet_a, "guessed").await["error_code"], UNAUTHORIZED);

    // Removed: the token stops working, and the call socket closes.
    call.send(json!({"type": "join", "muted": true})).await;
    let mut f = connect(&app, meet_a, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    f.send(json!({"type": "remove", "to": room.me, "reason": "Two reminders"})).await;
    room.until("removed").await;
    eventually("the removed person's token is revoked", || async { tokens(&janus, meet_a).await.is_empty() }).await;
    assert_eq!(join_directly(&janus, meet_a, token).await["error_code"], UNAUTHORIZED);
    loop {
        match call.next().await {
            None => break,
            Some(frame) => assert_ne!(frame["type"], "answer", "nothing more of the call: {frame}"),
        }
    }
    assert_eq!(call_socket(app.addr, meet_a, &asha_cookie).await.err(), Some(StatusCode::FORBIDDEN));
    app.stop().await;
}

async fn a_facilitators_mute_holds_on_the_media_server_until_they_allow_it(backend: Backend) {
    let Some((app, janus)) = spawn_with_janus(backend).await else { return };
    let (circle, meet) = voice_meet(&app, "voice-mute").await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut room = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    room.until("welcome").await;
    let mut call = call_socket(app.addr, meet, &asha_cookie).await.unwrap();
    call.until("ready").await;
    call.send(json!({"type": "join", "muted": false})).await;
    let in_call = || async {
        let listed = manage(&janus, meet, json!({"request": "listparticipants"})).await.unwrap();
        listed["participants"].as_array().cloned().unwrap_or_default()
    };
    eventually("Asha is in the call, unmuted", || async {
        in_call().await.first().is_some_and(|p| p["muted"] == false)
    })
    .await;

    f.send(json!({"type": "call_mute", "to": room.me, "muted": true})).await;
    let told = room.until("call_muted").await;
    assert_eq!((told["pid"].as_u64(), told["muted"].as_bool()), (Some(room.me), Some(true)), "Asha is told");
    eventually("Janus mutes her", || async { in_call().await.first().is_some_and(|p| p["muted"] == true) }).await;
    call.send(json!({"type": "mute", "muted": false})).await;
    assert_eq!(call.until("error").await["code"], "call_muted", "she cannot unmute herself");
    call.send(json!({"type": "configure", "muted": false, "record": true})).await;
    assert_eq!(call.until("error").await["code"], "unknown_type", "nor ask Janus anything else");
    assert_eq!(in_call().await[0]["muted"], true);

    f.send(json!({"type": "call_mute", "to": room.me, "muted": false})).await;
    assert_eq!(room.until("call_muted").await["muted"], false);
    eventually("Janus lets her speak again", || async { in_call().await.first().is_some_and(|p| p["muted"] == false) })
        .await;
    call.send(json!({"type": "mute", "muted": true})).await;
    eventually("she mutes herself", || async { in_call().await.first().is_some_and(|p| p["muted"] == true) }).await;
    call.send(json!({"type": "mute", "muted": false})).await;
    eventually("and unmutes herself", || async { in_call().await.first().is_some_and(|p| p["muted"] == false) }).await;
    app.stop().await;
}

/// The circle form's fields for an online circle, with its call format.
fn online_circle(call: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Evening voices"),
        ("slug", "evening-voices"),
        ("summary", "We talk"),
        ("description", "A voice circle."),
        ("languages", "en"),
        ("format", "online"),
        ("call", call),
        ("time_zone", "Europe/London"),
        ("capacity", "8"),
        ("status", "active"),
        ("mood_numbers", "facilitators"),
    ]
}

async fn coordinators_choose_voice_only_where_there_is_a_media_server(backend: Backend) {
    let app = spawn_app(backend).await;
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let form = meera.get("/admin/circles/new").await;
    assert!(
        form.body.contains("Voice and video need a media server, and this site does not have one yet"),
        "said plainly"
    );
    assert!(form.body.contains(r#"id="call-voice" name="call" value="voice" disabled"#), "and not offered");
    assert!(form.body.contains(r#"id="call-video" name="call" value="video" disabled"#));
    let refused = meera.post("/admin/circles", &online_circle("video")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let refused = meera.post("/admin/circles", &online_circle("voice")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Please choose text only for now."));
    let created = meera.post("/admin/circles", &online_circle("text")).await;
    assert_eq!(created.location(), "/admin/circles/evening-voices?done=circle-saved");
    assert_eq!(app.store.circle_by_slug("evening-voices").await.unwrap().unwrap().call, CallFormat::Text);
    app.stop().await;

    let Some((app, _janus)) = spawn_with_janus(backend).await else { return };
    let (meera, _) = member(&app, "Meera", COORDINATOR).await;
    let form = meera.get("/admin/circles/new").await;
    assert!(!form.body.contains("does not have one yet"));
    let created = meera.post("/admin/circles", &online_circle("voice")).await;
    assert_eq!(created.location(), "/admin/circles/evening-voices?done=circle-saved");
    assert_eq!(app.store.circle_by_slug("evening-voices").await.unwrap().unwrap().call, CallFormat::Voice);
    let edit = meera.get("/admin/circles/evening-voices").await;
    assert!(edit.body.contains(r#"id="call-voice" name="call" value="voice" checked"#));
    let saved = meera.post("/admin/circles/evening-voices", &online_circle("video")).await;
    assert_eq!(saved.location(), "/admin/circles/evening-voices?done=circle-saved");
    assert_eq!(app.store.circle_by_slug("evening-voices").await.unwrap().unwrap().call, CallFormat::Video);
    let page = meera.get("/circles/evening-voices").await;
    assert!(page.body.contains("cameras stay off unless you turn yours on"), "the circle's page says what to expect");
    app.stop().await;
}

async fn a_video_meets_cameras_room_lives_exactly_as_long_as_the_meet(backend: Backend) {
    let Some((app, janus)) = spawn_with_janus(backend).await else { return };
    let (circle, meet) = video_meet(&app, "video-life").await;
    let (voice_circle, voice) = voice_meet(&app, "voice-beside").await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (kai, _) = person(&app, voice_circle, voice, "Kai", FACILITATOR).await;
    assert!(!camera_room_exists(&janus, meet).await, "no cameras before the room opens");
    open_room(&ruth, meet).await;
    open_room(&kai, voice).await;
    eventually("the sound's room is created with the meet's room", || room_exists(&janus, meet)).await;
    eventually("and the cameras' room beside it", || camera_room_exists(&janus, meet)).await;
    eventually("a voice meet's sound room is created", || room_exists(&janus, voice)).await;
    assert!(!camera_room_exists(&janus, voice).await, "a voice meet has no cameras");

    // Only a video meet's room may ask for the camera, and it offers one.
    let policy = |page: &crate::helpers::Page| page.headers["permissions-policy"].to_str().unwrap().to_string();
    let video_page = ruth.get(&format!("/meets/{meet}/room")).await;
    assert!(policy(&video_page).contains("camera=(self)"));
    assert!(video_page.body.contains(r#"id="call-camera""#));
    let voice_page = kai.get(&format!("/meets/{voice}/room")).await;
    assert!(policy(&voice_page).contains("camera=()"));
    assert!(!voice_page.body.contains(r#"id="call-camera""#));

    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    f.send(json!({"type": "end"})).await;
    f.until("ended").await;
    eventually("the cameras' room is destroyed when the meet ends", || async {
        !camera_room_exists(&janus, meet).await
    })
    .await;
    assert!(!room_exists(&janus, meet).await);
    app.stop().await;
}

async fn a_call_token_opens_one_video_meets_cameras_and_a_removed_person_loses_them(backend: Backend) {
    let Some((app, janus)) = spawn_with_janus(backend).await else { return };
    let (circle_a, meet_a) = video_meet(&app, "video-a").await;
    let (circle_b, meet_b) = video_meet(&app, "video-b").await;
    let (ruth, ruth_cookie) = person(&app, circle_a, meet_a, "Ruth", FACILITATOR).await;
    let (kai, _) = person(&app, circle_b, meet_b, "Kai", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle_a, meet_a, "Asha", Roles::default()).await;
    open_room(&ruth, meet_a).await;
    open_room(&kai, meet_b).await;
    let mut room = connect(&app, meet_a, Some(&asha_cookie), None).await.unwrap();
    room.until("welcome").await;
    let mut call = call_socket(app.addr, meet_a, &asha_cookie).await.unwrap();
    assert_eq!(call.until("ready").await["video"], true);
    assert_eq!(call.until("cameras").await["on"], json!([]), "in the cameras' room, camera off, nobody else's on");
    let asha_in_cameras = on_camera(&janus, meet_a).await;
    assert_eq!(asha_in_cameras.len(), 1, "Asha's socket, as Holdspace joined it");
    assert_eq!(asha_in_cameras[0] >> 16, room.me, "under her own id");

    let issued = camera_tokens(&janus, meet_a).await;
    assert_eq!(issued, tokens(&janus, meet_a).await, "the same token for sound and cameras");
    let token = &issued[0];
    assert_eq!(
        join_cameras_directly(&janus, meet_b, token).await["error_code"],
        UNAUTHORIZED_CAMERAS,
        "meet A's token in meet B's cameras"
    );
    assert_eq!(join_cameras_directly(&janus, meet_a, token).await["videoroom"], "joined", "it opens meet A's");
    assert_eq!(join_cameras_directly(&janus, meet_a, "guessed").await["error_code"], UNAUTHORIZED_CAMERAS);

    // Removed: out of the cameras' room at once, and the token stops working there too.
    let mut f = connect(&app, meet_a, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    f.send(json!({"type": "remove", "to": room.me, "reason": "Two reminders"})).await;
    room.until("removed").await;
    eventually("the removed person is dropped from the cameras", || async {
        !on_camera(&janus, meet_a).await.contains(&asha_in_cameras[0])
    })
    .await;
    eventually("her token is revoked there", || async { camera_tokens(&janus, meet_a).await.is_empty() }).await;
    assert_eq!(join_cameras_directly(&janus, meet_a, token).await["error_code"], UNAUTHORIZED_CAMERAS);
    while call.next().await.is_some() {}
    assert_eq!(call_socket(app.addr, meet_a, &asha_cookie).await.err(), Some(StatusCode::FORBIDDEN));
    app.stop().await;
}

on_both_databases!(
    a_video_meets_cameras_room_lives_exactly_as_long_as_the_meet,
    a_call_token_opens_one_video_meets_cameras_and_a_removed_person_loses_them,
    a_guest_in_a_drop_in_voice_meet_may_join_its_call,
    a_call_room_is_made_once_the_media_server_answers,
    coordinators_choose_voice_only_where_there_is_a_media_server,
    a_voice_meets_call_room_lives_exactly_as_long_as_the_meet,
    a_call_token_opens_one_meets_call_only_and_only_while_its_holder_is_in_the_room,
    a_facilitators_mute_holds_on_the_media_server_until_they_allow_it,
);
