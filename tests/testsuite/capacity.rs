//! `rolebook capacity`: hours of work against hours of people, the time split against the declared budget, and what-if questions.

use crate::support::{BASE, handbook, json_of, outcome, rolebook};

/// BASE with 100 cases a month through `p`, 30 minutes on each of `s1` and
/// `s2` (role `a`, one person) and 60 on `s3` (role `b`, headcount unwritten),
/// and `a`'s declared split.
fn with_figures() -> tempfile::TempDir {
    let file = |name: &str| BASE.iter().find(|(f, _)| *f == name).expect("base").1;
    let p = file("processes/p.yaml")
        .replacen("name: P\n", "name: P\nvolume: 100 a month\n", 1)
        .replace("    name: S1\n", "    name: S1\n    effort: 30 min\n")
        .replace(
            "    name: S2\n",
            "    name: S2\n    effort: 30 min\n    share: 50%\n",
        )
        .replace("    name: S3\n", "    name: S3\n    effort: 1 h\n");
    let a = file("a.yaml").replacen(
        "deputy: b\n",
        "deputy: b\nheadcount: 1\ntime_budget:\n  s1: 35\n  s2: 15\n  other: 50\n",
        1,
    );
    handbook(&[("processes/p.yaml", &p), ("a.yaml", &a)])
}

#[test]
fn json_gives_each_role_s_hours_load_and_split_most_loaded_first() {
    let dir = with_figures();
    let (code, v) = json_of(&["capacity", "--format", "json"], dir.path());
    assert_eq!(code, Some(0), "{v:#}");
    // a: 100 x 30 min + 50 x 30 min = 75 hours; 147.3 available: 50.9%.
    let a = &v["roles"][0];
    assert_eq!(a["id"], "a", "{v:#}");
    assert_eq!(a["headcount"], 1.0);
    assert_eq!(a["hours_needed"], 75.0);
    assert_eq!(a["hours_available"], 147.3);
    assert_eq!(a["load"], 0.509);
    assert_eq!(a["split"]["s1"], 33.9);
    assert_eq!(a["split"]["s2"], 17.0);
    assert_eq!(a["split"]["other"], 49.1);
    assert_eq!(a["budget"]["s1"], 35.0);
    assert_eq!(a["budget"]["other"], 50.0);
    // b: 100 hours of work, no headcount: no load, listed after.
    let b = &v["roles"][1];
    assert_eq!(
        (b["id"].as_str(), b["hours_needed"].as_f64()),
        (Some("b"), Some(100.0))
    );
    assert!(b["load"].is_null() && b["hours_available"].is_null() && b["headcount"].is_null());
    assert_eq!(v["bottleneck"], "a");
    // Exactly the keys the format promises.
    let keys: Vec<&str> = a
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "budget",
            "headcount",
            "hours_available",
            "hours_needed",
            "id",
            "load",
            "split"
        ]
    );
}

