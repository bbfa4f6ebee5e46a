//! What changed between two compiled handbooks, role by role and process by process, as each person's work sees it.
//!
//! Compares the views readers get (job descriptions, own checklists,
//! handoffs, KPIs, pay), not the YAML, so a reformatted file is no change
//! and a changed handoff shows on the pages of both people it concerns.
//! Renames (`renamed_from`) are followed: a renamed role is one role.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use crate::compile::{Compiled, HandoffView, ProcessView, RoleView};
use crate::diagnostic::Text;
use crate::i18n::say;
use crate::model::{Kind, Language};
use crate::text;

/// Everything that changed, for people and for processes.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HandbookDiff {
    /// What the old side is (a folder, or `roles@REV`).
    pub old: String,
    /// What the new side is.
    pub new: String,
    /// Roles added, removed, renamed or changed, by id (the new one).
    pub roles: Vec<RoleDiff>,
    /// Processes with stages added, removed, re-owned or re-ordered.
    pub processes: Vec<ProcessDiff>,
}

impl HandbookDiff {
    /// True when nothing a reader sees changed.
    pub fn is_empty(&self) -> bool {
        self.roles.is_empty() && self.processes.is_empty()
    }

    /// The changes of one role (by its id now).
    pub fn role(&self, id: &str) -> Option<&RoleDiff> {
        self.roles.iter().find(|r| r.id == id)
    }
}

/// What changed in one role's work.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleDiff {
    /// Id (the new one; the old one for a removed role).
    pub id: String,
    /// Title.
    pub title: String,
    /// `added`, `removed`, `renamed` or `changed`.
    pub status: &'static str,
    /// The id it had, when renamed.
    pub renamed_from: Option<String>,
    /// Each change, in the order of the job description.
    pub changes: Vec<Change>,
}

/// One change: in which part, to what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The part of the job description, e.g. `duties`, `handoff out`.
    pub section: &'static str,
    /// Which item of it (a stage, a handoff, a KPI, a list), if any.
    pub item: Option<String>,
    /// For a handoff that changed: which of its facts (`passes`,
    /// `deadline`, `channel`, `read-back`, `tell the client`, `first actions`).
    pub fact: Option<&'static str>,
    /// `added`, `removed` or `changed`.
    pub kind: &'static str,
    /// The value before.
    pub old: Option<String>,
    /// The value now.
    pub new: Option<String>,
}

/// What changed in one process.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProcessDiff {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// `added`, `removed` or `changed`.
    pub status: &'static str,
    /// Stage changes: `added`, `removed`, `re-owned`, `re-ordered`.
    pub changes: Vec<Change>,
}

fn change(
    section: &'static str,
    item: Option<&str>,
    old: Option<&str>,
    new: Option<&str>,
) -> Option<Change> {
    let kind = match (old, new) {
        (None, Some(_)) => "added",
        (Some(_), None) => "removed",
        (Some(a), Some(b)) if a != b => "changed",
        _ => return None,
    };
    Some(Change {
        section,
        item: item.map(str::to_owned),
        fact: None,
        kind,
        old: old.map(str::to_owned),
        new: new.map(str::to_owned),
    })
}

/// Items of a list that are only in the old one (removed) or only in the new one (added).
fn list(
    section: &'static str,
    item: Option<&str>,
    old: &[String],
    new: &[String],
    out: &mut Vec<Change>,
) {
    out.extend(
        old.iter()
            .filter(|o| !new.contains(o))
            .filter_map(|o| change(section, item, Some(o), None)),
    );
    out.extend(
        new.iter()
            .filter(|n| !old.contains(n))
            .filter_map(|n| change(section, item, None, Some(n))),
    );
}

/// Keyed values: removed keys, added keys, and keys whose value changed.
fn keyed(
    section: &'static str,
    old: &BTreeMap<String, String>,
    new: &BTreeMap<String, String>,
    out: &mut Vec<Change>,
) {
    for (k, o) in old {
        out.extend(change(
            section,
            Some(k),
            Some(o),
            new.get(k).map(String::as_str),
        ));
    }
    for (k, n) in new.iter().filter(|(k, _)| !old.contains_key(*k)) {
        out.extend(change(section, Some(k), None, Some(n)));
    }
}

