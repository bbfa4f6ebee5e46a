//! What a change of hands is, and when one stage comes before another: definitions on the model that the rules (`check`) and the pages (`compile`) share, so the two cannot disagree.

use std::collections::{BTreeSet, VecDeque};

use super::{Handbook, Handoff, Index, Process, Sp};

/// One change of hands: stage `from` (owned by role `giver`) is followed by stage `to` (owned by `taker`).
#[derive(Clone, Debug)]
pub struct Change<'a> {
    /// The stage whose work is handed over.
    pub from: &'a str,
    /// The stage that follows.
    pub to: &'a str,
    /// Role index of the owner of `from`.
    pub giver: usize,
    /// Role index of the owner of `to`.
    pub taker: usize,
    /// The `next` entry that creates it.
    pub link: &'a Sp<String>,
}

/// Every change of hands, in process and stage order: `S -> T` where S and T have different single owners.
pub fn changes_of_hands<'a>(hb: &'a Handbook, ix: &Index<'a>) -> Vec<Change<'a>> {
    let mut out = Vec::new();
    for s in hb.processes.iter().flat_map(|p| &p.stages) {
        let Some(giver) = ix.owner(s.id.as_str()) else {
            continue;
        };
        for n in &s.next {
            if let Some(taker) = ix.owner(n.as_str()).filter(|t| *t != giver) {
                out.push(Change {
                    from: s.id.as_str(),
                    to: n.as_str(),
                    giver,
                    taker,
                    link: n,
                });
            }
        }
    }
    out
}

/// The handoff written for a change of hands, if any.
pub fn handoff_for<'a>(hb: &'a Handbook, c: &Change) -> Option<&'a Handoff> {
    let taker = hb.roles[c.taker].id.as_str();
    hb.roles[c.giver]
        .handoffs
        .iter()
        .find(|h| h.after.as_str() == c.from && h.to.as_str() == taker)
}

/// Stages of `p` reachable from `from` by one or more `next` links inside `p`.
pub fn reachable_within(p: &Process, from: &str) -> BTreeSet<String> {
    let inside: BTreeSet<&str> = p.stages.iter().map(|s| s.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<&str> = VecDeque::from([from]);
    while let Some(cur) = queue.pop_front() {
        let Some(stage) = p.stages.iter().find(|s| s.id.as_str() == cur) else {
            continue;
        };
        for n in &stage.next {
            if inside.contains(n.as_str()) && seen.insert(n.value.clone()) {
                queue.push_back(n.as_str());
            }
        }
    }
    seen
}

/// True when a change of hands hands `artifact` over: its written handoff
/// passes it, or the next stage needs it.
pub fn passes_or_needs(hb: &Handbook, ix: &Index, c: &Change, artifact: &str) -> bool {
    handoff_for(hb, c).is_some_and(|h| h.passes.iter().any(|a| a.as_str() == artifact))
        || ix
            .stage(hb, c.to)
            .is_some_and(|t| t.needs.iter().any(|a| a.as_str() == artifact))
}

/// True when the work of stage `x` is done by the time stage `s` ends: `x` is
/// `s`, or `s` follows `x` along `next` links of `p` that lead forward (a
/// link back to an earlier stage, such as a repeat order returning to the
/// brief, starts the next case, not this one). "Earlier" is the order in
/// which a walk from the process's start first meets each stage.
/// `rank` is [`walk_order`] of `p`, computed once by the caller.
pub fn comes_before(
    p: &Process,
    rank: &rustc_hash::FxHashMap<&str, usize>,
    x: &str,
    s: &str,
) -> bool {
    if x == s {
        return true;
    }
    let Some(&from) = rank.get(x) else {
        return false;
    };
    let mut seen = BTreeSet::from([x]);
    let mut queue = VecDeque::from([(x, from)]);
    while let Some((cur, r)) = queue.pop_front() {
        let Some(stage) = p.stages.iter().find(|st| st.id.as_str() == cur) else {
            continue;
        };
        for n in &stage.next {
            let Some(&rn) = rank.get(n.as_str()) else {
                continue;
            };
            if rn > r && seen.insert(n.as_str()) {
                if n.as_str() == s {
                    return true;
                }
                queue.push_back((n.as_str(), rn));
            }
        }
    }
    false
}

/// Each stage of `p` with the place a breadth-first walk from the start
/// meets it; stages the walk never meets follow in reading order.
pub fn walk_order(p: &Process) -> rustc_hash::FxHashMap<&str, usize> {
    let mut rank = rustc_hash::FxHashMap::default();
    let mut queue: VecDeque<&str> = p.start_id().into_iter().collect();
    while let Some(cur) = queue.pop_front() {
        if rank.contains_key(cur) {
            continue;
        }
        let Some(stage) = p.stages.iter().find(|st| st.id.as_str() == cur) else {
            continue;
        };
        rank.insert(cur, rank.len());
        queue.extend(stage.next.iter().map(Sp::as_str));
    }
    for st in &p.stages {
        let next = rank.len();
        rank.entry(st.id.as_str()).or_insert(next);
    }
    rank
}

/// True when the taker of a change of hands already holds `artifact`: another
/// stage U it owns, in the same process as the next stage T, needs or produces
/// it, and T is reached from U by one or more `next` links inside that process.
pub fn receiver_holds(hb: &Handbook, ix: &Index, c: &Change, artifact: &str) -> bool {
    let Some(&(pi, _)) = ix.stages.get(c.to) else {
        return false;
    };
    let process = &hb.processes[pi];
    process.stages.iter().any(|u| {
        ix.owner(u.id.as_str()) == Some(c.taker)
            && u.needs
                .iter()
                .chain(&u.produces)
                .any(|a| a.as_str() == artifact)
            && reachable_within(process, u.id.as_str()).contains(c.to)
    })
}
