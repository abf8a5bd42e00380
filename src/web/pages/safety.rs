//! The safety net's pages: helplines for anyone (`/help`, no sign-in, no
//! script), the alerts facilitators follow up, and the organisation's own
//! helplines for coordinators.

use std::cmp::Reverse;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::domain::circle::Circle;
use crate::domain::countries;
use crate::domain::helplines::{self, Fit, Helpline};
use crate::domain::invalid::Invalid;
use crate::domain::member::FieldErrors;
use crate::domain::room::{AlertKind, urgency};
use crate::domain::text;
use crate::i18n::{Tr, msg};
use crate::services::now;
use crate::store::safety::{AlertRow, AlertScope};
use crate::web::AppState;
use crate::web::context::{Coordinator, Ctx, RequestContext, SignedIn};
use crate::web::cookies;
use crate::web::error::AppError;
use crate::web::forms::{CsrfForm, Fields, FormState};
use crate::web::page::{Page, render, render_status};
use crate::web::{format, hours};

/// The cookie that remembers the region someone chose on `/help`.
const REGION_COOKIE: &str = "hs_region";
/// How many alerts the list shows.
const ALERTS_SHOWN: i64 = 200;

/// Every helpline: the organisation's own first, then the shipped ones.
pub async fn all_helplines(state: &AppState) -> Result<Vec<Helpline>, AppError> {
    let mut lines: Vec<Helpline> = state.store.org_helplines().await?.into_iter().map(|(_, h)| h).collect();
    lines.extend(helplines::shipped().iter().cloned());
    Ok(lines)
}

/// The region to show someone, by the one rule in
/// [`helplines::choose_region`]; empty when nothing names a country.
pub async fn region(
    state: &AppState,
    context: &RequestContext,
    headers: &HeaderMap,
    chosen: Option<&str>,
    circle: Option<&str>,
) -> String {
    let org = state.org().await;
    let clues = helplines::RegionClues {
        chosen: chosen.or_else(|| cookies::get(headers, REGION_COOKIE)),
        profile_country: context.viewer.as_ref().and_then(|v| v.member.profile.country.as_deref()),
        time_zone: context.zone.as_ref().map(|z| z.name()),
        accept_language: headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
        circle_country: circle,
        org_country: Some(org.country.as_str()),
    };
    helplines::choose_region(&clues).unwrap_or_default()
}

/// A helpline as a page shows it: ready-made links and plain-language labels.
pub struct HelplineView {
    pub line: Helpline,
    /// `tel:` targets for the number and the second number, if any.
    pub phone_link: String,
    pub phone_alt_link: String,
    /// "Call 116 123", "Call 112".
    pub call_label: String,
    pub call_alt_label: String,
    /// An `sms:` target (with the keyword as its body) and "Text START to 678-678".
    pub sms_link: String,
    pub sms_label: String,
    /// "For LGBTQIA+ people, young people", or empty for a line for everyone.
    pub audience: String,
    /// The languages it answers in, by name.
    pub languages: String,
    /// The host of its source, as the link text.
    pub source_host: String,
    /// "22 November 2026", or empty when it was never confirmed.
    pub checked: String,
    /// When it answers, in the reader's time ("Mon–Fri 6 pm – 2 am London
    /// time (closed some holidays)"), or as typed for the organisation's lines.
    pub hours: String,
    /// "Open now" or when it opens next; empty when that is not known.
    pub open_now: String,
    /// What it is, in the reader's language where the data has it.
    pub description: String,
    /// The `lang` of the description and of the name when they are not in
    /// the page's language (English names and words on a Hindi page), else empty.
    pub description_lang: String,
    pub name_lang: String,
}

