//! The storage suite: the same checks on SQLite and on PostgreSQL.

use chrono_tz::Tz;
use holdspace::domain::Alias;
use holdspace::domain::audit::{Actor, AuditAction};
use holdspace::domain::circle::{Circle, Format, Status};
use holdspace::domain::member::{Email, Profile, Role, Roles};
use holdspace::domain::room::MoodNumbers;
use holdspace::store::audit::AuditParty;
use holdspace::store::members::NewMember;
use holdspace::store::settings::OrgSettings;
use holdspace::store::{Store, StoreError};

use crate::helpers::{Backend, TestDb, store_for};
use crate::on_both_databases;

fn new_member(alias: &str) -> NewMember {
    NewMember {
        alias: Alias::parse(alias).unwrap(),
        password_hash: "$argon2id$not-a-real-hash".into(),
        profile: Profile::default(),
        roles: Roles::default(),
        must_change_password: false,
        recovery_code_hashes: vec!["code-a".into(), "code-b".into()],
    }
}

fn circle(slug: &str, listed: bool, status: Status) -> Circle {
    Circle {
        id: 0,
        slug: slug.into(),
        name: format!("Circle {slug}"),
        summary: "summary".into(),
        description: "description".into(),
        how_it_works: String::new(),
        topics: vec!["grief".into(), "loss".into()],
        audience: vec!["lgbtqia".into()],
        eligibility: String::new(),
        age_min: Some(18),
        age_max: None,
        languages: vec!["en".into(), "hi".into()],
        format: Format::Hybrid,
        city: "Kolkata".into(),
        area: "Salt Lake".into(),
        address: "1 Road".into(),
        address_after_rsvp: true,
        country: "IN".into(),
        time_zone: Tz::Asia__Kolkata,
        capacity: 12,
        listed,
        facilitated: false,
        drop_in: false,
        status,
        agreements: vec!["Be kind".into()],
        agreements_version: 1,
        advice_nudge: true,
        mood_numbers: MoodNumbers::Facilitators,
        call: Default::default(),
        venue: Default::default(),
    }
}

async fn fresh(backend: Backend) -> (TestDb, Store) {
    let db = TestDb::new(backend).await;
    let store = store_for(&db).await;
    (db, store)
}

async fn migrations_are_idempotent(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    store.migrate().await.unwrap();
    assert_eq!(
        store.backend(),
        match backend {
            Backend::Sqlite => holdspace::store::Backend::Sqlite,
            Backend::Postgres => holdspace::store::Backend::Postgres,
        }
    );
    assert!(store.is_empty().await.unwrap());
    store.ping().await.unwrap();
}

async fn aliases_are_unique_without_regard_to_case(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    let id = store.create_member(&new_member("Asha"), &Actor::Console, 100).await.unwrap();
    assert!(matches!(store.create_member(&new_member("ASHA"), &Actor::Console, 100).await, Err(StoreError::Conflict)));
    let (member, hash) = store.credentials("asha").await.unwrap().unwrap();
    assert_eq!(member.id, id);
    assert_eq!(member.alias.as_str(), "Asha");
    assert_eq!(hash, "$argon2id$not-a-real-hash");
    assert!(store.credentials("nobody").await.unwrap().is_none());
    assert!(!store.is_empty().await.unwrap());
}

async fn profiles_round_trip(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    let id = store.create_member(&new_member("River"), &Actor::Console, 100).await.unwrap();
    let profile = Profile {
        email: Some(Email::parse("river@example.org").unwrap()),
        pronouns: Some("they/them".into()),
        language: "hi",
        time_zone: Some(Tz::Europe__London),
        lived_experience: Some("Two lines\nof note".into()),
        country: Some("IN".into()),
    };
    store.update_profile(id, &profile).await.unwrap();
    let member = store.member(id).await.unwrap().unwrap();
    assert_eq!(member.profile, profile);
    let found = store.members_with_email(&Email::parse("RIVER@example.org").unwrap()).await.unwrap();
    assert_eq!(found, vec![(id, "River".to_string())]);
}

async fn sessions_can_be_listed_and_revoked(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    let a = store.create_member(&new_member("Asha"), &Actor::Console, 100).await.unwrap();
    let b = store.create_member(&new_member("Bela"), &Actor::Console, 100).await.unwrap();
    let s1 = store.create_session(a, "hash-1", "Firefox, Linux", 100).await.unwrap();
    let s2 = store.create_session(a, "hash-2", "Chrome, Android", 200).await.unwrap();
    let s3 = store.create_session(a, "hash-3", "", 300).await.unwrap();
    let other = store.create_session(b, "hash-b", "", 100).await.unwrap();

    let found = store.session("hash-2").await.unwrap().unwrap();
    assert_eq!((found.id, found.member.id, found.created_at), (s2, a, 200));
    store.touch_session(s2, 250).await.unwrap();
    assert_eq!(store.session("hash-2").await.unwrap().unwrap().last_seen_at, 250);

    let listed: Vec<i64> = store.sessions_of(a).await.unwrap().iter().map(|s| s.id).collect();
    assert_eq!(listed, vec![s3, s2, s1]);
    assert!(!store.revoke_session(a, other).await.unwrap(), "cannot revoke someone else's session");
    assert!(store.revoke_session(a, s1).await.unwrap());
    assert_eq!(store.revoke_other_sessions(a, s2).await.unwrap(), 1);
    let listed: Vec<i64> = store.sessions_of(a).await.unwrap().iter().map(|s| s.id).collect();
    assert_eq!(listed, vec![s2]);
    assert!(store.session("hash-b").await.unwrap().is_some());

    store.purge_expired(260, 0, 1000).await.unwrap();
    assert!(store.session("hash-2").await.unwrap().is_none(), "idle session purged");
    assert!(store.session("hash-b").await.unwrap().is_none());
}

