//! A handbook folder as it was at a git revision, read from the repository with gitoxide (no `git` process).

use std::path::{Path, PathBuf};

use super::{LoadError, Loaded, load_files};

fn error(message: String) -> LoadError {
    LoadError {
        message,
        unreadable: None,
    }
}

/// The repository that holds `roles`, and the folder's path inside it.
fn locate(roles: &Path) -> Result<(gix::Repository, PathBuf), LoadError> {
    let canonical = roles.canonicalize().map_err(|e| {
        error(format!(
            "cannot resolve handbook folder `{}`: {e}",
            roles.display()
        ))
    })?;
    let repo = gix::discover(&canonical).map_err(|e| {
        error(format!(
            "`{}` is not in a git repository ({e}); compare two folders instead, or run `git init` and commit the handbook",
            roles.display()
        ))
    })?;
    let workdir = repo
        .workdir()
        .ok_or_else(|| {
            error(format!(
                "the repository of `{}` has no working tree",
                roles.display()
            ))
        })?
        .canonicalize()
        .map_err(|e| error(format!("cannot resolve the repository's folder: {e}")))?;
    let inside = canonical
        .strip_prefix(&workdir)
        .map_err(|_| error(format!("`{}` is outside its repository", roles.display())))?
        .to_path_buf();
    Ok((repo, inside))
}

/// Every file under `tree` that the loader would read and `wanted` takes, with its path below
/// it: its bytes, or its size where that is over the loader's limit (the
/// object's header is read first, so a huge blob is never loaded).
///
/// A loop over a list of folders still to read, not a recursion: a tree
/// nested thousands of levels deep cannot overflow the stack.
fn files(
    repo: &gix::Repository,
    tree: gix::Tree<'_>,
    wanted: impl Fn(&str) -> bool,
) -> Result<Vec<super::InMemory>, LoadError> {
    let failed = |e: &dyn std::fmt::Display| error(format!("cannot read the repository: {e}"));
    let mut out = Vec::new();
    let mut folders = vec![(String::new(), tree.id)];
    while let Some((prefix, id)) = folders.pop() {
        let tree = repo.find_tree(id).map_err(|e| failed(&e))?;
        let mut below = Vec::new();
        for entry in tree.iter() {
            let entry = entry.map_err(|e| failed(&e))?;
            let name = format!("{prefix}{}", entry.filename());
            let mode = entry.mode();
            if mode.is_tree() {
                // Hidden folders are never read (`classify` skips them).
                if !entry.filename().starts_with(b".") {
                    below.push((format!("{name}/"), entry.object_id()));
                }
            } else if mode.is_blob() && super::classify(&name).is_some() && wanted(&name) {
                let size = repo
                    .find_header(entry.object_id())
                    .map_err(|e| failed(&e))?
                    .size();
                let content = if size > super::yaml::MAX_FILE_BYTES as u64 {
                    Err(size)
                } else {
                    let blob = repo.find_blob(entry.object_id()).map_err(|e| failed(&e))?;
                    Ok(blob.detach().data)
                };
                out.push((name, content));
            }
        }
        folders.extend(below);
    }
    // The order a folder is walked in (names compared part by part).
    out.sort_by(|a, b| a.0.split('/').cmp(b.0.split('/')));
    Ok(out)
}

/// `rev` resolved in the repository that holds `roles`: the id of the
/// object it names (for `HEAD` or a branch, the commit it points at now).
pub fn commit_of(roles: &Path, rev: &str) -> Result<String, LoadError> {
    let (repo, _) = locate(roles)?;
    Ok(resolve(&repo, rev)?.to_string())
}

fn resolve<'r>(repo: &'r gix::Repository, rev: &str) -> Result<gix::Id<'r>, LoadError> {
    repo.rev_parse_single(rev)
        .map_err(|e| error(format!("`{rev}` is not a revision of this repository: {e}")))
}

/// A commit as a reader knows it: the day it was made (UTC) and the first
/// line of its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Described {
    /// The day.
    pub date: jiff::civil::Date,
    /// The first line of its message.
    pub summary: String,
}

/// The commit `rev` names in the repository that holds `roles`, described.
pub fn describe(roles: &Path, rev: &str) -> Result<Described, LoadError> {
    let (repo, _) = locate(roles)?;
    let id = resolve(&repo, rev)?;
    id.object()
        .ok()
        .and_then(|o| o.try_into_commit().ok())
        .and_then(|c| described(&c))
        .ok_or_else(|| error(format!("`{rev}` is not a commit with a readable date")))
}

/// A commit's day (UTC) and the first line of its message.
fn described(commit: &gix::Commit<'_>) -> Option<Described> {
    let seconds = commit.time().ok()?.seconds;
    let date = jiff::Timestamp::from_second(seconds)
        .ok()?
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let summary = commit
        .message()
        .map(|m| m.summary().to_string())
        .unwrap_or_default();
    Some(Described { date, summary })
}

/// The repository that holds a handbook folder, opened once for many reads
/// (`status` reads hundreds of commits).
pub struct Repo {
    repo: gix::Repository,
    inside: PathBuf,
    roles: PathBuf,
}

impl Repo {
    /// The repository of the handbook folder `roles`.
    pub fn open(roles: &Path) -> Result<Repo, LoadError> {
        let (repo, inside) = locate(roles)?;
        Ok(Repo {
            repo,
            inside,
            roles: roles.to_path_buf(),
        })
    }

