//! The live room: its page, opening and ending it, and the WebSocket people
//! connect through. Who may come in is decided here, at the page and again
//! at the upgrade; what happens inside is the room task's.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use futures_util::{FutureExt, SinkExt};
use serde::Deserialize;
use tokio::sync::broadcast::{self, error::RecvError, error::TryRecvError};

use super::auth::EmptyForm;
use super::circles::{for_reader, may_find, runs, runs_circle};
use super::safety::{self, HelplineView};
use crate::domain::Alias;
use crate::domain::circle::Circle;
use crate::domain::meet::{Meet, MeetStatus};
use crate::domain::moderation::Hold;
use crate::domain::room::{Command, Event, JoinRefused, Pid, RoomRole, SafetySettings, allowance, guest_may_use};
use crate::domain::rsvp::must_accept_agreements;
use crate::domain::safety::Detector;
use crate::i18n::msg;
use crate::room::{Attached, Entrant, Frame, OpenError, RoomHandle, Unanswered, encode, protocol};
use crate::services::{now, now_ms};
use crate::web::AppState;
use crate::web::context::{Ctx, RequestContext, SignedIn};
use crate::web::error::AppError;
use crate::web::format::Clock;
use crate::web::forms::CsrfForm;
use crate::web::guest;
use crate::web::page::{Page, render, render_status};
use crate::web::view::CircleView;

/// Small WebSocket buffers: a few KiB per connection, not the library's
/// defaults. Clients send short frames; the read buffer grows for a long one.
const READ_BUFFER: usize = 1024;
const WRITE_BUFFER: usize = 4 * 1024;
/// Frames written together at most: enough to save system calls under
/// load, few enough that what this person sends is soon read again.
const BATCH: usize = 8;
/// A connection that cannot take a frame within this time is dropped.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);
/// Frames refused in a row (over the allowance) before a connection is
/// closed: nobody sending by hand comes near, and a flood stops being read.
const REFUSED_IN_A_ROW: u32 = 32;

async fn meet_and_circle(state: &AppState, id: i64) -> Result<(Meet, Circle), AppError> {
    let meet = state.store.meet_alone(id).await?.ok_or(AppError::NotFound)?;
    let circle = state.store.circle_by_id(meet.circle_id).await?.ok_or(AppError::NotFound)?;
    Ok((meet, circle))
}

/// What the door of a meet's room knows before asking the database.
pub(super) struct Door<'a> {
    pub(super) meet_id: i64,
    /// Whether members without a seat may come in.
    pub(super) drop_in: bool,
    /// The room, if it is open: it knows of a removal before the database does.
    pub(super) room: Option<&'a RoomHandle>,
}

impl Door<'_> {
    fn removed_here(&self, key: &str) -> bool {
        self.room.is_some_and(|room| room.has_removed(key))
    }
}

/// What the door says to someone.
pub(super) enum Verdict {
    Enter(Entrant),
    /// A member who may come in once they accept the circle's (current) agreements.
    MustAccept,
    /// Suspended from the circle (a member), or a guest whose browser holds
    /// its member's suspension.
    KeptOut(Hold),
    Refused,
}

