//! One fake person in a voice meet, joining as a browser does: into the
//! meet's room over its socket, then into the call through Holdspace's
//! relay (`/meets/{id}/call/socket`) with a WebRTC offer, made by str0m (a
//! sans-IO WebRTC stack: ICE, DTLS, SRTP, as a browser does them). Once
//! connected it sends the tone as Opus every 20 ms and records each RTP
//! packet of the mix Janus sends back.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use str0m::change::SdpAnswer;
use str0m::format::Codec;
use str0m::media::{Direction, MediaKind, Mid, Pt};
use str0m::net::{Protocol, Receive};
use str0m::rtp::{ExtensionValues, RtpWrite};
use str0m::{Candidate, Event, IceConnectionState, Input, Output, Rtc};
use tokio::net::{TcpStream, UdpSocket};
use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::reception::{Reception, Window, seconds_since};

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// One Opus frame's worth of RTP time at 48 kHz.
const FRAME_TICKS: u32 = 960;
const FRAME: Duration = Duration::from_millis(20);
/// Each person in a meet speaks in turn for this long (by the shared clock),
/// so Janus tells the meet who is speaking as it would in a real meet.
const TURN: Duration = Duration::from_secs(5);
/// The audio level (RFC 6464, -dBov) sent while speaking and while not.
const SPEAKING_DBOV: i8 = -20;
const QUIET_DBOV: i8 = -127;
/// How long joining (room, call, ICE, DTLS, the first packet of the mix) may take.
const JOIN_TIMEOUT: Duration = Duration::from_secs(60);

/// What the benchmark keeps of a person in the call; dropped, they hang up.
pub struct Person {
    reception: Arc<Mutex<Reception>>,
    _tasks: JoinSet<()>,
}

