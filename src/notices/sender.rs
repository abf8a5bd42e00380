//! The sender: every few seconds (and at once when this instance wrote to
//! the outbox) it writes the reminders now due, then claims due emails and
//! sends them, one at a time. Failures wait longer each time; an email is
//! marked sent only after the SMTP server accepted it.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::words;
use crate::auth::signing::SigningKey;
use crate::domain::notice::{self, Event, Kind};
use crate::i18n::I18n;
use crate::mail::Mailer;
use crate::services;
use crate::store::notices::{Claimed, MailJob};
use crate::store::{Store, StoreError};

/// How often the outbox is looked at when nothing nudges this instance.
const LOOK_EVERY: Duration = Duration::from_secs(5);
/// How often due reminders are written.
const REMINDERS_EVERY_SECS: i64 = 60;
/// Emails claimed at once: small, so several instances share the work.
const CLAIM_AT_ONCE: i64 = 5;
/// What an unsubscribe link's signature is for.
pub const UNSUBSCRIBE_PURPOSE: &str = "unsubscribe";

/// What the sender needs.
pub struct Sender {
    pub store: Store,
    /// Without SMTP settings, notices stay on "My meets" and nothing is sent.
    pub mailer: Option<Mailer>,
    pub i18n: Arc<I18n>,
    pub signing: SigningKey,
    /// The site's public address, the start of every link in an email.
    pub base_url: String,
}

/// The one-click unsubscribe address for a person and a kind of email.
pub fn unsubscribe_url(signing: &SigningKey, base_url: &str, member_id: i64, kind: Kind) -> String {
    let token = signing.sign(UNSUBSCRIBE_PURPOSE, &notice::unsubscribe_message(member_id, kind));
    format!("{base_url}/unsubscribe/{token}")
}

impl Sender {
    /// Runs until `stopped` turns true.
    pub async fn run(self, mut stopped: watch::Receiver<bool>) {
        if let Err(error) = self.store.release_outbox_leases().await {
            tracing::warn!(%error, "could not release the outbox's leases");
        }
        let mut tick = tokio::time::interval(LOOK_EVERY);
        let mut reminders_at = 0;
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = self.store.outbox_nudged() => {}
                _ = stopped.wait_for(|s| *s) => return,
            }
            let now = services::now();
            if now >= reminders_at {
                reminders_at = now + REMINDERS_EVERY_SECS;
                match self.store.write_due_reminders(now).await {
                    Ok(0) => {}
                    Ok(written) => tracing::info!(written, "wrote reminders"),
                    Err(error) => tracing::warn!(%error, "could not write reminders"),
                }
            }
            if let Err(error) = self.send_due().await {
                tracing::warn!(%error, "could not read the outbox");
            }
        }
    }

    /// Sends every email due now.
    async fn send_due(&self) -> Result<(), StoreError> {
        let Some(mailer) = &self.mailer else { return Ok(()) };
        loop {
            let claimed = self.store.claim_outbox(services::now(), CLAIM_AT_ONCE).await?;
            if claimed.is_empty() {
                return Ok(());
            }
            for row in claimed {
                self.send_one(mailer, row).await?;
            }
        }
    }

    async fn send_one(&self, mailer: &Mailer, row: Claimed) -> Result<(), StoreError> {
        let now = services::now();
        let job = self.store.mail_job(row.notice_id).await?;
        let Some((job, to)) = job.filter(|j| still_wanted(j, now)).and_then(|j| j.email.clone().map(|to| (j, to)))
        else {
            return self.store.finish_outbox(row.notice_id, false, now).await;
        };
        let tr = self.i18n.translator(&job.language);
        let zone = job.time_zone.as_deref().and_then(|z| z.parse().ok());
        let kind = job.notice.event.kind();
        let unsubscribe = unsubscribe_url(&self.signing, &self.base_url, job.member_id, kind);
        let subject = words::subject(&tr, &job);
        let body = words::body(&tr, &job, zone, &self.base_url, &unsubscribe);
        match mailer.send_notice(&to, &subject, body, &unsubscribe).await {
            Ok(()) => self.store.finish_outbox(row.notice_id, true, services::now()).await,
            Err(error) if row.attempts >= notice::MAX_ATTEMPTS => {
                tracing::warn!(notice = row.notice_id, attempts = row.attempts, %error, "gave up emailing a notice");
                self.store.finish_outbox(row.notice_id, false, services::now()).await
            }
            Err(error) => {
                let wait = notice::backoff_secs(row.attempts);
                tracing::info!(notice = row.notice_id, attempts = row.attempts, wait, %error, "will email a notice again");
                self.store.retry_outbox(row.notice_id, services::now() + wait).await
            }
        }
    }
}

/// Whether an email still makes sense: the person still wants this kind by
/// email and has an address, and a reminder's meet has not begun.
fn still_wanted(job: &MailJob, now: i64) -> bool {
    let reminder = matches!(job.notice.event, Event::DayBefore | Event::HourBefore);
    let begun = job.notice.meet_starts_at.is_some_and(|at| at <= now);
    job.wants_email && job.email.as_deref().is_some_and(|e| !e.is_empty()) && !(reminder && begun)
}
