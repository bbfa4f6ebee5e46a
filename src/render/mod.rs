//! Turns a [`Compiled`] handbook into pages in memory: Tera templates, the swimlane SVG, the language table.
//!
//! The default templates and assets are compiled into the binary, so rolebook
//! works anywhere; a handbook may override any of them with files of the same
//! name in a `templates/` folder. Rendering never touches the output folder:
//! that is [`crate::output`]'s job, so a template error leaves the site as it was.

pub mod diagram;
mod metrics;

use std::fmt;
use std::io::Write;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Tera, Value};

mod cache;
use cache::{Ctx, Rendered};

use crate::compile::{Compiled, HandoffView, ProcessView, Ref};
use crate::i18n;
use crate::model::Language;

/// One output file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Path under the site folder, `/`-separated.
    pub path: String,
    /// Content.
    pub bytes: std::sync::Arc<[u8]>,
}

/// The whole site, in memory, sorted by path.
#[derive(Clone, Debug, Default)]
pub struct Site {
    /// Every file.
    pub pages: Vec<Page>,
}

/// A template could not be loaded or rendered.
#[derive(Debug)]
pub struct RenderError {
    /// Names the template and, where Tera knows it, the line.
    pub message: String,
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RenderError {}

/// Why a job gave no pages: its dry pass met a page that is not in the
/// cache (the job runs again with its values), or an error.
enum Fail {
    Miss,
    Error(RenderError),
}

impl From<RenderError> for Fail {
    fn from(e: RenderError) -> Fail {
        Fail::Error(e)
    }
}

impl Fail {
    /// The error of a pass that was not dry (which never misses).
    fn error(self) -> RenderError {
        match self {
            Fail::Error(e) => e,
            Fail::Miss => RenderError {
                message: "internal: a page was missed outside a dry pass".to_string(),
            },
        }
    }
}

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../templates/", $name)))),*]
    };
}

/// The built-in templates: (name, source).
pub const TEMPLATES: &[(&str, &str)] = builtin!(
    "base.html",
    "index.html",
    "role.html",
    "checklists.html",
    "starter.html",
    "handoff.html",
    "process.html",
    "artifacts.html",
    "coverage.html",
    "print.html",
    "print_part.html",
    "roles.html",
    "processes.html",
    "external.html",
    "redirect.html",
    "404.html",
    "page.html",
    "changes.html",
    "workload.html",
    "org.html",
    "documents.html",
    "onboarding.html",
    "partials/role.html",
    "partials/decision.html",
    "partials/case_lines.html",
    "partials/checklist.html",
    "partials/handoff.html",
    "partials/process.html",
    "partials/coverage.html",
    "partials/print_role.html",
    "partials/nav.html",
    "partials/control.html",
    "partials/history.html",
    "partials/onboarding.html",
);

/// The font swimlanes draw with, as the site holds it: their text is laid
/// out by its measure (see [`metrics`]).
pub const DIAGRAM_FONT: &str = "assets/diagram.ttf";

/// The built-in assets: (path under the site, content).
pub const ASSETS: &[(&str, &str)] = builtin!(
    "assets/style.css",
    "assets/search.js",
    "assets/checklists.js"
);

fn tera_error(template: &str, e: &tera::Error) -> RenderError {
    let mut message = format!("template `{template}`: {e}");
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(&format!("\n  caused by: {s}"));
        source = s.source();
    }
    RenderError { message }
}

/// A file's name in a templates folder, `/`-separated: `partials/nav.html`.
fn rel_name(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Whether a templates folder changes anything: a file in it that is not
/// a built-in template or asset, or one whose content differs (rolebook's
/// own repository keeps the built-in templates beside its handbook).
pub fn overrides_anything(dir: &Path) -> bool {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .any(|e| {
            let rel = rel_name(dir, e.path());
            let builtin = TEMPLATES
                .iter()
                .chain(ASSETS)
                .find(|(name, _)| *name == rel)
                .map(|(_, text)| text.as_bytes());
            match (builtin, std::fs::read(e.path())) {
                (Some(text), Ok(bytes)) => bytes != text,
                _ => true,
            }
        })
}

/// Templates and assets, ready to render any number of handbooks.
pub struct Renderer {
    tera: Tera,
    /// Shared with every render's pages, never copied (the font is 680 KB).
    assets: Vec<(String, std::sync::Arc<[u8]>)>,
    /// Output kept between renders (`serve`, `watch`): see [`cache`].
    rendered: Option<Rendered>,
    /// The hash of the global context of the render under way.
    global: u128,
}

impl fmt::Debug for Renderer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Renderer").finish_non_exhaustive()
    }
}

