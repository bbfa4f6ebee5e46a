//! Turns a [`Compiled`] handbook into pages in memory: Tera templates, the swimlane SVG, the language table.
//!
//! The default templates and assets are compiled into the binary, so rolebook
//! works anywhere; a handbook may override any of them with files of the same
//! name in a `templates/` folder. Rendering never touches the output folder:
//! that is [`crate::output`]'s job, so a template error leaves the site as it was.

pub mod diagram;
pub mod i18n;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::compile::{Compiled, HandoffView, ProcessView, Ref, RoleView};
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
    "roles.html",
    "processes.html",
    "partials/role.html",
    "partials/checklist.html",
    "partials/handoff.html",
    "partials/process.html",
    "partials/coverage.html",
    "partials/print_process.html",
    "partials/print_role.html",
);

/// The built-in assets: (path under the site, content).
pub const ASSETS: &[(&str, &str)] = builtin!("assets/style.css", "assets/search.js");

fn tera_error(template: &str, e: &tera::Error) -> RenderError {
    let mut message = format!("template `{template}`: {e}");
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(&format!("\n  caused by: {s}"));
        source = s.source();
    }
    RenderError { message }
}

/// Templates and assets, ready to render any number of handbooks.
pub struct Renderer {
    tera: Tera,
    assets: Vec<(String, Vec<u8>)>,
    /// The parts of the whole-handbook outputs (`print.html`, `handbook.json`)
    /// from the last render, kept only when [`Renderer::keep_sections`] is on
    /// (serve and watch) so a rebuild re-renders only the changed parts.
    fragments: Option<Fragments>,
}

/// Rendered parts by id. A part is reused when the job of its role, process
/// or handoff is not among the jobs being rendered: [`changed_jobs`] found it
/// equal to the one it was rendered from.
#[derive(Default)]
struct Fragments {
    print_roles: Cache<str>,
    print_processes: Cache<str>,
    json_roles: Cache<[u8]>,
    json_processes: Cache<[u8]>,
    json_handoffs: Cache<[u8]>,
}

type Cache<T> = Mutex<HashMap<String, Arc<T>>>;

