//! The rota: who may hold a meet (lead or co-facilitate it), which meets
//! still need someone, and who carries far more meets than the others.
//! Free of I/O: callers pass what the person holds and the meet's day.

use std::str::FromStr;

use chrono::NaiveDate;

use super::Invalid;
use super::training::Cover;

/// The two places on a meet's rota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Lead,
    Co,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::Lead, Role::Co];

    /// Stable name for the database and forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Co => "co",
        }
    }

    /// The other place on the same meet.
    pub fn other(self) -> Role {
        match self {
            Role::Lead => Role::Co,
            Role::Co => Role::Lead,
        }
    }
}

impl FromStr for Role {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Role, Invalid> {
        Role::ALL.into_iter().find(|r| r.as_str() == s).ok_or(Invalid("rota-role-unknown"))
    }
}

/// Someone holding one place on a meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub member_id: i64,
    pub alias: String,
    /// They said they cannot make it ("I need cover") and nobody took it yet.
    pub cover_wanted: bool,
    /// They took this place over from someone who asked for cover.
    pub covering_for: Option<String>,
}

/// A meet still to come, with who holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RotaMeet {
    pub meet_id: i64,
    pub starts_at: i64,
    pub circle_id: i64,
    pub circle_slug: String,
    pub circle_name: String,
    pub time_zone: chrono_tz::Tz,
    /// The circle asks for a co-facilitator at each meet.
    pub needs_co: bool,
    pub lead: Option<Holder>,
    pub co: Option<Holder>,
}

impl RotaMeet {
    pub fn holder(&self, role: Role) -> Option<&Holder> {
        match role {
            Role::Lead => self.lead.as_ref(),
            Role::Co => self.co.as_ref(),
        }
    }

    /// Whether the circle asks for this place at all.
    pub fn wants(&self, role: Role) -> bool {
        role == Role::Lead || self.needs_co
    }

    /// Nobody holds a place the circle asks for.
    pub fn open(&self, role: Role) -> bool {
        self.wants(role) && self.holder(role).is_none()
    }

    /// The holder of a place asked for cover and nobody took it yet.
    pub fn cover_wanted(&self, role: Role) -> bool {
        self.holder(role).is_some_and(|h| h.cover_wanted)
    }

    /// A place the circle asks for that nobody will be there to hold:
    /// open, or its holder needs cover.
    pub fn uncovered(&self, role: Role) -> bool {
        self.open(role) || (self.wants(role) && self.cover_wanted(role))
    }

    /// The place a member holds on this meet, if any.
    pub fn role_of(&self, member_id: i64) -> Option<Role> {
        Role::ALL.into_iter().find(|r| self.holder(*r).is_some_and(|h| h.member_id == member_id))
    }

    /// The day the meet falls on where the circle meets: trainings are
    /// judged on it.
    pub fn day(&self) -> NaiveDate {
        chrono::DateTime::from_timestamp(self.starts_at, 0)
            .map(|t| t.with_timezone(&self.time_zone).date_naive())
            .unwrap_or_default()
    }
}

/// What a person brings to one place on one meet.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// They have the facilitator role and facilitate this circle.
    pub facilitates_circle: bool,
    /// They already hold the other place on this meet.
    pub holds_other_place: bool,
    /// Each training the circle requires, with how long they are covered.
    pub trainings: Vec<(String, Cover)>,
}

/// Why a required training does not hold on the meet's day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lapse {
    /// Never completed.
    Missing,
    /// Lapsed on this day, on or before the meet.
    Expired(NaiveDate),
}

/// Why someone may not hold a place on a meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// They do not facilitate this circle.
    NotFacilitator,
    /// One person cannot both lead and co-facilitate a meet.
    HoldsOtherPlace,
    /// Trainings the circle requires that do not hold on the meet's day.
    Trainings(Vec<(String, Lapse)>),
}

/// The rule for holding a place on a meet (lead or co-facilitator): a
/// facilitator of the circle, not already holding the other place, with
/// every training the circle requires still valid on the meet's `day`.
pub fn may_hold(candidate: &Candidate, day: NaiveDate) -> Result<(), Refusal> {
    if !candidate.facilitates_circle {
        return Err(Refusal::NotFacilitator);
    }
    if candidate.holds_other_place {
        return Err(Refusal::HoldsOtherPlace);
    }
    let lapsed: Vec<(String, Lapse)> = candidate
        .trainings
        .iter()
        .filter(|(_, cover)| !cover.holds_on(day))
        .map(|(name, cover)| {
            let lapse = cover.ends().map(Lapse::Expired).unwrap_or(Lapse::Missing);
            (name.clone(), lapse)
        })
        .collect();
    if lapsed.is_empty() { Ok(()) } else { Err(Refusal::Trainings(lapsed)) }
}

