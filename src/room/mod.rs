//! Live rooms at run time: one tokio task per open room owns its state
//! (`crate::domain::room::Room`) and takes requests over a channel; what
//! it says is serialized once into a [`Frame`] and published on the
//! [`Bus`], from which every connection in the room reads.
//!
//! Nothing here touches the database. Consequences that must be stored
//! (a removal, the end of a meet with its attendance count) are handed to
//! a separate task through [`Effects`], so no message ever waits on disk.
//!
//! Every room task is tracked, and unregisters its room however it stops
//! (ended, or failed), so a failed room never leaves behind a handle that
//! tells everyone "ended"; on shutdown [`Rooms::stop`] ends every room and
//! waits until each has handed over what must be stored.
//!
//! With a bus (`--bus-url`), rooms are shared by every instance: see
//! [`cluster`]. A handle then either reaches the room's task here, or
//! forwards to the instance that owns the room.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use axum::extract::ws::Utf8Bytes;
use serde::Serialize;
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio_util::task::TaskTracker;

use crate::domain::circle::CallFormat;
use crate::domain::room::{
    self as domain, Audience, Command, Effect, Event, JoinRefused, Pid, RoomRole, SafetySettings,
};
use crate::domain::safety::Detector;
use crate::media::{Call, Media};

pub mod bus;
pub mod cluster;
mod people;
pub mod protocol;
mod task;
mod wire;

pub use bus::{Bus, InProcessBus};
pub use cluster::{Cluster, ClusterBus, ClusterError};
pub use people::{Attached, MAX_SOCKETS};

/// How long connections to a room held elsewhere stay open after it ended,
/// for its last frames to arrive.
const ENDED_FRAMES_GRACE: std::time::Duration = std::time::Duration::from_secs(2);
/// How many requests may wait for a room before senders wait.
const REQUEST_QUEUE: usize = 1024;
/// How many consequences may wait to be stored before rooms wait. They are
/// rare (a removal, an alert, an end), so a full queue means the database
/// is stuck: rooms then wait for room in it rather than drop a removal or
/// grow without bound.
pub const EFFECTS_QUEUE: usize = 4096;

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
        self.audience.includes(pid, role)
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
    Join {
        entrant: Entrant,
        last_seq: Option<u64>,
        reply: oneshot::Sender<Result<Admitted, JoinRefused>>,
    },
    Command {
        pid: Pid,
        command: Command,
        at: i64,
    },
    Detach {
        pid: Pid,
    },
    /// The number of the person with this key, if they are in the room.
    PidOf {
        key: String,
        reply: oneshot::Sender<Option<Pid>>,
    },
    End,
    /// Another instance holds the room now: stop without ending the meet.
    Abandon,
    /// Makes the room task fail, to test what happens when one does.
    #[cfg(test)]
    Crash,
}

/// How a room is opened.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Opening {
    /// The room's first sequence number is the one after this.
    first_seq: u64,
    /// Opened afresh after the instance holding it was lost.
    restarted: bool,
}

impl Opening {
    /// Taking over a lost room: numbered after anything the lost one can
    /// have said (a thousand frames a millisecond), so that pages which
    /// remember a number from before take the new room's frames as new.
    fn taking_over() -> Opening {
        let now = u64::try_from(chrono::Utc::now().timestamp_millis()).unwrap_or_default();
        Opening { first_seq: now.saturating_mul(1000), restarted: true }
    }
}

/// Why a room gave no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unanswered {
    /// The room has closed.
    Closed,
    /// The instance holding the room did not answer in time (it may have
    /// been lost, and the room be about to open elsewhere): come again.
    Unreachable,
}

/// Why a room could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    /// The server is stopping.
    Stopping,
    /// The bus to the other instances did not answer.
    Bus,
}

/// Where a handle's requests go.
#[derive(Clone)]
enum Route {
    /// To the room's task on this instance.
    Here(mpsc::Sender<Request>),
    /// Over the bus to the instance that owns the room.
    Owner(Arc<cluster::Remote>),
}