/// Who this request may enter the meet's room as, if anyone: the circle's
/// facilitators and coordinators; members with a seat; in drop-in circles
/// any member, and guests with a pass for this meet. Participants first
/// accept the circle's agreements. Someone removed never again. The page
/// and the socket both ask here, so neither lets in anyone the other would not.
pub(super) async fn entrant(
    state: &AppState,
    context: &RequestContext,
    headers: &HeaderMap,
    at: Door<'_>,
) -> Result<Verdict, AppError> {
    let meet_id = at.meet_id;
    if let Some(viewer) = &context.viewer {
        let member = &viewer.member;
        let key = format!("m:{}", member.id);
        let door = state.store.room_door(meet_id, member.id).await?;
        let role = if runs(member.roles, door.facilitates) {
            RoomRole::Facilitator
        } else if door.seat || at.drop_in {
            RoomRole::Participant
        } else {
            return Ok(Verdict::Refused);
        };
        if door.removed || at.removed_here(&key) {
            return Ok(Verdict::Refused);
        }
        if let Some((_, hold)) = state.store.hold_on_meet(member.id, meet_id, now()).await? {
            return Ok(Verdict::KeptOut(hold));
        }
        let org_agreements = state.org().await.agreements_version;
        if role == RoomRole::Participant
            && must_accept_agreements(door.accepted, org_agreements, door.circle_agreements)
        {
            return Ok(Verdict::MustAccept);
        }
        return Ok(Verdict::Enter(Entrant {
            key,
            alias: member.alias.to_string(),
            pronouns: member.profile.pronouns.clone().unwrap_or_default(),
            role,
        }));
    }
    let Some(pass) = guest::read(&state.signing, headers, meet_id, now()) else { return Ok(Verdict::Refused) };
    let key = pass.room_key();
    if at.removed_here(&key) {
        return Ok(Verdict::Refused);
    }
    if super::moderation::has_hold_cookie(headers)
        && let Some(meet) = state.store.meet_alone(meet_id).await?
        && let Some(hold) = super::moderation::hold_for(state, context, headers, meet.circle_id).await?
    {
        return Ok(Verdict::KeptOut(hold));
    }
    // The database still knows a removal after the room that made it is
    // gone: neither that pass nor another under a look-alike alias comes in.
    let removed = state.store.removed_guests(meet_id).await?;
    if removed.iter().any(|(removed, _)| *removed == key)
        || !guest_may_use(&pass.alias, removed.into_iter().map(|(_, alias)| Alias::from_stored(alias)))
    {
        return Ok(Verdict::Refused);
    }
    Ok(Verdict::Enter(Entrant { key, alias: pass.alias.to_string(), pronouns: String::new(), role: RoomRole::Guest }))
}

#[derive(Template)]
#[template(path = "room_closed.html")]
struct ClosedPage {
    page: Page,
    circle: CircleView,
    meet_id: i64,
    message: String,
    can_open: bool,
    waiting: bool,
    /// The meet is over: its people may say how it was.
    feedback: bool,
}

#[derive(Template)]
#[template(path = "room.html")]
struct RoomPage {
    page: Page,
    circle: CircleView,
    meet_id: i64,
    /// When the meet is planned to start (Unix ms): a room opened early says how long until then.
    starts_at_ms: i64,
    /// The person's clock style and zone, for the times the room script writes.
    twelve_hour: bool,
    zone: String,
    facilitator: bool,
    strings: String,
    /// The care card's helplines, for the person's region.
    lines: Vec<CareLine>,
    region: String,
    /// The organisation's protocol, for facilitators.
    protocol: Vec<String>,
    /// Caring words a facilitator may start a private word from (never a correction first).
    care_words: Vec<String>,
    /// The meet has a call beside the room.
    call: bool,
    /// Whether the call has cameras.
    video: bool,
    /// The words the call script shows, as JSON.
    call_strings: String,
}

/// A way to reach a helpline in one tap: where the link goes and what it says.
struct Way {
    href: String,
    label: String,
}

/// One helpline as the room's care card offers it: large call and text
/// buttons, its hours and its languages.
struct CareLine {
    name: String,
    /// The name's `lang` when it is not the page's ("en" on a Hindi page).
    name_lang: String,
    call: Option<Way>,
    text: Option<Way>,
    chat: String,
    /// "Mon–Fri 6 pm – 2 am London time · Closed now; opens today at 6 pm".
    hours: String,
    languages: String,
    emergency: bool,
}

