//! The rota on the site: coordinators assign places on the rota page (one
//! meet, or a run of them) and see what needs them on their dashboard;
//! facilitators see their rota on "My meets", take open places, ask for
//! cover and take over; the circle page says who holds each meet.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use super::admin_circles::Pairs;
use crate::domain::audit::Actor;
use crate::domain::circle::Status;
use crate::domain::rota::{self, Holder, Lapse, Refusal, Role, RotaMeet};
use crate::i18n::{Tr, msg};
use crate::services::now;
use crate::services::rota::{self as rota_service, RotaError};
use crate::store::rota::RotaFilter;
use crate::web::AppState;
use crate::web::context::{Coordinator, SignedIn};
use crate::web::error::AppError;
use crate::web::format::{MeetTime, short_date};
use crate::web::forms::CsrfForm;
use crate::web::page::{Page, render, render_status};

const DAY: i64 = 86_400;
/// How far ahead the dashboard looks for meets without their facilitators.
const DASHBOARD_DAYS: i64 = 14;

fn actor(signed_in: &SignedIn) -> Actor {
    let m = &signed_in.viewer.member;
    Actor::Member { id: m.id, alias: m.alias.to_string() }
}

fn role_name(tr: &Tr, role: Role) -> String {
    tr.get(match role {
        Role::Lead => msg("rota-role-lead"),
        Role::Co => msg("rota-role-co"),
    })
}

/// Why `alias` may not hold `role` on `meet`, in a sentence.
pub fn refusal_text(tr: &Tr, alias: &str, role: Role, meet: &RotaMeet, refusal: &Refusal) -> String {
    match refusal {
        Refusal::NotFacilitator => tr.arg(msg("rota-refused-not-facilitator"), "alias", alias.to_string()),
        Refusal::HoldsOtherPlace => tr.arg(msg("rota-refused-other-place"), "alias", alias.to_string()),
        Refusal::Trainings(lapsed) => {
            let trainings = lapsed
                .iter()
                .map(|(name, lapse)| match lapse {
                    Lapse::Missing => tr.arg(msg("rota-training-missing"), "training", name.clone()),
                    Lapse::Expired(day) => tr.args(
                        msg("rota-training-expired"),
                        &[("training", name.clone().into()), ("date", short_date(tr, *day).into())],
                    ),
                })
                .collect::<Vec<_>>()
                .join("; ");
            let key = match role {
                Role::Lead => msg("rota-refused-trainings-lead"),
                Role::Co => msg("rota-refused-trainings-co"),
            };
            tr.args(
                key,
                &[
                    ("alias", alias.to_string().into()),
                    ("date", short_date(tr, meet.day()).into()),
                    ("trainings", trainings.into()),
                ],
            )
        }
    }
}

/// What one place on a meet looks like to someone who runs the circle.
fn place_line(tr: &Tr, meet: &RotaMeet, role: Role) -> Option<(String, bool)> {
    if !meet.wants(role) {
        return None;
    }
    Some(match (meet.holder(role), role) {
        (None, Role::Lead) => (tr.get(msg("rota-needs-lead")), true),
        (None, Role::Co) => (tr.get(msg("rota-needs-co")), true),
        (Some(h), _) if h.cover_wanted => (tr.arg(msg("rota-needs-cover"), "alias", h.alias.clone()), true),
        (Some(Holder { alias, covering_for: Some(asker), .. }), _) => (
            tr.args(
                msg("rota-covering"),
                &[
                    ("alias", alias.clone().into()),
                    ("asker", asker.clone().into()),
                    ("role", role_name(tr, role).into()),
                ],
            ),
            false,
        ),
        (Some(h), Role::Lead) => (tr.arg(msg("rota-led-by"), "alias", h.alias.clone()), false),
        (Some(h), Role::Co) => (tr.arg(msg("rota-co-by"), "alias", h.alias.clone()), false),
    })
}

