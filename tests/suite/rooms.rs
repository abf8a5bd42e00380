//! Live rooms over real WebSockets: who may come in, what everyone sees,
//! reconnecting without gaps, bad frames, slow clients, facilitator tools.

use std::net::SocketAddr;
use std::time::Duration;

use chrono::{Duration as Days, Utc};
use chrono_tz::Tz;
use futures_util::{SinkExt, StreamExt};
use holdspace::domain::circle::{Circle, Format, Status};
use holdspace::domain::member::Roles;
use holdspace::domain::room::MoodNumbers;
use holdspace::domain::schedule::{End, Repeat, Series};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::helpers::{Backend, Client, TestApp, member_with_cookie, spawn_app};
use crate::on_both_databases;

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

/// A circle with one meet starting in ten minutes; its facilitator; the meet id.
pub async fn circle_with_meet(app: &TestApp, slug: &str, drop_in: bool) -> (i64, i64) {
    let circle = Circle {
        id: 0,
        slug: slug.into(),
        name: format!("Circle {slug}"),
        summary: "A test circle".into(),
        description: "We meet.".into(),
        how_it_works: String::new(),
        topics: vec!["grief".into()],
        audience: vec![],
        eligibility: String::new(),
        age_min: None,
        age_max: None,
        languages: vec!["en".into()],
        format: Format::Online,
        city: String::new(),
        area: String::new(),
        address: String::new(),
        address_after_rsvp: true,
        country: "GB".into(),
        // A zone without daylight saving: "in ten minutes" is never an hour
        // that a clock change skips or repeats, whatever day the tests run.
        time_zone: Tz::UTC,
        capacity: 100,
        listed: true,
        facilitated: false,
        drop_in,
        status: Status::Active,
        agreements: vec![],
        agreements_version: 1,
        advice_nudge: true,
        mood_numbers: MoodNumbers::Facilitators,
        call: Default::default(),
        venue: Default::default(),
    };
    let circle_id = app.store.create_circle(&circle, holdspace::services::now()).await.unwrap();
    let start = (Utc::now() + Days::minutes(10)).naive_utc();
    let start = start
        .date()
        .and_hms_opt(
            start.time().format("%H").to_string().parse().unwrap(),
            start.time().format("%M").to_string().parse().unwrap(),
            0,
        )
        .unwrap();
    let series = Series::new(Tz::UTC, start, Repeat::Once, End::Never, 60).unwrap();
    holdspace::services::schedule::add_series(&app.store, circle_id, &series, Utc::now()).await.unwrap();
    let meet = app.store.upcoming_meets(circle_id, holdspace::services::now(), 1).await.unwrap()[0].meet.id;
    (circle_id, meet)
}

/// Someone in the circle: a member with agreements accepted and, unless
/// they facilitate, a seat at the meet.
pub async fn person(app: &TestApp, circle: i64, meet: i64, alias: &str, roles: Roles) -> (Client, String) {
    let (client, id, cookie) = member_with_cookie(app, alias, roles).await;
    let org = app.store.org_settings().await.unwrap().agreements_version;
    app.store.accept_agreements(id, circle, (org, 1), holdspace::services::now()).await.unwrap();
    if roles.facilitator {
        app.store.add_facilitator(circle, id).await.unwrap();
    } else {
        app.store.rsvp(meet, id, holdspace::services::now_ms()).await.unwrap();
    }
    (client, cookie)
}

/// Opens the meet's room as its facilitator.
pub async fn open_room(facilitator: &Client, meet: i64) {
    facilitator.get(&format!("/meets/{meet}/room")).await;
    let opened = facilitator.post(&format!("/meets/{meet}/room/open"), &[]).await;
    assert_eq!(opened.location(), format!("/meets/{meet}/room"));
}

/// A WebSocket connection to a room.
pub struct RoomClient {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    pub last_seq: u64,
    pub me: u64,
}

/// Connects to a meet's room; the HTTP status if the upgrade is refused.
pub async fn connect(
    app: &TestApp,
    meet: i64,
    cookie: Option<&str>,
    last_seq: Option<u64>,
) -> Result<RoomClient, StatusCode> {
    connect_to(app.addr, meet, cookie, last_seq).await
}

/// Connects to a room on a server at `addr`.
pub async fn connect_to(
    addr: SocketAddr,
    meet: i64,
    cookie: Option<&str>,
    last_seq: Option<u64>,
) -> Result<RoomClient, StatusCode> {
    connect_from(addr, meet, cookie, last_seq, Some(format!("http://{addr}"))).await
}

