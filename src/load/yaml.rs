//! YAML text -> a spanned [`Node`] tree, with budgets so no input can hang or exhaust us.
//!
//! serde-saphyr is the parser of record. We read into our own untyped tree (rather
//! than straight into typed structs) so that one file can yield many
//! findings: unknown keys, missing keys and wrong types are all reported by
//! [`super::schema`], not just the first one serde would stop at.
//!

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{DuplicateKeyPolicy, Spanned};
use std::fmt;

use crate::diagnostic::Text;
use crate::text;

/// Files larger than this are not parsed. A role spec is a few kilobytes and
/// a `handbook.yaml` with 10,000 artifacts about 2 MB; the cap only stops a
/// file that is not a spec at all from filling memory.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;
/// Nesting deeper than this is refused; the format needs about six levels.
pub const MAX_DEPTH: usize = 32;
/// Total nodes, counting alias expansions: stops alias bombs.
pub const MAX_NODES: usize = 200_000;

/// Where a node starts in its file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// Byte offset.
    pub start: u32,
    /// Byte length of the scalar (or of the opening indicator for collections).
    pub len: u32,
}

/// The kind of scalar YAML 1.2's core schema resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScalarKind {
    /// A string.
    Str,
    /// An integer.
    Int,
    /// A float.
    Float,
    /// `true` or `false`.
    Bool,
}

/// A YAML value with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where it is.
    pub pos: Pos,
}

/// An untyped YAML value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `~`, `null` or nothing.
    Null,
    /// A scalar with its source text (so `2024` used as an id stays `"2024"`).
    Scalar {
        /// The text as written (after unquoting for strings).
        text: String,
        /// How YAML 1.2 core resolved it.
        kind: ScalarKind,
        /// The integer value, for `Int`.
        int: Option<i64>,
        /// The boolean value, for `Bool`.
        boolean: Option<bool>,
    },
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in source order, with repeated keys kept (we report them).
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// The scalar text, if this is a scalar.
    pub fn text(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The entries, if this is a mapping.
    pub fn entries(&self) -> Option<&[(Node, Node)]> {
        match &self.value {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The first value under `key`, if this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entries()?
            .iter()
            .find(|(k, _)| k.text() == Some(key))
            .map(|(_, v)| v)
    }

    /// The items, if this is a sequence.
    pub fn items(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(s) => Some(s),
            _ => None,
        }
    }

    /// The node's shape, as the `shape` message's selector (`text`, `list`...).
    pub fn shape(&self) -> &'static str {
        match &self.value {
            Value::Null => "nothing",
            Value::Scalar { kind, .. } => match kind {
                ScalarKind::Str => "text",
                ScalarKind::Int => "number",
                ScalarKind::Float => "number",
                ScalarKind::Bool => "bool",
            },
            Value::Seq(_) => "list",
            Value::Map(_) => "mapping",
        }
    }
}

/// Why a file could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Where, when known.
    pub pos: Option<Pos>,
    /// What went wrong.
    pub message: Text,
    /// What to do.
    pub help: Option<Text>,
}

/// The error for a file of `size` bytes, over [`MAX_FILE_BYTES`].
pub fn too_large(size: u64) -> ParseError {
    ParseError {
        pos: None,
        message: text!(
            "file-too-large",
            size = size,
            limit = MAX_FILE_BYTES,
            mib = MAX_FILE_BYTES >> 20
        ),
        help: Some(text!("file-too-large-help")),
    }
}

/// Parses a file's bytes. Never panics; every problem is a [`ParseError`].
/// The loader reads at most one byte over the limit, so the size named here
/// is a lower bound; it names the real one (see [`too_large`]).
pub fn parse(bytes: &[u8]) -> Result<Node, ParseError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|b| **b == b'\n').count() as u32 + 1;
            let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let col = String::from_utf8_lossy(&good[line_start..]).chars().count() as u32 + 1;
            return Err(ParseError {
                pos: Some(Pos {
                    line,
                    col,
                    start: e.valid_up_to() as u32,
                    len: 0,
                }),
                message: text!("not-utf8"),
                help: Some(text!("not-utf8-help")),
            });
        }
    };
    parse_str(text)
}

/// Parses UTF-8 text with serde-saphyr: every YAML feature, the budgets, and worded errors.
pub fn parse_str(text: &str) -> Result<Node, ParseError> {
    let options = serde_saphyr::options! {
        strict_booleans: true,
        duplicate_keys: DuplicateKeyPolicy::PassThrough,
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_nodes: MAX_NODES,
            max_documents: 1,
        },
    };
    match serde_saphyr::from_str_with_options::<Spanned<Raw>>(text, options) {
        Ok(raw) => Ok(convert(raw, text)),
        Err(e) => Err(parse_error(&e, text)),
    }
}

