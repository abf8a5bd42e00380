//! "What is on your mind?": ranks circles for the everyday words a visitor
//! types, and says in a few words why each one fits.
//!
//! Every layer can be explained to a coordinator:
//! 1. words are normalised: case, accents, punctuation, "sooo", Hindi
//!    spelling variants (nukta, chandrabindu) and a small English stemmer;
//! 2. a curated lexicon turns everyday English, Hinglish and Hindi phrases
//!    into concepts ("papa guzar gaye" → grief), forgiving small misspellings;
//! 3. each circle's topics, audience, name, summary, description and
//!    eligibility are read with the same lexicon; topics and audience count most;
//! 4. query words the lexicon does not know are looked for in the circles'
//!    text directly, so circles on topics outside the lexicon can still be found;
//! 5. a query written in Hindi (Devanagari) or Hinglish puts the circles held
//!    in Hindi first among those that match, then those that also welcome Hindi.
//!
//! Plain Rust, no I/O: the lexicon is compiled once, on first use.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use unicode_normalization::char::decompose_canonical;

/// What the matcher needs to know about a circle.
pub struct Searchable<'a> {
    pub name: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    pub eligibility: &'a str,
    pub topics: &'a [String],
    pub audience: &'a [String],
    /// Language codes the circle is held in ("hi", "en").
    pub languages: &'a [String],
}

/// One circle that matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Index into the slice given to `rank`.
    pub index: usize,
    pub score: f32,
    /// What matched, most important first (at most 3), one for each part of
    /// the query and each part of the circle.
    pub reasons: Vec<Reason>,
}

/// Why a circle matched: which of the visitor's words found which of the circle's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// The visitor's words, as they typed them ("lost my brother").
    pub said: String,
    /// What of the circle they found.
    pub found: Found,
    /// Whether `said` and what was found are the same words ("lonely" and
    /// "loneliness"), so that naming one says it all.
    pub same_words: bool,
}

/// The part of a circle a search found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// One of its topics, as written.
    Topic(String),
    /// One of the audiences it is for, as its code ("lgbtqia").
    Audience(String),
    /// Words of its name, summary, description or eligibility, as written there.
    Words(String),
}

impl Found {
    /// The circle's own words: the topic, audience code or text.
    pub fn text(&self) -> &str {
        match self {
            Found::Topic(t) | Found::Audience(t) | Found::Words(t) => t,
        }
    }
}

/// Circles prepared once for many searches (the directory keeps one):
/// their text is read with the whole lexicon here, so a search only looks things up.
pub struct Index {
    circles: Vec<Prepared>,
}

impl Index {
    /// Prepares circles for searching.
    pub fn new(circles: &[Searchable<'_>]) -> Index {
        let mut reader = Reader::default();
        Index { circles: circles.iter().map(|c| reader.prepare(lexicon(), c)).collect() }
    }
}

/// Ranks circles for a plain-words query; best first; only circles with score > 0.
/// Empty or stop-word-only query → empty Vec.
pub fn rank(query: &str, circles: &[Searchable<'_>]) -> Vec<Match> {
    rank_in(query, &Index::new(circles))
}

/// Like [`rank`], over circles prepared in an [`Index`].
pub fn rank_in(query: &str, index: &Index) -> Vec<Match> {
    let lex = lexicon();
    let query = Query::read(query, lex);
    if query.concepts.is_empty() && query.terms.is_empty() {
        return Vec::new();
    }
    let slots = query.concepts.len() + query.terms.len();
    let mut seen = vec![Seen::default(); index.circles.len() * slots];
    for (circle, seen) in index.circles.iter().zip(seen.chunks_mut(slots)) {
        circle.show(&query, seen);
    }
    let term_weights = plain_word_weights(&query, &seen, index.circles.len());
    let mut matches: Vec<Match> = index
        .circles
        .iter()
        .zip(seen.chunks(slots))
        .enumerate()
        .filter_map(|(i, (circle, seen))| score(&query, &term_weights, i, circle, seen))
        .collect();
    if query.hindi {
        // Someone who writes in Hindi most likely wants to be heard in it:
        // circles held in Hindi come first unless another fits far better.
        for m in &mut matches {
            m.score *= index.circles[m.index].hindi_preference;
        }
    }
    matches.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
    matches
}

/// Romanised Hindi words that are not also English words: a query with one
/// of them is Hinglish.
#[rustfmt::skip]
const HINGLISH_MARKERS: &[&str] = &[
    "mera", "meri", "mere", "mujhe", "mujhko", "hamara", "hamari", "apna", "apni", "apne", "hai", "hain", "hoon",
    "tha", "thi", "aur", "bhi", "toh", "bahut", "bohot", "bahot", "bhot", "kya", "kyun", "kyon", "kaise", "nahi",
    "nahin", "gaye", "gayi", "gaya", "lagta", "lagti", "raha", "rahi", "rahe", "hota", "hoti", "karta", "karti",
    "kuch", "koi", "yaar", "dil", "akela", "akeli", "pareshan", "dukh", "udaas", "udas",
];

/// Whether a query is written in Hindi: Devanagari letters, or Hinglish words.
fn written_in_hindi(text: &str) -> bool {
    text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
        || text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| HINGLISH_MARKERS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Words that may be skipped between two words of a phrase ("lost my little brother").
const MAX_GAP: usize = 1;
/// Strength of a concept reached through a misspelt word.
const FUZZY: f32 = 0.8;
/// Strength of a hint (`~` in the lexicon) compared with a clear trigger.
const HINT: f32 = 0.6;
/// Strength of a concept implied by another (dementia → caregiving).
const IMPLIED: f32 = 0.5;
/// Weight of a query word found in circle text but unknown to the lexicon.
const PLAIN_WORD: f32 = 0.5;
/// Share of a field's weight added when a concept also appears in it (not just its best field).
const ALSO_IN: f32 = 0.1;
const MAX_REASONS: usize = 3;
/// How much more a circle held in Hindi (its first or only language) counts
/// for a query written in Hindi or Hinglish.
const HINDI_HELD: f32 = 2.0;
/// The same for a circle held in another language that also welcomes Hindi:
/// less, since the talk there is mostly in its first language.
const HINDI_WELCOME: f32 = 1.25;

/// How much more a circle in these languages counts for a query in Hindi.
fn hindi_preference(languages: &[String]) -> f32 {
    match languages.iter().position(|l| l == "hi") {
        Some(0) => HINDI_HELD,
        Some(_) => HINDI_WELCOME,
        None => 1.0,
    }
}
/// Words of a query that are read; a long story is still matched on its first lines.
const MAX_QUERY_WORDS: usize = 80;
/// Longest word (in bytes) checked for misspellings; longer ones are not everyday words.
const MAX_FUZZY_LEN: usize = 24;

/// Where in a circle something matched.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Topic,
    Audience,
    Name,
    Summary,
    Description,
    Eligibility,
}

impl Field {
    const ALL: [Field; 6] =
        [Field::Topic, Field::Audience, Field::Name, Field::Summary, Field::Description, Field::Eligibility];

    /// Tags are chosen by a coordinator for search, so they say the most; prose says the least.
    fn weight(self) -> f32 {
        match self {
            Field::Topic | Field::Audience => 3.0,
            Field::Name => 2.0,
            Field::Summary => 1.5,
            Field::Description | Field::Eligibility => 0.75,
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

// ---------------------------------------------------------------------------
// Normalisation

/// Calls `each` with every normalised word of `text`: lowercase, without
/// accents or punctuation, apostrophes joined ("can't" → "cant"), runs of a
/// letter capped at two ("sooo" → "soo"). `word` is a reused buffer.
fn for_each_word(text: &str, word: &mut String, mut each: impl FnMut(&str)) {
    for_each_word_at(text, word, |w, _| each(w));
}

/// Like [`for_each_word`], also giving where in `text` each word was written.
fn for_each_word_at(text: &str, word: &mut String, mut each: impl FnMut(&str, Range<usize>)) {
    word.clear();
    let mut run = Run::default();
    let mut span = 0..0;
    let mut each = |word: &str, span: &Range<usize>| each(word, span.clone());
    for (at, c) in text.char_indices() {
        let before = word.len();
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                run.push(word, c.to_ascii_lowercase());
            } else if c != '\'' {
                flush(word, &span, &mut each);
            }
        } else {
            // Canonical decomposition splits accents off Latin letters and the nukta off Hindi ones, to drop them.
            decompose_canonical(c, |c| match c {
                // Apostrophes, Latin accents, nukta, zero-width (non-)joiners: part of the word, not its spelling.
                '\u{2018}'
                | '\u{2019}'
                | '\u{02BC}'
                | '\u{0300}'..='\u{036F}'
                | '\u{093C}'
                | '\u{200C}'
                | '\u{200D}' => {}
                // Chandrabindu and anusvara are used interchangeably: "माँ" and "मां".
                '\u{0901}' => run.push(word, '\u{0902}'),
                '\u{0964}' | '\u{0965}' => flush(word, &span, &mut each),
                '\u{0900}'..='\u{097F}' => run.push(word, c),
                c if c.is_alphanumeric() => c.to_lowercase().for_each(|l| run.push(word, l)),
                _ => flush(word, &span, &mut each),
            });
        }
        if before == 0 && !word.is_empty() {
            span.start = at;
        }
        if !word.is_empty() {
            span.end = at + c.len_utf8();
        }
    }
    flush(word, &span, &mut each);
}

/// The letter being repeated at the end of a word, to cap runs at two.
#[derive(Default)]
struct Run {
    letter: char,
    count: u8,
}

impl Run {
    fn push(&mut self, word: &mut String, c: char) {
        if word.is_empty() || c != self.letter {
            (self.letter, self.count) = (c, 0);
        }
        self.count = self.count.saturating_add(1);
        if self.count <= 2 || !c.is_alphabetic() {
            word.push(c);
        }
    }
}

fn flush(word: &mut String, span: &Range<usize>, each: &mut impl FnMut(&str, &Range<usize>)) {
    if !word.is_empty() {
        each(word, span);
        word.clear();
    }
}

/// Hinglish words the English stemmer would turn into English ones ("gaye" → "gay").
const UNSTEMMED: &[&str] = &["gaye"];

/// A small English stemmer, so that "caring", "cared" and "cares" all find
/// "care". Both sides go through it, so stems need only be consistent, not words.
fn stem(w: &mut String) {
    if w.len() < 4 || !w.bytes().all(|b| b.is_ascii_lowercase()) || UNSTEMMED.contains(&w.as_str()) {
        return;
    }
    if let Some(base) = w.strip_suffix("iness")
        && base.len() >= 3
    {
        let n = base.len();
        w.truncate(n);
        w.push('y');
    } else if let Some(base) = w.strip_suffix("ness")
        && base.len() >= 3
    {
        w.truncate(base.len());
    }
    if w.ends_with("ies") || w.ends_with("ied") {
        let n = w.len() - 3;
        w.truncate(n);
        w.push_str(if n >= 2 { "y" } else { "ie" });
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.len() >= 4 && w.ends_with('s') && !["ss", "us", "is"].iter().any(|s| w.ends_with(s)) {
        w.pop();
    }
    for suffix in ["ing", "ed"] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.len() >= 3
            && base.bytes().any(|b| b"aeiouy".contains(&b))
        {
            let n = base.len();
            w.truncate(n);
            // "getting" → "get", but "falling" stays "fall".
            let b = w.as_bytes();
            if b[n - 1] == b[n - 2] && !b"aeioulsz".contains(&b[n - 1]) {
                w.pop();
            }
            break;
        }
    }
    if w.len() >= 4 && w.ends_with('e') && !w.ends_with("ee") {
        w.pop();
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Words are compared as 64-bit hashes: cheap to store, compare and look up. Never 0, which means "no word".
fn hash(word: &str) -> u64 {
    word.bytes().fold(FNV_OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)).max(1)
}

/// The stem of a normalised word, as a hash; `buf` is reused.
fn stem_key(raw: &str, buf: &mut String) -> u64 {
    buf.clear();
    buf.push_str(raw);
    stem(buf);
    hash(buf)
}

/// Keys are already hashes of words; the tables only need to use them.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0 ^ FNV_OFFSET, |h, b| (h ^ u64::from(*b)).wrapping_mul(FNV_PRIME));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type WordSet = HashSet<u64, BuildHasherDefault<WordHasher>>;
type WordMap<V> = HashMap<u64, V, BuildHasherDefault<WordHasher>>;

/// Optimal string alignment distance (Levenshtein plus swapping two
/// neighbours, "greif" → "grief"), for ASCII words of at most `MAX_FUZZY_LEN` bytes.
fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    let mut before = [0; MAX_FUZZY_LEN + 1];
    let mut prev: [usize; MAX_FUZZY_LEN + 1] = std::array::from_fn(|j| j);
    let mut cur = [0; MAX_FUZZY_LEN + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
        }
        (before, prev) = (prev, cur);
    }
    prev[b.len()]
}

// ---------------------------------------------------------------------------
// The lexicon

/// Something people come to a circle with, and the words they use for it.
struct Concept {
    /// Shown as the reason when the concept matched a circle's prose but none of its tags.
    label: &'static str,
    /// How much the concept says about which circle fits: a specific
    /// experience (dementia) says more than a common feeling (stress).
    weight: f32,
    /// Broader concepts this one implies, at `IMPLIED` strength.
    also: &'static [&'static str],
    /// Words and phrases as people type them. `~` marks a hint (weaker);
    /// `{kin}` and `{not}` expand to the lists below. Stop words are dropped
    /// from phrases, and up to `MAX_GAP` other words may come between.
    triggers: &'static [&'static str],
}

