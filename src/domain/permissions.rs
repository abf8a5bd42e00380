//! Who may do what. One place for each rule; handlers ask here.

use super::Invalid;
use super::member::{Role, Roles};

/// Things only some members may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Open the coordinator pages.
    Administer,
    /// Grant or revoke a role.
    ChangeRoles,
    /// Read the audit log.
    ReadAudit,
    /// Issue a one-time password for another member.
    ResetOthersPassword,
    /// Change organisation settings.
    EditSettings,
}

/// Whether someone holding `roles` has `permission`.
pub fn allows(roles: Roles, permission: Permission) -> bool {
    match permission {
        Permission::Administer
        | Permission::ChangeRoles
        | Permission::ReadAudit
        | Permission::ResetOthersPassword
        | Permission::EditSettings => roles.coordinator,
    }
}

/// Who runs a circle (cancels and moves its meets, opens and ends its rooms,
/// sees who is coming): every coordinator, and a member assigned to it who
/// still holds the facilitator role. An assignment alone gives nothing, so
/// revoking the role ends every power at once, wherever it was assigned.
pub fn runs_circle(roles: Roles, assigned: bool) -> bool {
    roles.coordinator || (roles.facilitator && assigned)
}

/// Who may file a meet's debrief: a facilitator of its circle who still
/// holds the facilitator role (coordinators too only when they facilitate
/// it: a debrief is about holding the meet), and, once the rota names who
/// holds the meet, only its lead or co-facilitator.
pub fn may_debrief(roles: Roles, facilitates_circle: bool, rota_names_others: bool) -> bool {
    roles.facilitator && facilitates_circle && !rota_names_others
}

/// Whether someone may be shown a circle reached other than by its own
/// link (a meet id, the API): a listed circle, anyone; an unlisted one, only
/// coordinators and people with a tie to it (its facilitators, members who
/// joined it or answered one of its meets). Meet ids can be walked, so they
/// must not reveal what is unlisted; the circle's link is how people are
/// invited, so the HTML page at that link stays open to whoever has it.
pub fn may_find_circle(listed: bool, roles: Roles, tied: bool) -> bool {
    listed || roles.coordinator || tied
}

/// Checks a role change beyond the permission itself: a coordinator cannot
/// take their own coordinator role away, so an organisation is never left
/// without anyone who can run it by accident.
pub fn check_role_change(actor_id: i64, subject_id: i64, role: Role, grant: bool) -> Result<(), Invalid> {
    if !grant && role == Role::Coordinator && actor_id == subject_id {
        return Err(Invalid("role-cannot-revoke-self"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_coordinators_administer() {
        let participant = Roles::default();
        let facilitator = Roles { facilitator: true, coordinator: false };
        let coordinator = Roles { facilitator: false, coordinator: true };
        for permission in [
            Permission::Administer,
            Permission::ChangeRoles,
            Permission::ReadAudit,
            Permission::ResetOthersPassword,
            Permission::EditSettings,
        ] {
            assert!(!allows(participant, permission));
            assert!(!allows(facilitator, permission));
            assert!(allows(coordinator, permission));
        }
    }

    #[test]
    fn an_assignment_without_the_role_runs_nothing() {
        let facilitator = Roles { facilitator: true, coordinator: false };
        let coordinator = Roles { facilitator: false, coordinator: true };
        assert!(runs_circle(facilitator, true));
        assert!(!runs_circle(facilitator, false));
        assert!(!runs_circle(Roles::default(), true), "a demoted facilitator keeps no power");
        assert!(runs_circle(coordinator, false));
    }

    #[test]
    fn only_the_circles_facilitators_debrief_its_meets() {
        let facilitator = Roles { facilitator: true, coordinator: false };
        let coordinator = Roles { facilitator: false, coordinator: true };
        assert!(may_debrief(facilitator, true, false));
        assert!(!may_debrief(facilitator, false, false), "another circle's facilitator");
        assert!(!may_debrief(coordinator, true, false), "an assignment without the role");
        assert!(!may_debrief(facilitator, true, true), "the rota names others for this meet");
        assert!(!may_debrief(Roles::default(), true, false));
    }

    #[test]
    fn unlisted_circles_are_found_only_by_people_tied_to_them() {
        let coordinator = Roles { facilitator: false, coordinator: true };
        assert!(may_find_circle(true, Roles::default(), false));
        assert!(!may_find_circle(false, Roles::default(), false));
        assert!(may_find_circle(false, Roles::default(), true));
        assert!(may_find_circle(false, coordinator, false));
    }

    #[test]
    fn coordinators_cannot_demote_themselves() {
        assert!(check_role_change(1, 1, Role::Coordinator, false).is_err());
        assert!(check_role_change(1, 1, Role::Facilitator, false).is_ok());
        assert!(check_role_change(1, 2, Role::Coordinator, false).is_ok());
    }
}
