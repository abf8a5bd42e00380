//! How a room's frames reach every connection in it. The in-process bus
//! here serves one instance; Redis and NATS buses (a later step) carry the
//! same [`Frame`]s between instances.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::broadcast;

use super::Frame;

/// Frames a connection may fall behind by before it is dropped: a slow or
/// stuck client never slows the room.
pub const LAG_LIMIT: usize = 256;

/// Carries rooms' frames to their subscribers.
pub trait Bus: Send + Sync {
    /// Sends a frame to everyone subscribed to its room.
    fn publish(&self, frame: Arc<Frame>);
    /// Starts receiving a room's frames.
    fn subscribe(&self, room: i64) -> broadcast::Receiver<Arc<Frame>>;
    /// The room has closed; its channel can go.
    fn forget(&self, room: i64);
}

/// Frames within this process: one broadcast channel per room.
#[derive(Default)]
pub struct InProcessBus {
    // Locked briefly to find a room's channel; never held across an await.
    // Frames travel as `Arc`s: a slot of the channel (all allocated when a
    // room opens) is then a pointer, not a whole frame.
    rooms: Mutex<HashMap<i64, broadcast::Sender<Arc<Frame>>>>,
}

impl InProcessBus {
    fn sender(&self, room: i64) -> broadcast::Sender<Arc<Frame>> {
        self.rooms
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(room)
            .or_insert_with(|| broadcast::channel(LAG_LIMIT).0)
            .clone()
    }
}

impl Bus for InProcessBus {
    fn publish(&self, frame: Arc<Frame>) {
        // No subscribers is fine: nobody is listening right now.
        let _ = self.sender(frame.room).send(frame);
    }

    fn subscribe(&self, room: i64) -> broadcast::Receiver<Arc<Frame>> {
        self.sender(room).subscribe()
    }

    fn forget(&self, room: i64) {
        self.rooms.lock().unwrap_or_else(|p| p.into_inner()).remove(&room);
    }
}
