//! `watch` and `serve`: the normal build, re-run on file events; `serve` also serves the site with live reload.
//!
//! A failed rebuild never replaces the last good site: on disk (the output
//! folder is swapped only after a successful build) and in memory (the server
//! keeps serving the last good pages and shows the findings in an overlay).

pub mod server;
pub mod watch;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::build::{BuildError, BuildOptions, Rendered, search_input};
use crate::output;
use crate::render::{Page, Renderer, Site};
use crate::{load, search};
use watch::{Batch, Watch};

/// How long the folder must be quiet before a burst of events becomes a rebuild.
pub const DEBOUNCE: Duration = Duration::from_millis(20);
/// A burst that goes on longer than this is rebuilt anyway.
pub const MAX_BURST: Duration = Duration::from_millis(500);

/// One rebuild, as reported to the caller (which prints; the library does not).
#[derive(Debug)]
pub enum Event<'a> {
    /// The pipeline ran; `built.output` is `None` when findings failed it.
    Rebuilt {
        /// The result.
        built: &'a Rendered,
        /// Time from the end of the burst to the written site.
        elapsed: Duration,
        /// What changed (empty for the first build).
        batch: &'a Batch,
    },
    /// The pipeline could not run (the folder vanished, a template error, I/O).
    Error {
        /// What went wrong.
        message: &'a str,
        /// What changed.
        batch: &'a Batch,
    },
}

/// Builds, reloading templates when they change, and writes the site when the checks pass.
///
/// The search index takes far longer than the pages (Pagefind indexes one
/// page at a time), so a rebuild carries the previous index over, and a
/// background thread rebuilds it and swaps it in when done. Each rebuild
/// starts a new generation: an index of an older one is abandoned at once,
/// so indexing never holds up the page the user is waiting for.
pub struct Rebuilder {
    opts: BuildOptions,
    renderer: Option<Renderer>,
    cache: load::ParseCache,
    /// The handbook `--since` names, compiled, while it names the same commit.
    earlier: crate::build::Earlier,
    /// The last good site, and its language when it has a search index.
    previous: Option<(Arc<Site>, Option<&'static str>)>,
    indexer: Option<std::sync::mpsc::Sender<IndexJob>>,
    /// The newest search index, carried into each rebuilt site, and the site it indexes.
    index: Arc<Mutex<(Vec<Page>, std::sync::Weak<Site>)>>,
    /// Serialises writes to the output folder between rebuilds and the indexer.
    disk: Arc<Mutex<()>>,
    on_index: IndexListener,
    /// Bumped by every rebuild; the indexer drops work of older generations.
    generation: Arc<AtomicU64>,
    /// Told about each build as soon as its pages are in memory, before they are written.
    on_rendered: Box<dyn Fn(&Rendered) + Send>,
    /// The output folder, as checked by the last run.
    target: Option<output::Target>,
}

/// Told about each new search index.
type IndexListener = Arc<dyn Fn(&[Page]) + Send + Sync>;

struct IndexJob {
    site: Arc<Site>,
    target: output::Target,
    language: &'static str,
    generation: u64,
}

/// How long the handbook must stay unsaved before the indexer starts: a burst
/// of saves costs one index, not one each.
const INDEX_QUIET: Duration = Duration::from_millis(300);

/// True when the pages selected by `pick` are the same in both sites.
fn same_pages(a: &Site, b: &Site, pick: fn(&str) -> bool) -> bool {
    let a = a.pages.iter().filter(|p| pick(&p.path));
    let b = b.pages.iter().filter(|p| pick(&p.path));
    a.eq(b)
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Drop for Rebuilder {
    /// The background indexer outlives nothing: its index is of no use now.
    fn drop(&mut self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }
}

impl std::fmt::Debug for Rebuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rebuilder")
            .field("opts", &self.opts)
            .finish_non_exhaustive()
    }
}

