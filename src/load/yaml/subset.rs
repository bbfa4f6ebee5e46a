//! The block-style YAML that handbook files are written in, read line by line without a tokenizer; anything else is declined.
//!
//! A handbook of 1,000 roles is 7.6 MB of YAML, and serde-saphyr's tokenizer
//! reads it at about 30 MB/s: most of `rolebook check`. This reader takes the
//! subset that `format.md`, `rolebook init` and the synthesised handbooks use:
//!
//! - block mappings with plain keys, and block sequences (also the compact
//!   `key:` / `- item` form at the key's own indentation);
//! - one-line plain, single- and double-quoted scalars;
//! - one-line flow sequences of such scalars (`[a, "b c"]`);
//! - literal block scalars (`|`, `|-`) whose first line is not blank;
//! - comments and blank lines.
//!
//! Anything else gives `None` and the file takes the parsers behind this one
//! (granit-parser's events, then serde-saphyr), which know all of YAML,
//! enforce the budgets and word the errors: tabs, carriage returns, a byte
//! order mark or control characters anywhere; anchors, aliases, tags,
//! directives and document markers; folded and keep-chomped block scalars;
//! plain and quoted scalars over several lines; flow mappings; keys that are
//! quoted, complex or start with an indicator; every error. Positions follow
//! granit-parser's exactly (collections where their first token is, empty
//! values at the `:` or at the end of the `-` line), so findings point at the
//! same line and column whichever path read the file; `yaml::tests` compare
//! this reader with serde-saphyr node for node on every handbook file and on
//! thousands of damaged ones.

use super::{MAX_DEPTH, MAX_NODES, Node, Pos, Value, resolve};

/// Reads `text`, or `None` when it is outside the subset (or not valid YAML).
pub(super) fn parse(text: &str) -> Option<Node> {
    if !clean(text.as_bytes()) {
        return None;
    }
    let mut r = Reader {
        t: text,
        b: text.as_bytes(),
        at: 0,
        line: 1,
        nodes: 0,
        col: std::cell::Cell::new((0, 0)),
    };
    let root = match r.peek()? {
        Next::Line { indent: 0, start } => r.block_node(0, start, 0)?,
        _ => return None,
    };
    match r.peek()? {
        Next::Eof => Some(root),
        Next::Line { .. } => None,
    }
}

/// No tab, carriage return, byte order mark, control character or
/// non-character: the bytes this reader never has to think about.
fn clean(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' | 0x20..=0x7e => {}
            0..=0x1f | 0x7f => return false,
            // C1 controls (U+0080..U+009F).
            0xc2 if matches!(b.get(i + 1), Some(0x80..=0x9f)) => return false,
            // Line and paragraph separators.
            0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => {
                return false;
            }
            // Byte order mark (U+FEFF) and U+FFFE, U+FFFF.
            0xef if b.get(i + 1) == Some(&0xbb) && b.get(i + 2) == Some(&0xbf) => return false,
            0xef if b.get(i + 1) == Some(&0xbf) && matches!(b.get(i + 2), Some(0xbe | 0xbf)) => {
                return false;
            }
            _ => {}
        }
        i += 1;
    }
    true
}

/// Characters that cannot start a plain scalar (or that start one only in
/// forms this reader leaves to the full parsers, such as `-1`).
fn indicator(c: u8) -> bool {
    b"-?:,[]{}#&*!|>'\"%@`".contains(&c)
}

/// The next line that holds something besides spaces and a comment.
enum Next {
    Eof,
    /// Its indentation and the offset of its first character.
    Line {
        indent: usize,
        start: usize,
    },
}

/// Where a node ends up in its parent, which decides where an empty value is placed.
#[derive(Clone, Copy)]
enum Slot {
    /// A mapping value: empty ones sit at the `:`.
    Value { colon: usize },
    /// A sequence item: empty ones sit at the end of the `-` line.
    Item,
}

/// How a block scalar keeps its final line breaks.
#[derive(Clone, Copy, PartialEq)]
enum Chomp {
    Clip,
    Strip,
}

struct Reader<'a> {
    t: &'a str,
    b: &'a [u8],
    /// Start of the current line.
    at: usize,
    /// Its 1-based number.
    line: u32,
    nodes: usize,
    /// The last column counted: (offset, its 0-based column), so the
    /// columns of a long line are counted once, not from its start for
    /// every item on it.
    col: std::cell::Cell<(usize, usize)>,
}

