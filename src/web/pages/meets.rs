//! One meet: its page, RSVPs, "not this time", dropping in as a guest, its
//! calendar file; a member's own list of meets; and cancelling or moving a
//! meet for those who run the circle.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use serde::Deserialize;

use super::auth::check_limits;
use super::circles::{Discreet, calendar_file, for_reader, may_find, needs_agreements, runs_circle};
use super::notices::{NoticeRow, notices_for};
use crate::auth::limits::Door;
use crate::domain::audit::{Actor, AuditAction};
use crate::domain::circle::Circle;
use crate::domain::external_link::may_see as may_see_link;
use crate::domain::meet::MeetStatus;
use crate::domain::member::FieldErrors;
use crate::domain::room::guest_may_use;
use crate::domain::rsvp::{CancelOutcome, RsvpOutcome};
use crate::domain::schedule::local_to_instant;
use crate::domain::{Alias, Invalid, text};
use crate::i18n::{Tr, msg};
use crate::services::{now, now_ms};
use crate::store::meets::MeetCounts;
use crate::web::AppState;
use crate::web::context::{Ctx, RequestContext, SignedIn, safe_next};
use crate::web::error::AppError;
use crate::web::external_link::{self, LinkView};
use crate::web::format::MeetTime;
use crate::web::forms::{CsrfForm, Fields, FormState};
use crate::web::guest::{self, GuestPass};
use crate::web::page::{Page, render, render_status};
use crate::web::view::{CircleView, MeetView};

/// The drop-in form's fields.
const DROP_IN_FIELDS: Fields = &[("alias", msg("field-alias")), ("agree", msg("circle-agreements"))];

async fn meet_and_circle(state: &AppState, meet_id: i64) -> Result<(MeetCounts, Circle), AppError> {
    let counts = state.store.meet(meet_id).await?.ok_or(AppError::NotFound)?;
    let circle = state.store.circle_by_id(counts.meet.circle_id).await?.ok_or(AppError::NotFound)?;
    Ok((counts, circle))
}

/// How a reader reached a meet: `?circle=` names its circle when they came
/// from the circle's own page, which is how an unlisted circle is shared.
#[derive(Debug, Default, Deserialize)]
pub struct Via {
    #[serde(default)]
    circle: String,
}

/// A meet and its circle for a reader who may find the circle, or who came
/// from its page (knowing its slug, as everyone with its link does); anyone
/// else is told there is no such meet, so walking meet ids reveals no
/// unlisted circle. A guest who dropped in holds a pass for this meet.
/// Also returns the `?circle=` to carry on, when the reader needs it.
async fn findable_meet(
    state: &AppState,
    context: &RequestContext,
    headers: &axum::http::HeaderMap,
    meet_id: i64,
    via: &Via,
) -> Result<(MeetCounts, Circle, String), AppError> {
    let (counts, circle) = meet_and_circle(state, meet_id).await?;
    if may_find(state, context, &circle).await? || guest::read(&state.signing, headers, meet_id, now()).is_some() {
        return Ok((counts, circle, String::new()));
    }
    if via.circle == circle.slug {
        let via = format!("?circle={}", circle.slug);
        return Ok((counts, circle, via));
    }
    Err(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "meet.html")]
struct MeetPage {
    page: Page,
    circle: CircleView,
    meet: MeetView,
    address: Option<String>,
    guest: Option<String>,
    runs_circle: bool,
    /// `?circle=…` for this page's own links, when the reader came by the circle's link.
    via: String,
    /// Where the RSVP buttons come back to (empty: this page).
    back: String,
    /// The circle meets on an outside tool instead of Holdspace's room.
    meets_elsewhere: bool,
    /// Its link, for a reader with a seat or who runs the circle.
    outside: Option<LinkView>,
    /// The reader facilitated this meet, now over, and may debrief it.
    debrief: bool,
}

