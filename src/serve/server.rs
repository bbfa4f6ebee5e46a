//! The HTTP side of `serve`: the last good site from memory, live reload over Server-Sent Events, findings in the page.
//!
//! Pages are served from an in-memory copy swapped in one step after each
//! good build, so a request sees the old handbook or the new one, never a
//! mix, and a reload never lands on a file still being written. Only paths
//! of that copy exist: nothing else on disk can be reached, and a path with
//! `..` (encoded or not) is refused. The live-reload script is added to
//! HTML responses here and never written into the site folder.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use crate::build::Rendered;
use crate::diagnostic::Severity;
use crate::i18n::say;
use crate::model::Language;
use crate::report::FindingJson;
use crate::text;

/// The URL path of the event stream.
pub const EVENTS_PATH: &str = "/__rolebook/events";

/// What the overlay shows after a failed rebuild.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Failure {
    /// A one-line summary.
    pub title: String,
    /// The findings (empty when the build could not run at all).
    pub findings: Vec<FindingJson>,
    /// The overlay's own words, in the findings' language: before a help line.
    pub help: String,
    /// The button that hides the overlay.
    pub hide: String,
    /// The severities' names.
    pub error: String,
    /// See `error`.
    pub warning: String,
}

impl Failure {
    /// A failure with no findings (the build could not run), in English:
    /// the handbook's language is not known.
    pub fn english(title: String) -> Failure {
        Failure::new(title, Vec::new(), Language::EN)
    }

    /// A failure with `findings`, its words in `language`.
    pub fn new(title: String, findings: Vec<FindingJson>, language: Language) -> Failure {
        Failure {
            title,
            findings,
            help: say(language, &text!("help-prefix")),
            hide: say(language, &text!("serve-hide")),
            error: say(language, &text!("error")),
            warning: say(language, &text!("warning")),
        }
    }
}

/// A signal to open pages.
#[derive(Clone, Debug)]
pub enum Signal {
    /// The new site is complete: reload.
    Reload,
    /// The rebuild failed: show the overlay.
    Failed(Arc<Failure>),
    /// The server is stopping: close the stream.
    Shutdown,
}

#[derive(Default)]
struct Snapshot {
    pages: HashMap<String, Arc<[u8]>>,
    /// Page path -> warnings about its source file.
    warnings: HashMap<String, Vec<FindingJson>>,
    failure: Option<Arc<Failure>>,
    /// The language of the warnings' panel.
    language: Language,
}

/// The site being served and the channel to open pages.
pub struct LiveSite {
    state: RwLock<Arc<Snapshot>>,
    events: broadcast::Sender<Signal>,
}

impl std::fmt::Debug for LiveSite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveSite").finish_non_exhaustive()
    }
}

fn shown(built: &Rendered) -> Vec<FindingJson> {
    let hb = &built.loaded.handbook;
    built
        .report
        .findings
        .iter()
        .map(|f| FindingJson::new(hb, f, built.language))
        .collect()
}

impl Default for LiveSite {
    fn default() -> Self {
        Self::new()
    }
}

impl LiveSite {
    /// An empty site.
    pub fn new() -> LiveSite {
        let (events, _) = broadcast::channel(64);
        LiveSite {
            state: RwLock::new(Arc::new(Snapshot::default())),
            events,
        }
    }

