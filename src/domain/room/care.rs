//! The safety net inside a room: what happens after the detector reads a
//! message, "I'm not okay", reports and blocks. Messages are always
//! delivered (only contact details in youth circles are held back); the
//! rest is private words to the writer and to the facilitators. Records
//! for the database carry who, when and how serious, never the words.

use std::collections::HashSet;

use serde::Serialize;

use super::{Event, MoodNumbers, Outcome, Pid, Room, RoomRole, clean};
use crate::domain::safety::{Assessment, Level, learned};

/// Longest reason given with a report, or words with "I'm not okay".
pub const REASON_MAX_CHARS: usize = 600;

/// How a circle sets its room's safety net.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct SafetySettings {
    /// A circle for people under 18 or youth: contact details are held back.
    pub youth: bool,
    /// Remind people of "share, don't fix" when a message reads as advice.
    pub advice_nudge: bool,
    /// Who sees the numbers people give in check-in rounds.
    pub mood_numbers: MoodNumbers,
}

impl Default for SafetySettings {
    fn default() -> SafetySettings {
        SafetySettings { youth: false, advice_nudge: true, mood_numbers: MoodNumbers::default() }
    }
}

/// Why facilitators are alerted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    /// A message read as crisis language.
    Crisis,
    /// Someone pressed "I'm not okay".
    Asked,
    /// Contact details were held back in a youth circle.
    ContactHeld,
    /// Someone reported a message or a person.
    Report,
}

impl AlertKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::Crisis => "crisis",
            AlertKind::Asked => "asked",
            AlertKind::ContactHeld => "contact_held",
            AlertKind::Report => "report",
        }
    }

    /// Reads a stored name.
    pub fn parse(name: &str) -> Option<AlertKind> {
        [AlertKind::Crisis, AlertKind::Asked, AlertKind::ContactHeld, AlertKind::Report]
            .into_iter()
            .find(|k| k.as_str() == name)
    }
}

/// How urgently an alert asks to be followed up, the most urgent highest:
/// crisis language by the detector's level (a method or plan first), then
/// someone who asked for a check-in, then a report, then contact details
/// held back in a youth circle.
pub fn urgency(kind: AlertKind, level: Option<Level>) -> u8 {
    match kind {
        AlertKind::Crisis => {
            10 + match level {
                None => 0,
                Some(Level::Passive) => 1,
                Some(Level::Farewell) => 2,
                Some(Level::SelfHarm) => 3,
                Some(Level::Active) => 4,
                Some(Level::Method) => 5,
            }
        }
        AlertKind::Asked => 3,
        AlertKind::Report => 2,
        AlertKind::ContactHeld => 1,
    }
}

/// A private alert to the room's facilitators (held in memory only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alert {
    pub kind: AlertKind,
    /// Who may need a check-in.
    pub pid: Pid,
    pub alias: String,
    /// A guest, not a member.
    pub guest: bool,
    pub level: Option<Level>,
    /// The message that raised it, to find it in the room.
    pub message: Option<u64>,
    /// What they chose to say with "I'm not okay".
    pub words: Option<String>,
    /// Why the learned layer thought so, when it (not a lexicon phrase)
    /// noticed the message: its score and the nearest examples' levels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learned: Option<learned::Reading>,
}

/// What an alert carries beside who and how serious.
enum Detail {
    Nothing,
    /// Their own words with "I'm not okay".
    Words(Option<String>),
    /// The learned layer's reasons.
    Learned(Option<learned::Reading>),
}

/// A report, as facilitators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub id: u64,
    pub from: Pid,
    pub from_alias: String,
    pub about: Option<Pid>,
    pub about_alias: Option<String>,
    pub message: Option<u64>,
    pub reason: String,
}

/// What the database keeps of an alert or report: never any words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafetyRecord {
    pub kind: AlertKind,
    pub level: Option<Level>,
    /// The person it is about: key and alias in this meet.
    pub key: String,
    pub alias: String,
    /// For a report, who made it.
    pub reported_by: Option<String>,
}

/// What a room remembers for its safety net until the meet ends.
#[derive(Debug, Default)]
pub(super) struct Care {
    pub settings: SafetySettings,
    /// Reports waiting to be seen, and who made them.
    pub reports: Vec<(u64, Pid)>,
    pub next_report: u64,
    /// (blocker, blocked) pairs.
    pub blocks: HashSet<(Pid, Pid)>,
    /// One record per person and kind of alert per meet: a person who says
    /// more is still alerted live, but followed up once.
    pub recorded: HashSet<(String, AlertKind, Option<Level>)>,
}

