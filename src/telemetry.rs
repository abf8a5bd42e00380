//! Structured logs with `tracing`. Log lines carry ids and counts, never a
//! password, an email, a token, a search or anything said in a circle.

use tracing::level_filters::LevelFilter;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use crate::config::LogFormat;

/// Starts logging to standard error. Our own events log at `level`; the
/// libraries underneath only log warnings and errors (their debug output
/// can include SQL text).
pub fn init(level: LevelFilter, format: LogFormat) {
    let filter = Targets::new().with_target("holdspace", level).with_default(level.min(LevelFilter::WARN));
    let registry = tracing_subscriber::registry().with(filter);
    let result = match format {
        LogFormat::Text => registry.with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr)).try_init(),
        LogFormat::Json => {
            registry.with(tracing_subscriber::fmt::layer().json().with_writer(std::io::stderr)).try_init()
        }
    };
    // Already initialised (tests start several servers in one process): keep the first.
    drop(result);
}
