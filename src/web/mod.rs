//! The website: server-rendered pages that work without JavaScript.
//!
//! `router` below is the whole URL map, top to bottom. Each area's handlers
//! live in `pages/`, each page's HTML in `templates/`.

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;

mod access_log;
mod assets;
mod chart;
mod context;
mod cookies;
mod directory;
mod error;
mod external_link;
pub(crate) mod format;
mod forms;
mod guest;
mod headers;
mod hours;
mod ics;
pub mod listener;
mod page;
mod pages;
mod qr;
mod state;
mod venue;
mod view;

pub use state::{AppState, WebSettings};

/// The largest request body accepted: forms are small.
const BODY_LIMIT: usize = 64 * 1024;
/// A request that takes longer than this is answered with an error page.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Every URL the site answers.
pub fn router(state: AppState) -> Router {
    use pages::notices;
    use pages::{
        account, admin, admin_circles, api, auth, call, circles, debriefs, facilitate, feedback, health, home,
        language, meets, moderation, recovery, report, room, rota, safety, sheet, trainings, venue,
    };
    let pages = Router::new()
        .route("/", get(home::show))
        .route("/circles", get(circles::directory))
        .route("/circles/{slug}", get(circles::show))
        .route("/circles/{slug}/calendar.ics", get(circles::calendar))
        .route("/circles/{slug}/agreements", get(circles::agreements_form).post(circles::agree))
        .route("/circles/{slug}/join", post(circles::join))
        .route("/circles/{slug}/leave", post(circles::leave))
        .route("/circles/{slug}/report", get(moderation::circle_report_form).post(moderation::circle_report))
        .route("/meets", get(meets::mine))
        .route("/meets/{id}", get(meets::show))
        .route("/meets/{id}/calendar.ics", get(meets::calendar))
        .route("/meets/{id}/rsvp", post(meets::rsvp))
        .route("/meets/{id}/cancel-rsvp", post(meets::cancel_rsvp))
        .route("/meets/{id}/drop-in", get(meets::drop_in_form).post(meets::drop_in))
        .route("/meets/{id}/cancel", post(meets::cancel_meet))
        .route("/meets/{id}/move", post(meets::move_meet))
        .route("/meets/{id}/feedback", get(feedback::form).post(feedback::give))
        .route("/meets/{id}/debrief", get(debriefs::form).post(debriefs::save))
        .route("/meets/{id}/report", get(moderation::meet_report_form).post(moderation::meet_report))
        .route("/meets/{id}/rota/take", post(rota::take))
        .route("/meets/{id}/rota/cover", post(rota::ask_cover))
        .route("/meets/{id}/rota/claim", post(rota::claim))
        .route("/meets/{id}/room", get(room::page))
        .route("/meets/{id}/room/open", post(room::open))
        .route("/meets/{id}/room/end", post(room::end))
        .route("/meets/{id}/room/socket", get(room::socket))
        .route("/meets/{id}/call/socket", get(call::socket))
        .route("/facilitate", get(facilitate::show))
        .route("/facilitate/alerts", get(safety::alerts))
        .route("/facilitate/debriefs", get(debriefs::history))
        .route("/facilitate/supervision", post(debriefs::ask_supervision))
        .route("/admin/care", get(debriefs::care))
        .route("/admin/care/{id}/answered", post(debriefs::answered))
        .route("/facilitate/alerts/{id}", post(safety::follow_up))
        .route("/report", get(report::show))
        .route("/report.csv", get(report::csv))
        .route("/report/summary", get(report::summary))
        .route("/facilitate/meets/{id}", get(venue::at_the_venue))
        .route("/facilitate/meets/{id}/headcount", post(venue::save_headcount))
        .route("/facilitate/meets/{id}/sheet", get(sheet::show))
        .route("/here/{token}", get(venue::check_in_page).post(venue::check_in))
        .route("/help", get(safety::help))
        .route("/language", post(language::switch))
        .route("/signup", get(auth::sign_up_form).post(auth::sign_up))
        .route("/signin", get(auth::sign_in_form).post(auth::sign_in))
        .route("/signout", post(auth::sign_out))
        .route("/recover", get(recovery::code_form).post(recovery::with_code))
        .route("/reset", get(recovery::email_form).post(recovery::send_links))
        .route("/reset/{token}", get(recovery::link_form).post(recovery::with_link))
        .route("/account", get(account::show))
        .route("/account/profile", post(account::save_profile))
        .route("/account/password", get(account::password_form).post(account::change_password))
        .route("/account/sessions/{id}/revoke", post(account::revoke_session))
        .route("/account/sessions/revoke-others", post(account::revoke_other_sessions))
        .route("/account/recovery-codes", post(account::new_recovery_codes))
        .route("/account/export", get(account::export))
        .route("/account/delete", get(account::delete_form).post(account::delete))
        .route("/account/decisions/{id}/appeal", get(moderation::appeal_form).post(moderation::appeal))
        .route("/admin", get(admin::overview))
        .route("/admin/members", get(admin::members))
        .route("/admin/members/{id}/role", post(admin::change_role))
        .route("/admin/members/{id}/password", post(admin::reset_password))
        .route("/admin/audit", get(admin::audit))
        .route("/admin/settings", get(admin::settings_form).post(admin::save_settings))
        .route("/admin/moderation", get(moderation::review))
        .route("/admin/moderation/{id}", get(moderation::case))
        .route("/admin/moderation/{id}/decide", post(moderation::decide))
        .route("/admin/moderation/{id}/appeal", post(moderation::answer_appeal))
        .route("/admin/feedback", get(feedback::questions_form).post(feedback::save_questions))
        .route("/admin/helplines", get(safety::admin_list).post(safety::admin_add))
        .route("/admin/helplines/{id}", get(safety::admin_edit_form).post(safety::admin_edit))
        .route("/admin/helplines/{id}/delete", post(safety::admin_delete))
        .route("/admin/circles", get(admin_circles::list).post(admin_circles::create))
        .route("/admin/circles/new", get(admin_circles::new_form))
        .route("/admin/circles/{slug}", get(admin_circles::edit_form).post(admin_circles::update))
        .route("/admin/circles/{slug}/facilitators", post(admin_circles::set_facilitators))
        .route("/admin/circles/{slug}/series", post(admin_circles::add_series))
        .route("/admin/circles/{slug}/external-link", post(admin_circles::set_external_link))
        .route("/admin/circles/{slug}/trainings", post(trainings::set_circle_trainings))
        .route("/admin/circles/{slug}/rota", post(rota::set_needs_co))
        .route("/admin/rota", get(rota::page))
        .route("/admin/rota/fill", post(rota::fill))
        .route("/admin/rota/meets/{id}", post(rota::assign))
        .route("/admin/trainings", get(trainings::list).post(trainings::add))
        .route("/admin/trainings/gaps", get(trainings::gaps))
        .route("/admin/trainings/records", post(trainings::record))
        .route("/admin/trainings/records/{id}/delete", post(trainings::remove_record))
        .route("/admin/trainings/{id}", get(trainings::edit_form).post(trainings::edit))
        .route("/admin/trainings/{id}/retire", post(trainings::retire))
        .route("/admin/circles/{slug}/texts/{lang}", post(admin_circles::save_text))
        .route("/account/notices", post(notices::save_choices))
        .route("/circles/{slug}/announce", post(notices::announce))
        .route("/unsubscribe/{token}", get(notices::unsubscribe_form).post(notices::unsubscribe))
        .route("/api/v1/circles", get(api::circles))
        .route("/api/v1/circles/{slug}", get(api::circle))
        .route("/api/v1/meets/{id}", get(api::meet))
        .fallback(pages::not_found)
        .layer(CatchPanicLayer::custom(error::handler_panicked))
        .layer(from_fn(context::one_time_password_gate))
        .layer(from_fn_with_state(state.clone(), error::error_pages))
        .layer(from_fn_with_state(state.clone(), context::context));
    Router::new()
        .route("/healthz", get(health::live))
        .route("/readyz", get(health::ready))
        .route("/static/{name}", get(assets::serve))
        .merge(pages)
        .layer(from_fn(access_log::log_request))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        // Again outside: errors from before the reader was known, and timeouts.
        .layer(from_fn_with_state(state.clone(), error::error_pages))
        .layer(from_fn_with_state(state.clone(), headers::security_headers))
        .layer(CatchPanicLayer::custom(error::panic_page))
        .with_state(state)
}