/// What kind of problem a YAML error is, for the help that goes with it.
enum Kind {
    /// More than one document in the file.
    Documents,
    /// Over a budget: too deep, too many nodes or aliases.
    Budget,
    /// A tab where YAML wants spaces.
    Tabs,
    /// A document marker or directive where one document was expected.
    Directive,
    /// Anything else.
    Other,
}

/// The kind of `e`, from serde-saphyr's error variants and, for what its
/// parser found, the parser's own error kinds.
fn kind(e: &serde_saphyr::Error) -> Kind {
    use serde_saphyr::Error;
    use serde_saphyr::budget::BudgetBreach;
    use serde_saphyr::granit_parser::ErrorKind;
    match e {
        Error::MultipleDocuments { .. }
        | Error::Budget {
            breach: BudgetBreach::Documents { .. },
            ..
        } => Kind::Documents,
        Error::Budget { .. }
        | Error::AliasReplayCounterOverflow { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. } => Kind::Budget,
        Error::AliasError { error, .. } | Error::WithSnippet { error, .. } => kind(error),
        Error::ExternalMessage { source, .. } => match &**source {
            serde_saphyr::ExternalMessageSource::Parser(scan) => match scan.kind() {
                ErrorKind::RecursionLimitExceeded => Kind::Budget,
                ErrorKind::TabNotAllowed | ErrorKind::TabInBlockIndentation => Kind::Tabs,
                ErrorKind::InvalidDocumentEnd | ErrorKind::DirectiveDisallowed => Kind::Directive,
                _ => Kind::Other,
            },
            _ => Kind::Other,
        },
        _ => Kind::Other,
    }
}

/// serde-saphyr's error in `text`, placed by its byte offset, or by its
/// character offset where a syntax error carries no byte offset (so the
/// report can show the line).
fn parse_error(e: &serde_saphyr::Error, text: &str) -> ParseError {
    let location = e.location();
    let pos = location.map(|l| {
        let span = l.span();
        let start = span.byte_offset().or_else(|| {
            let chars = usize::try_from(span.offset()).ok()?;
            let byte = text
                .char_indices()
                .nth(chars)
                .map_or(text.len(), |(i, _)| i);
            Some(byte as u64)
        });
        Pos {
            line: l.line() as u32,
            col: l.column() as u32,
            start: start.unwrap_or(u64::MAX).min(u32::MAX as u64) as u32,
            len: 0,
        }
    });
    let plain = e.without_snippet().to_string();
    // The plain message ends with " at line L, column C ..."; we show the position ourselves.
    let message = plain
        .find(" at line ")
        .map_or(plain.as_str(), |i| &plain[..i])
        .trim()
        .to_string();
    // The library's own words stay English inside ours (`detail`); which
    // help goes with them is read from the error's kind, not its words.
    let (message, help) = match kind(e) {
        Kind::Documents => (text!("yaml-documents"), text!("yaml-documents-help")),
        Kind::Budget => (
            text!("yaml-budget", detail = message),
            text!("yaml-budget-help", depth = MAX_DEPTH, nodes = MAX_NODES),
        ),
        Kind::Tabs => (
            text!("yaml-error", detail = message),
            text!("yaml-tabs-help"),
        ),
        Kind::Directive => (
            text!("yaml-error", detail = message),
            text!("yaml-one-document-help"),
        ),
        Kind::Other => (
            text!("yaml-error", detail = message),
            text!("yaml-error-help"),
        ),
    };
    ParseError {
        pos,
        message,
        help: Some(help),
    }
}

