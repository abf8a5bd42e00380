//! The rota: who leads and co-facilitates each meet, "I need cover", and
//! taking a place over. Taking a place is one conditional write, so two
//! people taking the same place at once change the rota once.

use super::notices::notify;
use super::{Store, StoreResult, reading, writing};
use crate::domain::notice::Event;
use crate::domain::rota::{Holder, Role, RotaMeet};

type RotaRow = (
    i64,
    i64,
    i64,
    String,
    String,
    String,
    bool,
    Option<i64>,
    Option<String>,
    bool,
    Option<String>,
    Option<i64>,
    Option<String>,
    bool,
    Option<String>,
);

fn holder(id: Option<i64>, alias: Option<String>, cover_wanted: bool, covering_for: Option<String>) -> Option<Holder> {
    Some(Holder { member_id: id?, alias: alias?, cover_wanted, covering_for })
}

fn rota_meet_from(row: RotaRow) -> RotaMeet {
    let (meet_id, starts_at, circle_id, circle_slug, circle_name, zone, needs_co, l, la, lc, lf, o, oa, oc, of) = row;
    RotaMeet {
        meet_id,
        starts_at,
        circle_id,
        circle_slug,
        circle_name,
        time_zone: zone.parse().unwrap_or(chrono_tz::Tz::UTC),
        needs_co,
        lead: holder(l, la, lc, lf),
        co: holder(o, oa, oc, of),
    }
}

/// Which meets to list: all of them in a window, or narrowed.
#[derive(Debug, Clone, Copy, Default)]
pub struct RotaFilter {
    /// One circle's meets.
    pub circle_id: Option<i64>,
    /// The meets of circles this member facilitates.
    pub facilitator: Option<i64>,
    /// One meet.
    pub meet_id: Option<i64>,
}

impl Store {
    /// Meets not cancelled, ending after `from` and starting before `to`, of
    /// circles not archived, soonest first, with who holds each place.
    pub async fn rota_meets(&self, from: i64, to: i64, filter: RotaFilter) -> StoreResult<Vec<RotaMeet>> {
        const SQL: &str = "SELECT m.id, m.starts_at, c.id, c.slug, c.name, c.time_zone, c.needs_co_facilitator,
                    l.member_id, lm.alias, l.cover_asked_at IS NOT NULL, lf.alias,
                    o.member_id, om.alias, o.cover_asked_at IS NOT NULL, oc.alias
             FROM meets m JOIN circles c ON c.id = m.circle_id
             LEFT JOIN meet_rota l ON l.meet_id = m.id AND l.role = 'lead'
             LEFT JOIN members lm ON lm.id = l.member_id
             LEFT JOIN members lf ON lf.id = l.covered_for
             LEFT JOIN meet_rota o ON o.meet_id = m.id AND o.role = 'co'
             LEFT JOIN members om ON om.id = o.member_id
             LEFT JOIN members oc ON oc.id = o.covered_for
             WHERE m.status IN ('scheduled', 'live') AND c.status <> 'archived'
               AND m.starts_at + m.duration_minutes * 60 > $1 AND m.starts_at < $2
               AND ($3 = 0 OR c.id = $3)
               AND ($4 = 0 OR c.id IN (SELECT circle_id FROM circle_facilitators WHERE member_id = $4))
               AND ($5 = 0 OR m.id = $5)
             ORDER BY m.starts_at, m.id";
        let rows: Vec<RotaRow> = reading!(self, pool => sqlx::query_as(SQL)
            .bind(from)
            .bind(to)
            .bind(filter.circle_id.unwrap_or(0))
            .bind(filter.facilitator.unwrap_or(0))
            .bind(filter.meet_id.unwrap_or(0))
            .fetch_all(pool)
            .await)?;
        Ok(rows.into_iter().map(rota_meet_from).collect())
    }

    /// One meet still to come (not ended by `now`, not cancelled), with its rota.
    pub async fn rota_meet(&self, meet_id: i64, now: i64) -> StoreResult<Option<RotaMeet>> {
        let filter = RotaFilter { meet_id: Some(meet_id), ..RotaFilter::default() };
        Ok(self.rota_meets(now, i64::MAX, filter).await?.into_iter().next())
    }

    /// Who leads a meet (id and alias), whether or not they asked for
    /// cover; `None` while nobody does. The one answer to "who leads meet X".
    pub async fn lead_facilitator(&self, meet_id: i64) -> StoreResult<Option<(i64, String)>> {
        let lead = reading!(self, pool => sqlx::query_as(
            "SELECT m.id, m.alias FROM meet_rota r JOIN members m ON m.id = r.member_id
             WHERE r.meet_id = $1 AND r.role = 'lead'"
        ).bind(meet_id).fetch_optional(pool).await)?;
        Ok(lead)
    }

    /// Whether the rota names someone other than `member_id` for a meet
    /// and not them: then the meet is theirs to debrief, not this person's.
    pub async fn rota_names_others(&self, meet_id: i64, member_id: i64) -> StoreResult<bool> {
        let holders: Vec<i64> = reading!(self, pool => sqlx::query_scalar(
            "SELECT member_id FROM meet_rota WHERE meet_id = $1"
        ).bind(meet_id).fetch_all(pool).await)?;
        Ok(!holders.is_empty() && !holders.contains(&member_id))
    }