/// People someone may have lost or look after.
#[rustfmt::skip]
const KIN: &[&str] = &[
    "mum", "mom", "mother", "mummy", "mommy", "ma", "maa", "ammi", "amma", "dad", "father", "daddy", "papa", "abbu",
    "pitaji", "husband", "wife", "partner", "spouse", "pati", "patni", "son", "daughter", "child", "kid", "baby",
    "beta", "beti", "brother", "sister", "sibling", "twin", "bhai", "behen", "bahen", "didi", "friend", "bestfriend",
    "best friend", "boyfriend", "girlfriend", "fiance", "fiancee", "grandmother", "grandma", "granny", "nan", "nana",
    "nani", "dadi", "dada", "grandfather", "grandpa", "grandad", "granddad", "uncle", "aunt", "auntie", "cousin",
    "parent", "loved one", "dog", "cat", "pet",
];

/// Romanised Hindi spellings of "not".
const NOT: &[&str] = &["nahi", "nahin", "nhi", "nai", "nahee"];

const TEMPLATES: &[(&str, &[&str])] = &[("{kin}", KIN), ("{not}", NOT)];

/// The lexicon, kept as data so that it can be read and extended without reading the code.
#[rustfmt::skip]
const CONCEPTS: &[Concept] = &[
    Concept {
        label: "grief",
        weight: 1.0,
        also: &[],
        triggers: &[
            "grief", "grieving", "grieve", "bereavement", "bereaved", "mourning", "mourn", "loss", "died", "death",
            "~dead", "passed away", "passed on", "funeral", "widow", "widowed", "widower", "miscarriage", "stillbirth",
            "stillborn", "suicide loss", "lost someone", "lost {kin}", "losing {kin}", "death {kin}", "{kin} died",
            "{kin} passed", "{kin} expired", "{kin} {not} rahe", "{kin} {not} rahi", "~miss {kin}", "~{kin} gone",
            "guzar", "gujar", "guzar gaye", "chal base", "swargwas", "swargvas", "dehant", "dehaant", "maut",
            "~chala gaya", "~chali gayi", "~chale gaye", "~yaad aati", "गुज़र", "नहीं रहे", "नहीं रहीं", "निधन",
            "देहांत", "मृत्यु", "मौत", "शोक", "स्वर्गवास", "खो दिया", "~याद आती", "~चले गए", "~चली गई",
        ],
    },
    Concept {
        label: "dementia",
        weight: 1.0,
        also: &["caregiving"],
        triggers: &[
            "dementia", "alzheimer", "alzheimers", "memory loss", "losing memory", "keeps forgetting",
            "forgets everything", "~forgetful", "~forgetting", "doesnt recognise", "doesnt recognize", "dont recognise",
            "dont recognize", "no longer recognises", "lewy body", "frontotemporal", "sundowning", "memory clinic",
            "bhoolne ki bimari", "bhulne ki bimari", "bhoolne ki beemari", "yaaddasht", "yaadasht", "yaddasht",
            "bhool jaati", "bhool jati", "bhool jaate", "भूलने की बीमारी", "याददाश्त", "डिमेंशिया", "अल्ज़ाइमर",
            "भूल जाती", "भूल जाते",
        ],
    },
    Concept {
        label: "caregiving",
        weight: 0.8,
        also: &[],
        triggers: &[
            "caregiver", "caregivers", "caregiving", "carer", "carers", "caring for", "care for", "take care of",
            "taking care of", "looking after", "look after", "looks after", "full time carer", "young carer",
            "sandwich generation", "respite", "dekhbhal", "dekh bhal", "dekhbaal", "seva", "sewa", "देखभाल", "सेवा",
        ],
    },
    Concept {
        label: "ageing parents",
        weight: 0.8,
        also: &["caregiving"],
        triggers: &[
            "ageing parents", "aging parents", "elderly", "old age", "parents getting older", "parents getting old",
            "old parents", "grandparent", "grandparents", "grandmother", "grandma", "granny", "grandfather", "grandpa",
            "grandad", "dadi", "nani", "dada", "dadaji", "nanaji", "buzurg", "budhe", "boodhe", "बुज़ुर्ग", "बूढ़े",
            "बुढ़ापा", "दादी", "नानी",
        ],
    },
    Concept {
        label: "autism",
        weight: 1.0,
        also: &["disability"],
        triggers: &[
            "autism", "autistic", "asd", "asperger", "aspergers", "on the spectrum", "neurodivergent", "neurodiverse",
            "ऑटिज़्म", "ऑटिस्टिक",
        ],
    },
    Concept {
        label: "disability",
        weight: 1.0,
        also: &[],
        triggers: &[
            "disability", "disabilities", "disabled", "intellectual disability", "developmental disability",
            "learning disability", "developmental delay", "special needs", "special child", "cerebral palsy",
            "down syndrome", "downs syndrome", "adhd", "mentally challenged", "slow learner", "special school",
            "divyang", "viklang", "दिव्यांग", "विकलांग", "डाउन सिंड्रोम",
        ],
    },
    Concept {
        label: "parenting",
        weight: 0.6,
        also: &[],
        triggers: &[
            "son", "daughter", "child", "children", "kid", "kids", "beta", "beti", "bachcha", "bachche", "baccha",
            "bacche", "बेटा", "बेटी", "बच्चा", "बच्चे", "बच्चों",
        ],
    },
    Concept {
        label: "lgbtqia",
        weight: 1.0,
        also: &[],
        triggers: &[
            "lgbt", "lgbtq", "lgbtqi", "lgbtqia", "queer", "gay", "lesbian", "bi", "bisexual", "pansexual", "asexual",
            "aromantic", "intersex", "homosexual", "same sex", "samlaingik", "समलैंगिक",
        ],
    },
    Concept {
        label: "coming out",
        weight: 0.8,
        also: &["lgbtqia"],
        triggers: &["coming out", "come out", "came out", "closet", "closeted"],
    },
    Concept {
        label: "sexuality",
        weight: 0.8,
        also: &["lgbtqia"],
        triggers: &["sexuality", "sexual orientation", "orientation", "attracted to the same"],
    },
    Concept {
        label: "family rejection",
        weight: 0.8,
        also: &[],
        triggers: &[
            "family rejection", "rejected by my family", "family rejected", "disowned", "kicked me out", "kicked out",
            "thrown out", "threw me out", "family doesnt accept", "parents dont accept", "family wont accept",
            "ghar se nikal", "ghar se nikaal",
        ],
    },
    Concept {
        label: "trans",
        weight: 1.0,
        also: &["lgbtqia"],
        triggers: &[
            "trans", "transgender", "transsexual", "trans woman", "trans man", "transwoman", "transman", "nonbinary",
            "non binary", "enby", "genderqueer", "genderfluid", "gender fluid", "agender", "gender identity",
            "gender questioning", "questioning my gender", "gender dysphoria", "dysphoria", "transition",
            "transitioning", "hrt", "top surgery", "gender clinic", "gender affirming", "deadname", "misgendered",
            "misgendering", "ftm", "mtf", "hijra", "kinnar", "~gender", "ट्रांसजेंडर", "किन्नर",
        ],
    },
    Concept {
        label: "depression",
        weight: 1.0,
        also: &[],
        triggers: &[
            "depression", "depressed", "depressive", "low mood", "feeling low", "feel low", "feeling down", "feel down",
            "sad", "sadness", "unhappy", "miserable", "empty", "emptiness", "numb", "numbness", "feel nothing",
            "dead inside", "cant get out of bed", "no motivation", "no energy", "lost interest", "dont enjoy", "~cry",
            "~crying", "~tears", "mann {not} lagta", "man {not} lagta", "dil {not} lagta", "mann {not} lag",
            "kuch accha {not} lagta", "kuch acha {not} lagta", "udaas", "udas", "udaasi", "udasi", "dukhi",
            "mood kharab", "mood off", "~rona", "उदास", "उदासी", "दुखी", "डिप्रेशन", "अवसाद", "मन नहीं लगता",
            "मन नहीं लग", "कुछ अच्छा नहीं लगता", "~रोना",
        ],
    },
    Concept {
        label: "hopelessness",
        weight: 0.9,
        also: &["depression"],
        triggers: &[
            "hopeless", "hopelessness", "no hope", "pointless", "meaningless", "whats the point", "burden", "~give up",
            "~giving up", "~gave up", "no future", "nothing will change", "worthless", "helpless", "niraash", "nirash",
            "umeed {not}", "~bekar", "~bekaar", "निराश", "निराशा", "उम्मीद नहीं", "~बेकार",
        ],
    },
    Concept {
        label: "anxiety",
        weight: 0.9,
        also: &[],
        triggers: &[
            "anxiety", "anxious", "panic", "panic attack", "worry", "worried", "worrying", "worrier", "overthinking",
            "overthink", "nervous", "on edge", "~scared", "~afraid", "~fear", "ocd", "phobia", "racing thoughts",
            "ghabrahat", "ghabraahat", "ghabrana", "bechaini", "bechain", "chinta", "fikar", "fikr", "~dar lagta",
            "~darr", "घबराहट", "बेचैनी", "चिंता", "फिक्र", "~डर", "एंग्जायटी",
        ],
    },
    Concept {
        label: "loneliness",
        weight: 0.6,
        also: &[],
        triggers: &[
            "lonely", "loneliness", "alone", "no friends", "dont have friends", "no one to talk to",
            "nobody to talk to", "noone to talk to", "no one understands", "nobody understands", "nobody cares",
            "left out", "invisible", "disconnected", "~someone to talk to", "akela", "akeli", "akele", "akelapan",
            "tanha", "tanhai", "tanhaai", "~koi {not}", "koi samajhta {not}", "koi samjhta {not}", "अकेला", "अकेली",
            "अकेले", "अकेलापन", "तन्हा", "तन्हाई", "कोई नहीं समझता",
        ],
    },
    // Apart from loneliness so that a circle about the isolation of, say,
    // deafness is not offered to everyone who feels lonely.
    Concept {
        label: "isolation",
        weight: 0.6,
        also: &["loneliness"],
        triggers: &["isolated", "isolation", "cut off", "shut in"],
    },
    Concept {
        label: "new parent",
        weight: 1.0,
        also: &[],
        triggers: &[
            "new parent", "new mum", "new mom", "new mother", "new dad", "new father", "first time mum",
            "first time mom", "first baby", "baby", "babies", "newborn", "infant", "toddler", "breastfeeding",
            "breast feeding", "bottle feeding", "night feeds", "sleepless nights", "maternity leave", "motherhood",
            "became a mother", "become a mother", "became a mom", "became a mum", "maa bani", "maa ban gayi", "ma bani",
            "bachcha hua", "baccha hua", "bacha hua", "beta hua", "beti hui", "~delivery", "~c section", "~pregnant",
            "~pregnancy", "नई माँ", "माँ बनी", "माँ बनना", "बच्चा हुआ", "शिशु", "नवजात", "~डिलीवरी",
        ],
    },
    Concept {
        label: "postpartum",
        weight: 1.0,
        also: &["new parent", "depression"],
        triggers: &[
            "postpartum", "post partum", "postnatal", "post natal", "baby blues", "pnd", "ppd", "after giving birth",
            "after delivery", "delivery ke baad", "प्रसव के बाद", "प्रसवोत्तर",
        ],
    },
    Concept {
        label: "substance use",
        weight: 1.0,
        also: &[],
        triggers: &[
            "substance use", "substance", "substances", "drug", "drugs", "addiction", "addicted", "addict",
            "using again", "relapse", "relapsed", "sober", "sobriety", "recovery", "rehab", "detox", "withdrawal",
            "weed", "cannabis", "marijuana", "ganja", "charas", "bhang", "cocaine", "heroin", "opioids", "opiates",
            "fentanyl", "~pills", "painkillers", "meth", "mdma", "ketamine", "nasha", "nashe", "nasha mukti", "lat",
            "नशा", "नशे", "लत", "ड्रग्स", "गांजा",
        ],
    },
    Concept {
        label: "alcohol",
        weight: 1.0,
        also: &["substance use"],
        triggers: &[
            "alcohol", "alcoholic", "alcoholism", "drink", "drinking", "drinker", "drinks", "drunk", "drank", "booze",
            "beer", "wine", "vodka", "whisky", "whiskey", "rum", "hangover", "hungover", "binge drinking", "sharab",
            "sharaab", "sharabi", "daaru", "daru", "peena", "peene ki aadat", "शराब", "दारू", "पीना", "शराबी",
        ],
    },
    Concept {
        label: "survivors",
        weight: 1.0,
        also: &["trauma"],
        triggers: &[
            "abuse", "abused", "abuser", "abused as a child", "abused as a kid", "sexual abuse", "sexually abused",
            "child abuse", "childhood abuse", "childhood trauma", "csa", "molested", "molestation", "molester", "raped",
            "rape", "incest", "groomed", "grooming", "touched me", "bad touch", "survivor", "survivors",
            "sexual assault", "assaulted", "~never told anyone", "yaun shoshan", "shoshan", "chhedchhad", "chhed chhad",
            "यौन शोषण", "शोषण", "बलात्कार", "छेड़छाड़",
        ],
    },
    Concept {
        label: "domestic abuse",
        weight: 1.0,
        also: &[],
        triggers: &[
            "domestic violence", "domestic abuse", "abusive relationship", "abusive husband", "abusive partner",
            "abusive wife", "marpeet", "maarpeet", "घरेलू हिंसा",
        ],
    },
    Concept {
        label: "trauma",
        weight: 0.8,
        also: &[],
        triggers: &[
            "trauma", "traumatic", "traumatised", "traumatized", "ptsd", "cptsd", "flashbacks", "flashback",
            "nightmares", "triggered", "hypervigilant", "sadma", "सदमा",
        ],
    },
    Concept {
        label: "deaf",
        weight: 1.0,
        also: &[],
        triggers: &[
            "deaf", "deafness", "deafened", "late deafened", "hard of hearing", "hoh", "hearing loss",
            "losing my hearing", "lost my hearing", "going deaf", "hearing aid", "hearing aids", "cochlear implant",
            "cochlear", "tinnitus", "sign language", "asl", "bsl", "isl", "lip read", "lip reading", "lipreading",
            "cant hear", "behra", "bahra", "behri", "bahri", "kam sunai", "sunai {not}", "बहरा", "बहरी", "बहरापन",
            "कम सुनाई", "सुनाई नहीं", "ऊँचा सुनना",
        ],
    },
    Concept {
        label: "youth",
        weight: 0.8,
        also: &[],
        triggers: &[
            "youth", "young people", "teen", "teenager", "teenage", "~18", "~19", "~20", "~21", "~22", "~23", "~24",
            "~25", "early twenties", "early 20s",
        ],
    },
    Concept {
        label: "studies",
        weight: 0.8,
        also: &["youth"],
        triggers: &[
            "student", "students", "study", "studies", "studying", "college", "university", "uni", "~school", "exam",
            "exams", "board exams", "entrance exam", "jee", "neet", "upsc", "placement", "placements", "internship",
            "hostel", "semester", "grades", "marks", "assignments", "dissertation", "backlog", "padhai", "padai",
            "padhna", "pariksha", "परीक्षा", "पढ़ाई", "कॉलेज", "~स्कूल",
        ],
    },
    Concept {
        label: "young adults",
        weight: 0.8,
        also: &[],
        triggers: &[
            "~26", "~27", "~28", "~29", "~30", "~31", "~32", "~33", "~34", "~35", "late twenties", "mid twenties",
            "early thirties", "late 20s", "early 30s", "turning 30", "turned 30", "quarter life", "young adult",
            "young adults", "everyone ahead", "everyone else ahead", "behind in life", "feel behind", "falling behind",
            "behind everyone", "everyone my age", "people my age", "friends getting married", "settling down", "~stuck",
            "stuck in life", "going nowhere", "figure out my life",
        ],
    },
    Concept {
        label: "stress",
        weight: 0.6,
        also: &[],
        triggers: &[
            "stress", "stressed", "stressful", "everyday stress", "daily stress", "tension", "tensed", "tense",
            "pressure", "overwhelmed", "overwhelming", "cant cope", "not coping", "struggling to cope",
            "dont know how to cope", "fed up", "frazzled", "too much on my plate", "hectic", "pareshan", "pareshaan",
            "pareshani", "tanav", "tanaav", "dimag kharab", "~pagal ho", "तनाव", "टेंशन", "परेशान", "परेशानी",
        ],
    },
    Concept {
        label: "work",
        weight: 0.6,
        also: &[],
        triggers: &[
            "work", "working", "job", "boss", "manager", "office", "workplace", "colleague", "colleagues", "coworker",
            "deadline", "deadlines", "overtime", "long hours", "workload", "overworked", "naukri", "kaam", "दफ़्तर",
            "नौकरी", "काम", "ऑफिस",
        ],
    },
    Concept {
        label: "career",
        weight: 0.8,
        also: &[],
        triggers: &[
            "career", "careers", "career change", "hate my job", "dead end job", "stuck in my job", "promotion",
            "first job", "job hunting", "job search", "unemployed", "unemployment", "lost my job", "job loss",
            "laid off", "layoff", "fired", "jobless", "berozgar", "naukri {not}", "बेरोजगार",
        ],
    },
    Concept {
        label: "money worries",
        weight: 0.8,
        also: &["stress"],
        triggers: &[
            "money", "money worries", "debt", "debts", "loan", "loans", "emi", "rent", "bills", "cant afford", "broke",
            "salary", "finances", "financial", "financially", "paisa", "paise", "paison", "karz", "karza", "kharcha",
            "पैसा", "पैसे", "पैसों", "कर्ज़", "खर्च",
        ],
    },
    Concept {
        label: "burnout",
        weight: 0.7,
        also: &[],
        triggers: &[
            "burnout", "burnt out", "burned out", "burn out", "exhausted", "exhaustion", "exhausting", "drained",
            "draining", "running on empty", "worn out", "~tired", "~tiring", "fatigue", "fatigued", "thak", "thaka",
            "thaki", "thak gaya", "thak gayi", "thakan", "thakaan", "thakawat", "थकान", "थक", "थका", "थकी", "थकावट",
        ],
    },
    Concept {
        label: "professionals",
        weight: 1.0,
        also: &[],
        triggers: &[
            "professional", "professionals", "~therapist", "~therapists", "~psychologist", "~psychologists",
            "~counsellor", "~counselor", "~counsellors", "~counselors", "~psychotherapist", "~psychiatrist",
            "clinician", "social worker", "mental health professional", "~clients", "~client work", "supervision",
            "practitioner", "helping profession", "caseload", "case load",
        ],
    },
    Concept {
        label: "compassion fatigue",
        weight: 1.0,
        also: &["professionals", "burnout"],
        triggers: &[
            "compassion fatigue", "vicarious trauma", "secondary trauma", "empathy fatigue", "other peoples pain",
            "other peoples trauma", "clients trauma", "dread every session", "difficult sessions",
            "therapist self care",
        ],
    },
    Concept {
        label: "family",
        weight: 0.5,
        also: &[],
        triggers: &[
            "family", "families", "in laws", "inlaws", "sasural", "saas", "ghar wale", "gharwale", "~ghar",
            "joint family", "pariwar", "parivar", "परिवार", "ससुराल", "सास", "घरवाले", "~घर",
        ],
    },
    Concept {
        label: "family pressure",
        weight: 0.9,
        also: &["family", "stress"],
        triggers: &[
            "family pressure", "family expectations", "parents expectations", "parents expect", "pressure from parents",
            "parents pressure", "parental pressure", "~comparing", "log kya kahenge", "shaadi ka pressure",
            "shaadi pressure", "shaadi ke liye", "marriage pressure", "pressure to marry", "arranged marriage",
            "rishta", "rishte",
        ],
    },
    Concept {
        label: "relationships",
        weight: 0.8,
        also: &[],
        triggers: &[
            "relationship", "relationships", "breakup", "break up", "broke up", "broken up", "heartbreak",
            "heartbroken", "broken heart", "girlfriend", "boyfriend", "ex", "divorce", "divorced", "separation",
            "separated", "cheated", "cheating", "dating", "dumped", "toxic relationship", "~single", "dil toot",
            "dil tut", "dil toota", "dil tuta", "pyaar", "pyar", "talaq", "talak", "प्यार", "ब्रेकअप", "दिल टूट",
            "तलाक",
        ],
    },
    Concept { label: "identity", weight: 0.6, also: &[], triggers: &["identity", "sense of self", "पहचान"] },
    Concept {
        label: "women",
        weight: 0.5,
        also: &[],
        triggers: &["woman", "women", "female", "mahila", "mahilaon", "महिला", "औरत"],
    },
    Concept {
        label: "illness",
        weight: 1.0,
        also: &[],
        triggers: &[
            "chronic illness", "chronic pain", "chronically ill", "cancer", "diagnosed", "diagnosis", "chemo",
            "chemotherapy", "long covid", "fibromyalgia", "multiple sclerosis", "diabetes", "heart attack", "stroke",
            "hiv", "dialysis", "weight loss", "hair loss", "bimari", "beemari", "बीमारी", "कैंसर",
        ],
    },
    Concept {
        label: "eating",
        weight: 1.0,
        also: &[],
        triggers: &[
            "eating disorder", "anorexia", "anorexic", "bulimia", "bulimic", "binge eating", "purging", "arfid",
        ],
    },
];

