//! Writes a rendered site to disk atomically, and only into a folder that rolebook made.
//!
//! Every site carries a marker file ([`MARKER`]) at its root. [`Target::check`]
//! refuses an output folder that holds anything else (a user's folder, a git
//! repository, the current folder, the handbook itself) unless `--force`.
//! A new site is filled in a staging folder beside the target, then swapped
//! into place (`renameat2(RENAME_EXCHANGE)` on Linux, two renames elsewhere),
//! so a reader sees the old handbook or the new one, never half of one.
//! A mount point cannot be swapped: there the staging folder sits inside it
//! and its files are moved into place one by one (each atomically), and the
//! caller is told so. A staging folder left by an interrupted build is found
//! by its marker, which its build holds locked, and removed by the next one.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostic::Text;
use crate::render::{Page, Site};
use crate::text;

/// Writes one file whole: through a temporary file beside it, renamed over
/// it, so a reader sees the old file or the new one, never half of one, and
/// a link at `path` is replaced, never written through. The file keeps the
/// permissions of the one it replaces; a new one is readable as a file
/// `fs::write` makes (the umask applies), not private as a temporary file is.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut new = tempfile::Builder::new();
    let kept = fs::symlink_metadata(path)
        .ok()
        .filter(fs::Metadata::is_file)
        .map(|m| m.permissions());
    if let Some(permissions) = kept {
        new.permissions(permissions);
    } else {
        #[cfg(unix)]
        new.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    }
    let mut file = new.tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The file at the root of every site rolebook writes: its mark of ownership.
pub const MARKER: &str = ".rolebook-site";

/// What the marker file says to a person who opens it.
const MARKER_TEXT: &str = "This folder is a handbook site written by rolebook.\n\
rolebook replaces all of it on every build; keep nothing else here.\n\
Without this file rolebook refuses to write into the folder.\n";

/// The prefix of a staging folder inside a mount point.
const INNER_STAGING: &str = ".rolebook-new-";

/// A checked output folder.
#[derive(Clone, Debug)]
pub struct Target {
    /// As the user named it, for messages.
    shown: PathBuf,
    /// The folder written: absolute, a symbolic link resolved.
    dir: PathBuf,
    /// A mount point: updated in place, file by file, instead of swapped.
    in_place: bool,
}

/// How a site was written.
#[derive(Debug, Default)]
pub struct Written {
    /// Files written.
    pub files: usize,
    /// Something the user should know (the site was updated in place).
    pub note: Option<String>,
}

fn context(e: io::Error, action: &str, path: &Path) -> String {
    format!("cannot {action} `{}`: {e}", path.display())
}

impl Target {
    /// Checks that `out` may be replaced by a site. Refused: a folder that
    /// holds one of `protect` (the handbook and template folders), always;
    /// unless `force`, the current folder or one holding it, a folder with a
    /// `.git`, and any non-empty folder without [`MARKER`]. A symbolic link
    /// is written through (its target is replaced, the link stays).
    /// The refusal is worded for the reader, who may read another language.
    pub fn check(out: &Path, protect: &[&Path], force: bool) -> Result<Target, Text> {
        let shown = out.to_path_buf();
        let at = out.display().to_string();
        let io = |e: io::Error| text!("io-error", detail = context(e, "resolve", out));
        let link = fs::symlink_metadata(out).ok();
        let dir = match &link {
            None => std::path::absolute(out).map_err(io)?,
            Some(m) => {
                let dir = fs::canonicalize(out).map_err(|e| {
                    if m.is_symlink() {
                        text!("out-dangling-link", out = &at, detail = e.to_string())
                    } else {
                        io(e)
                    }
                })?;
                if !dir.is_dir() {
                    return Err(text!("out-not-a-folder", out = &at));
                }
                dir
            }
        };
        for p in protect {
            let Ok(p) = fs::canonicalize(p) else { continue };
            if p.starts_with(&dir) {
                return Err(if p == dir {
                    text!("out-is-input", out = &at)
                } else {
                    text!(
                        "out-holds-input",
                        out = &at,
                        input = p.display().to_string()
                    )
                });
            }
        }
        let target = Target {
            in_place: link.is_some() && is_mount_point(&dir),
            shown,
            dir,
        };
        if !force && link.is_some() {
            target.refuse_foreign()?;
        }
        Ok(target)
    }

