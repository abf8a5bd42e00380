//! Security headers on every response.

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use super::state::AppState;

/// No inline script or style, nothing from anywhere else, no framing.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                   connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; \
                   base-uri 'none'";

const PERMISSIONS_POLICY: HeaderName = HeaderName::from_static("permissions-policy");
const NOTHING_ALLOWED: &str = "camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()";
/// The room page of a voice meet: the microphone, from this site only.
const MICROPHONE_ALLOWED: &str = "camera=(), microphone=(self), geolocation=(), payment=(), interest-cohort=()";

/// The room page of a video meet: the microphone and camera, from this site only.
const CAMERA_ALLOWED: &str = "camera=(self), microphone=(self), geolocation=(), payment=(), interest-cohort=()";

/// The `Permissions-Policy` of a page that may use the microphone.
pub fn microphone_allowed() -> (HeaderName, HeaderValue) {
    (PERMISSIONS_POLICY, HeaderValue::from_static(MICROPHONE_ALLOWED))
}

/// The `Permissions-Policy` of a page that may use the microphone and camera.
pub fn camera_allowed() -> (HeaderName, HeaderValue) {
    (PERMISSIONS_POLICY, HeaderValue::from_static(CAMERA_ALLOWED))
}

/// Adds the headers; pages are not cached, since they may be personal.
pub async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let fixed = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
        (HeaderName::from_static("cross-origin-resource-policy"), "same-origin"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    // A voice or video meet's room asks for the microphone (and camera); nothing else does.
    if !headers.contains_key(PERMISSIONS_POLICY) {
        headers.insert(PERMISSIONS_POLICY, HeaderValue::from_static(NOTHING_ALLOWED));
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.settings.secure_cookies() {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}
