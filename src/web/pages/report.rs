//! The impact report: coordinators see every circle, facilitators their
//! own. One month at a time, per circle and in total, as a page with
//! charts, a CSV file and a one-page summary to print for funders. Every
//! count about people has been through `domain::impact::suppression`.

use std::collections::BTreeSet;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Utc};
use serde::Deserialize;

use super::feedback::{choice_label, is_built_in, question_label};
use crate::domain::circle::Circle;
use crate::domain::debrief::HowItWent;
use crate::domain::impact::{self, Cube, Measure, Month, Selection, Total};
use crate::domain::safety::Level;
use crate::i18n::{Tr, msg};
use crate::web::AppState;
use crate::web::chart::BarChart;
use crate::web::context::SignedIn;
use crate::web::error::AppError;
use crate::web::format;
use crate::web::page::{Page, render};

/// Months offered, the current one and those before it.
const MONTHS_OFFERED: usize = 12;
/// Months in the attendance chart.
const TREND_MONTHS: usize = 6;

/// `?month=2026-11&circle=slug`.
#[derive(Debug, Default, Deserialize)]
pub struct ReportQuery {
    #[serde(default)]
    month: String,
    #[serde(default)]
    circle: String,
}

/// One circle's (or the total's) meets and people in the month.
pub struct PeopleRow {
    pub name: String,
    pub total: bool,
    pub held: u64,
    pub cancelled: u64,
    pub attendance: String,
    pub average: String,
    pub people: String,
    pub returning: String,
    pub new: String,
}

/// Answers to one question: a column per choice, a row per circle.
pub struct ChoiceTable {
    pub question: String,
    pub choices: Vec<String>,
    pub rows: Vec<(String, bool, Vec<String>)>,
    pub chart: BarChart,
}

/// One circle's (or the total's) debriefs in the month.
pub struct DebriefRow {
    pub name: String,
    pub total: bool,
    pub filed: String,
    /// The share of meets held that were debriefed.
    pub share: String,
    pub support: String,
    /// How they went, worst first.
    pub went: Vec<String>,
}

/// Everything a report view shows.
struct Report {
    month: Month,
    month_label: String,
    people_caption: String,
    /// The selection's name: a circle's, "all circles" or "your circles".
    scope_name: String,
    people: Vec<PeopleRow>,
    feedback: Vec<ChoiceTable>,
    alert_levels: Vec<String>,
    alerts: Vec<(String, bool, Vec<String>)>,
    debriefs: Vec<DebriefRow>,
    /// "Hard going" … "Really good".
    went_labels: Vec<String>,
    trend: BarChart,
    words: Vec<String>,
}

/// Words for a count or total as it may be shown.
fn shown(t: &Tr, total: Total) -> String {
    match total {
        Total::None => t.get(msg("report-no-meets")),
        Total::Exact(n) => format::number(t, i64::try_from(n).unwrap_or(i64::MAX)),
        Total::AtLeast { shown: 0, left_out: 1 } => t.get(msg("report-fewer-than-5")),
        Total::AtLeast { shown: 0, .. } => t.get(msg("report-each-fewer-than-5")),
        Total::AtLeast { shown, .. } => t.arg(msg("report-at-least"), "n", shown),
    }
}

/// What a bar may draw: the exact total, or the shown part of a partial one.
fn drawn(total: Total) -> (Option<u64>, bool) {
    match total {
        Total::Exact(n) => (Some(n), false),
        Total::AtLeast { shown, .. } if shown > 0 => (Some(shown), true),
        _ => (None, false),
    }
}

fn month_label(t: &Tr, month: Month) -> String {
    t.args(msg("report-month"), &[("month", month.month.into()), ("year", month.year.into())])
}

pub(super) fn alert_label(t: &Tr, key: &str) -> String {
    match Level::parse(key) {
        Some(level) => t.get(&format!("alert-level-{}", level.as_str().replace('_', "-"))),
        None => t.get(&format!("report-alert-{}", key.replace('_', "-"))),
    }
}

