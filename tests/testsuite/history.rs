//! Change over time: `diff` between git revisions, `status` against acknowledgements, renames that keep addresses, reviews that fall due.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::support::{copy_dir, git, json_of, repo, rolebook};

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "`{from}` not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// The people of the agency and the roles they signed for.
const PEOPLE: &[(&str, &str)] = &[
    ("Pavel Orlov", "active-sales"),
    ("Olga Smirnova", "client-service"),
    ("Ivan Petrov", "courier"),
    ("Maria Ivanova", "database-operator"),
    ("Anna Volkova", "documents-clerk"),
    ("Elena Kuznetsova", "head-of-sales"),
];

/// A repository with the agency handbook in `roles/` and four commits:
/// everyone signs the handbook as it is; a checklist item is added for the
/// courier; the channel of the documents clerk's handoff to client service
/// changes; the courier role is renamed `delivery-courier`.
fn history() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp");
    let roles = dir.path().join("roles");
    copy_dir(&repo().join("roles"), &roles);
    let loaded = rolebook::load::load(&roles).expect("load");
    let compiled = rolebook::compile::compile(&loaded.handbook, rolebook::model::today());
    let mut acks = String::from("signatures:\n");
    for (person, role) in PEOPLE {
        let r = compiled.roles.iter().find(|r| r.id == *role).expect("role");
        acks.push_str(&format!(
            "  - person: {person}\n    role: {role}\n    signed: {}\n    date: 2026-10-01\n",
            r.fingerprint
        ));
    }
    std::fs::write(roles.join("acknowledgements.yaml"), acks).expect("acks");
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-q", "-m", "Everyone signs 2026.1"]);

    edit(
        &roles.join("courier.yaml"),
        "      - Pen, stamp pad and spare copies are with you\n",
        "      - Pen, stamp pad and spare copies are with you\n      - The phone is charged and the CRM app is open\n",
    );
    git(
        dir.path(),
        &["commit", "-q", "-am", "Courier: charge the phone"],
    );

    edit(
        &roles.join("documents-clerk.yaml"),
        "    channel: Task \"Launch production\" in the CRM\n",
        "    channel: Task \"Launch production\" in the CRM, and a call to the specialist\n",
    );
    git(
        dir.path(),
        &["commit", "-q", "-am", "Clerk: call about the payment too"],
    );

    let old = roles.join("courier.yaml");
    let text = std::fs::read_to_string(&old).expect("read");
    std::fs::write(
        roles.join("delivery-courier.yaml"),
        text.replacen(
            "title: Courier\n",
            "title: Courier\nrenamed_from: [courier]\n",
            1,
        ),
    )
    .expect("write");
    std::fs::remove_file(&old).expect("rm");
    for file in [
        "documents-clerk.yaml",
        "client-service.yaml",
        "acknowledgements.yaml",
        "handbook.yaml",
        "processes/complaints.yaml",
    ] {
        let path = roles.join(file);
        let text = std::fs::read_to_string(&path).expect("read");
        let text = text
            .replace("to: courier\n", "to: delivery-courier\n")
            .replace("role: courier\n", "role: delivery-courier\n")
            .replace("checked_by: [courier", "checked_by: [delivery-courier")
            .replace(", courier]", ", delivery-courier]");
        std::fs::write(&path, text).expect("write");
    }
    git(dir.path(), &["add", "-A"]);
    git(
        dir.path(),
        &["commit", "-q", "-m", "Rename the courier role"],
    );
    (dir, roles)
}

/// The findings of one rule in `check --format json` output.
fn hits(v: &serde_json::Value, rule: &str) -> Vec<serde_json::Value> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == rule)
        .cloned()
        .collect()
}

fn diff_json(roles: &Path, old: &str, new: &str) -> serde_json::Value {
    let (code, v) = json_of(&["diff", old, new, "--format", "json"], roles);
    assert_eq!(code, Some(0));
    v
}

