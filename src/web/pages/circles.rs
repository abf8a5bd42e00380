//! The directory of circles and each circle's page.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use crate::i18n::msg;
use crate::web::AppState;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::page::{Page, render};
use crate::web::view::{CircleView, FacilitatorView};

#[derive(Template)]
#[template(path = "circles.html")]
struct DirectoryPage {
    page: Page,
    circles: Vec<CircleView>,
}

/// `GET /circles`.
pub async fn directory(State(state): State<AppState>, Ctx(context): Ctx) -> Result<Response, AppError> {
    let page = Page::new(&state, &context, msg("circles-title")).await;
    let circles = state.store.listed_circles().await?.iter().map(|c| CircleView::new(c, &page.t)).collect();
    render(&DirectoryPage { page, circles })
}

#[derive(Template)]
#[template(path = "circle.html")]
struct CirclePage {
    page: Page,
    circle: CircleView,
    facilitators: Vec<FacilitatorView>,
    org_agreements: Vec<String>,
}

/// `GET /circles/{slug}`: listed or not (unlisted circles are shared by link).
pub async fn show(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    let facilitators =
        state.store.circle_facilitators(circle.id).await?.into_iter().map(FacilitatorView::from).collect();
    let org = state.org().await;
    let page = Page::new(&state, &context, msg("circles-title")).await.titled(circle.name.clone());
    let circle = CircleView::new(&circle, &page.t);
    render(&CirclePage { page, circle, facilitators, org_agreements: org.agreements.clone() })
}
