//! The facilitator's printable sheet for an evening at the venue: the
//! agreements, the rounds, the organisation's safety protocol and the local
//! helplines (emergency first), and the code to count in. Never a list of names.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::safety::{HelplineView, all_helplines, views_for};
use super::venue::{check_in_link, facilitated_meet};
use crate::domain::countries;
use crate::domain::helplines::Fit;
use crate::i18n::msg;
use crate::services::now;
use crate::web::context::SignedIn;
use crate::web::error::AppError;
use crate::web::page::{Page, render};
use crate::web::view::{CircleView, MeetView};
use crate::web::{AppState, qr};

/// How many helplines fit on the sheet beside everything else.
const LINES_SHOWN: usize = 5;

#[derive(Template)]
#[template(path = "sheet.html")]
struct SheetPage {
    page: Page,
    circle: CircleView,
    meet: MeetView,
    org_agreements: Vec<String>,
    protocol: Vec<String>,
    /// The circle's country, by name, for the helplines' heading.
    country: String,
    lines: Vec<HelplineView>,
    qr: Option<String>,
}

/// `GET /facilitate/meets/{id}/sheet`.
pub async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let context = &signed_in.context;
    let (counts, circle) = facilitated_meet(&state, context, id).await?;
    let page = Page::new(&state, context, msg("sheet-title")).await.titled(circle.name.clone());
    let org = state.org().await;
    let fit = Fit::for_circle(&circle.audience, circle.is_youth(), &circle.languages);
    // The circle's lines, in the circle's time: the sheet is read in its room.
    let mut lines = views_for(&all_helplines(&state).await?, &circle.country, &fit, &page.t, Some(circle.time_zone));
    lines.truncate(LINES_SHOWN);
    render(&SheetPage {
        meet: MeetView::new(&page.t, &counts, &circle, Some(circle.time_zone), None, now()),
        circle: CircleView::new(&circle, &page.t),
        org_agreements: org.agreements.clone(),
        protocol: org.safety_protocol.clone(),
        country: countries::in_text_in(&circle.country, page.t.lang()).to_string(),
        lines,
        qr: qr::svg(&check_in_link(&state, id), "sheet-qr-caption"),
        page,
    })
}
