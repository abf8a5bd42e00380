//! Handlers, one module per area of the site.

pub mod account;
pub mod admin;
pub mod admin_circles;
pub mod api;
pub mod auth;
pub mod call;
pub mod circles;
pub mod debriefs;
pub mod facilitate;
pub mod feedback;
pub mod health;
pub mod home;
pub mod language;
pub mod meets;
pub mod moderation;
pub mod notices;
pub mod recovery;
pub mod report;
pub mod room;
pub mod rota;
pub mod safety;
pub mod sheet;
pub mod trainings;
pub mod venue;

use super::error::AppError;

/// Any URL we do not have.
pub async fn not_found() -> AppError {
    AppError::NotFound
}
