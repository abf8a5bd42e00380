//! Live rooms at run time: one tokio task per open room owns its state
//! (`crate::domain::room::Room`) and takes requests over a channel; what
//! it says is serialized once into a [`Frame`] and published on the
//! [`Bus`], from which every connection in the room reads.
//!
//! Nothing here touches the database. Consequences that must be stored
//! (a removal, the end of a meet with its attendance count) are handed to
//! a separate task through [`Effects`], so no message ever waits on disk.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use axum::extract::ws::Utf8Bytes;
use serde::Serialize;
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::domain::room::{Audience, Command, Effect, Event, JoinRefused, Pid, RoomRole, SafetySettings};

pub mod bus;
mod people;
pub mod protocol;
mod task;

pub use bus::{Bus, InProcessBus};
pub use people::{Attached, MAX_SOCKETS};

/// How many requests may wait for a room before senders wait.
const REQUEST_QUEUE: usize = 1024;

/// One event as it goes over the wire: serialized once, shared by every
/// recipient. `seq` orders a room's frames; a receiver ignores a frame
/// whose `seq` it has already seen, so replaying is harmless.
#[derive(Debug, Clone)]
pub struct Frame {
    pub room: i64,
    pub seq: u64,
    pub audience: Audience,
    /// The JSON text, `{"seq":…,"type":…}`.
    pub text: Utf8Bytes,
    /// After this frame its recipients' connections close (ended, removed).
    pub closes: bool,
    /// Who wrote or reacted, so that people who blocked them skip it.
    pub from: Option<Pid>,
    /// For the blocker's own connection: start (or stop) skipping this person.
    pub block: Option<(Pid, bool)>,
    /// Not an event but the room's keep-alive: each connection sends its
    /// person a WebSocket ping instead. One timer per room, rather than one
    /// per connection that every frame would poll again.
    pub keep_alive: bool,
}

impl Frame {
    /// Whether person `pid` with `role` should receive this frame.
    pub fn is_for(&self, pid: Pid, role: RoomRole) -> bool {
        match self.audience {
            Audience::All => true,
            Audience::One(p) => p == pid,
            Audience::Facilitators => role == RoomRole::Facilitator,
        }
    }
}

#[derive(Serialize)]
struct Wire<'a> {
    seq: u64,
    #[serde(flatten)]
    event: &'a Event,
}

/// Serializes an event with its sequence number.
pub fn encode(seq: u64, event: &Event) -> Utf8Bytes {
    Utf8Bytes::from(serde_json::to_string(&Wire { seq, event }).unwrap_or_else(|_| String::from("{}")))
}

impl Frame {
    /// A frame for one event.
    pub fn new(room: i64, seq: u64, audience: Audience, event: &Event) -> Frame {
        let closes = matches!(event, Event::Ended | Event::Removed { .. });
        let from = match event {
            Event::Message { message } => Some(message.from),
            Event::Reaction { from, .. } => Some(*from),
            _ => None,
        };
        let block = match event {
            Event::Blocked { pid, blocked } => Some((*pid, *blocked)),
            _ => None,
        };
        Frame { room, seq, audience, text: encode(seq, event), closes, from, block, keep_alive: false }
    }

    /// The room's keep-alive; it has no sequence number and is kept in no history.
    pub fn keep_alive(room: i64) -> Frame {
        Frame {
            room,
            seq: 0,
            audience: Audience::All,
            text: Utf8Bytes::default(),
            closes: false,
            from: None,
            block: None,
            keep_alive: true,
        }
    }
}

/// Who is coming in.
#[derive(Debug, Clone)]
pub struct Entrant {
    /// Stable across reconnections: `m:<member id>` or `g:<guest pass id>`.
    pub key: String,
    pub alias: String,
    pub pronouns: String,
    pub role: RoomRole,
}

/// What a connection gets when it is let in.
pub struct Admitted {
    pub pid: Pid,
    pub role: RoomRole,
    /// The welcome (or, on resuming, the frames missed), in order.
    pub catch_up: Vec<Arc<Frame>>,
    /// Everything from now on.
    pub frames: broadcast::Receiver<Arc<Frame>>,
    /// Whose messages this person has chosen not to see.
    pub blocked: Vec<Pid>,
}

pub(crate) enum Request {
    Join { entrant: Entrant, last_seq: Option<u64>, reply: oneshot::Sender<Result<Admitted, JoinRefused>> },
    Command { pid: Pid, command: Command, at: i64 },
    Detach { pid: Pid },
    End,
}

/// A way to talk to one open room.
#[derive(Clone)]
pub struct RoomHandle {
    requests: mpsc::Sender<Request>,
    drop_in: bool,
    /// Keys of the people removed from this meet, known here the moment the
    /// room removes them; the database learns of it a moment later.
    removed: Arc<Mutex<HashSet<String>>>,
    /// Sockets and allowances per person, kept by the connections.
    people: Arc<people::People>,
}

impl RoomHandle {
    /// Whether members without a seat may come in: the circle's setting
    /// when the room opened, kept (like its safety settings) for the whole
    /// meet, so that nobody's connection has to read the circle again.
    pub fn drop_in(&self) -> bool {
        self.drop_in
    }

    /// Whether the person with this key was removed from the meet.
    pub fn has_removed(&self, key: &str) -> bool {
        self.removed.lock().unwrap_or_else(|p| p.into_inner()).contains(key)
    }