    /// Refuses an existing folder that rolebook did not make.
    fn refuse_foreign(&self) -> Result<(), Text> {
        let out = self.shown.display().to_string();
        if let Ok(cwd) = std::env::current_dir().and_then(fs::canonicalize)
            && cwd.starts_with(&self.dir)
        {
            return Err(text!("out-current-folder", out = &out));
        }
        if fs::symlink_metadata(self.dir.join(".git")).is_ok() {
            return Err(text!("out-git", out = &out));
        }
        if self.dir.join(MARKER).is_file() {
            return Ok(());
        }
        let entries = fs::read_dir(&self.dir)
            .map_err(|e| text!("io-error", detail = context(e, "read", &self.dir)))?;
        let foreign = entries
            .filter_map(Result::ok)
            .filter(|e| !e.file_name().to_string_lossy().starts_with(INNER_STAGING))
            .count();
        if foreign > 0 {
            return Err(text!(
                "out-foreign",
                out = &out,
                marker = MARKER,
                count = foreign
            ));
        }
        Ok(())
    }

    /// The folder written to (absolute, links resolved).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn staging(&self) -> PathBuf {
        let pid = std::process::id();
        if self.in_place {
            return self.dir.join(format!("{INNER_STAGING}{pid}"));
        }
        let name = self
            .dir
            .file_name()
            .map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
        let parent = self.dir.parent().unwrap_or(Path::new("/"));
        parent.join(format!(".{name}.new-{pid}"))
    }

    /// Staging folders of builds of this target that are no longer running.
    fn leftovers(&self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let mut scan = |folder: &Path, prefixes: &[String]| {
            let Ok(entries) = fs::read_dir(folder) else {
                return;
            };
            for e in entries.filter_map(Result::ok) {
                let name = e.file_name().to_string_lossy().into_owned();
                if prefixes.iter().any(|p| name.starts_with(p.as_str())) {
                    found.push(e.path());
                }
            }
        };
        if let (Some(parent), Some(name)) = (self.dir.parent(), self.dir.file_name()) {
            let name = name.to_string_lossy();
            scan(parent, &[format!(".{name}.new-"), format!(".{name}.old-")]);
        }
        scan(&self.dir, &[INNER_STAGING.to_string()]);
        found
    }
}

/// Whether `dir` is on another file system than its parent (a mount point).
fn is_mount_point(dir: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Some(parent) = dir.parent() else {
            return true;
        };
        match (fs::metadata(dir), fs::metadata(parent)) {
            (Ok(a), Ok(b)) => a.dev() != b.dev(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        dir.parent().is_none()
    }
}

/// Removes a staging folder whose build has ended: one whose marker nobody
/// holds locked, or an empty one. Anything without a marker is left alone.
fn remove_if_abandoned(path: &Path) {
    if !fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        return;
    }
    let marker = path.join(MARKER);
    match fs::symlink_metadata(&marker) {
        // A pipe, a link or a folder by that name is not a marker rolebook
        // made: left alone, and never opened (opening a pipe waits).
        Ok(m) if !m.is_file() => return,
        _ => {}
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Even if a pipe took the marker's place since it was looked at.
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    match options.open(&marker) {
        Ok(marker) => {
            if marker.try_lock().is_ok() {
                drop(marker);
                let _ = remove_tree(path);
            }
        }
        // Interrupted between creating the folder and its marker: only if empty.
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let _ = fs::remove_dir(path);
        }
        Err(_) => {}
    }
}

/// Writes `site` into `target`, replacing what was there only once everything is written.
pub fn write_site(site: &Site, target: &Target) -> Result<Written, String> {
    write_streaming(target, |staging| {
        site.pages
            .par_iter()
            .try_for_each(|page| staging.page(page.clone()))?;
        Ok(site.pages.len())
    })
}

