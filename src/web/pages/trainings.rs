//! Trainings: coordinators keep the organisation's list, record who
//! completed which, say which a circle requires, and see every gap on one
//! page; each person sees their own record on their account. Nobody else
//! sees anyone's record.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, Utc};
use serde::Deserialize;

use crate::domain::audit::{Actor, AuditAction};
use crate::domain::invalid::Invalid;
use crate::domain::training::{Standing, Training, standing};
use crate::i18n::{Tr, msg};
use crate::services::now;
use crate::store::trainings::TrainingRecord;
use crate::web::AppState;
use crate::web::context::Coordinator;
use crate::web::error::AppError;
use crate::web::format;
use crate::web::forms::{CsrfForm, Fields, FormState};
use crate::web::page::{Page, render, render_status};
use crate::web::pages::admin_circles::Pairs;

/// The day records are judged on. Dates are whole days; UTC keeps one
/// answer for everyone.
fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn actor(me: &Coordinator) -> Actor {
    let m = &me.0.viewer.member;
    Actor::Member { id: m.id, alias: m.alias.to_string() }
}

/// How long a training stays valid, in words.
fn validity(tr: &Tr, t: &Training) -> String {
    match t.valid_months {
        Some(months) => tr.arg(msg("training-valid-months"), "months", i64::from(months)),
        None => tr.get(msg("training-never-expires")),
    }
}

/// One completion, as a record list shows it.
pub struct RecordView {
    pub id: i64,
    pub alias: String,
    pub training: String,
    /// When it was completed, and who checked it.
    pub line: String,
    /// Where it stands today, in words.
    pub standing: String,
    /// "ok", "soon" or "expired", for the badge's look.
    pub tone: &'static str,
}

impl RecordView {
    pub fn new(tr: &Tr, r: &TrainingRecord, today: NaiveDate) -> RecordView {
        let ends = r.training.expires_on(r.completed_on).map(|d| format::short_date(tr, d));
        let (standing, tone) = match (standing(&r.training, r.completed_on, today), ends) {
            (_, None) => (tr.get(msg("training-never-expires")), "ok"),
            (Standing::Valid, Some(d)) => (tr.arg(msg("training-valid-until"), "date", d), "ok"),
            (Standing::ExpiringSoon, Some(d)) => (tr.arg(msg("training-expires-soon"), "date", d), "soon"),
            (Standing::Expired, Some(d)) => (tr.arg(msg("training-expired-on"), "date", d), "expired"),
        };
        RecordView {
            id: r.id,
            alias: r.alias.clone(),
            training: r.training.name.clone(),
            line: tr.args(
                msg("training-completed-checked"),
                &[
                    ("date", format::short_date(tr, r.completed_on).into()),
                    ("checker", r.checked_by.clone().unwrap_or_else(|| tr.get(msg("training-checked-by-gone"))).into()),
                ],
            ),
            standing,
            tone,
        }
    }
}

/// A member's own record, for their account page.
pub async fn own_records(state: &AppState, tr: &Tr, member_id: i64) -> Result<Vec<RecordView>, AppError> {
    let today = today();
    Ok(state.store.training_records(Some(member_id)).await?.iter().map(|r| RecordView::new(tr, r, today)).collect())
}

/// A training as the list shows it.
struct TrainingView {
    id: i64,
    name: String,
    covers: String,
    validity: String,
    retired: bool,
}

#[derive(Template)]
#[template(path = "admin/trainings.html")]
struct TrainingsPage {
    page: Page,
    trainings: Vec<TrainingView>,
    /// The form to add one.
    form: FormState,
    /// The form to record a completion.
    record: FormState,
    /// Current trainings, to record.
    current: Vec<(i64, String)>,
    /// Facilitators, by alias.
    people: Vec<(i64, String)>,
    records: Vec<RecordView>,
}

const TRAINING_FIELDS: Fields = &[
    ("name", msg("training-field-name")),
    ("covers", msg("training-field-covers")),
    ("valid_months", msg("training-field-months")),
];