/// Navigation lists at most this many processes or roles on every page; a
/// larger handbook links to the full lists instead, so pages stay small.
pub const NAV_LIMIT: usize = 30;
/// The index draws every process's diagram only for handbooks this small.
pub const INDEX_DIAGRAMS: usize = 6;

#[derive(Serialize, PartialEq)]
struct Nav {
    changes: bool,
    workload: bool,
    processes: Vec<Ref>,
    roles: Vec<Ref>,
    externals: Vec<Ref>,
    /// The pages of `pages/`, first in the menu: a welcome, a glossary.
    pages: Vec<Ref>,
    more_processes: bool,
    more_roles: bool,
}

#[derive(Serialize)]
struct ProcessItem<'a> {
    process: &'a ProcessView,
    svg: String,
    handoffs: Vec<&'a HandoffView>,
}

impl Renderer {
    /// Loads the built-in templates, then any overrides from `overrides` (a folder of templates and `assets/`).
    pub fn new(overrides: Option<&Path>) -> Result<Renderer, RenderError> {
        let mut sources: Vec<(String, String)> = TEMPLATES
            .iter()
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect();
        let mut assets: Vec<(String, std::sync::Arc<[u8]>)> = ASSETS
            .iter()
            .map(|(n, s)| (n.to_string(), s.as_bytes().into()))
            .chain([(DIAGRAM_FONT.to_string(), metrics::font().into())])
            .collect();
        if let Some(dir) = overrides.filter(|d| d.is_dir()) {
            for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
                let entry = entry.map_err(|e| RenderError {
                    message: format!("cannot read templates folder `{}`: {e}", dir.display()),
                })?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = rel_name(dir, entry.path());
                let bytes = std::fs::read(entry.path()).map_err(|e| RenderError {
                    message: format!("cannot read template `{}`: {e}", entry.path().display()),
                })?;
                if rel.starts_with("assets/") {
                    assets.retain(|(n, _)| *n != rel);
                    assets.push((rel, bytes.into()));
                } else if rel.ends_with(".html") {
                    let text = String::from_utf8(bytes).map_err(|_| RenderError {
                        message: format!(
                            "template `{}` is not valid UTF-8",
                            entry.path().display()
                        ),
                    })?;
                    sources.retain(|(n, _)| *n != rel);
                    sources.push((rel, text));
                }
            }
        }
        assets.sort();
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
            .map_err(|e| RenderError {
                message: format!("cannot load the templates: {e}"),
            })?;
        Ok(Renderer {
            tera,
            assets,
            rendered: None,
            global: 0,
        })
    }

    /// Keeps what each render produced, so the next one reuses every output
    /// whose template, context and global context hash the same ([`cache`]).
    /// For `serve` and `watch`, which render the same handbook again and again.
    pub fn keep_pages(&mut self) {
        self.rendered.get_or_insert_with(Rendered::default);
    }

    /// `template` rendered from `ctx`, or the same output kept from before.
    fn output(&self, template: &str, ctx: &Ctx) -> Result<std::sync::Arc<str>, Fail> {
        let key = self
            .rendered
            .as_ref()
            .and_then(|r| Some((r, Rendered::key(template, ctx, self.global)?)));
        if let Some(hit) = key.and_then(|(r, k)| r.get(k)) {
            return Ok(hit);
        }
        if ctx.is_dry() {
            return Err(Fail::Miss);
        }
        let html: std::sync::Arc<str> = ctx
            .render(&self.tera, template)
            .map_err(|e| tera_error(template, &e))?
            .into();
        if let Some((r, k)) = key {
            r.put(k, std::sync::Arc::clone(&html));
        }
        Ok(html)
    }

    /// The menu (`partials/nav.html`) for pages whose way to the top is `root`.
    fn nav(&self, root: &str, hashed: bool) -> Result<Value, RenderError> {
        let mut ctx = Ctx::new(hashed);
        ctx.insert("root", root);
        let html = self.fragment(NAV, &ctx).map_err(Fail::error)?;
        Ok(Value::safe_string(&html))
    }

    fn fragment(&self, template: &str, ctx: &Ctx) -> Result<String, Fail> {
        Ok(self.output(template, ctx)?.to_string())
    }

    fn page(&self, template: &str, path: &str, ctx: &Ctx) -> Result<Page, Fail> {
        let html = self.output(template, ctx)?;
        Ok(Page {
            path: path.to_string(),
            bytes: std::sync::Arc::<[u8]>::from(html),
        })
    }

    /// Renders every page of the handbook, in parallel, into memory.
    pub fn render(&mut self, c: &Compiled) -> Result<Site, RenderError> {
        let collected = std::sync::Mutex::new(Vec::new());
        self.render_streaming(c, &jobs(c), &|page| {
            collected
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(page);
            Ok(())
        })?;
        let mut pages = collected
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        pages.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Site { pages })
    }

    /// Renders `jobs` in parallel and hands each page to `sink` as soon as it
    /// is ready; returns the number of files.
    pub fn render_streaming(
        &mut self,
        c: &Compiled,
        jobs: &[Job],
        sink: &(dyn Fn(Page) -> Result<(), String> + Sync),
    ) -> Result<usize, RenderError> {
        let language = Language::from_tag(c.meta.language).unwrap_or_default();
        let t = i18n::words(language);
        // What every page shares goes into Tera's global context once, not into each page's.
        // Hashed only where the output is kept between renders (`serve`,
        // `watch`): a build's pages are never looked up.
        let hashed = self.rendered.is_some();
        let mut global = Ctx::new(hashed);
        global.insert("meta", &c.meta);
        global.insert("t", &t);
        global.insert("nav", &nav(c));
        self.global = global.make_global(&mut self.tera);
        // The menu is the same on every page of a depth: rendered once for
        // each, not 8,000 times (it was a seventh of rendering 1,000 roles).
        let mut navs = Vec::new();
        for root in ROOTS {
            navs.push(self.nav(root, hashed)?);
        }
        let renderer = &*self;
        let ctx = PageCtx {
            c,
            t: &t,
            language,
            navs,
            hashed,
        };
        let n = jobs
            .par_iter()
            .map(|job| {
                // First a dry pass, which hashes each page's inputs and takes
                // the pages from the cache; a page not there, and the job runs
                // again with its template values.
                let pages = if hashed {
                    match renderer.render_pages(&ctx, job, true) {
                        Ok(pages) => pages,
                        Err(Fail::Miss) => renderer
                            .render_pages(&ctx, job, false)
                            .map_err(Fail::error)?,
                        Err(Fail::Error(e)) => return Err(e),
                    }
                } else {
                    renderer
                        .render_pages(&ctx, job, false)
                        .map_err(Fail::error)?
                };
                let n = pages.len();
                for page in pages {
                    sink(page).map_err(|message| RenderError { message })?;
                }
                Ok(n)
            })
            .sum::<Result<usize, RenderError>>();
        if let Some(r) = &self.rendered {
            r.finish();
        }
        n
    }

    // Long on purpose: one match arm per job, each building its context and
    // rendering its pages, so a page's inputs are all in one place.
    fn render_pages<'a>(&self, pc: &PageCtx<'a>, job: &Job, dry: bool) -> Result<Vec<Page>, Fail> {
        let c = pc.c;
        let word = |k: &str| pc.word(k);
        let base = |root: &str, title: &str, kind: &str, source: Option<&str>| {
            base_ctx(pc, root, title, kind, source, dry)
        };
        let item = |p: &'a ProcessView, root: &str, stage_base: String| {
            process_item(c, p, root, &stage_base, pc)
        };
        let one = |page: Page| Ok(vec![page]);
        match *job {
            Job::Index => {
                let mut ctx = base("", &c.meta.title, "index", None);
                let diagrams: Vec<ProcessItem> = if c.processes.len() <= INDEX_DIAGRAMS {
                    c.processes
                        .iter()
                        .map(|p| item(p, "", format!("processes/{}.html#", p.id)))
                        .collect()
                } else {
                    Vec::new()
                };
                ctx.insert("processes", &diagrams);
                ctx.insert("process_list", &process_refs(c));
                ctx.insert("roles", &role_summaries(c, pc.language));
                ctx.insert("has_workload", &!c.workload.is_empty());
                one(self.page("index.html", "index.html", &ctx)?)
            }
            Job::Process(i) => {
                let p = &c.processes[i];
                let it = item(p, "../", "#".to_string());
                let mut ctx = base("../", &p.name, "process", Some(&p.source));
                ctx.insert("process", p);
                ctx.insert("svg", &it.svg);
                ctx.insert("handoffs", &it.handoffs);
                let page = self.page("process.html", &format!("processes/{}.html", p.id), &ctx)?;
                let data = ProcessJson {
                    process: p,
                    handoffs: &it.handoffs,
                };
                let data = Page {
                    path: format!("json/processes/{}.json", p.id),
                    bytes: json(&data)?.into(),
                };
                Ok(vec![page, data])
            }
            Job::Role(i) => {
                let r = &c.roles[i];
                let mut out = Vec::with_capacity(3);
                let mut ctx = base("../", &r.title, "role", Some(&r.source));
                ctx.insert("role", r);
                ctx.insert(
                    "checklists_label",
                    &i18n::say(
                        pc.language,
                        &crate::text!("checklist-count", count = r.checklists.len()),
                    ),
                );
                let since = c
                    .since
                    .as_ref()
                    .and_then(|s| s.roles.iter().find(|x| x.id == r.id));
                ctx.insert("since", &since);
                ctx.insert("since_rev", &c.since.as_ref().map(|s| &s.rev));
                ctx.insert(
                    "since_when",
                    &c.since.as_ref().and_then(|s| s.date.as_ref()),
                );
                let workload = c.workload.iter().find(|w| w.role.id == r.id);
                ctx.insert("workload", &workload);
                ctx.insert("staff", &c.staff.get(i));
                // The job description heads both the role's page and its
                // starter pack: rendered once, as `role_section`.
                ctx.insert("hl", &1);
                ctx.insert("prefix", "");
                let section = self.fragment(ROLE_SECTION, &ctx)?;
                ctx.remove("hl");
                ctx.remove("prefix");
                ctx.insert_value("role_section", Value::safe_string(&section));
                out.push(self.page("role.html", &format!("roles/{}.html", r.id), &ctx)?);
                let title = format!("{}: {}", word("checklists"), r.title);
                ctx.insert("page_title", &title);
                ctx.insert("page_kind", "checklists");
                out.push(self.page(
                    "checklists.html",
                    &format!("checklists/{}.html", r.id),
                    &ctx,
                )?);
                let title = format!("{}: {}", word("starter_pack"), r.title);
                ctx.insert("page_title", &title);
                ctx.insert("page_kind", "starter");
                let o = &c.onboarding[i];
                ctx.insert("o", o);
                out.push(self.page("starter.html", &format!("starter/{}.html", r.id), &ctx)?);
                let title = format!("{}: {}", word("onboarding"), r.title);
                ctx.insert("page_title", &title);
                ctx.insert("page_kind", "onboarding");
                out.push(self.page(
                    "onboarding.html",
                    &format!("onboarding/{}.html", r.id),
                    &ctx,
                )?);
                out.push(Page {
                    path: format!("json/roles/{}.json", r.id),
                    bytes: json(r)?.into(),
                });
                Ok(out)
            }
            Job::Handoff(i) => {
                let h = &c.handoffs[i];
                let title = format!("{} → {}", h.from.name, h.to.name);
                let mut ctx = base("../", &title, "handoff", None);
                ctx.insert("h", h);
                one(self.page("handoff.html", &format!("handoffs/{}.html", h.slug), &ctx)?)
            }
            Job::Lists => {
                let mut ctx = base("", word("all_roles"), "roles", None);
                ctx.insert("roles", &role_summaries(c, pc.language));
                ctx.insert("externals", &c.externals);
                let roles = self.page("roles.html", "roles.html", &ctx)?;
                let mut ctx = base("", word("processes"), "processes", None);
                ctx.insert("processes", &process_summaries(c));
                let processes = self.page("processes.html", "processes.html", &ctx)?;
                let mut ctx = base("", word("artifacts"), "artifacts", Some("handbook.yaml"));
                let documents: Vec<_> = c.artifacts.iter().zip(&c.artifact_flow).collect();
                ctx.insert("documents", &documents);
                let artifacts = self.page("artifacts.html", "artifacts.html", &ctx)?;
                let mut ctx = base("", word("coverage"), "coverage", None);
                ctx.insert("coverage", &c.coverage);
                let coverage = self.page("coverage.html", "coverage.html", &ctx)?;
                let mut ctx = base("", word("org_chart"), "org", None);
                ctx.insert("org", &c.org);
                let org = self.page("org.html", "org.html", &ctx)?;
                let mut ctx = base("", word("documents_list"), "documents", None);
                ctx.insert("documents", &documents_list(c));
                let documents = self.page("documents.html", "documents.html", &ctx)?;
                let mut out = vec![roles, processes, artifacts, coverage, org, documents];
                if !c.workload.is_empty() {
                    let mut ctx = base("", word("workload"), "workload", None);
                    ctx.insert("workload", &c.workload);
                    out.push(self.page("workload.html", "workload.html", &ctx)?);
                }
                if let Some(since) = &c.since {
                    let mut ctx = base("", word("what_changed"), "changes", None);
                    ctx.insert("since", since);
                    out.push(self.page("changes.html", "changes.html", &ctx)?);
                }
                for r in &c.redirects {
                    let mut ctx = base("../", &r.to, "redirect", None);
                    ctx.insert("to", &format!("../{}", r.to));
                    out.push(self.page("redirect.html", &r.from, &ctx)?);
                }
                for x in &c.externals {
                    let mut ctx = base("../", &x.name, "external", None);
                    ctx.insert("x", x);
                    out.push(self.page("external.html", &format!("roles/{}.html", x.id), &ctx)?);
                }
                Ok(out)
            }
            Job::Print => {
                let mut ctx = base("", word("print_all"), "print", None);
                ctx.insert("processes", &process_refs(c));
                ctx.insert("teams", &c.teams);
                ctx.insert("externals", &c.externals);
                ctx.insert("artifacts", &c.artifacts);
                ctx.insert("free_pages", &c.pages);
                one(self.page("print.html", "print.html", &ctx)?)
            }
            Job::PrintProcess(i) => {
                let p = &c.processes[i];
                let it = process_item(c, p, "../", &format!("#process-{}-", p.id), pc);
                let title = format!("{}: {}", word("print"), p.name);
                let mut ctx = base("../", &title, "print", Some(&p.source));
                ctx.insert("process", p);
                ctx.insert("svg", &it.svg);
                ctx.insert("handoffs", &it.handoffs);
                let path = format!("print/process-{}.html", p.id);
                one(self.page("print_part.html", &path, &ctx)?)
            }
            Job::PrintTeam(i) => {
                let team = &c.teams[i];
                let roles: Vec<&crate::compile::RoleView> = team
                    .roles
                    .iter()
                    .filter_map(|r| c.roles.iter().find(|v| v.id == r.id))
                    .collect();
                let title = match &team.superior {
                    Some(s) => format!("{} {}", word("print_team"), s.name),
                    None => word("print_top").to_string(),
                };
                let mut ctx = base("../", &title, "print", None);
                ctx.insert("team", team);
                ctx.insert("team_roles", &roles);
                one(self.page("print_part.html", &team.path, &ctx)?)
            }
            Job::Json => {
                let index = json_index(c);
                let bytes = json(&index)?;
                one(Page {
                    path: "handbook.json".into(),
                    bytes: bytes.into(),
                })
            }
            Job::FreePage(i) => {
                let p = &c.pages[i];
                let mut ctx = base("../", &p.title, "page", Some(&p.source));
                ctx.insert("page", p);
                one(self.page("page.html", &format!("pages/{}.html", p.id), &ctx)?)
            }
            Job::NotFound => {
                // Served for any missing address, at any depth: its links
                // start from the published address where it is known.
                let root = c.meta.base_url.as_deref().unwrap_or("");
                let mut ctx = base(root, word("not_found"), "not-found", None);
                if !ROOTS.contains(&root) {
                    ctx.insert_value("site_nav", self.nav(root, pc.hashed)?);
                }
                let mut out = vec![self.page("404.html", "404.html", &ctx)?];
                if let Some(base_url) = &c.meta.base_url {
                    out.push(Page {
                        path: "sitemap.xml".into(),
                        bytes: sitemap(c, base_url).into_bytes().into(),
                    });
                }
                Ok(out)
            }
            Job::Assets => Ok(self
                .assets
                .iter()
                .chain(&c.meta.theme.files)
                .map(|(path, bytes)| Page {
                    path: path.clone(),
                    bytes: std::sync::Arc::clone(bytes),
                })
                .collect()),
        }
    }
}