/// A way to talk to one open room.
#[derive(Clone)]
pub struct RoomHandle {
    route: Route,
    /// Which opening of the meet's room this is: a room opened again after
    /// one failed is another instance.
    instance: u64,
    /// When the room closes itself (Unix ms).
    closes_at: i64,
    drop_in: bool,
    /// Keys of the people removed from this meet, known here the moment the
    /// room removes them; the database learns of it a moment later.
    removed: Arc<Mutex<HashSet<String>>>,
    /// Sockets and allowances per person, kept by the connections.
    people: Arc<people::People>,
    /// The meet's call, for a voice or video meet on a site with a media server.
    call: Option<Call>,
    /// How the safety net reads what people say here.
    detector: Detector,
}

impl RoomHandle {
    /// How the safety net reads messages: each connection reads its own
    /// person's words on its own task (see [`Say::read`](crate::domain::room::Say::read)).
    pub fn detector(&self) -> &Detector {
        &self.detector
    }

    /// Whether members without a seat may come in: the circle's setting
    /// when the room opened, kept (like its safety settings) for the whole
    /// meet, so that nobody's connection has to read the circle again.
    pub fn drop_in(&self) -> bool {
        self.drop_in
    }

    /// When the room closes itself if nobody ends it (Unix ms): a grace
    /// period after the meet's planned end.
    pub fn closes_at(&self) -> i64 {
        self.closes_at
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

    /// The meet's call, if it has one.
    pub fn call(&self) -> Option<&Call> {
        self.call.as_ref()
    }

    /// The number of the person with this key in the room, if they are in
    /// it here (a call, which needs it, is only on the room's own instance).
    pub async fn pid_of(&self, key: &str) -> Option<Pid> {
        let Route::Here(requests) = &self.route else { return None };
        let (reply, answer) = oneshot::channel();
        requests.send(Request::PidOf { key: key.to_string(), reply }).await.ok()?;
        answer.await.ok().flatten()
    }

    /// Lets someone in, or says why not.
    pub async fn join(
        &self,
        entrant: Entrant,
        last_seq: Option<u64>,
    ) -> Result<Result<Admitted, JoinRefused>, Unanswered> {
        match &self.route {
            Route::Here(requests) => {
                let (reply, answer) = oneshot::channel();
                requests.send(Request::Join { entrant, last_seq, reply }).await.map_err(|_| Unanswered::Closed)?;
                answer.await.map_err(|_| Unanswered::Closed)
            }
            Route::Owner(remote) => remote.join(entrant, last_seq).await,
        }
    }

    /// Passes on a command from someone in the room; `frame` is what they
    /// sent, for a room on another instance to read again.
    pub async fn command(&self, pid: Pid, command: Command, frame: &str) -> bool {
        match &self.route {
            Route::Here(requests) => {
                let at = chrono::Utc::now().timestamp_millis();
                requests.send(Request::Command { pid, command, at }).await.is_ok()
            }
            Route::Owner(remote) => remote.command(pid, frame).await,
        }
    }

    /// Someone's connection closed.
    pub async fn detach(&self, pid: Pid) {
        match &self.route {
            Route::Here(requests) => {
                let _ = requests.send(Request::Detach { pid }).await;
            }
            Route::Owner(remote) => remote.tell(&wire::Ask::Detach { pid }).await,
        }
    }

    /// Ends the meet.
    pub async fn end(&self) {
        match &self.route {
            Route::Here(requests) => {
                let _ = requests.send(Request::End).await;
            }
            Route::Owner(remote) => remote.tell(&wire::Ask::End).await,
        }
    }

    /// Another instance holds the room now: it stops here, without ending.
    async fn abandon(&self) {
        if let Route::Here(requests) = &self.route {
            let _ = requests.send(Request::Abandon).await;
        }
    }

    #[cfg(test)]
    async fn crash(&self) {
        if let Route::Here(requests) = &self.route {
            let _ = requests.send(Request::Crash).await;
        }
    }
}

/// A consequence of a room to store, with the meet it belongs to.
pub type Effects = mpsc::Sender<(i64, Effect)>;

/// Where one room's consequences go: removals to its door at once, and
/// everything to the task that stores them.
pub(crate) struct Consequences {
    meet: i64,
    store: Effects,
    removed: Arc<Mutex<HashSet<String>>>,
    call: Option<Call>,
}

impl Consequences {
    async fn handle(&self, effect: Effect) {
        match &effect {
            Effect::Removed { key, .. } => {
                self.removed.lock().unwrap_or_else(|p| p.into_inner()).insert(key.clone());
                if let Some(call) = &self.call {
                    call.remove(key);
                }
            }
            Effect::CallMuted { key, muted } => {
                if let Some(call) = &self.call {
                    call.set_muted(key, *muted);
                }
                // Nothing of a call is stored.
                return;
            }
            Effect::Ended { .. } => {
                if let Some(call) = &self.call {
                    call.end();
                }
            }
            Effect::Safety(_) => {}
        }
        let _ = self.store.send((self.meet, effect)).await;
    }
}

/// The open rooms of this instance: those it holds, and (with a bus) its
/// views of those other instances hold.
pub struct Rooms {
    bus: Arc<dyn Bus>,
    // A std mutex: only held to look up or insert a handle, never across an await.
    open: Mutex<Registry>,
    /// Every room task, so that stopping can wait for them all.
    tasks: TaskTracker,
    /// How the safety net reads messages in every room.
    detector: Detector,
    /// The other instances, when rooms are shared with them.
    cluster: Option<Arc<Cluster>>,
}

struct Registry {
    rooms: HashMap<i64, RoomHandle>,
    next_instance: u64,
    /// Where rooms hand what must be stored; gone once the server is
    /// stopping, so that the channel closes when the last room has finished.
    effects: Option<Effects>,
}

/// Owned by a room's task: unregisters the room when the task stops,
/// whether it ended or failed, so that the meet's room can open again.
struct Registration {
    rooms: Arc<Rooms>,
    meet: i64,
    instance: u64,
    /// How the room stopped, once it ran to its end (rather than failing part-way).
    stopped: Option<task::Stopped>,
    /// The meet's call, which ends with its room however the room stops.
    call: Option<Call>,
    /// The room's lease and requests on the bus, when rooms are shared.
    owned: Option<cluster::Owned>,
}

impl Registration {
    fn finish(&mut self, stopped: task::Stopped) {
        self.stopped = Some(stopped);
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        if self.stopped.is_none() {
            tracing::error!(meet = self.meet, "a room stopped before it ended; its facilitator can open it again");
        }
        if let Some(call) = &self.call {
            call.end();
        }
        if let Some(owned) = self.owned.take() {
            let ended = self.stopped != Some(task::Stopped::Abandoned);
            let stopping = self.rooms.open.lock().unwrap_or_else(|p| p.into_inner()).effects.is_none();
            self.rooms.tasks.spawn(owned.stop(ended, stopping));
        }
        self.rooms.closed(self.meet, self.instance);
    }
}

impl Rooms {
    /// No rooms open yet.
    pub fn new(bus: Arc<dyn Bus>, effects: Effects) -> Rooms {
        let registry = Registry { rooms: HashMap::new(), next_instance: 0, effects: Some(effects) };
        Rooms {
            bus,
            open: Mutex::new(registry),
            tasks: TaskTracker::new(),
            detector: Detector::lexical(),
            cluster: None,
        }
    }

