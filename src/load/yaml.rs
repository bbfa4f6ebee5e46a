//! YAML text -> a spanned [`Node`] tree, with budgets so no input can hang or exhaust us.
//!
//! serde-saphyr is the parser of record. We read into our own untyped tree (rather
//! than straight into typed structs) so that one file can yield many
//! findings: unknown keys, missing keys and wrong types are all reported by
//! [`super::schema`], not just the first one serde would stop at.
//!
//! Three readers, tried in turn, each declining what it is not sure of:
//! `subset` reads the block-style YAML that handbook files are written in
//! line by line (no tokenizer: about five times faster than the next);
//! `plain` reads a wider plain YAML from the events of serde-saphyr's own
//! parser; `parse_with_serde` takes everything else and every error. Where
//! a faster one answers, the tree is the one serde-saphyr gives, positions
//! included (`tests` below).

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{DuplicateKeyPolicy, Spanned};
use std::fmt;

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

    /// A short name of the node's shape, for messages.
    pub fn shape(&self) -> &'static str {
        match &self.value {
            Value::Null => "nothing",
            Value::Scalar { kind, .. } => match kind {
                ScalarKind::Str => "a text",
                ScalarKind::Int => "a number",
                ScalarKind::Float => "a number",
                ScalarKind::Bool => "true/false",
            },
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Why a file could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Where, when known.
    pub pos: Option<Pos>,
    /// What went wrong.
    pub message: String,
    /// What to do.
    pub help: Option<String>,
}

/// The error for a file of `size` bytes, over [`MAX_FILE_BYTES`].
pub fn too_large(size: u64) -> ParseError {
    ParseError {
        pos: None,
        message: format!(
            "the file is {size} bytes, over the limit of {MAX_FILE_BYTES} bytes ({} MiB)",
            MAX_FILE_BYTES >> 20
        ),
        help: Some("split it: one role per file, one process per file".into()),
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
                message: "the file is not valid UTF-8".into(),
                help: Some(
                    "save the file as UTF-8 (most editors offer it under \"Save with encoding\")"
                        .into(),
                ),
            });
        }
    };
    parse_str(text)
}

/// Parses UTF-8 text.
pub fn parse_str(text: &str) -> Result<Node, ParseError> {
    if let Some(node) = subset::parse(text).or_else(|| plain::parse(text)) {
        return Ok(node);
    }
    parse_with_serde(text)
}

mod subset;

/// The full path: every YAML feature, the budgets, and worded errors.
fn parse_with_serde(text: &str) -> Result<Node, ParseError> {
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
        Err(e) => Err(parse_error(&e)),
    }
}

/// The common case, read straight from the events of serde-saphyr's own
/// parser (granit-parser): one document of block or flow collections whose
/// scalars are quoted, or plain words, or plain whole numbers, booleans or
/// nulls, with no anchors, aliases, tags or merge keys. That is every file of
/// a handbook written to `format.md`, and it parses about three times faster
/// than through serde. Anything else, and any error, gives `None`: such a file
/// takes the serde-saphyr path above, which resolves every YAML feature,
/// enforces the budgets and words the errors; `plain::tests` and
/// `load::tests` check that both paths give the same tree.
mod plain {
    use super::{MAX_DEPTH, MAX_NODES, Node, Pos, Value, resolve};
    use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, Span};

    enum Frame {
        Seq(Vec<Node>, Pos),
        Map(Vec<(Node, Node)>, Option<Node>, Pos),
    }

    pub(super) fn parse(text: &str) -> Option<Node> {
        let options = serde_saphyr::granit_parser::options! {
            block_nesting_limit: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
            emit_comments: false,
        };
        let mut stack: Vec<Frame> = Vec::new();
        let mut root = None;
        let mut documents = 0;
        let mut nodes = 0;
        for event in Parser::new_from_str_with_options(text, options) {
            let (event, span) = event.ok()?;
            let node = match event {
                Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => continue,
                Event::DocumentStart(..) => {
                    documents += 1;
                    if documents > 1 {
                        return None;
                    }
                    continue;
                }
                Event::Scalar(value, style, 0, None) => Node {
                    value: resolve(&value, style == ScalarStyle::Plain)?,
                    pos: pos(&span, text)?,
                },
                Event::SequenceStart(_, 0, None) | Event::MappingStart(_, 0, None)
                    if stack.len() + 2 < MAX_DEPTH =>
                {
                    let at = pos(&span, text)?;
                    stack.push(if matches!(event, Event::SequenceStart(..)) {
                        Frame::Seq(Vec::new(), at)
                    } else {
                        Frame::Map(Vec::new(), None, at)
                    });
                    continue;
                }
                Event::SequenceEnd => match stack.pop()? {
                    Frame::Seq(items, pos) => Node {
                        value: Value::Seq(items),
                        pos,
                    },
                    Frame::Map(..) => return None,
                },
                Event::MappingEnd => match stack.pop()? {
                    Frame::Map(entries, None, pos) => Node {
                        value: Value::Map(entries),
                        pos,
                    },
                    _ => return None,
                },
                // Anchors, aliases, tags, comments, deep nesting: serde-saphyr's path.
                _ => return None,
            };
            nodes += 1;
            if nodes > MAX_NODES / 2 {
                return None;
            }
            match stack.last_mut() {
                None if root.is_none() => root = Some(node),
                None => return None,
                Some(Frame::Seq(items, _)) => items.push(node),
                Some(Frame::Map(entries, pending, _)) => match pending.take() {
                    Some(key) => entries.push((key, node)),
                    // Keys are texts or numbers; null or collection keys take the long way.
                    None if matches!(node.value, Value::Scalar { .. }) => *pending = Some(node),
                    None => return None,
                },
            }
        }
        if stack.is_empty() { root } else { None }
    }

    fn pos(span: &Span, text: &str) -> Option<Pos> {
        let start = span.start.byte_offset()?;
        let end = span.end.byte_offset()?;
        if end > text.len() || start > end {
            return None;
        }
        Some(Pos {
            line: u32::try_from(span.start.line()).ok()?.max(1),
            col: u32::try_from(span.start.col() + 1).ok()?,
            start: u32::try_from(start).ok()?,
            len: u32::try_from(end - start).ok()?,
        })
    }
}

