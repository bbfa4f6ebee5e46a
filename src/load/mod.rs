//! Reads a handbook folder into a [`Handbook`] plus the findings met on the way; the only module that reads inputs.
//!
//! Loading never fails on bad content: a broken file becomes a finding and
//! the rest of the handbook is still read, so one run reports everything.
//! It fails (`Err`) only when the folder itself cannot be read.

pub mod git;
pub mod schema;
pub mod yaml;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diagnostic::{Finding, Loc, Text};
use crate::model::{
    Approval, Artifact, ArtifactField, Checklist, Decision, DecisionLevel, Handbook, Handoff, Kpi,
    Language, Level, Onboarding, Pay, Person, Process, Recurring, Review, Role, Settings,
    Signature, SourceFile, Sp, Stage, Trained, VariablePay, WorkingTime,
};
use crate::rules::Rule;
use crate::text;
use schema::key;
use schema::{is_valid_id, loc, validate_obj};
use yaml::{Node, Value};

/// The handbook and everything wrong with its text.
#[derive(Debug)]
pub struct Loaded {
    /// What could be read.
    pub handbook: Handbook,
    /// Findings from reading: syntax, unknown keys, wrong types, ids.
    pub findings: Vec<Finding>,
}

/// The folder could not be read at all.
#[derive(Debug)]
pub struct LoadError {
    /// What we were doing.
    pub message: String,
    /// A file of the handbook that could not be read, and why: the
    /// command line says it in the reader's language.
    pub unreadable: Option<(PathBuf, std::io::ErrorKind)>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LoadError {}

/// What a file under the handbook folder is, by its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// `handbook.yaml` at the top.
    Handbook,
    /// Any YAML file under `processes/`.
    Process,
    /// Any other YAML file.
    Role,
    /// `acknowledgements.yaml` at the top: who signed what.
    Acknowledgements,
    /// `people.yaml` at the top: who holds which role.
    People,
}

/// Classifies a path relative to the handbook folder (`/`-separated); `None` for files the loader ignores.
pub fn classify(rel: &str) -> Option<FileKind> {
    let lower = rel.to_ascii_lowercase();
    let is_yaml = lower.ends_with(".yaml") || lower.ends_with(".yml");
    let hidden = rel.split('/').any(|part| part.starts_with('.'));
    if !is_yaml || hidden {
        None
    } else if rel == "handbook.yaml" {
        Some(FileKind::Handbook)
    } else if rel == "acknowledgements.yaml" {
        Some(FileKind::Acknowledgements)
    } else if rel == "people.yaml" {
        Some(FileKind::People)
    } else if rel.starts_with("processes/") {
        Some(FileKind::Process)
    } else {
        Some(FileKind::Role)
    }
}

/// One file's parse, shared between loads.
type Parsed = Arc<Result<Node, yaml::ParseError>>;

/// Parsed files kept between loads, keyed by path and checked against the
/// file's bytes, so `serve` re-parses only what changed. Every load walks the
/// folder and reads every file: the cache saves parsing, never the question
/// of what is there.
#[derive(Debug, Default)]
pub struct ParseCache {
    files: std::collections::HashMap<PathBuf, Cached>,
    /// Keeps nothing: for one load (`check`, `build`).
    one_shot: bool,
}

impl ParseCache {
    /// A cache for a single load, which keeps nothing.
    pub fn one_shot() -> ParseCache {
        ParseCache {
            one_shot: true,
            ..ParseCache::default()
        }
    }
}

/// The files of a handbook folder, in walk order, and the symbolic links that lead out of it.
#[derive(Clone, Debug, Default)]
struct Listing {
    files: Vec<(String, PathBuf, FileKind)>,
    /// Entries that are not read, each with its finding: links out of the
    /// folder or to nothing (`outside-link`), pipes, devices and sockets
    /// (`not-a-file`).
    links: Vec<(String, PathBuf, Rule, Text)>,
}

/// Reads the handbook folder at `root`.
pub fn load(root: &Path) -> Result<Loaded, LoadError> {
    load_cached(root, &mut ParseCache::one_shot())
}

/// [`load`], reusing the parse of every file whose bytes have not changed since the last call with this cache.
pub fn load_cached(root: &Path, cache: &mut ParseCache) -> Result<Loaded, LoadError> {
    let meta = std::fs::metadata(root).map_err(|e| LoadError {
        message: format!("cannot read handbook folder `{}`: {e}", root.display()),
        unreadable: None,
    })?;
    if !meta.is_dir() {
        return Err(LoadError {
            message: format!("`{}` is not a folder", root.display()),
            unreadable: None,
        });
    }
    let listing = walk(root)?;
    // Reading, parsing and reading the model are per file: both cores.
    let files: Vec<Listed> = listing
        .files
        .into_par_iter()
        .map(|(rel, path, kind)| {
            let bytes = read_limited(&path).map_err(|e| LoadError {
                message: format!("cannot read `{}`: {e}", path.display()),
                unreadable: Some((path.clone(), e.kind())),
            })?;
            Ok((rel, path, kind, bytes))
        })
        .collect::<Result<_, LoadError>>()?;
    let parsed: Vec<Parsed> = files
        .par_iter()
        .map(|(_, path, _, bytes)| match cache.files.get(path) {
            Some(last) if last.bytes == *bytes => Arc::clone(&last.parsed),
            _ => Arc::new(parse(path, bytes)),
        })
        .collect();
    let first = listing.links.len() as u32;
    let read: Vec<FileRead> = files
        .par_iter()
        .zip(&parsed)
        .enumerate()
        .map(|(i, ((rel, _, kind, _), parsed))| read_file(first + i as u32, rel, *kind, parsed))
        .collect();
    cache.files = if cache.one_shot {
        Default::default()
    } else {
        files
            .iter()
            .zip(parsed)
            .map(|((_, path, _, bytes), parsed)| {
                let kept = Cached {
                    bytes: bytes.clone(),
                    parsed,
                };
                (path.clone(), kept)
            })
            .collect()
    };

    let mut loaded = assemble(root, listing.links, files, read);
    read_theme(
        root,
        &mut loaded.handbook.settings.theme,
        &mut loaded.findings,
    );
    read_pages(root, &mut loaded);
    Ok(loaded)
}

