//! One meet's call: a task that owns its Janus rooms (an AudioBridge room
//! for its sound and, in a video meet, a VideoRoom room for its cameras;
//! created when the meet's room opens, destroyed when it ends) and their
//! lists of who may join, and carries out what the room decides: someone
//! comes in, is removed, is muted or allowed again.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use tokio::sync::{mpsc, oneshot};
use tokio_util::task::TaskTracker;

use super::Media;
use super::janus::{AUDIOBRIDGE, JanusError, VIDEOROOM};
use crate::domain::room::Pid;
use crate::room::MAX_SOCKETS;

/// Janus's answers when a room id is taken (a room left by an instance
/// that stopped): the AudioBridge's and the VideoRoom's.
const ROOM_EXISTS: [i64; 2] = [486, 427];
/// Speaking, for the roster's indicator, is an average sound level louder
/// than this many dB below full scale (dBov) over the last half second.
/// Janus compares it with the RFC 6464 levels browsers put in each packet
/// (0 the loudest, 127 silence), measured after the browser's own gain
/// control and noise suppression. `bench/speaking-threshold.mjs` plays a
/// voice-like tone into Chromium's fake microphone at set levels: with 45,
/// tones from -20 down to -70 dBov were shown as speaking (88% of the time
/// at -70) and -80 dBov or silence never; with Janus's default, 25, a tone
/// at -40 dBov (a soft voice) was never shown.
pub const SPEAKING_DBOV: u8 = 45;
/// Cameras one video meet carries at most: a circle's people, each with a
/// few ways in, and room to spare (the VideoRoom's default is 3).
const MAX_CAMERAS: u64 = 64;
/// The most a camera sends, all its simulcast layers together (bits/s):
/// enough for a face in a tile, little enough for a home connection.
const CAMERA_BITRATE: u64 = 600_000;

/// One socket's place in a call: what its join request to Janus carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    /// The Janus room: the meet's id.
    pub room: i64,
    /// The person's token for this meet's call.
    pub token: String,
    /// This socket's participant id in Janus; see [`pid_of`].
    pub id: u64,
    /// Whether the call has cameras (a VideoRoom room beside its sound).
    pub video: bool,
}

/// The participant id in Janus of someone's `socket`-th way into the call:
/// the person's number in the room, with the socket below it, so that
/// everyone in the call can tell who is speaking.
fn janus_id(pid: Pid, socket: u32) -> u64 {
    (u64::from(pid) << 16) | u64::from(socket & 0xffff)
}

/// The person (their number in the room) behind a participant id in Janus.
pub fn pid_of(id: u64) -> Pid {
    Pid::try_from(id >> 16).unwrap_or(0)
}

/// Why someone got no place in the call.
#[derive(Debug, thiserror::Error)]
pub enum NoSeat {
    /// Removed from the meet.
    #[error("removed from the meet")]
    Removed,
    /// Already in the call through [`MAX_SOCKETS`] sockets.
    #[error("too many ways into the call")]
    TooMany,
    #[error(transparent)]
    Media(#[from] JanusError),
}

enum Order {
    Enter { key: String, pid: Pid, socket: u32, reply: oneshot::Sender<Result<Seat, NoSeat>> },
    Left { key: String, id: u64 },
    Remove { key: String },
    Mute { key: String, muted: bool },
    End,
}

/// A way to reach one meet's call task. Orders go on an unbounded channel:
/// they are few (someone joins the call, is removed or muted), and the room
/// that sends them must never wait on the media server.
#[derive(Clone)]
pub struct Call {
    meet: i64,
    orders: mpsc::UnboundedSender<Order>,
    /// Keys of people a facilitator has muted, known to their sockets at once.
    muted: Arc<Mutex<HashSet<String>>>,
    sockets: Arc<AtomicU32>,
    media: Arc<Media>,
    video: bool,
}

impl Call {
    pub(super) fn start(media: Arc<Media>, meet: i64, video: bool, tasks: &TaskTracker) -> Call {
        let (orders, inbox) = mpsc::unbounded_channel();
        tasks.spawn(run(Arc::clone(&media), meet, video, inbox));
        Call { meet, orders, muted: Default::default(), sockets: Default::default(), media, video }
    }

    /// Whether people in this call may turn a camera on.
    pub fn video(&self) -> bool {
        self.video
    }

    /// The media server.
    pub fn media(&self) -> &Arc<Media> {
        &self.media
    }

    /// The meet this call belongs to.
    pub fn meet(&self) -> i64 {
        self.meet
    }

    /// A seat in the call for the person with this key and number: their
    /// token (added to the room's list now if new) and an id for this socket.
    pub async fn enter(&self, key: &str, pid: Pid) -> Result<Seat, NoSeat> {
        let (reply, answer) = oneshot::channel();
        self.orders
            .send(Order::Enter {
                key: key.to_string(),
                pid,
                socket: self.sockets.fetch_add(1, Ordering::Relaxed),
                reply,
            })
            .map_err(|_| JanusError::Unreachable("the call has ended".into()))?;
        answer.await.map_err(|_| JanusError::Unreachable("the call has ended".into()))?
    }

