//! File events -> one rebuild per burst: notify, a short debounce, and a sort into change kinds.
//!
//! Editors save in many ways (write in place, write a temporary file and
//! rename it, delete and recreate); all of them end as a burst of events on
//! the handbook folder, which we fold into one [`Batch`] once the folder has
//! been quiet for the debounce interval. The handbook folder itself may
//! disappear for a moment (a `git checkout`): its parent is watched too, and
//! the recursive watch is re-established when it comes back.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};

/// What a burst of events touched.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Batch {
    /// Specs (anything under the handbook folder).
    pub specs: Vec<PathBuf>,
    /// Templates or assets.
    pub templates: Vec<PathBuf>,
    /// The watcher lost events (an overflow or an error): `specs` may be incomplete.
    pub rescan: bool,
}

impl Batch {
    /// Nothing relevant happened.
    pub fn is_empty(&self) -> bool {
        self.specs.is_empty() && self.templates.is_empty()
    }
}

/// The kind of one changed path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// A file or folder under the handbook folder.
    Spec,
    /// A template or asset.
    Template,
    /// Not ours: the output folder, editor backups, other files beside the handbook.
    Ignored,
}

/// True for the output folder and its staging siblings (`.NAME.new-PID`, `.NAME.old-PID`).
fn under_output(path: &Path, out: &Path) -> bool {
    if path.starts_with(out) {
        return true;
    }
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return false;
    };
    let staging = format!(".{}.", name.to_string_lossy());
    path.strip_prefix(parent)
        .ok()
        .and_then(|rest| rest.components().next())
        .is_some_and(|c| c.as_os_str().to_string_lossy().starts_with(&staging))
}

/// Sorts a changed path; `ignore` holds output folders.
pub fn classify(
    path: &Path,
    roles: &Path,
    templates: Option<&Path>,
    ignore: &[PathBuf],
) -> ChangeKind {
    if ignore.iter().any(|out| under_output(path, out)) {
        return ChangeKind::Ignored;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    // Editor scratch files: vim's swap and write-test files, emacs and other backups.
    let scratch = name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with(".#")
        || name == "4913";
    if scratch {
        return ChangeKind::Ignored;
    }
    if let Some(t) = templates
        && path.starts_with(t)
    {
        return ChangeKind::Template;
    }
    if path.starts_with(roles) {
        return ChangeKind::Spec;
    }
    ChangeKind::Ignored
}

/// Watches a handbook folder and its templates.
pub struct Watch {
    watcher: RecommendedWatcher,
    tx: Sender<notify::Result<notify::Event>>,
    rx: Receiver<notify::Result<notify::Event>>,
    roles: PathBuf,
    templates: Option<PathBuf>,
    ignore: Vec<PathBuf>,
    /// The handbook folder being watched, by identity: a folder replaced by
    /// another of the same name (`rm -rf roles && cp -r ... roles`, a branch
    /// switch) takes its watch with it, so the new one must be watched anew.
    watching_roles: Option<FolderId>,
    /// The parent reported the handbook folder itself created or removed:
    /// watch it anew even if the new folder has the old one's inode number.
    replaced: bool,
}

/// A folder's identity (device and inode on Unix; on other systems, that it exists).
type FolderId = (u64, u64);

fn folder_id(path: &Path) -> Option<FolderId> {
    let m = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = m;
        Some((0, 0))
    }
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watch")
            .field("roles", &self.roles)
            .finish_non_exhaustive()
    }
}

