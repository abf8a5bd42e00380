//! Notices and their emails, against a real SMTP server on loopback
//! (Python's aiosmtpd, started by each test): a cancelled meet tells every
//! person coming, each the way they chose and once; a server killed with
//! SIGKILL mid-send loses nothing; two instances on
//! one PostgreSQL never send the same email twice; reminders are written
//! once; unsubscribing works without signing in.

use std::io::BufRead;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use holdspace::domain::member::{Profile, ProfileInput, Roles};
use holdspace::domain::notice::{Channel, Event, Kind, LEASE_SECS};
use holdspace::services::{now, now_ms};
use reqwest::StatusCode;

use crate::cli::start_server_with;
use crate::helpers::{
    Backend, Client, TestApp, TestDb, member, random_suffix, smtp_settings, spawn_app, start_on, store_for, test_config,
};
use crate::on_both_databases;
use crate::rooms::circle_with_meet;

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

/// Receives mail on a loopback port and writes each message, decoded, as a
/// JSON line: recipients, subject, unsubscribe headers and plain body.
const SMTP_SERVER: &str = r#"
import email, email.policy, json, sys, threading
from aiosmtpd.controller import Controller
out = open(sys.argv[2], "a")
class Keep:
    async def handle_DATA(self, server, session, envelope):
        m = email.message_from_bytes(envelope.content, policy=email.policy.default)
        out.write(json.dumps({
            "to": envelope.rcpt_tos,
            "subject": str(m["subject"]),
            "list_unsubscribe": str(m.get("List-Unsubscribe", "")),
            "list_unsubscribe_post": str(m.get("List-Unsubscribe-Post", "")),
            "body": m.get_content(),
        }) + "\n")
        out.flush()
        return "250 OK"