/// The parts of `items`, reusing cached ones whose item is not `dirty`; the cache keeps the newest parts.
fn parts<'a, T: Sync, X: ?Sized + Send + Sync, E: Send>(
    items: &'a [T],
    id: impl Fn(&'a T) -> &'a str + Sync,
    dirty: impl Fn(usize) -> bool + Sync,
    cache: Option<&Cache<X>>,
    make: impl Fn(&'a T) -> Result<Arc<X>, E> + Sync,
) -> Result<Vec<Arc<X>>, E> {
    fn lock<X: ?Sized>(c: &Cache<X>) -> std::sync::MutexGuard<'_, HashMap<String, Arc<X>>> {
        c.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
    let out = items
        .par_iter()
        .enumerate()
        .map(|(i, item)| {
            let key = id(item);
            if !dirty(i)
                && let Some(part) = cache.and_then(|c| lock(c).get(key).cloned())
            {
                return Ok(part);
            }
            let part = make(item)?;
            if let Some(c) = cache {
                lock(c).insert(key.to_string(), Arc::clone(&part));
            }
            Ok(part)
        })
        .collect::<Result<Vec<_>, E>>()?;
    if let Some(c) = cache {
        let mut c = lock(c);
        if c.len() > items.len() {
            let live: HashSet<&str> = items.iter().map(id).collect();
            c.retain(|k, _| live.contains(k.as_str()));
        }
    }
    Ok(out)
}

/// Joins JSON values into an array.
fn json_array(parts: &[Arc<[u8]>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(parts.iter().map(|p| p.len() + 1).sum::<usize>() + 2);
    out.push(b'[');
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(p);
    }
    out.push(b']');
    out
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
    processes: Vec<Ref>,
    roles: Vec<Ref>,
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
        let mut assets: Vec<(String, Vec<u8>)> = ASSETS
            .iter()
            .map(|(n, s)| (n.to_string(), s.as_bytes().to_vec()))
            .collect();
        if let Some(dir) = overrides.filter(|d| d.is_dir()) {
            for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
                let entry = entry.map_err(|e| RenderError {
                    message: format!("cannot read templates folder `{}`: {e}", dir.display()),
                })?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = entry
                    .path()
                    .strip_prefix(dir)
                    .unwrap_or(entry.path())
                    .to_string_lossy()
                    .replace('\\', "/");
                let bytes = std::fs::read(entry.path()).map_err(|e| RenderError {
                    message: format!("cannot read template `{}`: {e}", entry.path().display()),
                })?;
                if rel.starts_with("assets/") {
                    assets.retain(|(n, _)| *n != rel);
                    assets.push((rel, bytes));
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
            fragments: None,
        })
    }

    /// Keeps the parts of `print.html` and `handbook.json` between renders, so a
    /// rebuild after one change re-renders only that role's (or process's) part.
    pub fn keep_sections(&mut self) {
        self.fragments.get_or_insert_with(Default::default);
    }

    fn fragment(&self, template: &str, ctx: &Context) -> Result<String, RenderError> {
        self.tera
            .render(template, ctx)
            .map_err(|e| tera_error(template, &e))
    }

    fn page(&self, template: &str, path: &str, ctx: &Context) -> Result<Page, RenderError> {
        let html = self
            .tera
            .render(template, ctx)
            .map_err(|e| tera_error(template, &e))?;
        Ok(Page {
            path: path.to_string(),
            bytes: html.into_bytes().into(),
        })
    }

    /// Renders every page of the handbook, in parallel.
    pub fn render(&mut self, c: &Compiled) -> Result<Site, RenderError> {
        let jobs = jobs(c);
        self.render_jobs(c, &jobs)
    }

    /// Renders the given pages only (every page when `jobs` is `jobs(c)`).
    /// Cached parts of `print.html` and `handbook.json` are reused for the
    /// roles, processes and handoffs whose jobs are not in `jobs`.
    pub fn render_jobs(&mut self, c: &Compiled, jobs: &[Job]) -> Result<Site, RenderError> {
        let collected = std::sync::Mutex::new(Vec::new());
        self.render_each(c, jobs, &|page| {
            match collected.lock() {
                Ok(mut v) => v.push(page),
                Err(poisoned) => poisoned.into_inner().push(page),
            }
            Ok(())
        })?;
        let mut pages = collected.into_inner().unwrap_or_else(|p| p.into_inner());
        pages.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Site { pages })
    }

    /// Renders the jobs in parallel and hands each page to `sink` as soon as it is ready; returns the number of pages.
    pub fn render_each(
        &mut self,
        c: &Compiled,
        jobs: &[Job],
        sink: &(dyn Fn(Page) -> Result<(), String> + Sync),
    ) -> Result<usize, RenderError> {
        let language = if c.meta.language == "ru" {
            Language::Ru
        } else {
            Language::En
        };
        let t = i18n::words(language);
        // What every page shares goes into Tera's global context once, not into each page's.
        let global = self.tera.global_context();
        *global = Context::new();
        global.insert("meta", &c.meta);
        global.insert("t", &t);
        global.insert("nav", &nav(c));
        let renderer = &*self;
        let ctx = PageCtx {
            c,
            t: &t,
            dirty: jobs.iter().copied().collect(),
        };
        jobs.par_iter()
            .map(|job| {
                let pages = renderer.render_job(&ctx, job)?;
                let n = pages.len();
                for page in pages {
                    sink(page).map_err(|message| RenderError { message })?;
                }
                Ok(n)
            })
            .sum::<Result<usize, RenderError>>()
    }

    fn render_job<'a>(&self, pc: &PageCtx<'a>, job: &Job) -> Result<Vec<Page>, RenderError> {
        let c = pc.c;
        let word = |k: &str| pc.t.get(k).copied().unwrap_or_default();
        let base = |root: &str, title: &str, kind: &str, source: Option<&str>| {
            let mut ctx = Context::new();
            ctx.insert("root", root);
            ctx.insert("page_title", title);
            ctx.insert("page_kind", kind);
            let edit =
                source.and_then(|s| c.meta.edit_url.as_ref().map(|u| u.replace("{path}", s)));
            ctx.insert("edit_link", &edit);
            ctx
        };
        let labels = diagram::Labels {
            title: "",
            no_owner: word("no_owner"),
            legend_handoff: word("legend_handoff"),
            legend_flow: word("legend_flow"),
            handoff: word("handoff"),
        };
        let flow_alt = word("flow_alt");
        let item = |p: &'a ProcessView, root: &str, stage_base: String| {
            process_item(c, p, root, &stage_base, labels, flow_alt)
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
                ctx.insert("roles", &role_summaries(c));
                ctx.insert("coverage", &c.coverage);
                one(self.page("index.html", "index.html", &ctx)?)
            }
            Job::Process(i) => {
                let p = &c.processes[i];
                let it = item(p, "../", "#".to_string());
                let mut ctx = base("../", &p.name, "process", Some(&p.source));
                ctx.insert("process", p);
                ctx.insert("svg", &it.svg);
                ctx.insert("handoffs", &it.handoffs);
                one(self.page("process.html", &format!("processes/{}.html", p.id), &ctx)?)
            }
            Job::Role(i) => {
                let r = &c.roles[i];
                let mut out = Vec::with_capacity(3);
                let mut ctx = base("../", &r.title, "role", Some(&r.source));
                ctx.insert("role", r);
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
                out.push(self.page("starter.html", &format!("starter/{}.html", r.id), &ctx)?);
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
                ctx.insert("roles", &role_summaries(c));
                let roles = self.page("roles.html", "roles.html", &ctx)?;
                let mut ctx = base("", word("processes"), "processes", None);
                ctx.insert("processes", &process_summaries(c));
                let processes = self.page("processes.html", "processes.html", &ctx)?;
                let mut ctx = base("", word("artifacts"), "artifacts", Some("handbook.yaml"));
                ctx.insert("artifacts", &c.artifacts);
                let artifacts = self.page("artifacts.html", "artifacts.html", &ctx)?;
                let mut ctx = base("", word("coverage"), "coverage", None);
                ctx.insert("coverage", &c.coverage);
                let coverage = self.page("coverage.html", "coverage.html", &ctx)?;
                Ok(vec![roles, processes, artifacts, coverage])
            }
            Job::Print => {
                // The whole handbook is one page; its sections are rendered on both cores,
                // each with only its own data, then joined.
                let fragments = self.fragments.as_ref();
                let processes = parts(
                    &c.processes,
                    |p| p.id.as_str(),
                    |i| pc.dirty.contains(&Job::Process(i)),
                    fragments.map(|f| &f.print_processes),
                    |p| {
                        let it = item(p, "", format!("#process-{}-", p.id));
                        let mut ctx = Context::new();
                        ctx.insert("root", "");
                        ctx.insert("process", p);
                        ctx.insert("svg", &it.svg);
                        ctx.insert("handoffs", &it.handoffs);
                        Ok(self.fragment("partials/print_process.html", &ctx)?.into())
                    },
                )?;
                let roles = parts(
                    &c.roles,
                    |r| r.id.as_str(),
                    |i| pc.dirty.contains(&Job::Role(i)),
                    fragments.map(|f| &f.print_roles),
                    |r| {
                        let mut ctx = Context::new();
                        ctx.insert("root", "");
                        ctx.insert("role", r);
                        Ok(self.fragment("partials/print_role.html", &ctx)?.into())
                    },
                )?;
                let mut ctx = base("", word("print_all"), "print", None);
                ctx.insert("processes", &process_refs(c));
                ctx.insert("roles", &role_summaries(c));
                // The sections (tens of megabytes for a large handbook) are spliced in
                // after rendering rather than copied through the template engine.
                ctx.insert("sections", SECTIONS_MARK);
                let html = self.fragment("print.html", &ctx)?;
                let (head, tail) = html.split_once(SECTIONS_MARK).unwrap_or((&html, ""));
                let size = head.len()
                    + tail.len()
                    + processes
                        .iter()
                        .chain(&roles)
                        .map(|p| p.len())
                        .sum::<usize>();
                let mut out = String::with_capacity(size);
                out.push_str(head);
                for part in processes.iter().chain(&roles) {
                    out.push_str(part);
                }
                out.push_str(tail);
                one(Page {
                    path: "print.html".into(),
                    bytes: out.into_bytes().into(),
                })
            }
            Job::Assets => Ok(self
                .assets
                .iter()
                .map(|(path, bytes)| Page {
                    path: path.clone(),
                    bytes: bytes.as_slice().into(),
                })
                .collect()),
            Job::Json => {
                let fragments = self.fragments.as_ref();
                let roles = parts(
                    &c.roles,
                    |r| r.id.as_str(),
                    |i| pc.dirty.contains(&Job::Role(i)),
                    fragments.map(|f| &f.json_roles),
                    to_json,
                );
                let processes = parts(
                    &c.processes,
                    |p| p.id.as_str(),
                    |i| pc.dirty.contains(&Job::Process(i)),
                    fragments.map(|f| &f.json_processes),
                    to_json,
                );
                let handoffs = parts(
                    &c.handoffs,
                    |h| h.slug.as_str(),
                    |i| pc.dirty.contains(&Job::Handoff(i)),
                    fragments.map(|f| &f.json_handoffs),
                    to_json,
                );
                let mut json =
                    (|| assemble_json(c, &processes?, &roles?, &handoffs?))().map_err(|e| {
                        RenderError {
                            message: format!("cannot serialise handbook.json: {e}"),
                        }
                    })?;
                json.push(b'\n');
                one(Page {
                    path: "handbook.json".into(),
                    bytes: json.into(),
                })
            }
        }
    }
}