/// What serde-saphyr hands us: values with locations, recursively.
enum Raw {
    Null,
    Bool(bool),
    Int(i64),
    Float,
    Str(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_none<E>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
                Raw::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
                Ok(Raw::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
                Ok(Raw::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
                Ok(i64::try_from(v).map_or(Raw::Float, Raw::Int))
            }
            fn visit_i128<E>(self, _: i128) -> Result<Raw, E> {
                Ok(Raw::Float)
            }
            fn visit_u128<E>(self, _: u128) -> Result<Raw, E> {
                Ok(Raw::Float)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Raw, E> {
                Ok(Raw::Float)
            }
            fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
                Ok(Raw::Str(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Raw, E> {
                Ok(Raw::Str(v))
            }
            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Raw, E> {
                Ok(Raw::Str(String::from_utf8_lossy(v).into_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Raw, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = a.next_element()? {
                    items.push(item);
                }
                Ok(Raw::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Raw, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = a.next_entry()? {
                    entries.push(entry);
                }
                Ok(Raw::Map(entries))
            }
        }
        d.deserialize_any(RawVisitor)
    }
}

fn convert(raw: Spanned<Raw>, src: &str) -> Node {
    let loc = raw.referenced;
    let span = loc.span();
    let start = span.byte_offset().filter(|o| *o != u32::MAX as u64);
    let len = span.byte_len().filter(|l| *l != u32::MAX as u64);
    let pos = Pos {
        line: loc.line().max(1) as u32,
        col: loc.column().max(1) as u32,
        start: start.unwrap_or(0) as u32,
        len: len.unwrap_or(0) as u32,
    };
    // The scalar's source text, for numbers and booleans that are really ids.
    let source = || -> Option<String> {
        let (s, l) = (start? as usize, len? as usize);
        src.get(s..s.checked_add(l)?).map(str::to_owned)
    };
    let scalar = |kind, fallback: String, int, boolean| Value::Scalar {
        text: source().unwrap_or(fallback),
        kind,
        int,
        boolean,
    };
    let value = match raw.value {
        Raw::Null => Value::Null,
        Raw::Bool(b) => scalar(ScalarKind::Bool, b.to_string(), None, Some(b)),
        Raw::Int(i) => scalar(ScalarKind::Int, i.to_string(), Some(i), None),
        Raw::Float => scalar(ScalarKind::Float, String::new(), None, None),
        Raw::Str(s) => Value::Scalar {
            text: s,
            kind: ScalarKind::Str,
            int: None,
            boolean: None,
        },
        Raw::Seq(items) => Value::Seq(items.into_iter().map(|i| convert(i, src)).collect()),
        Raw::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| (convert(k, src), convert(v, src)))
                .collect(),
        ),
    };
    Node { value, pos }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_look_like_numbers_keep_their_text() {
        let node = parse_str("id: 007\nflag: yes\nn: 0x10\n").unwrap();
        assert_eq!(node.get("id").and_then(Node::text), Some("007"));
        assert_eq!(node.get("flag").and_then(Node::text), Some("yes"));
        assert_eq!(node.get("n").and_then(Node::text), Some("0x10"));
    }

    #[test]
    fn repeated_keys_are_kept_for_the_checker() {
        let node = parse_str("a: 1\nb: 2\na: 3\n").unwrap();
        assert_eq!(node.entries().map(<[_]>::len), Some(3));
    }

    #[test]
    fn alias_bomb_is_refused_quickly() {
        let mut s = String::from("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for i in 0..12u8 {
            let (n, p) = ((b'b' + i) as char, (b'a' + i) as char);
            s += &format!("{n}: &{n} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n");
        }
        let err = parse_str(&s).unwrap_err();
        let message = crate::i18n::english(&err.message);
        assert!(message.contains("aliases"), "{message}");
    }

    #[test]
    fn each_kind_of_yaml_error_gets_its_own_help() {
        let help = |text: &str| {
            let err = parse_str(text).unwrap_err();
            (
                err.message.id.to_string(),
                err.help.map(|h| h.id.to_string()),
            )
        };
        let said = |id: &str| Some(id.to_string());
        assert_eq!(
            help("a: 1\n---\nb: 2\n"),
            ("yaml-documents".into(), said("yaml-documents-help"))
        );
        assert_eq!(
            help("a:\n\t- b\n"),
            ("yaml-error".into(), said("yaml-tabs-help"))
        );
        assert_eq!(
            help(&"[".repeat(1_000)),
            ("yaml-budget".into(), said("yaml-budget-help"))
        );
        assert_eq!(
            help("a: 1\nb\nc: 2\n"),
            ("yaml-error".into(), said("yaml-error-help"))
        );
    }

    #[test]
    fn deep_nesting_is_refused() {
        let s = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(parse_str(&s).is_err());
    }

    #[test]
    fn columns_count_characters_along_a_long_line() {
        // Columns count characters, not bytes: the last of 90,000 Cyrillic
        // items on one line, and the next line, are where a reader sees them.
        let items = vec!["пункт"; 90_000].join(", ");
        let text = format!("a: [{items}]\nб: в\n");
        let node = parse_str(&text).expect("parses");
        let last = node.get("a").and_then(Node::items).and_then(<[Node]>::last);
        assert_eq!(last.map(|n| n.pos.col), Some(5 + 7 * 89_999));
        assert_eq!(node.get("б").map(|n| (n.pos.line, n.pos.col)), Some((2, 4)));
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let err = parse(b"title: ok\nsummary: \xff\n").unwrap_err();
        assert_eq!(err.pos.map(|p| (p.line, p.col)), Some((2, 10)));
    }
}
