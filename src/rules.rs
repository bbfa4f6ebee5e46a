//! The rule ids of the contract and their default severities; what `rolebook explain` says of each is in `locales/` (`RULE-summary`, `-why`, `-fix`, `-example`).
//!
//! A leaf of the module graph: `load` (which reports what it cannot read),
//! `diagnostic` (findings) and `check` (the rules' code) all name rules from
//! here, and nothing here names them.

use serde::Serialize;
use std::fmt;

/// How serious a finding is, after the handbook's `checks:` overrides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails `check` and `build`.
    Error,
    /// Reported; fails only with `--deny-warnings`.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One consistency rule. The kebab-case ids are part of the format's contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[allow(
    missing_docs,
    reason = "each variant is documented by its RuleInfo text"
)]
pub enum Rule {
    YamlSyntax,
    UnknownField,
    MissingField,
    WrongType,
    InvalidId,
    DuplicateId,
    UnknownReference,
    StageWithoutOwner,
    StageMultipleOwners,
    HandoffMissing,
    HandoffMismatch,
    HandoffIncomplete,
    UnreachableStage,
    TimeBudgetSum,
    ReportsToCycle,
    DeadEndStage,
    RoleWithoutStages,
    FullCycleOwner,
    DeputyMissing,
    DeputySelf,
    KpiMissing,
    PayWithoutKpi,
    SharedIncentive,
    ArtifactUnproduced,
    ArtifactUnused,
    ArtifactUnstored,
    OutsideLink,
    MissingFile,
    EmptyChecklist,
    UnsafeLink,
    NotAFile,
    FieldFilledLate,
    DecisionGap,
    DecisionWithoutDecider,
    ReviewOverdue,
    SignatureMissing,
    OverCapacity,
    TimeBudgetDrift,
    HeadcountMismatch,
    RoleUnstaffed,
    CoverOverloaded,
    DeputyConflict,
}

/// A rule of the contract; its texts are messages of `locales/TAG.ftl`.
#[derive(Debug)]
pub struct RuleInfo {
    /// The rule.
    pub rule: Rule,
    /// Its stable id.
    pub id: &'static str,
    /// Severity unless `checks:` overrides it.
    pub default: Severity,
}

use Severity::{Error as E, Warning as W};

