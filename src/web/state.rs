//! What every handler can reach.

use std::ops::Deref;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::RwLock;

use super::directory::Directory;
use crate::auth::limits::Limits;
use crate::auth::signing::SigningKey;
use crate::config::PublicUrl;
use crate::i18n::I18n;
use crate::mail::Mailer;
use crate::media::Media;
use crate::room::Rooms;
use crate::store::org_changes::{Heard, OrgChanges};
use crate::store::settings::OrgSettings;
use crate::store::{Store, StoreResult};

/// How long organisation settings are cached. On PostgreSQL every instance
/// hears of a change at once (see [`AppState::follow_org_changes`]); this
/// is how late one may be when it missed the news.
const ORG_CACHE_SECS: u64 = 30;

/// Settings of the web server, checked at start-up.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// The address people use to reach the site: configured, or (once the
    /// server listens) `http://` and the address it listens on. Every
    /// absolute URL the site writes (mail, calendars, the API) starts with
    /// it, never with a request's `Host`.
    pub public_url: Option<PublicUrl>,
    /// The public URL was not configured but taken from the listening
    /// address; a form's or socket's `Origin` may then also match the
    /// request's own `Host` (`localhost` for `127.0.0.1`, say). That is only
    /// a check, never used to build a URL.
    pub public_url_derived: bool,
    /// Take the client address from `X-Forwarded-For` (behind a proxy).
    pub trust_proxy: bool,
    /// Offer the development pseudo-locale `en-XA`.
    pub pseudo_locale: bool,
}

impl WebSettings {
    /// Settings as configured; the public URL, if not given, is set by [`WebSettings::served_at`].
    pub fn new(public_url: Option<PublicUrl>, trust_proxy: bool) -> WebSettings {
        WebSettings { public_url, public_url_derived: false, trust_proxy, pseudo_locale: false }
    }

    /// Offers the pseudo-locale (for development) when `on`.
    pub fn with_pseudo_locale(mut self, on: bool) -> WebSettings {
        self.pseudo_locale = on;
        self
    }

    /// Fills in the public URL from the address the server listens on, when
    /// none was configured (a local demo).
    pub fn served_at(mut self, local: std::net::SocketAddr) -> WebSettings {
        if self.public_url.is_none() {
            self.public_url = Some(PublicUrl { origin: format!("http://{local}"), secure: false });
            self.public_url_derived = true;
        }
        self
    }

    /// The site's own address, for links in calendars, emails and the API.
    pub fn base_url(&self) -> &str {
        self.public_url.as_ref().map(|u| u.origin.as_str()).unwrap_or("http://localhost")
    }

    /// Whether cookies must be marked `Secure`.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.as_ref().is_some_and(|u| u.secure)
    }
}

/// The parts of the application state.
pub struct Inner {
    pub store: Store,
    pub i18n: Arc<I18n>,
    pub signing: SigningKey,
    pub settings: WebSettings,
    pub limits: Limits,
    pub mailer: Option<Mailer>,
    /// The circles directory, kept in memory.
    pub directory: Directory,
    /// The live rooms open on this instance.
    pub rooms: Arc<Rooms>,
    /// The media server for voice meets, if the site has one.
    pub media: Option<Arc<Media>>,
    org: RwLock<(Instant, Arc<OrgSettings>)>,
}

/// Shared state, cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// Builds the state, reading the CSRF key and settings from the store.
    pub async fn new(
        store: Store,
        settings: WebSettings,
        mailer: Option<Mailer>,
        rooms: Arc<Rooms>,
        media: Option<Arc<Media>>,
    ) -> StoreResult<AppState> {
        let signing = SigningKey::new(store.csrf_key().await?);
        let org = store.org_settings().await?;
        let directory = Directory::load(&store).await?;
        // Shared by every instance on PostgreSQL; one instance on SQLite counts in memory.
        let limits = match store.shared_counters() {
            Some(shared) => Limits::counted_by(Box::new(shared)),
            None => Limits::default(),
        };
        Ok(AppState(Arc::new(Inner {
            i18n: I18n::load_with_pseudo(settings.pseudo_locale),
            store,
            signing,
            settings,
            limits,
            mailer,
            directory,
            rooms,
            media,
            org: RwLock::new((Instant::now(), Arc::new(org))),
        })))
    }

    /// The organisation's settings, from a short-lived cache.
    pub async fn org(&self) -> Arc<OrgSettings> {
        {
            let cached = self.org.read().await;
            if cached.0.elapsed() < Duration::from_secs(ORG_CACHE_SECS) {
                return Arc::clone(&cached.1);
            }
        }
        self.refresh_org().await
    }

    /// Re-reads the settings now (after they were saved here).
    pub async fn refresh_org(&self) -> Arc<OrgSettings> {
        let mut cached = self.org.write().await;
        match self.store.org_settings().await {
            Ok(fresh) => *cached = (Instant::now(), Arc::new(fresh)),
            // Keep serving what we had; try again at the next expiry.
            Err(error) => {
                tracing::warn!(%error, "could not refresh organisation settings");
                cached.0 = Instant::now();
            }
        }
        Arc::clone(&cached.1)
    }

    /// Re-reads the settings whenever any instance announces a change (or
    /// the announcements were interrupted), until `stopped`.
    pub async fn follow_org_changes(self, mut changes: OrgChanges, mut stopped: tokio::sync::watch::Receiver<bool>) {
        loop {
            let heard = tokio::select! {
                heard = changes.next() => heard,
                _ = stopped.wait_for(|s| *s) => return,
            };
            if heard == Heard::MaybeMissed {
                tracing::info!("settings-change announcements were interrupted; re-reading the settings");
            }
            self.refresh_org().await;
        }
    }
}
