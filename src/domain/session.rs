//! How long a sign-in lasts.

/// A session ends after this long without use.
pub const IDLE_TIMEOUT_SECS: i64 = 7 * 24 * 3600;
/// A session ends this long after sign-in, however much it is used.
pub const ABSOLUTE_TIMEOUT_SECS: i64 = 30 * 24 * 3600;
/// "Last active" is written at most this often, to spare the database a
/// write on every page.
pub const TOUCH_AFTER_SECS: i64 = 5 * 60;

/// Whether a session created at `created_at` and last used at `last_seen_at`
/// is still valid at `now` (all Unix seconds).
pub fn is_live(created_at: i64, last_seen_at: i64, now: i64) -> bool {
    now - last_seen_at < IDLE_TIMEOUT_SECS && now - created_at < ABSOLUTE_TIMEOUT_SECS
}

/// Whether this request should refresh the session's "last active" time.
pub fn needs_touch(last_seen_at: i64, now: i64) -> bool {
    now - last_seen_at >= TOUCH_AFTER_SECS
}

/// A coarse label for the sessions list ("Firefox, Android"), enough for a
/// person to recognise their devices and no more; the full user agent is
/// never kept.
pub fn device_label(user_agent: &str) -> String {
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
        ("curl/", "curl"),
    ]
    .iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| *name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("CrOS", "ChromeOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| *name);
    match (browser, system) {
        (Some(b), Some(s)) => format!("{b}, {s}"),
        (Some(one), None) | (None, Some(one)) => one.to_string(),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_and_absolute_limits_both_apply() {
        let start = 1_000_000;
        assert!(is_live(start, start, start + 60));
        assert!(!is_live(start, start, start + IDLE_TIMEOUT_SECS));
        let busy_until = start + ABSOLUTE_TIMEOUT_SECS;
        assert!(!is_live(start, busy_until - 10, busy_until));
    }

    #[test]
    fn touches_only_after_the_interval() {
        assert!(!needs_touch(100, 100 + TOUCH_AFTER_SECS - 1));
        assert!(needs_touch(100, 100 + TOUCH_AFTER_SECS));
    }

    #[test]
    fn labels_common_browsers_coarsely() {
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
        assert_eq!(device_label(firefox), "Firefox, Linux");
        let chrome_android = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36";
        assert_eq!(device_label(chrome_android), "Chrome, Android");
        let safari_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Version/17.5 Mobile Safari/604.1";
        assert_eq!(device_label(safari_iphone), "Safari, iOS");
        assert_eq!(device_label(""), "");
    }
}
