//! Derives what the reader needs from the specs: job descriptions, checklists, handoff procedures, RACI and coverage.
//!
//! Nobody writes these twice: a stage's exit criteria become its owner's
//! checklist, a handoff becomes a sender list for one role and a receiver list
//! for the other. The result, [`Compiled`], is plain data that `render` turns
//! into pages and that `build` writes as `handbook.json`.

pub mod coverage;
mod decisions;
mod onboarding;

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::markdown::Md;
use crate::model::flow::{
    Change, changes_of_hands, comes_before, handoff_for, receiver_holds, walk_order,
};
use crate::model::{Handbook, Index, Kind, Role, Sp};
pub use coverage::Coverage;
pub use decisions::{DecisionView, ExternalView, LevelView};
pub use onboarding::{Line, OnboardingView, Question};

/// The compiled handbook.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Compiled {
    /// Settings shown on every page.
    pub meta: Meta,
    /// The Markdown pages of `pages/`, in file-name order.
    pub pages: Vec<FreePageView>,
    /// Artifacts, in handbook.yaml's order.
    pub artifacts: Vec<ArtifactView>,
    /// Processes, by id.
    pub processes: Vec<ProcessView>,
    /// Roles, by id.
    pub roles: Vec<RoleView>,
    /// One per change of hands, in process and stage order.
    pub handoffs: Vec<HandoffView>,
    /// Decision rights, in handbook.yaml's order.
    pub decisions: Vec<DecisionView>,
    /// People outside the roles (external roles), each with a page.
    pub externals: Vec<ExternalView>,
    /// Pages at earlier addresses (`renamed_from`) that send the reader on.
    pub redirects: Vec<Redirect>,
    /// What changed since an earlier revision (`build --since`).
    pub since: Option<Since>,
    /// Coverage figures.
    pub coverage: Coverage,
    /// The roles grouped by whom they report to, each group printed on its
    /// own page (`print/team-ID.html`).
    pub teams: Vec<Team>,
    /// Each role's hours and time split, where the handbook gives volumes
    /// and efforts (`workload.html`); most loaded first.
    pub workload: Vec<RoleWorkload>,
    /// Who holds each role, in the order of `roles`.
    pub staff: Vec<Staff>,
    /// Where each artifact is made, needed and handed over, in the order of
    /// `artifacts` (the documents page).
    pub artifact_flow: Vec<ArtifactFlow>,
    /// The reports-to tree, depth first (`org.html`).
    pub org: Vec<OrgItem>,
    /// Each role's first month, in the order of `roles`
    /// (`onboarding/ID.html`).
    pub onboarding: Vec<OnboardingView>,
}

/// Where one artifact goes through the work.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ArtifactFlow {
    /// The stages that produce it, with their owners.
    pub produced: Vec<StageWork>,
    /// The stages that need it, with their owners.
    pub needed: Vec<StageWork>,
    /// The changes of hands it travels in: (handoff slug, "giver → taker").
    pub handoffs: Vec<Ref>,
}

/// A stage and the role that owns it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageWork {
    /// The stage.
    pub stage: StageRef,
    /// Its owner, if it has one.
    pub owner: Option<Ref>,
}

/// Who holds one role: a count, and the names where `publish_people:` allows.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Staff {
    /// The number of people as a person reads it (`3`, `1.5`), if known.
    pub people: Option<String>,
    /// The people by name, with the part of a full-time person each gives
    /// the role where it is not whole (`Bob Roe (50%)`); empty unless
    /// `publish_people: true`.
    pub holders: Vec<String>,
}

/// One line of the reports-to tree. The tree is written depth first: a
/// line that `opens` is followed by its subordinates, and `closes` counts
/// the levels that end after it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OrgItem {
    /// The role or external role.
    pub who: Superior,
    /// How many levels down (0 for the top).
    pub depth: usize,
    /// Who holds it (roles only).
    pub staff: Option<Staff>,
    /// Subordinates follow.
    pub opens: bool,
    /// One entry per level that closes after this line.
    pub closes: Vec<u8>,
}

/// A count of people as a person reads it in `language`: `3`, `1.5` (`1,5`).
fn people_figure(n: f64, language: crate::i18n::Language) -> String {
    let rounded = (n * 10.0).round() / 10.0;
    crate::i18n::number(language, &format!("{rounded}"))
}

