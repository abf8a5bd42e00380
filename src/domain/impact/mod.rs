//! The impact report: per circle and per month, how many meets were held,
//! how many people came and came back, what they said in feedback and how
//! many safety alerts there were. Only counts; nobody is named, and every
//! count about people passes through [`suppression`].

pub mod suppression;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use chrono::{DateTime, Datelike};
use chrono_tz::Tz;

use super::meet::MeetStatus;
pub use suppression::{Figure, SMALL, Total};

/// A calendar month in a circle's own time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    /// The month an instant (Unix seconds) falls in, in `zone`.
    pub fn of(unix: i64, zone: Tz) -> Month {
        let local = DateTime::from_timestamp(unix, 0).unwrap_or_default().with_timezone(&zone);
        Month { year: local.year(), month: local.month() }
    }

    /// `2026-11`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        let (year, month) = (year.parse().ok()?, month.parse().ok()?);
        ((1..=12).contains(&month) && (1970..=9999).contains(&year)).then_some(Month { year, month })
    }

    /// The month before.
    pub fn previous(self) -> Month {
        if self.month == 1 { Month { year: self.year - 1, month: 12 } } else { Month { month: self.month - 1, ..self } }
    }

    /// This month and the `n - 1` before it, oldest first.
    pub fn last(self, n: usize) -> Vec<Month> {
        let mut months: Vec<Month> = std::iter::successors(Some(self), |m| Some(m.previous())).take(n).collect();
        months.reverse();
        months
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// What is counted about people.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Measure {
    /// Everyone who came to each meet, added up.
    Attendance,
    /// Different people who came.
    People,
    /// People who came to more than one meet of the circle that month.
    Returning,
    /// People who came to the circle for the first time.
    New,
    /// Feedback answers giving this choice to this question.
    Answer { question: String, choice: String },
    /// Safety alerts of this level (`report` for reports).
    Alert(String),
    /// Debriefs filed by facilitators.
    Debriefs,
    /// Meets with at least one debrief.
    DebriefedMeets,
    /// Debriefs saying the meet went this way (1–5).
    Went(i64),
    /// Debriefs asking for support afterwards.
    SupportAsked,
}

/// One meet as the report sees it.
#[derive(Debug, Clone)]
pub struct MeetRecord {
    pub id: i64,
    pub circle_id: i64,
    pub starts_at: i64,
    pub status: MeetStatus,
    /// How many came (counted by the room, or a headcount).
    pub attended: u64,
}

/// Someone who came to a meet: a member, or a guest (each pass someone new).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attendee {
    Member(i64),
    Guest,
}

/// Everything the report is drawn from: counts and keys, never words said.
#[derive(Debug, Default)]
pub struct Records {
    /// Each circle and its time zone.
    pub circles: Vec<(i64, Tz)>,
    pub meets: Vec<MeetRecord>,
    /// `(meet id, who)`.
    pub attendance: Vec<(i64, Attendee)>,
    /// `(meet id, answer id, question, answer)`; the word is under [`super::feedback::WORD`].
    pub answers: Vec<(i64, String, String, String)>,
    /// `(meet id, level or "report")`.
    pub alerts: Vec<(i64, String)>,
    /// `(meet id, how it went 1–5, support asked)`: one per debrief.
    pub debriefs: Vec<(i64, i64, bool)>,
}

/// Every count, per month, measure and circle, before suppression.
#[derive(Debug, Default, Clone)]
pub struct Cube {
    counts: HashMap<(Month, Measure, i64), u64>,
    held: HashMap<(Month, i64), u64>,
    cancelled: HashMap<(Month, i64), u64>,
    /// Feedback answers per month and circle, and the words given.
    words: HashMap<(Month, i64), (u64, BTreeSet<String>)>,
    /// The questions and alert levels seen, for the report's columns.
    pub answer_measures: BTreeSet<Measure>,
    pub alert_levels: BTreeSet<String>,
}