    fn snapshot(&self) -> Arc<Snapshot> {
        match self.state.read() {
            Ok(s) => Arc::clone(&s),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    fn replace(&self, snap: Snapshot) {
        let snap = Arc::new(snap);
        match self.state.write() {
            Ok(mut s) => *s = snap,
            Err(poisoned) => *poisoned.into_inner() = snap,
        }
    }

    /// Takes a rebuild's result: a good build replaces the pages and reloads open pages; a failed one keeps them and shows the overlay.
    pub fn update(&self, built: &Rendered) {
        let findings = shown(built);
        match &built.output {
            Some(crate::build::Output { site, .. }) => {
                let hb = &built.loaded.handbook;
                let source = |file: u32| hb.files.get(file as usize).map(|f| f.rel.as_str());
                let mut by_source: HashMap<&str, Vec<FindingJson>> = HashMap::new();
                for (f, sf) in built.report.findings.iter().zip(&findings) {
                    if let Some(file) = built.loaded.handbook.files.get(f.loc.file as usize) {
                        by_source
                            .entry(file.rel.as_str())
                            .or_default()
                            .push(sf.clone());
                    }
                }
                let mut warnings = HashMap::new();
                for r in &hb.roles {
                    if let Some(w) = source(r.file).and_then(|s| by_source.get(s)) {
                        for dir in ["roles", "checklists", "starter"] {
                            warnings.insert(format!("{dir}/{}.html", r.id.value), w.clone());
                        }
                    }
                }
                for p in &hb.processes {
                    if let Some(w) = source(p.file).and_then(|s| by_source.get(s)) {
                        warnings.insert(format!("processes/{}.html", p.id.value), w.clone());
                    }
                }
                self.replace(Snapshot {
                    pages: site
                        .pages
                        .iter()
                        .map(|p| (p.path.clone(), Arc::clone(&p.bytes)))
                        .collect(),
                    warnings,
                    failure: None,
                    language: built.language,
                });
                let _ = self.events.send(Signal::Reload);
            }
            None => {
                let errors = built.report.errors();
                let warnings = built.report.warnings();
                let language = built.language;
                let title = text!("serve-not-rebuilt", errors = errors, warnings = warnings);
                self.fail(Failure::new(say(language, &title), findings, language));
            }
        }
    }

    /// Shows a failure in open pages and keeps the last good pages.
    pub fn fail(&self, failure: Failure) {
        let old = self.snapshot();
        let failure = Arc::new(failure);
        self.replace(Snapshot {
            pages: old.pages.clone(),
            warnings: old.warnings.clone(),
            failure: Some(Arc::clone(&failure)),
            language: old.language,
        });
        let _ = self.events.send(Signal::Failed(failure));
    }

    /// Swaps in a new search index (built in the background after a rebuild).
    pub fn replace_search(&self, files: &[crate::render::Page]) {
        let old = self.snapshot();
        let mut pages: HashMap<String, Arc<[u8]>> = old
            .pages
            .iter()
            .filter(|(path, _)| !path.starts_with("pagefind/"))
            .map(|(k, v)| (k.clone(), Arc::clone(v)))
            .collect();
        for f in files {
            pages.insert(f.path.clone(), Arc::clone(&f.bytes));
        }
        self.replace(Snapshot {
            pages,
            warnings: old.warnings.clone(),
            failure: old.failure.clone(),
            language: old.language,
        });
    }

    /// Closes every event stream (before shutting down).
    pub fn shutdown(&self) {
        let _ = self.events.send(Signal::Shutdown);
    }
}

/// Turns a request path into a site path; `None` for anything that tries to leave the site.
pub fn site_path(raw: &str) -> Option<String> {
    let decoded = percent_decode(raw)?;
    if decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let mut parts = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => {}
            ".." => return None,
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    if path.is_empty() || decoded.ends_with('/') {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    }
    Some(path)
}

fn percent_decode(s: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .ok()?
        .into_owned();
    // No page's path has a `%`: one left after decoding is a malformed
    // escape or a second layer (`%252e%252e`, which decoding twice would
    // turn into `..`), and either is refused.
    (!decoded.contains('%')).then_some(decoded)
}

/// The content type for a site path.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "wasm" => "application/wasm",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

const LIVE: &str = include_str!("live.html");

/// The server's own pages (the warnings panel, the not-found page), as
/// templates with autoescaping, like the site's.
static PAGES: std::sync::LazyLock<tera::Tera> = std::sync::LazyLock::new(|| {
    let mut tera = tera::Tera::new();
    tera.autoescape_on(vec![".html"]);
    // Compiled in and covered by the tests: they always load.
    let _ = tera.add_raw_templates([
        ("panel.html", include_str!("panel.html")),
        ("not-found.html", include_str!("not-found.html")),
    ]);
    tera
});

/// One of [`PAGES`] rendered from `ctx`; a template bug shows as its error.
fn server_page(name: &str, ctx: &tera::Context) -> String {
    PAGES
        .render(name, ctx)
        .unwrap_or_else(|e| format!("rolebook serve: {e}"))
}

fn inject(html: &[u8], warnings: Option<&Vec<FindingJson>>, language: Language) -> Vec<u8> {
    let mut page = String::from_utf8_lossy(html).into_owned();
    if let Some(w) = warnings.filter(|w| !w.is_empty()) {
        let mut ctx = tera::Context::new();
        ctx.insert("title", &say(language, &text!("serve-panel")));
        ctx.insert("help", &say(language, &text!("help-prefix")));
        let findings: Vec<serde_json::Value> = w
            .iter()
            .map(|f| {
                let severity = match f.severity {
                    Severity::Error => text!("error"),
                    Severity::Warning => text!("warning"),
                };
                serde_json::json!({
                    "rule": f.rule,
                    "severity": say(language, &severity),
                    "file": f.file,
                    "line": f.line,
                    "column": f.column,
                    "message": f.message,
                    "help": f.help,
                })
            })
            .collect();
        ctx.insert("findings", &findings);
        let panel = server_page("panel.html", &ctx);
        // After the opening tag of <main>, whatever attributes a template gives it.
        if let Some(end) = page
            .find("<main")
            .and_then(|i| page[i..].find('>').map(|j| i + j + 1))
        {
            page.insert_str(end, &panel);
        }
    }
    match page.rfind("</body>") {
        Some(i) => page.insert_str(i, LIVE),
        None => page.push_str(LIVE),
    }
    page.into_bytes()
}

async fn handle(State(live): State<Arc<LiveSite>>, uri: Uri) -> Response {
    if uri.path() == EVENTS_PATH {
        return events(live).into_response();
    }
    let Some(path) = site_path(uri.path()) else {
        return (StatusCode::BAD_REQUEST, "bad path\n").into_response();
    };
    let snap = live.snapshot();
    let (status, path, body) = match snap.pages.get(&path) {
        Some(body) => (StatusCode::OK, path, Arc::clone(body)),
        None => {
            let language = snap.language;
            let mut ctx = tera::Context::new();
            ctx.insert("lang", language.tag());
            ctx.insert("title", &say(language, &text!("serve-not-found")));
            ctx.insert("gone", &say(language, &text!("serve-not-found-path")));
            ctx.insert("index", &say(language, &text!("serve-to-index")));
            ctx.insert("path", &path);
            let msg = server_page("not-found.html", &ctx);
            (
                StatusCode::NOT_FOUND,
                "404.html".to_string(),
                Arc::<[u8]>::from(msg.into_bytes()),
            )
        }
    };
    let body = if path.ends_with(".html") {
        inject(&body, snap.warnings.get(&path), snap.language)
    } else {
        body.to_vec()
    };
    let mut resp = (status, body).into_response();
    let headers = resp.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&path)),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    resp
}

