//! The live room, as a state machine without I/O: who is here, what was
//! said, rounds and the talking piece, the speaking queue, and what
//! facilitators can do. The room task (`crate::room`) feeds it commands and
//! delivers what it returns; everything here lives in memory only and is
//! dropped when the meet ends.

use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use serde::{Deserialize, Serialize};

use crate::domain::Alias;
use crate::domain::safety::{self, Assessment};
use crate::domain::text;

pub mod allowance;
mod care;
mod closing;
mod moods;

pub use care::{Alert, AlertKind, Report, SafetyRecord, SafetySettings, urgency};
pub use closing::{CLOSE_GRACE_MS, Closing, closes_at};
pub use moods::MoodNumbers;

/// A person's number in one room.
pub type Pid = u32;

/// Longest message, in characters.
pub const MESSAGE_MAX_CHARS: usize = 2000;
/// Longest content-warning topic.
pub const CW_MAX_CHARS: usize = 80;
/// How many messages the room keeps for people who arrive late.
pub const KEPT_MESSAGES: usize = 100;
/// Longest pinned guide, facilitator note, nudge or reason.
pub const NOTE_MAX_CHARS: usize = 600;
/// Longest word in a check-in.
pub const WORD_MAX_CHARS: usize = 40;
/// Longest mute.
pub const MAX_MUTE_MINUTES: u32 = 60;

/// How someone takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoomRole {
    Facilitator,
    Participant,
    /// Dropped in with a guest alias.
    Guest,
}

/// A person in the roster, as everyone sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub pid: Pid,
    pub alias: String,
    pub pronouns: String,
    pub role: RoomRole,
    /// Connected right now.
    pub here: bool,
    /// Stepped away for a moment.
    pub away: bool,
    pub hand: bool,
    /// A facilitator muted their microphone in the call; only a facilitator unmutes it.
    pub call_muted: bool,
}

/// Where the room is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoomStatus {
    Open,
    /// Nobody but facilitators can post.
    Paused,
    Ended,
}

/// A kind of round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundKind {
    /// Everyone may give a mood from 1 to 5 and a word, or pass.
    CheckIn,
    /// One person at a time holds the piece: shares, or passes.
    TalkingPiece,
    CheckOut,
}

impl RoundKind {
    /// Reads the protocol name.
    pub fn parse(name: &str) -> Option<RoundKind> {
        match name {
            "check_in" => Some(RoundKind::CheckIn),
            "talking_piece" => Some(RoundKind::TalkingPiece),
            "check_out" => Some(RoundKind::CheckOut),
            _ => None,
        }
    }
}

/// Someone's part in a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Response {
    Mood {
        /// Left out for people the circle keeps the numbers from (see [`MoodNumbers`]).
        #[serde(skip_serializing_if = "Option::is_none")]
        mood: Option<u8>,
        word: String,
    },
    Shared,
    /// Passing is always allowed and never questioned.
    Passed,
}

/// A round under way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Round {
    pub kind: RoundKind,
    /// Talking piece: who shares, in turn.
    pub order: Vec<Pid>,
    /// Talking piece: who holds it now.
    pub turn: Option<Pid>,
    /// When the current turn began (Unix ms), for the gentle time guide.
    pub turn_started_at: i64,
    /// A suggested length per share, shown to the speaker; nobody is cut off.
    pub time_guide_secs: Option<u32>,
    pub responses: Vec<(Pid, Response)>,
}

/// Wordless responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reaction {
    Nod,
    HearYou,
    MeToo,
    Heart,
}

impl Reaction {
    /// Reads the protocol name.
    pub fn parse(name: &str) -> Option<Reaction> {
        match name {
            "nod" => Some(Reaction::Nod),
            "hear_you" => Some(Reaction::HearYou),
            "me_too" => Some(Reaction::MeToo),
            "heart" => Some(Reaction::Heart),
            _ => None,
        }
    }
}

/// A message in the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub id: u64,
    pub from: Pid,
    pub alias: String,
    /// Written by a guest: shown beside the alias, so nobody passes for a member.
    pub guest: bool,
    pub text: String,
    /// Others see only "CW: topic" until they choose to read.
    pub cw: Option<String>,
    pub at: i64,
    /// How many of each wordless response it has had, so someone arriving
    /// or coming back sees them too. Left out of frames while there are none.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub reactions: BTreeMap<Reaction, u32>,
}

/// Everything a person needs on arrival.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    pub status: RoomStatus,
    /// Unix ms at which the meet is planned to end.
    pub ends_at: i64,
    pub people: Vec<Person>,
    /// Raised hands, in order.
    pub queue: Vec<Pid>,
    pub round: Option<Round>,
    /// Who sees the numbers in check-in rounds, so the page can say so.
    pub mood_numbers: MoodNumbers,
    pub pinned: Option<String>,
    pub messages: Vec<Message>,
}

/// What the room tells people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    Welcome {
        you: Pid,
        role: RoomRole,
        /// Whom you have blocked this meet, so a reloaded page still knows.
        blocked: Vec<Pid>,
        snapshot: Snapshot,
        /// This room opened afresh after the instance holding it was lost:
        /// someone who was here before is told why the room is empty.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        restarted: bool,
    },
    Joined {
        person: Person,
    },
    Presence {
        pid: Pid,
        here: bool,
        away: bool,
    },
    Left {
        pid: Pid,
    },
    Message {
        message: Message,
    },
    Reaction {
        to: u64,
        from: Pid,
        reaction: Reaction,
    },
    Hand {
        pid: Pid,
        up: bool,
    },
    /// A facilitator gave the floor to the first raised hand.
    Floor {
        pid: Pid,
    },
    RoundStarted {
        round: Round,
    },
    Turn {
        pid: Option<Pid>,
        started_at: i64,
        time_guide_secs: Option<u32>,
    },
    RoundResponse {
        pid: Pid,
        response: Response,
    },
    RoundEnded,
    Paused,
    Resumed,
    Pinned {
        text: Option<String>,
    },
    Ended,
    /// The room closes itself in this many minutes (nobody ended it).
    Closing {
        minutes: u32,
    },
    /// A gentle private word from a facilitator.
    Nudge {
        text: String,
    },
    Muted {
        until: i64,
    },
    Unmuted,
    /// A facilitator muted (or allowed again) someone's microphone in the call.
    CallMuted {
        pid: Pid,
        muted: bool,
    },
    /// This person was removed from the meet.
    Removed {
        reason: String,
    },
    /// The private facilitator channel.
    Note {
        from: Pid,
        alias: String,
        text: String,
    },
    /// Something could not be done; `code` names it (see docs/room-protocol.md).
    Error {
        code: &'static str,
    },
    /// To facilitators: someone may need a check-in.
    Alert {
        alert: Alert,
    },
    /// To one person: the helplines card (after crisis language, or asked for).
    Care {
        asked: bool,
    },
    /// To the writer: a kind reminder of an agreement ("advice").
    Reminder {
        about: &'static str,
    },
    /// To the writer: the message was not delivered, and why ("contact").
    HeldBack {
        reason: &'static str,
    },
    /// To facilitators: a report.
    Report {
        report: Report,
    },
    /// To facilitators: a report was seen by one of them.
    ReportClosed {
        report: u64,
    },
    /// To the reporter: the report reached the facilitators.
    Reported {
        report: u64,
    },
    /// To the reporter: a facilitator has seen it.
    ReportSeen {
        report: u64,
    },
    /// To one person: whose messages they no longer see.
    Blocked {
        pid: Pid,
        blocked: bool,
    },
}

