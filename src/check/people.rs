//! Rules about the people in the roles: reporting, deputies, KPIs, pay, time and checklists.

use std::collections::BTreeMap;

use super::Ctx;
use crate::diagnostic::Finding;
use crate::rules::Rule;

/// `time-budget-sum`: a role's time budget does not add up to 100.
pub fn time_budget_sum(ctx: &Ctx, out: &mut Vec<Finding>) {
    for r in &ctx.hb.roles {
        let Some(tb) = &r.time_budget else { continue };
        let sum: i64 = tb.value.iter().map(|(_, v)| v).sum();
        if sum != 100 {
            out.push(
                Finding::new(
                    Rule::TimeBudgetSum,
                    tb.loc,
                    format!(
                        "the time budget of `{}` adds up to {sum}%, not 100%",
                        r.id.value
                    ),
                )
                .label(format!("{sum}% in all"))
                .help(if sum < 100 {
                    format!("add the remaining {}% to a stage or to `other`", 100 - sum)
                } else {
                    format!("take {}% away", sum - 100)
                }),
            );
        }
    }
}

/// `reports-to-cycle`: A reports to B ... reports to A. Reported once per cycle.
pub fn reports_to_cycle(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    let boss = |ri: usize| {
        hb.roles[ri]
            .reports_to
            .as_ref()
            .and_then(|t| ix.roles.get(t.as_str()).copied())
    };
    let mut reported: Vec<usize> = Vec::new();
    for start in 0..hb.roles.len() {
        let mut path = vec![start];
        let mut cur = start;
        while let Some(next) = boss(cur) {
            if let Some(pos) = path.iter().position(|p| *p == next) {
                let cycle = &path[pos..];
                // The cycle is reported at its member with the smallest index, once.
                let first = *cycle.iter().min().unwrap_or(&next);
                if first == start && !reported.contains(&first) {
                    reported.push(first);
                    let names: Vec<&str> = cycle
                        .iter()
                        .chain(std::iter::once(&next))
                        .map(|i| hb.roles[*i].id.as_str())
                        .collect();
                    if let Some(to) = &hb.roles[start].reports_to {
                        out.push(
                            Finding::new(
                                Rule::ReportsToCycle,
                                to.loc,
                                format!("reporting goes round in a circle: {}", names.join(" -> ")),
                            )
                            .label("closes the circle")
                            .help("one of these roles must report to a role outside the circle, or to an external role"),
                        );
                    }
                }
                break;
            }
            path.push(next);
            cur = next;
        }
    }
}

/// `role-without-stages`: a role owns no stage.
pub fn role_without_stages(ctx: &Ctx, out: &mut Vec<Finding>) {
    for r in ctx.hb.roles.iter().filter(|r| r.owns.is_empty()) {
        out.push(
            Finding::new(
                Rule::RoleWithoutStages,
                r.owns_loc,
                format!("role `{}` owns no stage", r.id.value),
            )
            .help("list under `owns:` the stages this role is accountable for"),
        );
    }
}

/// `deputy-missing`: a role names no deputy.
pub fn deputy_missing(ctx: &Ctx, out: &mut Vec<Finding>) {
    for r in ctx.hb.roles.iter().filter(|r| r.deputy.is_none()) {
        out.push(
            Finding::new(
                Rule::DeputyMissing,
                r.loc,
                format!("role `{}` names no deputy", r.id.value),
            )
            .label("no `deputy:` in this role")
            .help("add `deputy:` with the role that stands in when this one is absent"),
        );
    }
}

/// `deputy-self`: a role is its own deputy.
pub fn deputy_self(ctx: &Ctx, out: &mut Vec<Finding>) {
    for r in &ctx.hb.roles {
        if let Some(d) = r.deputy.as_ref().filter(|d| d.value == r.id.value) {
            out.push(
                Finding::new(
                    Rule::DeputySelf,
                    d.loc,
                    format!("role `{}` is its own deputy", r.id.value),
                )
                .label("the same role")
                .help("name another role that can stand in"),
            );
        }
    }
}

