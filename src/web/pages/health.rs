//! Probes for load balancers and orchestrators.

use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;

use crate::web::AppState;

/// `GET /healthz`: the process is up.
pub async fn live() -> &'static str {
    "ok\n"
}

/// `GET /readyz`: the database answers, so requests can be served. A line
/// more says whether the media server answers, when there is one (calls
/// wait for it, but everything else is ready without it), one whether the
/// bus to the other instances is connected, when rooms are shared (rooms
/// held elsewhere wait for it; pages and rooms held here do not), and the
/// last which layers of the safety net read messages.
pub async fn ready(State(state): State<AppState>) -> (StatusCode, String) {
    let media = match &state.media {
        None => "",
        Some(media) => match tokio::time::timeout(Duration::from_secs(2), media.janus().answers()).await {
            Ok(true) => "media ready\n",
            _ => "media unavailable\n",
        },
    };
    let bus = match state.rooms.bus_connected() {
        None => "",
        Some(true) => "bus connected\n",
        Some(false) => "bus unavailable\n",
    };
    let safety = match state.rooms.detector().layers() {
        ["lexical"] => "safety net: lexicon only (no learned model installed)\n",
        ["lexical", "learned"] => "safety net: lexicon and learned layer\n",
        _ => "safety net: lexicon and learned layer (with the sentence stage)\n",
    };
    match tokio::time::timeout(Duration::from_secs(2), state.store.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, format!("ready\n{media}{bus}{safety}")),
        _ => (StatusCode::SERVICE_UNAVAILABLE, format!("database unavailable\n{media}{bus}")),
    }
}