/// Who an event is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    All,
    One(Pid),
    Facilitators,
    /// The facilitators and this person.
    FacilitatorsAnd(Pid),
    /// Everyone else: all but the facilitators and this person.
    AllButFacilitatorsAnd(Pid),
}

impl Audience {
    /// Whether person `pid`, here as `role`, receives what is sent to this audience.
    pub fn includes(self, pid: Pid, role: RoomRole) -> bool {
        let facilitator = role == RoomRole::Facilitator;
        match self {
            Audience::All => true,
            Audience::One(p) => p == pid,
            Audience::Facilitators => facilitator,
            Audience::FacilitatorsAnd(p) => facilitator || p == pid,
            Audience::AllButFacilitatorsAnd(p) => !facilitator && p != pid,
        }
    }
}

/// An event and who receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Out {
    pub audience: Audience,
    pub event: Event,
}

/// Consequences outside the room that its owner carries out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Mute (or allow again) someone's microphone on the media server.
    CallMuted { key: String, muted: bool },
    /// Record a removal (never any message text).
    Removed { key: String, alias: String, reason: String, by: String },
    /// The meet is over; store who came (their keys, in order), never what they said.
    Ended { attended: Vec<String> },
    /// Record an alert or report (never any words).
    Safety(SafetyRecord),
}

/// What applying a command produced.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub out: Vec<Out>,
    pub effects: Vec<Effect>,
}

impl Outcome {
    fn all(&mut self, event: Event) {
        self.out.push(Out { audience: Audience::All, event });
    }
    fn to(&mut self, pid: Pid, event: Event) {
        self.out.push(Out { audience: Audience::One(pid), event });
    }
    fn facilitators(&mut self, event: Event) {
        self.out.push(Out { audience: Audience::Facilitators, event });
    }
    fn error(pid: Pid, code: &'static str) -> Outcome {
        let mut o = Outcome::default();
        o.to(pid, Event::Error { code });
        o
    }
}

/// A message someone wants to say, already read by the safety detector.
/// The detector costs up to half a millisecond on a long message, so it
/// runs on the sender's own connection task, in parallel with everyone
/// else's, and the room's single task never waits on it. Built only by
/// [`Say::new`], so the assessment always belongs to the very words the
/// room delivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Say {
    /// The words as they will be delivered (cleaned), or why they cannot be.
    text: Result<String, &'static str>,
    cw: Option<String>,
    assessed: Assessment,
}

impl Say {
    /// Cleans the words and reads them with the safety detector. Words that
    /// cannot be said are not read; the room refuses them in its own order
    /// of reasons (a paused room says "paused" before "empty").
    pub fn new(text: &str, cw: Option<String>) -> Say {
        Say::read(text, cw, &safety::Detector::lexical())
    }

    /// The same, read by every layer of `detector`.
    pub fn read(text: &str, cw: Option<String>, detector: &safety::Detector) -> Say {
        let cleaned = clean(text, MESSAGE_MAX_CHARS);
        let assessed = cleaned.as_deref().map(|t| detector.assess(t)).unwrap_or_default();
        let text = cleaned.ok_or(if text.trim().is_empty() { "empty" } else { "too_long" });
        Say { text, cw, assessed }
    }
}

/// What people ask the room to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Say(Say),
    React {
        to: u64,
        reaction: Reaction,
    },
    Hand {
        up: bool,
    },
    Away {
        away: bool,
    },
    Mood {
        mood: u8,
        word: String,
    },
    Pass,
    /// The speaker has finished; the piece moves on.
    Done,
    Leave,
    Pause,
    Resume,
    End,
    Pin {
        text: Option<String>,
    },
    StartRound {
        kind: RoundKind,
        time_guide_secs: Option<u32>,
    },
    NextTurn,
    StopRound,
    CallNext,
    Nudge {
        to: Pid,
        text: String,
    },
    Mute {
        to: Pid,
        minutes: u32,
    },
    Unmute {
        to: Pid,
    },
    /// Mute someone's microphone in the call, or allow them to unmute again.
    CallMute {
        to: Pid,
        muted: bool,
    },
    Remove {
        to: Pid,
        reason: String,
    },
    Note {
        text: String,
    },
    /// "I'm not okay": ask the facilitators for a check-in.
    NotOkay {
        words: String,
    },
    /// Report a message (by id) or a person to the facilitators.
    Report {
        about: Option<Pid>,
        message: Option<u64>,
        reason: String,
    },
    /// A facilitator has seen a report.
    Seen {
        report: u64,
    },
    /// Hide someone's messages from oneself (or show them again).
    Block {
        pid: Pid,
        blocked: bool,
    },
}