/// (role id, status, [(section, item[: fact], kind, new)]) of a diff, for exact comparison.
fn roles_of(d: &serde_json::Value) -> Vec<(String, String, Vec<String>)> {
    d["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .map(|r| {
            let changes = r["changes"]
                .as_array()
                .expect("changes")
                .iter()
                .map(|c| {
                    let fact = c["fact"]
                        .as_str()
                        .map(|f| format!(": {f}"))
                        .unwrap_or_default();
                    format!(
                        "{} | {}{fact} | {} | {}",
                        c["section"].as_str().unwrap_or(""),
                        c["item"].as_str().unwrap_or(""),
                        c["kind"].as_str().unwrap_or(""),
                        c["new"].as_str().unwrap_or("")
                    )
                })
                .collect();
            (
                r["id"].as_str().unwrap_or("").to_string(),
                r["status"].as_str().unwrap_or("").to_string(),
                changes,
            )
        })
        .collect()
}

#[test]
fn diff_names_exactly_what_changed_for_each_role() {
    let (_dir, roles) = history();
    let roles = roles.as_path();

    let d = diff_json(roles, "HEAD~3", "HEAD~2");
    assert_eq!(
        roles_of(&d),
        [(
            "courier".to_string(),
            "changed".to_string(),
            vec!["checklist | Before leaving the office | added | The phone is charged and the CRM app is open".to_string()]
        )]
    );
    assert_eq!(d["processes"], serde_json::json!([]));

    let d = diff_json(roles, "HEAD~2", "HEAD~1");
    let item = "Payment → Production (Client service specialist): channel";
    let taken = "Payment → Production (Documents clerk): channel";
    let now = "Task \"Launch production\" in the CRM, and a call to the specialist";
    assert_eq!(
        roles_of(&d),
        [
            (
                "client-service".to_string(),
                "changed".to_string(),
                vec![format!("handoff in | {taken} | changed | {now}")]
            ),
            (
                "documents-clerk".to_string(),
                "changed".to_string(),
                vec![format!("handoff out | {item} | changed | {now}")]
            ),
        ]
    );
    assert_eq!(d["processes"], serde_json::json!([]));

    let d = diff_json(roles, "HEAD~1", "HEAD");
    assert_eq!(
        roles_of(&d),
        [(
            "delivery-courier".to_string(),
            "renamed".to_string(),
            Vec::<String>::new()
        )]
    );
    assert_eq!(d["roles"][0]["renamed_from"], "courier");
    assert_eq!(d["processes"], serde_json::json!([]));

    // The working tree is the default new side, and a folder works as a side.
    let out = rolebook()
        .args(["diff", "HEAD~3", "--format", "markdown", "--roles"])
        .arg(roles)
        .output()
        .expect("run");
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.starts_with("## Handbook changes"), "{md}");
    assert!(
        md.contains("### Courier (delivery-courier, renamed from courier)"),
        "{md}"
    );
    assert!(md.contains("- checklist · Before leaving the office: added “The phone is charged and the CRM app is open”"), "{md}");
    let out = rolebook()
        .args(["diff", "HEAD~1"])
        .arg(roles)
        .arg("--roles")
        .arg(roles)
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("renamed from courier"));
}

#[test]
fn a_revision_that_does_not_exist_is_a_clear_error() {
    let (_dir, roles) = history();
    let out = rolebook()
        .args(["diff", "no-such-branch", "--roles"])
        .arg(&roles)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("`no-such-branch` is not a revision"), "{err}");
}

