//! What one receiver measures of the audio reaching it, as RTP's receiver
//! reports define it (RFC 3550, section 6.4.1 and appendix A.8): packets
//! lost, from gaps in the sequence numbers, and interarrival jitter, the
//! smoothed variation of packets' transit times.

use std::time::Instant;

/// Opus's RTP clock: 48,000 ticks a second, whatever the audio's rate.
pub const CLOCK_HZ: f64 = 48_000.0;

/// One window of reception: reset at the start of each measurement.
#[derive(Debug, Clone, Default)]
pub struct Reception {
    /// The first and highest extended sequence numbers seen in the window.
    first: Option<u64>,
    highest: u64,
    received: u64,
    /// The previous packet's transit time, in RTP ticks.
    last_transit: Option<f64>,
    /// RFC 3550's running estimate J, in RTP ticks (kept across windows).
    jitter: f64,
    /// The sum of J after each packet of the window, for its mean.
    jitter_sum: f64,
}

/// A receiver's figures over one window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    pub expected: u64,
    pub received: u64,
    /// RFC 3550's jitter, averaged over the window's packets, in milliseconds.
    pub jitter_ms: f64,
}

impl Window {
    /// The share of expected packets that never came, 0 to 1.
    pub fn loss(&self) -> f64 {
        if self.expected == 0 { 0.0 } else { self.expected.saturating_sub(self.received) as f64 / self.expected as f64 }
    }
}

impl Reception {
    /// A packet arrived at `arrival` (seconds on any steady clock) with
    /// extended sequence number `seq` and RTP timestamp `timestamp`.
    pub fn record(&mut self, seq: u64, timestamp: u32, arrival: f64) {
        let first = *self.first.get_or_insert(seq);
        if seq < first {
            // Late from before the window began: not this window's.
            return;
        }
        self.highest = self.highest.max(seq);
        self.received += 1;
        let transit = arrival * CLOCK_HZ - f64::from(timestamp);
        if let Some(last) = self.last_transit {
            // Only the 32-bit timestamp's difference matters; a wrap is rare but real.
            let d = (transit - last).abs();
            let d = if d > f64::from(u32::MAX / 2) { (d - f64::from(u32::MAX) - 1.0).abs() } else { d };
            self.jitter += (d - self.jitter) / 16.0;
        }
        self.last_transit = Some(transit);
        self.jitter_sum += self.jitter;
    }

    /// Ends the window: its figures, and a fresh window that keeps J.
    pub fn take(&mut self) -> Window {
        let expected = self.first.map_or(0, |first| self.highest - first + 1);
        let window = Window {
            expected,
            received: self.received,
            jitter_ms: if self.received == 0 {
                0.0
            } else {
                self.jitter_sum / self.received as f64 / CLOCK_HZ * 1000.0
            },
        };
        *self = Reception { jitter: self.jitter, last_transit: self.last_transit, ..Reception::default() };
        window
    }
}

/// Seconds since `origin`, as `record` takes arrival times.
pub fn seconds_since(origin: Instant, at: Instant) -> f64 {
    at.saturating_duration_since(origin).as_secs_f64()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: u32 = 960;

    #[test]
    fn packets_on_time_have_no_loss_and_no_jitter() {
        let mut r = Reception::default();
        for i in 0..100u32 {
            r.record(u64::from(i) + 500, 1000 + i * FRAME, 7.0 + f64::from(i) * 0.020);
        }
        let w = r.take();
        assert_eq!((w.expected, w.received), (100, 100));
        assert_eq!(w.loss(), 0.0);
        assert!(w.jitter_ms < 1e-6, "{}", w.jitter_ms);
    }

    #[test]
    fn gaps_in_the_sequence_count_as_lost() {
        let mut r = Reception::default();
        for i in (0..100u32).filter(|i| i % 10 != 3) {
            r.record(u64::from(i), i * FRAME, f64::from(i) * 0.020);
        }
        let w = r.take();
        assert_eq!((w.expected, w.received), (100, 90));
        assert!((w.loss() - 0.10).abs() < 1e-9);
    }

    #[test]
    fn alternating_lateness_converges_to_rfc_3550s_jitter() {
        // Every other packet 10 ms late: each transit differs from the last
        // by 10 ms, so J tends to 10 ms.
        let mut r = Reception::default();
        for i in 0..2000u32 {
            let late = if i % 2 == 1 { 0.010 } else { 0.0 };
            r.record(u64::from(i), i * FRAME, f64::from(i) * 0.020 + late);
        }
        r.take();
        for i in 2000..2100u32 {
            let late = if i % 2 == 1 { 0.010 } else { 0.0 };
            r.record(u64::from(i), i * FRAME, f64::from(i) * 0.020 + late);
        }
        let w = r.take();
        assert!((w.jitter_ms - 10.0).abs() < 0.1, "{}", w.jitter_ms);
    }

    #[test]
    fn a_new_window_counts_only_its_own_packets() {
        let mut r = Reception::default();
        for i in 0..50u32 {
            r.record(u64::from(i), i * FRAME, f64::from(i) * 0.020);
        }
        r.take();
        r.record(60, 60 * FRAME, 1.2);
        r.record(59, 59 * FRAME, 1.21);
        r.record(62, 62 * FRAME, 1.24);
        let w = r.take();
        assert_eq!((w.expected, w.received), (3, 2), "one lost between 60 and 62; 59 came late from before");
        assert_eq!(Reception::default().take().loss(), 0.0, "nothing expected, nothing lost");
    }

    #[test]
    fn a_timestamp_wrap_is_not_jitter() {
        let mut r = Reception::default();
        let start = u32::MAX - 5 * FRAME;
        for i in 0..20u32 {
            r.record(u64::from(i), start.wrapping_add(i * FRAME), f64::from(i) * 0.020);
        }
        assert!(r.take().jitter_ms < 1e-3);
    }
}