/// The digits (and a leading +) of a number as written, for `tel:` and `sms:`.
fn dial(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

fn label_list(tr: &Tr, prefix: &str, codes: &[String]) -> Vec<String> {
    codes.iter().map(|code| tr.optional(&format!("{prefix}-{code}")).unwrap_or_else(|| code.clone())).collect()
}

impl HelplineView {
    /// The view for a reader in `reader`'s time zone at `now`.
    pub fn new(line: &Helpline, tr: &Tr, reader: Option<Tz>, now: DateTime<Utc>) -> HelplineView {
        let call = |number: &str| {
            if number.is_empty() { String::new() } else { tr.arg(msg("help-call-number"), "number", number) }
        };
        let (sms_link, sms_label) = match (line.sms.as_str(), line.sms_keyword.as_str()) {
            ("", _) => (String::new(), String::new()),
            (number, "") => (format!("sms:{}", dial(number)), tr.arg(msg("help-text-number"), "number", number)),
            (number, keyword) => (
                format!(
                    "sms:{}?body={}",
                    dial(number),
                    url::form_urlencoded::byte_serialize(keyword.as_bytes()).collect::<String>()
                ),
                tr.args(msg("help-text-keyword"), &[("keyword", keyword.into()), ("number", number.into())]),
            ),
        };
        let groups: Vec<String> = line.audience.iter().filter(|a| *a != "everyone").cloned().collect();
        let audience = match (groups.is_empty(), line.audience.iter().any(|a| a == "everyone")) {
            (true, _) => String::new(),
            (false, everyone) => {
                let who = label_list(tr, "helpline-audience", &groups).join(", ");
                tr.arg(if everyone { msg("help-audience-including") } else { msg("help-audience-for") }, "who", who)
            }
        };
        let checked = chrono::NaiveDate::parse_from_str(&line.last_verified, "%Y-%m-%d")
            .map(|d| format::date(tr, d))
            .unwrap_or_default();
        let source_host = url::Url::parse(&line.source)
            .ok()
            .and_then(|u| u.host_str().map(|h| h.trim_start_matches("www.").to_string()))
            .unwrap_or_default();
        let words = line.words_for(tr.lang());
        let (hours, open_now) = match &line.open {
            Some(open) => {
                let told = hours::describe(tr, open, reader, now);
                let told = if words.hours.is_empty() { told } else { format!("{told} ({})", words.hours) };
                (told, hours::status(tr, open, reader, now))
            }
            None => (words.hours.to_string(), String::new()),
        };
        let other_than_page = |language: &str| if language == tr.lang() { String::new() } else { language.to_string() };
        HelplineView {
            hours,
            open_now,
            phone_link: dial(&line.phone),
            phone_alt_link: dial(&line.phone_alt),
            call_label: call(&line.phone),
            call_alt_label: call(&line.phone_alt),
            sms_link,
            sms_label,
            audience,
            languages: label_list(tr, "language-of", &line.languages).join(", "),
            source_host,
            checked,
            description: words.description.to_string(),
            description_lang: other_than_page(words.language),
            name_lang: other_than_page(&line.written_in),
            line: line.clone(),
        }
    }
}

/// The helplines for one region, in the order to offer them to a person who
/// fits `fit`, with their hours in `reader`'s time.
pub fn views_for(lines: &[Helpline], country: &str, fit: &Fit, tr: &Tr, reader: Option<Tz>) -> Vec<HelplineView> {
    let now = Utc::now();
    helplines::for_person(lines, country, fit).into_iter().map(|h| HelplineView::new(h, tr, reader, now)).collect()
}

/// The region and lines for the care card in a circle's room: lines made for
/// the circle's people and in its languages (and the reader's) first.
pub async fn care_card(
    state: &AppState,
    context: &RequestContext,
    headers: &HeaderMap,
    circle: &Circle,
    tr: &Tr,
) -> Result<(String, Vec<HelplineView>), AppError> {
    let region = region(state, context, headers, None, Some(circle.country.as_str())).await;
    let mut languages = vec![tr.lang().to_string()];
    languages.extend(circle.languages.iter().cloned());
    let fit = Fit::for_circle(&circle.audience, circle.is_youth(), &languages);
    let lines = views_for(&all_helplines(state).await?, &region, &fit, tr, context.zone);
    Ok((region, lines))
}

/// A region someone can switch to on `/help`, as a link.
pub struct RegionChoice {
    pub code: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "help.html")]
struct HelpPage {
    page: Page,
    country: String,
    /// As a sentence says it: "the UK", "Germany".
    country_name: String,
    /// What the visitor typed for another country, when we could not find it.
    typed: String,
    problem: Option<String>,
    countries: Vec<RegionChoice>,
    lines: Vec<HelplineView>,
    /// Whether the region's own lines are missing (only worldwide ones are shown).
    none_here: bool,
}

/// `?country=` (or `?region=`) on `/help`: a code, or a country's name as typed.
#[derive(Debug, Default, Deserialize)]
pub struct RegionQuery {
    country: Option<String>,
    region: Option<String>,
}