fn to_json<T: Serialize>(v: &T) -> serde_json::Result<Arc<[u8]>> {
    serde_json::to_vec(v).map(Arc::from)
}

/// `handbook.json`, compact (the model is for tools, and a large handbook's
/// JSON is tens of megabytes), from the serialised lists.
fn assemble_json(
    c: &Compiled,
    processes: &[Arc<[u8]>],
    roles: &[Arc<[u8]>],
    handoffs: &[Arc<[u8]>],
) -> serde_json::Result<Vec<u8>> {
    let artifacts = c
        .artifacts
        .iter()
        .map(to_json)
        .collect::<serde_json::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    out.extend_from_slice(b"{\"meta\":");
    out.extend(serde_json::to_vec(&c.meta)?);
    out.extend_from_slice(b",\"artifacts\":");
    out.extend(json_array(&artifacts));
    out.extend_from_slice(b",\"processes\":");
    out.extend(json_array(processes));
    out.extend_from_slice(b",\"roles\":");
    out.extend(json_array(roles));
    out.extend_from_slice(b",\"handoffs\":");
    out.extend(json_array(handoffs));
    out.extend_from_slice(b",\"coverage\":");
    out.extend(serde_json::to_vec(&c.coverage)?);
    out.push(b'}');
    Ok(out)
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
    /// `roles.html`, `processes.html`, `artifacts.html`, `coverage.html`.
    Lists,
    /// `print.html`.
    Print,
    /// The stylesheet and other assets.
    Assets,
    /// `handbook.json`.
    Json,
}

