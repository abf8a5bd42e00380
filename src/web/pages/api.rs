//! The read-only JSON API (`/api/v1/…`), documented in `docs/api.md`.
//! Attendees' aliases appear only for the circle's facilitators and coordinators.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::circles::{may_find, runs_circle};
use crate::domain::circle::{Circle, Status};
use crate::domain::meet::Meet;
use crate::services::now;
use crate::store::meets::MeetCounts;
use crate::web::AppState;
use crate::web::context::Ctx;
use crate::web::directory::{self, Filters};
use crate::web::error::AppError;
use crate::web::format::rfc3339;

fn circle_json(circle: &Circle, base: &str) -> Value {
    json!({
        "slug": circle.slug,
        "name": circle.name,
        "summary": circle.summary,
        "topics": circle.topics,
        "audience": circle.audience,
        "eligibility": circle.eligibility,
        "age_min": circle.age_min,
        "age_max": circle.age_max,
        "languages": circle.languages,
        "format": circle.format.as_str(),
        "city": circle.city,
        "area": circle.area,
        "country": circle.country,
        "time_zone": circle.time_zone.name(),
        "capacity": circle.capacity,
        "drop_in": circle.drop_in,
        "status": circle.status.as_str(),
        "url": format!("{base}/circles/{}", circle.slug),
    })
}

fn meet_json(meet: &Meet, circle: &Circle, counts: Option<(i64, i64)>, base: &str) -> Value {
    let mut value = json!({
        "id": meet.id,
        "circle": circle.slug,
        "starts_at": rfc3339(meet.starts_at),
        "time_zone": circle.time_zone.name(),
        "duration_minutes": meet.duration_minutes,
        "status": meet.status.as_str(),
        "capacity": circle.capacity,
        "url": format!("{base}/meets/{}", meet.id),
    });
    if let Some((going, waitlisted)) = counts {
        value["going"] = json!(going);
        value["waitlisted"] = json!(waitlisted);
    }
    if !meet.note.is_empty() {
        value["note"] = json!(meet.note);
    }
    value
}

fn counted(m: &MeetCounts, circle: &Circle, base: &str) -> Value {
    meet_json(&m.meet, circle, Some((m.going, m.waitlisted)), base)
}

/// `GET /api/v1/circles`: listed circles, with the directory's filters and `q`.
pub async fn circles(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let snapshot = state.directory.snapshot(&state.store).await?;
    let base = state.settings.base_url();
    let (found, _) = directory::find(&snapshot, &filters, context.zone);
    let list: Vec<Value> = found
        .iter()
        .map(|f| {
            let mut value = circle_json(&f.entry.circle, base);
            value["next_meets"] =
                f.entry.meets.iter().take(3).map(|m| meet_json(m, &f.entry.circle, None, base)).collect();
            if !f.reasons.is_empty() {
                value["matches"] = f.reasons.iter().map(|r| r.found.text()).collect();
            }
            value
        })
        .collect();
    Ok(Json(json!({ "circles": list })).into_response())
}

/// `GET /api/v1/circles/{slug}`: a circle and its coming meets (none once archived).
pub async fn circle(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let circle = state.store.circle_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    if !may_find(&state, &context, &circle).await? {
        return Err(AppError::NotFound);
    }
    let base = state.settings.base_url();
    let meets = if circle.status == Status::Archived {
        Vec::new()
    } else {
        state.store.upcoming_meets(circle.id, now(), 20).await?
    };
    let facilitators: Vec<Value> = state
        .store
        .circle_facilitators(circle.id)
        .await?
        .into_iter()
        .map(|f| json!({ "alias": f.alias, "pronouns": f.pronouns, "lived_experience": f.lived_experience }))
        .collect();
    let mut value = circle_json(&circle, base);
    value["description"] = json!(circle.description);
    value["facilitators"] = json!(facilitators);
    value["meets"] = meets.iter().map(|m| counted(m, &circle, base)).collect();
    Ok(Json(value).into_response())
}

/// `GET /api/v1/meets/{id}`.
pub async fn meet(State(state): State<AppState>, Ctx(context): Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let counts = state.store.meet(id).await?.ok_or(AppError::NotFound)?;
    let circle = state.store.circle_by_id(counts.meet.circle_id).await?.ok_or(AppError::NotFound)?;
    if !may_find(&state, &context, &circle).await? {
        return Err(AppError::NotFound);
    }
    let mut value = counted(&counts, &circle, state.settings.base_url());
    if runs_circle(&state, &context, circle.id).await? {
        let list: Vec<Value> = state
            .store
            .attendees(id)
            .await?
            .into_iter()
            .map(|(alias, status)| json!({ "alias": alias, "status": status.as_str() }))
            .collect();
        value["attendees"] = json!(list);
    }
    Ok(Json(value).into_response())
}