async fn recovery_codes_work_once(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    let id = store.create_member(&new_member("Asha"), &Actor::Console, 100).await.unwrap();
    assert_eq!(store.recovery_codes_left(id).await.unwrap(), 2);
    assert!(store.use_recovery_code(id, "code-a").await.unwrap());
    assert!(!store.use_recovery_code(id, "code-a").await.unwrap());
    assert!(!store.use_recovery_code(id, "unknown").await.unwrap());
    store.replace_recovery_codes(id, &["x".into(), "y".into(), "z".into()]).await.unwrap();
    assert!(!store.use_recovery_code(id, "code-b").await.unwrap(), "old codes stop working");
    assert_eq!(store.recovery_codes_left(id).await.unwrap(), 3);
}

async fn reset_links_expire_and_end_with_a_new_password(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    let id = store.create_member(&new_member("Asha"), &Actor::Console, 100).await.unwrap();
    store.create_password_reset(id, "link", 500).await.unwrap();
    assert_eq!(store.password_reset_member("link", 499).await.unwrap(), Some(id));
    assert_eq!(store.password_reset_member("link", 500).await.unwrap(), None);
    let session = store.create_session(id, "s", "", 100).await.unwrap();
    let keep = store.create_session(id, "keep", "", 100).await.unwrap();
    store.set_own_password(id, "new-hash", Some(keep)).await.unwrap();
    assert_eq!(store.password_reset_member("link", 100).await.unwrap(), None);
    assert_eq!(store.password_hash(id).await.unwrap().as_deref(), Some("new-hash"));
    let left: Vec<i64> = store.sessions_of(id).await.unwrap().iter().map(|s| s.id).collect();
    assert_eq!(left, vec![keep]);
    assert_ne!(session, keep);
}

async fn role_changes_are_audited(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    let coordinator = NewMember { roles: Roles { facilitator: false, coordinator: true }, ..new_member("Meera") };
    let meera = store.create_member(&coordinator, &Actor::Console, 100).await.unwrap();
    let sam = store.create_member(&new_member("Sam"), &Actor::Console, 100).await.unwrap();
    let actor = Actor::Member { id: meera, alias: "Meera".into() };
    let subject = store.member(sam).await.unwrap().unwrap();
    assert!(store.change_role(&actor, &subject, Role::Facilitator, true, 200).await.unwrap());
    let subject = store.member(sam).await.unwrap().unwrap();
    assert!(subject.roles.facilitator);
    assert!(!store.change_role(&actor, &subject, Role::Facilitator, true, 201).await.unwrap(), "no change, no entry");
    assert!(store.change_role(&actor, &subject, Role::Facilitator, false, 300).await.unwrap());
    store.set_password_by(&actor, &subject, "one-time", true, 400).await.unwrap();
    assert!(store.member(sam).await.unwrap().unwrap().must_change_password);

    let log = store.audit_page(10, 0).await.unwrap();
    let actions: Vec<_> = log.iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        vec![
            Some(AuditAction::PasswordReset),
            Some(AuditAction::RoleRevoked(Role::Facilitator)),
            Some(AuditAction::RoleGranted(Role::Facilitator)),
            Some(AuditAction::RoleGranted(Role::Coordinator)),
        ]
    );
    assert_eq!(log[0].actor, AuditParty::Member("Meera".into()));
    assert_eq!(log[0].subject, AuditParty::Member("Sam".into()));
    assert_eq!(log[3].actor, AuditParty::Console);
    assert_eq!(store.audit_page(2, 2).await.unwrap().len(), 2, "paging");
    assert_eq!(store.audit_about(sam).await.unwrap().len(), 3);
}

