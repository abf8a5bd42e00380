//! Coordinator pages: members and roles, the audit log, organisation settings.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::domain::audit::Actor;
use crate::domain::member::{Member, Role};
use crate::domain::moderation;
use crate::domain::safety::retention;
use crate::domain::{Invalid, text};
use crate::i18n::{Tr, msg};
use crate::services::admin::{self, AdminError};
use crate::services::now;
use crate::store::audit::AuditParty;
use crate::store::settings::OrgSettings;
use crate::web::AppState;
use crate::web::context::Coordinator;
use crate::web::error::AppError;
use crate::web::format::when;
use crate::web::forms::{CsrfForm, Fields, FormState};
use crate::web::page::{Page, render, render_status};

/// Rows per page in admin lists.
const PAGE_SIZE: i64 = 50;

impl From<AdminError> for AppError {
    fn from(error: AdminError) -> AppError {
        match error {
            AdminError::Forbidden => AppError::Forbidden,
            AdminError::NoSuchMember => AppError::NotFound,
            AdminError::Invalid(invalid) => AppError::BadRequest(invalid.key()),
            AdminError::Store(store) => store.into(),
        }
    }
}

#[derive(Template)]
#[template(path = "admin/overview.html")]
struct OverviewPage {
    page: Page,
    members: i64,
    accounts_deleted: i64,
    rota: super::rota::RotaDashboard,
}

/// `GET /admin`.
pub async fn overview(State(state): State<AppState>, Coordinator(me): Coordinator) -> Result<Response, AppError> {
    let page = Page::new(&state, &me.context, msg("admin-title")).await;
    let rota = super::rota::dashboard(&state, &page.t, me.context.zone).await?;
    render(&OverviewPage {
        rota,
        page,
        members: state.store.member_count().await?,
        accounts_deleted: state.store.counter("accounts_deleted").await?,
    })
}

/// Search and paging for the members list.
#[derive(Debug, Default, Deserialize)]
pub struct MembersQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: Option<u32>,
}

struct MemberRow {
    id: i64,
    alias: String,
    facilitator: bool,
    coordinator: bool,
    joined: String,
    is_me: bool,
}

#[derive(Template)]
#[template(path = "admin/members.html")]
struct MembersPage {
    page: Page,
    q: String,
    rows: Vec<MemberRow>,
    page_number: u32,
    has_next: bool,
}

/// `GET /admin/members`.
pub async fn members(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Query(query): Query<MembersQuery>,
) -> Result<Response, AppError> {
    let page_number = query.page.unwrap_or(1).max(1);
    let search = text::single_line(&query.q);
    let offset = i64::from(page_number - 1) * PAGE_SIZE;
    let mut found = state.store.members_page(&search, PAGE_SIZE + 1, offset).await?;
    let has_next = found.len() as i64 > PAGE_SIZE;
    found.truncate(PAGE_SIZE as usize);
    let zone = me.context.zone;
    let rows = found
        .into_iter()
        .map(|m: Member| MemberRow {
            id: m.id,
            alias: m.alias.to_string(),
            facilitator: m.roles.facilitator,
            coordinator: m.roles.coordinator,
            joined: when(&me.context.tr, m.created_at, zone),
            is_me: m.id == me.viewer.member.id,
        })
        .collect();
    let page = Page::new(&state, &me.context, msg("members-title")).await;
    render(&MembersPage { page, q: search, rows, page_number, has_next })
}

/// A role change as posted from the members list.
#[derive(Debug, Deserialize)]
pub struct RoleForm {
    role: String,
    grant: String,
    #[serde(default)]
    q: String,
}

