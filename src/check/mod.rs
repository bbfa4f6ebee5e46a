//! The consistency rules: pure functions from a loaded [`Handbook`] to findings.
//!
//! Each rule is a small function named after its id, grouped by family:
//! [`refs`] (ids and references), [`flow`] (ownership, handoffs, reachability),
//! [`people`] (deputies, KPIs, pay, reporting, time), [`artifacts`],
//! [`decisions`] (who decides what, up to which limit).
//! Checks never do I/O and always return their findings in a stable order.

pub mod artifacts;
pub mod decisions;
pub mod flow;
pub mod people;
pub mod refs;

use crate::diagnostic::{Finding, Severity};
use crate::load::Loaded;
use crate::model::{Handbook, Index, Level};
use crate::rules::Rule;
use crate::text;
use rayon::prelude::*;

/// The result of checking a handbook.
#[derive(Debug)]
pub struct Report {
    /// Every finding, sorted by file, line, column, rule.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Number of findings at error severity.
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    /// Number of findings at warning severity.
    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    }

    /// True when `check`/`build` must fail.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.errors() > 0 || (deny_warnings && self.warnings() > 0)
    }
}

/// Shared context for rules: the handbook and its lookups.
pub struct Ctx<'a> {
    /// The handbook.
    pub hb: &'a Handbook,
    /// Lookups.
    pub ix: Index<'a>,
    /// The day reviews are measured against (`--today`, or the date in UTC).
    pub today: jiff::civil::Date,
}

/// Every semantic rule, in contract order (load-time rules fire in `load`).
const CHECKS: &[fn(&Ctx, &mut Vec<Finding>)] = &[
    refs::duplicate_id,
    refs::unknown_reference,
    flow::stage_without_owner,
    flow::stage_multiple_owners,
    flow::handoff_missing,
    flow::handoff_mismatch,
    flow::handoff_incomplete,
    flow::unreachable_stage,
    people::time_budget_sum,
    people::reports_to_cycle,
    flow::dead_end_stage,
    people::role_without_stages,
    flow::full_cycle_owner,
    people::deputy_missing,
    people::deputy_self,
    people::kpi_missing,
    people::pay_without_kpi,
    people::shared_incentive,
    artifacts::artifact_unproduced,
    artifacts::artifact_unused,
    artifacts::artifact_unstored,
    artifacts::field_filled_late,
    decisions::decision_gap,
    decisions::decision_without_decider,
    people::review_overdue,
    people::empty_checklist,
];

/// Today's date in UTC: what `check` measures reviews against unless told
/// another day (`--today`), so that a CI run can be reproduced.
pub fn today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

/// Runs every rule over a loaded handbook, applies `checks:` overrides and sorts the findings.
pub fn check(loaded: &Loaded) -> Report {
    check_on(loaded, today())
}

/// [`check`] as on the day `today`.
pub fn check_on(loaded: &Loaded, today: jiff::civil::Date) -> Report {
    let ctx = Ctx {
        hb: &loaded.handbook,
        ix: Index::new(&loaded.handbook),
        today,
    };
    let mut findings = loaded.findings.clone();
    // Rules only read the model: they run on both cores, findings kept in rule order.
    let per_rule: Vec<Vec<Finding>> = CHECKS
        .par_iter()
        .map(|rule| {
            let mut out = Vec::new();
            rule(&ctx, &mut out);
            out
        })
        .collect();
    findings.extend(per_rule.into_iter().flatten());
    let findings = apply_overrides(&loaded.handbook, findings);
    Report {
        findings: sorted(&loaded.handbook, findings),
    }
}

/// Rules whose findings mean a file could not be read: they stay errors whatever `checks:` says.
const FIXED: &[Rule] = &[
    Rule::YamlSyntax,
    Rule::MissingFile,
    Rule::OutsideLink,
    Rule::NotAFile,
];

/// `f` at the severity `checks:` gives its rule; `None` when turned off.
fn overridden(hb: &Handbook, mut f: Finding) -> Option<Finding> {
    let level = hb
        .settings
        .checks
        .iter()
        .rev()
        .find(|(id, _)| Rule::from_id(id.as_str()) == Some(f.rule))
        .map(|(_, l)| *l);
    match level {
        _ if FIXED.contains(&f.rule) => {}
        Some(Level::Off) => return None,
        Some(Level::Error) => f.severity = Severity::Error,
        Some(Level::Warning) => f.severity = Severity::Warning,
        None => {}
    }
    Some(f)
}

/// Adds findings of a rule that runs after `check` (on compiled roles) to
/// `report`, with the handbook's `checks:` applied, in the report's order.
pub fn add(hb: &Handbook, report: &mut Report, found: Vec<Finding>) {
    let mut all = std::mem::take(&mut report.findings);
    all.extend(found.into_iter().filter_map(|f| overridden(hb, f)));
    report.findings = sorted(hb, all);
}

fn apply_overrides(hb: &Handbook, findings: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = findings
        .into_iter()
        .filter_map(|f| overridden(hb, f))
        .collect();
    for (id, _) in &hb.settings.checks {
        if let Some(rule) = Rule::from_id(id.as_str()).filter(|r| FIXED.contains(r)) {
            out.push(
                Finding::new(
                    Rule::WrongType,
                    id.loc,
                    text!("fixed-severity", rule = rule.id()),
                )
                .label(text!("fixed-severity-label"))
                .help(text!("fixed-severity-help")),
            );
        }
    }
    out
}

fn sorted(hb: &Handbook, mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.sort_by(|a, b| {
        let pa = hb.files.get(a.loc.file as usize).map(|f| f.rel.as_str());
        let pb = hb.files.get(b.loc.file as usize).map(|f| f.rel.as_str());
        (pa, a.loc.line, a.loc.col, a.rule, &a.message)
            .cmp(&(pb, b.loc.line, b.loc.col, b.rule, &b.message))
    });
    findings.dedup();
    findings
}
