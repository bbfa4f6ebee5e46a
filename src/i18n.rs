//! rolebook's own words in each language it speaks: one Project Fluent file per language, `locales/TAG.ftl`, with the site's words, the sentences of findings and of the command line, and `rolebook explain`'s texts.
//!
//! The files are compiled into the binary (`build.rs` lists `locales/`):
//! a translator edits one file without reading Rust, and adding a
//! language is adding its file. Each language brings its own plural rules
//! (`checklist-count` is "1 чек-лист, 2 чек-листа, 5 чек-листов" in
//! Russian). A message a file lacks is said in English.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::diagnostic::{Arg, Text};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A language rolebook speaks: the tag of one file of `locales/` (`en`, `ru`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Language(&'static str);

impl Language {
    /// English, the language of the code and the fallback of every other.
    pub const EN: Language = Language("en");

    /// The language whose file is `locales/TAG.ftl`, if there is one.
    pub fn from_tag(tag: &str) -> Option<Language> {
        LOCALES
            .iter()
            .find(|(t, _)| *t == tag)
            .map(|(t, _)| Language(t))
    }

    /// Every language, English first.
    pub fn all() -> impl Iterator<Item = Language> {
        LOCALES.iter().map(|(t, _)| Language(t))
    }

    /// Its tag, as `language:` in handbook.yaml writes it.
    pub fn tag(self) -> &'static str {
        self.0
    }

    /// The language a locale such as `ru_RU.UTF-8` names, if rolebook speaks it.
    pub fn of_locale(locale: &str) -> Option<Language> {
        let lang = locale.split(['_', '.', '@', '-']).next()?;
        Language::from_tag(&lang.to_ascii_lowercase())
    }

    fn index(self) -> usize {
        LOCALES.iter().position(|(t, _)| *t == self.0).unwrap_or(0)
    }
}

impl Default for Language {
    fn default() -> Language {
        Language::EN
    }
}

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

static BUNDLES: LazyLock<Vec<Messages>> = LazyLock::new(|| {
    LOCALES
        .iter()
        .map(|(tag, source)| messages(tag, source))
        .collect()
});

/// The file of `language` when it has message `id`, else English's.
fn holding(language: Language, id: &str) -> &'static Messages {
    let m = &BUNDLES[language.index()];
    if m.bundle.has_message(id) {
        m
    } else {
        &BUNDLES[0]
    }
}

/// A rule's `part` (`summary`, `why`, `fix` or `example`) in `language`.
pub fn rule_text(language: Language, id: &str, part: &str) -> String {
    let key = format!("{id}-{part}");
    format(holding(language, &key), &key, None)
}

/// `text` in `language`: its arguments first (a phrase in an argument is
/// worded in the same language), then its message.
pub fn say(language: Language, text: &Text) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &text.args {
        match value {
            Arg::Str(s) => args.set(*name, s.as_str()),
            Arg::Num(n) => args.set(*name, *n),
            Arg::Text(t) => args.set(*name, say(language, t)),
        }
    }
    format(holding(language, &text.id), &text.id, Some(&args))
}

/// A number as `language` writes it: `figure` made with Rust's `format!`
/// (`100.0`, `2.5`), its decimal point the language's (`100,0` in Russian:
/// message `decimal-separator`).
pub fn number(language: Language, figure: &str) -> String {
    let sep = say(language, &crate::text!("decimal-separator"));
    figure.replacen('.', &sep, 1)
}

/// A day as `language` writes it in a table or a list: 2026-02-28 in
/// English, 28.02.2026 in Russian (message `date-format`; a format jiff
/// cannot follow gives the ISO date).
pub fn short_date(language: Language, day: jiff::civil::Date) -> String {
    let format = say(language, &crate::text!("date-format"));
    jiff::fmt::strtime::format(format.as_str(), day).unwrap_or_else(|_| day.to_string())
}

/// A day as `language` says it in a sentence: "1 December 2026",
/// «1 декабря 2026 г.» (message `long-date`).
pub fn long_date(language: Language, day: jiff::civil::Date) -> String {
    say(
        language,
        &crate::text!(
            "long-date",
            day = i64::from(day.day()),
            month = i64::from(day.month()),
            year = i64::from(day.year())
        ),
    )
}

