//! `rolebook build`: check, then write the site atomically; with errors, print them and leave the site alone.

use std::process::ExitCode;
use std::time::Instant;

use super::BuildArgs;
use rolebook::build::{BuildOptions, build};
use rolebook::i18n::say;
use rolebook::report::{self, Format};
use rolebook::text;

/// Runs `build`.
pub fn execute(args: &BuildArgs) -> Result<ExitCode, String> {
    let started = Instant::now();
    let problem = super::problem::said_in(args.site.lang);
    let opts = BuildOptions {
        deny_warnings: args.deny_warnings,
        today: args.today,
        ..args.site.options()?
    };
    let built = build(&opts).map_err(|e| problem.build(e))?;
    // A `templates/` folder beside the handbook changes every page: say so
    // (unless it holds only the built-in templates as they are).
    if let Some(dir) = opts
        .template_dir()
        .filter(|d| rolebook::render::overrides_anything(d))
    {
        let note = text!("build-templates", dir = dir.display().to_string());
        errln!("{}", say(built.language, &note));
    }
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
            let wrote = text!(
                "build-wrote",
                count = output.pages,
                out = args.site.out.display().to_string(),
                ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
                phases = built.phases.said(built.language)
            );
            errln!("{}", say(built.language, &wrote));
            if let Some(note) = &output.note {
                errln!("note: {note}");
            }
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let out = args.site.out.display().to_string();
            errln!("{}", say(built.language, &text!("build-not", out = out)));
            Ok(ExitCode::from(1))
        }
    }
}
