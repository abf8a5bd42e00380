//! Probes for load balancers and orchestrators.

use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;

use crate::web::AppState;

/// `GET /healthz`: the process is up.
pub async fn live() -> &'static str {
    "ok\n"
}

/// `GET /readyz`: the database answers, so requests can be served; the
/// second line says which layers of the safety net read messages.
pub async fn ready(State(state): State<AppState>) -> (StatusCode, &'static str) {
    let learns = state.rooms.detector().learns();
    match tokio::time::timeout(Duration::from_secs(2), state.store.ping()).await {
        Ok(Ok(())) if learns => (StatusCode::OK, "ready\nsafety net: lexicon and learned layer\n"),
        Ok(Ok(())) => (StatusCode::OK, "ready\nsafety net: lexicon only (no learned model installed)\n"),
        _ => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n"),
    }
}