/// Words that carry no topic: dropped from queries, circle text and phrases.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    // English
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yours", "yourself", "he", "him",
    "his", "she", "her", "hers", "they", "them", "their", "it", "its", "this", "that", "these", "those", "there",
    "here", "a", "an", "the", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
    "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "and",
    "or", "but", "so", "because", "if", "then", "than", "as", "of", "to", "in", "on", "at", "by", "from", "with",
    "into", "about", "very", "really", "quite", "just", "too", "also", "even", "such", "what", "which", "who", "whom",
    "whose", "when", "where", "why", "how", "im", "ive", "id", "ill", "youre", "theyre", "weve", "hes", "shes", "thats",
    "theres", "u", "ur", "yeah", "ok", "okay", "hi", "hello", "hey", "please", "thanks", "thank", "um", "like", "some",
    "any", "all", "every", "each", "other", "another", "own", "same", "more", "most", "much", "many", "lots", "bit",
    "get", "got", "getting", "go", "going", "went", "make", "made", "know", "knew", "think", "want", "wanted", "need",
    "say", "said", "tell", "told", "thing", "things", "stuff", "something", "anything", "everything", "anymore", "ever",
    "since", "ago", "back", "again", "already", "always", "sometimes", "often", "maybe", "basically", "literally",
    "actually", "honestly", "still", "kind", "sort", "way", "well", "yet", "while", "though", "although", "until",
    "before", "under", "through", "between", "lately",
    // Romanised Hindi
    "main", "mai", "mein", "mera", "meri", "mere", "mujhe", "mujhko", "hum", "hamara", "hamari", "tum", "tu", "aap",
    "apna", "apni", "apne", "woh", "wo", "vo", "voh", "yeh", "ye", "unka", "unki", "uska", "uski", "hai", "hain",
    "hoon", "hu", "hun", "ho", "tha", "thi", "ka", "ki", "ke", "ko", "se", "par", "pe", "aur", "ya", "bhi", "toh",
    "bahut", "bohot", "bahot", "bhot", "bht", "bohat", "kya", "kyun", "kyon", "kaise", "jab", "tab", "ab", "abhi",
    "sab", "ek", "ji", "haan", "bas", "sirf", "hota", "hoti", "hote", "karna", "kar", "karta", "karti", "karte", "kiya",
    "liye", "wala", "wali", "wale", "walon",
    // Hindi
    "मैं", "मेरा", "मेरी", "मेरे", "मुझे", "हम", "तुम", "आप", "वो", "वह", "यह", "ये", "है", "हैं", "हूँ", "हो", "था",
    "थी", "थे", "का", "की", "के", "को", "से", "में", "पर", "और", "या", "भी", "तो", "बहुत", "क्या", "एक", "जी", "ही",
    "बस", "करता", "करती", "करते", "कर", "लिए",
];

