//! `rolebook coverage`: how much of the conveyor is written down; fails below `--min`.

use std::process::ExitCode;

use super::CoverageArgs;
use rolebook::i18n::say;
use rolebook::{compile, report, text};

/// Runs `coverage`: the same load and check as `check` (so it fails on the
/// same errors), then the coverage of the compiled handbook.
pub fn execute(args: &CoverageArgs) -> Result<ExitCode, String> {
    let checked = super::check::checked(&args.roles, args.today, args.lang)?;
    let language = report::language(&checked.loaded.handbook, args.lang);
    let errors = checked.report.errors();
    let compiled = checked.compiled.unwrap_or_else(|| {
        compile::compile(
            &checked.loaded.handbook,
            args.today.unwrap_or_else(rolebook::model::today),
        )
    });
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
                    "{:<28} {:>4} / {:<4} {:>6}%",
                    m.key,
                    m.covered,
                    m.total,
                    rolebook::i18n::number(language, &format!("{:.1}", m.percent))
                )?;
                if !m.gaps.is_empty() {
                    let gaps = m.gaps.join(", ");
                    outln!(
                        "    {}",
                        say(language, &text!("coverage-gaps", gaps = gaps))
                    )?;
                }
            }
            let total = say(language, &text!("coverage-total"));
            let figure = rolebook::i18n::number(language, &format!("{:.1}", cov.total));
            outln!("{total:<28} {figure:>18}%")?;
        }
    }
    if errors > 0 {
        let roles = args.roles.display().to_string();
        let said = text!("coverage-unreadable", errors = errors, roles = roles);
        errln!("{}", say(language, &said));
        return Ok(ExitCode::from(1));
    }
    match args.min {
        Some(min) if cov.total < min => {
            let (total, min) = (
                rolebook::i18n::number(language, &format!("{:.1}", cov.total)),
                rolebook::i18n::number(language, &format!("{min:.1}")),
            );
            let said = text!("coverage-below-min", total = total, min = min);
            errln!("{}", say(language, &said));
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