fn texts(items: &[crate::markdown::Md]) -> Vec<String> {
    items.iter().map(|m| m.md.to_string()).collect()
}

/// Renames of roles, processes and stages: old id -> id now, each kind apart.
#[derive(Debug, Default)]
pub struct Renames(BTreeMap<(Kind, String), String>);

impl Renames {
    /// From the new handbook's `renamed_from` entries.
    pub fn of(hb: &crate::model::Handbook) -> Renames {
        let mut map = BTreeMap::new();
        for (kind, old, now) in hb.renames() {
            map.entry((kind, old.value.clone()))
                .or_insert_with(|| now.to_string());
        }
        Renames(map)
    }

    /// The id now of the role, process or stage called `id` before.
    pub fn now<'a>(&'a self, kind: Kind, id: &'a str) -> &'a str {
        self.0
            .get(&(kind, id.to_string()))
            .map_or(id, String::as_str)
    }
}

/// One handoff as the diff compares it: what moves, how, and what the
/// other side is told, keyed by its stages (as named now).
fn handoff_facts(h: &HandoffView) -> BTreeMap<&'static str, String> {
    let mut facts = BTreeMap::new();
    let names: Vec<&str> = h.passes.iter().map(|a| a.name.as_str()).collect();
    facts.insert("passes", names.join(", "));
    let mut put = |k: &'static str, v: Option<String>| {
        if let Some(v) = v {
            facts.insert(k, v);
        }
    };
    put("deadline", h.deadline.clone());
    put("channel", h.channel.clone());
    put("read-back", h.confirm.as_ref().map(|m| m.md.to_string()));
    put(
        "tell the client",
        h.tell_client.as_ref().map(|m| m.md.to_string()),
    );
    put(
        "first actions",
        Some(texts(&h.actions).join("; ")).filter(|s| !s.is_empty()),
    );
    facts
}

fn handoffs_of<'a>(
    c: &'a Compiled,
    role: &str,
    giving: bool,
    renames: &Renames,
) -> BTreeMap<(String, String), &'a HandoffView> {
    c.handoffs
        .iter()
        .filter(|h| {
            if giving {
                h.giver.id == role
            } else {
                h.taker.id == role
            }
        })
        .map(|h| {
            let key = (
                renames.now(Kind::Stage, &h.from.id).to_string(),
                renames.now(Kind::Stage, &h.to.id).to_string(),
            );
            (key, h)
        })
        .collect()
}

/// The handoffs a role gives (or takes), compared stage pair by stage pair.
fn handoffs(
    section: &'static str,
    old: &BTreeMap<(String, String), &HandoffView>,
    new: &BTreeMap<(String, String), &HandoffView>,
    out: &mut Vec<Change>,
) {
    let label = |h: &HandoffView, other: &str| format!("{} → {} ({other})", h.from.name, h.to.name);
    let other = |h: &HandoffView| {
        if section == "handoff out" {
            h.taker.name.clone()
        } else {
            h.giver.name.clone()
        }
    };
    for (key, o) in old {
        match new.get(key) {
            None => out.extend(change(section, None, Some(&label(o, &other(o))), None)),
            Some(n) => {
                let item = label(n, &other(n));
                let (fo, fnew) = (handoff_facts(o), handoff_facts(n));
                let facts = fo
                    .keys()
                    .chain(fnew.keys().filter(|k| !fo.contains_key(*k)));
                for k in facts {
                    let (was, now) = (fo.get(k), fnew.get(k));
                    if let Some(mut c) = change(
                        section,
                        Some(&item),
                        was.map(String::as_str),
                        now.map(String::as_str),
                    ) {
                        c.fact = Some(k);
                        out.push(c);
                    }
                }
            }
        }
    }
    for n in new
        .iter()
        .filter(|(k, _)| !old.contains_key(*k))
        .map(|(_, n)| n)
    {
        out.extend(change(section, None, None, Some(&label(n, &other(n)))));
    }
}

