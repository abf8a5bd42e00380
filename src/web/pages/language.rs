//! The language switcher in every page's footer: a plain form, so it works
//! without JavaScript and for visitors too.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::web::AppState;
use crate::web::context::{Ctx, safe_next};
use crate::web::cookies;
use crate::web::error::AppError;
use crate::web::forms::CsrfForm;

/// The switcher as posted.
#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

/// `POST /language`: remembers the choice in a cookie (and, for someone
/// signed in, in their profile, so it follows them to other devices) and
/// goes back to the page it was made on.
pub async fn switch(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, AppError> {
    let code = state.i18n.known(&form.lang).ok_or(AppError::BadRequest("language-unknown"))?;
    if let Some(viewer) = &context.viewer
        && code != viewer.member.profile.language
    {
        state.store.set_language(viewer.member.id, code).await?;
    }
    let back = safe_next(&form.next).unwrap_or("/");
    Ok(([(header::SET_COOKIE, cookies::language(code, state.settings.secure_cookies()))], Redirect::to(back))
        .into_response())
}
