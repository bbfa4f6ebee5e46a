//! Rules about decision rights: every decision has a decider, and its levels leave no amount to nobody or to two.

use super::Ctx;
use crate::diagnostic::Finding;
use crate::model::{Decision, DecisionLevel};
use crate::rules::Rule;
use crate::text;

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
                text!("decision-without-decider", decision = &d.id.value),
            )
            .label(text!("decision-without-decider-label"))
            .help(text!("decision-without-decider-help")),
        );
    }
}

/// A limit as the handbook's reader would write it.
fn amount(n: f64, d: &Decision) -> String {
    d.amount(n)
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
            let below_zero = [l.over, l.up_to].into_iter().flatten().find(|n| *n < 0.0);
            let finding = match reached {
                _ if below_zero.is_some() => Some((
                    text!(
                        "decision-below-zero",
                        decision = &d.id.value,
                        amount = amount(below_zero.unwrap_or_default(), d)
                    ),
                    text!("decision-below-zero-label"),
                )),
                None => Some((
                    text!(
                        "decision-above-all",
                        by = &l.by.value,
                        decision = &d.id.value,
                        from = amount(from, d),
                        before = before.map_or("", |b| b.by.as_str()),
                        above = amount(before.and_then(|b| b.over).unwrap_or(0.0), d),
                    ),
                    text!("decision-above-all-label"),
                )),
                Some(end) if from > end => Some((
                    text!(
                        "decision-gap",
                        decision = &d.id.value,
                        from = amount(end, d),
                        to = amount(from, d)
                    ),
                    text!("decision-gap-label"),
                )),
                Some(end) if from < end => Some((
                    text!(
                        "decision-overlap",
                        before = before.map_or("", |b| b.by.as_str()),
                        by = &l.by.value,
                        decision = &d.id.value,
                        from = amount(from, d),
                        to = amount(end, d)
                    ),
                    text!("decision-overlap-label"),
                )),
                Some(_) => None,
            };
            if let Some((message, label)) = finding {
                out.push(
                    Finding::new(Rule::DecisionGap, l.loc, message)
                        .label(label)
                        .help(text!(
                            "decision-gap-help",
                            over = reached.map_or_else(|| "…".to_string(), |e| e.to_string())
                        )),
                );
            }
            if let Some(up) = l.up_to.filter(|up| *up <= from) {
                out.push(
                    Finding::new(
                        Rule::DecisionGap,
                        l.loc,
                        text!(
                            "decision-empty-level",
                            up = amount(up, d),
                            from = amount(from, d)
                        ),
                    )
                    .label(text!("decision-empty-level-label"))
                    .help(text!("decision-empty-level-help")),
                );
            }
            reached = l.up_to.map(|up| up.max(from));
            before = Some(l);
        }
        // The top level ends at `up_to`: every larger amount is nobody's.
        if let (Some(end), Some(last)) = (reached, before) {
            out.push(
                Finding::new(
                    Rule::DecisionGap,
                    last.loc,
                    text!(
                        "decision-open-top",
                        decision = &d.id.value,
                        from = amount(end, d)
                    ),
                )
                .label(text!("decision-open-top-label"))
                .help(text!("decision-open-top-help", over = amount(end, d))),
            );
        }
    }
}