pub async fn connect_from(
    addr: SocketAddr,
    meet: i64,
    cookie: Option<&str>,
    last_seq: Option<u64>,
    origin: Option<String>,
) -> Result<RoomClient, StatusCode> {
    let resume = last_seq.map(|s| format!("?last_seq={s}")).unwrap_or_default();
    let mut request = format!("ws://{addr}/meets/{meet}/room/socket{resume}").into_client_request().unwrap();
    if let Some(origin) = origin {
        request.headers_mut().insert("origin", origin.parse().unwrap());
    }
    if let Some(cookie) = cookie {
        request.headers_mut().insert("cookie", cookie.parse().unwrap());
    }
    match tokio_tungstenite::connect_async(request).await {
        Ok((ws, _)) => Ok(RoomClient { ws, last_seq: last_seq.unwrap_or(0), me: 0 }),
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            Err(StatusCode::from_u16(response.status().as_u16()).unwrap())
        }
        Err(other) => panic!("could not connect: {other}"),
    }
}

/// Drops in to a meet as a guest from a fresh browser: the pass cookie, or
/// the refused form's page.
pub async fn drop_in(app: &TestApp, meet: i64, alias: &str) -> Result<String, crate::helpers::Page> {
    let browser = app.client();
    browser.get(&format!("/meets/{meet}/drop-in")).await;
    let answer = browser.post(&format!("/meets/{meet}/drop-in"), &[("alias", alias), ("agree", "yes")]).await;
    match answer.set_cookies().into_iter().find(|c| c.starts_with("hs_guest_")) {
        Some(cookie) => Ok(cookie.split(';').next().unwrap().to_string()),
        None => Err(answer),
    }
}

/// Connects with a tiny receive buffer, to play a client that stops reading.
pub async fn connect_stuck(app: &TestApp, meet: i64, cookie: &str) -> RoomClient {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(2048).unwrap();
    let stream = socket.connect(app.addr).await.unwrap();
    let mut request = format!("ws://{}/meets/{meet}/room/socket", app.addr).into_client_request().unwrap();
    request.headers_mut().insert("origin", format!("http://{}", app.addr).parse().unwrap());
    request.headers_mut().insert("cookie", cookie.parse().unwrap());
    let (ws, _) = tokio_tungstenite::client_async(request, MaybeTlsStream::Plain(stream)).await.unwrap();
    RoomClient { ws, last_seq: 0, me: 0 }
}

impl RoomClient {
    pub async fn send(&mut self, value: Value) {
        self.ws.send(Message::Text(value.to_string().into())).await.unwrap();
    }

    /// Sends, or says the server has closed the connection.
    pub async fn try_send(&mut self, value: Value) -> Result<(), tokio_tungstenite::tungstenite::Error> {
        self.ws.send(Message::Text(value.to_string().into())).await
    }

    pub async fn send_raw(&mut self, message: Message) {
        self.ws.send(message).await.unwrap();
    }

    /// The next frame, or `None` once the server closed the connection.
    pub async fn next(&mut self) -> Option<Value> {
        loop {
            let message = tokio::time::timeout(Duration::from_secs(10), self.ws.next())
                .await
                .expect("a frame within ten seconds")?;
            match message {
                Ok(Message::Text(text)) => {
                    let value: Value = serde_json::from_str(&text).unwrap();
                    if let Some(seq) = value["seq"].as_u64() {
                        self.last_seq = self.last_seq.max(seq);
                    }
                    if value["type"] == "welcome" {
                        self.me = value["you"].as_u64().unwrap();
                    }
                    return Some(value);
                }
                Ok(Message::Close(_)) | Err(_) => return None,
                Ok(_) => continue,
            }
        }
    }

    /// Skips frames until one of type `kind`.
    pub async fn until(&mut self, kind: &str) -> Value {
        loop {
            let frame = self.next().await.unwrap_or_else(|| panic!("closed before a {kind} frame"));
            if frame["type"] == kind {
                return frame;
            }
        }
    }

    /// Closes the connection from this side.
    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }
}