const RECORD_FIELDS: Fields = &[
    ("member", msg("training-field-member")),
    ("training", msg("training-field-training")),
    ("completed_on", msg("training-field-completed")),
];

async fn trainings_page(
    state: &AppState,
    me: &Coordinator,
    form: FormState,
    record: FormState,
) -> Result<TrainingsPage, AppError> {
    let page = Page::new(state, &me.0.context, msg("trainings-title")).await;
    let all = state.store.trainings().await?;
    let current = all.iter().filter(|t| !t.retired).map(|t| (t.id, t.name.clone())).collect();
    let trainings = all
        .iter()
        .map(|t| TrainingView {
            id: t.id,
            name: t.name.clone(),
            covers: t.covers.clone(),
            validity: validity(&page.t, t),
            retired: t.retired,
        })
        .collect();
    let today = today();
    let records =
        state.store.training_records(None).await?.iter().map(|r| RecordView::new(&page.t, r, today)).collect();
    Ok(TrainingsPage {
        trainings,
        form,
        record,
        current,
        people: state.store.facilitator_candidates().await?,
        records,
        page,
    })
}

fn empty_forms(tr: &Tr) -> (FormState, FormState) {
    (
        FormState::new(tr, TRAINING_FIELDS).with("valid_months", "12"),
        FormState::new(tr, RECORD_FIELDS).with("completed_on", &today().to_string()),
    )
}

/// `GET /admin/trainings`.
pub async fn list(State(state): State<AppState>, me: Coordinator) -> Result<Response, AppError> {
    let (form, record) = empty_forms(&me.0.context.tr);
    render(&trainings_page(&state, &me, form, record).await?)
}

/// A training as a coordinator types it.
#[derive(Debug, Deserialize)]
pub struct TrainingForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    covers: String,
    #[serde(default)]
    valid_months: String,
    #[serde(default)]
    never: String,
}

impl TrainingForm {
    fn parse(&self) -> Result<Training, Vec<(&'static str, Invalid)>> {
        Training::parse(&self.name, &self.covers, &self.valid_months, self.never == "yes")
    }

    fn typed(&self, tr: &Tr) -> FormState {
        FormState::new(tr, TRAINING_FIELDS)
            .with("name", &self.name)
            .with("covers", &self.covers)
            .with("valid_months", &self.valid_months)
            .with("never", &self.never)
    }
}

/// `POST /admin/trainings`: adds one.
pub async fn add(
    State(state): State<AppState>,
    me: Coordinator,
    CsrfForm(form): CsrfForm<TrainingForm>,
) -> Result<Response, AppError> {
    match form.parse() {
        Ok(training) => {
            state.store.save_training(&training).await?;
            state.store.record_audit(now(), &actor(&me), AuditAction::TrainingAdded, &training.name).await?;
            Ok(Redirect::to("/admin/trainings?done=training-saved").into_response())
        }
        Err(errors) => {
            let tr = me.0.context.tr.clone();
            let (_, record) = empty_forms(&tr);
            let typed = form.typed(&tr).errors_from(&tr, &errors);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &trainings_page(&state, &me, typed, record).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "admin/training_edit.html")]
struct TrainingEditPage {
    page: Page,
    id: i64,
    retired: bool,
    form: FormState,
}

async fn training_for(state: &AppState, id: i64) -> Result<Training, AppError> {
    state.store.trainings().await?.into_iter().find(|t| t.id == id).ok_or(AppError::NotFound)
}

async fn edit_page(state: &AppState, me: &Coordinator, t: &Training, form: FormState) -> TrainingEditPage {
    let page = Page::new(state, &me.0.context, msg("trainings-title")).await;
    let page = Page { title: page.t.arg(msg("training-change-named"), "name", t.name.as_str()), ..page };
    TrainingEditPage { page, id: t.id, retired: t.retired, form }
}

/// `GET /admin/trainings/{id}`: the form to change one.
pub async fn edit_form(
    State(state): State<AppState>,
    me: Coordinator,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let t = training_for(&state, id).await?;
    let months = t.valid_months.map(|m| m.to_string()).unwrap_or_default();
    let form = FormState::new(&me.0.context.tr, TRAINING_FIELDS)
        .with("name", &t.name)
        .with("covers", &t.covers)
        .with("valid_months", &months)
        .with("never", if t.valid_months.is_none() { "yes" } else { "" });
    render(&edit_page(&state, &me, &t, form).await)
}

/// `POST /admin/trainings/{id}`: changes one.
pub async fn edit(
    State(state): State<AppState>,
    me: Coordinator,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<TrainingForm>,
) -> Result<Response, AppError> {
    let existing = training_for(&state, id).await?;
    match form.parse() {
        Ok(training) => {
            let training = Training { id, retired: existing.retired, ..training };
            state.store.save_training(&training).await?;
            state.store.record_audit(now(), &actor(&me), AuditAction::TrainingChanged, &training.name).await?;
            Ok(Redirect::to("/admin/trainings?done=training-saved").into_response())
        }
        Err(errors) => {
            let typed = form.typed(&me.0.context.tr).errors_from(&me.0.context.tr, &errors);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &edit_page(&state, &me, &existing, typed).await)
        }
    }
}

