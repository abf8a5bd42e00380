//! Unsolicited advice: telling another person what to do. The writer alone
//! gets a kind reminder of "share, don't fix"; the message is never held back.

use std::sync::LazyLock;

use super::normalize::{Words, clause_of, single};
use super::pattern::Patterns;

const ADVICE: &[&str] = &[
    "you|u|ya should|shoud|shld|shud|must|gotta|ought",
    "you|u guys|all|really|definitely|seriously|honestly|totally|just should|ought|must",
    "ever thought|considered about|of",
    "best|only thing you|u can|could do",
    "tumhe|tumko|aapko|apko|tujhe|tmhe * * chahiye",
    "tum|tu|aap * * kar|bol|le|de|rakh lo|do",
    "kyun|kyu|kyon nahi|nhi karte|karti|krte|lete|leti|bolte|bolti",
    "rakho|ghoomo|ghumo|niklo",
    "करो|कीजिए|कीजिये|जाइए|जाइये",
    "you|u need to",
    "you|u have to",
    "why dont|not you|u",
    "why not just",
    "have|did you|u tried|try",
    "you|u could|can|might try",
    "you|u might want to",
    "maybe you|u should|could",
    "just try",
    "try to|doing|talking|getting|going|meditating|journaling|exercising",
    "if i was|were you",
    "just stop",
    "just get over",
    "get over it",
    "stop being|feeling|thinking|overthinking|worrying",
    "dont be so",
    "you|u shouldnt",
    "my advice",
    "take my advice",
    "what you need is",
    "what you need to do",
    "tum * karo|kro",
    "aap * kijiye|kariye|karo|kro",
    "try karo|kro|kijiye|kariye|karna",
    "chhod|chod|chor do",
    "mat karo|socho|kro",
    "soch|socho mat",
    "तुम्हें|तुमको|आपको * चाहिए",
    "कोशिश करो|कीजिए|करें",
    "छोड़ दो",
    "मत सोचो",
];

/// Sharing one's own experience, or asking for help, is not advice.
const NOT_ADVICE: &[&str] = &[
    "what should i",
    "should i",
    "do you think i should",
    "what would you do",
    "thank you|u",
    "you should see|know|hear|meet",
    "you should have seen",
    "try again later",
    "try again next time",
    "i try to",
    "i tried",
    "you dont have to",
    "you do not have to",
    "if i was|were you id|i be|would",
    "you|u need to hear|know",
    "take care",
    "go on|ahead",
    "tell|call|ask us|me",
    "ask away",
];

/// Verbs that tell someone what to do when they open a clause ("Tell your
/// GP.", "If you feel a craving, call your sponsor"), perhaps after a softener.
const IMPERATIVES: &[&str] = &[
    "just|honestly|so|then|and|maybe|pls|please|seriously? put|tell|go|call|block|stop|quit|take|try|ask|join|delete|cut|ignore|leave|sleep|drink|eat",
    "just|honestly|so|then|and|maybe|pls|please|seriously? dont|never let|wait|give",
];

struct Lexicon {
    advice: Patterns,
    imperatives: Patterns,
    not_advice: Patterns,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    advice: Patterns::new(ADVICE),
    imperatives: Patterns::new(IMPERATIVES),
    not_advice: Patterns::new(NOT_ADVICE),
});

/// Whether a message reads as telling someone else what to do, and the phrase.
pub fn detect(words: &Words) -> Option<&'static str> {
    let lexicon = &*LEXICON;
    let text = &words.words;
    let mut advice = lexicon.advice.candidates(text).peekable();
    let mut imperatives = lexicon.imperatives.candidates(text).peekable();
    // Most messages offer no candidate at all: then there is nothing to exclude either.
    if advice.peek().is_none() && imperatives.peek().is_none() {
        return None;
    }
    let excluded = lexicon.not_advice.spans(text);
    for pattern in advice {
        for (start, end) in pattern.find(text) {
            if excluded.iter().any(|(s, e)| *s < end && start < *e) {
                continue;
            }
            // "what helped me was …, you could try it" is still advice; "I tried" alone is not.
            let (clause_start, _) = clause_of(words, start);
            let before = &text[clause_start..start];
            if before.last().is_some_and(|w| *w == single("i")) {
                continue;
            }
            return Some(pattern.source);
        }
    }
    for pattern in imperatives {
        for (start, end) in pattern.find(text) {
            let opens_clause = words.clauses.contains(&start);
            if opens_clause && !excluded.iter().any(|(s, e)| *s < end && start < *e) {
                return Some(pattern.source);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::normalize::words;
    use super::*;

    fn advice(text: &str) -> bool {
        detect(&words(text)).is_some()
    }

    #[test]
    fn telling_someone_what_to_do_is_advice() {
        for text in [
            "you should talk to your mum",
            "why don't you just leave him",
            "have you tried meditation?",
            "you need to get out more",
            "if I were you I'd quit",
            "tumhe doctor ko dikhana chahiye",
            "aap yoga try kijiye",
            "bas sab chhod do",
            "आपको आराम करना चाहिए",
            "Tell your GP. Today.",
            "If you feel a craving, call your sponsor",
            "tumhe apni behen se baat karni chahiye",
        ] {
            assert!(advice(text), "{text}");
        }
    }

    #[test]
    fn sharing_and_asking_are_not() {
        for text in [
            "what helped me was walking every morning",
            "I should probably sleep more",
            "what should I do?",
            "I tried yoga and it helped me",
            "thank you for listening",
            "you don't have to say anything",
            "take care everyone",
            "go on, we're listening",
            "tell us more if you want to",
            "I go to bed early these days",
            "if I were you I'd be angry too",
        ] {
            assert!(!advice(text), "{text}");
        }
    }
}
