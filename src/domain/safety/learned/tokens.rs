//! A message as the sentence model's word pieces: lower case, accents and
//! lookalike letters undone, Hindi in Devanagari spelt out in Latin letters
//! the way Hinglish writes it (the model's vocabulary is English, and our
//! Hinglish examples then teach Hindi too), then WordPiece.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::super::normalize::unconfuse;

/// The model's vocabulary, by piece.
pub struct Vocab {
    ids: HashMap<String, u32>,
}

/// Longer words are one unknown piece, as in BERT.
const MAX_WORD_CHARS: usize = 100;

impl Vocab {
    /// One piece per line, ids in line order.
    pub fn parse(text: &str) -> Vocab {
        Vocab { ids: text.lines().enumerate().map(|(i, w)| (w.to_string(), i as u32)).collect() }
    }

    /// How many pieces it has.
    pub fn size(&self) -> usize {
        self.ids.len()
    }

    /// The pieces of a message; unknown words are left out.
    pub fn pieces(&self, text: &str) -> Vec<u32> {
        let mut out = Vec::new();
        for word in words(text) {
            self.word_pieces(&word, &mut out);
        }
        out
    }

    /// Greedy longest match, continuations marked "##" (WordPiece).
    fn word_pieces(&self, word: &str, out: &mut Vec<u32>) {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() > MAX_WORD_CHARS {
            return;
        }
        let start_len = out.len();
        let mut start = 0;
        while start < chars.len() {
            let mut end = chars.len();
            let mut found = None;
            while start < end {
                let piece: String = chars[start..end].iter().collect();
                let key = if start > 0 { format!("##{piece}") } else { piece };
                if let Some(id) = self.ids.get(&key) {
                    found = Some(*id);
                    break;
                }
                end -= 1;
            }
            match found {
                Some(id) => out.push(id),
                None => {
                    out.truncate(start_len);
                    return;
                }
            }
            start = end;
        }
    }
}

/// Words and punctuation marks, each its own token, as BERT splits them.
fn words(text: &str) -> Vec<String> {
    let mut latin = String::with_capacity(text.len());
    let chars: Vec<char> = text.nfc().collect();
    let mut i = 0;
    while i < chars.len() {
        if is_devanagari(chars[i]) {
            let end = chars[i..].iter().position(|c| !is_devanagari(*c)).map_or(chars.len(), |n| i + n);
            latin.push_str(&romanise(&chars[i..end]));
            i = end;
        } else {
            latin.push(chars[i]);
            i += 1;
        }
    }
    let mut out = Vec::new();
    let mut current = String::new();
    for c in latin.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = unconfuse(c);
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
            continue;
        }
        if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if !c.is_whitespace() && !c.is_control() {
            out.push(c.to_string());
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

/// A Devanagari consonant in Latin letters.
fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'क' => "k",
        'ख' => "kh",
        'ग' => "g",
        'घ' => "gh",
        'ङ' | 'ञ' | 'ण' | 'न' => "n",
        'च' => "ch",
        'छ' => "chh",
        'ज' => "j",
        'झ' => "jh",
        'ट' | 'त' => "t",
        'ठ' | 'थ' => "th",
        'ड' | 'द' => "d",
        'ढ' | 'ध' => "dh",
        'प' => "p",
        'फ' => "ph",
        'ब' => "b",
        'भ' => "bh",
        'म' => "m",
        'य' => "y",
        'र' => "r",
        'ल' => "l",
        'व' => "v",
        'श' | 'ष' => "sh",
        'स' => "s",
        'ह' => "h",
        _ => return None,
    })
}

/// A vowel, standing alone or as a sign after a consonant.
fn vowel(c: char) -> Option<&'static str> {
    Some(match c {
        'अ' => "a",
        'आ' | 'ा' => "a",
        'इ' | 'ि' => "i",
        'ई' | 'ी' => "ee",
        'उ' | 'ु' => "u",
        'ऊ' | 'ू' => "oo",
        'ऋ' | 'ृ' => "ri",
        'ए' | 'े' => "e",
        'ऐ' | 'ै' => "ai",
        'ओ' | 'ो' => "o",
        'औ' | 'ौ' => "au",
        'ऑ' | 'ॉ' => "o",
        _ => return None,
    })
}

