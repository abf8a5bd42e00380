//! Getting back in: with a recovery code, or with a link sent by email.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{check_limits, session_cookie};
use crate::auth::limits::Door;
use crate::domain::Invalid;
use crate::domain::member::Email;
use crate::i18n::msg;
use crate::services::accounts::{self, PasswordError};
use crate::services::now;
use crate::web::AppState;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::forms::{CsrfForm, Fields, FormState};
use crate::web::page::{Page, render, render_status};

/// The recovery-code form's fields.
const RECOVER_FIELDS: Fields =
    &[("alias", msg("field-alias")), ("code", msg("field-recovery-code")), ("password", msg("field-new-password"))];

/// The reset-link request's field.
const RESET_REQUEST_FIELDS: Fields = &[("email", msg("field-email"))];

/// The new-password form's field (after a reset link).
const NEW_PASSWORD_FIELDS: Fields = &[("password", msg("field-new-password"))];

#[derive(Template)]
#[template(path = "recover.html")]
struct RecoverPage {
    page: Page,
    form: FormState,
    email_available: bool,
}

/// `GET /recover`: set a new password with a recovery code.
pub async fn code_form(State(state): State<AppState>, Ctx(context): Ctx) -> Result<Response, AppError> {
    let page = Page::new(&state, &context, msg("recover-title")).await;
    render(&RecoverPage { page, form: FormState::default(), email_available: state.mailer.is_some() })
}

/// The recovery form as posted.
#[derive(Debug, Deserialize)]
pub struct RecoverForm {
    #[serde(default)]
    alias: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
}

/// `POST /recover`: uses up the code, sets the password, signs in.
pub async fn with_code(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    CsrfForm(form): CsrfForm<RecoverForm>,
) -> Result<Response, AppError> {
    // Its own allowance: password failures never hold back a recovery code.
    check_limits(&state, Door::Recovery, &context).await?;
    let now = now();
    let address = context.address_key();
    let recovered =
        accounts::recover_with_code(&state.store, &state.limits, &address, &form.alias, &form.code, form.password);
    let problem = match recovered.await {
        Ok(member) => {
            let session = accounts::start_session(&state.store, member.id, &context.user_agent, now).await?;
            tracing::info!(member = member.id, "password set with a recovery code");
            return Ok(
                ([session_cookie(&state, &session)], Redirect::to("/account?done=password-changed")).into_response()
            );
        }
        Err(PasswordError::Invalid(invalid)) => ("password", invalid),
        Err(PasswordError::NoMatch | PasswordError::WrongPassword) => ("code", Invalid("recover-no-match")),
        Err(PasswordError::TooManyTries(wait)) => return Err(AppError::TooManyRequests(wait)),
        Err(PasswordError::Store(error)) => return Err(error.into()),
    };
    let page = Page::new(&state, &context, msg("recover-title")).await;
    let form_state =
        FormState::new(&page.t, RECOVER_FIELDS).with("alias", &form.alias).error(&page.t, problem.0, problem.1);
    render_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &RecoverPage { page, form: form_state, email_available: state.mailer.is_some() },
    )
}

#[derive(Template)]
#[template(path = "reset_request.html")]
struct ResetRequestPage {
    page: Page,
    form: FormState,
    email_available: bool,
    sent: bool,
}

/// `GET /reset`: ask for a link by email.
pub async fn email_form(State(state): State<AppState>, Ctx(context): Ctx) -> Result<Response, AppError> {
    let page = Page::new(&state, &context, msg("reset-title")).await;
    render(&ResetRequestPage { page, form: FormState::default(), email_available: state.mailer.is_some(), sent: false })
}

/// The reset request form as posted.
#[derive(Debug, Deserialize)]
pub struct ResetRequestForm {
    #[serde(default)]
    email: String,
}

