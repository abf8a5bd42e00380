//! A small client for Janus's HTTP API (see Janus's "RESTful, HTTP/HTTPS"
//! documentation): sessions, plugin handles, messages, trickled candidates
//! and long-polled events, as JSON over plain HTTP/1.1 on loopback or a
//! private network. One connection per request: they are few (signalling,
//! never media), and a long poll holds its own.

use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::net::TcpStream;

/// Longest wait for an ordinary request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Janus answers a long poll within 30 s (with a keep-alive if nothing happened).
const POLL_TIMEOUT: Duration = Duration::from_secs(40);
/// The AudioBridge plugin: every call's sound.
pub const AUDIOBRIDGE: &str = "janus.plugin.audiobridge";
/// The VideoRoom plugin: the cameras of a video meet.
pub const VIDEOROOM: &str = "janus.plugin.videoroom";

/// Why a request to Janus failed.
#[derive(Debug, thiserror::Error)]
pub enum JanusError {
    #[error("cannot reach the media server: {0}")]
    Unreachable(String),
    #[error("the media server did not answer in time")]
    Timeout,
    #[error("the media server answered with something unexpected")]
    Unexpected,
    /// Janus or the plugin refused, with its error code.
    #[error("the media server refused ({code})")]
    Refused { code: i64 },
}

/// Where Janus's API is, and the secret every request carries.
#[derive(Clone)]
pub struct Janus {
    /// `host:port`, for connecting and for the `Host` header.
    authority: String,
    /// The API's base path, e.g. `/janus`.
    base: String,
    secret: String,
}

/// A plugin handle on a session: where plugin messages go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handle {
    pub session: u64,
    pub handle: u64,
}