/// `GET /help`: helplines for a region, without signing in or scripts.
pub async fn help(
    State(state): State<AppState>,
    Ctx(context): Ctx,
    Query(query): Query<RegionQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let typed = query.country.or(query.region).unwrap_or_default();
    let chosen = helplines::country_code(&typed);
    let country = region(&state, &context, &headers, chosen.as_deref(), None).await;
    let all = all_helplines(&state).await?;
    let page = Page::new(&state, &context, msg("help-title")).await;
    let fit = Fit { languages: vec![page.t.lang().to_string()], ..Fit::default() };
    let lines = views_for(&all, &country, &fit, &page.t, context.zone);
    // An emergency number alone is not a helpline to talk to: say so plainly.
    let none_here = lines.iter().all(|h| h.line.country == helplines::WORLDWIDE || h.line.emergency);
    let mut choices: Vec<RegionChoice> = helplines::countries(all.iter().filter(|h| !h.emergency))
        .into_iter()
        .map(|code| RegionChoice { name: countries::name_in(&code, page.t.lang()).to_string(), code })
        .collect();
    choices.sort_by(|a, b| a.name.cmp(&b.name));
    let not_found = chosen.is_none() && !typed.trim().is_empty();
    let view = HelpPage {
        country_name: countries::in_text_in(&country, page.t.lang()).to_string(),
        problem: not_found.then(|| page.t.get(msg("country-invalid"))),
        typed: if not_found { typed } else { String::new() },
        page,
        countries: choices,
        lines,
        none_here,
        country,
    };
    let mut response = render(&view)?;
    if let Some(code) = chosen {
        let secure = state.settings.public_url.as_ref().is_some_and(|u| u.secure);
        response.headers_mut().append(header::SET_COOKIE, cookies::set(REGION_COOKIE, &code, Some(31_536_000), secure));
    }
    Ok(response)
}

/// An alert as the list shows it.
struct AlertView {
    row: AlertRow,
    what: String,
    when: String,
    /// "the meet of 3 December, 19:00"
    meet: String,
    followed_up: Option<String>,
}

fn describe(tr: &Tr, row: &AlertRow) -> String {
    match (row.kind, row.level) {
        (AlertKind::Crisis, Some(level)) => tr.get(&format!("alert-level-{}", level.as_str().replace('_', "-"))),
        (AlertKind::Crisis, None) => tr.get(msg("alert-kind-crisis")),
        (AlertKind::Asked, _) => tr.get(msg("alert-kind-asked")),
        (AlertKind::ContactHeld, _) => tr.get(msg("alert-kind-contact-held")),
        (AlertKind::Report, _) => tr.arg(msg("alert-kind-report"), "by", row.reported_by.clone().unwrap_or_default()),
    }
}

/// What a facilitator may say they did.
const ACTIONS: &[&str] = &["checked-in", "shared-resources", "called-backup", "no-action-needed", "other"];

