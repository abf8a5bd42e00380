//! Crisis language: a curated lexicon by level, and the context rules that
//! keep negations, hypotheticals, other people's words, the past and
//! figures of speech from raising a present-risk alert.

use std::sync::LazyLock;

use serde::Serialize;

use super::normalize::{Words, clause_of, single};
use super::pattern::{Index, Pattern, Patterns};

/// How serious what someone wrote sounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Wishing not to be alive, without intent.
    Passive,
    /// A goodbye that reads as final.
    Farewell,
    /// Hurting oneself, or the urge to.
    SelfHarm,
    /// Wanting, intending to end one's life.
    Active,
    /// A method, means, plan or time.
    Method,
}

impl Level {
    /// The name used in alerts, records and the `safety scan` output.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Passive => "passive",
            Level::Farewell => "farewell",
            Level::SelfHarm => "self_harm",
            Level::Active => "active",
            Level::Method => "method",
        }
    }

    /// Reads a stored name.
    pub fn parse(name: &str) -> Option<Level> {
        [Level::Passive, Level::Farewell, Level::SelfHarm, Level::Active, Level::Method]
            .into_iter()
            .find(|l| l.as_str() == name)
    }
}

/// A phrase and what it means.
struct Entry {
    pattern: Pattern,
    level: Level,
    /// Counts only when other crisis language is in the message, or intent
    /// ("I'm going to", "tonight") is in the same clause: "pills" alone is
    /// not a crisis.
    needs_context: bool,
}

const PASSIVE: &[&str] = &[
    "wish i was|were dead",
    "wish i could|would? just? die|disappear",
    "wish i could|would? just? stop existing",
    "wish i didnt exist|wake",
    "wish i did not exist|wake",
    "wish i was|were never born",
    "wish i had never been born",
    "dont want to wake up",
    "do not want to wake up",
    "never wake up",
    "hope i dont wake up",
    "hope i do not wake up",
    "not wake up tomorrow|again",
    "better off without me",
    "better off dead",
    "better off if i was|were gone|dead",
    "better off if i was|were not here",
    "no reason|point to live|continue",
    "no reason|point to go on",
    "no reason|point to keep going",
    "no reason|point to be here",
    "no reason|point in? living",
    "point of living|life|anything",
    "point in going on",
    "tired|sick of living|life|existing",
    "tired|sick of being alive",
    "dont want to be here anymore",
    "do not want to be here",
    "dont want to exist|live",
    "do not want to exist|live",
    "dont see the point anymore",
    "cant|cannot go on",
    "cant|cannot do this anymore",
    "cant|cannot keep going",
    "life isnt worth living",
    "life is not worth living",
    "not worth living",
    "nobody would miss|notice|care",
    "no one would miss|notice|care",
    "want to sleep forever",
    "sleep and never wake",
    "want it all to stop|end",
    "want the pain to stop|end",
    "burden to|on everyone|everybody|you|my",
    "everyone|everybody would be better",
    "think|thinking about dying|death",
    "disappear forever",
    "disappear for good",
    "jene ka man nahi|nhi|nai|nahin",
    "jine ka man nahi|nhi|nai|nahin",
    "jena nahi|nhi chah~",
    "mar jau|jaun|jaau|jaaun to acha|behtar",
    "kash main|mai|mein mar jau|jaun|jaau|jaaun",
    "marne ka man",
    "zindagi se thak gay~",
    "zindagi bekar|bekaar",
    "sab ke liye bojh",
    "जीने का मन नहीं",
    "जीना नहीं चाहत~",
    "मर जाऊं|जाऊँ तो",
    "काश मैं मर",
    "ज़िंदगी|जिंदगी से थक",
    "मरने का मन",
    "sleep and not|never wake",
    "happier|better if i wasnt|werent around|here|alive",
    "happier|better without me",
    "rather be dead",
    "wouldnt mind * hit by",
    "hit by a bus|car|truck * wouldnt mind",
    "better off with no mum|mom|mother|dad|father|me",
    "nothing|nobody left to live for",
    "nothing to live for",
    "wish i was|were grave|coffin|gone",
    "mere bina * khush|behtar|acha|thik",
    "mujhe utha le|lo",
    "utha le bhagwan",
    "उठूं|उठूँ ही नहीं",
    "काश * उठूं|उठूँ",
    "मेरे बिना * खुश|बेहतर",
    "rather not exist",
    "rather not be alive|here",
    "rather not wake up",
    "wouldnt mind if i died|dying",
    "wouldnt mind if i was|were gone",
    "wouldnt mind if i didnt wake",
    "pray|hop~|wish * dont|not|never wake up",
    "to not|never wake up",
    "dont want to be here",
    "feel like dying",
    "want to disappear",
    "wish it would all end|stop",
    "whats the point anymore",
    "im a burden",
    "such a burden",
    "cant take it anymore",
    "cant take this anymore",
    "mujhe marna hai|h",
    "मुझे मरना है",
    "sleep forever",
    "easier|better if i wasnt|werent here|around|alive",
    "done with life|living|everything",
    "give up on life|living|everything",
    "hate being alive",
    "hate living",
    "life is pointless|meaningless",
    "dont care if i die|live|wake",
    "waiting to die",
    "stop existing",
    "dont see a|any future",
    "no way out",
    "cant see a way out",
    "point of being alive",
    "mar jane ka man",
    "jene|jine ki koi wajah|vajah nahi|nhi",
    "zindagi|jindagi se tang|haar",
    "jene|jine se thak",
    "paida hi na|nahi hota|hoti",
    "sab khatam ho jaye|jaaye|jae",
    "मर जाने का मन",
    "जीने की कोई वजह नहीं",
    "पैदा ही न|नहीं होता|होती",
    "ज़िंदगी|जिंदगी से तंग",
    "जीने से थक",
];