/// Who holds each role on the day compiled.
fn staff(hb: &Handbook, loads: &[crate::model::capacity::RoleLoad]) -> Vec<Staff> {
    loads
        .iter()
        .map(|l| Staff {
            people: l.headcount.map(|h| people_figure(h, hb.settings.language)),
            holders: if hb.settings.publish_people {
                l.holders
                    .iter()
                    .filter_map(|&(p, fte)| {
                        let name = &hb.people.as_ref()?.get(p)?.name.value;
                        Some(if (fte - 1.0).abs() < 0.005 {
                            name.clone()
                        } else {
                            format!("{name} ({}%)", (fte * 100.0).round())
                        })
                    })
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect()
}

/// The reports-to tree: roles that report to nobody in the handbook, and
/// each external role with its subordinates, at the top; each role under
/// the role it reports to, in id order.
fn org(roles: &[RoleView], staff: &[Staff]) -> Vec<OrgItem> {
    let index: BTreeMap<&str, usize> = roles
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let mut under: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut tops: Vec<Superior> = Vec::new();
    for (i, r) in roles.iter().enumerate() {
        match &r.reports_to {
            Some(s) if index.contains_key(s.id.as_str()) => {
                under.entry(s.id.as_str()).or_default().push(i)
            }
            Some(s) => {
                if !tops.iter().any(|t| t.id == s.id) {
                    tops.push(s.clone());
                }
                under.entry(s.id.as_str()).or_default().push(i);
            }
            None => tops.push(Superior {
                id: r.id.clone(),
                name: r.title.clone(),
                internal: true,
            }),
        }
    }
    tops.sort_by(|a, b| (a.internal, &a.id).cmp(&(b.internal, &b.id)));
    let mut out: Vec<OrgItem> = Vec::new();
    let mut seen = vec![false; roles.len()];
    // (who, depth); a stack, so a deep chain costs no recursion.
    let mut stack: Vec<(Superior, usize)> = tops.into_iter().rev().map(|t| (t, 0)).collect();
    while let Some((who, depth)) = stack.pop() {
        let role = who.internal.then(|| index.get(who.id.as_str())).flatten();
        if let Some(&i) = role {
            if seen[i] {
                continue;
            }
            seen[i] = true;
        }
        let children: Vec<usize> = under
            .get(who.id.as_str())
            .map(|v| v.iter().copied().filter(|c| !seen[*c]).collect())
            .unwrap_or_default();
        for &c in children.iter().rev() {
            let r = &roles[c];
            stack.push((
                Superior {
                    id: r.id.clone(),
                    name: r.title.clone(),
                    internal: true,
                },
                depth + 1,
            ));
        }
        out.push(OrgItem {
            staff: role.map(|&i| staff[i].clone()),
            who,
            depth,
            opens: !children.is_empty(),
            closes: Vec::new(),
        });
    }
    // Roles in a reports-to cycle (an error `check` reports) join the top.
    for (i, r) in roles.iter().enumerate().filter(|(i, _)| !seen[*i]) {
        out.push(OrgItem {
            who: Superior {
                id: r.id.clone(),
                name: r.title.clone(),
                internal: true,
            },
            depth: 0,
            staff: Some(staff[i].clone()),
            opens: false,
            closes: Vec::new(),
        });
    }
    let depths: Vec<usize> = out.iter().map(|o| o.depth).collect();
    for (i, item) in out.iter_mut().enumerate() {
        let next = depths.get(i + 1).copied().unwrap_or(0);
        if !item.opens {
            item.closes = vec![0; item.depth.saturating_sub(next)];
        }
    }
    out
}

/// One role's figures on `workload.html` (and in `handbook.json`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleWorkload {
    /// The role.
    pub role: Ref,
    /// People in it, if written.
    pub headcount: Option<f64>,
    /// The same as a person reads it: `2`, `0.5`.
    pub people: Option<String>,
    /// Hours of work a month, whole.
    pub hours_needed: u32,
    /// Productive hours a month, whole, if the headcount is written.
    pub hours_available: Option<u32>,
    /// Load in percent, whole.
    pub load: Option<u32>,
    /// Where its time goes: each key, computed and declared percent.
    pub split: Vec<SplitView>,
}

/// One key of a role's time split.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SplitView {
    /// A stage id, or `other`.
    pub key: String,
    /// The stage's name (empty for `other`).
    pub name: String,
    /// Computed, in percent, whole.
    pub computed: u32,
    /// Declared in `time_budget:`, if it is.
    pub declared: Option<u32>,
}

/// The workload of every role with hours of work, most loaded first; empty
/// where the handbook gives no volumes and efforts.
fn workload(
    hb: &Handbook,
    ix: &Index,
    loads: &[crate::model::capacity::RoleLoad],
) -> Vec<RoleWorkload> {
    let whole = |n: f64| n.round().clamp(0.0, f64::from(u32::MAX)) as u32;
    let mut loads: Vec<_> = loads.iter().filter(|l| l.hours_needed > 0.0).collect();
    loads.sort_by(|a, b| crate::model::capacity::RoleLoad::most_loaded_first(a, b));
    loads
        .into_iter()
        .map(|l| {
            let r = &hb.roles[l.role];
            let budget = l.budget(hb);
            RoleWorkload {
                role: Ref {
                    id: r.id.value.clone(),
                    name: r.title.clone(),
                },
                headcount: l.headcount,
                people: l.headcount.map(|h| people_figure(h, hb.settings.language)),
                hours_needed: whole(l.hours_needed),
                hours_available: l.hours_available.map(whole),
                load: l.load.filter(|x| x.is_finite()).map(|x| whole(x * 100.0)),
                split: l
                    .split(hb)
                    .into_iter()
                    .map(|(key, computed)| SplitView {
                        name: ix
                            .stage(hb, &key)
                            .map_or_else(String::new, |s| s.name.clone()),
                        declared: budget
                            .iter()
                            .find(|(k, _)| *k == key)
                            .map(|(_, p)| whole(*p)),
                        computed: whole(computed),
                        key,
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The roles that report to one superior (a role or an external role), or
/// to nobody in the handbook.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Team {
    /// Whom they report to; `None` for the roles that report to nobody.
    pub superior: Option<Superior>,
    /// The page that prints them: `print/team-ID.html`, or `print/top.html`.
    pub path: String,
    /// The roles, in the handbook's order.
    pub roles: Vec<Ref>,
}

/// The roles of `roles` grouped by their superior: those that report to
/// nobody first, then by the superior's id.
fn teams(roles: &[RoleView]) -> Vec<Team> {
    let mut by: BTreeMap<Option<&str>, Team> = BTreeMap::new();
    for r in roles {
        let key = r.reports_to.as_ref().map(|s| s.id.as_str());
        let team = by.entry(key).or_insert_with(|| Team {
            superior: r.reports_to.clone(),
            path: key.map_or_else(
                || "print/top.html".to_string(),
                |id| format!("print/team-{id}.html"),
            ),
            roles: Vec::new(),
        });
        team.roles.push(Ref {
            id: r.id.clone(),
            name: r.title.clone(),
        });
    }
    by.into_values().collect()
}

/// What changed since a revision, as the site shows it: a "What changed"
/// page, and marks on the role and checklist pages. Filled by `build`
/// from `diff` (which compares two compiled handbooks).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Since {
    /// The revision compared with, as given.
    pub rev: String,
    /// Its commit's day as a reader says it ("1 December 2026"), where it
    /// is a commit.
    pub date: Option<String>,
    /// The first line of its commit's message.
    pub summary: Option<String>,
    /// Roles that changed, with the changes in words.
    pub roles: Vec<Changed>,
    /// Processes that changed.
    pub processes: Vec<Changed>,
}

/// One role or process on the "What changed" page.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Changed {
    /// Id.
    pub id: String,
    /// Title or name.
    pub title: String,
    /// `added`, `removed`, `renamed` or `changed`.
    pub status: String,
    /// Each change in words.
    pub changes: Vec<String>,
    /// Texts added (duties, exit criteria, checklist items...), which the
    /// pages mark as new.
    pub new_items: Vec<String>,
    /// Pay that changed or was added: the KPI's name, or `fixed` or
    /// `example`, which the role's page marks as changed.
    pub changed_pay: Vec<String>,
}

/// A page at an address that is no longer used, and where it went.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Redirect {
    /// The old path, e.g. `roles/courier.html`.
    pub from: String,
    /// The path now, e.g. `roles/delivery-courier.html`.
    pub to: String,
}

/// Every old address of a renamed role, process or stage (the handoff pages
/// of a renamed stage), except one a current page uses.
fn redirects(hb: &Handbook, handoffs: &[HandoffView]) -> Vec<Redirect> {
    let mut out = Vec::new();
    for r in &hb.roles {
        for old in &r.renamed_from {
            for dir in ["roles", "checklists", "starter", "onboarding"] {
                out.push(Redirect {
                    from: format!("{dir}/{}.html", old.value),
                    to: format!("{dir}/{}.html", r.id.value),
                });
            }
        }
    }
    for p in &hb.processes {
        for old in &p.renamed_from {
            out.push(Redirect {
                from: format!("processes/{}.html", old.value),
                to: format!("processes/{}.html", p.id.value),
            });
        }
    }
    // Each renamed stage's earlier ids, looked up once per handoff.
    let renamed: BTreeMap<&str, &[Sp<String>]> = hb
        .processes
        .iter()
        .flat_map(|p| &p.stages)
        .filter(|s| !s.renamed_from.is_empty())
        .map(|s| (s.id.as_str(), s.renamed_from.as_slice()))
        .collect();
    let olds = |id: &str| -> Vec<String> {
        let mut ids = vec![id.to_string()];
        if let Some(before) = renamed.get(id) {
            ids.extend(before.iter().map(|o| o.value.clone()));
        }
        ids
    };
    let changed = |h: &&HandoffView| {
        renamed.contains_key(h.from.id.as_str()) || renamed.contains_key(h.to.id.as_str())
    };
    for h in handoffs.iter().filter(changed) {
        for from in olds(&h.from.id) {
            for to in olds(&h.to.id) {
                let slug = handoff_slug(&from, &to);
                if slug != h.slug {
                    out.push(Redirect {
                        from: format!("handoffs/{slug}.html"),
                        to: format!("handoffs/{}.html", h.slug),
                    });
                }
            }
        }
    }
    if out.is_empty() {
        return out;
    }
    let current: std::collections::BTreeSet<String> = hb
        .roles
        .iter()
        .flat_map(|r| {
            ["roles", "checklists", "starter", "onboarding"]
                .map(|d| format!("{d}/{}.html", r.id.value))
        })
        .chain(
            hb.processes
                .iter()
                .map(|p| format!("processes/{}.html", p.id.value)),
        )
        .chain(handoffs.iter().map(|h| format!("handoffs/{}.html", h.slug)))
        .chain(
            hb.settings
                .external_roles
                .iter()
                .map(|(id, _)| format!("roles/{}.html", id.value)),
        )
        .collect();
    out.retain(|r| !current.contains(&r.from));
    out.sort_by(|a, b| a.from.cmp(&b.from));
    out.dedup_by(|a, b| a.from == b.from);
    out
}

/// Handbook-wide settings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Meta {
    /// Title.
    pub title: String,
    /// Organisation.
    pub organization: Option<String>,
    /// Version.
    pub version: Option<String>,
    /// `en` or `ru`.
    pub language: &'static str,
    /// Introduction.
    pub description: Option<Md>,
    /// Whether the site has a search index.
    pub search: bool,
    /// handbook.yaml's `edit_url`: a link template with `{path}`.
    pub edit_url: Option<String>,
    /// handbook.yaml's `base_url`, an http(s) address ending in `/`; absent
    /// when not set or not safe.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Who approves the job descriptions (`approved_by:`), by name.
    pub approver: Option<String>,
    /// The theme: its colour and where its files are on the site.
    pub theme: ThemeView,
}

/// A page of `pages/` as the site shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FreePageView {
    /// `pages/ID.html`.
    pub id: String,
    /// Its heading.
    pub title: String,
    /// Its text.
    pub body: Md,
    /// `pages/ID.md`, for the edit link.
    pub source: String,
}

/// `theme:` as the pages use it: the accent colour and the site paths of
/// the files the loader read, which the site writes under `assets/theme/`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ThemeView {
    /// `#rrggbb`.
    pub accent: Option<String>,
    /// `assets/theme/logo.EXT`.
    pub logo: Option<String>,
    /// `assets/theme/favicon.EXT`.
    pub favicon: Option<String>,
    /// `assets/theme/extra.css`.
    pub css: Option<String>,
    /// (site path, content) of each file.
    #[serde(skip)]
    pub files: Vec<(String, std::sync::Arc<[u8]>)>,
}