    /// A circle's facilitators who hold the role, by alias: who may be on its rota.
    pub async fn rota_people(&self, circle_id: i64) -> StoreResult<Vec<(i64, String)>> {
        let people = reading!(self, pool => sqlx::query_as(
            "SELECT m.id, m.alias FROM circle_facilitators f JOIN members m ON m.id = f.member_id
             WHERE f.circle_id = $1 AND m.is_facilitator ORDER BY m.alias_key"
        ).bind(circle_id).fetch_all(pool).await)?;
        Ok(people)
    }

    /// Whether a circle asks for a co-facilitator at each meet.
    pub async fn needs_co_facilitator(&self, circle_id: i64) -> StoreResult<bool> {
        let needs = reading!(self, pool => sqlx::query_scalar(
            "SELECT needs_co_facilitator FROM circles WHERE id = $1"
        ).bind(circle_id).fetch_optional(pool).await)?;
        Ok(needs.unwrap_or(false))
    }

    pub async fn set_needs_co_facilitator(&self, circle_id: i64, needs: bool) -> StoreResult<()> {
        writing!(self, pool => sqlx::query("UPDATE circles SET needs_co_facilitator = $1 WHERE id = $2")
            .bind(needs).bind(circle_id).execute(pool).await.map(|_| ()))?;
        Ok(())
    }

    /// Puts someone in a place (replacing whoever held it, and any call
    /// for cover), or empties it.
    pub async fn set_rota_holder(&self, meet_id: i64, role: Role, member_id: Option<i64>) -> StoreResult<()> {
        writing!(self, pool => match member_id {
            Some(member) => sqlx::query(
                "INSERT INTO meet_rota (meet_id, role, member_id) VALUES ($1, $2, $3)
                 ON CONFLICT (meet_id, role) DO UPDATE
                 SET member_id = excluded.member_id, cover_asked_at = NULL, covered_for = NULL, covered_at = NULL"
            ).bind(meet_id).bind(role.as_str()).bind(member).execute(pool).await.map(|_| ()),
            None => sqlx::query("DELETE FROM meet_rota WHERE meet_id = $1 AND role = $2")
                .bind(meet_id).bind(role.as_str()).execute(pool).await.map(|_| ()),
        })?;
        Ok(())
    }

    /// Takes a place nobody holds; false when someone already does.
    pub async fn take_open_place(&self, meet_id: i64, role: Role, member_id: i64) -> StoreResult<bool> {
        let taken: Option<i64> = writing!(self, pool => sqlx::query_scalar(
            "INSERT INTO meet_rota (meet_id, role, member_id) VALUES ($1, $2, $3)
             ON CONFLICT (meet_id, role) DO NOTHING RETURNING member_id"
        ).bind(meet_id).bind(role.as_str()).bind(member_id).fetch_optional(pool).await)?;
        Ok(taken.is_some())
    }

    /// The holder of a place says they cannot make it; each of `tell`
    /// gets a notice in the same transaction. False when they do not hold
    /// it or already asked.
    pub async fn ask_cover(
        &self,
        meet: &RotaMeet,
        role: Role,
        member_id: i64,
        tell: &[i64],
        now: i64,
    ) -> StoreResult<bool> {
        let asked = writing!(self, pool => {
            let mut tx = pool.begin().await?;
            let asked = sqlx::query(
                "UPDATE meet_rota SET cover_asked_at = $1
                 WHERE meet_id = $2 AND role = $3 AND member_id = $4 AND cover_asked_at IS NULL"
            ).bind(now).bind(meet.meet_id).bind(role.as_str()).bind(member_id).execute(&mut *tx).await?.rows_affected() == 1;
            if asked {
                for other in tell {
                    notify!(tx, *other, Event::CoverWanted, meet.circle_id, Some(meet.meet_id), "", now).await?;
                }
            }
            tx.commit().await?;
            Ok::<bool, sqlx::Error>(asked)
        })?;
        Ok(asked)
    }

    /// Takes over a place whose holder asked for cover, telling them.
    /// One conditional update: of two people claiming at once, exactly one
    /// gets it. Answers who asked, or `None` when someone already took it.
    pub async fn claim_cover(&self, meet: &RotaMeet, role: Role, member_id: i64, now: i64) -> StoreResult<Option<i64>> {
        let asker = writing!(self, pool => {
            let mut tx = pool.begin().await?;
            let asker: Option<Option<i64>> = sqlx::query_scalar(
                "UPDATE meet_rota SET member_id = $1, covered_for = member_id, covered_at = $2, cover_asked_at = NULL
                 WHERE meet_id = $3 AND role = $4 AND cover_asked_at IS NOT NULL AND member_id <> $1
                 RETURNING covered_for"
            ).bind(member_id).bind(now).bind(meet.meet_id).bind(role.as_str()).fetch_optional(&mut *tx).await?;
            let asker = asker.flatten();
            if let Some(asker) = asker {
                notify!(tx, asker, Event::CoverTaken, meet.circle_id, Some(meet.meet_id), "", now).await?;
            }
            tx.commit().await?;
            Ok::<Option<i64>, sqlx::Error>(asker)
        })?;
        Ok(asker)
    }
}