impl Cube {
    /// Counts everything in `records`.
    pub fn gather(records: &Records) -> Cube {
        let zones: HashMap<i64, Tz> = records.circles.iter().copied().collect();
        let mut cube = Cube::default();
        let mut meets = HashMap::new();
        for meet in &records.meets {
            let Some(&zone) = zones.get(&meet.circle_id) else { continue };
            let month = Month::of(meet.starts_at, zone);
            match meet.status {
                MeetStatus::Ended | MeetStatus::Live => {
                    *cube.held.entry((month, meet.circle_id)).or_default() += 1;
                    cube.add(month, Measure::Attendance, meet.circle_id, meet.attended);
                    meets.insert(meet.id, (month, meet.circle_id, meet.starts_at));
                }
                MeetStatus::Cancelled => *cube.cancelled.entry((month, meet.circle_id)).or_default() += 1,
                MeetStatus::Scheduled => {}
            }
        }
        cube.count_people(records, &meets);
        let mut answer_ids: HashMap<(Month, i64), BTreeSet<&str>> = HashMap::new();
        for (meet_id, answer_id, question, answer) in &records.answers {
            let Some(&(month, circle, _)) = meets.get(meet_id) else { continue };
            answer_ids.entry((month, circle)).or_default().insert(answer_id);
            if question == super::feedback::WORD {
                cube.words.entry((month, circle)).or_default().1.insert(answer.clone());
            } else {
                let measure = Measure::Answer { question: question.clone(), choice: answer.clone() };
                cube.answer_measures.insert(measure.clone());
                cube.add(month, measure, circle, 1);
            }
        }
        for (key, ids) in answer_ids {
            cube.words.entry(key).or_default().0 = ids.len() as u64;
        }
        for (meet_id, level) in &records.alerts {
            let Some(&(month, circle, _)) = meets.get(meet_id) else { continue };
            cube.alert_levels.insert(level.clone());
            cube.add(month, Measure::Alert(level.clone()), circle, 1);
        }
        cube.count_debriefs(records, &meets);
        cube
    }

    /// Debriefs, meets debriefed, how they went and support asked, per
    /// circle and month of the meet.
    fn count_debriefs(&mut self, records: &Records, meets: &HashMap<i64, (Month, i64, i64)>) {
        let mut debriefed = BTreeSet::new();
        for &(meet_id, went, support) in &records.debriefs {
            let Some(&(month, circle, _)) = meets.get(&meet_id) else { continue };
            self.add(month, Measure::Debriefs, circle, 1);
            self.add(month, Measure::Went(went), circle, 1);
            if support {
                self.add(month, Measure::SupportAsked, circle, 1);
            }
            if debriefed.insert(meet_id) {
                self.add(month, Measure::DebriefedMeets, circle, 1);
            }
        }
    }

    /// People, returning people and new people, per circle and month.
    fn count_people(&mut self, records: &Records, meets: &HashMap<i64, (Month, i64, i64)>) {
        let mut visits: HashMap<(Month, i64, Attendee), u64> = HashMap::new();
        let mut first_month: HashMap<(i64, i64), (i64, Month)> = HashMap::new();
        for (meet_id, who) in &records.attendance {
            let Some(&(month, circle, starts_at)) = meets.get(meet_id) else { continue };
            match who {
                Attendee::Member(id) => {
                    *visits.entry((month, circle, *who)).or_default() += 1;
                    let first = first_month.entry((circle, *id)).or_insert((starts_at, month));
                    if starts_at < first.0 {
                        *first = (starts_at, month);
                    }
                }
                // Each guest pass is someone who came once, new to the circle.
                Attendee::Guest => {
                    self.add(month, Measure::People, circle, 1);
                    self.add(month, Measure::New, circle, 1);
                }
            }
        }
        for ((month, circle, _), times) in visits {
            self.add(month, Measure::People, circle, 1);
            if times > 1 {
                self.add(month, Measure::Returning, circle, 1);
            }
        }
        for ((circle, _), (_, month)) in first_month {
            self.add(month, Measure::New, circle, 1);
        }
    }

