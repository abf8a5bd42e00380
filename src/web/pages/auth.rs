//! Signing up, in and out.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::auth::limits::Door;
use crate::domain::{Invalid, session, zones};
use crate::i18n::msg;
use crate::services::accounts::{self, NewSession, SignInError, SignUpError, SignUpInput};
use crate::services::now;
use crate::web::AppState;
use crate::web::context::{Ctx, RequestContext, safe_next};
use crate::web::cookies;
use crate::web::error::AppError;
use crate::web::forms::{CsrfForm, Fields, FormState};
use crate::web::page::{Page, render, render_status};

/// Time zones a reader may show a circle's times in, besides their own and the circle's.
pub const COMMON_TIME_ZONES: &[&str] = &[
    "Asia/Kolkata",
    "Asia/Dhaka",
    "Asia/Karachi",
    "Asia/Dubai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Berlin",
    "Europe/Paris",
    "Africa/Lagos",
    "Africa/Nairobi",
    "Africa/Johannesburg",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Toronto",
    "America/Vancouver",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "Pacific/Auckland",
    "UTC",
];

/// Where signing in leads unless a safe `next` says otherwise: what is on
/// now or next for the person.
const AFTER_SIGN_IN: &str = "/meets";

/// The sign-up form's fields, as its page shows them.
const SIGN_UP_FIELDS: Fields = &[
    ("alias", msg("field-alias")),
    ("password", msg("field-password")),
    ("email", msg("field-email")),
    ("pronouns", msg("field-pronouns")),
    ("language", msg("field-language")),
    ("time_zone", msg("field-time-zone")),
];

/// The sign-in form's fields.
const SIGN_IN_FIELDS: Fields = &[("alias", msg("field-alias")), ("password", msg("field-password"))];

/// The `?next=` parameter of sign-in and sign-up links.
#[derive(Debug, Default, Deserialize)]
pub struct NextParam {
    #[serde(default)]
    next: String,
}

/// The session cookie for a new session, lasting as long as the session may.
pub fn session_cookie(state: &AppState, session: &NewSession) -> (header::HeaderName, axum::http::HeaderValue) {
    let value = cookies::set(
        cookies::SESSION,
        &session.token,
        Some(session::ABSOLUTE_TIMEOUT_SECS),
        state.settings.secure_cookies(),
    );
    (header::SET_COOKIE, value)
}

/// Rate-limits every request from one address at `door`.
pub async fn check_limits(state: &AppState, door: Door, context: &RequestContext) -> Result<(), AppError> {
    state.limits.door(door, &context.address_key(), crate::services::now_ms()).await.map_err(AppError::TooManyRequests)
}

#[derive(Template)]
#[template(path = "signup.html")]
struct SignUpPage {
    page: Page,
    form: FormState,
    languages: Vec<(&'static str, String)>,
    next: String,
}

/// The interface languages, with their own names.
pub fn interface_languages(state: &AppState) -> Vec<(&'static str, String)> {
    state.i18n.languages()
}

/// `GET /signup`.
pub async fn sign_up_form(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Query(q): Query<NextParam>,
) -> Result<Response, AppError> {
    if context.viewer.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    let page = Page::new(&state, &context, msg("signup-title")).await;
    // The zone the browser told us on an earlier page, by its name for people.
    let zone = context.zone.map(|z| zones::label_in(z, page.t.lang())).unwrap_or_default();
    let form = FormState::default().with("language", page.t.lang()).with("time_zone", &zone);
    render(&SignUpPage { page, form, languages: interface_languages(&state), next: q.next })
}

/// The sign-up form as posted.
#[derive(Debug, Deserialize)]
pub struct SignUpForm {
    #[serde(default)]
    alias: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    pronouns: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    next: String,
}

#[derive(Template)]
#[template(path = "recovery_codes.html")]
pub struct RecoveryCodesPage {
    page: Page,
    codes: Vec<String>,
    /// The codes as a text file, for the download link (no script needed).
    codes_text: String,
    continue_to: String,
    first_time: bool,
    /// The copy and print buttons' script.
    script: &'static str,
}

impl RecoveryCodesPage {
    /// The page showing `codes` once.
    pub fn new(page: Page, codes: Vec<String>, continue_to: String, first_time: bool) -> RecoveryCodesPage {
        let codes_text = format!("{}\n{}\n\n{}\n", page.t.get(msg("codes-heading")), page.org_name, codes.join("\n"));
        RecoveryCodesPage {
            page,
            codes,
            codes_text,
            continue_to,
            first_time,
            script: crate::web::assets::url("codes.js"),
        }
    }
}

/// `POST /signup`: creates the account, signs in, and shows the recovery codes once.
pub async fn sign_up(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    CsrfForm(form): CsrfForm<SignUpForm>,
) -> Result<Response, AppError> {
    check_limits(&state, Door::SignUp, &context).await?;
    let typed = FormState::new(&context.tr, SIGN_UP_FIELDS)
        .with("alias", &form.alias)
        .with("email", &form.email)
        .with("pronouns", &form.pronouns)
        .with("language", &form.language)
        .with("time_zone", &form.time_zone);
    let input = SignUpInput {
        alias: form.alias,
        password: form.password,
        email: form.email,
        pronouns: form.pronouns,
        language: form.language,
        time_zone: form.time_zone,
    };
    let now = now();
    match accounts::sign_up(&state.store, &state.limits, &context.address_key(), input, now).await {
        Ok(created) => {
            let member = state.store.member(created.member_id).await?.ok_or(AppError::NotFound)?;
            let session = accounts::start_session(&state.store, member.id, &context.user_agent, now).await?;
            tracing::info!(member = member.id, "member signed up");
            let csrf = state.signing.token(&context.csrf_cookie, Some(&session.token));
            let tr = state.i18n.translator(member.profile.language);
            let mut page = Page::new(&state, &context, msg("codes-title")).await.signed_in(&member, csrf);
            page.title = tr.get("codes-title");
            page.t = tr;
            let continue_to = safe_next(&form.next).unwrap_or("/circles").to_string();
            let body = RecoveryCodesPage::new(page, created.recovery_codes, continue_to, true);
            Ok((StatusCode::OK, [session_cookie(&state, &session)], render(&body)?).into_response())
        }
        Err(SignUpError::Invalid(errors)) => {
            let page = Page::new(&state, &context, msg("signup-title")).await;
            let form_state = typed.errors_from(&page.t, &errors);
            let body = SignUpPage { page, form: form_state, languages: interface_languages(&state), next: form.next };
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &body)
        }
        Err(SignUpError::TooManyTries(wait)) => Err(AppError::TooManyRequests(wait)),
        Err(SignUpError::Store(error)) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "signin.html")]
