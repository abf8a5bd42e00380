//! Turning what people type into words the lexicon can match, whatever the
//! spelling tricks: compatibility forms (fullwidth letters), lookalike
//! letters from other scripts, leetspeak, stretched letters, letters spaced
//! or dotted apart, and emoji that stand for self-harm.

use unicode_normalization::UnicodeNormalization;

/// Latin letters that Cyrillic and Greek letters are made to look like.
pub(super) fn unconfuse(c: char) -> char {
    match c {
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'с' | 'ϲ' => 'c',
        'е' | 'ё' | 'ε' => 'e',
        'һ' => 'h',
        'і' | 'ї' | 'ι' => 'i',
        'ј' => 'j',
        'к' | 'κ' => 'k',
        'м' => 'm',
        'н' | 'η' => 'n',
        'о' | 'ο' | 'σ' => 'o',
        'р' | 'ρ' => 'p',
        'ѕ' => 's',
        'т' | 'τ' => 't',
        'у' | 'υ' => 'u',
        'х' | 'χ' => 'x',
        'ӏ' => 'l',
        _ => c,
    }
}

/// Words that emoji stand for, when they stand for harm.
fn emoji_word(c: char) -> Option<&'static str> {
    match c {
        '🔪' | '🗡' => Some("knife"),
        '🩸' => Some("blood"),
        '⚰' => Some("coffin"),
        '🪦' => Some("grave"),
        '💊' => Some("pills"),
        '🔫' => Some("gun"),
        '🪢' => Some("rope"),
        '🪒' => Some("razor"),
        _ => None,
    }
}

/// Leetspeak inside a word that also has letters: "k1ll" is "kill", "2019" stays.
fn unleet(word: &str) -> String {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 || letters == word.chars().count() {
        return word.to_string();
    }
    word.chars()
        .map(|c| match c {
            '0' => 'o',
            '1' | '!' | '|' => 'i',
            '3' => 'e',
            '4' | '@' => 'a',
            '5' | '$' => 's',
            '7' => 't',
            '8' => 'b',
            other => other,
        })
        .collect()
}

/// Shortens every run of one letter to a single letter, for matching that
/// forgives "diiiie" and "kiiill" (the lexicon is shortened the same way).
pub fn single(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    for c in word.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// Words that turn a sentence: what follows is a new clause.
const CONTRAST: &[&str] = &["but", "though", "although", "however", "lekin", "magar", "par", "पर", "लेकिन", "मगर"];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{0900}'..='\u{097F}').contains(&c)
}

/// A message as words: lower case, tricks undone, letters shortened. Also
/// the original words in lower case, for the few rules that need the tense.
pub struct Words {
    /// Shortened, for matching.
    pub words: Vec<String>,
    /// As written (lower case), same positions.
    pub raw: Vec<String>,
    /// Where each clause starts (an index into `words`).
    pub clauses: Vec<usize>,
}

/// Prepares a message for the detectors.
pub fn words(text: &str) -> Words {
    let mut cleaned = String::with_capacity(text.len() + 8);
    for c in text.nfkc() {
        if let Some(word) = emoji_word(c) {
            cleaned.push(' ');
            cleaned.push_str(word);
            cleaned.push(' ');
        } else if matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}') {
            continue;
        } else {
            cleaned.extend(unconfuse(c).to_lowercase());
        }
    }
    // Split into raw pieces, keeping clause breaks as their own pieces.
    let mut pieces: Vec<String> = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, pieces: &mut Vec<String>| {
        if !current.is_empty() {
            pieces.push(std::mem::take(current));
        }
    };
    let chars: Vec<char> = cleaned.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // A hyphen inside a word joins it: "self-harm", "आत्म-ह-त्या", "k-i-l-l".
        if c == '-' && !current.is_empty() && chars.get(i + 1).is_some_and(|n| is_word_char(*n)) {
            continue;
        }
        if is_word_char(c) || matches!(c, '@' | '$' | '!' | '|' | '\'' | '’') && !current.is_empty() {
            if c != '\'' && c != '’' {
                current.push(c);
            }
        } else if matches!(c, '.' | '!' | '?' | ';' | ',' | '\n' | '।') {
            flush(&mut current, &mut pieces);
            pieces.push(".".into());
        } else {
            flush(&mut current, &mut pieces);
        }
    }
    flush(&mut current, &mut pieces);

    // Letters spaced or dotted apart ("k i l l", "s.u.i.c.i.d.e") become one word.
    let mut joined: Vec<String> = Vec::new();
    let mut run = String::new();
    let mut run_len = 0;
    for piece in &pieces {
        let single_letter = piece.chars().count() == 1 && piece.chars().all(char::is_alphabetic);
        if single_letter {
            run.push_str(piece);
            run_len += 1;
            continue;
        }
        if piece == "." && run_len > 0 {
            continue;
        }
        if run_len >= 3 {
            joined.push(std::mem::take(&mut run));
        } else {
            for c in run.chars() {
                joined.push(c.to_string());
            }
            run.clear();
        }
        run_len = 0;
        joined.push(piece.clone());
    }
    if run_len >= 3 {
        joined.push(run);
    } else {
        for c in run.chars() {
            joined.push(c.to_string());
        }
    }

    let mut out = Words { words: Vec::new(), raw: Vec::new(), clauses: vec![0] };
    for piece in joined {
        // "but" and its kin start a new clause: "I wanted to die, but today I'm okay".
        if CONTRAST.contains(&piece.as_str()) && out.clauses.last() != Some(&out.words.len()) {
            out.clauses.push(out.words.len());
        }
        if piece == "." {
            if out.clauses.last() != Some(&out.words.len()) {
                out.clauses.push(out.words.len());
            }
            continue;
        }
        let plain = unleet(&piece);
        out.words.push(single(&plain));
        out.raw.push(plain);
    }
    out
}

/// The clause (start, end) that word `i` belongs to.
pub fn clause_of(words: &Words, i: usize) -> (usize, usize) {
    let start = words.clauses.iter().rev().find(|c| **c <= i).copied().unwrap_or(0);
    let end = words.clauses.iter().find(|c| **c > i).copied().unwrap_or(words.words.len());
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<String> {
        words(text).words
    }

    #[test]
    fn tricks_are_undone() {
        assert_eq!(w("I want to k1ll mys3lf"), w("i want to kill myself"));
        assert_eq!(w("k i l l myself"), w("kill myself"));
        assert_eq!(w("s.u.i.c.i.d.e"), w("suicide"));
        assert_eq!(w("I want to diiiie"), w("i want to die"));
        assert_eq!(w("ＫＩＬＬ myself"), w("kill myself"));
        assert_eq!(w("kіll mysеlf"), w("kill myself"), "Cyrillic і and е");
        assert_eq!(w("🔪 myself"), w("knife myself"));
        assert_eq!(w("i can't"), w("i cant"));
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(words("in 2019 at 10").raw, vec!["in", "2019", "at", "10"]);
    }

    #[test]
    fn clauses_break_at_punctuation() {
        let words = words("last year I wanted to die, but today I'm okay");
        assert_eq!(words.clauses, vec![0, 6]);
        assert_eq!(clause_of(&words, 7), (6, 10));
        assert_eq!(super::words("it hurts but I am okay").clauses, vec![0, 2]);
    }
}