/// `GET /meets/{id}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(id): Path<i64>,
    Query(via): Query<Via>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let (counts, circle, via) = findable_meet(&state, &context, &headers, id, &via).await?;
    let now = now();
    let (mine, may_see_address) = match &context.viewer {
        Some(viewer) => {
            let mine = state.store.rsvp_of(id, viewer.member.id).await?;
            let runs = runs_circle(&state, &context, circle.id).await?;
            (mine, runs || state.store.is_expected_at(circle.id, viewer.member.id, now).await?)
        }
        None => (None, false),
    };
    let shown = for_reader(&state, circle.clone(), &context.tr).await?;
    let page = Page::new(&state, &context, msg("meet-title")).await.titled(shown.name.clone());
    let show_address =
        circle.format.has_place() && !circle.address.is_empty() && (!circle.address_after_rsvp || may_see_address);
    let mut meet = MeetView::new(&page.t, &counts, &circle, context.zone, mine, now);
    if let (true, Some(viewer)) = (meet.waiting, &context.viewer) {
        meet.place = state.store.waitlist_place(id, viewer.member.id).await?;
    }
    let runs = runs_circle(&state, &context, circle.id).await?;
    let link = state.store.external_link(circle.id).await?;
    let outside = external_link::view(link.as_ref(), &counts.meet, may_see_link(meet.have_seat, runs), now);
    let over =
        crate::domain::debrief::meet_is_over(counts.meet.status, counts.meet.ends_at(), circle.format.has_place(), now);
    let debrief = match &context.viewer {
        Some(viewer) if over => super::debriefs::may_debrief_meet(&state, &viewer.member, circle.id, id).await?,
        _ => false,
    };
    let body = MeetPage {
        debrief,
        meets_elsewhere: link.is_some(),
        outside,
        meet,
        address: show_address.then(|| circle.address.clone()),
        guest: guest::read(&state.signing, &headers, id, now).map(|g: GuestPass| g.alias.to_string()),
        runs_circle: runs,
        // Answering from here returns to the circle's page, which the reader can reach.
        back: if via.is_empty() { String::new() } else { format!("/circles/{}", circle.slug) },
        via,
        circle: CircleView::new(&shown, &page.t),
        page,
    };
    render(&body)
}

/// Where to return after an RSVP action.
#[derive(Debug, Default, Deserialize)]
pub struct ReturnTo {
    #[serde(default)]
    back: String,
}

fn back_to(back: &str, fallback: String) -> String {
    safe_next(back).map(|b| b.split(['?', '#']).next().unwrap_or(b).to_string()).unwrap_or(fallback)
}

/// RSVPs for a member whose agreements are in order, then returns to `back`.
pub async fn rsvp_now(state: &AppState, meet_id: i64, member_id: i64, back: &str) -> Result<Response, AppError> {
    let done = match state.store.rsvp(meet_id, member_id, now_ms()).await? {
        RsvpOutcome::Going | RsvpOutcome::Unchanged(crate::domain::rsvp::RsvpStatus::Going) => "rsvp-going",
        RsvpOutcome::Waitlisted | RsvpOutcome::Unchanged(_) => "rsvp-waitlisted",
        RsvpOutcome::Closed => "rsvp-closed",
    };
    Ok(Redirect::to(&format!("{back}?done={done}#meet-{meet_id}")).into_response())
}

/// `POST /meets/{id}/rsvp`: a seat, or a place on the waitlist.
pub async fn rsvp(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<ReturnTo>,
) -> Result<Response, AppError> {
    let (_, circle) = meet_and_circle(&state, id).await?;
    // Someone with no tie to an unlisted circle answers from its page (the
    // link they were given), which the form names; a walked meet id does not.
    let from_its_page = form.back == format!("/circles/{}", circle.slug);
    if !from_its_page && !may_find(&state, &signed_in.context, &circle).await? {
        return Err(AppError::NotFound);
    }
    let member = signed_in.viewer.member.id;
    if let Some(kept_out) = super::moderation::member_kept_out(&state, &signed_in.context, member, &circle).await? {
        return Ok(kept_out);
    }
    if needs_agreements(&state, member, &circle).await? {
        return Ok(Redirect::to(&format!("/circles/{}/agreements?then=rsvp&meet={id}", circle.slug)).into_response());
    }
    rsvp_now(&state, id, member, &back_to(&form.back, format!("/meets/{id}"))).await
}

/// `POST /meets/{id}/cancel-rsvp`: cancel, or "not this time" for a member
/// of the circle; the seat goes to the first person waiting.
pub async fn cancel_rsvp(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<ReturnTo>,
) -> Result<Response, AppError> {
    let back = back_to(&form.back, format!("/meets/{id}"));
    let outcome = state.store.cancel_rsvp(id, signed_in.viewer.member.id, now_ms()).await?;
    let done = match outcome {
        CancelOutcome::Cancelled { .. } => "rsvp-cancelled",
        CancelOutcome::Unchanged => "rsvp-nothing",
    };
    Ok(Redirect::to(&format!("{back}?done={done}#meet-{id}")).into_response())
}