const ACTIVE: &[&str] = &[
    "kil~ myself|meself|myslf|mself",
    "kil~ my self",
    "end|ending my own? life",
    "end it all",
    "going|gonna|want~|wanna|plan|planning|ready to end it",
    "take|taking my own? life",
    "suicid~",
    "want~|wanna|going|gonna|ready to? die",
    "want~|wanna to? be dead",
    "dont want to be alive",
    "do not want to be alive",
    "dont want to live anymore",
    "unalive myself|me",
    "thinking of|about killing|ending myself|it",
    "thinking of|about ending my life",
    "marna chah~",
    "mar jana chah~",
    "mar jaunga|jaungi|jaoonga|jaoongi",
    "khudkushi|khudkhushi|khudkhusi",
    "khud kushi",
    "apni jaan de",
    "jaan de dunga|dungi|du|dun|dena",
    "apne aap ko khatam",
    "apneaap ko? khatam",
    "khud ko khatam|mar",
    "sab khatam kar dunga|dungi|du|dun|lunga|lungi",
    "ab aur nahi|nhi jena",
    "मरना चाहत~",
    "आत्महत्या",
    "खुदकुशी|ख़ुदकुशी",
    "जान दे दूं|दूँ|दूंगा|दूंगी|दूँगा|दूँगी",
    "खुद|ख़ुद को खत्म|ख़त्म|मार",
    "सब खत्म|ख़त्म कर दूंगा|दूंगी|दूँगा|दूँगी",
    "close|near to ending|end it",
    "about to end it",
    "jaan le lunga|lungi|lu|lun|leni",
    "जान ले लूं|लूँ|लूंगा|लूंगी|लूँगा|लूँगी",
    "sewer slid~",
    "sewerslid~",
    "aaj|aj sab khatam",
    "main|mai nahi|nhi rahunga|rahungi",
    "मैं नहीं रहूँगा|रहूंगा|रहूँगी|रहूंगी",
    "आत्महत्या कर",
    "going to do it tonight",
    "kms",
    "ending|end things",
    "khatam karna chah~",
    "zindagi|jindagi khatam",
    "ज़िंदगी|जिंदगी खत्म|ख़त्म",
    "मार डाल~",
    "end everything",
    "decided to die|end it",
    "mar dalunga|dalungi|dalu|daalunga",
    "jaan dene|deni",
    "atmhatya|aatmhatya|atmahatya|aatmahatya",
    "जान देने|देनी",
    "end for me",
];

