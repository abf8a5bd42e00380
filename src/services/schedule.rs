//! Turning series into meets: when a series is added, and every hour so
//! open-ended series always reach [`HORIZON_DAYS`] ahead.

use chrono::{DateTime, Duration, Utc};

use crate::domain::schedule::{HORIZON_DAYS, Series};
use crate::store::{Store, StoreError};

/// The meets of a series from `now` to the horizon.
fn window(series: &Series, now: DateTime<Utc>) -> Vec<crate::domain::schedule::Occurrence> {
    series.occurrences(now, now + Duration::days(HORIZON_DAYS))
}

/// Adds a series to a circle and creates its meets. Returns the series id
/// and how many meets were created.
pub async fn add_series(
    store: &Store,
    circle_id: i64,
    series: &Series,
    now: DateTime<Utc>,
) -> Result<(i64, usize), StoreError> {
    let id = store.create_series(circle_id, series, now.timestamp()).await?;
    let created =
        store.add_meets(circle_id, id, series.duration_minutes, &window(series, now), now.timestamp_millis()).await?;
    Ok((id, created.len()))
}

/// Creates any meets that have come within the horizon since last time.
/// Existing meets, including moved and cancelled ones, are left as they are.
pub async fn extend_all(store: &Store, now: DateTime<Utc>) -> Result<usize, StoreError> {
    let mut created = 0;
    for (circle_id, stored) in store.series(None).await? {
        let series = &stored.series;
        created += store
            .add_meets(circle_id, stored.id, series.duration_minutes, &window(series, now), now.timestamp_millis())
            .await?
            .len();
    }
    Ok(created)
}