    /// The same rooms, reading messages with `detector`'s layers.
    pub fn reading_with(self, detector: Detector) -> Rooms {
        Rooms { detector, ..self }
    }

    /// The same rooms, shared with the other instances on `cluster`'s bus
    /// (whose frames `bus` should also carry: see [`ClusterBus`]).
    pub fn shared(self, cluster: Arc<Cluster>) -> Arc<Rooms> {
        let rooms = Arc::new(Rooms { cluster: Some(Arc::clone(&cluster)), ..self });
        cluster.follow(Arc::downgrade(&rooms));
        rooms
    }

    /// Which layers read messages, for `/readyz`.
    pub fn detector(&self) -> &Detector {
        &self.detector
    }

    /// Whether the bus to the other instances is connected, if rooms are shared.
    pub fn bus_connected(&self) -> Option<bool> {
        self.cluster.as_ref().map(|cluster| cluster.connected())
    }

    /// Opens the room of a meet that ends at `ends_at` (Unix ms), with a
    /// call on `media` for a voice or video meet, or returns it if it is open
    /// already (with a bus: on whichever instance holds it).
    pub async fn open(
        self: &Arc<Self>,
        meet_id: i64,
        ends_at: i64,
        safety: SafetySettings,
        drop_in: bool,
        call: Option<(&Arc<Media>, CallFormat)>,
    ) -> Result<RoomHandle, OpenError> {
        if let Some(handle) = self.here(meet_id) {
            return Ok(handle);
        }
        let Some(cluster) = &self.cluster else {
            return self.open_here(meet_id, ends_at, safety, drop_in, call, Opening::default(), None);
        };
        let lease = wire::Lease { owner: Some(cluster.me().to_string()), ends_at, drop_in, safety };
        let claim = cluster.claim(meet_id, &lease).await.map_err(|error| {
            tracing::warn!(%error, meet = meet_id, "could not open a room on the bus");
            OpenError::Bus
        })?;
        match claim {
            cluster::Claim::Mine(revision) => {
                let asks = cluster.asks(meet_id).await.map_err(|_| OpenError::Bus)?;
                let owned = Some((lease, revision, asks));
                self.open_here(meet_id, ends_at, safety, drop_in, call, Opening::default(), owned)
            }
            cluster::Claim::Held(lease) => self.remote(meet_id, lease).await.ok_or(OpenError::Bus),
        }
    }

