//! Settings, checked once at start-up. Each comes from a flag or from the
//! environment variable of the same name (`--bind` / `HOLDSPACE_BIND`); a
//! wrong value stops the program with one line naming the setting.

use std::net::SocketAddr;
use std::str::FromStr;

use tracing::level_filters::LevelFilter;

/// A setting that cannot be used, and what it should look like.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{setting}: {problem}")]
pub struct ConfigError {
    /// The environment variable and flag, e.g. `HOLDSPACE_BIND (--bind)`.
    pub setting: &'static str,
    /// What was wrong and what is expected.
    pub problem: String,
}

fn bad(setting: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError { setting, problem: problem.into() }
}

/// Checks a database URL. The value is never echoed back: it may hold a password.
pub fn database_url(raw: &str) -> Result<String, ConfigError> {
    const SETTING: &str = "HOLDSPACE_DATABASE_URL (--database-url)";
    let value = raw.trim();
    if let Some(path) = value.strip_prefix("sqlite://").or_else(|| value.strip_prefix("sqlite:")) {
        let file = path.split('?').next().unwrap_or("");
        if file.is_empty() || file.contains(":memory:") {
            return Err(bad(
                SETTING,
                "expected a file such as sqlite://holdspace.db (an in-memory database would lose everything)",
            ));
        }
        return Ok(value.to_string());
    }
    if value.starts_with("postgres://") || value.starts_with("postgresql://") {
        return match url::Url::parse(value) {
            Ok(parsed) if parsed.host_str().is_some_and(|h| !h.is_empty()) => Ok(value.to_string()),
            _ => Err(bad(SETTING, "expected postgres://USER@HOST:PORT/DATABASE")),
        };
    }
    let scheme = value.split(':').next().unwrap_or("");
    Err(bad(
        SETTING,
        format!("expected sqlite://PATH or postgres://USER@HOST:PORT/DATABASE, not a \"{scheme}:\" address"),
    ))
}

/// Checks the address to listen on.
pub fn bind(raw: &str) -> Result<SocketAddr, ConfigError> {
    SocketAddr::from_str(raw.trim()).map_err(|_| {
        bad("HOLDSPACE_BIND (--bind)", format!("expected an IP address and port such as 127.0.0.1:8080, got \"{raw}\""))
    })
}

/// Checks the address of the bus (NATS) that instances share rooms over.
pub fn bus_url(raw: &str) -> Result<String, ConfigError> {
    const SETTING: &str = "HOLDSPACE_BUS_URL (--bus-url)";
    let value = raw.trim();
    match url::Url::parse(value) {
        Ok(parsed) if matches!(parsed.scheme(), "nats" | "tls") && parsed.host_str().is_some_and(|h| !h.is_empty()) => {
            Ok(value.to_string())
        }
        _ => Err(bad(SETTING, format!("expected a NATS address such as nats://127.0.0.1:4222, got \"{value}\""))),
    }
}

/// The address people use to reach the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl {
    /// `scheme://host[:port]`, no trailing slash.
    pub origin: String,
    /// Cookies are marked `Secure` when this is true (https).
    pub secure: bool,
}

/// Checks the public URL (`https://circles.example.org`).
pub fn public_url(raw: &str) -> Result<PublicUrl, ConfigError> {
    const SETTING: &str = "HOLDSPACE_PUBLIC_URL (--public-url)";
    let expected =
        |got: &str| bad(SETTING, format!("expected an address such as https://circles.example.org, got \"{got}\""));
    let parsed = url::Url::parse(raw.trim()).map_err(|_| expected(raw))?;
    let secure = match parsed.scheme() {
        "https" => true,
        "http" => false,
        _ => return Err(expected(raw)),
    };
    if parsed.host_str().is_none_or(str::is_empty) || parsed.path() != "/" || parsed.query().is_some() {
        return Err(bad(SETTING, format!("expected just scheme, host and port (no path), got \"{raw}\"")));
    }
    Ok(PublicUrl { origin: parsed.origin().ascii_serialization(), secure })
}

/// Checks the log level.
pub fn log_level(raw: &str) -> Result<LevelFilter, ConfigError> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "off" => Ok(LevelFilter::OFF),
        "error" => Ok(LevelFilter::ERROR),
        "warn" => Ok(LevelFilter::WARN),
        "info" => Ok(LevelFilter::INFO),
        "debug" => Ok(LevelFilter::DEBUG),
        "trace" => Ok(LevelFilter::TRACE),
        _ => {
            Err(bad("HOLDSPACE_LOG (--log)", format!("expected error, warn, info, debug, trace or off, got \"{raw}\"")))
        }
    }
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// Checks the log format.
pub fn log_format(raw: &str) -> Result<LogFormat, ConfigError> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "text" => Ok(LogFormat::Text),
        "json" => Ok(LogFormat::Json),
        _ => Err(bad("HOLDSPACE_LOG_FORMAT (--log-format)", format!("expected text or json, got \"{raw}\""))),
    }
}

