//! Full-text search: a Pagefind index of the rendered pages, built in memory and written with the site.
//!
//! Pagefind stems English and Russian, runs in the browser with no server,
//! and ships its own small UI. It needs the site served over HTTP (it fetches
//! its index with `fetch` and WebAssembly); opened from `file://`, the search
//! box says so instead (see `templates/base.html`).

use crate::render::Page;

/// The folder of the index inside the site.
pub const DIR: &str = "pagefind";

/// Whether a page goes into the index. Starter packs and the print page repeat
/// other pages, so only the originals are indexed.
pub fn is_indexed(path: &str) -> bool {
    path.ends_with(".html")
        && (path.starts_with("roles/")
            || path.starts_with("processes/")
            || path.starts_with("handoffs/")
            || path.starts_with("checklists/")
            || path == "artifacts.html"
            || path == "index.html")
}

/// What the indexer is given for one rendered page: its path, and the page
/// [lightened](lighten) when that is safe, or as it is.
pub fn input(page: &Page) -> (String, String) {
    // Rendered pages are UTF-8: `from_utf8` checks that on its fast path
    // (`from_utf8_lossy`, which only a template asset could need, was 2% of a build).
    let html = match std::str::from_utf8(&page.bytes) {
        Ok(html) => std::borrow::Cow::Borrowed(html),
        Err(_) => String::from_utf8_lossy(&page.bytes),
    };
    let light = lighten(&html).unwrap_or_else(|| html.into_owned());
    (page.path.clone(), light)
}

/// Elements Pagefind drops with everything inside them (its `REMOVE_SELECTORS`),
/// but for `label`: see [`lighten`].
const DROPPED: &[&str] = &[
    "head", "style", "script", "noscript", "form", "svg", "footer", "nav", "iframe", "template",
];
/// Inline elements whose text Pagefind adds to the enclosing element's as if
/// the tag were not there (its `INLINE_SELECTORS`, less those with content of
/// their own: `br`, form controls, `img`, `script`).
const UNWRAPPED: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdo", "big", "cite", "code", "dfn", "em", "i", "kbd", "q",
    "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "var",
];
/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// The page as Pagefind needs to see it, a quarter of the size: the `<html>`
/// tag (its `lang`), the `<title>`, and the `data-pagefind-body` element with
/// every attribute but `id` removed, inline tags without an `id` unwrapped,
/// and the elements Pagefind drops left out. Pagefind reads the same words,
/// sentences, headings and anchors from it, three times faster (its cost is
/// per element and per attribute), and the vendored Pagefind reads this form
/// with a small reader of its own instead of its HTML rewriter, which halved
/// the search index again (`add_plain_html_files` in
/// `vendor/pagefind/ROLEBOOK.md`); tests hold the index files of whole and
/// lightened pages byte-identical. `None` (index the page as it is) for
/// anything it is not sure of: a template with other `data-pagefind-*`
/// attributes, or markup it cannot follow.
///
/// One deliberate difference: Pagefind drops `<label>` elements and their
/// text, and every checklist item (and handoff field) is the text of a
/// checkbox's label, so the checklist pages were indexed without their items.
/// Here a label is read as the inline element it is (`<span>`), so its text
/// is searchable.
pub fn lighten(html: &str) -> Option<String> {
    const BODY: &str = "data-pagefind-body";
    if html.matches("data-pagefind-").count() != 1 || !html.contains(BODY) {
        return None;
    }
    let open_html = html.find("<html")?;
    let html_tag = &html[open_html..open_html + html[open_html..].find('>')? + 1];
    let title = html.find("<title>").and_then(|start| {
        let end = start + html[start..].find("</title>")? + "</title>".len();
        Some(&html[start..end])
    })?;
    let body_attr = html.find(BODY)?;
    let body_start = html[..body_attr].rfind('<')?;
    let mut out = String::with_capacity(html.len() / 3);
    out.push_str("<!DOCTYPE html>");
    out.push_str(html_tag);
    out.push_str("<head>");
    out.push_str(title);
    out.push_str("</head><body>");
    // (name, unwrapped) of the open elements inside the body element.
    let mut open: Vec<(&str, bool)> = Vec::new();
    let mut rest = &html[body_start..];
    loop {
        let lt = rest.find('<')?;
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = &comment[comment.find("-->")? + 3..];
            continue;
        }
        let tag = Tag::read(rest)?;
        rest = &rest[tag.len..];
        if tag.closing {
            let (name, unwrapped) = open.pop()?;
            if name != tag.name {
                return None;
            }
            if !unwrapped {
                out.push_str("</");
                out.push_str(if name == "label" { "span" } else { name });
                out.push('>');
            }
            if open.is_empty() {
                break;
            }
            continue;
        }
        if DROPPED.contains(&tag.name) {
            if tag.self_closing {
                continue;
            }
            // Skip to the matching end tag (these never nest inside themselves in our pages;
            // if one does, the page is indexed as it is).
            let close = format!("</{}>", tag.name);
            let end = rest.find(&close)?;
            if rest[..end].contains(&format!("<{}", tag.name)) {
                return None;
            }
            rest = &rest[end + close.len()..];
            continue;
        }
        let void = VOID.contains(&tag.name) || tag.self_closing;
        let unwrapped = tag.id.is_none() && (UNWRAPPED.contains(&tag.name) || tag.name == "label");
        if !unwrapped {
            out.push('<');
            out.push_str(if tag.name == "label" {
                "span"
            } else {
                tag.name
            });
            if open.is_empty() {
                out.push(' ');
                out.push_str(BODY);
            }
            if let Some(id) = tag.id {
                out.push_str(" id=");
                out.push_str(id);
            }
            out.push('>');
        }
        if !void {
            open.push((tag.name, unwrapped));
        }
    }
    out.push_str("</body></html>");
    Some(out)
}

