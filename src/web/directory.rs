//! The circles directory, kept in memory: every listed circle with its
//! meets over the coming weeks, rebuilt from the database when it is older
//! than a few seconds or after a change made here. Filtering, searching and
//! paging then need no database at all, which keeps the directory fast with
//! thousands of circles; another instance's change shows within the refresh time.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;
use serde::Deserialize;
use tokio::sync::{Mutex, RwLock};

use super::format::DayPart;
use crate::domain::circle::{Circle, Format};
use crate::domain::circle_text::CircleText;
use crate::domain::matching::{self, Reason, Searchable};
use crate::domain::meet::{Meet, MeetStatus};
use crate::domain::schedule::weekday_name;
use crate::store::{Store, StoreResult};

/// How stale the directory may get before it is rebuilt.
const REFRESH: Duration = Duration::from_secs(5);
/// How far ahead the directory looks for meets.
const LOOK_AHEAD_DAYS: i64 = 35;
/// Circles per page.
pub const PAGE_SIZE: usize = 20;

/// A listed circle and its coming meets.
pub struct Entry {
    pub circle: Circle,
    /// Meets over the coming weeks that are not cancelled, soonest first.
    pub meets: Vec<Meet>,
}

/// One picture of the directory.
pub struct Snapshot {
    built: Instant,
    /// Listed, not archived circles, by name.
    pub entries: Vec<Entry>,
    /// Topics in use, most common first, for the filter.
    pub topics: Vec<String>,
    /// Cities in use, by name.
    pub cities: Vec<String>,
    /// The entries prepared for plain-words search, in the same order.
    search: matching::Index,
}

/// The cached directory.
pub struct Directory {
    current: RwLock<Arc<Snapshot>>,
    stale: AtomicBool,
    rebuilding: Mutex<()>,
}

impl Directory {
    /// Builds the first snapshot.
    pub async fn load(store: &Store) -> StoreResult<Directory> {
        Ok(Directory {
            current: RwLock::new(Arc::new(build(store).await?)),
            stale: AtomicBool::new(false),
            rebuilding: Mutex::new(()),
        })
    }

    /// Marks the directory out of date after a change made here.
    pub fn invalidate(&self) {
        self.stale.store(true, Ordering::Release);
    }

    /// The current snapshot, rebuilt first if it is out of date. While one
    /// request rebuilds, others keep using the previous snapshot.
    pub async fn snapshot(&self, store: &Store) -> StoreResult<Arc<Snapshot>> {
        let current = Arc::clone(&*self.current.read().await);
        let expired = current.built.elapsed() >= REFRESH || self.stale.load(Ordering::Acquire);
        if !expired {
            return Ok(current);
        }
        let Ok(_guard) = self.rebuilding.try_lock() else {
            return Ok(current);
        };
        self.stale.store(false, Ordering::Release);
        match build(store).await {
            Ok(fresh) => {
                let fresh = Arc::new(fresh);
                *self.current.write().await = Arc::clone(&fresh);
                Ok(fresh)
            }
            Err(error) => {
                tracing::warn!(%error, "could not refresh the directory; serving the previous one");
                Ok(current)
            }
        }
    }
}

async fn build(store: &Store) -> StoreResult<Snapshot> {
    let now = Utc::now().timestamp();
    let circles: Vec<Circle> = store.listed_circles().await?.into_iter().filter(Circle::publicly_listed).collect();
    let mut meets_by_circle: BTreeMap<i64, Vec<Meet>> = BTreeMap::new();
    for meet in store.listed_meets_between(now - 4 * 3600, now + LOOK_AHEAD_DAYS * 86_400).await? {
        if meet.status != MeetStatus::Cancelled && meet.ends_at() > now {
            meets_by_circle.entry(meet.circle_id).or_default().push(meet);
        }
    }
    let mut topic_counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut cities: Vec<String> = Vec::new();
    for c in &circles {
        for t in &c.topics {
            *topic_counts.entry(t.as_str()).or_default() += 1;
        }
        if c.format.has_place() && !c.city.is_empty() && !cities.contains(&c.city) {
            cities.push(c.city.clone());
        }
    }
    let mut topics: Vec<(&str, usize)> = topic_counts.into_iter().collect();
    topics.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let topics = topics.into_iter().take(40).map(|(t, _)| t.to_string()).collect();
    cities.sort();
    let entries: Vec<Entry> = circles
        .into_iter()
        .map(|circle| {
            let meets = meets_by_circle.remove(&circle.id).unwrap_or_default();
            Entry { circle, meets }
        })
        .collect();
    let mut given: BTreeMap<i64, Vec<CircleText>> = BTreeMap::new();
    for code in crate::i18n::interface_codes() {
        for (id, text) in store.circle_texts_in(code).await? {
            given.entry(id).or_default().push(text);
        }
    }
    let words: Vec<SearchWords> = entries
        .iter()
        .map(|e| SearchWords::of(&e.circle, given.get(&e.circle.id).map_or(&[], Vec::as_slice)))
        .collect();
    let search =
        matching::Index::new(&entries.iter().zip(&words).map(|(e, w)| searchable(&e.circle, w)).collect::<Vec<_>>());
    Ok(Snapshot { built: Instant::now(), entries, topics, cities, search })
}

