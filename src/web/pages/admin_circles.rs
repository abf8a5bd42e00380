//! Coordinators run circles: create and edit every field, assign
//! facilitators, and schedule meets (one-off, weekly, fortnightly, monthly on
//! the nth weekday, with an end date or a count).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, NaiveTime, Utc};
use serde::Deserialize;

use crate::domain::audit::{Actor, AuditAction};
use crate::domain::circle::{CallFormat, Circle, CircleInput, Format, Listing, Status};
use crate::domain::circle_text::CircleText;
use crate::domain::external_link::ExternalLink;
use crate::domain::member::{FieldErrors, LANGUAGES};
use crate::domain::room::MoodNumbers;
use crate::domain::schedule::{End, Repeat, Series};
use crate::domain::venue::{Answer, Feature, VenueInput};
use crate::domain::{Invalid, countries, zones};
use crate::i18n::{Tr, msg};
use crate::services::{now, now_ms, schedule};
use crate::store::StoreError;
use crate::store::meets::StoredSeries;
use crate::web::AppState;
use crate::web::context::Coordinator;
use crate::web::error::AppError;
use crate::web::format::{self, Clock};
use crate::web::forms::{Fields, FormState};
use crate::web::page::{Page, render, render_status};
use crate::web::view::{MeetView, audiences, language_name};

/// `application/x-www-form-urlencoded` with repeated keys (checkboxes), as pairs.
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    fn one(&self, key: &str) -> &str {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    pub fn all(&self, key: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
    }

    fn checked(&self, key: &str) -> bool {
        self.one(key) == "yes"
    }
}

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Pairs, D::Error> {
        Vec::<(String, String)>::deserialize(d).map(Pairs)
    }
}

fn actor(me: &Coordinator) -> Actor {
    let m = &me.0.viewer.member;
    Actor::Member { id: m.id, alias: m.alias.to_string() }
}

#[derive(Template)]
#[template(path = "admin/circles.html")]
struct CirclesPage {
    page: Page,
    /// slug, name, status, where it stands in the directory
    circles: Vec<(String, String, String, String)>,
}

/// Where a circle stands in the directory, in a word or two for the list.
fn listing_label(tr: &Tr, listing: Listing) -> String {
    tr.get(match listing {
        Listing::Listed => msg("yes"),
        Listing::WaitingForFacilitator => msg("coord-listing-waiting-short"),
        Listing::Unlisted => msg("no"),
    })
}

/// Where a circle stands in the directory, as its page tells the coordinator.
fn listing_note(tr: &Tr, listing: Listing) -> String {
    tr.get(match listing {
        Listing::Listed => msg("coord-listing-listed"),
        Listing::WaitingForFacilitator => msg("coord-listing-waiting"),
        Listing::Unlisted => msg("coord-listing-unlisted"),
    })
}

fn status_label(tr: &Tr, status: Status) -> String {
    tr.get(match status {
        Status::Active => msg("status-active"),
        Status::Paused => msg("status-paused"),
        Status::Archived => msg("status-archived"),
    })
}

/// `GET /admin/circles`.
pub async fn list(State(state): State<AppState>, me: Coordinator) -> Result<Response, AppError> {
    let page = Page::new(&state, &me.0.context, msg("admin-circles-title")).await;
    let circles = state
        .store
        .all_circles()
        .await?
        .into_iter()
        .map(|c| {
            let listing = listing_label(&page.t, c.listing());
            (c.slug, c.name, status_label(&page.t, c.status), listing)
        })
        .collect();
    render(&CirclesPage { page, circles })
}

/// The circle form's fields, in the order its page shows them.
const CIRCLE_FIELDS: Fields = &[
    ("name", msg("field-circle-name")),
    ("summary", msg("field-summary")),
    ("description", msg("field-description")),
    ("how_it_works", msg("field-how-it-works")),
    ("topics", msg("fact-topics")),
    ("slug", msg("field-slug")),
    ("eligibility", msg("field-eligibility")),
    ("age_min", msg("field-age-min")),
    ("age_max", msg("field-age-max")),
    ("languages", msg("coord-field-languages")),
    ("format", msg("coord-field-format")),
    ("call", msg("field-call-format")),
    ("time_zone", msg("fact-time-zone")),
    ("country", msg("field-country")),
    ("capacity", msg("field-capacity")),
    ("city", msg("filter-city")),
    ("area", msg("field-area")),
    ("address", msg("fact-address")),
    ("venue_step_free", msg("venue-step-free")),
    ("venue_hearing_loop", msg("venue-hearing-loop")),
    ("venue_quiet_room", msg("venue-quiet-room")),
    ("venue_toilets", msg("venue-toilets")),
    ("venue_transport", msg("venue-transport")),
    ("venue_door", msg("venue-door")),
    ("agreements", msg("field-circle-agreements")),
    ("mood_numbers", msg("field-mood-numbers")),
    ("status", msg("field-status")),
];

