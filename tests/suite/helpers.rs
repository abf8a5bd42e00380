//! Starting the real server on a random port against a fresh database, and
//! a small HTTP client that behaves like a browser (cookies, CSRF tokens).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use holdspace::config::{PublicUrl, SmtpSettings};
use holdspace::server::{self, Running, ServerConfig};
use holdspace::store::{ConnectOptions, Store};
use holdspace::web::WebSettings;
use holdspace::web::listener::ConnectionLimits;
use reqwest::StatusCode;
use reqwest::redirect::Policy;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A random lowercase hex string.
pub fn random_suffix() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The PostgreSQL server tests create their databases on.
pub fn postgres_admin_url() -> String {
    std::env::var("HOLDSPACE_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A fresh database, removed when dropped.
pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    /// SQLite: the directory holding the file. PostgreSQL: the database name.
    place: String,
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        match backend {
            Backend::Sqlite => {
                let dir = std::env::temp_dir().join(format!("holdspace-test-{}", random_suffix()));
                std::fs::create_dir_all(&dir).unwrap();
                let url = format!("sqlite://{}", dir.join("holdspace.db").display());
                TestDb { url, backend, place: dir.display().to_string() }
            }
            Backend::Postgres => {
                let name = format!("hs_test_{}", random_suffix());
                let admin = postgres_admin_url();
                let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&admin)
                    .await
                    .expect("PostgreSQL must be running for the test suite (set HOLDSPACE_TEST_POSTGRES_URL)");
                sqlx::Executor::execute(&mut conn, sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .await
                    .unwrap();
                let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap();
                TestDb { url: format!("{base}/{name}"), backend, place: name }
            }
        }
    }
}

impl TestDb {
    /// No database of its own (for [`TestApp::seeding`]).
    fn none() -> TestDb {
        TestDb { url: String::new(), backend: Backend::Sqlite, place: String::new() }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if self.place.is_empty() {
            return;
        }
        match self.backend {
            Backend::Sqlite => {
                let _ = std::fs::remove_dir_all(&self.place);
            }
            Backend::Postgres => {
                let name = self.place.clone();
                // Drop runs inside the test's runtime; a separate thread gets its own.
                let _ = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                    runtime.block_on(async {
                        if let Ok(mut conn) =
                            <sqlx::PgConnection as sqlx::Connection>::connect(&postgres_admin_url()).await
                        {
                            let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                            let _ = sqlx::Executor::execute(&mut conn, sqlx::AssertSqlSafe(sql)).await;
                        }
                    });
                })
                .join();
            }
        }
    }
}

/// Connects to and migrates a test database.
pub async fn store_for(db: &TestDb) -> Store {
    let store = Store::connect(&db.url, &ConnectOptions::default()).await.unwrap();
    store.migrate().await.unwrap();
    store
}

/// A running server with its own database.
pub struct TestApp {
    pub addr: SocketAddr,
    pub store: Store,
    server: Option<Running>,
    pub db: TestDb,
}

impl TestApp {
    /// A stand-in holding only a store, for seeding a database before its
    /// server starts (its address is never used).
    pub fn seeding(store: Store) -> TestApp {
        TestApp { addr: "127.0.0.1:9".parse().unwrap(), store, server: None, db: TestDb::none() }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// A new browser-like client with its own cookies.
    pub fn client(&self) -> Client {
        Client::new(self.addr)
    }

    /// Stops the server as `stop` does, keeping the store open to look at
    /// what the server left in it.
    pub async fn stop_server(&mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
    }

    /// Stops the server, letting requests finish.
    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
        self.store.close().await;
    }
}

/// Settings tests start with; `tweak` changes them.
pub fn test_config() -> ServerConfig {
    ServerConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        web: WebSettings::new(None, false),
        smtp: None,
        // Some tests open a hundred sockets from one loopback address.
        connections: ConnectionLimits { per_address: 1024, ..ConnectionLimits::default() },
        media: None,
        safety: holdspace::domain::safety::Detector::lexical(),
        bus_url: None,
    }
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// A server whose database holds the demo organisation from the start.
pub async fn spawn_demo_app(backend: Backend) -> TestApp {
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    holdspace::demo::load(&store).await.unwrap();
    start_on(db, store, test_config()).await
}

