//! In-person meets at the venue: the facilitator's page with the meet's QR
//! code and headcount, and the check-in page the code opens, where anyone
//! counts themselves in without saying who they are.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::circles::runs_circle;
use crate::domain::circle::Circle;
use crate::domain::meet::MeetStatus;
use crate::domain::venue_count::{VenueCount, parse_headcount};
use crate::i18n::msg;
use crate::services::now;
use crate::store::meets::MeetCounts;
use crate::web::context::{Ctx, RequestContext, SignedIn};
use crate::web::error::AppError;
use crate::web::forms::{CsrfForm, FormState};
use crate::web::page::{Page, render, render_status};
use crate::web::view::{CircleView, MeetView};
use crate::web::{AppState, cookies, qr};

/// What check-in links are signed for.
const PURPOSE: &str = "venue-count";

/// How long a browser remembers it has counted itself in to a meet.
const COUNTED_FOR_SECONDS: i64 = 24 * 60 * 60;

/// The meet's check-in link: its id and a signature, so nobody can count
/// into a meet whose code they were not shown, and nothing is stored for it.
fn check_in_path(state: &AppState, meet_id: i64) -> String {
    format!("/here/{}", state.signing.sign(PURPOSE, &meet_id.to_string()))
}

/// The check-in link in full, as a QR code carries it.
pub(super) fn check_in_link(state: &AppState, meet_id: i64) -> String {
    format!("{}{}", state.settings.base_url(), check_in_path(state, meet_id))
}

fn counted_cookie(meet_id: i64) -> String {
    format!("hs_here_{meet_id}")
}

/// An in-person or hybrid meet that is not cancelled, with its circle.
async fn venue_meet(state: &AppState, meet_id: i64) -> Result<(MeetCounts, Circle), AppError> {
    let counts = state.store.meet(meet_id).await?.ok_or(AppError::NotFound)?;
    let circle = state.store.circle_by_id(counts.meet.circle_id).await?.ok_or(AppError::NotFound)?;
    if !circle.format.has_place() || counts.meet.status == MeetStatus::Cancelled {
        return Err(AppError::NotFound);
    }
    Ok((counts, circle))
}

/// The meet for someone who runs its circle.
pub(super) async fn facilitated_meet(
    state: &AppState,
    context: &RequestContext,
    meet_id: i64,
) -> Result<(MeetCounts, Circle), AppError> {
    let (counts, circle) = venue_meet(state, meet_id).await?;
    if !runs_circle(state, context, circle.id).await? {
        return Err(AppError::Forbidden);
    }
    Ok((counts, circle))
}

const HEADCOUNT_FIELDS: crate::web::forms::Fields = &[("headcount", msg("venue-headcount"))];

#[derive(Template)]
#[template(path = "at_the_venue.html")]
struct AtTheVenuePage {
    page: Page,
    circle: CircleView,
    meet: MeetView,
    /// How many are counted so far, in words.
    count_line: String,
    /// The check-in link in full, as the QR code carries it.
    link: String,
    qr: Option<String>,
    form: FormState,
}

async fn at_the_venue_page(
    state: &AppState,
    context: &RequestContext,
    meet_id: i64,
    form: impl FnOnce(&Page, VenueCount) -> FormState,
) -> Result<AtTheVenuePage, AppError> {
    let (counts, circle) = facilitated_meet(state, context, meet_id).await?;
    let page = Page::new(state, context, msg("venue-at-title")).await;
    let count = state.store.venue_count(meet_id).await?;
    let link = check_in_link(state, meet_id);
    Ok(AtTheVenuePage {
        meet: MeetView::new(&page.t, &counts, &circle, context.zone, None, now()),
        circle: CircleView::new(&circle, &page.t),
        qr: qr::svg(&link, "qr-caption"),
        link,
        form: form(&page, count),
        count_line: match count.headcount {
            Some(headcount) => page.t.args(
                msg("venue-count-headcount"),
                &[("headcount", headcount.into()), ("checked", count.checked_in.into())],
            ),
            None => page.t.arg(msg("venue-count-checked-in"), "count", count.checked_in),
        },
        page,
    })
}

/// `GET /facilitate/meets/{id}`: the QR code to show at the door, the count
/// so far, and the headcount.
pub async fn at_the_venue(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let body = at_the_venue_page(&state, &signed_in.context, id, |page, count| {
        let typed = count.headcount.map(|n| n.to_string()).unwrap_or_default();
        FormState::new(&page.t, HEADCOUNT_FIELDS).with("headcount", &typed)
    })
    .await?;
    render(&body)
}

#[derive(Deserialize)]
pub struct HeadcountForm {
    #[serde(default)]
    headcount: String,
}

/// `POST /facilitate/meets/{id}/headcount`.
pub async fn save_headcount(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<HeadcountForm>,
) -> Result<Response, AppError> {
    facilitated_meet(&state, &signed_in.context, id).await?;
    let problem = match parse_headcount(&form.headcount) {
        Ok(headcount) => {
            state.store.set_headcount(id, headcount).await?;
            return Ok(Redirect::to(&format!("/facilitate/meets/{id}?done=headcount-saved")).into_response());
        }
        Err(problem) => problem,
    };
    let body = at_the_venue_page(&state, &signed_in.context, id, |page, _| {
        FormState::new(&page.t, HEADCOUNT_FIELDS).with("headcount", &form.headcount).error(
            &page.t,
            "headcount",
            problem,
        )
    })
    .await?;
    render_status(axum::http::StatusCode::UNPROCESSABLE_ENTITY, &body)
}

#[derive(Template)]
#[template(path = "here.html")]
struct CheckInPage {
    page: Page,
    token: String,
    counted: bool,
}

/// The meet a check-in link is for, if the link is one we made.
async fn checked_meet(state: &AppState, token: &str) -> Result<i64, AppError> {
    let meet_id: i64 = state.signing.open(PURPOSE, token).and_then(|id| id.parse().ok()).ok_or(AppError::NotFound)?;
    venue_meet(state, meet_id).await?;
    Ok(meet_id)
}

/// `GET /here/{token}`: "I'm here", for anyone holding the meet's code.
pub async fn check_in_page(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let meet_id = checked_meet(&state, &token).await?;
    let counted = cookies::get(&headers, &counted_cookie(meet_id)).is_some();
    let page = Page::new(&state, &context, msg("venue-here-title")).await;
    render(&CheckInPage { page, token, counted })
}

/// `POST /here/{token}`: counts this browser in, once.
pub async fn check_in(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<super::auth::EmptyForm>,
) -> Result<Response, AppError> {
    let meet_id = checked_meet(&state, &token).await?;
    let back = Redirect::to(&format!("/here/{token}"));
    if cookies::get(&headers, &counted_cookie(meet_id)).is_some() {
        return Ok(back.into_response());
    }
    state.store.count_in(meet_id).await?;
    let cookie =
        cookies::set(&counted_cookie(meet_id), "1", Some(COUNTED_FOR_SECONDS), state.settings.secure_cookies());
    Ok(([(header::SET_COOKIE, cookie)], back).into_response())
}
