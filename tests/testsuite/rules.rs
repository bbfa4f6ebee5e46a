//! Every rule of the contract: a handbook that breaks it (rule, file and line asserted) and a close one that does not.

use crate::support::{BASE, fires, quiet};

fn base(rel: &str) -> &'static str {
    BASE.iter()
        .find(|(r, _)| *r == rel)
        .map(|(_, c)| *c)
        .expect("base file")
}

fn edit(rel: &str, from: &str, to: &str) -> String {
    let text = base(rel);
    assert!(text.contains(from), "`{from}` not in base {rel}");
    text.replacen(from, to, 1)
}

#[test]
fn base_handbook_is_clean() {
    let all = crate::support::findings(&[]);
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn yaml_syntax_on_tab_indentation() {
    let hit = fires(
        &[("b.yaml", "title: B\nreports_to: boss\ndeputy:\n\ta\n")],
        "yaml-syntax",
        "b.yaml",
        4,
    );
    assert!(hit.help.is_some());
    quiet(
        &[("b.yaml", &edit("b.yaml", "deputy: a", "deputy:\n  a"))],
        "yaml-syntax",
    );
}

#[test]
fn yaml_syntax_on_repeated_key_keeps_reading_the_file() {
    let b = format!("{}deputy: a\n", base("b.yaml"));
    let hit = fires(&[("b.yaml", &b)], "yaml-syntax", "b.yaml", 12);
    assert!(
        hit.message.contains("`deputy` appears twice"),
        "{}",
        hit.message
    );
    // The rest of the file is still checked: a typo after the repeated key is found too.
    fires(
        &[("b.yaml", &format!("{b}dutys: []\n"))],
        "unknown-field",
        "b.yaml",
        13,
    );
}

#[test]
fn unknown_field_suggests_the_closest_key() {
    let hit = fires(
        &[("b.yaml", &format!("{}dutys:\n  - x\n", base("b.yaml")))],
        "unknown-field",
        "b.yaml",
        12,
    );
    assert_eq!(hit.col, 1);
    assert!(
        hit.help.as_deref().unwrap_or("").contains("`duties`"),
        "{hit:?}"
    );
    quiet(
        &[("b.yaml", &format!("{}duties:\n  - x\n", base("b.yaml")))],
        "unknown-field",
    );
}

#[test]
fn missing_field_points_at_the_mapping_that_lacks_it() {
    fires(
        &[("b.yaml", &edit("b.yaml", "title: B\n", "summary: B\n"))],
        "missing-field",
        "b.yaml",
        1,
    );
    let a = edit("a.yaml", "    passes: [card, offer]\n", "");
    fires(&[("a.yaml", &a)], "missing-field", "a.yaml", 14);
    quiet(&[], "missing-field");
}

#[test]
fn wrong_type_on_a_scalar_where_a_list_belongs() {
    let hit = fires(
        &[("b.yaml", &edit("b.yaml", "owns: [s3]", "owns: s3"))],
        "wrong-type",
        "b.yaml",
        4,
    );
    assert_eq!(hit.col, 7);
    quiet(&[], "wrong-type");
}

#[test]
fn wrong_type_on_a_bad_boolean_and_percent() {
    // YAML 1.2: `yes` is a string, not a boolean.
    let p = edit("processes/p.yaml", "final: true", "final: yes");
    fires(
        &[("processes/p.yaml", &p)],
        "wrong-type",
        "processes/p.yaml",
        15,
    );
    let b = format!("{}time_budget:\n  s3: lots\n", base("b.yaml"));
    fires(&[("b.yaml", &b)], "wrong-type", "b.yaml", 13);
}

#[test]
fn invalid_id_in_a_stage_and_in_a_file_name() {
    let p = edit("processes/p.yaml", "- id: s3", "- id: S_3");
    let hit = fires(
        &[("processes/p.yaml", &p)],
        "invalid-id",
        "processes/p.yaml",
        12,
    );
    assert!(
        hit.help.as_deref().unwrap_or("").contains("try `s-3`"),
        "{hit:?}"
    );
    fires(
        &[("Courier.yaml", "title: Courier\n")],
        "invalid-id",
        "Courier.yaml",
        1,
    );
    quiet(
        &[("courier.yaml", "title: Courier\ndeputy: a\n")],
        "invalid-id",
    );
}

#[test]
fn invalid_id_refuses_ids_that_climb_out_of_the_site() {
    let b = edit("b.yaml", "deputy: a", "deputy: ../a");
    fires(&[("b.yaml", &b)], "invalid-id", "b.yaml", 3);
}

#[test]
fn duplicate_id_for_roles_in_two_folders() {
    let hit = fires(
        &[("team/a.yaml", base("a.yaml"))],
        "duplicate-id",
        "team/a.yaml",
        1,
    );
    assert!(
        hit.help.as_deref().unwrap_or("").contains("a.yaml:"),
        "{hit:?}"
    );
    quiet(&[("team/c.yaml", "title: C\ndeputy: a\n")], "duplicate-id");
}

#[test]
fn duplicate_id_for_stages_artifacts_and_kpis() {
    let p2 = "name: Q\nstages:\n  - id: s1\n    name: Again\n    final: true\n";
    fires(
        &[("processes/q.yaml", p2)],
        "duplicate-id",
        "processes/q.yaml",
        3,
    );
    let hb = format!("{}  card:\n    name: Card again\n", base("handbook.yaml"));
    fires(
        &[("handbook.yaml", &hb)],
        "duplicate-id",
        "handbook.yaml",
        11,
    );
    let b = edit("b.yaml", "kpis:\n", "kpis:\n  - id: k\n    name: Twice\n");
    fires(&[("b.yaml", &b)], "duplicate-id", "b.yaml", 8);
}

#[test]
fn artifacts_may_be_declared_in_the_process_file_that_uses_them() {
    let hb = edit(
        "handbook.yaml",
        "  offer:\n    name: Offer\n    kept_in: Drive\n",
        "",
    );
    let p = format!(
        "{}artifacts:\n  offer:\n    name: Offer\n    kept_in: Drive\n",
        base("processes/p.yaml")
    );
    let all = crate::support::findings(&[("handbook.yaml", &hb), ("processes/p.yaml", &p)]);
    assert!(all.is_empty(), "{all:#?}");
    // Declared in both places: the second declaration is a duplicate.
    let hit = fires(
        &[("processes/p.yaml", &p)],
        "duplicate-id",
        "processes/p.yaml",
        17,
    );
    assert!(
        hit.help
            .as_deref()
            .unwrap_or("")
            .contains("handbook.yaml:8"),
        "{hit:?}"
    );
}

#[test]
fn unknown_reference_suggests_the_closest_id() {
    let hit = fires(
        &[(
            "b.yaml",
            &edit("b.yaml", "reports_to: boss", "reports_to: bos"),
        )],
        "unknown-reference",
        "b.yaml",
        2,
    );
    assert_eq!(hit.col, 13);
    assert_eq!(hit.help.as_deref(), Some("did you mean `boss`?"));
    quiet(&[], "unknown-reference");
}

#[test]
fn unknown_reference_for_artifacts_kpis_and_next() {
    let p = edit("processes/p.yaml", "next: [s3]", "next: [s33]");
    fires(
        &[("processes/p.yaml", &p)],
        "unknown-reference",
        "processes/p.yaml",
        11,
    );
    let b = edit("b.yaml", "    - kpi: k", "    - kpi: kk");
    fires(&[("b.yaml", &b)], "unknown-reference", "b.yaml", 10);
    let a = edit("a.yaml", "outcome: offer", "outcome: ofer");
    fires(&[("a.yaml", &a)], "unknown-reference", "a.yaml", 8);
}

#[test]
fn stage_without_owner() {
    let b = edit("b.yaml", "owns: [s3]", "owns: []");
    fires(
        &[("b.yaml", &b)],
        "stage-without-owner",
        "processes/p.yaml",
        12,
    );
    quiet(&[], "stage-without-owner");
}

#[test]
fn stage_multiple_owners_reported_at_the_second_owner() {
    let b = edit("b.yaml", "owns: [s3]", "owns: [s2, s3]");
    let hit = fires(&[("b.yaml", &b)], "stage-multiple-owners", "b.yaml", 4);
    assert!(hit.message.contains("`a` and `b`"), "{}", hit.message);
    // Supporting a stage is not owning it.
    let b = edit("b.yaml", "owns: [s3]", "owns: [s3]\nsupports: [s2]");
    quiet(&[("b.yaml", &b)], "stage-multiple-owners");
}

#[test]
fn handoff_missing_at_the_change_of_hands() {
    let a = base("a.yaml")
        .split("handoffs:")
        .next()
        .unwrap_or_default()
        .to_string();
    fires(&[("a.yaml", &a)], "handoff-missing", "processes/p.yaml", 11);
    quiet(&[], "handoff-missing");
}

#[test]
fn handoff_mismatch_for_wrong_receiver_wrong_stage_and_external_role() {
    let a = format!(
        "{}  - after: s1\n    to: b\n    passes: [card]\n",
        base("a.yaml")
    );
    fires(&[("a.yaml", &a)], "handoff-mismatch", "a.yaml", 18);
    let b = format!(
        "{}handoffs:\n  - after: s2\n    to: a\n    passes: [card]\n",
        base("b.yaml")
    );
    fires(&[("b.yaml", &b)], "handoff-mismatch", "b.yaml", 13);
    let a = edit("a.yaml", "    to: b", "    to: boss");
    fires(&[("a.yaml", &a)], "handoff-mismatch", "a.yaml", 15);
    quiet(&[], "handoff-mismatch");
}

#[test]
fn handoff_incomplete_when_the_next_stage_needs_more() {
    let a = edit("a.yaml", "passes: [card, offer]", "passes: [card]");
    let hit = fires(&[("a.yaml", &a)], "handoff-incomplete", "a.yaml", 16);
    assert!(hit.message.contains("`offer`"), "{}", hit.message);
    quiet(&[], "handoff-incomplete");
}

#[test]
fn handoff_incomplete_not_when_the_receiver_already_holds_it() {
    // b owns s1 (which produces card) and s3; s3 is reached from s1, so b holds card.
    let a = "title: A\nreports_to: boss\ndeputy: b\nowns: [s2]\nkpis:\n  - id: k\n    name: K\npay:\n  variable:\n    - kpi: k\n      rule: R\nhandoffs:\n  - after: s2\n    to: b\n    passes: [offer]\n";
    let b = "title: B\nreports_to: boss\ndeputy: a\nowns: [s1, s3]\nkpis:\n  - id: k\n    name: K\npay:\n  variable:\n    - kpi: k\n      rule: R\nhandoffs:\n  - after: s1\n    to: a\n    passes: [card]\n";
    quiet(&[("a.yaml", a), ("b.yaml", b)], "handoff-incomplete");
    // Without the earlier stage, the same handoff is incomplete.
    let b2 = b.replace("owns: [s1, s3]", "owns: [s3]").replace(
        "handoffs:\n  - after: s1\n    to: a\n    passes: [card]\n",
        "",
    );
    let a2 = a.replace("owns: [s2]", "owns: [s1, s2]");
    fires(
        &[("a.yaml", &a2), ("b.yaml", &b2)],
        "handoff-incomplete",
        "a.yaml",
        15,
    );
}

#[test]
fn unreachable_stage_from_the_start() {
    let p = edit("processes/p.yaml", "stages:", "start: s2\nstages:");
    fires(
        &[("processes/p.yaml", &p)],
        "unreachable-stage",
        "processes/p.yaml",
        4,
    );
    let p = edit("processes/p.yaml", "stages:", "start: s1\nstages:");
    quiet(&[("processes/p.yaml", &p)], "unreachable-stage");
}

#[test]
fn time_budget_sum_must_be_100() {
    let a = format!("{}time_budget:\n  s1: 50\n  s2: 40\n", base("a.yaml"));
    let hit = fires(&[("a.yaml", &a)], "time-budget-sum", "a.yaml", 18);
    assert!(hit.message.contains("90%"), "{}", hit.message);
    let a = format!("{}time_budget:\n  s1: 60\n  other: 40\n", base("a.yaml"));
    quiet(&[("a.yaml", &a)], "time-budget-sum");
}

#[test]
fn reports_to_cycle_reported_once() {
    let a = edit("a.yaml", "reports_to: boss", "reports_to: b");
    let b = edit("b.yaml", "reports_to: boss", "reports_to: a");
    let hit = fires(
        &[("a.yaml", &a), ("b.yaml", &b)],
        "reports-to-cycle",
        "a.yaml",
        2,
    );
    assert!(hit.message.contains("a -> b -> a"), "{}", hit.message);
    let all = crate::support::findings(&[("a.yaml", &a), ("b.yaml", &b)]);
    assert_eq!(
        all.iter().filter(|h| h.rule == "reports-to-cycle").count(),
        1
    );
    quiet(&[("a.yaml", &a)], "reports-to-cycle");
}

#[test]
fn dead_end_stage_is_a_warning() {
    let p = edit("processes/p.yaml", "    final: true\n", "");
    fires(
        &[("processes/p.yaml", &p)],
        "dead-end-stage",
        "processes/p.yaml",
        12,
    );
    quiet(&[], "dead-end-stage");
}

#[test]
fn role_without_stages() {
    let c = "title: C\ndeputy: a\n";
    fires(&[("c.yaml", c)], "role-without-stages", "c.yaml", 1);
    quiet(&[], "role-without-stages");
}

#[test]
fn full_cycle_owner_for_one_role_owning_a_process() {
    let a = edit("a.yaml", "owns: [s1, s2]", "owns: [s1, s2, s3]");
    let b = edit("b.yaml", "owns: [s3]", "owns: []");
    fires(
        &[("a.yaml", &a), ("b.yaml", &b)],
        "full-cycle-owner",
        "a.yaml",
        4,
    );
    quiet(&[], "full-cycle-owner");
}

#[test]
fn deputy_missing_and_deputy_self() {
    fires(
        &[("b.yaml", &edit("b.yaml", "deputy: a\n", ""))],
        "deputy-missing",
        "b.yaml",
        1,
    );
    quiet(&[], "deputy-missing");
    fires(
        &[("b.yaml", &edit("b.yaml", "deputy: a", "deputy: b"))],
        "deputy-self",
        "b.yaml",
        3,
    );
    quiet(&[], "deputy-self");
}

#[test]
fn kpi_missing_and_pay_without_kpi() {
    let b = "title: B\nreports_to: boss\ndeputy: a\nowns: [s3]\npay:\n  fixed: Salary\n";
    fires(&[("b.yaml", b)], "kpi-missing", "b.yaml", 1);
    fires(&[("b.yaml", b)], "pay-without-kpi", "b.yaml", 6);
    quiet(&[], "kpi-missing");
    quiet(&[], "pay-without-kpi");
}

#[test]
fn shared_incentive_when_two_roles_are_paid_for_one_outcome() {
    let b = edit(
        "b.yaml",
        "    name: K\n",
        "    name: K\n    outcome: offer\n",
    );
    let hit = fires(&[("b.yaml", &b)], "shared-incentive", "b.yaml", 8);
    assert!(hit.message.contains("`a`"), "{}", hit.message);
    let b = edit(
        "b.yaml",
        "    name: K\n",
        "    name: K\n    outcome: card\n",
    );
    quiet(&[("b.yaml", &b)], "shared-incentive");
}

#[test]
fn artifact_unproduced_unless_external() {
    let p = edit("processes/p.yaml", "    produces: [card]\n", "");
    fires(
        &[("processes/p.yaml", &p)],
        "artifact-unproduced",
        "processes/p.yaml",
        8,
    );
    let hb = edit(
        "handbook.yaml",
        "    kept_in: CRM\n",
        "    kept_in: CRM\n    external: true\n",
    );
    quiet(
        &[("processes/p.yaml", &p), ("handbook.yaml", &hb)],
        "artifact-unproduced",
    );
}

#[test]
fn artifact_unused_and_unstored() {
    let hb = format!("{}  fax:\n    name: Fax\n", base("handbook.yaml"));
    fires(
        &[("handbook.yaml", &hb)],
        "artifact-unused",
        "handbook.yaml",
        11,
    );
    quiet(&[], "artifact-unused");
    let hb = edit("handbook.yaml", "    kept_in: Drive\n", "");
    fires(
        &[("handbook.yaml", &hb)],
        "artifact-unstored",
        "handbook.yaml",
        8,
    );
    quiet(&[], "artifact-unstored");
}

#[cfg(unix)]
#[test]
fn outside_link_is_not_read() {
    let outside = tempfile::tempdir().expect("temp");
    let target = outside.path().join("c.yaml");
    std::fs::write(&target, "title: C\n").expect("write");
    let dir = crate::support::handbook(&[]);
    std::os::unix::fs::symlink(&target, dir.path().join("c.yaml")).expect("symlink");
    let all = crate::support::findings_in(dir.path());
    assert!(
        all.iter()
            .any(|h| h.rule == "outside-link" && h.file == "c.yaml" && h.line == 1),
        "{all:#?}"
    );
    // The linked role was not read: no findings about role `c`.
    assert!(
        !all.iter().any(|h| h.rule == "role-without-stages"),
        "{all:#?}"
    );

    // A link inside the folder is fine.
    let dir = crate::support::handbook(&[("extra/c.txt", "title: C\ndeputy: a\n")]);
    std::os::unix::fs::symlink(dir.path().join("extra/c.txt"), dir.path().join("c.yaml"))
        .expect("symlink");
    let all = crate::support::findings_in(dir.path());
    assert!(!all.iter().any(|h| h.rule == "outside-link"), "{all:#?}");
}

#[test]
fn missing_file_when_handbook_yaml_is_absent() {
    fires(&[("handbook.yaml", "")], "missing-file", "handbook.yaml", 1);
    quiet(&[], "missing-file");
}

#[test]
fn empty_checklist() {
    let b = format!(
        "{}checklists:\n  - name: Daily\n    items: []\n",
        base("b.yaml")
    );
    fires(&[("b.yaml", &b)], "empty-checklist", "b.yaml", 14);
    let b = format!(
        "{}checklists:\n  - name: Daily\n    items: [Open the CRM]\n",
        base("b.yaml")
    );
    quiet(&[("b.yaml", &b)], "empty-checklist");
}

#[test]
fn unsafe_link() {
    // A stored script: the edit link of every page.
    let hb = format!(
        "{}edit_url: \"javascript:alert(1)//{{path}}\"\n",
        base("handbook.yaml")
    );
    let hit = fires(
        &[("handbook.yaml", &hb)],
        "unsafe-link",
        "handbook.yaml",
        11,
    );
    assert!(hit.message.contains("javascript:alert(1)"), "{hit:?}");
    // A link in a role's text, in Markdown or in raw HTML.
    let b = format!(
        "{}purpose: |\n  Read [this](data:text/html,x) first.\n  <a href=\"vbscript:y\">or this</a>\n",
        base("b.yaml")
    );
    let hits: Vec<_> = crate::support::findings(&[("b.yaml", &b)])
        .into_iter()
        .filter(|h| h.rule == "unsafe-link")
        .collect();
    assert_eq!(hits.len(), 2, "{hits:#?}");
    assert!(
        hits.iter().all(|h| h.file == "b.yaml" && h.line == 13),
        "{hits:#?}"
    );
    let hb = format!(
        "{}edit_url: \"https://git.example.org/edit/{{path}}\"\n",
        base("handbook.yaml")
    );
    let b = format!(
        "{}purpose: \"[Pay rules](../pay.html), [mail](mailto:hr@example.org), <https://example.org>\"\n",
        base("b.yaml")
    );
    quiet(&[("handbook.yaml", &hb), ("b.yaml", &b)], "unsafe-link");
}

/// handbook.yaml with a card whose third field is signed at `at` and checked by `by`.
fn card_fields(at: &str, by: &str) -> String {
    edit(
        "handbook.yaml",
        "    kept_in: CRM\n",
        &format!(
            "    kept_in: CRM\n    fields:\n      - Plain field\n      - text: Signed\n        filled_at: {at}\n        checked_by: [{by}]\n"
        ),
    )
}

#[test]
fn field_filled_late() {
    // s3 does not produce the card: the field cannot be filled there.
    let hit = fires(
        &[("handbook.yaml", &card_fields("s3", "b"))],
        "field-filled-late",
        "handbook.yaml",
        11,
    );
    assert!(hit.message.contains("does not produce `card`"), "{hit:?}");
    // s3 re-makes the card, but b only ever receives it after s2: asked to
    // check a signature that is not there yet.
    let p = edit(
        "processes/p.yaml",
        "    needs: [card, offer]\n",
        "    needs: [card, offer]\n    produces: [card]\n",
    );
    let hit = fires(
        &[
            ("handbook.yaml", &card_fields("s3", "b")),
            ("processes/p.yaml", &p),
        ],
        "field-filled-late",
        "handbook.yaml",
        12,
    );
    assert!(hit.message.contains("only before `s3`"), "{hit:?}");
    // Filled at s1, before b takes the card over after s2: nothing to say.
    quiet(
        &[("handbook.yaml", &card_fields("s1", "b"))],
        "field-filled-late",
    );
}

#[test]
fn a_handoff_lists_only_the_fields_filled_by_then_that_the_receiver_checks() {
    let dir = crate::support::handbook(&[("handbook.yaml", &card_fields("s1", "a"))]);
    let loaded = rolebook::load::load(dir.path()).expect("load");
    let compiled = rolebook::compile::compile(&loaded.handbook, rolebook::model::today());
    let h = &compiled.handoffs[0];
    let card = h.passes.iter().find(|a| a.id == "card").expect("card");
    let texts: Vec<&str> = card.fields.iter().map(|f| &*f.text.md).collect();
    // "Signed" is for `a` to check, not for `b`, who takes the card over.
    assert_eq!(texts, ["Plain field"]);
    let dir = crate::support::handbook(&[("handbook.yaml", &card_fields("s1", "b"))]);
    let loaded = rolebook::load::load(dir.path()).expect("load");
    let compiled = rolebook::compile::compile(&loaded.handbook, rolebook::model::today());
    let card = compiled.handoffs[0]
        .passes
        .iter()
        .find(|a| a.id == "card")
        .expect("card");
    let texts: Vec<&str> = card.fields.iter().map(|f| &*f.text.md).collect();
    assert_eq!(texts, ["Plain field", "Signed"]);
}

/// handbook.yaml with a discount decided by `a` up to 5% and by the boss from `over`.
fn discount(over: &str) -> String {
    format!(
        "{}decisions:\n  discount:\n    name: Discount\n    stage: s2\n    unit: \"%\"\n    levels:\n      - by: a\n        up_to: 5\n      - by: boss\n        over: {over}\n",
        base("handbook.yaml")
    )
}

#[test]
fn decision_gap_between_two_deciders_and_overlap() {
    let hit = fires(
        &[("handbook.yaml", &discount("10"))],
        "decision-gap",
        "handbook.yaml",
        19,
    );
    assert!(hit.message.contains("between 5% and 10%"), "{hit:?}");
    let hit = fires(
        &[("handbook.yaml", &discount("3"))],
        "decision-gap",
        "handbook.yaml",
        19,
    );
    assert!(hit.message.contains("both decide"), "{hit:?}");
    quiet(&[("handbook.yaml", &discount("5"))], "decision-gap");
}

#[test]
fn decision_gap_above_the_top_level_below_zero_and_in_an_empty_level() {
    let fired = |hb: &str, line: u32| {
        fires(
            &[("handbook.yaml", hb)],
            "decision-gap",
            "handbook.yaml",
            line,
        )
    };
    // The highest level ends: every larger amount is nobody's.
    let hit = fired(&(discount("5") + "        up_to: 20\n"), 19);
    assert!(hit.message.contains("over 20%"), "{hit:?}");
    // A level from 5 up to 5 holds no amount.
    let hit = fired(
        &discount("5\n        up_to: 5\n      - by: b\n        over: 5"),
        19,
    );
    assert!(hit.message.contains("is not above"), "{hit:?}");
    // A limit below zero is said as such, with no empty decider in it.
    let hit = fired(&discount("-5"), 19);
    assert!(hit.message.contains("below zero (-5%)"), "{hit:?}");
    assert!(!hit.message.contains("``"), "{hit:?}");
    // A tiny amount in a few characters, not 320 digits.
    let hit = fired(&discount("1e-320"), 19);
    assert!(hit.message.contains("1e-320%"), "{hit:?}");
    assert!(hit.message.len() < 200, "{hit:?}");
}

#[test]
fn decision_without_decider() {
    let hb = format!(
        "{}decisions:\n  refund:\n    name: Refund\n    levels: []\n",
        base("handbook.yaml")
    );
    fires(
        &[("handbook.yaml", &hb)],
        "decision-without-decider",
        "handbook.yaml",
        12,
    );
    quiet(
        &[("handbook.yaml", &discount("5"))],
        "decision-without-decider",
    );
}

#[test]
fn a_decision_names_known_deciders_and_stages() {
    let hb = discount("5")
        .replace("by: boss", "by: bos")
        .replace("stage: s2", "stage: s9");
    fires(
        &[("handbook.yaml", &hb)],
        "unknown-reference",
        "handbook.yaml",
        14,
    );
    let hit = fires(
        &[("handbook.yaml", &hb)],
        "unknown-reference",
        "handbook.yaml",
        19,
    );
    assert!(
        hit.help.as_deref().unwrap_or("").contains("`boss`"),
        "{hit:?}"
    );
}

#[test]
fn review_overdue_counts_from_the_last_review() {
    let b = format!(
        "{}review:\n  by: boss\n  last: 2026-01-10\n  every: 6 months\n",
        base("b.yaml")
    );
    let dir = crate::support::handbook(&[("b.yaml", &b)]);
    let loaded = rolebook::load::load(dir.path()).expect("load");
    let on = |day: &str| {
        let today = rolebook::load::schema::parse_date(day).expect("date");
        rolebook::check::check_on(&loaded, today)
            .findings
            .into_iter()
            .filter(|f| f.rule.id() == "review-overdue")
            .map(|f| f.loc.line)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        on("2026-07-10"),
        Vec::<u32>::new(),
        "due on 10 July, not before"
    );
    assert_eq!(on("2026-07-11"), [14], "overdue from 11 July, at `last:`");
    // A reviewer who is nobody, and a period that is not one.
    let nobody = b.replace("by: boss", "by: bos");
    fires(&[("b.yaml", &nobody)], "unknown-reference", "b.yaml", 13);
    let fortnights = b.replace("6 months", "6 fortnights");
    fires(&[("b.yaml", &fortnights)], "wrong-type", "b.yaml", 15);
    // A review dated in the future would silence the rule until then.
    let future = b.replace("2026-01-10", "9999-12-31");
    let hit = fires(&[("b.yaml", &future)], "review-overdue", "b.yaml", 14);
    assert!(hit.message.contains("after today"), "{hit:?}");
    // A period past the end of the calendar is said, not dropped.
    let forever = b.replace("6 months", "9999 years");
    let hit = fires(&[("b.yaml", &forever)], "review-overdue", "b.yaml", 14);
    assert!(hit.message.contains("end of the calendar"), "{hit:?}");
}

#[test]
fn signature_missing_where_acknowledgements_are_kept() {
    let dir = crate::support::handbook(&[]);
    let loaded = rolebook::load::load(dir.path()).expect("load");
    let compiled = rolebook::compile::compile(&loaded.handbook, rolebook::model::today());
    let a = compiled.roles.iter().find(|r| r.id == "a").expect("a");
    let acks = format!(
        "signatures:\n  - person: Ann\n    role: a\n    signed: {}\n  - person: Bob\n    role: b\n    signed: 000000000000\n",
        a.fingerprint
    );
    let dir = crate::support::handbook(&[("acknowledgements.yaml", &acks)]);
    let loaded = rolebook::load::load(dir.path()).expect("load");
    let report = rolebook::check::check(&loaded);
    let hits: Vec<(String, u32)> = report
        .findings
        .iter()
        .filter(|f| f.rule.id() == "signature-missing")
        .map(|f| {
            (
                loaded.handbook.files[f.loc.file as usize].rel.clone(),
                f.loc.line,
            )
        })
        .collect();
    // Ann's signature is current; Bob signed something b never said.
    assert_eq!(hits, [("b.yaml".to_string(), 1)]);
    // Without acknowledgements.yaml, no one is asked to sign.
    quiet(&[], "signature-missing");
    // A signature for a role that does not exist.
    let acks = "signatures:\n  - person: Cy\n    role: c\n    signed: \"1\"\n";
    fires(
        &[("acknowledgements.yaml", acks)],
        "unknown-reference",
        "acknowledgements.yaml",
        3,
    );
}

#[cfg(unix)]
#[test]
fn not_a_file() {
    let dir = crate::support::handbook(&[]);
    let fifo = dir.path().join("pipe.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    std::os::unix::fs::symlink("pipe.yaml", dir.path().join("linked.yaml")).expect("link");
    // A plain `cat` of either would block for ever: the load must not.
    let hits = crate::support::findings_in(dir.path());
    for file in ["linked.yaml", "pipe.yaml"] {
        assert!(
            hits.iter()
                .any(|h| h.rule == "not-a-file" && h.file == file && h.line == 1),
            "no not-a-file for {file}: {hits:#?}"
        );
    }
    quiet(&[], "not-a-file");
}

#[test]
fn checks_overrides_change_severity_or_turn_rules_off() {
    let hb = format!("{}checks:\n  deputy-missing: off\n", base("handbook.yaml"));
    quiet(
        &[
            ("handbook.yaml", &hb),
            ("b.yaml", &edit("b.yaml", "deputy: a\n", "")),
        ],
        "deputy-missing",
    );
    let hb = format!(
        "{}checks:\n  deputy-mising: error\n  dead-end-stage: fatal\n",
        base("handbook.yaml")
    );
    let hit = fires(
        &[("handbook.yaml", &hb)],
        "unknown-field",
        "handbook.yaml",
        12,
    );
    assert!(
        hit.help
            .as_deref()
            .unwrap_or("")
            .starts_with("did you mean `deputy-missing`"),
        "{hit:?}"
    );
    fires(&[("handbook.yaml", &hb)], "wrong-type", "handbook.yaml", 13);
}

/// BASE with volumes and efforts: process `p` takes 100 cases a month, and
/// its stages `s1` and `s2`, both `a`'s, take `minutes` each.
fn with_volumes(minutes: u32) -> String {
    edit(
        "processes/p.yaml",
        "name: P\n",
        "name: P\nvolume: 100 a month\n",
    )
    .replace(
        "    name: S1\n",
        &format!("    name: S1\n    effort: {minutes} min\n"),
    )
    .replace(
        "    name: S2\n",
        &format!("    name: S2\n    effort: {minutes} min\n"),
    )
}

#[test]
fn over_capacity_when_a_role_needs_more_hours_than_its_people_have() {
    // 100 cases a month x 2 stages x 60 min = 200 hours; one person has
    // 40 h a week x 52/12 x 85% = 147 productive hours.
    let a = edit("a.yaml", "deputy: b\n", "deputy: b\nheadcount: 1\n");
    let p = with_volumes(60);
    let hit = fires(
        &[("processes/p.yaml", &p), ("a.yaml", &a)],
        "over-capacity",
        "a.yaml",
        4,
    );
    assert!(
        hit.message
            .contains("needs 200 hours a month and has 147 (136% loaded)"),
        "{hit:?}"
    );
    // The near miss: two people, or half the effort.
    quiet(
        &[
            ("processes/p.yaml", &p),
            ("a.yaml", &a.replace("headcount: 1", "headcount: 2")),
        ],
        "over-capacity",
    );
    quiet(
        &[("processes/p.yaml", &with_volumes(30)), ("a.yaml", &a)],
        "over-capacity",
    );
    // A handbook without volumes says nothing, whatever its headcount.
    quiet(
        &[("a.yaml", &a.replace("headcount: 1", "headcount: 0.1"))],
        "over-capacity",
    );
    // The working time is the handbook's: 20 hours a week, all productive.
    let hb = format!(
        "{}working_time:\n  hours: 20 a week\n  productive: 100%\n",
        base("handbook.yaml")
    );
    let p30 = with_volumes(30);
    fires(
        &[
            ("processes/p.yaml", &p30),
            ("a.yaml", &a),
            ("handbook.yaml", &hb),
        ],
        "over-capacity",
        "a.yaml",
        4,
    );
}

#[test]
fn time_budget_drift_when_the_computed_split_strays_from_the_declared() {
    // 100 cases x 30 min = 50 hours on each of s1 and s2: 34% of 147 hours each.
    let p = with_volumes(30);
    let budget = |s1: u32, s2: u32, other: u32| {
        edit(
            "a.yaml",
            "deputy: b\n",
            &format!(
                "deputy: b\nheadcount: 1\ntime_budget:\n  s1: {s1}\n  s2: {s2}\n  other: {other}\n"
            ),
        )
    };
    let hit = fires(
        &[("processes/p.yaml", &p), ("a.yaml", &budget(34, 10, 56))],
        "time-budget-drift",
        "a.yaml",
        6,
    );
    assert!(
        hit.message.contains("34% of its time on `s2`") && hit.message.contains("says 10%"),
        "{hit:?}"
    );
    quiet(
        &[("processes/p.yaml", &p), ("a.yaml", &budget(34, 34, 32))],
        "time-budget-drift",
    );
    // No volumes: the declared split stands unchallenged.
    quiet(&[("a.yaml", &budget(34, 10, 56))], "time-budget-drift");
}

const PEOPLE: &str = "people:
  - name: Ann Lee
    roles: [a]
  - name: Bob Roe
    roles: [b]
";

#[test]
fn headcount_mismatch_when_people_yaml_counts_otherwise() {
    let a = |n: &str| {
        edit(
            "a.yaml",
            "deputy: b\n",
            &format!("deputy: b\nheadcount: {n}\n"),
        )
    };
    let hit = fires(
        &[("people.yaml", PEOPLE), ("a.yaml", &a("2"))],
        "headcount-mismatch",
        "a.yaml",
        4,
    );
    assert!(
        hit.message.contains("`headcount: 2`") && hit.message.contains("gives it 1 on"),
        "{hit:?}"
    );
    quiet(
        &[("people.yaml", PEOPLE), ("a.yaml", &a("1"))],
        "headcount-mismatch",
    );
    // Without people.yaml, `headcount:` is the only count.
    quiet(&[("a.yaml", &a("2"))], "headcount-mismatch");
    // A half-time person and a person split between two roles count in parts.
    let parts = "people:
  - name: Ann Lee
    roles: [a]
    hours: 20 a week
  - name: Bob Roe
    roles: {a: 50%, b: 50%}
  - name: Cy Poe
    roles: [b]
";
    quiet(
        &[("people.yaml", parts), ("a.yaml", &a("1"))],
        "headcount-mismatch",
    );
    fires(
        &[("people.yaml", parts), ("a.yaml", &a("1.5"))],
        "headcount-mismatch",
        "a.yaml",
        4,
    );
    // A person's unknown role is a reference to nothing, on its line.
    fires(
        &[("people.yaml", &PEOPLE.replace("roles: [b]", "roles: [bb]"))],
        "unknown-reference",
        "people.yaml",
        5,
    );
}

#[test]
fn role_unstaffed_when_nobody_in_people_yaml_holds_a_role_with_stages() {
    let only_ann = "people:\n  - name: Ann Lee\n    roles: [a]\n";
    let hit = fires(&[("people.yaml", only_ann)], "role-unstaffed", "b.yaml", 4);
    assert!(hit.message.contains("`b` (B) owns 1 stage"), "{hit:?}");
    quiet(&[("people.yaml", PEOPLE)], "role-unstaffed");
    // Without people.yaml nobody is known, and nothing is said.
    quiet(&[], "role-unstaffed");
    // Bob has left, or has not come yet: the role is vacant today.
    for dates in ["\n    until: 2020-01-31", "\n    from: 2999-01-01"] {
        fires(
            &[(
                "people.yaml",
                &PEOPLE.replace("roles: [b]", &format!("roles: [b]{dates}")),
            )],
            "role-unstaffed",
            "b.yaml",
            4,
        );
    }
    quiet(
        &[(
            "people.yaml",
            &PEOPLE.replace(
                "roles: [b]",
                "roles: [b]\n    from: 2020-01-01\n    until: 2999-01-01",
            ),
        )],
        "role-unstaffed",
    );
}

#[test]
fn cover_overloaded_when_the_deputy_has_too_few_spare_hours() {
    // a: 100 cases x 2 stages x 30 min = 100 hours a month, Ann alone; its
    // deputy b has no work with an effort, so its spare hours are its hours.
    let p = with_volumes(30);
    let part_time_bob = PEOPLE.replace("roles: [b]", "roles: [b]\n    hours: 10 a week");
    let hit = fires(
        &[("processes/p.yaml", &p), ("people.yaml", &part_time_bob)],
        "cover-overloaded",
        "a.yaml",
        3,
    );
    assert!(
        hit.message.contains("deputy `b` (B) (37 h)") && hit.message.contains("100 hours a month"),
        "{hit:?}"
    );
    // The near miss: Bob full time has 147 spare hours.
    quiet(
        &[("processes/p.yaml", &p), ("people.yaml", PEOPLE)],
        "cover-overloaded",
    );
    // Or a second person in the role covers it without the deputy.
    quiet(
        &[
            ("processes/p.yaml", &p),
            (
                "people.yaml",
                &format!("{part_time_bob}  - name: Cy Poe\n    roles: [a]\n"),
            ),
        ],
        "cover-overloaded",
    );
    // Without people.yaml nobody is a person, and nothing is said.
    let a = edit("a.yaml", "deputy: b\n", "deputy: b\nheadcount: 1\n");
    quiet(
        &[("processes/p.yaml", &p), ("a.yaml", &a)],
        "cover-overloaded",
    );
}

#[test]
fn deputy_conflict_when_a_stand_in_owns_a_stage_independent_of_the_role() {
    // s3 (owned by b) checks a's work; b stands in for a.
    let independent = |of: &str| {
        edit(
            "processes/p.yaml",
            "    name: S3\n",
            &format!("    name: S3\n    independent_of: [{of}]\n"),
        )
    };
    let hit = fires(
        &[("processes/p.yaml", &independent("a"))],
        "deputy-conflict",
        "a.yaml",
        3,
    );
    assert!(
        hit.message.contains("`b` (B) stands in for `a` (A)") && hit.message.contains("stage `s3`"),
        "{hit:?}"
    );
    // The near miss: s3 is independent of b itself, whose deputy a owns no such stage.
    quiet(
        &[("processes/p.yaml", &independent("b"))],
        "deputy-conflict",
    );
    // An unknown role there is a reference to nothing.
    fires(
        &[("processes/p.yaml", &independent("zz"))],
        "unknown-reference",
        "processes/p.yaml",
        14,
    );
}

#[test]
fn a_typo_in_owns_is_reported_once_and_never_suggested() {
    // `owns: [s1, s22]` with a time budget for s2: the typo is the finding,
    // with s2 as the suggestion; the budget's s2 is not "did you mean s22".
    let a = edit(
        "a.yaml",
        "owns: [s1, s2]",
        "owns: [s1, s22]\ntime_budget:\n  s1: 50\n  s2: 40\n  other: 10",
    );
    let hits = crate::support::findings(&[("a.yaml", &a)]);
    let unknown: Vec<_> = hits
        .iter()
        .filter(|h| h.rule == "unknown-reference")
        .collect();
    assert_eq!(unknown.len(), 1, "{hits:#?}");
    assert_eq!((unknown[0].file.as_str(), unknown[0].line), ("a.yaml", 4));
    assert!(
        hits.iter()
            .all(|h| !h.help.as_deref().unwrap_or("").contains("s22")),
        "{hits:#?}"
    );
    // A budget key that is no stage of the role is still reported.
    let b = edit(
        "a.yaml",
        "owns: [s1, s2]",
        "owns: [s1, s2]\ntime_budget:\n  s1: 50\n  s02: 40\n  other: 10",
    );
    fires(&[("a.yaml", &b)], "unknown-reference", "a.yaml", 7);
}

#[test]
fn approved_by_names_a_role_or_an_external_role() {
    let hb = |who: &str| format!("{}approved_by: {who}\n", base("handbook.yaml"));
    fires(
        &[("handbook.yaml", &hb("bos"))],
        "unknown-reference",
        "handbook.yaml",
        11,
    );
    quiet(&[("handbook.yaml", &hb("boss"))], "unknown-reference");
    quiet(&[("handbook.yaml", &hb("a"))], "unknown-reference");
}

#[test]
fn the_drift_threshold_is_set_under_checks() {
    // s2 computed 34%, declared 20%: 14 points, over 10 and under 15.
    let p = with_volumes(30);
    let a = edit(
        "a.yaml",
        "deputy: b\n",
        "deputy: b\nheadcount: 1\ntime_budget:\n  s1: 34\n  s2: 20\n  other: 46\n",
    );
    let files = |points: &str| {
        format!(
            "{}checks:\n  time-budget-drift:\n    points: {points}\n",
            base("handbook.yaml")
        )
    };
    fires(
        &[("processes/p.yaml", &p), ("a.yaml", &a)],
        "time-budget-drift",
        "a.yaml",
        6,
    );
    quiet(
        &[
            ("processes/p.yaml", &p),
            ("a.yaml", &a),
            ("handbook.yaml", &files("15")),
        ],
        "time-budget-drift",
    );
    fires(
        &[
            ("processes/p.yaml", &p),
            ("a.yaml", &a),
            ("handbook.yaml", &files("12")),
        ],
        "time-budget-drift",
        "a.yaml",
        6,
    );
    // The long form's level works as the short form, and a bad value is refused on its line.
    let errors = format!(
        "{}checks:\n  time-budget-drift:\n    level: error\n    points: lots\n",
        base("handbook.yaml")
    );
    let hit = fires(
        &[("handbook.yaml", &errors)],
        "wrong-type",
        "handbook.yaml",
        14,
    );
    assert!(hit.message.contains("number"), "{hit:?}");
    let dir = crate::support::handbook(&[
        ("processes/p.yaml", &p),
        ("a.yaml", &a),
        ("handbook.yaml", &errors.replace("lots", "12")),
    ]);
    let loaded = rolebook::load::load(dir.path()).expect("load");
    let report = rolebook::check::check(&loaded);
    assert_eq!((report.errors(), report.warnings()), (1, 0), "{report:?}");
}

#[test]
fn volumes_efforts_and_shares_are_read_or_refused_on_their_line() {
    let p = edit(
        "processes/p.yaml",
        "name: P\n",
        "name: P\nvolume: 120 per moon\n",
    )
    .replace(
        "    name: S1\n",
        "    name: S1\n    effort: soon\n    share: 140%\n",
    );
    let hit = fires(
        &[("processes/p.yaml", &p)],
        "wrong-type",
        "processes/p.yaml",
        2,
    );
    assert!(
        hit.help
            .as_deref()
            .is_some_and(|h| h.contains("120 a month")),
        "{hit:?}"
    );
    fires(
        &[("processes/p.yaml", &p)],
        "wrong-type",
        "processes/p.yaml",
        6,
    );
    fires(
        &[("processes/p.yaml", &p)],
        "wrong-type",
        "processes/p.yaml",
        7,
    );
    let fine = edit(
        "processes/p.yaml",
        "name: P\n",
        "name: P\nvolume: 6 a working day\n",
    )
    .replace(
        "    name: S1\n",
        "    name: S1\n    effort: 1.5 h\n    share: 35%\n",
    );
    quiet(&[("processes/p.yaml", &fine)], "wrong-type");
}

#[test]
fn every_rule_of_the_contract_has_a_test_here() {
    // Naming a rule is not enough (a `quiet(..)` names it too): a test must
    // find it firing, through `fires(...)` (rule, file and line), or by
    // comparing findings' rules with its id and asserting what is found.
    let source = include_str!("rules.rs");
    let fired = fired_rules(source);
    for info in rolebook::rules::RULES {
        assert!(
            fired.contains(info.id),
            "no test here asserts that `{}` fires (a `fires(..., \"{}\", file, line)` call)",
            info.id,
            info.id
        );
    }
}

/// The rule ids this source asserts to fire: the rule argument of each
/// `fires(...)` call, and each id a finding's rule is compared with.
fn fired_rules(source: &str) -> std::collections::BTreeSet<&'static str> {
    let ids: Vec<&'static str> = rolebook::rules::RULES.iter().map(|r| r.id).collect();
    let mut found = std::collections::BTreeSet::new();
    for (at, _) in source.match_indices("fires(") {
        // The call, to its closing parenthesis.
        let mut depth = 0usize;
        let call = source[at..]
            .char_indices()
            .find_map(|(i, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(&source[at..at + i]);
                        }
                    }
                    _ => {}
                }
                None
            })
            .unwrap_or_default();
        found.extend(
            ids.iter()
                .copied()
                .filter(|id| call.contains(&format!("\"{id}\""))),
        );
    }
    for id in ids {
        // `f.rule.id() == "ID"` filtering findings, or `h.rule == "ID" &&
        // h.file == ...` finding one at its place.
        let compared = [
            format!(".id() == \"{id}\""),
            format!(".rule == \"{id}\" &&"),
        ];
        if compared.iter().any(|c| source.contains(c.as_str())) {
            found.insert(id);
        }
    }
    found
}
