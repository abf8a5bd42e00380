//! Outgoing email: password-reset links and notices. Addresses, links and
//! contents never reach the logs.

use lettre::message::Mailbox;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::SmtpSettings;
use crate::domain::member::Email;
use crate::i18n::Tr;

/// Sends mail through the configured SMTP server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// Checks that lettre understands an SMTP URL; the problem, in words, if not.
pub fn check_url(url: &str) -> Result<(), String> {
    AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map(|_| ()).map_err(|_| {
        "expected smtp://USER:PASSWORD@HOST:PORT (add ?tls=required for STARTTLS) or smtps://…".to_string()
    })
}

/// Whether `from` is a usable sender such as `Holdspace <no-reply@example.org>`.
pub fn is_valid_sender(from: &str) -> bool {
    from.parse::<Mailbox>().is_ok()
}

impl Mailer {
    /// Builds a mailer from checked settings.
    pub fn new(settings: &SmtpSettings) -> Option<Mailer> {
        let timeout = std::time::Duration::from_secs(crate::domain::notice::SEND_TIMEOUT_SECS);
        let transport =
            AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.url).ok()?.timeout(Some(timeout)).build();
        let from = settings.from.parse().ok()?;
        Some(Mailer { transport, from })
    }

    /// Sends a password-reset link for `alias`'s account with the
    /// organisation `org` to `to`, in the member's language.
    pub async fn send_reset_link(&self, tr: &Tr, to: &Email, org: &str, alias: &str, link: &str) -> Result<(), String> {
        let to: Mailbox = to.as_str().parse().map_err(|_| "recipient address is malformed".to_string())?;
        let body = tr.args(
            crate::i18n::msg("reset-email-body"),
            &[("alias", alias.to_string().into()), ("org", org.to_string().into()), ("link", link.to_string().into())],
        );
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(tr.get("reset-email-subject"))
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| format!("could not build the message: {e}"))?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| describe(&e))
    }
}

impl Mailer {
    /// Sends a notice with RFC 8058 one-click unsubscribe headers: mail
    /// programs offer "unsubscribe", which posts to `unsubscribe` directly.
    pub async fn send_notice(&self, to: &str, subject: &str, body: String, unsubscribe: &str) -> Result<(), String> {
        let to: Mailbox = to.parse().map_err(|_| "recipient address is malformed".to_string())?;
        let header = |name: &'static str, value: String| HeaderValue::new(HeaderName::new_from_ascii_str(name), value);
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .raw_header(header("List-Unsubscribe", format!("<{unsubscribe}>")))
            .raw_header(header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click".into()))
            .body(body)
            .map_err(|e| format!("could not build the message: {e}"))?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| describe(&e))
    }
}

/// Describes an SMTP failure without the server's own words, which often
/// quote the recipient's address.
fn describe(error: &lettre::transport::smtp::Error) -> String {
    let kind = if error.is_permanent() {
        "refused permanently"
    } else if error.is_transient() {
        "refused for now"
    } else if error.is_timeout() {
        "timed out"
    } else if error.is_tls() {
        "TLS failed"
    } else {
        "could not be reached or failed"
    };
    match error.status() {
        Some(code) => format!("SMTP server {kind} (reply {code})"),
        None => format!("SMTP server {kind}"),
    }
}
