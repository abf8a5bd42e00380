//! Circles' meeting links on outside tools, kept apart from the circle's
//! other fields so that nothing reading a circle (pages, the API, calendar
//! files, the directory) can carry one by accident.

use super::{Store, StoreResult, reading, writing};
use crate::domain::external_link::ExternalLink;

impl Store {
    /// A circle's outside meeting link, if it has one.
    pub async fn external_link(&self, circle_id: i64) -> StoreResult<Option<ExternalLink>> {
        let stored: Option<Option<String>> = reading!(self, pool => {
            sqlx::query_scalar("SELECT external_link FROM circles WHERE id = $1")
                .bind(circle_id)
                .fetch_optional(pool)
                .await
        })?;
        Ok(stored.flatten().map(ExternalLink::from_stored))
    }

    /// Gives a circle an outside meeting link, or (with `None`) takes it away.
    pub async fn set_external_link(&self, circle_id: i64, link: Option<&ExternalLink>) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("UPDATE circles SET external_link = $2 WHERE id = $1")
                .bind(circle_id)
                .bind(link.map(ExternalLink::as_str))
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }
}
