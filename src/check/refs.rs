//! Rules about ids: `duplicate-id` and `unknown-reference`.

use rustc_hash::FxHashMap;

use super::Ctx;
use crate::diagnostic::{Finding, Loc, Text, did_you_mean};
use crate::model::{Kind, Sp};
use crate::rules::Rule;
use crate::text;

/// Each id of `ids` that an earlier one already has, with where the first is.
fn repeats<'a>(ids: impl IntoIterator<Item = &'a Sp<String>>) -> Vec<(&'a Sp<String>, Loc)> {
    let mut seen: FxHashMap<&str, Loc> = FxHashMap::default();
    ids.into_iter()
        .filter_map(|id| match seen.get(id.as_str()) {
            Some(first) => Some((id, *first)),
            None => {
                seen.insert(id.as_str(), id.loc);
                None
            }
        })
        .collect()
}

/// "the first is in FILE:LINE", for the help of a `duplicate-id`.
fn first_in(hb: &crate::model::Handbook, loc: Loc) -> Text {
    let file = &hb.files[loc.file as usize].display;
    text!(
        "first-in",
        file = file.display().to_string(),
        line = loc.line
    )
}

/// The `duplicate-id` of an external role named like a role file: both
/// would have the page `roles/ID.html`.
fn external_role_ids(ctx: &Ctx, out: &mut Vec<Finding>) {
    let hb = ctx.hb;
    let where_ = |loc: Loc| first_in(hb, loc);
    for (id, _) in &hb.settings.external_roles {
        if let Some(&ri) = ctx.ix.roles.get(id.as_str()) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    id.loc,
                    text!("external-role-is-role", id = &id.value),
                )
                .label(text!("external-role-is-role-label"))
                .help(text!(
                    "external-role-is-role-help",
                    first = where_(hb.roles[ri].id.loc)
                )),
            );
        }
    }
}

/// `duplicate-id`: two roles, processes, stages or artifacts of the
/// handbook, or two KPIs of one role, share an id. (A key repeated within
/// one mapping is found while loading.)
pub fn duplicate_id(ctx: &Ctx, out: &mut Vec<Finding>) {
    let hb = ctx.hb;
    let where_ = |loc: Loc| first_in(hb, loc);
    for (id, first) in repeats(hb.roles.iter().map(|r| &r.id)) {
        out.push(
            Finding::new(
                Rule::DuplicateId,
                id.loc,
                text!("duplicate-role", id = &id.value),
            )
            .help(text!("duplicate-role-help", first = where_(first))),
        );
    }
    external_role_ids(ctx, out);
    for (id, first) in repeats(hb.processes.iter().map(|p| &p.id)) {
        out.push(
            Finding::new(
                Rule::DuplicateId,
                id.loc,
                text!("duplicate-process", id = &id.value),
            )
            .help(text!("duplicate-process-help", first = where_(first))),
        );
    }
    let stages = hb.processes.iter().flat_map(|p| &p.stages).map(|s| &s.id);
    for (id, first) in repeats(stages) {
        out.push(
            Finding::new(
                Rule::DuplicateId,
                id.loc,
                text!("duplicate-stage", id = &id.value),
            )
            .label(text!("second-definition"))
            .help(text!("duplicate-stage-help", first = where_(first))),
        );
    }
    for (id, first) in repeats(hb.settings.artifacts.iter().map(|a| &a.id)) {
        out.push(
            Finding::new(
                Rule::DuplicateId,
                id.loc,
                text!("duplicate-artifact", id = &id.value),
            )
            .label(text!("duplicate-artifact-label"))
            .help(text!("duplicate-artifact-help", first = where_(first))),
        );
    }
    for r in &hb.roles {
        for (id, first) in repeats(r.kpis.iter().map(|k| &k.id)) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    id.loc,
                    text!("duplicate-kpi", id = &id.value, role = &r.id.value),
                )
                .label(text!("second-definition"))
                .help(text!("duplicate-kpi-help", line = first.line)),
            );
        }
    }
    renamed_ids(ctx, out);
}

/// The `duplicate-id` of an earlier id (`renamed_from`): two roles (or
/// processes, or stages) that both claim it, or one that something of the
/// same kind still has as its id. Either way links, signatures and `diff`
/// could follow it to only one of them.
fn renamed_ids(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (hb, ix) = (ctx.hb, &ctx.ix);
    for kind in [Kind::Role, Kind::Process, Kind::Stage] {
        let olds = || {
            hb.renames()
                .filter(move |(k, _, _)| *k == kind)
                .map(|(_, old, _)| old)
        };
        for (id, first) in repeats(olds()) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    id.loc,
                    text!("renamed-twice", id = &id.value, what = kind.word()),
                )
                .label(text!("second-definition"))
                .help(text!("renamed-twice-help", first = first_in(hb, first))),
            );
        }
        let current = |id: &str| match kind {
            Kind::Role => ix.roles.contains_key(id),
            Kind::Process => hb.processes.iter().any(|p| p.id.value == id),
            Kind::Stage => ix.stages.contains_key(id),
        };
        for id in olds().filter(|id| current(id.as_str())) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    id.loc,
                    text!("renamed-still-used", id = &id.value, what = kind.word()),
                )
                .help(text!("renamed-still-used-help", id = &id.value)),
            );
        }
    }
}