/// Words kept for phrases ("feel down", "no friends") but too common to match a circle on their own.
#[rustfmt::skip]
const COMMON_WORDS: &[&str] = &[
    "feel", "feeling", "feels", "felt", "new", "one", "out", "up", "down", "off", "over", "for", "after", "not", "no",
    "never", "dont", "cant", "didnt", "doesnt", "wont", "isnt", "arent", "wasnt", "havent", "whats", "nahi", "nahin",
    "nhi", "na", "nobody", "noone", "someone", "anyone", "everyone", "nothing", "people", "person", "time", "day",
    "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "today", "life", "home", "house",
    "help", "talk", "talking", "keep", "keeps", "kept", "old", "little", "lot", "good", "bad", "better", "worse",
    "hard", "difficult", "right", "wrong", "last", "next", "first", "start", "started", "stop", "try", "trying",
    "tried", "use", "used", "look", "looking", "come", "coming", "came", "take", "taking", "took", "give", "gave",
    "let", "put", "see", "seem", "find", "found", "leave", "left", "hate", "love", "miss", "mind", "head", "heart",
    "thought", "thoughts", "support", "group", "groups", "circle", "circles", "join", "peer", "peers", "kuch", "koi",
    "raha", "rahi", "rahe", "gaya", "gayi", "gaye", "hua", "hui", "lagta", "lagti", "lag", "baat", "log", "din", "saal",
    "mahine", "कुछ", "कोई", "रहा", "रही", "रहे", "गया", "गई", "गए", "नहीं", "लगता", "बात",
];