    /// Counts in a socket for the person with this key and alias; `None` if
    /// they already hold [`MAX_SOCKETS`] in this meet.
    pub fn attach(&self, key: &str, alias: &str) -> Option<Attached> {
        self.people.attach(key, alias)
    }

    /// The aliases of everyone connected now (the room's own roster, which
    /// also holds people briefly away, is the last word at joining).
    pub fn aliases_here(&self) -> Vec<String> {
        self.people.aliases()
    }

    /// Lets someone in, or says why not.
    pub async fn join(&self, entrant: Entrant, last_seq: Option<u64>) -> Option<Result<Admitted, JoinRefused>> {
        let (reply, answer) = oneshot::channel();
        self.requests.send(Request::Join { entrant, last_seq, reply }).await.ok()?;
        answer.await.ok()
    }

    /// Passes on a command from someone in the room.
    pub async fn command(&self, pid: Pid, command: Command) -> bool {
        let at = chrono::Utc::now().timestamp_millis();
        self.requests.send(Request::Command { pid, command, at }).await.is_ok()
    }

    /// Someone's connection closed.
    pub async fn detach(&self, pid: Pid) {
        let _ = self.requests.send(Request::Detach { pid }).await;
    }

    /// Ends the meet.
    pub async fn end(&self) {
        let _ = self.requests.send(Request::End).await;
    }
}

/// A consequence of a room to store, with the meet it belongs to.
pub type Effects = mpsc::UnboundedSender<(i64, Effect)>;

/// Where one room's consequences go: removals to its door at once, and
/// everything to the task that stores them.
pub(crate) struct Consequences {
    meet: i64,
    store: Effects,
    removed: Arc<Mutex<HashSet<String>>>,
}

impl Consequences {
    fn handle(&self, effect: Effect) {
        if let Effect::Removed { key, .. } = &effect {
            self.removed.lock().unwrap_or_else(|p| p.into_inner()).insert(key.clone());
        }
        let _ = self.store.send((self.meet, effect));
    }
}

/// The open rooms of this instance.
pub struct Rooms {
    bus: Arc<dyn Bus>,
    effects: Effects,
    // A std mutex: only held to look up or insert a handle, never across an await.
    open: Mutex<HashMap<i64, RoomHandle>>,
}

impl Rooms {
    /// No rooms open yet.
    pub fn new(bus: Arc<dyn Bus>, effects: Effects) -> Rooms {
        Rooms { bus, effects, open: Mutex::new(HashMap::new()) }
    }

    /// Opens the room of a meet that ends at `ends_at` (Unix ms), or
    /// returns it if it is open already.
    pub fn open(self: &Arc<Self>, meet_id: i64, ends_at: i64, safety: SafetySettings, drop_in: bool) -> RoomHandle {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(handle) = open.get(&meet_id) {
            return handle.clone();
        }
        let (requests, inbox) = mpsc::channel(REQUEST_QUEUE);
        let removed = Arc::new(Mutex::new(HashSet::new()));
        let handle = RoomHandle { requests, drop_in, removed: Arc::clone(&removed), people: Default::default() };
        open.insert(meet_id, handle.clone());
        let rooms = Arc::clone(self);
        tokio::spawn(async move {
            let effects = Consequences { meet: meet_id, store: rooms.effects.clone(), removed };
            task::run(meet_id, ends_at, safety, inbox, Arc::clone(&rooms.bus), effects).await;
            rooms.closed(meet_id);
        });
        handle
    }

    /// The open room of a meet, if there is one.
    pub fn get(&self, meet_id: i64) -> Option<RoomHandle> {
        self.open.lock().unwrap_or_else(|p| p.into_inner()).get(&meet_id).cloned()
    }

    fn closed(&self, meet_id: i64) {
        self.open.lock().unwrap_or_else(|p| p.into_inner()).remove(&meet_id);
        self.bus.forget(meet_id);
    }

    /// Ends every open room (on shutdown), wiping what they held.
    pub async fn end_all(&self) {
        let handles: Vec<RoomHandle> = self.open.lock().unwrap_or_else(|p| p.into_inner()).values().cloned().collect();
        for handle in handles {
            handle.end().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn entrant(key: &str) -> Entrant {
        Entrant { key: key.into(), alias: key.into(), pronouns: String::new(), role: RoomRole::Participant }
    }

    #[tokio::test(start_paused = true)]
    async fn an_idle_room_asks_its_connections_to_ping_every_half_minute() {
        let (effects, _stored) = mpsc::unbounded_channel();
        let rooms = Arc::new(Rooms::new(Arc::new(InProcessBus::default()), effects));
        let ends_at = chrono::Utc::now().timestamp_millis() + 3_600_000;
        let room = rooms.open(1, ends_at, SafetySettings { youth: false, advice_nudge: false }, true);
        let mut admitted = room.join(entrant("m:1"), None).await.expect("room open").expect("let in");

        tokio::time::sleep(Duration::from_secs(29)).await;
        assert!(admitted.frames.try_recv().is_err(), "nothing before half a minute");
        tokio::time::sleep(Duration::from_secs(2)).await;
        let frame = admitted.frames.recv().await.expect("a keep-alive");
        assert!(frame.keep_alive);
        assert_eq!(frame.seq, 0, "a keep-alive takes no place in the room's order");
        assert!(frame.is_for(admitted.pid, RoomRole::Participant));

        // Someone resuming from before it misses nothing: it was never in the history.
        let resumed = room.join(entrant("m:2"), Some(0)).await.expect("room open").expect("let in");
        assert!(resumed.catch_up.iter().all(|f| !f.keep_alive));
    }
}
