//! Moderation beyond one meet: reporting a person or a circle from its
//! page or a past meet, the coordinators' review page and their decisions,
//! the person's decisions on their account page and their one appeal, and
//! the kind page that keeps a suspended person out.
//!
//! What an alias-based system cannot enforce: a suspended person who signs
//! out (or uses another browser) may drop in to a drop-in circle as a
//! guest under a new alias, since a guest is only a pass for one meet. What
//! is enforced: every door a member uses (RSVP, joining a circle, agreeing
//! then joining, the room's page and socket, the call), and, for guests, a
//! signed "hold" cookie this browser is given whenever its member meets a
//! suspension, which keeps guest drop-ins from that browser out of the same
//! circles until the suspension ends, even after signing out.

use crate::auth::limits::Door;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::domain::audit::Actor;
use crate::domain::circle::Circle;
use crate::domain::moderation::{self, Decision, Hold, Reason, Report};
use crate::i18n::{Tr, msg};
use crate::services::now;
use crate::store::moderation::{Appealed, Case, NewReport};
use crate::web::AppState;
use crate::web::context::{Coordinator, RequestContext, SignedIn};
use crate::web::cookies;
use crate::web::error::AppError;
use crate::web::format::when;
use crate::web::forms::{CsrfForm, Fields, FormState};
use crate::web::page::{Page, render, render_status};

/// How many decided cases the review page lists below those waiting.
const DECIDED_SHOWN: i64 = 50;
/// What the hold cookie signs.
const HOLD_PURPOSE: &str = "moderation-hold";
/// The longest a hold cookie lasts (a closed account's hold has no end).
const HOLD_COOKIE_MAX_SECS: i64 = 400 * 86_400;

fn actor(signed_in: &SignedIn) -> Actor {
    let m = &signed_in.viewer.member;
    Actor::Member { id: m.id, alias: m.alias.to_string() }
}

// ---------------------------------------------------------------- reports

/// Where a report is made from: a circle's page, or a past meet.
struct ReportPlace {
    circle: Circle,
    meet_id: Option<i64>,
    /// Whom it may be about (id, alias), besides the circle itself.
    people: Vec<(i64, String)>,
    /// The form's address.
    action: String,
}

#[derive(Template)]
#[template(path = "report_concern.html")]
struct ReportPage {
    page: Page,
    circle_name: String,
    circle_slug: String,
    action: String,
    people: Vec<(i64, String)>,
    reasons: Vec<(&'static str, String)>,
    form: FormState,
    /// Shown after sending: thanks, and for "someone may be unsafe", where help is.
    sent: bool,
    unsafe_sent: bool,
}

const REPORT_FIELDS: Fields = &[
    ("about", msg("moderation-field-about")),
    ("reason", msg("moderation-field-reason")),
    ("words", msg("moderation-field-words")),
];

fn reasons(tr: &Tr) -> Vec<(&'static str, String)> {
    Reason::ALL.into_iter().map(|r| (r.as_str(), tr.get(r.message_key()))).collect()
}

async fn report_page(
    state: &AppState,
    context: &RequestContext,
    place: ReportPlace,
    form: FormState,
    sent: Option<bool>,
) -> ReportPage {
    let page = Page::new(state, context, msg("moderation-report-title")).await;
    ReportPage {
        circle_name: place.circle.name.clone(),
        circle_slug: place.circle.slug.clone(),
        action: place.action,
        people: place.people,
        reasons: reasons(&page.t),
        form,
        sent: sent.is_some(),
        unsafe_sent: sent == Some(true),
        page,
    }
}

async fn circle_place(state: &AppState, slug: &str) -> Result<ReportPlace, AppError> {
    let circle = state.store.circle_by_slug(slug).await?.ok_or(AppError::NotFound)?;
    let people = state.store.facilitators_of(circle.id).await?;
    Ok(ReportPlace { action: format!("/circles/{}/report", circle.slug), circle, meet_id: None, people })
}

/// A past meet the reporter came to: anyone else who came, or its facilitators.
async fn meet_place(state: &AppState, meet_id: i64, reporter: i64) -> Result<ReportPlace, AppError> {
    if !state.store.attended(meet_id, reporter).await? {
        return Err(AppError::NotFound);
    }
    let meet = state.store.meet_alone(meet_id).await?.ok_or(AppError::NotFound)?;
    let circle = state.store.circle_by_id(meet.circle_id).await?.ok_or(AppError::NotFound)?;
    let people = state.store.people_at_meet(meet_id, reporter).await?;
    Ok(ReportPlace { circle, meet_id: Some(meet_id), people, action: format!("/meets/{meet_id}/report") })
}

/// `?about=` (an alias on the circle page) and `?sent=` after sending.
#[derive(Debug, Deserialize)]
pub struct ReportQuery {
    #[serde(default)]
    about: String,
    #[serde(default)]
    sent: String,
}

fn first_form(tr: &Tr, place: &ReportPlace, about: &str) -> FormState {
    let chosen = place.people.iter().find(|(_, alias)| alias == about).map(|(id, _)| id.to_string());
    FormState::new(tr, REPORT_FIELDS).with("about", chosen.as_deref().unwrap_or("circle"))
}

fn sent(query: &ReportQuery) -> Option<bool> {
    match query.sent.as_str() {
        "" => None,
        kind => Some(kind == "unsafe"),
    }
}

/// `GET /circles/{slug}/report`.
pub async fn circle_report_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<ReportQuery>,
) -> Result<Response, AppError> {
    let place = circle_place(&state, &slug).await?;
    let form = first_form(&signed_in.context.tr, &place, &query.about);
    render(&report_page(&state, &signed_in.context, place, form, sent(&query)).await)
}