impl ThemeView {
    fn new(theme: &crate::model::Theme) -> ThemeView {
        let mut view = ThemeView {
            accent: theme.accent.clone(),
            ..ThemeView::default()
        };
        let mut place = |file: &Option<crate::model::ThemeFile>, name: &str| {
            let file = file.as_ref()?;
            let ext = std::path::Path::new(&file.path.value)
                .extension()?
                .to_str()?
                .to_ascii_lowercase();
            let path = format!("assets/theme/{name}.{ext}");
            view.files.push((path.clone(), file.bytes.clone()));
            Some(path)
        };
        let logo = place(&theme.logo, "logo");
        let favicon = place(&theme.favicon, "favicon");
        let css = place(&theme.css, "extra");
        ThemeView {
            logo,
            favicon,
            css,
            ..view
        }
    }
}

/// A link target: id and human name.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Ref {
    /// Id.
    pub id: String,
    /// Name or title.
    pub name: String,
}

/// An artifact with what a complete one contains.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArtifactView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Markdown.
    pub description: Option<Md>,
    /// Where it lives.
    pub kept_in: Option<String>,
    /// Arrives from outside.
    pub external: bool,
    /// Fields of a complete one; at a handoff, those filled by then, in
    /// the order the work fills them.
    pub fields: Vec<FieldView>,
}

/// One field of an artifact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldView {
    /// What it holds.
    pub text: Md,
    /// The stage that fills it, when the handbook says.
    pub filled_at: Option<Ref>,
    /// Role ids that check it on receipt; empty: every receiver.
    pub checked_by: Vec<String>,
}

/// A process page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProcessView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Markdown.
    pub description: Option<Md>,
    /// Source file under the handbook folder.
    pub source: String,
    /// Start stage id.
    pub start: Option<String>,
    /// Stages in reading order.
    pub stages: Vec<Arc<StageView>>,
    /// Roles with a part in the process: owners first (in flow order), then others.
    pub raci_roles: Vec<Ref>,
    /// One row per stage: A, C, I or empty per role of `raci_roles`.
    pub raci: Vec<RaciRow>,
    /// Owners in the order their lanes are drawn.
    pub lanes: Vec<Ref>,
    /// Decision rights that come up at its stages.
    pub decisions: Vec<DecisionView>,
    /// Whether any stage says what to do when it does not go as planned.
    pub exceptional: bool,
    /// Who reviews it, when last, when next.
    pub review: Option<ReviewView>,
    /// Approval, day in force, revisions.
    pub control: Control,
    /// Cases that enter it a month (`volume:`), whole.
    pub cases_a_month: Option<u32>,
    /// The hours of each stage that has an effort, where the process has a volume.
    pub hours: Vec<StageHours>,
}

/// A stage's share of a process's work in a month.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageHours {
    /// The stage.
    pub stage: Ref,
    /// Its owner, if it has one.
    pub owner: Option<Ref>,
    /// Cases that reach it a month, whole.
    pub cases: u32,
    /// Minutes per case.
    pub minutes: u32,
    /// Hours a month, whole.
    pub hours: u32,
}

/// Document control: who approved a job description or a process and
/// when, from when it is in force, and what changed in its earlier
/// revisions. Not part of a role's fingerprint (an approval changes no
/// one's work).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Control {
    /// Who approved it (a role's title or an external role's name).
    pub approved_by: Option<String>,
    /// When, as a reader says it.
    pub approved_on: Option<String>,
    /// In force from, as a reader says it.
    pub effective: Option<String>,
    /// Approved, but its day in force is still to come.
    pub pending: bool,
    /// Its earlier revisions from git, newest first (filled by `build`).
    pub history: Vec<Revision>,
}

impl Control {
    /// Nothing approved, no day in force, no revisions.
    pub fn is_unset(&self) -> bool {
        *self == Control::default()
    }
}

/// One revision of a job description or a process, from git.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Revision {
    /// `YYYY-MM-DD`.
    pub day: String,
    /// The day as a reader says it.
    pub date: String,
    /// The first line of the commit's message.
    pub summary: String,
    /// What changed, in `diff`'s sentences.
    pub changes: Vec<String>,
}

/// `review:` as pages show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReviewView {
    /// The reviewer.
    pub by: Superior,
    /// Last review, `YYYY-MM-DD`.
    pub last: String,
    /// Next review, `YYYY-MM-DD`.
    pub next: String,
    /// How often, as written.
    pub every: String,
}

/// One RACI row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RaciRow {
    /// The stage.
    pub stage: Ref,
    /// One letter (or empty) per role.
    pub cells: Vec<&'static str>,
}

/// A stage as the reader sees it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Process id.
    pub process: String,
    /// Process name.
    pub process_name: String,
    /// Markdown.
    pub description: Option<Md>,
    /// Owning role (none when the check for it is off).
    pub owner: Option<Ref>,
    /// Roles that support it.
    pub supports: Vec<Ref>,
    /// Roles kept informed.
    pub informed: Vec<Ref>,
    /// Artifacts it starts from.
    pub needs: Vec<Ref>,
    /// Artifacts it produces.
    pub produces: Vec<Ref>,
    /// Exit criteria.
    pub done_when: Vec<Md>,
    /// Following stages.
    pub next: Vec<NextView>,
    /// May end here.
    pub is_final: bool,
    /// Decisions that come up here, with who decides.
    pub decisions: Vec<DecisionView>,
    /// What to do when it does not go as planned.
    pub exceptions: Vec<ExceptionView>,
}

/// What the owner of a stage does when it does not go as planned.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExceptionView {
    /// What happens.
    pub when: String,
    /// What to do.
    pub then: Md,
}

/// A `next` link, with the handoff page when hands change.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NextView {
    /// Stage id.
    pub id: String,
    /// Stage name.
    pub name: String,
    /// Process of that stage.
    pub process: String,
    /// Handoff slug when the owner changes.
    pub handoff: Option<String>,
}

/// A role's job description and everything derived from it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// One line.
    pub summary: Option<String>,
    /// Markdown.
    pub purpose: Option<Md>,
    /// Source file under the handbook folder.
    pub source: String,
    /// Reports to (role link or external name).
    pub reports_to: Option<Superior>,
    /// Deputy.
    pub deputy: Option<Superior>,
    /// Roles this one stands in for.
    pub deputy_for: Vec<Ref>,
    /// Owned stages with exit criteria.
    pub owns: Vec<Arc<StageView>>,
    /// Supported stages.
    pub supports: Vec<StageRef>,
    /// Stages it is informed of.
    pub informed: Vec<StageRef>,
    /// Duties.
    pub duties: Vec<Md>,
    /// Not responsible for.
    pub not_responsible_for: Vec<Md>,
    /// What the holder answers for materially (`liability:`); left out of
    /// the fingerprint's text when empty, so signatures of roles without
    /// it stay current.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub liability: Vec<Md>,
    /// Rights.
    pub rights: Vec<Md>,
    /// Qualification.
    pub qualification: Vec<Md>,
    /// KPIs with the pay tied to each.
    pub kpis: Vec<KpiView>,
    /// Fixed pay.
    pub pay_fixed: Option<Md>,
    /// Variable pay not tied to a known KPI (shown apart).
    pub pay_untied: Vec<Md>,
    /// A worked example of pay.
    pub pay_example: Option<Md>,
    /// Who reviews it, when last, when next.
    pub review: Option<ReviewView>,
    /// Approval, day in force, revisions: not part of the fingerprint (and
    /// left out when unset, so fingerprints from before it stay as they were).
    #[serde(skip_serializing_if = "Control::is_unset")]
    pub control: Control,
    /// A short hash of what its reader must know (this view, checklists
    /// included, without the hash itself): what a signature refers to.
    pub fingerprint: String,
    /// Decisions with a level that is this role's.
    pub decides: Vec<DecisionView>,
    /// Time budget.
    pub time_budget: Vec<TimeShare>,
    /// Handoffs this role makes.
    pub outgoing: Vec<HandoffRef>,
    /// Handoffs this role receives.
    pub incoming: Vec<HandoffRef>,
    /// Every checklist: own, per owned stage, per handoff sent and received.
    pub checklists: Vec<ChecklistView>,
}