    fn add(&mut self, month: Month, measure: Measure, circle: i64, n: u64) {
        *self.counts.entry((month, measure, circle)).or_default() += n;
    }

    /// Meets a circle held that month (public: meets are listed).
    pub fn held(&self, month: Month, circle: i64) -> u64 {
        self.held.get(&(month, circle)).copied().unwrap_or(0)
    }

    /// Meets a circle cancelled that month (public too).
    pub fn cancelled(&self, month: Month, circle: i64) -> u64 {
        self.cancelled.get(&(month, circle)).copied().unwrap_or(0)
    }

    /// One count about people, suppressed.
    pub fn figure(&self, month: Month, measure: &Measure, circle: i64) -> Figure {
        if self.held(month, circle) == 0 {
            return Figure::None;
        }
        Figure::of(self.counts.get(&(month, measure.clone(), circle)).copied().unwrap_or(0))
    }

    /// A count added up over some months and circles, suppressed.
    pub fn total(&self, selection: &Selection, measure: &Measure) -> Total {
        Total::of(selection.cells().map(|(month, circle)| self.figure(month, measure, circle)))
    }

    /// Meets held or cancelled over a selection.
    pub fn meets(&self, selection: &Selection) -> (u64, u64) {
        selection
            .cells()
            .fold((0, 0), |(h, c), (month, circle)| (h + self.held(month, circle), c + self.cancelled(month, circle)))
    }

    /// The words people gave, from months and circles with at least
    /// [`SMALL`] answers (so no word comes from a handful of people).
    pub fn words(&self, selection: &Selection) -> BTreeSet<String> {
        selection
            .cells()
            .filter_map(|cell| self.words.get(&cell))
            .filter(|(answers, _)| *answers >= SMALL)
            .flat_map(|(_, words)| words.iter().cloned())
            .collect()
    }

    /// Changes one raw count (for tests of suppression).
    #[cfg(test)]
    fn set(&mut self, month: Month, measure: Measure, circle: i64, value: u64) {
        self.counts.insert((month, measure, circle), value);
    }
}

/// Which months and circles a view covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub months: BTreeSet<Month>,
    pub circles: BTreeSet<i64>,
}

impl Selection {
    fn cells(&self) -> impl Iterator<Item = (Month, i64)> + '_ {
        self.months.iter().flat_map(|m| self.circles.iter().map(move |c| (*m, *c)))
    }
}

/// The average attendance per meet held, to one decimal, when the
/// attendance may be shown exactly.
pub fn average(attendance: Option<u64>, held: u64) -> Option<f64> {
    let attendance = attendance?;
    (held > 0).then(|| (attendance as f64 / held as f64 * 10.0).round() / 10.0)
}

/// The share of people who came back, in whole percent, when both counts
/// may be shown exactly.
pub fn rate(returning: Option<u64>, people: Option<u64>) -> Option<u64> {
    let (returning, people) = (returning?, people?);
    (people > 0).then(|| (returning * 100 + people / 2) / people)
}

/// The answer counts for one question (in its choices' order) over a selection.
pub fn distribution<'a>(
    cube: &Cube,
    selection: &Selection,
    question: &str,
    choices: impl IntoIterator<Item = &'a str>,
) -> Vec<(String, Total)> {
    choices
        .into_iter()
        .map(|choice| {
            let measure = Measure::Answer { question: question.into(), choice: choice.into() };
            (choice.to_string(), cube.total(selection, &measure))
        })
        .collect()
}

