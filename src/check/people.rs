//! Rules about the people in the roles: reporting, deputies, KPIs, pay, time and checklists.

use std::collections::BTreeMap;

use super::Ctx;
use crate::diagnostic::{Finding, Loc};
use crate::model::DRIFT_POINTS;
use crate::rules::Rule;
use crate::text;

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
                    text!("time-budget-sum", role = &r.id.value, sum = sum),
                )
                .label(text!("time-budget-sum-label", sum = sum))
                .help(if sum < 100 {
                    text!("time-budget-sum-add", rest = 100 - sum)
                } else {
                    text!("time-budget-sum-take", over = sum - 100)
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
                                text!("reports-to-cycle", circle = names.join(" -> ")),
                            )
                            .label(text!("reports-to-cycle-label"))
                            .help(text!("reports-to-cycle-help")),
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
                text!("role-without-stages", role = &r.id.value),
            )
            .help(text!("role-without-stages-help")),
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
                text!("deputy-missing", role = &r.id.value),
            )
            .label(text!("deputy-missing-label"))
            .help(text!("deputy-missing-help")),
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
                    text!("deputy-self", role = &r.id.value),
                )
                .label(text!("deputy-self-label"))
                .help(text!("deputy-self-help")),
            );
        }
    }
}

/// `deputy-conflict`: a role stands in for a role that a stage it owns
/// must be independent of (`independent_of:`): while it stands in, it
/// checks its own work.
pub fn deputy_conflict(ctx: &Ctx, out: &mut Vec<Finding>) {
    for r in &ctx.hb.roles {
        let Some(d) = &r.deputy else { continue };
        let Some(&deputy) = ctx.ix.roles.get(d.as_str()) else {
            continue;
        };
        let stage = ctx.hb.roles[deputy].owns.iter().find_map(|s| {
            ctx.ix
                .stage(ctx.hb, s.as_str())
                .filter(|st| st.independent_of.iter().any(|i| i.value == r.id.value))
        });
        if let Some(stage) = stage {
            out.push(
                Finding::new(
                    Rule::DeputyConflict,
                    d.loc,
                    text!(
                        "deputy-conflict",
                        deputy = &d.value,
                        role = &r.id.value,
                        stage = &stage.id.value
                    ),
                )
                .label(text!("deputy-conflict-label", stage = &stage.id.value))
                .help(text!("deputy-conflict-help")),
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
                text!("kpi-missing", role = &r.id.value),
            )
            .label(text!("kpi-missing-label"))
            .help(text!("kpi-missing-help")),
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
                    text!("pay-without-kpi", role = &r.id.value),
                )
                .help(text!("pay-without-kpi-help")),
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
                        text!(
                            "shared-incentive",
                            role = &r.id.value,
                            other = *other,
                            outcome = &o.value
                        ),
                    )
                    .label(text!("shared-incentive-label"))
                    .help(text!("shared-incentive-help")),
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
                    text!("empty-checklist", name = &c.name),
                )
                .label(text!("empty-checklist-label"))
                .help(text!("empty-checklist-help")),
            );
        }
    }
}

/// A review's period in the reader's words ("6 месяцев"): one unit and its
/// count; a period of mixed units as it is written.
fn period(review: &crate::model::Review) -> crate::diagnostic::Text {
    let p = review.period;
    let units = [
        ("years", p.get_years() as i64),
        ("months", p.get_months() as i64),
        ("weeks", p.get_weeks() as i64),
        ("days", p.get_days() as i64),
    ];
    match units.iter().filter(|(_, n)| *n != 0).collect::<Vec<_>>()[..] {
        [(unit, n)] => text!("period", unit = *unit, count = *n),
        _ => text!("quoted-plain", value = &review.every),
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
        let last = review.last.value;
        let said = if last > ctx.today {
            // A review not held yet cannot be recorded: a date in the
            // future would silence this rule until then.
            Some((
                text!(
                    "review-in-future",
                    last = last.to_string(),
                    today = ctx.today.to_string()
                ),
                text!("review-in-future-help"),
            ))
        } else {
            match review.next() {
                None => Some((
                    text!(
                        "review-never",
                        last = last.to_string(),
                        every = period(review)
                    ),
                    text!("review-never-help"),
                )),
                Some(_) => None,
            }
        };
        if let Some((message, help)) = said {
            let finding = Finding::new(Rule::ReviewOverdue, review.last.loc, message);
            out.push(finding.help(help));
            continue;
        }
        let Some(next) = review.next() else { continue };
        if next < ctx.today {
            out.push(
                Finding::new(
                    Rule::ReviewOverdue,
                    review.last.loc,
                    text!(
                        "review-overdue",
                        kind = kind,
                        id = &id.value,
                        next = next.to_string(),
                        last = review.last.value.to_string(),
                        every = period(review)
                    ),
                )
                .label(text!("review-overdue-label"))
                .help(text!("review-overdue-help", by = &review.by.value)),
            );
        }
    }
}

