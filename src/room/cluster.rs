//! Rooms across instances, over NATS (`--bus-url`). Each open room has one
//! owner instance, whose task holds the room as on a single instance;
//! ownership is a lease in a JetStream key-value bucket (kept in memory,
//! holding leases only), which the owner renews every second. Every other
//! instance forwards its people's requests to the owner on a core subject
//! and hands the owner's frames, received on another, to its own
//! connections, which keep only what is for their person (`Frame::is_for`,
//! as on one instance). Nothing said is stored by the bus: frames and
//! requests use core NATS, never a stream.
//!
//! Both subjects name the owner, so that a person's requests never reach a
//! later opening of the room, nor its frames an earlier one's connections.
//! When an owner stops renewing (it died), another instance takes the lease
//! by compare-and-set and opens the room afresh: what was said is gone, as
//! when any room closes; instances close their connections to the lost
//! room, and people's pages reconnect to the new one.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use async_nats::jetstream::kv;
use futures_util::StreamExt;
use tokio::sync::{broadcast, mpsc};
use tokio::task::AbortHandle;
use tokio::time::Instant;

use super::bus::{Bus, InProcessBus, LAG_LIMIT};
use super::wire::{self, Answer, Ask, Lease};
use super::{Admitted, Entrant, Frame, RoomHandle, Rooms, Unanswered, protocol};
use crate::domain::room::{JoinRefused, Pid};

/// The key-value bucket of room leases.
const BUCKET: &str = "holdspace_room_leases";
/// How often an owner renews its leases.
const RENEW_EVERY: Duration = Duration::from_secs(1);
/// A lease not renewed for this long belongs to a lost instance.
const LAPSES_AFTER: Duration = Duration::from_secs(4);
/// A lease whose every instance has gone leaves the bucket after this.
const MAX_AGE: Duration = Duration::from_secs(60);
/// How long the owner has to answer a join before the person is asked to
/// come again (their page reconnects by itself).
const ASK_TIMEOUT: Duration = Duration::from_secs(3);

fn key(meet: i64) -> String {
    meet.to_string()
}

fn frames_subject(meet: i64, owner: &str) -> String {
    format!("holdspace.room.{meet}.{owner}.frames")
}

fn asks_subject(meet: i64, owner: &str) -> String {
    format!("holdspace.room.{meet}.{owner}.asks")
}

/// Why the bus could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    #[error("cannot reach the bus at {url}: {reason}")]
    Connect { url: String, reason: String },
    #[error("the bus at {url} keeps no room leases (is JetStream on? start nats-server with -js): {reason}")]
    Leases { url: String, reason: String },
    #[error("the bus did not answer: {0}")]
    Unanswered(String),
}

/// A lease as last seen on the bucket, and when.
struct Seen {
    lease: Lease,
    revision: u64,
    at: Instant,
}

/// This instance's connection to the others.
pub struct Cluster {
    client: async_nats::Client,
    leases: kv::Store,
    /// This instance's name in leases and subjects: random, new at each start.
    me: String,
    /// Every lease in the bucket, as the watch last saw it.
    seen: Mutex<HashMap<i64, Seen>>,
    /// Frames of the rooms owned here, in the order they were said.
    outbox: mpsc::UnboundedSender<Arc<Frame>>,
    /// The watch and the takeover round, stopped with the rooms.
    chores: Mutex<Vec<AbortHandle>>,
}

/// What claiming a room's lease found.
pub(super) enum Claim {
    /// This instance holds it now, at this revision.
    Mine(u64),
    /// Another instance does.
    Held(Lease),
}