impl Rebuilder {
    /// A rebuilder for these options.
    pub fn new(opts: BuildOptions) -> Rebuilder {
        Rebuilder {
            opts,
            renderer: None,
            cache: load::ParseCache::default(),
            earlier: crate::build::Earlier::default(),
            previous: None,
            indexer: None,
            index: Arc::new(Mutex::new((Vec::new(), std::sync::Weak::new()))),
            disk: Arc::new(Mutex::new(())),
            on_index: Arc::new(|_| {}),
            generation: Arc::new(AtomicU64::new(0)),
            on_rendered: Box::new(|_| {}),
            target: None,
        }
    }

    /// Called with each build as soon as it is rendered (or stopped by its
    /// findings), before the output folder is written: `serve` swaps the new
    /// pages in and reloads the browser without waiting for the disk.
    pub fn on_rendered(&mut self, f: impl Fn(&Rendered) + Send + 'static) {
        self.on_rendered = Box::new(f);
    }

    /// Called with the new index files each time the background indexer finishes.
    pub fn on_index(&mut self, f: impl Fn(&[Page]) + Send + Sync + 'static) {
        self.on_index = Arc::new(f);
    }

    fn indexer(&mut self) -> &std::sync::mpsc::Sender<IndexJob> {
        let (index, disk, on_index, generation) = (
            Arc::clone(&self.index),
            Arc::clone(&self.disk),
            Arc::clone(&self.on_index),
            Arc::clone(&self.generation),
        );
        self.indexer.get_or_insert_with(|| {
            let (tx, rx) = std::sync::mpsc::channel::<IndexJob>();
            std::thread::spawn(move || {
                while let Ok(mut job) = rx.recv() {
                    // Wait for a quiet moment; a newer job replaces this one.
                    loop {
                        match rx.recv_timeout(INDEX_QUIET) {
                            Ok(newer) => job = newer,
                            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => break,
                            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return,
                        }
                    }
                    let stale = || generation.load(Ordering::Acquire) != job.generation;
                    let Ok(Some(files)) =
                        search::index_unless(search_input(&job.site), job.language, &stale)
                    else {
                        continue;
                    };
                    {
                        let _guard = lock(&disk);
                        if stale() {
                            continue;
                        }
                        if job.target.dir().is_dir() {
                            // The whole site again, with the new index: a reader of
                            // the folder sees the old site or the new one, and the
                            // unchanged pages are hard links, not copies.
                            let prefix = format!("{}/", search::DIR);
                            let mut pages: Vec<Page> = job
                                .site
                                .pages
                                .iter()
                                .filter(|p| !p.path.starts_with(&prefix))
                                .cloned()
                                .chain(files.iter().cloned())
                                .collect();
                            pages.sort_by(|a, b| a.path.cmp(&b.path));
                            let _ = output::write_site(&Site { pages }, &job.target);
                        }
                        *lock(&index) = (files.clone(), Arc::downgrade(&job.site));
                    }
                    on_index(&files);
                }
            });
            tx
        })
    }

    /// The options.
    pub fn options(&self) -> &BuildOptions {
        &self.opts
    }

    /// Runs the pipeline; `templates_changed` reloads the templates first.
    pub fn run(&mut self, templates_changed: bool) -> Result<Rendered, BuildError> {
        // Whatever the indexer is doing is out of date now.
        self.generation.fetch_add(1, Ordering::AcqRel);
        if templates_changed {
            self.renderer = None;
        }
        // The folders are checked on every run: the output folder must still
        // be ours, and a handbook folder that is gone is an error, not a site.
        self.target = Some(self.opts.validate()?);
        let mut renderer = match self.renderer.take() {
            Some(r) => r,
            None => {
                let mut r = Renderer::new(self.opts.template_dir().as_deref())
                    .map_err(|e| BuildError::new(e.to_string()))?;
                // Saves change a page or a few: the others are reused, by a
                // hash of everything they are rendered from.
                r.keep_pages();
                r
            }
        };
        let mut result = self.build_with(&mut renderer);
        if let Ok(built) = &mut result {
            // The pages are ready: a server can show them while they are written.
            (self.on_rendered)(built);
            if let Err(e) = self.write(built) {
                result = Err(e);
            }
        }
        if result.is_ok() {
            self.renderer = Some(renderer);
        }
        let failed = result.as_ref().map_or(true, |b| b.output.is_none());
        if failed {
            self.reindex_last_good();
        }
        result
    }

