//! A Janus of the demo's own, so that a voice meet just works when someone
//! tries Holdspace on one machine. It is started only when Debian's `janus`
//! is installed and no media server was given, with the configuration in
//! `deploy/janus/` filled in as `scripts/janus` fills it: its API on a free
//! loopback port, a random secret, nothing recorded. It stops with the demo.
//!
//! Finding Janus reads the file system only, so a demo on a machine without
//! it starts as fast as before.

use std::net::{IpAddr, Ipv4Addr, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::auth::token::random_bytes;
use crate::config::{self, MediaSettings};

/// The configuration `scripts/janus` uses, with its `@NAMES@` to fill in.
const TEMPLATES: [(&str, &str); 4] = [
    ("janus.jcfg", include_str!("../../deploy/janus/janus.jcfg")),
    ("janus.plugin.audiobridge.jcfg", include_str!("../../deploy/janus/janus.plugin.audiobridge.jcfg")),
    ("janus.plugin.videoroom.jcfg", include_str!("../../deploy/janus/janus.plugin.videoroom.jcfg")),
    ("janus.transport.http.jcfg", include_str!("../../deploy/janus/janus.transport.http.jcfg")),
];
/// UDP ports for the demo's calls (the range `scripts/janus` uses by default).
const RTP_PORTS: &str = "20000-20999";

/// A running Janus of the demo's own.
pub struct LocalJanus {
    child: Child,
    dir: PathBuf,
    /// How Holdspace reaches it.
    pub settings: MediaSettings,
    /// The address browsers send audio to.
    pub interface: IpAddr,
}

/// `janus` on the `PATH`, if it is installed.
fn installed() -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("janus"))
        .find(|file| std::fs::metadata(file).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0))
}

/// The folder holding Janus's `plugins/` (where Debian puts it, or beside
/// the binary for a build of one's own).
fn library_dir(binary: &Path) -> Option<PathBuf> {
    let mut candidates = Vec::new();
    for lib in ["/usr/lib", "/usr/local/lib"] {
        candidates.push(Path::new(lib).join("janus"));
        for entry in std::fs::read_dir(lib).into_iter().flatten().flatten() {
            candidates.push(entry.path().join("janus"));
        }
    }
    if let Some(prefix) = binary.parent().and_then(Path::parent) {
        candidates.push(prefix.join("lib/janus"));
    }
    candidates.into_iter().find(|dir| dir.join("plugins/libjanus_audiobridge.so").is_file())
}

/// This machine's own address on its default route, which browsers on it
/// reach and Janus gathers candidates on (it gathers none on loopback).
/// Connecting a UDP socket sends nothing. Loopback when there is no other.
fn own_address() -> IpAddr {
    let found = UdpSocket::bind("0.0.0.0:0")
        .and_then(|socket| socket.connect("192.0.2.1:9").and_then(|()| socket.local_addr()))
        .map(|addr| addr.ip());
    match found {
        Ok(ip) if !ip.is_loopback() && !ip.is_unspecified() => ip,
        _ => IpAddr::V4(Ipv4Addr::LOCALHOST),
    }
}

fn free_loopback_port() -> std::io::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Writes a file only its owner can read (it holds the secret).
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?.write_all(contents.as_bytes())
}

/// Starts a Janus for the demo: `Ok(None)` when Janus is not installed, an
/// error (to say, then carry on in text only) when it is but cannot start.
/// Holdspace does not wait for it to answer: calls begin once it does.
pub fn start() -> Result<Option<LocalJanus>, String> {
    let Some(binary) = installed() else { return Ok(None) };
    let lib = library_dir(&binary).ok_or("its AudioBridge plugin was not found")?;
    let secret: String = random_bytes::<24>().iter().map(|b| format!("{b:02x}")).collect();
    let port = free_loopback_port().map_err(|e| format!("no free port: {e}"))?;
    let interface = own_address();
    let dir = std::env::temp_dir().join(format!(
        "holdspace-demo-janus-{}",
        random_bytes::<6>().iter().map(|b| format!("{b:02x}")).collect::<String>()
    ));
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let fill = |template: &str| {
        template
            .replace("@DIR@", &dir.to_string_lossy())
            .replace("@LIBDIR@", &lib.to_string_lossy())
            .replace("@SECRET@", &secret)
            .replace("@INTERFACE@", &interface.to_string())
            .replace("@HTTP_PORT@", &port.to_string())
            .replace("@RTP_PORTS@", RTP_PORTS)
    };
    let started = TEMPLATES
        .iter()
        .try_for_each(|(name, template)| write_private(&dir.join(name), &fill(template)))
        .map_err(|e| format!("cannot write its configuration: {e}"))
        .and_then(|()| {
            Command::new(&binary)
                .arg("-F")
                .arg(&dir)
                .arg("-C")
                .arg(dir.join("janus.jcfg"))
                .arg("-o")
                .current_dir(&dir)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot run {}: {e}", binary.display()))
        });
    let child = match started {
        Ok(child) => child,
        Err(problem) => {
            let _ = std::fs::remove_dir_all(&dir);
            return Err(problem);
        }
    };
    let url = format!("http://127.0.0.1:{port}/janus");
    let settings = config::media(Some(&url), Some(&secret), None, None, None)
        .ok()
        .flatten()
        .expect("a loopback URL and a long hex secret are valid settings");
    Ok(Some(LocalJanus { child, dir, settings, interface }))
}

impl LocalJanus {
    /// Stops Janus and removes its configuration.
    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_in_the_configuration_is_filled_in() {
        let names = ["@DIR@", "@LIBDIR@", "@SECRET@", "@INTERFACE@", "@HTTP_PORT@", "@RTP_PORTS@"];
        for (file, template) in TEMPLATES {
            // Comments may speak of the @NAMES@; settings may not keep one.
            let settings: Vec<&str> = template.lines().filter(|l| !l.trim_start().starts_with('#')).collect();
            let mut rest = settings.join("\n");
            for name in names {
                rest = rest.replace(name, "");
            }
            assert!(!rest.contains('@'), "{file} has a name the demo does not fill in");
        }
        assert!(TEMPLATES[0].1.contains("protected_folders = [ \"/\" ]"), "nothing may be recorded");
    }
}
