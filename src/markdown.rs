//! Markdown -> sanitised HTML. Role text is untrusted: nothing in it reaches the reader as live code.
//!
//! pulldown-cmark renders, ammonia removes scripts, event-handler attributes,
//! `javascript:` links and anything else outside its allow-list.

use std::sync::{Arc, LazyLock};

use pulldown_cmark::{Options, Parser, html};
use serde::Serialize;

/// A prose field: its Markdown source and the sanitised HTML.
///
/// Shared (`Arc<str>`): the compiled views repeat the same prose on many
/// pages (an artifact's fields in every handoff that passes it, a stage in its
/// role's and its process's views), and cloning a view only counts references.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Md {
    /// As written in the spec.
    pub md: Arc<str>,
    /// Rendered and sanitised.
    pub html: Arc<str>,
}

impl Md {
    /// A block of Markdown (paragraphs, lists).
    pub fn block(md: &str) -> Md {
        Md {
            md: md.into(),
            html: to_html(md).into(),
        }
    }

    /// One line of Markdown, without the surrounding paragraph (for list items and table cells).
    pub fn inline(md: &str) -> Md {
        Md {
            md: md.into(),
            html: to_inline_html(md).into(),
        }
    }
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.link_rel(Some("noopener noreferrer"));
    b
});

/// Renders Markdown to sanitised HTML.
pub fn to_html(md: &str) -> String {
    if let Some(text) = plain(md) {
        return format!("<p>{text}</p>\n");
    }
    let mut raw = String::with_capacity(md.len() * 3 / 2);
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    html::push_html(&mut raw, Parser::new_ext(md, options));
    if needs_cleaning(md) {
        CLEANER.clean(&raw).to_string()
    } else {
        raw
    }
}

/// Whether pulldown-cmark's output for `md` can hold anything unsafe.
///
/// Raw HTML and autolinks need a `<` in the source; links, images and link
/// definitions (the only way to a `javascript:` URL) need a `[`. Without
/// either, the output holds only pulldown-cmark's own tags around escaped
/// text, and sanitising it (a full HTML parse) would change nothing.
fn needs_cleaning(md: &str) -> bool {
    md.contains('<') || md.contains('[')
}

/// Escapes text for HTML content and attribute values (for HTML we build by hand: the SVG diagram, the server's panels).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The HTML of a line that cannot hold any Markdown: letters, digits, single
/// spaces and punctuation that means nothing to CommonMark, starting with a
/// letter and not ending in a space. Most role text is such a line, and it
/// needs no parser; anything else returns `None` and goes through
/// pulldown-cmark. A test compares the two on random lines.
fn plain(md: &str) -> Option<&str> {
    let mut chars = md.chars();
    let first = chars.next()?;
    if !first.is_alphabetic() || md.ends_with(' ') {
        return None;
    }
    let mut prev = first;
    for c in chars {
        let ok = c.is_alphanumeric()
            || matches!(
                c,
                ',' | '.' | ';' | ':' | '?' | '(' | ')' | '/' | '%' | '+' | '=' | '-'
            )
            || (c == ' ' && prev != ' ');
        if !ok {
            return None;
        }
        prev = c;
    }
    Some(md)
}

/// Renders one line of Markdown; a single paragraph loses its `<p>`.
pub fn to_inline_html(md: &str) -> String {
    if let Some(text) = plain(md) {
        return text.to_string();
    }
    let html = to_html(md);
    let trimmed = html.trim_end();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|s| s.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape_html("<a&\"b'>"), "&lt;a&amp;&quot;b&#39;&gt;");
    }

    #[test]
    fn renders_emphasis_inline() {
        assert_eq!(to_inline_html("a *b*"), "a <em>b</em>");
    }

    #[test]
    fn strips_scripts_handlers_and_javascript_links() {
        let html = to_html(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) <a href=\"javascript:alert(2)\">y</a>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn plain_text_skips_the_sanitiser_but_stays_escaped() {
        assert!(!needs_cleaning("A **bold** & plain line"));
        assert_eq!(to_html("a & b > c"), "<p>a &amp; b &gt; c</p>\n");
        // Entities that decode to markup stay text.
        assert_eq!(to_html("&#60;script&#62;"), "<p>&lt;script&gt;</p>\n");
        assert!(needs_cleaning("[x](javascript:alert(1))"));
        assert!(needs_cleaning("[x]: javascript:alert(1)"));
        assert!(needs_cleaning("<b>x</b>"));
    }

    #[test]
    fn plain_lines_render_exactly_as_pulldown_cmark_renders_them() {
        fn slow(md: &str) -> String {
            let mut raw = String::new();
            let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
            html::push_html(&mut raw, Parser::new_ext(md, options));
            raw
        }
        // Random lines over letters, digits and every ASCII punctuation mark,
        // with a deterministic generator (xorshift) so a failure reproduces.
        let alphabet: Vec<char> = "aZя5 ,.;:?()/%+=-*_`[]!<>&#|~\\'\"{}^$@\t"
            .chars()
            .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut fast = 0;
        for _ in 0..200_000 {
            let mut line = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            for _ in 0..(state % 9) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                line.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            if let Some(text) = plain(&line) {
                fast += 1;
                assert_eq!(format!("<p>{text}</p>\n"), slow(&line), "{line:?}");
            }
        }
        assert!(
            fast > 1000,
            "the generator must reach the fast path ({fast})"
        );
        for line in [
            "Client schedule archive",
            "Call list: 40 calls a day (by 11:00)",
            "1. not plain",
        ] {
            if let Some(text) = plain(line) {
                assert_eq!(format!("<p>{text}</p>\n"), slow(line));
            }
        }
    }

    #[test]
    fn external_links_get_noopener() {
        assert!(to_html("[x](https://example.org)").contains("rel=\"noopener noreferrer\""));
    }
}