impl Room {
    /// Contact details in a youth circle: not delivered, the writer told
    /// why, the facilitators told that it happened.
    pub(super) fn hold_back_contact(&mut self, pid: Pid) -> Outcome {
        let mut o = Outcome::default();
        o.to(pid, Event::HeldBack { reason: "contact" });
        self.alert(pid, AlertKind::ContactHeld, None, None, Detail::Nothing, &mut o);
        o
    }

    /// After a message is delivered: alert and care for crisis language,
    /// a reminder for advice.
    pub(super) fn respond_to(&mut self, pid: Pid, role: RoomRole, found: &Assessment, message: u64, o: &mut Outcome) {
        if let Some(level) = found.crisis {
            self.alert(pid, AlertKind::Crisis, Some(level), Some(message), Detail::Learned(found.learned.clone()), o);
            o.to(pid, Event::Care { asked: false });
        }
        if found.advice && self.care.settings.advice_nudge && role != RoomRole::Facilitator {
            o.to(pid, Event::Reminder { about: "advice" });
        }
    }

    fn alert(
        &mut self,
        pid: Pid,
        kind: AlertKind,
        level: Option<Level>,
        message: Option<u64>,
        detail: Detail,
        o: &mut Outcome,
    ) {
        let (words, learned) = match detail {
            Detail::Nothing => (None, None),
            Detail::Words(words) => (words, None),
            Detail::Learned(learned) => (None, learned),
        };
        let Some(member) = self.people.get(&pid) else { return };
        let alias = member.person.alias.clone();
        let guest = member.person.role == RoomRole::Guest;
        o.facilitators(Event::Alert {
            alert: Alert { kind, pid, alias: alias.clone(), guest, level, message, words, learned },
        });
        if self.care.recorded.insert((member.key.clone(), kind, level)) {
            o.effects.push(super::Effect::Safety(SafetyRecord {
                kind,
                level,
                key: member.key.clone(),
                alias,
                reported_by: None,
            }));
        }
    }

    /// "I'm not okay": a private ask for a check-in, with or without words.
    pub(super) fn not_okay(&mut self, pid: Pid, words: &str) -> Outcome {
        let words = if words.trim().is_empty() {
            None
        } else {
            match clean(words, REASON_MAX_CHARS) {
                Some(w) => Some(w),
                None => return Outcome::error(pid, "too_long"),
            }
        };
        let mut o = Outcome::default();
        self.alert(pid, AlertKind::Asked, None, None, Detail::Words(words), &mut o);
        o.to(pid, Event::Care { asked: true });
        o
    }

    /// A private report of a message or a person to the facilitators.
    pub(super) fn report(&mut self, pid: Pid, about: Option<Pid>, message: Option<u64>, reason: &str) -> Outcome {
        let reason = if reason.trim().is_empty() {
            String::new()
        } else {
            match clean(reason, REASON_MAX_CHARS) {
                Some(r) => r,
                None => return Outcome::error(pid, "too_long"),
            }
        };
        let about = match message {
            Some(id) => match self.messages.iter().find(|m| m.id == id) {
                Some(m) => Some(m.from),
                None => return Outcome::error(pid, "no_such_message"),
            },
            None => about,
        };
        let Some(about) = about.filter(|p| *p != pid) else {
            return Outcome::error(pid, "nothing_to_report");
        };
        let Some(reported) = self.people.get(&about) else {
            return Outcome::error(pid, "no_such_person");
        };
        let from_alias = self.people.get(&pid).map(|m| m.person.alias.clone()).unwrap_or_default();
        let id = self.care.next_report + 1;
        self.care.next_report = id;
        self.care.reports.push((id, pid));
        let mut o = Outcome::default();
        o.facilitators(Event::Report {
            report: Report {
                id,
                from: pid,
                from_alias: from_alias.clone(),
                about: Some(about),
                about_alias: Some(reported.person.alias.clone()),
                message,
                reason,
            },
        });
        o.effects.push(super::Effect::Safety(SafetyRecord {
            kind: AlertKind::Report,
            level: None,
            key: reported.key.clone(),
            alias: reported.person.alias.clone(),
            reported_by: Some(from_alias),
        }));
        o.to(pid, Event::Reported { report: id });
        o
    }