/// Every rule, in the order of the contract's table.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        rule: Rule::YamlSyntax,
        id: "yaml-syntax",
        default: E,
    },
    RuleInfo {
        rule: Rule::UnknownField,
        id: "unknown-field",
        default: E,
    },
    RuleInfo {
        rule: Rule::MissingField,
        id: "missing-field",
        default: E,
    },
    RuleInfo {
        rule: Rule::WrongType,
        id: "wrong-type",
        default: E,
    },
    RuleInfo {
        rule: Rule::InvalidId,
        id: "invalid-id",
        default: E,
    },
    RuleInfo {
        rule: Rule::DuplicateId,
        id: "duplicate-id",
        default: E,
    },
    RuleInfo {
        rule: Rule::UnknownReference,
        id: "unknown-reference",
        default: E,
    },
    RuleInfo {
        rule: Rule::StageWithoutOwner,
        id: "stage-without-owner",
        default: E,
    },
    RuleInfo {
        rule: Rule::StageMultipleOwners,
        id: "stage-multiple-owners",
        default: E,
    },
    RuleInfo {
        rule: Rule::HandoffMissing,
        id: "handoff-missing",
        default: E,
    },
    RuleInfo {
        rule: Rule::HandoffMismatch,
        id: "handoff-mismatch",
        default: E,
    },
    RuleInfo {
        rule: Rule::HandoffIncomplete,
        id: "handoff-incomplete",
        default: E,
    },
    RuleInfo {
        rule: Rule::UnreachableStage,
        id: "unreachable-stage",
        default: E,
    },
    RuleInfo {
        rule: Rule::TimeBudgetSum,
        id: "time-budget-sum",
        default: E,
    },
    RuleInfo {
        rule: Rule::ReportsToCycle,
        id: "reports-to-cycle",
        default: E,
    },
    RuleInfo {
        rule: Rule::DeadEndStage,
        id: "dead-end-stage",
        default: W,
    },
    RuleInfo {
        rule: Rule::RoleWithoutStages,
        id: "role-without-stages",
        default: W,
    },
    RuleInfo {
        rule: Rule::FullCycleOwner,
        id: "full-cycle-owner",
        default: W,
    },
    RuleInfo {
        rule: Rule::DeputyMissing,
        id: "deputy-missing",
        default: W,
    },
    RuleInfo {
        rule: Rule::DeputySelf,
        id: "deputy-self",
        default: E,
    },
    RuleInfo {
        rule: Rule::KpiMissing,
        id: "kpi-missing",
        default: W,
    },
    RuleInfo {
        rule: Rule::PayWithoutKpi,
        id: "pay-without-kpi",
        default: W,
    },
    RuleInfo {
        rule: Rule::SharedIncentive,
        id: "shared-incentive",
        default: W,
    },
    RuleInfo {
        rule: Rule::ArtifactUnproduced,
        id: "artifact-unproduced",
        default: W,
    },
    RuleInfo {
        rule: Rule::ArtifactUnused,
        id: "artifact-unused",
        default: W,
    },
    RuleInfo {
        rule: Rule::ArtifactUnstored,
        id: "artifact-unstored",
        default: W,
    },
    RuleInfo {
        rule: Rule::OutsideLink,
        id: "outside-link",
        default: E,
    },
    RuleInfo {
        rule: Rule::MissingFile,
        id: "missing-file",
        default: E,
    },
    RuleInfo {
        rule: Rule::EmptyChecklist,
        id: "empty-checklist",
        default: W,
    },
    RuleInfo {
        rule: Rule::UnsafeLink,
        id: "unsafe-link",
        default: E,
    },
    RuleInfo {
        rule: Rule::NotAFile,
        id: "not-a-file",
        default: E,
    },
    RuleInfo {
        rule: Rule::FieldFilledLate,
        id: "field-filled-late",
        default: E,
    },
    RuleInfo {
        rule: Rule::DecisionGap,
        id: "decision-gap",
        default: E,
    },
    RuleInfo {
        rule: Rule::DecisionWithoutDecider,
        id: "decision-without-decider",
        default: E,
    },
    RuleInfo {
        rule: Rule::ReviewOverdue,
        id: "review-overdue",
        default: W,
    },
    RuleInfo {
        rule: Rule::SignatureMissing,
        id: "signature-missing",
        default: W,
    },
    RuleInfo {
        rule: Rule::OverCapacity,
        id: "over-capacity",
        default: W,
    },
    RuleInfo {
        rule: Rule::TimeBudgetDrift,
        id: "time-budget-drift",
        default: W,
    },
    RuleInfo {
        rule: Rule::HeadcountMismatch,
        id: "headcount-mismatch",
        default: W,
    },
    RuleInfo {
        rule: Rule::RoleUnstaffed,
        id: "role-unstaffed",
        default: W,
    },
    RuleInfo {
        rule: Rule::CoverOverloaded,
        id: "cover-overloaded",
        default: W,
    },
    RuleInfo {
        rule: Rule::DeputyConflict,
        id: "deputy-conflict",
        default: W,
    },
];

impl Rule {
    /// The rule's row in [`RULES`].
    pub fn info(self) -> &'static RuleInfo {
        // RULES is in declaration order; a unit test pins that.
        &RULES[self as usize]
    }

    /// Its stable id, e.g. `handoff-missing`.
    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// Its severity unless overridden.
    pub fn default_severity(self) -> Severity {
        self.info().default
    }

    /// The rule with that id.
    pub fn from_id(id: &str) -> Option<Rule> {
        RULES.iter().find(|r| r.id == id).map(|r| r.rule)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_declaration_order_and_complete() {
        for (i, info) in RULES.iter().enumerate() {
            assert_eq!(info.rule as usize, i, "{} out of order", info.id);
            let json = serde_json::to_value(info.rule).unwrap();
            assert_eq!(json, info.id);
        }
        assert_eq!(RULES.len(), 42);
    }
}
