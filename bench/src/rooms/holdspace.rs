//! Holdspace as a benchmark target: a database seeded with circles, one meet
//! each, and members holding seats and sessions; the real `holdspace serve`;
//! rooms opened by a coordinator over HTTP, as a facilitator would.

use chrono::{Duration as Minutes, Utc};
use chrono_tz::Tz;
use holdspace::auth::token::{hash_token, new_token};
use holdspace::domain::Alias;
use holdspace::domain::audit::Actor;
use holdspace::domain::circle::{CallFormat, Circle, Format, Status};
use holdspace::domain::member::{Profile, Roles};
use holdspace::domain::room::MoodNumbers;
use holdspace::domain::schedule::{End, Repeat, Series};
use holdspace::store::members::NewMember;
use holdspace::store::{ConnectOptions, Store};

/// What the seeded database holds: per room its meet and its people's
/// session cookies, and a coordinator who may open every room.
pub struct Seeded {
    pub rooms: Vec<SeededRoom>,
    pub coordinator: String,
}

pub struct SeededRoom {
    pub meet: i64,
    pub cookies: Vec<String>,
}

fn circle(index: usize, capacity: usize, call: CallFormat) -> Circle {
    Circle {
        id: 0,
        slug: format!("bench-{index:05}"),
        name: format!("Bench circle {index:05}"),
        summary: "A circle for the load test.".into(),
        description: "We meet.".into(),
        how_it_works: String::new(),
        topics: vec!["grief".into()],
        audience: vec![],
        eligibility: String::new(),
        age_min: None,
        age_max: None,
        languages: vec!["en".into()],
        format: Format::Online,
        city: String::new(),
        area: String::new(),
        address: String::new(),
        address_after_rsvp: true,
        country: "GB".into(),
        time_zone: Tz::UTC,
        capacity: i64::try_from(capacity).unwrap_or(i64::MAX),
        listed: false,
        facilitated: false,
        drop_in: false,
        status: Status::Active,
        agreements: vec![],
        agreements_version: 1,
        advice_nudge: true,
        mood_numbers: MoodNumbers::Facilitators,
        call,
        venue: Default::default(),
    }
}

async fn member(store: &Store, alias: &str, roles: Roles, now: i64) -> Result<(i64, String), String> {
    let new = NewMember {
        alias: Alias::parse(alias).map_err(|e| format!("{alias}: {e:?}"))?,
        // Nobody signs in with a password here; sessions are made directly.
        password_hash: "no-password".into(),
        profile: Profile::default(),
        roles,
        must_change_password: false,
        recovery_code_hashes: vec![],
    };
    let id = store.create_member(&new, &Actor::Console, now).await.map_err(|e| e.to_string())?;
    let token = new_token();
    store.create_session(id, &hash_token(&token), "bench", now).await.map_err(|e| e.to_string())?;
    Ok((id, format!("hs_session={token}")))
}

/// Seeds a fresh database with one circle and meet per room size given,
/// each meet with that many members holding a seat, its agreements accepted.
/// Its circles meet in text, or by voice too as `call` says.
pub async fn seed(url: &str, sizes: &[usize], call: CallFormat) -> Result<Seeded, String> {
    let store = Store::connect(url, &ConnectOptions::default()).await.map_err(|e| e.to_string())?;
    store.migrate().await.map_err(|e| e.to_string())?;
    let now = Utc::now();
    let org_agreements = store.org_settings().await.map_err(|e| e.to_string())?.agreements_version;
    let (_, coordinator) =
        member(&store, "bench-lead", Roles { facilitator: true, coordinator: true }, now.timestamp()).await?;
    let mut rooms = Vec::with_capacity(sizes.len());
    let mut next_person = 0usize;
    for (index, &size) in sizes.iter().enumerate() {
        let circle_id =
            store.create_circle(&circle(index, size, call), now.timestamp()).await.map_err(|e| e.to_string())?;
        // UTC: "in ten minutes" is never an hour a clock change skips or repeats.
        let start = (now + Minutes::minutes(10)).naive_utc();
        let series = Series::new(Tz::UTC, start, Repeat::Once, End::Never, 120).map_err(|e| e.to_string())?;
        holdspace::services::schedule::add_series(&store, circle_id, &series, now).await.map_err(|e| e.to_string())?;
        let meet = store
            .upcoming_meets(circle_id, now.timestamp(), 1)
            .await
            .map_err(|e| e.to_string())?
            .first()
            .map(|m| m.meet.id)
            .ok_or("the seeded circle has no meet")?;
        let mut cookies = Vec::with_capacity(size);
        for _ in 0..size {
            let alias = format!("bench-{next_person:05}");
            next_person += 1;
            let (id, cookie) = member(&store, &alias, Roles::default(), now.timestamp()).await?;
            store.rsvp(meet, id, now.timestamp_millis()).await.map_err(|e| e.to_string())?;
            store
                .accept_agreements(id, circle_id, (org_agreements, 1), now.timestamp())
                .await
                .map_err(|e| e.to_string())?;
            cookies.push(cookie);
        }
        rooms.push(SeededRoom { meet, cookies });
    }
    store.close().await;
    Ok(Seeded { rooms, coordinator })
}

fn csrf_in(body: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let start = body.find(marker)? + marker.len();
    Some(body[start..].split('"').next()?.to_string())
}

/// Opens the rooms of these meets as the coordinator, through the same
/// form a facilitator uses.
pub async fn open_rooms(port: u16, coordinator: &str, meets: &[i64]) -> Result<(), String> {
    let base = format!("http://127.0.0.1:{port}");
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let url: reqwest::Url = format!("{base}/").parse().map_err(|e| format!("{e}"))?;
    jar.add_cookie_str(&format!("{coordinator}; Path=/"), &url);
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ORIGIN, base.parse().map_err(|e| format!("{e}"))?);
    let http = reqwest::Client::builder()
        .cookie_provider(jar)
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| e.to_string())?;
    let first = meets.first().ok_or("no rooms to open")?;
    let page = http.get(format!("{base}/meets/{first}/room")).send().await.map_err(|e| e.to_string())?;
    let body = page.text().await.map_err(|e| e.to_string())?;
    let csrf = csrf_in(&body).ok_or("the room page offered no form to open the room")?;
    for meet in meets {
        let response = http
            .post(format!("{base}/meets/{meet}/room/open"))
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if !response.status().is_redirection() {
            return Err(format!("opening the room of meet {meet} answered {}", response.status()));
        }
    }
    Ok(())
}
