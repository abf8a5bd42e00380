//! What passes between a browser and Janus, through Holdspace. A browser
//! may ask for a few things only (join with an SDP offer, pass on an ICE
//! candidate, mute or unmute itself; in a video meet also turn its camera
//! on or off, and watch, pause or resize someone else's camera), and
//! Holdspace writes each request to Janus itself, with the room, token and
//! participant id it chose: nothing a browser sends reaches Janus as it was
//! written. From Janus's events a browser hears its answers and offers,
//! Janus's candidates, who is speaking, whose camera is on, and that its
//! part in the call is over. The protocol is in `docs/room-protocol.md`.

use serde_json::{Value, json};

use super::call::{Seat, pid_of};

/// The longest SDP offer taken from a browser (an audio offer is a few KiB).
pub const MAX_SDP: usize = 16 * 1024;
/// The longest ICE candidate line.
const MAX_CANDIDATE: usize = 512;
/// Ids above this do not survive a browser's numbers.
const MAX_ID: u64 = (1 << 53) - 1;
/// Simulcast layers, 0 the smallest.
const TOP_LAYER: u64 = 2;

/// Which of a browser's connections to Janus a frame is about: each is a
/// plugin handle on the socket's Janus session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Line {
    /// The call's sound (the AudioBridge).
    Sound,
    /// The browser's own camera (a VideoRoom publisher).
    Camera,
    /// Someone else's camera, by its feed id (a VideoRoom subscriber).
    Feed(u64),
}

/// A request for Janus, made from what a browser asked.
#[derive(Debug, Clone, PartialEq)]
pub enum ToJanus {
    /// A plugin message, with an SDP offer or answer or not.
    Message { line: Line, body: Value, jsep: Option<Value> },
    /// An ICE candidate, or `None` when the browser has no more.
    Trickle { line: Line, candidate: Option<Value> },
}

impl ToJanus {
    /// The line the request is for.
    pub fn line(&self) -> Line {
        match self {
            ToJanus::Message { line, .. } | ToJanus::Trickle { line, .. } => *line,
        }
    }
}

/// What a browser is told when Janus did not take its request on `line`:
/// the call cannot be reached, or only a camera failed (the call goes on).
pub fn not_taken(line: Line) -> Value {
    match line {
        Line::Sound => json!({"type": "error", "code": "unavailable"}),
        Line::Camera => json!({"type": "error", "code": "camera_refused"}),
        Line::Feed(feed) => json!({"type": "camera_off", "feed": feed}),
    }
}

/// The request that puts a video meet's socket in its VideoRoom room, made
/// by Holdspace as the socket opens: a publisher with the socket's own id
/// and token, with no camera on until the browser asks.
pub fn camera_join(seat: &Seat) -> Value {
    json!({"request": "join", "ptype": "publisher", "room": seat.room, "id": seat.id, "token": seat.token})
}