impl Command {
    fn facilitators_only(&self) -> bool {
        matches!(
            self,
            Command::Pause
                | Command::Resume
                | Command::End
                | Command::Pin { .. }
                | Command::StartRound { .. }
                | Command::NextTurn
                | Command::StopRound
                | Command::CallNext
                | Command::Nudge { .. }
                | Command::Mute { .. }
                | Command::Unmute { .. }
                | Command::CallMute { .. }
                | Command::Remove { .. }
                | Command::Note { .. }
                | Command::Seen { .. }
        )
    }
}

/// Why someone could not join.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JoinRefused {
    /// Removed from this meet earlier.
    Removed,
    /// The meet is over.
    Ended,
    /// A guest whose alias is, or looks like, the alias of someone here
    /// (or of a guest removed from the meet).
    AliasTaken,
}

/// Whether a guest may go by `alias` beside `others` (everyone in the room;
/// at the door also the circle's facilitators, every coordinator and everyone
/// holding a seat): not if it is, or could be taken for, any of theirs. A
/// member always keeps their own alias, which is unique on the site.
pub fn guest_may_use<A: Borrow<Alias>>(alias: &Alias, others: impl IntoIterator<Item = A>) -> bool {
    others.into_iter().all(|other| !alias.resembles(other.borrow()))
}

struct Member {
    person: Person,
    key: String,
    muted_until: i64,
}

/// One live room.
pub struct Room {
    status: RoomStatus,
    ends_at: i64,
    people: BTreeMap<Pid, Member>,
    pids: HashMap<String, Pid>,
    next_pid: Pid,
    queue: VecDeque<Pid>,
    round: Option<Round>,
    pinned: Option<String>,
    messages: VecDeque<Message>,
    next_message: u64,
    removed: HashSet<String>,
    /// The aliases of guests removed: a new pass under one does not bring them back.
    removed_guests: Vec<Alias>,
    /// Everyone who came, counted once (keys only, never what they said).
    attended: HashSet<String>,
    care: care::Care,
}

/// Everything people type that others see in the room comes through here:
/// line breaks kept, other control and invisible characters removed (see
/// [`text::visible`]), trimmed, and within `max` characters.
fn clean(text: &str, max: usize) -> Option<String> {
    let text: String =
        text::visible(&text.replace("\r\n", "\n")).chars().filter(|c| *c == '\n' || !c.is_control()).collect();
    let text = text.trim();
    (!text.is_empty() && text.chars().count() <= max).then(|| text.to_string())
}

impl Room {
    /// A room opened for a meet that ends at `ends_at` (Unix ms), with its
    /// circle's safety settings.
    pub fn new(ends_at: i64, safety: SafetySettings) -> Room {
        Room {
            status: RoomStatus::Open,
            ends_at,
            people: BTreeMap::new(),
            pids: HashMap::new(),
            next_pid: 1,
            queue: VecDeque::new(),
            round: None,
            pinned: None,
            messages: VecDeque::new(),
            next_message: 1,
            removed: HashSet::new(),
            removed_guests: Vec::new(),
            attended: HashSet::new(),
            care: care::Care { settings: safety, ..Default::default() },
        }
    }

    /// Where the room is.
    pub fn status(&self) -> RoomStatus {
        self.status
    }

    /// Whether someone with this key was removed from the meet.
    pub fn is_removed(&self, key: &str) -> bool {
        self.removed.contains(key)
    }

    /// How many distinct people have come so far.
    pub fn attended(&self) -> usize {
        self.attended.len()
    }

    /// The role of someone in the room.
    pub fn role(&self, pid: Pid) -> Option<RoomRole> {
        self.people.get(&pid).map(|m| m.person.role)
    }

    /// The number of the person with this key, if they are in the room.
    pub fn pid_of(&self, key: &str) -> Option<Pid> {
        self.pids.get(key).copied()
    }

