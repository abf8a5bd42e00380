//! The home page.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::meets::{MyMeetRow, my_meet_rows, now_or_next};
use crate::i18n::msg;
use crate::web::AppState;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::page::{Page, render};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
    /// For a signed-in person: the meet on now or next.
    now_next: Option<MyMeetRow>,
}

/// `GET /`.
pub async fn show(State(state): State<AppState>, Ctx(context): Ctx) -> Result<Response, AppError> {
    let page = Page::new(&state, &context, msg("home-title")).await;
    let now_next = match &context.viewer {
        Some(viewer) => now_or_next(&mut my_meet_rows(&state, viewer.member.id, &page.t, context.zone).await?),
        None => None,
    };
    render(&HomePage { page, now_next })
}
