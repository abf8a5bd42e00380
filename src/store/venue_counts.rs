//! How many came to each meet at its venue; a count, never a list.

use super::{Store, StoreResult, reading, writing};
use crate::domain::venue_count::VenueCount;

impl Store {
    /// Counts one more person in at a meet's venue.
    pub async fn count_in(&self, meet_id: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query(
                "INSERT INTO venue_counts (meet_id, checked_in) VALUES ($1, 1)
                 ON CONFLICT (meet_id) DO UPDATE SET checked_in = venue_counts.checked_in + 1",
            )
            .bind(meet_id)
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// Sets (or, with `None`, clears) the facilitator's headcount.
    pub async fn set_headcount(&self, meet_id: i64, headcount: Option<i64>) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query(
                "INSERT INTO venue_counts (meet_id, headcount) VALUES ($1, $2)
                 ON CONFLICT (meet_id) DO UPDATE SET headcount = $2",
            )
            .bind(meet_id)
            .bind(headcount)
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// How many came to a meet at its venue (nothing yet is zero).
    pub async fn venue_count(&self, meet_id: i64) -> StoreResult<VenueCount> {
        let row: Option<(i64, Option<i64>)> = reading!(self, pool => {
            sqlx::query_as("SELECT checked_in, headcount FROM venue_counts WHERE meet_id = $1")
                .bind(meet_id)
                .fetch_optional(pool)
                .await
        })?;
        Ok(row.map(|(checked_in, headcount)| VenueCount { checked_in, headcount }).unwrap_or_default())
    }
}
