//! Anonymous feedback after a meet: the form for the people who were
//! there (members and guests), and the organisation's questions in its
//! settings. What someone answers is stored without them; that they
//! answered is noted apart, so they are asked once.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::DateTime;
use serde::Deserialize;

use crate::domain::audit::Actor;
use crate::domain::feedback::{MAX_QUESTIONS, Question, Questions, WINDOW_SECS, WORD};
use crate::domain::meet::{Meet, MeetStatus};
use crate::i18n::{Tr, msg};
use crate::services::now;
use crate::store::rooms::Removed;
use crate::web::AppState;
use crate::web::context::{Coordinator, Ctx, RequestContext};
use crate::web::error::AppError;
use crate::web::format::MeetTime;
use crate::web::forms::{CsrfForm, FormState};
use crate::web::guest;
use crate::web::page::{Page, render, render_status};

/// A question's words in the reader's language: ours are translated, the
/// organisation's own are shown as written.
pub fn question_label(t: &Tr, question: &str, built_in: bool) -> String {
    if built_in { t.get(&format!("feedback-q-{question}")) } else { question.to_string() }
}

/// A choice's words, likewise.
pub fn choice_label(t: &Tr, question: &str, choice: &str, built_in: bool) -> String {
    if built_in { t.get(&format!("feedback-q-{question}-{choice}")) } else { choice.to_string() }
}

/// Whether answers under `question` came from one of our questions.
pub fn is_built_in(question: &str) -> bool {
    Questions::default().choices.iter().any(|q| q.key == question)
}

/// The form fields of the questions, in order.
const FIELDS: [&str; MAX_QUESTIONS] = ["q0", "q1", "q2"];

/// A question as the form shows it.
struct QuestionView {
    /// The form field: one of [`FIELDS`].
    field: &'static str,
    label: String,
    /// (value, label, checked)
    choices: Vec<(String, String, bool)>,
}

impl QuestionView {
    fn new(t: &Tr, index: usize, q: &Question, form: &FormState) -> QuestionView {
        let field = FIELDS[index];
        let choices =
            q.choices.iter().map(|c| (c.clone(), choice_label(t, &q.key, c, q.built_in), form.is(field, c))).collect();
        QuestionView { label: question_label(t, &q.key, q.built_in), choices, field }
    }
}

/// Where the reader stands with this meet's feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Open,
    NotOver,
    NotThere,
    TooLate,
    Given,
}

#[derive(Template)]
#[template(path = "feedback.html")]
struct FeedbackPage {
    page: Page,
    meet_id: i64,
    circle_name: String,
    when: String,
    message: Option<String>,
    questions: Vec<QuestionView>,
    word: bool,
    form: FormState,
}

/// Who is asking: a signed-in member, or a guest holding this meet's pass.
fn who(state: &AppState, context: &RequestContext, headers: &HeaderMap, meet_id: i64) -> Option<Removed> {
    if let Some(viewer) = &context.viewer {
        return Some(Removed::Member(viewer.member.id));
    }
    guest::read(&state.signing, headers, meet_id, now()).map(|pass| Removed::Guest(pass.room_key()))
}

async fn stage(state: &AppState, meet: &Meet, who: Option<&Removed>) -> Result<Stage, AppError> {
    if meet.status != MeetStatus::Ended {
        return Ok(Stage::NotOver);
    }
    let Some(who) = who else { return Ok(Stage::NotThere) };
    let found = state.store.feedback_state(meet.id, who).await?;
    Ok(if found.given {
        Stage::Given
    } else if !found.attended {
        Stage::NotThere
    } else if meet.starts_at < now() - WINDOW_SECS {
        Stage::TooLate
    } else {
        Stage::Open
    })
}

async fn feedback_page(
    state: &AppState,
    context: &RequestContext,
    meet: &Meet,
    stage: Stage,
    form: FormState,
) -> Result<FeedbackPage, AppError> {
    let circle = state.store.circle_by_id(meet.circle_id).await?.ok_or(AppError::NotFound)?;
    let page = Page::new(state, context, msg("feedback-title")).await;
    let t = &page.t;
    let when = MeetTime::new(t, meet.starts_at, context.zone, circle.time_zone).main;
    let message = match stage {
        Stage::Open => None,
        Stage::NotOver => Some(t.get(msg("feedback-not-over"))),
        Stage::NotThere => Some(t.get(msg("feedback-not-there"))),
        Stage::TooLate => Some(t.get(msg("feedback-too-late"))),
        Stage::Given => Some(t.get(msg("feedback-thanks"))),
    };
    let asked = state.store.feedback_questions().await?;
    let questions = if stage == Stage::Open {
        asked.choices.iter().enumerate().map(|(i, q)| QuestionView::new(t, i, q, &form)).collect()
    } else {
        Vec::new()
    };
    Ok(FeedbackPage {
        meet_id: meet.id,
        circle_name: circle.name,
        when,
        message,
        questions,
        word: asked.word && stage == Stage::Open,
        form,
        page,
    })
}

