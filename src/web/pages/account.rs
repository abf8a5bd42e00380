//! A member's own account: profile, password, sessions, recovery codes,
//! export and deletion.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{EmptyForm, RecoveryCodesPage, interface_languages};
use super::notices::{KindChoice, choices_for};
use super::safety::{OwnAlert, own_alerts};
use crate::domain::member::{Member, Profile, ProfileInput};
use crate::domain::{Invalid, countries, zones};
use crate::i18n::msg;
use crate::services::accounts::{self, PasswordError};
use crate::services::{export as export_service, now};
use crate::store::sessions::SessionSummary;
use crate::web::AppState;
use crate::web::context::SignedIn;
use crate::web::cookies;
use crate::web::error::AppError;
use crate::web::format::when;
use crate::web::forms::{CsrfForm, Fields, FormState};
use crate::web::page::{Page, render, render_status};

/// The profile form's fields, as the account page shows them.
const PROFILE_FIELDS: Fields = &[
    ("email", msg("field-email")),
    ("pronouns", msg("field-pronouns")),
    ("language", msg("field-language")),
    ("time_zone", msg("field-time-zone")),
    ("country", msg("field-country")),
    ("lived_experience", msg("field-lived-experience")),
];

/// The change-password form's fields.
const PASSWORD_FIELDS: Fields = &[("current", msg("field-current-password")), ("password", msg("field-new-password"))];

/// The delete-account form's field.
const DELETE_FIELDS: Fields = &[("password", msg("field-confirm-password"))];