const METHOD: &[&str] = &[
    "overdose",
    "od on",
    "hang|hanging myself",
    "jump|jumping off|from * bridge|building|roof|terrace|balcony|cliff",
    "slit|cut my wrists",
    "stockpil~|saving|saved|hoarding|collecting * pills|tablets|meds",
    "take|taking|swallow|swallowing all * pills|tablets|meds",
    "in front of a|the train|bus|truck",
    "step|walk in front of",
    "neend ki goli~",
    "goliyan kha",
    "zeher|zehar|zahar",
    "phansi|fansi",
    "chhat|chat|pul se kud~",
    "train ke aage",
    "नींद की गोलि~",
    "फांसी|फाँसी",
    "ज़हर|जहर",
    "wrote|writing|written my|a|the suicide|goodbye note~",
    "suicide|goodbye note~",
    "how i would|id do it",
    "know exactly how",
    "planning|planned how",
    "dont want to come down",
    "bought|got|have a? rope|noose",
    "rassi|rasi|fanda",
    "letters|chithi|chitthi|chitthiyan * likh",
    "चिट्ठियाँ|चिट्ठी|चिट्ठियां * लिख",
    "enough * morphine|pills|tablets|insulin|meds|sleeping",
    "pills|blades|tablets|meds lined up",
    "pills|blades|tablets|meds ready|counted",
    "pills|blades|tablets|meds laid out",
    "got it all planned",
    "notes|letters * one for",
    "wrote|written|left * letters|notes to|for everyone",
    "wrote|written|left * letters|notes to|for each of you",
    "researching|googling|googled|looked up ways|how to",
    "how many pills|tablets",
    "took|taken|swallowed a bunch|handful|all|too many of? * pills|tablets",
    "goli|goliyan kha lunga|lungi|li|liya",
    "youll never hear from me",
    "drive|drove off a cliff|bridge",
    "drive|crash * into a wall|tree|truck",
];

/// Means that only mean a plan when other crisis language is near.
const METHOD_IN_CONTEXT: &[&str] = &[
    "bought|got|ordered * rope|pills|blade|razor|gun",
    "pills|tablets|meds|knife|blade|razor|gun|bridge|ledge|roof",
    "all planned|figured out",
    "sitting|standing on the ledge|edge|roof|bridge",
];

const SELF_HARM: &[&str] = &[
    "cut|cutting|cuting myself",
    "cut|cutting|cuting my arms|arm|wrists|wrist|thighs|thigh|legs|leg|skin",
    "cutting again",
    "want|wanna|urge|urges to cut",
    "hurt|hurting|harm|harming myself",
    "self harm",
    "selfharm",
    "sh again",
    "burn|burning myself",
    "hit|hitting myself",
    "scratch~ myself",
    "knife|blade|razor myself",
    "khud ko kaat|kat|chot|nuksan|nuksaan",
    "haath|hath kaat|kat",
    "खुद|ख़ुद को काट|चोट|नुकसान",
    "हाथ काट",
    "cut|cutting|cuted again",
    "relapsed and cut",
    "burn~ myself",
    "hitting|banging|hit|bang my head against|on|into",
    "scratch~ my arms|arm|skin|legs|wrists",
    "until|till they|it bled|bleed|bleeds",
    "punish~ myself",
    "get~ the|my blade|blades|razor out",
    "bit|bite|biting my arm|arms|hand|wrist",
    "कलाई काट~",
    "ब्लेड से",
    "हाथ पर कट|काट",
    "haath|hath jala~",
    "apna haath|hath jala~",
    "khud ko jala~",
    "knife|blade|blood|razor again",
    "self harm~",
    "selfharm~",
    "been cutting",
    "burn~ my arm|arms|skin|hand|wrist",
    "made myself bleed",
];

const SELF_HARM_IN_CONTEXT: &[&str] = &["blood|bleed|bleeding|blade|razor|knife", "streak gone|broken|over"];

