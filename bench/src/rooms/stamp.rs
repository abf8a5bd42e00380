//! What a benchmark message carries: who sent it, its number in that
//! sender's sequence, and when it was meant to be sent (microseconds since
//! the run's epoch). Stamping the *intended* time, not the time the send
//! happened, is what corrects for coordinated omission: a sender held up by
//! a slow server still charges the wait to the server.

/// The words around the stamp: an ordinary chat line, so servers that read
/// messages (Holdspace's safety net) do their usual work on it. No quote,
/// ampersand or angle bracket, so it needs no escaping in JSON or XML.
const TEXT: &str = "thank you for sharing that, it rings true for me too";

/// A decoded stamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub sender: u32,
    pub n: u32,
    pub intended_us: u64,
}

/// The message text for a stamp.
pub fn encode(stamp: Stamp) -> String {
    format!("{TEXT} ~{}.{}.{}", stamp.sender, stamp.n, stamp.intended_us)
}

fn number(text: &str) -> Option<(u64, &str)> {
    let end = text.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(text.len());
    Some((text[..end].parse().ok()?, &text[end..]))
}

/// Finds and reads the stamp in a frame, whatever wraps it.
pub fn decode(frame: &str) -> Option<Stamp> {
    let rest = &frame[frame.rfind('~')? + 1..];
    let (sender, rest) = number(rest)?;
    let (n, rest) = number(rest.strip_prefix('.')?)?;
    let (intended_us, _) = number(rest.strip_prefix('.')?)?;
    Some(Stamp { sender: u32::try_from(sender).ok()?, n: u32::try_from(n).ok()?, intended_us })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_survives_any_wrapping() {
        let stamp = Stamp { sender: 18_999, n: 42, intended_us: 123_456_789 };
        let text = encode(stamp);
        assert_eq!(decode(&text), Some(stamp));
        assert_eq!(
            decode(&format!(r#"{{"seq":9,"type":"message","message":{{"text":"{text}","cw":null}}}}"#)),
            Some(stamp)
        );
        assert_eq!(decode(&format!(r#"42["msg","{text}"]"#)), Some(stamp));
        assert_eq!(decode(&format!("<message type='groupchat'><body>{text}</body></message>")), Some(stamp));
        assert_eq!(decode("no stamp here"), None);
        assert_eq!(decode("~1.2"), None);
    }
}