    /// A facilitator has seen a report: the reporter is told.
    pub(super) fn seen(&mut self, pid: Pid, report: u64) -> Outcome {
        let Some(at) = self.care.reports.iter().position(|(id, _)| *id == report) else {
            return Outcome::error(pid, "no_such_report");
        };
        let (_, reporter) = self.care.reports.remove(at);
        let mut o = Outcome::default();
        o.to(reporter, Event::ReportSeen { report });
        o.facilitators(Event::ReportClosed { report });
        o
    }

    /// Hides (or shows again) someone's messages for one person, for the
    /// rest of the meet.
    pub(super) fn block(&mut self, pid: Pid, other: Pid, blocked: bool) -> Outcome {
        if other == pid || !self.people.contains_key(&other) {
            return Outcome::error(pid, "no_such_person");
        }
        if blocked {
            self.care.blocks.insert((pid, other));
        } else {
            self.care.blocks.remove(&(pid, other));
        }
        let mut o = Outcome::default();
        o.to(pid, Event::Blocked { pid: other, blocked });
        o
    }

    /// The people `pid` has blocked, in order.
    pub fn blocked_by(&self, pid: Pid) -> Vec<Pid> {
        let mut blocked: Vec<Pid> =
            self.care.blocks.iter().filter(|(by, _)| *by == pid).map(|(_, other)| *other).collect();
        blocked.sort_unstable();
        blocked
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Audience, Command, Effect, Say};
    use super::*;

    #[test]
    fn the_most_serious_alerts_come_first() {
        let order = [
            urgency(AlertKind::Crisis, Some(Level::Method)),
            urgency(AlertKind::Crisis, Some(Level::Active)),
            urgency(AlertKind::Crisis, Some(Level::SelfHarm)),
            urgency(AlertKind::Crisis, Some(Level::Farewell)),
            urgency(AlertKind::Crisis, Some(Level::Passive)),
            urgency(AlertKind::Crisis, None),
            urgency(AlertKind::Asked, None),
            urgency(AlertKind::Report, None),
            urgency(AlertKind::ContactHeld, None),
        ];
        assert!(order.windows(2).all(|w| w[0] > w[1]), "{order:?}");
    }

    const T: i64 = 1_000_000;

    fn room(settings: SafetySettings) -> (Room, Pid, Pid, Pid) {
        let mut room = Room::new(T + 3_600_000, settings);
        let (f, _) = room.join("m:1", "Ruth", "", RoomRole::Facilitator).unwrap();
        let (a, _) = room.join("m:2", "Asha", "", RoomRole::Participant).unwrap();
        let (b, _) = room.join("g:quiet fox", "Quiet Fox", "", RoomRole::Guest).unwrap();
        (room, f, a, b)
    }

    fn say(room: &mut Room, pid: Pid, text: &str, at: i64) -> Outcome {
        room.apply(pid, Command::Say(Say::new(text, None)), at)
    }

    #[test]
    fn crisis_language_is_delivered_and_brings_an_alert_a_card_and_a_record() {
        let (mut room, _, a, _) = room(SafetySettings::default());
        let o = say(&mut room, a, "I don't want to be alive anymore", T);
        assert!(matches!(o.out[0], super::super::Out { audience: Audience::All, event: Event::Message { .. } }));
        let alert = o.out.iter().find_map(|out| match (&out.audience, &out.event) {
            (Audience::Facilitators, Event::Alert { alert }) => Some(alert),
            _ => None,
        });
        let alert = alert.expect("facilitators are alerted");
        assert_eq!((alert.kind, alert.level, alert.alias.as_str()), (AlertKind::Crisis, Some(Level::Active), "Asha"));
        assert!(alert.words.is_none(), "the alert carries no words; the message is in the room");
        assert!(o.out.iter().any(|out| out.audience == Audience::One(a) && out.event == Event::Care { asked: false }));
        let Effect::Safety(record) = &o.effects[0] else { panic!("{:?}", o.effects) };
        assert_eq!((record.kind, record.key.as_str()), (AlertKind::Crisis, "m:2"));
        let again = say(&mut room, a, "I don't want to be alive anymore", T + 10_000);
        assert!(again.out.iter().any(|out| matches!(out.event, Event::Alert { .. })), "alerted live every time");
        assert!(again.effects.is_empty(), "recorded once per person and level");
    }

    #[test]
    fn figures_of_speech_bring_nothing() {
        let (mut room, _, a, _) = room(SafetySettings::default());
        let o = say(&mut room, a, "this traffic is killing me", T);
        assert_eq!(o.out.len(), 1);
        assert!(o.effects.is_empty());
    }

