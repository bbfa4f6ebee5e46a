//! `rolebook diff OLD [NEW]`: what changed for each role and process between two handbooks (folders or git revisions).

use std::process::ExitCode;

use super::DiffArgs;
use rolebook::diff::{self, Renames};
use rolebook::load::{self, Loaded};

/// Output formats of `diff` and `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ChangeFormat {
    /// For a terminal.
    Human,
    /// To post on a pull request.
    Markdown,
    /// For tools.
    Json,
}

/// Runs `diff`.
pub fn execute(args: &DiffArgs) -> Result<ExitCode, String> {
    let problem = super::problem::said_in(args.lang);
    // A handbook given on the command line: a folder, or a git revision.
    let side = |spec: &str| -> Result<(Loaded, String), String> {
        load::git::folder_or_revision(spec, &args.roles).map_err(|e| problem.load(e))
    };
    let (old, old_label) = side(&args.old)?;
    let (new, new_label) = match &args.new {
        Some(spec) => side(spec)?,
        None => {
            problem.folder(&args.roles)?;
            let loaded = load::load(&args.roles).map_err(|e| problem.load(e))?;
            (loaded, args.roles.display().to_string())
        }
    };
    let today = rolebook::model::today();
    let mut d = diff::diff(
        &rolebook::compile::compile(&old.handbook, today),
        &rolebook::compile::compile(&new.handbook, today),
        &Renames::of(&new.handbook),
    );
    d.old = old_label;
    d.new = new_label;
    let language = args.lang.unwrap_or(new.handbook.settings.language);
    match args.format {
        ChangeFormat::Human => out!("{}", diff::human(&d, language))?,
        ChangeFormat::Markdown => out!("{}", diff::markdown(&d, language))?,
        ChangeFormat::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&d).map_err(|e| e.to_string())?
        )?,
    }
    Ok(ExitCode::SUCCESS)
}