/// `GET /meets/{id}/calendar.ics`.
pub async fn calendar(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(id): Path<i64>,
    Query(via): Query<Via>,
    Query(discreet): Query<Discreet>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let (counts, circle, _) = findable_meet(&state, &context, &headers, id, &via).await?;
    let file_name = format!("{}-{id}", circle.slug);
    Ok(calendar_file(&state, &circle, &[counts.meet], &context.tr, discreet.on(), file_name))
}

#[derive(Template)]
#[template(path = "drop_in.html")]
struct DropInPage {
    page: Page,
    circle: CircleView,
    org_agreements: Vec<String>,
    meet_id: i64,
    /// `?circle=…` when the reader came by an unlisted circle's link.
    via: String,
    when: MeetTime,
    form: FormState,
}

/// A meet open to drop-ins, for a reader who may find its circle (as for
/// its page): a walked meet id reveals no unlisted circle here either.
async fn drop_in_meet(
    state: &AppState,
    context: &RequestContext,
    headers: &axum::http::HeaderMap,
    id: i64,
    via: &Via,
) -> Result<(MeetCounts, Circle, String), AppError> {
    let (counts, circle, via) = findable_meet(state, context, headers, id, via).await?;
    if !circle.drop_in || !counts.meet.takes_rsvps(circle.status, now()) {
        return Err(AppError::NotFound);
    }
    Ok((counts, circle, via))
}

async fn drop_in_page(
    state: &AppState,
    context: &RequestContext,
    (counts, circle, via): (MeetCounts, Circle, String),
    form: FormState,
) -> Result<DropInPage, AppError> {
    let page = Page::new(state, context, msg("drop-in-title")).await;
    let shown = for_reader(state, circle.clone(), &page.t).await?;
    Ok(DropInPage {
        when: MeetTime::new(&page.t, counts.meet.starts_at, context.zone, circle.time_zone),
        circle: CircleView::new(&shown, &page.t),
        org_agreements: state.org().await.agreements.clone(),
        meet_id: counts.meet.id,
        via,
        form,
        page,
    })
}

/// `GET /meets/{id}/drop-in`: come with just an alias, nothing stored.
pub async fn drop_in_form(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(id): Path<i64>,
    Query(via): Query<Via>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let found = drop_in_meet(&state, &context, &headers, id, &via).await?;
    if let Some(kept_out) = super::moderation::keep_out(&state, &context, &headers, &found.1).await? {
        return Ok(kept_out);
    }
    render(&drop_in_page(&state, &context, found, FormState::default()).await?)
}

/// The drop-in form as posted.
#[derive(Debug, Deserialize)]
pub struct DropInForm {
    #[serde(default)]
    alias: String,
    #[serde(default)]
    agree: String,
}

/// `POST /meets/{id}/drop-in`: a guest pass for this meet, in a signed cookie.
pub async fn drop_in(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(id): Path<i64>,
    Query(via): Query<Via>,
    headers: axum::http::HeaderMap,
    CsrfForm(form): CsrfForm<DropInForm>,
) -> Result<Response, AppError> {
    // Each pass is a new guest: an address may not mint a crowd of them.
    check_limits(&state, Door::DropIn, &context).await?;
    let found = drop_in_meet(&state, &context, &headers, id, &via).await?;
    if let Some(kept_out) = super::moderation::keep_out(&state, &context, &headers, &found.1).await? {
        return Ok(kept_out);
    }
    let mut alias = Alias::parse(&form.alias);
    let agreed = form.agree == "yes";
    if let (Ok(wanted), true) = (&alias, agreed) {
        let counts = &found.0;
        // Whoever is connected to the room now, too; the room itself
        // refuses an alias like anyone's on its roster when the guest comes in.
        let here = state.rooms.get(id).await.map(|room| room.aliases_here()).unwrap_or_default();
        let taken = state.store.aliases_guests_may_not_use(id).await?.into_iter().chain(here).map(Alias::from_stored);
        if guest_may_use(wanted, taken) {
            let cookie =
                guest::issue(&state.signing, id, wanted, counts.meet.ends_at(), state.settings.secure_cookies());
            // Straight in when the room is open; else the meet's page says when it starts.
            let next = if counts.meet.status == MeetStatus::Live {
                format!("/meets/{id}/room")
            } else {
                format!("/meets/{id}?done=dropped-in")
            };
            return Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&next)).into_response());
        }
        alias = Err(Invalid("drop-in-alias-taken"));
    }
    let mut typed = FormState::new(&context.tr, DROP_IN_FIELDS).with("alias", &form.alias);
    if let Err(problem) = alias {
        typed = typed.error(&context.tr, "alias", problem);
    }
    if !agreed {
        typed = typed.error(&context.tr, "agree", Invalid("agreements-required"));
    }
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &drop_in_page(&state, &context, found, typed).await?)
}

