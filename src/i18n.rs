//! rolebook's own words in each built-in language, from Project Fluent message files in `locales/`: the site's (`LANG.ftl`), its sentences: findings, refusals, changes (`messages.LANG.ftl`) and `explain`'s (`rules.LANG.ftl`).
//!
//! The files are compiled into the binary: a translator edits them without
//! reading Rust, and each language brings its own plural rules
//! (`checklist-count` is "1 чек-лист, 2 чек-листа, 5 чек-листов" in Russian).
//! Adding a language is adding its files and one line to each of [`FILES`],
//! [`MESSAGE_FILES`] and [`RULE_FILES`].

use std::collections::BTreeMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::diagnostic::{Arg, Text};
use crate::model::Language;

/// The message files: (language tag, source).
pub const FILES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en.ftl")),
    ("ru", include_str!("../locales/ru.ftl")),
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
pub const RULE_FILES: &[(&str, &str)] = &[("ru", include_str!("../locales/rules.ru.ftl"))];

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

/// rolebook's sentences: each [`Text`] (a finding, a refusal of the
/// command line, a change between two versions, who must sign again) is a
/// message here, worded by [`say`].
pub const MESSAGE_FILES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/messages.en.ftl")),
    ("ru", include_str!("../locales/messages.ru.ftl")),
];

static MESSAGE_BUNDLES: LazyLock<Vec<Messages>> = LazyLock::new(|| {
    MESSAGE_FILES
        .iter()
        .map(|(tag, source)| messages(tag, source))
        .collect()
});

/// `text` in `language`: its arguments first (a phrase in an argument is
/// worded in the same language), then its message. A message a language's
/// file lacks is said in English (a test makes sure no file lacks one).
pub fn say(language: Language, text: &Text) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &text.args {
        match value {
            Arg::Str(s) => args.set(*name, s.as_str()),
            Arg::Num(n) => args.set(*name, *n),
            Arg::Text(t) => args.set(*name, say(language, t)),
        }
    }
    let m = &MESSAGE_BUNDLES[tag_index(MESSAGE_FILES, language)];
    if m.bundle.has_message(text.id) {
        format(m, text.id, Some(&args))
    } else {
        format(&MESSAGE_BUNDLES[0], text.id, Some(&args))
    }
}

/// [`say`] in English: what the library's callers and the tests read.
pub fn english(text: &Text) -> String {
    say(Language::En, text)
}

/// The language's position in a file table (English, the first, when absent).
fn tag_index(files: &[(&str, &str)], language: Language) -> usize {
    let tag = match language {
        Language::En => "en",
        Language::Ru => "ru",
    };
    files.iter().position(|(t, _)| *t == tag).unwrap_or(0)
}

static BUNDLES: LazyLock<Vec<Messages>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|(tag, source)| messages(tag, source))
        .collect()
});