/// Times that make a plan of other crisis language ("… tonight"), never on their own.
const TIMING: &[&str] = &["tonight|tomorrow|today", "have|got|made a plan", "my plan"];

/// Goodbyes that only sound final beside other crisis language.
const FAREWELL_IN_CONTEXT: &[&str] =
    &["goodbye|bye everyone|all|guys|friends", "love you all", "gave|given * away", "look after my cat|dog|pets|kids"];

const FAREWELL: &[&str] = &[
    "this is my last meet|meeting|session|message|time|day",
    "its my last meet|meeting|session|message|day",
    "my last meet|meeting|message|session ever?",
    "saying goodbye",
    "wont be around|here anymore|long",
    "wont be around|here much longer",
    "wont be around|here for long",
    "wont see you again",
    "wont see any of you again",
    "you wont hear from me again|anymore",
    "giving|gave away my things|stuff|belongings",
    "take care of each other",
    "thank you all for everything",
    "aakhri|akhri|aakri baar|meet|message",
    "alvida",
    "आखिरी|आख़िरी बार|मीट|मैसेज",
    "अलविदा",
    "say|saying thank you * before i go",
    "wont be needing them|it|those|anything",
    "wont have to deal with me",
    "deal with me much longer|anymore",
    "new home for my cat|dog|pets|rabbit",
    "this is goodbye",
    "goodbye for real|forever",
    "final goodbye",
    "say bye|goodbye properly",
    "sorted|left * my passwords",
    "ab zarurat|zaroorat nahi padegi",
    "आखिरी|आख़िरी मीटिंग|सेशन",
    "meri aakhri|akhri meet~|baat|message|mulakat",
    "aakhri|akhri meet~",
    "last time youll hear from me",
    "wanted to say goodbye|bye",
    "wont be coming back",
    "leaving for good",
    "aaj ke baad nahi|nhi milunga|milungi|dikhunga|dikhungi",
];

/// Phrases that look like crisis language but are about something else.
const NOT_CRISIS: &[&str] = &[
    "died|dead by|of|from suicide",
    "lost * to suicide",
    "suicide prevention|hotline|helpline|line|awareness|loss|survivor|survivors|training|squad",
    "suicidal thoughts helpline",
    "last meet|meeting|time|message|session before|until|till|of|for|this|next",
    "take care of each other while",
    "goodbye|bye for now",
    "bye|goodbye all|everyone|guys * thanks|thank for tonight|today",
    "see you next|soon|all",
    "call me crazy|names",
    "clean for|since",
    "since i last hurt|cut|harmed|burned|burnt|used|drank|self",
    "days since i * hurt|cut|harmed",
    "thoughts of suicide and i said no",
];

/// Words that, in the same clause, put the words in the past.
const PAST: &[&str] = &[
    "used to",
    "years ago",
    "year ago",
    "months ago",
    "last year|month",
    "when i was",
    "back then",
    "in the past",
    "at that time",
    "pehle",
    "pichle saal",
    "saal pehle",
    "पहले",
    "साल पहले",
];

/// Past forms of the verbs crisis phrases use.
const PAST_VERBS: &[&str] = &[
    "wanted",
    "thought",
    "felt",
    "wished",
    "was",
    "were",
    "had",
    "used",
    "tried",
    "attempted",
    "cut",
    "hurt",
    "harmed",
    "burned",
    "burnt",
    "did",
    "took",
    "chaha",
    "chahta",
    "chahti",
    "tha",
    "thi",
    "था",
    "थी",
];

/// Words that keep it present even beside a past cue.
const PRESENT: &[&str] =
    &["now", "still", "again", "today", "tonight", "anymore", "ab", "abhi", "aaj", "अब", "आज", "फिर"];

/// A goodbye for a move or a break is not a farewell.
const ORDINARY_GOODBYE: &[&str] = &[
    "moving",
    "move",
    "relocating",
    "travel",
    "travelling",
    "traveling",
    "holiday",
    "holidays",
    "vacation",
    "exams",
    "semester",
    "break",
    "week",
    "month",
    "shift",
    "job",
    "trip",
    "chhutti",
    "chuttiyan",
    "chhuttiyan",
];