impl Cluster {
    /// Connects to NATS at `url` and finds (or makes) the lease bucket.
    pub async fn connect(url: &str) -> Result<Arc<Cluster>, ClusterError> {
        let mut name = [0u8; 8];
        getrandom::fill(&mut name).expect("the operating system's random source failed");
        let me: String = name.iter().map(|b| format!("{b:02x}")).collect();
        let client = async_nats::ConnectOptions::new()
            .name(format!("holdspace-{me}"))
            .connection_timeout(Duration::from_secs(5))
            .connect(url)
            .await
            .map_err(|e| ClusterError::Connect { url: url.to_string(), reason: e.to_string() })?;
        let jetstream = async_nats::jetstream::new(client.clone());
        let leases = match jetstream.get_key_value(BUCKET).await {
            Ok(leases) => leases,
            Err(_) => {
                // The bucket's stream made by hand, as `create_key_value` would
                // make it: that asks the account's details first, which
                // nats-server 2.9 (Debian 12's) answers in a form this
                // client cannot read.
                use async_nats::jetstream::stream;
                let bucket = stream::Config {
                    name: format!("KV_{BUCKET}"),
                    description: Some("Which Holdspace instance holds each open room (no words)".to_string()),
                    subjects: vec![format!("$KV.{BUCKET}.>")],
                    max_messages_per_subject: 1,
                    max_age: MAX_AGE,
                    // Leases live in memory: nothing of a room is written to disk by the bus.
                    storage: stream::StorageType::Memory,
                    allow_rollup: true,
                    deny_delete: true,
                    allow_direct: true,
                    discard: stream::DiscardPolicy::New,
                    num_replicas: 1,
                    ..Default::default()
                };
                let leases_error =
                    |e: &dyn std::fmt::Display| ClusterError::Leases { url: url.to_string(), reason: e.to_string() };
                // Another instance starting at the same moment may have made it.
                if let Err(error) = jetstream.get_or_create_stream(bucket).await {
                    return Err(leases_error(&error));
                }
                jetstream.get_key_value(BUCKET).await.map_err(|e| leases_error(&e))?
            }
        };
        let (outbox, frames) = mpsc::unbounded_channel();
        tokio::spawn(publish(client.clone(), me.clone(), frames));
        tracing::info!(instance = %me, "rooms are shared with other instances over the bus");
        Ok(Arc::new(Cluster { client, leases, me, seen: Mutex::default(), outbox, chores: Mutex::default() }))
    }

    /// Whether the bus is connected now, for `/readyz`.
    pub fn connected(&self) -> bool {
        self.client.connection_state() == async_nats::connection::State::Connected
    }

    /// This instance's name on the bus.
    pub fn me(&self) -> &str {
        &self.me
    }

    /// Starts following the leases of every room, and taking over those
    /// whose owner is lost.
    pub(super) fn follow(self: &Arc<Self>, rooms: Weak<Rooms>) {
        let watch = tokio::spawn(watch(Arc::clone(self), rooms.clone()));
        let takeovers = tokio::spawn(take_over_lost(Arc::clone(self), rooms));
        let mut chores = self.chores.lock().unwrap_or_else(|p| p.into_inner());
        chores.extend([watch.abort_handle(), takeovers.abort_handle()]);
    }

    /// Stops following leases (the server is stopping).
    pub(super) fn stop_following(&self) {
        for chore in self.chores.lock().unwrap_or_else(|p| p.into_inner()).drain(..) {
            chore.abort();
        }
    }

    fn lease_bytes(lease: &Lease) -> bytes::Bytes {
        bytes::Bytes::from(serde_json::to_vec(lease).unwrap_or_default())
    }

    /// Claims a room's lease for this instance, unless another holds it.
    pub(super) async fn claim(&self, meet: i64, lease: &Lease) -> Result<Claim, ClusterError> {
        let unanswered = |e: &dyn std::fmt::Display| ClusterError::Unanswered(e.to_string());
        for _ in 0..3 {
            if let Ok(revision) = self.leases.create(key(meet), Cluster::lease_bytes(lease)).await {
                return Ok(Claim::Mine(revision));
            }
            let entry = self.leases.entry(key(meet)).await.map_err(|e| unanswered(&e))?;
            let Some(entry) = entry.filter(|e| e.operation == kv::Operation::Put) else { continue };
            let Ok(held) = serde_json::from_slice::<Lease>(&entry.value) else { continue };
            if held.owner.is_some() {
                return Ok(Claim::Held(held));
            }
            // Let go by an instance that stopped: it is free to take.
            if let Ok(revision) = self.leases.update(key(meet), Cluster::lease_bytes(lease), entry.revision).await {
                return Ok(Claim::Mine(revision));
            }
        }
        Err(ClusterError::Unanswered("the room's lease changed hands while claiming it".to_string()))
    }

    /// The lease of a room, if it is open somewhere.
    pub(super) async fn lease_of(&self, meet: i64) -> Option<Lease> {
        if let Some(seen) = self.seen.lock().unwrap_or_else(|p| p.into_inner()).get(&meet) {
            return Some(seen.lease.clone());
        }
        // Opened a moment ago, before the watch has seen it.
        let entry = self.leases.entry(key(meet)).await.ok()??;
        (entry.operation == kv::Operation::Put).then(|| serde_json::from_slice(&entry.value).ok()).flatten()
    }

