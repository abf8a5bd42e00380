//! Every word the interface shows goes through here, from Fluent files in
//! `locales/`. English is complete and is the fallback for any message a
//! translation does not have yet.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The interface languages, English first (the fallback).
const LOCALES: &[(&str, &str)] = &[("en", include_str!("../locales/en.ftl"))];

struct Locale {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
}

/// All translations, loaded once at start-up.
pub struct I18n {
    locales: Vec<Locale>,
}

impl I18n {
    /// Parses the embedded Fluent files. A syntax error in one is a bug in
    /// the build, found by the tests, so it stops the program here.
    pub fn load() -> Arc<I18n> {
        let locales = LOCALES
            .iter()
            .map(|(code, source)| {
                let resource = FluentResource::try_new((*source).to_string())
                    .unwrap_or_else(|(_, errors)| panic!("locales/{code}.ftl does not parse: {errors:?}"));
                let id: LanguageIdentifier = code.parse().expect("locale codes are valid");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Unicode isolation marks around arguments only help mixed
                // right-to-left text, which our languages are not.
                bundle.set_use_isolating(false);
                bundle.add_resource(resource).unwrap_or_else(|e| panic!("locales/{code}.ftl: {e:?}"));
                Locale { code, bundle }
            })
            .collect();
        Arc::new(I18n { locales })
    }

    /// The codes of the languages the interface speaks.
    pub fn codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.locales.iter().map(|l| l.code)
    }

    /// A translator for `code`, or for English if we do not speak it.
    pub fn translator(self: &Arc<Self>, code: &str) -> Tr {
        let index = self.locales.iter().position(|l| l.code == code).unwrap_or(0);
        Tr { i18n: Arc::clone(self), index }
    }

    /// Picks the best language from an `Accept-Language` header.
    pub fn negotiate(self: &Arc<Self>, accept_language: &str) -> Tr {
        let mut wanted: Vec<(f32, &str)> = accept_language
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let quality =
                    pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse().ok()).unwrap_or(1.0);
                Some((quality, tag))
            })
            .collect();
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
        let code = wanted
            .iter()
            .filter_map(|(_, tag)| tag.split('-').next())
            .find(|primary| self.codes().any(|c| c.eq_ignore_ascii_case(primary)))
            .unwrap_or("en")
            .to_ascii_lowercase();
        self.translator(&code)
    }

    fn format(&self, index: usize, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for locale in [&self.locales[index], &self.locales[0]] {
            if let Some(pattern) = locale.bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return locale.bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        tracing::warn!(key, "missing translation");
        key.to_string()
    }
}

/// Marks a string as a message id, so the test that every message exists
/// finds it.
pub const fn msg(key: &'static str) -> &'static str {
    key
}

/// Translates messages into one language; handed to every template.
#[derive(Clone)]
pub struct Tr {
    i18n: Arc<I18n>,
    index: usize,
}

impl Tr {
    /// The language code, for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.i18n.locales[self.index].code
    }

    /// A message without arguments.
    pub fn get(&self, key: &str) -> String {
        self.i18n.format(self.index, key, None)
    }

    /// A label that may have no message (a name for a code from data), as
    /// `None` rather than the key and a warning in the log.
    pub fn optional(&self, key: &str) -> Option<String> {
        [&self.i18n.locales[self.index], &self.i18n.locales[0]].into_iter().find_map(|locale| {
            let pattern = locale.bundle.get_message(key)?.value()?;
            Some(locale.bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
        })
    }

    /// A message with one argument.
    pub fn arg<'a>(&self, key: &str, name: &'a str, value: impl Into<FluentValue<'a>>) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value);
        self.i18n.format(self.index, key, Some(&args))
    }

    /// A message with several arguments.
    pub fn args<'a>(&self, key: &str, pairs: &[(&'a str, FluentValue<'a>)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(*name, value.clone());
        }
        self.i18n.format(self.index, key, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `t.get("…")`, `t.arg("…"` or `t.args("…"` in templates and
    /// code, and every message id the domain uses, exists in English.
    #[test]
    fn every_message_used_exists_in_english() {
        let i18n = I18n::load();
        let english = &i18n.locales[0].bundle;
        let mut sources = Vec::new();
        for dir in ["templates", "src"] {
            collect_files(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).as_path(), &mut sources);
        }
        let mut missing = Vec::new();
        for path in sources {
            let text = std::fs::read_to_string(&path).unwrap();
            // Unit tests use made-up ids on purpose.
            let product_code = text.split("#[cfg(test)]").next().unwrap_or("");
            for key in message_keys(product_code) {
                if english.get_message(&key).is_none() {
                    missing.push(format!("{key} (used in {})", path.display()));
                }
            }
        }
        assert!(missing.is_empty(), "messages missing from locales/en.ftl:\n{}", missing.join("\n"));
    }

    fn collect_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                collect_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                out.push(path);
            }
        }
    }

    /// Keys in calls like `t.get("key")`, `tr.arg("key", …)`, `Invalid("key")`
    /// and `msg("key")`.
    fn message_keys(text: &str) -> Vec<String> {
        let mut keys = Vec::new();
        let markers =
            ["t.get(\"", "t.arg(\"", "t.args(\"", "tr.get(\"", "tr.arg(\"", "tr.args(\"", "Invalid(\"", "msg(\""];
        for marker in markers {
            let mut rest = text;
            while let Some(start) = rest.find(marker) {
                rest = &rest[start + marker.len()..];
                if let Some(end) = rest.find('"') {
                    let key = &rest[..end];
                    if !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                    {
                        keys.push(key.to_string());
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn negotiates_and_falls_back_to_english() {
        let i18n = I18n::load();
        assert_eq!(i18n.negotiate("fr-CA, en;q=0.5").lang(), "en");
        assert_eq!(i18n.negotiate("").lang(), "en");
        assert_eq!(i18n.translator("xx").lang(), "en");
    }

    #[test]
    fn an_optional_label_is_none_when_missing() {
        let tr = I18n::load().translator("en");
        assert_eq!(tr.optional("help-title").as_deref(), Some("Help now"));
        assert_eq!(tr.optional("help-title-zz"), None);
    }

    #[test]
    fn formats_arguments() {
        let tr = I18n::load().translator("en");
        assert!(tr.arg("signed-in-as", "alias", "Asha").contains("Asha"));
    }
}