/// `sitemap.xml`: every page a reader may land on (the print parts and the
/// old addresses left out), at `base_url`, in a fixed order.
fn sitemap(c: &Compiled, base_url: &str) -> String {
    let mut paths: Vec<String> = [
        "index.html",
        "roles.html",
        "processes.html",
        "artifacts.html",
        "coverage.html",
        "org.html",
        "documents.html",
        "print.html",
    ]
    .map(String::from)
    .into();
    if !c.workload.is_empty() {
        paths.push("workload.html".into());
    }
    for p in &c.processes {
        paths.push(format!("processes/{}.html", p.id));
    }
    for r in &c.roles {
        for kind in ["roles", "checklists", "starter", "onboarding"] {
            paths.push(format!("{kind}/{}.html", r.id));
        }
    }
    for x in &c.externals {
        paths.push(format!("roles/{}.html", x.id));
    }
    for h in &c.handoffs {
        paths.push(format!("handoffs/{}.html", h.slug));
    }
    for p in &c.pages {
        paths.push(format!("pages/{}.html", p.id));
    }
    paths.sort();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in paths {
        xml.push_str("<url><loc>");
        xml.push_str(&crate::markdown::escape_html(&format!(
            "{base_url}{}",
            url_path(&p)
        )));
        xml.push_str("</loc></url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `value` as compact JSON (the data files are for tools), ending in a line break.
fn json<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, RenderError> {
    let mut bytes = serde_json::to_vec(value).map_err(|e| RenderError {
        message: format!("cannot serialise the handbook's data: {e}"),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// `json/processes/ID.json`: a process and the changes of hands drawn on it.
#[derive(Serialize)]
struct ProcessJson<'a> {
    process: &'a ProcessView,
    handoffs: &'a [&'a HandoffView],
}

/// One entry of `handbook.json`'s lists: what it is, and the file that holds it.
#[derive(Serialize)]
struct Linked<'a> {
    id: &'a str,
    name: &'a str,
    href: String,
}

/// `handbook.json`: what the whole handbook shares (its settings, the
/// documents, decisions, external roles, coverage), with each process and
/// role linked to its own file (`json/processes/ID.json`,
/// `json/roles/ID.json`), so a saved role rewrites its own file, not all of
/// them. A tool reads the index, then the files it needs.
#[derive(Serialize)]
struct JsonIndex<'a> {
    meta: &'a crate::compile::Meta,
    artifacts: &'a [crate::compile::ArtifactView],
    processes: Vec<Linked<'a>>,
    roles: Vec<Linked<'a>>,
    decisions: &'a [crate::compile::DecisionView],
    externals: &'a [crate::compile::ExternalView],
    redirects: &'a [crate::compile::Redirect],
    since: &'a Option<crate::compile::Since>,
    coverage: &'a crate::compile::Coverage,
    teams: &'a [crate::compile::Team],
    workload: &'a [crate::compile::RoleWorkload],
    org: &'a [crate::compile::OrgItem],
}

fn json_index(c: &Compiled) -> JsonIndex<'_> {
    JsonIndex {
        meta: &c.meta,
        artifacts: &c.artifacts,
        processes: c
            .processes
            .iter()
            .map(|p| Linked {
                id: &p.id,
                name: &p.name,
                href: format!("json/processes/{}.json", p.id),
            })
            .collect(),
        roles: c
            .roles
            .iter()
            .map(|r| Linked {
                id: &r.id,
                name: &r.title,
                href: format!("json/roles/{}.json", r.id),
            })
            .collect(),
        decisions: &c.decisions,
        externals: &c.externals,
        redirects: &c.redirects,
        since: &c.since,
        coverage: &c.coverage,
        teams: &c.teams,
        workload: &c.workload,
        org: &c.org,
    }
}

/// One unit of rendering: a page, or a few pages that share their data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Job {
    /// `index.html`.
    Index,
    /// `processes/ID.html`, by index into `Compiled::processes`.
    Process(usize),
    /// `roles/ID.html`, `checklists/ID.html`, `starter/ID.html`.
    Role(usize),
    /// `handoffs/SLUG.html`.
    Handoff(usize),
    /// `roles.html`, `processes.html`, `artifacts.html`, `coverage.html`,
    /// `org.html`, and `workload.html` and `changes.html` where they apply.
    Lists,
    /// `print.html`: what the handbook is, its parts to print, the external
    /// roles and the documents catalogue.
    Print,
    /// `print/process-ID.html`, by index into `Compiled::processes`.
    PrintProcess(usize),
    /// `print/team-ID.html` (or `print/top.html`), by index into `Compiled::teams`.
    PrintTeam(usize),
    /// The stylesheet and other assets.
    Assets,
    /// `handbook.json`, the index of the handbook's data (the data of each
    /// process and role is written with its pages).
    Json,
    /// `404.html`, and `sitemap.xml` where `base_url` is set.
    NotFound,
    /// `pages/ID.html`, by index into `Compiled::pages`.
    FreePage(usize),
}