/// Reads what a browser sent and makes it Janus's request, or says why not
/// (an error code). Someone a facilitator muted joins muted and cannot unmute.
pub fn read(frame: &str, seat: &Seat, muted_by_facilitator: bool) -> Result<ToJanus, &'static str> {
    let v: Value = serde_json::from_str(frame).map_err(|_| "malformed")?;
    let flag = |key: &str| v.get(key).and_then(Value::as_bool).ok_or("malformed");
    let kind = v.get("type").and_then(Value::as_str).ok_or("malformed")?;
    let feed = || feed_in(&v, "feed", seat);
    // Cameras only in a video meet.
    if !seat.video && matches!(kind, "camera" | "camera_off" | "watch" | "watching" | "pause" | "resume" | "layer") {
        return Err("unknown_type");
    }
    let message = |line: Line, body: Value| Ok(ToJanus::Message { line, body, jsep: None });
    match kind {
        "join" => {
            // Without an offer, a listener-to-be: in the call, media set up later.
            let sdp = match v.get("sdp") {
                None => None,
                Some(_) => Some(sdp(&v)?),
            };
            let muted = flag("muted")? || muted_by_facilitator;
            Ok(ToJanus::Message {
                line: Line::Sound,
                body: json!({
                    "request": "join",
                    "room": seat.room,
                    "id": seat.id,
                    "token": seat.token,
                    "muted": muted,
                }),
                jsep: sdp.map(|sdp| json!({"type": "offer", "sdp": sdp})),
            })
        }
        "candidate" => {
            let line = match v.get("line") {
                None => Line::Sound,
                Some(Value::String(camera)) if camera == "camera" && seat.video => Line::Camera,
                Some(Value::Number(_)) if seat.video => feed_in(&v, "line", seat)?,
                Some(_) => return Err("malformed"),
            };
            if v.get("completed").and_then(Value::as_bool) == Some(true) {
                return Ok(ToJanus::Trickle { line, candidate: None });
            }
            let candidate =
                v.get("candidate").and_then(Value::as_str).filter(|c| c.len() <= MAX_CANDIDATE).ok_or("malformed")?;
            let mut trickle = json!({"candidate": candidate});
            if let Some(mid) = v.get("sdpMid").and_then(Value::as_str).filter(|m| m.len() <= 32) {
                trickle["sdpMid"] = json!(mid);
            }
            if let Some(index) = v.get("sdpMLineIndex").and_then(Value::as_u64).filter(|i| *i < 16) {
                trickle["sdpMLineIndex"] = json!(index);
            }
            Ok(ToJanus::Trickle { line, candidate: Some(trickle) })
        }
        "mute" => {
            let muted = flag("muted")?;
            if !muted && muted_by_facilitator {
                return Err("call_muted");
            }
            message(Line::Sound, json!({"request": "configure", "muted": muted}))
        }
        "camera" => Ok(ToJanus::Message {
            line: Line::Camera,
            body: json!({"request": "publish"}),
            jsep: Some(json!({"type": "offer", "sdp": sdp(&v)?})),
        }),
        "camera_off" => message(Line::Camera, json!({"request": "unpublish"})),
        "watch" => {
            let line = feed()?;
            let streams = json!([{"feed": v["feed"]}]);
            message(line, json!({"request": "join", "ptype": "subscriber", "room": seat.room, "streams": streams}))
        }
        "watching" => Ok(ToJanus::Message {
            line: feed()?,
            body: json!({"request": "start"}),
            jsep: Some(json!({"type": "answer", "sdp": sdp(&v)?})),
        }),
        "pause" => message(feed()?, json!({"request": "pause"})),
        "resume" => message(feed()?, json!({"request": "start"})),
        "layer" => {
            let layer = v.get("substream").and_then(Value::as_u64).filter(|l| *l <= TOP_LAYER).ok_or("malformed")?;
            message(feed()?, json!({"request": "configure", "substream": layer}))
        }
        _ => Err("unknown_type"),
    }
}

/// The SDP a frame carries.
fn sdp(v: &Value) -> Result<&str, &'static str> {
    v.get("sdp").and_then(Value::as_str).filter(|s| s.len() <= MAX_SDP).ok_or("malformed")
}

/// The camera (someone else's, never one's own) that a frame's `key` names.
fn feed_in(v: &Value, key: &str, seat: &Seat) -> Result<Line, &'static str> {
    match v.get(key).and_then(Value::as_u64) {
        Some(feed) if feed <= MAX_ID && feed != seat.id => Ok(Line::Feed(feed)),
        _ => Err("malformed"),
    }
}

/// What a browser hears of one Janus event.
#[derive(Debug, Clone, PartialEq)]
pub enum ToBrowser {
    Send(Value),
    /// Its part in the call is over (kicked, the room destroyed, hung up).
    End,
    /// Someone's camera went: the handle watching it can go too.
    Forget(u64),
}

/// Whether this event says the participant `own` has just joined: someone a
/// facilitator muted while their join was on its way is muted again then.
pub fn joined(event: &Value, own: u64) -> bool {
    let data = &event["plugindata"]["data"];
    data["audiobridge"] == "joined" && data["id"].as_u64() == Some(own)
}

/// The private id Janus gave this socket's place in the VideoRoom room,
/// which watching others' cameras needs (the room requires it).
pub fn private_id(event: &Value) -> Option<u64> {
    let data = &event["plugindata"]["data"];
    (data["videoroom"] == "joined").then(|| data["private_id"].as_u64()).flatten()
}