/// Words that make it someone else's, or nobody's in particular.
const SOMEONE_ELSE: &[&str] = &[
    "he",
    "she",
    "they",
    "his",
    "her",
    "their",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "people",
    "person",
    "friend",
    "friends",
    "brother",
    "sister",
    "mother",
    "mom",
    "mum",
    "father",
    "dad",
    "son",
    "daughter",
    "cousin",
    "client",
    "clients",
    "patient",
    "patients",
    "character",
    "woh",
    "wo",
    "unhone",
    "usne",
    "वो",
    "वह",
    "उसने",
];

/// First-person words: when one comes after "someone else", it is the writer again.
const FIRST_PERSON: &[&str] = &[
    "i",
    "im",
    "ive",
    "id",
    "ill",
    "me",
    "my",
    "myself",
    "mai",
    "main",
    "mein",
    "mujhe",
    "mera",
    "meri",
    "मैं",
    "मुझे",
    "मेरा",
    "मेरी",
];

/// Negations: "not going to", "would never", "don't want to".
const NEGATION: &[&str] = &[
    "not",
    "never",
    "no",
    "dont",
    "wont",
    "wouldnt",
    "isnt",
    "arent",
    "cant",
    "nahi",
    "nahin",
    "nhi",
    "mat",
    "kabhi",
    "नहीं",
    "कभी",
];

/// What may follow a negation without undoing what comes after ("can't stop thinking").
const AFFIRMING: &[&str] = &["stop", "help", "wait", "bear", "stand", "get"];

/// Hypotheticals and general statements about other people: "if someone…",
/// "how do you help…". ("If I…" is the writer's own and still counts.)
const HYPOTHETICAL: &[&str] = &[
    "if someone|somebody|anyone|anybody|people|you|a person|your|they|he|she|my",
    "agar|agr koi|aap|tum|log",
    "अगर कोई",
    "how to|do|can|should",
    "asked|ask|asking|asks me? if|whether",
    "what to do when|if",
    "whether",
    "imagine",
    "suppose",
];

/// Intent words that give a means its meaning ("I'm going to take the pills").
const INTENT: &[&str] =
    &["going to", "gonna", "i will", "ill", "planning", "ready", "decided", "im going", "kar lunga", "kar lungi"];

struct Lexicon {
    /// Times and plans: never made firm by intent words.
    timing: Vec<Pattern>,
    entries: Vec<Entry>,
    /// Which entries could match a message.
    index: Index,
    not_crisis: Patterns,
    past: Patterns,
    intent: Patterns,
    hypothetical: Patterns,
    present: WordList,
    ordinary_goodbye: WordList,
    someone_else: WordList,
    first_person: WordList,
    negation: WordList,
    affirming: WordList,
}

/// Words prepared as a message's words are, once rather than on every look.
struct WordList(Vec<String>);

impl WordList {
    fn new(list: &[&str]) -> WordList {
        WordList(list.iter().map(|w| single(w)).collect())
    }

    fn has(&self, word: &str) -> bool {
        self.0.iter().any(|w| w == word)
    }

