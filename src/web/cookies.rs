//! Reading the `Cookie` header and writing `Set-Cookie`. Our cookies are
//! random URL-safe tokens, so no encoding is needed.

use axum::http::{HeaderMap, HeaderValue, header};

/// The session cookie: the session token.
pub const SESSION: &str = "hs_session";
/// The CSRF cookie: a random value the form tokens are derived from.
pub const CSRF: &str = "hs_csrf";
/// The reader's time zone, set by `?tz=` or by the page script from the browser.
pub const ZONE: &str = "hs_tz";
/// The interface language the person chose with the language switcher.
pub const LANGUAGE: &str = "hs_lang";

/// The value of cookie `name`, if the browser sent it.
pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, whole site, `Secure` when
/// the site is served over https. `max_age` of `None` lasts until the
/// browser closes; `Some(0)` deletes the cookie.
pub fn set(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).expect("cookie names and values are URL-safe ASCII")
}

/// The time-zone cookie. Not `HttpOnly`: the page script sets it from the
/// browser's zone; it holds nothing secret.
pub fn zone(name: &str, secure: bool) -> HeaderValue {
    let mut cookie = format!("{ZONE}={name}; Path=/; SameSite=Lax; Max-Age=31536000");
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).expect("IANA zone names are ASCII")
}

/// The chosen-language cookie, kept for a year.
pub fn language(code: &str, secure: bool) -> HeaderValue {
    set(LANGUAGE, code, Some(31_536_000), secure)
}

/// Whether a cookie value looks like one of our tokens (so nothing odd is
/// echoed back or used as a key).
pub fn looks_like_token(value: &str) -> bool {
    value.len() == 43 && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cookies_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; hs_session=abc ; b=2"));
        assert_eq!(get(&headers, "hs_session"), Some("abc"));
        assert_eq!(get(&headers, "missing"), None);
    }

    #[test]
    fn set_cookie_has_the_safe_attributes() {
        let value = set(SESSION, "tok", Some(60), true);
        assert_eq!(value, "hs_session=tok; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure");
        assert!(!set(CSRF, "x", None, false).to_str().unwrap().contains("Secure"));
    }
}