async fn deleting_a_member_removes_everything_personal(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    let meera = store
        .create_member(
            &NewMember { roles: Roles { facilitator: true, coordinator: true }, ..new_member("Meera") },
            &Actor::Console,
            100,
        )
        .await
        .unwrap();
    let sam = store.create_member(&new_member("Sam"), &Actor::Console, 100).await.unwrap();
    let sam_member = store.member(sam).await.unwrap().unwrap();
    let actor = Actor::Member { id: meera, alias: "Meera".into() };
    store.change_role(&actor, &sam_member, Role::Facilitator, true, 150).await.unwrap();
    let circle_id = store.create_circle(&circle("grief", true, Status::Active), 100).await.unwrap();
    store.add_facilitator(circle_id, sam).await.unwrap();
    store.create_session(sam, "s", "", 100).await.unwrap();
    store.create_password_reset(sam, "r", 10_000).await.unwrap();

    let sam_member = store.member(sam).await.unwrap().unwrap();
    store.delete_member(&sam_member, 200).await.unwrap();
    assert!(store.member(sam).await.unwrap().is_none());
    assert!(store.session("s").await.unwrap().is_none());
    assert_eq!(store.password_reset_member("r", 0).await.unwrap(), None);
    assert_eq!(store.recovery_codes_left(sam).await.unwrap(), 0);
    assert!(store.circle_facilitators(circle_id).await.unwrap().is_empty());
    assert_eq!(store.counter("accounts_deleted").await.unwrap(), 1);
    let log = store.audit_page(10, 0).await.unwrap();
    assert_eq!(log[0].action, Some(AuditAction::AccountDeleted));
    assert_eq!(log[0].actor, AuditParty::DeletedMember);
    assert!(log.iter().all(|e| e.subject != AuditParty::Member("Sam".into())), "alias gone from the log");
    let grant = log.iter().find(|e| e.action == Some(AuditAction::RoleGranted(Role::Facilitator))).unwrap();
    assert_eq!((&grant.actor, &grant.subject), (&AuditParty::Member("Meera".into()), &AuditParty::DeletedMember));
    assert!(store.credentials("sam").await.unwrap().is_none());
    store.create_member(&new_member("Sam"), &Actor::Console, 300).await.unwrap();
}

async fn settings_version_agreements(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    assert_eq!(store.org_settings().await.unwrap(), OrgSettings::default());
    let mut settings = OrgSettings {
        name: "Circles".into(),
        country: "IN".into(),
        agreements: vec!["One".into()],
        agreements_version: 0,
        safety_protocol: vec!["Check in privately".into()],
        ..OrgSettings::default()
    };
    store.save_org_settings(&Actor::Console, &settings, 100).await.unwrap();
    let saved = store.org_settings().await.unwrap();
    assert_eq!((saved.name.as_str(), saved.agreements_version), ("Circles", 2));
    assert_eq!(saved.safety_protocol, vec!["Check in privately".to_string()]);
    settings.name = "Renamed".into();
    store.save_org_settings(&Actor::Console, &settings, 101).await.unwrap();
    assert_eq!(store.org_settings().await.unwrap().agreements_version, 2, "same agreements, same version");
    settings.agreements.push("Two".into());
    store.save_org_settings(&Actor::Console, &settings, 102).await.unwrap();
    let saved = store.org_settings().await.unwrap();
    assert_eq!(saved.agreements, vec!["One", "Two"]);
    assert_eq!(saved.agreements_version, 3);
    let key = store.csrf_key().await.unwrap();
    assert_eq!(store.csrf_key().await.unwrap(), key, "the key is created once and shared");
}

async fn circles_round_trip_and_listing_rules(backend: Backend) {
    let (_db, store) = fresh(backend).await;
    let listed = circle("grief-circle", true, Status::Active);
    store.create_circle(&listed, 100).await.unwrap();
    store.create_circle(&circle("hidden", false, Status::Active), 100).await.unwrap();
    store.create_circle(&circle("finished", true, Status::Archived), 100).await.unwrap();
    store.create_circle(&circle("resting", true, Status::Paused), 100).await.unwrap();
    assert!(matches!(store.create_circle(&listed, 100).await, Err(StoreError::Conflict)));

    let slugs: Vec<String> = store.listed_circles().await.unwrap().into_iter().map(|c| c.slug).collect();
    assert_eq!(slugs, vec!["grief-circle", "resting"]);
    let found = store.circle_by_slug("grief-circle").await.unwrap().unwrap();
    assert_eq!(Circle { id: 0, ..found }, listed);
    assert!(store.circle_by_slug("hidden").await.unwrap().is_some(), "unlisted circles are reachable by link");
    assert!(store.circle_by_slug("nope").await.unwrap().is_none());

    let f = store
        .create_member(
            &NewMember { roles: Roles { facilitator: true, coordinator: false }, ..new_member("Ruth") },
            &Actor::Console,
            100,
        )
        .await
        .unwrap();
    let id = store.circle_by_slug("grief-circle").await.unwrap().unwrap().id;
    store.add_facilitator(id, f).await.unwrap();
    store.add_facilitator(id, f).await.unwrap();
    let cards = store.circle_facilitators(id).await.unwrap();
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].alias, "Ruth");
    assert_eq!(store.circles_facilitated_by(f).await.unwrap(), vec!["Circle grief-circle"]);
}

on_both_databases!(
    migrations_are_idempotent,
    aliases_are_unique_without_regard_to_case,
    profiles_round_trip,
    sessions_can_be_listed_and_revoked,
    recovery_codes_work_once,
    reset_links_expire_and_end_with_a_new_password,
    role_changes_are_audited,
    deleting_a_member_removes_everything_personal,
    settings_version_agreements,
    circles_round_trip_and_listing_rules,
);
