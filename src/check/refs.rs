//! Rules about ids: `duplicate-id` and `unknown-reference`.

use rustc_hash::FxHashMap;

use super::Ctx;
use crate::diagnostic::{Finding, Loc, did_you_mean};
use crate::model::Sp;
use crate::rules::Rule;

fn first_seen<'a>(seen: &mut FxHashMap<&'a str, Loc>, id: &'a Sp<String>) -> Option<Loc> {
    match seen.get(id.as_str()) {
        Some(first) => Some(*first),
        None => {
            seen.insert(id.as_str(), id.loc);
            None
        }
    }
}

/// `duplicate-id`: two roles, processes, stages, or KPIs of one role share an id.
/// (Repeated artifact and external-role keys are found while loading.)
// Long on purpose: one loop per kind of id (roles, processes, stages,
// artifacts, KPIs), each with its own wording.
pub fn duplicate_id(ctx: &Ctx, out: &mut Vec<Finding>) {
    let hb = ctx.hb;
    let where_ = |loc: Loc| {
        let file = &hb.files[loc.file as usize].display;
        format!("the first is in {}:{}", file.display(), loc.line)
    };
    let mut seen = FxHashMap::default();
    for r in &hb.roles {
        if let Some(first) = first_seen(&mut seen, &r.id) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    r.id.loc,
                    format!("role id `{}` is used by two files", r.id.value),
                )
                .help(format!(
                    "{}; a role's id is its file name, so rename one file",
                    where_(first)
                )),
            );
        }
    }
    let mut seen = FxHashMap::default();
    for p in &hb.processes {
        if let Some(first) = first_seen(&mut seen, &p.id) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    p.id.loc,
                    format!("process id `{}` is used by two files", p.id.value),
                )
                .help(format!("{}; rename one file", where_(first))),
            );
        }
    }
    let mut seen = FxHashMap::default();
    for s in hb.processes.iter().flat_map(|p| &p.stages) {
        if let Some(first) = first_seen(&mut seen, &s.id) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    s.id.loc,
                    format!("stage id `{}` is defined twice", s.id.value),
                )
                .label("second definition")
                .help(format!(
                    "{}; stage ids are unique across all processes",
                    where_(first)
                )),
            );
        }
    }
    let mut seen = FxHashMap::default();
    for a in &hb.settings.artifacts {
        if let Some(first) = first_seen(&mut seen, &a.id) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    a.id.loc,
                    format!("artifact id `{}` is declared twice", a.id.value),
                )
                .label("second declaration")
                .help(format!(
                    "{}; artifact ids are unique across handbook.yaml and the process files",
                    where_(first)
                )),
            );
        }
    }
    for r in &hb.roles {
        let mut seen = FxHashMap::default();
        for k in &r.kpis {
            if let Some(first) = first_seen(&mut seen, &k.id) {
                out.push(
                    Finding::new(
                        Rule::DuplicateId,
                        k.id.loc,
                        format!(
                            "KPI id `{}` is used twice in role `{}`",
                            k.id.value, r.id.value
                        ),
                    )
                    .label("second definition")
                    .help(format!("the first is on line {}", first.line)),
                );
            }
        }
    }
}

/// Reports `id` when `known` does not hold it.
fn reference<'c>(
    out: &mut Vec<Finding>,
    id: &Sp<String>,
    what: &str,
    known: impl Fn(&str) -> bool,
    candidates: impl IntoIterator<Item = &'c str>,
) {
    if known(id.as_str()) {
        return;
    }
    out.push(
        Finding::new(
            Rule::UnknownReference,
            id.loc,
            format!("`{}` is not {what}", id.value),
        )
        .label(format!("not {what}"))
        .maybe_help(did_you_mean(id.as_str(), candidates)),
    );
}

/// `unknown-reference`: an id that names nothing.
// Long on purpose: one short block per kind of reference the format has
// (reports_to, deputy, owns, handoffs, KPIs, pay, time budget...), all
// checked against the same index with the same helper.
pub fn unknown_reference(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    let is_stage = |s: &str| ix.stages.contains_key(s);
    let is_role = |s: &str| ix.roles.contains_key(s);
    let is_artifact = |s: &str| ix.artifacts.contains_key(s);
    let stages = || ix.stages.keys().copied();
    let roles = || ix.roles.keys().copied();
    let artifacts = || ix.artifacts.keys().copied();

    for p in &hb.processes {
        if let Some(start) = &p.start {
            let own: Vec<&str> = p.stages.iter().map(|s| s.id.as_str()).collect();
            reference(
                out,
                start,
                "a stage of this process",
                |s| own.contains(&s),
                own.iter().copied(),
            );
        }
        for s in &p.stages {
            for a in s.needs.iter().chain(&s.produces) {
                reference(
                    out,
                    a,
                    "an artifact of handbook.yaml",
                    is_artifact,
                    artifacts(),
                );
            }
            for n in &s.next {
                reference(out, n, "a stage", is_stage, stages());
            }
        }
    }

    for r in &hb.roles {
        if let Some(to) = &r.reports_to {
            reference(
                out,
                to,
                "a role or an external role",
                |s| is_role(s) || ix.external.contains_key(s),
                roles().chain(ix.external.keys().copied()),
            );
        }
        if let Some(d) = &r.deputy {
            reference(out, d, "a role", is_role, roles());
        }
        for s in r.owns.iter().chain(&r.supports).chain(&r.informed) {
            reference(out, s, "a stage", is_stage, stages());
        }
        for k in &r.kpis {
            if let Some(o) = &k.outcome {
                reference(
                    out,
                    o,
                    "an artifact of handbook.yaml",
                    is_artifact,
                    artifacts(),
                );
            }
        }
        let kpis: Vec<&str> = r.kpis.iter().map(|k| k.id.as_str()).collect();
        for v in r.pay.iter().flat_map(|p| &p.variable) {
            reference(
                out,
                &v.kpi,
                "a KPI of this role",
                |s| kpis.contains(&s),
                kpis.iter().copied(),
            );
        }
        if let Some(tb) = &r.time_budget {
            let mine: Vec<&str> = r
                .owns
                .iter()
                .chain(&r.supports)
                .map(Sp::as_str)
                .chain(["other"])
                .collect();
            for (key, _) in &tb.value {
                reference(
                    out,
                    key,
                    "a stage this role owns or supports (or `other`)",
                    |s| mine.contains(&s),
                    mine.iter().copied(),
                );
            }
        }
        for h in &r.handoffs {
            reference(out, &h.after, "a stage", is_stage, stages());
            // An external `to` is handoff-mismatch, not an unknown id.
            reference(
                out,
                &h.to,
                "a role",
                |s| is_role(s) || ix.external.contains_key(s),
                roles(),
            );
            for a in &h.passes {
                reference(
                    out,
                    a,
                    "an artifact of handbook.yaml",
                    is_artifact,
                    artifacts(),
                );
            }
        }
    }
}