/// The circle form's checkboxes, kept as "yes" when ticked.
const CIRCLE_CHECKBOXES: &[&str] = &["address_after_rsvp", "advice_nudge", "listed", "drop_in"];

fn ticked(on: bool) -> &'static str {
    if on { "yes" } else { "" }
}

fn form_from(tr: &Tr, circle: &Circle) -> FormState {
    FormState::new(tr, CIRCLE_FIELDS)
        .with("slug", &circle.slug)
        .with("name", &circle.name)
        .with("summary", &circle.summary)
        .with("description", &circle.description)
        .with("how_it_works", &circle.how_it_works)
        .with("topics", &circle.topics.join(", "))
        .with("eligibility", &circle.eligibility)
        .with("age_min", &circle.age_min.map(|a| a.to_string()).unwrap_or_default())
        .with("age_max", &circle.age_max.map(|a| a.to_string()).unwrap_or_default())
        .with("format", circle.format.as_str())
        .with("call", circle.call.as_str())
        .with("city", &circle.city)
        .with("area", &circle.area)
        .with("address", &circle.address)
        .with("country", countries::name_in(&circle.country, tr.lang()))
        .with("time_zone", &zones::label_in(circle.time_zone, tr.lang()))
        .with("capacity", &circle.capacity.to_string())
        .with("status", circle.status.as_str())
        .with("mood_numbers", circle.mood_numbers.as_str())
        .with("agreements", &circle.agreements.join("\n"))
        .with(Feature::StepFree.field(), circle.venue.step_free.as_str())
        .with(Feature::HearingLoop.field(), circle.venue.hearing_loop.as_str())
        .with(Feature::QuietRoom.field(), circle.venue.quiet_room.as_str())
        .with(Feature::NeutralToilets.field(), circle.venue.neutral_toilets.as_str())
        .with("venue_transport", &circle.venue.transport)
        .with("venue_door", &circle.venue.door)
        .with("address_after_rsvp", ticked(circle.address_after_rsvp))
        .with("advice_nudge", ticked(circle.advice_nudge))
        .with("listed", ticked(circle.listed))
        .with("drop_in", ticked(circle.drop_in))
}

fn form_from_pairs(tr: &Tr, pairs: &Pairs) -> FormState {
    let mut form = FormState::new(tr, CIRCLE_FIELDS);
    for (key, _) in CIRCLE_FIELDS.iter().filter(|(key, _)| *key != "languages") {
        form = form.with(key, pairs.one(key));
    }
    for key in CIRCLE_CHECKBOXES {
        form = form.with(key, ticked(pairs.checked(key)));
    }
    form
}

fn input_from(pairs: &Pairs) -> CircleInput {
    CircleInput {
        slug: pairs.one("slug").into(),
        name: pairs.one("name").into(),
        summary: pairs.one("summary").into(),
        description: pairs.one("description").into(),
        how_it_works: pairs.one("how_it_works").into(),
        topics: pairs.one("topics").into(),
        audience: pairs.all("audience"),
        eligibility: pairs.one("eligibility").into(),
        age_min: pairs.one("age_min").into(),
        age_max: pairs.one("age_max").into(),
        languages: pairs.all("languages"),
        format: pairs.one("format").into(),
        call: pairs.one("call").into(),
        city: pairs.one("city").into(),
        area: pairs.one("area").into(),
        address: pairs.one("address").into(),
        address_after_rsvp: pairs.checked("address_after_rsvp"),
        advice_nudge: pairs.checked("advice_nudge"),
        mood_numbers: pairs.one("mood_numbers").into(),
        country: pairs.one("country").into(),
        time_zone: pairs.one("time_zone").into(),
        capacity: pairs.one("capacity").into(),
        listed: pairs.checked("listed"),
        drop_in: pairs.checked("drop_in"),
        status: pairs.one("status").into(),
        agreements: pairs.one("agreements").into(),
        venue: VenueInput {
            step_free: pairs.one(Feature::StepFree.field()).into(),
            hearing_loop: pairs.one(Feature::HearingLoop.field()).into(),
            quiet_room: pairs.one(Feature::QuietRoom.field()).into(),
            neutral_toilets: pairs.one(Feature::NeutralToilets.field()).into(),
            transport: pairs.one("venue_transport").into(),
            door: pairs.one("venue_door").into(),
        },
    }
}