struct SignInPage {
    page: Page,
    form: FormState,
    next: String,
    /// Whether this server can send a reset link by email.
    email_available: bool,
}

/// `GET /signin`.
pub async fn sign_in_form(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Query(q): Query<NextParam>,
) -> Result<Response, AppError> {
    if context.viewer.is_some() {
        return Ok(Redirect::to(safe_next(&q.next).unwrap_or(AFTER_SIGN_IN)).into_response());
    }
    render(&SignInPage {
        page: Page::new(&state, &context, msg("signin-title")).await,
        form: FormState::default(),
        next: q.next,
        email_available: state.mailer.is_some(),
    })
}

/// The sign-in form as posted.
#[derive(Debug, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    alias: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// `POST /signin`: the same answer for an unknown alias and a wrong password.
pub async fn sign_in(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> Result<Response, AppError> {
    let now = now();
    let address = context.address_key();
    match accounts::sign_in(&state.store, &state.limits, &address, &form.alias, &form.password).await {
        Ok(member) => {
            // A fresh session id at every sign-in; any older session in this
            // browser is ended, so it cannot be fixed in place by someone else.
            if let Some(old) = &context.viewer {
                state.store.end_session(old.session_id).await?;
            }
            let session = accounts::start_session(&state.store, member.id, &context.user_agent, now).await?;
            tracing::info!(member = member.id, "member signed in");
            let target = if member.must_change_password {
                "/account/password"
            } else {
                safe_next(&form.next).unwrap_or(AFTER_SIGN_IN)
            };
            Ok(([session_cookie(&state, &session)], Redirect::to(target)).into_response())
        }
        Err(SignInError::TooManyTries(wait)) => Err(AppError::TooManyRequests(wait)),
        Err(SignInError::Store(error)) => Err(error.into()),
        Err(SignInError::NoMatch) => {
            let page = Page::new(&state, &context, msg("signin-title")).await;
            let form_state = FormState::new(&page.t, SIGN_IN_FIELDS).with("alias", &form.alias).error(
                &page.t,
                "password",
                Invalid("signin-failed"),
            );
            render_status(
                StatusCode::UNAUTHORIZED,
                &SignInPage { page, form: form_state, next: form.next, email_available: state.mailer.is_some() },
            )
        }
    }
}

/// The sign-out form (nothing but its CSRF token).
#[derive(Debug, Deserialize)]
pub struct EmptyForm {}

/// `POST /signout`: ends the session on the server, not just in the browser.
pub async fn sign_out(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    if let Some(viewer) = &context.viewer {
        state.store.end_session(viewer.session_id).await?;
    }
    let clear = cookies::set(cookies::SESSION, "", Some(0), state.settings.secure_cookies());
    Ok(([(header::SET_COOKIE, clear)], Redirect::to("/?done=signed-out")).into_response())
}
