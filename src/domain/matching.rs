//! "What is on your mind?": finding circles from everyday words.
//!
//! People describe their situation ("my mum has dementia and I am
//! exhausted"), not a circle's vocabulary. The matcher is layered and
//! explainable:
//!
//! 1. normalise: lower case, letters and digits only, long runs of a letter
//!    shortened ("sooo" → "soo"), English words stemmed lightly;
//! 2. a curated lexicon of concepts (grief, caregiving, dementia, …), each
//!    with the words and phrases people use for it in English, Hinglish and
//!    Hindi, and the circle tags it stands for;
//! 3. forgiving spelling: a single word of five letters or more may be one
//!    edit away (two for eight letters or more) from a lexicon word;
//! 4. scoring: a concept found in the query counts for a circle when the
//!    circle's topics or audience carry one of its tags (most), or its name
//!    and summary (less), or its description (least).
//!
//! The reasons shown are the circle's own topic words that matched.

use std::sync::LazyLock;

/// What the matcher needs to know about a circle.
pub struct Searchable<'a> {
    pub name: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    pub eligibility: &'a str,
    pub topics: &'a [String],
    pub audience: &'a [String],
}

/// One circle that matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Index into the slice given to [`rank`].
    pub index: usize,
    pub score: f32,
    /// Short names of what matched, most important first (at most 3).
    pub reasons: Vec<String>,
}

/// A concept people talk about, the words they use, and the circle tags it means.
struct Concept {
    name: &'static str,
    words: &'static [&'static str],
    tags: &'static [&'static str],
}

/// Family words, for phrases such as "lost my brother" and "my dad has".
const FAMILY: &[&str] = &[
    "mum",
    "mom",
    "mother",
    "mummy",
    "mama",
    "maa",
    "ma",
    "dad",
    "father",
    "papa",
    "pa",
    "daddy",
    "brother",
    "sister",
    "husband",
    "wife",
    "partner",
    "son",
    "daughter",
    "child",
    "baby",
    "friend",
    "grandma",
    "grandmother",
    "grandpa",
    "grandfather",
    "nani",
    "dadi",
    "nana",
    "dada",
    "uncle",
    "aunt",
    "twin",
    "fiance",
    "boyfriend",
    "girlfriend",
];