/// Questions answered and their choices as the answers name them (in case
/// the organisation has changed its questions since).
pub fn answered_questions(cube: &Cube) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for measure in &cube.answer_measures {
        if let Measure::Answer { question, choice } = measure {
            out.entry(question.clone()).or_default().push(choice.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZONE: Tz = chrono_tz::Asia::Kolkata;

    fn month(m: u32) -> Month {
        Month { year: 2026, month: m }
    }

    fn meet(id: i64, circle_id: i64, starts_at: i64, attended: u64) -> MeetRecord {
        MeetRecord { id, circle_id, starts_at, status: MeetStatus::Ended, attended }
    }

    #[test]
    fn months_are_the_circles_own() {
        // 20:00 UTC on 31 October is 1:30 on 1 November in India.
        assert_eq!(Month::of(1_793_476_800, ZONE), month(11));
        assert_eq!(Month::parse("2026-11"), Some(month(11)));
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(month(1).previous(), Month { year: 2025, month: 12 });
        assert_eq!(month(2).last(3), vec![Month { year: 2025, month: 12 }, month(1), month(2)]);
    }

    #[test]
    fn people_returning_and_new_are_counted_per_circle_and_month() {
        let oct = 1_792_000_000; // October 2026
        let nov = 1_793_600_000; // November 2026
        let records = Records {
            circles: vec![(1, ZONE)],
            meets: vec![meet(1, 1, oct, 2), meet(2, 1, nov, 3), meet(3, 1, nov + 7 * 86_400, 2)],
            attendance: vec![
                (1, Attendee::Member(10)),
                (1, Attendee::Member(11)),
                (2, Attendee::Member(10)),
                (2, Attendee::Member(12)),
                (2, Attendee::Guest),
                (3, Attendee::Member(10)),
                (3, Attendee::Member(12)),
            ],
            ..Records::default()
        };
        let cube = Cube::gather(&records);
        let raw = |m, measure| cube.counts.get(&(month(m), measure, 1)).copied().unwrap_or(0);
        assert_eq!(raw(11, Measure::Attendance), 5);
        assert_eq!(raw(11, Measure::People), 3, "10, 12 and a guest");
        assert_eq!(raw(11, Measure::Returning), 2, "10 and 12 came twice");
        assert_eq!(raw(11, Measure::New), 2, "12 and the guest; 10 came in October");
        assert_eq!(raw(10, Measure::New), 2);
        assert_eq!(cube.held(month(11), 1), 2);
    }

    #[test]
    fn debriefs_are_counted_per_meet_and_facilitator() {
        let nov = 1_793_600_000;
        let mut records = Records { circles: vec![(1, ZONE)], ..Records::default() };
        records.meets = vec![meet(1, 1, nov, 4), meet(2, 1, nov + 86_400, 4), meet(3, 1, nov + 2 * 86_400, 4)];
        // Two facilitators debriefed meet 1, one meet 2; meet 9 is not held.
        records.debriefs = vec![(1, 4, false), (1, 2, true), (2, 4, false), (9, 1, true)];
        let cube = Cube::gather(&records);
        let raw = |measure| cube.counts.get(&(month(11), measure, 1)).copied().unwrap_or(0);
        assert_eq!(raw(Measure::Debriefs), 3);
        assert_eq!(raw(Measure::DebriefedMeets), 2, "of 3 held");
        assert_eq!(raw(Measure::Went(4)), 2);
        assert_eq!(raw(Measure::Went(1)), 0, "the meet not held is not counted");
        assert_eq!(raw(Measure::SupportAsked), 1);
        assert_eq!(cube.figure(month(11), &Measure::Debriefs, 1), Figure::Small, "suppressed like any count");
    }

    #[test]
    fn derived_figures_need_exact_counts() {
        assert_eq!(average(Some(23), 4), Some(5.8));
        assert_eq!(average(None, 4), None);
        assert_eq!(rate(Some(5), Some(8)), Some(63));
        assert_eq!(rate(None, Some(8)), None);
    }

    /// A tiny deterministic generator (xorshift), so the property test
    /// needs no dependency and fails the same way every run.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    const MEASURES: [Measure; 4] = [Measure::Attendance, Measure::People, Measure::Returning, Measure::New];

    /// A random organisation: up to 4 circles over 4 months, counts mostly
    /// small (where suppression matters), some months without meets.
    fn random_cube(rng: &mut Rng) -> (Cube, Vec<i64>, Vec<Month>) {
        let circles: Vec<i64> = (1..=1 + rng.below(4) as i64).collect();
        let months: Vec<Month> = (1..=4).map(month).collect();
        let mut cube = Cube::default();
        for &m in &months {
            for &c in &circles {
                if rng.below(6) == 0 {
                    continue;
                }
                cube.held.insert((m, c), 1 + rng.below(5));
                for measure in MEASURES {
                    let value = if rng.below(2) == 0 { rng.below(5) } else { rng.below(30) };
                    cube.set(m, measure, c, value);
                }
            }
        }
        (cube, circles, months)
    }

    /// Every non-empty subset of `items` (a handful of items at most).
    fn subsets<T: Copy + Ord>(items: &[T]) -> Vec<BTreeSet<T>> {
        (1..1u32 << items.len())
            .map(|bits| items.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, x)| *x).collect())
            .collect()
    }

    /// Everything any view of the report can show, under every filter: each
    /// circle and month alone, and every total over any set of circles and
    /// any set of months.
    fn everything_shown(cube: &Cube, circles: &[i64], months: &[Month]) -> Vec<String> {
        let mut shown = Vec::new();
        for circle_set in subsets(circles) {
            for month_set in subsets(months) {
                let selection = Selection { months: month_set.clone(), circles: circle_set.clone() };
                for measure in &MEASURES {
                    shown.push(format!("{:?}", cube.total(&selection, measure)));
                    if circle_set.len() == 1 && month_set.len() == 1 {
                        let (m, c) = (*month_set.first().unwrap(), *circle_set.first().unwrap());
                        shown.push(format!("{:?}", cube.figure(m, measure, c)));
                    }
                }
                let people = cube.total(&selection, &Measure::People).exact();
                let returning = cube.total(&selection, &Measure::Returning).exact();
                let attendance = cube.total(&selection, &Measure::Attendance).exact();
                shown.push(format!(
                    "{:?} {:?}",
                    rate(returning, people),
                    average(attendance, cube.meets(&selection).0)
                ));
            }
        }
        shown
    }

    /// The property: for every count under 5, in 80 random organisations,
    /// every other value it could have had (0 to 4) leaves everything every
    /// filter combination shows exactly the same. So nothing shown, and no
    /// difference or sum of things shown, can tell what it was.
    #[test]
    fn no_combination_of_filters_reveals_a_small_count() {
        let mut rng = Rng(0x5eed_cafe_f00d_0001);
        let mut small_cells = 0;
        for _ in 0..80 {
            let (cube, circles, months) = random_cube(&mut rng);
            let before = everything_shown(&cube, &circles, &months);
            for (&(m, ref measure, c), &value) in &cube.counts {
                if value >= SMALL || cube.held(m, c) == 0 {
                    continue;
                }
                small_cells += 1;
                let other = (value + 1 + rng.below(SMALL - 1)) % SMALL;
                assert_ne!(other, value);
                let mut changed = cube.clone();
                changed.set(m, measure.clone(), c, other);
                assert_eq!(
                    everything_shown(&changed, &circles, &months),
                    before,
                    "changing a count of {value} to {other} ({measure:?}, circle {c}, {m}) showed"
                );
            }
        }
        assert!(small_cells > 500, "the generator must make many small counts, made {small_cells}");
    }

    #[test]
    fn words_come_only_from_months_with_five_answers_or_more() {
        let nov = 1_793_600_000;
        let mut records = Records { circles: vec![(1, ZONE), (2, ZONE)], ..Records::default() };
        records.meets = vec![meet(1, 1, nov, 9), meet(2, 2, nov, 9)];
        for i in 0..5 {
            records.answers.push((1, format!("a{i}"), "word".into(), format!("calm{i}")));
        }
        records.answers.push((2, "b".into(), "word".into(), "alone".into()));
        let cube = Cube::gather(&records);
        let all = Selection { months: [month(11)].into(), circles: [1, 2].into() };
        let words = cube.words(&all);
        assert_eq!(words.len(), 5);
        assert!(!words.contains("alone"), "circle 2 had one answer");
    }
}