    /// Opens a room held by this instance.
    #[allow(clippy::too_many_arguments)]
    fn open_here(
        self: &Arc<Self>,
        meet_id: i64,
        ends_at: i64,
        safety: SafetySettings,
        drop_in: bool,
        call: Option<(&Arc<Media>, CallFormat)>,
        opening: Opening,
        owned: Option<(wire::Lease, u64, async_nats::Subscriber)>,
    ) -> Result<RoomHandle, OpenError> {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let effects = open.effects.clone().ok_or(OpenError::Stopping)?;
        match open.rooms.get(&meet_id) {
            Some(RoomHandle { route: Route::Owner(remote), .. }) => remote.close(),
            Some(handle) => return Ok(handle.clone()),
            None => {}
        }
        open.next_instance += 1;
        let instance = open.next_instance;
        let (requests, inbox) = mpsc::channel(REQUEST_QUEUE);
        let removed = Arc::new(Mutex::new(HashSet::new()));
        let closes_at = domain::closes_at(ends_at);
        let call = call.map(|(media, format)| media.start_call(meet_id, format.has_video(), &self.tasks));
        let handle = RoomHandle {
            route: Route::Here(requests),
            instance,
            closes_at,
            drop_in,
            removed: Arc::clone(&removed),
            people: Default::default(),
            call: call.clone(),
            detector: self.detector.clone(),
        };
        open.rooms.insert(meet_id, handle.clone());
        let owned = match (&self.cluster, owned) {
            (Some(cluster), Some((lease, revision, asks))) => {
                Some(cluster.own(meet_id, lease, revision, asks, handle.clone()))
            }
            _ => None,
        };
        let mut registration =
            Registration { rooms: Arc::clone(self), meet: meet_id, instance, stopped: None, call: call.clone(), owned };
        self.tasks.spawn(async move {
            let effects = Consequences { meet: meet_id, store: effects, removed, call };
            let bus = Arc::clone(&registration.rooms.bus);
            let stopped = task::run(meet_id, ends_at, safety, opening, inbox, bus, effects).await;
            registration.finish(stopped);
        });
        Ok(handle)
    }

