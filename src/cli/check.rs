//! `rolebook check`: load and check the handbook, print the findings, exit 0/1/2.

use std::process::ExitCode;

use super::CheckArgs;
use rolebook::{check, load, report};

/// Runs `check`.
pub fn execute(args: &CheckArgs) -> Result<ExitCode, String> {
    let loaded = load::load(&args.roles).map_err(|e| e.to_string())?;
    let result = check::check(&loaded);
    print!(
        "{}",
        report::render(&loaded.handbook, &result, args.format, args.color.enabled())
    );
    Ok(ExitCode::from(u8::from(result.fails(args.deny_warnings))))
}
