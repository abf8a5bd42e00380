//! The task that owns one room.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::Instant;

use super::{Admitted, Bus, Consequences, Frame, Request};
use crate::domain::room::{Audience, Event, Outcome, Room, RoomRole, RoomStatus, SafetySettings};

/// Frames kept so a reconnecting person can resume without a gap.
const HISTORY: usize = 512;
/// How often the room's connections ping their people: keeps idle
/// connections alive through proxies and finds dead ones.
const KEEP_ALIVE_EVERY: Duration = Duration::from_secs(30);

struct Log {
    room: i64,
    seq: u64,
    history: VecDeque<Arc<Frame>>,
}

impl Log {
    /// Numbers, serializes (once) and publishes what the room said.
    fn publish(&mut self, bus: &dyn Bus, outcome: &Outcome) {
        for out in &outcome.out {
            self.seq += 1;
            let frame = Arc::new(Frame::new(self.room, self.seq, out.audience, &out.event));
            if self.history.len() == HISTORY {
                self.history.pop_front();
            }
            self.history.push_back(Arc::clone(&frame));
            bus.publish(frame);
        }
    }

    /// The frames after `last_seq` for this person, if the history still
    /// reaches back that far.
    fn since(&self, last_seq: u64, pid: u32, role: RoomRole) -> Option<Vec<Arc<Frame>>> {
        let oldest = self.history.front().map(|f| f.seq).unwrap_or(self.seq + 1);
        if last_seq + 1 < oldest || last_seq > self.seq {
            return None;
        }
        Some(self.history.iter().filter(|f| f.seq > last_seq && f.is_for(pid, role)).cloned().collect())
    }
}

/// Runs a room until it ends.
pub(super) async fn run(
    room_id: i64,
    ends_at: i64,
    safety: SafetySettings,
    mut inbox: mpsc::Receiver<Request>,
    bus: Arc<dyn Bus>,
    effects: Consequences,
) {
    let mut room = Room::new(ends_at, safety);
    let mut log = Log { room: room_id, seq: 0, history: VecDeque::new() };
    let mut keep_alive = tokio::time::interval_at(Instant::now() + KEEP_ALIVE_EVERY, KEEP_ALIVE_EVERY);
    loop {
        let request = tokio::select! {
            request = inbox.recv() => match request {
                Some(request) => request,
                None => break,
            },
            _ = keep_alive.tick() => {
                bus.publish(Arc::new(Frame::keep_alive(room_id)));
                continue;
            }
        };
        let outcome = match request {
            Request::Join { entrant, last_seq, reply } => {
                match room.join(&entrant.key, &entrant.alias, &entrant.pronouns, entrant.role) {
                    Ok((pid, outcome)) => {
                        log.publish(&*bus, &outcome);
                        // Subscribe before anything else happens, so nothing falls in between.
                        let frames = bus.subscribe(room_id);
                        let blocked = room.blocked_by(pid);
                        let catch_up = match last_seq.and_then(|seq| log.since(seq, pid, entrant.role)) {
                            Some(missed) => missed,
                            None => {
                                let welcome = Event::Welcome {
                                    you: pid,
                                    role: entrant.role,
                                    blocked: blocked.clone(),
                                    snapshot: room.snapshot_for(pid),
                                };
                                vec![Arc::new(Frame::new(room_id, log.seq, Audience::One(pid), &welcome))]
                            }
                        };
                        let _ = reply.send(Ok(Admitted { pid, role: entrant.role, catch_up, frames, blocked }));
                    }
                    Err(refused) => {
                        let _ = reply.send(Err(refused));
                    }
                }
                continue;
            }
            Request::Command { pid, command, at } => room.apply(pid, command, at),
            Request::Detach { pid } => room.detach(pid),
            Request::End => room.end(),
        };
        log.publish(&*bus, &outcome);
        for effect in outcome.effects {
            effects.handle(effect);
        }
        if room.status() == RoomStatus::Ended {
            break;
        }
    }
    // Whatever is left (nothing, once ended) is dropped with the task.
    if room.status() != RoomStatus::Ended {
        let outcome = room.end();
        log.publish(&*bus, &outcome);
        for effect in outcome.effects {
            effects.handle(effect);
        }
    }
}