impl CareLine {
    fn new(view: &HelplineView) -> CareLine {
        let line = &view.line;
        let way = |href: String, label: &str| Way { href, label: label.into() };
        CareLine {
            name: line.name.clone(),
            name_lang: view.name_lang.clone(),
            call: (!view.phone_link.is_empty()).then(|| way(format!("tel:{}", view.phone_link), &view.call_label)),
            text: (!view.sms_link.is_empty()).then(|| way(view.sms_link.clone(), &view.sms_label)),
            chat: line.chat.clone(),
            hours: [view.hours.as_str(), view.open_now.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
            languages: view.languages.clone(),
            emergency: line.emergency,
        }
    }
}

/// The words the room script shows, in the reader's language, as JSON that
/// is safe inside a `<script type="application/json">` element.
fn script_strings(tr: &crate::i18n::Tr) -> String {
    let keys = [
        "room-connecting",
        "room-connected",
        "room-reconnecting",
        "room-restarted",
        "room-paused-banner",
        "room-ended",
        "room-feedback-link",
        "room-removed",
        "room-you",
        "room-facilitator",
        "room-guest",
        "room-here",
        "room-away",
        "room-not-here",
        "room-hand-raised",
        "room-cw",
        "room-cw-show",
        "room-react-nod",
        "room-react-hear-you",
        "room-react-me-too",
        "room-react-heart",
        "room-new-message",
        "room-new-messages",
        "room-starts",
        "room-ends",
        "room-over-time",
        "room-turn-of",
        "room-your-turn",
        "room-time-guide",
        "room-round-check-in",
        "room-round-talking-piece",
        "room-round-check-out",
        "room-passed",
        "room-shared",
        "room-mood-number",
        "room-mood-number-word",
        "room-mood-shared",
        "room-mood-shared-word",
        "room-mood-who-facilitators",
        "room-mood-who-everyone",
        "room-nudge-title",
        "room-muted-until",
        "room-unmuted",
        "room-floor",
        "room-note-from",
        "room-error-malformed",
        "room-error-unknown",
        "room-error-slow-down",
        "room-error-paused",
        "room-error-muted",
        "room-error-not-your-turn",
        "room-error-too-long",
        "room-error-empty",
        "room-error-other",
        "room-error-too-slow",
        "room-pinned",
        "room-nobody-waiting",
        "room-dismiss",
        "room-react-to",
        "room-alert-crisis",
        "room-alert-asked",
        "room-alert-contact-held",
        "room-alert-said",
        "room-alert-level-passive",
        "room-alert-level-active",
        "room-alert-level-method",
        "room-alert-level-self-harm",
        "room-alert-level-farewell",
        "room-alert-show-message",
        "room-alert-learned",
        "room-alert-level-none",
        "room-report-from",
        "room-report-seen-button",
        "room-report-seen",
        "room-reported",
        "room-report-message",
        "room-report-person",
        "room-report",
        "room-block",
        "room-unblock",
        "room-blocked",
        "room-unblocked",
        "room-reminder-advice",
        "room-reminder-title",
        "room-held-back-contact",
        "room-not-okay-sent",
        "room-error-nothing-to-report",
        "room-closing-minutes",
        "room-closing-minute",
        "room-error-alias-taken",
        "room-choose-another-name",
        "room-error-too-many-connections",
        "room-alert-tab-title",
        "room-alert-tab-report",
        "room-alert-flag",
        "room-alert-more",
        "room-alert-reply-sent",
        "room-person-actions",
        "room-remove-confirm",
        "room-alerts-count",
    ];
    strings_json(tr, &keys)
}

/// The words with these keys, as JSON that is safe inside a `<script type="application/json">` element.
pub(super) fn strings_json(tr: &crate::i18n::Tr, keys: &[&str]) -> String {
    let map: serde_json::Map<String, serde_json::Value> =
        keys.iter().map(|k| (k.to_string(), serde_json::Value::String(tr.get(k)))).collect();
    serde_json::to_string(&map)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// `GET /meets/{id}/room`.
pub async fn page(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (meet, circle) = meet_and_circle(&state, id).await?;
    // An open room admits as it did when it opened, the socket included.
    let room = state.rooms.get(id).await;
    let door =
        Door { meet_id: id, drop_in: room.as_ref().map_or(circle.drop_in, |r| r.drop_in()), room: room.as_ref() };
    let who = entrant(&state, &context, &headers, door).await?;
    let shown = for_reader(&state, circle.clone(), &context.tr).await?;
    let page = Page::new(&state, &context, msg("room-title")).await.titled(shown.name.clone());
    let closed = |page: Page, message: String, can_open: bool, waiting: bool, status: StatusCode| {
        let circle = CircleView::new(&shown, &page.t);
        let feedback = meet.status == MeetStatus::Ended;
        render_status(status, &ClosedPage { page, circle, meet_id: id, message, can_open, waiting, feedback })
    };
    // Nobody learns of an unlisted circle by walking meet ids to its room:
    // only those let in, and those who may find it, hear more than "no such meet".
    if !matches!(who, Verdict::Enter(_)) && !may_find(&state, &context, &circle).await? {
        return Err(AppError::NotFound);
    }
    let who = match who {
        Verdict::Enter(who) => who,
        Verdict::MustAccept => {
            let agreements = format!("/circles/{}/agreements?then=room&meet={id}", circle.slug);
            return Ok(Redirect::to(&agreements).into_response());
        }
        Verdict::KeptOut(hold) => return super::moderation::kept_out_page(&state, &context, &circle, &hold).await,
        Verdict::Refused => {
            let message = page.t.get(msg("room-not-allowed"));
            return closed(page, message, false, false, StatusCode::FORBIDDEN);
        }
    };
    if matches!(meet.status, MeetStatus::Cancelled | MeetStatus::Ended) {
        let key =
            if meet.status == MeetStatus::Cancelled { msg("room-meet-cancelled") } else { msg("room-meet-ended") };
        let message = page.t.get(key);
        return closed(page, message, false, false, StatusCode::OK);
    }
    if room.is_none() {
        let facilitator = who.role == RoomRole::Facilitator;
        let message = page.t.get(if facilitator { msg("room-not-open-facilitator") } else { msg("room-not-open") });
        return closed(page, message, facilitator, true, StatusCode::OK);
    }
    let strings = script_strings(&page.t);
    let (region, views) = safety::care_card(&state, &context, &headers, &circle, &page.t).await?;
    let lines = views.iter().map(CareLine::new).collect();
    let facilitator = who.role == RoomRole::Facilitator;
    let protocol = if facilitator { state.org().await.safety_protocol.clone() } else { Vec::new() };
    let care_words = if facilitator {
        ["room-care-word-noticed", "room-care-word-how", "room-care-word-here", "room-care-word-own-experience"]
            .into_iter()
            .map(|key| page.t.get(key))
            .collect()
    } else {
        Vec::new()
    };
    let circle = CircleView::new(&shown, &page.t);
    let starts_at_ms = meet.starts_at * 1000;
    let twelve_hour = Clock::for_reader(page.t.lang(), context.zone) == Clock::Twelve;
    let zone = context.zone.map(|z| z.name().to_string()).unwrap_or_default();
    let call = room.as_ref().is_some_and(|room| room.call().is_some());
    let video = room.as_ref().and_then(|room| room.call()).is_some_and(|call| call.video());
    let call_strings = if call { super::call::script_strings(&page.t) } else { String::new() };
    let page = render(&RoomPage {
        page,
        circle,
        meet_id: id,
        starts_at_ms,
        twelve_hour,
        zone,
        facilitator,
        strings,
        lines,
        region,
        protocol,
        care_words,
        call,
        video,
        call_strings,
    })?;
    Ok(match (call, video) {
        (true, true) => ([crate::web::headers::camera_allowed()], page).into_response(),
        (true, false) => ([crate::web::headers::microphone_allowed()], page).into_response(),
        _ => page,
    })
}

async fn run_circle_meet(state: &AppState, context: &RequestContext, id: i64) -> Result<(Meet, Circle), AppError> {
    let (meet, circle) = meet_and_circle(state, id).await?;
    if !runs_circle(state, context, circle.id).await? {
        return Err(AppError::Forbidden);
    }
    Ok((meet, circle))
}

/// `POST /meets/{id}/room/open`: a facilitator opens the room.
pub async fn open(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (meet, circle) = run_circle_meet(&state, &signed_in.context, id).await?;
    if matches!(meet.status, MeetStatus::Cancelled | MeetStatus::Ended) {
        return Err(AppError::BadRequest("room-meet-over"));
    }
    // A room opened late still gets a quarter of an hour.
    let ends_at = (meet.ends_at() * 1000).max(now_ms() + 15 * 60_000);
    let safety = SafetySettings {
        youth: circle.is_youth(),
        advice_nudge: circle.advice_nudge,
        mood_numbers: circle.mood_numbers,
    };
    let call = state.media.as_ref().filter(|_| circle.call.has_call()).map(|media| (media, circle.call));
    let room = state.rooms.open(id, ends_at, safety, circle.drop_in, call).await.map_err(|error| match error {
        OpenError::Stopping => AppError::BadRequest("room-server-stopping"),
        OpenError::Bus => AppError::BadRequest("room-bus-unavailable"),
    })?;
    state.store.mark_live(id, room.closes_at() / 1000).await?;
    state.directory.invalidate();
    Ok(Redirect::to(&format!("/meets/{id}/room")).into_response())
}

/// `POST /meets/{id}/room/end`: a facilitator ends the meet (also possible
/// from inside the room); everything the room held is wiped.
pub async fn end(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    run_circle_meet(&state, &signed_in.context, id).await?;
    match state.rooms.get(id).await {
        Some(room) => room.end().await,
        None => state.store.end_meet(id, &[]).await?,
    }
    Ok(Redirect::to(&format!("/meets/{id}?done=meet-ended")).into_response())
}

/// `?last_seq=` on the socket URL: resume after this frame.
#[derive(Debug, Default, Deserialize)]
pub struct Resume {
    last_seq: Option<u64>,
}

pub(super) fn origin_matches(state: &AppState, context: &RequestContext, headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    crate::web::forms::origin_is_ours(state, context, origin)
}

/// `GET /meets/{id}/room/socket`: the WebSocket, checked before upgrading.
pub async fn socket(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(id): Path<i64>,
    Query(resume): Query<Resume>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Result<Response, AppError> {
    if !origin_matches(&state, &context, &headers) {
        return Err(AppError::Forbidden);
    }
    // Only an open room has a socket, and it knows what the circle allows:
    // the connection reads the session and the door, not the meet or circle.
    let room = state.rooms.get(id).await.ok_or(AppError::NotFound)?;
    let door = Door { meet_id: id, drop_in: room.drop_in(), room: Some(&room) };
    // Nobody is upgraded who could not enter by the page: not before they
    // accept the circle's agreements either.
    let Verdict::Enter(who) = entrant(&state, &context, &headers, door).await? else {
        return Err(AppError::Forbidden);
    };
    Ok(upgrade
        .read_buffer_size(READ_BUFFER)
        .write_buffer_size(WRITE_BUFFER)
        .max_write_buffer_size(256 * 1024)
        .max_message_size(protocol::MAX_FRAME_BYTES)
        .max_frame_size(protocol::MAX_FRAME_BYTES)
        .on_upgrade(move |socket| connection(socket, room, who, resume.last_seq)))
}

fn error_frame(code: &'static str) -> Utf8Bytes {
    encode(0, &Event::Error { code })
}

/// Tells someone why they cannot be in the room, and closes.
async fn turn_away(mut socket: WebSocket, code: &'static str) {
    let _ = on_time(socket.send(Message::Text(error_frame(code)))).await;
    let _ = socket.close().await;
}

/// What a person sent, as a command for the room, if their allowance covers
/// it: checked before the frame is even read, and again (for words) before
/// the safety detector reads them.
fn heard(allowance: &Attached, frame: &str, detector: &Detector) -> Result<Command, &'static str> {
    let now = now_ms();
    if !allowance.take(allowance::FRAME_COST, now) {
        return Err("slow_down");
    }
    let incoming = protocol::read(frame)?;
    if incoming.has_words() && !allowance.take(allowance::WORDS_COST - allowance::FRAME_COST, now) {
        return Err("slow_down");
    }
    incoming.command(detector)
}

/// Whether reading a message may take milliseconds (the safety net's
/// sentence stage is installed) on a runtime whose worker can be handed
/// over meanwhile: decided once per connection, not per message.
fn reads_slowly(detector: &Detector) -> bool {
    detector.layers().contains(&"sentence")
        && tokio::runtime::Handle::try_current()
            .is_ok_and(|h| h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread)
}

/// [`heard`], with this worker thread handed over to the runtime's other
/// tasks while it reads when reading is slow, so other connections on this
/// worker do not wait for it.
fn hear(allowance: &Attached, frame: &str, detector: &Detector, slowly: bool) -> Result<Command, &'static str> {
    if slowly {
        tokio::task::block_in_place(|| heard(allowance, frame, detector))
    } else {
        heard(allowance, frame, detector)
    }
}

/// One person's connection, on one task: it reads what they send and writes
/// them the room's frames. One task (not a reader and a writer) keeps each
/// connection small and saves a wake-up per frame; the room never waits on
/// it, since frames reach it through the room's broadcast channel.
async fn connection(mut socket: WebSocket, room: RoomHandle, who: Entrant, last_seq: Option<u64>) {
    // Counted until this connection ends; its person's other sockets share the allowance.
    let Some(allowance) = room.attach(&who.key, &who.alias) else {
        return turn_away(socket, "too_many_connections").await;
    };
    let admitted = match room.join(who, last_seq).await {
        Ok(Ok(admitted)) => admitted,
        // The instance holding the room is not answering (it may just have
        // been lost): closing says nothing, and the page comes again.
        Err(Unanswered::Unreachable) => {
            let _ = socket.close().await;
            return;
        }
        refused => {
            let code = match refused {
                Ok(Err(JoinRefused::Removed)) => "removed",
                Ok(Err(JoinRefused::AliasTaken)) => "alias_taken",
                _ => "ended",
            };
            return turn_away(socket, code).await;
        }
    };
    let pid = admitted.pid;
    let slowly = reads_slowly(room.detector());
    let mut reader = Reader { pid, role: admitted.role, blocked: admitted.blocked.into_iter().collect() };
    let mut frames = admitted.frames;
    let mut last = 0;
    let mut open = true;
    let mut refused_in_a_row = 0;
    for frame in admitted.catch_up {
        last = last.max(frame.seq);
        if open && reader.wants(&frame) {
            open = on_time(socket.feed(Message::Text(frame.text.clone()))).await;
        }
    }
    open = on_time(socket.flush()).await && open;
    while open {
        tokio::select! {
            // What the person sends is read before more is written to them:
            // a client slow to read still has its own words heard in time.
            biased;
            incoming = socket.recv() => {
                let answer = match incoming {
                    // Reading runs the safety detector over a message here, on
                    // this connection's task, so the room's own task never waits on it.
                    Some(Ok(Message::Text(text))) => match hear(&allowance, &text, room.detector(), slowly) {
                        Ok(command) => {
                            open = room.command(pid, command, &text).await;
                            None
                        }
                        Err(code) => Some(code),
                    },
                    Some(Ok(Message::Binary(_))) => Some(
                        if allowance.take(allowance::FRAME_COST, now_ms()) { "binary_not_supported" } else { "slow_down" },
                    ),
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => None,
                    Some(Ok(Message::Close(_)) | Err(_)) | None => {
                        open = false;
                        None
                    }
                };
                refused_in_a_row = if answer == Some("slow_down") { refused_in_a_row + 1 } else { 0 };
                if let Some(code) = answer {
                    open = on_time(socket.send(Message::Text(error_frame(code)))).await
                        && refused_in_a_row < REFUSED_IN_A_ROW;
                }
            }
            received = frames.recv() => {
                // Frames already waiting behind this one go out in the same
                // write: under load, one system call instead of several.
                let mut next = Some(received);
                let mut batch = 0;
                while let Some(received) = next {
                    batch += 1;
                    match received {
                        Ok(frame) if frame.keep_alive => {
                            open = on_time(socket.feed(Message::Ping(Default::default()))).await;
                        }
                        Ok(frame) if frame.seq <= last || !reader.wants(&frame) => {}
                        Ok(frame) => {
                            last = frame.seq;
                            open = on_time(socket.feed(Message::Text(frame.text.clone()))).await && !frame.closes;
                        }
                        Err(RecvError::Lagged(_)) => {
                            let _ = on_time(socket.feed(Message::Text(error_frame("too_slow")))).await;
                            open = false;
                        }
                        Err(RecvError::Closed) => open = false,
                    }
                    next = if open && batch < BATCH { waiting(&mut frames) } else { None };
                }
                // Flushing with nothing fed writes nothing.
                open = on_time(socket.flush()).await && open;
            }
        }
    }
    room.detach(pid).await;
    let _ = socket.close().await;
}

/// Who a connection is for, and whose messages they chose not to see.
struct Reader {
    pid: Pid,
    role: RoomRole,
    blocked: HashSet<Pid>,
}

impl Reader {
    /// Whether this frame goes to this person (learning of new blocks on the way).
    fn wants(&mut self, frame: &Frame) -> bool {
        if !frame.is_for(self.pid, self.role) {
            return false;
        }
        if let Some((other, blocked)) = frame.block {
            if blocked {
                self.blocked.insert(other);
            } else {
                self.blocked.remove(&other);
            }
        }
        frame.from.is_none_or(|from| !self.blocked.contains(&from))
    }
}

/// The next frame already waiting for this connection, if any.
fn waiting(frames: &mut broadcast::Receiver<Arc<Frame>>) -> Option<Result<Arc<Frame>, RecvError>> {
    match frames.try_recv() {
        Ok(frame) => Some(Ok(frame)),
        Err(TryRecvError::Empty) => None,
        Err(TryRecvError::Lagged(missed)) => Some(Err(RecvError::Lagged(missed))),
        Err(TryRecvError::Closed) => Some(Err(RecvError::Closed)),
    }
}

/// Whether a write to the socket succeeded in time. Nearly every write
/// completes at once; only one that has to wait gets a deadline, which
/// saves setting up a timer for every frame.
pub(super) async fn on_time(write: impl Future<Output = Result<(), axum::Error>>) -> bool {
    let mut write = std::pin::pin!(write);
    match write.as_mut().now_or_never() {
        Some(done) => done.is_ok(),
        None => matches!(tokio::time::timeout(SEND_TIMEOUT, write).await, Ok(Ok(()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word the room script asks for exists in English: a missing
    /// one would show its id to someone in the room.
    #[test]
    fn every_script_string_exists_in_english() {
        let tr = crate::i18n::I18n::load().translator("en");
        let strings: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&script_strings(&tr)).unwrap();
        let missing: Vec<&String> =
            strings.iter().filter(|(key, value)| value.as_str() == Some(key.as_str())).map(|(key, _)| key).collect();
        assert!(missing.is_empty(), "missing from locales/en.ftl: {missing:?}");
    }
}
