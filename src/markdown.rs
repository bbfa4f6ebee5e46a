//! Markdown -> sanitised HTML. Role text is untrusted: nothing in it reaches the reader as live code.
//!
//! pulldown-cmark renders, ammonia removes scripts, event-handler attributes,
//! `javascript:` links and anything else outside its allow-list.

use std::sync::{Arc, LazyLock};

use pulldown_cmark::{Event, Options, Parser, html};
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
        rendered(md, false, to_html)
    }

    /// One line of Markdown, without the surrounding paragraph (for list items and table cells).
    pub fn inline(md: &str) -> Md {
        rendered(md, true, to_inline_html)
    }
}

/// Texts each thread rendered, by their source and form. The HTML is a pure
/// function of the two, so a hit is always right; `serve` compiles the
/// handbook again on every save on the same threads, and all but the saved
/// texts are hits. Cleared when it grows past this many entries.
const RENDERED_MAX: usize = 100_000;

thread_local! {
    /// Block texts, then inline ones.
    static RENDERED: std::cell::RefCell<[std::collections::HashMap<Arc<str>, Md>; 2]> =
        std::cell::RefCell::default();
}

fn rendered(md: &str, inline: bool, render: fn(&str) -> String) -> Md {
    let form = usize::from(inline);
    if let Some(hit) = RENDERED.with(|m| m.borrow()[form].get(md).cloned()) {
        return hit;
    }
    let made = Md {
        md: md.into(),
        html: render(md).into(),
    };
    RENDERED.with(|m| {
        let map = &mut m.borrow_mut()[form];
        if map.len() >= RENDERED_MAX {
            map.clear();
        }
        map.insert(Arc::clone(&made.md), made.clone());
    });
    made
}

/// The URL schemes a handbook may link to; anything else (`javascript:`,
/// `data:`, `file:`...) is refused by the `unsafe-link` rule and removed here.
pub const SAFE_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.link_rel(Some("noopener noreferrer"));
    b.url_schemes(SAFE_SCHEMES.into_iter().collect());
    b
});

/// Renders Markdown to sanitised HTML.
pub fn to_html(md: &str) -> String {
    CLEANER.clean(&unsanitised(md)).to_string()
}

fn unsanitised(md: &str) -> String {
    let mut raw = String::with_capacity(md.len() * 3 / 2);
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    html::push_html(&mut raw, bounded(Parser::new_ext(md, options)));
    raw
}

/// How deep Markdown's own elements nest (quotes in quotes, lists in lists)
/// before deeper ones are flattened into their container's text.
pub const MAX_NESTING: usize = 32;

/// How many tags (counted as `<` characters) the raw HTML of one text may
/// hold before the rest is shown as text instead of parsed.
pub const MAX_RAW_TAGS: usize = 512;

/// Markdown's events with the nesting an HTML parser pays for bounded.
///
/// ammonia's HTML parser (html5ever) looks through the open elements for
/// every new one, so a text nested N deep costs N² (40,000 `>` took 4 s,
/// 40,000 `<div>` 3 s): Markdown elements deeper than [`MAX_NESTING`] keep
/// their text but lose their tags, and raw HTML past [`MAX_RAW_TAGS`] tags
/// becomes text, which the page shows escaped. No real handbook comes near
/// either bound; a hostile one costs time in proportion to its size.
fn bounded<'a>(events: impl Iterator<Item = Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    // Elements open now; those past the bound are all below the kept ones.
    let mut depth = 0usize;
    let mut raw_tags = 0usize;
    events.filter_map(move |event| match event {
        Event::Start(tag) => {
            depth += 1;
            (depth <= MAX_NESTING).then_some(Event::Start(tag))
        }
        Event::End(tag) => {
            depth = depth.saturating_sub(1);
            (depth < MAX_NESTING).then_some(Event::End(tag))
        }
        Event::Html(html) | Event::InlineHtml(html)
            if {
                raw_tags += html.matches('<').count();
                raw_tags > MAX_RAW_TAGS
            } =>
        {
            Some(Event::Text(html))
        }
        other => Some(other),
    })
}

/// Whether a URL is relative or uses one of [`SAFE_SCHEMES`]. Browsers drop
/// tabs, line breaks and leading spaces or control characters from URLs, so
/// they are dropped here before the scheme is read.
pub fn is_safe_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_control() && !c.is_whitespace())
        .collect();
    let Some(colon) = cleaned.find(':') else {
        return true;
    };
    let scheme = &cleaned[..colon];
    if scheme.contains(['/', '?', '#']) {
        // `./a:b`, `?q=a:b`: the colon is inside a relative URL.
        return true;
    }
    SAFE_SCHEMES.iter().any(|s| s.eq_ignore_ascii_case(scheme))
}

/// The URLs in a Markdown text (links, images, and `href`/`src` attributes of
/// raw HTML) that [`is_safe_url`] refuses, in order.
pub fn unsafe_links(md: &str) -> Vec<String> {
    if !md.contains([':', '&']) {
        // Every refused URL has a scheme, and so a colon, written as such or
        // as a character reference (`&#58;`, `&colon;`), which starts with `&`.
        return Vec::new();
    }
    unsafe_html_links(&unsanitised(md))
}

