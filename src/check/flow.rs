//! Rules about the flow of work: who owns each stage, and what happens at each change of hands.

use std::collections::{BTreeSet, VecDeque};

use super::Ctx;
use crate::diagnostic::Finding;
use crate::model::flow::{changes_of_hands, handoff_for, receiver_holds};
use crate::rules::Rule;
use crate::text;

/// `stage-without-owner`: no role owns the stage.
pub fn stage_without_owner(ctx: &Ctx, out: &mut Vec<Finding>) {
    for s in ctx.hb.processes.iter().flat_map(|p| &p.stages) {
        if !ctx.ix.owners.contains_key(s.id.as_str()) {
            out.push(
                Finding::new(
                    Rule::StageWithoutOwner,
                    s.id.loc,
                    text!("stage-without-owner", stage = &s.id.value),
                )
                .label(text!("stage-without-owner-label"))
                .help(text!("stage-without-owner-help", stage = &s.id.value)),
            );
        }
    }
}

/// `stage-multiple-owners`: more than one role owns the stage; reported at each extra owner.
pub fn stage_multiple_owners(ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut shared: Vec<_> = ctx.ix.owners.iter().filter(|(_, o)| o.len() > 1).collect();
    shared.sort_unstable_by_key(|(stage, _)| **stage);
    for (stage, owners) in shared {
        let [first, rest @ ..] = owners.as_slice() else {
            continue;
        };
        let first_role = &ctx.hb.roles[*first];
        for other in rest {
            let role = &ctx.hb.roles[*other];
            if let Some(claim) = role.owns.iter().find(|s| s.as_str() == *stage) {
                out.push(
                    Finding::new(
                        Rule::StageMultipleOwners,
                        claim.loc,
                        text!(
                            "stage-multiple-owners",
                            stage = stage,
                            first = &first_role.id.value,
                            second = &role.id.value
                        ),
                    )
                    .label(text!("stage-multiple-owners-label"))
                    .help(text!("stage-multiple-owners-help")),
                );
            }
        }
    }
}

/// `handoff-missing`: a change of hands with no handoff in the giver.
pub fn handoff_missing(ctx: &Ctx, out: &mut Vec<Finding>) {
    for c in changes_of_hands(ctx.hb, &ctx.ix) {
        if handoff_for(ctx.hb, &c).is_none() {
            let (giver, taker) = (&ctx.hb.roles[c.giver], &ctx.hb.roles[c.taker]);
            out.push(
                Finding::new(
                    Rule::HandoffMissing,
                    c.link.loc,
                    text!(
                        "handoff-missing",
                        from = c.from,
                        giver = &giver.id.value,
                        to = c.to,
                        taker = &taker.id.value
                    ),
                )
                .label(text!("handoff-missing-label"))
                .help(text!(
                    "handoff-missing-help",
                    file = ctx.hb.files[giver.file as usize]
                        .display
                        .display()
                        .to_string(),
                    from = c.from,
                    taker = &taker.id.value
                )),
            );
        }
    }
}

/// `handoff-mismatch`: `after` not owned by the role, or `to` owns no next stage of `after`.
// Long on purpose: the three ways a written handoff can disagree with the
// process (wrong giver, wrong receiver, no change of hands) share the
// lookups they need.
pub fn handoff_mismatch(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    for (ri, r) in hb.roles.iter().enumerate() {
        for h in &r.handoffs {
            let Some(stage) = ix.stage(hb, h.after.as_str()) else {
                continue;
            };
            if !r.owns.iter().any(|s| s.value == h.after.value) {
                let owner = ix
                    .owner(h.after.as_str())
                    .map(|o| hb.roles[o].id.value.as_str());
                out.push(
                    Finding::new(
                        Rule::HandoffMismatch,
                        h.after.loc,
                        text!(
                            "handoff-not-owned",
                            role = &r.id.value,
                            stage = &h.after.value
                        ),
                    )
                    .label(text!("handoff-not-owned-label"))
                    .help(match owner {
                        Some(o) => {
                            text!("handoff-not-owned-move", owner = o, stage = &h.after.value)
                        }
                        None => text!("handoff-not-owned-help", stage = &h.after.value),
                    }),
                );
                continue;
            }
            if ix.external.contains_key(h.to.as_str()) && !ix.roles.contains_key(h.to.as_str()) {
                out.push(
                    Finding::new(
                        Rule::HandoffMismatch,
                        h.to.loc,
                        text!("handoff-to-external", role = &h.to.value),
                    )
                    .label(text!("handoff-to-external-label")),
                );
                continue;
            }
            let Some(&to) = ix.roles.get(h.to.as_str()) else {
                continue;
            };
            let receivers: Vec<usize> = stage
                .next
                .iter()
                .filter_map(|n| ix.owner(n.as_str()))
                .collect();
            if !receivers.contains(&to) {
                let names: BTreeSet<&str> = receivers
                    .iter()
                    .filter(|o| **o != ri)
                    .map(|o| hb.roles[*o].id.as_str())
                    .collect();
                out.push(
                    Finding::new(
                        Rule::HandoffMismatch,
                        h.to.loc,
                        text!(
                            "handoff-wrong-receiver",
                            role = &h.to.value,
                            stage = &h.after.value
                        ),
                    )
                    .label(text!("handoff-wrong-receiver-label"))
                    .help(if names.is_empty() {
                        text!("handoff-no-receiver-help", stage = &h.after.value)
                    } else {
                        let owners: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                        text!(
                            "handoff-wrong-receiver-help",
                            stage = &h.after.value,
                            owners = owners.join(", ")
                        )
                    }),
                );
            }
        }
    }
}