#[test]
fn what_if_volumes_and_absences_change_the_figures_not_the_files() {
    let dir = with_figures();
    let before = std::fs::read_to_string(dir.path().join("processes/p.yaml")).expect("read");
    let load = |args: &[&str]| {
        let mut all = vec!["capacity", "--format", "json"];
        all.extend_from_slice(args);
        let (code, v) = json_of(&all, dir.path());
        assert_eq!(code, Some(0), "{args:?}: {v:#}");
        v["roles"][0]["load"].as_f64().expect("load")
    };
    assert_eq!(load(&["--volume", "p=200"]), 1.018);
    assert_eq!(load(&["--volume", "p=+100%"]), 1.018);
    assert_eq!(load(&["--volume", "p=-50%"]), 0.255);
    // With the one person of `a` away, nobody is left: no load, no bottleneck.
    let (_, v) = json_of(
        &["capacity", "--format", "json", "--absent", "a"],
        dir.path(),
    );
    let a = v["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["id"] == "a")
        .expect("a");
    assert_eq!(a["hours_available"], 0.0);
    assert!(a["load"].is_null(), "{v:#}");
    let after = std::fs::read_to_string(dir.path().join("processes/p.yaml")).expect("read");
    assert_eq!(before, after);
    // An id the handbook does not have is refused, in words.
    for (flag, value, said) in [
        ("--volume", "q=10", "`q` is not a process"),
        ("--volume", "p=many", "write PROCESS=N"),
        ("--absent", "c", "`c` is neither a role"),
    ] {
        let (code, _, err) = outcome(
            rolebook()
                .args(["capacity", flag, value, "--roles"])
                .arg(dir.path()),
        );
        assert_eq!(code, Some(2), "{flag} {value}");
        assert!(err.contains(said), "{err}");
    }
}

#[test]
fn the_table_speaks_the_handbook_s_language_and_says_when_there_is_nothing_to_count() {
    let dir = with_figures();
    let (code, out, _) = outcome(rolebook().args(["capacity", "--roles"]).arg(dir.path()));
    assert_eq!(code, Some(0));
    let row = out
        .lines()
        .find(|l| l.starts_with("A (a)"))
        .expect("a's row");
    assert!(
        row.contains("75") && row.contains("147") && row.contains("51%"),
        "{row}"
    );
    assert!(row.contains("s1 34/35, s2 17/15, other 49/50"), "{row}");
    assert!(out.contains("The most loaded role: a."), "{out}");
    let (_, out, _) = outcome(
        rolebook()
            .args([
                "capacity", "--lang", "ru", "--format", "markdown", "--roles",
            ])
            .arg(dir.path()),
    );
    assert!(out.starts_with("| роль | человек |"), "{out}");
    assert!(out.contains("Самая загруженная роль: a."), "{out}");
    // No volumes: one sentence, not a table of zeros.
    let plain = handbook(&[]);
    let (code, out, _) = outcome(rolebook().args(["capacity", "--roles"]).arg(plain.path()));
    assert_eq!(code, Some(0));
    assert!(out.starts_with("No role has hours to count"), "{out}");
}

/// The split of `role` in `roles`, summed over groups of its keys.
fn split_of(roles: &std::path::Path, role: &str) -> serde_json::Value {
    let (code, v) = json_of(&["capacity", "--format", "json"], roles);
    assert_eq!(code, Some(0), "{v:#}");
    v["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["id"] == role)
        .unwrap_or_else(|| panic!("no {role} in {v:#}"))
        .clone()
}

fn sum(split: &serde_json::Value, keys: &[&str]) -> f64 {
    keys.iter().map(|k| split[*k].as_f64().unwrap_or(0.0)).sum()
}

/// The stages from prospecting to the intent to order: finding new clients.
const NEW_CLIENTS: &[&str] = &[
    "prospecting",
    "lead-registration",
    "first-contact",
    "intent-to-order",
];
/// The stages from the brief to the signed act: running orders.
const RUNNING_ORDERS: &[&str] = &[
    "brief",
    "sketch",
    "estimate",
    "contract",
    "document-delivery",
    "payment",
    "production",
    "materials-delivery",
    "closing-documents",
    "act-delivery",
];

#[test]
fn the_agency_before_the_conveyor_spends_60_30_10() {
    let before = crate::support::repo().join("examples/agency-before");
    let am = split_of(&before, "account-manager");
    let split = &am["split"];
    let orders = sum(split, RUNNING_ORDERS);
    let existing = sum(split, &["follow-up", "other"]);
    let new = sum(split, NEW_CLIENTS);
    assert!(
        (55.0..=65.0).contains(&orders),
        "running orders {orders}%: {am:#}"
    );
    assert!(
        (25.0..=35.0).contains(&existing),
        "existing clients {existing}%: {am:#}"
    );
    assert!((5.0..=15.0).contains(&new), "new clients {new}%: {am:#}");
    // And the checks name the risk of that model.
    let hits = crate::support::findings_in(&before);
    assert!(
        hits.iter()
            .any(|h| h.rule == "full-cycle-owner" && h.file == "account-manager.yaml"),
        "{hits:#?}"
    );
}

#[test]
fn the_agency_s_conveyor_loads_every_role_60_to_100_percent_and_finds_clients() {
    for dir in ["roles", "examples/agency-ru"] {
        let roles = crate::support::repo().join(dir);
        let (_, v) = json_of(&["capacity", "--format", "json"], &roles);
        for r in v["roles"].as_array().expect("roles") {
            let load = r["load"]
                .as_f64()
                .unwrap_or_else(|| panic!("{dir}: no load for {r:#}"));
            // The head of sales' measured routines (assigning orders, the
            // daily decisions, the month's reports and one-to-ones) leave
            // most of the month to managing; every conveyor role is busy.
            let range = if r["id"] == "head-of-sales" {
                0.2..=0.6
            } else {
                0.6..=1.0
            };
            assert!(range.contains(&load), "{dir}: {} at {load}", r["id"]);
        }
        // Computed, not declared: active sales finds new clients most of its time.
        let active = split_of(&roles, "active-sales");
        let own = sum(
            &active["split"],
            &["prospecting", "first-contact", "intent-to-order"],
        );
        assert!(own >= 60.0, "{dir}: active sales {own}% on its own stages");
        assert_eq!(active["headcount"], 3.0);
    }
}

#[test]
fn coverage_counts_the_roles_within_capacity_where_there_are_volumes() {
    let dir = with_figures();
    let (_, v) = json_of(&["coverage", "--format", "json"], dir.path());
    let m = v["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .find(|m| m["key"] == "roles-within-capacity")
        .unwrap_or_else(|| panic!("{v:#}"))
        .clone();
    // `a` is 51% loaded; `b` has 100 hours of work and no headcount.
    assert_eq!(
        (m["covered"].as_u64(), m["total"].as_u64()),
        (Some(1), Some(2)),
        "{m:#}"
    );
    assert_eq!(m["gaps"], serde_json::json!(["b"]));
    // Without volumes the measure is not there at all.
    let plain = handbook(&[]);
    let (_, v) = json_of(&["coverage", "--format", "json"], plain.path());
    assert!(!v.to_string().contains("roles-within-capacity"));
}

#[test]
fn people_yaml_counts_the_people_and_absent_takes_a_person_by_name() {
    // Ann full time and Bob half time in `a`; Cy in `b`, but only from 2027.
    let dir = with_figures();
    std::fs::write(
        dir.path().join("people.yaml"),
        "people:
  - name: Ann Lee
    roles: [a]
  - name: Bob Roe
    roles: [a]
    hours: 20 a week
  - name: Cy Poe
    roles: {b: 100%}
    from: 2027-01-01
",
    )
    .expect("write");
    // `headcount: 1` in a.yaml disagrees with people.yaml's 1.5.
    let text = std::fs::read_to_string(dir.path().join("a.yaml")).expect("read");
    std::fs::write(
        dir.path().join("a.yaml"),
        text.replace("headcount: 1\n", "headcount: 1.5\n"),
    )
    .expect("write");
    let role = |args: &[&str], id: &str| {
        let mut all = vec!["capacity", "--format", "json"];
        all.extend_from_slice(args);
        if !args.contains(&"--today") {
            all.extend(["--today", "2026-12-07"]);
        }
        let (code, v) = json_of(&all, dir.path());
        assert_eq!(code, Some(0), "{args:?}: {v:#}");
        v["roles"]
            .as_array()
            .expect("roles")
            .iter()
            .find(|r| r["id"] == id)
            .expect("role")
            .clone()
    };
    let a = role(&[], "a");
    assert_eq!(
        (a["headcount"].as_f64(), a["hours_available"].as_f64()),
        (Some(1.5), Some(221.0))
    );
    // Cy has not come yet: `b` has nobody; on 2027-02-01 Cy counts.
    assert_eq!(role(&[], "b")["headcount"], 0.0);
    assert_eq!(role(&["--today", "2027-02-01"], "b")["headcount"], 1.0);
    // Bob away (by name, any case): Ann is left; one of `a` away: the
    // person with the most hours, Ann, so Bob's half is left.
    assert_eq!(role(&["--absent", "bob roe"], "a")["headcount"], 1.0);
    assert_eq!(role(&["--absent", "a"], "a")["headcount"], 0.5);
    // The names are never printed: they are personal data.
    let (_, out, _) = outcome(rolebook().args(["capacity", "--roles"]).arg(dir.path()));
    assert!(!out.contains("Ann") && !out.contains("Bob"), "{out}");
}

#[test]
fn checklists_and_duties_with_an_effort_count_once_per_person() {
    let dir = with_figures();
    let path = dir.path().join("a.yaml");
    let a = std::fs::read_to_string(&path).expect("read");
    // 75 hours of stages; 20 min every working day (21.67 a month) = 7.2
    // hours, 1 h a month, and a 30-minute weekly duty (4.33 a week) = 2.2.
    let extra = "checklists:
  - name: Morning
    when: Start of the day
    effort: 20 min
    items: [Open the CRM]
  - name: Month end
    when: First working day
    every: month
    effort: 1 h
    items: [Report]
duties:
  - Keep the database clean
  - text: Weekly report
    effort: 30 min
    every: week
";
    std::fs::write(&path, format!("{a}{extra}")).expect("write");
    let hours = |dir: &std::path::Path| {
        let (code, v) = json_of(&["capacity", "--format", "json"], dir);
        assert_eq!(code, Some(0), "{v:#}");
        let a = v["roles"]
            .as_array()
            .expect("roles")
            .iter()
            .find(|r| r["id"] == "a")
            .expect("a")
            .clone();
        a["hours_needed"].as_f64().expect("hours")
    };
    assert_eq!(hours(dir.path()), 85.4);
    // Two people: each goes through the lists.
    std::fs::write(
        &path,
        format!("{a}{extra}").replace("headcount: 1\n", "headcount: 2\n"),
    )
    .expect("write");
    assert_eq!(hours(dir.path()), 95.8);
    // An effort whose `when:` is not plain and that has no `every:` is a
    // finding on the effort's line; a wrong `every:` is refused.
    let unplain = format!("{a}{extra}").replace("    every: month\n", "");
    std::fs::write(&path, &unplain).expect("write");
    let hits = crate::support::findings_in(dir.path());
    let line = unplain
        .lines()
        .position(|l| l == "    effort: 1 h")
        .expect("line") as u32
        + 1;
    assert!(
        hits.iter()
            .any(|h| h.rule == "missing-field" && h.file == "a.yaml" && h.line == line),
        "{hits:#?}"
    );
    std::fs::write(
        &path,
        format!("{a}{extra}").replace("every: week", "every: fortnightly"),
    )
    .expect("write");
    let hits = crate::support::findings_in(dir.path());
    assert!(
        hits.iter()
            .any(|h| h.rule == "wrong-type" && h.file == "a.yaml"),
        "{hits:#?}"
    );
}
