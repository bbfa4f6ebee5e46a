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

/// How many pages `serve`'s indexer parses at once (on every core) between
/// two looks at `stale()`: small enough that a rebuild waits for at most a
/// few milliseconds of indexing before it has both cores to itself.
const SERVE_BATCH: usize = 32;

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
            index
                .add_html_files(batch)
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

    #[test]
    fn a_stale_index_is_abandoned_between_batches() {
        let asked = std::sync::atomic::AtomicUsize::new(0);
        let stale = || asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 2;
        let result = index_unless(pages(100), "en", &stale).expect("no error");
        assert!(result.is_none());
        assert_eq!(asked.load(std::sync::atomic::Ordering::SeqCst), 3);
    }
}
