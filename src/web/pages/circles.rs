//! The directory of circles, each circle's page, joining a circle once,
//! accepting its agreements, and its calendar feed.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{COMMON_TIME_ZONES, EmptyForm};
use crate::domain::circle::{Circle, Status};
use crate::domain::circle_text::{CircleText, in_language};
use crate::domain::member::LANGUAGES;
use crate::domain::permissions;
use crate::domain::rsvp;
use crate::domain::schedule::weekday_name;
use crate::i18n::msg;
use crate::services::{now, now_ms};
use crate::web::AppState;
use crate::web::context::{Ctx, RequestContext, SignedIn};
use crate::web::directory::{self, Filters};
use crate::web::error::AppError;
use crate::web::format::DayPart;
use crate::web::format::zone_name;
use crate::web::forms::CsrfForm;
use crate::web::ics;
use crate::web::page::{Page, render};
use crate::web::view::{CircleView, FacilitatorView, MeetView, audiences, language_name, match_reasons};

/// A directory card.
struct Card {
    circle: CircleView,
    next: Option<crate::web::format::MeetTime>,
    reasons: String,
}

#[derive(Template)]
#[template(path = "circles.html")]
struct DirectoryPage {
    page: Page,
    filters: Filters,
    cards: Vec<Card>,
    total: usize,
    search_missed: bool,
    previous_page: Option<String>,
    next_page: Option<String>,
    topics: Vec<String>,
    cities: Vec<String>,
    languages: Vec<(&'static str, String)>,
    audiences: Vec<(&'static str, String)>,
    days: Vec<(&'static str, String)>,
    times: Vec<(&'static str, String)>,
    zone_known: bool,
    /// Filters set besides the search words, kept when the words change.
    kept_filters: Vec<(&'static str, String)>,
    /// Whether any such filter is set (then the filters show open).
    narrowed: bool,
}

fn days(tr: &crate::i18n::Tr) -> Vec<(&'static str, String)> {
    use chrono::Weekday::*;
    [Mon, Tue, Wed, Thu, Fri, Sat, Sun]
        .into_iter()
        .map(|d| {
            let name = weekday_name(d);
            let key = match d {
                Mon => msg("day-monday"),
                Tue => msg("day-tuesday"),
                Wed => msg("day-wednesday"),
                Thu => msg("day-thursday"),
                Fri => msg("day-friday"),
                Sat => msg("day-saturday"),
                Sun => msg("day-sunday"),
            };
            (name, tr.get(key))
        })
        .collect()
}

/// `GET /circles`: filters combine; a plain-words search orders the rest.
pub async fn directory(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let snapshot = state.directory.snapshot(&state.store).await?;
    let page = Page::new(&state, &context, msg("circles-title")).await;
    let (found, matched) = directory::find(&snapshot, &filters, context.zone);
    let searched = !filters.q.trim().is_empty();
    let total = found.len();
    let pages = total.div_ceil(directory::PAGE_SIZE).max(1);
    let page_number = filters.page.unwrap_or(1).clamp(1, pages);
    let tr = &page.t;
    let texts = state.store.circle_texts_in(tr.lang()).await?;
    let cards =
        found
            .iter()
            .skip((page_number - 1) * directory::PAGE_SIZE)
            .take(directory::PAGE_SIZE)
            .map(|f| Card {
                circle: CircleView::new(&shown_with(&f.entry.circle, &texts), tr),
                next: f.entry.meets.first().map(|m| {
                    crate::web::format::MeetTime::new(tr, m.starts_at, context.zone, f.entry.circle.time_zone)
                }),
                reasons: match_reasons(tr, &f.reasons),
            })
            .collect();
    let body = DirectoryPage {
        previous_page: (page_number > 1).then(|| filters.query_for_page(page_number - 1)),
        next_page: (page_number < pages).then(|| filters.query_for_page(page_number + 1)),
        cards,
        total,
        search_missed: searched && !matched,
        topics: snapshot.topics.clone(),
        cities: snapshot.cities.clone(),
        languages: LANGUAGES.iter().map(|(code, _)| (*code, language_name(tr, code))).collect(),
        audiences: audiences(tr),
        days: days(tr),
        times: DayPart::ALL.iter().map(|p| (p.as_str(), tr.get(p.label_key()))).collect(),
        zone_known: context.zone.is_some(),
        kept_filters: filters.narrowing().into_iter().map(|(k, v)| (k, v.to_string())).collect(),
        narrowed: !filters.narrowing().is_empty(),
        filters,
        page,
    };
    render(&body)
}

/// A directory card's circle in the reader's language, from that language's texts.
fn shown_with(circle: &Circle, texts: &[(i64, CircleText)]) -> Circle {
    match texts.iter().find(|(id, _)| *id == circle.id) {
        Some((_, text)) => in_language(circle.clone(), std::slice::from_ref(text), &text.lang),
        None => circle.clone(),
    }
}

/// The circle in the reader's language where its coordinator gave its words
/// in it, else in its own.
pub async fn for_reader(state: &AppState, circle: Circle, tr: &crate::i18n::Tr) -> Result<Circle, AppError> {
    let texts = state.store.circle_texts(circle.id).await?;
    Ok(in_language(circle, &texts, tr.lang()))
}

/// What a signed-in reader may see and do on a circle's page.
struct Standing {
    member: bool,
    needs_agreements: bool,
    runs_circle: bool,
}

#[derive(Template)]
#[template(path = "circle.html")]
struct CirclePage {
    page: Page,
    circle: CircleView,
    facilitators: Vec<FacilitatorView>,
    org_agreements: Vec<String>,
    meets: Vec<MeetView>,
    /// The street address, when the reader may see it.
    address: Option<String>,
    standing: Option<Standing>,
    /// The zone times are shown in: the reader's, else the circle's.
    zone: String,
    /// Zones to choose from, that one first: (IANA name, "India time").
    zones: Vec<(String, String)>,
    /// Where RSVP buttons come back to.
    back: String,
    /// `?circle=…` on links to an unlisted circle's meets, so that whoever
    /// has the circle's link can open them (meet ids alone reveal nothing).
    via: String,
    /// Who holds each meet (meet id to lines, flagged when it needs someone).
    rota: std::collections::HashMap<i64, Vec<(String, bool)>>,
}

impl CirclePage {
    /// Who holds a meet, for the template.
    fn rota_lines(&self, meet_id: &i64) -> &[(String, bool)] {
        self.rota.get(meet_id).map(Vec::as_slice).unwrap_or_default()
    }
}

/// How many meets a circle page lists.
const MEETS_SHOWN: i64 = 6;

/// Whether the reader runs this circle (the rule is [`runs`]).
pub async fn runs_circle(state: &AppState, context: &RequestContext, circle_id: i64) -> Result<bool, AppError> {
    let Some(viewer) = &context.viewer else { return Ok(false) };
    let roles = viewer.member.roles;
    // Coordinators run every circle: no need to ask who is assigned to this one.
    let assigned = !roles.coordinator && state.store.facilitator_ids(circle_id).await?.contains(&viewer.member.id);
    Ok(runs(roles, assigned))
}

pub use crate::domain::permissions::runs_circle as runs;

/// Whether the reader may be shown this circle when they did not come by its
/// link (the rule is `permissions::may_find_circle`).
pub async fn may_find(state: &AppState, context: &RequestContext, circle: &Circle) -> Result<bool, AppError> {
    if circle.publicly_listed() {
        return Ok(true);
    }
    let Some(viewer) = &context.viewer else { return Ok(false) };
    let roles = viewer.member.roles;
    let tied = !roles.coordinator && state.store.is_tied_to(circle.id, viewer.member.id).await?;
    Ok(permissions::may_find_circle(circle.publicly_listed(), roles, tied))
}

/// The agreement versions a member must have accepted for a circle.
pub async fn agreement_versions(state: &AppState, circle: &Circle) -> (i64, i64) {
    (state.org().await.agreements_version, circle.agreements_version)
}

/// Whether a member still has to accept a circle's (current) agreements.
pub async fn needs_agreements(state: &AppState, member_id: i64, circle: &Circle) -> Result<bool, AppError> {
    let (org, own) = agreement_versions(state, circle).await;
    let accepted = state.store.accepted_agreements(member_id, circle.id).await?;
    Ok(rsvp::must_accept_agreements(accepted, org, own))
}

/// The zones a reader may show times in, by the names people use, and the
/// one selected: `shown`, or the common zone of the same name (Asia/Calcutta
/// is Asia/Kolkata, "India time", once), or `shown` added first.
fn zone_choices(tr: &crate::i18n::Tr, shown: chrono_tz::Tz) -> (Vec<(String, String)>, String) {
    let mut choices: Vec<(String, String)> = COMMON_TIME_ZONES
        .iter()
        .filter_map(|z| z.parse::<chrono_tz::Tz>().ok())
        .map(|z| (z.name().to_string(), zone_name(tr, z)))
        .collect();
    let label = zone_name(tr, shown);
    let selected = match choices.iter().find(|(name, same)| name == shown.name() || *same == label) {
        Some((name, _)) => name.clone(),
        None => {
            choices.insert(0, (shown.name().to_string(), label));
            shown.name().to_string()
        }
    };
    (choices, selected)
}

/// `GET /circles/{slug}`: listed or not (unlisted circles are shared by link).
pub async fn show(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    let now = now();
    let facilitators =
        state.store.circle_facilitators(circle.id).await?.into_iter().map(FacilitatorView::from).collect();
    let org = state.org().await;
    let shown = for_reader(&state, circle.clone(), &context.tr).await?;
    let page = Page::new(&state, &context, msg("circles-title")).await.titled(shown.name.clone());
    let archived = circle.status == Status::Archived;
    let upcoming = if archived { Vec::new() } else { state.store.upcoming_meets(circle.id, now, MEETS_SHOWN).await? };
    let (mine, standing, may_see_address) = match &context.viewer {
        Some(viewer) => {
            let id = viewer.member.id;
            let mine = state.store.rsvps_for_circle(circle.id, id, now).await?;
            let runs = runs_circle(&state, &context, circle.id).await?;
            let expected = state.store.is_expected_at(circle.id, id, now).await?;
            let standing = Standing {
                member: state.store.is_member_of(circle.id, id).await?,
                needs_agreements: needs_agreements(&state, id, &circle).await?,
                runs_circle: runs,
            };
            (mine, Some(standing), runs || expected)
        }
        None => (Vec::new(), None, false),
    };
    let meets = upcoming
        .iter()
        .map(|counts| {
            let my = mine
                .iter()
                .find(|(meet, _, _)| *meet == counts.meet.id)
                .map(|(_, status, standing)| (*status, *standing));
            MeetView::new(&page.t, counts, &circle, context.zone, my, now)
        })
        .collect();
    let show_address =
        circle.format.has_place() && !circle.address.is_empty() && (!circle.address_after_rsvp || may_see_address);
    let (zones, zone) = zone_choices(&page.t, context.zone.unwrap_or(circle.time_zone));
    let runs = standing.as_ref().is_some_and(|s| s.runs_circle);
    let rota = super::rota::circle_lines(&state, &page.t, circle.id, runs).await?;
    let body = CirclePage {
        rota,
        address: show_address.then(|| circle.address.clone()),
        circle: CircleView::new(&shown, &page.t),
        facilitators,
        org_agreements: org.agreements.clone(),
        meets,
        standing,
        zone,
        zones,
        back: format!("/circles/{slug}"),
        via: if circle.publicly_listed() { String::new() } else { format!("?circle={slug}") },
        page,
    };
    render(&body)
}

#[derive(Template)]
#[template(path = "agreements.html")]
struct AgreementsPage {
    page: Page,
    circle: CircleView,
    org_agreements: Vec<String>,
    then: String,
    meet: i64,
    renewed: bool,
}

/// What to do once the agreements are accepted.
#[derive(Debug, Default, Deserialize)]
pub struct Then {
    #[serde(default)]
    then: String,
    #[serde(default)]
    meet: i64,
}

/// `GET /circles/{slug}/agreements`: read and accept before joining or RSVPing.
pub async fn agreements_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(then): Query<Then>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    let renewed = state.store.accepted_agreements(signed_in.viewer.member.id, circle.id).await?.is_some();
    let org = state.org().await;
    let page = Page::new(&state, &signed_in.context, msg("agreements-title")).await;
    let shown = for_reader(&state, circle, &page.t).await?;
    render(&AgreementsPage {
        circle: CircleView::new(&shown, &page.t),
        org_agreements: org.agreements.clone(),
        then: then.then,
        meet: then.meet,
        renewed,
        page,
    })
}

/// The agreements form as posted.
#[derive(Debug, Deserialize)]
pub struct AgreeForm {
    #[serde(default)]
    agree: String,
    #[serde(default)]
    then: String,
    #[serde(default)]
    meet: i64,
}

/// `POST /circles/{slug}/agreements`: records acceptance, then does what the
/// person came to do (join the circle or RSVP to a meet).
pub async fn agree(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<AgreeForm>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    // `then` may only lead to a meet of this circle: accepting one circle's
    // agreements must not seat anyone at (or show the address of) another's.
    let then = match form.then.as_str() {
        "join" => "join",
        "rsvp" | "room" if meet_of_circle(&state, form.meet, circle.id).await? => form.then.as_str(),
        _ => "",
    };
    if form.agree != "yes" {
        return Ok(Redirect::to(&format!("/circles/{slug}/agreements?then={then}&meet={}", form.meet)).into_response());
    }
    let member = signed_in.viewer.member.id;
    state.store.accept_agreements(member, circle.id, agreement_versions(&state, &circle).await, now()).await?;
    if !then.is_empty()
        && let Some(kept_out) = super::moderation::member_kept_out(&state, &signed_in.context, member, &circle).await?
    {
        return Ok(kept_out);
    }
    match then {
        "join" => join_now(&state, &circle, member).await,
        "rsvp" => super::meets::rsvp_now(&state, form.meet, member, &format!("/circles/{slug}")).await,
        "room" => Ok(Redirect::to(&format!("/meets/{}/room", form.meet)).into_response()),
        _ => Ok(Redirect::to(&format!("/circles/{slug}?done=agreements-accepted")).into_response()),
    }
}

async fn meet_of_circle(state: &AppState, meet_id: i64, circle_id: i64) -> Result<bool, AppError> {
    Ok(state.store.meet(meet_id).await?.is_some_and(|m| m.meet.circle_id == circle_id))
}

async fn join_now(state: &AppState, circle: &Circle, member: i64) -> Result<Response, AppError> {
    let joined = state.store.join_circle(circle.id, member, now_ms()).await?;
    let done = if joined {
        "joined"
    } else if circle.status == Status::Active {
        "already-joined"
    } else {
        "closed"
    };
    state.directory.invalidate();
    Ok(Redirect::to(&format!("/circles/{}?done={done}", circle.slug)).into_response())
}

/// `POST /circles/{slug}/join`: a seat at every meet from now on.
pub async fn join(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    let member = signed_in.viewer.member.id;
    if let Some(kept_out) = super::moderation::member_kept_out(&state, &signed_in.context, member, &circle).await? {
        return Ok(kept_out);
    }
    if needs_agreements(&state, member, &circle).await? {
        return Ok(Redirect::to(&format!("/circles/{slug}/agreements?then=join")).into_response());
    }
    join_now(&state, &circle, member).await
}

/// `POST /circles/{slug}/leave`: gives up the standing seat at every future meet.
pub async fn leave(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    state.store.leave_circle(circle.id, signed_in.viewer.member.id, now_ms()).await?;
    Ok(Redirect::to(&format!("/circles/{slug}?done=left")).into_response())
}

/// How far back and ahead a circle's calendar feed reaches.
const FEED_PAST_DAYS: i64 = 30;
const FEED_AHEAD_DAYS: i64 = 400;

/// `?discreet=1` on a calendar link: a calendar shared with others, or a
/// lock screen, shows a plain title and nothing that names the circle.
#[derive(Debug, Default, Deserialize)]
pub struct Discreet {
    #[serde(default)]
    discreet: String,
}

impl Discreet {
    /// Whether the calendar file must not name the circle.
    pub fn on(&self) -> bool {
        !self.discreet.is_empty() && self.discreet != "0"
    }
}

/// A calendar file for meets of `circle`: its name for the calendar, its
/// file name and its text.
pub fn calendar_file(
    state: &AppState,
    circle: &Circle,
    meets: &[crate::domain::meet::Meet],
    tr: &crate::i18n::Tr,
    discreet: bool,
    file_name: String,
) -> Response {
    let name = if discreet { tr.get(msg("wayin-discreet-calendar")) } else { circle.name.clone() };
    let body = ics::calendar(&name, &events(state, circle, meets, tr, discreet), now());
    calendar_response(if discreet { "meets" } else { &file_name }, body)
}

/// The events of meets, for calendar files. Discreet ones carry a plain
/// title, no description, and no link that names the circle.
fn events(
    state: &AppState,
    circle: &Circle,
    meets: &[crate::domain::meet::Meet],
    tr: &crate::i18n::Tr,
    discreet: bool,
) -> Vec<ics::Event> {
    let base = state.settings.base_url();
    let host = base.split("://").nth(1).unwrap_or("holdspace").to_string();
    // A subscriber to an unlisted circle's calendar may have only its link.
    let via = if circle.publicly_listed() { String::new() } else { format!("?circle={}", circle.slug) };
    let summary = if discreet { tr.get(msg("wayin-discreet-title")) } else { circle.name.clone() };
    let location = if circle.format.has_place() {
        [circle.area.as_str(), circle.city.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        tr.get(msg("format-online"))
    };
    meets
        .iter()
        .map(|m| ics::Event {
            uid: format!("meet-{}@{host}", m.id),
            sequence: m.sequence,
            starts_at: m.starts_at,
            ends_at: m.ends_at(),
            summary: summary.clone(),
            description: if discreet {
                String::new()
            } else if m.note.is_empty() {
                circle.summary.clone()
            } else {
                format!("{}\n\n{}", m.note, circle.summary)
            },
            location: location.clone(),
            // An unlisted circle's link names it (?circle=): a discreet file has none.
            url: if discreet && !via.is_empty() { String::new() } else { format!("{base}/meets/{}{via}", m.id) },
            cancelled: m.status == crate::domain::meet::MeetStatus::Cancelled,
        })
        .collect()
}

/// A calendar response.
pub fn calendar_response(name: &str, body: String) -> Response {
    let disposition = format!("inline; filename=\"{name}.ics\"");
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8")),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("inline")),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

/// `GET /circles/{slug}/calendar.ics`: every meet, to subscribe to.
pub async fn calendar(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(slug): Path<String>,
    Query(discreet): Query<Discreet>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    let now = now();
    let meets = if circle.status == Status::Archived {
        Vec::new()
    } else {
        state.store.meets_between(circle.id, now - FEED_PAST_DAYS * 86_400, now + FEED_AHEAD_DAYS * 86_400).await?
    };
    Ok(calendar_file(&state, &circle, &meets, &context.tr, discreet.on(), circle.slug.clone()))
}
