//! The rota's actions: coordinators assign places (one meet, or a run of
//! them), facilitators take an open place, ask for cover and take over a
//! place whose holder cannot make it. Every one is checked by
//! [`rota::may_hold`] and written to the audit log.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use chrono::NaiveDate;

use crate::domain::audit::{Actor, AuditAction};
use crate::domain::rota::{self, Candidate, Refusal, Role, RotaMeet};
use crate::domain::training::Cover;
use crate::store::rota::RotaFilter;
use crate::store::{Store, StoreError};

/// Why a rota action did not happen, for the page to say.
#[derive(Debug, thiserror::Error)]
pub enum RotaError {
    /// The meet is over, cancelled or unknown.
    #[error("no such meet to come")]
    Gone,
    /// The circle does not ask for a co-facilitator.
    #[error("the circle does not ask for this place")]
    NotAsked,
    /// The person may not hold the place.
    #[error("may not hold this place")]
    Refused(Refusal),
    /// Only the holder of a place can ask cover for it.
    #[error("not the holder")]
    NotHolder,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What one person brings to the meets of one circle, looked up once.
struct Standing {
    facilitates: bool,
    trainings: Vec<(String, Cover)>,
}

/// Looks up people's standing per circle, each once.
#[derive(Default)]
struct Standings(HashMap<(i64, i64), Standing>);

impl Standings {
    async fn check(&mut self, store: &Store, meet: &RotaMeet, role: Role, member_id: i64) -> Result<(), RotaError> {
        let key = (meet.circle_id, member_id);
        if let Entry::Vacant(slot) = self.0.entry(key) {
            let facilitates = store.rota_people(meet.circle_id).await?.iter().any(|(id, _)| *id == member_id);
            let trainings = store.required_cover(meet.circle_id, member_id).await?;
            slot.insert(Standing { facilitates, trainings });
        }
        let standing = &self.0[&key];
        let candidate = Candidate {
            facilitates_circle: standing.facilitates,
            holds_other_place: meet.holder(role.other()).is_some_and(|h| h.member_id == member_id),
            trainings: standing.trainings.clone(),
        };
        rota::may_hold(&candidate, meet.day()).map_err(RotaError::Refused)
    }
}

/// Whether `member_id` may hold `role` on `meet`.
pub async fn check(store: &Store, meet: &RotaMeet, role: Role, member_id: i64) -> Result<(), RotaError> {
    Standings::default().check(store, meet, role, member_id).await
}

async fn meet_to_come(store: &Store, meet_id: i64, now: i64) -> Result<RotaMeet, RotaError> {
    store.rota_meet(meet_id, now).await?.ok_or(RotaError::Gone)
}

/// "After loss, 2027-01-05: lead" for the audit log.
fn place(meet: &RotaMeet, role: Role) -> String {
    format!("{}, {}: {}", meet.circle_name, meet.day(), role.as_str())
}

/// A coordinator puts someone in a place (`Some` with their alias), or
/// empties it (`None`).
pub async fn assign(
    store: &Store,
    actor: &Actor,
    meet_id: i64,
    role: Role,
    member: Option<(i64, &str)>,
    now: i64,
) -> Result<(), RotaError> {
    let meet = meet_to_come(store, meet_id, now).await?;
    let current = meet.holder(role).map(|h| h.member_id);
    if current == member.map(|(id, _)| id) {
        return Ok(());
    }
    if let Some((id, _)) = member {
        if !meet.wants(role) {
            return Err(RotaError::NotAsked);
        }
        check(store, &meet, role, id).await?;
    }
    store.set_rota_holder(meet_id, role, member.map(|(id, _)| id)).await?;
    let who = member.map(|(_, alias)| alias).unwrap_or("-");
    store.record_audit(now, actor, AuditAction::RotaAssigned, &format!("{} = {who}", place(&meet, role))).await?;
    Ok(())
}

/// What filling a run of meets did.
#[derive(Debug)]
pub struct Filled {
    pub assigned: usize,
    /// Meets left as they were, and why.
    pub skipped: Vec<(RotaMeet, Refusal)>,
}

/// A coordinator puts one person in the same place at every meet of a
/// circle from now up to and including `until` (the circle's days). Meets
/// they may not hold are left as they were and reported.
pub async fn fill(
    store: &Store,
    actor: &Actor,
    circle_id: i64,
    role: Role,
    member: (i64, &str),
    until: NaiveDate,
    now: i64,
) -> Result<Filled, RotaError> {
    let filter = RotaFilter { circle_id: Some(circle_id), ..RotaFilter::default() };
    // A day's margin either side of UTC; the circle's own days decide.
    let to = until.and_hms_opt(0, 0, 0).map(|t| t.and_utc().timestamp()).unwrap_or(now) + 2 * 86_400;
    let meets: Vec<RotaMeet> =
        store.rota_meets(now, to, filter).await?.into_iter().filter(|m| m.day() <= until).collect();
    if meets.first().is_some_and(|m| !m.wants(role)) {
        return Err(RotaError::NotAsked);
    }
    let mut standings = Standings::default();
    let mut filled = Filled { assigned: 0, skipped: Vec::new() };
    for meet in meets {
        if meet.holder(role).is_some_and(|h| h.member_id == member.0 && !h.cover_wanted) {
            continue;
        }
        match standings.check(store, &meet, role, member.0).await {
            Ok(()) => {
                store.set_rota_holder(meet.meet_id, role, Some(member.0)).await?;
                filled.assigned += 1;
            }
            Err(RotaError::Refused(refusal)) => filled.skipped.push((meet, refusal)),
            Err(other) => return Err(other),
        }
    }
    if filled.assigned > 0 {
        let detail = format!("{} x{}: {} = {}", role.as_str(), filled.assigned, until, member.1);
        store.record_audit(now, actor, AuditAction::RotaAssigned, &detail).await?;
    }
    Ok(filled)
}

/// A facilitator takes a place nobody holds ("I'll lead this one"); false
/// when someone took it first.
pub async fn take(
    store: &Store,
    actor: &Actor,
    meet_id: i64,
    role: Role,
    me: i64,
    now: i64,
) -> Result<bool, RotaError> {
    let meet = meet_to_come(store, meet_id, now).await?;
    if !meet.wants(role) {
        return Err(RotaError::NotAsked);
    }
    check(store, &meet, role, me).await?;
    let taken = store.take_open_place(meet_id, role, me).await?;
    if taken {
        store.record_audit(now, actor, AuditAction::RotaTaken, &place(&meet, role)).await?;
    }
    Ok(taken)
}

/// Everyone who may take over a place on a meet: the circle's
/// facilitators, other than its holder, that [`rota::may_hold`] allows.
pub async fn eligible(store: &Store, meet: &RotaMeet, role: Role) -> Result<Vec<i64>, RotaError> {
    let holder = meet.holder(role).map(|h| h.member_id);
    let mut standings = Standings::default();
    let mut people = Vec::new();
    for (id, _) in store.rota_people(meet.circle_id).await? {
        if Some(id) != holder && standings.check(store, meet, role, id).await.is_ok() {
            people.push(id);
        }
    }
    Ok(people)
}

/// The holder of a place cannot make it: everyone who may take it over is
/// told. Answers how many were told (asking twice tells nobody again).
pub async fn ask_cover(
    store: &Store,
    actor: &Actor,
    meet_id: i64,
    role: Role,
    me: i64,
    now: i64,
) -> Result<usize, RotaError> {
    let meet = meet_to_come(store, meet_id, now).await?;
    if meet.holder(role).map(|h| h.member_id) != Some(me) {
        return Err(RotaError::NotHolder);
    }
    let tell = eligible(store, &meet, role).await?;
    if store.ask_cover(&meet, role, me, &tell, now).await? {
        store.record_audit(now, actor, AuditAction::CoverAsked, &place(&meet, role)).await?;
        return Ok(tell.len());
    }
    Ok(0)
}

/// Takes over a place whose holder asked for cover; false when someone
/// else took it first.
pub async fn claim(
    store: &Store,
    actor: &Actor,
    meet_id: i64,
    role: Role,
    me: i64,
    now: i64,
) -> Result<bool, RotaError> {
    let meet = meet_to_come(store, meet_id, now).await?;
    let asker = meet.holder(role).filter(|h| h.cover_wanted).map(|h| h.alias.clone());
    let Some(asker) = asker else { return Ok(false) };
    check(store, &meet, role, me).await?;
    let claimed = store.claim_cover(&meet, role, me, now).await?.is_some();
    if claimed {
        let detail = format!("{} ({asker})", place(&meet, role));
        store.record_audit(now, actor, AuditAction::CoverTaken, &detail).await?;
    }
    Ok(claimed)
}

/// A meet on a facilitator's rota, with what they can do about it.
#[derive(Debug)]
pub struct MyRotaMeet {
    pub meet: RotaMeet,
    /// The place they hold.
    pub mine: Option<Role>,
    /// Places open or needing cover that they may take.
    pub may_take: Vec<Role>,
}

/// The meets of the circles a facilitator facilitates from `now` to `to`.
pub async fn rota_of(store: &Store, me: i64, now: i64, to: i64) -> Result<Vec<MyRotaMeet>, RotaError> {
    let filter = RotaFilter { facilitator: Some(me), ..RotaFilter::default() };
    let mut standings = Standings::default();
    let mut mine = Vec::new();
    for meet in store.rota_meets(now, to, filter).await? {
        let held = meet.role_of(me);
        let mut may_take = Vec::new();
        if held.is_none() {
            for role in Role::ALL {
                if meet.uncovered(role) && standings.check(store, &meet, role, me).await.is_ok() {
                    may_take.push(role);
                }
            }
        }
        mine.push(MyRotaMeet { meet, mine: held, may_take });
    }
    Ok(mine)
}
