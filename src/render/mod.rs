//! Turns a [`Compiled`] handbook into pages in memory: Tera templates, the swimlane SVG, the language table.
//!
//! The default templates and assets are compiled into the binary, so rolebook
//! works anywhere; a handbook may override any of them with files of the same
//! name in a `templates/` folder. Rendering never touches the output folder:
//! that is [`crate::output`]'s job, so a template error leaves the site as it was.

pub mod diagram;
pub mod i18n;

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

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
    /// Print-page sections by role id, with the view each was rendered from;
    /// only kept when [`Renderer::keep_sections`] is on (serve and watch).
    sections: Option<std::sync::Mutex<HashMap<String, (RoleView, String)>>>,
    /// The same for process sections: the view, its handoffs, the HTML.
    process_sections: Option<std::sync::Mutex<ProcessSections>>,
    /// What the cached sections assumed of the words, settings and navigation.
    globals: String,
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
            sections: None,
            process_sections: None,
            globals: String::new(),
        })
    }

    /// Keeps the print page's role sections between renders, so a rebuild after one change re-renders only that role's section.
    pub fn keep_sections(&mut self) {
        self.sections.get_or_insert_with(Default::default);
        self.process_sections.get_or_insert_with(Default::default);
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

    /// Renders every page of the handbook, in parallel. `edit_url` is handbook.yaml's template with `{path}`.
    pub fn render(&mut self, c: &Compiled, edit_url: Option<&str>) -> Result<Site, RenderError> {
        let jobs = jobs(c);
        self.render_jobs(c, edit_url, &jobs)
    }

    /// Renders the given pages only (every page when `jobs` is `jobs(c)`).
    pub fn render_jobs(
        &mut self,
        c: &Compiled,
        edit_url: Option<&str>,
        jobs: &[Job],
    ) -> Result<Site, RenderError> {
        let collected = std::sync::Mutex::new(Vec::new());
        self.render_each(c, edit_url, jobs, &|page| {
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
        edit_url: Option<&str>,
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
        let globals = serde_json::to_string(&(&c.meta, nav(c))).unwrap_or_default();
        if globals != self.globals {
            self.globals = globals;
            if let Some(cache) = &self.sections {
                cache
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .clear();
            }
            if let Some(cache) = &self.process_sections {
                cache
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .clear();
            }
        }
        let renderer = &*self;
        let ctx = PageCtx { c, t: &t, edit_url };
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
            let edit = source.and_then(|s| pc.edit_url.map(|u| u.replace("{path}", s)));
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
                let processes = c
                    .processes
                    .par_iter()
                    .map(|p| {
                        let cached = self.process_sections.as_ref().and_then(|cache| {
                            let cache = cache
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner);
                            let (view, handoffs, html) = cache.get(&p.id)?;
                            let ours = c.handoffs.iter().filter(|h| h.process == p.id);
                            (view == p && ours.eq(handoffs.iter())).then(|| html.clone())
                        });
                        if let Some(html) = cached {
                            return Ok(html);
                        }
                        let it = item(p, "", format!("#process-{}-", p.id));
                        let mut ctx = Context::new();
                        ctx.insert("root", "");
                        ctx.insert("process", p);
                        ctx.insert("svg", &it.svg);
                        ctx.insert("handoffs", &it.handoffs);
                        let html = self.fragment("partials/print_process.html", &ctx)?;
                        if let Some(cache) = &self.process_sections {
                            let handoffs = it.handoffs.iter().map(|h| (*h).clone()).collect();
                            cache
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner)
                                .insert(p.id.clone(), (p.clone(), handoffs, html.clone()));
                        }
                        Ok(html)
                    })
                    .collect::<Result<Vec<String>, RenderError>>()?;
                let roles = c
                    .roles
                    .par_iter()
                    .map(|r| {
                        let cached = self.sections.as_ref().and_then(|cache| {
                            let cache = cache
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner);
                            cache
                                .get(&r.id)
                                .filter(|(view, _)| view == r)
                                .map(|(_, html)| html.clone())
                        });
                        if let Some(html) = cached {
                            return Ok(html);
                        }
                        let mut ctx = Context::new();
                        ctx.insert("root", "");
                        ctx.insert("role", r);
                        let html = self.fragment("partials/print_role.html", &ctx)?;
                        if let Some(cache) = &self.sections {
                            cache
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner)
                                .insert(r.id.clone(), (r.clone(), html.clone()));
                        }
                        Ok(html)
                    })
                    .collect::<Result<Vec<String>, RenderError>>()?;
                let mut ctx = base("", word("print_all"), "print", None);
                ctx.insert("processes", &process_refs(c));
                ctx.insert("roles", &role_summaries(c));
                // The sections (tens of megabytes for a large handbook) are spliced in
                // after rendering rather than copied through the template engine.
                ctx.insert("sections", SECTIONS_MARK);
                let html = self.fragment("print.html", &ctx)?;
                let html = html.replacen(
                    SECTIONS_MARK,
                    &[processes.concat(), roles.concat()].concat(),
                    1,
                );
                one(Page {
                    path: "print.html".into(),
                    bytes: html.into_bytes().into(),
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
                // Compact: the model is for tools, and a large handbook's JSON is tens of megabytes.
                let mut json = json_of(c).map_err(|e| RenderError {
                    message: format!("cannot serialise handbook.json: {e}"),
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
    edit_url: Option<&'a str>,
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

type ProcessSections = HashMap<String, (ProcessView, Vec<HandoffView>, String)>;

/// Stands for the print page's sections until they are spliced in; `print.html` prints `{{ sections | safe }}` once.
const SECTIONS_MARK: &str = "\u{1}rolebook-print-sections\u{1}";

/// `serde_json::to_vec(c)`, byte for byte, with the long lists serialised on both cores.
pub fn json_of(c: &Compiled) -> serde_json::Result<Vec<u8>> {
    fn list<T: Serialize + Sync>(items: &[T]) -> serde_json::Result<Vec<u8>> {
        let parts = items
            .par_iter()
            .map(serde_json::to_vec)
            .collect::<serde_json::Result<Vec<Vec<u8>>>>()?;
        let mut out = Vec::with_capacity(parts.iter().map(|p| p.len() + 1).sum::<usize>() + 2);
        out.push(b'[');
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(p);
        }
        out.push(b']');
        Ok(out)
    }
    let mut out = Vec::new();
    out.extend_from_slice(b"{\"meta\":");
    out.extend(serde_json::to_vec(&c.meta)?);
    out.extend_from_slice(b",\"artifacts\":");
    out.extend(list(&c.artifacts)?);
    out.extend_from_slice(b",\"processes\":");
    out.extend(list(&c.processes)?);
    out.extend_from_slice(b",\"roles\":");
    out.extend(list(&c.roles)?);
    out.extend_from_slice(b",\"handoffs\":");
    out.extend(list(&c.handoffs)?);
    out.extend_from_slice(b",\"coverage\":");
    out.extend(serde_json::to_vec(&c.coverage)?);
    out.push(b'}');
    Ok(out)
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
        .iter()
        .map(|h| old_handoffs.get(h.slug.as_str()) != Some(&h))
        .collect();
    let handoffs_same =
        old.handoffs.len() == new.handoffs.len() && !handoff_changed.contains(&true);
    let by_process = |c: &'_ Compiled| {
        let mut m: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, h) in c.handoffs.iter().enumerate() {
            m.entry(h.process.clone()).or_default().push(i);
        }
        m
    };
    let (old_by_process, new_by_process) = (by_process(old), by_process(new));
    let old_processes: HashMap<&str, &ProcessView> =
        old.processes.iter().map(|p| (p.id.as_str(), p)).collect();
    let process_changed: Vec<bool> = new
        .processes
        .iter()
        .map(|p| {
            let theirs = |c: &Compiled, m: &HashMap<String, Vec<usize>>| -> Vec<HandoffView> {
                m.get(&p.id)
                    .map(|v| v.iter().map(|i| c.handoffs[*i].clone()).collect())
                    .unwrap_or_default()
            };
            old_processes.get(p.id.as_str()) != Some(&p)
                || theirs(old, &old_by_process) != theirs(new, &new_by_process)
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
    edit_url: Option<&str>,
) -> Result<Site, RenderError> {
    let dirty = changed_jobs(old, new);
    let fresh = renderer.render_jobs(new, edit_url, &dirty)?;
    let old_pages: HashMap<&str, &Page> = old_site
        .pages
        .iter()
        .map(|p| (p.path.as_str(), p))
        .collect();
    let mut pages = fresh.pages;
    for job in jobs(new).into_iter().filter(|j| !dirty.contains(j)) {
        for path in job_paths(new, job) {
            match old_pages.get(path.as_str()) {
                Some(p) => pages.push((*p).clone()),
                // Not in the old site after all: render this job too.
                None => pages.extend(renderer.render_jobs(new, edit_url, &[job])?.pages),
            }
        }
    }
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    pages.dedup_by(|a, b| a.path == b.path);
    Ok(Site { pages })
}