fn is_sign(c: char) -> bool {
    ('\u{093E}'..='\u{094C}').contains(&c) || c == 'ॉ'
}

/// One syllable: a consonant's letters and its vowel (`None`: the inherent
/// "a", which Hindi drops at the end of a word and between syllables).
struct Syllable {
    letters: String,
    vowel: Option<&'static str>,
    consonant: bool,
}

/// Devanagari in Latin letters, the way people type Hindi in chat:
/// "मरना चाहता हूँ" is "marna chahta hoon".
fn romanise(chars: &[char]) -> String {
    let mut out = String::new();
    let mut word: Vec<Syllable> = Vec::new();
    let flush = |word: &mut Vec<Syllable>, out: &mut String| {
        // The inherent vowel goes at the end of a word, and between a
        // voweled syllable and one that keeps its vowel ("mar-na").
        let n = word.len();
        let mut keep = vec![true; n];
        for i in (0..n).rev() {
            if !word[i].consonant || word[i].vowel.is_some() {
                continue;
            }
            let last = i + 1 == n;
            let medial = i > 0 && i + 1 < n && keep[i + 1] && word[i - 1].vowel != Some("");
            if last && n > 1 || medial {
                keep[i] = false;
            }
        }
        for (s, keep) in word.drain(..).zip(keep) {
            out.push_str(&s.letters);
            match s.vowel {
                Some(v) => out.push_str(v),
                None if keep && s.consonant => out.push('a'),
                None => {}
            }
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(letters) = consonant(c) {
            let mut s = Syllable { letters: letters.to_string(), vowel: None, consonant: true };
            let mut j = i + 1;
            // The nukta dot marks sounds borrowed from Persian: ज़ is "z", फ़ is "f".
            if chars.get(j) == Some(&'\u{093C}') {
                s.letters = match c {
                    'ज' => "z",
                    'फ' => "f",
                    'क' => "q",
                    'ड' => "r",
                    _ => letters,
                }
                .to_string();
                j += 1;
            }
            match chars.get(j) {
                Some(&'\u{094D}') => {
                    s.vowel = Some("");
                    j += 1;
                }
                Some(&v) if is_sign(v) => {
                    s.vowel = vowel(v);
                    j += 1;
                }
                _ => {}
            }
            word.push(s);
            i = j;
        } else if let Some(v) = vowel(c) {
            word.push(Syllable { letters: String::new(), vowel: Some(v), consonant: false });
            i += 1;
        } else if matches!(c, 'ं' | 'ँ') {
            if let Some(last) = word.last_mut() {
                last.letters = format!("{}{}n", last.letters, last.vowel.map_or("a", |v| v));
                last.vowel = Some("");
            }
            i += 1;
        } else if c == 'ः' {
            word.push(Syllable { letters: "h".into(), vowel: Some(""), consonant: false });
            i += 1;
        } else {
            flush(&mut word, &mut out);
            out.push(match c {
                '।' | '॥' => '.',
                '०'..='९' => char::from(b'0' + (c as u32 - '०' as u32) as u8),
                _ => ' ',
            });
            i += 1;
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hindi_is_spelt_as_hinglish_is_typed() {
        assert_eq!(romanise(&"मरना चाहता हूँ".chars().collect::<Vec<_>>()), "marna chahta hoon");
        assert_eq!(romanise(&"मैं".chars().collect::<Vec<_>>()), "main");
        assert_eq!(romanise(&"समझ".chars().collect::<Vec<_>>()), "samajh");
        assert_eq!(romanise(&"ज़िंदगी".chars().collect::<Vec<_>>()), "zindagee");
    }

    #[test]
    fn words_and_marks_are_split_like_bert() {
        assert_eq!(words("I can't  go ON..."), ["i", "can", "'", "t", "go", "on", ".", ".", "."]);
        assert_eq!(words("Café"), ["cafe"]);
    }

    #[test]
    fn wordpiece_takes_the_longest_known_piece() {
        let vocab = Vocab::parse("[UNK]\nun\n##alive\nalive\n##d\n");
        assert_eq!(vocab.pieces("unalive alived xyz"), vec![1, 2, 3, 4]);
    }
}
