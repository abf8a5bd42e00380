//! The sound every fake person sends: `bench/calls/tone.opus` (made by
//! `bench/calls/make-tone`), one second of Opus in 20 ms frames, read out
//! of its Ogg pages (RFC 7845) and sent in a loop.

/// The Opus packets of an Ogg Opus file, without its two header packets.
pub fn opus_packets(ogg: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let mut packets = Vec::new();
    let mut current = Vec::new();
    let mut at = 0;
    while at < ogg.len() {
        let page = ogg.get(at..).filter(|p| p.len() >= 27 && p.starts_with(b"OggS")).ok_or("not an Ogg page")?;
        let segments = usize::from(page[26]);
        let table = page.get(27..27 + segments).ok_or("a cut Ogg page")?;
        let mut body = 27 + segments;
        for &lacing in table {
            let end = body + usize::from(lacing);
            current.extend_from_slice(page.get(body..end).ok_or("a cut Ogg page")?);
            body = end;
            // A lacing value under 255 ends a packet.
            if lacing < 255 {
                packets.push(std::mem::take(&mut current));
            }
        }
        at += body;
    }
    if packets.first().is_none_or(|p| !p.starts_with(b"OpusHead")) {
        return Err("not an Ogg Opus file".into());
    }
    let audio: Vec<Vec<u8>> = packets.into_iter().skip(2).filter(|p| !p.is_empty()).collect();
    if audio.is_empty() { Err("no audio in the Ogg Opus file".into()) } else { Ok(audio) }
}

/// The tone shipped with the benchmark.
pub fn packets() -> Vec<Vec<u8>> {
    opus_packets(include_bytes!("../../calls/tone.opus")).expect("bench/calls/tone.opus is Ogg Opus")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tone_is_a_second_of_20_ms_opus_frames() {
        let packets = packets();
        // Opus's first packet also carries the encoder's look-ahead.
        assert!((50..=52).contains(&packets.len()), "{}", packets.len());
        for packet in &packets {
            // The TOC byte's configurations of 20 ms frames (RFC 6716, 3.1); code 0: one frame.
            let config = packet[0] >> 3;
            assert!([1, 5, 9, 13, 15, 19, 23, 27, 31].contains(&config), "config {config}: not 20 ms");
            assert_eq!(packet[0] & 0b11, 0, "one frame per packet");
        }
    }

    #[test]
    fn anything_but_ogg_opus_is_refused() {
        assert!(opus_packets(b"RIFF....WAVE").is_err());
        assert!(opus_packets(b"").is_err());
    }
}