    /// This instance's view of a room another instance holds (or, if the
    /// lease names this one, its own room).
    async fn remote(self: &Arc<Self>, meet_id: i64, lease: wire::Lease) -> Option<RoomHandle> {
        let cluster = self.cluster.as_ref()?;
        let owner = lease.owner?;
        if owner == cluster.me() {
            return self.here(meet_id);
        }
        let remote = cluster.remote(meet_id, owner).await?;
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        open.effects.as_ref()?;
        if let Some(handle) = open.rooms.get(&meet_id) {
            // Another request here got there first.
            remote.close();
            return Some(handle.clone());
        }
        open.next_instance += 1;
        let handle = RoomHandle {
            route: Route::Owner(Arc::new(remote)),
            instance: open.next_instance,
            closes_at: domain::closes_at(lease.ends_at),
            drop_in: lease.drop_in,
            removed: Default::default(),
            people: Default::default(),
            call: None,
            detector: self.detector.clone(),
        };
        open.rooms.insert(meet_id, handle.clone());
        Some(handle)
    }

    /// The room of a meet as this instance knows it now.
    fn here(&self, meet_id: i64) -> Option<RoomHandle> {
        self.open.lock().unwrap_or_else(|p| p.into_inner()).rooms.get(&meet_id).cloned()
    }

    /// The open room of a meet, if there is one (with a bus: on any instance).
    pub async fn get(self: &Arc<Self>, meet_id: i64) -> Option<RoomHandle> {
        if let Some(handle) = self.here(meet_id) {
            return Some(handle);
        }
        let lease = self.cluster.as_ref()?.lease_of(meet_id).await?;
        self.remote(meet_id, lease).await
    }

    /// A lost instance's room, now held here: opened afresh (what was said
    /// is gone), its people told so as they come back.
    fn take_over(self: &Arc<Self>, meet_id: i64, lease: wire::Lease, revision: u64, asks: async_nats::Subscriber) {
        let (ends_at, safety, drop_in) = (lease.ends_at, lease.safety, lease.drop_in);
        let owned = Some((lease, revision, asks));
        // Stopping: the next instance takes it.
        let _ = self.open_here(meet_id, ends_at, safety, drop_in, None, Opening::taking_over(), owned);
    }

    /// A room's lease changed on the bus: this instance's view of a room
    /// held elsewhere closes once another instance holds it (or nobody
    /// does), and a room held here stops if another instance took it.
    fn lease_changed(&self, meet_id: i64, lease: Option<&wire::Lease>) {
        let owner = lease.and_then(|lease| lease.owner.as_deref());
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let Some(handle) = open.rooms.get(&meet_id) else { return };
        match &handle.route {
            // Ended: its last frames, sent just before, may still be on their
            // way, and they close the connections themselves.
            Route::Owner(remote) if lease.is_none() => {
                let remote = Arc::clone(remote);
                open.rooms.remove(&meet_id);
                tokio::spawn(async move {
                    tokio::time::sleep(ENDED_FRAMES_GRACE).await;
                    remote.close();
                });
            }
            Route::Owner(remote) if owner != Some(remote.owner()) => {
                remote.close();
                open.rooms.remove(&meet_id);
            }
            Route::Here(requests)
                if owner.is_some_and(|owner| Some(owner) != self.cluster.as_ref().map(|c| c.me())) =>
            {
                // Lost while cut off from the bus: the room is someone else's now.
                let _ = requests.try_send(Request::Abandon);
            }
            _ => {}
        }
    }

    /// A room task stopped: its room goes, unless the meet's room was
    /// opened again since (then that newer room stays).
    fn closed(&self, meet_id: i64, instance: u64) {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if open.rooms.get(&meet_id).is_some_and(|handle| handle.instance == instance) {
            open.rooms.remove(&meet_id);
            self.bus.forget(meet_id);
        }
    }