/// Checks the size of the database pool.
pub fn max_connections(raw: &str) -> Result<u32, ConfigError> {
    match raw.trim().parse::<u32>() {
        Ok(n) if (1..=1000).contains(&n) => Ok(n),
        _ => Err(bad(
            "HOLDSPACE_DATABASE_MAX_CONNECTIONS (--database-max-connections)",
            format!("expected a whole number from 1 to 1000, got \"{raw}\""),
        )),
    }
}

/// Checks the cap on connections open at once from one client address
/// (0 turns it off, e.g. for a load test from this machine).
pub fn connections_per_address(raw: &str) -> Result<usize, ConfigError> {
    raw.trim().parse::<usize>().ok().filter(|n| *n <= 100_000).ok_or_else(|| {
        bad(
            "HOLDSPACE_CONNECTIONS_PER_ADDRESS (--connections-per-address)",
            format!("expected a whole number (0 for no limit), got \"{raw}\""),
        )
    })
}

/// Checks a yes/no setting.
pub fn flag(setting: &'static str, raw: &str) -> Result<bool, ConfigError> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "" | "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(bad(setting, format!("expected true or false, got \"{raw}\""))),
    }
}

/// Where to send email, and from whom.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    /// `smtp://`, `smtps://` URL as lettre understands it; may hold a password.
    pub url: String,
    /// The sender, e.g. `Holdspace <no-reply@example.org>`.
    pub from: String,
}

impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSettings").field("from", &self.from).finish_non_exhaustive()
    }
}

/// Checks the mail settings: none, or a server and a sender. Mail needs the
/// public URL: its links must lead to the real site, never to an address
/// taken from a request's `Host` or to this machine's loopback.
pub fn smtp(
    url: Option<&str>,
    from: Option<&str>,
    public: Option<&PublicUrl>,
) -> Result<Option<SmtpSettings>, ConfigError> {
    let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
        return Err(bad(
            "HOLDSPACE_SMTP_URL (--smtp-url)",
            "expected smtp://USER:PASSWORD@HOST:PORT (add ?tls=required for STARTTLS) or smtps://…",
        ));
    }
    crate::mail::check_url(url).map_err(|problem| bad("HOLDSPACE_SMTP_URL (--smtp-url)", problem))?;
    let Some(public) = public else {
        return Err(bad(
            "HOLDSPACE_PUBLIC_URL (--public-url)",
            "required with HOLDSPACE_SMTP_URL, so emailed links lead to the real site (e.g. https://circles.example.org)",
        ));
    };
    let host = url::Url::parse(&public.origin).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default();
    let from = from.map(str::trim).filter(|f| !f.is_empty()).map(str::to_string).unwrap_or_else(|| {
        let domain = if host.contains('.') { host.clone() } else { "localhost.localdomain".into() };
        format!("Holdspace <no-reply@{domain}>")
    });
    if !crate::mail::is_valid_sender(&from) {
        return Err(bad(
            "HOLDSPACE_MAIL_FROM (--mail-from)",
            format!("expected a sender such as Holdspace <no-reply@example.org>, got \"{from}\""),
        ));
    }
    Ok(Some(SmtpSettings { url: url.to_string(), from }))
}

/// Where Holdspace finds Janus, the media server that carries voice meets,
/// and what browsers need to reach it.
#[derive(Clone, PartialEq, Eq)]
pub struct MediaSettings {
    /// Janus's HTTP API, e.g. `http://127.0.0.1:8088/janus`: loopback or a
    /// private network; browsers never talk to it (Holdspace relays).
    pub url: url::Url,
    /// Janus's `api_secret` and AudioBridge `admin_key`; each call room's
    /// secret is derived from it.
    pub secret: String,
    /// TURN (or STUN) servers offered to browsers, for people behind strict NATs.
    pub turn_urls: Vec<String>,
    pub turn_username: String,
    pub turn_password: String,
}

impl std::fmt::Debug for MediaSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MediaSettings").field("url", &self.url.as_str()).field("turn_urls", &self.turn_urls).finish()
    }
}

