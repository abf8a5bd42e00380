-- Prosody as a benchmark peer: XMPP multi-user chat over WebSocket
-- (RFC 7395) on loopback, with anonymous sign-in, nothing kept on disk and
-- warnings-only logging. `holdspace-bench rooms` fills in @PORT@ and @DIR@.
run_as_root = true
pidfile = "@DIR@/prosody.pid"
data_path = "@DIR@"
network_backend = "epoll"
log = { warn = "*console" }
storage = "memory"

modules_enabled = { "disco", "ping", "saslauth", "websocket" }
c2s_require_encryption = false
consider_websocket_secure = true
cross_domain_websocket = true

http_ports = { @PORT@ }
http_interfaces = { "127.0.0.1" }
https_ports = {}
c2s_ports = {}
s2s_ports = {}
component_ports = {}

VirtualHost "localhost"
    authentication = "anonymous"

Component "conference.localhost" "muc"
    muc_room_locking = false
    muc_room_default_history_length = 0
    restrict_room_creation = false
