//! `rolebook explain [RULE]`: what a rule catches, why it matters for a conveyor, how to fix it.

use std::process::ExitCode;

use super::{ExplainArgs, Lang};
use std::path::Path;

use rolebook::diagnostic::{Text, did_you_mean};
use rolebook::i18n::rule_text;
use rolebook::i18n::say;
use rolebook::model::Language;
use rolebook::rules::{RULES, Rule, RuleInfo};
use rolebook::text;

/// A rule's text in `language`, the rule table's English otherwise.
fn text(language: Language, info: &RuleInfo, part: &str, english: &'static str) -> String {
    rule_text(language, info.id, part).unwrap_or_else(|| english.to_string())
}

/// Runs `explain`.
pub fn execute(args: &ExplainArgs) -> Result<ExitCode, String> {
    let language = args
        .lang
        .map(Lang::language)
        .or_else(|| handbook_language(&args.roles))
        .unwrap_or_else(|| Lang::or_locale(None));
    let word = |t: Text| say(language, &t);
    let Some(id) = &args.rule else {
        let (a, b, c) = (
            word(text!("explain-rule")),
            word(text!("explain-default")),
            word(text!("explain-fires-when")),
        );
        outln!("{a:<24} {b:<8} {c}")?;
        for r in RULES {
            let summary = text(language, r, "summary", r.summary);
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
            summary = text(language, info, "summary", info.summary)
        ))
    )?;
    let why = text(language, info, "why", info.why);
    outln!("{}\n  {why}\n", word(text!("explain-why")))?;
    let fix = text(language, info, "fix", info.fix);
    outln!("{}\n  {fix}\n", word(text!("explain-fix")))?;
    let example = text(language, info, "example", info.example);
    outln!("{}\n{}", word(text!("explain-example")), indent(&example))?;
    Ok(ExitCode::SUCCESS)
}

/// The `language:` of `roles/handbook.yaml`, when there is one to read.
fn handbook_language(roles: &Path) -> Option<Language> {
    let bytes = std::fs::read(roles.join("handbook.yaml")).ok()?;
    let loaded = rolebook::load::load_files(roles, vec![("handbook.yaml".into(), bytes)]);
    Some(loaded.handbook.settings.language)
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}