/// Who holds each meet, as a circle page shows it. Those who run the
/// circle also see what still needs someone; everyone else sees who will
/// be there (a holder who cannot make it is not named).
pub async fn circle_lines(
    state: &AppState,
    tr: &Tr,
    circle_id: i64,
    runs: bool,
) -> Result<HashMap<i64, Vec<(String, bool)>>, AppError> {
    let filter = RotaFilter { circle_id: Some(circle_id), ..RotaFilter::default() };
    let now = now();
    let meets = state.store.rota_meets(now, now + rota::LOAD_DAYS * DAY, filter).await?;
    Ok(meets
        .iter()
        .map(|meet| {
            let lines = Role::ALL
                .into_iter()
                .filter_map(|role| place_line(tr, meet, role))
                .filter(|(_, flag)| runs || !flag)
                .collect();
            (meet.meet_id, lines)
        })
        .collect())
}

/// A meet on a facilitator's own rota.
pub struct MyRotaRow {
    pub meet_id: i64,
    pub circle_slug: String,
    pub circle_name: String,
    pub time: MeetTime,
    /// Their own place, in words.
    pub mine: Option<String>,
    /// Who holds the other places, or what they need.
    pub lines: Vec<(String, bool)>,
    /// The place they hold, when they can still ask cover for it.
    pub ask_cover: Option<&'static str>,
    /// (path, role, button words): places they may take.
    pub actions: Vec<(&'static str, &'static str, String)>,
}

/// A facilitator's rota for "My meets": the meets of their circles in the
/// next four weeks.
pub async fn my_rota(
    state: &AppState,
    tr: &Tr,
    member_id: i64,
    zone: Option<chrono_tz::Tz>,
) -> Result<Vec<MyRotaRow>, AppError> {
    let now = now();
    let meets =
        rota_service::rota_of(&state.store, member_id, now, now + rota::LOAD_DAYS * DAY).await.map_err(rota_failure)?;
    Ok(meets
        .into_iter()
        .map(|m| {
            let meet = &m.meet;
            let mine = m.mine.map(|role| {
                let asked = meet.cover_wanted(role);
                tr.get(match (role, asked) {
                    (_, true) => msg("rota-you-asked-cover"),
                    (Role::Lead, false) => msg("rota-you-lead"),
                    (Role::Co, false) => msg("rota-you-co"),
                })
            });
            let lines = Role::ALL
                .into_iter()
                .filter(|r| Some(*r) != m.mine)
                .filter_map(|role| place_line(tr, meet, role))
                .collect();
            let actions = m
                .may_take
                .iter()
                .map(|&role| match (meet.holder(role), role) {
                    (Some(h), _) => ("claim", role.as_str(), tr.arg(msg("rota-claim"), "alias", h.alias.clone())),
                    (None, Role::Lead) => ("take", role.as_str(), tr.get(msg("rota-take-lead"))),
                    (None, Role::Co) => ("take", role.as_str(), tr.get(msg("rota-take-co"))),
                })
                .collect();
            MyRotaRow {
                meet_id: meet.meet_id,
                circle_slug: meet.circle_slug.clone(),
                circle_name: meet.circle_name.clone(),
                time: MeetTime::new(tr, meet.starts_at, zone, meet.time_zone),
                mine,
                lines,
                ask_cover: m.mine.filter(|r| !meet.cover_wanted(*r)).map(Role::as_str),
                actions,
            }
        })
        .collect())
}

fn rota_failure(error: RotaError) -> AppError {
    match error {
        RotaError::Store(store) => store.into(),
        RotaError::Gone => AppError::NotFound,
        RotaError::NotAsked => AppError::BadRequest(msg("rota-not-asked")),
        RotaError::NotHolder => AppError::Forbidden,
        RotaError::Refused(_) => AppError::Forbidden,
    }
}

/// A place on a meet, as its button posts it.
#[derive(Debug, Deserialize)]
pub struct PlaceForm {
    #[serde(default)]
    role: String,
}

fn role_of(form: &PlaceForm) -> Result<Role, AppError> {
    form.role.parse().map_err(|e: crate::domain::Invalid| AppError::BadRequest(e.key()))
}

/// Back to the rota on "My meets", saying what happened.
fn back(outcome: Result<&'static str, RotaError>) -> Result<Response, AppError> {
    let done = match outcome {
        Ok(done) => done,
        Err(RotaError::Gone) => "rota-gone",
        Err(RotaError::Refused(_)) => "rota-not-eligible",
        Err(other) => return Err(rota_failure(other)),
    };
    Ok(Redirect::to(&format!("/meets?done={done}#rota")).into_response())
}

