//! The organisation's trainings, who completed which, and which a circle
//! requires of its facilitators. Records are read only by their person and
//! by coordinators (the pages enforce it).

use chrono::NaiveDate;

use super::{Store, StoreResult, reading, writing};
use crate::domain::training::{Cover, Training};

/// A completion as the record pages show it.
#[derive(Debug, Clone)]
pub struct TrainingRecord {
    pub id: i64,
    pub training: Training,
    pub member_id: i64,
    pub alias: String,
    pub completed_on: NaiveDate,
    /// The coordinator who recorded it (gone if their account was deleted).
    pub checked_by: Option<String>,
}

/// A facilitator of a circle missing a training it requires, or whose
/// training lapses within the warning window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingGap {
    pub circle_slug: String,
    pub circle_name: String,
    pub alias: String,
    pub training: String,
    /// When it lapses (or lapsed); `None` when never completed.
    pub ends: Option<NaiveDate>,
}

type TrainingRow = (i64, String, String, Option<i64>, bool);

fn training_from((id, name, covers, months, retired): TrainingRow) -> Training {
    Training { id, name, covers, valid_months: months.and_then(|m| u32::try_from(m).ok()), retired }
}

type RecordRow = (i64, i64, String, String, Option<i64>, bool, i64, String, String, Option<String>);

fn record_from(row: RecordRow) -> Option<TrainingRecord> {
    let (id, tid, name, covers, months, retired, member_id, alias, completed, checked_by) = row;
    Some(TrainingRecord {
        id,
        training: training_from((tid, name, covers, months, retired)),
        member_id,
        alias,
        completed_on: completed.parse().ok()?,
        checked_by,
    })
}

/// The columns of a [`RecordRow`], as a literal so whole queries stay static.
macro_rules! record_select {
    () => {
        "SELECT r.id, t.id, t.name, t.covers, t.valid_months, t.retired, m.id, m.alias, r.completed_on, c.alias
     FROM training_records r JOIN trainings t ON t.id = r.training_id JOIN members m ON m.id = r.member_id
     LEFT JOIN members c ON c.id = r.checked_by"
    };
}

impl Store {
    /// Every training, current ones first, by name.
    pub async fn trainings(&self) -> StoreResult<Vec<Training>> {
        let rows: Vec<TrainingRow> = reading!(self, pool => sqlx::query_as(
            "SELECT id, name, covers, valid_months, retired FROM trainings ORDER BY retired, LOWER(name), id"
        ).fetch_all(pool).await)?;
        Ok(rows.into_iter().map(training_from).collect())
    }

    /// Adds a training (`id` 0) or changes its name, cover and validity.
    pub async fn save_training(&self, t: &Training) -> StoreResult<i64> {
        let months = t.valid_months.map(i64::from);
        let id = writing!(self, pool => if t.id == 0 {
            sqlx::query_scalar("INSERT INTO trainings (name, covers, valid_months) VALUES ($1, $2, $3) RETURNING id")
                .bind(&t.name).bind(&t.covers).bind(months).fetch_one(pool).await
        } else {
            sqlx::query("UPDATE trainings SET name = $1, covers = $2, valid_months = $3 WHERE id = $4")
                .bind(&t.name).bind(&t.covers).bind(months).bind(t.id).execute(pool).await.map(|_| t.id)
        })?;
        Ok(id)
    }

    /// Retires a training (or brings it back): retired ones are not offered
    /// or required, and old records keep their name.
    pub async fn set_training_retired(&self, id: i64, retired: bool) -> StoreResult<()> {
        writing!(self, pool => sqlx::query("UPDATE trainings SET retired = $1 WHERE id = $2")
            .bind(retired).bind(id).execute(pool).await.map(|_| ()))?;
        Ok(())
    }

    /// Records that a member completed a training, checked by a coordinator.
    pub async fn record_training(
        &self,
        training_id: i64,
        member_id: i64,
        completed_on: NaiveDate,
        checked_by: i64,
        at: i64,
    ) -> StoreResult<i64> {
        let id = writing!(self, pool => sqlx::query_scalar(
            "INSERT INTO training_records (training_id, member_id, completed_on, checked_by, recorded_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id"
        ).bind(training_id).bind(member_id).bind(completed_on.to_string()).bind(checked_by).bind(at)
            .fetch_one(pool).await)?;
        Ok(id)
    }

    /// Removes a wrong record, answering what it was (for the audit log).
    pub async fn delete_training_record(&self, id: i64) -> StoreResult<Option<TrainingRecord>> {
        let found = self.training_record(id).await?;
        writing!(self, pool => sqlx::query("DELETE FROM training_records WHERE id = $1").bind(id).execute(pool).await.map(|_| ()))?;
        Ok(found)
    }

    async fn training_record(&self, id: i64) -> StoreResult<Option<TrainingRecord>> {
        const SQL: &str = concat!(record_select!(), " WHERE r.id = $1");
        let row: Option<RecordRow> = reading!(self, pool => sqlx::query_as(SQL).bind(id).fetch_optional(pool).await)?;
        Ok(row.and_then(record_from))
    }