    #[test]
    fn advice_brings_a_private_reminder_unless_the_circle_switched_it_off() {
        let (mut on, _, a, _) = room(SafetySettings::default());
        let o = say(&mut on, a, "you should just leave him", T);
        assert!(
            o.out
                .iter()
                .any(|out| out.audience == Audience::One(a) && out.event == Event::Reminder { about: "advice" })
        );
        assert!(matches!(o.out[0].event, Event::Message { .. }), "the message still goes out");
        let (mut off, _, a, _) = room(SafetySettings { advice_nudge: false, ..SafetySettings::default() });
        assert_eq!(say(&mut off, a, "you should just leave him", T).out.len(), 1);
    }

    #[test]
    fn contact_details_are_held_back_in_youth_circles_only() {
        let (mut youth, _, a, _) = room(SafetySettings { youth: true, ..SafetySettings::default() });
        let o = say(&mut youth, a, "add me on insta, it's @asha_k", T);
        assert!(!o.out.iter().any(|out| matches!(out.event, Event::Message { .. })), "not delivered");
        assert!(
            o.out
                .iter()
                .any(|out| out.audience == Audience::One(a) && out.event == Event::HeldBack { reason: "contact" })
        );
        assert!(
            o.out
                .iter()
                .any(|out| matches!(&out.event, Event::Alert { alert } if alert.kind == AlertKind::ContactHeld))
        );
        assert!(youth.snapshot().messages.is_empty());
        let (mut adults, _, a, _) = room(SafetySettings::default());
        assert!(matches!(say(&mut adults, a, "add me on insta, it's @asha_k", T).out[0].event, Event::Message { .. }));
    }

    #[test]
    fn not_okay_reaches_facilitators_with_or_without_words() {
        let (mut room, f, a, _) = room(SafetySettings::default());
        let o = room.apply(a, Command::NotOkay { words: "".into() }, T);
        assert!(o.out.iter().any(|out| out.audience == Audience::One(a) && out.event == Event::Care { asked: true }));
        let o = room.apply(a, Command::NotOkay { words: "rough week".into() }, T);
        assert!(
            o.out.iter().any(
                |out| matches!(&out.event, Event::Alert { alert } if alert.words.as_deref() == Some("rough week"))
            )
        );
        assert!(o.out.iter().all(|out| out.audience != Audience::All), "nobody else hears of it");
        let _ = f;
    }

    #[test]
    fn a_report_reaches_facilitators_and_the_reporter_hears_when_it_was_seen() {
        let (mut room, f, a, b) = room(SafetySettings::default());
        say(&mut room, b, "hello", T);
        let o = room.apply(a, Command::Report { about: None, message: Some(1), reason: "felt unsafe".into() }, T);
        let report = o.out.iter().find_map(|out| match &out.event {
            Event::Report { report } => Some(report.clone()),
            _ => None,
        });
        let report = report.expect("facilitators see the report");
        assert_eq!((report.about, report.about_alias.as_deref()), (Some(b), Some("Quiet Fox")));
        let Effect::Safety(record) = &o.effects[0] else { panic!() };
        assert_eq!((record.kind, record.reported_by.as_deref()), (AlertKind::Report, Some("Asha")));
        assert_eq!(
            room.apply(a, Command::Seen { report: report.id }, T).out[0].event,
            Event::Error { code: "facilitators_only" }
        );
        let seen = room.apply(f, Command::Seen { report: report.id }, T);
        assert!(
            seen.out
                .iter()
                .any(|out| out.audience == Audience::One(a) && out.event == Event::ReportSeen { report: report.id })
        );
        assert_eq!(
            room.apply(a, Command::Report { about: Some(a), message: None, reason: String::new() }, T).out[0].event,
            Event::Error { code: "nothing_to_report" }
        );
    }

    #[test]
    fn blocking_hides_someone_for_the_blocker_only() {
        let (mut room, _, a, b) = room(SafetySettings::default());
        say(&mut room, b, "hello", T);
        let o = room.apply(a, Command::Block { pid: b, blocked: true }, T);
        assert_eq!(o.out[0].event, Event::Blocked { pid: b, blocked: true });
        assert_eq!(room.blocked_by(a), vec![b]);
        assert!(room.snapshot_for(a).messages.is_empty());
        assert_eq!(room.snapshot().messages.len(), 1);
        room.apply(a, Command::Block { pid: b, blocked: false }, T);
        assert!(room.blocked_by(a).is_empty());
    }
}
