//! Every word the interface shows goes through here, from Fluent files in
//! `locales/`: one file per language, found by `build.rs`. English is
//! complete and is the fallback for any message a translation does not
//! have yet. A file that has every message says so with the line
//! `### Status: complete`, and the catalogue test then holds it to that.

mod pseudo;

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The line a translation carries once it has every English message.
const COMPLETE_MARKER: &str = "### Status: complete";

/// The codes of the interface languages, from the files in `locales/`.
pub fn interface_codes() -> impl Iterator<Item = &'static str> {
    LOCALE_FILES.iter().map(|(code, _)| *code)
}

struct Locale {
    code: &'static str,
    /// The language's name in its own script ("हिन्दी").
    name: String,
    /// Whether the file says it has every message.
    complete: bool,
    /// The development pseudo-locale: messages are bracketed.
    pseudo: bool,
    bundle: FluentBundle<FluentResource>,
}

/// All translations, loaded once at start-up.
pub struct I18n {
    locales: Vec<Locale>,
}

fn bundle(code: &str, source: &str, pseudo: bool) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("locales/{code}.ftl does not parse: {errors:?}"));
    let id: LanguageIdentifier = code.parse().expect("locale codes are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around arguments only help mixed
    // right-to-left text, which our languages are not.
    bundle.set_use_isolating(false);
    if pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    bundle.add_resource(resource).unwrap_or_else(|e| panic!("locales/{code}.ftl: {e:?}"));
    bundle
}

impl I18n {
    /// Parses the embedded Fluent files. A syntax error in one is a bug in
    /// the build, found by the tests, so it stops the program here.
    pub fn load() -> Arc<I18n> {
        I18n::load_with_pseudo(false)
    }

    /// As [`I18n::load`], adding the pseudo-locale `en-XA` (made from the
    /// English file) when `pseudo` is on, for developers to spot
    /// untranslated and truncated text.
    pub fn load_with_pseudo(pseudo: bool) -> Arc<I18n> {
        let mut locales: Vec<Locale> = LOCALE_FILES
            .iter()
            .map(|(code, source)| {
                let bundle = bundle(code, source, false);
                Locale {
                    code,
                    name: String::new(),
                    complete: *code == "en" || source.lines().any(|l| l.trim() == COMPLETE_MARKER),
                    pseudo: false,
                    bundle,
                }
            })
            .collect();
        if pseudo {
            let english = LOCALE_FILES[0].1;
            let bundle = bundle(pseudo::CODE, english, true);
            locales.push(Locale {
                code: pseudo::CODE,
                name: pseudo::NAME.into(),
                complete: true,
                pseudo: true,
                bundle,
            });
        }
        let mut i18n = I18n { locales };
        for index in 0..i18n.locales.len() {
            if !i18n.locales[index].pseudo {
                i18n.locales[index].name = i18n.format(index, "language-name", None);
            }
        }
        Arc::new(i18n)
    }