    /// Whether any of `words` is on the list.
    fn any(&self, words: &[String]) -> bool {
        words.iter().any(|w| self.has(w))
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut entries = Vec::new();
    let mut timing = Vec::new();
    let mut add = |list: &[&'static str], level: Level, needs_context: bool| {
        for source in list {
            entries.push(Entry { pattern: Pattern::new(source), level, needs_context });
        }
    };
    add(PASSIVE, Level::Passive, false);
    add(ACTIVE, Level::Active, false);
    add(METHOD, Level::Method, false);
    add(METHOD_IN_CONTEXT, Level::Method, true);
    add(SELF_HARM, Level::SelfHarm, false);
    add(SELF_HARM_IN_CONTEXT, Level::SelfHarm, true);
    add(FAREWELL, Level::Farewell, false);
    add(FAREWELL_IN_CONTEXT, Level::Farewell, true);
    timing.extend(TIMING.iter().map(|s| Pattern::new(s)));
    for source in TIMING {
        entries.push(Entry { pattern: Pattern::new(source), level: Level::Method, needs_context: true });
    }
    Lexicon {
        timing,
        index: Index::new(entries.iter().map(|e| &e.pattern)),
        entries,
        not_crisis: Patterns::new(NOT_CRISIS),
        past: Patterns::new(PAST),
        intent: Patterns::new(INTENT),
        hypothetical: Patterns::new(HYPOTHETICAL),
        present: WordList::new(PRESENT),
        ordinary_goodbye: WordList::new(ORDINARY_GOODBYE),
        someone_else: WordList::new(SOMEONE_ELSE),
        first_person: WordList::new(FIRST_PERSON),
        negation: WordList::new(NEGATION),
        affirming: WordList::new(AFFIRMING),
    }
});

fn negated(lexicon: &Lexicon, before: &[String]) -> bool {
    let window = &before[before.len().saturating_sub(4)..];
    window
        .iter()
        .enumerate()
        .any(|(i, w)| lexicon.negation.has(w) && !window.get(i + 1).is_some_and(|next| lexicon.affirming.has(next)))
}

/// Someone else's words, or nobody's: "my friend said she…", "someone who…",
/// unless the writer comes back in ("he died and I want to…").
fn someone_elses(lexicon: &Lexicon, before: &[String]) -> bool {
    match before.iter().rposition(|w| lexicon.someone_else.has(w)) {
        Some(at) => !lexicon.first_person.any(&before[at + 1..]),
        None => false,
    }
}

/// What the detector found, with the phrase that decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub level: Level,
    pub phrase: &'static str,
    /// Only past experience: shown as lower risk.
    pub past: bool,
}

/// What the lexicon made of a message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reading {
    /// The most serious present crisis language, if any.
    pub found: Option<Found>,
    /// A crisis phrase was there but its context says it is not present
    /// risk ("I would never hurt myself", "he killed himself"): the lexicon
    /// has answered, and no other layer may overrule it.
    pub ruled_out: bool,
}

/// The most serious present crisis language in the message, if any.
#[cfg(test)]
pub fn detect(words: &Words) -> Option<Found> {
    read(words).found
}

/// Reads a message with the lexicon and its context rules.
pub fn read(words: &Words) -> Reading {
    let lexicon = &*LEXICON;
    let text = &words.words;
    let candidates = lexicon.index.candidates(text);
    // Most messages offer no candidate at all: then there is nothing to exclude either.
    if candidates.is_empty() {
        return Reading::default();
    }
    let mut ruled_out = false;
    let excluded = lexicon.not_crisis.spans(text);
    let mut found: Vec<(Found, bool, (usize, usize))> = Vec::new();
    for entry in candidates.into_iter().map(|i| &lexicon.entries[i]) {
        for (start, end) in entry.pattern.find(text) {
            if excluded.iter().any(|(s, e)| *s < end && start < *e) {
                ruled_out = true;
                continue;
            }
            let (clause_start, clause_end) = clause_of(words, start);
            let before = &text[clause_start..start];
            let clause = &text[clause_start..clause_end];
            if entry.level == Level::Farewell && lexicon.ordinary_goodbye.any(clause) {
                ruled_out = true;
                continue;
            }
            let hypothetical = lexicon.hypothetical.any(before);
            if negated(lexicon, before) || hypothetical || someone_elses(lexicon, before) {
                ruled_out = true;
                continue;
            }
            // The past only when the verb is past too: "last year I wanted to
            // die" is history; "he died last month and I want to die" is not.
            let raw_clause = &words.raw[clause_start..clause_end];
            let past_tense = raw_clause.iter().any(|w| PAST_VERBS.contains(&w.as_str()));
            let past_cue = lexicon.past.any(clause);
            let present = lexicon.present.any(clause);
            if past_cue && past_tense && !present {
                ruled_out = true;
                continue;
            }
            let past_verb =
                words.raw.get(start).is_some_and(|w| matches!(w.as_str(), "wanted" | "thought" | "felt" | "wished"));
            let intent = lexicon.intent.any(clause);
            let timing = lexicon.timing.iter().any(|p| p.source == entry.pattern.source);
            let weak = entry.needs_context && (timing || !intent);
            found.push((
                Found { level: entry.level, phrase: entry.pattern.source, past: past_verb && !present },
                weak,
                (start, end),
            ));
        }
    }
    // A means ("pills", "tonight") counts beside other crisis language, not beside itself.
    let firm: Vec<(usize, usize)> = found.iter().filter(|(_, weak, _)| !weak).map(|(_, _, span)| *span).collect();
    let found = found
        .into_iter()
        .filter(|(_, weak, (s, e))| !weak || firm.iter().any(|(fs, fe)| fe <= s || e <= fs))
        .map(|(f, _, _)| f)
        .map(|mut f| {
            // Past feelings without a time stay a signal, at the lowest level.
            if f.past {
                f.level = Level::Passive;
            }
            f
        })
        .max_by_key(|f| f.level);
    Reading { found, ruled_out }
}