async fn people_in_a_room_see_each_other_and_each_others_words(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "grief", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    let (sam_client, sam_cookie) = person(&app, circle, meet, "Sam", Roles::default()).await;

    let waiting = sam_client.get(&format!("/meets/{meet}/room")).await;
    assert!(waiting.body.contains("not open yet") && waiting.body.contains(&format!("data-wait-for-room=\"{meet}\"")));
    assert_eq!(
        connect(&app, meet, Some(&sam_cookie), None).await.err(),
        Some(StatusCode::NOT_FOUND),
        "no room before it opens"
    );

    open_room(&ruth, meet).await;
    let page = sam_client.get(&format!("/meets/{meet}/room")).await;
    assert!(page.body.contains("id=\"room\"") && page.body.contains("room.js"));
    assert!(!page.body.contains("Facilitator tools"), "participants do not see the tools");
    assert!(ruth.get(&format!("/meets/{meet}/room")).await.body.contains("Facilitator tools"));

    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    let welcome = f.until("welcome").await;
    assert_eq!(welcome["role"], "facilitator");
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    let joined = f.until("joined").await;
    assert_eq!(joined["person"]["alias"], "Asha");

    a.send(json!({"type": "say", "text": "It has been a hard week", "cw": "loss"})).await;
    let heard = f.until("message").await;
    assert_eq!(heard["message"]["text"], "It has been a hard week");
    assert_eq!(heard["message"]["cw"], "loss");
    assert_eq!(heard["message"]["alias"], "Asha");
    let echo = a.until("message").await;
    assert_eq!(echo["seq"], heard["seq"], "one sequence for everyone");

    let id = heard["message"]["id"].as_u64().unwrap();
    f.send(json!({"type": "react", "to": id, "reaction": "hear_you"})).await;
    assert_eq!(a.until("reaction").await["reaction"], "hear_you");
    a.send(json!({"type": "hand", "up": true})).await;
    assert_eq!(f.until("hand").await["up"], true);

    // Someone arriving late sees the recent messages and the roster.
    let mut s = connect(&app, meet, Some(&sam_cookie), None).await.unwrap();
    let late = s.until("welcome").await;
    assert_eq!(late["snapshot"]["messages"][0]["text"], "It has been a hard week");
    assert_eq!(late["snapshot"]["messages"][0]["reactions"]["hear_you"], 1, "responses without words are counted too");
    assert_eq!(late["snapshot"]["people"].as_array().unwrap().len(), 3);
    assert_eq!(late["snapshot"]["queue"].as_array().unwrap().len(), 1);
    app.stop().await;
}

async fn only_people_allowed_in_a_meet_can_open_its_socket(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "closed", false).await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, seated) = person(&app, circle, meet, "Asha", Roles::default()).await;
    let (_, stranger_id, stranger) = member_with_cookie(&app, "Stranger", Roles::default()).await;
    open_room(&ruth, meet).await;

    assert_eq!(connect(&app, meet, None, None).await.err(), Some(StatusCode::FORBIDDEN), "nobody signed in");
    assert_eq!(connect(&app, meet, Some(&stranger), None).await.err(), Some(StatusCode::FORBIDDEN), "no seat");
    let evil = connect_from(app.addr, meet, Some(&seated), None, Some("https://evil.example".into())).await;
    assert_eq!(evil.err(), Some(StatusCode::FORBIDDEN), "another site's page");
    assert_eq!(
        connect_from(app.addr, meet, Some(&seated), None, None).await.err(),
        Some(StatusCode::FORBIDDEN),
        "no Origin"
    );
    assert!(connect(&app, meet, Some(&seated), None).await.is_ok());
    assert_eq!(app.client().get(&format!("/meets/{meet}/room")).await.status, StatusCode::FORBIDDEN);

    // A drop-in circle lets guests in with a pass for its meet.
    let (drop_circle, drop_meet) = circle_with_meet(&app, "drop-in", true).await;
    let (ruth2, _) = person(&app, drop_circle, drop_meet, "Ruth Two", FACILITATOR).await;
    open_room(&ruth2, drop_meet).await;
    let guest = app.client();
    guest.get(&format!("/meets/{drop_meet}/drop-in")).await;
    let pass = guest.post(&format!("/meets/{drop_meet}/drop-in"), &[("alias", "Quiet Fox"), ("agree", "yes")]).await;
    let cookie = pass.set_cookies().into_iter().find(|c| c.starts_with("hs_guest_")).unwrap();
    let cookie = cookie.split(';').next().unwrap().to_string();
    let mut g = connect(&app, drop_meet, Some(&cookie), None).await.unwrap();
    assert_eq!(g.until("welcome").await["role"], "guest");
    // Any member may drop in, with no seat (the open room knows its circle's
    // rule), once they accept its agreements.
    let org = app.store.org_settings().await.unwrap().agreements_version;
    app.store.accept_agreements(stranger_id, drop_circle, (org, 1), holdspace::services::now()).await.unwrap();
    let mut walk_in = connect(&app, drop_meet, Some(&stranger), None).await.expect("a member drops in");
    assert_eq!(walk_in.until("welcome").await["role"], "participant");
    assert_eq!(
        connect(&app, meet, Some(&cookie), None).await.err(),
        Some(StatusCode::FORBIDDEN),
        "a pass is for one meet"
    );
    app.stop().await;
}