/// Reads `pages/*.md` (not hidden, not in sub-folders), in file-name order.
/// A page's file stem must be an id (it becomes `pages/ID.html`); a link,
/// a folder, a file outside the handbook folder, over [`THEME_FILE_MAX`] or
/// not UTF-8 is `not-a-file` ([`read_extra`]);
/// an unsafe link in it is `unsafe-link` on its line (it never reaches the
/// page either way).
fn read_pages(root: &Path, loaded: &mut Loaded) {
    let dir = root.join("pages");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') && n.to_ascii_lowercase().ends_with(".md"))
        .collect();
    names.sort();
    for name in names {
        let rel = format!("pages/{name}");
        let path = dir.join(&name);
        let id = name[..name.len() - 3].to_string();
        let readable = read_extra(root, &path)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok());
        let hb = &mut loaded.handbook;
        let Some(text) = readable else {
            let file = push_file(hb, rel, path, String::new());
            loaded.findings.push(
                Finding::new(
                    Rule::NotAFile,
                    Loc::file_start(file),
                    text!("page-unreadable"),
                )
                .help(text!("page-unreadable-help")),
            );
            continue;
        };
        let file = push_file(hb, rel, path, text.clone());
        if !schema::is_valid_id(&id) {
            loaded.findings.push(
                Finding::new(
                    Rule::InvalidId,
                    Loc::file_start(file),
                    text!("invalid-id", id = id.as_str()),
                )
                .help(text!("invalid-id-help")),
            );
            continue;
        }
        for url in crate::markdown::unsafe_links(&text) {
            let line = text
                .lines()
                .position(|l| l.contains(url.as_str()))
                .map_or(1, |i| i as u32 + 1);
            loaded.findings.push(
                Finding::new(
                    Rule::UnsafeLink,
                    Loc {
                        line,
                        ..Loc::file_start(file)
                    },
                    text!("unsafe-link", url = url),
                )
                .label(text!("unsafe-link-label"))
                .help(text!("unsafe-link-help")),
            );
        }
        let (title, body) = match text.trim_start().strip_prefix("# ") {
            Some(rest) => {
                let (title, body) = rest.split_once('\n').unwrap_or((rest, ""));
                (title.trim().to_string(), body.to_string())
            }
            None => (id.clone(), text),
        };
        loaded.handbook.pages.push(crate::model::FreePage {
            id,
            title,
            body,
            file,
        });
    }
}

/// A file given to [`load_files`]: its path under the handbook folder, and
/// its bytes or, when it is over the limit, its size.
pub type InMemory = (String, Result<Vec<u8>, u64>);

/// Reads a handbook from files in memory: `(path under the handbook
/// folder, bytes)`, as [`git::load_at`] takes them from a commit, or the
/// file's size where it is over the limit (reported as a file too large,
/// like one in a folder). `root` is what messages call the folder (e.g.
/// `roles@HEAD~1`). The same parser and reader as [`load`]; files the
/// loader would not read are left out.
pub fn load_files(root: &Path, files: Vec<InMemory>) -> Loaded {
    let files: Vec<(Listed, Option<u64>)> = files
        .into_iter()
        .filter_map(|(rel, content)| {
            let kind = classify(&rel)?;
            let (bytes, oversized) = match content {
                Ok(bytes) => (bytes, None),
                Err(size) => (Vec::new(), Some(size)),
            };
            Some(((rel.clone(), root.join(&rel), kind, bytes), oversized))
        })
        .collect();
    let parsed: Vec<Parsed> = files
        .par_iter()
        .map(|((_, path, _, bytes), oversized)| match oversized {
            Some(size) => Arc::new(Err(yaml::too_large(*size))),
            None => Arc::new(parse(path, bytes)),
        })
        .collect();
    let files: Vec<Listed> = files.into_iter().map(|(listed, _)| listed).collect();
    let read: Vec<FileRead> = files
        .par_iter()
        .zip(&parsed)
        .enumerate()
        .map(|(i, ((rel, _, kind, _), parsed))| read_file(i as u32, rel, *kind, parsed))
        .collect();
    let mut loaded = assemble(root, Vec::new(), files, read);
    // A commit's theme files are not read: its pages are never written.
    loaded.handbook.settings.theme = crate::model::Theme {
        accent: loaded.handbook.settings.theme.accent.take(),
        ..Default::default()
    };
    loaded
}

/// The handbook from what was read: the entries not read first (each with
/// its finding), then every file in walk order with what it gave the model.
fn assemble(
    root: &Path,
    links: Vec<(String, PathBuf, Rule, Text)>,
    files: Vec<Listed>,
    read: Vec<FileRead>,
) -> Loaded {
    let mut hb = Handbook {
        root: root.to_path_buf(),
        ..Handbook::default()
    };
    let mut findings = Vec::new();
    for (rel, path, rule, message) in links {
        let file = push_file(&mut hb, rel, path, String::new());
        let help = match rule {
            Rule::NotAFile => text!("not-a-file-help"),
            _ => text!("outside-link-help"),
        };
        findings.push(Finding::new(rule, Loc::file_start(file), message).help(help));
    }
    let mut have_handbook = false;
    for ((rel, path, kind, bytes), (value, file_findings)) in files.into_iter().zip(read) {
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        push_file(&mut hb, rel, path, text);
        findings.extend(file_findings);
        have_handbook |= kind == FileKind::Handbook;
        match value {
            Some(Read::Settings(settings)) => hb.settings = *settings,
            Some(Read::Process(p)) => hb.processes.push(p),
            Some(Read::Role(r)) => hb.roles.push(r),
            Some(Read::Signatures(s)) => hb.signatures = s,
            Some(Read::People(p)) => hb.people = Some(p),
            None => {}
        }
    }

    if !have_handbook {
        let file = push_file(
            &mut hb,
            "handbook.yaml".into(),
            root.join("handbook.yaml"),
            String::new(),
        );
        findings.push(
            Finding::new(
                Rule::MissingFile,
                Loc::file_start(file),
                text!("no-handbook-yaml", folder = root.display().to_string()),
            )
            .help(text!("no-handbook-yaml-help")),
        );
    }

    settle(&mut hb);
    Loaded {
        handbook: hb,
        findings,
    }
}