/// The circles this person may see in the report: every one for a
/// coordinator, their own for a facilitator, none for anyone else.
async fn visible_circles(state: &AppState, signed_in: &SignedIn) -> Result<(Vec<Circle>, bool), AppError> {
    let member = &signed_in.viewer.member;
    let mut circles = if member.roles.coordinator {
        state.store.all_circles().await?
    } else if member.roles.facilitator {
        state.store.circles_facilitated(member.id).await?
    } else {
        return Err(AppError::Forbidden);
    };
    circles.sort_by_key(|c| c.name.to_lowercase());
    Ok((circles, member.roles.coordinator))
}

/// What the query asks for, within what the person may see.
struct Asked {
    month: Month,
    months: Vec<Month>,
    circles: Vec<Circle>,
    /// The one circle chosen, if any.
    chosen: Option<String>,
    coordinator: bool,
}

async fn asked(state: &AppState, signed_in: &SignedIn, query: &ReportQuery) -> Result<Asked, AppError> {
    let (circles, coordinator) = visible_circles(state, signed_in).await?;
    let today = Utc::now();
    let this_month = Month { year: today.year(), month: today.month() };
    let months = this_month.last(MONTHS_OFFERED);
    let month = Month::parse(&query.month).filter(|m| months.contains(m)).unwrap_or(this_month);
    let chosen = (!query.circle.is_empty()).then(|| query.circle.clone());
    if let Some(slug) = &chosen
        && !circles.iter().any(|c| &c.slug == slug)
    {
        return Err(AppError::NotFound);
    }
    Ok(Asked { month, months, circles, chosen, coordinator })
}

