//! The whole pipeline: load -> check -> compile -> render -> write. One driver ([`run`]): `build` writes its pages into the site folder, `watch` and `serve` keep them in memory.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::check::{self, Report};
use crate::compile::{self, Meta};
use crate::diagnostic::Text;
use crate::load::{self, Loaded};
use crate::model::Language;
use crate::output;
use crate::render::{self, Renderer, Site};
use crate::revisions::Revisions;
use crate::search;

/// What to build.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    /// The handbook folder.
    pub roles: PathBuf,
    /// The site folder.
    pub out: PathBuf,
    /// Template overrides; default: `templates/` beside the handbook folder.
    pub templates: Option<PathBuf>,
    /// Refuse to build when there are warnings.
    pub deny_warnings: bool,
    /// Replace an output folder that rolebook did not write (see [`output::Target::check`]).
    pub force: bool,
    /// The day reviews are measured against; default: today (UTC).
    pub today: Option<jiff::civil::Date>,
    /// A git revision to compare with: the site gets a "What changed" page.
    pub since: Option<String>,
    /// The language of the findings (`--lang`); default: the handbook's.
    pub lang: Option<Language>,
}

impl BuildOptions {
    /// The template folder in effect, if it exists.
    pub fn template_dir(&self) -> Option<PathBuf> {
        self.templates.clone().or_else(|| {
            let parent = self
                .roles
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            Some(parent.join("templates")).filter(|p| p.is_dir())
        })
    }

    /// Checks the folders before anything is read or written: the handbook
    /// and an explicit `--templates` folder exist, and the output folder may
    /// be replaced. Returns the checked output folder.
    pub fn validate(&self) -> Result<output::Target, BuildError> {
        if !self.roles.is_dir() {
            return Err(BuildError::new(format!(
                "the handbook folder `{}` does not exist or is not a folder; \
                 pass --roles with the folder that holds handbook.yaml",
                self.roles.display()
            )));
        }
        if let Some(t) = &self.templates
            && !t.is_dir()
        {
            return Err(BuildError::new(format!(
                "the templates folder `{}` does not exist or is not a folder; \
                 fix --templates or leave it out to use the built-in templates",
                t.display()
            )));
        }
        let templates = self.template_dir();
        let mut protect = vec![self.roles.as_path()];
        protect.extend(templates.as_deref());
        output::Target::check(&self.out, &protect, self.force).map_err(BuildError::said)
    }
}

/// The result of a run of the pipeline: its pages on disk (`S` is `()`,
/// from [`build`]) or in memory ([`Rendered`], from [`render`]).
#[derive(Debug)]
pub struct Built<S = ()> {
    /// What was loaded (for rendering findings).
    pub loaded: Loaded,
    /// The findings.
    pub report: Report,
    /// What was produced, when the checks passed.
    pub output: Option<Output<S>>,
    /// How long each step took.
    pub phases: Phases,
    /// The language the findings are said in.
    pub language: Language,
}

/// How long each step of a build took, in the order they ran; printed after
/// each build so a slow step can be named in a bug report.
#[derive(Clone, Debug, Default)]
pub struct Phases(pub Vec<(&'static str, Duration)>);

impl Phases {
    /// Runs `f`, recording its time under `name`.
    pub fn time<T>(&mut self, name: &'static str, f: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let value = f();
        self.0.push((name, started.elapsed()));
        value
    }
}

impl Phases {
    /// The steps and their times in `language` ("чтение 22 мс, проверка 1 мс").
    pub fn said(&self, language: Language) -> String {
        let times: Vec<String> = self
            .0
            .iter()
            .map(|(name, d)| {
                let ms = u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
                crate::i18n::say(
                    language,
                    &crate::text!("phase-time", phase = name.replace(' ', "-"), ms = ms),
                )
            })
            .collect();
        times.join(", ")
    }
}

impl fmt::Display for Phases {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (name, d)) in self.0.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}{name} {} ms", d.as_millis())?;
        }
        Ok(())
    }
}

/// What a build produced.
#[derive(Debug)]
pub struct Output<S = ()> {
    /// The handbook's settings as the pages show them (language, search...).
    pub meta: Meta,
    /// The pages: in memory (`Arc<Site>`) from [`render`]; nothing (`()`)
    /// from [`build`], which streams them to disk.
    pub site: S,
    /// How many files were produced.
    pub pages: usize,
    /// What the user should know about how the site was written (a mount
    /// point updated in place), when it was.
    pub note: Option<String>,
}

/// The build could not run: I/O, an unreadable folder, or a template error.
#[derive(Debug)]
pub struct BuildError {
    /// What went wrong, in English.
    pub message: String,
    /// A file of the handbook that could not be read, and why (the
    /// command line says it in the reader's language).
    pub unreadable: Option<(PathBuf, std::io::ErrorKind)>,
    /// The message as words for the reader, where rolebook has them (the
    /// output folder's refusals).
    pub said: Option<Text>,
}

impl BuildError {
    /// An error with its message only.
    pub fn new(message: String) -> BuildError {
        BuildError {
            message,
            unreadable: None,
            said: None,
        }
    }