fn transaction() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap_or_default();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Janus {
    /// A client for the API at `url` (`http://host:port/path`).
    pub fn new(url: &url::Url, secret: &str) -> Janus {
        let host = url.host_str().unwrap_or("127.0.0.1");
        let port = url.port_or_known_default().unwrap_or(80);
        Janus {
            authority: format!("{host}:{port}"),
            base: url.path().trim_end_matches('/').to_string(),
            secret: secret.to_string(),
        }
    }

    async fn http(&self, request: Request<Full<Bytes>>, timeout: Duration) -> Result<Value, JanusError> {
        let exchange = async {
            let stream =
                TcpStream::connect(&self.authority).await.map_err(|e| JanusError::Unreachable(e.to_string()))?;
            let _ = stream.set_nodelay(true);
            let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
                .await
                .map_err(|e| JanusError::Unreachable(e.to_string()))?;
            tokio::spawn(connection);
            let response = sender.send_request(request).await.map_err(|e| JanusError::Unreachable(e.to_string()))?;
            let body = response.into_body().collect().await.map_err(|e| JanusError::Unreachable(e.to_string()))?;
            serde_json::from_slice::<Value>(&body.to_bytes()).map_err(|_| JanusError::Unexpected)
        };
        tokio::time::timeout(timeout, exchange).await.map_err(|_| JanusError::Timeout)?
    }

    /// Posts a Janus request to `path` (under the base) and reads Janus's reply.
    async fn post(&self, path: &str, mut body: Value) -> Result<Value, JanusError> {
        body["transaction"] = json!(transaction());
        body["apisecret"] = json!(self.secret);
        let request = Request::post(format!("{}{path}", self.base))
            .header(hyper::header::HOST, &self.authority)
            .header(hyper::header::CONTENT_TYPE, "application/json")
            .body(Full::new(Bytes::from(body.to_string())))
            .map_err(|_| JanusError::Unexpected)?;
        let reply = self.http(request, REQUEST_TIMEOUT).await?;
        match reply["janus"].as_str() {
            Some("error") => Err(JanusError::Refused { code: reply["error"]["code"].as_i64().unwrap_or(0) }),
            Some(_) => Ok(reply),
            None => Err(JanusError::Unexpected),
        }
    }

    /// Whether Janus answers (its `info` request, which changes nothing).
    pub async fn answers(&self) -> bool {
        self.post("", json!({"janus": "info"})).await.is_ok_and(|reply| reply["janus"] == "server_info")
    }

    /// Starts a session.
    pub async fn session(&self) -> Result<u64, JanusError> {
        let reply = self.post("", json!({"janus": "create"})).await?;
        reply["data"]["id"].as_u64().ok_or(JanusError::Unexpected)
    }

    /// Starts a session with an AudioBridge handle on it.
    pub async fn audiobridge(&self) -> Result<Handle, JanusError> {
        self.session_with(AUDIOBRIDGE).await
    }

    /// Starts a session with a VideoRoom handle on it.
    pub async fn videoroom(&self) -> Result<Handle, JanusError> {
        self.session_with(VIDEOROOM).await
    }

    async fn session_with(&self, plugin: &str) -> Result<Handle, JanusError> {
        let session = self.session().await?;
        match self.attach(session, plugin).await {
            Ok(at) => Ok(at),
            Err(error) => {
                self.destroy(session).await;
                Err(error)
            }
        }
    }

    /// Attaches one more plugin handle to a session.
    pub async fn attach(&self, session: u64, plugin: &str) -> Result<Handle, JanusError> {
        let reply = self.post(&format!("/{session}"), json!({"janus": "attach", "plugin": plugin})).await?;
        let handle = reply["data"]["id"].as_u64().ok_or(JanusError::Unexpected)?;
        Ok(Handle { session, handle })
    }

    /// Detaches a handle (its peer connection and its part in a room go with it).
    pub async fn detach(&self, at: Handle) {
        let _ = self.post(&format!("/{}/{}", at.session, at.handle), json!({"janus": "detach"})).await;
    }

    /// Ends a session (and with it its handles, and their part in any call).
    pub async fn destroy(&self, session: u64) {
        let _ = self.post(&format!("/{session}"), json!({"janus": "destroy"})).await;
    }

    /// Sends a plugin request that Janus answers at once (create, destroy,
    /// allowed, kick, mute…); returns the plugin's answer, or its error code.
    pub async fn request(&self, at: Handle, body: Value) -> Result<Value, JanusError> {
        let reply =
            self.post(&format!("/{}/{}", at.session, at.handle), json!({"janus": "message", "body": body})).await?;
        let data = &reply["plugindata"]["data"];
        match data["error_code"].as_i64() {
            Some(code) => Err(JanusError::Refused { code }),
            None if data.is_object() => Ok(data.clone()),
            None => Err(JanusError::Unexpected),
        }
    }

    /// Sends a plugin request whose answer comes later as an event (join,
    /// configure), with an SDP offer if there is one.
    pub async fn message(&self, at: Handle, body: Value, jsep: Option<Value>) -> Result<(), JanusError> {
        let mut message = json!({"janus": "message", "body": body});
        if let Some(jsep) = jsep {
            message["jsep"] = jsep;
        }
        self.post(&format!("/{}/{}", at.session, at.handle), message).await.map(|_| ())
    }

    /// Passes on one ICE candidate from the browser (`None`: it has no more).
    pub async fn trickle(&self, at: Handle, candidate: Option<Value>) -> Result<(), JanusError> {
        let candidate = candidate.unwrap_or_else(|| json!({"completed": true}));
        self.post(&format!("/{}/{}", at.session, at.handle), json!({"janus": "trickle", "candidate": candidate}))
            .await
            .map(|_| ())
    }

    /// Waits (up to 30 s) for the session's next events; an empty list when
    /// nothing happened. Polling also keeps the session alive.
    pub async fn poll(&self, session: u64) -> Result<Vec<Value>, JanusError> {
        let path = format!("{}/{session}?maxev=10&apisecret={}", self.base, self.secret);
        let request = Request::get(path)
            .header(hyper::header::HOST, &self.authority)
            .body(Full::new(Bytes::new()))
            .map_err(|_| JanusError::Unexpected)?;
        let events = match self.http(request, POLL_TIMEOUT).await? {
            Value::Array(events) => events,
            event => vec![event],
        };
        if events.iter().any(|e| e["janus"] == "error") {
            return Err(JanusError::Refused { code: events[0]["error"]["code"].as_i64().unwrap_or(0) });
        }
        Ok(events.into_iter().filter(|e| e["janus"] != "keepalive").collect())
    }
}
