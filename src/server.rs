//! Starting and stopping the web server.

use std::net::SocketAddr;
use std::time::Duration;

use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use tokio_util::task::TaskTracker;

use crate::config::{MediaSettings, SmtpSettings};
use crate::domain::room::Effect;
use crate::domain::safety::Detector;
use crate::domain::session;
use crate::mail::Mailer;
use crate::media::Media;
use crate::notices::sender::Sender;
use crate::room::{Cluster, ClusterBus, ClusterError, EFFECTS_QUEUE, InProcessBus, Rooms};
use crate::services;
use crate::store::rooms::Removed;
use crate::store::{Store, StoreError};
use crate::web::listener::{self, ConnectionLimits};
use crate::web::{self, AppState, WebSettings};

/// How long in-flight requests get to finish after a stop signal.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);
/// How often expired sessions are swept away and series extended.
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(60 * 60);

/// What the server needs beyond the store.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub bind: SocketAddr,
    pub web: WebSettings,
    pub smtp: Option<SmtpSettings>,
    pub connections: ConnectionLimits,
    /// Janus, for voice meets; none means text rooms only.
    pub media: Option<MediaSettings>,
    /// How rooms read messages for the safety net.
    pub safety: Detector,
    /// NATS, to share rooms with the other instances on one database; none
    /// means every room lives on this instance alone.
    pub bus_url: Option<String>,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("cannot read start-up settings from the database: {0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Bus(#[from] ClusterError),
}

/// A server that is running; dropping it does not stop it, `stop` does.
pub struct Running {
    /// The address actually bound (useful with port 0).
    pub local_addr: SocketAddr,
    stop: watch::Sender<bool>,
    served: JoinHandle<std::io::Result<()>>,
    chores: JoinHandle<()>,
    /// Writes reminders and sends the outbox's emails.
    sender: JoinHandle<()>,
    rooms: Arc<Rooms>,
    /// The task storing what rooms leave behind.
    writer: TaskTracker,
}

/// Binds and starts serving in the background.
pub async fn start(store: Store, config: ServerConfig) -> Result<Running, StartError> {
    let mailer = config.smtp.as_ref().and_then(Mailer::new);
    end_meets_left_live(&store).await?;
    let (effects, effects_inbox) = mpsc::channel(EFFECTS_QUEUE);
    let rooms = match &config.bus_url {
        None => Arc::new(Rooms::new(Arc::new(InProcessBus::default()), effects).reading_with(config.safety.clone())),
        Some(url) => {
            let cluster = Cluster::connect(url).await?;
            let bus = Arc::new(ClusterBus::new(Arc::clone(&cluster)));
            Rooms::new(bus, effects).reading_with(config.safety.clone()).shared(cluster)
        }
    };
    let writer = TaskTracker::new();
    writer.spawn(store_room_effects(store.clone(), effects_inbox));
    writer.close();
    let listener =
        TcpListener::bind(config.bind).await.map_err(|source| StartError::Bind { addr: config.bind, source })?;
    let local_addr = listener.local_addr().map_err(|source| StartError::Bind { addr: config.bind, source })?;
    let web = config.web.clone().served_at(local_addr);
    let media = config.media.as_ref().map(|settings| Arc::new(Media::new(settings)));
    let state = AppState::new(store.clone(), web, mailer, Arc::clone(&rooms), media).await?;
    let (stop, mut stopped) = watch::channel(false);
    // Listening before the first request, so no change made from then on goes unheard.
    if let Some(changes) = store.org_changes().await? {
        tokio::spawn(state.clone().follow_org_changes(changes, stopped.clone()));
    }
    let sender = Sender {
        store: store.clone(),
        mailer: state.mailer.clone(),
        i18n: Arc::clone(&state.i18n),
        signing: state.signing.clone(),
        base_url: state.settings.base_url().to_string(),
    };
    let sender = tokio::spawn(sender.run(stopped.clone()));
    let app = web::router(state);
    let served =
        tokio::spawn(listener::serve(listener, app, config.connections, config.web.trust_proxy, stopped.clone()));
    let chores = tokio::spawn(async move {
        let mut tick = tokio::time::interval(HOUSEKEEPING_EVERY);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = stopped.wait_for(|s| *s) => return,
            }
            housekeeping(&store).await;
        }
    });
    tracing::info!(%local_addr, "listening");
    Ok(Running { local_addr, stop, served, chores, sender, rooms, writer })
}

