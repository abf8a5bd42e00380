//! Notices on the site: the list on "My meets", how a person chooses to
//! hear each kind, a circle's announcement, and one-click unsubscribing
//! from an email without signing in.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::circles::runs_circle;
use crate::domain::notice::{self, Channel, Kind};
use crate::domain::text;
use crate::i18n::{Tr, msg};
use crate::notices::sender::UNSUBSCRIBE_PURPOSE;
use crate::notices::words;
use crate::services::now;
use crate::web::AppState;
use crate::web::context::{Ctx, SignedIn};
use crate::web::error::AppError;
use crate::web::forms::CsrfForm;
use crate::web::page::{Page, render};

/// How many notices "My meets" shows.
const NOTICES_SHOWN: i64 = 20;

/// A notice as "My meets" lists it.
pub(super) struct NoticeRow {
    pub(super) sentence: String,
    pub(super) note: String,
    pub(super) link: String,
    pub(super) unread: bool,
}

/// A person's latest notices, newest first; those listed are then marked
/// seen, so each is "new" once.
pub(super) async fn notices_for(
    state: &AppState,
    member: i64,
    tr: &Tr,
    zone: Option<chrono_tz::Tz>,
) -> Result<Vec<NoticeRow>, AppError> {
    let notices = state.store.notices_of(member, NOTICES_SHOWN).await?;
    if let Some(newest) = notices.iter().filter(|n| n.unread).map(|n| n.id).max() {
        state.store.mark_notices_read(member, newest, now()).await?;
    }
    Ok(notices
        .iter()
        .map(|n| NoticeRow {
            sentence: words::sentence(tr, n, zone, &n.circle_name),
            note: words::own_words(n).to_string(),
            link: words::link(n),
            unread: n.unread,
        })
        .collect())
}

/// One kind of notice on the account page, with the person's choice.
pub(super) struct KindChoice {
    pub(super) kind: &'static str,
    pub(super) name: String,
    pub(super) hint: String,
    pub(super) channel: &'static str,
}

/// The account page's choices, every kind with the person's channel.
pub(super) async fn choices_for(state: &AppState, member: i64, tr: &Tr) -> Result<(Vec<KindChoice>, bool), AppError> {
    let (chosen, names_circle) = state.store.notice_preferences(member).await?;
    let kinds = chosen
        .into_iter()
        .map(|(kind, channel)| KindChoice {
            kind: kind.as_str(),
            name: words::kind_name(tr, kind),
            hint: tr.get(match kind {
                Kind::Reminder => msg("notices-hint-reminder"),
                Kind::Change => msg("notices-hint-change"),
                Kind::Waitlist => msg("notices-hint-waitlist"),
                Kind::Announcement => msg("notices-hint-announcement"),
                Kind::Care => msg("notices-kind-care"),
                Kind::Moderation => msg("notices-hint-moderation"),
            }),
            channel: channel.as_str(),
        })
        .collect();
    Ok((kinds, names_circle))
}

/// The choices as posted: one channel per kind, and the subject setting.
#[derive(Debug, Deserialize)]
pub struct ChoicesForm {
    #[serde(default)]
    reminder: String,
    #[serde(default)]
    change: String,
    #[serde(default)]
    waitlist: String,
    #[serde(default)]
    announcement: String,
    #[serde(default)]
    names_circle: String,
}

/// `POST /account/notices`.
pub async fn save_choices(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<ChoicesForm>,
) -> Result<Response, AppError> {
    let member = &signed_in.viewer.member;
    let email_possible = member.profile.email.is_some() && state.mailer.is_some();
    let mut choices = Vec::new();
    for (kind, posted) in [
        (Kind::Reminder, &form.reminder),
        (Kind::Change, &form.change),
        (Kind::Waitlist, &form.waitlist),
        (Kind::Announcement, &form.announcement),
    ] {
        let channel: Channel = posted.parse().map_err(|e: crate::domain::Invalid| AppError::BadRequest(e.key()))?;
        if channel == Channel::Email && !email_possible {
            return Err(AppError::BadRequest(msg("notices-email-needs-address")));
        }
        choices.push((kind, channel));
    }
    state.store.set_notice_preferences(member.id, &choices, Some(form.names_circle == "yes")).await?;
    Ok(Redirect::to("/account?done=notices-saved#notices").into_response())
}

/// An announcement as posted by someone who runs the circle.
#[derive(Debug, Deserialize)]
pub struct AnnounceForm {
    #[serde(default)]
    note: String,
}

/// `POST /circles/{slug}/announce`: a facilitator's or coordinator's words
/// to everyone tied to the circle ("running 10 minutes late").
pub async fn announce(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<AnnounceForm>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    if !runs_circle(&state, &signed_in.context, circle.id).await? {
        return Err(AppError::Forbidden);
    }
    let note = text::optional_block(&form.note, 500, "text-too-long")
        .map_err(|e| AppError::BadRequest(e.key()))?
        .ok_or(AppError::BadRequest(msg("notices-announcement-empty")))?;
    state.store.announce(circle.id, &note, now()).await?;
    Ok(Redirect::to(&format!("/facilitate?done=announced#circle-{slug}")).into_response())
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct UnsubscribePage {
    page: Page,
    token: String,
    kind: String,
    done: bool,
}

/// The person and kind an unsubscribe link names, if it is one we signed.
fn unsubscribe_target(state: &AppState, token: &str) -> Result<(i64, Kind), AppError> {
    state.signing.open(UNSUBSCRIBE_PURPOSE, token).and_then(notice::parse_unsubscribe).ok_or(AppError::NotFound)
}

/// `GET /unsubscribe/{token}`: asks before stopping (link scanners in mail
/// systems follow links; only a post unsubscribes).
pub async fn unsubscribe_form(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (_, kind) = unsubscribe_target(&state, &token)?;
    let page = Page::new(&state, &context, msg("unsubscribe-title")).await;
    let kind = words::kind_name(&page.t, kind);
    render(&UnsubscribePage { page, token, kind, done: false })
}

/// `POST /unsubscribe/{token}`: RFC 8058 one-click unsubscribe, without a
/// session or CSRF token (the signed link is the proof). That kind of
/// notice stays on "My meets"; only its emails stop.
pub async fn unsubscribe(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (member, kind) = unsubscribe_target(&state, &token)?;
    let (chosen, _) = state.store.notice_preferences(member).await?;
    if chosen.contains(&(kind, Channel::Email)) {
        state.store.set_notice_preferences(member, &[(kind, Channel::App)], None).await?;
    }
    let page = Page::new(&state, &context, msg("unsubscribe-title")).await;
    let kind = words::kind_name(&page.t, kind);
    render(&UnsubscribePage { page, token, kind, done: true })
}