/// Whether to retire a training or bring it back.
#[derive(Debug, Deserialize)]
pub struct RetireForm {
    #[serde(default)]
    retired: String,
}

/// `POST /admin/trainings/{id}/retire`.
pub async fn retire(
    State(state): State<AppState>,
    me: Coordinator,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<RetireForm>,
) -> Result<Response, AppError> {
    let t = training_for(&state, id).await?;
    let retired = form.retired == "yes";
    state.store.set_training_retired(id, retired).await?;
    let action = if retired { AuditAction::TrainingRetired } else { AuditAction::TrainingRestored };
    state.store.record_audit(now(), &actor(&me), action, &t.name).await?;
    Ok(Redirect::to("/admin/trainings?done=training-saved").into_response())
}

/// A completion as a coordinator records it.
#[derive(Debug, Deserialize)]
pub struct RecordForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    training: String,
    #[serde(default)]
    completed_on: String,
}

/// `POST /admin/trainings/records`: records a completion, checked by the
/// coordinator recording it.
pub async fn record(
    State(state): State<AppState>,
    me: Coordinator,
    CsrfForm(form): CsrfForm<RecordForm>,
) -> Result<Response, AppError> {
    let people = state.store.facilitator_candidates().await?;
    let person = form.member.parse::<i64>().ok().and_then(|id| people.into_iter().find(|(p, _)| *p == id));
    let trainings = state.store.trainings().await?;
    let training =
        form.training.parse::<i64>().ok().and_then(|id| trainings.into_iter().find(|t| t.id == id && !t.retired));
    let date = NaiveDate::parse_from_str(form.completed_on.trim(), "%Y-%m-%d").ok();
    let mut errors = Vec::new();
    if person.is_none() {
        errors.push(("member", Invalid("training-member-missing")));
    }
    if training.is_none() {
        errors.push(("training", Invalid("training-training-missing")));
    }
    match date {
        None => errors.push(("completed_on", Invalid("date-invalid"))),
        Some(d) if d > today() => errors.push(("completed_on", Invalid("training-date-future"))),
        Some(_) => {}
    }
    if let (Some((member_id, alias)), Some(training), Some(date), true) = (person, training, date, errors.is_empty()) {
        let checker = me.0.viewer.member.id;
        state.store.record_training(training.id, member_id, date, checker, now()).await?;
        let detail = format!("{alias}: {} ({date})", training.name);
        state.store.record_audit(now(), &actor(&me), AuditAction::TrainingRecorded, &detail).await?;
        return Ok(Redirect::to("/admin/trainings?done=training-recorded#records").into_response());
    }
    let tr = me.0.context.tr.clone();
    let typed = FormState::new(&tr, RECORD_FIELDS)
        .with("member", &form.member)
        .with("training", &form.training)
        .with("completed_on", &form.completed_on)
        .errors_from(&tr, &errors);
    let (add, _) = empty_forms(&tr);
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &trainings_page(&state, &me, add, typed).await?)
}

