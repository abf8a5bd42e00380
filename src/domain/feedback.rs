//! Anonymous feedback after a meet: the questions an organisation asks, and
//! what makes an answer acceptable. An answer never carries who gave it.

use super::{Invalid, text};

/// How long after a meet its people may still give feedback.
pub const WINDOW_SECS: i64 = 14 * 24 * 3600;
/// The most questions with choices an organisation may ask.
pub const MAX_QUESTIONS: usize = 3;
/// The longest optional word (a few words at most, never a story).
pub const MAX_WORD_CHARS: usize = 30;
/// The question key under which the optional word is stored.
pub const WORD: &str = "word";

/// A question with choices. `key` is what answers are stored under: a
/// built-in question's stable name (its words come from the translations),
/// or the organisation's own wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub key: String,
    pub choices: Vec<String>,
    /// One of ours, whose key and choices name translated messages.
    pub built_in: bool,
}

/// The questions asked after every meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Questions {
    pub choices: Vec<Question>,
    /// Whether people may add a word of their own.
    pub word: bool,
}

impl Default for Questions {
    /// "How do you feel compared to before?" and "Did you feel heard?", and a word.
    fn default() -> Self {
        let built_in = |key: &str, choices: &[&str]| Question {
            key: key.into(),
            choices: choices.iter().map(|c| c.to_string()).collect(),
            built_in: true,
        };
        Questions {
            choices: vec![built_in("feel", &["worse", "same", "better"]), built_in("heard", &["yes", "partly", "no"])],
            word: true,
        }
    }
}

impl Questions {
    /// The organisation's own questions, written one block each: the
    /// question on its first line, then one choice per line (two to five).
    /// No blocks at all means the built-in questions.
    pub fn from_blocks(blocks: &[String], word: bool) -> Result<Questions, Invalid> {
        let mut choices = Vec::new();
        for block in blocks.iter().filter(|b| !b.trim().is_empty()) {
            let mut lines = block.lines().map(text::single_line).filter(|l| !l.is_empty());
            let key = lines.next().ok_or(Invalid("feedback-question-empty"))?;
            let options: Vec<String> = lines.collect();
            if !(2..=5).contains(&options.len()) {
                return Err(Invalid("feedback-question-choices"));
            }
            if key.chars().count() > 120 || options.iter().any(|o| o.chars().count() > 40) {
                return Err(Invalid("text-too-long"));
            }
            if key == WORD || options.iter().enumerate().any(|(i, o)| options[..i].contains(o)) {
                return Err(Invalid("feedback-question-choices"));
            }
            choices.push(Question { key, choices: options, built_in: false });
        }
        if choices.len() > MAX_QUESTIONS {
            return Err(Invalid("feedback-too-many-questions"));
        }
        if choices.iter().enumerate().any(|(i, q)| choices[..i].iter().any(|p| p.key == q.key)) {
            return Err(Invalid("feedback-question-twice"));
        }
        if choices.is_empty() {
            return Ok(Questions { word, ..Questions::default() });
        }
        Ok(Questions { choices, word })
    }

    /// The organisation's questions as they are stored and edited: one block
    /// each, blocks apart by a blank line. Built-in questions store as nothing.
    pub fn to_blocks(&self) -> Vec<String> {
        self.choices
            .iter()
            .filter(|q| !q.built_in)
            .map(|q| {
                std::iter::once(q.key.as_str())
                    .chain(q.choices.iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect()
    }

    /// Checks what someone chose (`(question key, choice)` pairs) and their
    /// word: every choice must be one offered, and something must be said.
    /// Returns the `(question, answer)` rows to store.
    pub fn answer(&self, chosen: &[(String, String)], word: &str) -> Result<Vec<(String, String)>, Invalid> {
        let mut rows = Vec::new();
        for question in &self.choices {
            if let Some((_, choice)) = chosen.iter().find(|(key, c)| *key == question.key && !c.is_empty()) {
                if !question.choices.contains(choice) {
                    return Err(Invalid("feedback-unknown-choice"));
                }
                rows.push((question.key.clone(), choice.clone()));
            }
        }
        if self.word
            && let Some(word) = clean_word(word)?
        {
            rows.push((WORD.to_string(), word));
        }
        if rows.is_empty() {
            return Err(Invalid("feedback-nothing-chosen"));
        }
        Ok(rows)
    }
}

/// The optional word: letters (any script), spaces, hyphens and apostrophes,
/// lower case, a few words at most. No digits, so no phone number or
/// address can be left in it.
pub fn clean_word(raw: &str) -> Result<Option<String>, Invalid> {
    let Some(word) = text::optional_line(raw, MAX_WORD_CHARS, "feedback-word-too-long")? else {
        return Ok(None);
    };
    let word = text::visible(&word).to_lowercase();
    let allowed = |c: char| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'' || c == '’' || is_mark(c);
    if !word.chars().all(allowed) || word.split(' ').count() > 3 {
        return Err(Invalid("feedback-word-letters"));
    }
    Ok(Some(word))
}

/// Combining marks, which scripts such as Devanagari need between letters.
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_built_in_questions_take_their_choices_and_a_word() {
        let q = Questions::default();
        let rows = q.answer(&chosen(&[("feel", "better"), ("heard", "partly")]), " Lighter ").unwrap();
        assert_eq!(rows, chosen(&[("feel", "better"), ("heard", "partly"), ("word", "lighter")]));
        assert_eq!(q.answer(&chosen(&[("feel", "great")]), ""), Err(Invalid("feedback-unknown-choice")));
        assert_eq!(q.answer(&[], "  "), Err(Invalid("feedback-nothing-chosen")));
        assert_eq!(
            q.answer(&chosen(&[("heard", "no")]), "").unwrap(),
            chosen(&[("heard", "no")]),
            "any may be skipped"
        );
    }

    #[test]
    fn a_word_is_letters_only_and_short() {
        assert_eq!(clean_word("hopeful").unwrap().as_deref(), Some("hopeful"));
        assert_eq!(clean_word("थोड़ा हल्का").unwrap().as_deref(), Some("थोड़ा हल्का"));
        assert_eq!(clean_word("call me 07700 900123"), Err(Invalid("feedback-word-letters")));
        assert_eq!(clean_word("me@example.org"), Err(Invalid("feedback-word-letters")));
        assert_eq!(clean_word("one two three four"), Err(Invalid("feedback-word-letters")));
        assert!(clean_word(&"a".repeat(31)).is_err());
        assert_eq!(clean_word("").unwrap(), None);
    }

    #[test]
    fn an_organisation_writes_its_own_questions() {
        let blocks = vec!["Was the room calm?\nvery\nmostly\nnot really".to_string(), String::new()];
        let q = Questions::from_blocks(&blocks, false).unwrap();
        assert_eq!(q.choices.len(), 1);
        assert!(!q.word);
        assert_eq!(q.to_blocks(), vec![blocks[0].clone()]);
        assert_eq!(Questions::from_blocks(&["Only one\nyes".into()], true), Err(Invalid("feedback-question-choices")));
        let four = vec!["A\nx\ny".to_string(), "B\nx\ny".into(), "C\nx\ny".into(), "D\nx\ny".into()];
        assert_eq!(Questions::from_blocks(&four, true), Err(Invalid("feedback-too-many-questions")));
        assert_eq!(Questions::from_blocks(&[], true).unwrap(), Questions::default(), "none: the built-in ones");
    }
}