const CONCEPTS: &[Concept] = &[
    Concept {
        name: "grief",
        words: &[
            "grief",
            "grieve",
            "grieving",
            "bereaved",
            "bereavement",
            "mourning",
            "mourn",
            "died",
            "dead",
            "death",
            "passed away",
            "passed on",
            "funeral",
            "widow",
            "widowed",
            "widower",
            "stillborn",
            "miscarriage",
            "no longer with us",
            "guzar gaye",
            "guzar gayi",
            "guzar gayin",
            "chal base",
            "nahi rahe",
            "nahi rahi",
            "maut",
            "kho diya",
            "kho di",
            "गुजर",
            "गुज़र",
            "मौत",
            "खो दिया",
            "नहीं रहे",
            "शोक",
        ],
        tags: &["grief", "loss", "bereavement"],
    },
    Concept {
        name: "caregiving",
        words: &[
            "carer",
            "caregiver",
            "caregiving",
            "caretaker",
            "caring for",
            "care for",
            "look after",
            "looking after",
            "looks after",
            "full time care",
            "dekhbhal",
            "dekh bhal",
            "seva",
            "देखभाल",
            "सेवा",
        ],
        tags: &["caregiving", "carer burnout", "caregivers"],
    },
    Concept {
        name: "dementia",
        words: &[
            "dementia",
            "alzheimer",
            "alzheimers",
            "memory loss",
            "forgets",
            "forgetting",
            "doesnt recognise",
            "doesnt recognize",
            "does not recognise",
            "recognise me",
            "recognize me",
            "bhool jati",
            "bhool jate",
            "bhoolne",
        ],
        tags: &["dementia", "alzheimers"],
    },
    Concept {
        name: "disability",
        words: &[
            "autism",
            "autistic",
            "asd",
            "down syndrome",
            "cerebral palsy",
            "intellectual disability",
            "developmental delay",
            "developmental disability",
            "special needs",
            "disabled",
            "disability",
            "special child",
            "adhd",
            "therapy sessions",
        ],
        tags: &[
            "autism",
            "intellectual disability",
            "developmental disability",
            "special needs parenting",
            "down syndrome",
        ],
    },
    Concept {
        name: "lgbtqia",
        words: &[
            "gay",
            "lesbian",
            "bisexual",
            "bi",
            "queer",
            "lgbt",
            "lgbtq",
            "lgbtqia",
            "lgbtqia+",
            "pride",
            "coming out",
            "come out",
            "came out",
            "homosexual",
            "same sex",
            "asexual",
            "ace",
            "intersex",
            "pansexual",
            "closeted",
            "in the closet",
            "samlaingik",
            "समलैंगिक",
        ],
        tags: &["lgbtqia", "coming out", "sexuality"],
    },
    Concept {
        name: "trans",
        words: &[
            "trans",
            "transgender",
            "nonbinary",
            "non binary",
            "enby",
            "genderqueer",
            "gender identity",
            "dysphoria",
            "transition",
            "transitioning",
            "hrt",
            "misgendered",
            "misgender",
            "deadname",
            "gender clinic",
            "questioning my gender",
            "my gender",
            "they them",
            "kinnar",
            "किन्नर",
            "ट्रांस",
        ],
        tags: &["transgender", "non-binary", "gender identity", "transition", "trans-nonbinary", "questioning"],
    },
    Concept {
        name: "depression",
        words: &[
            "depression",
            "depressed",
            "low mood",
            "feel low",
            "feeling low",
            "sad",
            "sadness",
            "hopeless",
            "pointless",
            "empty",
            "numb",
            "feel nothing",
            "feel so nothing",
            "out of bed",
            "no energy",
            "no motivation",
            "worthless",
            "crying",
            "cry every day",
            "dark place",
            "mann nahi lagta",
            "man nahi lagta",
            "udaas",
            "udas",
            "dukhi",
            "kuch accha nahi",
            "kuch acha nahi",
            "khaali",
            "khali",
            "उदास",
            "मन नहीं लगता",
            "दुखी",
        ],
        tags: &["depression", "low mood", "hopelessness"],
    },
    Concept {
        name: "anxiety",
        words: &[
            "anxiety",
            "anxious",
            "panic",
            "panic attack",
            "panic attacks",
            "worry",
            "worried",
            "worrying",
            "overthinking",
            "nervous",
            "ghabrahat",
            "ghabrahat",
            "dar lagta",
            "घबराहट",
        ],
        tags: &["anxiety"],
    },
    Concept {
        name: "new parent",
        words: &[
            "baby",
            "newborn",
            "new mum",
            "new mom",
            "new mother",
            "new parent",
            "new dad",
            "had a baby",
            "gave birth",
            "birth",
            "postpartum",
            "postnatal",
            "post natal",
            "breastfeeding",
            "breast feeding",
            "feeding",
            "motherhood",
            "pregnant",
            "pregnancy",
            "maa ban gayi",
            "maa bani",
            "bachcha hua",
            "bacha hua",
            "delivery ke baad",
            "नई माँ",
            "बच्चा",
            "माँ बनी",
        ],
        tags: &["new mother", "postpartum", "postnatal depression", "motherhood", "new parent", "baby"],
    },
    Concept {
        name: "substance use",
        words: &[
            "drink",
            "drinking",
            "drinks",
            "drunk",
            "alcohol",
            "alcoholic",
            "booze",
            "hungover",
            "hangover",
            "sober",
            "sobriety",
            "relapse",
            "relapsed",
            "addiction",
            "addicted",
            "drugs",
            "drug use",
            "weed",
            "cocaine",
            "pills",
            "using again",
            "sharab",
            "sharaab",
            "daaru",
            "daru",
            "nasha",
            "nashe",
            "peena",
            "शराब",
            "नशा",
            "लत",
        ],
        tags: &["substance use", "alcohol", "drinking", "addiction", "recovery", "sobriety", "drugs"],
    },
    Concept {
        name: "survivors",
        words: &[
            "abuse",
            "abused",
            "abuser",
            "molested",
            "molestation",
            "sexual abuse",
            "sexually abused",
            "incest",
            "assaulted",
            "touched me",
            "childhood trauma",
            "survivor",
            "survivors",
            "csa",
            "shoshan",
            "yaun shoshan",
            "शोषण",
        ],
        tags: &["childhood sexual abuse", "csa", "survivors", "abuse", "trauma"],
    },
    Concept {
        name: "trauma",
        words: &["trauma", "traumatic", "ptsd", "flashbacks"],
        tags: &["trauma", "vicarious trauma"],
    },
    Concept {
        name: "deaf",
        words: &[
            "deaf",
            "deafness",
            "going deaf",
            "hard of hearing",
            "hearing loss",
            "hearing aid",
            "hearing aids",
            "cochlear",
            "implant",
            "cant hear",
            "lip reading",
            "lip read",
            "sign language",
            "tinnitus",
            "behra",
            "sunai nahi",
            "बहरा",
            "सुनाई नहीं",
        ],
        tags: &["deafness", "hearing loss", "late-deafened", "deaf"],
    },
    Concept {
        name: "studies",
        words: &[
            "exam",
            "exams",
            "studies",
            "studying",
            "student",
            "college",
            "university",
            "uni",
            "school",
            "marks",
            "grades",
            "hostel",
            "board exams",
            "entrance",
            "padhai",
            "padai",
            "pariksha",
            "परीक्षा",
            "पढ़ाई",
        ],
        tags: &["studies", "exams", "family pressure", "youth"],
    },
    Concept {
        name: "family pressure",
        words: &[
            "parents pressure",
            "pressure me",
            "my parents",
            "family pressure",
            "ghar wale",
            "gharwale",
            "shaadi ka pressure",
        ],
        tags: &["family pressure", "family"],
    },
    Concept {
        name: "career",
        words: &[
            "career",
            "job",
            "jobs",
            "jobless",
            "unemployed",
            "promotion",
            "twenties",
            "late twenties",
            "feel behind",
            "stuck",
            "quarter life",
            "what to do with my life",
            "rent",
        ],
        tags: &["career", "quarter-life crisis", "young-adults"],
    },
    Concept {
        name: "stress",
        words: &[
            "stress",
            "stressed",
            "stressful",
            "tension",
            "pressure",
            "overwhelmed",
            "exhausted",
            "tired",
            "burnt out",
            "burned out",
            "burnout",
            "thak gaya",
            "thak gayi",
            "thaka",
            "thaki",
            "pareshan",
            "pareshaan",
            "bahut tension",
            "talk to someone",
            "my week",
            "तनाव",
            "थक",
            "परेशान",
        ],
        tags: &["stress", "everyday stress", "work stress", "burnout", "carer burnout"],
    },
    Concept {
        name: "work",
        words: &["work", "boss", "office", "deadline", "deadlines", "colleagues", "workplace", "naukri", "office ka"],
        tags: &["work stress"],
    },
    Concept {
        name: "loneliness",
        words: &[
            "lonely",
            "loneliness",
            "alone",
            "isolated",
            "isolation",
            "no friends",
            "nobody to talk",
            "no one to talk",
            "cut off",
            "akela",
            "akeli",
            "akelapan",
            "tanha",
            "अकेला",
            "अकेली",
            "अकेलापन",
        ],
        tags: &["loneliness", "isolation"],
    },
    Concept {
        name: "professionals",
        words: &[
            "therapist",
            "psychologist",
            "counsellor",
            "counselor",
            "psychiatrist",
            "psychotherapist",
            "clinician",
            "my clients",
            "clients",
            "patients",
            "vicarious",
            "compassion fatigue",
            "secondary trauma",
        ],
        tags: &["professionals", "vicarious trauma", "compassion fatigue", "therapist self-care"],
    },
    Concept {
        name: "relationships",
        words: &[
            "breakup",
            "break up",
            "broke up",
            "divorce",
            "heartbroken",
            "heartbreak",
            "relationship",
            "left me",
            "boyfriend",
            "girlfriend",
            "marriage",
        ],
        tags: &["relationships"],
    },
    Concept {
        name: "money",
        words: &["money", "debt", "loan", "loans", "bills", "paisa", "paise", "पैसा"],
        tags: &["money worries"],
    },
    Concept {
        name: "family rejection",
        words: &["rejected me", "kicked me out", "disowned", "family rejected"],
        tags: &["family rejection"],
    },
];