    /// A socket left the call.
    pub fn left(&self, key: &str, id: u64) {
        let _ = self.orders.send(Order::Left { key: key.to_string(), id });
    }

    /// Whether a facilitator has muted this person (they may not unmute).
    pub fn is_muted(&self, key: &str) -> bool {
        self.muted.lock().unwrap_or_else(|p| p.into_inner()).contains(key)
    }

    /// A facilitator muted this person, or allowed them to unmute again.
    pub fn set_muted(&self, key: &str, muted: bool) {
        {
            let mut set = self.muted.lock().unwrap_or_else(|p| p.into_inner());
            if muted {
                set.insert(key.to_string());
            } else {
                set.remove(key);
            }
        }
        let _ = self.orders.send(Order::Mute { key: key.to_string(), muted });
    }

    /// This person was removed from the meet: their token stops working and
    /// they are dropped from the call.
    pub fn remove(&self, key: &str) {
        let _ = self.orders.send(Order::Remove { key: key.to_string() });
    }

    /// The meet ended: the call room goes.
    pub fn end(&self) {
        let _ = self.orders.send(Order::End);
    }
}

fn new_token() -> String {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).expect("the system has randomness");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A meet's call rooms on Janus (one per plugin, both with the meet's id),
/// managed with their secret.
struct Room {
    media: Arc<Media>,
    meet: i64,
    secret: String,
    video: bool,
}

impl Room {
    /// The plugins holding this call: its sound, and its cameras in a video meet.
    fn plugins(&self) -> &'static [&'static str] {
        if self.video { &[AUDIOBRIDGE, VIDEOROOM] } else { &[AUDIOBRIDGE] }
    }

    /// Sends one room-management request to `plugin` on a short session of its own.
    async fn request(&self, plugin: &str, mut body: Value) -> Result<Value, JanusError> {
        body["room"] = json!(self.meet);
        body["secret"] = json!(self.secret);
        let janus = self.media.janus();
        let session = janus.session().await?;
        let answer = match janus.attach(session, plugin).await {
            Ok(at) => janus.request(at, body).await,
            Err(error) => Err(error),
        };
        janus.destroy(session).await;
        answer
    }

    /// Sends the same request to every plugin of the call; the first failure.
    async fn request_all(&self, body: Value) -> Result<(), JanusError> {
        let mut result = Ok(());
        for plugin in self.plugins() {
            if let Err(error) = self.request(plugin, body.clone()).await {
                result = result.and(Err(error));
            }
        }
        result
    }

    fn create_request(&self, plugin: &str) -> Value {
        let common = json!({
            "request": "create",
            "admin_key": self.media.admin_key(),
            "is_private": true,
            // An empty list still turns the check on: only listed tokens join.
            "allowed": [],
            "record": false,
            "permanent": false,
        });
        let own = if plugin == VIDEOROOM {
            json!({
                // Recording needs the room's secret, which only Holdspace
                // holds, and no folder is given (Janus refuses any anyway).
                "lock_record": true,
                // Watching a camera needs the private id of someone in the
                // room: only Holdspace learns it, and a kick ends it.
                "require_pvtid": true,
                "publishers": MAX_CAMERAS,
                "bitrate": CAMERA_BITRATE,
                "videocodec": "vp8",
                "fir_freq": 10,
                "notify_joining": false,
            })
        } else {
            json!({
                "sampling_rate": 48000,
                // Who is speaking, for the roster: an average over half a
                // second louder than -45 dBov (see `SPEAKING_DBOV`).
                "audiolevel_event": true,
                "audio_active_packets": 25,
                "audio_level_average": SPEAKING_DBOV,
                // Opus in-band forward error correction, for poor connections.
                "default_expectedloss": 10,
            })
        };
        let mut body = common;
        for (key, value) in own.as_object().into_iter().flatten() {
            body[key] = value.clone();
        }
        body
    }

    async fn create(&self) -> Result<(), JanusError> {
        let mut created = Ok(());
        for plugin in self.plugins() {
            let create = self.create_request(plugin);
            let made = match self.request(plugin, create.clone()).await {
                Err(JanusError::Refused { code }) if ROOM_EXISTS.contains(&code) => {
                    match self.request(plugin, json!({"request": "destroy"})).await {
                        Ok(_) => self.request(plugin, create).await.map(|_| ()),
                        Err(error) => Err(error),
                    }
                }
                other => other.map(|_| ()),
            };
            created = created.and(made);
        }
        if let Err(error) = &created {
            tracing::error!(%error, meet = self.meet, "could not create the meet's call room");
        }
        created
    }

    async fn destroy(&self) -> Result<(), JanusError> {
        self.request_all(json!({"request": "destroy"})).await
    }

    async fn allowed(&self, action: &str, token: &str) -> Result<(), JanusError> {
        self.request_all(json!({"request": "allowed", "action": action, "allowed": [token]})).await
    }
}

