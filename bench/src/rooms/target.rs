//! The servers under test, as a client sees them: how to connect and join a
//! room, how to say something, and how to read what arrives. Holdspace
//! speaks its own room protocol (`docs/room-protocol.md`); Socket.IO speaks
//! Engine.IO v4 over a raw WebSocket; Prosody speaks XMPP multi-user chat
//! over WebSocket (RFC 7395).

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

use super::stamp::{self, Stamp};

pub type Ws = WebSocketStream<TcpStream>;

/// How long joining a room may take before the client counts as failed.
const JOIN_TIMEOUT: Duration = Duration::from_secs(60);

/// Which server, and what a client needs to reach it.
#[derive(Clone)]
pub enum Target {
    /// Per room, its meet and each seat's session cookie.
    Holdspace {
        port: u16,
        rooms: Arc<Vec<(i64, Vec<String>)>>,
    },
    SocketIo {
        port: u16,
    },
    Prosody {
        port: u16,
    },
}

/// What an arriving frame means to the benchmark.
pub enum Incoming {
    /// A chat message carrying a stamp.
    Chat(Stamp),
    /// Something the client must answer (Engine.IO's ping).
    Answer(Message),
    /// The server refused or complained.
    Error,
    /// Anything else (presence, joins, pings handled by the library).
    Other,
}

fn config() -> WebSocketConfig {
    // Small buffers: 19,000 clients share this process with modest memory.
    WebSocketConfig::default().read_buffer_size(4096).write_buffer_size(0)
}

async fn tcp(source: Ipv4Addr, port: u16) -> Result<TcpStream, String> {
    let socket = TcpSocket::new_v4().map_err(|e| e.to_string())?;
    socket.bind(SocketAddr::from((source, 0))).map_err(|e| format!("bind {source}: {e}"))?;
    let stream = socket.connect(SocketAddr::from(([127, 0, 0, 1], port))).await.map_err(|e| e.to_string())?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    Ok(stream)
}

async fn next_text(ws: &mut Ws) -> Result<String, String> {
    loop {
        match ws.next().await {
            Some(Ok(Message::Text(text))) => return Ok(text.to_string()),
            Some(Ok(Message::Close(_))) | None => return Err("closed while joining".into()),
            Some(Ok(_)) => continue,
            Some(Err(e)) => return Err(e.to_string()),
        }
    }
}

async fn send(ws: &mut Ws, text: String) -> Result<(), String> {
    ws.send(Message::Text(text.into())).await.map_err(|e| e.to_string())
}

/// Reads frames until one satisfies `done`.
async fn until(ws: &mut Ws, what: &str, done: impl Fn(&str) -> bool) -> Result<String, String> {
    let mut last = String::new();
    loop {
        let text = next_text(ws).await.map_err(|e| format!("{e} (waiting for {what}; last frame: {last:.200})"))?;
        if done(&text) {
            return Ok(text);
        }
        if text.contains("<failure") || text.contains("type='error'") || text.contains("type=\"error\"") {
            return Err(format!("refused while waiting for {what}: {text}"));
        }
        last = text;
    }
}

fn xmpp_room(room: usize) -> String {
    format!("r{room}@conference.localhost")
}