/// A session as the account page lists it.
struct SessionRow {
    id: i64,
    device: String,
    signed_in: String,
    last_active: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Page,
    form: FormState,
    alias: String,
    is_facilitator: bool,
    is_coordinator: bool,
    sessions: Vec<SessionRow>,
    codes_left: i64,
    languages: Vec<(&'static str, String)>,
    /// Safety alerts about this member, kept for the organisation's period.
    own_alerts: Vec<OwnAlert>,
    alert_retention_days: i64,
    /// How they hear of each kind of notice.
    notice_kinds: Vec<KindChoice>,
    names_circle: bool,
    /// Whether the site sends email at all, and whether they gave an address.
    sends_email: bool,
    has_email: bool,
    /// Their own training record (only they and coordinators see it).
    trainings: Vec<super::trainings::RecordView>,
    /// What coordinators decided about them, and why.
    decisions: Vec<super::moderation::OwnDecision>,
    /// Cookies that keep this browser's guest drop-ins out where they are suspended.
    hold_cookies: Vec<axum::http::HeaderValue>,
}

fn profile_form(member: &Member, language: &str) -> FormState {
    let p = &member.profile;
    FormState::default()
        .with("email", p.email.as_ref().map(|e| e.as_str()).unwrap_or(""))
        .with("pronouns", p.pronouns.as_deref().unwrap_or(""))
        .with("language", p.language)
        .with("time_zone", &p.time_zone.map(|z| zones::label_in(z, language)).unwrap_or_default())
        .with("lived_experience", p.lived_experience.as_deref().unwrap_or(""))
        .with("country", p.country.as_deref().map(|c| countries::name_in(c, language)).unwrap_or(""))
}

async fn account_page(state: &AppState, signed_in: &SignedIn, form: FormState) -> Result<AccountPage, AppError> {
    let member = &signed_in.viewer.member;
    let zone = signed_in.context.zone;
    let sessions = state
        .store
        .sessions_of(member.id)
        .await?
        .into_iter()
        .map(|s: SessionSummary| SessionRow {
            current: s.id == signed_in.viewer.session_id,
            id: s.id,
            device: s.device,
            signed_in: when(&signed_in.context.tr, s.created_at, zone),
            last_active: when(&signed_in.context.tr, s.last_seen_at, zone),
        })
        .collect();
    let page = Page::new(state, &signed_in.context, msg("account-title")).await;
    let own_alerts = own_alerts(state, member.id, &page.t, zone).await?;
    let (notice_kinds, names_circle) = choices_for(state, member.id, &page.t).await?;
    let trainings = super::trainings::own_records(state, &page.t, member.id).await?;
    let (decisions, hold_cookies) = super::moderation::own_decisions(state, &page.t, member.id, zone).await?;
    Ok(AccountPage {
        trainings,
        decisions,
        hold_cookies,
        notice_kinds,
        names_circle,
        sends_email: state.mailer.is_some(),
        has_email: member.profile.email.is_some(),
        page,
        own_alerts,
        alert_retention_days: state.org().await.alert_retention_days,
        form,
        alias: member.alias.to_string(),
        is_facilitator: member.roles.facilitator,
        is_coordinator: member.roles.coordinator,
        sessions,
        codes_left: state.store.recovery_codes_left(member.id).await?,
        languages: interface_languages(state),
    })
}

/// `GET /account`.
pub async fn show(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, AppError> {
    let form = profile_form(&signed_in.viewer.member, signed_in.context.tr.lang());
    let page = account_page(&state, &signed_in, form).await?;
    let mut response = render(&page)?;
    for cookie in page.hold_cookies {
        response.headers_mut().append(axum::http::header::SET_COOKIE, cookie);
    }
    Ok(response)
}

/// The profile form as posted.
#[derive(Debug, Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    pronouns: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    lived_experience: String,
    #[serde(default)]
    country: String,
}

/// `POST /account/profile`.
pub async fn save_profile(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> Result<Response, AppError> {
    let input = ProfileInput {
        email: &form.email,
        pronouns: &form.pronouns,
        language: &form.language,
        time_zone: &form.time_zone,
        lived_experience: &form.lived_experience,
        country: &form.country,
    };
    match Profile::parse(&input) {
        Ok(profile) => {
            state.store.update_profile(signed_in.viewer.member.id, &profile).await?;
            // The switcher's cookie would otherwise outrank the language just saved.
            let cookie = cookies::language(profile.language, state.settings.secure_cookies());
            Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/account?done=profile-saved")).into_response())
        }
        Err(errors) => {
            let typed = FormState::new(&signed_in.context.tr, PROFILE_FIELDS)
                .with("email", &form.email)
                .with("pronouns", &form.pronouns)
                .with("language", &form.language)
                .with("time_zone", &form.time_zone)
                .with("lived_experience", &form.lived_experience)
                .with("country", &form.country)
                .errors_from(&signed_in.context.tr, &errors);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &account_page(&state, &signed_in, typed).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage {
    page: Page,
    form: FormState,
    one_time: bool,
}

/// `GET /account/password`.
pub async fn password_form(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, AppError> {
    let page = Page::new(&state, &signed_in.context, msg("password-title")).await;
    render(&PasswordPage { page, form: FormState::default(), one_time: signed_in.viewer.member.must_change_password })
}

/// The password form as posted.
#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
}

/// `POST /account/password`: other sessions end; this one stays.
pub async fn change_password(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, AppError> {
    let viewer = &signed_in.viewer;
    let problem = match accounts::change_own_password(
        &state.store,
        &state.limits,
        &viewer.member,
        &form.current,
        form.password,
        viewer.session_id,
    )
    .await
    {
        Ok(()) => return Ok(Redirect::to("/account?done=password-changed").into_response()),
        Err(PasswordError::WrongPassword | PasswordError::NoMatch) => ("current", Invalid("password-wrong")),
        Err(PasswordError::Invalid(invalid)) => ("password", invalid),
        Err(PasswordError::TooManyTries(wait)) => return Err(AppError::TooManyRequests(wait)),
        Err(PasswordError::Store(error)) => return Err(error.into()),
    };
    let page = Page::new(&state, &signed_in.context, msg("password-title")).await;
    let form_state = FormState::new(&page.t, PASSWORD_FIELDS).error(&page.t, problem.0, problem.1);
    render_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &PasswordPage { page, form: form_state, one_time: viewer.member.must_change_password },
    )
}

/// `POST /account/sessions/{id}/revoke`: ending the current session signs out.
pub async fn revoke_session(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<i64>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    if !state.store.revoke_session(signed_in.viewer.member.id, session_id).await? {
        return Err(AppError::NotFound);
    }
    if session_id == signed_in.viewer.session_id {
        let clear = cookies::set(cookies::SESSION, "", Some(0), state.settings.secure_cookies());
        return Ok(([(header::SET_COOKIE, clear)], Redirect::to("/?done=signed-out")).into_response());
    }
    Ok(Redirect::to("/account?done=session-revoked").into_response())
}

/// `POST /account/sessions/revoke-others`.
pub async fn revoke_other_sessions(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    state.store.revoke_other_sessions(signed_in.viewer.member.id, signed_in.viewer.session_id).await?;
    Ok(Redirect::to("/account?done=sessions-revoked").into_response())
}

/// `POST /account/recovery-codes`: new codes, shown once; the old ones stop working.
pub async fn new_recovery_codes(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let codes = accounts::regenerate_recovery_codes(&state.store, signed_in.viewer.member.id).await?;
    let page = Page::new(&state, &signed_in.context, msg("codes-title")).await;
    render(&RecoveryCodesPage::new(page, codes, "/account".into(), false))
}

/// `GET /account/export`: everything stored about the member, as a JSON download.
pub async fn export(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, AppError> {
    let data = export_service::member_export(&state.store, &signed_in.viewer.member, now()).await?;
    let body = serde_json::to_string_pretty(&data).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"holdspace-my-data.json\"")),
        ],
        body,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "delete.html")]
struct DeletePage {
    page: Page,
    form: FormState,
}

/// `GET /account/delete`: what deleting means, and the confirmation.
pub async fn delete_form(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, AppError> {
    let page = Page::new(&state, &signed_in.context, msg("delete-title")).await;
    render(&DeletePage { page, form: FormState::default() })
}

/// The deletion form as posted.
#[derive(Debug, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    password: String,
}

/// `POST /account/delete`: personal data goes at once.
pub async fn delete(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<Response, AppError> {
    match accounts::delete_account(&state.store, &state.limits, &signed_in.viewer.member, &form.password).await {
        Ok(()) => {
            tracing::info!("a member deleted their account");
            let clear = cookies::set(cookies::SESSION, "", Some(0), state.settings.secure_cookies());
            Ok(([(header::SET_COOKIE, clear)], Redirect::to("/?done=account-deleted")).into_response())
        }
        Err(PasswordError::Store(error)) => Err(error.into()),
        Err(PasswordError::TooManyTries(wait)) => Err(AppError::TooManyRequests(wait)),
        Err(_) => {
            let page = Page::new(&state, &signed_in.context, msg("delete-title")).await;
            let form_state =
                FormState::new(&page.t, DELETE_FIELDS).error(&page.t, "password", Invalid("password-wrong"));
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &DeletePage { page, form: form_state })
        }
    }
}
