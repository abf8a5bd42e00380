//! What we keep about a member, and the rules for each piece of it.
//! Everything but the alias and the password is optional.

use std::str::FromStr;

use chrono_tz::Tz;

use super::{Alias, Invalid, countries, text, zones};

/// Longest pronouns field, in characters.
pub const PRONOUNS_MAX: usize = 40;
/// Longest lived-experience note on a facilitator profile, in characters.
pub const LIVED_EXPERIENCE_MAX: usize = 600;
/// Longest email address (RFC 5321 path limit).
pub const EMAIL_MAX: usize = 254;

/// Languages Holdspace knows how to name. Which of them the interface is
/// translated into is the i18n layer's business.
pub const LANGUAGES: &[(&str, &str)] = &[("en", "English"), ("hi", "हिन्दी")];

/// The roles a member holds beyond being a participant, which everyone is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Roles {
    /// Holds space in circles.
    pub facilitator: bool,
    /// Runs the organisation: circles, schedules, roles, settings.
    pub coordinator: bool,
}

/// A role that can be granted and revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Facilitator,
    Coordinator,
}

impl Role {
    /// The stable name used in forms, the database and the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Facilitator => "facilitator",
            Role::Coordinator => "coordinator",
        }
    }
}

impl FromStr for Role {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Role, Invalid> {
        match s {
            "facilitator" => Ok(Role::Facilitator),
            "coordinator" => Ok(Role::Coordinator),
            _ => Err(Invalid("role-unknown")),
        }
    }
}

impl Roles {
    /// Whether the member holds `role`.
    pub fn has(self, role: Role) -> bool {
        match role {
            Role::Facilitator => self.facilitator,
            Role::Coordinator => self.coordinator,
        }
    }
}

/// An email address, kept only for recovery and reminders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// A light check: one `@`, something on each side, a dot in the domain,
    /// no spaces. Whether it works is only known when mail arrives.
    pub fn parse(raw: &str) -> Result<Email, Invalid> {
        let value = raw.trim();
        if value.len() > EMAIL_MAX {
            return Err(Invalid("email-invalid"));
        }
        let Some((local, domain)) = value.split_once('@') else {
            return Err(Invalid("email-invalid"));
        };
        let domain_ok =
            domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains('@');
        let chars_ok = !value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
        if local.is_empty() || !domain_ok || !chars_ok {
            return Err(Invalid("email-invalid"));
        }
        Ok(Email(format!("{local}@{}", domain.to_lowercase())))
    }

    /// An optional email field: blank means none.
    pub fn parse_optional(raw: &str) -> Result<Option<Email>, Invalid> {
        if raw.trim().is_empty() { Ok(None) } else { Email::parse(raw).map(Some) }
    }

    /// Rebuilds an address that was checked before it was stored.
    pub fn from_stored(value: String) -> Email {
        Email(value)
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A time zone as someone chose or typed it ("Kolkata (India)", "London",
/// "India", `Asia/Kolkata`): blank means none. See [`zones::parse`].
pub fn parse_time_zone(raw: &str) -> Result<Option<Tz>, Invalid> {
    zones::parse(raw)
}

/// An optional country, as for circles and helplines, by its code or a
/// name ("IN", "India", "the UK"): blank means none.
pub fn parse_country(raw: &str) -> Result<Option<String>, Invalid> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    countries::parse(raw).map(|code| Some(code.to_string())).ok_or(Invalid("country-invalid"))
}

/// A language code from [`LANGUAGES`] or one the interface speaks.
pub fn parse_language(raw: &str) -> Result<&'static str, Invalid> {
    LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .chain(crate::i18n::interface_codes())
        .find(|code| *code == raw.trim())
        .ok_or(Invalid("language-unknown"))
}

/// The parts of a profile a member edits themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub email: Option<Email>,
    pub pronouns: Option<String>,
    pub language: &'static str,
    pub time_zone: Option<Tz>,
    /// Shown on circle pages for facilitators only.
    pub lived_experience: Option<String>,
    /// ISO 3166-1 alpha-2, upper case: which helplines to offer first.
    pub country: Option<String>,
}