/// After a number, these make it a duration rather than an age ("20 weeks", but "20 years old").
#[rustfmt::skip]
const TIME_UNITS: &[&str] = &[
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "din", "hafte", "mahina",
    "mahine", "saal", "baras",
];

/// Real words one typo away from a lexicon word: never "corrected" ("lovely" is not "lonely").
const NOT_TYPOS: &[&str] = &["lovely", "along", "window", "trains", "train", "amuse", "sharam", "bother", "farther"];

/// One trigger, compiled: the stems of its words.
struct Trigger {
    concept: u16,
    strength: f32,
    words: Box<[u64]>,
}

struct Lexicon {
    triggers: Vec<Trigger>,
    /// Triggers by their last word: a phrase is recognised where it ends.
    by_last: WordMap<Vec<u32>>,
    /// For each trigger, the longer triggers of other concepts that contain it
    /// and overrule it where both match: "hearing loss" is not grief.
    outranked_by: Vec<Vec<u32>>,
    /// Resolved `Concept::also`.
    also: Vec<Vec<u16>>,
    /// Lexicon words as written (ASCII, 4+ letters) with their stems, to correct misspellings against.
    spellings: Vec<(Box<str>, u64)>,
    /// Stems of every lexicon word: a query word that has one is not misspelt.
    known: WordSet,
    stop: WordSet,
    common: WordSet,
    not_typos: WordSet,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut buf = String::new();
        let raw_set = |words: &[&str], buf: &mut String| -> WordSet {
            let mut set = WordSet::default();
            for w in words {
                for_each_word(w, buf, |w| {
                    set.insert(hash(w));
                });
            }
            set
        };
        let stop = raw_set(STOP_WORDS, &mut buf);
        let common = raw_set(COMMON_WORDS, &mut buf);
        let not_typos = raw_set(NOT_TYPOS, &mut buf);
        let index_of =
            |label: &str| CONCEPTS.iter().position(|c| c.label == label).expect("`also` names a concept") as u16;
        let also = CONCEPTS.iter().map(|c| c.also.iter().map(|l| index_of(l)).collect()).collect();

        let (mut triggers, mut spellings, mut known) = (Vec::new(), Vec::<(Box<str>, u64)>::new(), WordSet::default());
        let (mut expanded, mut stem_buf) = (Vec::new(), String::new());
        for (concept, c) in CONCEPTS.iter().enumerate() {
            for written in c.triggers {
                let (strength, phrase) = match written.strip_prefix('~') {
                    Some(hint) => (HINT, hint),
                    None => (1.0, *written),
                };
                expanded.clear();
                expand(phrase, &mut expanded);
                for phrase in &expanded {
                    let mut words = Vec::new();
                    for_each_word(phrase, &mut buf, |w| {
                        if stop.contains(&hash(w)) {
                            return;
                        }
                        let key = stem_key(w, &mut stem_buf);
                        words.push(key);
                        known.insert(key);
                        if w.len() >= 4 && w.is_ascii() && !spellings.iter().any(|(s, _)| &**s == w) {
                            spellings.push((w.into(), key));
                        }
                    });
                    triggers.push(Trigger { concept: concept as u16, strength, words: words.into() });
                }
            }
        }
        let mut by_last = WordMap::<Vec<u32>>::default();
        for (i, t) in triggers.iter().enumerate() {
            if let Some(last) = t.words.last() {
                by_last.entry(*last).or_default().push(i as u32);
            }
        }
        let mut lexicon = Lexicon {
            outranked_by: vec![Vec::new(); triggers.len()],
            triggers,
            by_last,
            also,
            spellings,
            known,
            stop,
            common,
            not_typos,
        };
        lexicon.find_outranked();
        lexicon
    }

    /// Fills `outranked_by`: shorter triggers of another concept that a longer one contains,
    /// unless the longer concept implies the shorter ("postnatal depression" is still depression).
    fn find_outranked(&mut self) {
        for (long, t) in self.triggers.iter().enumerate() {
            if t.words.len() < 2 {
                continue;
            }
            for word in t.words.iter() {
                for &short in self.by_last.get(word).into_iter().flatten() {
                    let s = &self.triggers[short as usize];
                    if s.words.len() < t.words.len()
                        && s.concept != t.concept
                        && !self.also[t.concept as usize].contains(&s.concept)
                        && is_subsequence(&s.words, &t.words)
                        && !self.outranked_by[short as usize].contains(&(long as u32))
                    {
                        self.outranked_by[short as usize].push(long as u32);
                    }
                }
            }
        }
    }
}

fn expand(phrase: &str, out: &mut Vec<String>) {
    for (slot, fills) in TEMPLATES {
        if let Some(at) = phrase.find(slot) {
            for fill in *fills {
                expand(&format!("{}{fill}{}", &phrase[..at], &phrase[at + slot.len()..]), out);
            }
            return;
        }
    }
    out.push(phrase.to_string());
}