fn of(language: Language) -> &'static Messages {
    &BUNDLES[tag_index(FILES, language)]
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

    /// Every file of `files` (`locales/{prefix}LANG.ftl`) parses and has
    /// every message of the others.
    fn same_messages(prefix: &str, files: &[(&str, &str)]) {
        let all: Vec<(&str, Vec<String>)> = files
            .iter()
            .map(|(tag, source)| {
                if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                    panic!("locales/{prefix}{tag}.ftl does not parse: {errors:?}");
                }
                (*tag, messages(tag, source).ids)
            })
            .collect();
        for (tag, ids) in &all {
            for (other, theirs) in &all {
                for id in theirs {
                    assert!(
                        ids.contains(id),
                        "locales/{prefix}{tag}.ftl lacks `{id}` (in {prefix}{other}.ftl)"
                    );
                }
            }
        }
    }

    #[test]
    fn every_file_parses_and_has_every_message_of_the_others() {
        same_messages("", FILES);
        same_messages("messages.", MESSAGE_FILES);
    }

    /// Each `text!` of the sources: its message id and argument names.
    /// Read from the code itself, so a message the code asks for and no
    /// file has, or an argument a message needs and the code does not
    /// pass, fails here rather than in front of a user.
    fn texts_in_the_code() -> Vec<(String, String, Vec<String>)> {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
            let entry = entry.expect("src/ is readable");
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let code = std::fs::read_to_string(entry.path()).expect("a source file");
            let file = entry.path().display().to_string();
            for (at, _) in code.match_indices("text!(") {
                let rest = &code[at + "text!(".len()..];
                // Up to the closing parenthesis, split at top-level commas.
                let (mut depth, mut parts, mut part) = (0i32, Vec::new(), String::new());
                let mut in_string = false;
                for c in rest.chars() {
                    match c {
                        '"' => in_string = !in_string,
                        '(' | '[' | '{' if !in_string => depth += 1,
                        ')' | ']' | '}' if !in_string => depth -= 1,
                        ',' if !in_string && depth == 0 => {
                            parts.push(std::mem::take(&mut part));
                            continue;
                        }
                        _ => {}
                    }
                    if depth < 0 {
                        break;
                    }
                    part.push(c);
                }
                parts.push(part);
                let id = parts[0].trim().trim_matches('"').to_string();
                let is_id = |s: &str| {
                    !s.is_empty()
                        && s.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                };
                if !is_id(&id) {
                    continue; // the macro's definition, this test's own text
                }
                let names = parts[1..]
                    .iter()
                    .filter_map(|p| p.split_once('=').map(|(n, _)| n.trim().to_string()))
                    .filter(|n| !n.is_empty())
                    .collect();
                found.push((file.clone(), id, names));
            }
        }
        found
    }

    #[test]
    fn every_text_of_the_code_is_in_every_findings_file_with_its_arguments() {
        let texts = texts_in_the_code();
        assert!(texts.len() > 150, "found only {} texts", texts.len());
        for (i, (tag, _)) in MESSAGE_FILES.iter().enumerate() {
            let m = &MESSAGE_BUNDLES[i];
            for (file, id, names) in &texts {
                let pattern = m.bundle.get_message(id).and_then(|msg| msg.value());
                let pattern = pattern.unwrap_or_else(|| {
                    panic!("{file}: `{id}` is not in locales/messages.{tag}.ftl")
                });
                let mut args = FluentArgs::new();
                for name in names {
                    args.set(name.as_str(), "x");
                }
                let mut errors = Vec::new();
                let text = m.bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(
                    errors.is_empty(),
                    "{file}: `{id}` in messages.{tag}.ftl needs an argument the code does not pass: {errors:?}"
                );
                assert!(
                    !text.trim().is_empty(),
                    "`{id}` is empty in messages.{tag}.ftl"
                );
            }
            for id in &m.ids {
                assert!(
                    texts.iter().any(|(_, used, _)| used == id),
                    "locales/messages.{tag}.ftl has `{id}`, which no code says"
                );
            }
        }
    }

    #[test]
    fn a_finding_is_worded_in_the_readers_language() {
        let t = crate::text!("stage-without-owner", stage = "brief");
        assert_eq!(english(&t), "no role owns stage `brief`");
        assert_eq!(
            say(Language::Ru, &t),
            "у этапа `brief` нет ответственной роли"
        );
        // A phrase inside a phrase is worded in the same language.
        let t = crate::text!(
            "duplicate-role-help",
            first = crate::text!("first-in", file = "roles/a.yaml", line = 3)
        );
        assert_eq!(
            say(Language::Ru, &t),
            "первое — в roles/a.yaml:3; идентификатор роли — это имя её файла, поэтому переименуйте один из файлов"
        );
        let total = crate::text!("findings-total", errors = 2, warnings = 5);
        assert_eq!(say(Language::Ru, &total), "2 ошибки, 5 предупреждений");
        assert_eq!(english(&total), "2 errors, 5 warnings");
        let total = crate::text!("findings-total", errors = 1, warnings = 21);
        assert_eq!(say(Language::Ru, &total), "1 ошибка, 21 предупреждение");
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
            for part in ["summary", "why", "fix", "example"] {
                let text = rule_text(Language::Ru, info.id, part);
                assert!(
                    text.as_deref().is_some_and(|t| !t.trim().is_empty()),
                    "locales/rules.ru.ftl lacks `{}-{part}`",
                    info.id
                );
            }
            // The example is the same YAML, line for line and indent for
            // indent, with Russian words and comments.
            let shape = |s: &str| -> Vec<usize> {
                s.lines().map(|l| l.len() - l.trim_start().len()).collect()
            };
            let ru = rule_text(Language::Ru, info.id, "example").unwrap_or_default();
            assert_eq!(
                shape(&ru),
                shape(info.example),
                "`{}-example` is not indented as the English one:\n{ru}",
                info.id
            );
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