/// Every job of a full build.
pub fn jobs(c: &Compiled) -> Vec<Job> {
    let mut v = vec![Job::Index, Job::Lists, Job::Print, Job::Assets, Job::Json];
    v.extend((0..c.processes.len()).map(Job::Process));
    v.extend((0..c.roles.len()).map(Job::Role));
    v.extend((0..c.handoffs.len()).map(Job::Handoff));
    v
}

struct PageCtx<'a> {
    c: &'a Compiled,
    t: &'a std::collections::BTreeMap<&'static str, &'static str>,
    /// The jobs being rendered: parts of the others come from the cache.
    dirty: HashSet<Job>,
}

fn process_item<'a>(
    c: &'a Compiled,
    p: &'a ProcessView,
    root: &str,
    stage_base: &str,
    labels: diagram::Labels,
    flow_alt: &str,
) -> ProcessItem<'a> {
    let title = format!("{}: {flow_alt}", p.name);
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
    checklists: usize,
}

fn role_summaries(c: &Compiled) -> Vec<RoleSummary<'_>> {
    c.roles
        .iter()
        .map(|r| RoleSummary {
            id: &r.id,
            title: &r.title,
            summary: r.summary.as_deref(),
            reports_to: r.reports_to.as_ref(),
            checklists: r.checklists.len(),
        })
        .collect()
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
        more_processes: c.processes.len() > NAV_LIMIT,
        more_roles: c.roles.len() > NAV_LIMIT,
    }
}

/// Stands for the print page's sections until they are spliced in; `print.html` prints `{{ sections | safe }}` once.
const SECTIONS_MARK: &str = "\u{1}rolebook-print-sections\u{1}";

/// `serde_json::to_vec(c)`, byte for byte, with the long lists serialised on both cores.
pub fn json_of(c: &Compiled) -> serde_json::Result<Vec<u8>> {
    fn list<T: Serialize + Sync>(items: &[T]) -> serde_json::Result<Vec<Arc<[u8]>>> {
        items.par_iter().map(to_json).collect()
    }
    assemble_json(
        c,
        &list(&c.processes)?,
        &list(&c.roles)?,
        &list(&c.handoffs)?,
    )
}

/// The paths a job writes.
pub fn job_paths(c: &Compiled, job: Job) -> Vec<String> {
    match job {
        Job::Index => vec!["index.html".into()],
        Job::Process(i) => vec![format!("processes/{}.html", c.processes[i].id)],
        Job::Role(i) => {
            let id = &c.roles[i].id;
            vec![
                format!("roles/{id}.html"),
                format!("checklists/{id}.html"),
                format!("starter/{id}.html"),
            ]
        }
        Job::Handoff(i) => vec![format!("handoffs/{}.html", c.handoffs[i].slug)],
        Job::Lists => [
            "roles.html",
            "processes.html",
            "artifacts.html",
            "coverage.html",
        ]
        .map(String::from)
        .to_vec(),
        Job::Print => vec!["print.html".into()],
        Job::Assets => ASSETS.iter().map(|(p, _)| p.to_string()).collect(),
        Job::Json => vec!["handbook.json".into()],
    }
}

