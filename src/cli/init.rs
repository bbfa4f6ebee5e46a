//! `rolebook init [DIR]`: a starter handbook (two roles, one process) that passes `check`, in the user's language.

use std::process::ExitCode;

use super::InitArgs;
use rolebook::i18n::say;
use rolebook::{starter, text};

/// The YAML files already under `dir` that the loader would read as part of
/// the handbook (a project's `docker-compose.yml` would become a role): the
/// first few, by path.
fn other_yaml(dir: &std::path::Path) -> Vec<String> {
    const SHOWN: usize = 5;
    let mut found = Vec::new();
    let walk = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk.flatten() {
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(dir) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rolebook::load::classify(&rel).is_some() {
            found.push(rel);
            if found.len() == SHOWN {
                break;
            }
        }
    }
    found
}

/// Runs `init`: refuses, before writing anything, when any of the files
/// exists, or when the folder holds other YAML files (unless `--force`).
pub fn execute(args: &InitArgs) -> Result<ExitCode, String> {
    let language = super::or_locale(args.lang);
    let files = starter::starter_files(language);
    let links = starter::links(&args.dir, &files);
    if !links.is_empty() {
        let files = links.join(", ");
        return Err(say(language, &text!("write-refuses-link", files = files)));
    }
    let existing = starter::existing(&args.dir, &files);
    if !existing.is_empty() {
        let files = existing.join(", ");
        return Err(say(language, &text!("init-refuses", files = files)));
    }
    let others = other_yaml(&args.dir);
    if !others.is_empty() && !args.force {
        let files = others.join(", ");
        return Err(say(language, &text!("init-other-yaml", files = files)));
    }
    for path in starter::write_all(&args.dir, &files)? {
        let path = path.display().to_string();
        outln!("{}", say(language, &text!("wrote-file", path = path)))?;
    }
    let dir = args.dir.display().to_string();
    outln!("\n{}", say(language, &text!("init-next", dir = dir)))?;
    Ok(ExitCode::SUCCESS)
}