    /// Starts receiving the requests for a room this instance now owns.
    pub(super) async fn asks(&self, meet: i64) -> Result<async_nats::Subscriber, ClusterError> {
        self.client.subscribe(asks_subject(meet, &self.me)).await.map_err(|e| ClusterError::Unanswered(e.to_string()))
    }

    /// Serves an owned room: answers other instances' requests and renews
    /// its lease, until the room stops. The lease is renewed (and, once the
    /// room stops, let go) at the revision this holds.
    pub(super) fn own(
        self: &Arc<Self>,
        meet: i64,
        lease: Lease,
        revision: u64,
        asks: async_nats::Subscriber,
        room: RoomHandle,
    ) -> Owned {
        let revision = Arc::new(AtomicU64::new(revision));
        let serving = tokio::spawn(serve(Arc::clone(self), meet, asks, room.clone()));
        let renewing = tokio::spawn(renew(Arc::clone(self), meet, lease.clone(), Arc::clone(&revision), room));
        Owned {
            cluster: Arc::clone(self),
            meet,
            lease,
            revision,
            tasks: vec![serving.abort_handle(), renewing.abort_handle()],
        }
    }

    /// Opens this instance's view of a room another instance owns: the
    /// owner's frames, from now on, for the connections here.
    pub(super) async fn remote(self: &Arc<Self>, meet: i64, owner: String) -> Option<Remote> {
        let mut subscription = self.client.subscribe(frames_subject(meet, &owner)).await.ok()?;
        let (sender, _) = broadcast::channel(LAG_LIMIT);
        let forwarding = sender.clone();
        let forwarder = tokio::spawn(async move {
            while let Some(message) = subscription.next().await {
                if let Some(frame) = wire::decode_frame(meet, &message.payload) {
                    // Nobody listening here is fine.
                    let _ = forwarding.send(Arc::new(frame));
                }
            }
        });
        Some(Remote {
            cluster: Arc::clone(self),
            meet,
            owner,
            frames: Mutex::new(Some(sender)),
            forwarder: forwarder.abort_handle(),
        })
    }
}

/// Publishes the frames of the rooms owned here, in order.
async fn publish(client: async_nats::Client, me: String, mut frames: mpsc::UnboundedReceiver<Arc<Frame>>) {
    while let Some(frame) = frames.recv().await {
        let payload = bytes::Bytes::from(wire::encode_frame(&frame));
        if let Err(error) = client.publish(frames_subject(frame.room, &me), payload).await {
            tracing::warn!(%error, meet = frame.room, "could not send a room's frame over the bus");
        }
    }
}

/// Follows every lease in the bucket: remembers each (and when it was last
/// renewed), and tells the rooms here of each change.
async fn watch(cluster: Arc<Cluster>, rooms: Weak<Rooms>) {
    loop {
        match cluster.leases.watch_all().await {
            Ok(mut changes) => {
                while let Some(change) = changes.next().await {
                    let Ok(entry) = change else { break };
                    let Ok(meet) = entry.key.parse::<i64>() else { continue };
                    let lease = match entry.operation {
                        kv::Operation::Put => serde_json::from_slice::<Lease>(&entry.value).ok(),
                        kv::Operation::Delete | kv::Operation::Purge => None,
                    };
                    {
                        let mut seen = cluster.seen.lock().unwrap_or_else(|p| p.into_inner());
                        match &lease {
                            Some(lease) => {
                                let now = Seen { lease: lease.clone(), revision: entry.revision, at: Instant::now() };
                                seen.insert(meet, now);
                            }
                            None => {
                                seen.remove(&meet);
                            }
                        }
                    }
                    let Some(rooms) = rooms.upgrade() else { return };
                    rooms.lease_changed(meet, lease.as_ref());
                }
            }
            Err(error) => tracing::warn!(%error, "cannot follow the rooms' leases on the bus; trying again"),
        }
        tokio::time::sleep(RENEW_EVERY).await;
    }
}