controller = Controller(Keep(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
threading.Event().wait()
"#;

/// A real SMTP server (aiosmtpd), stopped when dropped.
struct SmtpServer {
    port: u16,
    child: Child,
    file: PathBuf,
}

/// A message as the SMTP server received it.
#[derive(Debug, serde::Deserialize)]
struct Mail {
    to: Vec<String>,
    subject: String,
    list_unsubscribe: String,
    list_unsubscribe_post: String,
    body: String,
}

/// A loopback port nothing listens on (yet).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl SmtpServer {
    fn start(port: u16) -> SmtpServer {
        let file = std::env::temp_dir().join(format!("holdspace-mail-{}.jsonl", random_suffix()));
        let mut child = Command::new("python3")
            .args(["-c", SMTP_SERVER, &port.to_string(), &file.display().to_string()])
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 with aiosmtpd (pip install aiosmtpd) is needed for the notice tests");
        let mut ready = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut ready).unwrap();
        assert_eq!(ready.trim(), "ready", "aiosmtpd did not start");
        SmtpServer { port, child, file }
    }

    fn received(&self) -> Vec<Mail> {
        let text = std::fs::read_to_string(&self.file).unwrap_or_default();
        text.lines().map(|line| serde_json::from_str(line).unwrap()).collect()
    }

    /// Waits (up to thirty seconds) for `count` messages.
    async fn wait_for(&self, count: usize) -> Vec<Mail> {
        for _ in 0..300 {
            if self.received().len() >= count {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.received()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.file);
    }
}

/// Waits (up to thirty seconds) until no email is left to send, so any
/// duplicate would already have been sent.
async fn outbox_done(db: &TestDb) {
    for _ in 0..300 {
        if number(db, "SELECT COUNT(*) FROM outbox WHERE finished_at IS NULL").await == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("emails still waiting after thirty seconds");
}

/// One number read straight from the database.
async fn number(db: &TestDb, sql: &str) -> i64 {
    match db.backend {
        Backend::Sqlite => {
            let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_one(&mut conn).await.unwrap()
        }
        Backend::Postgres => {
            let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_one(&mut conn).await.unwrap()
        }
    }
}

/// Gives a member an email address.
async fn give_email(app: &TestApp, id: i64, email: &str) {
    let input = ProfileInput { email, pronouns: "", language: "en", time_zone: "", lived_experience: "", country: "" };
    let profile = Profile::parse(&input).unwrap();
    app.store.update_profile(id, &profile).await.unwrap();
}

/// A person with a seat at the meet, an address, and this choice for changes.
async fn seated(app: &TestApp, circle: i64, meet: i64, alias: &str, changes: Channel) -> (Client, i64) {
    let (client, id) = member(app, alias, Roles::default()).await;
    let org = app.store.org_settings().await.unwrap().agreements_version;
    app.store.accept_agreements(id, circle, (org, 1), now()).await.unwrap();
    app.store.rsvp(meet, id, now_ms()).await.unwrap();
    give_email(app, id, &format!("{}@example.org", alias.to_lowercase())).await;
    app.store.set_notice_preferences(id, &[(Kind::Change, changes)], None).await.unwrap();
    (client, id)
}

async fn a_cancelled_meet_tells_everyone_coming_once_the_way_they_chose(backend: Backend) {
    let smtp = SmtpServer::start(free_port());
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let mut config = test_config();
    config.smtp = Some(smtp_settings(smtp.port));
    let app = start_on(db, store, config).await;
    let (circle, meet) = circle_with_meet(&app, "after-loss", false).await;
    let (ruth, ruth_id) = member(&app, "Ruth", FACILITATOR).await;
    app.store.add_facilitator(circle, ruth_id).await.unwrap();
    let (_, asha) = seated(&app, circle, meet, "Asha", Channel::Email).await;
    let (ben, _) = seated(&app, circle, meet, "Ben", Channel::App).await;
    let (cai, _) = seated(&app, circle, meet, "Cai", Channel::Off).await;
    let (_, dee) = seated(&app, circle, meet, "Dee", Channel::Email).await;

    ruth.get("/facilitate").await;
    let done = ruth.post(&format!("/meets/{meet}/cancel"), &[("note", "Ruth is unwell; see you next week")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);

    outbox_done(&app.db).await;
    let mut mails = smtp.received();
    mails.sort_by(|a, b| a.to.cmp(&b.to));
    let to: Vec<_> = mails.iter().map(|m| m.to.join(",")).collect();
    assert_eq!(to, ["asha@example.org", "dee@example.org"], "those who chose email, once each");
    for mail in &mails {
        assert_eq!(mail.subject, "A change to a meet", "the subject never names the circle by default");
        assert!(mail.body.contains("The meet of your circle on "), "{}", mail.body);
        assert!(!mail.body.contains("Circle after-loss"), "nor does the body, which inbox previews show");
        assert!(mail.body.contains("is cancelled."), "{}", mail.body);
        assert!(mail.body.contains("Ruth is unwell; see you next week"), "{}", mail.body);
        assert_eq!(mail.list_unsubscribe_post, "List-Unsubscribe=One-Click");
        assert!(mail.list_unsubscribe.starts_with(&format!("<{}", app.url("/unsubscribe/"))), "{mail:?}");
    }

    let listed = ben.get("/meets").await.body;
    assert!(listed.contains("is cancelled."), "on My meets for those who chose it: {listed}");
    assert!(listed.contains("Ruth is unwell; see you next week"));
    assert!(!cai.get("/meets").await.body.contains("is cancelled."), "not at all for those who turned changes off");
    assert!(
        app.store.notices_of(asha, 10).await.unwrap().iter().any(|n| n.event == Event::Cancelled),
        "email too means on My meets as well"
    );

    // One click in the mail program, with no session and no form token.
    let link = mails[1].list_unsubscribe.trim_matches(['<', '>']).to_string();
    let stranger = reqwest::Client::new();
    assert_eq!(stranger.get(&link).send().await.unwrap().status(), StatusCode::OK, "asks first on GET");
    let (chosen, _) = app.store.notice_preferences(dee).await.unwrap();
    assert!(chosen.contains(&(Kind::Change, Channel::Email)), "a GET (a link scanner) changes nothing");
    let posted = stranger.post(&link).body("List-Unsubscribe=One-Click").send().await.unwrap();
    assert_eq!(posted.status(), StatusCode::OK);
    let (chosen, _) = app.store.notice_preferences(dee).await.unwrap();
    assert!(chosen.contains(&(Kind::Change, Channel::App)), "emails stop; notices stay on My meets");
    let forged = link.replace(&format!("/{dee}:"), &format!("/{asha}:"));
    assert_eq!(stranger.post(&forged).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    app.stop().await;
}

async fn a_server_killed_mid_send_loses_nothing(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let seed = TestApp::seeding(store.clone());
    let (circle, meet) = circle_with_meet(&seed, "killed", false).await;
    let (_, ruth_id) = member(&seed, "Ruth", FACILITATOR).await;
    seed.store.add_facilitator(circle, ruth_id).await.unwrap();
    seated(&seed, circle, meet, "Asha", Channel::Email).await;
    let ruth_cookie = session_cookie(&seed, ruth_id).await;
    store.close().await;

    // An SMTP server that takes the connection and never answers: the
    // server is killed while it waits for the reply.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = silent.local_addr().unwrap().port();
    let holding = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            held.push(socket);
        }
    });
    let smtp_env = |command: &mut Command| {
        command
            .env("HOLDSPACE_SMTP_URL", format!("smtp://127.0.0.1:{port}"))
            .env("HOLDSPACE_PUBLIC_URL", "https://circles.example.org");
    };
    let (mut first, addr) = start_server_with(&db, "warn", smtp_env);
    let ruth = Client::with_cookie(addr, Some(&ruth_cookie));
    ruth.get("/facilitate").await;
    let done = ruth.post(&format!("/meets/{meet}/cancel"), &[("note", "Venue flooded")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "the change is acknowledged");
    for _ in 0..300 {
        if number(&db, "SELECT COUNT(*) FROM outbox WHERE attempts > 0").await > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(number(&db, "SELECT COUNT(*) FROM outbox WHERE attempts > 0").await, 1, "the send has begun");
    first.kill().unwrap();
    first.wait().unwrap();
    holding.abort();
    let _ = holding.await;

    // The mail server answers now; the restarted server sends the email
    // once the dead sender's lease ends (at once on SQLite, where no other
    // instance can hold it).
    let smtp = SmtpServer::start(port);
    let (mut second, _) = start_server_with(&db, "warn", smtp_env);
    let mut mails = smtp.received();
    for _ in 0..(LEASE_SECS * 2 * 10) {
        if !mails.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        mails = smtp.received();
    }
    let _ = second.kill();
    let _ = second.wait();
    assert_eq!(mails.len(), 1, "the notice being sent at the kill is sent after the restart");
    assert_eq!(mails[0].to, ["asha@example.org"]);
    assert!(mails[0].body.contains("Venue flooded"));
}

/// A session for a member, as the `hs_session` cookie.
async fn session_cookie(app: &TestApp, member: i64) -> String {
    let token = holdspace::auth::token::new_token();
    let hash = holdspace::auth::token::hash_token(&token);
    app.store.create_session(member, &hash, "test", now()).await.unwrap();
    format!("hs_session={token}")
}

/// Two instances on one PostgreSQL database, both sending: every email goes
/// out exactly once.
#[tokio::test]
async fn two_instances_never_send_the_same_email_twice() {
    let smtp = SmtpServer::start(free_port());
    let db = TestDb::new(Backend::Postgres).await;
    let seed = TestApp::seeding(store_for(&db).await);
    let (circle, meet) = circle_with_meet(&seed, "two-instances", false).await;
    let (_, ruth_id) = member(&seed, "Ruth", FACILITATOR).await;
    seed.store.add_facilitator(circle, ruth_id).await.unwrap();
    let people = 24;
    for n in 0..people {
        let (_, id) = seated(&seed, circle, meet, &format!("Person{n}"), Channel::Email).await;
        seed.store.set_notice_preferences(id, &[(Kind::Announcement, Channel::Email)], None).await.unwrap();
    }
    let ruth_cookie = session_cookie(&seed, ruth_id).await;
    let config = || {
        let mut config = test_config();
        config.smtp = Some(smtp_settings(smtp.port));
        config
    };
    let one = holdspace::server::start(store_for(&db).await, config()).await.unwrap();
    let two = holdspace::server::start(store_for(&db).await, config()).await.unwrap();

    // Each instance writes half the emails, so each is nudged to send at once
    // and then both keep claiming from the same outbox.
    let via_one = Client::with_cookie(one.local_addr, Some(&ruth_cookie));
    via_one.get("/facilitate").await;
    via_one.post("/circles/two-instances/announce", &[("note", "Running 10 minutes late")]).await;
    let via_two = Client::with_cookie(two.local_addr, Some(&ruth_cookie));
    via_two.get("/facilitate").await;
    via_two.post(&format!("/meets/{meet}/cancel"), &[("note", "Sorry, cancelled after all")]).await;

    outbox_done(&db).await;
    let mails = smtp.received();
    let mut seen: Vec<(String, String)> = mails.iter().map(|m| (m.to.join(","), m.subject.clone())).collect();
    seen.sort();
    let total = seen.len();
    seen.dedup();
    assert_eq!(total, seen.len(), "no email twice");
    assert_eq!(total, people * 2, "every email once");
    one.stop().await;
    two.stop().await;
}

async fn a_lease_that_ends_hands_an_unfinished_email_to_another_sender(backend: Backend) {
    let db = TestDb::new(backend).await;
    let app = TestApp::seeding(store_for(&db).await);
    let (circle, meet) = circle_with_meet(&app, "lease", false).await;
    seated(&app, circle, meet, "Asha", Channel::Email).await;
    app.store.cancel_meet(meet, "").await.unwrap();
    let t = now();
    let claimed = app.store.claim_outbox(t, 10).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert!(app.store.claim_outbox(t + 1, 10).await.unwrap().is_empty(), "held while its sender works");
    // The sender died mid-send: once the lease ends, another sends it (at most one duplicate).
    let again = app.store.claim_outbox(t + LEASE_SECS + 1, 10).await.unwrap();
    assert_eq!(again.iter().map(|c| (c.notice_id, c.attempts)).collect::<Vec<_>>(), [(claimed[0].notice_id, 2)]);
    app.store.finish_outbox(claimed[0].notice_id, true, t).await.unwrap();
    assert!(app.store.claim_outbox(t + 10 * LEASE_SECS, 10).await.unwrap().is_empty(), "sent is sent");
}

async fn reminders_are_written_once_for_each_seat_a_day_and_an_hour_before(backend: Backend) {
    let db = TestDb::new(backend).await;
    let app = TestApp::seeding(store_for(&db).await);
    let (circle, meet) = circle_with_meet(&app, "remind", false).await;
    let (_, asha) = seated(&app, circle, meet, "Asha", Channel::App).await;
    let (_, ben) = member(&app, "Ben", Roles::default()).await;
    app.store.join_circle(circle, ben, now_ms()).await.unwrap();
    let (_, cai) = seated(&app, circle, meet, "Cai", Channel::App).await;
    app.store.set_notice_preferences(cai, &[(Kind::Reminder, Channel::Off)], None).await.unwrap();
    let starts = app.store.meet(meet).await.unwrap().unwrap().meet.starts_at;

    assert_eq!(app.store.write_due_reminders(starts - 2 * 24 * 3600).await.unwrap(), 0, "too early");
    assert_eq!(app.store.write_due_reminders(starts - 20 * 3600).await.unwrap(), 2, "a seat and a standing seat");
    assert_eq!(app.store.write_due_reminders(starts - 19 * 3600).await.unwrap(), 0, "once");
    assert_eq!(app.store.write_due_reminders(starts - 1800).await.unwrap(), 2, "then the hour's");
    assert_eq!(app.store.write_due_reminders(starts - 60).await.unwrap(), 0, "once");
    let events = |notices: Vec<holdspace::store::notices::StoredNotice>| {
        notices.into_iter().map(|n| n.event).collect::<Vec<_>>()
    };
    assert_eq!(events(app.store.notices_of(asha, 10).await.unwrap()), [Event::HourBefore, Event::DayBefore]);
    assert_eq!(events(app.store.notices_of(ben, 10).await.unwrap()), [Event::HourBefore, Event::DayBefore]);
    assert!(app.store.notices_of(cai, 10).await.unwrap().is_empty(), "reminders turned off");
}

async fn a_reminder_email_brings_the_room_link(backend: Backend) {
    let smtp = SmtpServer::start(free_port());
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let seed = TestApp::seeding(store.clone());
    let (circle, meet) = circle_with_meet(&seed, "soon", false).await;
    let (_, asha) = seated(&seed, circle, meet, "Asha", Channel::App).await;
    seed.store.set_notice_preferences(asha, &[(Kind::Reminder, Channel::Email)], Some(true)).await.unwrap();
    let mut config = test_config();
    config.smtp = Some(smtp_settings(smtp.port));
    // The meet starts in ten minutes: the hour's reminder is due as the server starts.
    let app = start_on(db, store, config).await;
    let mails = smtp.wait_for(1).await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].subject, "Reminder: Circle soon", "named, as Asha chose");
    assert!(mails[0].body.contains("Reminder: Circle soon starts within the hour"), "{}", mails[0].body);
    assert!(mails[0].body.contains(&app.url(&format!("/meets/{meet}/room"))), "{}", mails[0].body);
    app.stop().await;
}

async fn facilitators_announce_to_their_circle_and_no_one_else_can(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "announce", false).await;
    let (ruth, ruth_id) = member(&app, "Ruth", FACILITATOR).await;
    app.store.add_facilitator(circle, ruth_id).await.unwrap();
    let (asha, _) = seated(&app, circle, meet, "Asha", Channel::App).await;
    let (_, ben) = member(&app, "Ben", Roles::default()).await;
    app.store.join_circle(circle, ben, now_ms()).await.unwrap();
    let (outsider, _) = member(&app, "Zed", Roles::default()).await;

    outsider.get("/meets").await;
    let refused = outsider.post("/circles/announce/announce", &[("note", "Come to my other group")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    ruth.get("/facilitate").await;
    let sent = ruth.post("/circles/announce/announce", &[("note", "New venue from next week")]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let header = asha.get("/circles").await.body;
    assert!(header.contains("class=\"unread-count\""), "the header counts unread notices: {header}");
    let listed = asha.get("/meets").await.body;
    assert!(listed.contains("A message from the facilitators of Circle announce:"), "{listed}");
    assert!(listed.contains("New venue from next week"));
    assert!(!listed.contains("Come to my other group"));
    assert_eq!(app.store.notices_of(ben, 10).await.unwrap().len(), 1, "members who joined hear too");
    assert!(!asha.get("/circles").await.body.contains("unread-count"), "seen once listed");
    app.stop().await;
}

async fn moving_a_meet_and_pausing_a_circle_tell_everyone_tied_to_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "changes", false).await;
    let (asha_client, asha) = seated(&app, circle, meet, "Asha", Channel::App).await;
    let (_, ben) = member(&app, "Ben", Roles::default()).await;
    app.store.join_circle(circle, ben, now_ms()).await.unwrap();
    let (_, zed) = member(&app, "Zed", Roles::default()).await;

    let later = app.store.meet(meet).await.unwrap().unwrap().meet.starts_at + 7 * 24 * 3600;
    assert!(app.store.move_meet(meet, later, "A week later this time").await.unwrap());
    let mut c = app.store.circle_by_id(circle).await.unwrap().unwrap();
    c.status = holdspace::domain::circle::Status::Paused;
    app.store.update_circle(&c, now()).await.unwrap();
    app.store.update_circle(&c, now()).await.unwrap();

    let events = |notices: Vec<holdspace::store::notices::StoredNotice>| {
        notices.into_iter().filter(|n| n.event.kind() == Kind::Change).map(|n| n.event).collect::<Vec<_>>()
    };
    assert_eq!(events(app.store.notices_of(asha, 10).await.unwrap()), [Event::Paused, Event::Moved]);
    assert_eq!(events(app.store.notices_of(ben, 10).await.unwrap()), [Event::Paused, Event::Moved], "joined: seated");
    assert!(app.store.notices_of(zed, 10).await.unwrap().is_empty(), "no tie, no notice");
    let moved = app.store.notices_of(asha, 10).await.unwrap().into_iter().find(|n| n.event == Event::Moved).unwrap();
    assert_eq!(moved.meet_starts_at, Some(later), "the new time");

    let listed = asha_client.get("/meets").await.body;
    assert!(listed.contains("The meet of Circle changes has a new time: "), "{listed}");
    assert!(listed.contains("A break: Circle changes is not meeting for now"), "{listed}");
    let export = asha_client.get("/account/export").await.body;
    assert!(export.contains("\"event\": \"moved\"") || export.contains("\"event\":\"moved\""), "{export}");
    assert!(export.contains("A week later this time"), "the export holds the notices");
    app.stop().await;
}

on_both_databases!(
    moving_a_meet_and_pausing_a_circle_tell_everyone_tied_to_it,
    a_cancelled_meet_tells_everyone_coming_once_the_way_they_chose,
    a_server_killed_mid_send_loses_nothing,
    a_lease_that_ends_hands_an_unfinished_email_to_another_sender,
    reminders_are_written_once_for_each_seat_a_day_and_an_hour_before,
    a_reminder_email_brings_the_room_link,
    facilitators_announce_to_their_circle_and_no_one_else_can,
);