/// `kpi-missing`: a role has no KPI.
pub fn kpi_missing(ctx: &Ctx, out: &mut Vec<Finding>) {
    for r in ctx.hb.roles.iter().filter(|r| r.kpis.is_empty()) {
        out.push(
            Finding::new(
                Rule::KpiMissing,
                r.loc,
                format!("role `{}` has no KPI", r.id.value),
            )
            .label("no `kpis:` in this role")
            .help("add `kpis:` with at least one measure, its target and where it is measured"),
        );
    }
}

/// `pay-without-kpi`: a role that owns stages has no variable pay tied to its own KPI.
pub fn pay_without_kpi(ctx: &Ctx, out: &mut Vec<Finding>) {
    for r in ctx.hb.roles.iter().filter(|r| !r.owns.is_empty()) {
        let tied = r
            .pay
            .iter()
            .flat_map(|p| &p.variable)
            .any(|v| r.kpis.iter().any(|k| k.id.value == v.kpi.value));
        if !tied {
            let at = r.pay.as_ref().map_or(r.loc, |p| p.loc);
            out.push(
                Finding::new(
                    Rule::PayWithoutKpi,
                    at,
                    format!("role `{}` is not paid for its own result: no variable pay is tied to its KPIs", r.id.value),
                )
                .help("add `pay.variable` items whose `kpi:` names one of the role's KPIs"),
            );
        }
    }
}

/// `shared-incentive`: KPIs of two different roles name the same outcome.
pub fn shared_incentive(ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut first: BTreeMap<&str, &str> = BTreeMap::new();
    for r in &ctx.hb.roles {
        let mut mine: Vec<&str> = Vec::new();
        for k in &r.kpis {
            let Some(o) = &k.outcome else { continue };
            if mine.contains(&o.as_str()) {
                continue;
            }
            mine.push(o.as_str());
            match first.get(o.as_str()) {
                Some(other) if *other != r.id.as_str() => out.push(
                    Finding::new(
                        Rule::SharedIncentive,
                        o.loc,
                        format!("`{}` and `{other}` are both paid for `{}`", r.id.value, o.value),
                    )
                    .label("outcome shared with another role")
                    .help("tie each role's KPI to its own result, so two people never claim one commission"),
                ),
                Some(_) => {}
                None => {
                    first.insert(o.as_str(), r.id.as_str());
                }
            }
        }
    }
}

/// `empty-checklist`: a checklist with no items.
pub fn empty_checklist(ctx: &Ctx, out: &mut Vec<Finding>) {
    for r in &ctx.hb.roles {
        for c in r.checklists.iter().filter(|c| c.items.is_empty()) {
            out.push(
                Finding::new(
                    Rule::EmptyChecklist,
                    c.items_loc,
                    format!("checklist \"{}\" has no items", c.name),
                )
                .label("nothing to tick")
                .help("add the items to tick, or remove the checklist"),
            );
        }
    }
}

/// `review-overdue`: a role or process whose next review (`last` plus
/// `every`) is before today.
pub fn review_overdue(ctx: &Ctx, out: &mut Vec<Finding>) {
    let reviews = ctx
        .hb
        .roles
        .iter()
        .map(|r| ("role", &r.id, &r.review))
        .chain(
            ctx.hb
                .processes
                .iter()
                .map(|p| ("process", &p.id, &p.review)),
        );
    for (kind, id, review) in reviews {
        let Some(review) = review else { continue };
        let Some(next) = review.next() else { continue };
        if next < ctx.today {
            out.push(
                Finding::new(
                    Rule::ReviewOverdue,
                    review.last.loc,
                    format!(
                        "the review of {kind} `{}` was due on {next} (last {}, every {})",
                        id.value, review.last.value, review.every
                    ),
                )
                .label("review overdue")
                .help(format!(
                    "`{}` reviews it: go through it together, then set `last:` to the day of the review",
                    review.by.value
                )),
            );
        }
    }
}