/// One start or end tag, as written.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    self_closing: bool,
    /// The `id` attribute's value with its quotes, as written.
    id: Option<&'a str>,
    /// Bytes from `<` to `>` inclusive.
    len: usize,
}

impl<'a> Tag<'a> {
    fn read(s: &'a str) -> Option<Tag<'a>> {
        let b = s.as_bytes();
        let closing = b.get(1) == Some(&b'/');
        let mut i = if closing { 2 } else { 1 };
        let name_start = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
            i += 1;
        }
        let name = &s[name_start..i];
        // Only the lowercase names our templates and the Markdown sanitiser write.
        if name.is_empty() || name.bytes().any(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let mut id = None;
        loop {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            match b.get(i)? {
                b'>' => {
                    let self_closing = b[i - 1] == b'/';
                    return Some(Tag {
                        name,
                        closing,
                        self_closing,
                        id,
                        len: i + 1,
                    });
                }
                b'/' => i += 1,
                _ => {
                    let attr_start = i;
                    while i < b.len() && !b"=> \t\n\r/".contains(&b[i]) {
                        i += 1;
                    }
                    let attr = &s[attr_start..i];
                    if b.get(i) == Some(&b'=') {
                        i += 1;
                        let quote = *b.get(i)?;
                        if quote != b'"' && quote != b'\'' {
                            return None;
                        }
                        let value_end = i + 1 + s[i + 1..].find(quote as char)? + 1;
                        if attr == "id" {
                            id = Some(&s[i..value_end]);
                        }
                        i = value_end;
                    } else if attr == "id" {
                        return None;
                    }
                }
            }
        }
    }
}

/// How many pages `serve`'s indexer parses at once (on every core) between
/// two looks at `stale()`: a rebuild's work waits behind at most one batch
/// (a few milliseconds) before it has both cores. Measured at 1,000 roles,
/// save to reload: 308-340 ms with batches of 32, 278-300 ms with 4, the
/// same hour; 2.9-3.2 s when the index is never abandoned.
const SERVE_BATCH: usize = 4;

/// Builds the index of `pages` ((path, html)) and returns its files, under `pagefind/`.
/// Pages are parsed on every core; the index depends only on their order.
pub fn index(
    pages: impl IntoIterator<Item = (String, String)>,
    language: &str,
) -> Result<Vec<Page>, String> {
    index_in_batches(pages, language, usize::MAX, &|| false).map(Option::unwrap_or_default)
}

/// [`index`], giving up (with `Ok(None)`) as soon as `stale()` says the pages
/// are out of date: `serve` abandons an index when the next save arrives.
pub fn index_unless(
    pages: impl IntoIterator<Item = (String, String)>,
    language: &str,
    stale: &(dyn Fn() -> bool + Sync),
) -> Result<Option<Vec<Page>>, String> {
    index_in_batches(pages, language, SERVE_BATCH, stale)
}

fn index_in_batches(
    pages: impl IntoIterator<Item = (String, String)>,
    language: &str,
    batch: usize,
    stale: &(dyn Fn() -> bool + Sync),
) -> Result<Option<Vec<Page>>, String> {
    use pagefind::api::PagefindIndex;
    use pagefind::options::PagefindServiceConfig;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the search indexer: {e}"))?;
    runtime.block_on(async move {
        let config = PagefindServiceConfig::builder()
            .force_language(language.to_string())
            .build();
        let mut index = PagefindIndex::new(Some(config))
            .map_err(|e| format!("cannot set up the search index: {e}"))?;
        let mut pages = pages.into_iter();
        loop {
            if stale() {
                return Ok(None);
            }
            let batch: Vec<(String, String)> = pages.by_ref().take(batch).collect();
            let (Some(first), Some(last)) = (batch.first(), batch.last()) else {
                break;
            };
            let span = if batch.len() == 1 {
                format!("`{}`", first.0)
            } else {
                format!("`{}` to `{}`", first.0, last.0)
            };
            // Lightened pages are read by the vendored Pagefind's small reader
            // (`read_plain`, in place of its HTML rewriter, most of its cost),
            // any other page by the rewriter.
            index
                .add_plain_html_files(batch)
                .await
                .map_err(|e| format!("cannot index {span} for search: {e}"))?;
        }
        let files = index
            .into_files()
            .await
            .map_err(|e| format!("cannot build the search index: {e}"))?;
        let mut out: Vec<Page> = files
            .into_iter()
            .map(|f| {
                let name = f.filename.to_string_lossy().replace('\\', "/");
                let rel = name.trim_start_matches('/').to_string();
                let path = if rel.starts_with(&format!("{DIR}/")) {
                    rel
                } else {
                    format!("{DIR}/{rel}")
                };
                Page {
                    path,
                    bytes: f.contents.into(),
                }
            })
            .collect();
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Some(out))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use pagefind::api::PagefindIndex;

    fn pages(n: usize) -> Vec<(String, String)> {
        (0..n)
            .map(|i| {
                let words = ["brief", "estimate", "contract", "invoice", "courier"];
                let body: Vec<&str> = (0..40).map(|k| words[(i * 7 + k) % words.len()]).collect();
                (
                    format!("roles/role-{i:03}.html"),
                    format!(
                        "<!doctype html><html lang=\"en\"><head><title>Role {i}</title></head>\
                         <body><main data-pagefind-body><h1>Role {i}</h1><p>{}</p></main></body></html>",
                        body.join(" ")
                    ),
                )
            })
            .collect()
    }

    /// `build` indexes all pages in one batch, `serve` in batches of
    /// [`SERVE_BATCH`] parsed on both cores: the files must not depend on either.
    #[test]
    fn the_index_depends_on_the_pages_not_on_batches_or_threads() {
        let whole = index(pages(70), "en").expect("index");
        assert!(
            whole
                .iter()
                .any(|p| p.path == "pagefind/pagefind-entry.json")
        );
        assert!(whole.iter().any(|p| p.path.ends_with(".pf_fragment")));
        for batch in [1, 3, SERVE_BATCH] {
            let batched = index_in_batches(pages(70), "en", batch, &|| false)
                .expect("index")
                .expect("not stale");
            assert_eq!(batched.len(), whole.len(), "batch {batch}");
            for (a, b) in whole.iter().zip(&batched) {
                assert_eq!(a.path, b.path, "batch {batch}");
                assert!(
                    a.bytes == b.bytes,
                    "`{}` differs with batch {batch}",
                    a.path
                );
            }
        }
    }

    /// The vendored Pagefind merges pages into the index 256 at a time while
    /// it processes the next 256: every page of a larger index (here three
    /// chunks, the last one short) must be in it.
    #[test]
    fn every_page_of_an_index_larger_than_a_merge_chunk_is_in_it() {
        let files = index(pages(600), "en").expect("index");
        let fragments = files
            .iter()
            .filter(|p| p.path.ends_with(".pf_fragment"))
            .count();
        assert_eq!(fragments, 600);
        let entry = files
            .iter()
            .find(|p| p.path == "pagefind/pagefind-entry.json")
            .expect("entry");
        let entry: serde_json::Value = serde_json::from_slice(&entry.bytes).expect("json");
        assert_eq!(entry["languages"]["en"]["page_count"], 600, "{entry}");
    }

    /// The indexed pages of a handbook folder, rendered with the built-in templates.
    fn rendered(root: &std::path::Path) -> Vec<Page> {
        let loaded = crate::load::load(root).expect("load");
        let compiled = crate::compile::compile(&loaded.handbook);
        let mut renderer = crate::render::Renderer::new(None).expect("templates");
        let site = renderer.render(&compiled).expect("render");
        site.pages
            .into_iter()
            .filter(|p| is_indexed(&p.path))
            .collect()
    }

    /// Lightened pages give Pagefind the same words, sentences, headings,
    /// anchors and titles: the index files are byte-identical to those of the
    /// pages as rendered (labels read as spans), for the agency's handbook and
    /// a synthetic one.
    #[test]
    fn lightened_pages_give_the_same_index_as_whole_pages() {
        let synthetic = tempfile::tempdir().expect("tempdir");
        crate::synth::generate(8, synthetic.path()).expect("synth");
        let agency = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roles");
        for root in [agency.as_path(), synthetic.path()] {
            let pages = rendered(root);
            assert!(pages.len() > 20, "{} pages", pages.len());
            let whole: Vec<(String, String)> = pages
                .iter()
                .map(|p| {
                    (
                        p.path.clone(),
                        String::from_utf8_lossy(&p.bytes).into_owned(),
                    )
                })
                .collect();
            // The one intended difference: labels are read as spans (see `lighten`).
            let spans: Vec<(String, String)> = whole
                .iter()
                .map(|(path, html)| {
                    let html = html
                        .replace("<label>", "<span>")
                        .replace("</label>", "</span>");
                    (path.clone(), html)
                })
                .collect();
            let light: Vec<(String, String)> = whole
                .iter()
                .map(|(path, html)| {
                    let light = lighten(html).unwrap_or_else(|| panic!("`{path}` not lightened"));
                    assert!(light.len() < html.len(), "`{path}` not lighter");
                    // So the comparison is of Pagefind's small reader (for
                    // lightened pages) with its HTML rewriter (for whole ones).
                    assert!(reads_plain(&light), "`{path}` not read plain");
                    assert!(!reads_plain(html), "`{path}` read plain");
                    (path.clone(), light)
                })
                .collect();
            let size = |pages: &[(String, String)]| pages.iter().map(|p| p.1.len()).sum::<usize>();
            assert!(
                size(&light) * 2 < size(&whole),
                "{} of {} bytes",
                size(&light),
                size(&whole)
            );
            let (a, b) = (
                index(spans, "en").expect("index"),
                index(light, "en").expect("index"),
            );
            assert_eq!(a.len(), b.len());
            for (a, b) in a.iter().zip(&b) {
                assert_eq!(a.path, b.path);
                assert!(a.bytes == b.bytes, "`{}` differs", a.path);
            }
        }
    }

    /// The vendored Pagefind keeps the words it indexed for each word between
    /// pages on the same thread (`rolebook.patch`): a word indexed for one
    /// language must not be reused for another. "договоры" stays as it is for
    /// English and is stemmed to "договор" for Russian.
    #[test]
    fn words_indexed_for_one_language_are_not_reused_for_another() {
        // Enough pages for rayon to split the work across its pool, whose
        // threads (and their caches) outlive one index.
        let page = |lang: &str| -> Vec<(String, String)> {
            (0..32)
                .map(|i| {
                    (
                        format!("roles/clerk-{i}.html"),
                        format!(
                            "<html lang=\"{lang}\"><head><title>Clerk</title></head><body>\
                             <main data-pagefind-body><p>договоры {i}</p></main></body></html>"
                        ),
                    )
                })
                .collect()
        };
        // The words of the index, as CBOR text strings (length in the header byte).
        let has_word = |files: &[Page], word: &str| {
            let mut needle = vec![0x60 + word.len() as u8];
            needle.extend_from_slice(word.as_bytes());
            unpacked(files, ".pf_index").any(|raw| raw.windows(needle.len()).any(|w| w == needle))
        };
        for _ in 0..3 {
            let en = index(page("en"), "en").expect("index");
            assert!(has_word(&en, "договоры") && !has_word(&en, "договор"));
            let ru = index(page("ru"), "ru").expect("index");
            assert!(has_word(&ru, "договор") && !has_word(&ru, "договоры"));
        }
    }

    /// The contents of the index files whose names end with `ext`, unzipped.
    fn unpacked<'a>(files: &'a [Page], ext: &'a str) -> impl Iterator<Item = Vec<u8>> + 'a {
        use std::io::Read;
        files
            .iter()
            .filter(move |f| f.path.ends_with(ext))
            .map(|f| {
                let mut raw = Vec::new();
                flate2::read::GzDecoder::new(&f.bytes[..])
                    .read_to_end(&mut raw)
                    .expect("Pagefind's files are gzipped");
                raw
            })
    }

    /// The text Pagefind stores for `url` (the content its excerpts come from).
    fn indexed_text(files: &[Page], url: &str) -> Option<String> {
        unpacked(files, ".pf_fragment").find_map(|raw| {
            let json = &raw[raw.iter().position(|b| *b == b'{')?..];
            let fragment: serde_json::Value = serde_json::from_slice(json).ok()?;
            (fragment["url"] == url).then(|| fragment["content"].as_str().map(str::to_owned))?
        })
    }

    /// Checklist items are the text of checkbox labels, which Pagefind drops;
    /// a lightened page keeps them, so staff can search for a checklist step.
    #[test]
    fn checklist_items_are_searchable() {
        let agency = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roles");
        let page = rendered(&agency)
            .into_iter()
            .find(|p| p.path == "checklists/courier.html")
            .expect("the courier's checklist page");
        let (path, light) = input(&page);
        let files = index([(path, light)], "en").expect("index");
        let text = indexed_text(&files, "/checklists/courier.html").expect("the page is indexed");
        for item in [
            "Every folder matches its delivery sheet",
            "Signed delivery sheets are scanned into the CRM",
        ] {
            assert!(text.contains(item), "`{item}` not in the index: {text}");
        }
        // What Pagefind makes of the page as rendered: the items are gone.
        let whole = String::from_utf8_lossy(&page.bytes).into_owned();
        let files = index([(page.path.clone(), whole)], "en").expect("index");
        let text = indexed_text(&files, "/checklists/courier.html").expect("indexed");
        assert!(!text.contains("Every folder matches its delivery sheet"));
    }

    /// A repeatable sequence of numbers below each `n` asked for (xorshift).
    fn random(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |n| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n.max(1) as u64) as usize
        }
    }