/// `POST /meets/{id}/rota/take`: "I'll lead this one".
pub async fn take(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<PlaceForm>,
) -> Result<Response, AppError> {
    let role = role_of(&form)?;
    let me = signed_in.viewer.member.id;
    let taken = rota_service::take(&state.store, &actor(&signed_in), id, role, me, now()).await;
    back(taken.map(|t| if t { "rota-taken" } else { "rota-already-taken" }))
}

/// `POST /meets/{id}/rota/cover`: "I need cover".
pub async fn ask_cover(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<PlaceForm>,
) -> Result<Response, AppError> {
    let role = role_of(&form)?;
    let me = signed_in.viewer.member.id;
    let asked = rota_service::ask_cover(&state.store, &actor(&signed_in), id, role, me, now()).await;
    back(asked.map(|_| "rota-cover-asked"))
}

/// `POST /meets/{id}/rota/claim`: takes over a place whose holder cannot make it.
pub async fn claim(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<PlaceForm>,
) -> Result<Response, AppError> {
    let role = role_of(&form)?;
    let me = signed_in.viewer.member.id;
    let claimed = rota_service::claim(&state.store, &actor(&signed_in), id, role, me, now()).await;
    back(claimed.map(|c| if c { "rota-claimed" } else { "rota-already-taken" }))
}

/// One meet on the coordinator's rota page.
struct AdminRow {
    meet_id: i64,
    circle_slug: String,
    circle_name: String,
    time: MeetTime,
    /// (id, alias, selected) for the lead.
    lead: Vec<(i64, String, bool)>,
    /// The same for the co-facilitator, when the circle asks for one.
    co: Option<Vec<(i64, String, bool)>>,
    lines: Vec<(String, bool)>,
}

#[derive(Template)]
#[template(path = "admin/rota.html")]
struct RotaPage {
    page: Page,
    rows: Vec<AdminRow>,
    /// (slug, name, selected): circles to narrow to or fill.
    circles: Vec<(String, String, bool)>,
    /// (id, alias): facilitators for the fill form.
    people: Vec<(i64, String)>,
    /// Why a change could not be made.
    problems: Vec<String>,
    /// What filling a run did.
    filled: Vec<String>,
    /// The fill form's "until" day.
    until: String,
    /// The circle narrowed to ("" for all).
    circle: String,
}

/// Which circle the rota page shows.
#[derive(Debug, Default, Deserialize)]
pub struct RotaQuery {
    #[serde(default)]
    circle: String,
}

async fn rota_page(
    state: &AppState,
    me: &Coordinator,
    circle: &str,
    problems: Vec<String>,
    filled: Vec<String>,
) -> Result<RotaPage, AppError> {
    let page = Page::new(state, &me.0.context, msg("rota-title")).await;
    let circles: Vec<_> =
        state.store.all_circles().await?.into_iter().filter(|c| c.status != Status::Archived).collect();
    let chosen = circles.iter().find(|c| c.slug == circle).map(|c| c.id);
    let now = now();
    let filter = RotaFilter { circle_id: chosen, ..RotaFilter::default() };
    let meets = state.store.rota_meets(now, now + rota::LOAD_DAYS * DAY, filter).await?;
    let mut people: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
    let mut rows = Vec::new();
    for meet in meets {
        if let Entry::Vacant(slot) = people.entry(meet.circle_id) {
            slot.insert(state.store.rota_people(meet.circle_id).await?);
        }
        let options = |role: Role| -> Vec<(i64, String, bool)> {
            let held = meet.holder(role).map(|h| h.member_id);
            let mut options: Vec<_> =
                people[&meet.circle_id].iter().map(|(id, alias)| (*id, alias.clone(), held == Some(*id))).collect();
            // Someone no longer on the circle still shows, so saving keeps them.
            if let Some(h) = meet.holder(role).filter(|h| !options.iter().any(|(id, _, _)| *id == h.member_id)) {
                options.push((h.member_id, h.alias.clone(), true));
            }
            options
        };
        rows.push(AdminRow {
            meet_id: meet.meet_id,
            circle_slug: meet.circle_slug.clone(),
            circle_name: meet.circle_name.clone(),
            time: MeetTime::new(&page.t, meet.starts_at, me.0.context.zone, meet.time_zone),
            lead: options(Role::Lead),
            co: meet.needs_co.then(|| options(Role::Co)),
            lines: Role::ALL.into_iter().filter_map(|role| place_line(&page.t, &meet, role)).collect(),
        });
    }
    let until = (chrono::Utc::now().date_naive() + chrono::Duration::days(rota::LOAD_DAYS)).to_string();
    Ok(RotaPage {
        rows,
        circles: circles.iter().map(|c| (c.slug.clone(), c.name.clone(), c.slug == circle)).collect(),
        people: state.store.facilitator_candidates().await?,
        problems,
        filled,
        until,
        circle: circle.to_string(),
        page,
    })
}