/// The jobs of `new` whose pages may differ from those built from `old`: the
/// rest can be copied from the old site byte for byte. Conservative: a page
/// is reused only when every input it is rendered from is equal.
pub fn changed_jobs(old: &Compiled, new: &Compiled) -> Vec<Job> {
    let all = jobs(new);
    // Words, settings and navigation are on every page.
    if old.meta != new.meta || nav(old) != nav(new) {
        return all;
    }
    let old_roles: HashMap<&str, &RoleView> =
        old.roles.iter().map(|r| (r.id.as_str(), r)).collect();
    let role_changed: Vec<bool> = new
        .roles
        .par_iter()
        .map(|r| old_roles.get(r.id.as_str()) != Some(&r))
        .collect();
    let roles_same = old.roles.len() == new.roles.len() && !role_changed.contains(&true);
    let old_handoffs: HashMap<&str, &HandoffView> =
        old.handoffs.iter().map(|h| (h.slug.as_str(), h)).collect();
    let handoff_changed: Vec<bool> = new
        .handoffs
        .par_iter()
        .map(|h| old_handoffs.get(h.slug.as_str()) != Some(&h))
        .collect();
    let handoffs_same =
        old.handoffs.len() == new.handoffs.len() && !handoff_changed.contains(&true);
    // A process page also shows its handoffs.
    fn by_process(c: &Compiled) -> HashMap<&str, Vec<&HandoffView>> {
        let mut m: HashMap<&str, Vec<&HandoffView>> = HashMap::new();
        for h in &c.handoffs {
            m.entry(h.process.as_str()).or_default().push(h);
        }
        m
    }
    let (old_by_process, new_by_process) = (by_process(old), by_process(new));
    let old_processes: HashMap<&str, &ProcessView> =
        old.processes.iter().map(|p| (p.id.as_str(), p)).collect();
    let process_changed: Vec<bool> = new
        .processes
        .par_iter()
        .map(|p| {
            old_processes.get(p.id.as_str()) != Some(&p)
                || old_by_process.get(p.id.as_str()) != new_by_process.get(p.id.as_str())
        })
        .collect();
    let processes_same =
        old.processes.len() == new.processes.len() && !process_changed.contains(&true);
    let same_summaries = role_summaries(old) == role_summaries(new);
    let same_lists = same_summaries
        && process_summaries(old) == process_summaries(new)
        && old.artifacts == new.artifacts
        && old.coverage == new.coverage;
    all.into_iter()
        .filter(|job| match *job {
            Job::Index => {
                !(processes_same && handoffs_same && same_summaries && old.coverage == new.coverage)
            }
            Job::Lists => !same_lists,
            Job::Print => !(processes_same && handoffs_same && roles_same),
            Job::Json => !(processes_same && handoffs_same && roles_same && same_lists),
            Job::Assets => false,
            Job::Process(i) => process_changed[i],
            Job::Role(i) => role_changed[i],
            Job::Handoff(i) => handoff_changed[i],
        })
        .collect()
}

/// Builds the site of `new` from the pages of `old_site` (built from `old`) and fresh renders of what changed.
pub fn render_incremental(
    renderer: &mut Renderer,
    old: &Compiled,
    old_site: &Site,
    new: &Compiled,
) -> Result<Site, RenderError> {
    let dirty = changed_jobs(old, new);
    let fresh = renderer.render_jobs(new, &dirty)?;
    let old_pages: HashMap<&str, &Page> = old_site
        .pages
        .iter()
        .map(|p| (p.path.as_str(), p))
        .collect();
    let mut pages = fresh.pages;
    let dirty: HashSet<Job> = dirty.into_iter().collect();
    for job in jobs(new).into_iter().filter(|j| !dirty.contains(j)) {
        for path in job_paths(new, job) {
            match old_pages.get(path.as_str()) {
                Some(p) => pages.push((*p).clone()),
                // Not in the old site after all: render this job too.
                None => pages.extend(renderer.render_jobs(new, &[job])?.pages),
            }
        }
    }
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    pages.dedup_by(|a, b| a.path == b.path);
    Ok(Site { pages })
}
