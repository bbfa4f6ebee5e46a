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

/// Builds the index of `pages` ((path, html)) and returns its files, under `pagefind/`.
pub fn index(
    pages: impl IntoIterator<Item = (String, String)>,
    language: &str,
) -> Result<Vec<Page>, String> {
    index_unless(pages, language, &|| false).map(Option::unwrap_or_default)
}

/// [`index`], giving up (with `Ok(None)`) as soon as `stale()` says the pages
/// are out of date: `serve` abandons an index when the next save arrives.
pub fn index_unless(
    pages: impl IntoIterator<Item = (String, String)>,
    language: &str,
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
        for (path, html) in pages {
            if stale() {
                return Ok(None);
            }
            index
                .add_html_file(Some(path.clone()), None, html)
                .await
                .map_err(|e| format!("cannot index `{path}` for search: {e}"))?;
        }
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
        Ok(Some(out))
    })
}
