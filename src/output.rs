//! Writes a rendered site to disk atomically: a new folder is filled, then swapped into place.
//!
//! A reader (or `serve`) never sees half a handbook: until the swap the old
//! site is complete, after it the new one is. On Linux the swap is one
//! `renameat2(RENAME_EXCHANGE)`; elsewhere it is two renames in quick succession.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::render::{Page, Site};

fn sibling(out: &Path, tag: &str) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    parent.join(format!(".{name}.{tag}-{}", std::process::id()))
}

fn context(e: io::Error, action: &str, path: &Path) -> io::Error {
    io::Error::new(
        e.kind(),
        format!("cannot {action} `{}`: {e}", path.display()),
    )
}

/// Writes `site` into the folder `out`, replacing what was there only once everything is written.
pub fn write_site(site: &Site, out: &Path) -> io::Result<()> {
    write_streaming(out, |staging| {
        site.pages
            .par_iter()
            .try_for_each(|page| staging.page(page.clone()))?;
        Ok(site.pages.len())
    })
    .map(|_| ())
    .map_err(io::Error::other)
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
    /// unchanged, and a new link costs the file system far less than a new
    /// file, above all right after thousands were deleted (ext4 searches its
    /// inode tables for ones not recently freed). The old folder's removal
    /// then frees no inodes either.
    pub fn page(&self, page: Page) -> Result<(), String> {
        let path = self.folder_for(&page.path)?;
        if let Some(old) = self.previous.as_ref().map(|d| d.join(&page.path))
            && unchanged(&old, &page.bytes)
            && fs::hard_link(&old, &path).is_ok()
        {
            return Ok(());
        }
        fs::write(&path, &page.bytes).map_err(|e| context(e, "write", &path).to_string())
    }

    /// Creates a file to be written in pieces.
    pub fn open(&self, rel: &str) -> Result<Box<dyn io::Write + Send>, String> {
        let path = self.folder_for(rel)?;
        let file = fs::File::create(&path).map_err(|e| context(e, "create", &path).to_string())?;
        Ok(Box::new(io::BufWriter::with_capacity(1 << 20, file)))
    }

    fn folder_for(&self, rel: &str) -> Result<PathBuf, String> {
        let path = self.dir.join(rel);
        let Some(parent) = path.parent() else {
            return Ok(path);
        };
        if self.folders.read().is_ok_and(|set| set.contains(parent)) {
            return Ok(path);
        }
        fs::create_dir_all(parent).map_err(|e| context(e, "create folder", parent).to_string())?;
        if let Ok(mut set) = self.folders.write() {
            set.insert(parent.to_path_buf());
        }
        Ok(path)
    }
}

/// Like [`write_site`], but `produce` writes pages into the staging folder as
/// they are ready (from any thread); returns the number of files written.
pub fn write_streaming(
    out: &Path,
    produce: impl FnOnce(&Staging) -> Result<usize, String>,
) -> Result<usize, String> {
    let staging = sibling(out, "new");
    if staging.exists() {
        fs::remove_dir_all(&staging)
            .map_err(|e| context(e, "remove stale folder", &staging).to_string())?;
    }
    let result = fs::create_dir_all(&staging)
        .map_err(|e| context(e, "create folder", &staging).to_string())
        .and_then(|()| {
            produce(&Staging {
                dir: staging.clone(),
                previous: out.is_dir().then(|| out.to_path_buf()),
                folders: Default::default(),
            })
        })
        .and_then(|n| swap(&staging, out).map(|()| n).map_err(|e| e.to_string()));
    if result.is_err() && staging.exists() {
        // Best effort: never leave a half-written staging folder behind.
        let _ = fs::remove_dir_all(&staging);
    }
    result
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

fn fill(site: &Site, dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir).map_err(|e| context(e, "create folder", dir))?;
    let folders: BTreeSet<&str> = site
        .pages
        .iter()
        .filter_map(|p| p.path.rsplit_once('/').map(|(d, _)| d))
        .collect();
    for f in folders {
        let path = dir.join(f);
        fs::create_dir_all(&path).map_err(|e| context(e, "create folder", &path))?;
    }
    // Thousands of small files: both cores write.
    site.pages.par_iter().try_for_each(|page| {
        let path = dir.join(&page.path);
        fs::write(&path, &page.bytes).map_err(|e| context(e, "write", &path))
    })
}

/// Brings `out` (which holds `old`) to `new` by writing only the files that
/// changed, each atomically (a temporary file renamed over the old one), and
/// removing the files that are gone. For `serve` and `watch`, where one save
/// changes a few pages of thousands.
pub fn write_changes(old: &Site, new: &Site, out: &Path) -> io::Result<()> {
    let before: std::collections::HashMap<&str, &[u8]> = old
        .pages
        .iter()
        .map(|p| (p.path.as_str(), &p.bytes[..]))
        .collect();
    let changed: Vec<&Page> = new
        .pages
        .iter()
        .filter(|p| before.get(p.path.as_str()) != Some(&&p.bytes[..]))
        .collect();
    changed.par_iter().try_for_each(|page| {
        let path = out.join(&page.path);
        if let Some(parent) = path.parent().filter(|p| !p.is_dir()) {
            fs::create_dir_all(parent).map_err(|e| context(e, "create folder", parent))?;
        }
        let tmp = path.with_file_name(format!(
            ".{}.tmp-{}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            std::process::id()
        ));
        fs::write(&tmp, &page.bytes).map_err(|e| context(e, "write", &tmp))?;
        fs::rename(&tmp, &path).map_err(|e| context(e, "replace", &path))
    })?;
    let now: BTreeSet<&str> = new.pages.iter().map(|p| p.path.as_str()).collect();
    for gone in old.pages.iter().filter(|p| !now.contains(p.path.as_str())) {
        let path = out.join(&gone.path);
        match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => {
                return Err(context(e, "remove", &path));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Replaces the folder `out/NAME` with `pages` (whose paths start with `NAME/`), atomically, leaving the rest of `out` alone.
pub fn replace_folder(out: &Path, name: &str, pages: &[Page]) -> io::Result<()> {
    let staging_root = sibling(&out.join(name), "new");
    if staging_root.exists() {
        fs::remove_dir_all(&staging_root)
            .map_err(|e| context(e, "remove stale folder", &staging_root))?;
    }
    let site = Site {
        pages: pages.to_vec(),
    };
    let result =
        fill(&site, &staging_root).and_then(|()| swap(&staging_root.join(name), &out.join(name)));
    let _ = fs::remove_dir_all(&staging_root);
    result
}

/// Removes a folder tree, deleting its files in parallel first.
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
    fs::remove_dir_all(dir)
}

fn swap(staging: &Path, out: &Path) -> io::Result<()> {
    if !out.exists() {
        return fs::rename(staging, out).map_err(|e| context(e, "move the new site to", out));
    }
    if !fs::metadata(out)
        .map_err(|e| context(e, "read", out))?
        .is_dir()
    {
        return Err(io::Error::other(format!(
            "`{}` exists and is not a folder; choose another --out",
            out.display()
        )));
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE).is_ok() {
            // `staging` now holds the old site.
            return fs::remove_dir_all(staging)
                .map_err(|e| context(e, "remove the old site", staging));
        }
    }
    let old = sibling(out, "old");
    fs::rename(out, &old).map_err(|e| context(e, "move the old site away from", out))?;
    fs::rename(staging, out).map_err(|e| context(e, "move the new site to", out))?;
    remove_tree(&old).map_err(|e| context(e, "remove the old site", &old))
}