/// A circle's name, summary and description for search: its own words and
/// those its coordinator gave in other languages, so a Hindi query finds
/// the Hindi words of a circle held in English.
struct SearchWords {
    name: String,
    summary: String,
    description: String,
}

impl SearchWords {
    fn of(circle: &Circle, texts: &[CircleText]) -> SearchWords {
        let joined = |own: &str, given: fn(&CircleText) -> &str| {
            std::iter::once(own)
                .chain(texts.iter().map(given))
                .filter(|w| !w.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        };
        SearchWords {
            name: joined(&circle.name, |t| &t.name),
            summary: joined(&circle.summary, |t| &t.summary),
            description: joined(&circle.description, |t| &t.description),
        }
    }
}

fn searchable<'a>(c: &'a Circle, words: &'a SearchWords) -> Searchable<'a> {
    Searchable {
        name: &words.name,
        summary: &words.summary,
        description: &words.description,
        eligibility: &c.eligibility,
        topics: &c.topics,
        audience: &c.audience,
        languages: &c.languages,
    }
}

/// The directory's filters, as they appear in the URL.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Filters {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub format: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub day: String,
    #[serde(default)]
    pub time: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub audience: String,
    #[serde(default)]
    pub page: Option<usize>,
}

impl Filters {
    /// Every filter that is set, by its query-string name, search words first.
    fn set(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("q", &self.q),
            ("topic", &self.topic),
            ("format", &self.format),
            ("language", &self.language),
            ("day", &self.day),
            ("time", &self.time),
            ("city", &self.city),
            ("audience", &self.audience),
        ]
        .into_iter()
        .map(|(key, value)| (key, value.trim()))
        .filter(|(_, value)| !value.is_empty())
    }

    /// Whether any filter other than the page is set.
    pub fn any(&self) -> bool {
        self.set().next().is_some()
    }

    /// The filters that narrow the list (all but the search words), set ones only.
    pub fn narrowing(&self) -> Vec<(&'static str, &str)> {
        self.set().filter(|(key, _)| *key != "q").collect()
    }

    /// The query string for these filters on another page.
    pub fn query_for_page(&self, page: usize) -> String {
        let mut out = url::form_urlencoded::Serializer::new(String::new());
        for (key, value) in self.set() {
            out.append_pair(key, value);
        }
        out.append_pair("page", &page.to_string());
        out.finish()
    }
}

/// A circle that passed the filters, with why it matched a search.
pub struct Found<'a> {
    pub entry: &'a Entry,
    pub reasons: Vec<Reason>,
}

/// The meets whose day and time of day a filter looks at: the next four
/// weeks, in the reader's zone (or the circle's).
fn meets_match(entry: &Entry, zone: Option<Tz>, day: &str, time: &str) -> bool {
    if day.is_empty() && time.is_empty() {
        return true;
    }
    let zone = zone.unwrap_or(entry.circle.time_zone);
    entry.meets.iter().any(|m| {
        let Some(start) = DateTime::<Utc>::from_timestamp(m.starts_at, 0) else { return false };
        let local = start.with_timezone(&zone);
        (day.is_empty() || weekday_name(local.weekday()) == day)
            && (time.is_empty() || DayPart::of(m.starts_at, zone).as_str() == time)
    })
}

/// Applies the filters (all must hold) and, when there is a search, orders
/// by how well circles match it. `searched` tells whether the search
/// matched anything; when it did not, the filtered circles come back
/// unranked so the reader still sees something.
pub fn find<'a>(snapshot: &'a Snapshot, filters: &Filters, zone: Option<Tz>) -> (Vec<Found<'a>>, bool) {
    let wanted = |value: &str| value.trim().to_string();
    let (topic, format, language, day, time, city, audience) = (
        wanted(&filters.topic),
        wanted(&filters.format).parse::<Format>().ok(),
        wanted(&filters.language),
        wanted(&filters.day),
        wanted(&filters.time),
        wanted(&filters.city),
        wanted(&filters.audience),
    );
    let passes = |e: &Entry| {
        let c = &e.circle;
        (topic.is_empty() || c.topics.contains(&topic))
            && format.is_none_or(|f| c.format == f || (f != Format::Hybrid && c.format == Format::Hybrid))
            && (language.is_empty() || c.languages.contains(&language))
            && (city.is_empty() || c.city == city)
            && (audience.is_empty() || c.audience.contains(&audience))
            && meets_match(e, zone, &day, &time)
    };
    let unranked =
        || snapshot.entries.iter().filter(|e| passes(e)).map(|entry| Found { entry, reasons: Vec::new() }).collect();
    let query = filters.q.trim();
    if query.is_empty() {
        return (unranked(), false);
    }
    let ranked: Vec<Found<'a>> = matching::rank_in(query, &snapshot.search)
        .into_iter()
        .filter(|m| passes(&snapshot.entries[m.index]))
        .map(|m| Found { entry: &snapshot.entries[m.index], reasons: m.reasons })
        .collect();
    if ranked.is_empty() {
        return (unranked(), false);
    }
    (ranked, true)
}