/// What the browser whose participant id is `own` hears of a Janus event
/// on one of its lines.
pub fn heard(event: &Value, own: u64, line: Line) -> Vec<ToBrowser> {
    let mut out = Vec::new();
    match event["janus"].as_str() {
        Some("trickle") => {
            let candidate = &event["candidate"];
            let mut frame = if candidate["completed"] == true {
                json!({"type": "candidate", "completed": true})
            } else if let Some(text) = candidate["candidate"].as_str() {
                json!({
                    "type": "candidate",
                    "candidate": text,
                    "sdpMid": candidate["sdpMid"],
                    "sdpMLineIndex": candidate["sdpMLineIndex"],
                })
            } else {
                return out;
            };
            match line {
                Line::Sound => {}
                Line::Camera => frame["line"] = json!("camera"),
                Line::Feed(feed) => frame["line"] = json!(feed),
            }
            out.push(ToBrowser::Send(frame));
        }
        // A camera's connection closing (turned off, or its owner gone) is not the call's end.
        Some("hangup") if line == Line::Sound => out.push(ToBrowser::End),
        Some("event") => match line {
            Line::Sound => heard_sound(event, own, &mut out),
            Line::Camera => heard_camera(event, own, &mut out),
            Line::Feed(feed) => {
                if let Some(sdp) = event["jsep"]["sdp"].as_str().filter(|_| event["jsep"]["type"] == "offer") {
                    out.push(ToBrowser::Send(json!({"type": "offer", "feed": feed, "sdp": sdp})));
                }
                if event["plugindata"]["data"]["error_code"].is_i64() {
                    out.push(ToBrowser::Send(json!({"type": "camera_off", "feed": feed})));
                    out.push(ToBrowser::Forget(feed));
                }
            }
        },
        _ => {}
    }
    out
}

fn heard_sound(event: &Value, own: u64, out: &mut Vec<ToBrowser>) {
    let data = &event["plugindata"]["data"];
    if let Some(sdp) = event["jsep"]["sdp"].as_str().filter(|_| event["jsep"]["type"] == "answer") {
        out.push(ToBrowser::Send(json!({"type": "answer", "sdp": sdp})));
    }
    if data["error_code"].is_i64() {
        out.push(ToBrowser::Send(json!({"type": "error", "code": "refused"})));
    }
    match data["audiobridge"].as_str() {
        Some(talking @ ("talking" | "stopped-talking")) => {
            if let Some(id) = data["id"].as_u64() {
                out.push(ToBrowser::Send(
                    json!({"type": "speaking", "pid": pid_of(id), "speaking": talking == "talking"}),
                ));
            }
        }
        Some("destroyed") => out.push(ToBrowser::End),
        Some("event") if data["kicked"].as_u64() == Some(own) => out.push(ToBrowser::End),
        _ => {}
    }
    if let Some(id) = data["leaving"].as_u64().filter(|id| *id != own) {
        out.push(ToBrowser::Send(json!({"type": "in_call", "pid": pid_of(id), "in": false})));
    }
    // Who is in the call (on joining, and as it changes): who is
    // already speaking, and whether this browser is muted.
    for participant in data["participants"].as_array().into_iter().flatten() {
        let Some(id) = participant["id"].as_u64() else { continue };
        if id != own {
            out.push(ToBrowser::Send(json!({"type": "in_call", "pid": pid_of(id), "in": true})));
        }
        // Janus stops measuring a muted participant, whose last state
        // ("talking") would otherwise stay: muted is not speaking.
        let talking = match participant["muted"].as_bool() {
            Some(true) => Some(false),
            _ => participant["talking"].as_bool(),
        };
        if let Some(talking) = talking {
            out.push(ToBrowser::Send(json!({"type": "speaking", "pid": pid_of(id), "speaking": talking})));
        }
        if let (true, Some(muted)) = (id == own, participant["muted"].as_bool()) {
            out.push(ToBrowser::Send(json!({"type": "muted", "muted": muted})));
        }
    }
}

