//! Turns a [`Compiled`] handbook into pages in memory: Tera templates, the swimlane SVG, the language table.
//!
//! The default templates and assets are compiled into the binary, so rolebook
//! works anywhere; a handbook may override any of them with files of the same
//! name in a `templates/` folder. Rendering never touches the output folder:
//! that is [`crate::output`]'s job, so a template error leaves the site as it was.

pub mod diagram;
pub mod i18n;

use std::fmt;
use std::path::Path;

use serde::Serialize;
use tera::{Context, Tera};

use crate::compile::{Compiled, HandoffView, ProcessView, Ref};
use crate::model::Language;

/// One output file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Path under the site folder, `/`-separated.
    pub path: String,
    /// Content.
    pub bytes: Vec<u8>,
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
    "partials/role.html",
    "partials/checklist.html",
    "partials/handoff.html",
    "partials/process.html",
    "partials/coverage.html",
);

/// The built-in assets: (path under the site, content).
pub const ASSETS: &[(&str, &str)] = builtin!("assets/style.css");

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
}

impl fmt::Debug for Renderer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Renderer").finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct Nav {
    processes: Vec<Ref>,
    roles: Vec<Ref>,
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
        Ok(Renderer { tera, assets })
    }

    fn page(&self, template: &str, path: &str, ctx: &Context) -> Result<Page, RenderError> {
        let html = self
            .tera
            .render(template, ctx)
            .map_err(|e| tera_error(template, &e))?;
        Ok(Page {
            path: path.to_string(),
            bytes: html.into_bytes(),
        })
    }

    /// Renders every page of the handbook. `edit_url` is handbook.yaml's template with `{path}`.
    pub fn render(&self, c: &Compiled, edit_url: Option<&str>) -> Result<Site, RenderError> {
        let language = if c.meta.language == "ru" {
            Language::Ru
        } else {
            Language::En
        };
        let t = i18n::words(language);
        let mut tera_global = Context::new();
        tera_global.insert("meta", &c.meta);
        tera_global.insert("t", &t);
        tera_global.insert(
            "nav",
            &Nav {
                processes: c
                    .processes
                    .iter()
                    .map(|p| Ref {
                        id: p.id.clone(),
                        name: p.name.clone(),
                    })
                    .collect(),
                roles: c
                    .roles
                    .iter()
                    .map(|r| Ref {
                        id: r.id.clone(),
                        name: r.title.clone(),
                    })
                    .collect(),
            },
        );
        let base = |root: &str, title: &str, kind: &str, source: Option<&str>| {
            let mut ctx = tera_global.clone();
            ctx.insert("root", root);
            ctx.insert("page_title", title);
            ctx.insert("page_kind", kind);
            let edit = source.and_then(|s| edit_url.map(|u| u.replace("{path}", s)));
            ctx.insert("edit_link", &edit);
            ctx
        };
        let labels = diagram::Labels {
            title: "",
            no_owner: t.get("no_owner").copied().unwrap_or_default(),
            legend_handoff: t.get("legend_handoff").copied().unwrap_or_default(),
            legend_flow: t.get("legend_flow").copied().unwrap_or_default(),
            handoff: t.get("handoff").copied().unwrap_or_default(),
        };
        let items = |root: &str, prefix: &dyn Fn(&ProcessView) -> String| -> Vec<ProcessItem> {
            c.processes
                .iter()
                .map(|p| {
                    let title = format!(
                        "{}: {}",
                        p.name,
                        t.get("flow_alt").copied().unwrap_or_default()
                    );
                    ProcessItem {
                        process: p,
                        svg: diagram::swimlane(
                            p,
                            root,
                            &prefix(p),
                            &diagram::Labels {
                                title: &title,
                                ..labels
                            },
                        ),
                        handoffs: c.handoffs.iter().filter(|h| h.process == p.id).collect(),
                    }
                })
                .collect()
        };

        let mut pages = Vec::new();
        let mut ctx = base("", &c.meta.title, "index", None);
        ctx.insert(
            "processes",
            &items("", &|p| format!("processes/{}.html#", p.id)),
        );
        ctx.insert("roles", &c.roles);
        ctx.insert("coverage", &c.coverage);
        pages.push(self.page("index.html", "index.html", &ctx)?);

        for item in items("../", &|_| "#".to_string()) {
            let p = item.process;
            let mut ctx = base("../", &p.name, "process", Some(&p.source));
            ctx.insert("process", p);
            ctx.insert("svg", &item.svg);
            ctx.insert("handoffs", &item.handoffs);
            pages.push(self.page("process.html", &format!("processes/{}.html", p.id), &ctx)?);
        }
        for r in &c.roles {
            let mut ctx = base("../", &r.title, "role", Some(&r.source));
            ctx.insert("role", r);
            pages.push(self.page("role.html", &format!("roles/{}.html", r.id), &ctx)?);
            let title = format!(
                "{}: {}",
                t.get("checklists").copied().unwrap_or_default(),
                r.title
            );
            let mut ctx = base("../", &title, "checklists", Some(&r.source));
            ctx.insert("role", r);
            pages.push(self.page(
                "checklists.html",
                &format!("checklists/{}.html", r.id),
                &ctx,
            )?);
            let title = format!(
                "{}: {}",
                t.get("starter_pack").copied().unwrap_or_default(),
                r.title
            );
            let mut ctx = base("../", &title, "starter", Some(&r.source));
            ctx.insert("role", r);
            pages.push(self.page("starter.html", &format!("starter/{}.html", r.id), &ctx)?);
        }
        for h in &c.handoffs {
            let title = format!("{} → {}", h.from.name, h.to.name);
            let mut ctx = base("../", &title, "handoff", None);
            ctx.insert("h", h);
            pages.push(self.page("handoff.html", &format!("handoffs/{}.html", h.slug), &ctx)?);
        }
        let mut ctx = base(
            "",
            t.get("artifacts").copied().unwrap_or_default(),
            "artifacts",
            Some("handbook.yaml"),
        );
        ctx.insert("artifacts", &c.artifacts);
        pages.push(self.page("artifacts.html", "artifacts.html", &ctx)?);
        let mut ctx = base(
            "",
            t.get("coverage").copied().unwrap_or_default(),
            "coverage",
            None,
        );
        ctx.insert("coverage", &c.coverage);
        pages.push(self.page("coverage.html", "coverage.html", &ctx)?);
        let mut ctx = base(
            "",
            t.get("print_all").copied().unwrap_or_default(),
            "print",
            None,
        );
        ctx.insert("processes", &items("", &|p| format!("#process-{}-", p.id)));
        ctx.insert("roles", &c.roles);
        ctx.insert("all_handoffs", &c.handoffs);
        pages.push(self.page("print.html", "print.html", &ctx)?);

        for (path, bytes) in &self.assets {
            pages.push(Page {
                path: path.clone(),
                bytes: bytes.clone(),
            });
        }
        let mut json = serde_json::to_vec_pretty(c).map_err(|e| RenderError {
            message: format!("cannot serialise handbook.json: {e}"),
        })?;
        json.push(b'\n');
        pages.push(Page {
            path: "handbook.json".into(),
            bytes: json,
        });
        pages.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Site { pages })
    }
}
