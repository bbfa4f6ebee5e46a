//! Rules about artifacts: produced before they are needed, used, and kept somewhere shared.

use rustc_hash::FxHashSet;

use super::Ctx;
use crate::diagnostic::Finding;
use crate::rules::Rule;

/// `artifact-unproduced`: a stage needs an artifact no stage produces and that is not external.
pub fn artifact_unproduced(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    let produced: FxHashSet<&str> = hb
        .processes
        .iter()
        .flat_map(|p| &p.stages)
        .flat_map(|s| &s.produces)
        .map(|a| a.as_str())
        .collect();
    for s in hb.processes.iter().flat_map(|p| &p.stages) {
        for need in &s.needs {
            let Some(a) = ix.artifact(hb, need.as_str()) else {
                continue;
            };
            if !a.external && !produced.contains(need.as_str()) {
                out.push(
                    Finding::new(
                        Rule::ArtifactUnproduced,
                        need.loc,
                        format!("stage `{}` needs `{}`, which no stage produces", s.id.value, need.value),
                    )
                    .label("produced nowhere")
                    .help(format!(
                        "add `{}` to `produces:` of the stage that makes it, or mark it `external: true` in handbook.yaml",
                        need.value
                    )),
                );
            }
        }
    }
}

/// `artifact-unused`: an artifact nothing needs, passes or pays for.
pub fn artifact_unused(ctx: &Ctx, out: &mut Vec<Finding>) {
    let hb = ctx.hb;
    let mut used: FxHashSet<&str> = FxHashSet::default();
    used.extend(
        hb.processes
            .iter()
            .flat_map(|p| &p.stages)
            .flat_map(|s| &s.needs)
            .map(|a| a.as_str()),
    );
    for r in &hb.roles {
        used.extend(
            r.handoffs
                .iter()
                .flat_map(|h| &h.passes)
                .map(|a| a.as_str()),
        );
        used.extend(
            r.kpis
                .iter()
                .filter_map(|k| k.outcome.as_ref())
                .map(|a| a.as_str()),
        );
    }
    for a in hb
        .settings
        .artifacts
        .iter()
        .filter(|a| !used.contains(a.id.as_str()))
    {
        out.push(
            Finding::new(Rule::ArtifactUnused, a.id.loc, format!("artifact `{}` is never needed, passed or paid for", a.id.value))
                .label("unused")
                .help("name it in a stage's `needs:`, a handoff's `passes:` or a KPI's `outcome:`, or remove it"),
        );
    }
}

/// `artifact-unstored`: an artifact passed in a handoff names no `kept_in`.
pub fn artifact_unstored(ctx: &Ctx, out: &mut Vec<Finding>) {
    let hb = ctx.hb;
    let passed: FxHashSet<&str> = hb
        .roles
        .iter()
        .flat_map(|r| &r.handoffs)
        .flat_map(|h| &h.passes)
        .map(|a| a.as_str())
        .collect();
    for a in hb.settings.artifacts.iter() {
        if a.kept_in.is_none() && passed.contains(a.id.as_str()) {
            out.push(
                Finding::new(
                    Rule::ArtifactUnstored,
                    a.id.loc,
                    format!("artifact `{}` is handed over but kept nowhere", a.id.value),
                )
                .label("no `kept_in`")
                .help("add `kept_in:` (the CRM, the shared drive, the archive) so it does not leave with a person"),
            );
        }
    }
}