/// YAML 1.2 core resolution, for the forms it is sure of; `None` for the rest.
fn resolve(value: &str, plain: bool) -> Option<Value> {
    let scalar = |kind, int, boolean| Value::Scalar {
        text: value.to_owned(),
        kind,
        int,
        boolean,
    };
    if !plain {
        return Some(scalar(ScalarKind::Str, None, None));
    }
    match value {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" => return Some(scalar(ScalarKind::Bool, None, Some(true))),
        "false" | "False" | "FALSE" => {
            return Some(scalar(ScalarKind::Bool, None, Some(false)));
        }
        _ => {}
    }
    let first = value.chars().next()?;
    if first.is_alphabetic() {
        let lower = value.to_ascii_lowercase();
        if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
            return None;
        }
        return Some(scalar(ScalarKind::Str, None, None));
    }
    // Whole numbers without a sign, a leading zero, `_` or a radix prefix,
    // short enough for an i64; the other spellings are left to serde-saphyr.
    let b = value.as_bytes();
    let decimal =
        b.len() <= 18 && b.iter().all(u8::is_ascii_digit) && (b[0] != b'0' || b.len() == 1);
    if decimal {
        let n: i64 = value.parse().ok()?;
        return Some(scalar(ScalarKind::Int, Some(n), None));
    }
    // No number, boolean or null has a space, `%` or `/` in it ("95%",
    // "8 a month"): those are texts. The merge key and the 1.1 value key
    // (`<<`, `=`) are left to serde-saphyr.
    let numeric = |c: char| c.is_ascii_alphanumeric() || "._+-:".contains(c);
    if value != "<<" && value != "=" && !value.chars().all(numeric) {
        return Some(scalar(ScalarKind::Str, None, None));
    }
    None
}

