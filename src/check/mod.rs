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
use crate::load::{FileKind, Loaded};
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

/// What the files that could not be read (a syntax error, a file too
/// large, a pipe, a link out of the folder, no `handbook.yaml`) may have
/// declared: a reference to it is not reported as unknown, since the
/// finding that the file cannot be read is the one to fix (one missing
/// colon in a role file gave three more findings before it; an oversized
/// `handbook.yaml` 117,995).
#[derive(Debug, Default)]
pub struct Unread {
    /// `handbook.yaml` (artifacts, external roles).
    handbook: bool,
    /// Some process file (stages, artifacts).
    processes: bool,
    /// The ids of role files.
    roles: rustc_hash::FxHashSet<String>,
}

impl Unread {
    /// From the findings of the load.
    fn of(loaded: &Loaded) -> Unread {
        let mut unread = Unread::default();
        for f in loaded.findings.iter().filter(|f| FIXED.contains(&f.rule)) {
            let rel = &loaded.handbook.files[f.loc.file as usize].rel;
            match crate::load::classify(rel) {
                Some(FileKind::Handbook) => unread.handbook = true,
                Some(FileKind::Process) => unread.processes = true,
                Some(FileKind::Role) => {
                    unread.roles.insert(crate::load::file_stem(rel));
                }
                Some(FileKind::Acknowledgements | FileKind::People) | None => {}
            }
        }
        unread
    }

    /// Whether some file could not be read.
    pub fn any(&self) -> bool {
        self.handbook || self.processes || !self.roles.is_empty()
    }

    /// Whether a reference to `id`, which should name a `what` (the kinds
    /// of `unknown-reference`), may name something an unread file declares.
    pub fn may_declare(&self, what: &str, id: &str) -> bool {
        match what {
            "stage" | "stage-of-process" | "own-stage" => self.processes,
            "artifact" => self.handbook || self.processes,
            "role" => self.roles.contains(id),
            "person" => self.handbook || self.roles.contains(id),
            _ => false,
        }
    }
}

/// Shared context for rules: the handbook and its lookups.
pub struct Ctx<'a> {
    /// The handbook.
    pub hb: &'a Handbook,
    /// Lookups.
    pub ix: Index<'a>,
    /// What files that could not be read may have declared.
    pub unread: Unread,
    /// Each role's hours and load, for the capacity rules (computed once).
    pub capacity: Vec<crate::model::capacity::RoleLoad>,
    /// The day reviews are measured against (`--today`, or the date in UTC).
    pub today: jiff::civil::Date,
}

/// What a rule needs to see to be right.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Each thing by itself, or references checked by name (a reference to
    /// what an unread file may declare is left out by [`Unread`]).
    Own,
    /// The whole conveyor: who owns every stage, every handoff, where every
    /// artifact comes from. With a file unread its roles or stages are
    /// missing, and such a rule would report each of them again as a gap
    /// (a courier file with a syntax error gave "no role owns" for its three
    /// stages): these wait until every file reads.
    Whole,
}

type RuleFn = fn(&Ctx, &mut Vec<Finding>);

/// Every semantic rule, in contract order (load-time rules fire in `load`).
const CHECKS: &[(RuleFn, Scope)] = &[
    (refs::duplicate_id, Scope::Own),
    (refs::unknown_reference, Scope::Own),
    (flow::stage_without_owner, Scope::Whole),
    (flow::stage_multiple_owners, Scope::Own),
    (flow::handoff_missing, Scope::Whole),
    (flow::handoff_mismatch, Scope::Whole),
    (flow::handoff_incomplete, Scope::Whole),
    (flow::unreachable_stage, Scope::Whole),
    (people::time_budget_sum, Scope::Own),
    (people::reports_to_cycle, Scope::Own),
    (flow::dead_end_stage, Scope::Whole),
    (people::role_without_stages, Scope::Own),
    (flow::full_cycle_owner, Scope::Whole),
    (people::deputy_missing, Scope::Own),
    (people::deputy_self, Scope::Own),
    (people::kpi_missing, Scope::Own),
    (people::pay_without_kpi, Scope::Own),
    (people::shared_incentive, Scope::Own),
    (artifacts::artifact_unproduced, Scope::Whole),
    (artifacts::artifact_unused, Scope::Whole),
    (artifacts::artifact_unstored, Scope::Own),
    (artifacts::field_filled_late, Scope::Whole),
    (decisions::decision_gap, Scope::Own),
    (decisions::decision_without_decider, Scope::Own),
    (people::review_overdue, Scope::Own),
    (people::empty_checklist, Scope::Own),
    (people::over_capacity, Scope::Whole),
    (people::time_budget_drift, Scope::Whole),
    (people::headcount_mismatch, Scope::Whole),
    (people::role_unstaffed, Scope::Whole),
    (people::cover_overloaded, Scope::Whole),
    (people::deputy_conflict, Scope::Whole),
];