/// `signature-missing`: where a handbook keeps acknowledgements, a role
/// nobody holds a current signature for. A rule on compiled roles (a
/// fingerprint is a hash of the role's job description and checklists):
/// `c` is the handbook compiled.
pub fn signature_missing(ctx: &Ctx, c: &crate::compile::Compiled) -> Vec<Finding> {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    if hb.signatures.is_empty() {
        return Vec::new();
    }
    let now = |id: &str| -> String {
        ix.renamed
            .get(&(crate::model::Kind::Role, id))
            .map_or(id, |now| *now)
            .to_string()
    };
    let signed: Vec<(String, &str)> = hb
        .signatures
        .iter()
        .map(|s| (now(s.role.as_str()), s.signed.as_str()))
        .collect();
    let mut out = Vec::new();
    for r in &hb.roles {
        let Some(view) = c.roles.iter().find(|v| v.id == r.id.value) else {
            continue;
        };
        let current = signed.iter().any(|(role, what)| {
            *role == r.id.value && crate::compile::signature_is_current(what, view, hb)
        });
        if !current {
            let fingerprint = &view.fingerprint;
            out.push(
                Finding::new(
                    Rule::SignatureMissing,
                    Loc::file_start(r.file),
                    text!(
                        "signature-missing",
                        role = &r.id.value,
                        fingerprint = fingerprint
                    ),
                )
                .help(text!("signature-missing-help", fingerprint = fingerprint)),
            );
        }
    }
    out
}

/// A number of hours or percent as a person reads it: whole, or one decimal below 10.
fn figure(n: f64) -> String {
    if n.is_infinite() {
        "∞".to_string()
    } else if n.abs() < 10.0 && n.fract().abs() >= 0.05 {
        format!("{n:.1}")
    } else {
        format!("{n:.0}")
    }
}

/// `over-capacity`: a role needs more hours than its people have. Silent
/// where the handbook gives no volumes and efforts, or no headcount.
pub fn over_capacity(ctx: &Ctx, out: &mut Vec<Finding>) {
    for l in &ctx.capacity {
        let (Some(load), Some(available), Some(headcount)) =
            (l.load, l.hours_available, l.headcount)
        else {
            continue;
        };
        if load <= 1.0 {
            continue;
        }
        let r = &ctx.hb.roles[l.role];
        let at = r
            .headcount
            .as_ref()
            .map_or(Loc::file_start(r.file), |h| h.loc);
        out.push(
            Finding::new(
                Rule::OverCapacity,
                at,
                text!(
                    "over-capacity",
                    role = &r.id.value,
                    needed = figure(l.hours_needed),
                    available = figure(available),
                    load = figure(load * 100.0)
                ),
            )
            .label(text!("over-capacity-label", headcount = figure(headcount)))
            .help(text!("over-capacity-help")),
        );
    }
}

/// `time-budget-drift`: the split the volumes and efforts give differs from
/// the declared `time_budget` by more than [`DRIFT_POINTS`] in some key, or
/// the points `checks:` sets (the key furthest off is named). Silent
/// without volumes, efforts and headcount.
pub fn time_budget_drift(ctx: &Ctx, out: &mut Vec<Finding>) {
    for l in &ctx.capacity {
        let r = &ctx.hb.roles[l.role];
        let Some(budget) = &r.time_budget else {
            continue;
        };
        if l.hours_needed <= 0.0 || l.hours_available.is_none() {
            continue;
        }
        let split = l.split(ctx.hb);
        let worst = l
            .budget(ctx.hb)
            .into_iter()
            .map(|(key, declared)| {
                let computed = split
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map_or(0.0, |(_, p)| *p);
                (key, declared, computed)
            })
            .max_by(|a, b| (a.1 - a.2).abs().total_cmp(&(b.1 - b.2).abs()));
        let Some((key, declared, computed)) = worst else {
            continue;
        };
        let points = (declared - computed).abs();
        if points <= ctx.hb.settings.drift_points.unwrap_or(DRIFT_POINTS) {
            continue;
        }
        out.push(
            Finding::new(
                Rule::TimeBudgetDrift,
                budget.loc,
                text!(
                    "time-budget-drift",
                    role = &r.id.value,
                    key = key,
                    computed = figure(computed),
                    declared = figure(declared)
                ),
            )
            .label(text!("time-budget-drift-label", points = figure(points)))
            .help(text!("time-budget-drift-help")),
        );
    }
}