    /// The codes of the languages the interface speaks.
    pub fn codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.locales.iter().map(|l| l.code)
    }

    /// The languages to offer, each with its name in its own script.
    pub fn languages(&self) -> Vec<(&'static str, String)> {
        self.locales.iter().map(|l| (l.code, l.name.clone())).collect()
    }

    /// One of our codes, matching `tag` exactly (any case).
    pub fn known(&self, tag: &str) -> Option<&'static str> {
        self.codes().find(|c| c.eq_ignore_ascii_case(tag.trim()))
    }

    /// A translator for `code`, or for English if we do not speak it.
    pub fn translator(self: &Arc<Self>, code: &str) -> Tr {
        let index = self.locales.iter().position(|l| l.code.eq_ignore_ascii_case(code)).unwrap_or(0);
        Tr { i18n: Arc::clone(self), index }
    }

    /// The language for a request, by the rule in one place: the language
    /// the person chose with the switcher (its cookie), then their profile's,
    /// then the best one their browser asks for, then English.
    pub fn choose(self: &Arc<Self>, chosen: Option<&str>, profile: Option<&str>, accept_language: &str) -> Tr {
        match chosen.and_then(|c| self.known(c)).or_else(|| profile.and_then(|p| self.known(p))) {
            Some(code) => self.translator(code),
            None => self.negotiate(accept_language),
        }
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
            .find_map(|(_, tag)| self.known(tag).or_else(|| tag.split('-').next().and_then(|p| self.known(p))))
            .unwrap_or("en");
        self.translator(code)
    }

    fn format(&self, index: usize, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for locale in [&self.locales[index], &self.locales[0]] {
            if let Some(pattern) = locale.bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = locale.bundle.format_pattern(pattern, args, &mut errors).into_owned();
                return if locale.pseudo { pseudo::bracket(text) } else { text };
            }
        }
        tracing::warn!(key, "missing translation");
        key.to_string()
    }

    /// What `code`'s file lacks against English: messages it does not have,
    /// and messages whose variables differ from the English ones. Empty for
    /// a complete translation.
    pub fn gaps(&self, code: &str) -> Vec<String> {
        let Some(locale) = self.locales.iter().find(|l| l.code == code) else {
            return vec![format!("no locales/{code}.ftl")];
        };
        catalogue::gaps(LOCALE_FILES[0].1, &locale.bundle)
    }

    /// The English words of every message `code` has its own translation
    /// of (without arguments, and differing from the translation): none of
    /// them should be left on a page shown in `code`. Words some message
    /// without a translation also says are left out (they may rightly still
    /// show), and so are the languages' own names, which the switcher shows
    /// in every language.
    pub fn replaced_english(self: &Arc<Self>, code: &str) -> Vec<String> {
        let Some(index) = self.locales.iter().position(|l| l.code == code) else { return Vec::new() };
        let (ours, theirs) = (&self.locales[index].bundle, &self.locales[0].bundle);
        let english = FluentResource::try_new(LOCALE_FILES[0].1.to_string()).unwrap_or_else(|(r, _)| r);
        let plain = |bundle: &FluentBundle<FluentResource>, id: &str| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
            errors.is_empty().then_some(text)
        };
        let (mut replaced, mut still_english) = (Vec::new(), Vec::new());
        for entry in english.entries() {
            let fluent_syntax::ast::Entry::Message(message) = entry else { continue };
            let id = message.id.name;
            let Some(words) = plain(theirs, id) else { continue };
            match ours.get_message(id) {
                None => still_english.push(words),
                Some(_) if id == "language-name" => {}
                Some(_) => {
                    if plain(ours, id).is_some_and(|translation| translation != words) {
                        replaced.push(words);
                    }
                }
            }
        }
        // The switcher names every language in its own script on every page.
        let own_names: Vec<&str> = self.locales.iter().map(|l| l.name.as_str()).collect();
        replaced.retain(|words| !still_english.contains(words) && !own_names.contains(&words.as_str()));
        replaced
    }

    /// Whether `code`'s file says it has every message.
    pub fn is_complete(&self, code: &str) -> bool {
        self.locales.iter().any(|l| l.code == code && l.complete)
    }
}

mod catalogue {
    //! Comparing a translation's messages with the English ones.

    use fluent_bundle::FluentResource;
    use fluent_bundle::concurrent::FluentBundle;
    use fluent_syntax::ast;

    /// Messages of `english` that `bundle` lacks or whose variables differ.
    pub fn gaps(english: &str, bundle: &FluentBundle<FluentResource>) -> Vec<String> {
        let english = FluentResource::try_new(english.to_string()).unwrap_or_else(|(r, _)| r);
        let mut gaps = Vec::new();
        for entry in english.entries() {
            let ast::Entry::Message(message) = entry else { continue };
            let id = message.id.name;
            match bundle.get_message(id).and_then(|m| m.value()) {
                None => gaps.push(format!("{id}: missing")),
                Some(theirs) => {
                    let (mut ours, mut translated) = (Vec::new(), Vec::new());
                    if let Some(value) = &message.value {
                        variables(value, &mut ours);
                    }
                    variables(theirs, &mut translated);
                    ours.sort_unstable();
                    ours.dedup();
                    translated.sort_unstable();
                    translated.dedup();
                    if ours != translated {
                        gaps.push(format!("{id}: variables {translated:?}, English has {ours:?}"));
                    }
                }
            }
        }
        gaps
    }