async fn a_reconnecting_person_resumes_without_gaps_or_duplicates(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "resume", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    f.send(json!({"type": "say", "text": "before"})).await;
    a.until("message").await;
    let seen = a.last_seq;
    a.close().await;
    f.until("presence").await;
    for text in ["one", "two", "three"] {
        f.send(json!({"type": "say", "text": text})).await;
        f.until("message").await;
    }
    let mut again = connect(&app, meet, Some(&asha_cookie), Some(seen)).await.unwrap();
    let mut texts = Vec::new();
    let mut seqs = Vec::new();
    while texts.len() < 3 {
        let frame = again.next().await.unwrap();
        assert_ne!(frame["type"], "welcome", "a resume sends only what was missed");
        seqs.push(frame["seq"].as_u64().unwrap());
        if frame["type"] == "message" {
            texts.push(frame["message"]["text"].as_str().unwrap().to_string());
        }
    }
    assert_eq!(texts, ["one", "two", "three"]);
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "in order: {seqs:?}");
    assert!(seqs[0] > seen, "nothing already seen");
    // Resuming from a point the room no longer remembers gives a full welcome instead.
    let mut fresh = connect(&app, meet, Some(&asha_cookie), Some(999_999)).await.unwrap();
    assert_eq!(fresh.until("welcome").await["snapshot"]["messages"].as_array().unwrap().len(), 4);
    app.stop().await;
}

async fn bad_frames_get_an_error_and_the_connection_stays(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "frames", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    a.send_raw(Message::Text("this is not json".into())).await;
    assert_eq!(a.until("error").await["code"], "malformed");
    a.send(json!({"type": "teleport"})).await;
    assert_eq!(a.until("error").await["code"], "unknown_type");
    a.send_raw(Message::Binary(vec![1, 2, 3].into())).await;
    assert_eq!(a.until("error").await["code"], "binary_not_supported");
    a.send(json!({"type": "say", "text": "x".repeat(5000)})).await;
    assert_eq!(a.until("error").await["code"], "too_long");
    a.send(json!({"type": "pause"})).await;
    assert_eq!(a.until("error").await["code"], "facilitators_only");
    a.send(json!({"type": "say", "text": "still here"})).await;
    assert_eq!(a.until("message").await["message"]["text"], "still here", "the connection stayed");
    for i in 0..5 {
        a.send(json!({"type": "say", "text": format!("flood {i}")})).await;
    }
    assert_eq!(a.until("error").await["code"], "slow_down", "floods get a clear notice");
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    app.stop().await;
}

async fn every_client_sees_the_same_order(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "order", false).await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    open_room(&ruth, meet).await;
    let mut clients = Vec::new();
    for i in 0..8 {
        let (_, cookie) = person(&app, circle, meet, &format!("Person {i}"), Roles::default()).await;
        let mut c = connect(&app, meet, Some(&cookie), None).await.unwrap();
        c.until("welcome").await;
        clients.push(c);
    }
    for (i, c) in clients.iter_mut().enumerate() {
        for j in 0..3 {
            c.send(json!({"type": "say", "text": format!("{i}-{j}")})).await;
        }
    }
    let mut orders = Vec::new();
    for c in clients.iter_mut() {
        let mut got = Vec::new();
        while got.len() < 24 {
            let frame = c.until("message").await;
            got.push((frame["seq"].as_u64().unwrap(), frame["message"]["text"].as_str().unwrap().to_string()));
        }
        orders.push(got);
    }
    assert!(orders.windows(2).all(|w| w[0] == w[1]), "the same messages in the same order for everyone");
    for i in 0..8 {
        let mine: Vec<&String> = orders[0].iter().map(|(_, t)| t).filter(|t| t.starts_with(&format!("{i}-"))).collect();
        assert_eq!(
            mine,
            [&format!("{i}-0"), &format!("{i}-1"), &format!("{i}-2")],
            "each person's messages keep their order"
        );
    }
    app.stop().await;
}