/// Every second, takes over the rooms whose owner let go or stopped renewing.
async fn take_over_lost(cluster: Arc<Cluster>, rooms: Weak<Rooms>) {
    let mut tick = tokio::time::interval(RENEW_EVERY);
    loop {
        tick.tick().await;
        let lost: Vec<(i64, Lease, u64)> = {
            let seen = cluster.seen.lock().unwrap_or_else(|p| p.into_inner());
            seen.iter()
                .filter(|(_, s)| s.lease.owner.as_deref() != Some(cluster.me.as_str()))
                .filter(|(_, s)| s.lease.owner.is_none() || s.at.elapsed() > LAPSES_AFTER)
                .map(|(meet, s)| (*meet, s.lease.clone(), s.revision))
                .collect()
        };
        for (meet, lost, revision) in lost {
            let Some(rooms) = rooms.upgrade() else { return };
            let lease = Lease { owner: Some(cluster.me.clone()), ..lost };
            let bytes = Cluster::lease_bytes(&lease);
            // Compare-and-set: of all the instances trying, one wins. A lease
            // the bucket already dropped (past its age) is created again.
            let taken = match cluster.leases.update(key(meet), bytes.clone(), revision).await {
                Ok(revision) => Some(revision),
                Err(_) => cluster.leases.create(key(meet), bytes).await.ok(),
            };
            let Some(revision) = taken else { continue };
            match cluster.asks(meet).await {
                Ok(asks) => {
                    tracing::warn!(meet, "took over a room whose instance was lost; it opens afresh");
                    rooms.take_over(meet, lease, revision, asks);
                }
                Err(error) => tracing::warn!(%error, meet, "took a room's lease but cannot serve it"),
            }
        }
    }
}

/// Answers other instances' requests for a room owned here.
async fn serve(cluster: Arc<Cluster>, meet: i64, mut asks: async_nats::Subscriber, room: RoomHandle) {
    while let Some(message) = asks.next().await {
        let Ok(ask) = serde_json::from_slice::<Ask>(&message.payload) else { continue };
        match ask {
            Ask::Join { key, alias, pronouns, role, last_seq } => {
                let Some(reply) = message.reply else { continue };
                let (room, client) = (room.clone(), cluster.client.clone());
                // Joins wait for the room; the requests after them do not wait for the joins.
                tokio::spawn(async move {
                    let answer = match room.join(Entrant { key, alias, pronouns, role }, last_seq).await {
                        Ok(Ok(admitted)) => Answer::Admitted {
                            pid: admitted.pid,
                            role: admitted.role,
                            blocked: admitted.blocked,
                            catch_up: admitted.catch_up.iter().map(|frame| wire::encode_frame(frame)).collect(),
                        },
                        Ok(Err(refused)) => Answer::Refused(refused),
                        Err(_) => Answer::Closed,
                    };
                    let payload = bytes::Bytes::from(serde_json::to_vec(&answer).unwrap_or_default());
                    let _ = client.publish(reply, payload).await;
                });
            }
            Ask::Command { pid, frame } => {
                // Read as the person's own instance read it (which answered any mistake).
                if let Ok(command) = protocol::read(&frame).and_then(|incoming| incoming.command(room.detector())) {
                    room.command(pid, command, &frame).await;
                }
            }
            Ask::Detach { pid } => room.detach(pid).await,
            Ask::End => room.end().await,
        }
    }
    tracing::debug!(meet, "stopped serving a room's requests");
}

/// Renews an owned room's lease every second; if another instance holds it
/// now (this one was cut off for too long), the room here is abandoned.
async fn renew(cluster: Arc<Cluster>, meet: i64, lease: Lease, revision: Arc<AtomicU64>, room: RoomHandle) {
    let bytes = Cluster::lease_bytes(&lease);
    let mut tick = tokio::time::interval(RENEW_EVERY);
    tick.tick().await;
    loop {
        tick.tick().await;
        match cluster.leases.update(key(meet), bytes.clone(), revision.load(Ordering::Acquire)).await {
            Ok(renewed) => revision.store(renewed, Ordering::Release),
            Err(error) => {
                let held = cluster.leases.entry(key(meet)).await;
                let lost = match held {
                    Ok(Some(entry)) => {
                        serde_json::from_slice::<Lease>(&entry.value).ok().and_then(|l| l.owner)
                            != Some(cluster.me.clone())
                    }
                    Ok(None) => true,
                    // The bus is away: keep trying; whoever takes the room meanwhile wins.
                    Err(_) => false,
                };
                if lost {
                    tracing::warn!(meet, "another instance holds this room now; it is left to them");
                    room.abandon().await;
                    return;
                }
                tracing::warn!(%error, meet, "could not renew a room's lease; trying again");
            }
        }
    }
}

/// A room owned here, as the bus knows it.
pub(super) struct Owned {
    cluster: Arc<Cluster>,
    meet: i64,
    lease: Lease,
    revision: Arc<AtomicU64>,
    tasks: Vec<AbortHandle>,
}