impl Reader<'_> {
    /// Skips blank and comment lines; `None` declines (a document marker).
    fn peek(&mut self) -> Option<Next> {
        loop {
            let line = &self.b[self.at..];
            let indent = line.iter().take_while(|c| **c == b' ').count();
            match line.get(indent) {
                None => {
                    self.at = self.b.len();
                    return Some(Next::Eof);
                }
                Some(b'\n') => self.next_line(self.at + indent),
                Some(b'#') => self.next_line(self.eol(self.at + indent)),
                Some(_) => {
                    if indent == 0 && (line.starts_with(b"---") || line.starts_with(b"...")) {
                        return None;
                    }
                    return Some(Next::Line {
                        indent,
                        start: self.at + indent,
                    });
                }
            }
        }
    }

    /// The offset of the end of the line holding `from`: its `\n`, or the end of the text.
    fn eol(&self, from: usize) -> usize {
        self.b[from..]
            .iter()
            .position(|c| *c == b'\n')
            .map_or(self.b.len(), |i| from + i)
    }

    /// Moves to the line after the one whose end is `eol`.
    fn next_line(&mut self, eol: usize) {
        if eol < self.b.len() {
            self.at = eol + 1;
            self.line += 1;
        } else {
            self.at = self.b.len();
        }
    }

    /// After a value: only spaces and a comment may follow on its line.
    fn end_line(&mut self, from: usize) -> Option<()> {
        let i = self.spaces(from);
        match self.b.get(i) {
            None | Some(b'\n') => {}
            Some(b'#') if i > from => {}
            Some(_) => return None,
        }
        self.next_line(self.eol(i));
        Some(())
    }

    fn spaces(&self, from: usize) -> usize {
        from + self.b[from..].iter().take_while(|c| **c == b' ').count()
    }

    /// A position on the current line.
    fn pos(&self, start: usize, len: usize) -> Pos {
        let (mut from, mut col) = self.col.get();
        if from < self.at || from > start {
            (from, col) = (self.at, 0);
        }
        let before = &self.t[from..start];
        col += if before.is_ascii() {
            before.len()
        } else {
            before.chars().count()
        };
        self.col.set((start, col));
        Pos {
            line: self.line,
            col: col as u32 + 1,
            start: start as u32,
            len: len as u32,
        }
    }

    fn count(&mut self) -> Option<()> {
        self.nodes += 1;
        (self.nodes <= MAX_NODES / 2).then_some(())
    }

    /// `-` followed by a space or the end of its line.
    fn dash(&self, at: usize) -> bool {
        self.b[at] == b'-' && matches!(self.b.get(at + 1), None | Some(b' ' | b'\n'))
    }

    /// A mapping or sequence whose first token is at `start`, indented `indent`.
    fn block_node(&mut self, indent: usize, start: usize, depth: usize) -> Option<Node> {
        if depth + 2 >= MAX_DEPTH {
            return None;
        }
        if self.dash(start) {
            self.seq(indent, start, false, depth)
        } else {
            self.map(indent, start, depth)
        }
    }

    /// Scans a plain scalar from `from` to the end of its line: where its text
    /// ends (trailing spaces and a comment cut off) and the `:` that would make
    /// it a mapping key, if there is one.
    fn plain(&self, from: usize) -> (usize, Option<usize>) {
        let mut i = from;
        let stop = loop {
            match self.b.get(i) {
                None | Some(b'\n') => break i,
                Some(b':') if matches!(self.b.get(i + 1), None | Some(b' ' | b'\n')) => {
                    return (i, Some(i));
                }
                Some(b'#') if i == from || self.b[i - 1] == b' ' => break i,
                _ => i += 1,
            }
        };
        let mut end = stop;
        while end > from && self.b[end - 1] == b' ' {
            end -= 1;
        }
        (end, None)
    }

    /// A block mapping at `indent` whose first key starts at `key`.
    fn map(&mut self, indent: usize, mut key: usize, depth: usize) -> Option<Node> {
        let pos = self.pos(key, 0);
        let mut entries = Vec::new();
        loop {
            let (_, colon) = self.plain(key);
            let colon = colon?;
            let text = &self.t[key..colon];
            if indicator(self.b[key])
                || text.ends_with(' ')
                || text.bytes().any(|c| b"#[]{},'\"".contains(&c))
            {
                return None;
            }
            let k = Node {
                value: resolve(text, true).filter(|v| matches!(v, Value::Scalar { .. }))?,
                pos: self.pos(key, colon - key),
            };
            self.count()?;
            let (v, _) =
                self.value(indent, self.spaces(colon + 1), Slot::Value { colon }, depth)?;
            entries.push((k, v));
            match self.peek()? {
                Next::Line { indent: i, start } if i == indent && !self.dash(start) => key = start,
                Next::Line { indent: i, .. } if i >= indent => return None,
                _ => break,
            }
        }
        Some(Node {
            value: Value::Map(entries),
            pos,
        })
    }

    /// A block sequence at `indent` whose first `-` is at `dash`. A compact
    /// sequence (`key:` then `- item` at the key's indentation) is placed
    /// where its first item's first token is, as granit-parser places it.
    fn seq(&mut self, indent: usize, mut dash: usize, compact: bool, depth: usize) -> Option<Node> {
        let mut pos = (!compact).then(|| self.pos(dash, 0));
        let mut items = Vec::new();
        loop {
            let (item, first) = self.value(indent, self.spaces(dash + 1), Slot::Item, depth)?;
            if pos.is_none() {
                pos = Some(Pos { len: 0, ..first? });
            }
            items.push(item);
            match self.peek()? {
                Next::Line { indent: i, start } if i == indent && self.dash(start) => dash = start,
                Next::Line { indent: i, .. } if i > indent || (i == indent && !compact) => {
                    return None;
                }
                _ => break,
            }
        }
        Some(Node {
            value: Value::Seq(items),
            pos: pos?,
        })
    }

    /// The value that starts at `v` on the current line, in a collection
    /// indented `indent`. Returns it and where its first token is (`None`
    /// for a collection on the lines below an empty `-`).
    fn value(
        &mut self,
        indent: usize,
        v: usize,
        slot: Slot,
        depth: usize,
    ) -> Option<(Node, Option<Pos>)> {
        self.count()?;
        let (node, end) = match self.b.get(v).copied() {
            None | Some(b'\n' | b'#') => return self.empty(indent, v, slot, depth),
            Some(b'|') => return self.literal(indent, v),
            Some(b'[') => self.flow(v)?,
            Some(b'"' | b'\'') => self.quoted(v)?,
            Some(c) if indicator(c) => return None,
            Some(_) => match (self.plain(v), slot) {
                // `- key: value`: a mapping indented to its first key.
                ((_, Some(_)), Slot::Item) => {
                    if depth + 2 >= MAX_DEPTH {
                        return None;
                    }
                    let first = self.pos(v, 0);
                    return Some((self.map(v - self.at, v, depth + 1)?, Some(first)));
                }
                ((_, Some(_)), Slot::Value { .. }) => return None,
                ((end, None), _) => {
                    let node = Node {
                        value: resolve(&self.t[v..end], true)?,
                        pos: self.pos(v, end - v),
                    };
                    (node, end)
                }
            },
        };
        let first = node.pos;
        self.end_line(end)?;
        Some((node, Some(first)))
    }

    /// Nothing after the `:` or `-` on its line: a collection on the lines
    /// below, or an empty value.
    fn empty(
        &mut self,
        indent: usize,
        v: usize,
        slot: Slot,
        depth: usize,
    ) -> Option<(Node, Option<Pos>)> {
        let null = match slot {
            Slot::Value { colon } => self.pos(colon, 0),
            Slot::Item => self.pos(self.eol(v), 0),
        };
        self.next_line(self.eol(v));
        match (self.peek()?, slot) {
            // Where granit-parser places a compact sequence whose first
            // item starts this way is not worth guessing: `None` as its first token.
            (Next::Line { indent: i, start }, _) if i > indent => {
                Some((self.block_node(i, start, depth + 1)?, None))
            }
            (Next::Line { indent: i, start }, Slot::Value { .. })
                if i == indent && self.dash(start) =>
            {
                if depth + 2 >= MAX_DEPTH {
                    return None;
                }
                let node = self.seq(indent, start, true, depth + 1)?;
                Some((node, Some(null)))
            }
            _ => Some((
                Node {
                    value: Value::Null,
                    pos: null,
                },
                Some(null),
            )),
        }
    }

    /// A literal block scalar whose `|` is at `bar`, in a collection indented
    /// `indent`. Its position runs from its first character to where the
    /// line that ends it starts being less indented (or the end of the text).
    fn literal(&mut self, indent: usize, bar: usize) -> Option<(Node, Option<Pos>)> {
        let first = self.pos(bar, 0);
        let (chomp, after) = match self.b.get(bar + 1) {
            Some(b'-') => (Chomp::Strip, bar + 2),
            _ => (Chomp::Clip, bar + 1),
        };
        if !matches!(self.b.get(after), None | Some(b' ' | b'\n')) {
            return None;
        }
        self.end_line(after)?;
        let line = self.line;
        let start_of_line = self.at;
        let content = self.b[self.at..].iter().take_while(|c| **c == b' ').count();
        // A blank first line, or nothing indented enough: the full parsers.
        if content <= indent || matches!(self.b.get(self.at + content), None | Some(b'\n')) {
            return None;
        }
        let start = start_of_line + content;
        let mut text = String::new();
        let mut end = self.b.len();
        while self.at < self.b.len() {
            let spaces = self.b[self.at..].iter().take_while(|c| **c == b' ').count();
            let eol = self.eol(self.at);
            if self.at + spaces < eol && spaces < content {
                end = self.at + spaces;
                break;
            }
            if self.at + content < eol {
                text.push_str(&self.t[self.at + content..eol]);
            }
            text.push('\n');
            self.next_line(eol);
        }
        let kept = text.trim_end_matches('\n').len();
        text.truncate(kept);
        if chomp == Chomp::Clip {
            text.push('\n');
        }
        let node = Node {
            value: resolve(&text, false)?,
            pos: Pos {
                line,
                col: content as u32 + 1,
                start: start as u32,
                len: (end - start) as u32,
            },
        };
        Some((node, Some(first)))
    }

    /// A one-line flow sequence of scalars whose `[` is at `open`. Returns it
    /// and the offset after its `]`.
    fn flow(&mut self, open: usize) -> Option<(Node, usize)> {
        let pos = self.pos(open, 1);
        let mut items = Vec::new();
        let mut i = self.spaces(open + 1);
        if self.b.get(i) == Some(&b']') {
            i += 1;
        } else {
            loop {
                let (item, end) = match self.b.get(i).copied()? {
                    b'"' | b'\'' => self.quoted(i)?,
                    c if indicator(c) || c == b'\n' => return None,
                    _ => {
                        let len = self.b[i..]
                            .iter()
                            .position(|c| b",]\n".contains(c))
                            .unwrap_or(self.b.len() - i);
                        let mut end = i + len;
                        if self.b[i..end].iter().any(|c| b"[]{}:#".contains(c)) {
                            return None;
                        }
                        while self.b[end - 1] == b' ' {
                            end -= 1;
                        }
                        let item = Node {
                            value: resolve(&self.t[i..end], true)?,
                            pos: self.pos(i, end - i),
                        };
                        (item, end)
                    }
                };
                self.count()?;
                items.push(item);
                i = self.spaces(end);
                match self.b.get(i) {
                    Some(b',') => i = self.spaces(i + 1),
                    Some(b']') => {
                        i += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        let node = Node {
            value: Value::Seq(items),
            pos,
        };
        Some((node, i))
    }

    /// A one-line quoted scalar whose opening quote is at `open`. Returns it
    /// and the offset after its closing quote.
    fn quoted(&self, open: usize) -> Option<(Node, usize)> {
        let quote = self.b[open];
        let mut text = String::new();
        let mut i = open + 1;
        loop {
            let run = self.b[i..]
                .iter()
                .position(|c| *c == quote || *c == b'\\' || *c == b'\n')
                .map_or(self.b.len(), |n| i + n);
            text.push_str(&self.t[i..run]);
            i = run;
            match (self.b.get(i).copied()?, quote) {
                (b'\n', _) => return None,
                (b'\'', b'\'') if self.b.get(i + 1) == Some(&b'\'') => {
                    text.push('\'');
                    i += 2;
                }
                (b'\\', b'\'') => {
                    text.push('\\');
                    i += 1;
                }
                (b'\\', _) => {
                    let (c, len) = escape(&self.b[i + 1..])?;
                    text.push(c);
                    i += 1 + len;
                }
                _ => break,
            }
        }
        let node = Node {
            value: resolve(&text, false)?,
            pos: self.pos(open, i + 1 - open),
        };
        Some((node, i + 1))
    }
}

/// The character a double-quoted escape stands for and how many bytes
/// follow the `\\`; `None` for escapes left to the full parsers.
fn escape(b: &[u8]) -> Option<(char, usize)> {
    let c = match b.first()? {
        b'\\' => '\\',
        b'"' => '"',
        b'/' => '/',
        b'n' => '\n',
        b't' => '\t',
        b'r' => '\r',
        b'0' => '\0',
        b'u' => {
            let hex = b.get(1..5)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            let n = u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
            return Some((char::from_u32(n)?, 5));
        }
        _ => return None,
    };
    Some((c, 1))
}