/// The largest file a theme or a page of `pages/` may bring to the site.
const THEME_FILE_MAX: u64 = 1024 * 1024;

/// Reads the theme's files from the handbook folder. A path that leaves
/// the folder, a file that is missing, a link, a folder, a file of the
/// wrong kind or one over [`THEME_FILE_MAX`] is a finding on its line, and
/// the site goes without it.
fn read_theme(root: &Path, theme: &mut crate::model::Theme, findings: &mut Vec<Finding>) {
    const IMAGES: &[&str] = &["png", "jpg", "jpeg", "svg", "webp", "gif", "ico"];
    let slots = [
        (&mut theme.logo, IMAGES),
        (&mut theme.favicon, IMAGES),
        (&mut theme.css, &["css"][..]),
    ];
    for (slot, kinds) in slots {
        let Some(file) = slot.as_mut() else { continue };
        let rel = Path::new(&file.path.value);
        let loc = file.path.loc;
        let path_text = file.path.value.clone();
        let inside = !rel.as_os_str().is_empty()
            && rel
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
        let kind_ok = rel
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| kinds.contains(&e.to_ascii_lowercase().as_str()));
        let bad = |why: &str| {
            Finding::new(
                Rule::NotAFile,
                loc,
                text!("theme-file-bad", path = path_text.as_str(), why = why),
            )
            .help(text!("theme-file-help"))
        };
        let result = if !inside {
            Err(bad("outside"))
        } else if !kind_ok {
            Err(bad(if kinds.len() == 1 { "css" } else { "image" }))
        } else {
            read_extra(root, &root.join(rel)).map_err(|why| match why {
                Unread::Missing => Finding::new(
                    Rule::MissingFile,
                    loc,
                    text!("theme-file-missing", path = path_text.as_str()),
                )
                .help(text!("theme-file-help")),
                Unread::NotAFile => bad("link"),
                Unread::Large => bad("large"),
                Unread::Outside => bad("outside"),
                Unread::Unreadable => bad("unreadable"),
            })
        };
        match result {
            Ok(bytes) => file.bytes = Arc::from(bytes),
            Err(finding) => {
                findings.push(finding);
                *slot = None;
            }
        }
    }
}

/// Why [`read_extra`] read nothing.
enum Unread {
    Missing,
    /// A link, a folder, a pipe.
    NotAFile,
    /// Over [`THEME_FILE_MAX`].
    Large,
    /// It resolves outside the handbook folder (a folder on the way links out).
    Outside,
    Unreadable,
}