/// `POST /admin/members/{id}/role`.
pub async fn change_role(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Path(member_id): Path<i64>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> Result<Response, AppError> {
    let role: Role = form.role.parse().map_err(|e: Invalid| AppError::BadRequest(e.key()))?;
    let grant = match form.grant.as_str() {
        "true" => true,
        "false" => false,
        _ => return Err(AppError::BadRequest("error-form-malformed")),
    };
    let subject = admin::change_role(&state.store, &me.viewer.member, member_id, role, grant, now()).await?;
    tracing::info!(actor = me.viewer.member.id, subject = subject.id, role = role.as_str(), grant, "role changed");
    // The facilitator role decides which circles are facilitated, so listed.
    state.directory.invalidate();
    let q = url::form_urlencoded::byte_serialize(form.q.as_bytes()).collect::<String>();
    Ok(Redirect::to(&format!("/admin/members?q={q}&done=role-changed")).into_response())
}

#[derive(Template)]
#[template(path = "admin/one_time_password.html")]
struct OneTimePasswordPage {
    page: Page,
    alias: String,
    password: String,
}

/// `POST /admin/members/{id}/password`: a one-time password for someone locked out.
pub async fn reset_password(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Path(member_id): Path<i64>,
    CsrfForm(_): CsrfForm<super::auth::EmptyForm>,
) -> Result<Response, AppError> {
    let (subject, password) =
        admin::coordinator_reset_password(&state.store, &me.viewer.member, member_id, now()).await?;
    tracing::info!(actor = me.viewer.member.id, subject = subject.id, "one-time password issued");
    let page = Page::new(&state, &me.context, msg("otp-title")).await;
    render(&OneTimePasswordPage { page, alias: subject.alias.to_string(), password })
}

struct AuditRow {
    at: String,
    actor: String,
    action: String,
    subject: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    page: Page,
    rows: Vec<AuditRow>,
    page_number: u32,
    has_next: bool,
}

/// Paging for the audit log.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    page: Option<u32>,
}

/// `GET /admin/audit`.
pub async fn audit(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let page_number = query.page.unwrap_or(1).max(1);
    let mut entries = state.store.audit_page(PAGE_SIZE + 1, i64::from(page_number - 1) * PAGE_SIZE).await?;
    let has_next = entries.len() as i64 > PAGE_SIZE;
    entries.truncate(PAGE_SIZE as usize);
    let page = Page::new(&state, &me.context, msg("audit-title")).await;
    let tr = &page.t;
    let party = |p: &AuditParty| match p {
        AuditParty::Member(alias) => alias.clone(),
        AuditParty::DeletedMember => tr.get("audit-deleted-member"),
        AuditParty::Console => tr.get("audit-console"),
        AuditParty::Nobody => String::new(),
    };
    let zone = me.context.zone;
    let rows = entries
        .iter()
        .map(|e| AuditRow {
            at: when(tr, e.at, zone),
            actor: party(&e.actor),
            action: e.action.map(|a| tr.get(a.message_key())).unwrap_or_default(),
            subject: party(&e.subject),
        })
        .collect();
    render(&AuditPage { page, rows, page_number, has_next })
}

#[derive(Template)]
#[template(path = "admin/settings.html")]
struct SettingsPage {
    page: Page,
    form: FormState,
    agreements_version: i64,
}

/// The settings form's fields, as its page shows them.
const SETTINGS_FIELDS: Fields = &[
    ("name", msg("field-org-name")),
    ("country", msg("field-country")),
    ("agreements", msg("field-agreements")),
    ("safety_protocol", msg("field-safety-protocol")),
    ("alert_retention_days", msg("field-alert-retention")),
    ("debrief_retention_days", msg("field-debrief-retention")),
    ("moderation_retention_days", msg("field-moderation-retention")),
];

fn settings_form_state(tr: &Tr, org: &OrgSettings) -> FormState {
    FormState::new(tr, SETTINGS_FIELDS)
        .with("name", &org.name)
        .with("country", crate::domain::countries::name_in(&org.country, tr.lang()))
        .with("agreements", &org.agreements.join("\n"))
        .with("safety_protocol", &org.safety_protocol.join("\n"))
        .with("alert_retention_days", &org.alert_retention_days.to_string())
        .with("debrief_retention_days", &org.debrief_retention_days.to_string())
        .with("moderation_retention_days", &org.moderation_retention_days.to_string())
}