/// The folder a build writes into before it is swapped in: pages go in whole,
/// or large files are streamed into it piece by piece.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    /// The site being replaced, if any.
    previous: Option<PathBuf>,
    /// Folders known to exist: a site has a handful, and asking the file
    /// system for each of its thousands of files cost a `stat` a file.
    folders: std::sync::RwLock<HashSet<PathBuf>>,
}

impl Staging {
    /// Writes one page (from any thread). A page byte-identical to the one it
    /// replaces is hard-linked from the old site instead: most of a rebuild is
    /// unchanged, and a new link costs the file system far less than a new file.
    pub fn page(&self, page: Page) -> Result<(), String> {
        let path = self.folder_for(&page.path)?;
        if let Some(old) = self.previous.as_ref().map(|d| d.join(&page.path))
            && unchanged(&old, &page.bytes)
            && fs::hard_link(&old, &path).is_ok()
        {
            return Ok(());
        }
        fs::write(&path, &page.bytes).map_err(|e| context(e, "write", &path))
    }

    /// The staging folder itself (to read back what was written).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn folder_for(&self, rel: &str) -> Result<PathBuf, String> {
        let path = self.dir.join(rel);
        let Some(parent) = path.parent() else {
            return Ok(path);
        };
        if self.folders.read().is_ok_and(|set| set.contains(parent)) {
            return Ok(path);
        }
        fs::create_dir_all(parent).map_err(|e| context(e, "create folder", parent))?;
        if let Ok(mut set) = self.folders.write() {
            set.insert(parent.to_path_buf());
        }
        Ok(path)
    }
}

/// Like [`write_site`], but `produce` writes pages into the staging folder as
/// they are ready (from any thread) and returns the number of files written.
/// On any error the old site is left as it was and the staging folder removed.
pub fn write_streaming(
    target: &Target,
    produce: impl FnOnce(&Staging) -> Result<usize, String>,
) -> Result<Written, String> {
    for leftover in target.leftovers() {
        remove_if_abandoned(&leftover);
    }
    let staging = target.staging();
    if staging.exists() {
        // Ours from an earlier run in this process (serve): not in use now.
        remove_tree(&staging).map_err(|e| context(e, "remove stale folder", &staging))?;
    }
    let result = mark(&staging).and_then(|marker| {
        let files = produce(&Staging {
            dir: staging.clone(),
            previous: target.dir.is_dir().then(|| target.dir.clone()),
            folders: Default::default(),
        })?;
        let note = if target.in_place {
            move_in_place(&staging, &target.dir)?;
            Some(format!(
                "`{}` is a mount point and cannot be swapped whole: its files were \
                 replaced one by one",
                target.shown.display()
            ))
        } else {
            swap(&staging, &target.dir)?;
            None
        };
        drop(marker);
        Ok(Written { files, note })
    });
    if result.is_err() && fs::symlink_metadata(&staging).is_ok() {
        // Never leave a half-written staging folder behind.
        let _ = remove_tree(&staging);
    }
    result
}

/// Creates the staging folder with its marker, held locked while the build runs.
fn mark(staging: &Path) -> Result<fs::File, String> {
    if let Some(parent) = staging.parent() {
        fs::create_dir_all(parent).map_err(|e| context(e, "create folder", parent))?;
    }
    fs::create_dir(staging).map_err(|e| context(e, "create folder", staging))?;
    let path = staging.join(MARKER);
    let marker = fs::File::create(&path).map_err(|e| context(e, "create", &path))?;
    marker
        .try_lock()
        .map_err(|e| context(io::Error::other(e.to_string()), "lock", &path))?;
    io::Write::write_all(&mut &marker, MARKER_TEXT.as_bytes())
        .map_err(|e| context(e, "write", &path))?;
    Ok(marker)
}