/// Reads a file of the handbook folder that is not a spec (a theme's file,
/// a page of `pages/`): a regular file under `root`, at most
/// [`THEME_FILE_MAX`] bytes, opened as the specs are, never waiting on a
/// pipe that took its place.
fn read_extra(root: &Path, path: &Path) -> Result<Vec<u8>, Unread> {
    use std::io::Read;
    let meta = path.symlink_metadata().map_err(|_| Unread::Missing)?;
    if !meta.file_type().is_file() {
        return Err(Unread::NotAFile);
    }
    if meta.len() > THEME_FILE_MAX {
        return Err(Unread::Large);
    }
    if !within(root, path) {
        return Err(Unread::Outside);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    open_regular(path)
        .and_then(|f| f.take(THEME_FILE_MAX + 1).read_to_end(&mut bytes))
        .map_err(|_| Unread::Unreadable)?;
    if bytes.len() as u64 > THEME_FILE_MAX {
        return Err(Unread::Large);
    }
    Ok(bytes)
}

/// Whether `path` resolves to a place under `root`.
fn within(root: &Path, path: &Path) -> bool {
    match (root.canonicalize(), path.canonicalize()) {
        (Ok(root), Ok(path)) => path.starts_with(root),
        _ => false,
    }
}

/// Artifacts declared in process files join handbook.yaml's, in file order
/// (`duplicate-id` reports an id declared twice anywhere); roles and
/// processes are sorted by id, then file, so duplicate ids report
/// deterministically.
fn settle(hb: &mut Handbook) {
    let mut declared: Vec<(u32, Artifact)> = hb
        .processes
        .iter()
        .flat_map(|p| p.artifacts.iter().map(|a| (p.file, a.clone())))
        .collect();
    declared.sort_by_key(|(file, _)| *file);
    hb.settings
        .artifacts
        .extend(declared.into_iter().map(|(_, a)| a));
    let files = &hb.files;
    hb.roles.sort_by(|a, b| {
        (&a.id.value, &files[a.file as usize].rel).cmp(&(&b.id.value, &files[b.file as usize].rel))
    });
    hb.processes.sort_by(|a, b| {
        (&a.id.value, &files[a.file as usize].rel).cmp(&(&b.id.value, &files[b.file as usize].rel))
    });
}

/// What [`ParseCache`] keeps of one file: its bytes, and its tree while they are the same.
#[derive(Debug)]
struct Cached {
    bytes: Vec<u8>,
    parsed: Parsed,
}

/// What one file gave the model, and the findings reading it raised.
type FileRead = (Option<Read>, Vec<Finding>);

/// A listed file with its bytes: path inside the handbook, path, kind, bytes.
type Listed = (String, PathBuf, FileKind, Vec<u8>);

/// What one file contributes to the model (roles and processes shared with
/// the [`ParseCache`], so a later load reuses them).
#[derive(Clone, Debug)]
enum Read {
    Settings(Box<Settings>),
    Process(Arc<Process>),
    Role(Arc<Role>),
    Signatures(Vec<Signature>),
    People(Vec<Person>),
}

/// Validates one parsed file and reads its model value; `file` is its index in `Handbook::files`.
fn read_file(
    file: u32,
    rel: &str,
    kind: FileKind,
    parsed: &Result<Node, yaml::ParseError>,
) -> (Option<Read>, Vec<Finding>) {
    let mut findings = Vec::new();
    let node = match parsed {
        Ok(node) => node,
        Err(e) => {
            let e = e.clone();
            let at = e.pos.map_or(Loc::file_start(file), |p| Loc {
                file,
                line: p.line,
                col: p.col,
                start: p.start,
                len: p.len,
            });
            findings.push(
                Finding::new(Rule::YamlSyntax, at, e.message)
                    .label(text!("here"))
                    .maybe_help(e.help),
            );
            return (None, findings);
        }
    };
    let stem = file_stem(rel);
    let mut r = Reader {
        file,
        out: &mut findings,
    };
    let value = match kind {
        FileKind::Handbook => r
            .check_root(node, &schema::HANDBOOK, "handbook", "title")
            .then(|| Read::Settings(Box::new(r.settings(node)))),
        FileKind::Process => (r.check_stem(&stem, "process")
            && r.check_root(node, &schema::PROCESS, "process", "name"))
        .then(|| Read::Process(Arc::new(r.process(node, stem)))),
        FileKind::Role => (r.check_stem(&stem, "role")
            && r.check_root(node, &schema::ROLE, "role", "title"))
        .then(|| Read::Role(Arc::new(r.role(node, stem)))),
        FileKind::Acknowledgements => r
            .check_root(
                node,
                &schema::ACKNOWLEDGEMENTS,
                "acknowledgements",
                "signatures",
            )
            .then(|| Read::Signatures(r.signatures(node))),
        FileKind::People => r
            .check_root(node, &schema::PEOPLE, "people", "people")
            .then(|| Read::People(r.people(node))),
    };
    (value, findings)
}

/// Walks the handbook folder: spec files in a stable order, hidden entries skipped, links checked.
fn walk(root: &Path) -> Result<Listing, LoadError> {
    let canonical_root = root.canonicalize().map_err(|e| LoadError {
        message: format!("cannot resolve handbook folder `{}`: {e}", root.display()),
        unreadable: None,
    })?;
    let mut listing = Listing::default();
    let walker = WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = entry.map_err(|e| LoadError {
            message: format!("cannot walk handbook folder `{}`: {e}", root.display()),
            unreadable: None,
        })?;
        if entry.depth() == 0 {
            continue;
        }
        let path = entry.path().to_path_buf();
        let rel = rel_path(root, &path);
        // `through` is "link" for a symbolic link to it, else "entry".
        let special = |listing: &mut Listing, through: &str| {
            if classify(&rel).is_some() {
                listing.links.push((
                    rel.clone(),
                    path.clone(),
                    Rule::NotAFile,
                    text!("not-a-file", through = through),
                ));
            }
        };
        if entry.path_is_symlink() {
            match path.canonicalize() {
                Ok(target) if target.starts_with(&canonical_root) => {
                    // Inside the folder: a linked file is read; a linked folder is
                    // already walked under its real name.
                    if target.is_dir() {
                        continue;
                    }
                    if !target.is_file() {
                        special(&mut listing, "link");
                        continue;
                    }
                }
                Ok(target) => {
                    if classify(&rel).is_some() || target.is_dir() {
                        listing.links.push((
                            rel,
                            path,
                            Rule::OutsideLink,
                            text!("outside-link", target = target.display().to_string()),
                        ));
                    }
                    continue;
                }
                Err(_) => {
                    if classify(&rel).is_some() {
                        listing
                            .links
                            .push((rel, path, Rule::OutsideLink, text!("dangling-link")));
                    }
                    continue;
                }
            }
        } else if !entry.file_type().is_file() {
            if !entry.file_type().is_dir() {
                special(&mut listing, "entry");
            }
            continue;
        }
        let Some(kind) = classify(&rel) else { continue };
        listing.files.push((rel, path, kind));
    }
    Ok(listing)
}

fn push_file(hb: &mut Handbook, rel: String, display: PathBuf, text: String) -> u32 {
    hb.files.push(SourceFile { rel, display, text });
    (hb.files.len() - 1) as u32
}

/// Parses a file read by [`read_limited`]; an oversized one is reported with its real size.
fn parse(path: &Path, bytes: &[u8]) -> Result<Node, yaml::ParseError> {
    if bytes.len() > yaml::MAX_FILE_BYTES {
        let size = std::fs::metadata(path).map_or(0, |m| m.len());
        return Err(yaml::too_large(size.max(bytes.len() as u64)));
    }
    yaml::parse(bytes)
}

/// Reads at most one byte over the limit, so a huge file cannot exhaust memory.
fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let limit = yaml::MAX_FILE_BYTES as u64 + 1;
    let file = open_regular(path)?;
    // Sized from the file's length (as `fs::read` does), so a spec is one
    // read, not a probe and a few doublings; a file that grows meanwhile
    // still stops at the limit.
    let size = file.metadata().map_or(0, |m| m.len()).min(limit);
    let mut buf = Vec::with_capacity(size as usize + 1);
    file.take(limit).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Opens a file for reading without ever waiting: a pipe or a device that
/// took the file's place since the folder was walked is refused, not read.
fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Opening a pipe for reading waits for a writer unless non-blocking.
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other(
            "it is a pipe, a device or a socket, not a regular file",
        ));
    }
    Ok(file)
}

fn rel_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// A file's name without its `.yaml` or `.yml`: a role file's role id.
pub fn file_stem(rel: &str) -> String {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let lower = name.to_ascii_lowercase();
    let suffix = [".yaml", ".yml"]
        .into_iter()
        .find(|s| lower.ends_with(s))
        .map_or(0, str::len);
    name[..name.len() - suffix].to_string()
}