fn heard_camera(event: &Value, own: u64, out: &mut Vec<ToBrowser>) {
    let data = &event["plugindata"]["data"];
    if let Some(sdp) = event["jsep"]["sdp"].as_str().filter(|_| event["jsep"]["type"] == "answer") {
        out.push(ToBrowser::Send(json!({"type": "answer", "line": "camera", "sdp": sdp})));
    }
    if data["error_code"].is_i64() {
        out.push(ToBrowser::Send(json!({"type": "error", "code": "camera_refused"})));
    }
    match data["videoroom"].as_str() {
        Some("destroyed") => out.push(ToBrowser::End),
        Some("event") if data["leaving"] == "ok" && data["reason"] == "kicked" => out.push(ToBrowser::End),
        _ => {}
    }
    // Whose cameras are on: all of them on joining (even none, so the page
    // knows it may turn its own on), then each one that comes on.
    let joined = data["videoroom"] == "joined";
    let on: Vec<Value> = data["publishers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["id"].as_u64())
        .filter(|id| *id != own)
        .map(|id| json!({"feed": id, "pid": pid_of(id)}))
        .collect();
    if joined || !on.is_empty() {
        out.push(ToBrowser::Send(json!({"type": "cameras", "on": on})));
    }
    for gone in ["unpublished", "leaving", "kicked"] {
        if let Some(id) = data[gone].as_u64().filter(|id| *id != own) {
            out.push(ToBrowser::Send(json!({"type": "camera_off", "feed": id})));
            out.push(ToBrowser::Forget(id));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seat() -> Seat {
        Seat { room: 12, token: "t0ken".into(), id: 7 << 16, video: false }
    }

    fn video_seat() -> Seat {
        Seat { video: true, ..seat() }
    }

    #[test]
    fn a_join_carries_holdspaces_room_token_and_id_never_the_browsers() {
        let frame = r#"{"type":"join","sdp":"v=0","muted":false,"room":99,"token":"stolen","id":1,"record":true}"#;
        let ToJanus::Message { line, body, jsep } = read(frame, &seat(), false).unwrap() else { panic!() };
        assert_eq!(line, Line::Sound);
        assert_eq!(body, json!({"request": "join", "room": 12, "id": 7 << 16, "token": "t0ken", "muted": false}));
        assert_eq!(jsep, Some(json!({"type": "offer", "sdp": "v=0"})));
    }

    #[test]
    fn someone_muted_by_a_facilitator_joins_muted_and_cannot_unmute() {
        let ToJanus::Message { body, .. } =
            read(r#"{"type":"join","sdp":"v=0","muted":false}"#, &seat(), true).unwrap()
        else {
            panic!()
        };
        assert_eq!(body["muted"], true);
        assert_eq!(read(r#"{"type":"mute","muted":false}"#, &seat(), true), Err("call_muted"));
        assert!(read(r#"{"type":"mute","muted":true}"#, &seat(), true).is_ok(), "muting is always allowed");
        let ToJanus::Message { body, .. } = read(r#"{"type":"mute","muted":false}"#, &seat(), false).unwrap() else {
            panic!()
        };
        assert_eq!(body, json!({"request": "configure", "muted": false}), "nothing but muting, never recording");
    }

    #[test]
    fn candidates_pass_with_only_their_own_fields() {
        let frame = r#"{"type":"candidate","candidate":"candidate:1 1 udp 1 127.0.0.1 5000 typ host","sdpMid":"0","sdpMLineIndex":0,"x":1}"#;
        assert_eq!(
            read(frame, &seat(), false),
            Ok(ToJanus::Trickle {
                line: Line::Sound,
                candidate: Some(json!({
                    "candidate": "candidate:1 1 udp 1 127.0.0.1 5000 typ host", "sdpMid": "0", "sdpMLineIndex": 0
                }))
            })
        );
        assert_eq!(
            read(r#"{"type":"candidate","completed":true}"#, &seat(), false),
            Ok(ToJanus::Trickle { line: Line::Sound, candidate: None })
        );
        assert_eq!(
            read(r#"{"type":"candidate","completed":true,"line":"camera"}"#, &video_seat(), false),
            Ok(ToJanus::Trickle { line: Line::Camera, candidate: None })
        );
        assert_eq!(
            read(r#"{"type":"candidate","completed":true,"line":196608}"#, &video_seat(), false),
            Ok(ToJanus::Trickle { line: Line::Feed(3 << 16), candidate: None })
        );
        assert!(read(r#"{"type":"candidate","completed":true,"line":"camera"}"#, &seat(), false).is_err());
    }

    #[test]
    fn anything_else_is_refused() {
        for frame in [
            "nonsense",
            r#"{"type":"configure","record":true}"#,
            r#"{"type":"join","sdp":5,"muted":false}"#,
            r#"{"type":"join","sdp":"v=0"}"#,
            r#"{"type":"mute"}"#,
            r#"{"type":"camera","sdp":"v=0"}"#,
            r#"{"type":"watch","feed":196608}"#,
        ] {
            assert!(read(frame, &seat(), false).is_err(), "{frame}");
        }
        let long = format!(r#"{{"type":"join","sdp":"{}","muted":true}}"#, "a".repeat(MAX_SDP + 1));
        assert_eq!(read(&long, &seat(), false), Err("malformed"));
    }

    #[test]
    fn a_browser_hears_its_answer_who_speaks_and_when_it_is_out() {
        let own = 7 << 16;
        let joined = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "joined", "id": own}},
            "jsep": {"type": "answer", "sdp": "v=0 answer"}});
        assert_eq!(
            heard(&joined, own, Line::Sound),
            vec![ToBrowser::Send(json!({"type": "answer", "sdp": "v=0 answer"}))]
        );
        assert!(super::joined(&joined, own));
        assert!(!super::joined(&joined, own + 1));
        let talking =
            json!({"janus": "event", "plugindata": {"data": {"audiobridge": "talking", "id": (3 << 16) | 2}}});
        assert_eq!(
            heard(&talking, own, Line::Sound),
            vec![ToBrowser::Send(json!({"type": "speaking", "pid": 3, "speaking": true}))]
        );
        let kicked = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "event", "kicked": own}}});
        assert_eq!(heard(&kicked, own, Line::Sound), vec![ToBrowser::End]);
        let other_kicked = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "event", "kicked": 1}}});
        assert!(heard(&other_kicked, own, Line::Sound).is_empty());
        let muted = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "event",
            "participants": [{"id": own, "muted": true}]}}});
        assert_eq!(
            heard(&muted, own, Line::Sound),
            vec![
                ToBrowser::Send(json!({"type": "speaking", "pid": 7, "speaking": false})),
                ToBrowser::Send(json!({"type": "muted", "muted": true}))
            ]
        );
        let other_muted = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "event",
            "participants": [{"id": 3 << 16, "muted": true, "talking": true}]}}});
        assert_eq!(
            heard(&other_muted, own, Line::Sound),
            vec![
                ToBrowser::Send(json!({"type": "in_call", "pid": 3, "in": true})),
                ToBrowser::Send(json!({"type": "speaking", "pid": 3, "speaking": false}))
            ],
            "someone muted is not speaking, whatever Janus last measured"
        );
        let already = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "joined", "id": own,
            "participants": [{"id": 3 << 16, "muted": false, "talking": true}]}}});
        assert_eq!(
            heard(&already, own, Line::Sound),
            vec![
                ToBrowser::Send(json!({"type": "in_call", "pid": 3, "in": true})),
                ToBrowser::Send(json!({"type": "speaking", "pid": 3, "speaking": true}))
            ],
            "someone joining learns who is in the call and who is already speaking"
        );
        let leaving = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "event", "leaving": 3 << 16}}});
        assert_eq!(
            heard(&leaving, own, Line::Sound),
            vec![ToBrowser::Send(json!({"type": "in_call", "pid": 3, "in": false}))]
        );
        assert_eq!(heard(&json!({"janus": "hangup"}), own, Line::Sound), vec![ToBrowser::End]);
        assert!(heard(&json!({"janus": "hangup"}), own, Line::Camera).is_empty(), "a camera off is not the call's end");
    }

    #[test]
    fn in_a_video_meet_a_browser_may_only_show_its_own_camera_and_watch_others() {
        let seat = video_seat();
        let join = camera_join(&seat);
        assert_eq!(
            join,
            json!({"request": "join", "ptype": "publisher", "room": 12, "id": 7 << 16, "token": "t0ken"}),
            "Holdspace joins the cameras' room for the browser, with its own id and token"
        );
        let frame = r#"{"type":"camera","sdp":"v=0","record":true,"filename":"/tmp/x","room":99}"#;
        assert_eq!(
            read(frame, &seat, false),
            Ok(ToJanus::Message {
                line: Line::Camera,
                body: json!({"request": "publish"}),
                jsep: Some(json!({"type": "offer", "sdp": "v=0"}))
            }),
            "nothing but publishing, never recording"
        );
        assert_eq!(
            read(r#"{"type":"camera_off"}"#, &seat, false),
            Ok(ToJanus::Message { line: Line::Camera, body: json!({"request": "unpublish"}), jsep: None })
        );
        let feed = 3 << 16;
        assert_eq!(
            read(&format!(r#"{{"type":"watch","feed":{feed},"room":99}}"#), &seat, false),
            Ok(ToJanus::Message {
                line: Line::Feed(feed),
                body: json!({"request": "join", "ptype": "subscriber", "room": 12, "streams": [{"feed": feed}]}),
                jsep: None
            })
        );
        assert_eq!(
            read(&format!(r#"{{"type":"watching","feed":{feed},"sdp":"v=0 answer"}}"#), &seat, false),
            Ok(ToJanus::Message {
                line: Line::Feed(feed),
                body: json!({"request": "start"}),
                jsep: Some(json!({"type": "answer", "sdp": "v=0 answer"}))
            })
        );
        for (frame, body) in [
            (format!(r#"{{"type":"pause","feed":{feed}}}"#), json!({"request": "pause"})),
            (format!(r#"{{"type":"resume","feed":{feed}}}"#), json!({"request": "start"})),
            (
                format!(r#"{{"type":"layer","feed":{feed},"substream":0}}"#),
                json!({"request": "configure", "substream": 0}),
            ),
        ] {
            assert_eq!(read(&frame, &seat, false), Ok(ToJanus::Message { line: Line::Feed(feed), body, jsep: None }));
        }
        for frame in [
            format!(r#"{{"type":"layer","feed":{feed},"substream":3}}"#),
            format!(r#"{{"type":"watch","feed":{}}}"#, seat.id),
            r#"{"type":"watch","feed":"x"}"#.to_string(),
            r#"{"type":"camera"}"#.to_string(),
        ] {
            assert_eq!(read(&frame, &seat, false), Err("malformed"), "{frame}");
        }
    }

    #[test]
    fn a_browser_hears_whose_cameras_are_on_and_off() {
        let own = 7 << 16;
        let event = |data: Value| json!({"janus": "event", "plugindata": {"data": data}});
        let joined = event(json!({"videoroom": "joined", "id": own, "private_id": 99,
            "publishers": [{"id": 3 << 16}]}));
        assert_eq!(private_id(&joined), Some(99));
        assert_eq!(
            heard(&joined, own, Line::Camera),
            vec![ToBrowser::Send(json!({"type": "cameras", "on": [{"feed": 3 << 16, "pid": 3}]}))]
        );
        let alone = event(json!({"videoroom": "joined", "id": own, "private_id": 99, "publishers": []}));
        assert_eq!(
            heard(&alone, own, Line::Camera),
            vec![ToBrowser::Send(json!({"type": "cameras", "on": []}))],
            "the page learns it may turn its camera on"
        );
        let gone = event(json!({"videoroom": "event", "unpublished": 3 << 16}));
        assert_eq!(
            heard(&gone, own, Line::Camera),
            vec![ToBrowser::Send(json!({"type": "camera_off", "feed": 3 << 16})), ToBrowser::Forget(3 << 16)]
        );
        let kicked = event(json!({"videoroom": "event", "leaving": "ok", "reason": "kicked"}));
        assert_eq!(heard(&kicked, own, Line::Camera), vec![ToBrowser::End]);
        let offer = json!({"janus": "event", "plugindata": {"data": {"videoroom": "attached"}},
            "jsep": {"type": "offer", "sdp": "v=0 offer"}});
        assert_eq!(
            heard(&offer, own, Line::Feed(3 << 16)),
            vec![ToBrowser::Send(json!({"type": "offer", "feed": 3 << 16, "sdp": "v=0 offer"}))]
        );
        assert_eq!(
            not_taken(Line::Feed(5)),
            json!({"type": "camera_off", "feed": 5}),
            "a camera failing is not the call's end"
        );
        assert_eq!(not_taken(Line::Camera)["code"], "camera_refused");
        assert_eq!(not_taken(Line::Sound)["code"], "unavailable");
        let trickle = json!({"janus": "trickle", "candidate": {"completed": true}});
        assert_eq!(
            heard(&trickle, own, Line::Feed(5)),
            vec![ToBrowser::Send(json!({"type": "candidate", "completed": true, "line": 5}))]
        );
    }
}