fn to_sse(signal: &Signal) -> Option<SseEvent> {
    match signal {
        Signal::Reload => Some(SseEvent::default().event("reload").data("{}")),
        Signal::Failed(f) => Some(
            SseEvent::default()
                .event("failed")
                .data(serde_json::to_string(f.as_ref()).unwrap_or_default()),
        ),
        Signal::Shutdown => None,
    }
}

fn events(live: Arc<LiveSite>) -> impl IntoResponse {
    let rx = live.events.subscribe();
    // A page opened while the handbook is broken shows the overlay at once.
    let initial = match &live.snapshot().failure {
        Some(f) => Signal::Failed(Arc::clone(f)),
        None => Signal::Reload,
    };
    let first = match initial {
        Signal::Failed(_) => to_sse(&initial),
        _ => Some(SseEvent::default().event("hello").data("{}")),
    };
    let stream = tokio_stream::iter(first)
        .chain(
            BroadcastStream::new(rx)
                .filter_map(Result::ok)
                .take_while(|s| !matches!(s, Signal::Shutdown))
                .filter_map(|s| to_sse(&s)),
        )
        .map(Ok::<_, Infallible>);
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// The router for a live site, answering only requests addressed to `hosts`.
pub fn router(live: Arc<LiveSite>, hosts: Hosts) -> Router {
    Router::new()
        .fallback(handle)
        .with_state(live)
        .layer(axum::middleware::from_fn(
            move |req: axum::extract::Request, next: axum::middleware::Next| {
                let refused = refusal(&req, &hosts);
                async move {
                    match refused {
                        None => next.run(req).await,
                        Some(answer) => answer,
                    }
                }
            },
        ))
}

/// The answer to a request the server does not serve, if it is one: a
/// method other than GET and HEAD (a static site takes nothing, and
/// `CONNECT` would make it a proxy), two `Host` headers (which of them a
/// proxy and the server each read is anybody's guess), a `Host` or an
/// absolute-form target (`GET http://evil.example/`) that names another
/// server.
fn refusal(req: &axum::extract::Request, hosts: &Hosts) -> Option<Response> {
    if !matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    ) {
        let answer = (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "rolebook serve answers GET and HEAD only\n",
        );
        return Some(answer.into_response());
    }
    let mut named = req.headers().get_all(header::HOST).iter();
    let (host, second) = (named.next(), named.next());
    if second.is_some() {
        return Some((StatusCode::BAD_REQUEST, "more than one Host header\n").into_response());
    }
    let host_ok = host
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| hosts.allows(h));
    let target_ok = req
        .uri()
        .authority()
        .is_none_or(|a| hosts.allows(a.as_str()));
    if host_ok && target_ok {
        return None;
    }
    let answer = (
        StatusCode::FORBIDDEN,
        "rolebook serve answers only requests addressed to the address it listens on \
         (localhost, 127.0.0.1, [::1] or its --bind address)\n",
    );
    Some(answer.into_response())
}

