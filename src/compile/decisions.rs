//! Decision rights and the external roles that hold them, as pages show them.

use serde::Serialize;

use super::{Compiler, Ref, StageRef, Superior};
use crate::model::{Decision, DecisionLevel};

/// A decision right: what is decided, where, and who decides up to which limit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DecisionView {
    /// Id.
    pub id: String,
    /// What is decided.
    pub name: String,
    /// Where it comes up.
    pub stage: Option<StageRef>,
    /// The deciders, from the smallest amount up.
    pub levels: Vec<LevelView>,
}

/// One decider and the amounts they decide, with the unit written in.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LevelView {
    /// The role or external role.
    pub by: Superior,
    /// Lower limit, not included (`None`: from zero).
    pub over: Option<String>,
    /// Upper limit, included (`None`: no limit).
    pub up_to: Option<String>,
}

/// A page for someone outside the roles of the handbook (the head of
/// sales): what they decide, and who reports to them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExternalView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Decisions with a level that is theirs.
    pub decides: Vec<DecisionView>,
    /// Roles that report to them.
    pub reports: Vec<Ref>,
    /// Roles they stand in for.
    pub deputy_for: Vec<Ref>,
}

fn amount(n: Option<f64>, d: &Decision) -> Option<String> {
    n.map(|n| d.amount(n))
}

impl Compiler<'_> {
    fn decision_view(&self, d: &Decision) -> DecisionView {
        let mut levels: Vec<&DecisionLevel> = d.levels.iter().collect();
        levels.sort_by(|a, b| a.over.unwrap_or(0.0).total_cmp(&b.over.unwrap_or(0.0)));
        DecisionView {
            id: d.id.value.clone(),
            name: d.name.clone(),
            stage: d.stage.as_ref().and_then(|s| self.stage_ref(s.as_str())),
            levels: levels
                .into_iter()
                .map(|l| LevelView {
                    by: self.superior(&l.by),
                    over: amount(l.over.filter(|o| *o > 0.0), d),
                    up_to: amount(l.up_to, d),
                })
                .collect(),
        }
    }

    /// Every decision right, in handbook.yaml's order.
    pub(super) fn decisions(&self) -> Vec<DecisionView> {
        self.hb
            .settings
            .decisions
            .iter()
            .map(|d| self.decision_view(d))
            .collect()
    }

    /// One page per external role.
    pub(super) fn externals(&self, decisions: &[DecisionView]) -> Vec<ExternalView> {
        self.hb
            .settings
            .external_roles
            .iter()
            .map(|(id, name)| {
                let roles_where = |pick: &dyn Fn(&crate::model::Role) -> bool| -> Vec<Ref> {
                    (0..self.hb.roles.len())
                        .filter(|ri| pick(&self.hb.roles[*ri]))
                        .map(|ri| self.role_ref(ri))
                        .collect()
                };
                ExternalView {
                    id: id.value.clone(),
                    name: name.clone(),
                    decides: decisions
                        .iter()
                        .filter(|d| d.levels.iter().any(|l| l.by.id == id.value))
                        .cloned()
                        .collect(),
                    reports: roles_where(&|r| {
                        r.reports_to.as_ref().is_some_and(|t| t.value == id.value)
                    }),
                    deputy_for: roles_where(&|r| {
                        r.deputy.as_ref().is_some_and(|t| t.value == id.value)
                    }),
                }
            })
            .collect()
    }
}