/// Whom a role reports to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Superior {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// True for a role of this handbook (linked), false for an external role.
    pub internal: bool,
}

/// A stage link with its process.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageRef {
    /// Stage id.
    pub id: String,
    /// Stage name.
    pub name: String,
    /// Process id.
    pub process: String,
    /// Process name.
    pub process_name: String,
}

/// A KPI with its pay.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KpiView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Target.
    pub target: Option<String>,
    /// Source of the figure.
    pub measured_by: Option<String>,
    /// The result it pays for.
    pub outcome: Option<Ref>,
    /// Variable pay rules tied to it.
    pub pay: Vec<Md>,
}

/// One slice of the time budget.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimeShare {
    /// Stage id or `other`.
    pub key: String,
    /// Stage name, or empty for `other`.
    pub name: String,
    /// Percent.
    pub percent: i64,
}

/// A link to a handoff page from a role.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HandoffRef {
    /// Page slug.
    pub slug: String,
    /// Stage handed over after.
    pub from: Ref,
    /// Stage that follows.
    pub to: Ref,
    /// The other role.
    pub role: Ref,
}

/// A checklist, ready to print.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChecklistView {
    /// Anchor, unique within the role.
    pub anchor: String,
    /// `own`, `stage`, `send` or `receive`.
    pub kind: &'static str,
    /// Heading.
    pub name: String,
    /// When to use it.
    pub when: Option<String>,
    /// What the list's user needs to know and does not tick: a handoff's
    /// deadline and channel.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Item>,
    /// Items to tick.
    pub items: Vec<Item>,
    /// Handoff page, for send/receive lists.
    pub handoff: Option<String>,
    /// With `sheet_per_stage:`, the first list of an owned stage's group
    /// starts a printed sheet of its own, headed by the stage's name;
    /// absent otherwise, so fingerprints of other roles stay as they were.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
}

/// A checklist item, possibly with sub-items (an artifact and its fields).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    /// Label before the text (e.g. "Deadline"), for the site's own words.
    pub label: Option<&'static str>,
    /// The text.
    pub text: Md,
    /// Sub-items.
    pub sub: Vec<Md>,
}

/// One change of hands: stage S of role A -> stage T of role B.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HandoffView {
    /// Page slug: `S--T`.
    pub slug: String,
    /// Stage S.
    pub from: StageRef,
    /// Stage T.
    pub to: StageRef,
    /// Role A.
    pub giver: Ref,
    /// Role B.
    pub taker: Ref,
    /// Whether a handoff is written for it.
    pub written: bool,
    /// When it happens: S's exit criteria.
    pub trigger: Vec<Md>,
    /// Artifacts handed over, with their fields.
    pub passes: Vec<ArtifactView>,
    /// Artifacts T needs that are neither passed nor already held.
    pub missing: Vec<Ref>,
    /// Deadline.
    pub deadline: Option<String>,
    /// Channel.
    pub channel: Option<String>,
    /// Read-back.
    pub confirm: Option<Md>,
    /// Receiver's first actions.
    pub actions: Vec<Md>,
    /// What the client is told.
    pub tell_client: Option<Md>,
    /// Process id of S.
    pub process: String,
}

/// Handoff views with, per role, the indices of those it gives and takes.
struct Handoffs {
    all: Vec<HandoffView>,
    by_giver: Vec<Vec<usize>>,
    by_taker: Vec<Vec<usize>>,
}

/// The slug of the handoff page for `from -> to`.
pub fn handoff_slug(from: &str, to: &str) -> String {
    format!("{from}--{to}")
}

fn md_list(items: &[String]) -> Vec<Md> {
    items.iter().map(|s| Md::inline(s)).collect()
}

struct Compiler<'a> {
    hb: &'a Handbook,
    ix: Index<'a>,
    artifacts: BTreeMap<&'a str, ArtifactView>,
    /// Artifact id -> its checklist line ("**name** (where it is kept)"), rendered once.
    artifact_labels: BTreeMap<&'a str, Md>,
    /// Stage id -> roles that support it, in role order.
    supporters: BTreeMap<&'a str, Vec<usize>>,
    /// Stage id -> roles kept informed, in role order.
    informed: BTreeMap<&'a str, Vec<usize>>,
    /// Role id -> roles it deputises for.
    deputy_for: BTreeMap<&'a str, Vec<usize>>,
    /// Every decision right, compiled once.
    decisions: Vec<DecisionView>,
}

impl<'a> Compiler<'a> {
    fn role_ref(&self, ri: usize) -> Ref {
        let r = &self.hb.roles[ri];
        Ref {
            id: r.id.value.clone(),
            name: r.title.clone(),
        }
    }

    fn role_ref_by_id(&self, id: &str) -> Option<Ref> {
        self.ix.roles.get(id).map(|ri| self.role_ref(*ri))
    }

    fn artifact_ref(&self, id: &Sp<String>) -> Ref {
        Ref {
            id: id.value.clone(),
            name: self
                .artifacts
                .get(id.as_str())
                .map_or_else(|| id.value.clone(), |a| a.name.clone()),
        }
    }

    /// Where each of `ids` (the artifacts the documents page lists) is
    /// made, needed and handed over: one pass over the stages and one over
    /// the handoffs, whatever the number of artifacts.
    fn artifact_flows(&self, ids: &[&str], handoffs: &[HandoffView]) -> Vec<ArtifactFlow> {
        // An id listed twice (a `duplicate-id` error) fills both entries.
        let mut at: rustc_hash::FxHashMap<&str, Vec<usize>> = rustc_hash::FxHashMap::default();
        for (i, id) in ids.iter().enumerate() {
            at.entry(id).or_default().push(i);
        }
        let mut flows = vec![ArtifactFlow::default(); ids.len()];
        // Each artifact once per stage or handoff, however often it is listed there.
        let distinct = |list: Vec<usize>| {
            let mut seen = Vec::with_capacity(list.len());
            for i in list {
                if !seen.contains(&i) {
                    seen.push(i);
                }
            }
            seen
        };
        for p in &self.hb.processes {
            for s in &p.stages {
                let of = |list: &[Sp<String>]| {
                    distinct(
                        list.iter()
                            .filter_map(|a| at.get(a.as_str()))
                            .flatten()
                            .copied()
                            .collect(),
                    )
                };
                let (made, needed) = (of(&s.produces), of(&s.needs));
                if made.is_empty() && needed.is_empty() {
                    continue;
                }
                let work = StageWork {
                    stage: self.stage_ref(s.id.as_str()).unwrap_or(StageRef {
                        id: s.id.value.clone(),
                        name: s.name.clone(),
                        process: p.id.value.clone(),
                        process_name: p.name.clone(),
                    }),
                    owner: self.ix.owner(s.id.as_str()).map(|o| self.role_ref(o)),
                };
                for i in made {
                    flows[i].produced.push(work.clone());
                }
                for i in needed {
                    flows[i].needed.push(work.clone());
                }
            }
        }
        for h in handoffs {
            let passed = distinct(
                h.passes
                    .iter()
                    .filter_map(|a| at.get(a.id.as_str()))
                    .flatten()
                    .copied()
                    .collect(),
            );
            for i in passed {
                flows[i].handoffs.push(Ref {
                    id: h.slug.clone(),
                    name: format!("{} → {}", h.giver.name, h.taker.name),
                });
            }
        }
        flows
    }

