//! `rolebook check`: load and check the handbook, print the findings, exit 0/1/2.

use std::process::ExitCode;

use super::CheckArgs;
use rolebook::build::{BuildOptions, Phases, load_and_check};
use rolebook::{load, report};

/// Runs `check`.
pub fn execute(args: &CheckArgs) -> Result<ExitCode, String> {
    let problem = super::problem::said_in(args.lang);
    problem.folder(&args.roles)?;
    let opts = BuildOptions {
        roles: args.roles.clone(),
        today: args.today,
        lang: args.lang,
        ..BuildOptions::default()
    };
    let checked = load_and_check(
        &opts,
        &mut load::ParseCache::one_shot(),
        &mut Phases::default(),
    )
    .map_err(|e| problem.build(e))?;
    let (loaded, result) = (checked.loaded, checked.report);
    out!(
        "{}",
        report::render(
            &loaded.handbook,
            &result,
            args.format,
            args.color.enabled(),
            report::language(&loaded.handbook, opts.lang)
        )
    )?;
    let code = ExitCode::from(u8::from(result.fails(args.deny_warnings)));
    // The process ends here: handing the model's few hundred thousand
    // allocations back one by one would be a tenth of the command's time.
    std::mem::forget((loaded, result, checked.compiled));
    Ok(code)
}
