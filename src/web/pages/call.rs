//! The call beside a voice or video meet's room: a WebSocket through which a
//! browser's call signalling reaches Janus (see `crate::media::relay`). Only
//! someone the room lets in, and who is in it, gets a place in the call;
//! removed, they lose it at once.

use std::collections::HashMap;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use futures_util::SinkExt;
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::room::{Door, Verdict, entrant, on_time, origin_matches};
use crate::media::janus::VIDEOROOM;
use crate::media::relay::{self, Line, ToBrowser, ToJanus};
use crate::media::{Call, Handle, Janus, NoSeat};
use crate::room::{Entrant, RoomHandle};
use crate::web::AppState;
use crate::web::context::Ctx;
use crate::web::error::AppError;

/// The largest frame read from a browser: an SDP offer and a little more.
const MAX_FRAME_BYTES: usize = relay::MAX_SDP + 1024;
/// Frames one call socket may send in all: joining, a few dozen candidates
/// per connection, muting now and then, cameras watched as they come and
/// go; a flood is cut off.
const MAX_FRAMES: u32 = 5000;

/// `GET /meets/{id}/call/socket`: checked as the room's own socket is.
pub async fn socket(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(id): Path<i64>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Result<Response, AppError> {
    if !origin_matches(&state, &context, &headers) {
        return Err(AppError::Forbidden);
    }
    let room = state.rooms.get(id).await.ok_or(AppError::NotFound)?;
    let call = room.call().cloned().ok_or(AppError::NotFound)?;
    let door = Door { meet_id: id, drop_in: room.drop_in(), room: Some(&room) };
    let Verdict::Enter(who) = entrant(&state, &context, &headers, door).await? else {
        return Err(AppError::Forbidden);
    };
    Ok(upgrade
        .max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .on_upgrade(move |socket| relay_call(socket, room, call, who)))
}

async fn say(socket: &mut WebSocket, value: Value) -> bool {
    on_time(socket.send(Message::Text(value.to_string().into()))).await
}

/// Ends the socket with a reason.
async fn refuse(mut socket: WebSocket, code: &str) {
    let _ = say(&mut socket, json!({"type": "error", "code": code})).await;
    let _ = socket.close().await;
}

/// A socket's handles on its Janus session: its sound, its camera (in a
/// video meet) and one per camera it watches, and which is which.
struct Lines {
    janus: Janus,
    sound: Handle,
    camera: Option<Handle>,
    /// The camera's private id in the VideoRoom room, once joined.
    private_id: Option<u64>,
    feeds: HashMap<u64, Handle>,
}

impl Lines {
    /// The line an event came on (events name their handle as `sender`).
    fn of(&self, event: &Value) -> Option<Line> {
        let sender = event["sender"].as_u64();
        if sender.is_none() || sender == Some(self.sound.handle) {
            return Some(Line::Sound);
        }
        if self.camera.is_some_and(|camera| Some(camera.handle) == sender) {
            return Some(Line::Camera);
        }
        self.feeds.iter().find(|(_, at)| Some(at.handle) == sender).map(|(feed, _)| Line::Feed(*feed))
    }

    /// Sends Janus what a browser asked; whether Janus took it. Watching a
    /// camera takes a handle of its own, with the camera's private id.
    async fn pass_on(&mut self, request: ToJanus) -> bool {
        let (line, body, jsep, candidate) = match request {
            ToJanus::Message { line, body, jsep } => (line, Some(body), jsep, None),
            ToJanus::Trickle { line, candidate } => (line, None, None, Some(candidate)),
        };
        let at = match line {
            Line::Sound => Some(self.sound),
            Line::Camera => self.camera,
            Line::Feed(feed) if body.as_ref().is_some_and(|b| b["ptype"] == "subscriber") => {
                let Some(private_id) = self.private_id else { return false };
                if self.feeds.len() >= MAX_WATCHED && !self.feeds.contains_key(&feed) {
                    return false;
                }
                self.forget(feed).await;
                let Ok(at) = self.janus.attach(self.sound.session, VIDEOROOM).await else { return false };
                self.feeds.insert(feed, at);
                let mut body = body.unwrap_or_default();
                body["private_id"] = json!(private_id);
                return self.janus.message(at, body, None).await.is_ok();
            }
            Line::Feed(feed) => self.feeds.get(&feed).copied(),
        };
        let Some(at) = at else { return false };
        match (body, candidate) {
            (Some(body), _) => self.janus.message(at, body, jsep).await.is_ok(),
            (None, Some(candidate)) => self.janus.trickle(at, candidate).await.is_ok(),
            (None, None) => false,
        }
    }

    /// Stops watching a camera.
    async fn forget(&mut self, feed: u64) {
        if let Some(at) = self.feeds.remove(&feed) {
            self.janus.detach(at).await;
        }
    }
}

/// Cameras one socket may watch at once.
const MAX_WATCHED: usize = 64;

/// One browser's part in the call: from joining to leaving, kicked or ended.
async fn relay_call(mut socket: WebSocket, room: RoomHandle, call: Call, who: Entrant) {
    // In the call only while in the room: its socket comes first.
    let Some(pid) = room.pid_of(&who.key).await else { return refuse(socket, "not_in_room").await };
    let seat = match call.enter(&who.key, pid).await {
        Ok(seat) => seat,
        Err(NoSeat::Removed) => return refuse(socket, "removed").await,
        Err(NoSeat::TooMany) => return refuse(socket, "too_many_connections").await,
        Err(NoSeat::Media(error)) => {
            tracing::warn!(%error, meet = call.meet(), "could not give someone a place in a call");
            return refuse(socket, "unavailable").await;
        }
    };
    let janus = call.media().janus().clone();
    let Ok(sound) = janus.audiobridge().await else {
        call.left(&who.key, seat.id);
        return refuse(socket, "unavailable").await;
    };
    let mut lines = Lines { janus: janus.clone(), sound, camera: None, private_id: None, feeds: HashMap::new() };
    let (events_in, mut events) = mpsc::channel(64);
    let poller = tokio::spawn(poll(janus.clone(), sound.session, events_in));
    // A video meet's socket is in its cameras' room from the start, camera
    // off: so it hears whose cameras are on, and may turn its own on.
    let mut open = true;
    if seat.video {
        open = match janus.attach(sound.session, VIDEOROOM).await {
            Ok(camera) => {
                lines.camera = Some(camera);
                janus.message(camera, relay::camera_join(&seat), None).await.is_ok()
            }
            Err(_) => false,
        };
    }
    let ready = json!({"type": "ready", "pid": pid, "ice_servers": call.media().ice_servers(), "video": seat.video});
    open = open && say(&mut socket, ready).await;
    let mut frames = 0;
    while open {
        tokio::select! {
            incoming = socket.recv() => {
                frames += 1;
                open = match incoming {
                    _ if room.has_removed(&who.key) || frames > MAX_FRAMES => false,
                    Some(Ok(Message::Text(text))) => {
                        let refused = match relay::read(&text, &seat, call.is_muted(&who.key)) {
                            Ok(request) => {
                                let line = request.line();
                                (!lines.pass_on(request).await).then(|| relay::not_taken(line))
                            }
                            Err(code) => Some(json!({"type": "error", "code": code})),
                        };
                        match refused {
                            Some(frame) => say(&mut socket, frame).await,
                            None => true,
                        }
                    }
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => true,
                    Some(Ok(Message::Binary(_))) => {
                        say(&mut socket, json!({"type": "error", "code": "malformed"})).await
                    }
                    Some(Ok(Message::Close(_)) | Err(_)) | None => false,
                };
            }
            event = events.recv() => {
                let Some(event) = event else { break };
                let Some(line) = lines.of(&event) else { continue };
                if relay::joined(&event, seat.id) && call.is_muted(&who.key) {
                    let body = json!({"request": "configure", "muted": true});
                    open = lines.pass_on(ToJanus::Message { line: Line::Sound, body, jsep: None }).await;
                }
                if line == Line::Camera && let Some(private_id) = relay::private_id(&event) {
                    lines.private_id = Some(private_id);
                }
                for out in relay::heard(&event, seat.id, line) {
                    open = open && match out {
                        ToBrowser::Send(value) => say(&mut socket, value).await,
                        ToBrowser::Forget(feed) => {
                            lines.forget(feed).await;
                            true
                        }
                        ToBrowser::End => {
                            let _ = say(&mut socket, json!({"type": "ended"})).await;
                            false
                        }
                    };
                }
            }
        }
    }
    poller.abort();
    // Ending the session takes its participant out of the call, and its
    // camera and what it watched with it.
    janus.destroy(sound.session).await;
    call.left(&who.key, seat.id);
    let _ = socket.close().await;
}

/// Long-polls a Janus session's events until it ends or nobody listens;
/// the session's end comes as a hang-up.
async fn poll(janus: Janus, session: u64, events: mpsc::Sender<Value>) {
    loop {
        match janus.poll(session).await {
            Ok(batch) => {
                for event in batch {
                    if events.send(event).await.is_err() {
                        return;
                    }
                }
            }
            Err(_) => {
                let _ = events.send(json!({"janus": "hangup"})).await;
                return;
            }
        }
    }
}

/// The words the call script shows, as JSON for the room page.
pub fn script_strings(tr: &crate::i18n::Tr) -> String {
    let keys = [
        "call-mute",
        "call-unmute",
        "call-joining",
        "call-in-call-muted",
        "call-in-call-live",
        "call-listening",
        "call-left",
        "call-ended",
        "call-unavailable",
        "call-no-microphone",
        "call-muted-by-facilitator",
        "call-allowed-again",
        "call-speaking",
        "call-muted-badge",
        "call-mute-person",
        "call-allow-person",
        "call-nobody",
        "call-not-in-room",
        "call-camera-on",
        "call-camera-off",
        "call-camera-hint",
        "call-camera-live",
        "call-no-camera",
        "call-camera-refused",
        "call-you",
        "call-video-of",
        "call-has-piece",
    ];
    super::room::strings_json(tr, &keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word the call script asks for exists in English.
    #[test]
    fn every_script_string_exists_in_english() {
        let tr = crate::i18n::I18n::load().translator("en");
        let strings: serde_json::Map<String, Value> = serde_json::from_str(&script_strings(&tr)).unwrap();
        let missing: Vec<&String> =
            strings.iter().filter(|(key, value)| value.as_str() == Some(key.as_str())).map(|(key, _)| key).collect();
        assert!(missing.is_empty(), "missing from locales/en.ftl: {missing:?}");
    }
}