    fn stage_ref(&self, id: &str) -> Option<StageRef> {
        let (pi, si) = *self.ix.stages.get(id)?;
        let p = &self.hb.processes[pi];
        Some(StageRef {
            id: id.to_string(),
            name: p.stages[si].name.clone(),
            process: p.id.value.clone(),
            process_name: p.name.clone(),
        })
    }

    fn refs(&self, roles: Option<&Vec<usize>>) -> Vec<Ref> {
        roles
            .map(|v| v.iter().map(|ri| self.role_ref(*ri)).collect())
            .unwrap_or_default()
    }

    fn stage_view(&self, pi: usize, si: usize) -> StageView {
        let p = &self.hb.processes[pi];
        let s = &p.stages[si];
        let owner = self.ix.owner(s.id.as_str());
        StageView {
            id: s.id.value.clone(),
            name: s.name.clone(),
            process: p.id.value.clone(),
            process_name: p.name.clone(),
            description: s.description.as_deref().map(Md::block),
            owner: self
                .ix
                .owners
                .get(s.id.as_str())
                .and_then(|o| o.first())
                .map(|ri| self.role_ref(*ri)),
            supports: self.refs(self.supporters.get(s.id.as_str())),
            informed: self.refs(self.informed.get(s.id.as_str())),
            needs: s.needs.iter().map(|a| self.artifact_ref(a)).collect(),
            produces: s.produces.iter().map(|a| self.artifact_ref(a)).collect(),
            done_when: md_list(&s.done_when),
            next: s
                .next
                .iter()
                .filter_map(|n| {
                    let target = self.stage_ref(n.as_str())?;
                    let next_owner = self.ix.owner(n.as_str());
                    let changes = owner.is_some() && next_owner.is_some() && owner != next_owner;
                    Some(NextView {
                        handoff: changes.then(|| handoff_slug(s.id.as_str(), n.as_str())),
                        id: target.id,
                        name: target.name,
                        process: target.process,
                    })
                })
                .collect(),
            is_final: s.is_final,
            decisions: self
                .decisions
                .iter()
                .filter(|d| d.stage.as_ref().is_some_and(|st| st.id == s.id.value))
                .cloned()
                .collect(),
            exceptions: s
                .exceptions
                .iter()
                .map(|(when, then)| ExceptionView {
                    when: when.clone(),
                    then: Md::block(then),
                })
                .collect(),
        }
    }

    fn process_view(&self, pi: usize, stages: Vec<Arc<StageView>>) -> ProcessView {
        let p = &self.hb.processes[pi];
        let mut lanes: Vec<Ref> = Vec::new();
        for s in &stages {
            if let Some(o) = &s.owner
                && !lanes.contains(o)
            {
                lanes.push(o.clone());
            }
        }
        // Whoever decides at a stage and is not its owner approves there:
        // a lane (the diagram marks the stage in it) and a RACI column.
        let approvers = |s: &StageView| -> Vec<Ref> {
            s.decisions
                .iter()
                .flat_map(|d| &d.levels)
                .map(|l| Ref {
                    id: l.by.id.clone(),
                    name: l.by.name.clone(),
                })
                .filter(|r| s.owner.as_ref() != Some(r))
                .collect()
        };
        for s in &stages {
            for r in approvers(s) {
                if !lanes.contains(&r) {
                    lanes.push(r);
                }
            }
        }
        let mut raci_roles = lanes.clone();
        for s in &stages {
            for r in s.supports.iter().chain(&s.informed) {
                if !raci_roles.contains(r) {
                    raci_roles.push(r.clone());
                }
            }
        }
        let raci = stages
            .iter()
            .map(|s| RaciRow {
                stage: Ref {
                    id: s.id.clone(),
                    name: s.name.clone(),
                },
                cells: raci_roles
                    .iter()
                    .map(|r| {
                        if s.owner.as_ref() == Some(r) {
                            "A"
                        } else if approvers(s).contains(r) {
                            "D"
                        } else if s.supports.contains(r) {
                            "C"
                        } else if s.informed.contains(r) {
                            "I"
                        } else {
                            ""
                        }
                    })
                    .collect(),
            })
            .collect();
        let decisions = stages.iter().flat_map(|s| s.decisions.clone()).collect();
        let exceptional = stages.iter().any(|s| !s.exceptions.is_empty());
        ProcessView {
            id: p.id.value.clone(),
            name: p.name.clone(),
            description: p.description.as_deref().map(Md::block),
            source: self.hb.files[p.file as usize].rel.clone(),
            start: p.start_id().map(str::to_owned),
            stages,
            raci_roles,
            raci,
            lanes,
            decisions,
            exceptional,
            review: p.review.as_ref().map(|r| self.review_view(r)),
            control: Control::default(),
            cases_a_month: p.volume.as_ref().map(|v| v.value.a_month().round() as u32),
            hours: self.stage_hours(p),
        }
    }

    /// The hours of each stage of `p` with an effort, where `p` has a volume.
    fn stage_hours(&self, p: &crate::model::Process) -> Vec<StageHours> {
        let Some(volume) = &p.volume else {
            return Vec::new();
        };
        let cases = volume.value.a_month();
        p.stages
            .iter()
            .filter_map(|s| {
                let minutes = s.effort?;
                let reach = cases * s.share.unwrap_or(1.0);
                Some(StageHours {
                    stage: Ref {
                        id: s.id.value.clone(),
                        name: s.name.clone(),
                    },
                    owner: self.ix.owner(s.id.as_str()).map(|o| {
                        let r = &self.hb.roles[o];
                        Ref {
                            id: r.id.value.clone(),
                            name: r.title.clone(),
                        }
                    }),
                    cases: reach.round() as u32,
                    minutes: minutes.round() as u32,
                    hours: (reach * minutes / 60.0).round() as u32,
                })
            })
            .collect()
    }

    fn handoff_view(&self, c: &Change) -> HandoffView {
        let h = handoff_for(self.hb, c);
        let from = self.stage_ref(c.from);
        let to = self.stage_ref(c.to);
        let fallback = |id: &str| StageRef {
            id: id.to_string(),
            name: id.to_string(),
            process: String::new(),
            process_name: String::new(),
        };
        let passes: Vec<ArtifactView> = h
            .map(|h| {
                h.passes
                    .iter()
                    .filter_map(|a| self.artifacts.get(a.as_str()))
                    .map(|a| self.at_handoff(a, c))
                    .collect()
            })
            .unwrap_or_default();
        let target = self.ix.stage(self.hb, c.to);
        let missing = target
            .map(|t| {
                t.needs
                    .iter()
                    .filter(|n| !passes.iter().any(|p| p.id == n.value))
                    .filter(|n| !receiver_holds(self.hb, &self.ix, c, n.as_str()))
                    .map(|n| self.artifact_ref(n))
                    .collect()
            })
            .unwrap_or_default();
        HandoffView {
            slug: handoff_slug(c.from, c.to),
            process: from.as_ref().map(|f| f.process.clone()).unwrap_or_default(),
            from: from.unwrap_or_else(|| fallback(c.from)),
            to: to.unwrap_or_else(|| fallback(c.to)),
            giver: self.role_ref(c.giver),
            taker: self.role_ref(c.taker),
            written: h.is_some(),
            trigger: self
                .ix
                .stage(self.hb, c.from)
                .map(|s| md_list(&s.done_when))
                .unwrap_or_default(),
            passes,
            missing,
            deadline: h.and_then(|h| h.deadline.clone()),
            channel: h.and_then(|h| h.channel.clone()),
            confirm: h.and_then(|h| h.confirm.as_deref()).map(Md::inline),
            actions: h.map(|h| md_list(&h.actions)).unwrap_or_default(),
            tell_client: h.and_then(|h| h.tell_client.as_deref()).map(Md::block),
        }
    }

