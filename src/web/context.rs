//! Who is asking: the middleware that reads the session and CSRF cookies
//! once per request, and the extractors handlers use to get at the result.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use chrono_tz::Tz;

use super::cookies;
use super::error::AppError;
use super::page::notice_key;
use super::state::AppState;
use crate::auth::signing::SigningKey;
use crate::auth::token;
use crate::domain::member::Member;
use crate::domain::permissions::{self, Permission};
use crate::domain::session;
use crate::i18n::Tr;
use crate::services;

/// A signed-in member and their session.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub session_id: i64,
    /// The raw session token, to bind CSRF tokens to this session.
    pub token: String,
    pub member: Member,
}

/// Everything learnt about the request before the handler runs.
pub struct RequestContext {
    pub tr: Tr,
    pub viewer: Option<Viewer>,
    pub csrf_cookie: String,
    pub client: IpAddr,
    pub user_agent: String,
    /// Where the request was sent (`Host`), for same-origin checks.
    pub host: Option<String>,
    /// A confirmation to show, from `?done=`.
    pub notice: Option<&'static str>,
    /// The reader's time zone: from `?tz=`, their profile, or the cookie the
    /// page script sets from the browser; unknown until one of those says.
    pub zone: Option<Tz>,
    /// The path and query asked for, so the language switcher brings the
    /// person back to the same page.
    pub here: String,
}

impl RequestContext {
    /// The CSRF token forms on this page must carry.
    pub fn csrf_token(&self, key: &SigningKey) -> String {
        key.token(&self.csrf_cookie, self.viewer.as_ref().map(|v| v.token.as_str()))
    }

    /// Whether a presented CSRF token is valid for this browser and session.
    pub fn csrf_ok(&self, key: &SigningKey, presented: &str) -> bool {
        key.verify(&self.csrf_cookie, self.viewer.as_ref().map(|v| v.token.as_str()), presented)
    }

    /// A key for per-address rate limits: the address, or its /64 for IPv6,
    /// since one household gets a whole /64.
    pub fn address_key(&self) -> String {
        match self.client {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        }
    }
}

fn client_address(request: &Request, trust_proxy: bool) -> IpAddr {
    let direct = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip())
        .unwrap_or(IpAddr::from([0, 0, 0, 0]));
    if !trust_proxy {
        return direct;
    }
    // The proxy appends the address it saw; earlier entries are the client's to forge.
    request
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(direct)
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
}

fn done_param(query: Option<&str>) -> Option<&'static str> {
    query?.split('&').find_map(|pair| pair.strip_prefix("done=")).and_then(notice_key)
}

fn zone_param(query: Option<&str>) -> Option<Tz> {
    let raw = query?.split('&').find_map(|pair| pair.strip_prefix("tz="))?;
    let decoded: String =
        url::form_urlencoded::parse(format!("tz={raw}").as_bytes()).map(|(_, v)| v.into_owned()).next()?;
    decoded.parse().ok()
}

/// Looks up the session, makes sure the browser has a CSRF cookie, picks
/// the language, and hands the result to the handler.
pub async fn context(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let now = services::now();
    let secure = state.settings.secure_cookies();
    let mut clear_session_cookie = false;
    let mut viewer = None;
    if let Some(token) = cookies::get(request.headers(), cookies::SESSION).filter(|t| cookies::looks_like_token(t)) {
        let token = token.to_string();
        match state.store.session(&token::hash_token(&token)).await {
            Ok(Some(found)) if session::is_live(found.created_at, found.last_seen_at, now) => {
                if session::needs_touch(found.last_seen_at, now)
                    && let Err(error) = state.store.touch_session(found.id, now).await
                {
                    tracing::warn!(%error, "could not refresh session activity");
                }
                viewer = Some(Viewer { session_id: found.id, token, member: found.member });
            }
            Ok(Some(expired)) => {
                if let Err(error) = state.store.end_session(expired.id).await {
                    tracing::warn!(%error, "could not remove an expired session");
                }
                clear_session_cookie = true;
            }
            Ok(None) => clear_session_cookie = true,
            Err(error) => return AppError::from(error).into_response(),
        }
    } else if cookies::get(request.headers(), cookies::SESSION).is_some() {
        clear_session_cookie = true;
    }
    let existing_csrf = cookies::get(request.headers(), cookies::CSRF).filter(|c| cookies::looks_like_token(c));
    let (csrf_cookie, csrf_is_new) = match existing_csrf {
        Some(value) => (value.to_string(), false),
        None => (token::new_token(), true),
    };
    let tr = state.i18n.choose(
        cookies::get(request.headers(), cookies::LANGUAGE),
        viewer.as_ref().map(|v| v.member.profile.language),
        &header_text(request.headers(), header::ACCEPT_LANGUAGE).unwrap_or_default(),
    );
    let chosen_zone = zone_param(request.uri().query());
    let profile_zone = viewer.as_ref().and_then(|v| v.member.profile.time_zone);
    let cookie_zone = cookies::get(request.headers(), cookies::ZONE).and_then(|z| z.parse::<Tz>().ok());
    let context = RequestContext {
        zone: chosen_zone.or(profile_zone).or(cookie_zone),
        tr,
        viewer,
        csrf_cookie: csrf_cookie.clone(),
        client: client_address(&request, state.settings.trust_proxy),
        user_agent: header_text(request.headers(), header::USER_AGENT).unwrap_or_default(),
        host: header_text(request.headers(), header::HOST),
        notice: done_param(request.uri().query()),
        here: request.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into()),
    };
    request.extensions_mut().insert(Arc::new(context));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if csrf_is_new {
        headers.append(header::SET_COOKIE, cookies::set(cookies::CSRF, &csrf_cookie, None, secure));
    }
    if let Some(zone) = chosen_zone.filter(|z| Some(*z) != cookie_zone) {
        headers.append(header::SET_COOKIE, cookies::zone(zone.name(), secure));
    }
    let handler_set_session = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.as_bytes().starts_with(format!("{}=", cookies::SESSION).as_bytes()));
    if clear_session_cookie && !handler_set_session {
        headers.append(header::SET_COOKIE, cookies::set(cookies::SESSION, "", Some(0), secure));
    }
    response
}

