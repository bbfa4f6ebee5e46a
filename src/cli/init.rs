//! `rolebook init [DIR]`: a starter handbook (two roles, one process) that passes `check`.

use std::process::ExitCode;

use super::InitArgs;
use rolebook::starter;

/// Runs `init`.
pub fn execute(args: &InitArgs) -> Result<ExitCode, String> {
    let written = starter::write_new(&args.dir, &starter::starter_files())?;
    for path in &written {
        outln!("wrote {}", path.display())?;
    }
    outln!(
        "\nNext: `rolebook check --roles {0}` and `rolebook build --roles {0}`.",
        args.dir.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