fn watcher(tx: &Sender<notify::Result<notify::Event>>) -> notify::Result<RecommendedWatcher> {
    let tx = tx.clone();
    notify::recommended_watcher(move |event| {
        let _ = tx.send(event);
    })
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

impl Watch {
    /// Starts watching. `ignore` lists folders whose events never trigger a rebuild (the output folder).
    pub fn new(
        roles: &Path,
        templates: Option<&Path>,
        ignore: &[PathBuf],
    ) -> notify::Result<Watch> {
        let (tx, rx) = channel();
        let mut w = Watch {
            watcher: watcher(&tx)?,
            tx,
            rx,
            roles: absolute(roles),
            templates: templates.map(absolute),
            ignore: ignore.iter().map(|p| absolute(p)).collect(),
            watching_roles: None,
            replaced: false,
        };
        w.watch_outer()?;
        let _ = w.rewatch();
        Ok(w)
    }

    /// Watches the handbook folder's parent (to see the folder itself go and
    /// come back) and the templates.
    fn watch_outer(&mut self) -> notify::Result<()> {
        if let Some(parent) = self.roles.parent().map(Path::to_path_buf) {
            self.watcher.watch(&parent, RecursiveMode::NonRecursive)?;
        }
        if let Some(t) = self.templates.clone().filter(|t| t.is_dir()) {
            self.watcher.watch(&t, RecursiveMode::Recursive)?;
        }
        Ok(())
    }

    /// (Re-)establishes the recursive watch on the handbook folder when it
    /// exists, or exists anew. Returns true when the watch changed: events
    /// may have been missed.
    fn rewatch(&mut self) -> bool {
        let now = folder_id(&self.roles);
        if now == self.watching_roles && !std::mem::take(&mut self.replaced) {
            return false;
        }
        if self.watching_roles.is_some() {
            // The watched folder is gone or replaced. notify keeps its own
            // record of what it watches under that path, which no longer
            // matches the folder there: start again with a new watcher.
            if let Ok(fresh) = watcher(&self.tx) {
                self.watcher = fresh;
                let _ = self.watch_outer();
            }
        }
        self.watching_roles = now.filter(|_| {
            self.watcher
                .watch(&self.roles, RecursiveMode::Recursive)
                .is_ok()
        });
        true
    }

    fn sort(&mut self, event: notify::Event, batch: &mut Batch) {
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        self.replaced |= matches!(event.kind, EventKind::Create(_) | EventKind::Remove(_))
            && event.paths.contains(&self.roles);
        batch.rescan |= event.need_rescan();
        for path in event.paths {
            match classify(&path, &self.roles, self.templates.as_deref(), &self.ignore) {
                ChangeKind::Spec => batch.specs.push(path),
                ChangeKind::Template => batch.templates.push(path),
                ChangeKind::Ignored => {}
            }
        }
    }

    /// Blocks until something relevant changes, then until `quiet` passes with no further event (at most `max_wait` in all).
    pub fn next_batch(&mut self, quiet: Duration, max_wait: Duration) -> Option<Batch> {
        let mut batch = Batch::default();
        while batch.is_empty() {
            let event = self.rx.recv().ok()?;
            match event {
                Ok(event) => self.sort(event, &mut batch),
                Err(_) => batch.rescan = true,
            }
            batch.rescan |= self.rewatch();
        }
        let started = Instant::now();
        loop {
            match self.rx.recv_timeout(quiet) {
                Ok(Ok(event)) => self.sort(event, &mut batch),
                Ok(Err(_)) => batch.rescan = true,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return None,
            }
            if started.elapsed() >= max_wait {
                break;
            }
        }
        batch.rescan |= self.rewatch();
        batch.specs.sort();
        batch.specs.dedup();
        batch.templates.sort();
        batch.templates.dedup();
        Some(batch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_paths_into_change_kinds() {
        let roles = Path::new("/h/roles");
        let templates = Some(Path::new("/h/templates"));
        let ignore = [PathBuf::from("/h/roles/site")];
        let kind = |p: &str| classify(Path::new(p), roles, templates, &ignore);
        assert_eq!(kind("/h/roles/courier.yaml"), ChangeKind::Spec);
        assert_eq!(kind("/h/roles/sales"), ChangeKind::Spec);
        assert_eq!(kind("/h/templates/role.html"), ChangeKind::Template);
        assert_eq!(kind("/h/roles/.courier.yaml.swp"), ChangeKind::Ignored);
        assert_eq!(kind("/h/roles/courier.yaml~"), ChangeKind::Ignored);
        assert_eq!(kind("/h/roles/4913"), ChangeKind::Ignored);
        assert_eq!(kind("/h/roles/site/index.html"), ChangeKind::Ignored);
        assert_eq!(
            kind("/h/roles/.site.new-42/index.html"),
            ChangeKind::Ignored
        );
        assert_eq!(kind("/h/README.md"), ChangeKind::Ignored);
    }
}
