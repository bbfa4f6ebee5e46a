//! The rule ids of the contract, their default severities and the texts of `rolebook explain`.
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
}

/// What `rolebook explain` says about a rule.
#[derive(Debug)]
pub struct RuleInfo {
    /// The rule.
    pub rule: Rule,
    /// Its stable id.
    pub id: &'static str,
    /// Severity unless `checks:` overrides it.
    pub default: Severity,
    /// One line: when it fires.
    pub summary: &'static str,
    /// Why it matters for a conveyor: the risk it prevents.
    pub why: &'static str,
    /// How to fix a finding.
    pub fix: &'static str,
    /// A small YAML example that triggers it.
    pub example: &'static str,
}

use Severity::{Error as E, Warning as W};

/// Every rule, in the order of the contract's table.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        rule: Rule::YamlSyntax,
        id: "yaml-syntax",
        default: E,
        summary: "the file is not valid YAML (or not UTF-8, too large, too deep, an alias bomb, or a key repeated in one mapping)",
        why: "A spec that cannot be read is a spec nobody follows: every duty in it silently disappears from the handbook. Limits on size, depth and aliases keep a broken or hostile file from hanging CI.",
        fix: "Open the file at the line shown and correct the YAML. Indent with spaces, quote values that contain `: `, and keep each key once per mapping.",
        example: "title: Courier\nduties:\n  - Deliver documents\n   - Collect signatures   # wrong indentation",
    },
    RuleInfo {
        rule: Rule::UnknownField,
        id: "unknown-field",
        default: E,
        summary: "a key the format does not know",
        why: "A misspelt key (`dutys:`) would otherwise be dropped without a word, and the duties under it would never reach the person who must do them.",
        fix: "Use the key the help line suggests, or remove it. `rolebook schema` lists every key; an editor with the YAML language server completes them.",
        example: "title: Courier\ndutys:\n  - Deliver documents",
    },
    RuleInfo {
        rule: Rule::MissingField,
        id: "missing-field",
        default: E,
        summary: "a required key is absent",
        why: "A role without a title, or a handoff without `passes`, leaves a hole exactly where a reader looks for an answer.",
        fix: "Add the key named in the message to the mapping shown.",
        example: "summary: Delivers documents\n# no `title:`",
    },
    RuleInfo {
        rule: Rule::WrongType,
        id: "wrong-type",
        default: E,
        summary: "a value of the wrong shape",
        why: "A list where one value is expected (or the other way round) cannot be read as the author meant it, so rolebook refuses to guess.",
        fix: "Give the value the shape named in the message: a text, a list, a mapping, a number or true/false.",
        example: "title: Courier\nowns: delivery    # must be a list: [delivery]",
    },
    RuleInfo {
        rule: Rule::InvalidId,
        id: "invalid-id",
        default: E,
        summary: "an id breaks the id rule (lowercase letters, digits and single hyphens, at most 64 characters)",
        why: "Ids become file names and links in the published handbook. A strict rule keeps links stable and stops an id such as `../x` from writing outside the site folder.",
        fix: "Rename the id (or the file, for a role or process) to lowercase words joined by single hyphens, e.g. `client-service`.",
        example: "# file roles/Client Service.yaml: the file stem is the role id",
    },
    RuleInfo {
        rule: Rule::DuplicateId,
        id: "duplicate-id",
        default: E,
        summary: "two roles, processes, stages, artifacts or KPIs of one role share an id",
        why: "Two things under one name is the handbook version of \"one person dealt with the client, another took the call\": links and ownership become ambiguous.",
        fix: "Rename one of them; the message names both places.",
        example: "# roles/sales/courier.yaml and roles/office/courier.yaml",
    },
    RuleInfo {
        rule: Rule::UnknownReference,
        id: "unknown-reference",
        default: E,
        summary: "an id that names nothing: stage, role, external role, artifact, KPI",
        why: "A duty that points to a stage or document that does not exist cannot be carried out; usually it is a typo the help line can fix.",
        fix: "Use an existing id (the help line suggests the closest), or define the missing one.",
        example: "title: Courier\nreports_to: head-of-sale    # head-of-sales",
    },
    RuleInfo {
        rule: Rule::StageWithoutOwner,
        id: "stage-without-owner",
        default: E,
        summary: "no role owns the stage",
        why: "A stage nobody owns is where the client falls through the conveyor: everyone assumes someone else does it.",
        fix: "Add the stage id to `owns:` of exactly one role.",
        example: "# processes/sales.yaml has stage `invoice`; no role lists it in owns",
    },
    RuleInfo {
        rule: Rule::StageMultipleOwners,
        id: "stage-multiple-owners",
        default: E,
        summary: "more than one role owns it",
        why: "Two owners of one stage both think the work is theirs, or both think it is the other's; in the \"object\" model that the conveyor replaces this is the mix-up where one person dealt with the client, another took the call, and the client has no one to hold to account.",
        fix: "Keep the stage in `owns:` of one role; the other can `supports:` it.",
        example: "# roles/active-sales.yaml and roles/client-service.yaml both own: [brief]",
    },
    RuleInfo {
        rule: Rule::HandoffMissing,
        id: "handoff-missing",
        default: E,
        summary: "a change of hands S -> T has no handoff `after: S`, `to: owner(T)` in the owner of S",
        why: "Every change of hands is where the \"broken telephone\" starts: without a written handoff the client has to explain themselves again to the next person.",
        fix: "In the role that owns S, add a handoff `after: S`, `to:` the owner of T, with what it `passes`, a deadline, a channel and a read-back.",
        example: "handoffs: []   # but stage intent-to-order (ours) is followed by brief (client-service's)",
    },
    RuleInfo {
        rule: Rule::HandoffMismatch,
        id: "handoff-mismatch",
        default: E,
        summary: "a handoff whose `after` the role does not own, or whose `to` owns no next stage of `after`",
        why: "A handoff written in the wrong role, or to the wrong person, is a procedure nobody will ever follow: the real change of hands stays undocumented.",
        fix: "Move the handoff to the role that owns `after`, or set `to:` to the role that owns the stage that follows it. External roles cannot receive handoffs.",
        example: "handoffs:\n  - after: brief\n    to: courier    # courier owns no stage that follows brief",
    },
    RuleInfo {
        rule: Rule::HandoffIncomplete,
        id: "handoff-incomplete",
        default: E,
        summary: "the next stage needs an artifact that the handoff does not pass and that its new owner did not already hold",
        why: "This is the broken telephone itself: the next person has to ask the client again for what the previous one already knew.",
        fix: "Add the artifact to the handoff's `passes:`, or make sure the receiver already holds it from an earlier stage of the same process.",
        example: "handoffs:\n  - after: intent-to-order\n    to: client-service\n    passes: [client-card]   # brief needs order-request too",
    },
    RuleInfo {
        rule: Rule::UnreachableStage,
        id: "unreachable-stage",
        default: E,
        summary: "no path from the start of its process reaches the stage",
        why: "A stage no `next` leads to is never started: its owner waits, and its exit criteria are never checked.",
        fix: "Add the stage to the `next:` of the stage that comes before it, or set `start:` of the process to a stage of that process.",
        example: "stages:\n  - id: first-contact\n    next: []\n  - id: meeting        # nothing leads here",
    },
    RuleInfo {
        rule: Rule::TimeBudgetSum,
        id: "time-budget-sum",
        default: E,
        summary: "a role's `time_budget` does not add up to 100",
        why: "The agency's trouble began as 60/30/10 spent the wrong way round. A budget that does not add up cannot show where the time goes.",
        fix: "Make the percentages add up to exactly 100; put the rest under `other`.",
        example: "time_budget:\n  prospecting: 60\n  first-contact: 30   # 90 in all",
    },
    RuleInfo {
        rule: Rule::ReportsToCycle,
        id: "reports-to-cycle",
        default: E,
        summary: "A reports to B ... reports to A",
        why: "A circle of reporting leaves nobody to settle a dispute or to hold a stage to account.",
        fix: "Break the circle: one of the roles reports to a role outside it, or to an external role such as the head of sales.",
        example: "# courier reports_to documents-clerk; documents-clerk reports_to courier",
    },
    RuleInfo {
        rule: Rule::DeadEndStage,
        id: "dead-end-stage",
        default: W,
        summary: "a stage has no `next` and is not `final`",
        why: "The client waits at a dead end: nobody knows what happens after this stage.",
        fix: "Add the stage that follows to `next:`, or mark the stage `final: true` if the process may end there.",
        example: "- id: act-signed\n  name: Act signed   # no next, no final: true",
    },
    RuleInfo {
        rule: Rule::RoleWithoutStages,
        id: "role-without-stages",
        default: W,
        summary: "a role owns no stage",
        why: "A role with no stage of its own has no result of its own: its pay cannot be tied to anything it answers for.",
        fix: "Give the role the stages it is accountable for in `owns:`, or merge it with another role.",
        example: "title: Assistant\nowns: []",
    },
    RuleInfo {
        rule: Rule::FullCycleOwner,
        id: "full-cycle-owner",
        default: W,
        summary: "one role owns every stage of a process of 3 or more stages",
        why: "This is the \"object\" model the conveyor replaces: one person leads the client from first call to signed act, so while they sell, the paperwork waits, and while they do the paperwork, nobody sells: one face of the Rubik's cube is always falling apart.",
        fix: "Split the stages between roles, each with its own result and pay.",
        example: "owns: [prospecting, brief, estimate, contract, act]   # the whole sales process",
    },
    RuleInfo {
        rule: Rule::DeputyMissing,
        id: "deputy-missing",
        default: W,
        summary: "a role names no deputy",
        why: "When someone is absent and nobody stands in, the others know nothing of their clients and the clients wait; and whoever leaves can take \"their\" clients with them.",
        fix: "Name the role that stands in: `deputy: client-service`.",
        example: "title: Courier\n# no deputy:",
    },
    RuleInfo {
        rule: Rule::DeputySelf,
        id: "deputy-self",
        default: E,
        summary: "a role is its own deputy",
        why: "Standing in for oneself means nobody stands in.",
        fix: "Name another role as the deputy.",
        example: "# roles/courier.yaml\ndeputy: courier",
    },
    RuleInfo {
        rule: Rule::KpiMissing,
        id: "kpi-missing",
        default: W,
        summary: "a role has no KPI",
        why: "Without a measure, people set their own norms, judge their own quality and decide for themselves how much is enough.",
        fix: "Add `kpis:` with at least one KPI that has a target and says how it is measured.",
        example: "title: Courier\n# no kpis:",
    },
    RuleInfo {
        rule: Rule::PayWithoutKpi,
        id: "pay-without-kpi",
        default: W,
        summary: "a role that owns stages has no variable pay tied to one of its KPIs",
        why: "Pay that is not tied to the role's own result (a salary plus a share of profit, say) pushes everyone to chase \"their\" client's bigger order instead of doing their stage well.",
        fix: "Add `pay.variable` items whose `kpi:` names one of the role's KPIs.",
        example: "pay:\n  fixed: Base salary\n  # no variable part",
    },
    RuleInfo {
        rule: Rule::SharedIncentive,
        id: "shared-incentive",
        default: W,
        summary: "KPIs of two different roles name the same `outcome`",
        why: "Two roles paid for the same result is the seed of commission disputes: one worked the client for half a year, another closed the deal, and each claims the commission.",
        fix: "Tie each role's KPI to its own result: the lead, the brief, the signed contract, the delivered act.",
        example: "# active-sales and client-service both have a KPI with outcome: contract",
    },
    RuleInfo {
        rule: Rule::ArtifactUnproduced,
        id: "artifact-unproduced",
        default: W,
        summary: "a stage needs an artifact that no stage produces and that is not `external`",
        why: "A stage that starts from a document nobody makes will wait for it forever, or someone will improvise it.",
        fix: "Add the artifact to `produces:` of the stage that makes it, or mark it `external: true` in handbook.yaml if it arrives from outside.",
        example: "needs: [signed-contract]   # no stage produces signed-contract",
    },
    RuleInfo {
        rule: Rule::ArtifactUnused,
        id: "artifact-unused",
        default: W,
        summary: "an artifact nothing needs, passes or pays for",
        why: "A document nobody uses is paperwork for its own sake, the easy work that crowds out real work (\"second-level laziness\": sorting the shelves instead of serving clients).",
        fix: "Name it in a stage's `needs:`, a handoff's `passes:` or a KPI's `outcome:`, or remove it.",
        example: "artifacts:\n  fax-cover:\n    name: Fax cover sheet",
    },
    RuleInfo {
        rule: Rule::ArtifactUnstored,
        id: "artifact-unstored",
        default: W,
        summary: "an artifact passed in a handoff names no `kept_in`",
        why: "What is handed over but kept nowhere lives in someone's drawer and leaves with them: each employee becomes a state within the state.",
        fix: "Add `kept_in:` to the artifact in handbook.yaml: the CRM, the shared drive, the archive.",
        example: "artifacts:\n  brief:\n    name: Brief   # no kept_in",
    },
    RuleInfo {
        rule: Rule::OutsideLink,
        id: "outside-link",
        default: E,
        summary: "a symbolic link in the handbook folder leads outside it; it is not read",
        why: "The handbook must be reviewable as one folder. A link outside it could publish a file that nobody reviewed.",
        fix: "Copy the file into the handbook folder, or remove the link.",
        example: "# roles/courier.yaml -> /home/someone/courier.yaml",
    },
    RuleInfo {
        rule: Rule::MissingFile,
        id: "missing-file",
        default: E,
        summary: "`handbook.yaml` is absent",
        why: "Without handbook.yaml there are no artifacts, external roles or settings to check the roles against.",
        fix: "Create handbook.yaml with at least `title:` (`rolebook init` writes a starter).",
        example: "# roles/ holds role files but no handbook.yaml",
    },
    RuleInfo {
        rule: Rule::EmptyChecklist,
        id: "empty-checklist",
        default: W,
        summary: "a checklist has no items",
        why: "An empty checklist printed and pinned to the wall tells staff the routine is covered when it is not.",
        fix: "Add the items to tick, or remove the checklist.",
        example: "checklists:\n  - name: Every working day\n    items: []",
    },
    RuleInfo {
        rule: Rule::UnsafeLink,
        id: "unsafe-link",
        default: E,
        summary: "a link (`edit_url`, or a link or image in a text) is not http, https, mailto or relative; it is left off the site",
        why: "Staff open the handbook in the browser they do their work in. A `javascript:` or `data:` link written into a spec would run as code when a reader clicks it, with the reader's access to the handbook and everything beside it.",
        fix: "Link to an http(s) page, a mailto: address, or a page of the handbook by its relative path; remove any other link.",
        example: "edit_url: \"javascript:alert(1)//{path}\"",
    },
    RuleInfo {
        rule: Rule::NotAFile,
        id: "not-a-file",
        default: E,
        summary: "an entry in the handbook folder (or what a symbolic link in it points at) is a pipe, a device or a socket; it is not read",
        why: "Reading a named pipe or a device waits for data that may never come: CI would hang instead of failing, and `serve` would stop rebuilding. Only regular files are specs.",
        fix: "Remove the entry from the handbook folder, or replace it with a regular file.",
        example: "# mkfifo roles/courier.yaml",
    },
    RuleInfo {
        rule: Rule::FieldFilledLate,
        id: "field-filled-late",
        default: E,
        summary: "an artifact field is filled at a stage that does not produce the artifact, or a role is asked to check it at changes of hands that all come before it is filled",
        why: "Each change of hands asks the receiver to check only what exists at that moment. A field that is filled later (the client's signature on a contract the courier is only taking out) would either be left off every list or ask someone to tick what cannot be there yet, and a list with impossible boxes is a list people stop reading.",
        fix: "Set `filled_at:` to the stage that writes the field (one that `produces:` the artifact), and list in `checked_by:` only roles that hand over or receive the artifact after that stage.",
        example: "fields:\n  - text: Signatures of both parties\n    filled_at: document-delivery\n    checked_by: [courier]   # the courier receives the contract before it is signed",
    },
    RuleInfo {
        rule: Rule::DecisionGap,
        id: "decision-gap",
        default: E,
        summary: "the levels of a decision right leave amounts nobody may decide, or give one amount to two deciders",
        why: "A discount of 7% when one person may give up to 5% and the next decides from 10% has no approver: it is either refused for no reason or given by whoever is asked, and the client learns which. Two deciders for one amount is the same problem the other way round.",
        fix: "Write the levels from the smallest up, each `over:` equal to the `up_to:` of the level before it, the first from zero.",
        example: "levels:\n  - by: documents-clerk\n    up_to: 5\n  - by: head-of-sales\n    over: 10   # 5 to 10 is nobody's",
    },
    RuleInfo {
        rule: Rule::DecisionWithoutDecider,
        id: "decision-without-decider",
        default: E,
        summary: "a decision right names no one who decides",
        why: "A decision written down without a decider sends every case to the head of the department, or to nobody.",
        fix: "Add at least one level with `by:` naming a role or an external role.",
        example: "decisions:\n  refund:\n    name: Refund to a client\n    levels: []",
    },
    RuleInfo {
        rule: Rule::ReviewOverdue,
        id: "review-overdue",
        default: W,
        summary: "a role's or process's next review (`review: last` plus `every`) is before today (`--today DATE` sets the day)",
        why: "A job description nobody has looked at for a year describes last year's job. A review date written down, and a warning in CI when it passes, is how a handbook stays true without anyone having to remember.",
        fix: "Review the role or process with the person named in `review: by`, then set `review: last` to the day of the review.",
        example: "review:\n  by: head-of-sales\n  last: 2025-01-15\n  every: 6 months   # due 2025-07-15",
    },
    RuleInfo {
        rule: Rule::SignatureMissing,
        id: "signature-missing",
        default: W,
        summary: "the handbook keeps `acknowledgements.yaml`, and nobody holds a signature for a role's job description as it is now",
        why: "A signature is worth what it refers to. When a role's duties or checklists change, the person who signed the old version is working from it; until someone signs the new one, nobody has confirmed they know the role as written.",
        fix: "Have the person in the role read the starter pack and sign it, then add or update their entry in acknowledgements.yaml with the fingerprint printed on it. `rolebook status` lists who must re-read what.",
        example: "signatures:\n  - person: Ivan Petrov\n    role: courier\n    signed: 1a2b3c4d5e6f   # the courier's fingerprint has changed since",
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
        assert_eq!(RULES.len(), 36);
    }
}
