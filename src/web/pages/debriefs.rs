//! Debriefs and facilitator care: the short debrief a facilitator files
//! after a meet, their own history with a way to ask for a supervision
//! chat, and the coordinators' page of meets left undebriefed and requests
//! for care still open.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono_tz::Tz;

use super::admin_circles::Pairs;
use super::report::alert_label;
use crate::domain::audit::{Actor, AuditAction};
use crate::domain::debrief::{self, CareKind, Debrief, HowItWent};
use crate::domain::member::Member;
use crate::domain::permissions::may_debrief;
use crate::i18n::{Tr, msg};
use crate::services::now;
use crate::store::debriefs::{CareRequest, OverMeet};
use crate::web::AppState;
use crate::web::context::{Coordinator, SignedIn};
use crate::web::error::AppError;
use crate::web::format::{self, MeetTime};
use crate::web::forms::{CsrfForm, Fields, FormState};
use crate::web::page::{Page, render, render_status};

const DAY_SECS: i64 = 86_400;

/// The debrief form's fields, as its error summary names them.
const FIELDS: Fields = &[
    ("went", msg("debrief-went-legend")),
    ("follow_up", msg("debrief-follow-up-legend")),
    ("alerts", msg("debrief-alerts-legend")),
];

/// "Grief circle, Tue 5 Jan 2027, 7:00 pm India time"
fn meet_line(tr: &Tr, circle: &str, starts_at: i64, circle_zone: &str, reader: Option<Tz>) -> String {
    let zone = circle_zone.parse().unwrap_or(Tz::UTC);
    format!("{circle}, {}", MeetTime::new(tr, starts_at, reader, zone).main)
}

/// A meet over and waiting for a debrief: (meet id, link text).
pub(super) fn awaiting_links(tr: &Tr, meets: &[OverMeet], reader: Option<Tz>) -> Vec<(i64, String)> {
    meets.iter().map(|m| (m.meet_id, meet_line(tr, &m.circle_name, m.starts_at, &m.circle_zone, reader))).collect()
}

/// The meets a facilitator can still debrief (over in the past week, not
/// yet debriefed by them), for "How did it go?" on their pages.
pub(super) async fn awaiting(state: &AppState, signed_in: &SignedIn, tr: &Tr) -> Result<Vec<(i64, String)>, AppError> {
    let member = &signed_in.viewer.member;
    // The list holds only their own circles' meets: the rule, for a circle they facilitate.
    if !may_debrief(member.roles, true, false) {
        return Ok(Vec::new());
    }
    let now = now();
    let meets = state.store.meets_awaiting_debrief(member.id, now - debrief::EDIT_DAYS * DAY_SECS, now).await?;
    Ok(awaiting_links(tr, &meets, signed_in.context.zone))
}

/// Whether `member` may debrief this meet of this circle.
pub(super) async fn may_debrief_meet(
    state: &AppState,
    member: &Member,
    circle_id: i64,
    meet_id: i64,
) -> Result<bool, AppError> {
    let facilitates = state.store.facilitator_ids(circle_id).await?.contains(&member.id);
    let others = state.store.rota_names_others(meet_id, member.id).await?;
    Ok(may_debrief(member.roles, facilitates, others))
}

/// One alert as the form offers it: (id, "8:05 pm: Possible risk", checked).
type AlertChoice = (i64, String, bool);

#[derive(Template)]
#[template(path = "debrief.html")]
struct DebriefPage {
    page: Page,
    meet_id: i64,
    meet: String,
    /// Why it cannot be filed or changed now, if so.
    closed: Option<String>,
    /// (score, words, checked), worst first.
    went: Vec<(i64, String, bool)>,
    alerts: Vec<AlertChoice>,
    /// When support was asked, if it already was.
    support_asked: bool,
    filed: Option<String>,
    edit_days: i64,
    form: FormState,
}