/// The unsafe URLs in HTML attributes, as ammonia parses them. ammonia drops
/// a URL whose scheme is not allowed before any filter sees it, so every word
/// of the text is allowed as a scheme here and the filter judges each URL.
fn unsafe_html_links(html: &str) -> Vec<String> {
    use std::sync::{Arc, Mutex, PoisonError};
    let words: std::collections::HashSet<String> = html
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let found = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&found);
    let mut finder = ammonia::Builder::default();
    finder.url_schemes(words.iter().map(String::as_str).collect());
    finder.attribute_filter(move |_, attribute, value| {
        if matches!(attribute, "href" | "src" | "cite") && !is_safe_url(value) {
            seen.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(value.to_string());
        }
        Some(value.into())
    });
    let _ = finder.clean(html);
    drop(finder);
    std::mem::take(&mut *found.lock().unwrap_or_else(PoisonError::into_inner))
}

/// A spec's words as literal text in a Markdown comment (a pull request's):
/// on one line, with every character Markdown or GitHub would act on
/// escaped, so a title cannot start a heading, a list, a code fence, a
/// table, a link or an image, write HTML, or mention `@everyone`.
/// Letters, digits, spaces and inner hyphens stay as they are.
pub fn literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let leading_number = s.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in s.char_indices() {
        match c {
            c if c.is_control() => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '<' | '>' | '#' | '!' | '|' | '~'
            | '&' | '{' | '}' | '"' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' if i == leading_number && i > 0 => out.push_str("\\."),
            // A zero-width space after `@`: shown the same, mentions nobody.
            '@' => out.push_str("@\u{200B}"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML content and attribute values (for the HTML built
/// outside templates: the swimlane SVG), with the escaper pulldown-cmark
/// and Tera's autoescape use.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, s);
    out
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
    fn escapes_markup() {
        assert_eq!(escape_html("<a&\"b>"), "&lt;a&amp;&quot;b&gt;");
    }

    #[test]
    fn literal_text_cannot_become_markdown() {
        let hostile = "x\n## No changes\n```\n@everyone ![i](https://e.org/i.png) <b>|";
        let shown = literal(hostile);
        assert!(!shown.contains('\n'), "{shown}");
        // Rendered, it is one paragraph of exactly the words written.
        let html = to_html(&format!("- {shown}"));
        assert!(!html.contains("<h2") && !html.contains("<img") && !html.contains("<code"));
        assert!(
            !html.contains("<b>") && html.contains("@\u{200B}everyone"),
            "{html}"
        );
        assert_eq!(literal("1. step"), "1\\. step");
        assert_eq!(literal("- item-one"), "\\- item-one");
        assert_eq!(literal("job-description"), "job-description");
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
    fn only_web_and_mail_links_survive() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:x",
            "java\tscript:x",
            " data:text/html,x",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert!(!is_safe_url(url), "{url:?}");
            let html = to_html(&format!(
                "[x]({}) <a href=\"{url}\">y</a>",
                url.replace(' ', "")
            ));
            assert!(!html.contains("href"), "{url:?}: {html}");
        }
        for url in [
            "https://example.org",
            "http://x",
            "mailto:a@b.c",
            "page.html",
            "./a:b",
            "#top",
            "/x?y=z:1",
            "MAILTO:a@b.c",
        ] {
            assert!(is_safe_url(url), "{url:?}");
        }
        assert!(
            to_html("[x](https://example.org) [y](roles/a.html)")
                .matches("href")
                .count()
                == 2
        );
    }

    #[test]
    fn unsafe_links_are_found_in_links_images_and_raw_html() {
        assert_eq!(
            unsafe_links(
                "[a](javascript:alert(1)) ![b](data:x) <a href=\"vbscript:y\">c</a> [ok](https://x.org)"
            ),
            ["javascript:alert(1)", "data:x", "vbscript:y"]
        );
        assert!(unsafe_links("plain *text* with a [link](page.html)").is_empty());
        // A colon written as a character reference is still a colon.
        assert_eq!(
            unsafe_links("[x](javascript&#58;alert(1)) [y](javascript&colon;alert(2))"),
            ["javascript:alert(1)", "javascript:alert(2)"]
        );
    }

    #[test]
    fn deep_nesting_costs_time_in_proportion_to_size() {
        // Before the bound, each of these took seconds (N² in the depth).
        for md in [
            ">".repeat(40_000) + " deep",
            "<div>".repeat(40_000) + "deep",
            "- ".repeat(20_000) + "deep",
        ] {
            let html = to_html(&md);
            assert!(html.contains("deep"), "the text survives: {}", &html[..200]);
            let depth = html.matches("<blockquote>").count()
                + html.matches("<li>").count()
                + html.matches("<div>").count();
            assert!(depth <= MAX_RAW_TAGS + MAX_NESTING, "{depth} elements open");
        }
        // Raw HTML past the bound is shown as text, never run.
        let html = to_html(&("<b>".repeat(600) + "<img src=x onerror=alert(1)>"));
        assert!(!html.contains("<img"), "{}", &html[html.len() - 200..]);
        assert!(html.contains("&lt;img"));
        // Ordinary nesting is untouched.
        assert_eq!(
            to_html("> a\n> > b\n\n- x\n  - y"),
            "<blockquote>\n<p>a</p>\n<blockquote>\n<p>b</p>\n</blockquote>\n</blockquote>\n<ul>\n<li>x\n<ul>\n<li>y</li>\n</ul>\n</li>\n</ul>\n"
        );
    }

    #[test]
    fn external_links_get_noopener() {
        assert!(to_html("[x](https://example.org)").contains("rel=\"noopener noreferrer\""));
    }
}