/// [`say`] in English: what the library's callers and the tests read.
pub fn english(text: &Text) -> String {
    say(Language::EN, text)
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
    let m = &BUNDLES[language.index()];
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ru() -> Language {
        Language::from_tag("ru").expect("locales/ru.ftl")
    }

    #[test]
    fn days_and_numbers_are_written_as_each_language_writes_them() {
        let day = jiff::civil::date(2026, 12, 1);
        assert_eq!(long_date(Language::EN, day), "1 December 2026");
        assert_eq!(long_date(ru(), day), "1 декабря 2026 г.");
        assert_eq!(number(ru(), "100.0"), "100,0");
        assert_eq!(number(Language::EN, "2.5"), "2.5");
    }

    #[test]
    fn every_file_parses_and_has_every_message_of_the_others() {
        assert!(LOCALES.len() >= 2 && LOCALES[0].0 == "en");
        for (tag, source) in LOCALES {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("locales/{tag}.ftl does not parse: {errors:?}");
            }
        }
        for (language, m) in Language::all().zip(BUNDLES.iter()) {
            for (other, theirs) in Language::all().zip(BUNDLES.iter()) {
                for id in &theirs.ids {
                    assert!(
                        m.ids.contains(id),
                        "locales/{}.ftl lacks `{id}` (in {}.ftl)",
                        language.tag(),
                        other.tag()
                    );
                }
            }
        }
    }

    #[test]
    fn a_locale_names_its_language() {
        assert_eq!(Language::of_locale("ru_RU.UTF-8"), Some(ru()));
        assert_eq!(Language::of_locale("en_GB.UTF-8"), Some(Language::EN));
        assert_eq!(Language::of_locale("C.UTF-8"), None);
        assert_eq!(Language::of_locale("rum"), None);
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
    fn every_text_of_the_code_is_in_every_file_with_its_arguments() {
        let texts = texts_in_the_code();
        assert!(texts.len() > 150, "found only {} texts", texts.len());
        for (language, m) in Language::all().zip(BUNDLES.iter()) {
            let tag = language.tag();
            for (file, id, names) in &texts {
                let pattern = m.bundle.get_message(id).and_then(|msg| msg.value());
                let pattern =
                    pattern.unwrap_or_else(|| panic!("{file}: `{id}` is not in locales/{tag}.ftl"));
                let mut args = FluentArgs::new();
                for name in names {
                    args.set(name.as_str(), "x");
                }
                let mut errors = Vec::new();
                let text = m.bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(
                    errors.is_empty(),
                    "{file}: `{id}` in {tag}.ftl needs an argument the code does not pass: {errors:?}"
                );
                assert!(!text.trim().is_empty(), "`{id}` is empty in {tag}.ftl");
            }
            // A message that takes arguments is said by the code through
            // `text!`: one nobody says is a leftover.
            for id in &m.ids {
                let pattern = m.bundle.get_message(id).and_then(|msg| msg.value());
                let mut errors = Vec::new();
                if let Some(p) = pattern {
                    let _ = m.bundle.format_pattern(p, None, &mut errors);
                }
                if !errors.is_empty() {
                    assert!(
                        texts.iter().any(|(_, used, _)| used == id),
                        "locales/{tag}.ftl has `{id}`, which no code says"
                    );
                }
            }
        }
    }

    #[test]
    fn a_finding_is_worded_in_the_readers_language() {
        let t = crate::text!("stage-without-owner", stage = "brief");
        assert_eq!(english(&t), "no role owns stage `brief`");
        assert_eq!(say(ru(), &t), "у этапа `brief` нет ответственной роли");
        // A phrase inside a phrase is worded in the same language.
        let t = crate::text!(
            "duplicate-role-help",
            first = crate::text!("first-in", file = "roles/a.yaml", line = 3)
        );
        assert_eq!(
            say(ru(), &t),
            "первое — в roles/a.yaml:3; идентификатор роли — это имя её файла, поэтому переименуйте один из файлов"
        );
        let total = crate::text!("findings-total", errors = 2, warnings = 5);
        assert_eq!(say(ru(), &total), "2 ошибки, 5 предупреждений");
        assert_eq!(english(&total), "2 errors, 5 warnings");
        let total = crate::text!("findings-total", errors = 1, warnings = 21);
        assert_eq!(say(ru(), &total), "1 ошибка, 21 предупреждение");
    }

    #[test]
    fn every_message_renders_in_every_language() {
        let texts = texts_in_the_code();
        for m in BUNDLES.iter() {
            // The code's texts are checked with their own arguments above.
            let others = m
                .ids
                .iter()
                .filter(|id| !texts.iter().any(|(_, used, _)| used == *id));
            // The others are words without arguments (the templates', the
            // rules' texts).
            for id in others {
                let mut errors = Vec::new();
                let pattern = m.bundle.get_message(id).and_then(|msg| msg.value());
                let pattern = pattern.unwrap_or_else(|| panic!("`{id}` has no value"));
                let text = m.bundle.format_pattern(pattern, None, &mut errors);
                assert!(errors.is_empty(), "`{id}`: {errors:?}");
                assert!(!text.trim().is_empty(), "`{id}` is empty");
            }
        }
    }

    #[test]
    fn every_rule_is_explained_in_every_language() {
        for info in crate::rules::RULES {
            for language in Language::all() {
                for part in ["summary", "why", "fix", "example"] {
                    let key = format!("{}-{part}", info.id);
                    assert!(
                        BUNDLES[language.index()].ids.contains(&key),
                        "locales/{}.ftl lacks `{key}`",
                        language.tag()
                    );
                }
                // The example is the same YAML in every language, line for
                // line and indent for indent, in the language's words.
                let shape = |s: &str| -> Vec<usize> {
                    s.lines().map(|l| l.len() - l.trim_start().len()).collect()
                };
                let example = rule_text(language, info.id, "example");
                assert_eq!(
                    shape(&example),
                    shape(&rule_text(Language::EN, info.id, "example")),
                    "`{}-example` of {}.ftl is not indented as the English one:\n{example}",
                    info.id,
                    language.tag()
                );
            }
        }
    }

    #[test]
    fn russian_counts_take_the_three_plural_forms() {
        let forms: Vec<String> = [1, 2, 5, 11, 21, 22]
            .iter()
            .map(|n| say(ru(), &crate::text!("checklist-count", count = *n)))
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
        let english = |n: usize| english(&crate::text!("checklist-count", count = n));
        assert_eq!(english(1), "1 checklist");
        assert_eq!(english(2), "2 checklists");
    }
}