/// Words that say nothing about a situation on their own.
const STOP_WORDS: &[&str] = &[
    "i", "im", "am", "a", "an", "the", "my", "me", "and", "or", "is", "so", "to", "of", "in", "on", "it", "its",
    "that", "this", "was", "have", "has", "had", "be", "been", "just", "really", "very", "too", "much", "think",
    "feel", "feeling", "with", "for", "at", "all", "but", "not", "dont", "cant", "about", "what", "do", "does", "hai",
    "hoon", "hu", "hain", "ka", "ki", "ke", "se", "mein", "main", "mujhe", "bhi", "par", "aur", "kuch",
];

/// Shortens runs of the same letter to two ("sooo" → "soo").
fn squeeze(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    let mut run = 0;
    for c in word.chars() {
        if Some(c) == last {
            run += 1;
        } else {
            run = 1;
            last = Some(c);
        }
        if run <= 2 {
            out.push(c);
        }
    }
    out
}

/// A light English stemmer for ASCII words of five letters or more, so
/// "drinking", "drinks" and "drink" meet; short and Hindi words are kept.
fn stem(word: &str) -> String {
    if word.len() < 5 || !word.is_ascii() {
        return word.to_string();
    }
    let mut w = word.to_string();
    if let Some(base) = w.strip_suffix("ies") {
        w = format!("{base}y");
    } else if w.ends_with("sses") || w.ends_with("ches") || w.ends_with("shes") || w.ends_with("xes") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
    for suffix in ["ing", "ed"] {
        if w.len() > suffix.len() + 3
            && let Some(base) = w.strip_suffix(suffix)
        {
            let bytes = base.as_bytes();
            let n = bytes.len();
            w = if n >= 2 && bytes[n - 1] == bytes[n - 2] && !matches!(bytes[n - 1], b'l' | b's' | b'z') {
                base[..n - 1].to_string()
            } else {
                base.to_string()
            };
            break;
        }
    }
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// Lower-cased, squeezed, stemmed words of a text.
fn tokens(text: &str) -> Vec<String> {
    let lowered: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            let devanagari_mark = ('\u{0900}'..='\u{097F}').contains(&c);
            if c.is_alphanumeric() || devanagari_mark || c == '+' {
                c
            } else if c == '\'' || c == '’' {
                '\0'
            } else {
                ' '
            }
        })
        .filter(|c| *c != '\0')
        .collect();
    lowered.split_whitespace().map(|w| stem(&squeeze(w))).collect()
}