/// Whether the regular file at `path` holds exactly `bytes`.
fn unchanged(path: &Path, bytes: &[u8]) -> bool {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
            fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

/// Removes a folder tree, deleting its files in parallel first. A tree that
/// is already gone (removed by a concurrent build) is not an error.
pub fn remove_tree(dir: &Path) -> io::Result<()> {
    let files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    files.par_iter().for_each(|f| {
        // Whatever fails here is retried, and reported, by remove_dir_all below.
        let _ = fs::remove_file(f);
    });
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// Every folder of the site at `dir` must be writable, or its files could
/// not be removed after the swap, and the old site would be left beside the
/// new one. Checked before anything moves.
fn removable(dir: &Path) -> Result<(), String> {
    #[cfg(unix)]
    for entry in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
    {
        if entry.file_type().is_dir()
            && rustix::fs::access(entry.path(), rustix::fs::Access::WRITE_OK).is_err()
        {
            return Err(format!(
                "cannot replace the site: `{}` is read-only, so its old files could not be \
                 removed; make it writable (chmod -R u+w) and build again; the old site is unchanged",
                entry.path().display()
            ));
        }
    }
    Ok(())
}

fn swap(staging: &Path, out: &Path) -> Result<(), String> {
    if !out.exists() {
        return fs::rename(staging, out).map_err(|e| context(e, "move the new site to", out));
    }
    removable(out)?;
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE).is_ok() {
            // `staging` now holds the old site.
            return remove_tree(staging).map_err(|e| context(e, "remove the old site", staging));
        }
    }
    let old = staging.with_file_name(
        staging
            .file_name()
            .map(|n| n.to_string_lossy().replace(".new-", ".old-"))
            .unwrap_or_default(),
    );
    fs::rename(out, &old).map_err(|e| context(e, "move the old site away from", out))?;
    if let Err(e) = fs::rename(staging, out) {
        // Put the old site back before reporting.
        let _ = fs::rename(&old, out);
        return Err(context(e, "move the new site to", out));
    }
    remove_tree(&old).map_err(|e| context(e, "remove the old site", &old))
}

/// Moves every file of `staging` (a folder inside `out`) into `out`, each
/// with one rename, then removes what the new site no longer has.
fn move_in_place(staging: &Path, out: &Path) -> Result<(), String> {
    removable(out)?;
    let mut keep: HashSet<PathBuf> = HashSet::new();
    for entry in walkdir::WalkDir::new(staging).min_depth(1) {
        let entry = entry.map_err(|e| format!("cannot read `{}`: {e}", staging.display()))?;
        let Ok(rel) = entry.path().strip_prefix(staging) else {
            continue;
        };
        let dest = out.join(rel);
        keep.insert(rel.to_path_buf());
        if entry.file_type().is_dir() {
            if !dest.is_dir() {
                if fs::symlink_metadata(&dest).is_ok() {
                    fs::remove_file(&dest).map_err(|e| context(e, "replace", &dest))?;
                }
                fs::create_dir(&dest).map_err(|e| context(e, "create folder", &dest))?;
            }
        } else {
            if dest.is_dir() {
                remove_tree(&dest).map_err(|e| context(e, "replace", &dest))?;
            }
            fs::rename(entry.path(), &dest).map_err(|e| context(e, "replace", &dest))?;
        }
    }
    remove_tree(staging).map_err(|e| context(e, "remove", staging))?;
    // Deepest first, so a folder is empty by the time it is removed.
    let gone: Vec<(PathBuf, bool)> = walkdir::WalkDir::new(out)
        .min_depth(1)
        .contents_first(true)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let rel = e.path().strip_prefix(out).ok()?.to_path_buf();
            let name = rel.to_string_lossy();
            (!keep.contains(&rel) && !name.starts_with(INNER_STAGING))
                .then(|| (e.path().to_path_buf(), e.file_type().is_dir()))
        })
        .collect();
    for (path, is_dir) in gone {
        let removed = if is_dir {
            fs::remove_dir(&path)
        } else {
            fs::remove_file(&path)
        };
        removed.map_err(|e| context(e, "remove", &path))?;
    }
    Ok(())
}