/// Every job of a full build.
pub fn jobs(c: &Compiled) -> Vec<Job> {
    let mut v = vec![
        Job::Index,
        Job::Lists,
        Job::Print,
        Job::Assets,
        Job::Json,
        Job::NotFound,
    ];
    v.extend((0..c.processes.len()).map(Job::Process));
    v.extend((0..c.roles.len()).map(Job::Role));
    v.extend((0..c.handoffs.len()).map(Job::Handoff));
    v.extend((0..c.processes.len()).map(Job::PrintProcess));
    v.extend((0..c.teams.len()).map(Job::PrintTeam));
    v.extend((0..c.pages.len()).map(Job::FreePage));
    v
}

struct PageCtx<'a> {
    c: &'a Compiled,
    t: &'a std::collections::BTreeMap<String, String>,
    /// The handbook's language, for counted phrases.
    language: Language,
    /// `partials/nav.html` rendered for each of [`ROOTS`], in that order.
    navs: Vec<Value>,
    /// Whether pages' contexts are hashed (output kept between renders).
    hashed: bool,
}

impl PageCtx<'_> {
    /// A word of the handbook's language.
    fn word(&self, key: &str) -> &str {
        self.t.get(key).map_or("", String::as_str)
    }
}

/// Opens a file of the site for writing (the staging folder's, in a build).
pub type Opener<'a> = dyn Fn(&str) -> Result<Box<dyn Write + Send>, String> + Sync + 'a;