    /// `a` as a change of hands passes it: the fields filled by the end of
    /// its first stage (no `filled_at`, or a stage that comes before it or
    /// is it) that the receiver checks (no `checked_by`, or one naming
    /// them), in the order the process fills them.
    fn at_handoff(&self, a: &ArtifactView, c: &Change) -> ArtifactView {
        let taker = self.hb.roles[c.taker].id.as_str();
        let mut fields: Vec<&FieldView> = a.fields.iter().filter(|f| checks(f, taker)).collect();
        let process = self
            .ix
            .stages
            .get(c.from)
            .map(|&(pi, _)| &self.hb.processes[pi]);
        if let Some(p) = process.filter(|_| fields.iter().any(|f| f.filled_at.is_some())) {
            let rank = walk_order(p);
            // A dated field's place in the work; undated fields, and those
            // filled in another process (there by the time it is passed), first.
            let place = |f: &FieldView| match &f.filled_at {
                None => Some(0),
                Some(at) => match rank.get(at.id.as_str()) {
                    Some(&r) if comes_before(p, &rank, &at.id, c.from) => Some(r + 1),
                    Some(_) => None,
                    None => Some(0),
                },
            };
            let mut placed: Vec<(usize, &FieldView)> = fields
                .iter()
                .filter_map(|f| Some((place(f)?, *f)))
                .collect();
            placed.sort_by_key(|(r, _)| *r);
            fields = placed.into_iter().map(|(_, f)| f).collect();
        }
        ArtifactView {
            id: a.id.clone(),
            name: a.name.clone(),
            description: a.description.clone(),
            kept_in: a.kept_in.clone(),
            external: a.external,
            fields: fields.into_iter().cloned().collect(),
        }
    }

    fn role_view(
        &self,
        ri: usize,
        handoffs: &Handoffs,
        stages: &[Vec<Arc<StageView>>],
    ) -> RoleView {
        let r = &self.hb.roles[ri];
        let id = r.id.as_str();
        let owns: Vec<Arc<StageView>> = r
            .owns
            .iter()
            .filter_map(|s| {
                let (pi, si) = *self.ix.stages.get(s.as_str())?;
                Some(Arc::clone(&stages[pi][si]))
            })
            .collect();
        let gives: Vec<&HandoffView> = handoffs.by_giver[ri]
            .iter()
            .map(|i| &handoffs.all[*i])
            .collect();
        let takes: Vec<&HandoffView> = handoffs.by_taker[ri]
            .iter()
            .map(|i| &handoffs.all[*i])
            .collect();
        let (kpis, pay_untied) = self.kpis_and_pay(r);
        let checklists = self.checklists(r, &owns, &gives, &takes);
        let mut view = RoleView {
            review: r.review.as_ref().map(|rv| self.review_view(rv)),
            control: Control::default(),
            fingerprint: String::new(),
            id: id.to_string(),
            title: r.title.clone(),
            summary: r.summary.clone(),
            purpose: r.purpose.as_deref().map(Md::block),
            source: self.hb.files[r.file as usize].rel.clone(),
            reports_to: r.reports_to.as_ref().map(|t| self.superior(t)),
            deputy: r.deputy.as_ref().map(|d| self.superior(d)),
            decides: self
                .decisions
                .iter()
                .filter(|d| d.levels.iter().any(|l| l.by.id == id))
                .cloned()
                .collect(),
            pay_example: r
                .pay
                .as_ref()
                .and_then(|p| p.example.as_deref())
                .map(Md::block),
            deputy_for: self
                .deputy_for
                .get(id)
                .map(|v| {
                    v.iter()
                        .filter(|oi| **oi != ri)
                        .map(|oi| self.role_ref(*oi))
                        .collect()
                })
                .unwrap_or_default(),
            owns,
            supports: self.stage_refs(&r.supports),
            informed: self.stage_refs(&r.informed),
            duties: md_list(&r.duties),
            not_responsible_for: md_list(&r.not_responsible_for),
            liability: md_list(&r.liability),
            rights: md_list(&r.rights),
            qualification: md_list(&r.qualification),
            kpis,
            pay_fixed: r
                .pay
                .as_ref()
                .and_then(|p| p.fixed.as_deref())
                .map(Md::inline),
            pay_untied,
            time_budget: self.time_budget(r),
            outgoing: gives.iter().map(|h| handoff_ref(h, &h.taker)).collect(),
            incoming: takes.iter().map(|h| handoff_ref(h, &h.giver)).collect(),
            checklists,
        };
        view.fingerprint = fingerprint(&mut view);
        view
    }

    /// The document control of a role or process with its own `approved:`
    /// and `effective:` (each else the handbook's), on `day`.
    fn control(
        &self,
        approved: Option<&crate::model::Approval>,
        effective: Option<jiff::civil::Date>,
        day: jiff::civil::Date,
    ) -> Control {
        let language = self.hb.settings.language;
        let approved = approved.or(self.hb.settings.approved.as_ref());
        let effective = effective.or(self.hb.settings.effective);
        Control {
            approved_by: approved.map(|a| self.superior(&a.by).name),
            approved_on: approved.map(|a| crate::i18n::long_date(language, a.date)),
            effective: effective.map(|d| crate::i18n::long_date(language, d)),
            pending: effective.is_some_and(|d| d > day),
            history: Vec::new(),
        }
    }

    fn review_view(&self, r: &crate::model::Review) -> ReviewView {
        let date = |d: jiff::civil::Date| crate::i18n::short_date(self.hb.settings.language, d);
        ReviewView {
            by: self.superior(&r.by),
            last: date(r.last.value),
            next: r.next().map(date).unwrap_or_default(),
            every: r.every.clone(),
        }
    }

    /// A role's KPIs, each with the pay rules tied to it, and the pay rules tied to no KPI.
    fn kpis_and_pay(&self, r: &Role) -> (Vec<KpiView>, Vec<Md>) {
        let variable = || r.pay.iter().flat_map(|p| &p.variable);
        let kpis = r
            .kpis
            .iter()
            .map(|k| KpiView {
                id: k.id.value.clone(),
                name: k.name.clone(),
                target: k.target.clone(),
                measured_by: k.measured_by.clone(),
                outcome: k.outcome.as_ref().map(|o| self.artifact_ref(o)),
                pay: variable()
                    .filter(|v| v.kpi.value == k.id.value)
                    .map(|v| Md::inline(&v.rule))
                    .collect(),
            })
            .collect();
        let untied = variable()
            .filter(|v| !r.kpis.iter().any(|k| k.id.value == v.kpi.value))
            .map(|v| Md::inline(&v.rule))
            .collect();
        (kpis, untied)
    }

    /// A role's checklists in page order: its own lists, one per owned stage
    /// with exit criteria, one per handoff it gives, one per handoff it takes.
    fn checklists(
        &self,
        r: &Role,
        owns: &[Arc<StageView>],
        gives: &[&HandoffView],
        takes: &[&HandoffView],
    ) -> Vec<ChecklistView> {
        let items = |texts: Vec<Md>| {
            texts
                .into_iter()
                .map(|text| Item {
                    label: None,
                    text,
                    sub: Vec::new(),
                })
                .collect()
        };
        let own = r.checklists.iter().enumerate().map(|(i, c)| ChecklistView {
            anchor: format!("list-{}", i + 1),
            kind: "own",
            name: c.name.clone(),
            when: c.when.clone(),
            facts: Vec::new(),
            items: items(c.items.iter().map(|t| Md::inline(t)).collect()),
            handoff: None,
            sheet: None,
        });
        // In the order of the work: for each stage the role owns, what it
        // takes over, how it finishes the stage, what it hands over.
        let mut lists: Vec<ChecklistView> = own.collect();
        let mut placed = vec![false; gives.len() + takes.len()];
        for s in owns {
            let first = lists.len();
            for (i, h) in takes.iter().enumerate() {
                if h.to.id == s.id && !placed[gives.len() + i] {
                    placed[gives.len() + i] = true;
                    lists.push(receiver_list(h, &self.artifact_labels));
                }
            }
            if !s.done_when.is_empty() {
                lists.push(ChecklistView {
                    anchor: format!("done-{}", s.id),
                    kind: "stage",
                    name: s.name.clone(),
                    when: None,
                    facts: Vec::new(),
                    items: items(s.done_when.clone()),
                    handoff: None,
                    sheet: None,
                });
            }
            for (i, h) in gives.iter().enumerate() {
                if h.from.id == s.id && !placed[i] {
                    placed[i] = true;
                    lists.push(sender_list(h, &self.artifact_labels));
                }
            }
            if let Some(list) = lists.get_mut(first).filter(|_| r.sheet_per_stage) {
                list.sheet = Some(s.name.clone());
            }
        }
        // Changes of hands at stages the role does not own (a check turned off).
        for (i, h) in gives.iter().enumerate() {
            if !placed[i] {
                lists.push(sender_list(h, &self.artifact_labels));
            }
        }
        for (i, h) in takes.iter().enumerate() {
            if !placed[gives.len() + i] {
                lists.push(receiver_list(h, &self.artifact_labels));
            }
        }
        lists
    }

