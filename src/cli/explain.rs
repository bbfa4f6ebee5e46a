//! `rolebook explain [RULE]`: what a rule catches, why it matters for a conveyor, how to fix it.

use std::process::ExitCode;

use super::ExplainArgs;
use rolebook::diagnostic::{Text, did_you_mean};
use rolebook::i18n::{rule_text, say};
use rolebook::rules::{RULES, Rule};
use rolebook::text;

/// Runs `explain`.
pub fn execute(args: &ExplainArgs) -> Result<ExitCode, String> {
    let language = args
        .lang
        .or_else(|| super::handbook_language(&args.roles))
        .unwrap_or_else(|| super::or_locale(None));
    let word = |t: Text| say(language, &t);
    let Some(id) = &args.rule else {
        let (a, b, c) = (
            word(text!("explain-rule")),
            word(text!("explain-default")),
            word(text!("explain-fires-when")),
        );
        outln!("{a:<24} {b:<8} {c}")?;
        for r in RULES {
            let summary = rule_text(language, r.id, "summary");
            outln!("{:<24} {:<8} {summary}", r.id, r.default.to_string())?;
        }
        outln!("\n{}", word(text!("explain-list-foot")))?;
        return Ok(ExitCode::SUCCESS);
    };
    let Some(rule) = Rule::from_id(id) else {
        let hint = did_you_mean(id, RULES.iter().map(|r| r.id))
            .unwrap_or_else(|| text!("unknown-rule-help"));
        return Err(word(text!(
            "explain-no-rule",
            id = id.as_str(),
            hint = hint
        )));
    };
    let info = rule.info();
    let default = word(text!(
        "explain-severity",
        severity = info.default.to_string()
    ));
    outln!("{} ({default})\n", info.id)?;
    outln!(
        "{}\n",
        word(text!(
            "explain-fires",
            summary = rule_text(language, info.id, "summary")
        ))
    )?;
    let why = rule_text(language, info.id, "why");
    outln!("{}\n  {why}\n", word(text!("explain-why")))?;
    let fix = rule_text(language, info.id, "fix");
    outln!("{}\n  {fix}\n", word(text!("explain-fix")))?;
    let example = rule_text(language, info.id, "example");
    outln!("{}\n{}", word(text!("explain-example")), indent(&example))?;
    Ok(ExitCode::SUCCESS)
}

/// The `language:` of `roles/handbook.yaml`, when there is one to read.
fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}