    /// Records: one member's (`Some`), or everyone's, newest first.
    pub async fn training_records(&self, member_id: Option<i64>) -> StoreResult<Vec<TrainingRecord>> {
        const SQL: &str = concat!(
            record_select!(),
            " WHERE ($1 = 0 OR r.member_id = $1) ORDER BY m.alias_key, LOWER(t.name), r.completed_on DESC"
        );
        let rows: Vec<RecordRow> =
            reading!(self, pool => sqlx::query_as(SQL).bind(member_id.unwrap_or(0)).fetch_all(pool).await)?;
        Ok(rows.into_iter().filter_map(record_from).collect())
    }

    /// The ids of the trainings a circle requires of its facilitators.
    pub async fn circle_training_ids(&self, circle_id: i64) -> StoreResult<Vec<i64>> {
        let ids = reading!(self, pool => sqlx::query_scalar(
            "SELECT training_id FROM circle_trainings WHERE circle_id = $1 ORDER BY training_id"
        ).bind(circle_id).fetch_all(pool).await)?;
        Ok(ids)
    }

    /// Replaces the trainings a circle requires.
    pub async fn set_circle_trainings(&self, circle_id: i64, training_ids: &[i64]) -> StoreResult<()> {
        writing!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM circle_trainings WHERE circle_id = $1").bind(circle_id).execute(&mut *tx).await?;
            for id in training_ids {
                sqlx::query("INSERT INTO circle_trainings (circle_id, training_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(circle_id).bind(id).execute(&mut *tx).await?;
            }
            tx.commit().await
        })?;
        Ok(())
    }

    /// The names of the circle's required trainings that a member lacks or
    /// has let lapse on `today`: why they cannot facilitate it yet.
    pub async fn missing_trainings(
        &self,
        circle_id: i64,
        member_id: i64,
        today: NaiveDate,
    ) -> StoreResult<Vec<String>> {
        Ok(self
            .required_cover(circle_id, member_id)
            .await?
            .into_iter()
            .filter(|(_, held)| !held.holds_on(today))
            .map(|(name, _)| name)
            .collect())
    }

    /// Each training a circle requires (by name), with how long a member's
    /// completions cover them.
    pub async fn required_cover(&self, circle_id: i64, member_id: i64) -> StoreResult<Vec<(String, Cover)>> {
        let required: Vec<TrainingRow> = reading!(self, pool => sqlx::query_as(
            "SELECT t.id, t.name, t.covers, t.valid_months, t.retired FROM circle_trainings ct
             JOIN trainings t ON t.id = ct.training_id WHERE ct.circle_id = $1 AND NOT t.retired ORDER BY LOWER(t.name)"
        ).bind(circle_id).fetch_all(pool).await)?;
        let records = self.training_records(Some(member_id)).await?;
        Ok(required
            .into_iter()
            .map(training_from)
            .map(|t| {
                let held = cover(&t, &records, member_id);
                (t.name, held)
            })
            .collect())
    }

    /// Every facilitator of a circle (not archived) lacking a training it
    /// requires now or within the warning window from `today`.
    pub async fn training_gaps(&self, today: NaiveDate) -> StoreResult<Vec<TrainingGap>> {
        type Row = (String, String, i64, String, i64, String, String, Option<i64>, bool);
        let rows: Vec<Row> = reading!(self, pool => sqlx::query_as(
            "SELECT c.slug, c.name, m.id, m.alias, t.id, t.name, t.covers, t.valid_months, t.retired
             FROM circle_trainings ct
             JOIN circles c ON c.id = ct.circle_id
             JOIN trainings t ON t.id = ct.training_id
             JOIN circle_facilitators f ON f.circle_id = c.id
             JOIN members m ON m.id = f.member_id
             WHERE NOT t.retired AND m.is_facilitator AND c.status <> 'archived'
             ORDER BY c.name, m.alias_key, LOWER(t.name)"
        ).fetch_all(pool).await)?;
        let records = self.training_records(None).await?;
        Ok(rows
            .into_iter()
            .filter_map(|(slug, circle, member_id, alias, tid, name, covers, months, retired)| {
                let training = training_from((tid, name, covers, months, retired));
                let held = cover(&training, &records, member_id);
                held.gap_on(today).then(|| TrainingGap {
                    circle_slug: slug,
                    circle_name: circle,
                    alias,
                    training: training.name,
                    ends: held.ends(),
                })
            })
            .collect())
    }
}

/// A member's cover for one training, from the records given.
fn cover(training: &Training, records: &[TrainingRecord], member_id: i64) -> Cover {
    let completions: Vec<NaiveDate> = records
        .iter()
        .filter(|r| r.member_id == member_id && r.training.id == training.id)
        .map(|r| r.completed_on)
        .collect();
    Cover::of(training, &completions)
}
