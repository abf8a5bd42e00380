//! What every page template gets: the translator, the viewer, the CSRF
//! token, and the page's title.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use super::assets;
use super::context::RequestContext;
use super::error::{AppError, RenderedPage};
use super::state::AppState;
use crate::i18n::{Tr, msg};

/// The signed-in person, as the page header shows them.
#[derive(Debug, Clone)]
pub struct Badge {
    pub alias: String,
    pub facilitator: bool,
    pub coordinator: bool,
}

/// The context of every page.
pub struct Page {
    pub t: Tr,
    pub title: String,
    pub org_name: String,
    pub viewer: Option<Badge>,
    /// The token every form on the page carries.
    pub csrf: String,
    /// A one-line confirmation of what just happened ("Your profile is saved").
    pub notice: Option<String>,
    pub css: &'static str,
    pub js: &'static str,
    /// Notices the signed-in person has not seen, counted in the header.
    pub unread: i64,
    /// This page's path, where the language switcher brings the person back.
    pub here: String,
}

/// Confirmations a redirect may ask the next page to show (`?done=…`).
const NOTICES: &[(&str, &str)] = &[
    ("profile-saved", msg("done-profile-saved")),
    ("password-changed", msg("done-password-changed")),
    ("signed-out", msg("done-signed-out")),
    ("session-revoked", msg("done-session-revoked")),
    ("sessions-revoked", msg("done-sessions-revoked")),
    ("account-deleted", msg("done-account-deleted")),
    ("role-changed", msg("done-role-changed")),
    ("settings-saved", msg("done-settings-saved")),
    ("rsvp-going", msg("done-rsvp-going")),
    ("rsvp-waitlisted", msg("done-rsvp-waitlisted")),
    ("rsvp-closed", msg("done-rsvp-closed")),
    ("rsvp-cancelled", msg("done-rsvp-cancelled")),
    ("rsvp-nothing", msg("done-rsvp-nothing")),
    ("joined", msg("done-joined")),
    ("already-joined", msg("done-already-joined")),
    ("closed", msg("done-closed")),
    ("left", msg("done-left")),
    ("agreements-accepted", msg("done-agreements-accepted")),
    ("dropped-in", msg("done-dropped-in")),
    ("meet-cancelled", msg("done-meet-cancelled")),
    ("meet-moved", msg("done-meet-moved")),
    ("circle-saved", msg("done-circle-saved")),
    ("facilitators-saved", msg("done-facilitators-saved")),
    ("meets-scheduled", msg("done-meets-scheduled")),
    ("alert-followed-up", msg("done-alert-followed-up")),
    ("helpline-saved", msg("done-helpline-saved")),
    ("helpline-deleted", msg("done-helpline-deleted")),
    ("notices-saved", msg("done-notices-saved")),
    ("announced", msg("done-announced")),
    ("headcount-saved", msg("done-headcount-saved")),
    ("external-link-saved", msg("done-external-link-saved")),
    ("training-saved", msg("done-training-saved")),
    ("training-recorded", msg("done-training-recorded")),
    ("training-record-removed", msg("done-training-record-removed")),
    ("circle-trainings-saved", msg("done-circle-trainings-saved")),
    ("circle-text-saved", msg("done-circle-text-saved")),
    ("debrief-saved", msg("done-debrief-saved")),
    ("debrief-saved-support", msg("done-debrief-saved-support")),
    ("supervision-asked", msg("done-supervision-asked")),
    ("supervision-open", msg("done-supervision-open")),
    ("care-answered", msg("done-care-answered")),
    ("case-decided", msg("done-case-decided")),
    ("case-already-decided", msg("done-case-already-decided")),
    ("appeal-answered", msg("done-appeal-answered")),
    ("appeal-sent", msg("done-appeal-sent")),
    ("appeal-already", msg("done-appeal-already")),
    ("rota-saved", msg("done-rota-saved")),
    ("rota-taken", msg("done-rota-taken")),
    ("rota-already-taken", msg("done-rota-already-taken")),
    ("rota-cover-asked", msg("done-rota-cover-asked")),
    ("rota-claimed", msg("done-rota-claimed")),
    ("rota-not-eligible", msg("done-rota-not-eligible")),
    ("rota-gone", msg("done-rota-gone")),
];

/// The message id for a `?done=` value, if it is one we know.
pub fn notice_key(done: &str) -> Option<&'static str> {
    NOTICES.iter().find(|(name, _)| *name == done).map(|(_, key)| *key)
}

impl Page {
    /// The page context for this request, titled with message `title_key`.
    pub async fn new(state: &AppState, context: &RequestContext, title_key: &str) -> Page {
        let t = context.tr.clone();
        let org = state.org().await;
        let unread = match &context.viewer {
            // A header without the count is better than no page at all.
            Some(viewer) => state.store.unread_notices(viewer.member.id).await.unwrap_or(0),
            None => 0,
        };
        Page {
            unread,
            title: t.get(title_key),
            org_name: org.name.clone(),
            viewer: context.viewer.as_ref().map(|v| Badge {
                alias: v.member.alias.as_str().to_string(),
                facilitator: v.member.roles.facilitator,
                coordinator: v.member.roles.coordinator,
            }),
            csrf: context.csrf_token(&state.signing),
            notice: context.notice.map(|key| t.get(key)),
            css: assets::url("app.css"),
            js: assets::url("enhance.js"),
            here: context.here.clone(),
            t,
        }
    }

    /// The page as it should look to someone who has just signed in during
    /// this request (their session is not in the request's context yet).
    pub fn signed_in(mut self, member: &crate::domain::member::Member, csrf: String) -> Page {
        self.viewer = Some(Badge {
            alias: member.alias.as_str().to_string(),
            facilitator: member.roles.facilitator,
            coordinator: member.roles.coordinator,
        });
        self.csrf = csrf;
        self
    }

    /// The languages the footer's switcher offers: code, own name, and
    /// whether it is this page's.
    pub fn languages(&self) -> Vec<(&'static str, String, bool)> {
        let current = self.t.lang();
        self.t.languages().into_iter().map(|(code, name)| (code, name, code == current)).collect()
    }

    /// The live room's script.
    pub fn room_js(&self) -> &'static str {
        assets::url("room.js")
    }

    /// The script of a voice meet's call.
    pub fn call_js(&self) -> &'static str {
        assets::url("call.js")
    }

    /// Replaces the title with already-translated text (a circle's name).
    pub fn titled(mut self, title: String) -> Page {
        self.title = title;
        self
    }
}

/// Renders a template as a 200 page.
pub fn render(template: &impl Template) -> Result<Response, AppError> {
    render_status(StatusCode::OK, template)
}

/// Renders a template as a complete page with another status (a form shown
/// again with its errors, for example).
pub fn render_status(status: StatusCode, template: &impl Template) -> Result<Response, AppError> {
    let mut response = (status, Html(template.render()?)).into_response();
    response.extensions_mut().insert(RenderedPage);
    Ok(response)
}