    /// Everyone currently in the roster.
    pub fn pids(&self) -> impl Iterator<Item = (Pid, RoomRole)> + '_ {
        self.people.values().map(|m| (m.person.pid, m.person.role))
    }

    /// The state a person sees on arrival: without the messages of anyone
    /// they blocked, and without the mood numbers they may not see.
    pub fn snapshot_for(&self, pid: Pid) -> Snapshot {
        let mut snapshot = self.snapshot();
        let blocked = self.blocked_by(pid);
        snapshot.messages.retain(|m| !blocked.contains(&m.from));
        if let Some(round) = snapshot.round.as_mut() {
            self.hide_numbers(pid, round);
        }
        snapshot
    }

    /// The state of the room.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            status: self.status,
            ends_at: self.ends_at,
            people: self.people.values().map(|m| m.person.clone()).collect(),
            queue: self.queue.iter().copied().collect(),
            round: self.round.clone(),
            mood_numbers: self.care.settings.mood_numbers,
            pinned: self.pinned.clone(),
            messages: self.messages.iter().cloned().collect(),
        }
    }

    /// Someone connects: a new person, or someone coming back (same `key`,
    /// same place). Returns their number and what everyone should hear. A
    /// new guest may not use an alias that resembles anyone's here, or a
    /// removed guest's.
    pub fn join(
        &mut self,
        key: &str,
        alias: &str,
        pronouns: &str,
        role: RoomRole,
    ) -> Result<(Pid, Outcome), JoinRefused> {
        if self.status == RoomStatus::Ended {
            return Err(JoinRefused::Ended);
        }
        if self.removed.contains(key) {
            return Err(JoinRefused::Removed);
        }
        let mut outcome = Outcome::default();
        if let Some(&pid) = self.pids.get(key) {
            let member = self.people.get_mut(&pid).expect("every known key has a person");
            member.person.here = true;
            outcome.all(Event::Presence { pid, here: true, away: member.person.away });
            return Ok((pid, outcome));
        }
        if role == RoomRole::Guest {
            let wanted = Alias::from_stored(alias.to_string());
            let here = self.people.values().map(|m| Alias::from_stored(m.person.alias.clone()));
            // A removed guest's alias is barred too, told kindly: whoever
            // asks may be someone else with a name like theirs.
            if !guest_may_use(&wanted, here.chain(self.removed_guests.iter().cloned())) {
                return Err(JoinRefused::AliasTaken);
            }
        }
        self.attended.insert(key.to_string());
        let pid = self.next_pid;
        self.next_pid += 1;
        let person = Person {
            pid,
            alias: alias.to_string(),
            // Typed on the account page, seen by everyone here.
            pronouns: text::visible(pronouns),
            role,
            here: true,
            away: false,
            hand: false,
            call_muted: false,
        };
        self.pids.insert(key.to_string(), pid);
        self.people.insert(pid, Member { person: person.clone(), key: key.to_string(), muted_until: 0 });
        if let Some(round) = self.round.as_mut().filter(|r| r.kind == RoundKind::TalkingPiece) {
            round.order.push(pid);
        }
        outcome.all(Event::Joined { person });
        Ok((pid, outcome))
    }

    /// Someone's connection closed; they keep their place.
    pub fn detach(&mut self, pid: Pid) -> Outcome {
        let mut outcome = Outcome::default();
        if let Some(member) = self.people.get_mut(&pid) {
            member.person.here = false;
            outcome.all(Event::Presence { pid, here: false, away: member.person.away });
        }
        outcome
    }

    fn forget(&mut self, pid: Pid, outcome: &mut Outcome, now: i64) -> Option<Member> {
        let member = self.people.remove(&pid)?;
        self.pids.remove(&member.key);
        self.queue.retain(|p| *p != pid);
        let mut ended_turn = false;
        if let Some(round) = self.round.as_mut() {
            if round.turn == Some(pid) {
                ended_turn = true;
            }
            round.order.retain(|p| *p != pid);
        }
        outcome.all(Event::Left { pid });
        if ended_turn {
            self.advance_turn(pid, outcome, now);
        }
        Some(member)
    }

    /// Applies one command from person `pid` at `now` (Unix ms).
    pub fn apply(&mut self, pid: Pid, command: Command, now: i64) -> Outcome {
        let Some(role) = self.role(pid) else {
            return Outcome::error(pid, "not_in_room");
        };
        if self.status == RoomStatus::Ended {
            return Outcome::error(pid, "ended");
        }
        let facilitator = role == RoomRole::Facilitator;
        if command.facilitators_only() && !facilitator {
            return Outcome::error(pid, "facilitators_only");
        }
        let mut o = Outcome::default();
        match command {
            Command::Say(say) => return self.say(pid, role, say, now),
            Command::React { to, reaction } => {
                let Some(message) = self.messages.iter_mut().find(|m| m.id == to) else {
                    return Outcome::error(pid, "no_such_message");
                };
                *message.reactions.entry(reaction).or_default() += 1;
                o.all(Event::Reaction { to, from: pid, reaction });
            }
            Command::Hand { up } => {
                let member = self.people.get_mut(&pid).expect("checked above");
                if member.person.hand != up {
                    member.person.hand = up;
                    if up {
                        self.queue.push_back(pid);
                    } else {
                        self.queue.retain(|p| *p != pid);
                    }
                    o.all(Event::Hand { pid, up });
                }
            }
            Command::Away { away } => {
                let member = self.people.get_mut(&pid).expect("checked above");
                member.person.away = away;
                o.all(Event::Presence { pid, here: member.person.here, away });
            }
            Command::Mood { mood, word } => {
                let Some(round) = self.round.as_mut().filter(|r| r.kind != RoundKind::TalkingPiece) else {
                    return Outcome::error(pid, "no_mood_round");
                };
                if !(1..=5).contains(&mood) {
                    return Outcome::error(pid, "bad_mood");
                }
                let word = if word.trim().is_empty() {
                    String::new()
                } else {
                    match clean(&word, WORD_MAX_CHARS) {
                        Some(w) => w,
                        None => return Outcome::error(pid, "too_long"),
                    }
                };
                if round.responses.iter().any(|(p, _)| *p == pid) {
                    return Outcome::error(pid, "already_responded");
                }
                let response = Response::Mood { mood: Some(mood), word };
                round.responses.push((pid, response.clone()));
                self.share_mood(pid, response, &mut o);
            }
            Command::Pass => {
                let Some(round) = self.round.as_mut() else {
                    return Outcome::error(pid, "no_round");
                };
                match round.kind {
                    RoundKind::TalkingPiece => {
                        if round.turn != Some(pid) {
                            return Outcome::error(pid, "not_your_turn");
                        }
                        round.responses.push((pid, Response::Passed));
                        o.all(Event::RoundResponse { pid, response: Response::Passed });
                        self.advance_turn(pid, &mut o, now);
                    }
                    _ => {
                        if round.responses.iter().any(|(p, _)| *p == pid) {
                            return Outcome::error(pid, "already_responded");
                        }
                        round.responses.push((pid, Response::Passed));
                        o.all(Event::RoundResponse { pid, response: Response::Passed });
                    }
                }
            }
            Command::Done => {
                let Some(round) = self.round.as_mut().filter(|r| r.kind == RoundKind::TalkingPiece) else {
                    return Outcome::error(pid, "no_round");
                };
                if round.turn != Some(pid) {
                    return Outcome::error(pid, "not_your_turn");
                }
                round.responses.push((pid, Response::Shared));
                o.all(Event::RoundResponse { pid, response: Response::Shared });
                self.advance_turn(pid, &mut o, now);
            }
            Command::Leave => {
                self.forget(pid, &mut o, now);
            }
            Command::Pause => {
                if self.status == RoomStatus::Open {
                    self.status = RoomStatus::Paused;
                    o.all(Event::Paused);
                }
            }
            Command::Resume => {
                if self.status == RoomStatus::Paused {
                    self.status = RoomStatus::Open;
                    o.all(Event::Resumed);
                }
            }
            Command::End => return self.end(),
            Command::Pin { text } => {
                let text = match text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                    Some(t) => match clean(t, NOTE_MAX_CHARS) {
                        Some(t) => Some(t),
                        None => return Outcome::error(pid, "too_long"),
                    },
                    None => None,
                };
                self.pinned = text.clone();
                o.all(Event::Pinned { text });
            }
            Command::StartRound { kind, time_guide_secs } => {
                if self.round.is_some() {
                    return Outcome::error(pid, "round_under_way");
                }
                let order: Vec<Pid> = if kind == RoundKind::TalkingPiece {
                    self.people.values().filter(|m| m.person.here && !m.person.away).map(|m| m.person.pid).collect()
                } else {
                    Vec::new()
                };
                let round = Round {
                    kind,
                    turn: order.first().copied(),
                    order,
                    turn_started_at: now,
                    time_guide_secs: time_guide_secs.filter(|s| (30..=1800).contains(s)),
                    responses: Vec::new(),
                };
                o.all(Event::RoundStarted { round: round.clone() });
                self.round = Some(round);
            }
            Command::NextTurn => {
                let Some(turn) = self.round.as_ref().filter(|r| r.kind == RoundKind::TalkingPiece).and_then(|r| r.turn)
                else {
                    return Outcome::error(pid, "no_round");
                };
                self.advance_turn(turn, &mut o, now);
            }
            Command::StopRound => {
                if self.round.take().is_some() {
                    o.all(Event::RoundEnded);
                }
            }
            Command::CallNext => match self.queue.pop_front() {
                Some(next) => {
                    if let Some(member) = self.people.get_mut(&next) {
                        member.person.hand = false;
                    }
                    o.all(Event::Hand { pid: next, up: false });
                    o.all(Event::Floor { pid: next });
                }
                None => return Outcome::error(pid, "no_hands"),
            },
            Command::Nudge { to, text } => {
                if !self.people.contains_key(&to) {
                    return Outcome::error(pid, "no_such_person");
                }
                let Some(text) = clean(&text, NOTE_MAX_CHARS) else {
                    return Outcome::error(pid, "too_long");
                };
                o.to(to, Event::Nudge { text });
            }
            Command::Mute { to, minutes } => {
                let Some(member) = self.people.get_mut(&to) else {
                    return Outcome::error(pid, "no_such_person");
                };
                let until = now + i64::from(minutes.clamp(1, MAX_MUTE_MINUTES)) * 60_000;
                member.muted_until = until;
                o.to(to, Event::Muted { until });
                o.facilitators(Event::Muted { until });
            }
            Command::CallMute { to, muted } => {
                let Some(member) = self.people.get_mut(&to) else {
                    return Outcome::error(pid, "no_such_person");
                };
                if member.person.role == RoomRole::Facilitator {
                    return Outcome::error(pid, "cannot_mute_facilitator");
                }
                if member.person.call_muted != muted {
                    member.person.call_muted = muted;
                    o.all(Event::CallMuted { pid: to, muted });
                    o.effects.push(Effect::CallMuted { key: member.key.clone(), muted });
                }
            }
            Command::Unmute { to } => {
                let Some(member) = self.people.get_mut(&to) else {
                    return Outcome::error(pid, "no_such_person");
                };
                member.muted_until = 0;
                o.to(to, Event::Unmuted);
            }
            Command::Remove { to, reason } => {
                if to == pid {
                    return Outcome::error(pid, "cannot_remove_self");
                }
                let reason = clean(&reason, NOTE_MAX_CHARS).unwrap_or_default();
                let by = self.people.get(&pid).map(|m| m.person.alias.clone()).unwrap_or_default();
                o.to(to, Event::Removed { reason: reason.clone() });
                let Some(member) = self.forget(to, &mut o, now) else {
                    return Outcome::error(pid, "no_such_person");
                };
                self.removed.insert(member.key.clone());
                if member.person.role == RoomRole::Guest {
                    self.removed_guests.push(Alias::from_stored(member.person.alias.clone()));
                }
                o.effects.push(Effect::Removed { key: member.key, alias: member.person.alias, reason, by });
            }
            Command::NotOkay { words } => return self.not_okay(pid, &words),
            Command::Report { about, message, reason } => return self.report(pid, about, message, &reason),
            Command::Seen { report } => return self.seen(pid, report),
            Command::Block { pid: other, blocked } => return self.block(pid, other, blocked),
            Command::Note { text } => {
                let Some(text) = clean(&text, NOTE_MAX_CHARS) else {
                    return Outcome::error(pid, "too_long");
                };
                let alias = self.people.get(&pid).map(|m| m.person.alias.clone()).unwrap_or_default();
                o.facilitators(Event::Note { from: pid, alias, text });
            }
        }
        o
    }

    fn say(&mut self, pid: Pid, role: RoomRole, say: Say, now: i64) -> Outcome {
        let facilitator = role == RoomRole::Facilitator;
        if self.status == RoomStatus::Paused && !facilitator {
            return Outcome::error(pid, "paused");
        }
        let turn = self.round.as_ref().filter(|r| r.kind == RoundKind::TalkingPiece).and_then(|r| r.turn);
        if turn.is_some_and(|t| t != pid) && !facilitator {
            return Outcome::error(pid, "not_your_turn");
        }
        let Say { text, cw, assessed } = say;
        let text = match text {
            Ok(text) => text,
            Err(code) => return Outcome::error(pid, code),
        };
        let cw = match cw.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            Some(topic) => match clean(topic, CW_MAX_CHARS) {
                Some(topic) => Some(topic),
                None => return Outcome::error(pid, "too_long"),
            },
            None => None,
        };
        let member = self.people.get_mut(&pid).expect("checked by apply");
        if member.muted_until > now {
            return Outcome::error(pid, "muted");
        }
        if assessed.contact && self.care.settings.youth && !facilitator {
            return self.hold_back_contact(pid);
        }
        let member = self.people.get_mut(&pid).expect("checked by apply");
        let message = Message {
            id: self.next_message,
            from: pid,
            alias: member.person.alias.clone(),
            guest: role == RoomRole::Guest,
            text,
            cw,
            at: now,
            reactions: BTreeMap::new(),
        };
        self.next_message += 1;
        if self.messages.len() == KEPT_MESSAGES {
            self.messages.pop_front();
        }
        self.messages.push_back(message.clone());
        let id = message.id;
        let mut o = Outcome::default();
        o.all(Event::Message { message });
        self.respond_to(pid, role, &assessed, id, &mut o);
        o
    }

    /// Moves the talking piece on from `from`; the round ends after the last person.
    fn advance_turn(&mut self, from: Pid, o: &mut Outcome, now: i64) {
        let Some(round) = self.round.as_mut() else { return };
        let position = round.order.iter().position(|p| *p == from);
        let next = match position {
            Some(i) => round.order.get(i + 1).copied(),
            None => round.order.iter().copied().find(|p| !round.responses.iter().any(|(r, _)| r == p)),
        };
        match next {
            Some(next) => {
                round.turn = Some(next);
                round.turn_started_at = now;
                o.all(Event::Turn { pid: Some(next), started_at: now, time_guide_secs: round.time_guide_secs });
            }
            None => {
                self.round = None;
                o.all(Event::RoundEnded);
            }
        }
    }

    /// Ends the meet: everything the room held is dropped.
    pub fn end(&mut self) -> Outcome {
        let mut o = Outcome::default();
        if self.status == RoomStatus::Ended {
            return o;
        }
        let mut attended: Vec<String> = self.attended.drain().collect();
        attended.sort();
        self.status = RoomStatus::Ended;
        self.people.clear();
        self.pids.clear();
        self.queue.clear();
        self.round = None;
        self.pinned = None;
        self.messages.clear();
        self.care = care::Care::default();
        o.all(Event::Ended);
        o.effects.push(Effect::Ended { attended });
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: i64 = 1_000_000;

    fn room() -> (Room, Pid, Pid, Pid) {
        let mut room = Room::new(T + 3_600_000, SafetySettings::default());
        let (f, _) = room.join("m:1", "Ruth", "she/her", RoomRole::Facilitator).unwrap();
        let (a, _) = room.join("m:2", "Asha", "", RoomRole::Participant).unwrap();
        let (b, _) = room.join("g:quiet fox", "Quiet Fox", "", RoomRole::Guest).unwrap();
        (room, f, a, b)
    }

    fn say(text: &str) -> Command {
        Command::Say(Say::new(text, None))
    }

    fn events(o: &Outcome) -> Vec<&Event> {
        o.out.iter().map(|out| &out.event).collect()
    }

    fn error(o: &Outcome) -> Option<&'static str> {
        o.out.iter().find_map(|out| match out.event {
            Event::Error { code } => Some(code),
            _ => None,
        })
    }

    #[test]
    fn reaction_counts_are_in_the_snapshot_for_whoever_arrives_or_comes_back() {
        let (mut room, f, a, b) = room();
        room.apply(a, say("a hard week"), T);
        let id = room.snapshot().messages[0].id;
        room.apply(f, Command::React { to: id, reaction: Reaction::HearYou }, T);
        room.apply(b, Command::React { to: id, reaction: Reaction::HearYou }, T);
        room.apply(b, Command::React { to: id, reaction: Reaction::Heart }, T);
        let counts = &room.snapshot().messages[0].reactions;
        assert_eq!(counts.get(&Reaction::HearYou), Some(&2));
        assert_eq!(counts.get(&Reaction::Heart), Some(&1));
        assert_eq!(counts.get(&Reaction::Nod), None);
        let json = serde_json::to_value(room.snapshot()).unwrap();
        assert_eq!(json["messages"][0]["reactions"], serde_json::json!({ "hear_you": 2, "heart": 1 }));
    }

    #[test]
    fn messages_go_to_everyone_and_late_arrivals_see_the_recent_ones() {
        let (mut room, _, a, _) = room();
        let o = room.apply(a, Command::Say(Say::new("  hello  ", Some("loss".into()))), T);
        assert_eq!(o.out[0].audience, Audience::All);
        let Event::Message { message } = &o.out[0].event else { panic!() };
        assert_eq!(
            (message.text.as_str(), message.cw.as_deref(), message.alias.as_str()),
            ("hello", Some("loss"), "Asha")
        );
        let (_, _) = room.join("m:9", "Late", "", RoomRole::Participant).unwrap();
        assert_eq!(room.snapshot().messages.len(), 1);
    }

    #[test]
    fn a_message_is_assessed_as_it_will_be_delivered() {
        let said = Say::new("  I want to die\r\n", None);
        assert_eq!(said.text, Ok("I want to die".to_string()));
        assert_eq!(said.assessed, safety::assess("I want to die"));
        assert!(said.assessed.crisis.is_some());
        let long = Say::new(&"I want to die ".repeat(MESSAGE_MAX_CHARS), None);
        assert_eq!((long.text, long.assessed), (Err("too_long"), Assessment::default()), "refused, so never read");
    }

    #[test]
    fn the_room_acts_on_the_assessment_that_came_with_the_message() {
        let (mut room, _, a, _) = room();
        let found = Assessment { crisis: Some(safety::Level::Passive), ..Assessment::default() };
        let said = Say { text: Ok("words the detector already read".into()), cw: None, assessed: found };
        let o = room.apply(a, Command::Say(said), T);
        assert!(
            events(&o)
                .iter()
                .any(|e| matches!(e, Event::Alert { alert } if alert.level == Some(safety::Level::Passive)))
        );
        assert!(o.out.iter().any(|out| out.audience == Audience::One(a) && out.event == Event::Care { asked: false }));
    }

    #[test]
    fn a_paused_room_says_so_before_judging_the_words() {
        let (mut room, f, a, _) = room();
        room.apply(f, Command::Pause, T);
        assert_eq!(error(&room.apply(a, say("   "), T)), Some("paused"));
    }

    #[test]
    fn only_the_last_messages_are_kept() {
        let (mut room, f, _, _) = room();
        for i in 0..(KEPT_MESSAGES + 20) {
            room.apply(f, say(&format!("m{i}")), T + i as i64 * 10_000);
        }
        let kept = room.snapshot().messages;
        assert_eq!(kept.len(), KEPT_MESSAGES);
        assert_eq!(kept[0].text, "m20");
    }

    #[test]
    fn bad_messages_are_refused_with_a_reason() {
        let (mut room, _, a, _) = room();
        assert_eq!(error(&room.apply(a, say("   "), T)), Some("empty"));
        assert_eq!(error(&room.apply(a, say(&"x".repeat(MESSAGE_MAX_CHARS + 1)), T)), Some("too_long"));
        assert_eq!(
            error(&room.apply(a, Command::React { to: 99, reaction: Reaction::Nod }, T)),
            Some("no_such_message")
        );
    }

    #[test]
    fn facilitator_tools_are_for_facilitators_only() {
        let (mut room, _, a, _) = room();
        for command in [
            Command::Pause,
            Command::End,
            Command::StartRound { kind: RoundKind::CheckIn, time_guide_secs: None },
            Command::Remove { to: 1, reason: String::new() },
        ] {
            assert_eq!(error(&room.apply(a, command, T)), Some("facilitators_only"));
        }
    }

    #[test]
    fn pausing_stops_posting_except_for_facilitators() {
        let (mut room, f, a, _) = room();
        assert_eq!(events(&room.apply(f, Command::Pause, T)), vec![&Event::Paused]);
        assert_eq!(error(&room.apply(a, say("hi"), T)), Some("paused"));
        assert_eq!(error(&room.apply(f, say("We are taking a breath"), T)), None);
        room.apply(f, Command::Resume, T);
        assert_eq!(error(&room.apply(a, say("hi"), T)), None);
    }

    #[test]
    fn hands_form_a_queue_and_the_facilitator_calls_the_next() {
        let (mut room, f, a, b) = room();
        room.apply(b, Command::Hand { up: true }, T);
        room.apply(a, Command::Hand { up: true }, T);
        assert_eq!(room.snapshot().queue, vec![b, a]);
        let o = room.apply(f, Command::CallNext, T);
        assert!(events(&o).contains(&&Event::Floor { pid: b }));
        assert_eq!(room.snapshot().queue, vec![a]);
        room.apply(a, Command::Hand { up: false }, T);
        assert!(room.snapshot().queue.is_empty());
        assert_eq!(error(&room.apply(f, Command::CallNext, T)), Some("no_hands"));
    }

    #[test]
    fn a_check_in_round_takes_moods_or_passes_once_each() {
        let (mut room, f, a, b) = room();
        room.apply(f, Command::StartRound { kind: RoundKind::CheckIn, time_guide_secs: None }, T);
        let o = room.apply(a, Command::Mood { mood: 2, word: "tired".into() }, T);
        assert!(events(&o).contains(&&Event::RoundResponse {
            pid: a,
            response: Response::Mood { mood: Some(2), word: "tired".into() }
        }));
        assert_eq!(error(&room.apply(a, Command::Mood { mood: 3, word: String::new() }, T)), Some("already_responded"));
        assert_eq!(error(&room.apply(b, Command::Mood { mood: 9, word: String::new() }, T)), Some("bad_mood"));
        assert_eq!(error(&room.apply(b, Command::Pass, T)), None, "passing is always fine");
        assert_eq!(events(&room.apply(f, Command::StopRound, T)), vec![&Event::RoundEnded]);
    }

    #[test]
    fn the_talking_piece_goes_round_with_shares_and_passes() {
        let (mut room, f, a, b) = room();
        let o = room.apply(f, Command::StartRound { kind: RoundKind::TalkingPiece, time_guide_secs: Some(180) }, T);
        let Event::RoundStarted { round } = &o.out[0].event else { panic!() };
        assert_eq!((round.order.clone(), round.turn, round.time_guide_secs), (vec![f, a, b], Some(f), Some(180)));
        assert_eq!(error(&room.apply(a, say("me first"), T)), Some("not_your_turn"));
        room.apply(f, Command::Done, T);
        assert_eq!(room.snapshot().round.unwrap().turn, Some(a));
        assert_eq!(error(&room.apply(a, say("my share"), T)), None);
        let o = room.apply(a, Command::Done, T + 1000);
        assert!(events(&o).contains(&&Event::Turn { pid: Some(b), started_at: T + 1000, time_guide_secs: Some(180) }));
        let o = room.apply(b, Command::Pass, T + 2000);
        assert!(events(&o).contains(&&Event::RoundResponse { pid: b, response: Response::Passed }));
        assert!(events(&o).contains(&&Event::RoundEnded), "the round ends after the last person");
        assert!(room.snapshot().round.is_none());
    }

    #[test]
    fn the_facilitator_can_move_the_piece_on() {
        let (mut room, f, a, _) = room();
        room.apply(f, Command::StartRound { kind: RoundKind::TalkingPiece, time_guide_secs: None }, T);
        room.apply(f, Command::NextTurn, T);
        assert_eq!(room.snapshot().round.unwrap().turn, Some(a));
    }

    #[test]
    fn leaving_during_your_turn_passes_the_piece_on() {
        let (mut room, f, a, b) = room();
        room.apply(f, Command::StartRound { kind: RoundKind::TalkingPiece, time_guide_secs: None }, T);
        room.apply(f, Command::Done, T);
        room.apply(a, Command::Leave, T);
        assert_eq!(room.snapshot().round.unwrap().turn, Some(b));
    }

    #[test]
    fn a_muted_person_cannot_post_until_the_mute_ends() {
        let (mut room, f, a, _) = room();
        let o = room.apply(f, Command::Mute { to: a, minutes: 5 }, T);
        assert!(o.out.iter().any(|out| out.audience == Audience::One(a) && matches!(out.event, Event::Muted { .. })));
        assert_eq!(error(&room.apply(a, say("hi"), T + 1000)), Some("muted"));
        assert_eq!(error(&room.apply(a, say("hi"), T + 5 * 60_000 + 1)), None);
        room.apply(f, Command::Mute { to: a, minutes: 5 }, T + 400_000);
        room.apply(f, Command::Unmute { to: a }, T + 400_001);
        assert_eq!(error(&room.apply(a, say("back"), T + 400_002)), None);
    }

    #[test]
    fn nudges_and_notes_are_private() {
        let (mut room, f, a, _) = room();
        let o = room.apply(f, Command::Nudge { to: a, text: "Let's keep to our own experience".into() }, T);
        assert_eq!(o.out.len(), 1);
        assert_eq!(o.out[0].audience, Audience::One(a));
        let o = room.apply(f, Command::Note { text: "Asha seems low today".into() }, T);
        assert_eq!(o.out[0].audience, Audience::Facilitators);
    }

    #[test]
    fn a_removed_person_is_told_kindly_recorded_without_text_and_cannot_return() {
        let (mut room, f, a, _) = room();
        room.apply(a, say("something said"), T);
        let o = room.apply(f, Command::Remove { to: a, reason: "Repeated advice after nudges".into() }, T);
        assert!(o.out.iter().any(|out| out.audience == Audience::One(a)
            && matches!(&out.event, Event::Removed { reason } if reason == "Repeated advice after nudges")));
        assert!(events(&o).contains(&&Event::Left { pid: a }), "others just see them leave");
        assert_eq!(
            o.effects,
            vec![Effect::Removed {
                key: "m:2".into(),
                alias: "Asha".into(),
                reason: "Repeated advice after nudges".into(),
                by: "Ruth".into()
            }]
        );
        assert_eq!(room.join("m:2", "Asha", "", RoomRole::Participant).unwrap_err(), JoinRefused::Removed);
        assert!(room.is_removed("m:2"));
    }

    #[test]
    fn a_facilitator_mutes_a_microphone_in_the_call_until_they_allow_it_again() {
        let (mut room, f, a, b) = room();
        assert_eq!(error(&room.apply(a, Command::CallMute { to: b, muted: true }, T)), Some("facilitators_only"));
        assert_eq!(error(&room.apply(f, Command::CallMute { to: f, muted: true }, T)), Some("cannot_mute_facilitator"));
        let o = room.apply(f, Command::CallMute { to: a, muted: true }, T);
        assert_eq!(events(&o), vec![&Event::CallMuted { pid: a, muted: true }]);
        assert_eq!(o.effects, vec![Effect::CallMuted { key: "m:2".into(), muted: true }]);
        assert!(room.apply(f, Command::CallMute { to: a, muted: true }, T).effects.is_empty(), "once is enough");
        room.detach(a);
        room.join("m:2", "Asha", "", RoomRole::Participant).unwrap();
        assert!(room.snapshot().people.iter().find(|p| p.pid == a).unwrap().call_muted, "still muted on coming back");
        let o = room.apply(f, Command::CallMute { to: a, muted: false }, T);
        assert_eq!(o.effects, vec![Effect::CallMuted { key: "m:2".into(), muted: false }]);
    }

    #[test]
    fn coming_back_keeps_your_place() {
        let (mut room, _, a, _) = room();
        room.apply(a, Command::Hand { up: true }, T);
        room.detach(a);
        assert!(!room.snapshot().people.iter().find(|p| p.pid == a).unwrap().here);
        let (again, o) = room.join("m:2", "Asha", "", RoomRole::Participant).unwrap();
        assert_eq!(again, a);
        assert_eq!(events(&o), vec![&Event::Presence { pid: a, here: true, away: false }]);
        assert_eq!(room.snapshot().queue, vec![a], "still in the queue");
        assert_eq!(room.attended(), 3, "counted once");
    }

    #[test]
    fn stepping_away_is_shown_to_everyone() {
        let (mut room, _, a, _) = room();
        let o = room.apply(a, Command::Away { away: true }, T);
        assert_eq!(events(&o), vec![&Event::Presence { pid: a, here: true, away: true }]);
    }

    #[test]
    fn ending_wipes_everything_and_counts_attendance() {
        let (mut room, f, a, _) = room();
        room.apply(a, say("private words"), T);
        room.apply(f, Command::Pin { text: Some("Be gentle".into()) }, T);
        let o = room.apply(f, Command::End, T);
        assert_eq!(o.effects, vec![Effect::Ended { attended: vec!["g:quiet fox".into(), "m:1".into(), "m:2".into()] }]);
        let s = room.snapshot();
        assert!(s.messages.is_empty() && s.people.is_empty() && s.pinned.is_none());
        assert_eq!(s.status, RoomStatus::Ended);
        assert_eq!(room.join("m:5", "New", "", RoomRole::Participant).unwrap_err(), JoinRefused::Ended);
        assert_eq!(error(&room.apply(f, say("x"), T)), Some("not_in_room"));
    }

    #[test]
    fn a_guest_may_not_take_an_alias_like_anyone_here() {
        let (mut room, _, a, b) = room();
        for look_alike in ["quiet  fox", "QUIET_FOX", "Ruth", "Аsha", "asha"] {
            assert_eq!(
                room.join("g:another pass", look_alike, "", RoomRole::Guest).unwrap_err(),
                JoinRefused::AliasTaken,
                "{look_alike}"
            );
        }
        assert_eq!(
            room.join("g:quiet fox", "Quiet Fox", "", RoomRole::Guest).unwrap().0,
            b,
            "the same pass comes back"
        );
        let (walk_in, _) =
            room.join("m:7", "Quiet Fox", "", RoomRole::Participant).expect("a member keeps their alias");
        assert_ne!(walk_in, b);
        // Once someone has left, their alias is free for a new guest, who is someone new.
        room.apply(a, Command::Leave, T);
        let (new_guest, _) = room.join("g:new pass", "Asha", "", RoomRole::Guest).unwrap();
        assert_ne!(new_guest, a);
    }

    #[test]
    fn a_removed_guest_stays_out_under_a_new_pass() {
        let (mut room, f, _, b) = room();
        room.apply(f, Command::Remove { to: b, reason: String::new() }, T);
        assert_eq!(room.join("g:quiet fox", "Quiet Fox", "", RoomRole::Guest).unwrap_err(), JoinRefused::Removed);
        assert_eq!(room.join("g:new pass", "Quiet Fox", "", RoomRole::Guest).unwrap_err(), JoinRefused::AliasTaken);
        assert_eq!(room.join("g:third pass", "quiet.f0x", "", RoomRole::Guest).unwrap_err(), JoinRefused::AliasTaken);
    }

    #[test]
    fn guests_are_marked_on_their_messages_and_alerts() {
        let (mut room, _, a, b) = room();
        let o = room.apply(b, say("I want to die"), T);
        assert!(events(&o).iter().any(|e| matches!(e, Event::Message { message } if message.guest)));
        assert!(events(&o).iter().any(|e| matches!(e, Event::Alert { alert } if alert.guest && alert.pid == b)));
        let o = room.apply(a, say("hello"), T);
        assert!(events(&o).iter().any(|e| matches!(e, Event::Message { message } if !message.guest)));
    }

    #[test]
    fn events_serialize_with_a_type_tag() {
        let json = serde_json::to_string(&Event::Hand { pid: 3, up: true }).unwrap();
        assert_eq!(json, r#"{"type":"hand","pid":3,"up":true}"#);
        let json = serde_json::to_string(&Event::RoundResponse { pid: 1, response: Response::Passed }).unwrap();
        assert_eq!(json, r#"{"type":"round_response","pid":1,"response":{"kind":"passed"}}"#);
    }
}
