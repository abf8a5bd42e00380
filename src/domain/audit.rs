//! What the audit log records. Entries name who did what to whom and when;
//! never a password, an email or anything said in a circle.

use std::str::FromStr;

use super::Invalid;
use super::member::Role;

/// A change worth recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    RoleGranted(Role),
    RoleRevoked(Role),
    /// A coordinator or the console issued a one-time password.
    PasswordReset,
    /// A member deleted their own account.
    AccountDeleted,
    /// Organisation settings (name, agreements) changed.
    SettingsChanged,
    CircleCreated,
    CircleUpdated,
    /// A circle's facilitators were changed.
    FacilitatorsChanged,
    /// Meets were scheduled for a circle.
    MeetsScheduled,
    MeetCancelled,
    MeetMoved,
    /// A circle was given an outside meeting link (the link itself is not
    /// recorded: whoever holds it may get in).
    ExternalLinkSet,
    ExternalLinkRemoved,
    /// The organisation's list of trainings changed.
    TrainingAdded,
    TrainingChanged,
    TrainingRetired,
    TrainingRestored,
    /// A coordinator recorded (and so checked) that someone completed a training.
    TrainingRecorded,
    TrainingRecordRemoved,
    /// The trainings a circle requires of its facilitators changed.
    CircleTrainingsChanged,
    /// A coordinator marked a facilitator's request for support or
    /// supervision answered.
    CareAnswered,
    /// A coordinator decided a report or removal: no action, a warning, a
    /// suspension, or closing the account.
    ModerationDismissed,
    ModerationWarned,
    ModerationSuspended,
    AccountClosed,
    /// An appeal against a decision was reviewed.
    AppealUpheld,
    AppealOverturned,
    RotaAssigned,
    RotaTaken,
    CoverAsked,
    CoverTaken,
    /// A circle's words in another language were given or changed (the
    /// entry names the fields, not the words).
    CircleTextSaved,
    /// A circle's words in another language were taken away.
    CircleTextRemoved,
}

impl AuditAction {
    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            AuditAction::RoleGranted(Role::Facilitator) => "role-granted-facilitator",
            AuditAction::RoleGranted(Role::Coordinator) => "role-granted-coordinator",
            AuditAction::RoleRevoked(Role::Facilitator) => "role-revoked-facilitator",
            AuditAction::RoleRevoked(Role::Coordinator) => "role-revoked-coordinator",
            AuditAction::PasswordReset => "password-reset",
            AuditAction::AccountDeleted => "account-deleted",
            AuditAction::SettingsChanged => "settings-changed",
            AuditAction::CircleCreated => "circle-created",
            AuditAction::CircleUpdated => "circle-updated",
            AuditAction::FacilitatorsChanged => "facilitators-changed",
            AuditAction::MeetsScheduled => "meets-scheduled",
            AuditAction::MeetCancelled => "meet-cancelled",
            AuditAction::MeetMoved => "meet-moved",
            AuditAction::ExternalLinkSet => "external-link-set",
            AuditAction::ExternalLinkRemoved => "external-link-removed",
            AuditAction::TrainingAdded => "training-added",
            AuditAction::TrainingChanged => "training-changed",
            AuditAction::TrainingRetired => "training-retired",
            AuditAction::TrainingRestored => "training-restored",
            AuditAction::TrainingRecorded => "training-recorded",
            AuditAction::TrainingRecordRemoved => "training-record-removed",
            AuditAction::CircleTrainingsChanged => "circle-trainings-changed",
            AuditAction::CareAnswered => "care-answered",
            AuditAction::ModerationDismissed => "moderation-dismissed",
            AuditAction::ModerationWarned => "moderation-warned",
            AuditAction::ModerationSuspended => "moderation-suspended",
            AuditAction::AccountClosed => "account-closed",
            AuditAction::AppealUpheld => "appeal-upheld",
            AuditAction::AppealOverturned => "appeal-overturned",
            AuditAction::RotaAssigned => "rota-assigned",
            AuditAction::RotaTaken => "rota-taken",
            AuditAction::CoverAsked => "cover-asked",
            AuditAction::CoverTaken => "cover-taken",
            AuditAction::CircleTextSaved => "circle-text-saved",
            AuditAction::CircleTextRemoved => "circle-text-removed",
        }
    }

    /// Whether the action is done to another member (the log's "about" column).
    pub fn has_subject(self) -> bool {
        matches!(
            self,
            AuditAction::RoleGranted(_)
                | AuditAction::RoleRevoked(_)
                | AuditAction::PasswordReset
                | AuditAction::ModerationWarned
                | AuditAction::ModerationSuspended
                | AuditAction::AccountClosed
                | AuditAction::AppealUpheld
                | AuditAction::AppealOverturned
        )
    }

    /// The message id that describes the action to a reader of the log.
    pub fn message_key(self) -> &'static str {
        match self {
            AuditAction::RoleGranted(Role::Facilitator) => "audit-role-granted-facilitator",
            AuditAction::RoleGranted(Role::Coordinator) => "audit-role-granted-coordinator",
            AuditAction::RoleRevoked(Role::Facilitator) => "audit-role-revoked-facilitator",
            AuditAction::RoleRevoked(Role::Coordinator) => "audit-role-revoked-coordinator",
            AuditAction::PasswordReset => "audit-password-reset",
            AuditAction::AccountDeleted => "audit-account-deleted",
            AuditAction::SettingsChanged => "audit-settings-changed",
            AuditAction::CircleCreated => "audit-circle-created",
            AuditAction::CircleUpdated => "audit-circle-updated",
            AuditAction::FacilitatorsChanged => "audit-facilitators-changed",
            AuditAction::MeetsScheduled => "audit-meets-scheduled",
            AuditAction::MeetCancelled => "audit-meet-cancelled",
            AuditAction::MeetMoved => "audit-meet-moved",
            AuditAction::ExternalLinkSet => "audit-external-link-set",
            AuditAction::ExternalLinkRemoved => "audit-external-link-removed",
            AuditAction::TrainingAdded => "audit-training-added",
            AuditAction::TrainingChanged => "audit-training-changed",
            AuditAction::TrainingRetired => "audit-training-retired",
            AuditAction::TrainingRestored => "audit-training-restored",
            AuditAction::TrainingRecorded => "audit-training-recorded",
            AuditAction::TrainingRecordRemoved => "audit-training-record-removed",
            AuditAction::CircleTrainingsChanged => "audit-circle-trainings-changed",
            AuditAction::CareAnswered => "audit-care-answered",
            AuditAction::ModerationDismissed => "audit-moderation-dismissed",
            AuditAction::ModerationWarned => "audit-moderation-warned",
            AuditAction::ModerationSuspended => "audit-moderation-suspended",
            AuditAction::AccountClosed => "audit-account-closed",
            AuditAction::AppealUpheld => "audit-appeal-upheld",
            AuditAction::AppealOverturned => "audit-appeal-overturned",
            AuditAction::RotaAssigned => "audit-rota-assigned",
            AuditAction::RotaTaken => "audit-rota-taken",
            AuditAction::CoverAsked => "audit-cover-asked",
            AuditAction::CoverTaken => "audit-cover-taken",
            AuditAction::CircleTextSaved => "audit-circle-text-saved",
            AuditAction::CircleTextRemoved => "audit-circle-text-removed",
        }
    }
}