/// Edit distance with adjacent swaps (optimal string alignment), over characters.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// Whether a typed word is close enough to a lexicon word to be a misspelling of it.
fn close(typed: &str, word: &str) -> bool {
    let (t, w) = (typed.chars().count(), word.chars().count());
    if t < 5 || w < 5 || t.abs_diff(w) > 2 || !typed.is_ascii() {
        return false;
    }
    let allowed = if w >= 8 { 2 } else { 1 };
    distance(typed, word) <= allowed
}

/// The lexicon with every phrase as stemmed words, built once.
struct Lexicon {
    /// Per concept: its phrases as word sequences.
    phrases: Vec<Vec<Vec<String>>>,
    /// Per concept: its tags as word sequences.
    tags: Vec<Vec<Vec<String>>>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut phrases: Vec<Vec<Vec<String>>> =
        CONCEPTS.iter().map(|c| c.words.iter().map(|w| tokens(w)).collect()).collect();
    let index = |name: &str| CONCEPTS.iter().position(|c| c.name == name).expect("concept exists");
    for member in FAMILY {
        for pattern in ["lost my {}", "lost our {}", "loss of my {}", "my {} died", "my {} passed", "death of my {}"] {
            phrases[index("grief")].push(tokens(&pattern.replace("{}", member)));
        }
        for pattern in ["my {} has", "my {} with", "caring for my {}", "care of my {}", "{} ki dekhbhal", "{} ki seva"]
        {
            phrases[index("caregiving")].push(tokens(&pattern.replace("{}", member)));
        }
    }
    let tags = CONCEPTS.iter().map(|c| c.tags.iter().map(|t| tokens(t)).collect()).collect();
    Lexicon { phrases, tags }
});