/// The request context, for any handler.
pub struct Ctx(pub Arc<RequestContext>);

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Ctx, AppError> {
        parts
            .extensions
            .get::<Arc<RequestContext>>()
            .cloned()
            .map(Ctx)
            .ok_or_else(|| AppError::Internal("request context missing".into()))
    }
}

/// Where a `next` or `back` value may send a browser: only a path on this
/// site. Browsers drop tabs and newlines from a URL and read `\` as `/`, so
/// `/\t/evil.host` or `/\evil.host` would leave the site; anything of the
/// kind, also percent-encoded, is refused and the caller uses its default.
pub fn safe_next(next: &str) -> Option<&str> {
    let decoded = percent_decoded(next);
    let stays_here = |path: &str, refuse_space: bool| {
        let mut chars = path.chars();
        chars.next() == Some('/')
            && !matches!(chars.next(), Some('/' | '\\'))
            && !path.chars().any(|c| c == '\\' || c.is_control() || (refuse_space && c.is_whitespace()))
    };
    // A decoded space is harmless (`%20` stays encoded); a raw one is not a path.
    (stays_here(next, true) && stays_here(&decoded, false)).then_some(next)
}

/// `%XX` escapes decoded; anything else kept as it is.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Paths someone with a one-time password may still use.
const ONE_TIME_PASSWORD_PATHS: &[&str] = &["/account/password", "/signout"];

/// Until someone who signed in with a one-time password chooses their own,
/// their session reaches nothing but the change-password page and sign-out.
/// Checked here, before any handler runs, so no page, API call or room
/// socket can read as them: pages send them to choose a password; the API
/// and sockets, which cannot follow a redirect, are refused.
pub async fn one_time_password_gate(request: Request, next: Next) -> Response {
    let must_change = request
        .extensions()
        .get::<Arc<RequestContext>>()
        .and_then(|context| context.viewer.as_ref())
        .is_some_and(|viewer| viewer.member.must_change_password);
    if !must_change || ONE_TIME_PASSWORD_PATHS.contains(&request.uri().path()) {
        return next.run(request).await;
    }
    if request.uri().path().starts_with("/api/") || request.headers().contains_key(header::UPGRADE) {
        return AppError::Forbidden.into_response();
    }
    Redirect::to("/account/password").into_response()
}

/// A handler that needs someone signed in. Anyone else is sent to sign in
/// and brought back (someone holding a one-time password never gets this
/// far: see [`one_time_password_gate`]).
pub struct SignedIn {
    pub context: Arc<RequestContext>,
    pub viewer: Viewer,
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<SignedIn, Response> {
        let Ctx(context) = Ctx::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        let Some(viewer) = context.viewer.clone() else {
            let here = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
            let target = if parts.method == axum::http::Method::GET { here } else { "/account" };
            let next = url::form_urlencoded::byte_serialize(target.as_bytes()).collect::<String>();
            return Err(Redirect::to(&format!("/signin?next={next}")).into_response());
        };
        Ok(SignedIn { context, viewer })
    }
}

/// A handler only coordinators may use.
pub struct Coordinator(pub SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for Coordinator {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Coordinator, Response> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        if !permissions::allows(signed_in.viewer.member.roles, Permission::Administer) {
            return Err(AppError::Forbidden.into_response());
        }
        Ok(Coordinator(signed_in))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_must_stay_on_this_site() {
        assert_eq!(safe_next("/account"), Some("/account"));
        assert_eq!(safe_next("/circles?q=grief"), Some("/circles?q=grief"));
        assert_eq!(safe_next("/circles?q=my%20mum"), Some("/circles?q=my%20mum"));
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "account",
            "/a\r\nSet-Cookie: x",
            "/\t/evil.example/",
            "/%09/evil.example/",
            "/%5Cevil.example",
            "/%2F/evil.example",
            "/a\u{1}b",
            "/ /evil.example",
            "",
        ] {
            assert_eq!(safe_next(bad), None, "{bad}");
        }
    }

    #[test]
    fn zone_comes_from_the_query() {
        assert_eq!(zone_param(Some("q=x&tz=Asia%2FKolkata")), Some(Tz::Asia__Kolkata));
        assert_eq!(zone_param(Some("tz=America/New_York")), Some(Tz::America__New_York));
        assert_eq!(zone_param(Some("tz=Nowhere")), None);
    }

    #[test]
    fn done_takes_only_known_notices() {
        assert_eq!(done_param(Some("done=profile-saved")), Some("done-profile-saved"));
        assert_eq!(done_param(Some("x=1&done=whatever")), None);
        assert_eq!(done_param(None), None);
    }
}