const ALL: [AuditAction; 35] = [
    AuditAction::RoleGranted(Role::Facilitator),
    AuditAction::RoleGranted(Role::Coordinator),
    AuditAction::RoleRevoked(Role::Facilitator),
    AuditAction::RoleRevoked(Role::Coordinator),
    AuditAction::PasswordReset,
    AuditAction::AccountDeleted,
    AuditAction::SettingsChanged,
    AuditAction::CircleCreated,
    AuditAction::CircleUpdated,
    AuditAction::FacilitatorsChanged,
    AuditAction::MeetsScheduled,
    AuditAction::MeetCancelled,
    AuditAction::MeetMoved,
    AuditAction::ExternalLinkSet,
    AuditAction::ExternalLinkRemoved,
    AuditAction::TrainingAdded,
    AuditAction::TrainingChanged,
    AuditAction::TrainingRetired,
    AuditAction::TrainingRestored,
    AuditAction::TrainingRecorded,
    AuditAction::TrainingRecordRemoved,
    AuditAction::CircleTrainingsChanged,
    AuditAction::CareAnswered,
    AuditAction::ModerationDismissed,
    AuditAction::ModerationWarned,
    AuditAction::ModerationSuspended,
    AuditAction::AccountClosed,
    AuditAction::AppealUpheld,
    AuditAction::AppealOverturned,
    AuditAction::RotaAssigned,
    AuditAction::RotaTaken,
    AuditAction::CoverAsked,
    AuditAction::CoverTaken,
    AuditAction::CircleTextSaved,
    AuditAction::CircleTextRemoved,
];

impl FromStr for AuditAction {
    type Err = Invalid;
    fn from_str(code: &str) -> Result<AuditAction, Invalid> {
        ALL.into_iter().find(|a| a.code() == code).ok_or(Invalid("audit-unknown"))
    }
}

/// Who acted: a signed-in member, or someone at the server's console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Member { id: i64, alias: String },
    Console,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for action in ALL {
            assert_eq!(action.code().parse::<AuditAction>(), Ok(action));
        }
        assert!("nonsense".parse::<AuditAction>().is_err());
    }
}