    /// The handbook folder as committed at `rev`: see [`load_at`].
    pub fn load_at(&self, rev: &str) -> Result<Loaded, LoadError> {
        let folder = folder_at(&self.repo, &self.inside, rev)?;
        let found = files(&self.repo, folder, |_| true)?;
        let label = PathBuf::from(format!("{}@{rev}", self.roles.display()));
        Ok(load_files(&label, found))
    }

    /// The `version:` of the handbook's `handbook.yaml` at `rev`, reading
    /// that file alone.
    pub fn version_at(&self, rev: &str) -> Result<Option<String>, LoadError> {
        let folder = folder_at(&self.repo, &self.inside, rev)?;
        let found = files(&self.repo, folder, |name| name == "handbook.yaml")?;
        Ok(load_files(&self.roles, found).handbook.settings.version)
    }
}

/// The handbook folder `roles` as committed at `rev` (any revision git
/// understands: `HEAD~1`, `main`, a tag, a commit id), loaded as [`super::load`]
/// loads a folder.
pub fn load_at(roles: &Path, rev: &str) -> Result<Loaded, LoadError> {
    Repo::open(roles)?.load_at(rev)
}

/// The tree of the folder `inside` (the handbook's path in the repository) at `rev`.
fn folder_at<'r>(
    repo: &'r gix::Repository,
    inside: &Path,
    rev: &str,
) -> Result<gix::Tree<'r>, LoadError> {
    let commit = resolve(repo, rev)?;
    let tree = commit
        .object()
        .and_then(|o| o.peel_to_tree())
        .map_err(|e| error(format!("cannot read the tree of `{rev}`: {e}")))?;
    if inside.as_os_str().is_empty() {
        return Ok(tree);
    }
    let entry = tree
        .lookup_entry_by_path(inside)
        .map_err(|e| error(format!("cannot read the tree of `{rev}`: {e}")))?
        .ok_or_else(|| error(format!("`{}` did not exist at `{rev}`", inside.display())))?;
    entry
        .object()
        .map_err(|e| error(format!("cannot read the tree of `{rev}`: {e}")))?
        .try_into_tree()
        .map_err(|_| {
            error(format!(
                "`{}` was not a folder at `{rev}`",
                inside.display()
            ))
        })
}

/// What a handbook named on the command line (`diff OLD`, `--since REV`) is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Named {
    /// A folder.
    Folder(PathBuf),
    /// A commit of the repository that holds the handbook (its full id).
    Commit(String),
}

/// Decides what `spec` names: a folder, or a revision of the repository that
/// holds `roles`. A name that is both (a folder `origin/main/` beside the
/// branch `origin/main`) is refused as ambiguous, as git refuses it, with
/// how to say which; `./NAME` or an absolute path is always a folder.
pub fn named(spec: &str, roles: &Path) -> Result<Named, LoadError> {
    let path = Path::new(spec);
    let explicit = path.is_absolute() || spec.starts_with("./") || spec.starts_with("../");
    if path.is_dir() && explicit {
        return Ok(Named::Folder(path.to_path_buf()));
    }
    let commit = locate(roles)
        .ok()
        .and_then(|(repo, _)| resolve(&repo, spec).ok().map(|id| id.to_string()));
    match (path.is_dir(), commit) {
        (true, Some(id)) => Err(error(format!(
            "`{spec}` is both a folder and a revision (commit {short}); write `./{spec}` for the folder, or the commit id for the revision",
            short = &id[..id.len().min(10)]
        ))),
        (true, None) => Ok(Named::Folder(path.to_path_buf())),
        (false, Some(id)) => Ok(Named::Commit(id)),
        // Not a folder, and not a revision: say why it is not a revision.
        (false, None) => Ok(Named::Commit(commit_of(roles, spec)?)),
    }
}

/// A handbook named on the command line (`diff`, `build --since`), loaded:
/// the folder or the revision [`named`] finds; with what to call it in
/// messages.
pub fn folder_or_revision(spec: &str, roles: &Path) -> Result<(Loaded, String), LoadError> {
    match named(spec, roles)? {
        Named::Folder(path) => Ok((super::load(&path)?, path.display().to_string())),
        Named::Commit(_) => Ok((load_at(roles, spec)?, format!("{}@{spec}", roles.display()))),
    }
}

/// One commit of [`history`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commit {
    /// Its full id.
    pub id: String,
    /// Its day and description, where they can be read.
    pub described: Option<Described>,
    /// The id of the handbook folder's tree in it, if the folder was there:
    /// two commits with the same tree hold the same handbook.
    pub folder: Option<String>,
}

/// The commits reachable from `HEAD`, newest first, at most `limit`.
pub fn history(roles: &Path, limit: usize) -> Result<Vec<Commit>, LoadError> {
    let (repo, inside) = locate(roles)?;
    let head = repo
        .head_id()
        .map_err(|e| error(format!("the repository has no commit yet: {e}")))?;
    let walk = repo
        .rev_walk([head.detach()])
        .all()
        .map_err(|e| error(format!("cannot walk the history: {e}")))?;
    let mut out = Vec::new();
    for info in walk.take(limit) {
        let info = info.map_err(|e| error(format!("cannot walk the history: {e}")))?;
        let commit = info.object().ok();
        let described = commit.as_ref().and_then(described);
        let folder = commit.and_then(|c| c.tree().ok()).and_then(|tree| {
            if inside.as_os_str().is_empty() {
                return Some(tree.id.to_string());
            }
            let entry = tree.lookup_entry_by_path(&inside).ok()??;
            entry
                .mode()
                .is_tree()
                .then(|| entry.object_id().to_string())
        });
        out.push(Commit {
            id: info.id.to_string(),
            described,
            folder,
        });
    }
    Ok(out)
}