impl Owned {
    /// The room stopped: its requests and renewals stop too, and its lease
    /// goes (`ended`), is let go for another instance to take at once
    /// (`hand_over`: this one is stopping), or is left to whoever holds it.
    pub(super) async fn stop(self, ended: bool, hand_over: bool) {
        for task in &self.tasks {
            task.abort();
        }
        let revision = self.revision.load(Ordering::Acquire);
        let key = key(self.meet);
        let result = if ended {
            self.cluster.leases.delete_expect_revision(key, Some(revision)).await.map_err(|e| e.to_string())
        } else if hand_over {
            let released = Lease { owner: None, ..self.lease };
            let bytes = Cluster::lease_bytes(&released);
            self.cluster.leases.update(key, bytes, revision).await.map(|_| ()).map_err(|e| e.to_string())
        } else {
            Ok(())
        };
        if let Err(error) = result {
            tracing::warn!(%error, meet = self.meet, "could not let go of a room's lease; it lapses by itself");
        }
    }
}

/// This instance's view of a room another instance owns.
pub(crate) struct Remote {
    cluster: Arc<Cluster>,
    meet: i64,
    /// The instance holding the room.
    owner: String,
    /// The owner's frames for the connections here; none once closed.
    frames: Mutex<Option<broadcast::Sender<Arc<Frame>>>>,
    forwarder: AbortHandle,
}

impl Remote {
    pub(super) fn owner(&self) -> &str {
        &self.owner
    }

    /// The owner changed or the room closed: the connections here close
    /// (and people's pages reconnect, to the room wherever it is now).
    pub(super) fn close(&self) {
        self.frames.lock().unwrap_or_else(|p| p.into_inner()).take();
        self.forwarder.abort();
    }

    async fn ask(&self, ask: &Ask) -> Option<Answer> {
        let payload = bytes::Bytes::from(serde_json::to_vec(ask).ok()?);
        let request = self.cluster.client.request(asks_subject(self.meet, &self.owner), payload);
        let reply = tokio::time::timeout(ASK_TIMEOUT, request).await.ok()?.ok()?;
        serde_json::from_slice(&reply.payload).ok()
    }

    /// Sends the owner a request that has no answer.
    pub(super) async fn tell(&self, ask: &Ask) {
        let Ok(payload) = serde_json::to_vec(ask) else { return };
        if let Err(error) = self.cluster.client.publish(asks_subject(self.meet, &self.owner), payload.into()).await {
            tracing::warn!(%error, meet = self.meet, "could not pass a request on to the room's instance");
        }
    }

    /// Lets someone in through the owner: subscribed here first, so that no
    /// frame falls between the owner's answer and the first one received.
    pub(super) async fn join(
        &self,
        entrant: Entrant,
        last_seq: Option<u64>,
    ) -> Result<Result<Admitted, JoinRefused>, Unanswered> {
        let frames = {
            let sender = self.frames.lock().unwrap_or_else(|p| p.into_inner());
            sender.as_ref().ok_or(Unanswered::Closed)?.subscribe()
        };
        match self.ask(&Ask::join(entrant, last_seq)).await.ok_or(Unanswered::Unreachable)? {
            Answer::Admitted { pid, role, blocked, catch_up } => {
                let catch_up = Answer::frames(self.meet, &catch_up);
                Ok(Ok(Admitted { pid, role, catch_up, frames, blocked }))
            }
            Answer::Refused(refused) => Ok(Err(refused)),
            Answer::Closed => Err(Unanswered::Closed),
        }
    }

    pub(super) async fn command(&self, pid: Pid, frame: &str) -> bool {
        self.tell(&Ask::Command { pid, frame: frame.to_string() }).await;
        self.frames.lock().unwrap_or_else(|p| p.into_inner()).is_some()
    }
}

impl Drop for Remote {
    fn drop(&mut self) {
        self.forwarder.abort();
    }
}

/// The bus of an instance sharing rooms: frames of the rooms owned here go
/// to the connections here and, over NATS, to the other instances.
pub struct ClusterBus {
    here: InProcessBus,
    cluster: Arc<Cluster>,
}

impl ClusterBus {
    pub fn new(cluster: Arc<Cluster>) -> ClusterBus {
        ClusterBus { here: InProcessBus::default(), cluster }
    }
}

impl Bus for ClusterBus {
    fn publish(&self, frame: Arc<Frame>) {
        // Gone only when the process is ending.
        let _ = self.cluster.outbox.send(Arc::clone(&frame));
        self.here.publish(frame);
    }

    fn subscribe(&self, room: i64) -> broadcast::Receiver<Arc<Frame>> {
        self.here.subscribe(room)
    }

    fn forget(&self, room: i64) {
        self.here.forget(room);
    }
}
