//! Forms: the extractor that checks CSRF before anything else, and the
//! state a form page is shown again with when something needs fixing.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use serde::de::DeserializeOwned;

use super::context::RequestContext;
use super::error::AppError;
use super::state::AppState;
use crate::domain::Invalid;
use crate::domain::member::FieldErrors;
use crate::i18n::Tr;

/// A posted form whose CSRF token and origin were checked. A request that
/// fails the check is refused with 403 before the handler runs, so it
/// changes nothing.
pub struct CsrfForm<T>(pub T);

fn same_origin(headers: &HeaderMap, state: &AppState, context: &RequestContext) -> bool {
    if headers.get("sec-fetch-site").is_some_and(|v| v == "cross-site") {
        return false;
    }
    // Browsers send Origin with every POST, but as "null" under our
    // `Referrer-Policy: no-referrer`; either way the token is still required.
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()).filter(|o| *o != "null") else {
        return true;
    };
    origin_is_ours(state, context, origin)
}

/// Whether an `Origin` is this site's: the public URL, or, when that was
/// only derived from the listening address, the request's own `Host` (a
/// browser at `localhost:8080` reaching `127.0.0.1:8080`).
pub fn origin_is_ours(state: &AppState, context: &RequestContext, origin: &str) -> bool {
    let settings = &state.settings;
    if settings.public_url.as_ref().is_some_and(|public| origin == public.origin) {
        return true;
    }
    let host = origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://"));
    (settings.public_url_derived || settings.public_url.is_none()) && host.is_some() && host == context.host.as_deref()
}

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, AppError> {
        let context = request
            .extensions()
            .get::<Arc<RequestContext>>()
            .cloned()
            .ok_or_else(|| AppError::Internal("request context missing".into()))?;
        if !same_origin(request.headers(), state, &context) {
            return Err(AppError::CsrfRejected);
        }
        let body = Bytes::from_request(request, state).await.map_err(|rejection| {
            if rejection.into_response().status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::TooLarge
            } else {
                AppError::BadRequest("error-form-malformed")
            }
        })?;
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest("error-form-malformed"))?;
        let token = pairs.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.as_str()).unwrap_or("");
        if !context.csrf_ok(&state.signing, token) {
            return Err(AppError::CsrfRejected);
        }
        // No field has a use for a NUL (PostgreSQL would refuse it mid-way):
        // refused here, before a handler changes anything.
        if pairs.iter().any(|(k, v)| k.contains('\0') || v.contains('\0')) {
            return Err(AppError::BadRequest("error-form-malformed"));
        }
        serde_urlencoded::from_bytes(&body).map(CsrfForm).map_err(|_| AppError::BadRequest("error-form-malformed"))
    }
}

/// What a form page shows again: the values typed (never passwords) and
/// the problems, each already in the reader's language.
#[derive(Debug, Default, Clone)]
pub struct FormState {
    values: Vec<(&'static str, String)>,
    errors: Vec<(&'static str, String)>,
}

impl FormState {
    /// Keeps a typed value to show again.
    pub fn with(mut self, field: &'static str, value: &str) -> FormState {
        self.values.push((field, value.to_string()));
        self
    }

    /// Adds a problem with a field.
    pub fn error(mut self, tr: &Tr, field: &'static str, problem: Invalid) -> FormState {
        self.errors.push((field, tr.get(problem.key())));
        self
    }

    /// Adds every problem from a domain check.
    pub fn errors_from(mut self, tr: &Tr, errors: &FieldErrors) -> FormState {
        for (field, problem) in errors {
            self.errors.push((field, tr.get(problem.key())));
        }
        self
    }

    /// The value to show in a field.
    pub fn value(&self, field: &str) -> &str {
        self.values.iter().find(|(f, _)| *f == field).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// Whether a field holds exactly `value` (for selected options).
    pub fn is(&self, field: &str, value: &str) -> bool {
        self.value(field) == value
    }

    /// The problem with a field, if any.
    pub fn problem(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e.as_str())
    }

    /// Every problem, in order, for the summary at the top of the form.
    pub fn problems(&self) -> &[(&'static str, String)] {
        &self.errors
    }

    /// Whether anything needs fixing.
    pub fn has_problems(&self) -> bool {
        !self.errors.is_empty()
    }
}