    /// Who a role reports to: a role of the handbook, or an external role by its name.
    fn superior(&self, t: &Sp<String>) -> Superior {
        match self.role_ref_by_id(t.as_str()) {
            Some(role) => Superior {
                id: role.id,
                name: role.name,
                internal: true,
            },
            None => Superior {
                id: t.value.clone(),
                name: self
                    .ix
                    .external
                    .get(t.as_str())
                    .map_or_else(|| t.value.clone(), |n| n.to_string()),
                internal: false,
            },
        }
    }

    fn stage_refs(&self, ids: &[Sp<String>]) -> Vec<StageRef> {
        ids.iter()
            .filter_map(|s| self.stage_ref(s.as_str()))
            .collect()
    }

    fn time_budget(&self, r: &Role) -> Vec<TimeShare> {
        r.time_budget
            .iter()
            .flat_map(|tb| &tb.value)
            .map(|(k, v)| TimeShare {
                key: k.value.clone(),
                name: self
                    .stage_ref(k.as_str())
                    .map(|s| s.name)
                    .unwrap_or_default(),
                percent: *v,
            })
            .collect()
    }
}

/// True when `signed` (a fingerprint, or the handbook's version) is what
/// role `r` says now.
pub fn signature_is_current(signed: &str, r: &RoleView, hb: &Handbook) -> bool {
    let signed = signed.trim();
    signed == r.fingerprint || hb.settings.version.as_deref() == Some(signed)
}

/// One person and a role they hold or signed for.
#[derive(Clone, Debug, PartialEq)]
pub struct Training {
    /// Who.
    pub person: String,
    /// The role's id now.
    pub role: String,
    /// Whether a line of `acknowledgements.yaml` says they were trained on
    /// the role as it is now (its fingerprint, or the handbook's version).
    pub trained: bool,
}

/// Everyone who should be trained on a role: each person and role of
/// `acknowledgements.yaml` (under the role's id now), then each holder of
/// a role in `people.yaml` who works in the department today and has no
/// line yet; in that order, each pair once.
pub fn training(hb: &Handbook, roles: &[RoleView]) -> Vec<Training> {
    let by_id: BTreeMap<&str, &RoleView> = roles.iter().map(|r| (r.id.as_str(), r)).collect();
    // Each line's person and role now, read once.
    let lines: Vec<(&str, &str)> = hb
        .signatures
        .iter()
        .map(|s| (s.person.trim(), hb.role_now(s.role.as_str())))
        .collect();
    let trained: std::collections::BTreeSet<(&str, &str)> = hb
        .signatures
        .iter()
        .zip(&lines)
        .filter(|(s, (_, role))| {
            s.trained.is_some()
                && by_id
                    .get(role)
                    .is_some_and(|r| signature_is_current(&s.signed, r, hb))
        })
        .map(|(_, line)| *line)
        .collect();
    let today = crate::model::today();
    let held = hb
        .people
        .iter()
        .flatten()
        .filter(|p| p.present_on(today))
        .flat_map(|p| {
            p.roles
                .iter()
                .map(|(role, _)| (p.name.value.trim(), role.as_str()))
        });
    let mut seen = std::collections::BTreeSet::new();
    lines
        .iter()
        .copied()
        .chain(held)
        .filter(|pair| seen.insert(*pair) && by_id.contains_key(pair.1))
        .map(|(person, role)| Training {
            person: person.to_string(),
            role: role.to_string(),
            trained: trained.contains(&(person, role)),
        })
        .collect()
}