/// How far ahead the load of each facilitator is counted, in days.
pub const LOAD_DAYS: i64 = 28;
/// Below this many meets nobody counts as carrying too many.
pub const LOAD_FLOOR: usize = 4;

/// The median of the meets each facilitator holds (zero for those holding
/// none), and the facilitators holding more than twice that and at least
/// [`LOAD_FLOOR`]: the ones carrying many more meets than the others.
pub fn heavy_loads<K: Clone>(loads: &[(K, usize)]) -> (f64, Vec<(K, usize)>) {
    let mut counts: Vec<usize> = loads.iter().map(|(_, n)| *n).collect();
    counts.sort_unstable();
    let median = match counts.len() {
        0 => 0.0,
        n if n % 2 == 1 => counts[n / 2] as f64,
        n => (counts[n / 2 - 1] + counts[n / 2]) as f64 / 2.0,
    };
    let heavy = loads.iter().filter(|(_, n)| *n >= LOAD_FLOOR && *n as f64 > 2.0 * median).cloned().collect();
    (median, heavy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn candidate(trainings: Vec<(&str, Cover)>) -> Candidate {
        Candidate {
            facilitates_circle: true,
            holds_other_place: false,
            trainings: trainings.into_iter().map(|(n, c)| (n.to_string(), c)).collect(),
        }
    }

    #[test]
    fn a_training_that_lapses_before_the_meet_blocks_holding_it() {
        let yearly = candidate(vec![("Safeguarding", Cover::Until(day("2026-07-01")))]);
        assert_eq!(may_hold(&yearly, day("2026-06-30")), Ok(()));
        assert_eq!(
            may_hold(&yearly, day("2026-07-01")),
            Err(Refusal::Trainings(vec![("Safeguarding".into(), Lapse::Expired(day("2026-07-01")))]))
        );
        let never = candidate(vec![("Safeguarding", Cover::None), ("Listening", Cover::Always)]);
        assert_eq!(
            may_hold(&never, day("2026-06-30")),
            Err(Refusal::Trainings(vec![("Safeguarding".into(), Lapse::Missing)]))
        );
    }

    #[test]
    fn only_the_circles_facilitators_hold_its_meets_and_one_place_each() {
        let outsider = Candidate { facilitates_circle: false, ..candidate(vec![]) };
        assert_eq!(may_hold(&outsider, day("2026-06-30")), Err(Refusal::NotFacilitator));
        let both = Candidate { holds_other_place: true, ..candidate(vec![]) };
        assert_eq!(may_hold(&both, day("2026-06-30")), Err(Refusal::HoldsOtherPlace));
    }

    #[test]
    fn many_more_meets_is_more_than_twice_the_median_and_at_least_four() {
        let (median, heavy) = heavy_loads(&[("Ruth", 9), ("Jo", 2), ("Nadia", 2), ("Kai", 3), ("Dev", 0)]);
        assert_eq!(median, 2.0);
        assert_eq!(heavy, [("Ruth", 9)]);
        let (_, light) = heavy_loads(&[("Ruth", 3), ("Jo", 0), ("Nadia", 0)]);
        assert!(light.is_empty(), "three meets in four weeks is not a heavy load");
        let (median, _) = heavy_loads(&[("Ruth", 1), ("Jo", 4)]);
        assert_eq!(median, 2.5);
    }

    #[test]
    fn a_place_needs_someone_when_open_or_its_holder_needs_cover() {
        let ruth = Holder { member_id: 1, alias: "Ruth".into(), cover_wanted: false, covering_for: None };
        let mut meet = RotaMeet {
            meet_id: 1,
            starts_at: 1_800_000_000,
            circle_id: 1,
            circle_slug: "c".into(),
            circle_name: "C".into(),
            time_zone: chrono_tz::Tz::Europe__London,
            needs_co: false,
            lead: Some(ruth.clone()),
            co: None,
        };
        assert!(!meet.uncovered(Role::Lead) && !meet.uncovered(Role::Co), "no co-facilitator asked for");
        meet.needs_co = true;
        assert!(meet.uncovered(Role::Co));
        meet.lead = Some(Holder { cover_wanted: true, ..ruth });
        assert!(meet.uncovered(Role::Lead));
        assert_eq!(meet.role_of(1), Some(Role::Lead));
        assert_eq!(meet.day(), day("2027-01-15"));
    }
}
