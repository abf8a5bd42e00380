//! How well plain words find the right circle, measured on a fixture of
//! everyday queries (tests/fixtures/search_queries.tsv) against the demo
//! circles: the right circle must be in the top three at least 90% of the time.
//! A second, blind set (tests/fixtures/search_holdout.tsv) keeps the first honest.

use holdspace::domain::matching::{Reason, Searchable, rank};

use crate::helpers::{Backend, spawn_demo_app};
use crate::on_both_databases;

fn demo() -> Vec<holdspace::domain::circle::Circle> {
    holdspace::demo::circles()
}

fn searchable(circles: &[holdspace::domain::circle::Circle]) -> Vec<Searchable<'_>> {
    circles
        .iter()
        .map(|c| Searchable {
            name: &c.name,
            summary: &c.summary,
            description: &c.description,
            eligibility: &c.eligibility,
            topics: &c.topics,
            audience: &c.audience,
            languages: &c.languages,
        })
        .collect()
}

/// Top-3 hit rate of a fixture of `query<TAB>topics` lines, with the misses.
fn top_three_rate(fixture: &str) -> (usize, usize, Vec<String>) {
    let circles = demo();
    let index = searchable(&circles);
    let mut total = 0;
    let mut hits = 0;
    let mut misses = Vec::new();
    for line in fixture.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let (query, expected) = line.split_once('\t').expect("query<TAB>topics");
        let expected: Vec<&str> = expected.split(',').map(str::trim).collect();
        total += 1;
        let top: Vec<_> = rank(query, &index).into_iter().take(3).collect();
        let hit = top.iter().any(|m| {
            let c = &circles[m.index];
            c.topics.iter().chain(&c.audience).any(|t| expected.contains(&t.as_str()))
        });
        if hit {
            hits += 1;
        } else {
            let got: Vec<String> = top.iter().map(|m| format!("{} {:?}", circles[m.index].slug, m.reasons)).collect();
            misses.push(format!("{query:?} wanted {expected:?}, got {got:?}"));
        }
    }
    (hits, total, misses)
}

#[test]
fn plain_words_find_the_right_circle_in_the_top_three() {
    let (hits, total, misses) = top_three_rate(include_str!("../fixtures/search_queries.tsv"));
    let rate = hits as f64 / total as f64;
    println!("top-3 hit rate: {hits}/{total} = {rate:.3}");
    for miss in &misses {
        println!("miss: {miss}");
    }
    assert!(total >= 60, "the fixture has at least 60 queries");
    assert!(rate >= 0.90, "top-3 hit rate {rate:.3} is below 0.90:\n{}", misses.join("\n"));
}

/// Queries written by someone who never saw the lexicon, and never tuned on:
/// the fairer figure. The bar is lower because it is blind; its misses are
/// not printed so that nobody tunes on them by accident.
#[test]
fn blind_queries_mostly_find_the_right_circle_too() {
    let (hits, total, _) = top_three_rate(include_str!("../fixtures/search_holdout.tsv"));
    let rate = hits as f64 / total as f64;
    println!("blind top-3 hit rate: {hits}/{total} = {rate:.3}");
    assert!(total >= 40);
    assert!(rate >= 0.80, "blind top-3 hit rate {rate:.3} is below 0.80");
}

#[test]
fn the_dementia_carer_finds_the_dementia_circle_first() {
    let circles = demo();
    let found = rank("my mum has dementia and I am exhausted", &searchable(&circles));
    let order: Vec<(&str, f32, &Vec<Reason>)> =
        found.iter().map(|m| (circles[m.index].slug.as_str(), m.score, &m.reasons)).collect();
    assert_eq!(circles[found[0].index].slug, "dementia-carers", "{order:?}");
    assert!(found[0].reasons.iter().any(|r| r.found.text() == "dementia"));
}

#[test]
fn only_stop_words_find_nothing() {
    let circles = demo();
    assert!(rank("I am so", &searchable(&circles)).is_empty());
    assert!(rank("the", &searchable(&circles)).is_empty());
}

#[test]
fn a_query_in_hindi_or_hinglish_ranks_circles_held_in_hindi_first() {
    let circles = demo();
    let index = searchable(&circles);
    for query in
        ["mujhe bahut akela lagta hai", "main bahut akeli hoon", "काम का बहुत तनाव है", "kaam ka stress bahut hai"]
    {
        let found = rank(query, &index);
        let order: Vec<(&str, f32)> = found.iter().map(|m| (circles[m.index].slug.as_str(), m.score)).collect();
        assert!(!found.is_empty(), "{query:?} finds circles");
        assert!(circles[found[0].index].languages.iter().any(|l| l == "hi"), "{query:?}: {order:?}");
    }
    // The same need in English is not steered by language.
    let english = rank("I feel so lonely", &index);
    assert!(english.iter().take(3).any(|m| !circles[m.index].languages.iter().any(|l| l == "hi")));
}

/// A circle held in Hindi comes before one held in English that also welcomes
/// Hindi: the new mother writing in Hindi is steered to nayi-maa, not to the
/// English-first low-mood circle.
#[test]
fn a_query_in_hindi_ranks_circles_held_in_hindi_above_bilingual_ones() {
    let circles = demo();
    let index = searchable(&circles);
    for query in ["माँ बनने के बाद थकान", "baby hone ke baad bahut thakan rehti hai"] {
        let found = rank(query, &index);
        let order: Vec<(&str, f32)> = found.iter().map(|m| (circles[m.index].slug.as_str(), m.score)).collect();
        let at = |slug: &str| order.iter().position(|(s, _)| *s == slug);
        let nayi_maa = at("nayi-maa").unwrap_or_else(|| panic!("{query:?} finds nayi-maa: {order:?}"));
        assert!(at("low-mood").is_none_or(|low| low > nayi_maa), "{query:?}: {order:?}");
    }
}

/// The directory's "Matches:" line names the visitor's words and what they
/// found in each circle, in the circle's own words.
async fn search_results_say_what_matched(backend: Backend) {
    let app = spawn_demo_app(backend).await;
    let visitor = app.client();
    let page = visitor.get("/circles?q=lost+my+brother+last+year").await.body;
    assert!(page.contains("Matches: “lost my brother” → grief"), "{page}");
    let page = visitor.get("/circles?q=I+feel+so+lonely").await.body;
    assert!(page.contains("Matches: loneliness<"), "the same word is said once");
    let page = visitor.get("/circles?q=my+mum+has+dementia+and+I+am+exhausted").await.body;
    assert!(page.contains("Matches: dementia, “exhausted” → carer burnout<"), "{page}");
    assert!(!page.contains("Matches: dementia, caregiving"), "not what the words only imply");
    let page = visitor.get("/circles?q=I+am+gay+and+lonely").await.body;
    assert!(page.contains("“gay” → LGBTQIA+ people"), "an audience by its name, not its tag: {page}");
    app.stop().await;
}

on_both_databases!(search_results_say_what_matched);