    /// What the vendored Pagefind's small reader and its HTML rewriter read
    /// from `html`: `None` from the small reader when it declines the page.
    fn read_both_ways(html: &str) -> (Option<String>, String) {
        let index = PagefindIndex::new(None).expect("index");
        index.read_both_ways(html).expect("read")
    }

    fn reads_plain(html: &str) -> bool {
        read_both_ways(html).0.is_some()
    }

    /// The vendored Pagefind's small reader for lightened pages (`read_plain`
    /// in `rolebook.patch`) reads the same text, anchors, headings and title as
    /// its HTML rewriter from lightened pages damaged at random (cut, or with
    /// markup inserted anywhere), or declines them; it never panics.
    /// `ROLEBOOK_FUZZ_ROUNDS=100000 cargo test --release plain_reader` for a longer hunt.
    #[test]
    fn the_plain_reader_reads_damaged_pages_as_the_html_rewriter_does() {
        let agency = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roles");
        let pages: Vec<String> = rendered(&agency)
            .iter()
            .filter_map(|p| lighten(&String::from_utf8_lossy(&p.bytes)))
            .collect();
        let rounds = std::env::var("ROLEBOOK_FUZZ_ROUNDS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(600);
        let mut next = random(0x9E37_79B9_7F4A_7C15);
        const INSERTED: &[&str] = &[
            "<",
            ">",
            "\"",
            "'",
            "&amp;",
            " ",
            "\n",
            "é",
            "<br>",
            "<img>",
            "<p>",
            "</p>",
            "<h1>Head</h1>",
            "<h1></h1>",
            "<h3 id=\"h\">Sub</h3>",
            "<b id=\"b\">bold</b>",
            "<li>item",
            "<span id=\"s\"><em>x</em></span>",
            "<div data-pagefind-body>z</div>",
            "<nav>menu</nav>",
            "<title>t</title>",
            "<footer id=\"f\">f</footer>",
            "<br id='r'>",
            "<!-- c -->",
            "<P>",
            "<p class=\"x\">",
            "<svg>",
            "<textarea>",
            "</body>",
            "<html>",
            "</main>",
            "<main data-pagefind-body id=\"m2\">",
            "<head>",
        ];
        let (mut plain, mut declined) = (0, 0);
        for round in 0..rounds {
            let mut html = pages[round % pages.len()].clone();
            for _ in 0..1 + next(2) {
                let mut at = next(html.len());
                while !html.is_char_boundary(at) {
                    at -= 1;
                }
                match next(12) {
                    0 => html.truncate(at),
                    _ => html.insert_str(at, INSERTED[next(INSERTED.len())]),
                }
            }
            match read_both_ways(&html) {
                (Some(read), rewritten) => {
                    assert!(read == rewritten, "{html}\n{read}\n{rewritten}");
                    plain += 1;
                }
                (None, _) => declined += 1,
            }
        }
        assert!(
            plain > rounds / 5 && declined > rounds / 5,
            "{plain} read plain, {declined} declined"
        );
    }

    /// The vendored Pagefind's one-pass text normalisation (`normalize_content`
    /// in `rolebook.patch`) gives what upstream's three regular expressions
    /// give, on random runs of white space of every kind Unicode has, line
    /// breaks, character references and text.
    #[test]
    fn text_is_normalised_as_pagefinds_regular_expressions_do() {
        // Pieces of text, separated by `|`.
        const PIECES: &str = " |  |\n|\r|\r\n|\n\n|\t|\u{a0}|\u{85}|\u{2003}|\u{3000}|\u{1680}|\
                              \u{2028}|\u{200b}|\u{180e}|\u{feff}|\u{b}|\u{c}|&nbsp;|&#10;|&#13;|\
                              &amp;|&lt;b&gt;|&#x2003;|a|word|слово|é|.|-";
        let pieces: Vec<&str> = PIECES.split('|').collect();
        let mut next = random(0x5DEE_CE66_D1CE_4E5B);
        let mut differing = Vec::new();
        for _ in 0..20_000 {
            let text: String = (0..next(12)).map(|_| pieces[next(pieces.len())]).collect();
            let (fast, regex) = PagefindIndex::normalize_both_ways(&text);
            if fast != regex {
                differing.push(format!("{text:?}: {fast:?} vs {regex:?}"));
            }
        }
        assert!(differing.is_empty(), "{}", differing.join("\n"));
        // The two cases that decide the rule: one white space character other
        // than a line feed stays; a run of line breaks is one space.
        let one_pass = |t: &str| PagefindIndex::normalize_both_ways(t).0;
        assert_eq!(one_pass(" a\tb\u{a0}c\rd \n"), "a\tb\u{a0}c\rd");
        assert_eq!(one_pass("a\r\n\r\nb\nc  d"), "a b c d");
    }

    /// The vendored Pagefind gzips with a compressor kept per thread and level
    /// (`gzip` in `rolebook.patch`): the same bytes as flate2's `GzEncoder`, at
    /// the levels it uses (1 and 6) and the best, for empty files, one chunk and
    /// several, text that repeats and text that does not, files larger than its
    /// buffer, and levels taken in turn (so kept compressors are reused).
    #[test]
    fn kept_compressors_gzip_as_flate2_does() {
        let mut next = random(0x2F69_3B1D_C0FF_EE11);
        let text: Vec<u8> = b"<p>Client brief, estimate and contract.</p>".repeat(900);
        let noise: Vec<u8> = (0..70_000).map(|_| next(256) as u8).collect();
        for round in 0..60 {
            let chunks: Vec<&[u8]> = (0..next(4))
                .map(|_| {
                    let source = if next(2) == 0 { &text } else { &noise };
                    let start = next(source.len());
                    &source[start..(start + next(30_000)).min(source.len())]
                })
                .collect();
            let level = [1, 6, 9][round % 3];
            let (kept, flate2) = PagefindIndex::gzip_both_ways(&chunks, level);
            assert!(
                kept == flate2,
                "round {round}, level {level}: {} vs {} bytes",
                kept.len(),
                flate2.len()
            );
        }
    }

    /// Damaged pages (cut, or with markup characters inserted anywhere) never
    /// make `lighten` panic: it answers or declines.
    #[test]
    fn lighten_survives_damaged_pages() {
        let agency = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roles");
        let pages: Vec<String> = rendered(&agency)
            .iter()
            .map(|p| String::from_utf8_lossy(&p.bytes).into_owned())
            .collect();
        let mut next = random(0x2545_F491_4F6C_DD1D);
        let (mut answered, mut declined) = (0, 0);
        for round in 0..2000 {
            let mut html = pages[round % pages.len()].clone();
            let mut at = next(html.len());
            while !html.is_char_boundary(at) {
                at -= 1;
            }
            match next(3) {
                0 => html.truncate(at),
                1 => html.insert_str(
                    at,
                    ["<", ">", "\"", "'", "</main>", "<!--", "<label>", "/"][next(8)],
                ),
                _ => html.insert_str(at, "<svg>"),
            }
            match lighten(&html) {
                Some(_) => answered += 1,
                None => declined += 1,
            }
        }
        assert!(
            answered > 0 && declined > 0,
            "{answered} answered, {declined} declined"
        );
    }

    #[test]
    fn pages_lighten_cannot_follow_are_indexed_as_they_are() {
        let page = |main: &str| {
            format!(
                "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body>\
                 <main id=\"main\" data-pagefind-body>{main}</main></body></html>"
            )
        };
        assert!(lighten(&page("<p class=\"x\">a <a href=\"/\">b</a></p>")).is_some());
        // A template override that uses other Pagefind attributes.
        assert!(lighten(&page("<p data-pagefind-filter=\"team\">a</p>")).is_none());
        // Markup outside what our templates write.
        assert!(lighten(&page("<P>a</P>")).is_none());
        assert!(lighten(&page("<p id=x>a</p>")).is_none());
        assert!(lighten(&page("<div><p>a</div></p>")).is_none());
        assert!(lighten(&page("<svg><svg></svg></svg>")).is_none());
        assert!(lighten("<html><body><p>no body marker</p></body></html>").is_none());
    }

    #[test]
    fn a_stale_index_is_abandoned_between_batches() {
        let asked = std::sync::atomic::AtomicUsize::new(0);
        let stale = || asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 2;
        let result = index_unless(pages(100), "en", &stale).expect("no error");
        assert!(result.is_none());
        assert_eq!(asked.load(std::sync::atomic::Ordering::SeqCst), 3);
    }
}
