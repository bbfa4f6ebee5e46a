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
            || path.starts_with("pages/")
            || path == "artifacts.html"
            || path == "index.html")
}

/// What the indexer is given for one rendered page: its path and its HTML.
pub fn input(page: &Page) -> (String, String) {
    (
        page.path.clone(),
        String::from_utf8_lossy(&page.bytes).into_owned(),
    )
}

/// The pages [`is_indexed`] takes, as a Pagefind glob over a site folder.
pub const GLOB: &str = "{index.html,artifacts.html,roles/**/*.html,processes/**/*.html,handoffs/**/*.html,checklists/**/*.html,pages/**/*.html}";

/// Pagefind's indexer, for `language`, on a runtime of its own.
fn indexer(language: &str) -> Result<(tokio::runtime::Runtime, PagefindIndex), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the search indexer: {e}"))?;
    let config = PagefindServiceConfig::builder()
        .force_language(language.to_string())
        .build();
    let index = PagefindIndex::new(Some(config))
        .map_err(|e| format!("cannot set up the search index: {e}"))?;
    Ok((runtime, index))
}

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

/// Builds the index of the pages of the site folder `dir` (the pages
/// [`is_indexed`] takes) and returns its files, under `pagefind/`. Pagefind
/// reads and parses the pages on every core, as its command-line tool does.
pub fn index_folder(dir: &std::path::Path, language: &str) -> Result<Vec<Page>, String> {
    let (runtime, mut index) = indexer(language)?;
    runtime.block_on(async move {
        index
            .add_directory(dir.to_string_lossy().into_owned(), Some(GLOB.to_string()))
            .await
            .map_err(|e| format!("cannot index `{}` for search: {e}", dir.display()))?;
        files(&mut index).await
    })
}

/// Builds the index of `pages` ((path, html), paths relative to the site)
/// one page at a time, giving up (with `Ok(None)`) as soon as `stale()` says
/// the pages are out of date: `serve` abandons an index when the next save
/// arrives.
pub fn index_unless(
    pages: impl IntoIterator<Item = (String, String)>,
    language: &str,
    stale: &(dyn Fn() -> bool + Sync),
) -> Result<Option<Vec<Page>>, String> {
    let (runtime, mut index) = indexer(language)?;
    runtime.block_on(async move {
        for (path, html) in pages {
            if stale() {
                return Ok(None);
            }
            index
                .add_html_file(Some(path.clone()), None, html)
                .await
                .map_err(|e| format!("cannot index `{path}` for search: {e}"))?;
        }
        files(&mut index).await.map(Some)
    })
}

/// The index's files as pages of the site, sorted by path.
async fn files(index: &mut PagefindIndex) -> Result<Vec<Page>, String> {
    let files = index
        .get_files()
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
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The indexed pages of a handbook folder, rendered with the built-in templates.
    fn rendered(root: &std::path::Path) -> crate::render::Site {
        let loaded = crate::load::load(root).expect("load");
        let compiled = crate::compile::compile(&loaded.handbook, crate::model::today());
        let mut renderer = crate::render::Renderer::new(None).expect("templates");
        renderer.render(&compiled).expect("render")
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

    /// Pagefind drops `<label>` elements: the templates put each checklist
    /// item's text beside its box, outside the label, so staff can search
    /// for a checklist step.
    #[test]
    fn checklist_items_are_searchable() {
        let agency = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roles");
        let site = rendered(&agency);
        let page = site
            .pages
            .iter()
            .find(|p| p.path == "checklists/courier.html")
            .expect("the courier's checklist page");
        let files = index_unless([input(page)], "en", &|| false)
            .expect("index")
            .expect("not stale");
        let text = indexed_text(&files, "/checklists/courier.html").expect("the page is indexed");
        for item in [
            "Every folder matches its delivery sheet",
            "Signed delivery sheets are scanned into the CRM",
        ] {
            assert!(text.contains(item), "`{item}` not in the index: {text}");
        }
    }

    /// `build` indexes the site folder as Pagefind's command-line tool does:
    /// exactly the pages `is_indexed` names, none of the starter packs or
    /// the print page that repeat them.
    #[test]
    fn a_site_folder_is_indexed_page_for_page() {
        let agency = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roles");
        let site = rendered(&agency);
        let dir = tempfile::tempdir().expect("tempdir");
        for p in &site.pages {
            let path = dir.path().join(&p.path);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, &p.bytes).expect("write");
        }
        let files = index_folder(dir.path(), "en").expect("index");
        let entry = files
            .iter()
            .find(|p| p.path == "pagefind/pagefind-entry.json")
            .expect("entry");
        let entry: serde_json::Value = serde_json::from_slice(&entry.bytes).expect("json");
        let expected = site.pages.iter().filter(|p| is_indexed(&p.path)).count();
        assert_eq!(entry["languages"]["en"]["page_count"], expected, "{entry}");
        assert!(indexed_text(&files, "/checklists/courier.html").is_some());
        assert!(indexed_text(&files, "/print.html").is_none());
    }

    #[test]
    fn a_stale_index_is_abandoned_between_pages() {
        let pages: Vec<(String, String)> = (0..10)
            .map(|i| {
                (
                    format!("roles/r{i}.html"),
                    format!(
                        "<html><body><main data-pagefind-body><h1>R{i}</h1></main></body></html>"
                    ),
                )
            })
            .collect();
        let asked = std::sync::atomic::AtomicUsize::new(0);
        let stale = || asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 2;
        let result = index_unless(pages, "en", &stale).expect("no error");
        assert!(result.is_none());
        assert_eq!(asked.load(std::sync::atomic::Ordering::SeqCst), 3);
    }
}