/// The first 12 hex digits of the SHA-256 of `view` as JSON: the same job
/// description and checklists give the same fingerprint on any machine,
/// any change to them another one. Left out: the fingerprint itself, the
/// review dates, the document control (approval, day in force, revisions),
/// the role's id and its file's path, which change no one's work (a
/// renamed role keeps its signatures).
fn fingerprint(view: &mut RoleView) -> String {
    use sha2::Digest;
    // The left-out fields are set aside while the view streams into the
    // hash (no copy of the view, no JSON text held), then put back.
    let review = view.review.take();
    let control = std::mem::take(&mut view.control);
    let id = std::mem::take(&mut view.id);
    let source = std::mem::take(&mut view.source);
    view.fingerprint.clear();
    let mut hasher = sha2::Sha256::new();
    let _ = serde_json::to_writer(&mut hasher, &*view);
    (view.review, view.control, view.id, view.source) = (review, control, id, source);
    let digest = hasher.finalize();
    digest[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// A handoff as a role's page lists it, with the role on the other side.
fn handoff_ref(h: &HandoffView, other: &Ref) -> HandoffRef {
    HandoffRef {
        slug: h.slug.clone(),
        from: Ref {
            id: h.from.id.clone(),
            name: h.from.name.clone(),
        },
        to: Ref {
            id: h.to.id.clone(),
            name: h.to.name.clone(),
        },
        role: other.clone(),
    }
}

/// An artifact's line in a handoff checklist: its name, and where it is kept.
fn artifact_label(a: &ArtifactView) -> Md {
    Md::inline(&match &a.kept_in {
        Some(k) => format!("**{}** ({k})", a.name),
        None => format!("**{}**", a.name),
    })
}

/// Each artifact passed, with its fields as the handoff lists them; with
/// `giver`, only those the giver checks too (`checked_by` empty or naming
/// them): the courier hands over a contract without checking its prices.
fn artifact_items(
    passes: &[ArtifactView],
    labels: &BTreeMap<&str, Md>,
    giver: Option<&str>,
) -> Vec<Item> {
    passes
        .iter()
        .map(|a| Item {
            label: None,
            text: labels
                .get(a.id.as_str())
                .cloned()
                .unwrap_or_else(|| artifact_label(a)),
            sub: a
                .fields
                .iter()
                .filter(|f| giver.is_none_or(|g| checks(f, g)))
                .map(|f| f.text.clone())
                .collect(),
        })
        .collect()
}

/// Whether role `role` checks field `f` at a change of hands.
fn checks(f: &FieldView, role: &str) -> bool {
    f.checked_by.is_empty() || f.checked_by.iter().any(|r| r == role)
}

fn labelled(label: &'static str, text: Option<&str>) -> Option<Item> {
    text.map(|t| Item {
        label: Some(label),
        text: Md::inline(t),
        sub: Vec::new(),
    })
}

/// The giver's list for a handoff: each artifact with its fields, deadline, channel, read-back, what to tell the client.
fn sender_list(h: &HandoffView, labels: &BTreeMap<&str, Md>) -> ChecklistView {
    let mut items = artifact_items(&h.passes, labels, Some(&h.giver.id));
    let facts = labelled("deadline", h.deadline.as_deref())
        .into_iter()
        .chain(labelled("channel", h.channel.as_deref()))
        .collect();
    items.extend(labelled("confirm", h.confirm.as_ref().map(|m| &*m.md)));
    items.extend(labelled(
        "tell_client",
        h.tell_client.as_ref().map(|m| &*m.md),
    ));
    ChecklistView {
        anchor: format!("send-{}", h.slug),
        kind: "send",
        name: format!("{} → {}", h.from.name, h.taker.name),
        when: None,
        facts,
        items,
        handoff: Some(h.slug.clone()),
        sheet: None,
    }
}

/// The receiver's list: check every artifact field, read back, first actions.
fn receiver_list(h: &HandoffView, labels: &BTreeMap<&str, Md>) -> ChecklistView {
    let mut items = artifact_items(&h.passes, labels, None);
    items.extend(labelled("read_back", h.confirm.as_ref().map(|m| &*m.md)));
    items.extend(h.actions.iter().map(|a| Item {
        label: Some("first_action"),
        text: a.clone(),
        sub: Vec::new(),
    }));
    ChecklistView {
        anchor: format!("receive-{}", h.slug),
        kind: "receive",
        name: format!("{} ← {}", h.to.name, h.giver.name),
        when: None,
        facts: Vec::new(),
        items,
        handoff: Some(h.slug.clone()),
        sheet: None,
    }
}

/// Compiles a handbook (normally one that passed `check`).
// Long on purpose: the order of derivation (stages, handoffs, roles,
// processes, coverage) is the point; each step is a call or a short loop.
pub fn compile(hb: &Handbook, day: jiff::civil::Date) -> Compiled {
    let ix = Index::new(hb);
    let artifacts: BTreeMap<&str, ArtifactView> = hb
        .settings
        .artifacts
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                ArtifactView {
                    id: a.id.value.clone(),
                    name: a.name.clone(),
                    description: a.description.as_deref().map(Md::block),
                    kept_in: a.kept_in.clone(),
                    external: a.external,
                    fields: a
                        .fields
                        .iter()
                        .map(|f| FieldView {
                            text: Md::inline(&f.text),
                            filled_at: f.filled_at.as_ref().map(|at| Ref {
                                id: at.value.clone(),
                                name: ix
                                    .stage(hb, at.as_str())
                                    .map_or_else(|| at.value.clone(), |s| s.name.clone()),
                            }),
                            checked_by: f.checked_by.iter().map(|r| r.value.clone()).collect(),
                        })
                        .collect(),
                },
            )
        })
        .collect();
    let mut supporters: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut informed: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut deputy_for: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (ri, r) in hb.roles.iter().enumerate() {
        for s in &r.supports {
            supporters.entry(s.as_str()).or_default().push(ri);
        }
        for s in &r.informed {
            informed.entry(s.as_str()).or_default().push(ri);
        }
        if let Some(d) = &r.deputy {
            deputy_for.entry(d.as_str()).or_default().push(ri);
        }
    }
    let artifact_labels = artifacts
        .iter()
        .map(|(id, a)| (*id, artifact_label(a)))
        .collect();
    let mut c = Compiler {
        hb,
        ix,
        artifacts,
        artifact_labels,
        supporters,
        informed,
        deputy_for,
        decisions: Vec::new(),
    };
    c.decisions = c.decisions();
    let c = c;
    // Each stage is compiled once; roles and processes share the views.
    let stages: Vec<Vec<Arc<StageView>>> = hb
        .processes
        .par_iter()
        .enumerate()
        .map(|(pi, p)| {
            (0..p.stages.len())
                .map(|si| Arc::new(c.stage_view(pi, si)))
                .collect()
        })
        .collect();
    let changes = changes_of_hands(hb, &c.ix);
    let all: Vec<HandoffView> = changes.par_iter().map(|ch| c.handoff_view(ch)).collect();
    let mut handoffs = Handoffs {
        by_giver: vec![Vec::new(); hb.roles.len()],
        by_taker: vec![Vec::new(); hb.roles.len()],
        all,
    };
    for (i, ch) in changes.iter().enumerate() {
        handoffs.by_giver[ch.giver].push(i);
        handoffs.by_taker[ch.taker].push(i);
    }
    let roles: Vec<RoleView> = (0..hb.roles.len())
        .into_par_iter()
        .map(|ri| {
            let mut view = c.role_view(ri, &handoffs, &stages);
            let r = &hb.roles[ri];
            view.control = c.control(r.approved.as_ref(), r.effective, day);
            view
        })
        .collect();
    let mut processes: Vec<(Option<f64>, ProcessView)> = stages
        .into_iter()
        .enumerate()
        .map(|(pi, st)| {
            let p = &hb.processes[pi];
            let mut view = c.process_view(pi, st);
            view.control = c.control(p.approved.as_ref(), p.effective, day);
            (p.order, view)
        })
        .collect();
    // The order the handbook gives (`order:`), then the rest by id: the
    // main process first in the menu, the index and the print.
    processes.sort_by(|(a, pa), (b, pb)| {
        a.unwrap_or(f64::INFINITY)
            .total_cmp(&b.unwrap_or(f64::INFINITY))
            .then_with(|| pa.id.cmp(&pb.id))
    });
    let processes: Vec<ProcessView> = processes.into_iter().map(|(_, p)| p).collect();
    let handoffs = handoffs.all;
    let redirects = redirects(hb, &handoffs);
    let signatures = (!hb.signatures.is_empty()).then(|| {
        hb.signatures
            .iter()
            .map(|s| {
                let id =
                    c.ix.renamed
                        .get(&(Kind::Role, s.role.as_str()))
                        .copied()
                        .unwrap_or(s.role.as_str());
                let current = roles
                    .iter()
                    .find(|r| r.id == id)
                    .is_some_and(|r| signature_is_current(&s.signed, r, hb));
                (format!("{} ({})", s.person, s.role.value), current)
            })
            .collect()
    });
    let loads = crate::model::capacity::capacity(hb, &c.ix, &[], day);
    // Where the handbook keeps acknowledgements: who is trained on the
    // current version of each role they hold or signed for.
    let trained = hb
        .files
        .iter()
        .any(|f| f.rel == "acknowledgements.yaml")
        .then(|| {
            training(hb, &roles)
                .into_iter()
                .map(|t| (format!("{} ({})", t.person, t.role), t.trained))
                .collect()
        });
    let coverage = coverage::measure_all(hb, &c.ix, &handoffs, signatures, trained, &loads);
    let teams = teams(&roles);
    let workload = workload(hb, &c.ix, &loads);
    let staff = staff(hb, &loads);
    let listed: Vec<&str> = hb
        .settings
        .artifacts
        .iter()
        .map(|a| a.id.as_str())
        .filter(|id| c.artifacts.contains_key(id))
        .collect();
    let artifact_flow = c.artifact_flows(&listed, &handoffs);
    let org = org(&roles, &staff);
    let by_slug: std::collections::HashMap<&str, &HandoffView> =
        handoffs.iter().map(|h| (h.slug.as_str(), h)).collect();
    let onboarding = roles
        .par_iter()
        .zip(&hb.roles)
        .map(|(view, r)| {
            onboarding::onboarding(view, &by_slug, &r.onboarding, hb.settings.language)
        })
        .collect();
    Compiled {
        meta: Meta {
            title: hb.settings.title.clone(),
            organization: hb.settings.organization.clone(),
            version: hb.settings.version.clone(),
            language: hb.settings.language.tag(),
            description: hb.settings.description.as_deref().map(Md::block),
            search: hb.settings.search,
            edit_url: hb.settings.edit_url.clone(),
            base_url: hb
                .settings
                .base_url
                .as_deref()
                .map(str::trim)
                .filter(|u| {
                    (u.starts_with("https://") || u.starts_with("http://"))
                        && crate::markdown::is_safe_url(u)
                        && !u.contains(['"', '<', '>', ' '])
                })
                .map(|u| format!("{}/", u.trim_end_matches('/'))),
            approver: hb.settings.approved_by.as_ref().map(|a| c.superior(a).name),
            theme: ThemeView::new(&hb.settings.theme),
        },
        pages: hb
            .pages
            .iter()
            .map(|p| FreePageView {
                id: p.id.clone(),
                title: p.title.clone(),
                body: Md::block(&p.body),
                source: hb.files[p.file as usize].rel.clone(),
            })
            .collect(),
        artifacts: hb
            .settings
            .artifacts
            .iter()
            .filter_map(|a| c.artifacts.get(a.id.as_str()).cloned())
            .collect(),
        processes,
        roles,
        handoffs,
        externals: c.externals(&c.decisions),
        redirects,
        since: None,
        decisions: c.decisions,
        coverage,
        teams,
        workload,
        staff,
        org,
        artifact_flow,
        onboarding,
    }
}