fn is_subsequence(short: &[u64], long: &[u64]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

// ---------------------------------------------------------------------------
// Reading text

/// The stems a word may stand for: its own, then up to two corrections of a misspelling. 0 means none.
type Keys = [u64; 3];

/// A trigger found in a run of words.
#[derive(Clone, Copy)]
struct Hit {
    trigger: u32,
    start: usize,
    end: usize,
    fuzzy: bool,
}

/// Finds the triggers in `words`, then drops those overruled by a longer one.
fn find_hits(lex: &Lexicon, words: &[Keys], hits: &mut Vec<Hit>) {
    hits.clear();
    for (end, keys) in words.iter().enumerate() {
        for &key in keys.iter().filter(|k| **k != 0) {
            for &trigger in lex.by_last.get(&key).into_iter().flatten() {
                if let Some((start, fuzzy)) = phrase_ends_at(&lex.triggers[trigger as usize].words, words, end) {
                    hits.push(Hit { trigger, start, end, fuzzy });
                }
            }
        }
    }
    let mut i = 0;
    while i < hits.len() {
        let h = hits[i];
        let outranked = hits
            .iter()
            .any(|g| g.start <= h.start && g.end >= h.end && lex.outranked_by[h.trigger as usize].contains(&g.trigger));
        if outranked {
            hits.swap_remove(i);
        } else {
            i += 1;
        }
    }
}

/// Whether the phrase `trigger` ends at word `end` (whose last word is known to match),
/// allowing `MAX_GAP` other words between its words; gives where it starts and whether a correction was used.
fn phrase_ends_at(trigger: &[u64], words: &[Keys], end: usize) -> Option<(usize, bool)> {
    let (&last, before) = trigger.split_last()?;
    let mut fuzzy = words[end][0] != last;
    let mut pos = end;
    for &w in before.iter().rev() {
        let found = (pos.saturating_sub(MAX_GAP + 1)..pos).rev().find(|&j| words[j].contains(&w))?;
        fuzzy |= words[found][0] != w;
        pos = found;
    }
    Some((pos, fuzzy))
}

/// A concept the query is about.
struct QueryConcept {
    concept: u16,
    strength: f32,
    /// The triggers that found it, to prefer the circle tag that says the
    /// same thing, with the words of the query each found, as typed; none
    /// when another concept implies it.
    fired: Vec<(u32, String)>,
    /// The longest of those words (or of the concept implying it), to name
    /// when the circle matched through another trigger.
    said: String,
}

/// A query word outside the lexicon, looked for in circle text as it is.
struct Term {
    key: u64,
    /// As typed.
    said: String,
}

struct Query {
    /// Written in Hindi or Hinglish.
    hindi: bool,
    concepts: Vec<QueryConcept>,
    /// Slot in `concepts` of each lexicon concept, or `None`.
    slot_of: Vec<Option<usize>>,
    terms: Vec<Term>,
}

impl Query {
    fn read(text: &str, lex: &Lexicon) -> Query {
        let (mut buf, mut stem_buf) = (String::new(), String::new());
        let mut raw: Vec<(String, Range<usize>)> = Vec::new();
        for_each_word_at(text, &mut buf, |w, at| {
            if raw.len() < MAX_QUERY_WORDS && !lex.stop.contains(&hash(w)) {
                raw.push((w.to_string(), at));
            }
        });
        let said = |start: usize, end: usize| text[raw[start].1.start..raw[end].1.end].to_string();
        let mut keys: Vec<Keys> = raw
            .iter()
            .map(|(w, _)| {
                let key = stem_key(w, &mut stem_buf);
                let [a, b] = corrections(lex, w, key);
                [key, a, b]
            })
            .collect();
        for (i, (w, _)) in raw.iter().enumerate() {
            let duration = raw.get(i + 1).is_some_and(|(unit, _)| TIME_UNITS.contains(&unit.as_str()))
                && raw.get(i + 2).is_none_or(|(w, _)| w != "old");
            if duration && w.bytes().all(|b| b.is_ascii_digit()) {
                keys[i] = [0; 3];
            }
        }

        let mut hits = Vec::new();
        find_hits(lex, &keys, &mut hits);
        let mut concepts: Vec<QueryConcept> = Vec::new();
        let mut covered = vec![false; raw.len()];
        for hit in &hits {
            covered[hit.start..=hit.end].fill(true);
            let t = &lex.triggers[hit.trigger as usize];
            let strength = t.strength * if hit.fuzzy { FUZZY } else { 1.0 };
            let words = said(hit.start, hit.end);
            match concepts.iter_mut().find(|c| c.concept == t.concept) {
                Some(c) => {
                    c.strength = c.strength.max(strength);
                    if words.len() > c.said.len() {
                        c.said.clone_from(&words);
                    }
                    c.fired.push((hit.trigger, words));
                }
                None => concepts.push(QueryConcept {
                    concept: t.concept,
                    strength,
                    said: words.clone(),
                    fired: vec![(hit.trigger, words)],
                }),
            }
        }
        for i in 0..concepts.len() {
            let strength = concepts[i].strength * IMPLIED;
            for &implied in &lex.also[concepts[i].concept as usize] {
                match concepts.iter_mut().find(|c| c.concept == implied) {
                    Some(c) => c.strength = c.strength.max(strength),
                    None => {
                        let said = concepts[i].said.clone();
                        concepts.push(QueryConcept { concept: implied, strength, fired: Vec::new(), said })
                    }
                }
            }
        }
        let mut slot_of = vec![None; CONCEPTS.len()];
        for (slot, c) in concepts.iter().enumerate() {
            slot_of[c.concept as usize] = Some(slot);
        }

        let mut terms: Vec<Term> = Vec::new();
        for (((word, at), keys), covered) in raw.iter().zip(&keys).zip(covered) {
            let plain = !covered
                && word.chars().count() >= 3
                && !word.bytes().all(|b| b.is_ascii_digit())
                && !lex.common.contains(&hash(word));
            if plain && !terms.iter().any(|t| t.key == keys[0]) {
                terms.push(Term { key: keys[0], said: text[at.clone()].to_string() });
            }
        }
        Query { hindi: written_in_hindi(text), concepts, slot_of, terms }
    }
}

/// Up to two lexicon stems a misspelt query word may stand for: edit
/// distance 1 for words of 5–7 letters, 2 for longer ones; the first letter
/// must be right (people rarely get it wrong, and it keeps "brief" from being "grief").
fn corrections(lex: &Lexicon, word: &str, key: u64) -> [u64; 2] {
    let mut found = [0; 2];
    let n = word.len();
    let limit = match n {
        5..=7 => 1,
        8..=MAX_FUZZY_LEN => 2,
        _ => return found,
    };
    let raw = hash(word);
    if !word.is_ascii()
        || lex.known.contains(&key)
        || lex.stop.contains(&raw)
        || lex.common.contains(&raw)
        || lex.not_typos.contains(&raw)
    {
        return found;
    }
    let mut best = [usize::MAX; 2];
    let first = word.as_bytes()[0];
    for (spelling, stem) in &lex.spellings {
        if spelling.as_bytes()[0] != first || spelling.len().abs_diff(n) > limit || spelling.len() > MAX_FUZZY_LEN {
            continue;
        }
        let d = edit_distance(word.as_bytes(), spelling.as_bytes());
        if d > limit || found.contains(stem) {
            continue;
        }
        if d < best[0] {
            (best[1], found[1]) = (best[0], found[0]);
            (best[0], found[0]) = (d, *stem);
        } else if d < best[1] {
            (best[1], found[1]) = (d, *stem);
        }
    }
    found
}

/// What one circle showed for one concept or term of the query.
#[derive(Clone, Copy, Default)]
struct Seen {
    /// Weight of the best field it was found in (0: not found).
    best: f32,
    /// Every field it was found in.
    fields: u8,
    pick: Option<Pick>,
    /// The words of its text to show when no tag was picked.
    words: Option<WordsPick>,
}

/// Words in a circle's text that showed a concept, to name as the reason.
#[derive(Clone, Copy)]
struct WordsPick {
    /// Index into the circle's `found`.
    found: usize,
    /// The trigger is one the query used: which of the concept's `fired`.
    fired: Option<usize>,
    field: Field,
}

impl WordsPick {
    fn rank(&self) -> (bool, std::cmp::Reverse<u8>) {
        (self.fired.is_some(), std::cmp::Reverse(self.field as u8))
    }
}

/// The circle tag to show as the reason.
#[derive(Clone, Copy)]
struct Pick {
    audience: bool,
    index: usize,
    /// The trigger covered the whole tag ("caregiving" rather than "carer burnout" for "carer").
    whole: bool,
    /// The trigger is one the query used ("alzheimers" rather than "dementia"
    /// for "alzheimers"): which of the concept's `fired`.
    fired: Option<usize>,
}

impl Pick {
    fn rank(&self) -> (bool, bool, bool, std::cmp::Reverse<usize>) {
        (!self.audience, self.whole, self.fired.is_some(), std::cmp::Reverse(self.index))
    }
}

impl Seen {
    fn add_words(&mut self, words: WordsPick) {
        if self.words.is_none_or(|old| words.rank() > old.rank()) {
            self.words = Some(words);
        }
    }

    fn add(&mut self, fields: u8, pick: Option<Pick>) {
        self.fields |= fields;
        self.best = Field::ALL.iter().filter(|f| self.fields & f.bit() != 0).map(|f| f.weight()).fold(0.0, f32::max);
        if let Some(p) = pick
            && self.pick.is_none_or(|old| p.rank() > old.rank())
        {
            self.pick = Some(p);
        }
    }

    /// The best field counts fully; each further field adds a little, so a circle about the concept wins ties.
    fn coverage(&self) -> f32 {
        let all: f32 = Field::ALL.iter().filter(|f| self.fields & f.bit() != 0).map(|f| f.weight()).sum();
        self.best + ALSO_IN * (all - self.best)
    }
}

/// A concept found in a circle's text.
struct FoundConcept {
    concept: u16,
    trigger: u32,
    field: Field,
    /// Which topic or audience tag, for those fields.
    index: usize,
    /// The trigger covered the whole field.
    whole: bool,
    /// The words as written there, for fields other than tags.
    words: Box<str>,
}

/// One circle, read.
struct Prepared {
    /// Score factor for a query in Hindi, by where Hindi is among its languages.
    hindi_preference: f32,
    topics: Vec<String>,
    audience: Vec<String>,
    found: Vec<FoundConcept>,
    /// Stems of the circle's words with the fields they appear in (bits), sorted, for plain query words.
    words: Vec<(u64, u8)>,
    /// Stems of the words of its topic and audience tags, with the tag each is in.
    tag_words: Vec<(u64, Pick)>,
}

impl Prepared {
    /// Records what this circle shows of the query's concepts and plain words.
    fn show(&self, query: &Query, seen: &mut [Seen]) {
        for (i, f) in self.found.iter().enumerate() {
            let Some(slot) = query.slot_of[f.concept as usize] else { continue };
            let fired = query.concepts[slot].fired.iter().position(|(t, _)| *t == f.trigger);
            let pick = matches!(f.field, Field::Topic | Field::Audience).then_some(Pick {
                audience: f.field == Field::Audience,
                index: f.index,
                whole: f.whole,
                fired,
            });
            seen[slot].add(f.field.bit(), pick);
            if pick.is_none() {
                seen[slot].add_words(WordsPick { found: i, fired, field: f.field });
            }
        }
        for (t, term) in query.terms.iter().enumerate() {
            if let Ok(i) = self.words.binary_search_by_key(&term.key, |w| w.0) {
                let tag = self.tag_words.iter().find(|(key, _)| *key == term.key).map(|(_, pick)| *pick);
                seen[query.concepts.len() + t].add(self.words[i].1, tag);
            }
        }
    }
}

/// Reads circles, reusing its buffers.
#[derive(Default)]
struct Reader {
    word: String,
    stem: String,
    keys: Vec<Keys>,
    /// Where each of `keys` was written.
    spans: Vec<Range<usize>>,
    hits: Vec<Hit>,
}

impl Reader {
    fn prepare(&mut self, lex: &Lexicon, circle: &Searchable<'_>) -> Prepared {
        let mut prepared = Prepared {
            hindi_preference: hindi_preference(circle.languages),
            topics: circle.topics.to_vec(),
            audience: circle.audience.to_vec(),
            found: Vec::new(),
            words: Vec::new(),
            tag_words: Vec::new(),
        };
        for (i, topic) in circle.topics.iter().enumerate() {
            self.read_field(lex, topic, Field::Topic, i, &mut prepared);
        }
        for (i, audience) in circle.audience.iter().enumerate() {
            self.read_field(lex, audience, Field::Audience, i, &mut prepared);
        }
        self.read_field(lex, circle.name, Field::Name, 0, &mut prepared);
        self.read_field(lex, circle.summary, Field::Summary, 0, &mut prepared);
        self.read_field(lex, circle.description, Field::Description, 0, &mut prepared);
        self.read_field(lex, circle.eligibility, Field::Eligibility, 0, &mut prepared);
        let words = &mut prepared.words;
        words.sort_unstable();
        words.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 |= later.1;
            }
            same
        });
        prepared
    }

    fn read_field(&mut self, lex: &Lexicon, text: &str, field: Field, index: usize, into: &mut Prepared) {
        let (keys, spans, stem_buf) = (&mut self.keys, &mut self.spans, &mut self.stem);
        keys.clear();
        spans.clear();
        for_each_word_at(text, &mut self.word, |w, at| {
            if !lex.stop.contains(&hash(w)) {
                keys.push([stem_key(w, stem_buf), 0, 0]);
                spans.push(at);
            }
        });
        find_hits(lex, keys, &mut self.hits);
        let tag = matches!(field, Field::Topic | Field::Audience);
        for hit in &self.hits {
            into.found.push(FoundConcept {
                concept: lex.triggers[hit.trigger as usize].concept,
                trigger: hit.trigger,
                field,
                index,
                whole: hit.start == 0 && hit.end + 1 == keys.len(),
                words: if tag { "".into() } else { text[spans[hit.start].start..spans[hit.end].end].into() },
            });
        }
        into.words.extend(keys.iter().map(|k| (k[0], field.bit())));
        if tag {
            let pick = Pick { audience: field == Field::Audience, index, whole: keys.len() == 1, fired: None };
            into.tag_words.extend(keys.iter().map(|k| (k[0], pick)));
        }
    }
}