/// A meet on the reader's own list.
pub(super) struct MyMeetRow {
    pub(super) id: i64,
    pub(super) circle_slug: String,
    pub(super) circle_name: String,
    pub(super) time: MeetTime,
    pub(super) cancelled: bool,
    /// Its room is open now.
    pub(super) live: bool,
    pub(super) note: String,
    pub(super) waiting: bool,
    /// Their place on the waitlist, when waiting.
    pub(super) place: Option<i64>,
    pub(super) standing: bool,
    /// Its circle's outside meeting link, for a seat holder.
    pub(super) outside: Option<LinkView>,
}

/// What a person's list leads with: a meet whose room is open (they may
/// come in now), else the next one still going ahead.
pub(super) fn now_or_next(rows: &mut Vec<MyMeetRow>) -> Option<MyMeetRow> {
    let first = rows
        .iter()
        .position(|m| m.live && !m.waiting)
        .or_else(|| rows.iter().position(|m| !m.cancelled && !m.waiting))?;
    Some(rows.remove(first))
}

/// A member's meets that have not ended, soonest first, in their own time.
pub(super) async fn my_meet_rows(
    state: &AppState,
    member: i64,
    tr: &crate::i18n::Tr,
    zone: Option<chrono_tz::Tz>,
) -> Result<Vec<MyMeetRow>, AppError> {
    let mut rows = Vec::new();
    let mut links = std::collections::HashMap::new();
    let now = now();
    for m in state.store.my_meets(member, now).await? {
        let circle_zone = m.meet.time_zone.parse().unwrap_or(chrono_tz::Tz::UTC);
        let waiting = m.status == crate::domain::rsvp::RsvpStatus::Waitlisted;
        let place = if waiting { state.store.waitlist_place(m.meet.meet.id, member).await? } else { None };
        let circle = m.meet.meet.circle_id;
        if let std::collections::hash_map::Entry::Vacant(entry) = links.entry(circle) {
            entry.insert(state.store.external_link(circle).await?);
        }
        let link = links.get(&circle).and_then(Option::as_ref);
        rows.push(MyMeetRow {
            outside: external_link::view(link, &m.meet.meet, may_see_link(!waiting, false), now),
            id: m.meet.meet.id,
            time: MeetTime::new(tr, m.meet.meet.starts_at, zone, circle_zone),
            cancelled: m.meet.meet.status == MeetStatus::Cancelled,
            live: m.meet.meet.status == MeetStatus::Live,
            note: m.meet.meet.note.clone(),
            waiting,
            place,
            standing: m.standing,
            circle_slug: m.meet.circle_slug,
            circle_name: m.meet.circle_name,
        });
    }
    Ok(rows)
}

#[derive(Template)]
#[template(path = "my_meets.html")]
struct MyMeetsPage {
    page: Page,
    /// What the organisation told them, newest first; the unread ones lead the page.
    notices: Vec<NoticeRow>,
    now_next: Option<MyMeetRow>,
    meets: Vec<MyMeetRow>,
    circles: Vec<(String, String)>,
    /// Recent meets they came to and may still give feedback on: (meet id, link text).
    feedback_due: Vec<(i64, String)>,
    /// Meets they facilitated that wait for their debrief: (meet id, link text).
    debriefs_due: Vec<(i64, String)>,
    /// Meets they came to in the last month, to report a concern about: (meet id, link text).
    recent_meets: Vec<(i64, String)>,
    /// A facilitator's rota: the meets of their circles and who holds them.
    rota: Vec<super::rota::MyRotaRow>,
}

impl MyMeetsPage {
    fn unread(&self) -> impl Iterator<Item = &NoticeRow> {
        self.notices.iter().filter(|n| n.unread)
    }

    fn earlier(&self) -> impl Iterator<Item = &NoticeRow> {
        self.notices.iter().filter(|n| !n.unread)
    }
}

