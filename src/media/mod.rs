//! Calls beside live rooms, on Janus (its AudioBridge plugin for sound, its
//! VideoRoom plugin for the cameras of a video meet): Holdspace creates each
//! meet's call rooms when the meet's room opens and
//! destroys it when the meet ends, lets in only the people the room lets
//! in (each with a token of their own for this meet), and enforces a
//! facilitator's mute and a removal on the media server itself.
//!
//! Browsers never speak to Janus's API: their call signalling comes through
//! Holdspace (see `crate::web::pages::call`), which passes on only joining,
//! ICE candidates, muting, and turning a camera on or off and watching
//! others', with the room, the person's token and id filled in by Holdspace. So nobody can join as someone else, unmute past a
//! facilitator, or ask Janus to record (the AudioBridge lets any participant
//! record themselves; Janus is also configured to refuse every file path).
//! Media itself flows between browsers and Janus directly.

use std::sync::Arc;

use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Value, json};
use sha2::Sha256;
use tokio_util::task::TaskTracker;

use crate::config::MediaSettings;

mod call;
pub mod janus;
pub mod relay;

pub use call::{Call, NoSeat, SPEAKING_DBOV, Seat};
pub use janus::{Handle, Janus, JanusError};

/// The media server, as Holdspace uses it.
pub struct Media {
    janus: Janus,
    secret: String,
    /// What browsers are told to use to reach Janus through NATs.
    ice_servers: Value,
}

impl Media {
    pub fn new(settings: &MediaSettings) -> Media {
        let ice_servers = if settings.turn_urls.is_empty() {
            json!([])
        } else if settings.turn_username.is_empty() {
            json!([{"urls": settings.turn_urls}])
        } else {
            json!([{
                "urls": settings.turn_urls,
                "username": settings.turn_username,
                "credential": settings.turn_password,
            }])
        };
        Media { janus: Janus::new(&settings.url, &settings.secret), secret: settings.secret.clone(), ice_servers }
    }

    /// Janus's API.
    pub fn janus(&self) -> &Janus {
        &self.janus
    }

    /// The ICE servers (TURN, STUN) browsers use for calls, as
    /// `RTCPeerConnection` takes them.
    pub fn ice_servers(&self) -> &Value {
        &self.ice_servers
    }

    /// The AudioBridge `admin_key` that room creation needs.
    fn admin_key(&self) -> &str {
        &self.secret
    }

    /// The secret that manages one meet's call room: derived, so that an
    /// instance started again (or another instance) can still destroy it.
    pub fn room_secret(&self, meet: i64) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(self.secret.as_bytes()).expect("HMAC accepts keys of any length");
        mac.update(format!("call-room:{meet}").as_bytes());
        mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Starts the call of a meet whose room has just opened, with cameras
    /// or not: its Janus rooms are created at once and destroyed when the call ends. Its task is
    /// tracked with `tasks`, so a server stopping waits for the room to go.
    pub fn start_call(self: &Arc<Self>, meet: i64, video: bool, tasks: &TaskTracker) -> Call {
        Call::start(Arc::clone(self), meet, video, tasks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_meet_has_its_own_room_secret() {
        let settings =
            crate::config::media(Some("http://127.0.0.1:8088/janus"), Some("0123456789abcdef"), None, None, None)
                .unwrap()
                .unwrap();
        let media = Media::new(&settings);
        assert_eq!(media.room_secret(1), media.room_secret(1), "the same after a restart");
        assert_ne!(media.room_secret(1), media.room_secret(2));
        assert!(!media.room_secret(1).contains("0123456789abcdef"));
        assert_eq!(media.ice_servers(), &json!([]));
    }
}