/// Weight of each plain query word: the fewer circles mention it, the more it says.
fn plain_word_weights(query: &Query, seen: &[Seen], circles: usize) -> Vec<f32> {
    let slots = query.concepts.len() + query.terms.len();
    let n = circles as f32 + 1.0;
    (0..query.terms.len())
        .map(|t| {
            let slot = query.concepts.len() + t;
            let found = seen.chunks(slots).filter(|s| s[slot].best > 0.0).count() as f32;
            if found == 0.0 { 0.0 } else { PLAIN_WORD * (n / found).ln() / n.ln() }
        })
        .collect()
}

/// One part of a circle's score, and the reason it gives.
struct Part<'a> {
    score: f32,
    /// Found by the query's own words, not implied by another concept.
    direct: bool,
    said: &'a str,
    found: FoundRef<'a>,
}

/// [`Found`], borrowed until it is chosen as a reason.
#[derive(Clone, Copy)]
enum FoundRef<'a> {
    Topic(&'a str),
    Audience(&'a str),
    Words(&'a str),
}

impl FoundRef<'_> {
    fn text(&self) -> &str {
        match self {
            FoundRef::Topic(t) | FoundRef::Audience(t) | FoundRef::Words(t) => t,
        }
    }

    fn owned(&self) -> Found {
        match *self {
            FoundRef::Topic(t) => Found::Topic(t.to_string()),
            FoundRef::Audience(a) => Found::Audience(a.to_string()),
            FoundRef::Words(w) => Found::Words(w.to_string()),
        }
    }
}

impl Pick {
    fn tag<'a>(&self, circle: &'a Prepared) -> FoundRef<'a> {
        if self.audience {
            FoundRef::Audience(&circle.audience[self.index])
        } else {
            FoundRef::Topic(&circle.topics[self.index])
        }
    }
}

fn score(query: &Query, term_weights: &[f32], index: usize, circle: &Prepared, seen: &[Seen]) -> Option<Match> {
    let mut parts: Vec<Part<'_>> = Vec::new();
    for (c, s) in query.concepts.iter().zip(seen).filter(|(_, s)| s.best > 0.0) {
        let concept = &CONCEPTS[c.concept as usize];
        let (found, fired) = match (s.pick, s.words) {
            (Some(p), _) => (p.tag(circle), p.fired),
            (None, Some(w)) => (FoundRef::Words(&circle.found[w.found].words), w.fired),
            (None, None) => (FoundRef::Words(concept.label), None),
        };
        // The words that found this very tag or text, when the query used its trigger.
        let said = fired.and_then(|i| c.fired.get(i)).map_or(c.said.as_str(), |(_, said)| said.as_str());
        let score = c.strength * concept.weight * s.coverage();
        parts.push(Part { score, direct: !c.fired.is_empty(), said, found });
    }
    for ((t, s), w) in query.terms.iter().zip(&seen[query.concepts.len()..]).zip(term_weights) {
        if s.best > 0.0 {
            let found = s.pick.map(|p| p.tag(circle)).unwrap_or(FoundRef::Words(&t.said));
            parts.push(Part { score: w * s.coverage(), direct: true, said: &t.said, found });
        }
    }
    let score: f32 = parts.iter().map(|p| p.score).sum();
    if score <= 0.0 {
        return None;
    }
    // What the visitor said comes before what it implies; then the strongest first.
    parts.sort_by(|a, b| b.direct.cmp(&a.direct).then(b.score.total_cmp(&a.score)));
    let mut reasons: Vec<Reason> = Vec::new();
    for part in parts {
        if reasons.len() == MAX_REASONS {
            break;
        }
        // One reason for each thing said (a phrase and the words inside it
        // are one thing), and each thing found.
        let said_before = |r: &Reason| r.said.contains(part.said) || part.said.contains(r.said.as_str());
        if reasons.iter().any(|r| said_before(r) || r.found.text() == part.found.text()) {
            continue;
        }
        let same_words = same_words(part.said, part.found.text());
        reasons.push(Reason { said: part.said.to_string(), found: part.found.owned(), same_words });
    }
    Some(Match { index, score, reasons })
}

