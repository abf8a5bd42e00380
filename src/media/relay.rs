//! What passes between a browser and Janus, through Holdspace. A browser
//! may ask for three things only (join with an SDP offer, pass on an ICE
//! candidate, mute or unmute itself), and Holdspace writes each request to
//! Janus itself, with the room, token and participant id it chose: nothing a
//! browser sends reaches Janus as it was written. From Janus's events a
//! browser hears its answer, Janus's candidates, who is speaking, and that
//! its part in the call is over. The protocol is in `docs/room-protocol.md`.

use serde_json::{Value, json};

use super::call::{Seat, pid_of};

/// The longest SDP offer taken from a browser (an audio offer is a few KiB).
pub const MAX_SDP: usize = 16 * 1024;
/// The longest ICE candidate line.
const MAX_CANDIDATE: usize = 512;

/// A request for Janus, made from what a browser asked.
#[derive(Debug, Clone, PartialEq)]
pub enum ToJanus {
    /// A plugin message, with an SDP offer or not.
    Message { body: Value, jsep: Option<Value> },
    /// An ICE candidate, or `None` when the browser has no more.
    Trickle(Option<Value>),
}

/// Reads what a browser sent and makes it Janus's request, or says why not
/// (an error code). Someone a facilitator muted joins muted and cannot unmute.
pub fn read(frame: &str, seat: &Seat, muted_by_facilitator: bool) -> Result<ToJanus, &'static str> {
    let v: Value = serde_json::from_str(frame).map_err(|_| "malformed")?;
    let flag = |key: &str| v.get(key).and_then(Value::as_bool).ok_or("malformed");
    match v.get("type").and_then(Value::as_str).ok_or("malformed")? {
        "join" => {
            // Without an offer, a listener-to-be: in the call, media set up later.
            let sdp = match v.get("sdp") {
                None => None,
                Some(sdp) => Some(sdp.as_str().filter(|s| s.len() <= MAX_SDP).ok_or("malformed")?),
            };
            let muted = flag("muted")? || muted_by_facilitator;
            Ok(ToJanus::Message {
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
            if v.get("completed").and_then(Value::as_bool) == Some(true) {
                return Ok(ToJanus::Trickle(None));
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
            Ok(ToJanus::Trickle(Some(trickle)))
        }
        "mute" => {
            let muted = flag("muted")?;
            if !muted && muted_by_facilitator {
                return Err("call_muted");
            }
            Ok(ToJanus::Message { body: json!({"request": "configure", "muted": muted}), jsep: None })
        }
        _ => Err("unknown_type"),
    }
}

/// What a browser hears of one Janus event.
#[derive(Debug, Clone, PartialEq)]
pub enum ToBrowser {
    Send(Value),
    /// Its part in the call is over (kicked, the room destroyed, hung up).
    End,
}

/// Whether this event says the participant `own` has just joined: someone a
/// facilitator muted while their join was on its way is muted again then.
pub fn joined(event: &Value, own: u64) -> bool {
    let data = &event["plugindata"]["data"];
    data["audiobridge"] == "joined" && data["id"].as_u64() == Some(own)
}

/// What the browser whose participant id is `own` hears of a Janus event.
pub fn heard(event: &Value, own: u64) -> Vec<ToBrowser> {
    let mut out = Vec::new();
    match event["janus"].as_str() {
        Some("trickle") => {
            let candidate = &event["candidate"];
            if candidate["completed"] == true {
                out.push(ToBrowser::Send(json!({"type": "candidate", "completed": true})));
            } else if let Some(line) = candidate["candidate"].as_str() {
                out.push(ToBrowser::Send(json!({
                    "type": "candidate",
                    "candidate": line,
                    "sdpMid": candidate["sdpMid"],
                    "sdpMLineIndex": candidate["sdpMLineIndex"],
                })));
            }
        }
        Some("hangup") => out.push(ToBrowser::End),
        Some("event") => {
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
            // Who is in the call (on joining, and as it changes): who is
            // already speaking, and whether this browser is muted.
            for participant in data["participants"].as_array().into_iter().flatten() {
                let Some(id) = participant["id"].as_u64() else { continue };
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
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seat() -> Seat {
        Seat { room: 12, token: "t0ken".into(), id: 7 << 16 }
    }

    #[test]
    fn a_join_carries_holdspaces_room_token_and_id_never_the_browsers() {
        let frame = r#"{"type":"join","sdp":"v=0","muted":false,"room":99,"token":"stolen","id":1,"record":true}"#;
        let ToJanus::Message { body, jsep } = read(frame, &seat(), false).unwrap() else { panic!() };
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
            Ok(ToJanus::Trickle(Some(json!({
                "candidate": "candidate:1 1 udp 1 127.0.0.1 5000 typ host", "sdpMid": "0", "sdpMLineIndex": 0
            }))))
        );
        assert_eq!(read(r#"{"type":"candidate","completed":true}"#, &seat(), false), Ok(ToJanus::Trickle(None)));
    }

    #[test]
    fn anything_else_is_refused() {
        for frame in [
            "nonsense",
            r#"{"type":"configure","record":true}"#,
            r#"{"type":"join","sdp":5,"muted":false}"#,
            r#"{"type":"join","sdp":"v=0"}"#,
            r#"{"type":"mute"}"#,
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
        assert_eq!(heard(&joined, own), vec![ToBrowser::Send(json!({"type": "answer", "sdp": "v=0 answer"}))]);
        assert!(super::joined(&joined, own));
        assert!(!super::joined(&joined, own + 1));
        let talking =
            json!({"janus": "event", "plugindata": {"data": {"audiobridge": "talking", "id": (3 << 16) | 2}}});
        assert_eq!(
            heard(&talking, own),
            vec![ToBrowser::Send(json!({"type": "speaking", "pid": 3, "speaking": true}))]
        );
        let kicked = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "event", "kicked": own}}});
        assert_eq!(heard(&kicked, own), vec![ToBrowser::End]);
        let other_kicked = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "event", "kicked": 1}}});
        assert!(heard(&other_kicked, own).is_empty());
        let muted = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "event",
            "participants": [{"id": own, "muted": true}]}}});
        assert_eq!(
            heard(&muted, own),
            vec![
                ToBrowser::Send(json!({"type": "speaking", "pid": 7, "speaking": false})),
                ToBrowser::Send(json!({"type": "muted", "muted": true}))
            ]
        );
        let other_muted = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "event",
            "participants": [{"id": 3 << 16, "muted": true, "talking": true}]}}});
        assert_eq!(
            heard(&other_muted, own),
            vec![ToBrowser::Send(json!({"type": "speaking", "pid": 3, "speaking": false}))],
            "someone muted is not speaking, whatever Janus last measured"
        );
        let already = json!({"janus": "event", "plugindata": {"data": {"audiobridge": "joined", "id": own,
            "participants": [{"id": 3 << 16, "muted": false, "talking": true}]}}});
        assert_eq!(
            heard(&already, own),
            vec![ToBrowser::Send(json!({"type": "speaking", "pid": 3, "speaking": true}))],
            "someone joining learns who is already speaking"
        );
        assert_eq!(heard(&json!({"janus": "hangup"}), own), vec![ToBrowser::End]);
    }
}
