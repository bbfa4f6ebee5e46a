//! `rolebook build`: check, then write the site atomically; with errors, print them and leave the site alone.

use std::process::ExitCode;
use std::time::Instant;

use super::BuildArgs;
use rolebook::build::{BuildOptions, build};
use rolebook::report::{self, Format};

/// Runs `build`.
pub fn execute(args: &BuildArgs) -> Result<ExitCode, String> {
    let started = Instant::now();
    super::problem::folder(&args.roles)?;
    let opts = BuildOptions {
        roles: args.roles.clone(),
        out: args.out.clone(),
        templates: args.templates.clone(),
        deny_warnings: args.deny_warnings,
        force: args.force,
        today: args.today,
        since: args.since.clone(),
        lang: args.lang.map(super::Lang::language),
    };
    let built = build(&opts).map_err(super::problem::build)?;
    if !built.report.findings.is_empty() {
        err!(
            "{}",
            report::render(
                &built.loaded.handbook,
                &built.report,
                Format::Human,
                args.color.enabled_stderr(),
                built.language
            )
        );
    }
    match &built.output {
        Some(output) => {
            errln!(
                "wrote {} files to {} in {} ms ({})",
                output.pages,
                args.out.display(),
                started.elapsed().as_millis(),
                built.phases
            );
            if let Some(note) = &output.note {
                errln!("note: {note}");
            }
            Ok(ExitCode::SUCCESS)
        }
        None => {
            errln!(
                "not built: fix the findings above; {} is unchanged",
                args.out.display()
            );
            Ok(ExitCode::from(1))
        }
    }
}