/// `POST /admin/trainings/records/{id}/delete`: removes a wrong record.
pub async fn remove_record(
    State(state): State<AppState>,
    me: Coordinator,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<super::auth::EmptyForm>,
) -> Result<Response, AppError> {
    let removed = state.store.delete_training_record(id).await?.ok_or(AppError::NotFound)?;
    let detail = format!("{}: {} ({})", removed.alias, removed.training.name, removed.completed_on);
    state.store.record_audit(now(), &actor(&me), AuditAction::TrainingRecordRemoved, &detail).await?;
    Ok(Redirect::to("/admin/trainings?done=training-record-removed#records").into_response())
}

/// One gap as the gaps page lists it.
struct GapView {
    circle_slug: String,
    circle_name: String,
    alias: String,
    training: String,
    /// Missing, lapsed on a day, or lapsing on a day.
    state: String,
}

#[derive(Template)]
#[template(path = "admin/training_gaps.html")]
struct GapsPage {
    page: Page,
    gaps: Vec<GapView>,
}

/// `GET /admin/trainings/gaps`: every facilitator lacking a training their
/// circle requires, now or within the next 30 days.
pub async fn gaps(State(state): State<AppState>, me: Coordinator) -> Result<Response, AppError> {
    let page = Page::new(&state, &me.0.context, msg("training-gaps-title")).await;
    let today = today();
    let gaps = state
        .store
        .training_gaps(today)
        .await?
        .into_iter()
        .map(|g| {
            let state = match g.ends {
                None => page.t.get(msg("training-gap-missing")),
                Some(d) if d <= today => page.t.arg(msg("training-expired-on"), "date", format::short_date(&page.t, d)),
                Some(d) => page.t.arg(msg("training-expires-soon"), "date", format::short_date(&page.t, d)),
            };
            GapView {
                circle_slug: g.circle_slug,
                circle_name: g.circle_name,
                alias: g.alias,
                training: g.training,
                state,
            }
        })
        .collect();
    render(&GapsPage { page, gaps })
}

/// `POST /admin/circles/{slug}/trainings`: exactly the trainings checked.
pub async fn set_circle_trainings(
    State(state): State<AppState>,
    me: Coordinator,
    Path(slug): Path<String>,
    CsrfForm(pairs): CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    let known: Vec<i64> = state.store.trainings().await?.into_iter().filter(|t| !t.retired).map(|t| t.id).collect();
    let chosen: Vec<i64> =
        pairs.all("training").iter().filter_map(|v| v.parse().ok()).filter(|id| known.contains(id)).collect();
    state.store.set_circle_trainings(circle.id, &chosen).await?;
    state.store.record_audit(now(), &actor(&me), AuditAction::CircleTrainingsChanged, &circle.name).await?;
    Ok(Redirect::to(&format!("/admin/circles/{slug}?done=circle-trainings-saved#trainings")).into_response())
}

/// Why members cannot be made facilitators of a circle: a plain sentence
/// for each, naming the trainings they lack or have let lapse.
pub async fn assignment_problems(
    state: &AppState,
    tr: &Tr,
    circle_id: i64,
    chosen: &[(i64, String)],
) -> Result<Vec<String>, AppError> {
    let today = today();
    let mut problems = Vec::new();
    for (id, alias) in chosen {
        let missing = state.store.missing_trainings(circle_id, *id, today).await?;
        if !missing.is_empty() {
            problems.push(tr.args(
                msg("training-assign-blocked"),
                &[("alias", alias.as_str().into()), ("trainings", missing.join(", ").into())],
            ));
        }
    }
    Ok(problems)
}
