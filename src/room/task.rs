//! The task that owns one room.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::Instant;

use super::{Admitted, Bus, Consequences, Frame, Opening, Request};
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

/// How a room task stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stopped {
    /// The meet's room ended here.
    Ended,
    /// Another instance holds the room now: nothing was ended.
    Abandoned,
}

/// Runs a room until it ends: ended by a facilitator, by the server
/// stopping, or by itself a grace period after the meet's planned end; or
/// until it is abandoned to another instance.
pub(super) async fn run(
    room_id: i64,
    ends_at: i64,
    safety: SafetySettings,
    opening: Opening,
    mut inbox: mpsc::Receiver<Request>,
    bus: Arc<dyn Bus>,
    effects: Consequences,
) -> Stopped {
    let mut room = Room::new(ends_at, safety);
    let mut log = Log { room: room_id, seq: opening.first_seq, history: VecDeque::new() };
    let mut keep_alive = tokio::time::interval_at(Instant::now() + KEEP_ALIVE_EVERY, KEEP_ALIVE_EVERY);
    // Wall-clock steps become timer deadlines once, so the timers (and
    // tests with paused time) need no clock of their own.
    let (started, started_ms) = (Instant::now(), chrono::Utc::now().timestamp_millis());
    let at = |ms: i64| started + Duration::from_millis(u64::try_from(ms - started_ms).unwrap_or(0));
    let mut steps = room.closing_steps(started_ms).into_iter();
    let mut next_step = steps.next();
    let closing = tokio::time::sleep_until(next_step.map_or(started, |(ms, _)| at(ms)));
    tokio::pin!(closing);
    loop {
        let outcome = tokio::select! {
            request = inbox.recv() => match request {
                // Whatever the room held is dropped with the task, and nobody is told "ended".
                Some(Request::Abandon) => return Stopped::Abandoned,
                Some(request) => match handle(&mut room, &mut log, &*bus, room_id, opening.restarted, request) {
                    Some(outcome) => outcome,
                    None => continue,
                },
                None => break,
            },
            _ = keep_alive.tick() => {
                bus.publish(Arc::new(Frame::keep_alive(room_id)));
                continue;
            }
            () = &mut closing, if next_step.is_some() => {
                let Some((_, step)) = next_step.take() else { continue };
                next_step = steps.next();
                if let Some((ms, _)) = next_step {
                    closing.as_mut().reset(at(ms));
                }
                room.closing(step)
            }
        };
        log.publish(&*bus, &outcome);
        for effect in outcome.effects {
            effects.handle(effect).await;
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
            effects.handle(effect).await;
        }
    }
    Stopped::Ended
}

/// Carries out one request; `None` when it has nothing to publish (a join
/// answers its own connection).
fn handle(
    room: &mut Room,
    log: &mut Log,
    bus: &dyn Bus,
    room_id: i64,
    restarted: bool,
    request: Request,
) -> Option<Outcome> {
    match request {
        Request::Join { entrant, last_seq, reply } => {
            match room.join(&entrant.key, &entrant.alias, &entrant.pronouns, entrant.role) {
                Ok((pid, outcome)) => {
                    log.publish(bus, &outcome);
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
                                restarted,
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
            None
        }
        Request::Command { pid, command, at } => Some(room.apply(pid, command, at)),
        Request::Detach { pid } => Some(room.detach(pid)),
        Request::PidOf { key, reply } => {
            let _ = reply.send(room.pid_of(&key));
            None
        }
        Request::End => Some(room.end()),
        Request::Abandon => None,
        #[cfg(test)]
        Request::Crash => panic!("a test made this room fail"),
    }
}