#[test]
fn status_lists_exactly_the_people_whose_roles_changed() {
    let (_dir, roles) = history();
    let (code, v) = json_of(&["status", "--format", "json"], &roles);
    assert_eq!(code, Some(0));
    let mut due: Vec<&str> = v["due"]
        .as_array()
        .expect("due")
        .iter()
        .map(|p| p["person"].as_str().unwrap_or(""))
        .collect();
    due.sort_unstable();
    assert_eq!(due, ["Anna Volkova", "Ivan Petrov", "Olga Smirnova"]);
    let ivan = v["due"]
        .as_array()
        .expect("due")
        .iter()
        .find(|p| p["person"] == "Ivan Petrov")
        .expect("Ivan");
    assert_eq!(ivan["role"], "delivery-courier");
    assert!(
        ivan["since"].is_string(),
        "the commit Ivan signed is found: {ivan}"
    );
    let changes = ivan["changes"].as_array().expect("changes");
    assert!(
        changes
            .iter()
            .any(|c| c["new"] == "The phone is charged and the CRM app is open"),
        "{changes:?}"
    );
    // Human output names them too, and the roles nobody signed as they are now.
    let out = rolebook()
        .args(["status", "--roles"])
        .arg(&roles)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("3 people must read their role again"),
        "{text}"
    );
    assert!(text.contains("Roles nobody holds a current signature for: Client service specialist (client-service), Courier (delivery-courier), Documents clerk (documents-clerk)"), "{text}");
    // The commit each signed is said by its day and description, not its id.
    let day = rolebook::i18n::long_date(rolebook::model::Language::EN, rolebook::model::today());
    assert!(
        text.contains(&format!(
            "    changed since {day} (“Everyone signs 2026.1”):\n"
        )),
        "{text}"
    );
    // `check` warns about the same three roles, each on its own file.
    let (code, v) = json_of(&["check", "--format", "json"], &roles);
    assert_eq!(code, Some(0), "warnings do not fail check");
    let mut files: Vec<String> = hits(&v, "signature-missing")
        .iter()
        .map(|f| {
            f["file"]
                .as_str()
                .unwrap_or("")
                .rsplit('/')
                .next()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "client-service.yaml",
            "delivery-courier.yaml",
            "documents-clerk.yaml"
        ]
    );
    // Coverage counts the people whose signatures are current.
    let (_, v) = json_of(&["coverage", "--format", "json"], &roles);
    let m = v["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .find(|m| m["key"] == "signatures-current")
        .expect("signatures-current");
    assert_eq!(
        (m["covered"].as_u64(), m["total"].as_u64()),
        (Some(3), Some(6))
    );
}

#[test]
fn the_old_role_address_redirects_and_the_old_id_is_named() {
    let (dir, roles) = history();
    let out = dir.path().join("site");
    crate::support::build_site(&roles, &out, &["--since", "HEAD~3"]);
    for (old, new) in [
        ("roles/courier.html", "../roles/delivery-courier.html"),
        (
            "checklists/courier.html",
            "../checklists/delivery-courier.html",
        ),
        ("starter/courier.html", "../starter/delivery-courier.html"),
    ] {
        let html = std::fs::read_to_string(out.join(old)).expect(old);
        assert!(
            html.contains(&format!(
                "<meta http-equiv=\"refresh\" content=\"0; url={new}\">"
            )),
            "{old}: {html}"
        );
    }
    // The "What changed" page and the marks on the courier's pages.
    let changes = std::fs::read_to_string(out.join("changes.html")).expect("changes.html");
    assert!(changes.contains("The phone is charged and the CRM app is open"));
    // Said by the commit's day and description, the revision below it.
    let day = rolebook::i18n::long_date(rolebook::model::Language::EN, rolebook::model::today());
    assert!(
        changes.contains(&format!(
            "<p class=\"lead\">Changed since {day}: “Everyone signs 2026.1”"
        )),
        "{changes}"
    );
    assert!(
        changes.contains("Compared with <code>HEAD~3</code>"),
        "{changes}"
    );
    assert!(changes.contains("href=\"roles/delivery-courier.html\""));
    let list = std::fs::read_to_string(out.join("checklists/delivery-courier.html")).expect("list");
    assert!(
        list.contains(
            "The phone is charged and the CRM app is open <mark class=\"new\">new</mark>"
        )
    );
    let page = std::fs::read_to_string(out.join("roles/delivery-courier.html")).expect("page");
    assert!(page.contains("class=\"changed-box\""));
    // A spec that still names the old id is told the new one.
    let clerk = roles.join("documents-clerk.yaml");
    edit(&clerk, "to: delivery-courier\n", "to: courier\n");
    let (code, v) = json_of(&["check", "--format", "json"], &roles);
    assert_eq!(code, Some(1));
    let hit = hits(&v, "unknown-reference").remove(0);
    assert!(
        hit["file"]
            .as_str()
            .unwrap_or("")
            .ends_with("documents-clerk.yaml"),
        "{hit}"
    );
    assert!(
        hit["help"]
            .as_str()
            .unwrap_or("")
            .contains("renamed to `delivery-courier`"),
        "{hit}"
    );
}