    /// An error rolebook words for the reader; `message` is its English.
    pub fn said(text: Text) -> BuildError {
        BuildError {
            message: crate::i18n::english(&text),
            unreadable: None,
            said: Some(text),
        }
    }
}

impl From<load::LoadError> for BuildError {
    fn from(e: load::LoadError) -> BuildError {
        BuildError {
            message: e.message,
            unreadable: e.unreadable,
            said: None,
        }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for BuildError {}

/// What [`load_and_check`] gives.
pub struct Checked {
    /// The handbook as loaded.
    pub loaded: Loaded,
    /// Its findings.
    pub report: Report,
    /// The handbook compiled, when a rule needed it (`signature-missing`);
    /// a build uses it rather than compile again.
    pub compiled: Option<compile::Compiled>,
}

/// The first half of every run of the pipeline: load (re-parsing only what `cache` does not hold) and check.
pub fn load_and_check(
    opts: &BuildOptions,
    cache: &mut load::ParseCache,
    phases: &mut Phases,
) -> Result<Checked, BuildError> {
    let loaded = phases
        .time("load", || load::load_cached(&opts.roles, cache))
        .map_err(BuildError::from)?;
    let today = opts.today.unwrap_or_else(check::today);
    let (report, compiled) = phases.time("check", || check::check_compiling(&loaded, today));
    Ok(Checked {
        loaded,
        report,
        compiled,
    })
}

/// The handbook `--since` names, compiled, kept between the rebuilds of
/// `serve` and `watch` for as long as `--since` resolves to the same commit
/// (a commit's files never change), with the commit's day and description.
/// A folder is read again every time.
#[derive(Default)]
pub struct Earlier(Option<(String, Before)>, Option<(String, Revisions)>);

/// What `--since` names: compiled, and described where it is a commit.
#[derive(Clone)]
struct Before {
    compiled: Arc<compile::Compiled>,
    described: Option<load::git::Described>,
}

impl Earlier {
    /// The handbook at `rev` (a git revision of the repository that holds
    /// `roles`, or a folder), compiled.
    fn at(&mut self, rev: &str, roles: &Path) -> Result<Before, BuildError> {
        let failed = |e: load::LoadError| BuildError::new(format!("--since: {e}"));
        let commit = match load::git::named(rev, roles).map_err(failed)? {
            load::git::Named::Folder(_) => None,
            load::git::Named::Commit(id) => Some(id),
        };
        if let (Some(id), Some((held, before))) = (&commit, &self.0)
            && id == held
        {
            return Ok(before.clone());
        }
        let old = match &commit {
            Some(id) => load::git::load_at(roles, id),
            None => load::load(Path::new(rev)),
        }
        .map_err(failed)?;
        let before = Before {
            compiled: Arc::new(compile::compile(&old.handbook, check::today())),
            // A commit is known to its readers by its day and description,
            // not by `HEAD~1`; a folder has neither.
            described: commit
                .as_deref()
                .and_then(|id| load::git::describe(roles, id).ok()),
        };
        if let Some(id) = commit {
            self.0 = Some((id, before.clone()));
        }
        Ok(before)
    }
}

impl Earlier {
    /// The revisions of each role and process (see [`crate::revisions`]),
    /// read again only when `HEAD`, the number kept, the language or the
    /// handbook's renames differ from the last time: a commit never changes.
    fn revisions(&mut self, roles: &Path, hb: &crate::model::Handbook, keep: usize) -> Revisions {
        let Ok(head) = load::git::commit_of(roles, "HEAD") else {
            return Revisions::default();
        };
        let renames: Vec<String> = hb
            .renames()
            .map(|(kind, old, now)| format!("{kind:?} {} {now}", old.value))
            .collect();
        let key = format!(
            "{head} {keep} {} {}",
            hb.settings.language.tag(),
            renames.join(",")
        );
        if let Some((held, revisions)) = &self.1
            && *held == key
        {
            return revisions.clone();
        }
        let revisions = crate::revisions::revisions(roles, hb, keep);
        self.1 = Some((key, revisions.clone()));
        revisions
    }
}

/// With `--since`, what changed since then, for the site's "What changed"
/// page: put into `compiled` and timed as the `since` phase.
fn since(
    opts: &BuildOptions,
    loaded: &Loaded,
    compiled: &mut compile::Compiled,
    earlier: &mut Earlier,
    phases: &mut Phases,
) -> Result<(), BuildError> {
    let Some(rev) = &opts.since else {
        return Ok(());
    };
    let language = loaded.handbook.settings.language;
    let changed = phases.time("since", || {
        let old = earlier.at(rev, &opts.roles)?;
        let d = crate::diff::diff(
            &old.compiled,
            compiled,
            &crate::diff::Renames::of(&loaded.handbook),
        );
        let mut changed = crate::diff::since(&d, rev, language);
        if let Some(d) = old.described {
            changed.date = Some(crate::i18n::long_date(language, d.date));
            changed.summary = Some(d.summary).filter(|s| !s.is_empty());
        }
        Ok::<_, BuildError>(changed)
    })?;
    compiled.since = Some(changed);
    Ok(())
}

/// What [`render`] gives: the pages in memory.
pub type Rendered = Built<Arc<Site>>;

impl<S> Built<S> {
    /// A build that stopped at its findings: nothing was rendered or written.
    pub fn stopped(
        opts: &BuildOptions,
        loaded: Loaded,
        report: Report,
        phases: Phases,
    ) -> Built<S> {
        Built {
            language: crate::report::language(&loaded.handbook, opts.lang),
            loaded,
            report,
            output: None,
            phases,
        }
    }
}

/// The pages the search index is built from: (path, html), one at a time.
pub fn search_input(site: &Site) -> impl Iterator<Item = (String, String)> + '_ {
    site.pages
        .iter()
        .filter(|p| search::is_indexed(&p.path))
        .map(search::input)
}

/// The pipeline: load (reusing `cache`), check and, when nothing fails,
/// compile (with what changed since `--since`, reusing `earlier`) and hand
/// the compiled handbook to `produce`, which renders it into memory
/// ([`render`]) or into the site folder ([`build`]). The one driver of both.
fn run<S>(
    opts: &BuildOptions,
    cache: &mut load::ParseCache,
    earlier: &mut Earlier,
    produce: impl FnOnce(compile::Compiled, &mut Phases) -> Result<Output<S>, BuildError>,
) -> Result<Built<S>, BuildError> {
    let mut phases = Phases::default();
    let Checked {
        loaded,
        report,
        compiled,
    } = load_and_check(opts, cache, &mut phases)?;
    if report.fails(opts.deny_warnings) {
        return Ok(Built::stopped(opts, loaded, report, phases));
    }
    let mut compiled = phases.time("compile", || {
        compiled.unwrap_or_else(|| {
            compile::compile(&loaded.handbook, opts.today.unwrap_or_else(check::today))
        })
    });
    since(opts, &loaded, &mut compiled, earlier, &mut phases)?;
    let keep = loaded
        .handbook
        .settings
        .history
        .unwrap_or(crate::model::HISTORY_DEFAULT);
    phases.time("history", || {
        earlier
            .revisions(&opts.roles, &loaded.handbook, keep)
            .apply(&mut compiled);
    });
    let output = produce(compiled, &mut phases)?;
    Ok(Built {
        language: crate::report::language(&loaded.handbook, opts.lang),
        loaded,
        report,
        output: Some(output),
        phases,
    })
}

/// The pipeline in memory: writes nothing, and makes no search index
/// (`serve` and `watch`, which run it on every save, index in the background).
pub fn render(
    opts: &BuildOptions,
    cache: &mut load::ParseCache,
    earlier: &mut Earlier,
    renderer: &mut Renderer,
) -> Result<Rendered, BuildError> {
    run(opts, cache, earlier, |compiled, phases| {
        let site = phases
            .time("render", || renderer.render(&compiled))
            .map_err(|e| BuildError::new(e.to_string()))?;
        Ok(Output {
            pages: site.pages.len(),
            site: Arc::new(site),
            meta: compiled.meta,
            note: None,
        })
    })
}

/// Runs the whole pipeline and writes the site atomically when the checks pass.
/// With failing findings the output folder is left exactly as it was.
/// Pages are written to the staging folder as they are rendered, so memory
/// holds the model and the pages in flight, not the whole site.
pub fn build(opts: &BuildOptions) -> Result<Built, BuildError> {
    let target = opts.validate()?;
    let mut renderer = Renderer::new(opts.template_dir().as_deref())
        .map_err(|e| BuildError::new(e.to_string()))?;
    run(
        opts,
        &mut load::ParseCache::one_shot(),
        &mut Earlier::default(),
        |compiled, phases| write(&target, compiled, &mut renderer, phases),
    )
}

/// Renders `compiled` into a staging folder beside `target`, indexes it for
/// search as Pagefind's command-line tool would the finished site, and
/// swaps it in.
fn write(
    target: &output::Target,
    compiled: compile::Compiled,
    renderer: &mut Renderer,
    phases: &mut Phases,
) -> Result<Output, BuildError> {
    let meta = compiled.meta.clone();
    let started = Instant::now();
    let mut indexing = Duration::ZERO;
    let written = output::write_streaming(target, |staging| {
        let jobs = render::jobs(&compiled);
        let sink = |page| staging.page(page);
        let n = renderer
            .render_streaming(&compiled, &jobs, &sink)
            .map_err(|e| e.to_string())?;
        // Every page is on disk: the views (about 60 MB at 1,000 roles) are
        // not needed any more, and Pagefind's index is the peak of a build.
        drop(jobs);
        drop(compiled);
        if !meta.search {
            return Ok(n);
        }
        let index_started = Instant::now();
        let files = search::index_folder(staging.dir(), meta.language)?;
        indexing = index_started.elapsed();
        let m = files.len();
        files.into_par_iter().try_for_each(sink)?;
        Ok(n + m)
    })
    .map_err(BuildError::new)?;
    phases
        .0
        .push(("render and write", started.elapsed() - indexing));
    if meta.search {
        phases.0.push(("search index", indexing));
    }
    Ok(Output {
        meta,
        site: (),
        pages: written.files,
        note: written.note,
    })
}