/// The `Host` headers a server accepts. A web page on another site can make
/// a browser send requests to a local port under that site's own name (DNS
/// rebinding) and read the answers; such requests carry the site's name in
/// `Host`, so only the server's own addresses are answered.
#[derive(Clone, Debug)]
pub struct Hosts {
    bind: std::net::IpAddr,
    port: u16,
}

impl Hosts {
    /// The hosts of a server bound to `bind` on `port`.
    pub fn new(bind: std::net::IpAddr, port: u16) -> Hosts {
        Hosts { bind, port }
    }

    /// Whether a `Host` header value names this server: `localhost`,
    /// a loopback address, or the bound address, with this port or none.
    /// Bound to every address (`0.0.0.0`, `::`), any IP address is accepted:
    /// rebinding needs a name, never a bare address.
    pub fn allows(&self, host: &str) -> bool {
        let (name, port) = split_host(host);
        if port.is_some_and(|p| p != self.port) {
            return false;
        }
        if name.eq_ignore_ascii_case("localhost") {
            return true;
        }
        let Ok(ip) = name.parse::<std::net::IpAddr>() else {
            return false;
        };
        ip.is_loopback() || ip == self.bind || self.bind.is_unspecified()
    }
}

/// `name` and port of a `Host` value: `a:1`, `[::1]:1`, `[::1]`, `a`.
fn split_host(host: &str) -> (&str, Option<u16>) {
    let host = host.trim();
    if let Some(rest) = host.strip_prefix('[') {
        let Some((name, after)) = rest.split_once(']') else {
            return (host, None);
        };
        let port = after.strip_prefix(':').map(|p| p.parse().unwrap_or(0));
        return (name, port);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if !name.contains(':') => (name, Some(port.parse().unwrap_or(0))),
        _ => (host, None),
    }
}

/// Most connections served at once; more wait in the kernel's queue until
/// one closes. A browser opens six per host.
pub const MAX_CONNECTIONS: usize = 256;
/// A request's headers must arrive within this time unless `serve
/// --header-timeout` says otherwise (stops slow clients holding connections
/// open).
pub const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// A connection that moves no byte either way for this long is closed (an
/// open event stream sends a comment every 15 s, so it never idles).
pub const IDLE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);
/// After Ctrl-C, open connections get this long to finish before they are cut.
pub const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_millis(300);

