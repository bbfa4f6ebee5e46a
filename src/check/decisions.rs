//! Rules about decision rights: every decision has a decider, and its levels leave no amount to nobody or to two.

use super::Ctx;
use crate::diagnostic::Finding;
use crate::model::{Decision, DecisionLevel};
use crate::rules::Rule;

/// `decision-without-decider`: a decision right with no levels.
pub fn decision_without_decider(ctx: &Ctx, out: &mut Vec<Finding>) {
    for d in ctx
        .hb
        .settings
        .decisions
        .iter()
        .filter(|d| d.levels.is_empty())
    {
        out.push(
            Finding::new(
                Rule::DecisionWithoutDecider,
                d.id.loc,
                format!("decision `{}` names no one who decides", d.id.value),
            )
            .label("no decider")
            .help("add a level under `levels:` with `by:` naming a role or an external role"),
        );
    }
}

/// A limit as the handbook's reader would write it.
fn amount(n: f64, d: &Decision) -> String {
    format!("{n}{}", d.unit.as_deref().unwrap_or_default())
}

/// `decision-gap`: taken from the smallest amount up, each level must start
/// where the one before it ends, the first from zero.
pub fn decision_gap(ctx: &Ctx, out: &mut Vec<Finding>) {
    for d in &ctx.hb.settings.decisions {
        let mut levels: Vec<&DecisionLevel> = d.levels.iter().collect();
        levels.sort_by(|a, b| a.over.unwrap_or(0.0).total_cmp(&b.over.unwrap_or(0.0)));
        let mut reached = Some(0.0);
        let mut before: Option<&DecisionLevel> = None;
        for l in levels {
            let from = l.over.unwrap_or(0.0);
            let finding = match reached {
                None => Some((
                    format!(
                        "`{}` decides `{}` over {}, but `{}` already decides every amount above {}",
                        l.by.value,
                        d.id.value,
                        amount(from, d),
                        before.map_or("", |b| b.by.as_str()),
                        amount(before.and_then(|b| b.over).unwrap_or(0.0), d),
                    ),
                    "two deciders",
                )),
                Some(end) if from > end => Some((
                    format!(
                        "nobody decides `{}` between {} and {}",
                        d.id.value,
                        amount(end, d),
                        amount(from, d)
                    ),
                    "gap before this level",
                )),
                Some(end) if from < end => Some((
                    format!(
                        "`{}` and `{}` both decide `{}` between {} and {}",
                        before.map_or("", |b| b.by.as_str()),
                        l.by.value,
                        d.id.value,
                        amount(from, d),
                        amount(end, d)
                    ),
                    "overlaps the level before",
                )),
                Some(_) => None,
            };
            if let Some((message, label)) = finding {
                out.push(
                    Finding::new(Rule::DecisionGap, l.loc, message)
                        .label(label)
                        .help(format!(
                            "set `over: {}` here, or change the level before it",
                            reached.map_or_else(|| "…".to_string(), |e| e.to_string())
                        )),
                );
            }
            if let Some(up) = l.up_to.filter(|up| *up < from) {
                out.push(
                    Finding::new(
                        Rule::DecisionGap,
                        l.loc,
                        format!("`up_to: {up}` is below `over: {from}`"),
                    )
                    .label("empty level")
                    .help("`over:` is where this level starts and `up_to:` where it ends"),
                );
            }
            reached = l.up_to.map(|up| up.max(from));
            before = Some(l);
        }
    }
}