pub async fn spawn_app_with(backend: Backend, tweak: impl FnOnce(&mut ServerConfig)) -> TestApp {
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    let mut config = test_config();
    tweak(&mut config);
    start_on(db, store, config).await
}

/// Starts a server on a database a test has already prepared.
pub async fn start_on(db: TestDb, store: Store, config: ServerConfig) -> TestApp {
    let server = server::start(store.clone(), config).await.unwrap();
    TestApp { addr: server.local_addr, store, server: Some(server), db }
}

/// An https public URL, to check `Secure` cookies.
pub fn https_public_url(config: &mut ServerConfig) {
    config.web.public_url = Some(PublicUrl { origin: "https://circles.example.org".into(), secure: true });
}

/// An SMTP server for tests to point at.
pub fn smtp_settings(port: u16) -> SmtpSettings {
    SmtpSettings { url: format!("smtp://127.0.0.1:{port}"), from: "Holdspace <no-reply@example.org>".into() }
}

/// A response, read whole.
#[derive(Debug)]
pub struct Page {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    /// The `Location` of a redirect.
    pub fn location(&self) -> &str {
        self.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// Every `Set-Cookie` header.
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect()
    }

    /// The value of the first `name="…"` hidden input or `<code>` items, etc.
    pub fn codes(&self) -> Vec<String> {
        self.body.split("<code>").skip(1).filter_map(|rest| rest.split("</code>").next()).map(str::to_string).collect()
    }
}

/// Finds the CSRF token in a page.
pub fn csrf_in(body: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let start = body.find(marker)? + marker.len();
    Some(body[start..].split('"').next()?.to_string())
}

/// A client that keeps cookies and remembers the last CSRF token it saw,
/// like a browser tab.
pub struct Client {
    addr: SocketAddr,
    http: reqwest::Client,
    csrf: Arc<Mutex<Option<String>>>,
}

impl Client {
    pub fn new(addr: SocketAddr) -> Client {
        Client::with_cookie(addr, None)
    }

    /// A client that already holds a session cookie.
    pub fn with_cookie(addr: SocketAddr, cookie: Option<&str>) -> Client {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        if let Some(cookie) = cookie {
            jar.add_cookie_str(&format!("{cookie}; Path=/"), &format!("http://{addr}/").parse().unwrap());
        }
        let http = reqwest::Client::builder().cookie_provider(jar).redirect(Policy::none()).build().unwrap();
        Client { addr, http, csrf: Arc::new(Mutex::new(None)) }
    }

    /// A client on another network: run the server with `trust_proxy`, and
    /// its requests come from `address`, as a proxy would say.
    pub fn from_address(addr: SocketAddr, address: &str) -> Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-forwarded-for", address.parse().unwrap());
        let http = reqwest::Client::builder()
            .cookie_provider(Arc::new(reqwest::cookie::Jar::default()))
            .default_headers(headers)
            .redirect(Policy::none())
            .build()
            .unwrap();
        Client { addr, http, csrf: Arc::new(Mutex::new(None)) }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    async fn read(&self, response: reqwest::Response) -> Page {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap_or_default();
        if let Some(token) = csrf_in(&body) {
            *self.csrf.lock().unwrap() = Some(token);
        }
        Page { status, headers, body }
    }

    pub async fn get(&self, path: &str) -> Page {
        let response = self.http.get(self.url(path)).send().await.unwrap();
        self.read(response).await
    }

    /// The token from the last page seen.
    pub fn csrf(&self) -> String {
        self.csrf.lock().unwrap().clone().unwrap_or_default()
    }

    /// Posts a form with the last CSRF token seen (unless `fields` has one).
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut form: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        if !fields.iter().any(|(k, _)| *k == "csrf") {
            form.push(("csrf".into(), self.csrf()));
        }
        let response = self.http.post(self.url(path)).form(&form).send().await.unwrap();
        self.read(response).await
    }

    /// Posts raw bytes as a form body.
    pub async fn post_raw(&self, path: &str, body: Vec<u8>) -> Page {
        let response = self
            .http
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        self.read(response).await
    }

    /// Signs up (visiting the form first for its token); returns the page.
    pub async fn sign_up(&self, alias: &str, password: &str) -> Page {
        self.sign_up_with(&[("alias", alias), ("password", password)]).await
    }

    pub async fn sign_up_with(&self, fields: &[(&str, &str)]) -> Page {
        self.get("/signup").await;
        self.post("/signup", fields).await
    }

    /// Signs in (visiting the form first for its token); returns the page.
    pub async fn sign_in(&self, alias: &str, password: &str) -> Page {
        self.get("/signin").await;
        self.post("/signin", &[("alias", alias), ("password", password)]).await
    }
}