/// Runs a meet's call until the meet ends (or its room goes).
async fn run(media: Arc<Media>, meet: i64, video: bool, mut inbox: mpsc::UnboundedReceiver<Order>) {
    let secret = media.room_secret(meet);
    let room = Room { media, meet, secret, video };
    // Created when the meet's room opens; if the media server was down
    // then, tried again as each person asks to join.
    let mut created = room.create().await.is_ok();
    let mut tokens: HashMap<String, String> = HashMap::new();
    let mut ids: HashMap<String, Vec<u64>> = HashMap::new();
    let mut removed: HashSet<String> = HashSet::new();
    while let Some(order) = inbox.recv().await {
        match order {
            Order::Enter { key, pid, socket, reply } => {
                let seat = async {
                    if !created {
                        room.create().await?;
                        created = true;
                    }
                    if removed.contains(&key) {
                        return Err(NoSeat::Removed);
                    }
                    // As in the room: a few ways in per person, not a flood of sessions.
                    if ids.get(&key).is_some_and(|list| list.len() >= MAX_SOCKETS) {
                        return Err(NoSeat::TooMany);
                    }
                    let token = match tokens.get(&key) {
                        Some(token) => token.clone(),
                        None => {
                            let token = new_token();
                            room.allowed("add", &token).await?;
                            tokens.insert(key.clone(), token.clone());
                            token
                        }
                    };
                    Ok(Seat { room: meet, token, id: 0, video })
                }
                .await;
                let seat = seat.map(|seat| {
                    let id = janus_id(pid, socket);
                    ids.entry(key).or_default().push(id);
                    Seat { id, ..seat }
                });
                let _ = reply.send(seat);
            }
            Order::Left { key, id } => {
                if let Some(list) = ids.get_mut(&key) {
                    list.retain(|known| *known != id);
                }
            }
            Order::Remove { key } => {
                removed.insert(key.clone());
                if let Some(token) = tokens.remove(&key)
                    && let Err(error) = room.allowed("remove", &token).await
                {
                    tracing::warn!(%error, meet, "could not revoke a removed person's call token");
                }
                for id in ids.remove(&key).unwrap_or_default() {
                    // Already gone from the call (or never on camera) is fine.
                    let _ = room.request_all(json!({"request": "kick", "id": id})).await;
                }
            }
            Order::Mute { key, muted } => {
                let request = if muted { "mute" } else { "unmute" };
                for id in ids.get(&key).cloned().unwrap_or_default() {
                    // Not in the call yet is fine: they join muted.
                    let _ = room.request(AUDIOBRIDGE, json!({"request": request, "id": id})).await;
                }
            }
            Order::End => break,
        }
    }
    if created && let Err(error) = room.destroy().await {
        tracing::warn!(%error, meet, "could not destroy the meet's call room");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_participant_id_names_the_person_behind_it() {
        assert_eq!(pid_of(janus_id(7, 0)), 7);
        assert_eq!(pid_of(janus_id(7, 3)), 7);
        assert_ne!(janus_id(7, 0), janus_id(7, 1), "each socket its own id");
        assert!(janus_id(Pid::MAX, 0xffff) < 1 << 53, "exact in a browser's numbers");
    }

    #[test]
    fn call_rooms_record_nothing_and_hear_soft_voices() {
        let settings =
            crate::config::media(Some("http://127.0.0.1:8088/janus"), Some("0123456789abcdef"), None, None, None)
                .unwrap()
                .unwrap();
        let room = Room { media: Arc::new(Media::new(&settings)), meet: 1, secret: "s".into(), video: true };
        assert_eq!(room.plugins(), [AUDIOBRIDGE, VIDEOROOM]);
        let sound = room.create_request(AUDIOBRIDGE);
        assert_eq!(sound["audio_level_average"], 45, "louder than -45 dBov is speaking");
        assert_eq!(sound["record"], false);
        let cameras = room.create_request(VIDEOROOM);
        assert_eq!(cameras["record"], false);
        assert_eq!(cameras["lock_record"], true, "recording needs the room's secret, which no browser has");
        assert!(cameras.get("rec_dir").is_none(), "nowhere to record to");
        assert_eq!(cameras["require_pvtid"], true, "watching needs a place in the room");
        assert_eq!(cameras["allowed"], json!([]), "only listed tokens join");
        assert!(cameras.get("sampling_rate").is_none(), "each plugin gets its own settings");
        let voice = Room { video: false, ..room };
        assert_eq!(voice.plugins(), [AUDIOBRIDGE], "a voice meet has no cameras' room");
    }
}