#[derive(Template)]
#[template(path = "alerts.html")]
struct AlertsPage {
    page: Page,
    /// Waiting to be followed up, the most serious first, then the newest.
    open: Vec<AlertView>,
    /// Followed up, in the same order.
    done: Vec<AlertView>,
    actions: Vec<(&'static str, String)>,
    protocol: Vec<String>,
}

fn scope(signed_in: &SignedIn) -> Result<AlertScope, AppError> {
    let member = &signed_in.viewer.member;
    if member.roles.coordinator {
        Ok(AlertScope::All)
    } else if member.roles.facilitator {
        Ok(AlertScope::FacilitatedBy(member.id))
    } else {
        Err(AppError::Forbidden)
    }
}

/// `GET /facilitate/alerts`: alerts and reports from the circles one runs.
pub async fn alerts(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, AppError> {
    let mut rows = state.store.safety_alerts(scope(&signed_in)?, ALERTS_SHOWN).await?;
    rows.sort_by_key(|r| (Reverse(urgency(r.kind, r.level)), Reverse(r.at), Reverse(r.id)));
    let page = Page::new(&state, &signed_in.context, msg("alerts-title")).await;
    let zone = signed_in.context.zone;
    let (open, done): (Vec<AlertView>, Vec<AlertView>) = rows
        .into_iter()
        .map(|row| AlertView {
            what: describe(&page.t, &row),
            when: format::when(&page.t, row.at, zone),
            meet: page.t.arg(msg("alerts-meet-of"), "when", format::when(&page.t, row.meet_starts_at, zone)),
            followed_up: row.followed_up_at.map(|at| {
                let action = page.t.get(&format!("alert-action-{}", row.action.as_deref().unwrap_or("other")));
                let by = row.followed_up_by.clone().unwrap_or_default();
                page.t.args(
                    msg("alert-followed-up-by"),
                    &[("by", by.into()), ("action", action.into()), ("when", format::when(&page.t, at, zone).into())],
                )
            }),
            row,
        })
        .partition(|a| a.followed_up.is_none());
    let actions = ACTIONS.iter().map(|a| (*a, page.t.get(&format!("alert-action-{a}")))).collect();
    let protocol = state.org().await.safety_protocol.clone();
    render(&AlertsPage { page, open, done, actions, protocol })
}

/// An alert about the person reading, as their account page shows it: what
/// kind of moment, when and where, whether someone followed up; never who
/// reported them or anything they wrote.
pub struct OwnAlert {
    pub what: String,
    pub when: String,
    pub circle: String,
    pub followed_up: bool,
}

/// The alerts about a member, newest first, for their account page.
pub async fn own_alerts(
    state: &AppState,
    member_id: i64,
    tr: &Tr,
    zone: Option<Tz>,
) -> Result<Vec<OwnAlert>, AppError> {
    let mut rows = state.store.safety_alerts_about(member_id).await?;
    rows.reverse();
    Ok(rows
        .into_iter()
        .map(|row| OwnAlert {
            what: tr.get(match row.kind {
                AlertKind::Crisis => msg("own-alert-crisis"),
                AlertKind::Asked => msg("own-alert-asked"),
                AlertKind::ContactHeld => msg("own-alert-contact-held"),
                AlertKind::Report => msg("own-alert-report"),
            }),
            when: format::when(tr, row.at, zone),
            circle: row.circle_name,
            followed_up: row.followed_up_at.is_some(),
        })
        .collect())
}

/// The follow-up form.
#[derive(Debug, Deserialize)]
pub struct FollowUpForm {
    #[serde(default)]
    action: String,
}

/// `POST /facilitate/alerts/{id}`: marks an alert followed up.
pub async fn follow_up(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<FollowUpForm>,
) -> Result<Response, AppError> {
    let scope = scope(&signed_in)?;
    let alert = state.store.safety_alert(id).await?.ok_or(AppError::NotFound)?;
    if let AlertScope::FacilitatedBy(member) = scope
        && !state.store.facilitator_ids(alert.circle_id).await?.contains(&member)
    {
        return Err(AppError::Forbidden);
    }
    let action = ACTIONS.iter().find(|a| **a == form.action).ok_or(AppError::BadRequest("alert-action-invalid"))?;
    state.store.follow_up_alert(id, &signed_in.viewer.member.alias.to_string(), action, now()).await?;
    Ok(Redirect::to("/facilitate/alerts?done=alert-followed-up").into_response())
}

/// The helpline form's fields, in the order its page shows them.
const HELPLINE_FIELDS: Fields = &[
    ("name", msg("helpline-field-name")),
    ("country", msg("field-country")),
    ("description", msg("helpline-field-description")),
    ("audience", msg("helpline-field-audience")),
    ("languages", msg("helpline-field-languages")),
    ("phone", msg("helpline-field-phone")),
    ("sms", msg("helpline-field-sms")),
    ("chat", msg("helpline-field-chat")),
    ("website", msg("helpline-field-website")),
    ("hours", msg("helpline-field-hours")),
];

/// One of the organisation's helplines as its list shows it.
struct OwnLine {
    id: i64,
    view: HelplineView,
    region: String,
}

#[derive(Template)]
#[template(path = "admin/helplines.html")]
struct HelplinesPage {
    page: Page,
    own: Vec<OwnLine>,
    /// The form to add one.
    form: FormState,
}

#[derive(Template)]
#[template(path = "admin/helpline_edit.html")]
struct HelplineEditPage {
    page: Page,
    id: i64,
    form: FormState,
}

async fn helplines_page(
    state: &AppState,
    context: &RequestContext,
    form: FormState,
) -> Result<HelplinesPage, AppError> {
    let page = Page::new(state, context, msg("helplines-title")).await;
    let own = state
        .store
        .org_helplines()
        .await?
        .into_iter()
        .map(|(id, line)| OwnLine {
            id,
            region: countries::name_in(&line.country, page.t.lang()).to_string(),
            view: HelplineView::new(&line, &page.t, context.zone, Utc::now()),
        })
        .collect();
    Ok(HelplinesPage { page, own, form })
}

/// `GET /admin/helplines`: the organisation's own helplines, and a form to add one.
pub async fn admin_list(State(state): State<AppState>, Coordinator(me): Coordinator) -> Result<Response, AppError> {
    let form = FormState::new(&me.context.tr, HELPLINE_FIELDS);
    render(&helplines_page(&state, &me.context, form).await?)
}

/// `GET /admin/helplines/{id}`: the form to change one.
pub async fn admin_edit_form(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (_, line) =
        state.store.org_helplines().await?.into_iter().find(|(line_id, _)| *line_id == id).ok_or(AppError::NotFound)?;
    let page = Page::new(&state, &me.context, msg("helplines-change")).await;
    let page = Page { title: page.t.arg(msg("helplines-change-named"), "name", line.name.as_str()), ..page };
    let sms = helplines::join_sms(&line.sms, &line.sms_keyword);
    let form = FormState::new(&page.t, HELPLINE_FIELDS)
        .with("name", &line.name)
        .with("country", countries::name_in(&line.country, page.t.lang()))
        .with("description", &line.description)
        .with("audience", &line.audience.join(", "))
        .with("languages", &line.languages.join(", "))
        .with("phone", &line.phone)
        .with("sms", &sms)
        .with("chat", &line.chat)
        .with("website", &line.website)
        .with("hours", &line.hours);
    render(&HelplineEditPage { page, id, form })
}

/// A helpline as a coordinator types it.
#[derive(Debug, Deserialize)]
pub struct HelplineForm {
    #[serde(default)]
    country: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    sms: String,
    #[serde(default)]
    chat: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    hours: String,
    #[serde(default)]
    audience: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    description: String,
}

impl HelplineForm {
    /// The form as typed, to show again.
    fn typed(&self, tr: &Tr) -> FormState {
        FormState::new(tr, HELPLINE_FIELDS)
            .with("name", &self.name)
            .with("country", &self.country)
            .with("description", &self.description)
            .with("audience", &self.audience)
            .with("languages", &self.languages)
            .with("phone", &self.phone)
            .with("sms", &self.sms)
            .with("chat", &self.chat)
            .with("website", &self.website)
            .with("hours", &self.hours)
    }
}

/// Checks a typed helpline, reporting every problem.
fn helpline_from(form: &HelplineForm) -> Result<Helpline, FieldErrors> {
    let mut errors = FieldErrors::new();
    let country = helplines::country_code(&form.country);
    if country.is_none() {
        errors.push(("country", Invalid("helpline-country-invalid")));
    }
    let line = |s: &str| text::single_line(s).chars().take(300).collect::<String>();
    let list = |s: &str| s.split(',').map(|t| line(t).to_lowercase()).filter(|t| !t.is_empty()).collect();
    let name = line(&form.name);
    if name.is_empty() {
        errors.push(("name", Invalid("helpline-name-missing")));
    }
    let h = Helpline {
        country: country.unwrap_or_default(),
        name,
        phone: line(&form.phone),
        sms: line(&form.sms),
        chat: line(&form.chat),
        website: line(&form.website),
        hours: line(&form.hours),
        audience: list(&form.audience),
        languages: list(&form.languages),
        description: line(&form.description),
        ..Helpline::default()
    };
    if h.phone.is_empty() && h.sms.is_empty() && h.chat.is_empty() && h.website.is_empty() {
        errors.push(("phone", Invalid("helpline-contact-missing")));
    }
    for (field, link) in [("chat", &h.chat), ("website", &h.website)] {
        if !link.is_empty() && !link.starts_with("https://") && !link.starts_with("http://") {
            errors.push((field, Invalid("helpline-link-invalid")));
        }
    }
    if errors.is_empty() { Ok(h) } else { Err(errors) }
}

/// `POST /admin/helplines`: adds one.
pub async fn admin_add(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    CsrfForm(form): CsrfForm<HelplineForm>,
) -> Result<Response, AppError> {
    match helpline_from(&form) {
        Ok(line) => {
            state.store.save_helpline(None, &line, now()).await?;
            Ok(Redirect::to("/admin/helplines?done=helpline-saved").into_response())
        }
        Err(errors) => {
            let typed = form.typed(&me.context.tr).errors_from(&me.context.tr, &errors);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &helplines_page(&state, &me.context, typed).await?)
        }
    }
}

/// `POST /admin/helplines/{id}`: changes one.
pub async fn admin_edit(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<HelplineForm>,
) -> Result<Response, AppError> {
    match helpline_from(&form) {
        Ok(line) => {
            state.store.save_helpline(Some(id), &line, now()).await?;
            Ok(Redirect::to("/admin/helplines?done=helpline-saved").into_response())
        }
        Err(errors) => {
            let page = Page::new(&state, &me.context, msg("helplines-change")).await;
            let typed = form.typed(&page.t).errors_from(&page.t, &errors);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &HelplineEditPage { page, id, form: typed })
        }
    }
}

/// `POST /admin/helplines/{id}/delete`.
pub async fn admin_delete(
    State(state): State<AppState>,
    Coordinator(_): Coordinator,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<super::auth::EmptyForm>,
) -> Result<Response, AppError> {
    state.store.delete_helpline(id).await?;
    Ok(Redirect::to("/admin/helplines?done=helpline-deleted").into_response())
}
