//! A few months of past meets for the demo, so the impact report and the
//! feedback form have something to show: who came (a few demo members and
//! many guests), one cancellation, anonymous answers and the facilitators'
//! debriefs. Sam was at the latest "After a loss" meet and has not said how
//! it was yet; its facilitators have not debriefed the latest meets either,
//! and Ruth asked for support after last week's.

use super::{Store, StoreError, services};
use crate::domain::debrief::{Debrief, HowItWent};
use crate::store::rooms::Removed;

/// Weeks of history.
const WEEKS: i64 = 12;
const WEEK: i64 = 7 * 24 * 3600;

/// (circle, demo members who come most weeks, usual size, a week cancelled)
const CIRCLES: &[(&str, &[&str], i64, Option<i64>)] = &[
    ("after-a-loss", &["Ruth", "Sam", "Jo"], 8, Some(5)),
    ("dementia-carers", &["Arjun", "Dev"], 7, None),
    ("low-mood", &["Priya"], 3, None),
    ("chai-aur-baat", &["Nadia", "Kai", "Tomas"], 9, None),
];

/// Loads the history; `ids` are the demo members' (alias, id).
pub async fn load(store: &Store, ids: &[(&str, i64)]) -> Result<(), StoreError> {
    let now = services::now();
    let sam = ids.iter().find(|(a, _)| *a == "Sam").map(|(_, id)| format!("m:{id}")).unwrap_or_default();
    // Two days ago at 13:00 UTC (evening in India, afternoon in Europe).
    let latest = (now - 2 * 24 * 3600) / (24 * 3600) * (24 * 3600) + 13 * 3600;
    for (c, &(slug, regulars, size, cancelled)) in CIRCLES.iter().enumerate() {
        let Some(circle) = store.circle_by_slug(slug).await? else { continue };
        let mut facilitators = Vec::new();
        for id in store.facilitator_ids(circle.id).await? {
            if let Some(member) = store.member(id).await? {
                facilitators.push((id, member.alias.to_string()));
            }
        }
        for week in 0..WEEKS {
            let starts_at = latest - week * WEEK - c as i64 * 3600;
            let meet = store.add_past_meet(circle.id, starts_at, 90).await?;
            if cancelled == Some(week) {
                store.cancel_meet(meet, "Our facilitator was unwell; see you next week.").await?;
                continue;
            }
            // Numbers that vary from week to week, the same on every run.
            let wobble = (week * 7 + c as i64 * 3) % 4 - 1;
            let mut keys: Vec<String> = regulars
                .iter()
                .enumerate()
                .filter(|(i, _)| (week + *i as i64) % 4 != 3)
                .filter_map(|(_, alias)| ids.iter().find(|(a, _)| a == alias).map(|(_, id)| format!("m:{id}")))
                .collect();
            let guests = (size + wobble - keys.len() as i64).max(0);
            keys.extend((0..guests).map(|g| format!("g:demo-{slug}-{week}-{g}")));
            keys.sort();
            store.end_meet(meet, &keys).await?;
            if week > 0 {
                for (f, (id, alias)) in facilitators.iter().enumerate() {
                    let score = (week + f as i64 + c as i64) % 4 + 2;
                    let debrief = Debrief {
                        went: HowItWent::from_score(score).unwrap_or(HowItWent::Okay),
                        follow_up: false,
                        alert_ids: Vec::new(),
                        support: week == 1 && slug == "after-a-loss",
                    };
                    store.save_debrief(meet, *id, alias, &debrief, starts_at + 3 * 3600).await?;
                }
            }
            for (i, key) in keys.iter().enumerate() {
                // Sam has not answered on the latest meet: My meets asks.
                if week == 0 && *key == sam {
                    continue;
                }
                if (i as i64 + week) % 3 == 2 {
                    continue;
                }
                let turn = (i as i64 * 5 + week * 3 + c as i64) % 10;
                let feel =
                    ["better", "better", "better", "same", "better", "same", "better", "worse", "better", "same"];
                let heard = ["yes", "yes", "partly", "yes", "yes", "no", "yes", "partly", "yes", "yes"];
                let words = ["lighter", "", "understood", "", "tired", "", "less alone", "", "calmer", ""];
                let mut rows = vec![
                    ("feel".to_string(), feel[turn as usize].to_string()),
                    ("heard".to_string(), heard[turn as usize].to_string()),
                ];
                if !words[turn as usize].is_empty() {
                    rows.push(("word".to_string(), words[turn as usize].to_string()));
                }
                let day = chrono::DateTime::from_timestamp(starts_at + 3 * 3600, 0)
                    .unwrap_or_default()
                    .format("%Y-%m-%d")
                    .to_string();
                store.give_feedback(meet, &Removed::from_key(key), &rows, &day).await?;
            }
        }
    }
    Ok(())
}