/// What every page's context starts with.
fn base_ctx(
    pc: &PageCtx<'_>,
    root: &str,
    title: &str,
    kind: &str,
    source: Option<&str>,
    dry: bool,
) -> Ctx {
    let mut ctx = if dry { Ctx::dry() } else { Ctx::new(pc.hashed) };
    ctx.insert("root", root);
    if let Some(nav) = ROOTS.iter().position(|r| *r == root) {
        ctx.insert_value("site_nav", pc.navs[nav].clone());
    }
    ctx.insert("page_title", title);
    ctx.insert("page_kind", kind);
    ctx.insert("page_css", &print_margins(pc, title));
    let edit_url = pc.c.meta.edit_url.as_ref();
    // Never a `javascript:` link, even with the `unsafe-link` rule turned off.
    let edit = source
        .and_then(|s| edit_url.map(|u| u.replace("{path}", &url_path(s))))
        .filter(|u| crate::markdown::is_safe_url(u));
    ctx.insert("edit_link", &edit);
    ctx
}

/// A file's path under the handbook as it goes into a URL: each part
/// percent-encoded (a folder `R&D #2` is `R%26D%20%232`), the slashes kept.
fn url_path(path: &str) -> String {
    use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
    const PART: &percent_encoding::AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    path.split('/')
        .map(|part| utf8_percent_encode(part, PART).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// The printed page's margins: the page's title, the handbook's and its
/// version at the top of every sheet, "uncontrolled when printed" and
/// "page N of M" at the bottom, so a loose sheet says what it is, which
/// version was signed and where the current one is. CSS, not
/// script: the texts go in as CSS strings with every character that could
/// end one (or the `<style>` element) escaped.
fn print_margins(pc: &PageCtx<'_>, title: &str) -> String {
    let meta = &pc.c.meta;
    let mut head = format!("{title} · {}", meta.title);
    if let Some(v) = &meta.version {
        head.push_str(&format!(" · {} {v}", pc.word("version")));
    }
    // A printed copy is uncontrolled: it says so, and where the current
    // version is when the handbook has an address.
    let mut foot = pc.word("uncontrolled").to_string();
    if let Some(url) = &meta.base_url {
        foot.push_str(&format!(" {} {url}", pc.word("uncontrolled_at")));
    }
    format!(
        "@page {{ @top-left {{ content: {}; }} @bottom-left {{ content: {}; }} @bottom-right {{ content: {} counter(page) {} counter(pages); }} }}",
        css_string(&head),
        css_string(&foot),
        css_string(&format!("{} ", pc.word("page"))),
        css_string(&format!(" {} ", pc.word("page_of"))),
    )
}

/// `text` as a quoted CSS string: letters, digits and spaces as they are,
/// everything else as a hexadecimal escape.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        if ch.is_alphanumeric() || ch == ' ' {
            out.push(ch);
        } else {
            out.push_str(&format!("\\{:x} ", ch as u32));
        }
    }
    out.push('"');
    out
}

