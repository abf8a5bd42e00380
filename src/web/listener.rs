//! Accepting connections. `axum::serve` waits for a request's headers as
//! long as a client likes; a few thousand clients that connect and send
//! nothing (or half a line) would hold every socket. Here each connection
//! gets a deadline for its headers (which also ends idle keep-alive
//! connections, since the wait for the next request is a wait for headers),
//! and one address may hold only so many connections at once.

use std::collections::HashMap;
use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tower_service::Service;

/// The kernel send buffer of each connection.
const SEND_BUFFER: usize = 64 * 1024;

/// How long and how many connections a client may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// How long a client has to send a request's headers, counted from when
    /// the server is ready for them: a new connection, or a kept-alive one
    /// after its last answer.
    pub header_timeout: Duration,
    /// Connections open at once from one address (an IPv6 /64 counts as
    /// one), WebSockets included; 0 for no limit. 64 is enough for a
    /// household or an office behind one NAT, each person with a room open.
    /// Not applied behind a trusted proxy, where every connection comes from
    /// the proxy: there the proxy must limit its clients.
    pub per_address: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits { header_timeout: Duration::from_secs(10), per_address: 64 }
    }
}

/// Serves `router` on `listener` until `stop` turns true, then lets the
/// requests under way finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    trust_proxy: bool,
    mut stop: watch::Receiver<bool>,
) -> io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
    let open = Arc::new(OpenConnections::default());
    // Every connection task holds a sender; when all are gone, all are done.
    let (done, mut all_done) = mpsc::channel::<()>(1);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    pause_after(&error).await;
                    continue;
                }
            },
            _ = stopped(&mut stop) => break,
        };
        let capped = !trust_proxy && limits.per_address > 0;
        let slot = capped.then(|| open.take(peer.ip(), limits.per_address));
        let slot = match slot {
            Some(None) => {
                tracing::debug!("too many connections from one address; closed");
                continue;
            }
            Some(Some(slot)) => Some(slot),
            None => None,
        };
        // Live-room frames are small and must not wait for more to batch.
        let _ = tcp.set_nodelay(true);
        // A bounded kernel buffer per connection: a client that stops
        // reading is noticed (and dropped) after a little, not a lot.
        let _ = socket2::SockRef::from(&tcp).set_send_buffer_size(SEND_BUFFER);
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            router.clone().call(request)
        });
        // The slot goes with the socket, so a WebSocket upgraded from this
        // connection still counts until it closes.
        let io = TokioIo::new(Counted { tcp, _slot: slot });
        let connection = http.serve_connection(io, service).with_upgrades();
        let mut stop = stop.clone();
        let done = done.clone();
        tokio::spawn(async move {
            let mut connection = std::pin::pin!(connection);
            let result = tokio::select! {
                result = connection.as_mut() => result,
                _ = stopped(&mut stop) => {
                    connection.as_mut().graceful_shutdown();
                    connection.await
                }
            };
            if let Err(error) = result {
                tracing::trace!(%error, "connection ended");
            }
            drop(done);
        });
    }
    drop(listener);
    drop(done);
    let _ = all_done.recv().await;
    Ok(())
}

/// Resolves once the server is asked to stop.
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}

/// After a failed accept: nothing for a client's own failure, a pause when
/// the process is out of sockets (so the loop does not spin).
async fn pause_after(error: &io::Error) {
    use io::ErrorKind::*;
    if matches!(error.kind(), ConnectionRefused | ConnectionAborted | ConnectionReset) {
        return;
    }
    tracing::warn!(%error, "could not accept a connection");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// Connections open now, per client address.
#[derive(Default)]
struct OpenConnections(Mutex<HashMap<IpAddr, usize>>);

/// One open connection of an address; given back when dropped.
struct Slot {
    open: Arc<OpenConnections>,
    address: IpAddr,
}

impl OpenConnections {
    fn take(self: &Arc<Self>, address: IpAddr, cap: usize) -> Option<Slot> {
        let address = household(address);
        let mut open = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(address).or_insert(0);
        if *count >= cap {
            return None;
        }
        *count += 1;
        Some(Slot { open: Arc::clone(self), address })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.open.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.address) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.address);
            }
        }
    }
}

/// The address a client is counted by: IPv4 as it is, IPv6 by its /64,
/// which one household or one attacker gets whole.
fn household(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            IpAddr::from([s[0], s[1], s[2], s[3], 0, 0, 0, 0])
        }
        IpAddr::V6(v6) => IpAddr::V4(v6.to_ipv4_mapped().unwrap_or(std::net::Ipv4Addr::UNSPECIFIED)),
        v4 => v4,
    }
}

/// A socket that holds its address's slot while it is open.
struct Counted {
    tcp: TcpStream,
    _slot: Option<Slot>,
}

impl AsyncRead for Counted {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_read(cx, buf)
    }
}

impl AsyncWrite for Counted {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.tcp).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.tcp).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.tcp.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_address_holds_only_so_many_slots() {
        let open = Arc::new(OpenConnections::default());
        let home: IpAddr = "203.0.113.7".parse().unwrap();
        let first = open.take(home, 2).unwrap();
        let _second = open.take(home, 2).unwrap();
        assert!(open.take(home, 2).is_none());
        assert!(open.take("203.0.113.8".parse().unwrap(), 2).is_some(), "another address has its own");
        drop(first);
        assert!(open.take(home, 2).is_some(), "a closed connection gives its slot back");
    }

    #[test]
    fn an_ipv6_household_is_its_slash_64() {
        assert_eq!(
            household("2001:db8:1:2:aaaa::1".parse().unwrap()),
            household("2001:db8:1:2:bbbb::9".parse().unwrap())
        );
        assert_ne!(household("2001:db8:1:2::1".parse().unwrap()), household("2001:db8:1:3::1".parse().unwrap()));
        assert_eq!(household("::ffff:192.0.2.1".parse().unwrap()), "192.0.2.1".parse::<IpAddr>().unwrap());
    }
}