/// `GET /admin/rota`: every meet in the next four weeks and who holds it.
pub async fn page(
    State(state): State<AppState>,
    me: Coordinator,
    Query(query): Query<RotaQuery>,
) -> Result<Response, AppError> {
    render(&rota_page(&state, &me, &query.circle, Vec::new(), Vec::new()).await?)
}

/// An alias among the facilitators, by the id a form posted.
async fn person(state: &AppState, posted: &str) -> Result<Option<(i64, String)>, AppError> {
    let Ok(id) = posted.parse::<i64>() else { return Ok(None) };
    Ok(state.store.facilitator_candidates().await?.into_iter().find(|(p, _)| *p == id))
}

/// `POST /admin/rota/meets/{id}`: who leads (and co-facilitates) one meet.
pub async fn assign(
    State(state): State<AppState>,
    me: Coordinator,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let circle = pairs.all("circle").into_iter().next().unwrap_or_default();
    let now = now();
    let meet = state.store.rota_meet(id, now).await?.ok_or(AppError::NotFound)?;
    let mut problems = Vec::new();
    for role in Role::ALL {
        let Some(posted) = pairs.all(role.as_str()).into_iter().next() else { continue };
        let chosen = person(&state, &posted).await?;
        let who = chosen.as_ref().map(|(id, alias)| (*id, alias.as_str()));
        match rota_service::assign(&state.store, &actor(&me.0), id, role, who, now).await {
            Ok(()) => {}
            Err(RotaError::Refused(refusal)) => {
                let alias = who.map(|(_, a)| a).unwrap_or_default();
                problems.push(refusal_text(&me.0.context.tr, alias, role, &meet, &refusal));
            }
            Err(other) => return Err(rota_failure(other)),
        }
    }
    if problems.is_empty() {
        let narrowed = if circle.is_empty() { String::new() } else { format!("&circle={circle}") };
        return Ok(Redirect::to(&format!("/admin/rota?done=rota-saved{narrowed}#meet-{id}")).into_response());
    }
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &rota_page(&state, &me, &circle, problems, Vec::new()).await?)
}

/// A run of meets to fill, as the form posts it.
#[derive(Debug, Deserialize)]
pub struct FillForm {
    #[serde(default)]
    circle: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    member: String,
    #[serde(default)]
    until: String,
}