/// Everything that changed in one role's work between `o` and `n`.
// Long on purpose: one short block per part of a job description, in the
// order the page shows them.
fn role_changes(
    old: &Compiled,
    o: &RoleView,
    new: &Compiled,
    n: &RoleView,
    renames: &Renames,
) -> Vec<Change> {
    let mut out = Vec::new();
    out.extend(change("title", None, Some(&o.title), Some(&n.title)));
    out.extend(change(
        "summary",
        None,
        o.summary.as_deref(),
        n.summary.as_deref(),
    ));
    let name = |s: &Option<crate::compile::Superior>| s.as_ref().map(|s| s.name.clone());
    out.extend(change(
        "reports to",
        None,
        name(&o.reports_to).as_deref(),
        name(&n.reports_to).as_deref(),
    ));
    out.extend(change(
        "deputy",
        None,
        name(&o.deputy).as_deref(),
        name(&n.deputy).as_deref(),
    ));
    let stages = |r: &RoleView| -> BTreeMap<String, (String, Vec<String>)> {
        r.owns
            .iter()
            .map(|s| {
                (
                    renames.now(Kind::Stage, &s.id).to_string(),
                    (s.name.clone(), texts(&s.done_when)),
                )
            })
            .collect()
    };
    let (so, sn) = (stages(o), stages(n));
    for (name, _) in so
        .iter()
        .filter(|(id, _)| !sn.contains_key(*id))
        .map(|(_, v)| v)
    {
        out.extend(change("owned stages", None, Some(name), None));
    }
    for (id, (name, exit)) in &sn {
        match so.get(id) {
            None => out.extend(change("owned stages", None, None, Some(name))),
            Some((_, old_exit)) => list("exit criteria", Some(name), old_exit, exit, &mut out),
        }
    }
    list(
        "duties",
        None,
        &texts(&o.duties),
        &texts(&n.duties),
        &mut out,
    );
    list(
        "not responsible for",
        None,
        &texts(&o.not_responsible_for),
        &texts(&n.not_responsible_for),
        &mut out,
    );
    list(
        "rights",
        None,
        &texts(&o.rights),
        &texts(&n.rights),
        &mut out,
    );
    let own = |r: &RoleView| -> BTreeMap<String, Vec<String>> {
        r.checklists
            .iter()
            .filter(|l| l.kind == "own")
            .map(|l| {
                (
                    l.name.clone(),
                    l.items.iter().map(|i| i.text.md.to_string()).collect(),
                )
            })
            .collect()
    };
    let (lo, ln) = (own(o), own(n));
    for (name, items) in &ln {
        list(
            "checklist",
            Some(name),
            lo.get(name).map_or(&[][..], Vec::as_slice),
            items,
            &mut out,
        );
    }
    for (name, items) in lo.iter().filter(|(k, _)| !ln.contains_key(*k)) {
        list("checklist", Some(name), items, &[], &mut out);
    }
    handoffs(
        "handoff out",
        &handoffs_of(old, &o.id, true, renames),
        &handoffs_of(new, &n.id, true, renames),
        &mut out,
    );
    handoffs(
        "handoff in",
        &handoffs_of(old, &o.id, false, renames),
        &handoffs_of(new, &n.id, false, renames),
        &mut out,
    );
    let kpis = |r: &RoleView| -> BTreeMap<String, String> {
        r.kpis
            .iter()
            .map(|k| {
                let target = k
                    .target
                    .as_deref()
                    .map(|t| format!(": {t}"))
                    .unwrap_or_default();
                (k.id.clone(), format!("{}{target}", k.name))
            })
            .collect()
    };
    keyed("KPIs", &kpis(o), &kpis(n), &mut out);
    let pay = |r: &RoleView| -> BTreeMap<String, String> {
        let mut m: BTreeMap<String, String> = r
            .kpis
            .iter()
            .filter(|k| !k.pay.is_empty())
            .map(|k| (k.name.clone(), texts(&k.pay).join("; ")))
            .collect();
        if let Some(f) = &r.pay_fixed {
            m.insert("fixed".into(), f.md.to_string());
        }
        if let Some(e) = &r.pay_example {
            m.insert("example".into(), e.md.to_string());
        }
        m
    };
    keyed("pay", &pay(o), &pay(n), &mut out);
    let budget = |r: &RoleView| -> BTreeMap<String, String> {
        r.time_budget
            .iter()
            .map(|t| {
                let name = if t.name.is_empty() {
                    "other".to_string()
                } else {
                    t.name.clone()
                };
                (name, format!("{}%", t.percent))
            })
            .collect()
    };
    keyed("time budget", &budget(o), &budget(n), &mut out);
    out
}

