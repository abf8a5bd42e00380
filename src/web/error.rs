//! Errors a handler can end with, and the middleware that turns every error
//! response (ours, or a rejection from the framework) into a calm page in
//! the reader's language.

use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use super::context::RequestContext;
use super::page::Page;
use super::state::AppState;
use crate::i18n::msg;
use crate::store::StoreError;

/// Why a request could not be served.
#[derive(Debug)]
pub enum AppError {
    NotFound,
    /// The viewer may not do this.
    Forbidden,
    /// A form arrived without a valid CSRF token or from another site.
    CsrfRejected,
    /// The request was malformed; the message id says how.
    BadRequest(&'static str),
    /// A link that has expired or was already used.
    Gone,
    /// The request body is larger than any form needs.
    TooLarge,
    /// Slow down; try again after this long.
    TooManyRequests(Duration),
    /// The database is not answering.
    Unavailable,
    /// A bug or an unexpected failure; logged, never shown in detail.
    Internal(String),
}

/// Which message an error page shows; carried from handler to middleware.
#[derive(Debug, Clone, Copy)]
struct ErrorMessage(&'static str);

/// Marks a response that is already a complete page (for example a form
/// shown again with its errors), so the middleware leaves it alone.
#[derive(Debug, Clone, Copy)]
pub struct RenderedPage;

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> AppError {
        match &error {
            StoreError::Database(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed) => {
                tracing::error!(%error, "database unavailable");
                AppError::Unavailable
            }
            _ => AppError::Internal(error.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> AppError {
        AppError::Internal(format!("template: {error}"))
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message) = match &self {
            AppError::NotFound => (StatusCode::NOT_FOUND, msg("error-not-found")),
            AppError::Forbidden => (StatusCode::FORBIDDEN, msg("error-forbidden")),
            AppError::CsrfRejected => (StatusCode::FORBIDDEN, msg("error-csrf")),
            AppError::BadRequest(key) => (StatusCode::BAD_REQUEST, *key),
            AppError::Gone => (StatusCode::GONE, msg("error-gone")),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, msg("error-too-large")),
            AppError::TooManyRequests(_) => (StatusCode::TOO_MANY_REQUESTS, msg("error-too-many")),
            AppError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, msg("error-unavailable")),
            AppError::Internal(detail) => {
                tracing::error!(detail, "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, msg("error-internal"))
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorMessage(message));
        if let AppError::TooManyRequests(wait) = self {
            let seconds = wait.as_secs().max(1);
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// The default message for a status that no handler explained.
fn message_for(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => msg("error-not-found"),
        StatusCode::FORBIDDEN => msg("error-forbidden"),
        StatusCode::METHOD_NOT_ALLOWED => msg("error-method"),
        StatusCode::PAYLOAD_TOO_LARGE => msg("error-too-large"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE | StatusCode::UNPROCESSABLE_ENTITY => msg("error-form-malformed"),
        StatusCode::TOO_MANY_REQUESTS => msg("error-too-many"),
        StatusCode::REQUEST_TIMEOUT => msg("error-timeout"),
        StatusCode::SERVICE_UNAVAILABLE => msg("error-unavailable"),
        s if s.is_server_error() => msg("error-internal"),
        _ => msg("error-bad-request"),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    page: Page,
    message: String,
}

/// Replaces the body of every error response that is not already a page.
pub async fn error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let context = request.extensions().get::<Arc<RequestContext>>().cloned();
    let api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || response.extensions().get::<RenderedPage>().is_some()
    {
        return response;
    }
    let key = response.extensions().get::<ErrorMessage>().map(|m| m.0).unwrap_or_else(|| message_for(status));
    let Some(context) = context else {
        // Failed before the reader was known (the database not answering
        // when the session was looked up, a request timing out): the API
        // still answers JSON, in the default language; a page stays plain.
        return if api { json_error(response, &state.i18n.negotiate(""), key) } else { response };
    };
    if api {
        return json_error(response, &context.tr, key);
    }
    let title_key = if status.is_server_error() { msg("error-title-ours") } else { msg("error-title") };
    let page = Page::new(&state, &context, title_key).await;
    let body = ErrorTemplate { message: page.t.get(key), page }.render().unwrap_or_else(|_| String::from("Error"));
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    let mut page_response = (parts, Html(body)).into_response();
    page_response.extensions_mut().insert(RenderedPage);
    page_response
}

/// An API error as JSON, marked done so an outer pass leaves it alone.
fn json_error(response: Response, tr: &crate::i18n::Tr, key: &str) -> Response {
    let status = response.status();
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    // The framework's rejections say `text/plain`; the body is JSON now.
    parts.headers.remove(header::CONTENT_TYPE);
    let body = serde_json::json!({ "error": tr.get(key), "status": status.as_u16() });
    let mut json = (parts, axum::Json(body)).into_response();
    json.extensions_mut().insert(RenderedPage);
    json
}

/// A handler that panicked ends as any other failure does, so the reader
/// gets a page (or, from the API, JSON) in their language.
pub fn handler_panicked(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    AppError::Internal("a request handler panicked".into()).into_response()
}

/// The page shown when a middleware panicked: plain, with no dependencies.
pub fn panic_page(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    let body = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Something went wrong</title>\
                <link rel=\"stylesheet\" href=\"/static/app.css\"><main><h1>Something went wrong on our side</h1>\
                <p>Please try again in a moment. <a href=\"/\">Go to the home page</a>.</p></main></html>";
    (StatusCode::INTERNAL_SERVER_ERROR, Html(body)).into_response()
}