    /// Ends every open room (on shutdown: people are told, what the rooms
    /// held is wiped) and waits until every room task has finished, and so
    /// has handed over what must be stored, and every call has taken its
    /// room off the media server; the effects channel then closes. No room
    /// opens after this. With a bus, rooms are not ended but handed over:
    /// another instance opens each afresh at once, and people reconnect.
    pub async fn stop(&self) {
        let handles: Vec<RoomHandle> = {
            let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
            open.effects = None;
            open.rooms.drain().map(|(_, handle)| handle).collect()
        };
        if let Some(cluster) = &self.cluster {
            cluster.stop_following();
        }
        for handle in handles {
            match (&handle.route, &self.cluster) {
                (Route::Owner(remote), _) => remote.close(),
                (Route::Here(_), Some(_)) => handle.abandon().await,
                (Route::Here(_), None) => handle.end().await,
            }
        }
        self.tasks.close();
        self.tasks.wait().await;
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn entrant(key: &str) -> Entrant {
        Entrant { key: key.into(), alias: key.into(), pronouns: String::new(), role: RoomRole::Participant }
    }

    fn rooms() -> (Arc<Rooms>, mpsc::Receiver<(i64, Effect)>) {
        let (effects, stored) = mpsc::channel(EFFECTS_QUEUE);
        (Arc::new(Rooms::new(Arc::new(InProcessBus::default()), effects)), stored)
    }

    fn in_an_hour() -> i64 {
        chrono::Utc::now().timestamp_millis() + 3_600_000
    }

    const SAFETY: SafetySettings =
        SafetySettings { youth: false, advice_nudge: false, mood_numbers: domain::MoodNumbers::Facilitators };

    /// The next frame that is an event (not a keep-alive), as JSON.
    async fn next_event(frames: &mut broadcast::Receiver<Arc<Frame>>) -> serde_json::Value {
        loop {
            let frame = frames.recv().await.expect("the room is still sending");
            if !frame.keep_alive {
                return serde_json::from_str(&frame.text).unwrap();
            }
        }
    }

    #[tokio::test(start_paused = true)]
    async fn an_idle_room_asks_its_connections_to_ping_every_half_minute() {
        let (rooms, _stored) = rooms();
        let room = rooms.open(1, in_an_hour(), SAFETY, true, None).await.expect("not stopping");
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

    #[tokio::test]
    async fn a_room_that_fails_is_unregistered_and_its_meet_can_open_again() {
        let (rooms, _stored) = rooms();
        let room = rooms.open(1, in_an_hour(), SAFETY, true, None).await.expect("not stopping");
        let mut before = room.join(entrant("m:1"), None).await.expect("room open").expect("let in");

        room.crash().await;
        // The people connected learn the room is gone (and their page reconnects)…
        loop {
            match before.frames.recv().await {
                Ok(_) => continue,
                Err(error) => {
                    assert_eq!(error, broadcast::error::RecvError::Closed);
                    break;
                }
            }
        }
        // …and nobody is told "ended" by a dead room: it is simply not open.
        assert!(rooms.get(1).await.is_none(), "the failed room is unregistered");
        assert!(room.join(entrant("m:2"), None).await.is_err(), "the failed room takes nobody");

        let again = rooms.open(1, in_an_hour(), SAFETY, true, None).await.expect("not stopping");
        let mut after = again.join(entrant("m:1"), None).await.expect("room open").expect("let in");
        let welcome: serde_json::Value = serde_json::from_str(&after.catch_up[0].text).unwrap();
        assert_eq!(welcome["type"], "welcome");
        again.join(entrant("m:2"), None).await.expect("room open").expect("let in");
        assert_eq!(next_event(&mut after.frames).await["type"], "joined", "the new room works");
    }

    #[tokio::test]
    async fn a_room_taken_over_says_it_restarted_and_numbers_its_frames_after_any_before() {
        let (rooms, _stored) = rooms();
        let fresh = rooms.open(1, in_an_hour(), SAFETY, true, None).await.expect("not stopping");
        let admitted = fresh.join(entrant("m:1"), None).await.expect("room open").expect("let in");
        let welcome: serde_json::Value = serde_json::from_str(&admitted.catch_up[0].text).unwrap();
        assert!(welcome.get("restarted").is_none(), "a room opened as usual says nothing of it");

        let taken =
            rooms.open_here(2, in_an_hour(), SAFETY, true, None, Opening::taking_over(), None).expect("not stopping");
        // A page that remembers frame 40 of the lost room comes back.
        let admitted = taken.join(entrant("m:1"), Some(40)).await.expect("room open").expect("let in");
        let welcome: serde_json::Value = serde_json::from_str(&admitted.catch_up[0].text).unwrap();
        assert_eq!((welcome["type"].as_str(), welcome["restarted"].as_bool()), (Some("welcome"), Some(true)));
        assert!(welcome["snapshot"]["messages"].as_array().unwrap().is_empty());
        let seq = welcome["seq"].as_u64().unwrap();
        assert!(seq > 1_000_000_000_000_000, "after anything the lost room said: {seq}");
        assert!(seq < 1 << 53, "still a whole number in the browser: {seq}");
    }

    #[tokio::test]
    async fn an_old_room_stopping_never_unregisters_the_meets_newer_room() {
        let (rooms, _stored) = rooms();
        let room = rooms.open(1, in_an_hour(), SAFETY, true, None).await.expect("not stopping");
        rooms.closed(1, room.instance + 1);
        assert!(rooms.get(1).await.is_some(), "another instance's end leaves this one");
        rooms.closed(1, room.instance);
        assert!(rooms.get(1).await.is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn a_room_nobody_ends_says_so_then_closes_itself_half_an_hour_after_the_meet() {
        let (rooms, mut stored) = rooms();
        let opened = tokio::time::Instant::now();
        let ends_at = chrono::Utc::now().timestamp_millis() + 60_000;
        let room = rooms.open(7, ends_at, SAFETY, true, None).await.expect("not stopping");
        let mut admitted = room.join(entrant("m:1"), None).await.expect("room open").expect("let in");

        let warning = next_event(&mut admitted.frames).await;
        assert_eq!((warning["type"].as_str(), warning["minutes"].as_u64()), (Some("closing"), Some(10)));
        let last = next_event(&mut admitted.frames).await;
        assert_eq!((last["type"].as_str(), last["minutes"].as_u64()), (Some("closing"), Some(1)));
        assert_eq!(next_event(&mut admitted.frames).await["type"], "ended");
        assert!(opened.elapsed() >= Duration::from_secs(31 * 60 - 1), "not before the grace period is over");
        assert_eq!(stored.recv().await, Some((7, Effect::Ended { attended: vec!["m:1".into()] })));
        assert!(rooms.get(7).await.is_none(), "and what it held is gone");
    }

    #[tokio::test]
    async fn stopping_ends_every_room_and_hands_over_all_they_leave_behind() {
        let (rooms, mut stored) = rooms();
        let mut people = Vec::new();
        for meet in [1, 2] {
            let room = rooms.open(meet, in_an_hour(), SAFETY, true, None).await.expect("not stopping");
            people.push(room.join(entrant("m:1"), None).await.expect("room open").expect("let in"));
        }
        rooms.stop().await;
        for person in &mut people {
            assert_eq!(next_event(&mut person.frames).await["type"], "ended");
        }
        let mut left = Vec::new();
        while let Some(effect) = stored.recv().await {
            left.push(effect);
        }
        left.sort_by_key(|(meet, _)| *meet);
        assert_eq!(
            left,
            vec![
                (1, Effect::Ended { attended: vec!["m:1".into()] }),
                (2, Effect::Ended { attended: vec!["m:1".into()] })
            ]
        );
        assert_eq!(
            rooms.open(3, in_an_hour(), SAFETY, true, None).await.err(),
            Some(OpenError::Stopping),
            "no room opens while stopping"
        );
    }
}