impl Person {
    /// This person's reception since the last call, and a fresh window.
    pub fn take(&self) -> Window {
        self.reception.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// Where everyone's reception is timed from.
#[derive(Clone, Copy)]
pub struct Clock(pub Instant);

/// Joins `meet` as the member with session `cookie`, and returns once the
/// mix reaches them. `seat` (0 to the meet's size) says when their turn to
/// speak comes.
pub async fn join(
    port: u16,
    meet: i64,
    cookie: &str,
    seat: usize,
    tone: Arc<Vec<Arc<[u8]>>>,
    clock: Clock,
) -> Result<Person, String> {
    let mut tasks = JoinSet::new();
    let reception = Arc::new(Mutex::new(Reception::default()));
    let (joined, heard) = oneshot::channel();
    let joining = async {
        let mut room = socket(port, &format!("/meets/{meet}/room/socket"), cookie).await?;
        until(&mut room, "welcome").await?;
        // The room socket stays open (the call needs it) and is read, so it never backs up.
        tasks.spawn(async move { while let Some(Ok(_)) = room.next().await {} });
        let mut call = socket(port, &format!("/meets/{meet}/call/socket"), cookie).await?;
        until(&mut call, "ready").await?;
        let mut media = Media::offer(&mut call, tone, Arc::clone(&reception), clock).await?;
        media.seat = seat;
        tasks.spawn(media.run(call, joined));
        heard.await.map_err(|_| "the call ended before any audio came".to_string())
    };
    tokio::time::timeout(JOIN_TIMEOUT, joining).await.map_err(|_| "joining the call took over a minute")??;
    Ok(Person { reception, _tasks: tasks })
}

async fn socket(port: u16, path: &str, cookie: &str) -> Result<Ws, String> {
    let mut request = format!("ws://127.0.0.1:{port}{path}").into_client_request().map_err(|e| e.to_string())?;
    let headers = request.headers_mut();
    headers.insert("origin", format!("http://127.0.0.1:{port}").parse().map_err(|_| "origin")?);
    headers.insert("cookie", cookie.parse().map_err(|_| "cookie")?);
    let (ws, _) = tokio_tungstenite::connect_async(request).await.map_err(|e| format!("{path}: {e}"))?;
    Ok(ws)
}

async fn frame(ws: &mut Ws) -> Result<Value, String> {
    loop {
        match ws.next().await {
            Some(Ok(Message::Text(text))) => return serde_json::from_str(&text).map_err(|e| e.to_string()),
            Some(Ok(Message::Close(_))) | None => return Err("the socket closed while joining".into()),
            Some(Ok(_)) => continue,
            Some(Err(e)) => return Err(e.to_string()),
        }
    }
}

/// Reads frames until one of type `kind`; an error frame fails.
async fn until(ws: &mut Ws, kind: &str) -> Result<Value, String> {
    loop {
        let frame = frame(ws).await?;
        match frame["type"].as_str() {
            Some(k) if k == kind => return Ok(frame),
            Some("error") => return Err(format!("refused while waiting for {kind}: {}", frame["code"])),
            _ => {}
        }
    }
}

async fn send(ws: &mut Ws, frame: Value) -> Result<(), String> {
    ws.send(Message::Text(frame.to_string().into())).await.map_err(|e| e.to_string())
}

/// A candidate from Janus, kept only if it is on loopback (as the browser test does).
fn loopback_candidate(line: &str) -> Option<Candidate> {
    let candidate = Candidate::from_sdp_string(line.trim_start_matches("a=")).ok()?;
    candidate.addr().ip().is_loopback().then_some(candidate)
}

/// One person's WebRTC connection to Janus.
struct Media {
    rtc: Rtc,
    udp: UdpSocket,
    local: SocketAddr,
    mid: Mid,
    pt: Pt,
    tone: Arc<Vec<Arc<[u8]>>>,
    reception: Arc<Mutex<Reception>>,
    clock: Clock,
    seat: usize,
}

impl Media {
    /// Offers audio both ways through the relay and takes Janus's answer.
    async fn offer(
        call: &mut Ws,
        tone: Arc<Vec<Arc<[u8]>>>,
        reception: Arc<Mutex<Reception>>,
        clock: Clock,
    ) -> Result<Media, String> {
        let udp = UdpSocket::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
        let local = udp.local_addr().map_err(|e| e.to_string())?;
        let mut rtc = Rtc::builder().set_rtp_mode(true).clear_codecs().enable_opus(true, false).build(Instant::now());
        let host = Candidate::host(local, "udp").map_err(|e| e.to_string())?;
        rtc.add_local_candidate(host.clone());
        let mut change = rtc.sdp_api();
        let mid = change.add_media(MediaKind::Audio, Direction::SendRecv, None, None, None);
        let (offer, pending) = change.apply().ok_or("nothing to offer")?;
        send(call, json!({"type": "join", "sdp": offer.to_sdp_string(), "muted": false})).await?;
        let line = host.to_sdp_string();
        send(call, json!({"type": "candidate", "candidate": line, "sdpMid": mid.to_string(), "sdpMLineIndex": 0}))
            .await?;
        send(call, json!({"type": "candidate", "completed": true})).await?;
        let mut early = Vec::new();
        let answer = loop {
            let frame = frame(call).await?;
            match frame["type"].as_str() {
                Some("answer") => break frame["sdp"].as_str().unwrap_or_default().to_string(),
                Some("candidate") => early.extend(frame["candidate"].as_str().and_then(loopback_candidate)),
                Some("error") | Some("ended") => return Err(format!("the call refused the offer: {frame}")),
                _ => {}
            }
        };
        let answer = SdpAnswer::from_sdp_string(&answer).map_err(|e| format!("Janus's answer: {e}"))?;
        rtc.sdp_api().accept_answer(pending, answer).map_err(|e| e.to_string())?;
        for candidate in early {
            rtc.add_remote_candidate(candidate);
        }
        let pt = rtc.codec_config().find(|p| p.spec().codec == Codec::Opus).map(|p| p.pt()).ok_or("no Opus")?;
        Ok(Media { rtc, udp, local, mid, pt, tone, reception, clock, seat: 0 })
    }

    /// Sends and receives until the call ends or the task is stopped.
    async fn run(mut self, mut call: Ws, joined: oneshot::Sender<()>) {
        let mut joined = Some(joined);
        let mut connected = false;
        let mut buffer = vec![0u8; 2000];
        let mut next_frame = Instant::now();
        let mut seq: u64 = 1;
        let mut sent: u32 = 0;
        loop {
            // Drain str0m's output before anything else happens to it.
            let timeout = loop {
                match self.rtc.poll_output() {
                    Ok(Output::Timeout(at)) => break at,
                    Ok(Output::Transmit(out)) => {
                        // Never anywhere but loopback.
                        if out.destination.ip().is_loopback() {
                            let _ = self.udp.try_send_to(&out.contents, out.destination);
                        }
                    }
                    Ok(Output::Event(Event::Connected)) => {
                        connected = true;
                        next_frame = Instant::now();
                    }
                    Ok(Output::Event(Event::RtpPacket(packet))) => {
                        let arrival = seconds_since(self.clock.0, packet.timestamp);
                        self.reception.lock().unwrap_or_else(|p| p.into_inner()).record(
                            *packet.seq_no,
                            packet.header.timestamp,
                            arrival,
                        );
                        if let Some(joined) = joined.take() {
                            let _ = joined.send(());
                        }
                    }
                    Ok(Output::Event(Event::IceConnectionStateChange(IceConnectionState::Disconnected))) | Err(_) => {
                        return;
                    }
                    Ok(Output::Event(_)) => {}
                }
            };
            let wake = if connected { timeout.min(next_frame) } else { timeout };
            tokio::select! {
                _ = tokio::time::sleep_until(wake.into()) => {
                    let now = Instant::now();
                    if connected && now >= next_frame {
                        self.write(seq, sent, now);
                        seq += 1;
                        sent = sent.wrapping_add(1);
                        next_frame += FRAME;
                        // Far behind (the machine is saturated): carry on from now, as a sound card would.
                        if now.saturating_duration_since(next_frame) > 10 * FRAME {
                            next_frame = now + FRAME;
                        }
                    } else if self.rtc.handle_input(Input::Timeout(now)).is_err() {
                        return;
                    }
                }
                received = self.udp.recv_from(&mut buffer) => {
                    let Ok((n, source)) = received else { return };
                    let Ok(contents) = buffer[..n].try_into() else { continue };
                    let input = Input::Receive(
                        Instant::now(),
                        Receive { proto: Protocol::Udp, source, destination: self.local, contents },
                    );
                    if self.rtc.handle_input(input).is_err() {
                        return;
                    }
                }
                frame = call.next() => {
                    match frame {
                        Some(Ok(Message::Text(text))) => {
                            let frame: Value = serde_json::from_str(&text).unwrap_or_default();
                            match frame["type"].as_str() {
                                Some("candidate") => {
                                    if let Some(candidate) = frame["candidate"].as_str().and_then(loopback_candidate) {
                                        self.rtc.add_remote_candidate(candidate);
                                    }
                                }
                                Some("ended") => return,
                                _ => {}
                            }
                        }
                        Some(Ok(_)) => {}
                        Some(Err(_)) | None => return,
                    }
                }
            }
        }
    }

    /// Writes the next frame of the tone, with its audio level as a browser
    /// sends it: loud on this person's turn, quiet otherwise.
    fn write(&mut self, seq: u64, sent: u32, now: Instant) {
        let payload = Arc::clone(&self.tone[sent as usize % self.tone.len()]);
        let time = sent.wrapping_mul(FRAME_TICKS);
        let turn = (now.saturating_duration_since(self.clock.0).as_secs() / TURN.as_secs()) as usize;
        let speaking = turn % super::MEET_SIZE == self.seat;
        let ext_vals = ExtensionValues {
            audio_level: Some(if speaking { SPEAKING_DBOV } else { QUIET_DBOV }),
            voice_activity: Some(speaking),
            ..ExtensionValues::default()
        };
        if let Some(stream) = self.rtc.direct_api().stream_tx_by_mid(self.mid, None) {
            stream.write_rtp(RtpWrite::new(self.pt, seq.into(), time, now, payload).ext_vals(ext_vals));
        }
    }
}