/// How far back "My meets" offers to report a concern about a meet.
const RECENT_MEETS_SECS: i64 = 30 * 24 * 3600;

/// `GET /meets`: news from their circles, what is on now or next, then the
/// reader's other meets and the circles they have joined.
pub async fn mine(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, AppError> {
    let member = signed_in.viewer.member.id;
    let mut page = Page::new(&state, &signed_in.context, msg("my-meets-title")).await;
    let mut meets = my_meet_rows(&state, member, &page.t, signed_in.context.zone).await?;
    let notices = notices_for(&state, member, &page.t, signed_in.context.zone).await?;
    // Seen now: the header stops counting them.
    page.unread = 0;
    let now_next = now_or_next(&mut meets);
    let circles = state.store.memberships_of(member).await?;
    let feedback_due = state
        .store
        .feedback_due(member, now())
        .await?
        .into_iter()
        .map(|due| {
            let when = crate::web::format::when(&page.t, due.starts_at, signed_in.context.zone);
            let link =
                page.t.args(msg("feedback-due-link"), &[("circle", due.circle_name.into()), ("when", when.into())]);
            (due.meet_id, link)
        })
        .collect();
    let debriefs_due = super::debriefs::awaiting(&state, &signed_in, &page.t).await?;
    let recent_meets = state
        .store
        .meets_attended_since(member, now() - RECENT_MEETS_SECS)
        .await?
        .into_iter()
        .map(|(id, circle, starts_at)| {
            let when = crate::web::format::when(&page.t, starts_at, signed_in.context.zone);
            (id, page.t.args(msg("moderation-recent-link"), &[("circle", circle.into()), ("when", when.into())]))
        })
        .collect();
    let rota = if signed_in.viewer.member.roles.facilitator {
        super::rota::my_rota(&state, &page.t, member, signed_in.context.zone).await?
    } else {
        Vec::new()
    };
    render(&MyMeetsPage { page, notices, now_next, meets, circles, feedback_due, debriefs_due, recent_meets, rota })
}

/// A cancellation as posted by someone who runs the circle.
#[derive(Debug, Deserialize)]
pub struct CancelMeetForm {
    #[serde(default)]
    note: String,
    #[serde(default)]
    back: String,
}

fn actor(context: &RequestContext) -> Actor {
    context
        .viewer
        .as_ref()
        .map(|v| Actor::Member { id: v.member.id, alias: v.member.alias.to_string() })
        .unwrap_or(Actor::Console)
}

/// `POST /meets/{id}/cancel`: the circle's facilitators or a coordinator
/// cancel one meet; everyone who said they would come sees the message.
pub async fn cancel_meet(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<CancelMeetForm>,
) -> Result<Response, AppError> {
    let (counts, circle) = meet_and_circle(&state, id).await?;
    if !runs_circle(&state, &signed_in.context, circle.id).await? {
        return Err(AppError::Forbidden);
    }
    let back = back_to(&form.back, format!("/meets/{id}"));
    let note = match text::optional_block(&form.note, 500, "text-too-long") {
        Ok(note) => note.unwrap_or_default(),
        Err(problem) => {
            let page = Page::new(&state, &signed_in.context, msg("meet-cancel-meet")).await;
            let typed = FormState::new(&page.t, CANCEL_FIELDS).with("note", &form.note).error(&page.t, "note", problem);
            let body = CancelMeetPage { meet: meet_line(&page.t, &counts, &circle), page, id, back, form: typed };
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &body);
        }
    };
    if state.store.cancel_meet(id, &note).await? {
        state.store.record_audit(now(), &actor(&signed_in.context), AuditAction::MeetCancelled, &circle.name).await?;
        state.directory.invalidate();
    }
    Ok(Redirect::to(&format!("{back}?done=meet-cancelled")).into_response())
}

/// The cancel form's field.
const CANCEL_FIELDS: Fields = &[("note", msg("meet-cancel-note"))];

/// The cancel form shown again with what needs fixing.
#[derive(Template)]
#[template(path = "cancel_meet.html")]
struct CancelMeetPage {
    page: Page,
    id: i64,
    /// The circle's name and the meet's present time.
    meet: String,
    back: String,
    form: FormState,
}

/// "Circle name, Sat, 12 Dec 2026, 5:00 pm India time"
fn meet_line(tr: &Tr, counts: &MeetCounts, circle: &Circle) -> String {
    let time = MeetView::new(tr, counts, circle, Some(circle.time_zone), None, now()).time.main;
    format!("{}, {time}", circle.name)
}

