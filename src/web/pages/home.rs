//! The home page.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::i18n::msg;
use crate::web::AppState;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::page::{Page, render};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
}

/// `GET /`.
pub async fn show(State(state): State<AppState>, Ctx(context): Ctx) -> Result<Response, AppError> {
    render(&HomePage { page: Page::new(&state, &context, msg("home-title")).await })
}