fn process_item<'a>(
    c: &'a Compiled,
    p: &'a ProcessView,
    root: &str,
    stage_base: &str,
    pc: &PageCtx<'_>,
) -> ProcessItem<'a> {
    let labels = diagram::Labels {
        title: "",
        no_owner: pc.word("no_owner"),
        legend_handoff: pc.word("legend_handoff"),
        legend_flow: pc.word("legend_flow"),
        legend_decides: pc.word("legend_decides"),
        handoff: pc.word("handoff"),
    };
    let title = format!("{}: {}", p.name, pc.word("flow_alt"));
    ProcessItem {
        svg: diagram::swimlane(
            p,
            root,
            stage_base,
            &diagram::Labels {
                title: &title,
                ..labels
            },
        ),
        handoffs: c.handoffs.iter().filter(|h| h.process == p.id).collect(),
        process: p,
    }
}

/// What list pages show of a role: not the whole job description.
#[derive(Serialize, PartialEq)]
struct RoleSummary<'a> {
    id: &'a str,
    title: &'a str,
    summary: Option<&'a str>,
    reports_to: Option<&'a crate::compile::Superior>,
    /// "5 checklists", in the handbook's language.
    checklists: String,
}

fn role_summaries(c: &Compiled, language: Language) -> Vec<RoleSummary<'_>> {
    c.roles
        .iter()
        .map(|r| RoleSummary {
            id: &r.id,
            title: &r.title,
            summary: r.summary.as_deref(),
            reports_to: r.reports_to.as_ref(),
            checklists: i18n::say(
                language,
                &crate::text!("checklist-count", count = r.checklists.len()),
            ),
        })
        .collect()
}