/// What the form needs about a meet the reader may debrief.
struct Meet {
    id: i64,
    line: String,
    over: bool,
    alert_ids: Vec<i64>,
    alerts: Vec<(i64, String)>,
}

async fn debriefable(state: &AppState, signed_in: &SignedIn, id: i64) -> Result<Meet, AppError> {
    let counts = state.store.meet(id).await?.ok_or(AppError::NotFound)?;
    let circle = state.store.circle_by_id(counts.meet.circle_id).await?.ok_or(AppError::NotFound)?;
    if !may_debrief_meet(state, &signed_in.viewer.member, circle.id, id).await? {
        return Err(AppError::Forbidden);
    }
    let tr = &signed_in.context.tr;
    let zone = signed_in.context.zone;
    let over = debrief::meet_is_over(counts.meet.status, counts.meet.ends_at(), circle.format.has_place(), now());
    let found = state.store.meet_alerts(id).await?;
    let alerts = found
        .iter()
        .map(|a| {
            (
                a.id,
                tr.args(
                    msg("debrief-alert-line"),
                    &[("when", format::when(tr, a.at, zone).into()), ("level", alert_label(tr, &a.level).into())],
                ),
            )
        })
        .collect();
    Ok(Meet {
        id,
        line: meet_line(tr, &circle.name, counts.meet.starts_at, circle.time_zone.name(), zone),
        over,
        alert_ids: found.iter().map(|a| a.id).collect(),
        alerts,
    })
}

async fn form_page(
    state: &AppState,
    signed_in: &SignedIn,
    meet: Meet,
    typed: Option<(&DebriefForm, FormState)>,
) -> Result<DebriefPage, AppError> {
    let page = Page::new(state, &signed_in.context, msg("debrief-title")).await;
    let t = page.t.clone();
    let now = now();
    let stored = state.store.debrief_of(meet.id, signed_in.viewer.member.id).await?;
    let closed = debrief::may_file(meet.over, stored.as_ref().map(|d| d.filed_at), now)
        .err()
        .map(|why| t.arg(why.message_key(), "days", debrief::EDIT_DAYS));
    let (went, follow_up, chosen, support, form) = match (typed, &stored) {
        (Some((f, form)), _) => {
            (f.went.parse().unwrap_or(0), f.follow_up.clone(), f.chosen(), f.support == "yes", form)
        }
        (None, Some(d)) => (
            d.went.score(),
            if d.follow_up { "yes" } else { "no" }.to_string(),
            d.alert_ids.clone(),
            d.support,
            FormState::new(&t, FIELDS),
        ),
        (None, None) => (0, String::new(), Vec::new(), false, FormState::new(&t, FIELDS)),
    };
    let form = form.with("follow_up", &follow_up).with("support", if support { "yes" } else { "" });
    let support_asked = state
        .store
        .care_requests(Some(signed_in.viewer.member.id))
        .await?
        .iter()
        .any(|r| r.kind == CareKind::Support && r.meet.as_ref().is_some_and(|m| m.0 == meet.id));
    Ok(DebriefPage {
        meet_id: meet.id,
        meet: meet.line,
        closed,
        went: HowItWent::ALL.iter().map(|w| (w.score(), t.get(w.message_key()), w.score() == went)).collect(),
        alerts: meet.alerts.into_iter().map(|(id, line)| (id, line, chosen.contains(&id))).collect(),
        support_asked,
        filed: stored
            .map(|d| t.arg(msg("debrief-filed-on"), "when", format::when(&t, d.filed_at, signed_in.context.zone))),
        edit_days: debrief::EDIT_DAYS,
        form,
        page,
    })
}

/// `GET /meets/{id}/debrief`: "How did it go?"
pub async fn form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let meet = debriefable(&state, &signed_in, id).await?;
    render(&form_page(&state, &signed_in, meet, None).await?)
}

/// The debrief as posted: `alerts` may repeat.
#[derive(Debug, Default)]
pub struct DebriefForm {
    went: String,
    follow_up: String,
    alerts: Vec<String>,
    support: String,
}

