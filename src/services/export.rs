//! "Download my data": everything stored about a member, as JSON.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::domain::member::Member;
use crate::store::audit::AuditParty;
use crate::store::{Store, StoreError};

fn time(unix: i64) -> Value {
    DateTime::<Utc>::from_timestamp(unix, 0).map(|t| json!(t.to_rfc3339())).unwrap_or(Value::Null)
}

fn party(p: &AuditParty) -> Value {
    match p {
        AuditParty::Member(alias) => json!(alias),
        AuditParty::DeletedMember => json!("a deleted member"),
        AuditParty::Console => json!("console"),
        AuditParty::Nobody => Value::Null,
    }
}

/// Gathers every record that names the member.
pub async fn member_export(store: &Store, member: &Member, now: i64) -> Result<Value, StoreError> {
    let sessions = store.sessions_of(member.id).await?;
    let codes_left = store.recovery_codes_left(member.id).await?;
    let circles = store.circles_facilitated_by(member.id).await?;
    let audit = store.audit_about(member.id).await?;
    let alerts = store.safety_alerts_about(member.id).await?;
    let notices = store.notices_of(member.id, i64::MAX).await?;
    let (choices, names_circle) = store.notice_preferences(member.id).await?;
    let attended = store.meets_attended_by(member.id).await?;
    let decisions = store.decisions_about(member.id).await?;
    let debriefs = store.debriefs_by(member.id).await?;
    let care = store.care_requests(Some(member.id)).await?;
    let p = &member.profile;
    let mut roles = vec!["participant"];
    if member.roles.facilitator {
        roles.push("facilitator");
    }
    if member.roles.coordinator {
        roles.push("coordinator");
    }
    Ok(json!({
        "format": "holdspace-export/1",
        "exported_at": time(now),
        "member": {
            "alias": member.alias.as_str(),
            "email": p.email.as_ref().map(|e| e.as_str()),
            "pronouns": p.pronouns,
            "language": p.language,
            "time_zone": p.time_zone.map(|tz| tz.name()),
            "lived_experience": p.lived_experience,
            "country": p.country,
            "roles": roles,
            "created_at": time(member.created_at),
        },
        "sessions": sessions.iter().map(|s| json!({
            "device": s.device,
            "signed_in_at": time(s.created_at),
            "last_active_at": time(s.last_seen_at),
        })).collect::<Vec<_>>(),
        "recovery_codes_unused": codes_left,
        "circles_facilitated": circles,
        "audit_log": audit.iter().map(|e| json!({
            "at": time(e.at),
            "action": e.action.map(|a| a.code()),
            "by": party(&e.actor),
            "about": party(&e.subject),
        })).collect::<Vec<_>>(),
        // Who made a report is left out: telling the person reported could put the reporter at risk.
        "safety_alerts": alerts.iter().map(|a| json!({
            "at": time(a.at),
            "meet": a.meet_id,
            "circle": a.circle_name,
            "alias": a.alias,
            "kind": a.kind.as_str(),
            "level": a.level.map(|l| l.as_str()),
            "followed_up_at": a.followed_up_at.map(time),
            "followed_up_by": a.followed_up_by,
            "action": a.action,
        })).collect::<Vec<_>>(),
        // As with alerts: never who reported, nor what a report said.
        "decisions_about_you": decisions.iter().map(|d| json!({
            "circle": d.circle_name,
            "decision": d.status,
            "decided_at": d.decided_at.map(time),
            "why": d.decision_words,
            "until": d.suspended_until.filter(|u| *u < i64::MAX).map(time),
            "everywhere": d.suspended_everywhere,
            "appealed_at": d.appealed_at.map(time),
            "appeal": d.appeal_words,
            "appeal_outcome": d.appeal_outcome,
            "appeal_answer": d.appeal_reply,
        })).collect::<Vec<_>>(),
        "notice_choices": {
            "by_kind": choices.iter().map(|(k, c)| (k.as_str().to_string(), json!(c.as_str()))).collect::<serde_json::Map<_, _>>(),
            "email_subjects_name_the_circle": names_circle,
        },
        "notices": notices.iter().map(|n| json!({
            "at": time(n.created_at),
            "event": n.event.as_str(),
            "circle": n.circle_name,
            "meet": n.meet_id,
            "meet_starts_at": n.meet_starts_at.map(time),
            "note": n.note,
            "seen": !n.unread,
        })).collect::<Vec<_>>(),
        // Whether they answered, never what: the answers hold nothing that leads back to them.
        "meets_attended": attended.iter().map(|(meet, circle, starts_at, feedback_given)| json!({
            "meet": meet,
            "circle": circle,
            "starts_at": time(*starts_at),
            "gave_feedback": feedback_given,
        })).collect::<Vec<_>>(),
        "debriefs": debriefs.iter().map(|d| json!({
            "meet": d.meet_id,
            "circle": d.circle_name,
            "meet_starts_at": time(d.meet_starts_at),
            "how_it_went": d.went.score(),
            "follow_up": d.follow_up,
            "alerts_to_follow_up": d.alerts,
            "support_asked": d.support,
            "filed_at": time(d.filed_at),
        })).collect::<Vec<_>>(),
        "care_requests": care.iter().map(|r| json!({
            "kind": r.kind.as_str(),
            "meet": r.meet.as_ref().map(|m| m.0),
            "asked_at": time(r.asked_at),
            "answered_at": r.answered_at.map(time),
            "answered_by": r.answered_by,
        })).collect::<Vec<_>>(),
        "not_included": "Words said in live rooms are never stored, so no alert holds any. \
            Feedback is kept without any link to you: we know which meets you answered on, not what you answered. \
            Reports about you do not say who made them.",
    }))
}