fn contains(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// How strongly the query speaks of each concept (by index).
fn concepts_in(query: &[String]) -> Vec<(usize, f32)> {
    let lexicon = &*LEXICON;
    let mut found = Vec::new();
    for (index, phrases) in lexicon.phrases.iter().enumerate() {
        let mut strength = 0.0f32;
        for phrase in phrases {
            if contains(query, phrase) {
                strength += if phrase.len() > 1 { 1.5 } else { 1.0 };
            } else if phrase.len() == 1 && query.iter().any(|q| close(q, &phrase[0])) {
                strength += 0.8;
            }
        }
        if strength > 0.0 {
            found.push((index, strength.min(3.0)));
        }
    }
    found
}

/// A circle's words, prepared for matching.
struct Prepared {
    /// Each topic and audience tag, with its words.
    tags: Vec<(String, Vec<String>)>,
    heading: Vec<String>,
    body: Vec<String>,
}

fn prepare(circle: &Searchable<'_>) -> Prepared {
    Prepared {
        tags: circle.topics.iter().chain(circle.audience).map(|t| (t.clone(), tokens(t))).collect(),
        heading: tokens(&format!("{} {}", circle.name, circle.summary)),
        body: tokens(&format!("{} {}", circle.description, circle.eligibility)),
    }
}

/// Whether two tags name the same thing: one's words all within the other's.
fn tag_matches(circle_tag: &[String], concept_tag: &[String]) -> bool {
    let within = |small: &[String], big: &[String]| small.iter().all(|w| big.contains(w));
    !circle_tag.is_empty()
        && !concept_tag.is_empty()
        && (within(concept_tag, circle_tag) || within(circle_tag, concept_tag))
}

/// Circles prepared once for many searches (the directory keeps one).
pub struct Index(Vec<Prepared>);

impl Index {
    /// Prepares circles for searching.
    pub fn new(circles: &[Searchable<'_>]) -> Index {
        Index(circles.iter().map(prepare).collect())
    }
}

/// Ranks circles for a plain-words query; best first; only circles with a
/// score above zero. A query of nothing but stop words finds nothing.
pub fn rank(query: &str, circles: &[Searchable<'_>]) -> Vec<Match> {
    rank_in(query, &Index::new(circles))
}

/// Like [`rank`], over circles prepared in an [`Index`].
pub fn rank_in(query: &str, index: &Index) -> Vec<Match> {
    let words = tokens(query);
    let meaningful: Vec<&String> = words.iter().filter(|w| !STOP_WORDS.contains(&w.as_str())).collect();
    if meaningful.is_empty() {
        return Vec::new();
    }
    let concepts = concepts_in(&words);
    let lexicon = &*LEXICON;
    let mut matches = Vec::new();
    for (index, prepared) in index.0.iter().enumerate() {
        let mut score = 0.0f32;
        let mut reasons: Vec<(f32, String)> = Vec::new();
        for &(concept, strength) in &concepts {
            let tags = &lexicon.tags[concept];
            let mut best = 0.0f32;
            // One reason per concept: the circle's first tag that it matches.
            if let Some((name, _)) = prepared.tags.iter().find(|(_, words)| tags.iter().any(|t| tag_matches(words, t)))
            {
                best = 3.0;
                if !reasons.iter().any(|(_, r)| r == name) {
                    reasons.push((3.0 * strength, name.clone()));
                }
            }
            if best == 0.0 {
                let mentioned = |text: &[String]| {
                    tags.iter().any(|t| contains(text, t))
                        || lexicon.phrases[concept].iter().any(|p| p.len() > 1 && contains(text, p))
                };
                if mentioned(&prepared.heading) {
                    best = 2.0;
                } else if mentioned(&prepared.body) {
                    best = 1.0;
                }
                if best > 0.0 {
                    reasons.push((best * strength, CONCEPTS[concept].name.to_string()));
                }
            }
            score += best * strength;
        }
        // Words the lexicon does not know still count when a circle's tags use them.
        for word in &meaningful {
            if word.chars().count() < 4 {
                continue;
            }
            for (name, tag_words) in &prepared.tags {
                if tag_words.iter().any(|t| t == *word || close(word, t)) {
                    score += 1.0;
                    if !reasons.iter().any(|(_, r)| r == name) {
                        reasons.push((1.0, name.clone()));
                    }
                }
            }
        }
        if score > 0.0 {
            reasons.sort_by(|a, b| b.0.total_cmp(&a.0));
            matches.push(Match { index, score, reasons: reasons.into_iter().take(3).map(|(_, r)| r).collect() });
        }
    }
    matches.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
    matches
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_handles_case_punctuation_and_repeats() {
        assert_eq!(tokens("I'm SOOOO tired!!!"), vec!["im", "soo", "tired"]);
        assert_eq!(tokens("मन नहीं लगता"), vec!["मन", "नहीं", "लगता"]);
    }

    #[test]
    fn stemming_brings_word_forms_together() {
        assert_eq!(stem("drinking"), stem("drinks"));
        assert_eq!(stem("grieving"), stem("grieve"));
        assert_eq!(stem("stopped"), "stop");
        assert_eq!(stem("gaye"), "gaye", "short and Hinglish words are left alone");
        assert_eq!(stem("studies"), "study");
    }

    #[test]
    fn misspellings_within_an_edit_or_two() {
        assert!(close("greif", "grief"));
        assert!(close("dimentia", "dementia"));
        assert!(close("alchohol", "alcohol"));
        assert!(!close("drunk", "drink") || distance("drunk", "drink") == 1);
        assert!(!close("gay", "grey"), "never for short words");
        assert_eq!(distance("lonley", "lonely"), 1);
    }

    fn circle<'a>(name: &'a str, topics: &'a [String]) -> Searchable<'a> {
        Searchable { name, summary: "", description: "", eligibility: "", topics, audience: &[] }
    }

    #[test]
    fn everyday_words_reach_the_right_circle_with_reasons() {
        let grief = vec!["grief".to_string(), "loss".to_string()];
        let carers = vec!["caregiving".to_string(), "dementia".to_string()];
        let drink = vec!["alcohol".to_string(), "recovery".to_string()];
        let circles = [circle("After a loss", &grief), circle("Carers", &carers), circle("Recovery", &drink)];
        let found = rank("my mum has dementia and I am exhausted", &circles);
        assert_eq!(found[0].index, 1);
        assert!(found[0].reasons.contains(&"dementia".to_string()));
        assert!(found[0].reasons.contains(&"caregiving".to_string()));
        assert_eq!(rank("lost my brother last year", &circles)[0].index, 0);
        assert_eq!(rank("i think i drink too much", &circles)[0].index, 2);
        assert_eq!(rank("sharab chhodni hai", &circles)[0].index, 2);
        assert_eq!(rank("dimentia", &circles)[0].index, 1);
    }

    #[test]
    fn nothing_meaningful_finds_nothing() {
        let topics = vec!["grief".to_string()];
        assert!(rank("I am so", &[circle("After a loss", &topics)]).is_empty());
        assert!(rank("   ", &[circle("After a loss", &topics)]).is_empty());
    }

    #[test]
    fn hinglish_past_tense_is_not_mistaken_for_gay() {
        let lgbt = vec!["lgbtqia".to_string()];
        let grief = vec!["grief".to_string()];
        let found = rank("papa guzar gaye", &[circle("LGBT", &lgbt), circle("Grief", &grief)]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].index, 1);
    }
}