/// A row of the list of controlled documents (`documents.html`).
#[derive(Serialize, PartialEq)]
struct DocumentRow<'a> {
    path: String,
    title: &'a str,
    /// A job description's; a process has none.
    fingerprint: Option<&'a str>,
    control: &'a crate::compile::Control,
}

/// Every job description, then every process, as the list of controlled
/// documents shows them.
fn documents_list(c: &Compiled) -> Vec<DocumentRow<'_>> {
    let roles = c.roles.iter().map(|r| DocumentRow {
        path: format!("roles/{}.html", r.id),
        title: &r.title,
        fingerprint: Some(&r.fingerprint),
        control: &r.control,
    });
    let processes = c.processes.iter().map(|p| DocumentRow {
        path: format!("processes/{}.html", p.id),
        title: &p.name,
        fingerprint: None,
        control: &p.control,
    });
    roles.chain(processes).collect()
}

/// What the processes page shows of a process.
#[derive(Serialize, PartialEq)]
struct ProcessSummary<'a> {
    id: &'a str,
    name: &'a str,
    stages: usize,
    start: Option<&'a str>,
}

fn process_summaries(c: &Compiled) -> Vec<ProcessSummary<'_>> {
    c.processes
        .iter()
        .map(|p| ProcessSummary {
            id: &p.id,
            name: &p.name,
            stages: p.stages.len(),
            start: p
                .stages
                .iter()
                .find(|s| p.start.as_deref() == Some(s.id.as_str()))
                .map(|s| s.name.as_str()),
        })
        .collect()
}