async fn facilitators_pause_nudge_mute_remove_and_end(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "tools", false).await;
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
    let (asha, sam) = (a.me, s.me);

    f.send(json!({"type": "pause"})).await;
    a.until("paused").await;
    a.send(json!({"type": "say", "text": "hello?"})).await;
    assert_eq!(a.until("error").await["code"], "paused");
    f.send(json!({"type": "resume"})).await;
    a.until("resumed").await;

    f.send(json!({"type": "nudge", "to": asha, "text": "Let's keep to our own experience"})).await;
    assert_eq!(a.until("nudge").await["text"], "Let's keep to our own experience");
    f.send(json!({"type": "note", "text": "Asha may need a check-in"})).await;
    assert_eq!(f.until("note").await["text"], "Asha may need a check-in");
    f.send(json!({"type": "mute", "to": asha, "minutes": 2})).await;
    a.until("muted").await;
    a.send(json!({"type": "say", "text": "can I speak"})).await;
    assert_eq!(a.until("error").await["code"], "muted");
    // Sam never saw the nudge, the note or the mute.
    s.send(json!({"type": "say", "text": "marker"})).await;
    loop {
        let frame = s.next().await.unwrap();
        assert!(
            !["nudge", "note", "muted"].contains(&frame["type"].as_str().unwrap()),
            "private frames stay private: {frame}"
        );
        if frame["type"] == "message" {
            break;
        }
    }

    f.send(json!({"type": "remove", "to": sam, "reason": "Sharing others' stories after two reminders"})).await;
    let removed = s.until("removed").await;
    assert_eq!(removed["reason"], "Sharing others' stories after two reminders");
    assert!(s.next().await.is_none(), "the removed person's connection closes");
    assert_eq!(
        connect(&app, meet, Some(&sam_cookie), None).await.err(),
        Some(StatusCode::FORBIDDEN),
        "and they cannot come back"
    );
    assert_eq!(a.until("left").await["pid"], sam);

    f.send(json!({"type": "end"})).await;
    a.until("ended").await;
    assert!(a.next().await.is_none());
    for _ in 0..50 {
        let m = app.store.meet(meet).await.unwrap().unwrap().meet;
        if m.status == holdspace::domain::meet::MeetStatus::Ended {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.store.meet(meet).await.unwrap().unwrap().meet.status, holdspace::domain::meet::MeetStatus::Ended);
    assert_eq!(
        connect(&app, meet, Some(&asha_cookie), None).await.err(),
        Some(StatusCode::NOT_FOUND),
        "the room is gone"
    );
    let page = ruth.get(&format!("/meets/{meet}/room")).await;
    assert!(page.body.contains("has ended"));
    app.stop().await;
}