fn process_changes(o: &ProcessView, n: &ProcessView, renames: &Renames) -> Vec<Change> {
    let mut out = Vec::new();
    let ids_o: Vec<String> = o
        .stages
        .iter()
        .map(|s| renames.now(Kind::Stage, &s.id).to_string())
        .collect();
    let ids_n: Vec<String> = n.stages.iter().map(|s| s.id.clone()).collect();
    let gone = o
        .stages
        .iter()
        .zip(&ids_o)
        .filter(|(_, id)| !ids_n.contains(id));
    for (s, _) in gone {
        out.extend(change("stages", None, Some(&s.name), None));
    }
    let common_o: Vec<&String> = ids_o.iter().filter(|id| ids_n.contains(id)).collect();
    let common_n: Vec<&String> = ids_n.iter().filter(|id| ids_o.contains(id)).collect();
    for s in &n.stages {
        let Some(oi) = ids_o.iter().position(|id| *id == s.id) else {
            out.extend(change("stages", None, None, Some(&s.name)));
            continue;
        };
        let owner = |v: &crate::compile::StageView| v.owner.as_ref().map(|r| r.name.clone());
        if let Some(mut c) = change(
            "stages",
            Some(&s.name),
            owner(&o.stages[oi]).as_deref(),
            owner(s).as_deref(),
        ) {
            c.kind = "re-owned";
            out.push(c);
        }
        let before = common_o.iter().position(|id| **id == s.id);
        let now = common_n.iter().position(|id| **id == s.id);
        if before != now {
            out.push(Change {
                section: "stages",
                item: Some(s.name.clone()),
                fact: None,
                kind: "re-ordered",
                old: before.map(|p| format!("{}", p + 1)),
                new: now.map(|p| format!("{}", p + 1)),
            });
        }
    }
    out
}

/// A role that is new or gone: no changes to list.
fn role_diff(id: String, title: String, status: &'static str) -> RoleDiff {
    RoleDiff {
        id,
        title,
        status,
        renamed_from: None,
        changes: Vec::new(),
    }
}

/// A process that is new or gone.
fn process_diff(id: String, name: String, status: &'static str) -> ProcessDiff {
    ProcessDiff {
        id,
        name,
        status,
        changes: Vec::new(),
    }
}