#[cfg(test)]
mod tests {
    use super::super::normalize::words;
    use super::*;

    fn level(text: &str) -> Option<Level> {
        detect(&words(text)).map(|f| f.level)
    }

    #[test]
    fn each_level_is_recognised() {
        assert_eq!(level("I wish I could just disappear"), Some(Level::Passive));
        assert_eq!(level("everyone would be better off without me"), Some(Level::Passive));
        assert_eq!(level("I want to kill myself"), Some(Level::Active));
        assert_eq!(level("I've been stockpiling my pills"), Some(Level::Method));
        assert_eq!(level("I want to die, I have the pills ready for tonight"), Some(Level::Method));
        assert_eq!(level("I cut myself again last night"), Some(Level::SelfHarm));
        assert_eq!(level("this is my last meet, thank you all for everything"), Some(Level::Farewell));
    }

    #[test]
    fn hinglish_and_hindi() {
        assert_eq!(level("marna chahta hoon"), Some(Level::Active));
        assert_eq!(level("jeene ka mann nahi karta"), Some(Level::Passive));
        assert_eq!(level("sab khatam kar dunga"), Some(Level::Active));
        assert_eq!(level("मैं मरना चाहता हूँ"), Some(Level::Active));
        assert_eq!(level("जीने का मन नहीं करता"), Some(Level::Passive));
    }

    #[test]
    fn negations_hypotheticals_reports_the_past_and_idioms_do_not_alert() {
        for text in [
            "I'm not going to kill myself",
            "I would never hurt myself",
            "my friend said she wanted to die",
            "last year I wanted to die but today I'm okay",
            "this traffic is killing me",
            "I'm dying to see the new film",
            "if someone feels suicidal they should call 988",
            "my brother died by suicide three years ago",
            "I used to cut, I've been clean for two years",
            "my feet are killing me",
            "mar gaya yaar kitna kaam hai",
            "mum's pills are in the kitchen",
            "this is my last meet before I move to Pune",
        ] {
            assert_eq!(level(text), None, "{text}");
        }
    }

    #[test]
    fn the_writer_coming_back_in_still_counts() {
        assert_eq!(level("he died last month and I want to die too"), Some(Level::Active));
        assert_eq!(level("I can't stop thinking about killing myself"), Some(Level::Active));
    }

    #[test]
    fn evasive_spellings_are_caught() {
        assert_eq!(level("i want to k1ll mys3lf"), Some(Level::Active));
        assert_eq!(level("k i l l myself"), Some(Level::Active));
        assert_eq!(level("s.u.i.c.i.d.a.l again"), Some(Level::Active));
        assert_eq!(level("i want to diiiie"), Some(Level::Active));
        assert_eq!(level("thinking about 🔪 myself"), Some(Level::SelfHarm));
    }

    #[test]
    fn a_past_feeling_without_a_time_is_the_lowest_level() {
        assert_eq!(level("I wanted to die"), Some(Level::Passive));
    }
}