/// By default a check-in's number reaches the facilitators and the person
/// who gave it; everyone else gets the word only, live, on resuming and on
/// arriving afresh.
async fn check_in_numbers_reach_only_facilitators_and_their_giver(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "numbers", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    let (_, ben_cookie) = person(&app, circle, meet, "Ben", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    assert_eq!(f.until("welcome").await["snapshot"]["mood_numbers"], "facilitators");
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    let mut b = connect(&app, meet, Some(&ben_cookie), None).await.unwrap();
    b.until("welcome").await;
    f.send(json!({"type": "start_round", "kind": "check_in"})).await;
    b.until("round_started").await;
    let before = b.last_seq;

    a.send(json!({"type": "mood", "mood": 2, "word": "tired"})).await;
    let full = json!({"kind": "mood", "mood": 2, "word": "tired"});
    assert_eq!(f.until("round_response").await["response"], full, "the facilitator sees the number");
    assert_eq!(a.until("round_response").await["response"], full, "Asha sees her own");
    let seen = b.until("round_response").await;
    assert_eq!(seen["response"], json!({"kind": "mood", "word": "tired"}), "Ben sees the word, not the number");
    b.close().await;

    let mut resumed = connect(&app, meet, Some(&ben_cookie), Some(before)).await.unwrap();
    assert_eq!(resumed.until("round_response").await["response"], json!({"kind": "mood", "word": "tired"}));
    resumed.close().await;
    let mut fresh = connect(&app, meet, Some(&ben_cookie), None).await.unwrap();
    let welcome = fresh.until("welcome").await;
    let responses = &welcome["snapshot"]["round"]["responses"];
    assert_eq!(responses[0][1], json!({"kind": "mood", "word": "tired"}), "nor when arriving again: {responses}");
    let mut again = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    assert_eq!(again.until("welcome").await["snapshot"]["round"]["responses"][0][1], full);
    app.stop().await;
}

async fn rounds_with_a_talking_piece_and_a_pass(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "rounds", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    f.send(json!({"type": "start_round", "kind": "check_in"})).await;
    a.until("round_started").await;
    a.send(json!({"type": "mood", "mood": 2, "word": "tired"})).await;
    let response = f.until("round_response").await;
    assert_eq!(response["response"], json!({"kind": "mood", "mood": 2, "word": "tired"}));
    f.send(json!({"type": "stop_round"})).await;
    a.until("round_ended").await;

    f.send(json!({"type": "start_round", "kind": "talking_piece", "time_guide_secs": 180})).await;
    let started = a.until("round_started").await;
    assert_eq!(started["round"]["time_guide_secs"], 180);
    assert_eq!(started["round"]["turn"], f.me);
    f.send(json!({"type": "done"})).await;
    assert_eq!(a.until("turn").await["pid"], a.me);
    a.send(json!({"type": "pass"})).await;
    assert_eq!(f.until("round_response").await["response"]["kind"], "shared");
    assert_eq!(f.until("round_response").await["response"]["kind"], "passed");
    f.until("round_ended").await;
    app.stop().await;
}

/// A client that stops reading is dropped once it falls too far behind;
/// everyone else keeps getting every message.
async fn a_stuck_client_is_dropped_without_slowing_the_room(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "slow", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, slow_cookie) = person(&app, circle, meet, "Slow", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut reader = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    reader.until("welcome").await;
    let mut stuck = connect_stuck(&app, meet, &slow_cookie).await;
    stuck.until("welcome").await;

    let mut senders = Vec::new();
    for i in 0..70 {
        let (_, cookie) = person(&app, circle, meet, &format!("Writer {i}"), Roles::default()).await;
        let mut w = connect(&app, meet, Some(&cookie), None).await.unwrap();
        w.until("welcome").await;
        senders.push(w);
    }
    let long = "a long share that fills the pipe ".repeat(55);
    for w in senders.iter_mut() {
        for _ in 0..5 {
            w.send(json!({"type": "say", "text": long})).await;
        }
    }
    let mut delivered = 0;
    while delivered < 350 {
        if reader.until("message").await["type"] == "message" {
            delivered += 1;
        }
    }
    // The stuck client, read at last, ends with "too slow" (or simply closed).
    let mut frames = 0;
    let mut told = false;
    while let Some(frame) = stuck.next().await {
        frames += 1;
        if frame["code"] == "too_slow" {
            told = true;
        }
    }
    assert!(told || frames < 350, "the stuck client was dropped (got {frames} frames)");
    app.stop().await;
}

async fn invisible_characters_never_reach_the_room(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "invisible", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;

    // A right-to-left override would show "my photo gpj.exe" as "my photo exe.jpg".
    let disguised = "my photo \u{202E}gpj.exe\u{202C}\u{200B} and \u{2066}Ruth\u{2069}\u{200F}";
    a.send(json!({"type": "say", "text": disguised, "cw": "lo\u{200B}ss\u{202E}"})).await;
    let heard = f.until("message").await;
    assert_eq!(heard["message"]["text"], "my photo gpj.exe and Ruth");
    assert_eq!(heard["message"]["cw"], "loss");
    // Hindi needs its joiners: the half form and the explicit virama stay.
    let hindi = "क्\u{200D}ष और क्\u{200C}ष, मैं ठीक हूँ 👩\u{200D}👧";
    a.send(json!({"type": "say", "text": hindi})).await;
    assert_eq!(f.until("message").await["message"]["text"], hindi);
    f.send(json!({"type": "nudge", "to": a.me, "text": "\u{202E}kind words\u{FEFF}"})).await;
    assert_eq!(a.until("nudge").await["text"], "kind words");
    app.stop().await;
}

async fn a_socket_is_refused_until_the_agreements_are_accepted(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "agree-first", false).await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    // A seat, but the agreements never accepted.
    let (asha, asha_id, asha_cookie) = member_with_cookie(&app, "Asha", Roles::default()).await;
    app.store.rsvp(meet, asha_id, holdspace::services::now_ms()).await.unwrap();
    open_room(&ruth, meet).await;

    let page = asha.get(&format!("/meets/{meet}/room")).await;
    assert_eq!(page.location(), format!("/circles/agree-first/agreements?then=room&meet={meet}"));
    assert_eq!(
        connect(&app, meet, Some(&asha_cookie), None).await.err(),
        Some(StatusCode::FORBIDDEN),
        "refused before the upgrade, by the page's rule"
    );
    // A drop-in circle lets any member walk in, but not past its agreements.
    let (drop_circle, drop_meet) = circle_with_meet(&app, "agree-drop-in", true).await;
    let (ruth2, _) = person(&app, drop_circle, drop_meet, "Ruth Two", FACILITATOR).await;
    open_room(&ruth2, drop_meet).await;
    assert_eq!(connect(&app, drop_meet, Some(&asha_cookie), None).await.err(), Some(StatusCode::FORBIDDEN));

    let org = app.store.org_settings().await.unwrap().agreements_version;
    app.store.accept_agreements(asha_id, circle, (org, 1), holdspace::services::now()).await.unwrap();
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.expect("in once accepted");
    assert_eq!(a.until("welcome").await["role"], "participant");
    app.stop().await;
}