/// `GET /meets/{id}/report`.
pub async fn meet_report_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> Result<Response, AppError> {
    let place = meet_place(&state, id, signed_in.viewer.member.id).await?;
    let form = first_form(&signed_in.context.tr, &place, &query.about);
    render(&report_page(&state, &signed_in.context, place, form, sent(&query)).await)
}

/// A report as posted.
#[derive(Debug, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    about: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    words: String,
}

/// `POST /circles/{slug}/report`.
pub async fn circle_report(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ReportForm>,
) -> Result<Response, AppError> {
    let place = circle_place(&state, &slug).await?;
    send_report(&state, &signed_in, place, form).await
}

/// `POST /meets/{id}/report`.
pub async fn meet_report(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<ReportForm>,
) -> Result<Response, AppError> {
    let place = meet_place(&state, id, signed_in.viewer.member.id).await?;
    send_report(&state, &signed_in, place, form).await
}

async fn send_report(
    state: &AppState,
    signed_in: &SignedIn,
    place: ReportPlace,
    form: ReportForm,
) -> Result<Response, AppError> {
    let tr = &signed_in.context.tr;
    let subject = match form.about.as_str() {
        "circle" => Ok(None),
        id => place.people.iter().find(|(p, _)| p.to_string() == id).cloned().map(Some).ok_or(()),
    };
    let parsed = Report::parse(&form.reason, &form.words);
    let (Ok(subject), Ok(report)) = (&subject, &parsed) else {
        let mut typed = FormState::new(tr, REPORT_FIELDS)
            .with("about", &form.about)
            .with("reason", &form.reason)
            .with("words", &form.words);
        if subject.is_err() {
            typed = typed.error(tr, "about", crate::domain::Invalid("moderation-about-required"));
        }
        if let Err(errors) = &parsed {
            typed = typed.errors_from(tr, errors);
        }
        let page = report_page(state, &signed_in.context, place, typed, None).await;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let member = &signed_in.viewer.member;
    state
        .limits
        .door(Door::Report, &member.id.to_string(), crate::services::now_ms())
        .await
        .map_err(AppError::TooManyRequests)?;
    let new = NewReport {
        circle_id: place.circle.id,
        meet_id: place.meet_id,
        subject: subject.clone(),
        reporter: (member.id, member.alias.to_string()),
        reason: report.reason,
        words: report.words.clone(),
    };
    state.store.report(&new, now()).await?;
    let kind = if report.reason == Reason::Unsafe { "unsafe" } else { "yes" };
    Ok(Redirect::to(&format!("{}?sent={kind}", place.action)).into_response())
}

// ------------------------------------------------------------ review page

/// A case as coordinators read it.
pub(super) struct CaseView {
    id: i64,
    /// "Report: harassment or threats" or "Removed from a meet".
    what: String,
    /// Who it is about: an alias (marked as a guest), or the circle.
    about: String,
    circle: String,
    /// When it happened, and at which meet.
    when: String,
    /// "Reported by Sam" or "Removed by Ruth".
    by: String,
    /// "Reported by" or "Removed by", and the alias, for the case page's facts.
    by_label: String,
    by_alias: String,
    /// The words, or that they were deleted after the period.
    words: Option<String>,
    status: String,
    /// "open", "appeal" or "decided", for the badge's look and the sort.
    tone: &'static str,
    decision: Option<String>,
    decision_words: Option<String>,
    appeal: Option<String>,
    appeal_words: Option<String>,
    urgent: bool,
}

fn status_words(tr: &Tr, case: &Case, zone: Option<chrono_tz::Tz>) -> String {
    match case.status.as_str() {
        "open" => tr.get(msg("moderation-status-open")),
        "dismissed" => tr.get(msg("moderation-status-dismissed")),
        "warned" => tr.get(msg("moderation-status-warned")),
        "closed" => tr.get(msg("moderation-status-closed")),
        _ => tr.arg(
            msg(if case.suspended_everywhere {
                "moderation-status-suspended-everywhere"
            } else {
                "moderation-status-suspended-circle"
            }),
            "until",
            when(tr, case.suspended_until.unwrap_or_default(), zone),
        ),
    }
}

fn appeal_words(tr: &Tr, case: &Case) -> Option<String> {
    case.appealed_at?;
    Some(match case.appeal_outcome.as_deref() {
        Some("overturned") => tr.get(msg("moderation-appeal-overturned")),
        Some(_) => tr.get(msg("moderation-appeal-upheld")),
        None if case.same_reviewer => {
            tr.arg(msg("moderation-appeal-waiting-same"), "alias", case.appeal_reviewer_alias.clone())
        }
        None => tr.arg(msg("moderation-appeal-waiting"), "alias", case.appeal_reviewer_alias.clone()),
    })
}

impl CaseView {
    fn new(tr: &Tr, case: &Case, zone: Option<chrono_tz::Tz>, retention_days: i64) -> CaseView {
        let what = match case.reason {
            Some(reason) => tr.arg(msg("moderation-what-report"), "reason", tr.get(reason.message_key())),
            None => tr.get(msg("moderation-what-removal")),
        };
        let about = if case.subject_alias.is_empty() {
            tr.get(msg("moderation-about-circle"))
        } else if case.about_guest {
            tr.arg(msg("moderation-about-guest"), "alias", case.subject_alias.clone())
        } else {
            case.subject_alias.clone()
        };
        let by_key = if case.removal { msg("moderation-removed-by") } else { msg("moderation-reported-by") };
        // A removal may have been given no reason; words past the period are gone.
        let words = match &case.words {
            Some(words) => Some(words.clone()).filter(|w| !w.is_empty()),
            None => Some(tr.arg(msg("moderation-words-deleted"), "days", retention_days)),
        };
        let tone = if case.open() {
            "open"
        } else if case.appeal_waiting() {
            "appeal"
        } else {
            "decided"
        };
        CaseView {
            id: case.id,
            what,
            about,
            circle: case.circle_name.clone(),
            when: when(tr, case.at, zone),
            by: tr.arg(by_key, "alias", case.by_alias.clone()),
            by_label: tr.get(if case.removal {
                msg("moderation-fact-removed-by")
            } else {
                msg("moderation-fact-reported-by")
            }),
            by_alias: case.by_alias.clone(),
            words,
            status: status_words(tr, case, zone),
            tone,
            decision: (!case.open()).then(|| {
                tr.args(
                    msg("moderation-decided-by"),
                    &[
                        ("alias", case.decided_by_alias.clone().into()),
                        ("when", when(tr, case.decided_at.unwrap_or_default(), zone).into()),
                    ],
                )
            }),
            decision_words: case.decision_words.clone().filter(|w| !w.is_empty()),
            appeal: appeal_words(tr, case),
            appeal_words: case.appeal_words.clone(),
            urgent: case.open() && case.reason == Some(Reason::Unsafe),
        }
    }
}

#[derive(Template)]
#[template(path = "admin/moderation.html")]
struct ReviewPage {
    page: Page,
    cases: Vec<CaseView>,
    retention_days: i64,
}

/// `GET /admin/moderation`: reports and removals together, appeals and
/// open cases first (someone who may be unsafe first of all), newest first.
pub async fn review(State(state): State<AppState>, Coordinator(me): Coordinator) -> Result<Response, AppError> {
    let page = Page::new(&state, &me.context, msg("moderation-review-title")).await;
    let mut cases = state.store.moderation_cases(DECIDED_SHOWN).await?;
    let rank = |c: &Case| {
        let waiting = if c.appeal_waiting() {
            0
        } else if c.open() {
            1
        } else {
            2
        };
        let urgency = if c.open() { c.reason.map_or(2, |r| r.urgency()) } else { 9 };
        (waiting, urgency, std::cmp::Reverse(c.at), std::cmp::Reverse(c.id))
    };
    cases.sort_by_key(rank);
    let days = state.org().await.moderation_retention_days;
    let cases = cases.iter().map(|c| CaseView::new(&page.t, c, me.context.zone, days)).collect();
    render(&ReviewPage { page, cases, retention_days: days })
}

#[derive(Template)]
#[template(path = "admin/moderation_case.html")]
struct CasePage {
    page: Page,
    case: CaseView,
    /// The decision form, while the case is open.
    decide: Option<FormState>,
    /// The appeal's answer form, for the coordinator it went to.
    answer: Option<FormState>,
    /// Someone to keep out (a member): suspending and closing are offered.
    member: bool,
    /// The appeal waits with another coordinator.
    appeal_elsewhere: bool,
}

const DECIDE_FIELDS: Fields = &[
    ("action", msg("moderation-field-action")),
    ("days", msg("moderation-field-days")),
    ("words", msg("moderation-field-decision-words")),
];

const ANSWER_FIELDS: Fields = &[("outcome", msg("moderation-field-outcome")), ("words", msg("moderation-field-reply"))];

async fn case_page(
    state: &AppState,
    me: &SignedIn,
    case: &Case,
    decide: Option<FormState>,
    answer: Option<FormState>,
) -> Result<CasePage, AppError> {
    let page = Page::new(state, &me.context, msg("moderation-case-title")).await;
    let days = state.org().await.moderation_retention_days;
    let view = CaseView::new(&page.t, case, me.context.zone, days);
    let mine = case.appeal_reviewer == Some(me.viewer.member.id);
    let decide =
        case.open().then(|| decide.unwrap_or_else(|| FormState::new(&page.t, DECIDE_FIELDS).with("days", "7")));
    let answer =
        (case.appeal_waiting() && mine).then(|| answer.unwrap_or_else(|| FormState::new(&page.t, ANSWER_FIELDS)));
    Ok(CasePage {
        case: view,
        decide,
        answer,
        member: case.subject_id.is_some(),
        appeal_elsewhere: case.appeal_waiting() && !mine,
        page,
    })
}

async fn case_for(state: &AppState, id: i64) -> Result<Case, AppError> {
    state.store.moderation_case(id).await?.ok_or(AppError::NotFound)
}

/// `GET /admin/moderation/{id}`.
pub async fn case(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let case = case_for(&state, id).await?;
    render(&case_page(&state, &me, &case, None, None).await?)
}

/// A decision as posted.
#[derive(Debug, Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    days: String,
    #[serde(default)]
    reach: String,
    #[serde(default)]
    words: String,
}