fn process_refs(c: &Compiled) -> Vec<Ref> {
    c.processes
        .iter()
        .map(|p| Ref {
            id: p.id.clone(),
            name: p.name.clone(),
        })
        .collect()
}

fn nav(c: &Compiled) -> Nav {
    Nav {
        changes: c.since.is_some(),
        workload: !c.workload.is_empty(),
        processes: process_refs(c).into_iter().take(NAV_LIMIT).collect(),
        roles: c
            .roles
            .iter()
            .take(NAV_LIMIT)
            .map(|r| Ref {
                id: r.id.clone(),
                name: r.title.clone(),
            })
            .collect(),
        externals: c
            .externals
            .iter()
            .take(NAV_LIMIT)
            .map(|x| Ref {
                id: x.id.clone(),
                name: x.name.clone(),
            })
            .collect(),
        pages: c
            .pages
            .iter()
            .map(|p| Ref {
                id: p.id.clone(),
                name: p.title.clone(),
            })
            .collect(),
        more_processes: c.processes.len() > NAV_LIMIT,
        more_roles: c.roles.len() > NAV_LIMIT,
    }
}

/// The site menu's template, and the paths from a page to the site's root it is rendered for:
/// the pages at the top, and those one folder down (`roles/`, `processes/`, ...).
const NAV: &str = "partials/nav.html";
const ROOTS: [&str; 2] = ["", "../"];

/// A job description, as on a role's page (`hl` 1, no `prefix`) and its
/// starter pack; the print pages render it with their own heading level and ids.
const ROLE_SECTION: &str = "partials/role.html";
