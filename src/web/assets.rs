//! The stylesheet and the one small script, embedded in the binary and
//! served with long cache lifetimes under content-hashed URLs.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
    url: String,
}

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    [
        ("app.css", "text/css; charset=utf-8", include_bytes!("../../static/app.css").as_slice()),
        ("enhance.js", "text/javascript; charset=utf-8", include_bytes!("../../static/enhance.js").as_slice()),
        ("codes.js", "text/javascript; charset=utf-8", include_bytes!("../../static/codes.js").as_slice()),
        ("room.js", "text/javascript; charset=utf-8", include_bytes!("../../static/room.js").as_slice()),
        ("call.js", "text/javascript; charset=utf-8", include_bytes!("../../static/call.js").as_slice()),
        ("icon.svg", "image/svg+xml", include_bytes!("../../static/icon.svg").as_slice()),
    ]
    .into_iter()
    .map(|(name, content_type, body)| {
        let version = &crate::auth::token::hash_token(&String::from_utf8_lossy(body))[..10];
        Asset { name, content_type, body, url: format!("/static/{name}?v={version}") }
    })
    .collect()
});

/// The cache-busting URL of an asset.
pub fn url(name: &str) -> &'static str {
    ASSETS.iter().find(|a| a.name == name).map(|a| a.url.as_str()).unwrap_or("/static/missing")
}

/// `GET /static/{name}`.
pub async fn serve(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|a| a.name == name) {
        Some(asset) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type)),
                (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable")),
            ],
            asset.body,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