/// `headcount-mismatch`: `people.yaml` gives a role another number of
/// people than its `headcount:` says.
pub fn headcount_mismatch(ctx: &Ctx, out: &mut Vec<Finding>) {
    if ctx.hb.people.is_none() {
        return;
    }
    for l in &ctx.capacity {
        let r = &ctx.hb.roles[l.role];
        let (Some(declared), Some(counted)) = (&r.headcount, l.headcount) else {
            continue;
        };
        if (declared.value - counted).abs() < 0.05 {
            continue;
        }
        out.push(
            Finding::new(
                Rule::HeadcountMismatch,
                declared.loc,
                text!(
                    "headcount-mismatch",
                    role = &r.id.value,
                    declared = figure(declared.value),
                    counted = figure(counted),
                    day = ctx.today.to_string()
                ),
            )
            .label(text!("headcount-mismatch-label", counted = figure(counted)))
            .help(text!("headcount-mismatch-help")),
        );
    }
}

/// `role-unstaffed`: `people.yaml` exists and nobody in it holds a role
/// that owns stages (on the day checked).
pub fn role_unstaffed(ctx: &Ctx, out: &mut Vec<Finding>) {
    if ctx.hb.people.is_none() {
        return;
    }
    for l in &ctx.capacity {
        let r = &ctx.hb.roles[l.role];
        if r.owns.is_empty() || l.headcount.is_some_and(|h| h > 0.0) {
            continue;
        }
        out.push(
            Finding::new(
                Rule::RoleUnstaffed,
                r.owns_loc,
                text!(
                    "role-unstaffed",
                    role = &r.id.value,
                    stages = r.owns.len(),
                    day = ctx.today.to_string()
                ),
            )
            .label(text!("role-unstaffed-label"))
            .help(text!("role-unstaffed-help", role = &r.id.value)),
        );
    }
}

/// `cover-overloaded`: with the person who gives a role the most hours
/// away, the rest of the role and its deputy's spare hours do not cover the
/// role's work. Where `people.yaml` exists (it speaks of persons) and the
/// role has work and people.
pub fn cover_overloaded(ctx: &Ctx, out: &mut Vec<Finding>) {
    if ctx.hb.people.is_none() {
        return;
    }
    let month = ctx.hb.settings.working_time.productive_hours_a_month();
    for l in &ctx.capacity {
        let (Some(available), Some(&(_, away))) = (l.hours_available, l.holders.first()) else {
            continue;
        };
        if l.hours_needed <= 0.0 {
            continue;
        }
        let r = &ctx.hb.roles[l.role];
        let rest = (available - away * month).max(0.0);
        let deputy = r
            .deputy
            .as_ref()
            .and_then(|d| ctx.ix.roles.get(d.as_str()))
            .and_then(|&d| ctx.capacity.get(d));
        let spare = deputy
            .and_then(|d| d.hours_available.map(|a| (a - d.hours_needed).max(0.0)))
            .unwrap_or(0.0);
        if rest + spare >= l.hours_needed {
            continue;
        }
        let at = r.deputy.as_ref().map_or(r.loc, |d| d.loc);
        out.push(
            Finding::new(
                Rule::CoverOverloaded,
                at,
                text!(
                    "cover-overloaded",
                    role = &r.id.value,
                    needed = figure(l.hours_needed),
                    rest = figure(rest),
                    spare = figure(spare),
                    deputy = r.deputy.as_ref().map_or("-", |d| d.as_str())
                ),
            )
            .label(text!(
                "cover-overloaded-label",
                covered = figure(rest + spare),
                needed = figure(l.hours_needed)
            ))
            .help(text!("cover-overloaded-help")),
        );
    }
}
