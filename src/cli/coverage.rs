//! `rolebook coverage`: how much of the conveyor is written down; fails below `--min`.

use std::process::ExitCode;

use super::CoverageArgs;
use rolebook::{check, compile, load};

/// Runs `coverage`.
pub fn execute(args: &CoverageArgs) -> Result<ExitCode, String> {
    let problem = super::problem::said_in(None);
    problem.folder(&args.roles)?;
    let loaded = load::load(&args.roles).map_err(|e| problem.load(e))?;
    let errors = check::check_on(&loaded, args.today.unwrap_or_else(check::today)).errors();
    let compiled = compile::compile(&loaded.handbook);
    let cov = &compiled.coverage;
    match args.format {
        CoverageFormat::Json => {
            let mut value = serde_json::to_value(cov).map_err(|e| e.to_string())?;
            if let Some(min) = args.min {
                value["min"] = serde_json::json!(min);
                value["passed"] = serde_json::json!(cov.total >= min);
            }
            outln!(
                "{}",
                serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?
            )?;
        }
        CoverageFormat::Human => {
            for m in &cov.measures {
                outln!(
                    "{:<28} {:>4} / {:<4} {:>6.1}%",
                    m.key,
                    m.covered,
                    m.total,
                    m.percent
                )?;
                if !m.gaps.is_empty() {
                    outln!("    not covered: {}", m.gaps.join(", "))?;
                }
            }
            outln!("{:<28} {:>18.1}%", "total", cov.total)?;
        }
    }
    if errors > 0 {
        errln!(
            "the handbook has {errors} error{} (run `rolebook check --roles {}`): coverage counts only what could be read, so it fails",
            if errors == 1 { "" } else { "s" },
            args.roles.display()
        );
        return Ok(ExitCode::from(1));
    }
    match args.min {
        Some(min) if cov.total < min => {
            errln!("coverage {:.1}% is below the minimum {min:.1}%", cov.total);
            Ok(ExitCode::from(1))
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// Output of `coverage`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum CoverageFormat {
    /// A table.
    Human,
    /// One JSON object.
    Json,
}
