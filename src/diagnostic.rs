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
    pub message: String,
    /// A short label under the marked text.
    pub label: Option<String>,
    /// How to fix it, where we can say.
    pub help: Option<String>,
}

impl Finding {
    /// A finding at its rule's default severity.
    pub fn new(rule: Rule, loc: Loc, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            severity: rule.default_severity(),
            loc,
            message: message.into(),
            label: None,
            help: None,
        }
    }

    /// Adds a help line.
    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    /// Adds a help line when there is one.
    pub fn maybe_help(mut self, help: Option<String>) -> Finding {
        self.help = help;
        self
    }

    /// Adds a label under the marked text.
    pub fn label(mut self, label: impl Into<String>) -> Finding {
        self.label = Some(label.into());
        self
    }
}

/// The closest candidates to `wanted`, best first, as a "did you mean" help line.
pub fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(wanted, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    match scored.as_slice() {
        [] => None,
        [(_, one)] => Some(format!("did you mean `{one}`?")),
        [(_, a), (_, b), ..] => Some(format!("did you mean `{a}` or `{b}`?")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_ids() {
        assert_eq!(
            did_you_mean("client-servce", ["client-service", "courier"]).as_deref(),
            Some("did you mean `client-service`?")
        );
        assert_eq!(did_you_mean("zzz", ["client-service", "courier"]), None);
    }
}