/// `POST /admin/rota/fill`: one person in one place at every meet of a
/// circle until a day.
pub async fn fill(
    State(state): State<AppState>,
    me: Coordinator,
    CsrfForm(form): CsrfForm<FillForm>,
) -> Result<Response, AppError> {
    let tr = me.0.context.tr.clone();
    let circle = state.store.circle_by_slug(&form.circle).await?;
    let role: Option<Role> = form.role.parse().ok();
    let chosen = person(&state, &form.member).await?;
    let until = NaiveDate::parse_from_str(form.until.trim(), "%Y-%m-%d").ok();
    let (Some(circle), Some(role), Some((member_id, alias)), Some(until)) = (circle, role, chosen, until) else {
        let problems = vec![tr.get(msg("rota-fill-incomplete"))];
        let page = rota_page(&state, &me, &form.circle, problems, Vec::new()).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let done =
        rota_service::fill(&state.store, &actor(&me.0), circle.id, role, (member_id, &alias), until, now()).await;
    let (problems, filled) = match done {
        Ok(done) => {
            let mut lines = vec![tr.args(
                msg("rota-filled"),
                &[("count", (done.assigned as i64).into()), ("alias", alias.clone().into())],
            )];
            lines.extend(done.skipped.iter().map(|(meet, refusal)| refusal_text(&tr, &alias, role, meet, refusal)));
            (Vec::new(), lines)
        }
        Err(RotaError::NotAsked) => (vec![tr.get(msg("rota-not-asked"))], Vec::new()),
        Err(other) => return Err(rota_failure(other)),
    };
    render(&rota_page(&state, &me, &circle.slug, problems, filled).await?)
}

/// `POST /admin/circles/{slug}/rota`: whether the circle asks for a
/// co-facilitator at each meet.
pub async fn set_needs_co(
    State(state): State<AppState>,
    me: Coordinator,
    Path(slug): Path<String>,
    CsrfForm(pairs): CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    let needs = pairs.all("needs_co").iter().any(|v| v == "yes");
    state.store.set_needs_co_facilitator(circle.id, needs).await?;
    let detail = format!("{}: co = {needs}", circle.name);
    state.store.record_audit(now(), &actor(&me.0), crate::domain::audit::AuditAction::CircleUpdated, &detail).await?;
    Ok(Redirect::to(&format!("/admin/circles/{slug}?done=circle-saved#rota")).into_response())
}

/// A meet on the dashboard that still needs someone.
pub struct DashboardGap {
    pub meet_id: i64,
    pub circle_name: String,
    pub time: MeetTime,
    pub needs: Vec<String>,
}

/// The rota part of the coordinator's dashboard.
pub struct RotaDashboard {
    /// Meets in the next 14 days without a lead or a needed co-facilitator.
    pub gaps: Vec<DashboardGap>,
    /// Who holds far more meets than the others in the next four weeks, with how many.
    pub heavy: Vec<String>,
    /// How "far more" is judged, in words with the median.
    pub heavy_rule: String,
    /// Places taken over after someone asked for cover, in words.
    pub swaps: Vec<String>,
}

pub async fn dashboard(state: &AppState, tr: &Tr, zone: Option<chrono_tz::Tz>) -> Result<RotaDashboard, AppError> {
    let now = now();
    let meets = state.store.rota_meets(now, now + rota::LOAD_DAYS * DAY, RotaFilter::default()).await?;
    let soon = now + DASHBOARD_DAYS * DAY;
    let gaps = meets
        .iter()
        .filter(|m| m.starts_at < soon && Role::ALL.into_iter().any(|r| m.uncovered(r)))
        .map(|m| DashboardGap {
            meet_id: m.meet_id,
            circle_name: m.circle_name.clone(),
            time: MeetTime::new(tr, m.starts_at, zone, m.time_zone),
            needs: Role::ALL
                .into_iter()
                .filter(|r| m.uncovered(*r))
                .filter_map(|r| place_line(tr, m, r).map(|(line, _)| line))
                .collect(),
        })
        .collect();
    let mut loads: Vec<(String, usize)> =
        state.store.facilitator_candidates().await?.into_iter().map(|(_, alias)| (alias, 0)).collect();
    for holder in meets.iter().flat_map(|m| [m.lead.as_ref(), m.co.as_ref()]).flatten() {
        if let Some(load) = loads.iter_mut().find(|(alias, _)| *alias == holder.alias) {
            load.1 += 1;
        }
    }
    let (median, heavy) = rota::heavy_loads(&loads);
    let heavy = heavy
        .into_iter()
        .map(|(alias, count)| {
            tr.args(msg("rota-heavy-line"), &[("alias", alias.into()), ("count", (count as i64).into())])
        })
        .collect();
    let heavy_rule =
        tr.args(msg("rota-heavy-rule"), &[("median", median.into()), ("floor", (rota::LOAD_FLOOR as i64).into())]);
    let swaps = meets
        .iter()
        .flat_map(|m| Role::ALL.into_iter().map(move |r| (m, r)))
        .filter_map(|(m, role)| {
            let h = m.holder(role)?;
            let asker = h.covering_for.as_ref()?;
            Some(tr.args(
                msg("rota-swap"),
                &[
                    ("alias", h.alias.clone().into()),
                    ("asker", asker.clone().into()),
                    ("role", role_name(tr, role).into()),
                    ("circle", m.circle_name.clone().into()),
                    ("when", MeetTime::new(tr, m.starts_at, zone, m.time_zone).main.into()),
                ],
            ))
        })
        .collect();
    Ok(RotaDashboard { gaps, heavy, heavy_rule, swaps })
}
