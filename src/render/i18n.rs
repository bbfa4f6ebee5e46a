//! The site's own words in each built-in language, from Project Fluent message files (`locales/LANG.ftl`), chosen by `language:` in handbook.yaml.
//!
//! One file per language, compiled into the binary: a translator edits one
//! file without reading Rust, and each language brings its own plural rules
//! (`checklist-count` is "1 чек-лист, 2 чек-листа, 5 чек-листов" in Russian).
//! Adding a language is adding `locales/LANG.ftl` and one line to [`FILES`].

use std::collections::BTreeMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::model::Language;

/// The message files: (language tag, source).
pub const FILES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en.ftl")),
    ("ru", include_str!("../../locales/ru.ftl")),
];

/// A language's messages, parsed once.
struct Messages {
    bundle: FluentBundle<FluentResource>,
    /// Every message id, in the file's order.
    ids: Vec<String>,
}

fn messages(tag: &str, source: &str) -> Messages {
    // The files are ours and a test parses them: a syntax error cannot ship.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let ids = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    let lang: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // No Unicode isolation marks around arguments: the pages are one
    // direction, and the marks would show up in copied text and tests.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    Messages { bundle, ids }
}

/// `rolebook explain` in languages other than English (whose texts are
/// the rule table itself, `rules::RULES`): `RULE-summary`, `-why`, `-fix`.
pub const RULE_FILES: &[(&str, &str)] = &[("ru", include_str!("../../locales/rules.ru.ftl"))];

static RULE_BUNDLES: LazyLock<Vec<Messages>> = LazyLock::new(|| {
    RULE_FILES
        .iter()
        .map(|(tag, source)| messages(tag, source))
        .collect()
});

/// A rule's `part` (`summary`, `why` or `fix`) in `language`; `None` in
/// English, whose text is the rule table's.
pub fn rule_text(language: Language, id: &str, part: &str) -> Option<String> {
    let tag = match language {
        Language::En => return None,
        Language::Ru => "ru",
    };
    let i = RULE_FILES.iter().position(|(t, _)| *t == tag)?;
    let m = &RULE_BUNDLES[i];
    let key = format!("{id}-{part}");
    m.ids.contains(&key).then(|| format(m, &key, None))
}

static BUNDLES: LazyLock<Vec<Messages>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|(tag, source)| messages(tag, source))
        .collect()
});

fn of(language: Language) -> &'static Messages {
    let tag = match language {
        Language::En => "en",
        Language::Ru => "ru",
    };
    let i = FILES.iter().position(|(t, _)| *t == tag).unwrap_or(0);
    &BUNDLES[i]
}

/// Formats message `id` with `args`; the id itself when the file lacks it
/// (a test makes sure none does).
fn format(m: &Messages, id: &str, args: Option<&FluentArgs>) -> String {
    let Some(pattern) = m.bundle.get_message(id).and_then(|msg| msg.value()) else {
        return id.to_string();
    };
    let mut errors = Vec::new();
    m.bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// The words of one language, for the templates' `t`: every message that
/// takes no argument (those that do, such as counts and the command
/// line's errors, are formatted where their arguments are known).
pub fn words(language: Language) -> BTreeMap<String, String> {
    let m = of(language);
    m.ids
        .iter()
        .filter_map(|id| {
            let pattern = m.bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = m.bundle.format_pattern(pattern, None, &mut errors);
            errors.is_empty().then(|| (id.clone(), text.into_owned()))
        })
        .collect()
}

/// Message `id` with named text arguments, e.g. an error of the command line.
pub fn message(language: Language, id: &str, args: &[(&str, &str)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, *value);
    }
    format(of(language), id, Some(&fluent))
}

/// A counted phrase, e.g. `checklist-count` with 5: "5 checklists", "5 чек-листов".
pub fn counted(language: Language, id: &str, count: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("count", count);
    format(of(language), id, Some(&args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_has_every_message_of_the_others() {
        let mut all: Vec<(String, Vec<String>)> = Vec::new();
        for (tag, source) in FILES {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("locales/{tag}.ftl does not parse: {errors:?}");
            }
            all.push((tag.to_string(), messages(tag, source).ids));
        }
        for (tag, ids) in &all {
            for (other, theirs) in &all {
                for id in theirs {
                    assert!(
                        ids.contains(id),
                        "locales/{tag}.ftl lacks `{id}` (in {other}.ftl)"
                    );
                }
            }
        }
    }

    #[test]
    fn every_message_renders_in_every_language() {
        for language in [Language::En, Language::Ru] {
            let m = of(language);
            for id in &m.ids {
                // Every argument a message of ours takes, with a sample value.
                let mut args = FluentArgs::new();
                args.set("count", 3);
                args.set("path", "roles/courier.yaml");
                args.set("cause", "denied");
                args.set("detail", "Permission denied");
                let mut errors = Vec::new();
                let pattern = m.bundle.get_message(id).and_then(|msg| msg.value());
                let pattern = pattern.unwrap_or_else(|| panic!("`{id}` has no value"));
                let text = m.bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "`{id}`: {errors:?}");
                assert!(!text.trim().is_empty(), "`{id}` is empty");
            }
        }
    }

    #[test]
    fn every_rule_is_explained_in_russian() {
        for info in crate::rules::RULES {
            for part in ["summary", "why", "fix"] {
                let text = rule_text(Language::Ru, info.id, part);
                assert!(
                    text.as_deref().is_some_and(|t| !t.trim().is_empty()),
                    "locales/rules.ru.ftl lacks `{}-{part}`",
                    info.id
                );
            }
        }
    }

    #[test]
    fn russian_counts_take_the_three_plural_forms() {
        let forms: Vec<String> = [1, 2, 5, 11, 21, 22]
            .iter()
            .map(|n| counted(Language::Ru, "checklist-count", *n))
            .collect();
        assert_eq!(
            forms,
            [
                "1 чек-лист",
                "2 чек-листа",
                "5 чек-листов",
                "11 чек-листов",
                "21 чек-лист",
                "22 чек-листа"
            ]
        );
        assert_eq!(counted(Language::En, "stage-count", 1), "1 stage");
        assert_eq!(counted(Language::En, "stage-count", 2), "2 stages");
    }
}