impl DebriefForm {
    fn from_pairs(pairs: &Pairs) -> DebriefForm {
        let one = |name: &str| pairs.all(name).into_iter().next().unwrap_or_default();
        DebriefForm {
            went: one("went"),
            follow_up: one("follow_up"),
            alerts: pairs.all("alerts"),
            support: one("support"),
        }
    }

    fn chosen(&self) -> Vec<i64> {
        self.alerts.iter().filter_map(|a| a.parse().ok()).collect()
    }
}

/// `POST /meets/{id}/debrief`: files or changes it; asking for support
/// the first time tells the coordinators.
pub async fn save(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let meet = debriefable(&state, &signed_in, id).await?;
    let member = &signed_in.viewer.member;
    let stored = state.store.debrief_of(id, member.id).await?;
    if debrief::may_file(meet.over, stored.map(|d| d.filed_at), now()).is_err() {
        // The page says why; nothing is saved.
        return render_status(StatusCode::CONFLICT, &form_page(&state, &signed_in, meet, None).await?);
    }
    let form = DebriefForm::from_pairs(&pairs);
    match Debrief::parse(&form.went, &form.follow_up, &form.alerts, form.support == "yes", &meet.alert_ids) {
        Ok(debrief) => {
            let asked = state.store.save_debrief(id, member.id, member.alias.as_str(), &debrief, now()).await?;
            let done = if asked { "debrief-saved-support" } else { "debrief-saved" };
            Ok(Redirect::to(&format!("/facilitate/debriefs?done={done}")).into_response())
        }
        Err(errors) => {
            let tr = signed_in.context.tr.clone();
            let typed = FormState::new(&tr, FIELDS).errors_from(&tr, &errors);
            let page = form_page(&state, &signed_in, meet, Some((&form, typed))).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// One debrief on its facilitator's history.
struct HistoryLine {
    meet_id: i64,
    meet: String,
    went: String,
    /// "Nothing to follow up" or "To follow up: 2 alerts".
    follow_up: String,
    support: bool,
    editable: bool,
}

/// A request for care as its asker or a coordinator sees it.
struct CareLine {
    id: i64,
    alias: String,
    /// "Support after Grief circle, Tue 5 Jan…" or "A supervision chat".
    what: String,
    asked: String,
    /// "Answered by Meera on …", when it has been.
    answered: Option<String>,
}

fn care_line(tr: &Tr, r: &CareRequest, zone: Option<Tz>) -> CareLine {
    let what = match (&r.kind, &r.meet) {
        (CareKind::Support, Some((_, circle, circle_zone, at))) => {
            tr.arg(msg("care-support-after"), "meet", meet_line(tr, circle, *at, circle_zone, zone))
        }
        (CareKind::Support, None) => tr.get(msg("care-support")),
        (CareKind::Supervision, _) => tr.get(msg("care-supervision")),
    };
    let answered = r.answered_at.map(|at| {
        tr.args(
            msg("care-answered-by"),
            &[("who", r.answered_by.clone().unwrap_or_default().into()), ("when", format::when(tr, at, zone).into())],
        )
    });
    CareLine {
        id: r.id,
        alias: r.alias.clone(),
        what,
        asked: tr.arg(msg("care-asked-on"), "when", format::when(tr, r.asked_at, zone)),
        answered,
    }
}

#[derive(Template)]
#[template(path = "debriefs.html")]
struct HistoryPage {
    page: Page,
    /// Meets waiting for a debrief: (meet id, link text).
    debriefs_due: Vec<(i64, String)>,
    debriefs: Vec<HistoryLine>,
    requests: Vec<CareLine>,
    /// A supervision chat asked for and not yet answered.
    supervision_open: bool,
    keep_days: i64,
}

fn facilitator(signed_in: &SignedIn) -> Result<(), AppError> {
    if signed_in.viewer.member.roles.facilitator { Ok(()) } else { Err(AppError::Forbidden) }
}

/// `GET /facilitate/debriefs`: the facilitator's own debriefs, the meets
/// waiting for one, and their requests for care.
pub async fn history(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, AppError> {
    facilitator(&signed_in)?;
    let page = Page::new(&state, &signed_in.context, msg("debriefs-title")).await;
    let t = &page.t;
    let zone = signed_in.context.zone;
    let member = signed_in.viewer.member.id;
    let now = now();
    let debriefs = state
        .store
        .debriefs_by(member)
        .await?
        .into_iter()
        .map(|d| HistoryLine {
            meet_id: d.meet_id,
            meet: meet_line(t, &d.circle_name, d.meet_starts_at, &d.circle_zone, zone),
            went: t.get(d.went.message_key()),
            follow_up: match (d.follow_up, d.alerts) {
                (false, _) => t.get(msg("debrief-nothing-to-follow-up")),
                (true, alerts) => t.arg(msg("debrief-to-follow-up"), "alerts", alerts),
            },
            support: d.support,
            editable: debrief::editable(d.filed_at, now),
        })
        .collect();
    let requests: Vec<CareLine> =
        state.store.care_requests(Some(member)).await?.iter().map(|r| care_line(t, r, zone)).collect();
    let supervision_open = state
        .store
        .care_requests(Some(member))
        .await?
        .iter()
        .any(|r| r.kind == CareKind::Supervision && r.answered_at.is_none());
    let body = HistoryPage {
        debriefs_due: awaiting(&state, &signed_in, t).await?,
        debriefs,
        requests,
        supervision_open,
        keep_days: state.org().await.debrief_retention_days,
        page,
    };
    render(&body)
}

/// `POST /facilitate/supervision`: asks the coordinators for a chat.
pub async fn ask_supervision(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(_): CsrfForm<super::auth::EmptyForm>,
) -> Result<Response, AppError> {
    facilitator(&signed_in)?;
    let asked = state.store.ask_supervision(signed_in.viewer.member.id, now()).await?;
    let done = if asked { "supervision-asked" } else { "supervision-open" };
    Ok(Redirect::to(&format!("/facilitate/debriefs?done={done}#care")).into_response())
}

#[derive(Template)]
#[template(path = "admin/care.html")]
struct CarePage {
    page: Page,
    requests: Vec<CareLine>,
    /// Meets over in the last 30 days that nobody debriefed: (id, line).
    undebriefed: Vec<(i64, String)>,
    missing_days: i64,
}

/// `GET /admin/care`: open requests for care, and meets left without a
/// debrief in the last 30 days.
pub async fn care(State(state): State<AppState>, Coordinator(me): Coordinator) -> Result<Response, AppError> {
    let page = Page::new(&state, &me.context, msg("care-title")).await;
    let zone = me.context.zone;
    let now = now();
    let requests = state.store.care_requests(None).await?.iter().map(|r| care_line(&page.t, r, zone)).collect();
    let missing = state.store.meets_without_debrief(now - debrief::MISSING_DAYS * DAY_SECS, now).await?;
    let undebriefed = awaiting_links(&page.t, &missing, zone);
    render(&CarePage { requests, undebriefed, missing_days: debrief::MISSING_DAYS, page })
}

/// `POST /admin/care/{id}/answered`: a coordinator has been in touch.
pub async fn answered(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<super::auth::EmptyForm>,
) -> Result<Response, AppError> {
    let alias = me.viewer.member.alias.to_string();
    let request = state.store.answer_care_request(id, &alias, now()).await?.ok_or(AppError::NotFound)?;
    let actor = Actor::Member { id: me.viewer.member.id, alias };
    let detail = format!("{} ({})", request.alias, request.kind.as_str());
    state.store.record_audit(now(), &actor, AuditAction::CareAnswered, &detail).await?;
    Ok(Redirect::to("/admin/care?done=care-answered").into_response())
}