/// Reports `id` when `known` does not hold it; when it is an earlier id
/// (`renamed_from`), the help names the id now.
fn reference<'c>(
    out: &mut Vec<Finding>,
    ctx: &Ctx,
    id: &Sp<String>,
    what: &'static str,
    known: impl Fn(&str) -> bool,
    candidates: impl IntoIterator<Item = &'c str>,
) {
    if known(id.as_str()) || ctx.unread.may_declare(what, id.as_str()) {
        return;
    }
    let ix = &ctx.ix;
    // What the reference may name, for its earlier ids.
    let kind = match what {
        "role" | "person" => Some(Kind::Role),
        "stage" | "stage-of-process" | "own-stage" => Some(Kind::Stage),
        _ => None,
    };
    let renamed = kind.and_then(|k| ix.renamed.get(&(k, id.as_str())));
    let help = match renamed {
        Some(now) => Some(text!("renamed-help", old = &id.value, now = *now)),
        None => did_you_mean(id.as_str(), candidates),
    };
    let finding = Finding::new(
        Rule::UnknownReference,
        id.loc,
        text!("unknown-reference", id = &id.value, what = what),
    )
    .label(text!("unknown-reference-label", what = what))
    .maybe_help(help);
    out.push(finding);
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
    // A role or an external role: who reports, stands in, decides, reviews.
    let person = |out: &mut Vec<Finding>, id: &Sp<String>| {
        reference(
            out,
            ctx,
            id,
            "person",
            |s| is_role(s) || ix.external.contains_key(s),
            roles().chain(ix.external.keys().copied()),
        );
    };

    for p in &hb.processes {
        if let Some(start) = &p.start {
            let own: Vec<&str> = p.stages.iter().map(|s| s.id.as_str()).collect();
            reference(
                out,
                ctx,
                start,
                "stage-of-process",
                |s| own.contains(&s),
                own.iter().copied(),
            );
        }
        for s in &p.stages {
            for a in s.needs.iter().chain(&s.produces) {
                reference(out, ctx, a, "artifact", is_artifact, artifacts());
            }
            for n in &s.next {
                reference(out, ctx, n, "stage", is_stage, stages());
            }
            for r in &s.independent_of {
                reference(out, ctx, r, "role", is_role, roles());
            }
        }
    }

    if let Some(a) = &hb.settings.approved_by {
        person(out, a);
    }
    let approvals = hb
        .settings
        .approved
        .iter()
        .chain(hb.roles.iter().filter_map(|r| r.approved.as_ref()))
        .chain(hb.processes.iter().filter_map(|p| p.approved.as_ref()));
    for a in approvals {
        person(out, &a.by);
    }

    for d in &hb.settings.decisions {
        if let Some(st) = &d.stage {
            reference(out, ctx, st, "stage", is_stage, stages());
        }
        for l in &d.levels {
            person(out, &l.by);
        }
    }

    let reviews = hb
        .roles
        .iter()
        .filter_map(|r| r.review.as_ref())
        .chain(hb.processes.iter().filter_map(|p| p.review.as_ref()));
    for review in reviews {
        person(out, &review.by);
    }

    for s in &hb.signatures {
        reference(out, ctx, &s.role, "role", is_role, roles());
    }

    for (r, _) in hb.people.iter().flatten().flat_map(|p| &p.roles) {
        reference(out, ctx, r, "role", is_role, roles());
    }

    for f in hb.settings.artifacts.iter().flat_map(|a| &a.fields) {
        if let Some(at) = &f.filled_at {
            reference(out, ctx, at, "stage", is_stage, stages());
        }
        for r in &f.checked_by {
            reference(out, ctx, r, "role", is_role, roles());
        }
    }

    for r in &hb.roles {
        if let Some(to) = &r.reports_to {
            person(out, to);
        }
        if let Some(d) = &r.deputy {
            person(out, d);
        }
        for s in r.owns.iter().chain(&r.supports).chain(&r.informed) {
            reference(out, ctx, s, "stage", is_stage, stages());
        }
        for k in &r.kpis {
            if let Some(o) = &k.outcome {
                reference(out, ctx, o, "artifact", is_artifact, artifacts());
            }
        }
        let kpis: Vec<&str> = r.kpis.iter().map(|k| k.id.as_str()).collect();
        for v in r.pay.iter().flat_map(|p| &p.variable) {
            reference(
                out,
                ctx,
                &v.kpi,
                "kpi",
                |s| kpis.contains(&s),
                kpis.iter().copied(),
            );
        }
        if let Some(tb) = &r.time_budget {
            // Only stages that exist are suggested: a typo in `owns:` is
            // reported there, and is never offered as "did you mean".
            let mine: Vec<&str> = r
                .owns
                .iter()
                .chain(&r.supports)
                .map(Sp::as_str)
                .filter(|s| is_stage(s))
                .chain(["other"])
                .collect();
            let typo_in_owns = r
                .owns
                .iter()
                .chain(&r.supports)
                .any(|s| !is_stage(s.as_str()));
            for (key, _) in &tb.value {
                // A real stage while `owns:` has a typo: that finding comes first.
                if typo_in_owns && is_stage(key.as_str()) {
                    continue;
                }
                reference(
                    out,
                    ctx,
                    key,
                    "own-stage",
                    |s| mine.contains(&s),
                    mine.iter().copied(),
                );
            }
        }
        for h in &r.handoffs {
            reference(out, ctx, &h.after, "stage", is_stage, stages());
            // An external `to` is handoff-mismatch, not an unknown id.
            reference(
                out,
                ctx,
                &h.to,
                "role",
                |s| is_role(s) || ix.external.contains_key(s),
                roles(),
            );
            for a in &h.passes {
                reference(out, ctx, a, "artifact", is_artifact, artifacts());
            }
        }
    }
}