/// The circle form: fields, checkboxes and choices.
struct CircleForm {
    form: FormState,
    audience: Vec<(&'static str, String, bool)>,
    languages: Vec<(&'static str, String, bool)>,
    formats: Vec<(&'static str, String)>,
    statuses: Vec<(&'static str, String)>,
    /// Who sees check-in numbers: value and label.
    mood_choices: Vec<(&'static str, String)>,
    /// Text only, voice and text, video and text: with whether each can be chosen here.
    calls: Vec<(&'static str, String, bool)>,
    /// Whether the site has a media server (voice needs one).
    media: bool,
    /// The venue's yes/no questions (field names) and their answers: value and label.
    venue_questions: Vec<&'static str>,
    venue_answers: Vec<(&'static str, String)>,
    /// The level of its section headings: 2 on its own page, 3 under "Details".
    level: u8,
}

impl CircleForm {
    fn new(tr: &Tr, media: bool, form: FormState, audience: &[String], languages: &[String], level: u8) -> CircleForm {
        let calls = [CallFormat::Text, CallFormat::Voice, CallFormat::Video]
            .iter()
            .map(|c| {
                let key = match c {
                    CallFormat::Text => msg("call-format-text"),
                    CallFormat::Voice => msg("call-format-voice"),
                    CallFormat::Video => msg("call-format-video"),
                };
                (c.as_str(), tr.get(key), media || !c.has_call() || form.is("call", c.as_str()))
            })
            .collect();
        CircleForm {
            calls,
            media,
            form,
            level,
            audience: audiences(tr)
                .into_iter()
                .map(|(tag, label)| (tag, label, audience.iter().any(|a| a == tag)))
                .collect(),
            languages: LANGUAGES
                .iter()
                .map(|(code, _)| (*code, language_name(tr, code), languages.iter().any(|l| l == code)))
                .collect(),
            formats: [Format::Online, Format::InPerson, Format::Hybrid]
                .iter()
                .map(|f| {
                    let key = match f {
                        Format::Online => msg("format-online"),
                        Format::InPerson => msg("format-in-person"),
                        Format::Hybrid => msg("format-hybrid"),
                    };
                    (f.as_str(), tr.get(key))
                })
                .collect(),
            statuses: [Status::Active, Status::Paused, Status::Archived]
                .iter()
                .map(|s| (s.as_str(), status_label(tr, *s)))
                .collect(),
            mood_choices: [
                (MoodNumbers::Facilitators, msg("field-mood-numbers-facilitators")),
                (MoodNumbers::Everyone, msg("field-mood-numbers-everyone")),
            ]
            .into_iter()
            .map(|(choice, label)| (choice.as_str(), tr.get(label)))
            .collect(),
            venue_questions: Feature::ALL.iter().map(|f| f.field()).collect(),
            venue_answers: [
                (Answer::Yes, msg("venue-answer-yes")),
                (Answer::No, msg("venue-answer-no")),
                (Answer::Unknown, msg("venue-answer-unknown")),
            ]
            .into_iter()
            .map(|(answer, label)| (answer.as_str(), tr.get(label)))
            .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "admin/circle_new.html")]
struct NewCirclePage {
    page: Page,
    circle: CircleForm,
}

/// `GET /admin/circles/new`.
pub async fn new_form(State(state): State<AppState>, me: Coordinator) -> Result<Response, AppError> {
    let page = Page::new(&state, &me.0.context, msg("circle-new-title")).await;
    let form = FormState::new(&page.t, CIRCLE_FIELDS)
        .with("format", "online")
        .with("call", "text")
        .with("status", "active")
        .with("capacity", "12")
        .with("mood_numbers", MoodNumbers::default().as_str())
        .with(Feature::StepFree.field(), Answer::Unknown.as_str())
        .with(Feature::HearingLoop.field(), Answer::Unknown.as_str())
        .with(Feature::QuietRoom.field(), Answer::Unknown.as_str())
        .with(Feature::NeutralToilets.field(), Answer::Unknown.as_str())
        // Most circles meet where their coordinator lives.
        .with("time_zone", &me.0.context.zone.map(|z| zones::label_in(z, page.t.lang())).unwrap_or_default())
        .with("address_after_rsvp", "yes")
        .with("advice_nudge", "yes")
        .with("listed", "yes");
    let circle = CircleForm::new(&page.t, state.media.is_some(), form, &[], &["en".to_string()], 2);
    render(&NewCirclePage { page, circle })
}

/// Voice and video are offered only on a site with a media server. A
/// circle already set to one keeps it when the server is gone (its meets
/// are text only until one is configured again), so its other fields can
/// still be saved.
fn check_call(state: &AppState, circle: &Circle, before: Option<CallFormat>) -> FieldErrors {
    if circle.call.has_call() && state.media.is_none() && before != Some(circle.call) {
        vec![("call", Invalid("call-needs-media-server"))]
    } else {
        FieldErrors::new()
    }
}

fn with_problems(state: &AppState, tr: &Tr, pairs: &Pairs, errors: &FieldErrors, level: u8) -> CircleForm {
    let form = form_from_pairs(tr, pairs).errors_from(tr, errors);
    CircleForm::new(tr, state.media.is_some(), form, &pairs.all("audience"), &pairs.all("languages"), level)
}

/// `POST /admin/circles`.
pub async fn create(
    State(state): State<AppState>,
    me: Coordinator,
    crate::web::forms::CsrfForm(pairs): crate::web::forms::CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let parsed = Circle::parse(&input_from(&pairs)).and_then(|circle| match check_call(&state, &circle, None) {
        errors if errors.is_empty() => Ok(circle),
        errors => Err(errors),
    });
    let errors = match parsed {
        Ok(circle) => match state.store.create_circle(&circle, now()).await {
            Ok(_) => {
                state.store.record_audit(now(), &actor(&me), AuditAction::CircleCreated, &circle.name).await?;
                state.directory.invalidate();
                return Ok(Redirect::to(&format!("/admin/circles/{}?done=circle-saved", circle.slug)).into_response());
            }
            Err(StoreError::Conflict) => vec![("slug", Invalid("slug-taken"))],
            Err(other) => return Err(other.into()),
        },
        Err(errors) => errors,
    };
    let page = Page::new(&state, &me.0.context, msg("circle-new-title")).await;
    let circle = with_problems(&state, &page.t, &pairs, &errors, 2);
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &NewCirclePage { page, circle })
}

/// A series as the schedule list describes it.
fn describe(tr: &Tr, series: &Series, clock: Clock) -> String {
    let time = clock.time(tr.lang(), series.first.time());
    let day = format::weekday(tr, series.first.date());
    let from = format::short_date(tr, series.first.date());
    let mut text = match series.repeat {
        Repeat::Once => tr.args(msg("series-once"), &[("date", from.clone().into()), ("time", time.clone().into())]),
        Repeat::Weekly => tr.args(
            msg("series-weekly"),
            &[("day", day.into()), ("time", time.clone().into()), ("date", from.clone().into())],
        ),
        Repeat::Fortnightly => tr.args(
            msg("series-fortnightly"),
            &[("day", day.into()), ("time", time.clone().into()), ("date", from.clone().into())],
        ),
        Repeat::MonthlyNth { week } => tr.args(
            msg("series-monthly"),
            &[
                ("week", i64::from(week).into()),
                ("day", day.into()),
                ("time", time.clone().into()),
                ("date", from.clone().into()),
            ],
        ),
    };
    match series.end {
        End::Never => {}
        End::OnDate(date) => {
            text = format!("{text} {}", tr.arg(msg("series-until"), "date", format::short_date(tr, date)))
        }
        End::AfterCount(n) => text = format!("{text} {}", tr.arg(msg("series-count"), "count", i64::from(n))),
    }
    text
}

#[derive(Template)]
#[template(path = "admin/circle_edit.html")]
struct EditCirclePage {
    page: Page,
    slug: String,
    circle: CircleForm,
    facilitators: Vec<(i64, String, bool)>,
    /// Assigned, but no longer holding the role: shown so they can be cleared.
    stale: Vec<String>,
    series: Vec<String>,
    schedule: FormState,
    meets: Vec<MeetView>,
    time_zone: String,
    /// Whether people can find the circle, and why not.
    listing: String,
    needs_facilitator: bool,
    /// The outside meeting link form.
    external_link: FormState,
    /// The organisation's current trainings, and whether this circle requires each.
    trainings: Vec<(i64, String, bool)>,
    /// Why the facilitators chosen could not be saved.
    facilitator_problems: Vec<String>,
    /// The circle asks for a co-facilitator at each meet.
    needs_co: bool,
    /// A form for the circle's words in each other interface language.
    texts: Vec<TextForm>,
}

/// The circle's words in one interface language, as its form shows them.
struct TextForm {
    /// The language's name in the coordinator's language.
    language: String,
    text: CircleText,
    /// Why the words could not be saved, by field.
    problems: Vec<(&'static str, String)>,
}

impl TextForm {
    fn problem(&self, field: &str) -> Option<&str> {
        self.problems.iter().find(|(f, _)| *f == field).map(|(_, problem)| problem.as_str())
    }

    fn value(&self, field: &str) -> &str {
        match field {
            "name" => &self.text.name,
            "summary" => &self.text.summary,
            "description" => &self.text.description,
            _ => &self.text.agreements,
        }
    }

    /// The ids of a field's problem and hint, for `aria-describedby`.
    fn described_by(&self, field: &str, hint: bool) -> String {
        let id = format!("text-{}-{field}", self.text.lang);
        let problem = self.problem(field).map(|_| format!("{id}-problem"));
        [problem, hint.then(|| format!("{id}-hint"))].into_iter().flatten().collect::<Vec<_>>().join(" ")
    }
}

/// Interface languages a circle's words may be given in: all but the one it is held in first.
fn text_languages<'a>(tr: &'a Tr, circle: &Circle) -> impl Iterator<Item = &'static str> + 'a {
    let own = circle.languages.first().cloned().unwrap_or_default();
    tr.languages().into_iter().map(|(code, _)| code).filter(move |code| *code != own)
}

async fn edit_page(
    state: &AppState,
    me: &Coordinator,
    circle: &Circle,
    form: Option<CircleForm>,
    schedule: FormState,
) -> Result<EditCirclePage, AppError> {
    let page = Page::new(state, &me.0.context, msg("circle-edit-title")).await.titled(circle.name.clone());
    let assigned = state.store.facilitator_ids(circle.id).await?;
    let facilitators = state
        .store
        .facilitator_candidates()
        .await?
        .into_iter()
        .map(|(id, alias)| (id, alias, assigned.contains(&id)))
        .collect();
    // The coordinator's own clock style, as on every page they read.
    let clock = Clock::for_reader(page.t.lang(), me.0.context.zone);
    let series = state
        .store
        .series(Some(circle.id))
        .await?
        .iter()
        .map(|(_, s): &(i64, StoredSeries)| describe(&page.t, &s.series, clock))
        .collect();
    let now = now();
    let meets = state
        .store
        .upcoming_meets(circle.id, now, 12)
        .await?
        .iter()
        .map(|counts| MeetView::new(&page.t, counts, circle, Some(circle.time_zone), None, now))
        .collect();
    let circle_form = form.unwrap_or_else(|| {
        CircleForm::new(
            &page.t,
            state.media.is_some(),
            form_from(&page.t, circle),
            &circle.audience,
            &circle.languages,
            3,
        )
    });
    let link = state.store.external_link(circle.id).await?;
    let external_link = FormState::new(&page.t, EXTERNAL_LINK_FIELDS)
        .with("external_link", link.as_ref().map(ExternalLink::as_str).unwrap_or_default());
    let required = state.store.circle_training_ids(circle.id).await?;
    let trainings = state
        .store
        .trainings()
        .await?
        .into_iter()
        .filter(|t| !t.retired)
        .map(|t| (t.id, t.name, required.contains(&t.id)))
        .collect();
    let saved = state.store.circle_texts(circle.id).await?;
    let texts = text_languages(&page.t, circle)
        .map(|code| TextForm {
            language: language_name(&page.t, code),
            text: saved
                .iter()
                .find(|t| t.lang == code)
                .cloned()
                .unwrap_or_else(|| CircleText { lang: code.to_string(), ..CircleText::default() }),
            problems: Vec::new(),
        })
        .collect();
    Ok(EditCirclePage {
        needs_co: state.store.needs_co_facilitator(circle.id).await?,
        trainings,
        facilitator_problems: Vec::new(),
        texts,
        external_link,
        slug: circle.slug.clone(),
        circle: circle_form,
        facilitators,
        stale: state.store.stale_facilitators(circle.id).await?,
        series,
        schedule,
        meets,
        time_zone: zones::label_in(circle.time_zone, page.t.lang()),
        listing: listing_note(&page.t, circle.listing()),
        needs_facilitator: circle.listing() == Listing::WaitingForFacilitator,
        page,
    })
}

/// The schedule form's fields, in the order its page shows them.
const SCHEDULE_FIELDS: Fields = &[
    ("date", msg("field-first-date")),
    ("time", msg("field-time")),
    ("duration", msg("field-duration")),
    ("repeat", msg("field-repeat")),
    ("month_week", msg("field-month-week")),
    ("end", msg("field-end")),
    ("until", msg("field-until")),
    ("count", msg("field-count")),
];

fn default_schedule(tr: &Tr) -> FormState {
    FormState::new(tr, SCHEDULE_FIELDS)
        .with("repeat", "weekly")
        .with("duration", "75")
        .with("end", "never")
        .with("time", "19:00")
}

async fn circle_for(state: &AppState, slug: &str) -> Result<Circle, AppError> {
    state.store.circle_by_slug(slug).await?.ok_or(AppError::NotFound)
}

/// `GET /admin/circles/{slug}`.
pub async fn edit_form(
    State(state): State<AppState>,
    me: Coordinator,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let circle = circle_for(&state, &slug).await?;
    render(&edit_page(&state, &me, &circle, None, default_schedule(&me.0.context.tr)).await?)
}

/// `POST /admin/circles/{slug}`.
pub async fn update(
    State(state): State<AppState>,
    me: Coordinator,
    Path(slug): Path<String>,
    crate::web::forms::CsrfForm(pairs): crate::web::forms::CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let existing = circle_for(&state, &slug).await?;
    let parsed =
        Circle::parse(&input_from(&pairs)).and_then(|circle| match check_call(&state, &circle, Some(existing.call)) {
            errors if errors.is_empty() => Ok(circle),
            errors => Err(errors),
        });
    let errors = match parsed {
        Ok(parsed) => {
            let circle = Circle { id: existing.id, agreements_version: existing.agreements_version, ..parsed };
            match state.store.update_circle(&circle, now()).await {
                Ok(()) => {
                    if circle.capacity > existing.capacity {
                        state.store.fill_free_seats(circle.id, now_ms()).await?;
                    }
                    state.store.record_audit(now(), &actor(&me), AuditAction::CircleUpdated, &circle.name).await?;
                    state.directory.invalidate();
                    return Ok(
                        Redirect::to(&format!("/admin/circles/{}?done=circle-saved", circle.slug)).into_response()
                    );
                }
                Err(StoreError::Conflict) => vec![("slug", Invalid("slug-taken"))],
                Err(other) => return Err(other.into()),
            }
        }
        Err(errors) => errors,
    };
    let tr = me.0.context.tr.clone();
    let form = with_problems(&state, &tr, &pairs, &errors, 3);
    render_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &edit_page(&state, &me, &existing, Some(form), default_schedule(&me.0.context.tr)).await?,
    )
}

/// `POST /admin/circles/{slug}/facilitators`: exactly the members checked.
pub async fn set_facilitators(
    State(state): State<AppState>,
    me: Coordinator,
    Path(slug): Path<String>,
    crate::web::forms::CsrfForm(pairs): crate::web::forms::CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let circle = circle_for(&state, &slug).await?;
    let candidates = state.store.facilitator_candidates().await?;
    let chosen: Vec<(i64, String)> = pairs
        .all("facilitator")
        .iter()
        .filter_map(|v| v.parse::<i64>().ok())
        .filter_map(|id| candidates.iter().find(|(c, _)| *c == id).cloned())
        .collect();
    // Only people newly made facilitators are held to the circle's
    // trainings here: one whose training lapses while they facilitate shows
    // on the gaps page rather than blocking every other change.
    let assigned = state.store.facilitator_ids(circle.id).await?;
    let added: Vec<(i64, String)> = chosen.iter().filter(|(id, _)| !assigned.contains(id)).cloned().collect();
    let tr = me.0.context.tr.clone();
    let problems = super::trainings::assignment_problems(&state, &tr, circle.id, &added).await?;
    if !problems.is_empty() {
        let mut page = edit_page(&state, &me, &circle, None, default_schedule(&tr)).await?;
        page.facilitator_problems = problems;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let ids: Vec<i64> = chosen.iter().map(|(id, _)| *id).collect();
    state.store.set_facilitators(circle.id, &ids).await?;
    state.store.record_audit(now(), &actor(&me), AuditAction::FacilitatorsChanged, &circle.name).await?;
    // Whether anyone facilitates it decides whether the circle is listed.
    state.directory.invalidate();
    Ok(Redirect::to(&format!("/admin/circles/{slug}?done=facilitators-saved")).into_response())
}

/// The outside meeting link form's one field.
const EXTERNAL_LINK_FIELDS: Fields = &[("external_link", msg("external-link-field"))];

/// `POST /admin/circles/{slug}/external-link`: gives the circle a meeting
/// link on an outside tool, or (left empty) takes it away. The audit log
/// says that it changed, never the link.
pub async fn set_external_link(
    State(state): State<AppState>,
    me: Coordinator,
    Path(slug): Path<String>,
    crate::web::forms::CsrfForm(pairs): crate::web::forms::CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let circle = circle_for(&state, &slug).await?;
    match ExternalLink::parse(pairs.one("external_link")) {
        Ok(link) => {
            state.store.set_external_link(circle.id, link.as_ref()).await?;
            let action = if link.is_some() { AuditAction::ExternalLinkSet } else { AuditAction::ExternalLinkRemoved };
            state.store.record_audit(now(), &actor(&me), action, &circle.name).await?;
            Ok(Redirect::to(&format!("/admin/circles/{slug}?done=external-link-saved#external-link")).into_response())
        }
        Err(problem) => {
            let tr = me.0.context.tr.clone();
            let mut page = edit_page(&state, &me, &circle, None, default_schedule(&tr)).await?;
            page.external_link = FormState::new(&tr, EXTERNAL_LINK_FIELDS)
                .with("external_link", pairs.one("external_link"))
                .error(&tr, "external_link", problem);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// `POST /admin/circles/{slug}/texts/{lang}`: saves the circle's words in
/// another interface language; left empty, removes them.
pub async fn save_text(
    State(state): State<AppState>,
    me: Coordinator,
    Path((slug, lang)): Path<(String, String)>,
    crate::web::forms::CsrfForm(pairs): crate::web::forms::CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let circle = circle_for(&state, &slug).await?;
    let code = text_languages(&me.0.context.tr, &circle).find(|code| *code == lang).ok_or(AppError::NotFound)?;
    let (name, summary, description, agreements) =
        (pairs.one("name"), pairs.one("summary"), pairs.one("description"), pairs.one("agreements"));
    let text = match CircleText::parse(code, name, summary, description, agreements) {
        Ok(text) => text,
        Err(errors) => {
            let mut page = edit_page(&state, &me, &circle, None, default_schedule(&me.0.context.tr)).await?;
            let typed = CircleText {
                lang: code.to_string(),
                name: name.to_string(),
                summary: summary.to_string(),
                description: description.to_string(),
                agreements: agreements.to_string(),
            };
            if let Some(form) = page.texts.iter_mut().find(|f| f.text.lang == code) {
                form.problems = errors.iter().map(|(field, problem)| (*field, page.page.t.get(problem.0))).collect();
                form.text = typed;
            }
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let before = state.store.circle_texts(circle.id).await?.into_iter().find(|t| t.lang == code).unwrap_or_default();
    let changed = text.changed_from(&before);
    state.store.save_circle_text(circle.id, &text).await?;
    if !changed.is_empty() {
        let action = if text.is_empty() { AuditAction::CircleTextRemoved } else { AuditAction::CircleTextSaved };
        let detail = format!("{} · {code}: {}", circle.name, changed.join(", "));
        state.store.record_audit(now(), &actor(&me), action, &detail).await?;
    }
    // Search reads these words too.
    state.directory.invalidate();
    Ok(Redirect::to(&format!("/admin/circles/{slug}?done=circle-text-saved#text-{code}")).into_response())
}

/// Reads the schedule form into a series, reporting every problem.
fn series_from(pairs: &Pairs, zone: chrono_tz::Tz) -> Result<Series, FieldErrors> {
    let mut errors = FieldErrors::new();
    let date = NaiveDate::parse_from_str(pairs.one("date").trim(), "%Y-%m-%d")
        .map_err(|_| errors.push(("date", Invalid("date-invalid"))))
        .ok();
    let time = NaiveTime::parse_from_str(pairs.one("time").trim(), "%H:%M")
        .map_err(|_| errors.push(("time", Invalid("time-invalid"))))
        .ok();
    let duration = pairs
        .one("duration")
        .trim()
        .parse::<i64>()
        .map_err(|_| errors.push(("duration", Invalid("duration-invalid"))))
        .ok();
    let week = pairs.one("month_week").trim().parse::<i64>().ok();
    let repeat = Repeat::from_parts(pairs.one("repeat"), week).map_err(|e| errors.push(("repeat", e))).ok();
    let end = match pairs.one("end") {
        "date" => NaiveDate::parse_from_str(pairs.one("until").trim(), "%Y-%m-%d")
            .map(End::OnDate)
            .map_err(|_| errors.push(("until", Invalid("date-invalid"))))
            .ok(),
        "count" => pairs
            .one("count")
            .trim()
            .parse::<u32>()
            .map(End::AfterCount)
            .map_err(|_| errors.push(("count", Invalid("count-invalid"))))
            .ok(),
        _ => Some(End::Never),
    };
    let (Some(date), Some(time), Some(duration), Some(repeat), Some(end)) = (date, time, duration, repeat, end) else {
        return Err(errors);
    };
    let first = date.and_time(time);
    if crate::domain::schedule::local_to_instant(zone, first) < Utc::now() {
        return Err(vec![("date", Invalid("date-in-past"))]);
    }
    Series::new(zone, first, repeat, end, duration).map_err(|e| {
        let field = match e.key() {
            "duration-invalid" => "duration",
            "count-invalid" => "count",
            "end-before-start" => "until",
            _ => "repeat",
        };
        vec![(field, e)]
    })
}

/// `POST /admin/circles/{slug}/series`: schedules meets.
pub async fn add_series(
    State(state): State<AppState>,
    me: Coordinator,
    Path(slug): Path<String>,
    crate::web::forms::CsrfForm(pairs): crate::web::forms::CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let circle = circle_for(&state, &slug).await?;
    match series_from(&pairs, circle.time_zone) {
        Ok(series) => {
            let (_, created) = schedule::add_series(&state.store, circle.id, &series, Utc::now()).await?;
            let detail = format!("{} ({created})", circle.name);
            state.store.record_audit(now(), &actor(&me), AuditAction::MeetsScheduled, &detail).await?;
            state.directory.invalidate();
            Ok(Redirect::to(&format!("/admin/circles/{slug}?done=meets-scheduled#schedule")).into_response())
        }
        Err(errors) => {
            let tr = me.0.context.tr.clone();
            let mut form = FormState::new(&tr, SCHEDULE_FIELDS);
            for (key, _) in SCHEDULE_FIELDS {
                form = form.with(key, pairs.one(key));
            }
            let form = form.errors_from(&tr, &errors);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &edit_page(&state, &me, &circle, None, form).await?)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Pairs {
        Pairs(list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn a_monthly_series_is_read_from_the_form() {
        let next_year = chrono::Utc::now().format("%Y").to_string().parse::<i32>().unwrap() + 1;
        let date = NaiveDate::from_ymd_opt(next_year, 1, 1).unwrap();
        // The second Tuesday of January next year.
        let tuesday = (0..14)
            .map(|d| date + chrono::Duration::days(d))
            .filter(|d| d.format("%a").to_string() == "Tue")
            .nth(1)
            .unwrap();
        let form = pairs(&[
            ("date", &tuesday.to_string()),
            ("time", "19:00"),
            ("duration", "75"),
            ("repeat", "monthly"),
            ("month_week", "2"),
            ("end", "count"),
            ("count", "6"),
        ]);
        let series = series_from(&form, chrono_tz::Tz::Asia__Kolkata).unwrap();
        assert_eq!(series.repeat, Repeat::MonthlyNth { week: 2 });
        assert_eq!(series.end, End::AfterCount(6));
    }

    #[test]
    fn every_schedule_problem_is_reported() {
        let form = pairs(&[
            ("date", "soon"),
            ("time", "7pm"),
            ("duration", "long"),
            ("repeat", "daily"),
            ("end", "count"),
            ("count", "x"),
        ]);
        let fields: Vec<_> = series_from(&form, chrono_tz::Tz::UTC).unwrap_err().into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["date", "time", "duration", "repeat", "count"]);
    }
}
