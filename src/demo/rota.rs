//! The demo's rota: every meet of the next four weeks has its lead (taking
//! turns where a circle has two facilitators), the dementia carers' circle
//! asks for a co-facilitator, and Dev cannot make the next "Young adults
//! 18 to 25" meet, so Priya is asked to cover it.

use super::CIRCLES;
use crate::domain::audit::Actor;
use crate::domain::rota::{LOAD_DAYS, Role};
use crate::services;
use crate::store::rota::RotaFilter;
use crate::store::{Store, StoreError};

/// The circle that asks for a co-facilitator at each meet.
const WITH_CO: &str = "dementia-carers";
/// The circle whose next meet needs cover, and who asks.
const NEEDS_COVER: (&str, &str) = ("youth-18-25", "Dev");

pub(super) async fn load(store: &Store, ids: &[(&str, i64)]) -> Result<(), StoreError> {
    let now = services::now();
    let id_of = |alias: &str| ids.iter().find(|(a, _)| *a == alias).map(|(_, id)| *id);
    for c in CIRCLES {
        let Some(circle) = store.circle_by_slug(c.slug).await? else { continue };
        let people: Vec<i64> = c.facilitators.iter().filter_map(|a| id_of(a)).collect();
        if people.is_empty() {
            continue;
        }
        let with_co = c.slug == WITH_CO && people.len() > 1;
        if with_co {
            store.set_needs_co_facilitator(circle.id, true).await?;
        }
        let filter = RotaFilter { circle_id: Some(circle.id), ..RotaFilter::default() };
        for (i, meet) in store.rota_meets(now, now + LOAD_DAYS * 86_400, filter).await?.iter().enumerate() {
            store.set_rota_holder(meet.meet_id, Role::Lead, Some(people[i % people.len()])).await?;
            if with_co {
                store.set_rota_holder(meet.meet_id, Role::Co, Some(people[(i + 1) % people.len()])).await?;
            }
        }
    }
    let (slug, alias) = NEEDS_COVER;
    if let (Some(circle), Some(asker)) = (store.circle_by_slug(slug).await?, id_of(alias)) {
        let filter = RotaFilter { circle_id: Some(circle.id), ..RotaFilter::default() };
        let theirs = store.rota_meets(now, i64::MAX, filter).await?;
        if let Some(meet) = theirs.iter().find(|m| m.lead.as_ref().is_some_and(|h| h.member_id == asker)) {
            let actor = Actor::Member { id: asker, alias: alias.into() };
            // Anything but a storage failure only means the demo shows no call for cover.
            let asked = services::rota::ask_cover(store, &actor, meet.meet_id, Role::Lead, asker, now).await;
            if let Err(services::rota::RotaError::Store(e)) = asked {
                return Err(e);
            }
        }
    }
    Ok(())
}