    /// After a failed rebuild the last good site stays up: make sure its index
    /// is finished, even if the failed save abandoned it halfway.
    fn reindex_last_good(&mut self) {
        let (Some((site, Some(language))), Some(target)) = (&self.previous, &self.target) else {
            return;
        };
        let indexed = lock(&self.index).1.upgrade();
        if indexed.is_some_and(|s| Arc::ptr_eq(&s, site)) {
            return;
        }
        let job = IndexJob {
            site: Arc::clone(site),
            target: target.clone(),
            language,
            generation: self.generation.load(Ordering::Acquire),
        };
        let _ = self.indexer().send(job);
    }

    /// The shared pipeline (load, re-parsing only changed files; check;
    /// compile; render every page), with the newest search index carried in.
    fn build_with(&mut self, renderer: &mut Renderer) -> Result<Rendered, BuildError> {
        let mut built =
            crate::build::render(&self.opts, &mut self.cache, &mut self.earlier, renderer)?;
        if let Some(out) = &mut built.output
            && out.meta.search
        {
            // The newest index is carried over until the background indexer replaces it.
            let site = Arc::make_mut(&mut out.site);
            site.pages.extend(lock(&self.index).0.iter().cloned());
            site.pages.sort_by(|a, b| a.path.cmp(&b.path));
            out.pages = site.pages.len();
        }
        Ok(built)
    }

    /// Writes what changed since the last good build to the output folder, then
    /// hands the pages to the background search indexer if they changed.
    fn write(&mut self, built: &mut Rendered) -> Result<(), BuildError> {
        let (Some(out), Some(target)) = (&mut built.output, self.target.clone()) else {
            return Ok(());
        };
        let site = Arc::clone(&out.site);
        let guard = lock(&self.disk);
        let written = built
            .phases
            .time("write", || output::write_site(&site, &target));
        drop(guard);
        out.note = written.map_err(BuildError::new)?.note;
        let indexed_changed = match &self.previous {
            Some((old_site, _)) => !same_pages(old_site, &site, search::is_indexed),
            None => true,
        };
        if out.meta.search && indexed_changed {
            let job = IndexJob {
                site,
                target,
                language: out.meta.language,
                generation: self.generation.load(Ordering::Acquire),
            };
            let _ = self.indexer().send(job);
        }
        Ok(())
    }

    /// Keeps a successful build's site: the last good one.
    pub fn remember(&mut self, built: Rendered) {
        if let Some(out) = built.output {
            let language = out.meta.search.then_some(out.meta.language);
            let old = self.previous.replace((out.site, language));
            // Freeing a large handbook's views takes tens of milliseconds: not on
            // the path of the browser's reload or the next save.
            if old.is_some() {
                let _ = std::thread::Builder::new()
                    .name("rolebook-free".into())
                    .spawn(move || drop(old));
            }
        }
    }

    /// The output folder: its events never trigger a rebuild.
    pub fn output(&self) -> PathBuf {
        std::path::absolute(&self.opts.out).unwrap_or_else(|_| self.opts.out.clone())
    }
}

