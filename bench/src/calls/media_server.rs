//! Janus for the benchmark: started with `scripts/janus` (Holdspace's own
//! configuration: the AudioBridge, its HTTP API on 127.0.0.1, nothing
//! recorded), in a directory of its own, and stopped when dropped.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct MediaServer {
    child: Child,
    dir: PathBuf,
    pub url: String,
    pub secret: String,
}

impl MediaServer {
    pub async fn start(http_port: u16) -> Result<MediaServer, String> {
        let dir = std::env::temp_dir().join(format!("holdspace-bench-janus-{}", std::process::id()));
        let mut secret = [0u8; 16];
        getrandom::fill(&mut secret).map_err(|e| e.to_string())?;
        let secret: String = secret.iter().map(|b| format!("{b:02x}")).collect();
        let child = Command::new("scripts/janus")
            .arg(&dir)
            // Room for a few hundred people, one port each (bundled, RTCP muxed).
            .args(["--http-port", &http_port.to_string(), "--rtp-ports", "20000-29999"])
            .env("HOLDSPACE_MEDIA_SECRET", &secret)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot run scripts/janus (run from the repository's root): {e}"))?;
        let mut server = MediaServer { child, dir, url: format!("http://127.0.0.1:{http_port}/janus"), secret };
        let client = reqwest::Client::new();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(120) {
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!("Janus stopped at once ({status})"));
            }
            let info = client.get(format!("{}/info", server.url)).send().await;
            if info.is_ok_and(|r| r.status().is_success()) {
                return Ok(server);
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        server.stop();
        Err("Janus did not answer within two minutes".into())
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Drop for MediaServer {
    fn drop(&mut self) {
        self.stop();
    }
}