    fn variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables<'s>(expression: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for variant in variants {
                    variables(&variant.value, out);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, out),
        }
    }

    fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => out.push(id.name),
            ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline_variables(argument, out);
                }
            }
            _ => {}
        }
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

    /// The languages to offer in the switcher, with their own names.
    pub fn languages(&self) -> Vec<(&'static str, String)> {
        self.i18n.languages()
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
            let text = locale.bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned();
            Some(if locale.pseudo { pseudo::bracket(text) } else { text })
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
        assert_eq!(i18n.negotiate("fr-CA, hi-IN;q=0.8, en;q=0.5").lang(), "hi");
        assert_eq!(i18n.negotiate("").lang(), "en");
        assert_eq!(i18n.translator("xx").lang(), "en");
    }

    #[test]
    fn the_switcher_beats_the_profile_which_beats_the_browser() {
        let i18n = I18n::load();
        assert_eq!(i18n.choose(Some("hi"), Some("en"), "en").lang(), "hi", "the switcher's cookie first");
        assert_eq!(i18n.choose(Some("en"), Some("hi"), "hi").lang(), "en");
        assert_eq!(i18n.choose(None, Some("hi"), "en-GB").lang(), "hi", "then the profile");
        assert_eq!(i18n.choose(Some("zz"), None, "hi-IN,en;q=0.5").lang(), "hi", "then Accept-Language");
        assert_eq!(i18n.choose(None, Some("zz"), "fr").lang(), "en", "then English");
    }

    #[test]
    fn the_languages_come_from_the_files_and_name_themselves() {
        let i18n = I18n::load();
        let languages = i18n.languages();
        assert_eq!(languages[0], ("en", "English".to_string()), "English first");
        assert!(languages.contains(&("hi", "हिन्दी".to_string())), "{languages:?}");
        assert!(!i18n.codes().any(|c| c == "en-XA"), "the pseudo-locale only on request");
    }

    #[test]
    fn a_missing_message_falls_back_to_english() {
        let locale = |code: &'static str, source: &str| Locale {
            code,
            name: String::new(),
            complete: false,
            pseudo: false,
            bundle: bundle(code, source, false),
        };
        let partial = "language-name = हिन्दी\nnav-circles = सर्कल\n";
        let i18n = Arc::new(I18n { locales: vec![locale("en", LOCALE_FILES[0].1), locale("hi", partial)] });
        let hi = i18n.translator("hi");
        assert_eq!(hi.get("nav-circles"), "सर्कल");
        assert_eq!(hi.get("nav-help"), i18n.translator("en").get("nav-help"), "what Hindi lacks is said in English");
        assert_eq!(hi.get("a-message-nobody-wrote"), "a-message-nobody-wrote");
        assert!(i18n.gaps("hi").iter().any(|g| g == "nav-help: missing"), "and the gap is reported");
    }

    #[test]
    fn the_pseudo_locale_is_english_accented_and_bracketed() {
        let i18n = I18n::load_with_pseudo(true);
        let pseudo = i18n.translator("en-XA");
        assert_eq!(pseudo.lang(), "en-XA");
        let circles = pseudo.get("nav-circles");
        assert!(circles.starts_with('[') && circles.ends_with(']') && !circles.is_ascii(), "{circles}");
        assert!(pseudo.arg("signed-in-as", "alias", "Asha").contains("Asha"), "arguments stay as they are");
    }

    /// Every translation has English's messages with the same variables, or
    /// is on its way there: a file marked `### Status: complete` must have
    /// no gaps at all; any file must not use variables English does not
    /// pass. The gaps of each file are printed for its translator.
    #[test]
    fn every_translation_matches_the_english_catalogue() {
        let i18n = I18n::load();
        let mut failures = Vec::new();
        for code in i18n.codes().filter(|c| *c != "en") {
            let gaps = i18n.gaps(code);
            let missing = gaps.iter().filter(|g| g.ends_with(": missing")).count();
            eprintln!("locales/{code}.ftl: {missing} messages still in English");
            let wrong: Vec<&String> = gaps.iter().filter(|g| !g.ends_with(": missing")).collect();
            if i18n.is_complete(code) && missing > 0 {
                failures.push(format!("locales/{code}.ftl is marked complete but lacks:\n{}", gaps.join("\n")));
            }
            if !wrong.is_empty() {
                failures.push(format!(
                    "locales/{code}.ftl:\n{}",
                    wrong.iter().map(|g| g.as_str()).collect::<Vec<_>>().join("\n")
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
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
