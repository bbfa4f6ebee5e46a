//! `rolebook explain [RULE]`: what a rule catches, why it matters for a conveyor, how to fix it.

use std::process::ExitCode;

use super::ExplainArgs;
use rolebook::diagnostic::did_you_mean;
use rolebook::rules::{RULES, Rule};

/// Runs `explain`.
pub fn execute(args: &ExplainArgs) -> Result<ExitCode, String> {
    let Some(id) = &args.rule else {
        outln!("{:<24} {:<8} fires when", "rule", "default")?;
        for r in RULES {
            outln!("{:<24} {:<8} {}", r.id, r.default.to_string(), r.summary)?;
        }
        outln!("\nRun `rolebook explain RULE` for why a rule matters and how to fix a finding.")?;
        return Ok(ExitCode::SUCCESS);
    };
    let Some(rule) = Rule::from_id(id) else {
        let hint = did_you_mean(id, RULES.iter().map(|r| r.id))
            .unwrap_or_else(|| "`rolebook explain` lists the rules".into());
        return Err(format!("no rule `{id}`; {hint}"));
    };
    let info = rule.info();
    outln!("{} ({} by default)\n", info.id, info.default)?;
    outln!("Fires when {}.\n", info.summary)?;
    outln!("Why it matters\n  {}\n", info.why)?;
    outln!("How to fix it\n  {}\n", info.fix)?;
    outln!("Example\n{}", indent(info.example))?;
    Ok(ExitCode::SUCCESS)
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}
