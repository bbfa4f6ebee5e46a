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

/// `field-filled-late`: a field's `filled_at` stage does not produce the
/// artifact, or a role of its `checked_by` hands over or receives the
/// artifact only at changes of hands that come before the field is filled.
pub fn field_filled_late(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    let changes = super::flow::changes_of_hands(hb, ix);
    for a in &hb.settings.artifacts {
        for f in &a.fields {
            let Some(at) = &f.filled_at else { continue };
            let Some(&(pi, si)) = ix.stages.get(at.as_str()) else {
                continue;
            };
            let stage = &hb.processes[pi].stages[si];
            if !stage.produces.iter().any(|p| p.value == a.id.value) {
                out.push(
                    Finding::new(
                        Rule::FieldFilledLate,
                        at.loc,
                        format!(
                            "`{}` of `{}` is filled at `{}`, which does not produce `{}`",
                            f.text, a.id.value, at.value, a.id.value
                        ),
                    )
                    .label("does not produce it")
                    .help(format!(
                        "name the stage whose `produces:` includes `{}`, or add it there",
                        a.id.value
                    )),
                );
                continue;
            }
            let process = &hb.processes[pi];
            let rank = super::flow::walk_order(process);
            for r in &f.checked_by {
                let Some(&ri) = ix.roles.get(r.as_str()) else {
                    continue;
                };
                let receives = changes.iter().filter(|c| {
                    (c.taker == ri || c.giver == ri)
                        && super::flow::passes_or_needs(hb, ix, c, a.id.as_str())
                });
                let mut any = false;
                let mut in_time = false;
                for c in receives {
                    any = true;
                    let Some(&(cp, _)) = ix.stages.get(c.from) else {
                        continue;
                    };
                    in_time |=
                        cp != pi || super::flow::comes_before(process, &rank, at.as_str(), c.from);
                }
                if !in_time {
                    out.push(
                        Finding::new(
                            Rule::FieldFilledLate,
                            r.loc,
                            if any {
                                format!(
                                    "`{}` hands over or receives `{}` only before `{}` fills `{}`",
                                    r.value, a.id.value, at.value, f.text
                                )
                            } else {
                                format!(
                                    "`{}` is to check `{}`, but hands over or receives `{}` at no change of hands",
                                    r.value, f.text, a.id.value
                                )
                            },
                        )
                        .label("nothing to check yet")
                        .help(format!(
                            "remove `{}` from `checked_by:`, or move `filled_at:` to a stage before they receive `{}`",
                            r.value, a.id.value
                        )),
                    );
                }
            }
        }
    }
}
