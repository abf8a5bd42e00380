//! How a person reaches a helpline from their phone in one tap: a `tel:`
//! link from a phone number and an `sms:` link from the free text a
//! helpline publishes for texting ("Text HOME to 741741", "Call or text
//! 988", "Text 0477 13 11 14").

/// A way to text a helpline: the number, and the word to start with if the
/// line asks for one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextTo {
    pub number: String,
    pub keyword: Option<String>,
}

impl TextTo {
    /// Reads a helpline's texting instructions; `None` when they hold no number.
    pub fn read(sms: &str) -> Option<TextTo> {
        // "Text HOME to 741741": the word before " to ", the number after.
        let (keyword, number) = match sms.rsplit_once(" to ") {
            Some((before, after)) => {
                let word = before.split_whitespace().last().filter(|w| w.chars().any(char::is_alphabetic));
                (word.map(str::to_string), after)
            }
            None => (None, sms),
        };
        let number = dial(number);
        let digits = number.chars().filter(char::is_ascii_digit).count();
        (digits >= 3).then_some(TextTo { number, keyword })
    }

    /// The `sms:` link, with the keyword as the message's start
    /// (`?&body=` is read by both Android and iOS).
    pub fn href(&self) -> String {
        match &self.keyword {
            Some(word) => format!("sms:{}?&body={}", self.number, word),
            None => format!("sms:{}", self.number),
        }
    }
}

/// The digits (and a leading +) of a phone number, for a `tel:` or `sms:` link.
pub fn dial(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_keyword_and_a_number() {
        let text = TextTo::read("Text HOME to 741741").unwrap();
        assert_eq!(text, TextTo { number: "741741".into(), keyword: Some("HOME".into()) });
        assert_eq!(text.href(), "sms:741741?&body=HOME");
        let trevor = TextTo::read("Text START to 678-678").unwrap();
        assert_eq!(trevor.href(), "sms:678678?&body=START");
    }

    #[test]
    fn reads_a_number_alone_whatever_the_words_around_it() {
        assert_eq!(TextTo::read("Call or text 988").unwrap().href(), "sms:988");
        assert_eq!(TextTo::read("Text 0477 13 11 14").unwrap().href(), "sms:0477131114");
    }

    #[test]
    fn no_number_no_link() {
        assert_eq!(TextTo::read(""), None);
        assert_eq!(TextTo::read("Text us any time"), None);
    }
}
