//! `rolebook check`: load and check the handbook, print the findings, exit 0/1/2.

use std::process::ExitCode;

use super::CheckArgs;
use std::path::Path;

use rolebook::build::{BuildOptions, Checked, Phases, load_and_check};
use rolebook::{load, report};

/// Loads and checks the handbook in `roles` as `build` does (the commands
/// that only read it: `check`, `coverage`); a folder that cannot be read is
/// said in `lang`, else the terminal's language.
pub fn checked(
    roles: &Path,
    today: Option<jiff::civil::Date>,
    lang: Option<super::Lang>,
) -> Result<Checked, String> {
    let problem = super::problem::said_in(lang);
    problem.folder(roles)?;
    let opts = BuildOptions {
        roles: roles.to_path_buf(),
        today,
        lang,
        ..BuildOptions::default()
    };
    load_and_check(
        &opts,
        &mut load::ParseCache::one_shot(),
        &mut Phases::default(),
    )
    .map_err(|e| problem.build(e))
}

/// Runs `check`.
pub fn execute(args: &CheckArgs) -> Result<ExitCode, String> {
    let checked = checked(&args.roles, args.today, args.lang)?;
    let (loaded, result) = (checked.loaded, checked.report);
    out!(
        "{}",
        report::render(
            &loaded.handbook,
            &result,
            args.format,
            args.color.enabled(),
            report::language(&loaded.handbook, args.lang)
        )
    )?;
    let code = ExitCode::from(u8::from(result.fails(args.deny_warnings)));
    // The process ends here: handing the model's few hundred thousand
    // allocations back one by one would be a tenth of the command's time.
    std::mem::forget((loaded, result, checked.compiled));
    Ok(code)
}