fn build(t: &Tr, cube: &Cube, asked: &Asked, questions: &crate::domain::feedback::Questions) -> Report {
    let month = asked.month;
    let in_view: Vec<&Circle> =
        asked.circles.iter().filter(|c| asked.chosen.as_ref().is_none_or(|slug| &c.slug == slug)).collect();
    // Circles with nothing that month are left out of the rows (not of the totals, where they add nothing).
    let rows: Vec<&Circle> = in_view
        .iter()
        .copied()
        .filter(|c| cube.held(month, c.id) + cube.cancelled(month, c.id) > 0 || asked.chosen.is_some())
        .collect();
    let total_name = if asked.chosen.is_some() {
        None
    } else if asked.coordinator {
        Some(t.get(msg("report-all-circles")))
    } else if in_view.len() > 1 {
        Some(t.get(msg("report-your-circles")))
    } else {
        None
    };
    let scope_name = match (&total_name, rows.first()) {
        (Some(name), _) => name.clone(),
        (None, Some(circle)) => circle.name.clone(),
        (None, None) => t.get(msg("report-your-circles")),
    };
    let one = |circle: i64| Selection { months: [month].into(), circles: [circle].into() };
    let all = Selection { months: [month].into(), circles: in_view.iter().map(|c| c.id).collect() };
    // Each line of a table: each circle's row, then the total's.
    let mut lines: Vec<(String, bool, Selection)> = rows.iter().map(|c| (c.name.clone(), false, one(c.id))).collect();
    if let Some(name) = &total_name {
        lines.push((name.clone(), true, all.clone()));
    }
    let people = lines
        .iter()
        .map(|(name, total, selection)| {
            let count = |m: Measure| cube.total(selection, &m);
            let (held, cancelled) = cube.meets(selection);
            let attendance = count(Measure::Attendance);
            let (people, returning) = (count(Measure::People), count(Measure::Returning));
            let average = impact::average(attendance.exact(), held).map(|a| format!("{a:.1}"));
            let rate = impact::rate(returning.exact(), people.exact());
            PeopleRow {
                name: name.clone(),
                total: *total,
                held,
                cancelled,
                attendance: shown(t, attendance),
                average: average.unwrap_or_else(|| t.get(msg("report-not-shown"))),
                people: shown(t, people),
                returning: match rate {
                    Some(rate) => {
                        t.args(msg("report-returning"), &[("n", shown(t, returning).into()), ("rate", rate.into())])
                    }
                    None => shown(t, returning),
                },
                new: shown(t, count(Measure::New)),
            }
        })
        .collect();
    // The questions asked now, then any older ones answered that month.
    let mut asked_questions: Vec<(String, Vec<String>)> =
        questions.choices.iter().map(|q| (q.key.clone(), q.choices.clone())).collect();
    for (question, choices) in impact::answered_questions(cube) {
        match asked_questions.iter_mut().find(|(q, _)| *q == question) {
            Some((_, known)) => known.extend(choices.into_iter().filter(|c| !known.contains(c)).collect::<Vec<_>>()),
            None => asked_questions.push((question, choices)),
        }
    }
    let feedback = asked_questions
        .iter()
        .enumerate()
        .map(|(i, (question, choices))| {
            let built_in = is_built_in(question);
            let table_rows: Vec<(String, bool, Vec<String>)> = lines
                .iter()
                .map(|(name, total, selection)| {
                    let figures = impact::distribution(cube, selection, question, choices.iter().map(String::as_str));
                    (name.clone(), *total, figures.into_iter().map(|(_, total)| shown(t, total)).collect())
                })
                .collect();
            let label = question_label(t, question, built_in);
            let bars = impact::distribution(cube, &all, question, choices.iter().map(String::as_str))
                .into_iter()
                .map(|(choice, total)| {
                    let (value, partial) = drawn(total);
                    (choice_label(t, question, &choice, built_in), value, shown(t, total), partial)
                })
                .collect();
            let chart_title = t.args(
                msg("report-chart-feedback"),
                &[("question", label.clone().into()), ("scope", scope_name.clone().into())],
            );
            ChoiceTable {
                question: label,
                choices: choices.iter().map(|c| choice_label(t, question, c, built_in)).collect(),
                rows: table_rows,
                chart: BarChart::new(&format!("chart-feedback-{i}"), chart_title, bars),
            }
        })
        .collect();
    let levels: Vec<String> = cube.alert_levels.iter().cloned().collect();
    let alerts = lines
        .iter()
        .map(|(name, total, selection)| {
            let figures = levels.iter().map(|l| shown(t, cube.total(selection, &Measure::Alert(l.clone())))).collect();
            (name.clone(), *total, figures)
        })
        .collect();
    let debriefs = lines
        .iter()
        .map(|(name, total, selection)| {
            let count = |m: Measure| cube.total(selection, &m);
            let debriefed = impact::rate(count(Measure::DebriefedMeets).exact(), Some(cube.meets(selection).0));
            DebriefRow {
                name: name.clone(),
                total: *total,
                filed: shown(t, count(Measure::Debriefs)),
                share: debriefed
                    .map(|rate| t.arg(msg("report-debriefed-share"), "rate", rate))
                    .unwrap_or_else(|| t.get(msg("report-not-shown"))),
                support: shown(t, count(Measure::SupportAsked)),
                went: HowItWent::ALL.iter().map(|w| shown(t, count(Measure::Went(w.score())))).collect(),
            }
        })
        .collect();
    let trend_rows = month
        .last(TREND_MONTHS)
        .into_iter()
        .map(|m| {
            let selection = Selection { months: [m].into(), circles: all.circles.clone() };
            let total = cube.total(&selection, &Measure::Attendance);
            let (value, partial) = drawn(total);
            (month_label(t, m), value, shown(t, total), partial)
        })
        .collect();
    let trend_title = t.arg(msg("report-chart-attendance"), "scope", scope_name.clone());
    let people_caption = t.args(
        msg("report-people-caption"),
        &[("scope", scope_name.clone().into()), ("month", month_label(t, month).into())],
    );
    Report {
        month,
        month_label: month_label(t, month),
        people_caption,
        people,
        feedback,
        alert_levels: levels.iter().map(|l| alert_label(t, l)).collect(),
        alerts,
        debriefs,
        went_labels: HowItWent::ALL.iter().map(|w| t.get(w.message_key())).collect(),
        trend: BarChart::new("chart-attendance", trend_title, trend_rows),
        words: cube.words(&all).into_iter().collect::<BTreeSet<_>>().into_iter().collect(),
        scope_name,
    }
}

async fn report(state: &AppState, t: &Tr, asked: &Asked) -> Result<Report, AppError> {
    let cube = Cube::gather(&state.store.impact_records(crate::services::now()).await?);
    let questions = state.store.feedback_questions().await?;
    Ok(build(t, &cube, asked, &questions))
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    page: Page,
    report: Report,
    /// (value, label, selected)
    months: Vec<(String, String, bool)>,
    /// (slug, name, selected)
    circles: Vec<(String, String, bool)>,
    coordinator: bool,
    /// The query string for the CSV and summary links.
    query: String,
}

