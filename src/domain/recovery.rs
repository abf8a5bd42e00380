//! One-time recovery codes: the way back in for people who gave no email.

/// How many codes a member gets at once.
pub const CODES_PER_SET: usize = 8;

/// Letters and digits that cannot be mistaken for one another.
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// Formats ten random bytes as a code such as `k7mq2-xw9ad` (about 50 bits).
pub fn code_from_random(random: [u8; 10]) -> String {
    let mut out = String::with_capacity(11);
    for (i, byte) in random.iter().enumerate() {
        if i == 5 {
            out.push('-');
        }
        out.push(ALPHABET[usize::from(*byte) % ALPHABET.len()] as char);
    }
    out
}

/// Puts a typed code into its stored form: lower case, without the dash or
/// spaces people add or drop when copying it.
pub fn normalise(typed: &str) -> String {
    typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_grouped_and_unambiguous() {
        let code = code_from_random([0, 1, 2, 3, 4, 5, 6, 7, 8, 200]);
        assert_eq!(code.len(), 11);
        assert_eq!(&code[5..6], "-");
        assert!(!code.contains(['0', '1', 'o', 'i', 'l']));
    }

    #[test]
    fn typed_codes_forgive_case_spaces_and_dashes() {
        assert_eq!(normalise(" K7MQ2 xw9ad "), normalise("k7mq2-xw9ad"));
        assert_eq!(normalise("k7mq2-xw9ad"), "k7mq2xw9ad");
    }
}