/// `handoff-incomplete`: the next stage needs an artifact the handoff does not pass and its owner did not hold.
pub fn handoff_incomplete(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    for c in changes_of_hands(hb, ix) {
        let Some(h) = handoff_for(hb, &c) else {
            continue;
        };
        let Some(target) = ix.stage(hb, c.to) else {
            continue;
        };
        for need in &target.needs {
            if h.passes.iter().any(|a| a.value == need.value) {
                continue;
            }
            let held = receiver_holds(hb, ix, &c, need.as_str());
            if !held {
                out.push(
                    Finding::new(
                        Rule::HandoffIncomplete,
                        h.passes_loc,
                        text!(
                            "handoff-incomplete",
                            to = c.to,
                            artifact = &need.value,
                            from = c.from,
                            taker = &hb.roles[c.taker].id.value
                        ),
                    )
                    .label(text!("handoff-incomplete-label", artifact = &need.value))
                    .help(text!("handoff-incomplete-help", artifact = &need.value)),
                );
            }
        }
    }
}

/// `unreachable-stage`: no path from its process's start reaches it.
pub fn unreachable_stage(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    for p in &hb.processes {
        let own = |id: &str| p.stages.iter().any(|s| s.id.as_str() == id);
        let start = p
            .start_id()
            .filter(|s| own(s))
            .or_else(|| p.stages.first().map(|s| s.id.as_str()));
        let Some(start) = start else { continue };
        let mut seen: BTreeSet<&str> = BTreeSet::from([start]);
        let mut queue = VecDeque::from([start]);
        while let Some(cur) = queue.pop_front() {
            let Some(stage) = ix.stage(hb, cur) else {
                continue;
            };
            for n in &stage.next {
                if seen.insert(n.as_str()) {
                    queue.push_back(n.as_str());
                }
            }
        }
        for s in &p.stages {
            if !seen.contains(s.id.as_str()) {
                out.push(
                    Finding::new(
                        Rule::UnreachableStage,
                        s.id.loc,
                        text!(
                            "unreachable-stage",
                            stage = &s.id.value,
                            start = start,
                            process = &p.id.value
                        ),
                    )
                    .label(text!("unreachable-stage-label"))
                    .help(text!("unreachable-stage-help", stage = &s.id.value)),
                );
            }
        }
    }
}

/// `dead-end-stage`: no `next` and not `final`.
pub fn dead_end_stage(ctx: &Ctx, out: &mut Vec<Finding>) {
    for s in ctx.hb.processes.iter().flat_map(|p| &p.stages) {
        if s.next.is_empty() && !s.is_final {
            out.push(
                Finding::new(
                    Rule::DeadEndStage,
                    s.id.loc,
                    text!("dead-end-stage", stage = &s.id.value),
                )
                .label(text!("dead-end-stage-label"))
                .help(text!("dead-end-stage-help")),
            );
        }
    }
}

/// `full-cycle-owner`: one role owns every stage of a process of 3 or more stages.
pub fn full_cycle_owner(ctx: &Ctx, out: &mut Vec<Finding>) {
    for p in ctx.hb.processes.iter().filter(|p| p.stages.len() >= 3) {
        let owners: BTreeSet<Option<usize>> = p
            .stages
            .iter()
            .map(|s| ctx.ix.owner(s.id.as_str()))
            .collect();
        if let [Some(only)] = owners.into_iter().collect::<Vec<_>>().as_slice() {
            let r = &ctx.hb.roles[*only];
            out.push(
                Finding::new(
                    Rule::FullCycleOwner,
                    r.owns_loc,
                    text!(
                        "full-cycle-owner",
                        role = &r.id.value,
                        process = &p.id.value
                    ),
                )
                .label(text!("full-cycle-owner-label"))
                .help(text!("full-cycle-owner-help")),
            );
        }
    }
}
