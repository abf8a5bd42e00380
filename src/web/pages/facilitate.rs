//! A facilitator's own view: their circles and the coming meets, with how
//! many are coming and waiting, and a way to cancel one meet with a message.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::i18n::msg;
use crate::services::now;
use crate::web::AppState;
use crate::web::context::SignedIn;
use crate::web::error::AppError;
use crate::web::page::{Page, render};
use crate::web::view::{CircleView, MeetView};

/// How many meets per circle the page shows.
const MEETS_SHOWN: i64 = 8;

struct CircleMeets {
    circle: CircleView,
    meets: Vec<MeetView>,
}

#[derive(Template)]
#[template(path = "facilitate.html")]
struct FacilitatePage {
    page: Page,
    circles: Vec<CircleMeets>,
    coordinator: bool,
    /// Meets waiting for the reader's debrief: (meet id, link text).
    debriefs_due: Vec<(i64, String)>,
}

/// `GET /facilitate`.
pub async fn show(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, AppError> {
    let member = &signed_in.viewer.member;
    if !member.roles.facilitator && !member.roles.coordinator {
        return Err(AppError::Forbidden);
    }
    let page = Page::new(&state, &signed_in.context, msg("facilitate-title")).await;
    let now = now();
    let mut circles = Vec::new();
    for circle in state.store.circles_facilitated(member.id).await? {
        let meets = state
            .store
            .upcoming_meets(circle.id, now, MEETS_SHOWN)
            .await?
            .iter()
            .map(|counts| MeetView::new(&page.t, counts, &circle, signed_in.context.zone, None, now))
            .collect();
        circles.push(CircleMeets { circle: CircleView::new(&circle, &page.t), meets });
    }
    let debriefs_due = super::debriefs::awaiting(&state, &signed_in, &page.t).await?;
    render(&FacilitatePage { page, circles, coordinator: member.roles.coordinator, debriefs_due })
}