async fn a_guest_is_their_pass_never_their_alias(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "passes", true).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let first_pass = drop_in(&app, meet, "Quiet Fox").await.unwrap();
    // Other browsers take passes under the same alias in another case or
    // script while nobody in the room goes by it yet.
    let mut look_alikes = Vec::new();
    for look_alike in ["quiet fox", "QUIET FOX", "Qu\u{456}et Fox"] {
        look_alikes.push((look_alike, drop_in(&app, meet, look_alike).await.expect("nobody here is called that yet")));
    }
    let mut first = connect(&app, meet, Some(&first_pass), None).await.unwrap();
    first.until("welcome").await;
    let first_pid = first.me;
    assert_eq!(f.until("joined").await["person"]["role"], "guest", "marked as a guest in the roster");

    // Private frames for the first guest: a card after crisis words, a nudge.
    first.send(json!({"type": "say", "text": "I want to end my life"})).await;
    let said = f.until("message").await;
    assert_eq!(said["message"]["guest"], true, "marked as a guest beside their words");
    assert_eq!(f.until("alert").await["alert"]["guest"], true, "and on the alert");
    first.until("care").await;
    let mut listed = String::new();
    for _ in 0..50 {
        listed = ruth.get("/facilitate/alerts").await.body;
        if listed.contains("Quiet Fox") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        listed.contains("<strong>Quiet Fox</strong> <span class=\"badge\">Guest</span>"),
        "and on the alerts page: {listed}"
    );
    f.send(json!({"type": "nudge", "to": first_pid, "text": "words for Quiet Fox alone"})).await;
    first.until("nudge").await;

    // Now the drop-in form refuses the alias, and the room refuses the passes
    // taken before, even resuming from the start.
    let refused = drop_in(&app, meet, "quiet fox").await.expect_err("someone here goes by it");
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (look_alike, pass) in look_alikes {
        let mut other = connect(&app, meet, Some(&pass), Some(0)).await.unwrap();
        let refused = other.next().await.expect("told why");
        assert_eq!(refused["code"], "alias_taken", "{look_alike}: {refused}");
        assert!(other.next().await.is_none(), "and closed, having seen nothing");
    }
    // Once the first guest has left, a new guest under their alias is someone new.
    first.send(json!({"type": "leave"})).await;
    f.until("left").await;
    first.close().await;
    let mut pass = None;
    for _ in 0..50 {
        pass = drop_in(&app, meet, "quiet fox").await.ok();
        if pass.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let pass = pass.expect("the alias is free once they have gone");
    let mut second = connect(&app, meet, Some(&pass), Some(0)).await.unwrap();
    let joined = f.until("joined").await;
    let second_pid = joined["person"]["pid"].as_u64().unwrap();
    assert_ne!(second_pid, first_pid, "never the first guest's pid");
    second.send(json!({"type": "say", "text": "hello"})).await;
    loop {
        let frame = second.next().await.unwrap();
        let kind = frame["type"].as_str().unwrap();
        assert!(!["care", "nudge", "alert"].contains(&kind), "none of the first guest's private frames: {frame}");
        assert!(!frame.to_string().contains("words for Quiet Fox alone"));
        if kind == "message" && frame["message"]["text"] == "hello" {
            assert_eq!(frame["message"]["from"].as_u64(), Some(second_pid));
            break;
        }
    }
    app.stop().await;
}

