//! Circles and who facilitates them.

use std::str::FromStr;

use chrono_tz::Tz;
use sqlx::{ColumnIndex, Decode, Row, Type};

use super::notices::{CIRCLE_AUDIENCE, notify};
use super::{Store, StoreError, StoreResult, reading, writing};
use crate::domain::circle::{
    CallFormat, Circle, FacilitatorCard, Format, Status, lines_from_stored, tags_from_stored, tags_to_stored,
};
use crate::domain::notice::Event;
use crate::domain::room::MoodNumbers;
use crate::domain::venue::{Answer, Venue};

/// The last column says whether someone assigned still holds the
/// facilitator role (`permissions::runs_circle`), for `Circle::publicly_listed`.
macro_rules! circle_columns {
    () => {
        "c.id, c.slug, c.name, c.summary, c.description, c.how_it_works, c.topics, c.audience, c.eligibility, \
         c.age_min, c.age_max, c.languages, c.format, c.city, c.area, c.address, c.address_after_rsvp, c.country, \
         c.time_zone, c.capacity, c.listed, c.drop_in, c.status, c.agreements, c.agreements_version, c.advice_nudge, \
         c.mood_numbers, c.call_format, c.venue_step_free, c.venue_hearing_loop, c.venue_quiet_room, c.venue_toilets, \
         c.venue_transport, c.venue_door, \
         EXISTS (SELECT 1 FROM circle_facilitators cf JOIN members cm ON cm.id = cf.member_id \
                 WHERE cf.circle_id = c.id AND cm.is_facilitator)"
    };
}

fn circle_from_row<'r, R>(row: &'r R) -> Result<Circle, sqlx::Error>
where
    R: Row,
    usize: ColumnIndex<R>,
    i64: Decode<'r, R::Database> + Type<R::Database>,
    Option<i64>: Decode<'r, R::Database> + Type<R::Database>,
    bool: Decode<'r, R::Database> + Type<R::Database>,
    String: Decode<'r, R::Database> + Type<R::Database>,
{
    let decode = |index: usize, what: &'static str| sqlx::Error::ColumnDecode {
        index: index.to_string(),
        source: format!("unknown {what}").into(),
    };
    let text = |i: usize| row.try_get::<String, _>(i);
    let answer = |i: usize| Answer::parse(&text(i)?).ok_or_else(|| decode(i, "venue answer"));
    Ok(Circle {
        id: row.try_get(0)?,
        slug: text(1)?,
        name: text(2)?,
        summary: text(3)?,
        description: text(4)?,
        how_it_works: text(5)?,
        topics: tags_from_stored(&text(6)?),
        audience: tags_from_stored(&text(7)?),
        eligibility: text(8)?,
        age_min: row.try_get(9)?,
        age_max: row.try_get(10)?,
        languages: tags_from_stored(&text(11)?),
        format: Format::from_str(&text(12)?).map_err(|_| decode(12, "format"))?,
        city: text(13)?,
        area: text(14)?,
        address: text(15)?,
        address_after_rsvp: row.try_get(16)?,
        country: text(17)?,
        time_zone: Tz::from_str(&text(18)?).map_err(|_| decode(18, "time zone"))?,
        capacity: row.try_get(19)?,
        listed: row.try_get(20)?,
        drop_in: row.try_get(21)?,
        status: Status::from_str(&text(22)?).map_err(|_| decode(22, "status"))?,
        agreements: lines_from_stored(&text(23)?),
        agreements_version: row.try_get(24)?,
        advice_nudge: row.try_get(25)?,
        mood_numbers: MoodNumbers::parse(&text(26)?).ok_or_else(|| decode(26, "mood numbers"))?,
        call: CallFormat::from_str(&text(27)?).map_err(|_| decode(27, "call format"))?,
        venue: Venue {
            step_free: answer(28)?,
            hearing_loop: answer(29)?,
            quiet_room: answer(30)?,
            neutral_toilets: answer(31)?,
            transport: text(32)?,
            door: text(33)?,
        },
        facilitated: row.try_get(34)?,
    })
}