/// `POST /reset`: the answer is the same whether or not anyone has that
/// address, and sending happens after the answer, so its timing tells nothing.
pub async fn send_links(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    CsrfForm(form): CsrfForm<ResetRequestForm>,
) -> Result<Response, AppError> {
    check_limits(&state, Door::Recovery, &context).await?;
    let page = Page::new(&state, &context, msg("reset-title")).await;
    let Some(mailer) = state.mailer.clone() else {
        return render(&ResetRequestPage { page, form: FormState::default(), email_available: false, sent: false });
    };
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(invalid) => {
            let form_state = FormState::new(&page.t, RESET_REQUEST_FIELDS)
                .with("email", &form.email)
                .error(&page.t, "email", invalid);
            let body = ResetRequestPage { page, form: form_state, email_available: true, sent: false };
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &body);
        }
    };
    // Never the request's Host: a forged one would carry a working token elsewhere.
    let base = state.settings.base_url().to_string();
    let store = state.store.clone();
    let i18n = state.i18n.clone();
    let org = state.org().await.name.clone();
    tokio::spawn(async move {
        let now = now();
        let members = match store.members_with_email(&email).await {
            Ok(found) => found,
            Err(error) => return tracing::error!(%error, "could not look up reset addresses"),
        };
        for (member_id, alias) in members {
            // Write to the address as the member gave it, in their language.
            let Ok(Some(member)) = store.member(member_id).await else { continue };
            let Some(address) = member.profile.email.as_ref() else { continue };
            let tr = i18n.translator(member.profile.language);
            let outcome = match accounts::create_reset_link(&store, member_id, now).await {
                Ok(token) => mailer.send_reset_link(&tr, address, &org, &alias, &format!("{base}/reset/{token}")).await,
                Err(error) => Err(error.to_string()),
            };
            match outcome {
                Ok(()) => tracing::info!(member = member_id, "reset link sent"),
                Err(problem) => tracing::warn!(member = member_id, problem, "reset link not sent"),
            }
        }
    });
    render(&ResetRequestPage { page, form: FormState::default(), email_available: true, sent: true })
}

#[derive(Template)]
#[template(path = "reset_password.html")]
struct ResetPasswordPage {
    page: Page,
    form: FormState,
    token: String,
    alias: String,
}

/// `GET /reset/{token}`: the form to choose a new password, if the link works.
pub async fn link_form(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let member = accounts::reset_link_member(&state.store, &token, now()).await?.ok_or(AppError::Gone)?;
    let page = Page::new(&state, &context, msg("reset-title")).await;
    render(&ResetPasswordPage { page, form: FormState::default(), token, alias: member.alias.to_string() })
}

/// The new-password form as posted.
#[derive(Debug, Deserialize)]
pub struct NewPasswordForm {
    #[serde(default)]
    password: String,
}

/// `POST /reset/{token}`: sets the password, retires the link, signs in.
pub async fn with_link(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<NewPasswordForm>,
) -> Result<Response, AppError> {
    let now = now();
    match accounts::reset_with_link(&state.store, &token, form.password, now).await {
        Ok(member) => {
            let session = accounts::start_session(&state.store, member.id, &context.user_agent, now).await?;
            tracing::info!(member = member.id, "password set with a reset link");
            Ok(([session_cookie(&state, &session)], Redirect::to("/account?done=password-changed")).into_response())
        }
        Err(PasswordError::Invalid(invalid)) => {
            let member = accounts::reset_link_member(&state.store, &token, now).await?.ok_or(AppError::Gone)?;
            let page = Page::new(&state, &context, msg("reset-title")).await;
            let form_state = FormState::new(&page.t, NEW_PASSWORD_FIELDS).error(&page.t, "password", invalid);
            let body = ResetPasswordPage { page, form: form_state, token, alias: member.alias.to_string() };
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &body)
        }
        Err(PasswordError::NoMatch | PasswordError::WrongPassword) => Err(AppError::Gone),
        Err(PasswordError::TooManyTries(wait)) => Err(AppError::TooManyRequests(wait)),
        Err(PasswordError::Store(error)) => Err(error.into()),
    }
}
