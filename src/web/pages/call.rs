//! The call beside a voice meet's room: a WebSocket through which a
//! browser's call signalling reaches Janus (see `crate::media::relay`). Only
//! someone the room lets in, and who is in it, gets a place in the call;
//! removed, they lose it at once.

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use futures_util::SinkExt;
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::room::{Door, Verdict, entrant, on_time, origin_matches};
use crate::media::relay::{self, ToBrowser, ToJanus};
use crate::media::{Call, Handle, Janus, NoSeat};
use crate::room::{Entrant, RoomHandle};
use crate::web::AppState;
use crate::web::context::Ctx;
use crate::web::error::AppError;

/// The largest frame read from a browser: an SDP offer and a little more.
const MAX_FRAME_BYTES: usize = relay::MAX_SDP + 1024;
/// Frames one call socket may send in all: joining, a few dozen candidates
/// and muting now and then; a flood is cut off.
const MAX_FRAMES: u32 = 2000;

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
    let room = state.rooms.get(id).ok_or(AppError::NotFound)?;
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
    let Ok(at) = janus.audiobridge().await else {
        call.left(&who.key, seat.id);
        return refuse(socket, "unavailable").await;
    };
    let (events_in, mut events) = mpsc::channel(64);
    let poller = tokio::spawn(poll(janus.clone(), at.session, events_in));
    let ready = json!({"type": "ready", "pid": pid, "ice_servers": call.media().ice_servers()});
    let mut open = say(&mut socket, ready).await;
    let mut frames = 0;
    while open {
        tokio::select! {
            incoming = socket.recv() => {
                frames += 1;
                open = match incoming {
                    _ if room.has_removed(&who.key) || frames > MAX_FRAMES => false,
                    Some(Ok(Message::Text(text))) => {
                        let refused = match relay::read(&text, &seat, call.is_muted(&who.key)) {
                            Ok(request) => (!pass_on(&janus, at, request).await).then_some("unavailable"),
                            Err(code) => Some(code),
                        };
                        match refused {
                            Some(code) => say(&mut socket, json!({"type": "error", "code": code})).await,
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
                if relay::joined(&event, seat.id) && call.is_muted(&who.key) {
                    let mute = ToJanus::Message { body: json!({"request": "configure", "muted": true}), jsep: None };
                    open = pass_on(&janus, at, mute).await;
                }
                for out in relay::heard(&event, seat.id) {
                    open = open && match out {
                        ToBrowser::Send(value) => say(&mut socket, value).await,
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
    // Ending the session takes its participant out of the call.
    janus.destroy(at.session).await;
    call.left(&who.key, seat.id);
    let _ = socket.close().await;
}

/// Sends Janus what a browser asked; whether Janus took it.
async fn pass_on(janus: &Janus, at: Handle, request: ToJanus) -> bool {
    match request {
        ToJanus::Message { body, jsep } => janus.message(at, body, jsep).await.is_ok(),
        ToJanus::Trickle(candidate) => janus.trickle(at, candidate).await.is_ok(),
    }
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
