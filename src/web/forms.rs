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
use crate::i18n::{Tr, msg};

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

/// A form's fields, each with the message id of its label, in the order
/// the page shows them. The error summary names each field by this label
/// and lists the problems in this order.
pub type Fields = &'static [(&'static str, &'static str)];

/// A problem as the error summary at the top of a form lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The id of the field it links to.
    pub field: &'static str,
    /// "Circle name: Please fill this in."
    pub text: String,
}

/// What a form page shows: the values typed (never passwords), the labels
/// of its fields, and the problems, each already in the reader's language.
#[derive(Debug, Default, Clone)]
pub struct FormState {
    fields: Fields,
    labels: Vec<String>,
    values: Vec<(&'static str, String)>,
    /// (field, the problem as shown beside it, as the summary names it)
    errors: Vec<(&'static str, String, String)>,
}

impl FormState {
    /// An empty form with these fields.
    pub fn new(tr: &Tr, fields: Fields) -> FormState {
        FormState { fields, labels: fields.iter().map(|(_, key)| tr.get(key)).collect(), ..FormState::default() }
    }

    /// Keeps a typed value to show again.
    pub fn with(mut self, field: &'static str, value: &str) -> FormState {
        self.values.push((field, value.to_string()));
        self
    }

    /// Adds a problem with a field.
    pub fn error(mut self, tr: &Tr, field: &'static str, problem: Invalid) -> FormState {
        self.push(tr, field, problem);
        self
    }

    /// Adds every problem from a domain check.
    pub fn errors_from(mut self, tr: &Tr, errors: &FieldErrors) -> FormState {
        for (field, problem) in errors {
            self.push(tr, field, *problem);
        }
        self
    }

    /// The first problem with a field is the one shown: it is named once.
    fn push(&mut self, tr: &Tr, field: &'static str, problem: Invalid) {
        debug_assert!(
            self.fields.is_empty() || self.position(field).is_some(),
            "the form has no field {field:?} to name in its summary"
        );
        if self.problem(field).is_some() {
            return;
        }
        let text = tr.get(problem.key());
        let named = match self.label(field) {
            "" => text.clone(),
            label => tr.args(msg("form-problem"), &[("label", label.into()), ("problem", text.as_str().into())]),
        };
        self.errors.push((field, text, named));
    }

    fn position(&self, field: &str) -> Option<usize> {
        self.fields.iter().position(|(f, _)| *f == field)
    }

    /// A field's label.
    pub fn label(&self, field: &str) -> &str {
        self.position(field).map(|i| self.labels[i].as_str()).unwrap_or("")
    }

    /// The value to show in a field.
    pub fn value(&self, field: &str) -> &str {
        self.values.iter().find(|(f, _)| *f == field).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// Whether a field holds exactly `value` (for selected options).
    pub fn is(&self, field: &str, value: &str) -> bool {
        self.value(field) == value
    }

    /// The problem with a field, if any, as shown beside it.
    pub fn problem(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _, _)| *f == field).map(|(_, e, _)| e.as_str())
    }

    /// The ids a field's `aria-describedby` names: its problem first, then its hint.
    pub fn described_by(&self, field: &str, hint: bool) -> String {
        let problem = self.problem(field).map(|_| format!("{field}-problem"));
        let hint = hint.then(|| format!("{field}-hint"));
        problem.into_iter().chain(hint).collect::<Vec<_>>().join(" ")
    }

    /// Every problem in the order the page shows the fields, each naming its
    /// field, for the summary at the top of the form.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems: Vec<Problem> =
            self.errors.iter().map(|(field, _, named)| Problem { field, text: named.clone() }).collect();
        problems.sort_by_key(|p| self.position(p.field).unwrap_or(usize::MAX));
        problems
    }

    /// Whether anything needs fixing.
    pub fn has_problems(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;

    const FIELDS: Fields = &[("name", "field-circle-name"), ("capacity", "field-capacity")];

    #[test]
    fn the_summary_names_each_field_in_the_order_of_the_page() {
        let tr = I18n::load().translator("en");
        let form = FormState::new(&tr, FIELDS)
            .with("capacity", "lots")
            .error(&tr, "capacity", Invalid("capacity-invalid"))
            .error(&tr, "name", Invalid("required"));
        let problems = form.problems();
        assert_eq!(problems.iter().map(|p| p.field).collect::<Vec<_>>(), ["name", "capacity"]);
        assert!(problems[0].text.contains(&tr.get("field-circle-name")), "{}", problems[0].text);
        assert!(problems[0].text.contains(&tr.get("required")), "{}", problems[0].text);
        assert_eq!(form.problem("capacity"), Some(tr.get("capacity-invalid").as_str()));
        assert_eq!(form.value("capacity"), "lots");
    }

    #[test]
    fn a_field_is_named_once_however_many_checks_it_fails() {
        let tr = I18n::load().translator("en");
        let form =
            FormState::new(&tr, FIELDS).error(&tr, "name", Invalid("required")).error(&tr, "name", Invalid("too-long"));
        assert_eq!(form.problems().len(), 1);
        assert_eq!(form.problem("name"), Some(tr.get("required").as_str()));
    }
}