impl Target {
    pub fn name(&self) -> &'static str {
        match self {
            Target::Holdspace { .. } => "Holdspace",
            Target::SocketIo { .. } => "Socket.IO",
            Target::Prosody { .. } => "Prosody",
        }
    }

    /// Connects client `seat` of room `room` from `source`, and returns once
    /// the server confirms it is in the room.
    pub async fn connect(&self, room: usize, seat: usize, source: Ipv4Addr) -> Result<Ws, String> {
        tokio::time::timeout(JOIN_TIMEOUT, self.join(room, seat, source))
            .await
            .map_err(|_| "joining took over a minute".to_string())?
    }

    async fn join(&self, room: usize, seat: usize, source: Ipv4Addr) -> Result<Ws, String> {
        match self {
            Target::Holdspace { port, rooms } => {
                let (meet, cookies) = rooms.get(room).ok_or("no such room")?;
                let cookie = cookies.get(seat).ok_or("no such seat")?;
                let mut request = format!("ws://127.0.0.1:{port}/meets/{meet}/room/socket")
                    .into_client_request()
                    .map_err(|e| e.to_string())?;
                let headers = request.headers_mut();
                headers.insert("origin", format!("http://127.0.0.1:{port}").parse().map_err(|_| "origin")?);
                headers.insert("cookie", cookie.parse().map_err(|_| "cookie")?);
                let stream = tcp(source, *port).await?;
                let (mut ws, _) = tokio_tungstenite::client_async_with_config(request, stream, Some(config()))
                    .await
                    .map_err(|e| e.to_string())?;
                until(&mut ws, "welcome", |t| t.contains(r#""type":"welcome""#)).await?;
                Ok(ws)
            }
            Target::SocketIo { port } => {
                let url = format!("ws://127.0.0.1:{port}/socket.io/?EIO=4&transport=websocket");
                let stream = tcp(source, *port).await?;
                let (mut ws, _) = tokio_tungstenite::client_async_with_config(url, stream, Some(config()))
                    .await
                    .map_err(|e| e.to_string())?;
                until(&mut ws, "open", |t| t.starts_with('0')).await?;
                send(&mut ws, "40".into()).await?;
                until(&mut ws, "connect", |t| t.starts_with("40")).await?;
                send(&mut ws, format!(r#"42["join","{room}"]"#)).await?;
                until(&mut ws, "joined", |t| t.starts_with(r#"42["joined""#)).await?;
                Ok(ws)
            }
            Target::Prosody { port } => {
                let mut request =
                    format!("ws://127.0.0.1:{port}/xmpp-websocket").into_client_request().map_err(|e| e.to_string())?;
                request.headers_mut().insert("sec-websocket-protocol", "xmpp".parse().map_err(|_| "protocol")?);
                let stream = tcp(source, *port).await?;
                let (mut ws, _) = tokio_tungstenite::client_async_with_config(request, stream, Some(config()))
                    .await
                    .map_err(|e| e.to_string())?;
                let open = r#"<open xmlns="urn:ietf:params:xml:ns:xmpp-framing" to="localhost" version="1.0"/>"#;
                send(&mut ws, open.into()).await?;
                until(&mut ws, "mechanisms", |t| t.contains("ANONYMOUS")).await?;
                send(&mut ws, r#"<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="ANONYMOUS"/>"#.into())
                    .await?;
                until(&mut ws, "success", |t| t.contains("<success")).await?;
                send(&mut ws, open.into()).await?;
                until(&mut ws, "bind feature", |t| t.contains("urn:ietf:params:xml:ns:xmpp-bind")).await?;
                send(
                    &mut ws,
                    r#"<iq xmlns="jabber:client" type="set" id="bind"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/></iq>"#.into(),
                )
                .await?;
                until(&mut ws, "bound", |t| t.contains("<jid>")).await?;
                send(
                    &mut ws,
                    format!(
                        r#"<presence xmlns="jabber:client" to="{}/s{seat}"><x xmlns="http://jabber.org/protocol/muc"><history maxstanzas="0"/></x></presence>"#,
                        xmpp_room(room)
                    ),
                )
                .await?;
                until(&mut ws, "self presence", |t| t.contains("code='110'") || t.contains("code=\"110\"")).await?;
                Ok(ws)
            }
        }
    }

    /// The frame that says `stamp` in room `room`.
    pub fn say(&self, room: usize, stamp: Stamp) -> Message {
        let text = stamp::encode(stamp);
        let frame = match self {
            Target::Holdspace { .. } => format!(r#"{{"type":"say","text":"{text}"}}"#),
            Target::SocketIo { .. } => format!(r#"42["msg","{text}"]"#),
            Target::Prosody { .. } => {
                format!(
                    r#"<message xmlns="jabber:client" to="{}" type="groupchat"><body>{text}</body></message>"#,
                    xmpp_room(room)
                )
            }
        };
        Message::Text(frame.into())
    }

    /// What an arriving text frame means.
    pub fn read(&self, frame: &str) -> Incoming {
        match self {
            Target::Holdspace { .. } => {
                // Frames start `{"seq":N,"type":"…"`: the first `type` is the frame's.
                let kind = frame.find(r#""type":""#).map_or("", |at| &frame[at + 8..]);
                if kind.starts_with("message\"") {
                    stamp::decode(frame).map_or(Incoming::Other, Incoming::Chat)
                } else if kind.starts_with("error\"") {
                    Incoming::Error
                } else {
                    Incoming::Other
                }
            }
            Target::SocketIo { .. } => {
                if frame.starts_with(r#"42["msg""#) {
                    stamp::decode(frame).map_or(Incoming::Other, Incoming::Chat)
                } else if frame == "2" {
                    Incoming::Answer(Message::Text("3".into()))
                } else if frame.starts_with("41") || frame.starts_with("44") {
                    Incoming::Error
                } else {
                    Incoming::Other
                }
            }
            Target::Prosody { .. } => {
                if frame.starts_with("<message") && frame.contains("<body>") {
                    stamp::decode(frame).map_or(Incoming::Other, Incoming::Chat)
                } else if frame.contains("type='error'") || frame.contains("type=\"error\"") {
                    Incoming::Error
                } else {
                    Incoming::Other
                }
            }
        }
    }
}