/// Serves `router` on `listener` until `stop` completes, then closes every
/// connection within [`SHUTDOWN_GRACE`], whatever the clients do.
pub async fn run(
    listener: tokio::net::TcpListener,
    router: Router,
    header_timeout: std::time::Duration,
    stop: impl std::future::Future<Output = ()>,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;
    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let mut connections = tokio::task::JoinSet::new();
    tokio::pin!(stop);
    loop {
        let permit = tokio::select! {
            () = &mut stop => break,
            permit = Arc::clone(&slots).acquire_owned() => permit,
        };
        let Ok(permit) = permit else { break };
        let (stream, _) = tokio::select! {
            () = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // Out of file descriptors and the like: pause, do not spin.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let service = TowerToHyperService::new(router.clone());
        connections.spawn(async move {
            let (io, idle) = Idle::new(stream);
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout);
            let conn = builder.serve_connection(TokioIo::new(io), service);
            tokio::select! {
                _ = conn => {}
                () = idle.expired(IDLE_TIMEOUT) => {}
            }
            drop(permit);
        });
        // Finished connections are reaped as we go.
        while connections.try_join_next().is_some() {}
    }
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    connections.abort_all();
}

/// A connection's stream that notes when a byte last moved.
struct Idle {
    stream: tokio::net::TcpStream,
    last: Arc<std::sync::atomic::AtomicU64>,
    start: tokio::time::Instant,
}

/// Tells when an [`Idle`] stream has not moved for a while.
struct IdleWatch {
    last: Arc<std::sync::atomic::AtomicU64>,
    start: tokio::time::Instant,
}

impl Idle {
    fn new(stream: tokio::net::TcpStream) -> (Idle, IdleWatch) {
        let last = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let start = tokio::time::Instant::now();
        let watch = IdleWatch {
            last: Arc::clone(&last),
            start,
        };
        (
            Idle {
                stream,
                last,
                start,
            },
            watch,
        )
    }

    fn touch(&self) {
        let ms = self.start.elapsed().as_millis() as u64;
        self.last.store(ms, std::sync::atomic::Ordering::Relaxed);
    }
}

impl IdleWatch {
    /// Completes once no byte has moved for `limit`.
    async fn expired(&self, limit: std::time::Duration) {
        loop {
            let last = std::time::Duration::from_millis(
                self.last.load(std::sync::atomic::Ordering::Relaxed),
            );
            let deadline = self.start + last + limit;
            if tokio::time::Instant::now() >= deadline {
                return;
            }
            tokio::time::sleep_until(deadline).await;
        }
    }
}

impl tokio::io::AsyncRead for Idle {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = std::pin::Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.touch();
        }
        polled
    }
}

impl tokio::io::AsyncWrite for Idle {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        let polled = std::pin::Pin::new(&mut self.stream).poll_write(cx, buf);
        if matches!(polled, std::task::Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
        }
        polled
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// Binds `addr`; with `fallback`, tries the next ports when it is taken.
pub async fn bind(addr: SocketAddr, fallback: bool) -> std::io::Result<tokio::net::TcpListener> {
    let tries = if fallback { 20 } else { 1 };
    let mut last = None;
    for i in 0..tries {
        let a = SocketAddr::new(addr.ip(), addr.port().saturating_add(i));
        match tokio::net::TcpListener::bind(a).await {
            Ok(l) => return Ok(l),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no port")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_paths_never_leave_the_site() {
        assert_eq!(site_path("/").as_deref(), Some("index.html"));
        assert_eq!(
            site_path("/roles/courier.html").as_deref(),
            Some("roles/courier.html")
        );
        assert_eq!(site_path("/roles/").as_deref(), Some("roles/index.html"));
        assert_eq!(
            site_path("/roles/my%20role.html").as_deref(),
            Some("roles/my role.html")
        );
        for bad in [
            "/../etc/passwd",
            "/roles/../../x",
            "/%2e%2e/x",
            "/%2E%2E%2Fx",
            "/a/%252e%252e/x",
            "/a\\..\\b",
            "/%ff",
            "/%2",
        ] {
            assert_eq!(site_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn live_script_goes_before_body_end() {
        let out = String::from_utf8(inject(
            b"<html><body><main id=\"main\">x</main></body></html>",
            None,
            Language::EN,
        ))
        .unwrap_or_default();
        assert!(out.contains(EVENTS_PATH));
        assert!(out.ends_with("</body></html>"));
    }
}