/// Checks the media server settings: none (no voice meets), or Janus's API
/// URL with its secret, and any TURN servers.
pub fn media(
    url: Option<&str>,
    secret: Option<&str>,
    turn_urls: Option<&str>,
    turn_username: Option<&str>,
    turn_password: Option<&str>,
) -> Result<Option<MediaSettings>, ConfigError> {
    const URL: &str = "HOLDSPACE_MEDIA_URL (--media-url)";
    const SECRET: &str = "HOLDSPACE_MEDIA_SECRET (--media-secret)";
    const TURN: &str = "HOLDSPACE_TURN_URLS (--turn-urls)";
    let Some(raw) = url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    let expected = || bad(URL, format!("expected Janus's HTTP API such as http://127.0.0.1:8088/janus, got \"{raw}\""));
    let url = url::Url::parse(raw).map_err(|_| expected())?;
    if url.scheme() != "http" || url.host_str().is_none_or(str::is_empty) || url.query().is_some() {
        return Err(expected());
    }
    let secret = secret.map(str::trim).unwrap_or_default();
    if secret.len() < 16 || !secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(bad(SECRET, "expected 16 or more letters, digits, - or _ (the secret scripts/janus was given)"));
    }
    let turn_urls: Vec<String> =
        turn_urls.unwrap_or_default().split(',').map(str::trim).filter(|u| !u.is_empty()).map(str::to_string).collect();
    if let Some(wrong) = turn_urls.iter().find(|u| !["turn:", "turns:", "stun:"].iter().any(|s| u.starts_with(s))) {
        return Err(bad(
            TURN,
            format!("expected turn:HOST:PORT, turns:… or stun:… separated by commas, got \"{wrong}\""),
        ));
    }
    Ok(Some(MediaSettings {
        url,
        secret: secret.to_string(),
        turn_urls,
        turn_username: turn_username.unwrap_or_default().trim().to_string(),
        turn_password: turn_password.unwrap_or_default().trim().to_string(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_urls() {
        assert!(database_url("sqlite://holdspace.db").is_ok());
        assert!(database_url("sqlite:data/h.db?mode=rwc").is_ok());
        assert!(database_url("postgres://holdspace@127.0.0.1:5432/holdspace").is_ok());
        let err = database_url("mysql://root:secret@db/x").unwrap_err();
        assert!(err.to_string().starts_with("HOLDSPACE_DATABASE_URL (--database-url): "));
        assert!(!err.to_string().contains("secret"), "never echo a password");
        assert!(database_url("sqlite://:memory:").is_err());
    }

    #[test]
    fn bind_addresses() {
        assert_eq!(bind("127.0.0.1:8080").unwrap().port(), 8080);
        assert!(bind("[::1]:80").is_ok());
        assert_eq!(bind("localhost").unwrap_err().setting, "HOLDSPACE_BIND (--bind)");
    }

    #[test]
    fn public_urls() {
        assert_eq!(
            public_url("https://circles.example.org/").unwrap(),
            PublicUrl { origin: "https://circles.example.org".into(), secure: true }
        );
        assert!(!public_url("http://127.0.0.1:8080").unwrap().secure);
        assert!(public_url("ftp://example.org").is_err());
        assert!(public_url("https://example.org/holdspace").is_err());
        assert!(public_url("example.org").is_err());
    }

    #[test]
    fn levels_formats_and_flags() {
        assert_eq!(log_level("DEBUG"), Ok(LevelFilter::DEBUG));
        assert!(log_level("loud").is_err());
        assert_eq!(log_format("json"), Ok(LogFormat::Json));
        assert!(log_format("xml").is_err());
        assert_eq!(flag("X", "yes"), Ok(true));
        assert!(flag("X", "maybe").is_err());
        assert!(max_connections("0").is_err());
        assert_eq!(connections_per_address("64"), Ok(64));
        assert_eq!(connections_per_address("0"), Ok(0));
        assert!(connections_per_address("many").is_err());
        assert_eq!(max_connections("20"), Ok(20));
    }

    #[test]
    fn smtp_settings() {
        let public = public_url("https://circles.example.org").unwrap();
        let public = Some(&public);
        assert_eq!(smtp(None, None, public), Ok(None));
        let s = smtp(Some("smtp://127.0.0.1:2525"), None, public).unwrap().unwrap();
        assert_eq!(s.from, "Holdspace <no-reply@circles.example.org>");
        assert!(smtp(Some("http://mail"), None, public).is_err());
        assert!(smtp(Some("smtp://127.0.0.1:2525"), Some("not an address"), public).is_err());
    }

    #[test]
    fn mail_needs_a_public_url() {
        assert_eq!(smtp(None, None, None), Ok(None), "no mail, no need");
        let refused = smtp(Some("smtp://127.0.0.1:2525"), None, None).unwrap_err();
        assert_eq!(refused.setting, "HOLDSPACE_PUBLIC_URL (--public-url)");
    }

    #[test]
    fn media_settings() {
        assert_eq!(media(None, None, None, None, None), Ok(None), "no media server, no voice meets");
        let secret = Some("a-secret-of-20-chars");
        let m = media(
            Some("http://127.0.0.1:8088/janus"),
            secret,
            Some("turn:turn.example.org:3478, stun:x:3478"),
            None,
            None,
        )
        .unwrap()
        .unwrap();
        assert_eq!(m.turn_urls, vec!["turn:turn.example.org:3478", "stun:x:3478"]);
        assert!(!format!("{m:?}").contains("a-secret"), "never printed");
        assert_eq!(
            media(Some("ws://127.0.0.1:8188"), secret, None, None, None).unwrap_err().setting,
            "HOLDSPACE_MEDIA_URL (--media-url)"
        );
        assert_eq!(
            media(Some("http://127.0.0.1:8088/janus"), Some("short"), None, None, None).unwrap_err().setting,
            "HOLDSPACE_MEDIA_SECRET (--media-secret)"
        );
        assert!(media(Some("http://127.0.0.1:8088/janus"), secret, Some("https://turn"), None, None).is_err());
    }
}
