//! Findings: problems in the user's specs, returned as data so a run reports all of them.
//!
//! A [`Finding`] is not a failure of rolebook: failures (I/O, bad arguments)
//! are `Err` values. Rendering lives in [`crate::report`]; this module only
//! describes what was found and where.

use crate::rules::Rule;
pub use crate::rules::Severity;

/// A place in a source file: 1-based line and column, plus a byte range for the snippet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// Index into [`crate::model::Handbook::files`].
    pub file: u32,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
    /// Byte offset of the marked text.
    pub start: u32,
    /// Byte length of the marked text (0 for a point).
    pub len: u32,
}

impl Loc {
    /// The start of a file: where whole-file findings point.
    pub fn file_start(file: u32) -> Loc {
        Loc {
            file,
            line: 1,
            col: 1,
            start: 0,
            len: 0,
        }
    }
}

/// Words for the user in no language yet: a message id of
/// `locales/LANG.ftl` and its named arguments.
///
/// The checks describe what they found with these; [`crate::i18n::say`]
/// turns one into a sentence once the reader's language is known (the
/// handbook's, or `--lang`), so a finding found while loading
/// `handbook.yaml` is worded in the language that file then names.
/// Build one with [`text!`](crate::text).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Text {
    /// The message id, e.g. `stage-without-owner` (made up only where a
    /// table names it, as the format's field meanings `doc-role-title`).
    pub id: std::borrow::Cow<'static, str>,
    /// Named arguments, e.g. `stage` = `brief`.
    pub args: Vec<(&'static str, Arg)>,
}

impl Text {
    /// The same text with every word argument (ids, names, a user's text,
    /// in nested phrases too) passed through `f`: how a terminal or a
    /// Markdown comment makes a spec's words safe before they are said.
    /// `f` must keep letters, digits, spaces and inner hyphens, which
    /// messages select on.
    pub fn map_words(mut self, f: &dyn Fn(&str) -> String) -> Text {
        for (_, arg) in &mut self.args {
            match arg {
                Arg::Str(s) => *s = f(s),
                Arg::Text(t) => **t = std::mem::take(&mut **t).map_words(f),
                Arg::Num(_) => {}
            }
        }
        self
    }
}

impl Default for Text {
    fn default() -> Text {
        Text {
            id: std::borrow::Cow::Borrowed(""),
            args: Vec::new(),
        }
    }
}

/// A value put into a [`Text`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Arg {
    /// Words as they are: an id, a file name, a user's text.
    Str(String),
    /// A number, which a language may count with (1 день, 2 дня, 5 дней).
    Num(i64),
    /// A phrase of its own, worded in the same language first.
    Text(Box<Text>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<&&str> for Arg {
    fn from(s: &&str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u8, u32, u64, usize, i32, i64);

/// A [`Text`]: `text!("stage-without-owner", stage = s.id.value.as_str())`.
#[macro_export]
macro_rules! text {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diagnostic::Text {
            id: ::std::borrow::Cow::Borrowed($id),
            args: vec![$((stringify!($name), $crate::diagnostic::Arg::from($value))),*],
        }
    };
}

/// One problem found in the handbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule that fired.
    pub rule: Rule,
    /// Severity after overrides.
    pub severity: Severity,
    /// Where it is.
    pub loc: Loc,
    /// What is wrong, in plain words.
    pub message: Text,
    /// A short label under the marked text.
    pub label: Option<Text>,
    /// How to fix it, where we can say.
    pub help: Option<Text>,
}

impl Finding {
    /// A finding at its rule's default severity.
    pub fn new(rule: Rule, loc: Loc, message: Text) -> Finding {
        Finding {
            rule,
            severity: rule.default_severity(),
            loc,
            message,
            label: None,
            help: None,
        }
    }

    /// Adds a help line.
    pub fn help(mut self, help: Text) -> Finding {
        self.help = Some(help);
        self
    }

    /// Adds a help line when there is one.
    pub fn maybe_help(mut self, help: Option<Text>) -> Finding {
        self.help = help;
        self
    }

    /// Adds a label under the marked text.
    pub fn label(mut self, label: Text) -> Finding {
        self.label = Some(label);
        self
    }
}

/// The closest candidates to `wanted`, best first, as a "did you mean" help line.
pub fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Text> {
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(wanted, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    match scored.as_slice() {
        [] => None,
        [(_, one)] => Some(text!("did-you-mean", one = *one)),
        [(_, a), (_, b), ..] => Some(text!("did-you-mean-two", one = *a, two = *b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_ids() {
        assert_eq!(
            did_you_mean("client-servce", ["client-service", "courier"]),
            Some(text!("did-you-mean", one = "client-service"))
        );
        assert_eq!(did_you_mean("zzz", ["client-service", "courier"]), None);
    }
}