/// Hourly chores (and once at start): forget expired sessions and reset
/// links, create the meets that have come within the horizon, end
/// meets left live by a room that failed (or an instance that died) once
/// their room would have closed, forget past meets' guest passes and
/// rested rate-limit allowances, and delete safety alerts and debriefs
/// older than the organisation keeps them, the words of reports, removals
/// and decisions past their period, and notices older than they are kept.
async fn housekeeping(store: &Store) {
    let now = services::now();
    let purged = store.purge_expired(now - session::IDLE_TIMEOUT_SECS, now - session::ABSOLUTE_TIMEOUT_SECS, now).await;
    if let Err(error) = purged {
        tracing::warn!(%error, "could not purge expired sessions");
    }
    match services::schedule::extend_all(store, chrono::Utc::now()).await {
        Ok(0) => {}
        Ok(created) => tracing::info!(created, "created meets within the horizon"),
        Err(error) => tracing::warn!(%error, "could not extend series"),
    }
    if let Err(error) = end_meets_left_live(store).await {
        tracing::warn!(%error, "could not end meets left live");
    }
    match store.forget_old_notices(now - crate::domain::notice::KEPT_DAYS * 24 * 60 * 60).await {
        Ok(0) => {}
        Ok(deleted) => tracing::info!(deleted, "deleted notices past the time they are kept"),
        Err(error) => tracing::warn!(%error, "could not delete old notices"),
    }
    // A guest's pass ends an hour after the meet; a day on, nothing needs to know it.
    match store.forget_guest_passes(now - 24 * 3600).await {
        Ok(0) => {}
        Ok(forgotten) => tracing::info!(forgotten, "forgot guest passes of past meets"),
        Err(error) => tracing::warn!(%error, "could not forget guest passes"),
    }
    match store.forget_rested_allowances(services::now_ms()).await {
        Ok(0) => {}
        Ok(forgotten) => tracing::info!(forgotten, "forgot rested rate-limit allowances"),
        Err(error) => tracing::warn!(%error, "could not forget rested rate-limit allowances"),
    }
    match store.forget_old_alerts(now).await {
        Ok(0) => {}
        Ok(deleted) => tracing::info!(deleted, "deleted safety alerts past the organisation's retention period"),
        Err(error) => tracing::warn!(%error, "could not delete old safety alerts"),
    }
    match store.forget_old_debriefs(now).await {
        Ok(0) => {}
        Ok(deleted) => tracing::info!(deleted, "deleted debriefs past the organisation's keeping period"),
        Err(error) => tracing::warn!(%error, "could not delete old debriefs"),
    }
    match store.forget_moderation_words(now).await {
        Ok(0) => {}
        Ok(forgotten) => tracing::info!(forgotten, "deleted report and removal words past the organisation's period"),
        Err(error) => tracing::warn!(%error, "could not delete old report and removal words"),
    }
}

/// Ends the meets left `live` (a server stopped, or a room failed, without
/// ending them) whose room would have closed itself by now. Only those: with
/// several instances on one database, a meet still within its room's time
/// may be live on another instance, and its room closes itself anyway.
async fn end_meets_left_live(store: &Store) -> Result<(), StoreError> {
    let ended = store.end_meets_left_live(services::now()).await?;
    if ended > 0 {
        tracing::info!(ended, "ended meets left live past their room's closing time");
    }
    Ok(())
}

/// Stores what rooms leave behind, away from the message path, until every
/// room has finished and the channel closes.
async fn store_room_effects(store: Store, mut inbox: mpsc::Receiver<(i64, Effect)>) {
    while let Some((meet_id, effect)) = inbox.recv().await {
        let result = match effect {
            Effect::Removed { key, alias, reason, by } => {
                store.record_removal(meet_id, &Removed::from_key(&key), &alias, &reason, &by, services::now()).await
            }
            Effect::Ended { attended } => store.end_meet(meet_id, &attended).await,
            Effect::Safety(record) => store.record_safety(meet_id, &record, services::now()).await,
            // Nothing of a call is stored (rooms do not even send it here).
            Effect::CallMuted { .. } => Ok(()),
        };
        if let Err(error) = result {
            tracing::error!(%error, meet = meet_id, "could not store what a room left behind");
        }
    }
}

impl Running {
    /// Ends every room, stores what they left behind, then stops accepting
    /// connections and waits (up to a limit) for requests under way to
    /// finish. The store can be closed once this returns.
    pub async fn stop(self) {
        // Rooms end first: people see the meet close, and what was said is
        // wiped. Once every room task has finished, the writer has all that
        // must be stored ("meet ended", attendance, removals) and stops when
        // it has stored it.
        self.rooms.stop().await;
        self.writer.wait().await;
        let _ = self.stop.send(true);
        match tokio::time::timeout(DRAIN_TIMEOUT, self.served).await {
            Ok(Ok(Ok(()))) => tracing::info!("stopped cleanly"),
            Ok(Ok(Err(error))) => tracing::warn!(%error, "server stopped with an error"),
            Ok(Err(error)) => tracing::warn!(%error, "server task failed"),
            Err(_) => tracing::warn!("requests still running after the drain time; stopping anyway"),
        }
        self.chores.abort();
        // An email under way when this stops is sent again by whoever
        // claims it after its lease: at most once more, never lost.
        self.sender.abort();
    }
}

/// Resolves when the process is asked to stop (SIGTERM or Ctrl-C).
pub async fn stop_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(term) => term,
            Err(_) => {
                let _ = ctrl_c.await;
                return;
            }
        };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