/// Builds once, then rebuilds after every burst of changes, forever. `after` sees each result.
pub fn watch_loop(
    mut rebuilder: Rebuilder,
    mut after: impl FnMut(Event<'_>, &Rebuilder),
) -> Result<(), String> {
    let opts = rebuilder.options().clone();
    // Bad folders stop the command here, before anything is watched.
    let target = opts.validate().map_err(|e| e.message)?;
    let template_dir = opts.template_dir();
    let ignore = [rebuilder.output(), target.dir().to_path_buf()];
    let mut watcher = Watch::new(&opts.roles, template_dir.as_deref(), &ignore)
        .map_err(|e| format!("cannot watch `{}`: {e}", opts.roles.display()))?;
    let mut batch = Batch::default();
    let mut first = true;
    loop {
        let started = Instant::now();
        match rebuilder.run(!first && !batch.templates.is_empty()) {
            Ok(built) => {
                after(
                    Event::Rebuilt {
                        built: &built,
                        elapsed: started.elapsed(),
                        batch: &batch,
                    },
                    &rebuilder,
                );
                rebuilder.remember(built);
            }
            Err(e) => after(
                Event::Error {
                    message: &e.message,
                    batch: &batch,
                },
                &rebuilder,
            ),
        }
        first = false;
        // Blocks until a burst of relevant changes has settled.
        batch = watcher
            .next_batch(DEBOUNCE, MAX_BURST)
            .ok_or("the file watcher stopped")?;
    }
}

/// Where and how to serve.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// The build.
    pub build: BuildOptions,
    /// Address to bind (loopback by default).
    pub addr: std::net::SocketAddr,
    /// Try the following ports when `addr`'s port is taken.
    pub port_fallback: bool,
    /// How long a request's headers may take to arrive (slow clients are
    /// cut off after it); [`server::HEADER_TIMEOUT`] unless said otherwise.
    pub header_timeout: std::time::Duration,
}

/// Builds, serves the site with live reload and rebuilds on changes until Ctrl-C.
/// `report` sees every rebuild; `ready` gets the address once the first build is done and the port is open.
pub fn serve(
    opts: ServeOptions,
    report: impl Fn(Event<'_>, &Rebuilder) + Send + 'static,
    ready: impl FnOnce(std::net::SocketAddr),
) -> Result<(), String> {
    use std::sync::Arc;
    // Bad folders stop the command before the port is opened.
    opts.build.validate().map_err(|e| e.message)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server runtime: {e}"))?;
    let result = runtime.block_on(async move {
        let listener = server::bind(opts.addr, opts.port_fallback)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", opts.addr))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let live = Arc::new(server::LiveSite::new());
        let (first_tx, first_rx) = tokio::sync::oneshot::channel::<()>();
        let watcher_live = Arc::clone(&live);
        let mut rebuilder = Rebuilder::new(opts.build.clone());
        let index_live = Arc::clone(&live);
        rebuilder.on_index(move |files| index_live.replace_search(files));
        let rendered_live = Arc::clone(&live);
        rebuilder.on_rendered(move |built| rendered_live.update(built));
        std::thread::Builder::new()
            .name("rolebook-watch".into())
            .spawn(move || {
                let mut first = Some(first_tx);
                let result = watch_loop(rebuilder, |event, rb| {
                    // A good or stopped build reached the page through `on_rendered`.
                    if let Event::Error { message, .. } = &event {
                        watcher_live.fail(server::Failure::english(format!(
                            "The handbook could not be rebuilt: {message}"
                        )));
                    }
                    report(event, rb);
                    if let Some(tx) = first.take() {
                        let _ = tx.send(());
                    }
                });
                if let Err(message) = result {
                    watcher_live.fail(server::Failure::english(message));
                }
            })
            .map_err(|e| format!("cannot start the watcher: {e}"))?;
        // Serve only once the first build has run, so the first page is complete.
        let _ = first_rx.await;
        // Register for Ctrl-C before announcing the URL: a signal that arrives
        // between the two must stop the server cleanly, not kill it.
        let interrupted =
            interrupt_signal().map_err(|e| format!("cannot listen for Ctrl-C: {e}"))?;
        ready(addr);
        let shutdown_live = Arc::clone(&live);
        let hosts = server::Hosts::new(addr.ip(), addr.port());
        let header_timeout = opts.header_timeout;
        server::run(
            listener,
            server::router(live, hosts),
            header_timeout,
            async move {
                interrupted.await;
                shutdown_live.shutdown();
            },
        )
        .await;
        Ok(())
    });
    // Whatever still runs (a rebuild's blocking work) is not waited for.
    runtime.shutdown_timeout(Duration::from_millis(200));
    result
}

/// A future that completes on Ctrl-C; the handler is installed when this returns, not when it is first polled.
fn interrupt_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        let mut sigint = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
        Ok(async move {
            sigint.recv().await;
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}