/// Creates a member straight in the store (no slow password hashing) and
/// a signed-in client for them. Returns the client and the member's id.
pub async fn member(app: &TestApp, alias: &str, roles: holdspace::domain::member::Roles) -> (Client, i64) {
    let (client, id, _) = member_with_cookie(app, alias, roles).await;
    (client, id)
}

/// Like [`member`], also returning the `hs_session=…` cookie for other clients.
pub async fn member_with_cookie(
    app: &TestApp,
    alias: &str,
    roles: holdspace::domain::member::Roles,
) -> (Client, i64, String) {
    use holdspace::domain::Alias;
    use holdspace::domain::audit::Actor;
    use holdspace::domain::member::Profile;
    use holdspace::store::members::NewMember;
    let new = NewMember {
        alias: Alias::parse(alias).unwrap(),
        password_hash: "not-a-real-hash".into(),
        profile: Profile::default(),
        roles,
        must_change_password: false,
        recovery_code_hashes: vec![],
    };
    let id = app.store.create_member(&new, &Actor::Console, holdspace::services::now()).await.unwrap();
    let token = holdspace::auth::token::new_token();
    let hash = holdspace::auth::token::hash_token(&token);
    app.store.create_session(id, &hash, "test", holdspace::services::now()).await.unwrap();
    let cookie = format!("hs_session={token}");
    (Client::with_cookie(app.addr, Some(&cookie)), id, cookie)
}

/// Gives a circle a facilitator, straight in the store, so that it is listed
/// (a circle nobody facilitates is not). Returns the facilitator's id.
pub async fn facilitate(store: &Store, circle_id: i64, alias: &str) -> i64 {
    use holdspace::domain::Alias;
    use holdspace::domain::audit::Actor;
    use holdspace::domain::member::{Profile, Roles};
    use holdspace::store::members::NewMember;
    let new = NewMember {
        alias: Alias::parse(alias).unwrap(),
        password_hash: "not-a-real-hash".into(),
        profile: Profile::default(),
        roles: Roles { facilitator: true, coordinator: false },
        must_change_password: false,
        recovery_code_hashes: vec![],
    };
    let id = store.create_member(&new, &Actor::Console, holdspace::services::now()).await.unwrap();
    store.add_facilitator(circle_id, id).await.unwrap();
    id
}

/// A minimal SMTP server that keeps every message it receives.
pub struct SmtpSink {
    pub port: u16,
    pub messages: Arc<Mutex<Vec<String>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let messages = Arc::new(Mutex::new(Vec::new()));
        let store = Arc::clone(&messages);
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = Arc::clone(&store);
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 localhost test SMTP\r\n").await;
                    let mut in_data = false;
                    let mut message = String::new();
                    while let Ok(Some(line)) = lines.next_line().await {
                        if in_data {
                            if line == "." {
                                in_data = false;
                                store.lock().unwrap().push(std::mem::take(&mut message));
                                let _ = write.write_all(b"250 queued\r\n").await;
                            } else {
                                message.push_str(&line);
                                message.push('\n');
                            }
                            continue;
                        }
                        let verb = line.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" | "HELO" => b"250 localhost\r\n",
                            "DATA" => {
                                in_data = true;
                                b"354 go ahead\r\n"
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 bye\r\n").await;
                                break;
                            }
                            _ => b"250 ok\r\n",
                        };
                        let _ = write.write_all(reply).await;
                    }
                });
            }
        });
        SmtpSink { port, messages }
    }

    /// Waits (up to five seconds) for `count` messages.
    pub async fn wait_for(&self, count: usize) -> Vec<String> {
        for _ in 0..100 {
            let got = self.messages.lock().unwrap().clone();
            if got.len() >= count {
                return got;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.messages.lock().unwrap().clone()
    }
}

/// Generates a test per backend from one async function taking a `Backend`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[tokio::test] async fn $name() { super::$name($crate::helpers::Backend::Sqlite).await } )*
        }
        mod postgres {
            $( #[tokio::test] async fn $name() { super::$name($crate::helpers::Backend::Postgres).await } )*
        }
    };
}