/// `GET /admin/settings`.
pub async fn settings_form(State(state): State<AppState>, Coordinator(me): Coordinator) -> Result<Response, AppError> {
    let org = state.refresh_org().await;
    let page = Page::new(&state, &me.context, msg("settings-title")).await;
    let form = settings_form_state(&page.t, &org);
    render(&SettingsPage { page, form, agreements_version: org.agreements_version })
}

/// The settings form as posted.
#[derive(Debug, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    agreements: String,
    #[serde(default)]
    safety_protocol: String,
    #[serde(default)]
    alert_retention_days: String,
    #[serde(default)]
    debrief_retention_days: String,
    #[serde(default)]
    moderation_retention_days: String,
}

/// `POST /admin/settings`.
pub async fn save_settings(
    State(state): State<AppState>,
    Coordinator(me): Coordinator,
    CsrfForm(form): CsrfForm<SettingsForm>,
) -> Result<Response, AppError> {
    let name = text::single_line(&form.name);
    let agreements: Vec<String> = form.agreements.lines().map(text::single_line).filter(|l| !l.is_empty()).collect();
    let mut problems = Vec::new();
    if name.is_empty() || name.chars().count() > 80 {
        problems.push(("name", Invalid("org-name-invalid")));
    }
    let country = crate::domain::member::parse_country(&form.country)
        .map_err(|e| problems.push(("country", e)))
        .unwrap_or_default()
        .unwrap_or_default();
    if agreements.len() > 20 || agreements.iter().any(|a| a.chars().count() > 300) {
        problems.push(("agreements", Invalid("agreements-too-long")));
    }
    let safety_protocol: Vec<String> =
        form.safety_protocol.lines().map(text::single_line).filter(|l| !l.is_empty()).collect();
    if safety_protocol.len() > 12 || safety_protocol.iter().any(|a| a.chars().count() > 300) {
        problems.push(("safety_protocol", Invalid("agreements-too-long")));
    }
    let alert_retention_days =
        retention::parse_days(&form.alert_retention_days).map_err(|e| problems.push(("alert_retention_days", e)));
    let debrief_retention_days = crate::domain::debrief::parse_keep_days(&form.debrief_retention_days)
        .map_err(|e| problems.push(("debrief_retention_days", e)));
    let moderation_retention_days = moderation::parse_retention_days(&form.moderation_retention_days)
        .map_err(|e| problems.push(("moderation_retention_days", e)));
    if !problems.is_empty() {
        let page = Page::new(&state, &me.context, msg("settings-title")).await;
        let typed = FormState::new(&page.t, SETTINGS_FIELDS)
            .with("name", &form.name)
            .with("country", &form.country)
            .with("agreements", &form.agreements)
            .with("safety_protocol", &form.safety_protocol)
            .with("alert_retention_days", &form.alert_retention_days)
            .with("debrief_retention_days", &form.debrief_retention_days)
            .with("moderation_retention_days", &form.moderation_retention_days)
            .errors_from(&page.t, &problems);
        let version = state.org().await.agreements_version;
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SettingsPage { page, form: typed, agreements_version: version },
        );
    }
    let actor = Actor::Member { id: me.viewer.member.id, alias: me.viewer.member.alias.to_string() };
    let alert_retention_days = alert_retention_days.unwrap_or(retention::DEFAULT_DAYS);
    let debrief_retention_days = debrief_retention_days.unwrap_or(crate::domain::debrief::DEFAULT_KEEP_DAYS);
    let moderation_retention_days = moderation_retention_days.unwrap_or(moderation::DEFAULT_RETENTION_DAYS);
    let settings = OrgSettings {
        name,
        country,
        agreements,
        agreements_version: 0,
        safety_protocol,
        alert_retention_days,
        debrief_retention_days,
        moderation_retention_days,
    };
    state.store.save_org_settings(&actor, &settings, now()).await?;
    state.refresh_org().await;
    Ok(Redirect::to("/admin/settings?done=settings-saved").into_response())
}