/// `GET /meets/{id}/feedback`.
pub async fn form(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let meet = state.store.meet_alone(id).await?.ok_or(AppError::NotFound)?;
    let who = who(&state, &context, &headers, id);
    let stage = stage(&state, &meet, who.as_ref()).await?;
    if stage == Stage::NotThere && who.is_none() {
        let next = url::form_urlencoded::byte_serialize(format!("/meets/{id}/feedback").as_bytes()).collect::<String>();
        return Ok(Redirect::to(&format!("/signin?next={next}")).into_response());
    }
    render(&feedback_page(&state, &context, &meet, stage, FormState::default()).await?)
}

/// `POST /meets/{id}/feedback`: the fields are `q0`, `q1`, … (one per
/// question, in order) and `word`.
pub async fn give(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    headers: HeaderMap,
    Path(id): Path<i64>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let meet = state.store.meet_alone(id).await?.ok_or(AppError::NotFound)?;
    let who = who(&state, &context, &headers, id);
    let stage = stage(&state, &meet, who.as_ref()).await?;
    let (Stage::Open, Some(who)) = (stage, who) else {
        return render_status(
            StatusCode::FORBIDDEN,
            &feedback_page(&state, &context, &meet, stage, FormState::default()).await?,
        );
    };
    let questions = state.store.feedback_questions().await?;
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("");
    let chosen: Vec<(String, String)> =
        questions.choices.iter().enumerate().map(|(i, q)| (q.key.clone(), field(FIELDS[i]).to_string())).collect();
    let word = field(WORD);
    match questions.answer(&chosen, word) {
        Ok(rows) => {
            // The day, not the time: nothing finer to line an answer up with who answered.
            let day = DateTime::from_timestamp(now(), 0).unwrap_or_default().format("%Y-%m-%d").to_string();
            state.store.give_feedback(id, &who, &rows, &day).await?;
            Ok(Redirect::to(&format!("/meets/{id}/feedback")).into_response())
        }
        Err(problem) => {
            let mut form = FormState::default().with(WORD, word);
            for (field, (_, choice)) in FIELDS.iter().zip(&chosen) {
                form = form.with(field, choice);
            }
            let at = if problem.key().starts_with("feedback-word") { WORD } else { FIELDS[0] };
            let form = form.error(&context.tr, at, problem);
            let page = feedback_page(&state, &context, &meet, stage, form).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[derive(Template)]
#[template(path = "admin/feedback.html")]
struct QuestionsPage {
    page: Page,
    /// (field, label, text): the organisation's own questions, then empty ones.
    blocks: Vec<(String, String, String)>,
    word: bool,
    form: FormState,
}

/// `GET /admin/feedback`: the questions asked after every meet.
pub async fn questions_form(State(state): State<AppState>, Coordinator(me): Coordinator) -> Result<Response, AppError> {
    let page = Page::new(&state, &me.context, msg("feedback-questions-title")).await;
    let questions = state.store.feedback_questions().await?;
    render(&QuestionsPage {
        blocks: padded(&page.t, questions.to_blocks()),
        word: questions.word,
        form: FormState::default(),
        page,
    })
}

/// Three blocks to write in, the organisation's questions first.
fn padded(t: &Tr, mut blocks: Vec<String>) -> Vec<(String, String, String)> {
    blocks.resize(MAX_QUESTIONS, String::new());
    FIELDS
        .iter()
        .zip(blocks)
        .enumerate()
        .map(|(i, (field, text))| (field.to_string(), t.arg(msg("feedback-questions-field"), "n", i + 1), text))
        .collect()
}

/// The questions form as posted.
#[derive(Debug, Deserialize)]
pub struct QuestionsForm {
    #[serde(default)]
    q0: String,
    #[serde(default)]
    q1: String,
    #[serde(default)]
    q2: String,
    #[serde(default)]
    word: String,
}

/// `POST /admin/feedback`.
pub async fn save_questions(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    CsrfForm(form): CsrfForm<QuestionsForm>,
) -> Result<Response, AppError> {
    let blocks = vec![form.q0.replace("\r\n", "\n"), form.q1.replace("\r\n", "\n"), form.q2.replace("\r\n", "\n")];
    let word = form.word == "yes";
    match Questions::from_blocks(&blocks, word) {
        Ok(questions) => {
            let actor = Actor::Member { id: me.viewer.member.id, alias: me.viewer.member.alias.to_string() };
            state.store.save_feedback_questions(&actor, &questions, now()).await?;
            Ok(Redirect::to("/admin/feedback?done=settings-saved").into_response())
        }
        Err(problem) => {
            let page = Page::new(&state, &me.context, msg("feedback-questions-title")).await;
            let form = FormState::default().error(&me.context.tr, "q0", problem);
            let blocks = padded(&page.t, blocks);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &QuestionsPage { blocks, word, form, page })
        }
    }
}