/// Today's date in UTC: what `check` measures reviews against unless told
/// another day (`--today`), so that a CI run can be reproduced.
pub use crate::model::today;

/// Runs every rule over a loaded handbook, applies `checks:` overrides and sorts the findings.
pub fn check(loaded: &Loaded) -> Report {
    check_on(loaded, today())
}

/// [`check`] as on the day `today`.
pub fn check_on(loaded: &Loaded, today: jiff::civil::Date) -> Report {
    check_compiling(loaded, today).0
}

/// [`check_on`], with the handbook compiled where a rule needed it
/// (`signature-missing`, on the fingerprints of compiled roles, where the
/// handbook keeps `acknowledgements.yaml`), so a build need not compile again.
pub fn check_compiling(
    loaded: &Loaded,
    today: jiff::civil::Date,
) -> (Report, Option<crate::compile::Compiled>) {
    let mut ctx = Ctx {
        hb: &loaded.handbook,
        ix: Index::new(&loaded.handbook),
        unread: Unread::of(loaded),
        capacity: Vec::new(),
        today,
    };
    ctx.capacity = crate::model::capacity::capacity(ctx.hb, &ctx.ix, &[], today);
    let mut findings = loaded.findings.clone();
    // Rules only read the model: they run on both cores, findings kept in rule order.
    let complete = !ctx.unread.any();
    let per_rule: Vec<Vec<Finding>> = CHECKS
        .par_iter()
        .filter(|(_, scope)| complete || *scope == Scope::Own)
        .map(|(rule, _)| {
            let mut out = Vec::new();
            rule(&ctx, &mut out);
            out
        })
        .collect();
    findings.extend(per_rule.into_iter().flatten());
    let signatures = !loaded.handbook.signatures.is_empty() && complete;
    let compiled = signatures.then(|| crate::compile::compile(&loaded.handbook, today));
    if let Some(c) = &compiled {
        findings.extend(people::signature_missing(&ctx, c));
    }
    let findings: Vec<Finding> = findings
        .into_iter()
        .map(|mut f| {
            f.message = titled(&ctx, f.message);
            f
        })
        .collect();
    let findings = apply_overrides(&loaded.handbook, findings);
    let report = Report {
        findings: sorted(&loaded.handbook, findings),
    };
    (report, compiled)
}

/// A finding's message with each role it names (`role`, `other`,
/// `deputy`) shown with its title, as people know it: "`courier`
/// (Courier)". An id that names nothing stays an id.
fn titled(ctx: &Ctx, mut text: crate::diagnostic::Text) -> crate::diagnostic::Text {
    use crate::diagnostic::Arg;
    for (name, arg) in &mut text.args {
        if !matches!(*name, "role" | "other" | "deputy") {
            continue;
        }
        let Arg::Str(id) = arg else { continue };
        let title = match ctx.ix.roles.get(id.as_str()) {
            Some(&i) => Some(ctx.hb.roles[i].title.as_str()),
            None => ctx.ix.external.get(id.as_str()).copied(),
        };
        let named = match title {
            Some(title) if !title.is_empty() => {
                crate::text!("role-named", id = id.as_str(), title = title)
            }
            _ => crate::text!("role-id", id = id.as_str()),
        };
        *arg = Arg::Text(Box::new(named));
    }
    text
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