impl Store {
    /// Creates a circle (its `id` is ignored); a taken slug gives
    /// [`StoreError::Conflict`].
    pub async fn create_circle(&self, c: &Circle, now: i64) -> StoreResult<i64> {
        const SQL: &str = "INSERT INTO circles (slug, name, summary, description, how_it_works, topics, audience,
                eligibility, age_min, age_max, languages, format, city, area, address, address_after_rsvp, country,
                time_zone, capacity, listed, drop_in, status, agreements, agreements_version, created_at, updated_at, advice_nudge,
                mood_numbers, call_format, venue_step_free, venue_hearing_loop, venue_quiet_room, venue_toilets,
                venue_transport, venue_door)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                $22, $23, $24, $25, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34)
             RETURNING id";
        let result = writing!(self, pool => {
            sqlx::query_scalar(SQL)
                .bind(&c.slug)
                .bind(&c.name)
                .bind(&c.summary)
                .bind(&c.description)
                .bind(&c.how_it_works)
                .bind(tags_to_stored(&c.topics))
                .bind(tags_to_stored(&c.audience))
                .bind(&c.eligibility)
                .bind(c.age_min)
                .bind(c.age_max)
                .bind(tags_to_stored(&c.languages))
                .bind(c.format.as_str())
                .bind(&c.city)
                .bind(&c.area)
                .bind(&c.address)
                .bind(c.address_after_rsvp)
                .bind(&c.country)
                .bind(c.time_zone.name())
                .bind(c.capacity)
                .bind(c.listed)
                .bind(c.drop_in)
                .bind(c.status.as_str())
                .bind(c.agreements.join("\n"))
                .bind(c.agreements_version)
                .bind(now)
                .bind(c.advice_nudge)
                .bind(c.mood_numbers.as_str())
                .bind(c.call.as_str())
                .bind(c.venue.step_free.as_str())
                .bind(c.venue.hearing_loop.as_str())
                .bind(c.venue.quiet_room.as_str())
                .bind(c.venue.neutral_toilets.as_str())
                .bind(&c.venue.transport)
                .bind(&c.venue.door)
                .fetch_one(pool)
                .await
        });
        result.map_err(StoreError::from_write)
    }

    /// Makes a member one of a circle's facilitators (again is harmless).
    pub async fn add_facilitator(&self, circle_id: i64, member_id: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("INSERT INTO circle_facilitators (circle_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(circle_id)
                .bind(member_id)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Circles their coordinators listed and did not archive, by name; the
    /// directory shows those of them that are `publicly_listed`.
    pub async fn listed_circles(&self) -> StoreResult<Vec<Circle>> {
        const SQL: &str = concat!(
            "SELECT ",
            circle_columns!(),
            " FROM circles c WHERE c.listed AND c.status <> 'archived' ORDER BY c.name"
        );
        let circles = reading!(self, pool => {
            let rows = sqlx::query(SQL).fetch_all(pool).await?;
            rows.iter().map(circle_from_row).collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(circles)
    }

    /// A circle by its slug, listed or not.
    pub async fn circle_by_slug(&self, slug: &str) -> StoreResult<Option<Circle>> {
        const SQL: &str = concat!("SELECT ", circle_columns!(), " FROM circles c WHERE c.slug = $1");
        let circle = reading!(self, pool => {
            match sqlx::query(SQL).bind(slug).fetch_optional(pool).await? {
                Some(row) => circle_from_row(&row).map(Some),
                None => Ok(None),
            }
        })?;
        Ok(circle)
    }

    /// The facilitators of a circle, as shown on its page: those assigned who
    /// still hold the role (`permissions::runs_circle`).
    pub async fn circle_facilitators(&self, circle_id: i64) -> StoreResult<Vec<FacilitatorCard>> {
        let rows: Vec<(String, Option<String>, Option<String>)> = reading!(self, pool => {
            sqlx::query_as(
                "SELECT m.alias, m.pronouns, m.lived_experience FROM circle_facilitators f
                 JOIN members m ON m.id = f.member_id WHERE f.circle_id = $1 AND m.is_facilitator
                 ORDER BY m.alias_key",
            )
            .bind(circle_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(alias, pronouns, lived_experience)| FacilitatorCard { alias, pronouns, lived_experience })
            .collect())
    }

    /// A circle by id.
    pub async fn circle_by_id(&self, id: i64) -> StoreResult<Option<Circle>> {
        const SQL: &str = concat!("SELECT ", circle_columns!(), " FROM circles c WHERE c.id = $1");
        let circle = reading!(self, pool => {
            match sqlx::query(SQL).bind(id).fetch_optional(pool).await? {
                Some(row) => circle_from_row(&row).map(Some),
                None => Ok(None),
            }
        })?;
        Ok(circle)
    }

    /// Every circle, listed or not, archived or not, by name (for coordinators).
    pub async fn all_circles(&self) -> StoreResult<Vec<Circle>> {
        const SQL: &str = concat!("SELECT ", circle_columns!(), " FROM circles c ORDER BY c.name");
        let circles = reading!(self, pool => {
            let rows = sqlx::query(SQL).fetch_all(pool).await?;
            rows.iter().map(circle_from_row).collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(circles)
    }

    /// Saves a coordinator's changes to a circle. When its agreements
    /// changed, their version goes up so members are asked again. A taken
    /// slug gives [`StoreError::Conflict`].
    pub async fn update_circle(&self, c: &Circle, now: i64) -> StoreResult<()> {
        const SQL: &str = "UPDATE circles SET slug = $1, name = $2, summary = $3, description = $4, how_it_works = $5,
                topics = $6, audience = $7, eligibility = $8, age_min = $9, age_max = $10, languages = $11, format = $12,
                city = $13, area = $14, address = $15, address_after_rsvp = $16, country = $17, time_zone = $18,
                capacity = $19, listed = $20, drop_in = $21, status = $22,
                agreements_version = CASE WHEN agreements = $23 THEN agreements_version ELSE agreements_version + 1 END,
                agreements = $23, updated_at = $24, advice_nudge = $26, mood_numbers = $27, call_format = $28,
                venue_step_free = $29, venue_hearing_loop = $30, venue_quiet_room = $31, venue_toilets = $32,
                venue_transport = $33, venue_door = $34
             WHERE id = $25";
        let result = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let before: Option<String> = sqlx::query_scalar("SELECT status FROM circles WHERE id = $1")
                    .bind(c.id)
                    .fetch_optional(&mut *tx)
                    .await?;
                sqlx::query(SQL)
                    .bind(&c.slug)
                    .bind(&c.name)
                    .bind(&c.summary)
                    .bind(&c.description)
                    .bind(&c.how_it_works)
                    .bind(tags_to_stored(&c.topics))
                    .bind(tags_to_stored(&c.audience))
                    .bind(&c.eligibility)
                    .bind(c.age_min)
                    .bind(c.age_max)
                    .bind(tags_to_stored(&c.languages))
                    .bind(c.format.as_str())
                    .bind(&c.city)
                    .bind(&c.area)
                    .bind(&c.address)
                    .bind(c.address_after_rsvp)
                    .bind(&c.country)
                    .bind(c.time_zone.name())
                    .bind(c.capacity)
                    .bind(c.listed)
                    .bind(c.drop_in)
                    .bind(c.status.as_str())
                    .bind(c.agreements.join("\n"))
                    .bind(now)
                    .bind(c.id)
                    .bind(c.advice_nudge)
                    .bind(c.mood_numbers.as_str())
                    .bind(c.call.as_str())
                    .bind(c.venue.step_free.as_str())
                    .bind(c.venue.hearing_loop.as_str())
                    .bind(c.venue.quiet_room.as_str())
                    .bind(c.venue.neutral_toilets.as_str())
                    .bind(&c.venue.transport)
                    .bind(&c.venue.door)
                    .execute(&mut *tx)
                    .await?;
                // Pausing a circle is news for everyone tied to it, told in this transaction.
                let paused = c.status == Status::Paused && before.as_deref() == Some(Status::Active.as_str());
                if paused {
                    let members: Vec<i64> =
                        sqlx::query_scalar(CIRCLE_AUDIENCE).bind(c.id).bind(now).fetch_all(&mut *tx).await?;
                    for member in members {
                        notify!(tx, member, Event::Paused, c.id, None::<i64>, "", now).await?;
                    }
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(paused)
            }
            .await
        });
        if result.as_ref().is_ok_and(|paused| *paused) {
            self.outbox_written();
        }
        result.map(|_| ()).map_err(StoreError::from_write)
    }

    /// Replaces a circle's facilitators.
    pub async fn set_facilitators(&self, circle_id: i64, member_ids: &[i64]) -> StoreResult<()> {
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query("DELETE FROM circle_facilitators WHERE circle_id = $1").bind(circle_id).execute(&mut *tx).await?;
                for member in member_ids {
                    sqlx::query("INSERT INTO circle_facilitators (circle_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                        .bind(circle_id)
                        .bind(member)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// The ids of a circle's facilitators.
    pub async fn facilitator_ids(&self, circle_id: i64) -> StoreResult<Vec<i64>> {
        let ids = reading!(self, pool => {
            sqlx::query_scalar("SELECT member_id FROM circle_facilitators WHERE circle_id = $1 ORDER BY member_id")
                .bind(circle_id)
                .fetch_all(pool)
                .await
        })?;
        Ok(ids)
    }

    /// Whether a member has a tie to a circle: assigned to it while holding
    /// the facilitator role, joined it, or answered one of its meets.
    pub async fn is_tied_to(&self, circle_id: i64, member_id: i64) -> StoreResult<bool> {
        let tied = reading!(self, pool => {
            sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM circle_facilitators f JOIN members m ON m.id = f.member_id
                                WHERE f.circle_id = $1 AND f.member_id = $2 AND m.is_facilitator)
                     OR EXISTS (SELECT 1 FROM memberships WHERE circle_id = $1 AND member_id = $2)
                     OR EXISTS (SELECT 1 FROM rsvps r JOIN meets m ON m.id = r.meet_id
                                WHERE m.circle_id = $1 AND r.member_id = $2)",
            )
            .bind(circle_id)
            .bind(member_id)
            .fetch_one(pool)
            .await
        })?;
        Ok(tied)
    }

    /// Members still assigned to a circle who no longer hold the facilitator
    /// role, by alias: their assignment gives them nothing, and a
    /// coordinator sees them so as to clear it.
    pub async fn stale_facilitators(&self, circle_id: i64) -> StoreResult<Vec<String>> {
        let aliases = reading!(self, pool => {
            sqlx::query_scalar(
                "SELECT m.alias FROM circle_facilitators f JOIN members m ON m.id = f.member_id
                 WHERE f.circle_id = $1 AND NOT m.is_facilitator ORDER BY m.alias_key",
            )
            .bind(circle_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(aliases)
    }

    /// Members holding the facilitator role, by alias: who may be assigned.
    pub async fn facilitator_candidates(&self) -> StoreResult<Vec<(i64, String)>> {
        let rows = reading!(self, pool => {
            sqlx::query_as("SELECT id, alias FROM members WHERE is_facilitator ORDER BY alias_key").fetch_all(pool).await
        })?;
        Ok(rows)
    }

    /// The circles a member facilitates.
    pub async fn circles_facilitated(&self, member_id: i64) -> StoreResult<Vec<Circle>> {
        const SQL: &str = concat!(
            "SELECT ",
            circle_columns!(),
            " FROM circles c JOIN circle_facilitators f ON f.circle_id = c.id WHERE f.member_id = $1 ORDER BY c.name"
        );
        let circles = reading!(self, pool => {
            let rows = sqlx::query(SQL).bind(member_id).fetch_all(pool).await?;
            rows.iter().map(circle_from_row).collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(circles)
    }

    /// The circles a member facilitates, by name (for their export).
    pub async fn circles_facilitated_by(&self, member_id: i64) -> StoreResult<Vec<String>> {
        let names = reading!(self, pool => {
            sqlx::query_scalar(
                "SELECT c.name FROM circle_facilitators f JOIN circles c ON c.id = f.circle_id
                 WHERE f.member_id = $1 ORDER BY c.name",
            )
            .bind(member_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(names)
    }
}