/// A move as posted by a coordinator: the new local date and time.
#[derive(Debug, Deserialize)]
pub struct MoveMeetForm {
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    back: String,
}

/// The move form's fields.
const MOVE_FIELDS: Fields =
    &[("date", msg("field-new-date")), ("time", msg("field-time")), ("note", msg("meet-cancel-note"))];

/// The move form shown again with what needs fixing.
#[derive(Template)]
#[template(path = "move_meet.html")]
struct MoveMeetPage {
    page: Page,
    id: i64,
    /// The circle's name and the meet's present time.
    meet: String,
    zone: String,
    back: String,
    form: FormState,
}

/// Reads the move form: the new start in the circle's zone and the note,
/// reporting every problem.
fn moved_to(form: &MoveMeetForm, zone: Tz, now: i64) -> Result<(i64, String), FieldErrors> {
    let mut errors = FieldErrors::new();
    let date = NaiveDate::parse_from_str(form.date.trim(), "%Y-%m-%d")
        .map_err(|_| errors.push(("date", Invalid("date-invalid"))))
        .ok();
    let time = NaiveTime::parse_from_str(form.time.trim(), "%H:%M")
        .map_err(|_| errors.push(("time", Invalid("time-invalid"))))
        .ok();
    let note = text::optional_block(&form.note, 500, "text-too-long").map_err(|e| errors.push(("note", e))).ok();
    let (Some(date), Some(time), Some(note)) = (date, time, note) else {
        return Err(errors);
    };
    let starts_at = local_to_instant(zone, date.and_time(time)).timestamp();
    if starts_at <= now {
        return Err(vec![("date", Invalid("date-in-past"))]);
    }
    Ok((starts_at, note.unwrap_or_default()))
}

/// `POST /meets/{id}/move`: one meet at another time, in the circle's zone.
pub async fn move_meet(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<MoveMeetForm>,
) -> Result<Response, AppError> {
    let (counts, circle) = meet_and_circle(&state, id).await?;
    if !runs_circle(&state, &signed_in.context, circle.id).await? {
        return Err(AppError::Forbidden);
    }
    let back = back_to(&form.back, format!("/meets/{id}"));
    let (starts_at, note) = match moved_to(&form, circle.time_zone, now()) {
        Ok(moved) => moved,
        Err(errors) => {
            let page = Page::new(&state, &signed_in.context, msg("meet-move")).await;
            let typed = FormState::new(&page.t, MOVE_FIELDS)
                .with("date", &form.date)
                .with("time", &form.time)
                .with("note", &form.note)
                .errors_from(&page.t, &errors);
            let zone = circle.time_zone.name().to_string();
            let body = MoveMeetPage { meet: meet_line(&page.t, &counts, &circle), page, id, zone, back, form: typed };
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &body);
        }
    };
    if state.store.move_meet(id, starts_at, &note).await? {
        state.store.record_audit(now(), &actor(&signed_in.context), AuditAction::MeetMoved, &circle.name).await?;
        state.directory.invalidate();
    }
    Ok(Redirect::to(&format!("{back}?done=meet-moved")).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, live: bool, cancelled: bool, waiting: bool) -> MyMeetRow {
        MyMeetRow {
            id,
            circle_slug: "tea".into(),
            circle_name: "Tea".into(),
            time: MeetTime::new(&crate::i18n::I18n::load().translator("en"), 0, None, chrono_tz::Tz::UTC),
            cancelled,
            live,
            note: String::new(),
            waiting,
            place: None,
            standing: false,
            outside: None,
        }
    }

    #[test]
    fn an_open_room_comes_first_then_the_next_meet_going_ahead() {
        let mut rows = vec![row(1, false, false, false), row(2, true, false, false)];
        assert_eq!(now_or_next(&mut rows).map(|r| r.id), Some(2));
        assert_eq!(rows.iter().map(|r| r.id).collect::<Vec<_>>(), vec![1], "the rest stay, in order");

        let mut rows = vec![row(1, false, true, false), row(2, false, false, true), row(3, false, false, false)];
        assert_eq!(now_or_next(&mut rows).map(|r| r.id), Some(3), "not a cancelled meet, nor one still waited for");

        assert!(now_or_next(&mut vec![row(1, true, false, true)]).is_none(), "a waitlisted place is not a way in");
    }
}