/// Roles added, renamed, changed (in the new handbook's order), then removed.
fn role_diffs(old: &Compiled, new: &Compiled, renames: &Renames) -> Vec<RoleDiff> {
    let mut roles = Vec::new();
    let old_roles: BTreeMap<&str, &RoleView> =
        old.roles.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut matched = Vec::new();
    for n in &new.roles {
        let before = renames
            .0
            .iter()
            .find(|((kind, from), to)| {
                *kind == Kind::Role && **to == n.id && old_roles.contains_key(from.as_str())
            })
            .map(|((_, from), _)| from.as_str());
        let (o, renamed_from) = match old_roles.get(n.id.as_str()) {
            Some(o) => (Some(*o), None),
            None => (before.and_then(|b| old_roles.get(b).copied()), before),
        };
        let Some(o) = o else {
            roles.push(role_diff(n.id.clone(), n.title.clone(), "added"));
            continue;
        };
        matched.push(o.id.as_str());
        let changes = role_changes(old, o, new, n, renames);
        if changes.is_empty() && renamed_from.is_none() {
            continue;
        }
        let status = if renamed_from.is_some() {
            "renamed"
        } else {
            "changed"
        };
        roles.push(RoleDiff {
            renamed_from: renamed_from.map(str::to_owned),
            changes,
            ..role_diff(n.id.clone(), n.title.clone(), status)
        });
    }
    let gone = old
        .roles
        .iter()
        .filter(|o| !matched.contains(&o.id.as_str()));
    roles.extend(gone.map(|o| role_diff(o.id.clone(), o.title.clone(), "removed")));
    roles
}

/// Processes added or changed (in the new handbook's order), then removed.
fn process_diffs(old: &Compiled, new: &Compiled, renames: &Renames) -> Vec<ProcessDiff> {
    let mut processes = Vec::new();
    for n in &new.processes {
        match old
            .processes
            .iter()
            .find(|o| renames.now(Kind::Process, &o.id) == n.id)
        {
            None => processes.push(process_diff(n.id.clone(), n.name.clone(), "added")),
            Some(o) => {
                let changes = process_changes(o, n, renames);
                if !changes.is_empty() {
                    processes.push(ProcessDiff {
                        changes,
                        ..process_diff(n.id.clone(), n.name.clone(), "changed")
                    });
                }
            }
        }
    }
    let gone = old.processes.iter().filter(|o| {
        !new.processes
            .iter()
            .any(|n| n.id == renames.now(Kind::Process, &o.id))
    });
    processes.extend(gone.map(|o| process_diff(o.id.clone(), o.name.clone(), "removed")));
    processes
}

/// Compares two compiled handbooks; `renames` come from the new one.
pub fn diff(old: &Compiled, new: &Compiled, renames: &Renames) -> HandbookDiff {
    HandbookDiff {
        old: String::new(),
        new: String::new(),
        roles: role_diffs(old, new, renames),
        processes: process_diffs(old, new, renames),
    }
}

/// The diff as the site shows it (`build --since REV`), in the site's `language`.
pub fn since(d: &HandbookDiff, rev: &str, language: Language) -> crate::compile::Since {
    let changed =
        |id: &str, title: &str, status: &str, changes: &[Change]| crate::compile::Changed {
            id: id.to_string(),
            title: title.to_string(),
            status: status.to_string(),
            changes: changes
                .iter()
                .map(|c| say(language, &sentence(c)))
                .collect(),
            new_items: changes
                .iter()
                .filter(|c| c.kind == "added")
                .filter_map(|c| c.new.clone())
                .collect(),
            changed_pay: changes
                .iter()
                .filter(|c| c.section == "pay" && c.kind != "removed")
                .filter_map(|c| c.item.clone())
                .collect(),
        };
    crate::compile::Since {
        rev: rev.to_string(),
        date: None,
        summary: None,
        roles: d
            .roles
            .iter()
            .map(|r| changed(&r.id, &r.title, r.status, &r.changes))
            .collect(),
        processes: d
            .processes
            .iter()
            .map(|p| changed(&p.id, &p.name, p.status, &p.changes))
            .collect(),
    }
}

/// A value on one line: its line breaks and runs of spaces made one space
/// (each language puts its own quotation marks round it).
fn one_line(v: &Option<String>) -> String {
    v.as_deref().map_or_else(String::new, |v| {
        v.split_whitespace().collect::<Vec<_>>().join(" ")
    })
}