/// Builds model values from validated nodes. Validation has reported every
/// problem already, so extraction is lenient: a value of the wrong shape is skipped.
struct Reader<'a> {
    file: u32,
    out: &'a mut Vec<Finding>,
}

impl Reader<'_> {
    fn at(&self, node: &Node) -> Loc {
        loc(self.file, node)
    }

    fn check_stem(&mut self, stem: &str, what: &str) -> bool {
        if is_valid_id(stem) {
            return true;
        }
        self.out.push(
            Finding::new(
                Rule::InvalidId,
                Loc::file_start(self.file),
                text!("invalid-file-name", kind = what, stem = stem),
            )
            .help(text!(
                "invalid-file-name-help",
                how = schema::invalid_id_help(stem)
            )),
        );
        false
    }

    /// Validates the top mapping; false when there is nothing to build from.
    fn check_root(&mut self, node: &Node, obj: &schema::Obj, what: &str, required: &str) -> bool {
        if matches!(node.value, Value::Null) {
            self.out.push(
                Finding::new(
                    Rule::MissingField,
                    Loc::file_start(self.file),
                    text!("empty-file", kind = what),
                )
                .help(text!("empty-file-help", kind = what, key = required)),
            );
            return false;
        }
        validate_obj(self.file, node, obj, self.out);
        node.entries().is_some()
    }

    fn text(&self, node: &Node, key: &str) -> Option<String> {
        node.get(key).and_then(Node::text).map(str::to_owned)
    }

    fn id(&self, node: &Node, key: &str) -> Option<Sp<String>> {
        node.get(key).and_then(|n| self.id_node(n))
    }

    fn id_node(&self, n: &Node) -> Option<Sp<String>> {
        let t = n.text().filter(|t| is_valid_id(t))?;
        Some(Sp {
            value: t.to_owned(),
            loc: self.at(n),
        })
    }

    fn ids(&self, node: &Node, key: &str) -> Vec<Sp<String>> {
        node.get(key)
            .and_then(Node::items)
            .map(|items| items.iter().filter_map(|n| self.id_node(n)).collect())
            .unwrap_or_default()
    }

    fn texts(&self, node: &Node, key: &str) -> Vec<String> {
        node.get(key)
            .and_then(Node::items)
            .map(|items| {
                items
                    .iter()
                    .filter_map(Node::text)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn flag(&self, node: &Node, key: &str) -> bool {
        matches!(
            node.get(key).map(|n| &n.value),
            Some(Value::Scalar {
                boolean: Some(true),
                ..
            })
        )
    }

    fn maps<'n>(&self, node: &'n Node, key: &str) -> impl Iterator<Item = &'n Node> {
        node.get(key)
            .and_then(Node::items)
            .unwrap_or_default()
            .iter()
            .filter(|n| n.entries().is_some())
    }

    /// The `artifacts:` of handbook.yaml or of a process file.
    fn artifacts(&self, node: &Node) -> Vec<Artifact> {
        self.id_entries(node, key::ARTIFACTS)
            .into_iter()
            .filter(|(_, v)| v.entries().is_some())
            .map(|(id, v)| Artifact {
                id,
                name: self.text(v, key::NAME).unwrap_or_default(),
                description: self.text(v, key::DESCRIPTION),
                kept_in: self.text(v, key::KEPT_IN),
                external: self.flag(v, key::EXTERNAL),
                fields: self.artifact_fields(v),
            })
            .collect()
    }

    /// `decisions:` of handbook.yaml.
    fn decisions(&self, node: &Node) -> Vec<Decision> {
        let number = |n: &Node, k: &str| n.get(k).and_then(Node::text)?.parse::<f64>().ok();
        self.id_entries(node, key::DECISIONS)
            .into_iter()
            .filter(|(_, v)| v.entries().is_some())
            .map(|(id, v)| Decision {
                id,
                name: self.text(v, key::NAME).unwrap_or_default(),
                stage: self.id(v, key::STAGE),
                unit: self.text(v, key::UNIT),
                levels: self
                    .maps(v, key::LEVELS)
                    .filter_map(|l| {
                        Some(DecisionLevel {
                            by: self.id(l, key::BY)?,
                            over: number(l, key::OVER),
                            up_to: number(l, key::UP_TO),
                            loc: self.at(l),
                        })
                    })
                    .collect(),
            })
            .collect()
    }

    /// An artifact's `fields:`, each a text or a mapping with `text:`.
    fn artifact_fields(&self, node: &Node) -> Vec<ArtifactField> {
        let items = node
            .get(key::FIELDS)
            .and_then(Node::items)
            .unwrap_or_default();
        items
            .iter()
            .filter_map(|n| match n.text() {
                Some(text) => Some(ArtifactField {
                    text: text.to_owned(),
                    filled_at: None,
                    checked_by: Vec::new(),
                }),
                None => Some(ArtifactField {
                    text: self.text(n, key::TEXT)?,
                    filled_at: self.id(n, key::FILLED_AT),
                    checked_by: self.ids(n, key::CHECKED_BY),
                }),
            })
            .collect()
    }

    /// Entries of an id-keyed mapping, first definition of each key only.
    fn id_entries<'n>(&self, node: &'n Node, key: &str) -> Vec<(Sp<String>, &'n Node)> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (k, v) in node.get(key).and_then(Node::entries).unwrap_or_default() {
            if let Some(id) = self.id_node(k)
                && !seen.contains(&id.value)
            {
                seen.push(id.value.clone());
                out.push((id, v));
            }
        }
        out
    }

    fn settings(&mut self, node: &Node) -> Settings {
        Settings {
            title: self.text(node, key::TITLE).unwrap_or_default(),
            organization: self.text(node, key::ORGANIZATION),
            description: self.text(node, key::DESCRIPTION),
            // An unknown tag is `wrong-type` already (the schema lists the
            // languages of `locales/`).
            language: node
                .get(key::LANGUAGE)
                .and_then(Node::text)
                .and_then(Language::from_tag)
                .unwrap_or_default(),
            version: self.text(node, key::VERSION),
            edit_url: self.text(node, key::EDIT_URL),
            base_url: self.text(node, key::BASE_URL),
            theme: self.theme(node),
            search: !matches!(
                node.get(key::SEARCH).map(|n| &n.value),
                Some(Value::Scalar {
                    boolean: Some(false),
                    ..
                })
            ),
            external_roles: self
                .id_entries(node, key::EXTERNAL_ROLES)
                .into_iter()
                .map(|(id, v)| (id, v.text().unwrap_or_default().to_owned()))
                .collect(),
            artifacts: self.artifacts(node),
            decisions: self.decisions(node),
            checks: node
                .get(key::CHECKS)
                .and_then(Node::entries)
                .unwrap_or_default()
                .iter()
                .filter_map(|(k, v)| {
                    // The long form, `{level: warning, points: 15}`, may leave the level out.
                    let level = v.get(key::LEVEL).unwrap_or(v);
                    let level = match level.text()? {
                        "error" => Level::Error,
                        "warning" => Level::Warning,
                        "off" => Level::Off,
                        _ => return None,
                    };
                    Some((
                        Sp {
                            value: k.text()?.to_owned(),
                            loc: self.at(k),
                        },
                        level,
                    ))
                })
                .collect(),
            working_time: self.working_time(node),
            publish_people: self.flag(node, key::PUBLISH_PEOPLE),
            approved_by: self.id(node, key::APPROVED_BY),
            approved: self.approval(node),
            effective: self.date(node, key::EFFECTIVE),
            history: node
                .get(key::HISTORY)
                .and_then(Node::text)
                .and_then(|t| t.parse::<usize>().ok()),
            drift_points: node
                .get(key::CHECKS)
                .and_then(|c| c.get(schema::THRESHOLD_RULE))
                .and_then(|r| r.get(key::POINTS))
                .and_then(Node::text)
                .and_then(|t| t.parse::<f64>().ok())
                .filter(|p| p.is_finite() && *p >= 0.0),
            loc: self.at(node),
        }
    }

    /// `theme:` as written: the accent, and the paths of its files (read
    /// by [`read_theme`] once the whole handbook is loaded).
    fn theme(&self, node: &Node) -> crate::model::Theme {
        let Some(theme) = node.get(key::THEME) else {
            return crate::model::Theme::default();
        };
        let file = |k: &str| {
            let n = theme.get(k)?;
            Some(crate::model::ThemeFile {
                path: Sp {
                    value: n.text()?.trim().to_owned(),
                    loc: self.at(n),
                },
                bytes: Arc::from(Vec::new()),
            })
        };
        crate::model::Theme {
            accent: theme
                .get(key::ACCENT)
                .and_then(Node::text)
                .and_then(schema::parse_color),
            logo: file(key::LOGO),
            favicon: file(key::FAVICON),
            css: file(key::CSS),
        }
    }

    /// `people:` of people.yaml (entries with a name; the schema reports
    /// the rest). A list of roles splits the person's hours evenly.
    fn people(&self, node: &Node) -> Vec<Person> {
        self.maps(node, key::PEOPLE)
            .filter_map(|p| {
                let name = p.get(key::NAME)?;
                let roles = match p.get(key::ROLES).map(|r| &r.value) {
                    Some(Value::Map(entries)) => entries
                        .iter()
                        .filter_map(|(k, v)| {
                            Some((self.id_node(k)?, schema::parse_share(v.text()?)?))
                        })
                        .collect(),
                    Some(Value::Seq(items)) => {
                        let ids: Vec<Sp<String>> =
                            items.iter().filter_map(|i| self.id_node(i)).collect();
                        let each = 1.0 / ids.len().max(1) as f64;
                        ids.into_iter().map(|id| (id, each)).collect()
                    }
                    _ => Vec::new(),
                };
                let date = |k: &str| p.get(k).and_then(Node::text).and_then(schema::parse_date);
                Some(Person {
                    name: Sp {
                        value: name.text()?.to_owned(),
                        loc: self.at(name),
                    },
                    roles,
                    hours: p
                        .get(key::HOURS)
                        .and_then(Node::text)
                        .and_then(schema::parse_rate),
                    from: date(key::FROM),
                    until: date(key::UNTIL),
                })
            })
            .collect()
    }

    /// `working_time:`, its defaults where a key is absent.
    fn working_time(&self, node: &Node) -> WorkingTime {
        let default = WorkingTime::default();
        let Some(w) = node.get(key::WORKING_TIME) else {
            return default;
        };
        let text = |k: &str| w.get(k).and_then(Node::text);
        WorkingTime {
            hours: text(key::HOURS)
                .and_then(schema::parse_rate)
                .unwrap_or(default.hours),
            productive: text(key::PRODUCTIVE)
                .and_then(schema::parse_share)
                .unwrap_or(default.productive),
        }
    }

    fn process(&mut self, node: &Node, id: String) -> Process {
        Process {
            id: Sp {
                value: id,
                loc: Loc::file_start(self.file),
            },
            file: self.file,
            name: self.text(node, key::NAME).unwrap_or_default(),
            description: self.text(node, key::DESCRIPTION),
            start: self.id(node, key::START),
            artifacts: self.artifacts(node),
            stages: self
                .maps(node, key::STAGES)
                .filter_map(|s| {
                    Some(Stage {
                        id: self.id(s, key::ID)?,
                        name: self.text(s, key::NAME).unwrap_or_default(),
                        description: self.text(s, key::DESCRIPTION),
                        needs: self.ids(s, key::NEEDS),
                        produces: self.ids(s, key::PRODUCES),
                        done_when: self.texts(s, key::DONE_WHEN),
                        next: self.ids(s, key::NEXT),
                        is_final: self.flag(s, key::FINAL),
                        independent_of: self.ids(s, key::INDEPENDENT_OF),
                        renamed_from: self.ids(s, key::RENAMED_FROM),
                        effort: s
                            .get(key::EFFORT)
                            .and_then(Node::text)
                            .and_then(schema::parse_effort),
                        share: s
                            .get(key::SHARE)
                            .and_then(Node::text)
                            .and_then(schema::parse_share),
                        exceptions: self
                            .maps(s, key::EXCEPTIONS)
                            .filter_map(|e| {
                                Some((self.text(e, key::WHEN)?, self.text(e, key::THEN)?))
                            })
                            .collect(),
                        loc: self.at(s),
                    })
                })
                .collect(),
            order: node
                .get(key::ORDER)
                .and_then(Node::text)
                .and_then(|t| t.parse::<f64>().ok())
                .filter(|n| n.is_finite()),
            volume: node.get(key::VOLUME).and_then(|v| {
                Some(Sp {
                    value: schema::parse_rate(v.text()?)?,
                    loc: self.at(v),
                })
            }),
            review: self.review(node),
            approved: self.approval(node),
            effective: self.date(node, key::EFFECTIVE),
            renamed_from: self.ids(node, key::RENAMED_FROM),
            loc: self.at(node),
        }
    }

    // Long on purpose: one line per field of a role, in the format's order.
    fn role(&mut self, node: &Node, id: String) -> Role {
        let recurring = self.recurring(node);
        let at_or_root = |key: &str| node.get(key).map_or(self.at(node), |n| self.at(n));
        Role {
            id: Sp {
                value: id,
                loc: Loc::file_start(self.file),
            },
            file: self.file,
            title: self.text(node, key::TITLE).unwrap_or_default(),
            summary: self.text(node, key::SUMMARY),
            purpose: self.text(node, key::PURPOSE),
            reports_to: self.id(node, key::REPORTS_TO),
            deputy: self.id(node, key::DEPUTY),
            owns: self.ids(node, key::OWNS),
            supports: self.ids(node, key::SUPPORTS),
            informed: self.ids(node, key::INFORMED),
            duties: node
                .get(key::DUTIES)
                .and_then(Node::items)
                .unwrap_or_default()
                .iter()
                .filter_map(|d| {
                    d.text()
                        .map(str::to_owned)
                        .or_else(|| self.text(d, key::TEXT))
                })
                .collect(),
            recurring,
            not_responsible_for: self.texts(node, key::NOT_RESPONSIBLE_FOR),
            liability: self.texts(node, key::LIABILITY),
            sheet_per_stage: self.flag(node, key::SHEET_PER_STAGE),
            rights: self.texts(node, key::RIGHTS),
            qualification: self.texts(node, key::QUALIFICATION),
            kpis: self
                .maps(node, key::KPIS)
                .filter_map(|k| {
                    Some(Kpi {
                        id: self.id(k, key::ID)?,
                        name: self.text(k, key::NAME).unwrap_or_default(),
                        target: self.text(k, key::TARGET),
                        measured_by: self.text(k, key::MEASURED_BY),
                        outcome: self.id(k, key::OUTCOME),
                    })
                })
                .collect(),
            pay: node
                .get(key::PAY)
                .filter(|p| p.entries().is_some())
                .map(|p| Pay {
                    fixed: self.text(p, key::FIXED),
                    variable: self
                        .maps(p, key::VARIABLE)
                        .filter_map(|v| {
                            Some(VariablePay {
                                kpi: self.id(v, key::KPI)?,
                                rule: self.text(v, key::RULE).unwrap_or_default(),
                            })
                        })
                        .collect(),
                    example: self.text(p, key::EXAMPLE),
                    loc: self.at(p),
                }),
            time_budget: node
                .get(key::TIME_BUDGET)
                .filter(|t| t.entries().is_some())
                .map(|t| Sp {
                    value: self
                        .id_entries(node, key::TIME_BUDGET)
                        .into_iter()
                        .filter_map(|(k, v)| match v.value {
                            Value::Scalar { int: Some(i), .. } => Some((k, i)),
                            _ => None,
                        })
                        .collect(),
                    loc: self.at(t),
                }),
            headcount: node.get(key::HEADCOUNT).and_then(|h| {
                let n: f64 = h.text()?.parse().ok()?;
                (n.is_finite() && n >= 0.0).then(|| Sp {
                    value: n,
                    loc: self.at(h),
                })
            }),
            handoffs: self
                .maps(node, key::HANDOFFS)
                .filter_map(|h| {
                    Some(Handoff {
                        after: self.id(h, key::AFTER)?,
                        to: self.id(h, key::TO)?,
                        passes: self.ids(h, key::PASSES),
                        passes_loc: h.get(key::PASSES).map_or(self.at(h), |n| self.at(n)),
                        deadline: self.text(h, key::DEADLINE),
                        channel: self.text(h, key::CHANNEL),
                        actions: self.texts(h, key::ACTIONS),
                        confirm: self.text(h, key::CONFIRM),
                        tell_client: self.text(h, key::TELL_CLIENT),
                        loc: self.at(h),
                    })
                })
                .collect(),
            checklists: self
                .maps(node, key::CHECKLISTS)
                .map(|c| Checklist {
                    name: self.text(c, key::NAME).unwrap_or_default(),
                    when: self.text(c, key::WHEN),
                    items: self.texts(c, key::ITEMS),
                    items_loc: c.get(key::ITEMS).map_or(self.at(c), |n| self.at(n)),
                })
                .collect(),
            review: self.review(node),
            approved: self.approval(node),
            effective: self.date(node, key::EFFECTIVE),
            onboarding: node
                .get(key::ONBOARDING)
                .map(|o| Onboarding {
                    day: self.texts(o, key::DAY),
                    week: self.texts(o, key::WEEK),
                    month: self.texts(o, key::MONTH),
                })
                .unwrap_or_default(),
            renamed_from: self.ids(node, key::RENAMED_FROM),
            loc: self.at(node),
            owns_loc: at_or_root(key::OWNS),
        }
    }

    /// The checklists and duties of a role with an `effort:`, each with how
    /// often it comes: its `every:`, or its `when:` where that is plain. An
    /// effort with neither is a finding on the effort's line.
    fn recurring(&mut self, node: &Node) -> Vec<Recurring> {
        let mut out = Vec::new();
        let checklists = self
            .maps(node, key::CHECKLISTS)
            .map(|c| (c, key::NAME, true));
        let duties = self.maps(node, key::DUTIES).map(|d| (d, key::TEXT, false));
        let all: Vec<(&Node, &str, bool)> = checklists.chain(duties).collect();
        for (n, name_key, is_checklist) in all {
            let Some(effort) = n.get(key::EFFORT) else {
                continue;
            };
            let Some(minutes) = effort.text().and_then(schema::parse_effort) else {
                continue;
            };
            let text = |k: &str| n.get(k).and_then(Node::text);
            let a_month = match text(key::EVERY) {
                Some(every) => schema::parse_every(every),
                None if is_checklist => text(key::WHEN).and_then(schema::plain_when),
                None => None,
            };
            let what = text(name_key).unwrap_or_default().to_owned();
            match a_month {
                Some(a_month) => out.push(Recurring {
                    what,
                    minutes,
                    a_month,
                }),
                // A wrong `every:` is `wrong-type` already.
                None if n.get(key::EVERY).is_some() => {}
                None => self.out.push(
                    Finding::new(
                        Rule::MissingField,
                        self.at(effort),
                        text!("effort-without-every", what = what.as_str()),
                    )
                    .label(text!("effort-without-every-label"))
                    .help(text!("effort-without-every-help")),
                ),
            }
        }
        out
    }

    /// `signatures:` of acknowledgements.yaml (complete entries only; the
    /// schema reports the rest).
    fn signatures(&self, node: &Node) -> Vec<Signature> {
        self.maps(node, key::SIGNATURES)
            .filter_map(|s| {
                Some(Signature {
                    person: self.text(s, key::PERSON)?,
                    role: self.id(s, key::ROLE)?,
                    signed: self.text(s, key::SIGNED)?,
                    date: self.date(s, key::DATE),
                    trained: s.get(key::TRAINED).and_then(|t| {
                        Some(Trained {
                            date: self.date(t, key::DATE)?,
                            by: self.text(t, key::BY)?,
                        })
                    }),
                    self_check: self.date(s, key::SELF_CHECK),
                })
            })
            .collect()
    }

    /// A `YYYY-MM-DD` field, when it is one (the schema reports what is not).
    fn date(&self, node: &Node, key: &str) -> Option<jiff::civil::Date> {
        node.get(key)
            .and_then(Node::text)
            .and_then(schema::parse_date)
    }

    /// `approved:`, when it is complete and well formed.
    fn approval(&self, node: &Node) -> Option<Approval> {
        let a = node.get(key::APPROVED)?;
        Some(Approval {
            by: self.id(a, key::BY)?,
            date: self.date(a, key::DATE)?,
        })
    }

    /// `review:`, when it is complete and well formed (the schema reports
    /// what is not).
    fn review(&self, node: &Node) -> Option<Review> {
        let r = node.get(key::REVIEW)?;
        let last = r.get(key::LAST)?;
        let every = self.text(r, key::EVERY)?;
        Some(Review {
            by: self.id(r, key::BY)?,
            last: Sp {
                value: schema::parse_date(last.text()?)?,
                loc: self.at(last),
            },
            period: schema::parse_period(&every)?,
            every,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `serve` loads with a cache of parses by file bytes: after files are
    /// added, changed and moved in the list, and a linked file's target
    /// changes, the result is a fresh load's.
    #[cfg(unix)]
    #[test]
    fn a_cached_load_is_a_fresh_load() {
        let dir = tempfile::tempdir().expect("temp");
        let root = dir.path();
        std::fs::write(root.join("handbook.yaml"), "title: T\n").expect("write");
        std::fs::create_dir(root.join("sales")).expect("mkdir");
        // `titel` gives a finding that names the file and line.
        std::fs::write(root.join("sales/b.yaml"), "title: B\ntitel: x\n").expect("write");
        std::fs::write(root.join("sales/c.yaml"), "title: C\n").expect("write");
        std::fs::write(root.join("sales/real.yaml"), "title: Old\n").expect("write");
        std::os::unix::fs::symlink("sales/real.yaml", root.join("linked.yaml")).expect("link");
        let mut cache = ParseCache::default();
        load_cached(root, &mut cache).expect("load");
        std::fs::write(root.join("sales/a.yaml"), "title: A\n").expect("write");
        std::fs::write(root.join("sales/c.yaml"), "title: C2\n").expect("write");
        std::fs::write(root.join("sales/real.yaml"), "title: New\n").expect("write");
        let reloaded = load_cached(root, &mut cache).expect("reload");
        let fresh = load(root).expect("fresh");
        assert_eq!(
            format!("{:?}", reloaded.handbook.roles),
            format!("{:?}", fresh.handbook.roles)
        );
        assert_eq!(reloaded.findings, fresh.findings);
        let titles: Vec<&str> = fresh
            .handbook
            .roles
            .iter()
            .map(|r| r.title.as_str())
            .collect();
        assert_eq!(titles, ["A", "B", "C2", "New", "New"]);
    }

    #[test]
    fn classifies_files_by_place() {
        assert_eq!(classify("handbook.yaml"), Some(FileKind::Handbook));
        assert_eq!(classify("processes/sales.yaml"), Some(FileKind::Process));
        assert_eq!(classify("processes/x/y.yml"), Some(FileKind::Process));
        assert_eq!(classify("sales/courier.yaml"), Some(FileKind::Role));
        assert_eq!(classify("sales/handbook.yaml"), Some(FileKind::Role));
        assert_eq!(classify("README.md"), None);
        assert_eq!(classify(".hidden.yaml"), None);
    }
}
