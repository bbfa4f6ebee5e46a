//! Rules about artifacts: produced before they are needed, used, and kept somewhere shared.

use rustc_hash::FxHashSet;

use super::Ctx;
use crate::diagnostic::Finding;
use crate::model::{Artifact, ArtifactField};
use crate::rules::Rule;
use crate::text;

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
                        text!(
                            "artifact-unproduced",
                            stage = &s.id.value,
                            artifact = &need.value
                        ),
                    )
                    .label(text!("artifact-unproduced-label"))
                    .help(text!("artifact-unproduced-help", artifact = &need.value)),
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
            Finding::new(
                Rule::ArtifactUnused,
                a.id.loc,
                text!("artifact-unused", artifact = &a.id.value),
            )
            .label(text!("artifact-unused-label"))
            .help(text!("artifact-unused-help")),
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
                    text!("artifact-unstored", artifact = &a.id.value),
                )
                .label(text!("artifact-unstored-label"))
                .help(text!("artifact-unstored-help")),
            );
        }
    }
}

/// `field-filled-late`: a field's `filled_at` stage does not produce the
/// artifact, or a role of its `checked_by` hands over or receives the
/// artifact only at changes of hands that come before the field is filled.
pub fn field_filled_late(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    let changes = crate::model::flow::changes_of_hands(hb, ix);
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
                        text!(
                            "field-filled-at-wrong-stage",
                            field = &f.text,
                            artifact = &a.id.value,
                            stage = &at.value
                        ),
                    )
                    .label(text!("field-filled-at-wrong-stage-label"))
                    .help(text!(
                        "field-filled-at-wrong-stage-help",
                        artifact = &a.id.value
                    )),
                );
                continue;
            }
            checked_too_early(ctx, &changes, a, f, pi, out);
        }
    }
}

/// The `field-filled-late` findings of `f`'s `checked_by`: a role that gets
/// the artifact (hands it over or receives it) only before the field is
/// filled, in the field's process `pi`, or never.
fn checked_too_early(
    ctx: &Ctx,
    changes: &[crate::model::flow::Change<'_>],
    a: &Artifact,
    f: &ArtifactField,
    pi: usize,
    out: &mut Vec<Finding>,
) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    let Some(at) = &f.filled_at else { return };
    let process = &hb.processes[pi];
    let rank = crate::model::flow::walk_order(process);
    for r in &f.checked_by {
        let Some(&ri) = ix.roles.get(r.as_str()) else {
            continue;
        };
        let receives = changes.iter().filter(|c| {
            (c.taker == ri || c.giver == ri)
                && crate::model::flow::passes_or_needs(hb, ix, c, a.id.as_str())
        });
        let mut any = false;
        let mut in_time = false;
        for c in receives {
            any = true;
            let Some(&(cp, _)) = ix.stages.get(c.from) else {
                continue;
            };
            in_time |=
                cp != pi || crate::model::flow::comes_before(process, &rank, at.as_str(), c.from);
        }
        if in_time {
            continue;
        }
        let message = if any {
            text!(
                "field-checked-too-early",
                role = &r.value,
                artifact = &a.id.value,
                stage = &at.value,
                field = &f.text
            )
        } else {
            text!(
                "field-checked-nowhere",
                role = &r.value,
                artifact = &a.id.value,
                field = &f.text
            )
        };
        out.push(
            Finding::new(Rule::FieldFilledLate, r.loc, message)
                .label(text!("field-checked-too-early-label"))
                .help(text!(
                    "field-checked-too-early-help",
                    role = &r.value,
                    artifact = &a.id.value
                )),
        );
    }
}