fn parse_error(e: &serde_saphyr::Error) -> ParseError {
    let location = e.location();
    let pos = location.map(|l| Pos {
        line: l.line() as u32,
        col: l.column() as u32,
        start: l
            .span()
            .byte_offset()
            .unwrap_or(u64::MAX)
            .min(u32::MAX as u64) as u32,
        len: 0,
    });
    let plain = e.without_snippet().to_string();
    // The plain message ends with " at line L, column C ..."; we show the position ourselves.
    let message = plain
        .find(" at line ")
        .map_or(plain.as_str(), |i| &plain[..i])
        .trim()
        .to_string();
    let (message, help) = if message.contains("Documents {")
        || message.contains("multiple documents")
    {
        (
            "the file holds more than one YAML document (a `---` line after the first)".to_string(),
            Some(
                "keep one YAML document per file: move the part after `---` into a file of its own"
                    .to_string(),
            ),
        )
    } else if message.contains("budget breached") || message.contains("recursion limit") {
        (
            format!("the file is too deeply nested or expands too many aliases ({message})"),
            Some(format!(
                "handbook files nest at most {MAX_DEPTH} levels and expand to at most {MAX_NODES} values; remove the repeated anchors (`*name`) or flatten the nesting"
            )),
        )
    } else if message.contains("tabs") {
        (message, Some("indent with spaces, not tabs".to_string()))
    } else if message.contains("multiple documents") || message.contains("documents") {
        (
            message,
            Some("keep one YAML document per file (no `---` between specs)".to_string()),
        )
    } else {
        (
            message,
            Some("check the indentation and quote values that contain `: ` or start with `*`, `&`, `!`".to_string()),
        )
    };
    ParseError { pos, message, help }
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
        assert!(err.message.contains("aliases"), "{}", err.message);
    }

    #[test]
    fn deep_nesting_is_refused() {
        let s = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(parse_str(&s).is_err());
    }

    #[test]
    fn columns_count_characters_along_a_long_line() {
        // The line reader counts each column on from the previous one on the
        // same line; the last of 90,000 Cyrillic items, and the next line,
        // must still be where serde-saphyr puts them.
        let items = vec!["пункт"; 90_000].join(", ");
        let text = format!("a: [{items}]\nб: в\n");
        let node = subset::parse(&text).expect("the line reader takes it");
        let last = node.get("a").and_then(Node::items).and_then(<[Node]>::last);
        assert_eq!(last.map(|n| n.pos.col), Some(5 + 7 * 89_999));
        assert_eq!(node.get("б").map(|n| (n.pos.line, n.pos.col)), Some((2, 4)));
        assert_eq!(Ok(node), parse_with_serde(&text));
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let err = parse(b"title: ok\nsummary: \xff\n").unwrap_err();
        assert_eq!(err.pos.map(|p| (p.line, p.col)), Some((2, 10)));
    }

    /// Every path over `text`: where a fast one answers, serde-saphyr must
    /// agree node for node (positions included). Returns which answered:
    /// (the line reader, granit-parser's events).
    fn same_tree(text: &str) -> (bool, bool) {
        let fast = [subset::parse(text), plain::parse(text)];
        let answered = (fast[0].is_some(), fast[1].is_some());
        for (fast, name) in fast.into_iter().zip(["line reader", "event reader"]) {
            let Some(fast) = fast else { continue };
            match parse_with_serde(text) {
                Ok(full) => {
                    assert_eq!(fast, full, "the {name} and serde-saphyr differ on:\n{text}")
                }
                Err(e) => panic!(
                    "the {name} accepted what serde-saphyr refuses ({}):\n{text}",
                    e.message
                ),
            }
        }
        answered
    }

    fn handbook_files() -> Vec<String> {
        let dir = tempfile::tempdir().expect("tempdir");
        crate::synth::generate(12, dir.path()).expect("synth");
        let mut files = Vec::new();
        for root in [
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roles"),
            dir.path().to_path_buf(),
        ] {
            for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
                let entry = entry.expect("walk");
                if entry.path().extension().is_some_and(|e| e == "yaml") {
                    files.push(std::fs::read_to_string(entry.path()).expect("read"));
                }
            }
        }
        files
    }

    #[test]
    fn every_handbook_file_takes_the_fast_path_and_matches_serde_saphyr() {
        let files = handbook_files();
        assert!(files.len() > 30, "{} files", files.len());
        for text in &files {
            assert_eq!(same_tree(text), (true, true), "took a longer way:\n{text}");
        }
    }

    #[test]
    fn what_the_fast_path_is_unsure_of_goes_to_serde_saphyr() {
        // Each of these must be declined (and so parsed the full way).
        for text in [
            "a: &x 1\nb: *x\n",
            "a: !!str 12\n",
            "<<: {a: 1}\nb: 2\n",
            "a: 1\n---\nb: 2\n",
            "a: 0x1F\n",
            "a: 007\n",
            "a: -3\n",
            "a: +3\n",
            "a: 1.5\n",
            "a: .inf\n",
            "a: 1_000\n",
            "a: 99999999999999999999\n",
            "? [a, b]\n: c\n",
            "~: a\n",
            "",
            "# only a comment\n",
            "a: [1, 2\n",
            "key: value\n  bad: indent\n",
        ] {
            assert!(plain::parse(text).is_none(), "fast path took:\n{text}");
            assert!(subset::parse(text).is_none(), "line reader took:\n{text}");
            // And the full path still answers (a tree or a worded error).
            let _ = parse_str(text);
        }
        // These it takes, and must match.
        for text in [
            "a: 12\nb: true\nc: ~\nd: null\ne: \"7\"\nf: 'x'\ng: 0\nh: FALSE\n",
            "a: |\n  line one\n  line two\nb: >\n  folded\n  text\n",
            "list: [a, b, 'c d']\nmap: {x: 1, y: two}\n",
            "a:\nb:\n  - \n  - x\n",
            "a: b\na: c\n",
            "title: Должность\nsummary: Пишет акты.\n",
            "a: multi\n  line plain\n  text\n",
            "- a\n- b: c\n  d: e\n",
            "\"quoted key\": 1\n12: twelve\n",
        ] {
            assert!(same_tree(text).1, "fast path declined:\n{text}");
        }
    }

    #[test]
    fn the_line_reader_places_nodes_where_serde_saphyr_does() {
        // Each of these the line reader takes, and serde-saphyr agrees on
        // every value and position: empty values, compact sequences, block
        // scalars' spans, comments, escapes, columns after Cyrillic text.
        for text in [
            "a: x\nb:\nc: |\n  lit line\n    more\n\n  end\nd: 1\n",
            "a:\n- # c\n- x\nb:\n- |\n  lit\nc:\n- [x]\nd:\n-   \"q\"\n",
            "e:\n- k: v\n  k2: w\nf:\n-\n- x\ng:\n  - k: v\n",
            "h: |\n  a\n\n\ni: 1\nj:   # comment\nk:\n  -   \n  -   x\n  -   k: v\n      k3: 2\n",
            "a: |\n  x\n  \n    \n",
            "a: |-\n  x\n\nb: |\n    x\n  # c\n",
            "a: |\n  x",
            "a: [ a , 'b''s' ,\"c\\\"d\\u00e9\\n\" ]\nb: []\n",
            "имя: Должность\nсписок: [акт, счёт]\n",
            "имя: Должность # заметка\nсписок:\n  - акт: счёт\n    срок: 2 дня\n",
            "a: x # c\n# c\n  # c\nb: 'y' # c\n",
            "- a\n- b: c\n  d:\n  - e\n",
            "a: at 10:30\nb: http://x.y/z#frag\nc: a - b\nd: 95%\n",
        ] {
            assert!(same_tree(text).0, "line reader declined:\n{text}");
        }
        // Outside its subset (the event reader or serde-saphyr answer).
        for text in [
            "a: |+\n  x\n",
            "a: >\n  x\n",
            "a: |\n\n  x\n",
            "a: |2\n  x\n",
            "a: multi\n  line\n",
            "a: 'two\n  lines'\n",
            "a: {b: 1}\n",
            "a:\n-\n  b: c\n",
            "a: x\n- y\n",
            "a: \"\\x41\"\n",
            "a: x\r\nb: y\r\n",
            "\u{feff}a: x\n",
            "---\na: x\n",
        ] {
            assert!(subset::parse(text).is_none(), "line reader took:\n{text}");
            let _ = same_tree(text);
        }
    }

    /// Thousands of damaged handbook files: wherever the fast path answers,
    /// serde-saphyr accepts the same text and builds the same tree.
    #[test]
    fn damaged_files_never_make_the_two_paths_disagree() {
        const EDITS: [&str; 40] = [
            ":", " ", "\n", "- ", "#", "'", "\"", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ",
            "|", ">", "? ", "\t", "0", "1.5", "true", "~", "null", "<<: ", "---\n", "  ", "-1",
            "|-", "|+", "\\", "\\u00e9", "д", "\u{a0}", " #", "  \n", "-\n", "''", "\r\n",
            "\"\\n\"",
        ];
        let files = handbook_files();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let (mut taken, mut total) = ((0, 0), 0);
        // ROLEBOOK_FUZZ_ROUNDS=200000 cargo test --release damaged_files  for a longer hunt.
        let rounds = std::env::var("ROLEBOOK_FUZZ_ROUNDS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(3000);
        for round in 0..rounds {
            let mut text = files[round % files.len()].clone();
            for _ in 0..1 + next(3) {
                let mut at = next(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                match next(3) {
                    0 => text.insert_str(at, EDITS[next(EDITS.len())]),
                    1 => {
                        let end = (at + 1 + next(4)).min(text.len());
                        if (at..=end).all(|i| text.is_char_boundary(i)) {
                            text.replace_range(at..end, "");
                        }
                    }
                    _ => {
                        let lines: Vec<&str> = text.lines().collect();
                        let i = next(lines.len().max(1));
                        let mut l: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
                        if i + 1 < l.len() {
                            l.swap(i, i + 1);
                        }
                        text = l.join("\n") + "\n";
                    }
                }
            }
            total += 1;
            let (lines, events) = same_tree(&text);
            taken.0 += usize::from(lines);
            taken.1 += usize::from(events);
        }
        // Most damaged files are still plain YAML: the comparison is not vacuous.
        assert!(
            taken.0 > total / 4 && taken.1 > total / 4,
            "the line reader took {} and the event reader {} of {total}",
            taken.0,
            taken.1
        );
    }
}
