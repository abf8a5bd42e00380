//! What crosses the bus between instances (see [`super::cluster`]): a
//! room's frames, the requests other instances forward to the room's
//! owner, and the lease that says which instance owns it. Frames and
//! requests travel on core NATS subjects, which keep nothing; the lease
//! holds no words, only who holds the room and how to open it again.

use std::sync::Arc;

use axum::extract::ws::Utf8Bytes;
use serde::{Deserialize, Serialize};

use super::{Entrant, Frame};
use crate::domain::room::{Audience, JoinRefused, Pid, RoomRole, SafetySettings};

/// Who holds a room, and what another instance needs to open it afresh.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lease {
    /// The instance holding the room; none once it let go (it is stopping),
    /// for another to take at once.
    pub owner: Option<String>,
    /// When the meet is planned to end (Unix ms).
    pub ends_at: i64,
    pub drop_in: bool,
    pub safety: SafetySettings,
}

/// A frame's routing facts, written on the first line, before its text.
#[derive(Serialize, Deserialize)]
struct Head {
    seq: u64,
    audience: Audience,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    closes: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from: Option<Pid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    block: Option<(Pid, bool)>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    keep_alive: bool,
}

/// A frame as it goes over the bus: its head as JSON, a newline, its text
/// as it goes to browsers (JSON too, so it holds no raw newline).
pub fn encode_frame(frame: &Frame) -> String {
    let head = Head {
        seq: frame.seq,
        audience: frame.audience,
        closes: frame.closes,
        from: frame.from,
        block: frame.block,
        keep_alive: frame.keep_alive,
    };
    let mut out = serde_json::to_string(&head).unwrap_or_default();
    out.push('\n');
    out.push_str(frame.text.as_str());
    out
}

/// A frame of room `room` read back from the bus.
pub fn decode_frame(room: i64, bytes: &[u8]) -> Option<Frame> {
    let text = std::str::from_utf8(bytes).ok()?;
    let (head, text) = text.split_once('\n')?;
    let head: Head = serde_json::from_str(head).ok()?;
    Some(Frame {
        room,
        seq: head.seq,
        audience: head.audience,
        text: Utf8Bytes::from(text.to_string()),
        closes: head.closes,
        from: head.from,
        block: head.block,
        keep_alive: head.keep_alive,
    })
}

/// What another instance asks of a room's owner for one of its people.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "ask", rename_all = "snake_case")]
pub enum Ask {
    Join {
        key: String,
        alias: String,
        pronouns: String,
        role: RoomRole,
        last_seq: Option<u64>,
    },
    /// A frame the person sent, as they sent it: checked against their
    /// allowance and read at their instance, read again by the owner.
    Command {
        pid: Pid,
        frame: String,
    },
    Detach {
        pid: Pid,
    },
    End,
}

impl Ask {
    pub fn join(entrant: Entrant, last_seq: Option<u64>) -> Ask {
        let Entrant { key, alias, pronouns, role } = entrant;
        Ask::Join { key, alias, pronouns, role, last_seq }
    }
}

/// The owner's answer to a join.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Admitted {
        pid: Pid,
        role: RoomRole,
        blocked: Vec<Pid>,
        /// Encoded frames (see [`encode_frame`]).
        catch_up: Vec<String>,
    },
    Refused(JoinRefused),
    /// The room has closed.
    Closed,
}

impl Answer {
    /// The frames an answer carries, read back.
    pub fn frames(room: i64, catch_up: &[String]) -> Vec<Arc<Frame>> {
        catch_up.iter().filter_map(|frame| decode_frame(room, frame.as_bytes())).map(Arc::new).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::room::Event;

    #[test]
    fn a_frame_crosses_the_bus_unchanged() {
        let event = Event::Error { code: "paused" };
        let mut frame = Frame::new(7, 42, Audience::FacilitatorsAnd(3), &event);
        frame.from = Some(3);
        frame.block = Some((4, true));
        let back = decode_frame(7, encode_frame(&frame).as_bytes()).expect("read back");
        assert_eq!(back.seq, 42);
        assert_eq!(back.audience, Audience::FacilitatorsAnd(3));
        assert_eq!(back.text, frame.text);
        assert_eq!((back.from, back.block, back.closes, back.keep_alive), (Some(3), Some((4, true)), false, false));
        assert!(!back.is_for(5, RoomRole::Participant), "still private to its people");
    }

    #[test]
    fn words_with_newlines_survive_the_head_line() {
        let event = Event::Error { code: "a\nb" };
        let frame = Frame::new(1, 1, Audience::All, &event);
        let back = decode_frame(1, encode_frame(&frame).as_bytes()).expect("read back");
        assert_eq!(back.text, frame.text);
    }
}