/// Which part of the work changed: the section, its item, the handoff's fact.
fn part(c: &Change) -> Text {
    let section = text!("diff-section", section = c.section.replace(' ', "-"));
    let Some(item) = &c.item else {
        return section;
    };
    // Pay's fixed part and example, and the time budget's `other`, are
    // words of the format among the names of the handbook.
    let item = text!("diff-item", item = item.as_str());
    match c.fact {
        Some(fact) => text!(
            "diff-part-fact",
            section = section,
            item = item,
            fact = text!("diff-fact", fact = fact.replace(' ', "-"))
        ),
        None => text!("diff-part-item", section = section, item = item),
    }
}

/// One change in words, e.g. `duties: added “Call the client”`.
pub fn sentence(c: &Change) -> Text {
    text!(
        "diff-change",
        part = part(c),
        kind = c.kind,
        old = one_line(&c.old),
        new = one_line(&c.new)
    )
}

/// A role's or process's line above its changes; `what` is `role` or `process`.
fn heading(what: &str, status: &str, title: &str, id: &str, renamed_from: Option<&str>) -> Text {
    text!(
        "diff-heading",
        what = what,
        status = if renamed_from.is_some() {
            "renamed"
        } else {
            status
        },
        title = title,
        id = id,
        old = renamed_from.unwrap_or_default()
    )
}

/// The diff for a terminal, in `language`.
pub fn human(d: &HandbookDiff, language: Language) -> String {
    words(d, language, false)
}

/// The diff as Markdown, to post on a pull request, in `language`.
pub fn markdown(d: &HandbookDiff, language: Language) -> String {
    words(d, language, true)
}

/// A spec's words made safe where they are shown: literal Markdown in a
/// pull-request comment ([`crate::markdown::literal`]), or a terminal's
/// text with its control characters escaped ([`crate::report::printable`]).
pub fn safe_words(t: Text, md: bool) -> Text {
    if md {
        t.map_words(&crate::markdown::literal)
    } else {
        t.map_words(&|s| crate::report::printable(s).into_owned())
    }
}

/// A folder or revision inside a Markdown code span: no backtick to close
/// it early, no line break.
pub fn code_span(s: &str) -> String {
    s.chars()
        .map(|c| if c == '`' || c.is_control() { ' ' } else { c })
        .collect()
}

/// [`human`] or, with `md`, [`markdown`]: the same lines, with Markdown's
/// headings and bullets; the spec's words in them made safe by [`safe_words`].
fn words(d: &HandbookDiff, language: Language, md: bool) -> String {
    let w = |t: Text| say(language, &safe_words(t, md));
    let (old, new) = (d.old.as_str(), d.new.as_str());
    let mut out = String::new();
    if md {
        let _ = writeln!(out, "## {}\n", w(text!("diff-md-title")));
    }
    if d.is_empty() {
        let none = if md {
            text!("diff-md-none")
        } else {
            text!("diff-none", old = old, new = new)
        };
        let _ = writeln!(out, "{}", w(none));
        return out;
    }
    let from_to = if md {
        // In code spans: made safe for them, not escaped.
        let said = text!(
            "diff-md-from-to",
            old = code_span(old),
            new = code_span(new)
        );
        say(language, &said)
    } else {
        w(text!("diff-from-to", old = old, new = new))
    };
    let _ = writeln!(out, "{from_to}");
    let bullet = if md { "- " } else { "  " };
    let mut part = |head: Text, changes: &[Change]| {
        let _ = if md {
            writeln!(out, "\n### {}\n", w(head))
        } else {
            writeln!(out, "\n{}", w(head))
        };
        for c in changes {
            let _ = writeln!(out, "{bullet}{}", w(sentence(c)));
        }
    };
    for r in &d.roles {
        let h = heading("role", r.status, &r.title, &r.id, r.renamed_from.as_deref());
        part(
            if md {
                h
            } else {
                text!("diff-role", heading = h)
            },
            &r.changes,
        );
    }
    for p in &d.processes {
        let h = heading("process", p.status, &p.name, &p.id, None);
        let head = if md {
            text!("diff-md-process", heading = h)
        } else {
            text!("diff-process", heading = h)
        };
        part(head, &p.changes);
    }
    out
}
