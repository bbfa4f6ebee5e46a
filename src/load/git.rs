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

/// Every file under `tree`, with its path below it.
fn files(
    repo: &gix::Repository,
    tree: gix::Tree<'_>,
    prefix: &str,
    out: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), LoadError> {
    let failed = |e: &dyn std::fmt::Display| error(format!("cannot read the repository: {e}"));
    for entry in tree.iter() {
        let entry = entry.map_err(|e| failed(&e))?;
        let name = format!("{prefix}{}", entry.filename());
        let mode = entry.mode();
        if mode.is_tree() {
            let sub = repo
                .find_object(entry.object_id())
                .map_err(|e| failed(&e))?;
            files(repo, sub.into_tree(), &format!("{name}/"), out)?;
        } else if mode.is_blob() {
            let blob = repo
                .find_object(entry.object_id())
                .map_err(|e| failed(&e))?;
            out.push((name, blob.detach().data));
        }
    }
    Ok(())
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

/// The handbook folder `roles` as committed at `rev` (any revision git
/// understands: `HEAD~1`, `main`, a tag, a commit id), loaded as [`super::load`]
/// loads a folder.
pub fn load_at(roles: &Path, rev: &str) -> Result<Loaded, LoadError> {
    let (repo, inside) = locate(roles)?;
    let commit = resolve(&repo, rev)?;
    let tree = commit
        .object()
        .and_then(|o| o.peel_to_tree())
        .map_err(|e| error(format!("cannot read the tree of `{rev}`: {e}")))?;
    let folder = if inside.as_os_str().is_empty() {
        tree
    } else {
        let entry = tree
            .lookup_entry_by_path(&inside)
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
            })?
    };
    let mut found = Vec::new();
    files(&repo, folder, "", &mut found)?;
    let label = PathBuf::from(format!("{}@{rev}", roles.display()));
    Ok(load_files(&label, found))
}

/// A handbook named on the command line (`diff`, `build --since`): the
/// folder `spec` if there is one by that name, else `roles` as committed at
/// the revision `spec`; with what to call it in messages.
pub fn folder_or_revision(spec: &str, roles: &Path) -> Result<(Loaded, String), LoadError> {
    let path = Path::new(spec);
    if path.is_dir() {
        return Ok((super::load(path)?, path.display().to_string()));
    }
    Ok((load_at(roles, spec)?, format!("{}@{spec}", roles.display())))
}

/// The commits reachable from `HEAD`, newest first, at most `limit`:
/// (commit id, its date `YYYY-MM-DD` in UTC).
pub fn history(roles: &Path, limit: usize) -> Result<Vec<(String, String)>, LoadError> {
    let (repo, _) = locate(roles)?;
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
        let id = info.id.to_string();
        let date = info
            .object()
            .ok()
            .and_then(|c| c.time().ok())
            .map(|t| {
                jiff::Timestamp::from_second(t.seconds)
                    .map(|ts| ts.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        out.push((id, date));
    }
    Ok(out)
}
