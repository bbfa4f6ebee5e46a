//! Writes a rendered site to disk atomically: a new folder is filled, then swapped into place.
//!
//! A reader (or `serve`) never sees half a handbook: until the swap the old
//! site is complete, after it the new one is. On Linux the swap is one
//! `renameat2(RENAME_EXCHANGE)`; elsewhere it is two renames in quick succession.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::render::Site;

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
    let staging = sibling(out, "new");
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(|e| context(e, "remove stale folder", &staging))?;
    }
    let result = fill(site, &staging).and_then(|()| swap(&staging, out));
    if result.is_err() && staging.exists() {
        // Best effort: never leave a half-written staging folder behind.
        let _ = fs::remove_dir_all(&staging);
    }
    result
}

fn fill(site: &Site, dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir).map_err(|e| context(e, "create folder", dir))?;
    for page in &site.pages {
        let path = dir.join(&page.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| context(e, "create folder", parent))?;
        }
        fs::write(&path, &page.bytes).map_err(|e| context(e, "write", &path))?;
    }
    Ok(())
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
    fs::remove_dir_all(&old).map_err(|e| context(e, "remove the old site", &old))
}
