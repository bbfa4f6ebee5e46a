//! Markdown -> sanitised HTML. Role text is untrusted: nothing in it reaches the reader as live code.
//!
//! pulldown-cmark renders, ammonia removes scripts, event-handler attributes,
//! `javascript:` links and anything else outside its allow-list.

use std::sync::LazyLock;

use pulldown_cmark::{Options, Parser, html};
use serde::Serialize;

/// A prose field: its Markdown source and the sanitised HTML.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Md {
    /// As written in the spec.
    pub md: String,
    /// Rendered and sanitised.
    pub html: String,
}

impl Md {
    /// A block of Markdown (paragraphs, lists).
    pub fn block(md: &str) -> Md {
        Md {
            md: md.to_string(),
            html: to_html(md),
        }
    }

    /// One line of Markdown, without the surrounding paragraph (for list items and table cells).
    pub fn inline(md: &str) -> Md {
        Md {
            md: md.to_string(),
            html: to_inline_html(md),
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
    let mut raw = String::with_capacity(md.len() * 3 / 2);
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    html::push_html(&mut raw, Parser::new_ext(md, options));
    CLEANER.clean(&raw).to_string()
}

/// Renders one line of Markdown; a single paragraph loses its `<p>`.
pub fn to_inline_html(md: &str) -> String {
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
    fn external_links_get_noopener() {
        assert!(to_html("[x](https://example.org)").contains("rel=\"noopener noreferrer\""));
    }
}
