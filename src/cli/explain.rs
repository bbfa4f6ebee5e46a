//! `rolebook explain [RULE]`: what a rule catches, why it matters for a conveyor, how to fix it.

use std::process::ExitCode;

use super::{ExplainArgs, Lang};
use rolebook::diagnostic::did_you_mean;
use rolebook::model::Language;
use rolebook::render::i18n::rule_text;
use rolebook::rules::{RULES, Rule, RuleInfo};

/// The words around the rule texts, per language.
struct Words {
    list_head: (&'static str, &'static str, &'static str),
    list_foot: &'static str,
    default: &'static str,
    fires: &'static str,
    why: &'static str,
    fix: &'static str,
    example: &'static str,
}

const EN: Words = Words {
    list_head: ("rule", "default", "fires when"),
    list_foot: "Run `rolebook explain RULE` for why a rule matters and how to fix a finding.",
    default: "by default",
    fires: "Fires when",
    why: "Why it matters",
    fix: "How to fix it",
    example: "Example",
};

const RU: Words = Words {
    list_head: ("правило", "обычно", "срабатывает, когда"),
    list_foot: "`rolebook explain ПРАВИЛО` объясняет, почему правило важно и как исправить находку.",
    default: "по умолчанию",
    fires: "Срабатывает, когда",
    why: "Почему это важно",
    fix: "Как исправить",
    example: "Пример",
};

/// A rule's text in `language`, the rule table's English otherwise.
fn text(language: Language, info: &RuleInfo, part: &str, english: &'static str) -> String {
    rule_text(language, info.id, part).unwrap_or_else(|| english.to_string())
}

/// Runs `explain`.
pub fn execute(args: &ExplainArgs) -> Result<ExitCode, String> {
    let language = Lang::or_locale(args.lang);
    let w = match language {
        Language::En => &EN,
        Language::Ru => &RU,
    };
    let Some(id) = &args.rule else {
        let (a, b, c) = w.list_head;
        outln!("{a:<24} {b:<8} {c}")?;
        for r in RULES {
            let summary = text(language, r, "summary", r.summary);
            outln!("{:<24} {:<8} {summary}", r.id, r.default.to_string())?;
        }
        outln!("\n{}", w.list_foot)?;
        return Ok(ExitCode::SUCCESS);
    };
    let Some(rule) = Rule::from_id(id) else {
        let hint = did_you_mean(id, RULES.iter().map(|r| r.id))
            .unwrap_or_else(|| "`rolebook explain` lists the rules".into());
        return Err(format!("no rule `{id}`; {hint}"));
    };
    let info = rule.info();
    let default = match language {
        Language::En => format!("{} {}", info.default, w.default),
        Language::Ru => format!("{}: {}", w.default, info.default),
    };
    outln!("{} ({default})\n", info.id)?;
    outln!(
        "{} {}.\n",
        w.fires,
        text(language, info, "summary", info.summary)
    )?;
    outln!("{}\n  {}\n", w.why, text(language, info, "why", info.why))?;
    outln!("{}\n  {}\n", w.fix, text(language, info, "fix", info.fix))?;
    outln!("{}\n{}", w.example, indent(info.example))?;
    Ok(ExitCode::SUCCESS)
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}