async fn a_guest_may_not_pass_for_staff_or_anyone_with_a_seat(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "look-alikes", true).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    person(&app, circle, meet, "Asha", Roles::default()).await;
    member_with_cookie(&app, "Meera", Roles { facilitator: false, coordinator: true }).await;
    for (alias, whose) in [("RUTH", "a facilitator"), ("Мееra", "a coordinator"), ("As ha", "someone with a seat")] {
        let refused = drop_in(&app, meet, alias).await.expect_err(whose);
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{alias}");
        assert!(refused.body.contains("already goes by that name"), "{alias}: kindly told why");
    }
    assert!(drop_in(&app, meet, "Quiet Fox").await.is_ok(), "any other name is fine");

    // Removed: neither that pass nor a new one under a look-alike alias comes back.
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    let pass = drop_in(&app, meet, "Quiet Fox").await.unwrap();
    let spare = drop_in(&app, meet, "Quiet Fox").await.expect("a second pass, taken before the removal");
    let mut g = connect(&app, meet, Some(&pass), None).await.unwrap();
    g.until("welcome").await;
    f.send(json!({"type": "remove", "to": g.me, "reason": "Repeated advice"})).await;
    g.until("removed").await;
    assert_eq!(connect(&app, meet, Some(&pass), None).await.err(), Some(StatusCode::FORBIDDEN));
    match connect(&app, meet, Some(&spare), Some(0)).await {
        Err(status) => assert_eq!(status, StatusCode::FORBIDDEN),
        Ok(mut spare) => assert_eq!(spare.next().await.unwrap()["code"], "alias_taken"),
    }
    // The removal reaches the database a moment after the room.
    let mut refused = None;
    for _ in 0..50 {
        if let Err(page) = drop_in(&app, meet, "quiet_fox").await {
            refused = Some(page);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(refused.expect("refused once stored").status, StatusCode::UNPROCESSABLE_ENTITY);
    app.stop().await;
}

async fn floods_of_any_kind_are_slowed_before_reaching_anyone(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "floods", false).await;
    let (ruth, ruth_cookie) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    let (_, asha_cookie) = person(&app, circle, meet, "Asha", Roles::default()).await;
    open_room(&ruth, meet).await;
    let mut f = connect(&app, meet, Some(&ruth_cookie), None).await.unwrap();
    f.until("welcome").await;
    f.send(json!({"type": "say", "text": "something to react to"})).await;
    let to = f.until("message").await["message"]["id"].as_u64().unwrap();

    for (i, flood) in [
        json!({"type": "away", "away": true}),
        json!({"type": "hand", "up": true}),
        json!({"type": "react", "to": to, "reaction": "nod"}),
    ]
    .into_iter()
    .enumerate()
    {
        // A fresh person each time (the allowance is per person); everything toggles, so every admitted frame is heard.
        let alias = format!("Flooder {i}");
        let (_, cookie) = person(&app, circle, meet, &alias, Roles::default()).await;
        let mut flooder = connect(&app, meet, Some(&cookie), None).await.unwrap();
        flooder.until("welcome").await;
        let me = flooder.me;
        for n in 0..500 {
            let mut frame = flood.clone();
            match frame["type"].as_str().unwrap() {
                "away" => frame["away"] = json!(n % 2 == 0),
                "hand" => frame["up"] = json!(n % 2 == 0),
                _ => {}
            }
            if flooder.try_send(frame).await.is_err() {
                break;
            }
        }
        let mut told = false;
        while let Some(frame) = flooder.next().await {
            told |= frame["code"] == "slow_down";
        }
        assert!(told, "{flood}: the flooder is told to slow down, then closed");
        // Everyone else heard only what the allowance let through, then saw them go.
        let mut heard = 0;
        loop {
            let frame = f.next().await.unwrap();
            let from_flooder = frame["pid"] == me || frame["from"] == me;
            if frame["type"] == "presence" && frame["pid"] == me && frame["here"] == false {
                break;
            }
            heard += usize::from(
                from_flooder && ["presence", "hand", "reaction"].contains(&frame["type"].as_str().unwrap()),
            );
        }
        assert!((5..60).contains(&heard), "{flood}: {heard} of 500 reached others");
    }
    // Ordinary use is untouched.
    let mut a = connect(&app, meet, Some(&asha_cookie), None).await.unwrap();
    a.until("welcome").await;
    a.send(json!({"type": "hand", "up": true})).await;
    a.send(json!({"type": "react", "to": to, "reaction": "heart"})).await;
    a.send(json!({"type": "say", "text": "thank you all"})).await;
    assert_eq!(f.until("message").await["message"]["text"], "thank you all");
    app.stop().await;
}

async fn one_person_holds_at_most_three_sockets(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "sockets", true).await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATOR).await;
    open_room(&ruth, meet).await;
    let pass = drop_in(&app, meet, "Quiet Fox").await.unwrap();
    let mut sockets = Vec::new();
    for _ in 0..3 {
        let mut socket = connect(&app, meet, Some(&pass), None).await.unwrap();
        socket.until("welcome").await;
        sockets.push(socket);
    }
    let mut fourth = connect(&app, meet, Some(&pass), None).await.unwrap();
    assert_eq!(fourth.next().await.unwrap()["code"], "too_many_connections", "told why");
    assert!(fourth.next().await.is_none(), "and closed");
    // Someone else is not affected, and closing one makes room for another.
    let (_, asha) = person(&app, circle, meet, "Asha", Roles::default()).await;
    connect(&app, meet, Some(&asha), None).await.unwrap().until("welcome").await;
    sockets.pop().unwrap().close().await;
    let mut again = None;
    for _ in 0..50 {
        let mut socket = connect(&app, meet, Some(&pass), None).await.unwrap();
        if socket.next().await.unwrap()["type"] == "welcome" {
            again = Some(socket);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(again.is_some(), "a closed socket no longer counts");
    app.stop().await;
}

on_both_databases!(
    people_in_a_room_see_each_other_and_each_others_words,
    only_people_allowed_in_a_meet_can_open_its_socket,
    a_reconnecting_person_resumes_without_gaps_or_duplicates,
    bad_frames_get_an_error_and_the_connection_stays,
    every_client_sees_the_same_order,
    facilitators_pause_nudge_mute_remove_and_end,
    rounds_with_a_talking_piece_and_a_pass,
    check_in_numbers_reach_only_facilitators_and_their_giver,
    a_stuck_client_is_dropped_without_slowing_the_room,
    invisible_characters_never_reach_the_room,
    a_socket_is_refused_until_the_agreements_are_accepted,
    a_guest_is_their_pass_never_their_alias,
    a_guest_may_not_pass_for_staff_or_anyone_with_a_seat,
    floods_of_any_kind_are_slowed_before_reaching_anyone,
    one_person_holds_at_most_three_sockets,
);