fn query_string(asked: &Asked) -> String {
    let mut query = format!("month={}", asked.month);
    if let Some(slug) = &asked.chosen {
        query.push_str(&format!("&circle={slug}"));
    }
    query
}

/// `GET /report`.
pub async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<ReportQuery>,
) -> Result<Response, AppError> {
    let asked = asked(&state, &signed_in, &query).await?;
    let page = Page::new(&state, &signed_in.context, msg("report-title")).await;
    let report = report(&state, &page.t, &asked).await?;
    let months =
        asked.months.iter().rev().map(|m| (m.to_string(), month_label(&page.t, *m), *m == asked.month)).collect();
    let circles = asked
        .circles
        .iter()
        .map(|c| (c.slug.clone(), c.name.clone(), asked.chosen.as_ref() == Some(&c.slug)))
        .collect();
    render(&ReportPage { page, report, months, circles, coordinator: asked.coordinator, query: query_string(&asked) })
}

#[derive(Template)]
#[template(path = "report_summary.html")]
struct SummaryPage {
    page: Page,
    heading: String,
    report: Report,
    query: String,
}

/// `GET /report/summary`: one page to print for a funder.
pub async fn summary(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<ReportQuery>,
) -> Result<Response, AppError> {
    let asked = asked(&state, &signed_in, &query).await?;
    let page = Page::new(&state, &signed_in.context, msg("report-summary-title")).await;
    let report = report(&state, &page.t, &asked).await?;
    let heading = page.t.args(
        msg("report-summary-heading"),
        &[("org", page.org_name.clone().into()), ("month", report.month_label.clone().into())],
    );
    render(&SummaryPage { page, heading, report, query: query_string(&asked) })
}

/// A CSV field, quoted when it must be, and never read as a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

/// `GET /report.csv`: the month's tables, one line per circle and figure.
pub async fn csv(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<ReportQuery>,
) -> Result<Response, AppError> {
    let asked = asked(&state, &signed_in, &query).await?;
    let t = &signed_in.context.tr;
    let report = report(&state, t, &asked).await?;
    let mut lines = vec![["month", "circle", "figure", "value"].map(String::from).to_vec()];
    let month = report.month.to_string();
    let mut line = |circle: &str, figure: String, value: String| {
        lines.push(vec![month.clone(), circle.to_string(), figure, value]);
    };
    for row in &report.people {
        line(&row.name, t.get(msg("report-held")), row.held.to_string());
        line(&row.name, t.get(msg("report-cancelled")), row.cancelled.to_string());
        line(&row.name, t.get(msg("report-attendance")), row.attendance.clone());
        line(&row.name, t.get(msg("report-average")), row.average.clone());
        line(&row.name, t.get(msg("report-people")), row.people.clone());
        line(&row.name, t.get(msg("report-came-back")), row.returning.clone());
        line(&row.name, t.get(msg("report-new")), row.new.clone());
    }
    for table in &report.feedback {
        for (name, _, figures) in &table.rows {
            for (choice, figure) in table.choices.iter().zip(figures) {
                line(name, format!("{}: {}", table.question, choice), figure.clone());
            }
        }
    }
    for (name, _, figures) in &report.alerts {
        for (level, figure) in report.alert_levels.iter().zip(figures) {
            line(name, format!("{}: {}", t.get(msg("report-alerts")), level), figure.clone());
        }
    }
    for row in &report.debriefs {
        line(&row.name, t.get(msg("report-debriefs-filed")), row.filed.clone());
        line(&row.name, t.get(msg("report-debriefed")), row.share.clone());
        line(&row.name, t.get(msg("report-support-asked")), row.support.clone());
        for (label, figure) in report.went_labels.iter().zip(&row.went) {
            line(&row.name, format!("{}: {}", t.get(msg("report-went")), label), figure.clone());
        }
    }
    let body: String =
        lines.iter().map(|l| l.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",") + "\r\n").collect();
    let filename = format!("attachment; filename=\"impact-{}.csv\"", report.month);
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, filename)], body)
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("Grief, together"), "\"Grief, together\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("12"), "12");
    }
}