/// Whether two bits of text are the same words, once normalised and
/// stemmed, stop words aside ("lonely" and "Loneliness").
fn same_words(a: &str, b: &str) -> bool {
    let lex = lexicon();
    let stems = |text: &str| {
        let (mut buf, mut stem_buf, mut out) = (String::new(), String::new(), Vec::new());
        for_each_word(text, &mut buf, |w| {
            if !lex.stop.contains(&hash(w)) {
                out.push(stem_key(w, &mut stem_buf));
            }
        });
        out
    };
    stems(a) == stems(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_word(text, &mut String::new(), |w| out.push(w.to_string()));
        out
    }

    fn stemmed(word: &str) -> String {
        let mut w = word.to_string();
        stem(&mut w);
        w
    }

    #[test]
    fn normalising_keeps_letters_and_digits_in_any_script() {
        assert_eq!(words("Sooo TIRED!!! Can't… sleep"), ["soo", "tired", "cant", "sleep"]);
        assert_eq!(words("I’m a naïve Café-owner, 1000 days"), ["im", "a", "naive", "cafe", "owner", "1000", "days"]);
        assert_eq!(words("बहुत उदास हूँ।"), ["बहुत", "उदास", "हूं"]);
        assert_eq!(words("माँ"), words("मां"), "chandrabindu and anusvara are one");
        assert_eq!(words("ज़्यादा"), words("ज्यादा"), "the nukta is dropped");
        assert!(words("  ...  ").is_empty());
    }

    #[test]
    fn stemming_brings_forms_of_a_word_together() {
        for forms in [
            &["care", "caring", "cared", "cares"][..],
            &["worry", "worried", "worries", "worrying"],
            &["feel", "feelings", "feeling"],
            &["deaf", "deafness"],
            &["lonely", "loneliness"],
            &["grieve", "grieving", "grieved"],
            &["cry", "cried", "cries", "crying"],
            &["die", "died", "dies"],
            &["get", "getting"],
            &["parent", "parents"],
        ] {
            let stems: Vec<String> = forms.iter().map(|w| stemmed(w)).collect();
            assert!(stems.iter().all(|s| *s == stems[0]), "{forms:?} → {stems:?}");
        }
        assert_eq!(stemmed("falling"), "fall");
        assert_eq!(stemmed("stress"), "stress");
        assert_eq!(stemmed("gaye"), "gaye", "Hinglish \"gaye\" is not \"gay\"");
        assert_eq!(stemmed("bi"), "bi");
        assert_eq!(stemmed("उदास"), "उदास");
    }

    #[test]
    fn edit_distance_counts_typos_and_swaps() {
        assert_eq!(edit_distance(b"grief", b"grief"), 0);
        assert_eq!(edit_distance(b"greif", b"grief"), 1);
        assert_eq!(edit_distance(b"dimentia", b"dementia"), 1);
        assert_eq!(edit_distance(b"alchohol", b"alcohol"), 1);
        assert_eq!(edit_distance(b"kitten", b"sitting"), 3);
        assert_eq!(edit_distance(b"", b"abc"), 3);
    }

    #[test]
    fn misspellings_are_corrected_only_when_safe() {
        let lex = lexicon();
        let corrected = |w: &str| corrections(lex, w, stem_key(w, &mut String::new()))[0] != 0;
        for typo in ["greif", "dimentia", "alchohol", "depresion", "lonley", "anxeity", "sobreity", "berevement"] {
            assert!(corrected(typo), "{typo}");
        }
        // Known words, real words near a lexicon word, short words and a wrong first letter are left alone.
        for word in ["grief", "lovely", "along", "sda", "brief", "xrief"] {
            assert!(!corrected(word), "{word}");
        }
    }

    #[test]
    fn the_lexicon_is_consistent() {
        let lex = lexicon();
        let mut buf = String::new();
        let common: Vec<u64> =
            STOP_WORDS.iter().chain(COMMON_WORDS).map(|w| stem_key(&words(w)[0], &mut buf)).collect();
        for t in &lex.triggers {
            let concept = CONCEPTS[t.concept as usize].label;
            assert!(!t.words.is_empty(), "a trigger of {concept} is only stop words");
            if let [only] = *t.words {
                assert!(!common.contains(&only), "a trigger of {concept} stems to a common word");
            }
        }
        assert!(lex.also.iter().flatten().all(|&c| (c as usize) < CONCEPTS.len()));
    }

    fn tags(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    /// The names and reasons of the circles found, best first.
    fn found(query: &str, circles: &[(&str, Vec<String>, &str)]) -> Vec<(String, Vec<String>)> {
        let searchable: Vec<Searchable<'_>> = circles
            .iter()
            .map(|(name, topics, description)| Searchable {
                name,
                summary: "",
                description,
                eligibility: "",
                topics,
                audience: &[],
                languages: &[],
            })
            .collect();
        let ranked = rank(query, &searchable);
        assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score) && ranked.iter().all(|m| m.score > 0.0));
        ranked.into_iter().map(|m| (circles[m.index].0.to_string(), m.reasons.iter().map(shown).collect())).collect()
    }

    /// A reason as "what was said → what was found", or once when they are the same words.
    fn shown(r: &Reason) -> String {
        if r.same_words { r.found.text().to_string() } else { format!("{} → {}", r.said, r.found.text()) }
    }

    fn demo() -> Vec<(&'static str, Vec<String>, &'static str)> {
        vec![
            ("After a loss", tags(&["grief", "loss", "bereavement"]), "Grief does not keep to a timetable."),
            ("Carers", tags(&["caregiving", "dementia", "alzheimers"]), "Caring for someone can be exhausting."),
            ("Hard of hearing", tags(&["deafness", "hearing loss", "isolation"]), "Everything happens in writing."),
            ("Low mood", tags(&["depression", "loneliness"]), "When getting out of bed is an achievement."),
            ("Everyday stress", tags(&["stress", "money worries"]), "No crisis needed."),
            ("Stammering", tags(&["stammering"]), "For people who stammer."),
        ]
    }

    #[test]
    fn the_circle_that_fits_comes_first_with_its_own_words_as_reasons() {
        let circles = demo();
        let first = |q: &str| found(q, &circles).into_iter().next().unwrap_or_default();
        assert_eq!(
            first("my mum has dementia and I am exhausted"),
            ("Carers".into(), tags(&["dementia", "exhausting"])),
            "what was said, as the circle says it; not what it implies (caregiving)"
        );
        assert_eq!(first("my mom has alzhiemers").1[0], "alzhiemers → alzheimers", "the tag that says what they said");
        assert_eq!(first("lost my brother last year").0, "After a loss");
        assert_eq!(first("papa guzar gaye").0, "After a loss");
        assert_eq!(first("mann nahi lagta").0, "Low mood");
        assert_eq!(first("बहुत उदास हूँ").0, "Low mood");
        assert_eq!(first("paise ki bahut tension").1[0], "paise → money worries");
        assert_eq!(
            first("i stammer at work"),
            ("Stammering".into(), tags(&["stammering"])),
            "words outside the lexicon"
        );
    }

    #[test]
    fn reasons_name_the_visitors_words_and_what_they_found_in_the_circle() {
        let circles = demo();
        let reasons = |q: &str| found(q, &circles).into_iter().next().unwrap_or_default().1;
        assert_eq!(reasons("lost my brother last year"), ["lost my brother → grief"], "the whole phrase, as typed");
        assert_eq!(reasons("papa guzar gaye"), ["guzar gaye → grief"]);
        assert_eq!(reasons("I feel so lonely"), ["loneliness"], "the same word said once");
        assert_eq!(reasons("mujhe bahut akela lagta hai"), ["akela → loneliness"]);
        assert_eq!(reasons("Worried about MONEY"), ["MONEY → money worries"], "as typed");
    }

    #[test]
    fn reasons_quote_the_circles_text_when_no_tag_matched() {
        let tea = Searchable {
            name: "Tea",
            summary: "",
            description: "For anyone who feels lonely after a move.",
            eligibility: "",
            topics: &[],
            audience: &[],
            languages: &[],
        };
        let reasons = rank("I feel so alone", &[tea]).remove(0).reasons;
        assert_eq!(reasons.len(), 1);
        assert_eq!(reasons[0].found, Found::Words("lonely".into()), "the words as the circle wrote them");
        assert_eq!(reasons[0].said, "alone");
        assert!(!reasons[0].same_words);
    }

    #[test]
    fn an_audience_is_named_by_its_tag_and_each_reason_is_said_once() {
        let lgbtqia = tags(&["lgbtqia"]);
        let circle = |audience| Searchable {
            name: "Rainbow tea",
            summary: "",
            description: "Families welcome. Family is who you choose.",
            eligibility: "",
            topics: &[],
            audience,
            languages: &[],
        };
        let m = rank("I am gay and lonely", &[circle(&lgbtqia)]).remove(0);
        assert_eq!(m.reasons[0].found, Found::Audience("lgbtqia".into()));
        assert_eq!(m.reasons[0].said, "gay");
        assert_eq!(m.reasons.len(), 1, "loneliness is not in this circle");
        let m = rank("my family", &[circle(&[])]).remove(0);
        assert_eq!(m.reasons.len(), 1, "one reason for one thing said: {:?}", m.reasons);
    }

    #[test]
    fn a_longer_phrase_overrules_the_words_inside_it() {
        let circles = demo();
        let names = |q: &str| found(q, &circles).into_iter().map(|f| f.0).collect::<Vec<_>>();
        assert_eq!(names("hearing loss"), ["Hard of hearing"], "hearing loss is not grief");
        assert_eq!(names("loss"), ["After a loss"]);
        assert_eq!(names("i feel lonely")[0], "Low mood", "loneliness is not the isolation of deafness");
    }

    #[test]
    fn nothing_to_go_on_finds_nothing() {
        let circles = demo();
        for query in ["", "   ", "I am so", "the", "?!", "hai"] {
            assert!(found(query, &circles).is_empty(), "{query:?}");
        }
        assert!(rank("grief", &[]).is_empty());
    }

    #[test]
    fn a_number_of_weeks_is_not_an_age() {
        let circles = vec![("Young adults", tags(&["youth"]), "Aged 18 to 25.")];
        assert!(found("lost our baby at 20 weeks", &circles).is_empty());
        assert_eq!(found("i am 20 years old", &circles).len(), 1);
    }

    #[test]
    fn hindi_and_hinglish_queries_are_told_from_english_ones() {
        assert!(written_in_hindi("पापा गुज़र गए"));
        assert!(written_in_hindi("Mujhe bahut akela lagta hai"));
        assert!(!written_in_hindi("my mum has dementia and I am exhausted"));
        assert!(!written_in_hindi("a group on Main Street"), "English words that are also Hindi do not count");
    }
}