/// The raw profile fields from a form.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput<'a> {
    pub email: &'a str,
    pub pronouns: &'a str,
    pub language: &'a str,
    pub time_zone: &'a str,
    pub lived_experience: &'a str,
    pub country: &'a str,
}

/// Every field that failed, by field name, so a form can show them all at once.
pub type FieldErrors = Vec<(&'static str, Invalid)>;

impl Default for Profile {
    fn default() -> Self {
        Profile { email: None, pronouns: None, language: "en", time_zone: None, lived_experience: None, country: None }
    }
}

impl Profile {
    /// Checks every field and reports every problem, not just the first.
    pub fn parse(input: &ProfileInput<'_>) -> Result<Profile, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = Email::parse_optional(input.email).map_err(|e| errors.push(("email", e))).ok();
        let pronouns = text::optional_line(input.pronouns, PRONOUNS_MAX, "pronouns-too-long")
            .map_err(|e| errors.push(("pronouns", e)))
            .ok();
        let language = if input.language.trim().is_empty() {
            Some("en")
        } else {
            parse_language(input.language).map_err(|e| errors.push(("language", e))).ok()
        };
        let time_zone = parse_time_zone(input.time_zone).map_err(|e| errors.push(("time_zone", e))).ok();
        let lived_experience =
            text::optional_block(input.lived_experience, LIVED_EXPERIENCE_MAX, "lived-experience-too-long")
                .map_err(|e| errors.push(("lived_experience", e)))
                .ok();
        let country = parse_country(input.country).map_err(|e| errors.push(("country", e))).ok();
        match (email, pronouns, language, time_zone, lived_experience, country) {
            (Some(email), Some(pronouns), Some(language), Some(time_zone), Some(lived_experience), Some(country))
                if errors.is_empty() =>
            {
                Ok(Profile { email, pronouns, language, time_zone, lived_experience, country })
            }
            _ => Err(errors),
        }
    }
}

/// A member as the rest of the program sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub alias: Alias,
    pub profile: Profile,
    pub roles: Roles,
    /// Set when a coordinator or the console issued a one-time password.
    pub must_change_password: bool,
    /// Unix seconds.
    pub created_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_lowercases_the_domain_only() {
        assert_eq!(Email::parse(" Ana@Example.ORG ").unwrap().as_str(), "Ana@example.org");
    }

    #[test]
    fn email_rejects_obvious_mistakes() {
        for bad in ["ana", "ana@", "@example.org", "ana@example", "a na@example.org", "ana@@example.org"] {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn time_zones_come_from_the_iana_database_or_a_place() {
        assert_eq!(parse_time_zone("Asia/Kolkata").unwrap(), Some(Tz::Asia__Kolkata));
        assert_eq!(parse_time_zone("Kolkata (India)").unwrap(), Some(Tz::Asia__Kolkata));
        assert_eq!(parse_time_zone(""), Ok(None));
        assert_eq!(parse_time_zone("Mars/Olympus"), Err(Invalid("time-zone-unknown")));
    }

    #[test]
    fn profile_reports_every_bad_field() {
        let input = ProfileInput {
            email: "nope",
            pronouns: &"x".repeat(PRONOUNS_MAX + 1),
            language: "xx",
            time_zone: "Nowhere/Town",
            lived_experience: "",
            country: "Indiaa",
        };
        let errors = Profile::parse(&input).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["email", "pronouns", "language", "time_zone", "country"]);
    }

    #[test]
    fn a_country_is_a_code_a_name_or_nothing() {
        assert_eq!(parse_country(" in "), Ok(Some("IN".into())));
        assert_eq!(parse_country("India"), Ok(Some("IN".into())));
        assert_eq!(parse_country("the UK"), Ok(Some("GB".into())));
        assert_eq!(parse_country(""), Ok(None));
        for bad in ["IND", "I", "1N", "ZZ", "Indiaa"] {
            assert_eq!(parse_country(bad), Err(Invalid("country-invalid")), "{bad}");
        }
    }

    #[test]
    fn empty_profile_is_fine() {
        let profile = Profile::parse(&ProfileInput::default()).unwrap();
        assert_eq!(profile.language, "en");
        assert_eq!(profile.email, None);
    }
}
