//! Reading what clients send (version 1 of the protocol, documented in
//! `docs/room-protocol.md`). Anything malformed is refused with an error
//! code; the connection stays open.

use serde_json::Value;

use crate::domain::room::{Command, Reaction, RoundKind, Say};
use crate::domain::safety::Detector;

/// The protocol version this server speaks.
pub const VERSION: u32 = 1;

/// The largest frame read from a client, in bytes; longer messages still
/// get a clear "too long" answer from the room.
pub const MAX_FRAME_BYTES: usize = 64 * 1024;

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

fn number(v: &Value, key: &str) -> Option<u64> {
    v.get(key).and_then(Value::as_u64)
}

fn pid(v: &Value, key: &str) -> Result<u32, &'static str> {
    number(v, key).and_then(|n| u32::try_from(n).ok()).ok_or("malformed")
}

fn flag(v: &Value, key: &str) -> Result<bool, &'static str> {
    v.get(key).and_then(Value::as_bool).ok_or("malformed")
}

/// A client frame read as JSON, not yet made into a command: enough to
/// know what it will cost (see [`crate::domain::room::allowance`]) before
/// any expensive work is done on it.
#[derive(Debug)]
pub struct Incoming(Value);

/// Reads one client frame as far as its kind.
pub fn read(frame: &str) -> Result<Incoming, &'static str> {
    let v: Value = serde_json::from_str(frame).map_err(|_| "malformed")?;
    match v.get("type") {
        Some(Value::String(_)) => Ok(Incoming(v)),
        _ => Err("malformed"),
    }
}

impl Incoming {
    fn kind(&self) -> &str {
        self.0.get("type").and_then(Value::as_str).unwrap_or_default()
    }

    /// Whether it carries words others read (and the safety detector reads first).
    pub fn has_words(&self) -> bool {
        matches!(self.kind(), "say" | "not_okay" | "report")
    }

    /// Makes the room command. A message is read by the safety detector
    /// here (see [`Say::new`]), on the caller's task: each connection
    /// parses its own frames, so this work is spread across them rather
    /// than queued in the room.
    pub fn command(self, detector: &Detector) -> Result<Command, &'static str> {
        command(self.kind(), &self.0, detector)
    }
}

fn command(kind: &str, v: &Value, detector: &Detector) -> Result<Command, &'static str> {
    Ok(match kind {
        "say" => Command::Say(Say::read(&text(v, "text").ok_or("malformed")?, text(v, "cw"), detector)),
        "react" => Command::React {
            to: number(v, "to").ok_or("malformed")?,
            reaction: text(v, "reaction").as_deref().and_then(Reaction::parse).ok_or("malformed")?,
        },
        "hand" => Command::Hand { up: flag(v, "up")? },
        "away" => Command::Away { away: flag(v, "away")? },
        "mood" => Command::Mood {
            mood: number(v, "mood").and_then(|n| u8::try_from(n).ok()).ok_or("malformed")?,
            word: text(v, "word").unwrap_or_default(),
        },
        "pass" => Command::Pass,
        "done" => Command::Done,
        "leave" => Command::Leave,
        "pause" => Command::Pause,
        "resume" => Command::Resume,
        "end" => Command::End,
        "pin" => Command::Pin { text: text(v, "text") },
        "start_round" => Command::StartRound {
            kind: text(v, "kind").as_deref().and_then(RoundKind::parse).ok_or("malformed")?,
            time_guide_secs: number(v, "time_guide_secs").and_then(|n| u32::try_from(n).ok()),
        },
        "next_turn" => Command::NextTurn,
        "stop_round" => Command::StopRound,
        "call_next" => Command::CallNext,
        "nudge" => Command::Nudge { to: pid(v, "to")?, text: text(v, "text").ok_or("malformed")? },
        "mute" => Command::Mute {
            to: pid(v, "to")?,
            minutes: number(v, "minutes").and_then(|n| u32::try_from(n).ok()).unwrap_or(5),
        },
        "unmute" => Command::Unmute { to: pid(v, "to")? },
        "call_mute" => Command::CallMute { to: pid(v, "to")?, muted: flag(v, "muted")? },
        "remove" => Command::Remove { to: pid(v, "to")?, reason: text(v, "reason").unwrap_or_default() },
        "note" => Command::Note { text: text(v, "text").ok_or("malformed")? },
        "not_okay" => Command::NotOkay { words: text(v, "words").unwrap_or_default() },
        "report" => Command::Report {
            about: number(v, "about").and_then(|n| u32::try_from(n).ok()),
            message: number(v, "message"),
            reason: text(v, "reason").unwrap_or_default(),
        },
        "seen" => Command::Seen { report: number(v, "report").ok_or("malformed")? },
        "block" => {
            Command::Block { pid: pid(v, "pid")?, blocked: v.get("blocked").and_then(Value::as_bool).unwrap_or(true) }
        }
        _ => return Err("unknown_type"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(frame: &str) -> Result<Command, &'static str> {
        read(frame)?.command(&Detector::lexical())
    }

    #[test]
    fn knows_what_carries_words_before_reading_them() {
        assert!(read(r#"{"type":"say","text":"hi"}"#).unwrap().has_words());
        assert!(read(r#"{"type":"report","about":2}"#).unwrap().has_words());
        assert!(!read(r#"{"type":"away","away":true}"#).unwrap().has_words());
        assert!(!read(r#"{"type":"fly"}"#).unwrap().has_words());
    }

    #[test]
    fn reads_every_kind_of_command() {
        assert_eq!(
            parse(r#"{"type":"say","text":"hi","cw":"loss"}"#),
            Ok(Command::Say(Say::new("hi", Some("loss".into()))))
        );
        assert_eq!(
            parse(r#"{"type":"react","to":4,"reaction":"hear_you"}"#),
            Ok(Command::React { to: 4, reaction: Reaction::HearYou })
        );
        assert_eq!(parse(r#"{"type":"mood","mood":3}"#), Ok(Command::Mood { mood: 3, word: String::new() }));
        assert_eq!(
            parse(r#"{"type":"start_round","kind":"talking_piece","time_guide_secs":120}"#),
            Ok(Command::StartRound { kind: RoundKind::TalkingPiece, time_guide_secs: Some(120) })
        );
        assert_eq!(parse(r#"{"type":"mute","to":2}"#), Ok(Command::Mute { to: 2, minutes: 5 }));
        assert_eq!(parse(r#"{"type":"pass"}"#), Ok(Command::Pass));
        assert_eq!(parse(r#"{"type":"call_mute","to":2,"muted":true}"#), Ok(Command::CallMute { to: 2, muted: true }));
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        assert_eq!(parse("not json"), Err("malformed"));
        assert_eq!(parse(r#"{"text":"no type"}"#), Err("malformed"));
        assert_eq!(parse(r#"{"type":"fly"}"#), Err("unknown_type"));
        assert_eq!(parse(r#"{"type":"say"}"#), Err("malformed"));
        assert_eq!(parse(r#"{"type":"hand","up":"yes"}"#), Err("malformed"));
        assert_eq!(parse(r#"{"type":"react","to":1,"reaction":"shrug"}"#), Err("malformed"));
    }
}
