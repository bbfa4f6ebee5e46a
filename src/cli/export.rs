//! `rolebook export --format docx`: check, then write one Word document per role (job description, acknowledgement sheet, checklists) into a folder.

use std::process::ExitCode;

use super::ExportArgs;
use rolebook::build::{BuildOptions, Phases, load_and_check};
use rolebook::i18n::say;
use rolebook::report::{self, Format};
use rolebook::text;

/// Runs `export`: nothing is written while the handbook has errors; each
/// file is written whole (through a temporary file renamed over it).
pub fn execute(args: &ExportArgs) -> Result<ExitCode, String> {
    let problem = super::problem::said_in(args.lang);
    problem.folder(&args.roles)?;
    let opts = BuildOptions {
        roles: args.roles.clone(),
        today: args.today,
        lang: args.lang,
        ..Default::default()
    };
    let checked = load_and_check(
        &opts,
        &mut rolebook::load::ParseCache::one_shot(),
        &mut Phases::default(),
    )
    .map_err(|e| problem.build(e))?;
    let hb = &checked.loaded.handbook;
    let language = rolebook::report::language(hb, args.lang);
    if checked.report.fails(false) {
        err!(
            "{}",
            report::render(hb, &checked.report, Format::Human, false, language)
        );
        let out = args.out.display().to_string();
        errln!("{}", say(language, &text!("export-not", out = out)));
        return Ok(ExitCode::from(1));
    }
    let today = args.today.unwrap_or_else(rolebook::model::today);
    let compiled = checked
        .compiled
        .unwrap_or_else(|| rolebook::compile::compile(hb, today));
    std::fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let hl = hb.settings.language;
    for r in &compiled.roles {
        let bytes = rolebook::export::role_docx(&compiled, r, hl)?;
        let path = args.out.join(format!("{}.docx", r.id));
        rolebook::output::write_file(&path, &bytes)
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let wrote = text!(
        "export-wrote",
        count = compiled.roles.len(),
        out = args.out.display().to_string()
    );
    errln!("{}", say(language, &wrote));
    Ok(ExitCode::SUCCESS)
}