#[test]
fn review_overdue_fires_on_the_file_and_line_for_the_day_given() {
    let dir = tempfile::tempdir().expect("temp");
    let roles = dir.path().join("roles");
    copy_dir(&repo().join("roles"), &roles);
    edit(
        &roles.join("courier.yaml"),
        "deputy: documents-clerk\n",
        "deputy: documents-clerk\nreview:\n  by: head-of-sales\n  last: 2026-01-31\n  every: 1 month\n",
    );
    let check = |today: &str| {
        let (code, v) = json_of(&["check", "--format", "json", "--today", today], &roles);
        (code, hits(&v, "review-overdue"))
    };
    // A month after 31 January is 28 February: due that day, overdue the next.
    let (code, hits) = check("2026-02-28");
    assert_eq!((code, hits.len()), (Some(0), 0), "{hits:?}");
    let (code, hits) = check("2026-03-01");
    assert_eq!(code, Some(0), "a warning does not fail check");
    assert_eq!(hits.len(), 1);
    assert!(
        hits[0]["file"]
            .as_str()
            .unwrap_or("")
            .ends_with("courier.yaml")
    );
    assert_eq!(hits[0]["line"], 12);
    assert!(
        hits[0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("due on 2026-02-28"),
        "{hits:?}"
    );
    let out = rolebook()
        .args([
            "check",
            "--deny-warnings",
            "--today",
            "2026-03-01",
            "--roles",
        ])
        .arg(&roles)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    // The role page shows the last and the next review.
    let site = dir.path().join("site");
    rolebook()
        .args(["build", "--roles"])
        .arg(&roles)
        .arg("--out")
        .arg(&site)
        .output()
        .expect("build");
    let page = std::fs::read_to_string(site.join("roles/courier.html")).expect("page");
    assert!(
        page.contains("reviewed on 2026-01-31 (Head of sales), next review 2026-02-28"),
        "review line"
    );
    // A date that is not one is refused, as the argument and as the field.
    let out = rolebook()
        .args(["check", "--today", "2026-02-30", "--roles"])
        .arg(&roles)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
}

/// The process changes `diff` names between the base handbook and one with `changes`.
fn process_changes(changes: &[(&str, &str)]) -> Vec<String> {
    let compiled = |changes: &[(&str, &str)]| {
        let dir = crate::support::handbook(changes);
        let loaded = rolebook::load::load(dir.path()).expect("load");
        (
            rolebook::compile::compile(&loaded.handbook, rolebook::model::today()),
            loaded,
        )
    };
    let (old, _) = compiled(&[]);
    let (new, loaded) = compiled(changes);
    let d = rolebook::diff::diff(&old, &new, &rolebook::diff::Renames::of(&loaded.handbook));
    d.processes
        .iter()
        .flat_map(|p| {
            p.changes.iter().map(move |c| {
                format!(
                    "{}: {}",
                    p.id,
                    rolebook::i18n::english(&rolebook::diff::sentence(c))
                )
            })
        })
        .collect()
}

#[test]
fn diff_names_stages_added_removed_re_owned_and_re_ordered() {
    let base = |rel: &str| {
        crate::support::BASE
            .iter()
            .find(|(r, _)| *r == rel)
            .map(|(_, c)| c.to_string())
            .expect("base file")
    };
    let p = base("processes/p.yaml");
    let added = p.replace(
        "    final: true\n",
        "    next: [s4]\n  - id: s4\n    name: S4\n    final: true\n",
    );
    assert_eq!(
        process_changes(&[("processes/p.yaml", &added)]),
        ["p: stages: added “S4”"]
    );
    let removed = p.replace(
        "    next: [s3]\n  - id: s3\n    name: S3\n    needs: [card, offer]\n",
        "",
    );
    assert_eq!(
        process_changes(&[("processes/p.yaml", &removed)]),
        ["p: stages: removed “S3”"]
    );
    let a = base("a.yaml").replace("owns: [s1, s2]", "owns: [s1]");
    let b = base("b.yaml").replace("owns: [s3]", "owns: [s2, s3]");
    assert_eq!(
        process_changes(&[("a.yaml", &a), ("b.yaml", &b)]),
        ["p: stages · S2: re-owned “A” → “B”"]
    );
    let swapped = "name: P\nstages:\n  - id: s1\n    name: S1\n    produces: [card]\n    next: [s2]\n  - id: s3\n    name: S3\n    needs: [card, offer]\n    final: true\n  - id: s2\n    name: S2\n    needs: [card]\n    produces: [offer]\n    next: [s3]\n";
    assert_eq!(
        process_changes(&[("processes/p.yaml", swapped)]),
        [
            "p: stages · S3: moved from place 3 to 2",
            "p: stages · S2: moved from place 2 to 3"
        ]
    );
}

/// `serve` and `watch` keep the "What changed" page as `build --since`
/// writes it: after a save, the rebuilt pages are what a fresh build with
/// the same `--since` gives; after a commit moves `HEAD`, the page compares
/// with the new commit, not the one the server started with.
#[test]
fn serve_since_follows_saves_and_commits() {
    use rolebook::build::{BuildOptions, build};
    use rolebook::serve::Rebuilder;
    let (dir, roles) = history();
    let opts = BuildOptions {
        roles: roles.clone(),
        out: dir.path().join("live"),
        since: Some("HEAD".into()),
        ..Default::default()
    };
    let pages = |built: &rolebook::build::Rendered| -> BTreeMap<String, Vec<u8>> {
        let site = &built.output.as_ref().expect("a site").site;
        site.pages
            .iter()
            .filter(|p| !p.path.starts_with("pagefind/"))
            .map(|p| (p.path.clone(), p.bytes.to_vec()))
            .collect()
    };
    let mut rb = Rebuilder::new(opts.clone());
    let first = rb.run(false).expect("first build");
    let duty = "Ring the client from the car park";
    assert!(!String::from_utf8_lossy(&pages(&first)["changes.html"]).contains(duty));
    rb.remember(first);

    let courier = roles.join("delivery-courier.yaml");
    edit(&courier, "duties:\n", &format!("duties:\n  - {duty}\n"));
    let saved = rb.run(false).expect("rebuild");
    let live = pages(&saved);
    assert!(String::from_utf8_lossy(&live["changes.html"]).contains(duty));
    let folder = tempfile::tempdir().expect("temp");
    let fresh = BuildOptions {
        out: folder.path().join("site"),
        ..opts.clone()
    };
    build(&fresh).expect("fresh build");
    let built: BTreeMap<String, Vec<u8>> = crate::support::read_site(&fresh.out)
        .into_iter()
        .filter(|(p, _)| !p.starts_with("pagefind/"))
        .collect();
    assert_eq!(live, built, "serve's pages differ from a build's");
    rb.remember(saved);

    git(
        dir.path(),
        &["commit", "-q", "-am", "Courier: ring from the car park"],
    );
    let committed = rb.run(false).expect("rebuild after the commit");
    assert!(!String::from_utf8_lossy(&pages(&committed)["changes.html"]).contains(duty));
}

#[test]
fn status_says_when_acknowledgements_are_missing_empty_or_broken() {
    let dir = crate::support::handbook(&[]);
    let status = |args: &[&str]| {
        crate::support::outcome(
            crate::support::rolebook()
                .arg("status")
                .args(args)
                .arg("--roles")
                .arg(dir.path()),
        )
    };
    // No file: said as such, never "everyone is current".
    let (code, out, _) = status(&[]);
    assert_eq!(code, Some(0));
    assert!(out.contains("No acknowledgements.yaml"), "{out}");
    assert!(!out.contains("current"), "{out}");
    let (_, out, _) = status(&["--format", "json"]);
    assert_eq!(out.trim(), r#"{"acknowledgements": "missing"}"#);
    // An empty list: nobody has signed, and every role is unsigned.
    std::fs::write(dir.path().join("acknowledgements.yaml"), "signatures: []\n").expect("write");
    let (code, out, _) = status(&[]);
    assert_eq!(code, Some(0));
    assert!(
        out.starts_with("Nobody has signed their role yet."),
        "{out}"
    );
    assert!(out.contains("A (a), B (b)"), "{out}");
    // A list instead of `signatures:`, or an alias to itself: the finding, exit 1.
    for broken in ["- person: A\n  role: a\n", "signatures: &x [*x]\n"] {
        std::fs::write(dir.path().join("acknowledgements.yaml"), broken).expect("write");
        let (code, out, err) = status(&[]);
        assert_eq!(code, Some(1), "{broken}: {out}{err}");
        assert!(err.contains("acknowledgements.yaml:1"), "{err}");
        assert!(err.contains("cannot be read"), "{err}");
        assert!(!out.contains("current"), "{out}");
    }
}

#[test]
fn a_changed_pay_rule_is_marked_on_the_role_page() {
    let dir = tempfile::tempdir().expect("temp");
    let roles = dir.path().join("roles");
    copy_dir(&repo().join("roles"), &roles);
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-q", "-m", "Handbook 2026.1"]);
    edit(
        &roles.join("active-sales.yaml"),
        "rule: 8,000 RUB",
        "rule: 9,000 RUB",
    );
    let out = dir.path().join("site");
    crate::support::build_site(&roles, &out, &["--since", "HEAD"]);
    let page = std::fs::read_to_string(out.join("roles/active-sales.html")).expect("page");
    let row = page
        .split("<tr id=\"kpi-")
        .skip(1)
        .find(|r| r.contains("9,000 RUB"))
        .expect("the KPI row with the new rule");
    assert!(row.contains("<mark class=\"new\">changed</mark>"), "{row}");
    // The other KPIs' pay did not change and is not marked.
    assert_eq!(
        page.matches("<mark class=\"new\">changed</mark>").count(),
        1,
        "{page}"
    );
}

/// `sign` writes the line nobody should type: the role's fingerprint now,
/// the day, the trainer and the self-check; keeps the file's comments;
/// refuses an unknown role and a file it cannot join, writing nothing; and
/// `status` and coverage then say who is not yet trained.
#[test]
fn sign_writes_signature_and_training_lines_that_status_and_coverage_read() {
    let dir = crate::support::handbook(&[(
        "acknowledgements.yaml",
        "# kept by HR\nsignatures:\n- person: Old Hand\n  role: a\n  signed: 000000000000\n",
    )]);
    let roles = dir.path();
    let sign = |args: &[&str]| {
        crate::support::outcome(
            crate::support::rolebook()
                .arg("sign")
                .args(args)
                .arg("--roles")
                .arg(roles),
        )
    };
    let (code, out, err) = sign(&["Anna Petrova", "a", "--date", "2026-12-01"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("Anna Petrova signed"), "{out}");
    let (code, _, err) = sign(&[
        "Anna Petrova",
        "a",
        "--trained-by",
        "Olga Smirnova",
        "--self-check",
        "--date",
        "2026-12-02",
    ]);
    assert_eq!(code, Some(0), "{err}");
    // The same again writes nothing.
    let before = std::fs::read_to_string(roles.join("acknowledgements.yaml")).expect("read");
    let (code, out, _) = sign(&["Anna Petrova", "a", "--trained-by", "Olga Smirnova"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("nothing written"), "{out}");
    let text = std::fs::read_to_string(roles.join("acknowledgements.yaml")).expect("read");
    assert_eq!(text, before);
    assert!(text.starts_with("# kept by HR\n"), "{text}");
    let (_, v) = crate::support::json_of(&["status", "--format", "json"], roles);
    let anna: Vec<&serde_json::Value> = v["current"]
        .as_array()
        .expect("current")
        .iter()
        .filter(|p| p["person"] == "Anna Petrova")
        .collect();
    assert_eq!(anna.len(), 2, "{v}");
    assert_eq!(anna[0]["date"], "2026-12-01");
    assert_eq!(anna[1]["trained"], "2026-12-02");
    assert_eq!(anna[1]["trained_by"], "Olga Smirnova");
    assert_eq!(anna[1]["self_check"], "2026-12-02");
    let fingerprint = anna[0]["fingerprint"].as_str().expect("fingerprint");
    assert!(text.contains(&format!("signed: {fingerprint}")), "{text}");
    // The old hand signed another version and nobody trained them.
    let untrained: Vec<&str> = v["untrained"]
        .as_array()
        .expect("untrained")
        .iter()
        .map(|u| u["person"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(untrained, ["Old Hand"]);
    let (_, out, _) = crate::support::outcome(
        crate::support::rolebook()
            .args(["status", "--roles"])
            .arg(roles),
    );
    assert!(
        out.contains("Not yet trained on the current version of their role: Old Hand"),
        "{out}"
    );
    let (_, cov) = crate::support::json_of(&["coverage", "--format", "json"], roles);
    let trained = cov["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .find(|m| m["key"] == "people-trained")
        .unwrap_or_else(|| panic!("people-trained in {cov}"));
    assert_eq!(
        (trained["covered"].as_u64(), trained["total"].as_u64()),
        (Some(1), Some(2))
    );
    // An unknown role and a list the line cannot join: an error, nothing written.
    let (code, _, err) = sign(&["Ivan", "nobody-here"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("There is no role `nobody-here`"), "{err}");
    std::fs::write(
        roles.join("acknowledgements.yaml"),
        "signatures: [{person: X, role: a, signed: '1'}]\n",
    )
    .expect("write");
    let (code, _, err) = sign(&["Ivan", "a"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("Add it by hand"), "{err}");
    assert_eq!(
        std::fs::read_to_string(roles.join("acknowledgements.yaml")).expect("read"),
        "signatures: [{person: X, role: a, signed: '1'}]\n"
    );
}

/// Each role's page lists the commits that changed it, newest first, with
/// what changed in `diff`'s words (a renamed role keeps its history); the
/// list of controlled documents gives each one's approval, day in force and
/// last change; `history: 0` lists none; an approval whose day is still to
/// come says so.
#[test]
fn pages_show_revision_history_approval_and_the_documents_list() {
    let (dir, roles) = history();
    let out = dir.path().join("site");
    crate::support::build_site(&roles, &out, &["--today", "2026-12-08"]);
    let read = |p: &str| std::fs::read_to_string(out.join(p)).expect(p);
    let courier = read("roles/delivery-courier.html");
    let history = &courier[courier.find("<section class=\"history\"").expect("history")..];
    let renamed = history
        .find("Rename the courier role")
        .expect("rename commit");
    let phone = history
        .find("Courier: charge the phone")
        .expect("phone commit");
    let first = history.find("Everyone signs 2026.1").expect("first commit");
    assert!(renamed < phone && phone < first, "newest first: {history}");
    assert!(history.contains("The phone is charged and the CRM app is open"));
    assert!(history.contains("First published"));
    // The clerk's commit is not the courier's.
    assert!(!history.contains("Clerk: call about the payment too"));
    assert!(read("roles/documents-clerk.html").contains("Clerk: call about the payment too"));
    let documents = read("documents.html");
    assert!(documents.contains("href=\"roles/delivery-courier.html\""));
    assert!(documents.contains("href=\"processes/sales.html\""));
    assert!(
        documents
            .contains("<td data-label=\"Approved\">Director of the agency, 1 December 2026</td>")
    );
    assert!(documents.contains("7 December 2026"), "in force from");

    // In force from a day still to come: "approved, not yet in force".
    edit(
        &roles.join("handbook.yaml"),
        "effective: 2026-12-07",
        "effective: 2027-01-11\nhistory: 0",
    );
    crate::support::build_site(&roles, &out, &["--today", "2026-12-08"]);
    let courier = read("roles/delivery-courier.html");
    assert!(
        courier.contains("<strong class=\"pending\">Approved, not yet in force:</strong> in force from 11 January 2027"),
        "{courier}"
    );
    assert!(
        !courier.contains("class=\"history\""),
        "history: 0 lists none"
    );
    let documents = read("documents.html");
    assert!(documents.contains("11 January 2027 <strong class=\"pending\">"));
}