/// `POST /admin/moderation/{id}/decide`.
pub async fn decide(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<DecideForm>,
) -> Result<Response, AppError> {
    let case = case_for(&state, id).await?;
    // Nobody is kept out who is not a member (a guest, a circle): only dismissing and warning
    // apply, and a warning needs a member to read it.
    let allowed = case.subject_id.is_some() || form.action == "dismiss";
    let decision = Decision::parse(&form.action, &form.words, &form.days, &form.reach).and_then(|d| {
        if allowed { Ok(d) } else { Err(vec![("action", crate::domain::Invalid("moderation-action-needs-member"))]) }
    });
    let decision = match decision {
        Ok(decision) => decision,
        Err(errors) => {
            let tr = &me.context.tr;
            let typed = FormState::new(tr, DECIDE_FIELDS)
                .with("action", &form.action)
                .with("days", &form.days)
                .with("reach", &form.reach)
                .with("words", &form.words)
                .errors_from(tr, &errors);
            let page = case_page(&state, &me, &case, Some(typed), None).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let done = if state.store.decide_case(&case, &actor(&me), &decision, now()).await? {
        "case-decided"
    } else {
        "case-already-decided"
    };
    Ok(Redirect::to(&format!("/admin/moderation?done={done}")).into_response())
}

/// An appeal's answer as posted.
#[derive(Debug, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    words: String,
}

/// `POST /admin/moderation/{id}/appeal`: only the coordinator the appeal went to answers it.
pub async fn answer_appeal(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> Result<Response, AppError> {
    let case = case_for(&state, id).await?;
    if case.appeal_reviewer != Some(me.viewer.member.id) || !case.appeal_waiting() {
        return Err(AppError::Forbidden);
    }
    let outcome = match form.outcome.as_str() {
        "uphold" => Ok(false),
        "overturn" => Ok(true),
        _ => Err(("outcome", crate::domain::Invalid("moderation-outcome-required"))),
    };
    let reply = moderation::parse_appeal(&form.words).map_err(|e| ("words", e));
    let (Ok(overturn), Ok(reply)) = (outcome, &reply) else {
        let tr = &me.context.tr;
        let errors: Vec<_> = [outcome.err(), reply.clone().err()].into_iter().flatten().collect();
        let typed = FormState::new(tr, ANSWER_FIELDS)
            .with("outcome", &form.outcome)
            .with("words", &form.words)
            .errors_from(tr, &errors);
        let page = case_page(&state, &me, &case, None, Some(typed)).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    state.store.answer_appeal(&case, &actor(&me), overturn, reply, now()).await?;
    Ok(Redirect::to("/admin/moderation?done=appeal-answered").into_response())
}

// --------------------------------------------------- the person's own side

/// A decision about the reader, on their account page.
pub(super) struct OwnDecision {
    pub(super) id: i64,
    pub(super) what: String,
    pub(super) words: Option<String>,
    pub(super) appeal: Option<String>,
    pub(super) reply: Option<String>,
    pub(super) may_appeal: bool,
}

fn own_decision(tr: &Tr, case: &Case, zone: Option<chrono_tz::Tz>) -> OwnDecision {
    let until = when(tr, case.suspended_until.unwrap_or_default(), zone);
    let decided = when(tr, case.decided_at.unwrap_or_default(), zone);
    let what = match case.status.as_str() {
        "warned" => tr.args(
            msg("moderation-own-warned"),
            &[("circle", case.circle_name.clone().into()), ("when", decided.into())],
        ),
        "closed" => tr.arg(msg("moderation-own-closed"), "when", decided),
        _ if case.suspended_everywhere => tr.arg(msg("moderation-own-suspended-everywhere"), "until", until),
        _ => tr.args(
            msg("moderation-own-suspended"),
            &[("circle", case.circle_name.clone().into()), ("until", until.into())],
        ),
    };
    let appeal = case.appealed_at.map(|_| match case.appeal_outcome.as_deref() {
        Some("overturned") => tr.get(msg("moderation-own-appeal-overturned")),
        Some(_) => tr.get(msg("moderation-own-appeal-upheld")),
        None => tr.get(msg("moderation-own-appeal-waiting")),
    });
    OwnDecision {
        id: case.id,
        what,
        words: case.decision_words.clone().filter(|w| !w.is_empty()),
        appeal,
        reply: case.appeal_reply.clone().filter(|w| !w.is_empty()),
        may_appeal: case.may_appeal(),
    }
}

/// The decisions about a member, for their account page, and the hold
/// cookies to give this browser for the suspensions still running.
pub(super) async fn own_decisions(
    state: &AppState,
    tr: &Tr,
    member_id: i64,
    zone: Option<chrono_tz::Tz>,
) -> Result<(Vec<OwnDecision>, Vec<HeaderValue>), AppError> {
    let cases = state.store.decisions_about(member_id).await?;
    let now = now();
    let cookies = cases
        .iter()
        .filter(|c| matches!(c.status.as_str(), "suspended" | "closed"))
        .filter_map(|c| {
            let hold = Hold {
                circle_id: (!c.suspended_everywhere).then_some(c.circle_id),
                until: c.suspended_until?,
                closed: c.status == "closed",
            };
            (hold.until > now).then(|| hold_cookie(state, &hold, now))
        })
        .collect();
    Ok((cases.iter().map(|c| own_decision(tr, c, zone)).collect(), cookies))
}

#[derive(Template)]
#[template(path = "appeal.html")]
struct AppealPage {
    page: Page,
    decision: OwnDecision,
    form: FormState,
    /// The only coordinator is the one who decided.
    one_coordinator: bool,
}

const APPEAL_FIELDS: Fields = &[("words", msg("moderation-field-appeal"))];

async fn own_case(state: &AppState, me: &SignedIn, id: i64) -> Result<Case, AppError> {
    let case = case_for(state, id).await?;
    if case.subject_id != Some(me.viewer.member.id) || case.open() || case.status == "dismissed" {
        return Err(AppError::NotFound);
    }
    Ok(case)
}

async fn appeal_page(state: &AppState, me: &SignedIn, case: &Case, form: FormState) -> Result<AppealPage, AppError> {
    let page = Page::new(state, &me.context, msg("moderation-appeal-title")).await;
    let others = state.store.coordinator_count().await? - i64::from(case.decided_by.is_some());
    Ok(AppealPage { decision: own_decision(&page.t, case, me.context.zone), form, one_coordinator: others < 1, page })
}

/// `GET /account/decisions/{id}/appeal`.
pub async fn appeal_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let case = own_case(&state, &signed_in, id).await?;
    let form = FormState::new(&signed_in.context.tr, APPEAL_FIELDS);
    render(&appeal_page(&state, &signed_in, &case, form).await?)
}

/// An appeal as posted.
#[derive(Debug, Deserialize)]
pub struct AppealForm {
    #[serde(default)]
    words: String,
}

/// `POST /account/decisions/{id}/appeal`: once.
pub async fn appeal(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<AppealForm>,
) -> Result<Response, AppError> {
    let case = own_case(&state, &signed_in, id).await?;
    let words = match moderation::parse_appeal(&form.words) {
        Ok(words) => words,
        Err(problem) => {
            let tr = &signed_in.context.tr;
            let typed = FormState::new(tr, APPEAL_FIELDS).with("words", &form.words).error(tr, "words", problem);
            let page = appeal_page(&state, &signed_in, &case, typed).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let done = match state.store.appeal_case(&case, signed_in.viewer.member.id, &words, now()).await? {
        Appealed::ToAnother | Appealed::ToTheSame => "appeal-sent",
        Appealed::Refused => "appeal-already",
    };
    Ok(Redirect::to(&format!("/account?done={done}#decisions")).into_response())
}

// ------------------------------------------------------ keeping people out

#[derive(Template)]
#[template(path = "kept_out.html")]
struct KeptOutPage {
    page: Page,
    /// "You cannot join meets of After loss until 5 Jan 2027."
    headline: String,
    /// Signed in: where they read why and appeal.
    member: bool,
}

fn hold_cookie_name(circle_id: Option<i64>) -> String {
    match circle_id {
        Some(id) => format!("hs_hold_{id}"),
        None => "hs_hold_all".into(),
    }
}

/// A signed cookie that keeps this browser's guest drop-ins out of what
/// the hold covers, until it ends.
fn hold_cookie(state: &AppState, hold: &Hold, now: i64) -> HeaderValue {
    let max_age = (hold.until.saturating_sub(now)).clamp(0, HOLD_COOKIE_MAX_SECS);
    let until = now + max_age;
    let name = hold_cookie_name(hold.circle_id);
    let signed = state.signing.sign(HOLD_PURPOSE, &format!("{name}.{until}"));
    cookies::set(&name, &signed, Some(max_age), state.settings.secure_cookies())
}

/// The hold a browser's cookie says covers a circle, if any.
fn hold_from_cookie(state: &AppState, headers: &HeaderMap, circle_id: i64, now: i64) -> Option<Hold> {
    [Some(circle_id), None].into_iter().find_map(|scope| {
        let name = hold_cookie_name(scope);
        let message = state.signing.open(HOLD_PURPOSE, cookies::get(headers, &name)?)?;
        let (named, until) = message.rsplit_once('.')?;
        let until: i64 = until.parse().ok()?;
        let hold = Hold { circle_id: scope, until, closed: false };
        (named == name && hold.covers(circle_id, now)).then_some(hold)
    })
}

/// Whether this browser holds any hold cookie (cheap, before asking which circle a meet is).
pub(super) fn has_hold_cookie(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|cookies| cookies.split(';').any(|c| c.trim_start().starts_with("hs_hold_")))
}

/// What keeps this request out of a circle: the signed-in member's
/// suspension, else (for a guest) this browser's hold cookie.
pub(super) async fn hold_for(
    state: &AppState,
    context: &RequestContext,
    headers: &HeaderMap,
    circle_id: i64,
) -> Result<Option<Hold>, AppError> {
    let now = now();
    if let Some(viewer) = &context.viewer {
        return Ok(state.store.hold_on(viewer.member.id, circle_id, now).await?);
    }
    Ok(hold_from_cookie(state, headers, circle_id, now))
}

/// The kind page that says why someone cannot come in, until when, and
/// how to appeal; it gives the browser the hold cookie too.
pub(super) async fn kept_out_page(
    state: &AppState,
    context: &RequestContext,
    circle: &Circle,
    hold: &Hold,
) -> Result<Response, AppError> {
    let page = Page::new(state, context, msg("moderation-kept-out-title")).await;
    let until = when(&page.t, hold.until, context.zone);
    let headline = if hold.closed {
        page.t.get(msg("moderation-kept-out-closed"))
    } else if hold.circle_id.is_none() {
        page.t.arg(msg("moderation-kept-out-everywhere"), "until", until)
    } else {
        page.t
            .args(msg("moderation-kept-out-circle"), &[("circle", circle.name.clone().into()), ("until", until.into())])
    };
    let member = context.viewer.is_some();
    let body = render_status(StatusCode::FORBIDDEN, &KeptOutPage { page, headline, member })?;
    Ok(([(header::SET_COOKIE, hold_cookie(state, hold, now()))], body).into_response())
}

/// The kept-out page when a member's suspension keeps them out of the circle.
pub(super) async fn member_kept_out(
    state: &AppState,
    context: &RequestContext,
    member_id: i64,
    circle: &Circle,
) -> Result<Option<Response>, AppError> {
    match state.store.hold_on(member_id, circle.id, now()).await? {
        Some(hold) => Ok(Some(kept_out_page(state, context, circle, &hold).await?)),
        None => Ok(None),
    }
}

/// The kept-out page when something keeps this request out of the circle.
pub(super) async fn keep_out(
    state: &AppState,
    context: &RequestContext,
    headers: &HeaderMap,
    circle: &Circle,
) -> Result<Option<Response>, AppError> {
    match hold_for(state, context, headers, circle.id).await? {
        Some(hold) => Ok(Some(kept_out_page(state, context, circle, &hold).await?)),
        None => Ok(None),
    }
}
