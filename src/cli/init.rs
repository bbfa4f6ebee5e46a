//! `rolebook init [DIR]`: a starter handbook (two roles, one process) that passes `check`, in the user's language.

use std::process::ExitCode;

use super::InitArgs;
use rolebook::i18n::say;
use rolebook::{starter, text};

/// Runs `init`: refuses, before writing anything, when any of the files exists.
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
    for path in starter::write_all(&args.dir, &files)? {
        let path = path.display().to_string();
        outln!("{}", say(language, &text!("wrote-file", path = path)))?;
    }
    let dir = args.dir.display().to_string();
    outln!("\n{}", say(language, &text!("init-next", dir = dir)))?;
    Ok(ExitCode::SUCCESS)
}
