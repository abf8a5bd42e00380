//! Starting and stopping the servers under test on loopback. The peers'
//! set-ups live in `bench/peers/` (installed by `bench/peers/setup`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::server::{free_port, wait_ready};

/// A server process that is killed when this is dropped.
pub struct Running {
    child: Child,
    pub pid: u32,
    pub port: u16,
    pub version: String,
    dir: Option<PathBuf>,
}

impl Running {
    pub fn new(child: Child, port: u16, version: String, dir: Option<PathBuf>) -> Running {
        Running { pid: child.id(), child, port, version, dir }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn peers_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("peers")
}

/// The Socket.IO room server (`bench/peers/socketio/server.js`).
pub async fn socketio() -> Result<Running, String> {
    let dir = peers_dir().join("socketio");
    let package = std::fs::read_to_string(dir.join("node_modules/socket.io/package.json"))
        .map_err(|_| "Socket.IO is not installed: run bench/peers/setup".to_string())?;
    let version = serde_json::from_str::<serde_json::Value>(&package)
        .ok()
        .and_then(|v| v.get("version").and_then(|v| v.as_str()).map(str::to_string))
        .unwrap_or_default();
    let port = free_port();
    let child = Command::new("node")
        .arg("server.js")
        .current_dir(&dir)
        .env("PORT", port.to_string())
        .env("NODE_ENV", "production")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start node: {e}"))?;
    let running = Running::new(child, port, format!("Socket.IO {version} (Node {})", node_version()), None);
    wait_ready(port, "Socket.IO").await?;
    Ok(running)
}

fn node_version() -> String {
    Command::new("node")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().trim_start_matches('v').to_string())
        .unwrap_or_default()
}

/// Prosody with `bench/peers/prosody/prosody.cfg.lua`.
pub async fn prosody() -> Result<Running, String> {
    let template = std::fs::read_to_string(peers_dir().join("prosody/prosody.cfg.lua")).map_err(|e| e.to_string())?;
    let port = free_port();
    let dir = std::env::temp_dir().join(format!("holdspace-bench-prosody-{port}"));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let config = dir.join("prosody.cfg.lua");
    let text = template.replace("@PORT@", &port.to_string()).replace("@DIR@", &dir.display().to_string());
    std::fs::write(&config, text).map_err(|e| e.to_string())?;
    let child = Command::new("prosody")
        .arg("--config")
        .arg(&config)
        .arg("-F")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start prosody (run bench/peers/setup): {e}"))?;
    let version = std::fs::read_to_string("/usr/lib/prosody/prosody.version").unwrap_or_default();
    let running = Running::new(child, port, format!("Prosody {}", version.trim()), Some(dir));
    wait_ready(port, "Prosody").await?;
    Ok(running)
}
