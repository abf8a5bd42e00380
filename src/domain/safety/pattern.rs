//! A small phrase language for the lexicons, matched against prepared words.
//!
//! A pattern is words separated by spaces. `a|b` is either word; a word
//! ending in `~` matches any word starting with it (`suicid~`); a word
//! ending in `?` may be left out; `*` stands for up to three other words.
//! Words are shortened like the text (`kill` matches "kiiill").

use std::collections::HashMap;

use super::normalize::single;

#[derive(Debug, Clone)]
enum Part {
    Words { options: Vec<(String, bool)>, optional: bool },
    Gap,
}

/// A compiled phrase.
#[derive(Debug, Clone)]
pub struct Pattern {
    parts: Vec<Part>,
    /// The phrase as written, to explain a match.
    pub source: &'static str,
}

/// The most words a `*` skips.
const GAP: usize = 3;

impl Pattern {
    /// Compiles a phrase.
    pub fn new(source: &'static str) -> Pattern {
        let parts = source
            .split_whitespace()
            .map(|token| {
                if token == "*" {
                    return Part::Gap;
                }
                let (token, optional) = match token.strip_suffix('?') {
                    Some(t) => (t, true),
                    None => (token, false),
                };
                let options = token
                    .split('|')
                    .map(|word| match word.strip_suffix('~') {
                        Some(prefix) => (single(prefix), true),
                        None => (single(word), false),
                    })
                    .collect();
                Part::Words { options, optional }
            })
            .collect();
        Pattern { parts, source }
    }

    /// The options of the first word a match must contain, if any.
    fn anchor(&self) -> Option<&[(String, bool)]> {
        self.parts.iter().find_map(|p| match p {
            Part::Words { options, optional: false } => Some(options.as_slice()),
            _ => None,
        })
    }

    fn word_matches(options: &[(String, bool)], word: &str) -> bool {
        options.iter().any(|(w, prefix)| if *prefix { word.starts_with(w.as_str()) } else { word == w })
    }

    /// Every span `(start, end)` of `words` (end exclusive) the pattern matches, at most one per start.
    pub fn find(&self, words: &[String]) -> Vec<(usize, usize)> {
        let first_required = self.parts.iter().find_map(|p| match p {
            Part::Words { options, optional: false } => Some(options),
            _ => None,
        });
        // A match cannot start after the last place its first required word appears.
        let last_start = match first_required {
            Some(options) => match words.iter().rposition(|w| Pattern::word_matches(options, w)) {
                Some(at) => at,
                None => return Vec::new(),
            },
            None => words.len().saturating_sub(1),
        };
        let mut spans = Vec::new();
        for start in 0..=last_start.min(words.len().saturating_sub(1)) {
            if let Some(end) = self.match_at(0, words, start) {
                spans.push((start, end));
            }
        }
        spans
    }

    fn match_at(&self, part: usize, words: &[String], at: usize) -> Option<usize> {
        let Some(current) = self.parts.get(part) else {
            return Some(at);
        };
        match current {
            Part::Gap => (0..=GAP).find_map(|skip| {
                if at + skip <= words.len() { self.match_at(part + 1, words, at + skip) } else { None }
            }),
            Part::Words { options, optional } => {
                if at < words.len()
                    && Pattern::word_matches(options, &words[at])
                    && let Some(end) = self.match_at(part + 1, words, at + 1)
                {
                    return Some(end);
                }
                if *optional { self.match_at(part + 1, words, at) } else { None }
            }
        }
    }
}

/// Which patterns of a long list could match a message, found by looking up
/// its words rather than trying every pattern: the lexicons run on every
/// message in a room, so this keeps them cheap.
pub struct Index {
    exact: HashMap<String, Vec<usize>>,
    /// Patterns anchored on a word prefix, or on nothing required.
    always: Vec<usize>,
}

impl Index {
    /// Indexes patterns by their first required word.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a Pattern>) -> Index {
        let mut index = Index { exact: HashMap::new(), always: Vec::new() };
        for (i, pattern) in patterns.into_iter().enumerate() {
            match pattern.anchor() {
                Some(options) if options.iter().all(|(_, prefix)| !prefix) => {
                    for (word, _) in options {
                        index.exact.entry(word.clone()).or_default().push(i);
                    }
                }
                _ => index.always.push(i),
            }
        }
        index
    }

    /// The patterns worth trying on `words`, in their original order.
    pub fn candidates(&self, words: &[String]) -> Vec<usize> {
        let mut found = self.always.clone();
        for word in words {
            if let Some(list) = self.exact.get(word) {
                found.extend_from_slice(list);
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// A list of patterns with their index: a message is tried only against
/// the ones that could match it, in the list's order.
pub struct Patterns {
    list: Vec<Pattern>,
    index: Index,
}

impl Patterns {
    /// Compiles and indexes a list of phrases.
    pub fn new(sources: &[&'static str]) -> Patterns {
        let list: Vec<Pattern> = sources.iter().map(|s| Pattern::new(s)).collect();
        Patterns { index: Index::new(&list), list }
    }

    /// The patterns that could match `words`, in the list's order.
    pub fn candidates(&self, words: &[String]) -> impl Iterator<Item = &Pattern> {
        self.index.candidates(words).into_iter().map(|i| &self.list[i])
    }

    /// Every span of `words` any of the patterns matches.
    pub fn spans(&self, words: &[String]) -> Vec<(usize, usize)> {
        self.candidates(words).flat_map(|p| p.find(words)).collect()
    }

    /// Whether any of the patterns matches somewhere in `words`.
    pub fn any(&self, words: &[String]) -> bool {
        self.candidates(words).any(|p| !p.find(words).is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(single).collect()
    }

    #[test]
    fn the_index_offers_every_pattern_that_could_match() {
        let patterns = [Pattern::new("kill myself"), Pattern::new("suicid~"), Pattern::new("want|wanna to? die")];
        let index = Index::new(&patterns);
        assert_eq!(index.candidates(&words("i wanna die")), vec![1, 2]);
        assert_eq!(index.candidates(&words("kill myself")), vec![0, 1]);
    }

    #[test]
    fn a_list_tries_only_its_candidates_and_keeps_its_order() {
        let list = Patterns::new(&["call me", "text|dm me", "my number~"]);
        let found: Vec<&str> = list.candidates(&words("text me or call me")).map(|p| p.source).collect();
        assert_eq!(found, ["call me", "text|dm me"]);
        assert_eq!(list.spans(&words("text me or call me")), vec![(3, 5), (0, 2)]);
        assert!(list.any(&words("here is my numbers")));
        assert!(!list.any(&words("thank you all")));
    }

    #[test]
    fn alternatives_prefixes_optionals_and_gaps() {
        let p = Pattern::new("want|wanna to? die");
        assert_eq!(p.find(&words("i want to die")), vec![(1, 4)]);
        assert_eq!(p.find(&words("i wanna die")), vec![(1, 3)]);
        assert!(p.find(&words("i want to live")).is_empty());
        let p = Pattern::new("suicid~");
        assert_eq!(p.find(&words("feeling suicidal")), vec![(1, 2)]);
        let p = Pattern::new("take all * pills");
        assert_eq!(p.find(&words("i will take all of my pills")), vec![(2, 7)]);
        assert!(p.find(&words("take all the time you need with pills")).is_empty(), "a gap is at most three words");
        let p = Pattern::new("kill myself");
        assert_eq!(p.find(&words("kiiill myseeelf")), vec![(0, 2)], "stretched letters");
    }
}
