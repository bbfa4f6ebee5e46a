//! The command line: output formats, exit codes, explain, schema and init.

use crate::support::{handbook, repo, rolebook};

fn run(args: &[&str]) -> (i32, String, String) {
    let out = rolebook().args(args).output().expect("run rolebook");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn broken() -> tempfile::TempDir {
    // One error (unknown reference) and one warning (dead end).
    handbook(&[
        (
            "b.yaml",
            "title: B\nreports_to: bos\ndeputy: a\nowns: [s3]\nkpis:\n  - id: k\n    name: K\npay:\n  variable:\n    - kpi: k\n      rule: R\n",
        ),
        (
            "processes/p.yaml",
            "name: P\nstages:\n  - id: s1\n    name: S1\n    produces: [card]\n    next: [s2]\n  - id: s2\n    name: S2\n    needs: [card]\n    produces: [offer]\n    next: [s3]\n  - id: s3\n    name: S3\n    needs: [card, offer]\n",
        ),
    ])
}

#[test]
fn agency_handbook_passes_check_with_deny_warnings() {
    let roles = repo().join("roles");
    let (code, out, _) = run(&[
        "check",
        "--deny-warnings",
        "--roles",
        roles.to_str().unwrap_or_default(),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no findings"), "{out}");
}

#[test]
fn human_format_shows_rule_location_snippet_and_help() {
    let dir = broken();
    let path = dir.path().to_string_lossy().to_string();
    let (code, out, _) = run(&["check", "--roles", &path, "--color", "never"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("error[unknown-reference]: `bos` is not a role or an external role"),
        "{out}"
    );
    assert!(out.contains(&format!("{path}/b.yaml:2:13")), "{out}");
    assert!(out.contains("2 │ reports_to: bos"), "{out}");
    assert!(out.contains("help: did you mean `boss`?"), "{out}");
    assert!(out.contains("warning[dead-end-stage]"), "{out}");
    assert!(out.ends_with("1 error, 1 warning\n"), "{out}");
}

#[test]
fn json_format_is_one_object_sorted_by_file_and_line() {
    let dir = broken();
    let path = dir.path().to_string_lossy().to_string();
    let (code, out, _) = run(&["check", "--roles", &path, "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    assert_eq!(v["errors"], 1);
    assert_eq!(v["warnings"], 1);
    let f = &v["findings"];
    assert_eq!(f[0]["rule"], "unknown-reference");
    assert_eq!(f[0]["severity"], "error");
    assert_eq!(f[0]["file"], format!("{path}/b.yaml"));
    assert_eq!(f[0]["line"], 2);
    assert_eq!(f[0]["column"], 13);
    assert_eq!(f[0]["help"], "did you mean `boss`?");
    assert_eq!(f[1]["rule"], "dead-end-stage");
    assert_eq!(f[1]["file"], format!("{path}/processes/p.yaml"));
    assert_eq!(f[1]["line"], 12);
}

#[test]
fn github_format_is_one_workflow_command_per_finding() {
    let dir = broken();
    let path = dir.path().to_string_lossy().to_string();
    let (code, out, _) = run(&["check", "--roles", &path, "--format", "github"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with(&format!(
            "::error file={path}/b.yaml,line=2,col=13,title=unknown-reference::`bos` is not"
        )),
        "{out}"
    );
    assert!(lines[1].starts_with("::warning file="), "{out}");
}

#[test]
fn short_format_is_one_line_per_finding() {
    let dir = broken();
    let path = dir.path().to_string_lossy().to_string();
    let (_, out, _) = run(&["check", "--roles", &path, "--format", "short"]);
    assert!(
        out.starts_with(&format!("{path}/b.yaml:2:13: error[unknown-reference]: ")),
        "{out}"
    );
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let dir = handbook(&[(
        "b.yaml",
        "title: B\nreports_to: boss\nowns: [s3]\nkpis:\n  - id: k\n    name: K\npay:\n  variable:\n    - kpi: k\n      rule: R\n",
    )]);
    let path = dir.path().to_string_lossy().to_string();
    assert_eq!(run(&["check", "--roles", &path]).0, 0);
    assert_eq!(run(&["check", "--roles", &path, "--deny-warnings"]).0, 1);
}

#[test]
fn exit_code_2_when_the_folder_is_missing_or_arguments_are_bad() {
    let (code, _, err) = run(&["check", "--roles", "/no/such/folder"]);
    assert_eq!(code, 2);
    assert!(err.contains("/no/such/folder"), "{err}");
    assert_eq!(run(&["check", "--format", "xml"]).0, 2);
    assert_eq!(run(&["no-such-command"]).0, 2);
}

#[test]
fn explain_lists_every_rule_and_explains_one() {
    let (code, out, _) = run(&["explain"]);
    assert_eq!(code, 0);
    for info in rolebook::rules::RULES {
        assert!(out.contains(info.id), "{} missing from the list", info.id);
    }
    let (code, out, _) = run(&["explain", "handoff-incomplete"]);
    assert_eq!(code, 0);
    assert!(out.contains("Why it matters"), "{out}");
    assert!(out.contains("broken telephone"), "{out}");
    assert!(out.contains("Example"), "{out}");
    let (code, _, err) = run(&["explain", "handoff-incomplet"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `handoff-incomplete`"), "{err}");
}

#[test]
fn init_writes_a_handbook_that_passes_check_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().expect("temp");
    let target = dir.path().join("hb");
    let t = target.to_string_lossy().to_string();
    assert_eq!(run(&["init", &t]).0, 0);
    let (code, out, _) = run(&["check", "--roles", &t, "--deny-warnings"]);
    assert_eq!(code, 0, "{out}");
    std::fs::write(target.join("order-clerk.yaml"), "title: Changed\n").expect("write");
    let (code, _, err) = run(&["init", &t]);
    assert_eq!(code, 2);
    assert!(err.contains("refusing to overwrite"), "{err}");
    let kept = std::fs::read_to_string(target.join("order-clerk.yaml")).expect("read");
    assert_eq!(kept, "title: Changed\n");
    // The starter of every language rolebook speaks passes as well.
    for tag in rolebook::i18n::TAGS {
        let t = dir.path().join(tag).to_string_lossy().to_string();
        assert_eq!(run(&["init", &t, "--lang", tag]).0, 0);
        let (code, out, _) = run(&["check", "--roles", &t, "--deny-warnings"]);
        assert_eq!(code, 0, "{tag}: {out}");
    }
}

#[test]
fn schema_prints_draft_2020_12_for_each_kind() {
    for kind in ["handbook", "process", "role"] {
        let (code, out, _) = run(&["schema", kind]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(v["additionalProperties"], false);
    }
}

#[test]
fn readme_lists_every_rule() {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README");
    for info in rolebook::rules::RULES {
        assert!(
            readme.contains(&format!("| `{}` | {} |", info.id, info.default)),
            "README lacks {}",
            info.id
        );
    }
}

/// `explain` stands on its own: it names each failure of the "object" model
/// in words, never by its number in a list the user has not seen.
#[test]
fn explain_texts_cite_no_numbered_failures() {
    for info in rolebook::rules::RULES {
        let o = rolebook().args(["explain", info.id]).output().expect("run");
        assert!(o.status.success(), "{}", info.id);
        let text = String::from_utf8_lossy(&o.stdout);
        let cites_number = text.match_indices("failure").any(|(i, _)| {
            text[i..]
                .trim_start_matches("failures")
                .trim_start_matches("failure")
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        });
        assert!(
            !cites_number,
            "`explain {}` cites a numbered failure:\n{text}",
            info.id
        );
    }
}

#[test]
fn completions_and_the_man_page_come_from_the_command_line_itself() {
    let o = rolebook()
        .args(["completions", "bash"])
        .output()
        .expect("run");
    assert!(o.status.success());
    let script = String::from_utf8_lossy(&o.stdout);
    for word in ["rolebook", "check", "build", "--deny-warnings", "--force"] {
        assert!(script.contains(word), "bash completion lacks {word}");
    }
    let o = rolebook().arg("man").output().expect("run");
    assert!(o.status.success());
    let page = String::from_utf8_lossy(&o.stdout);
    assert!(page.contains(".TH rolebook 1"), "{page}");
    assert!(page.contains("serve"), "the man page lists the subcommands");
    // The version, and built from this git checkout, its commit and date.
    let o = rolebook().arg("--version").output().expect("run");
    let said = String::from_utf8_lossy(&o.stdout).trim().to_string();
    let version = format!("rolebook {}", env!("CARGO_PKG_VERSION"));
    assert!(said.starts_with(&version), "{said}");
    if repo().join(".git").exists() {
        let (commit, date) = said[version.len()..]
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .split_once(' ')
            .unwrap_or_else(|| panic!("no commit and date in {said}"));
        assert!(
            commit.len() == 12 && commit.chars().all(|c| c.is_ascii_hexdigit()),
            "{said}"
        );
        assert!(
            jiff::civil::Date::strptime("%Y-%m-%d", date).is_ok(),
            "{said}"
        );
    }
    // `man --write` writes a page for every subcommand, each naming it, into
    // a folder it creates, as a fresh account needs.
    let dir = tempfile::tempdir().expect("temp");
    let man1 = dir.path().join("share/man/man1");
    let o = rolebook()
        .args(["man", "--write"])
        .arg(&man1)
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for sub in [
        "check",
        "build",
        "coverage",
        "capacity",
        "watch",
        "serve",
        "diff",
        "status",
        "explain",
        "schema",
        "init",
        "completions",
        "man",
        "templates",
    ] {
        let page = std::fs::read_to_string(man1.join(format!("rolebook-{sub}.1")))
            .unwrap_or_else(|_| panic!("no page for {sub}"));
        assert!(page.contains(&format!(".TH rolebook-{sub} 1")), "{sub}");
    }
    assert!(man1.join("rolebook.1").is_file());
    assert!(!man1.join("rolebook-help.1").exists());
}

/// Every subcommand's `--help` ends with two examples of itself.
#[test]
fn every_subcommand_s_help_shows_two_examples() {
    for sub in [
        "check",
        "build",
        "coverage",
        "capacity",
        "watch",
        "serve",
        "diff",
        "status",
        "explain",
        "schema",
        "init",
        "completions",
        "man",
        "templates",
    ] {
        let o = rolebook().args([sub, "--help"]).output().expect("run");
        let help = String::from_utf8_lossy(&o.stdout);
        let examples = help
            .split_once("Examples:\n")
            .unwrap_or_else(|| panic!("`{sub} --help` has no examples"))
            .1;
        let lines: Vec<&str> = examples.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 2, "{sub}: {examples}");
        for l in lines {
            assert!(
                l.trim_start().starts_with(&format!("rolebook {sub}"))
                    || l.trim_start().starts_with("mkdir -p"),
                "{sub}: {l}"
            );
        }
    }
}

/// `templates --write` exports the built-in templates and assets; a build
/// with the exported folder is byte for byte the build without it.
#[test]
fn exported_templates_build_the_same_site() {
    let dir = tempfile::tempdir().expect("temp");
    let templates = dir.path().join("mine");
    let o = rolebook()
        .args(["templates", "--write"])
        .arg(&templates)
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for file in [
        "base.html",
        "role.html",
        "partials/checklist.html",
        "assets/style.css",
    ] {
        assert!(templates.join(file).is_file(), "{file}");
    }
    let plain = dir.path().join("plain");
    let themed = dir.path().join("themed");
    crate::support::build_site(&repo().join("roles"), &plain, &[]);
    crate::support::build_site(
        &repo().join("roles"),
        &themed,
        &["--templates", templates.to_str().expect("utf-8")],
    );
    assert_eq!(
        crate::support::read_site(&plain),
        crate::support::read_site(&themed)
    );
    // A folder that holds the built-in templates as they are changes
    // nothing, and the build says nothing about it.
    let (code, _, err) = crate::support::outcome(
        rolebook()
            .args(["build", "--roles"])
            .arg(repo().join("roles"))
            .arg("--out")
            .arg(dir.path().join("again"))
            .arg("--templates")
            .arg(&templates),
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("templates:"), "{err}");
    let listed = rolebook().arg("templates").output().expect("run");
    assert!(
        String::from_utf8_lossy(&listed.stdout)
            .lines()
            .any(|l| l == "partials/nav.html")
    );
}

/// The manual's field and rule tables are what the validator and the rule
/// table say. `ROLEBOOK_UPDATE_DOCS=1 cargo test manual` rewrites them.
#[test]
fn the_manual_of_the_format_is_fresh() {
    let path = repo().join("docs/format.md");
    let text = std::fs::read_to_string(&path).expect("docs/format.md");
    let rules: String = rolebook::rules::RULES
        .iter()
        .map(|r| {
            let summary = rolebook::i18n::rule_text(rolebook::model::Language::EN, r.id, "summary");
            format!("| `{}` | {} | {summary} |\n", r.id, r.default)
        })
        .collect();
    let blocks = [
        ("fields", rolebook::load::schema::field_tables()),
        (
            "rules",
            format!("| rule | default | fires when |\n|---|---|---|\n{rules}"),
        ),
    ];
    let mut fresh = text.clone();
    for (name, body) in blocks {
        let open = format!("<!-- {name}: generated");
        let close = format!("<!-- end of {name} -->");
        let start = fresh.find(&open).expect("opening marker");
        let start = start + fresh[start..].find("-->").expect("marker end") + 3;
        let end = fresh.find(&close).expect("closing marker");
        fresh.replace_range(start..end, &format!("\n{body}"));
    }
    if fresh != text && std::env::var_os("ROLEBOOK_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &fresh).expect("write docs/format.md");
        return;
    }
    assert!(
        fresh == text,
        "docs/format.md is stale; run `ROLEBOOK_UPDATE_DOCS=1 cargo test manual` and read the diff"
    );
}

/// Every relative link of the README, ARCHITECTURE.md and the manual leads
/// to a file of the repository: a clone needs nothing outside it.
#[test]
fn every_link_of_the_docs_resolves_inside_the_repository() {
    use pulldown_cmark::{Event, Parser, Tag};
    let mut docs = vec![repo().join("README.md"), repo().join("ARCHITECTURE.md")];
    for entry in std::fs::read_dir(repo().join("docs")).expect("docs/") {
        docs.push(entry.expect("entry").path());
    }
    let mut broken = Vec::new();
    for doc in docs
        .iter()
        .filter(|d| d.extension().is_some_and(|e| e == "md"))
    {
        let text = std::fs::read_to_string(doc).expect("read");
        assert!(
            !text.contains("../shared"),
            "{} points outside the repository",
            doc.display()
        );
        for event in Parser::new(&text) {
            let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event
            else {
                continue;
            };
            if dest_url.contains("://")
                || dest_url.starts_with('#')
                || dest_url.starts_with("mailto:")
            {
                continue;
            }
            let file = dest_url.split('#').next().unwrap_or_default();
            let target = doc.parent().expect("parent").join(file);
            if !target.exists() || !target.starts_with(repo()) {
                broken.push(format!("{}: {dest_url}", doc.display()));
            }
        }
    }
    assert!(broken.is_empty(), "links that lead nowhere: {broken:#?}");
}

#[test]
fn init_refuses_a_folder_with_other_yaml_files_unless_forced() {
    let dir = tempfile::tempdir().expect("temp");
    std::fs::write(dir.path().join("docker-compose.yml"), "services: {}\n").expect("write");
    std::fs::create_dir(dir.path().join(".github")).expect("mkdir");
    std::fs::write(dir.path().join(".github/ci.yml"), "on: push\n").expect("write");
    let init = |extra: &[&str]| {
        crate::support::outcome(
            rolebook()
                .args(["init", "--lang", "en"])
                .args(extra)
                .arg(dir.path()),
        )
    };
    let (code, _, err) = init(&[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("docker-compose.yml"), "{err}");
    assert!(err.contains("--force"), "{err}");
    // Hidden folders are not read by the loader, and are not named.
    assert!(!err.contains("ci.yml"), "{err}");
    assert!(
        !dir.path().join("handbook.yaml").exists(),
        "nothing written"
    );
    let (code, _, err) = init(&["--force"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(dir.path().join("handbook.yaml").exists());
}

#[test]
fn schema_prints_every_file_kind_the_readme_names() {
    for kind in ["handbook", "process", "role", "acknowledgements", "people"] {
        let (code, out, err) = crate::support::outcome(rolebook().args(["schema", kind]));
        assert_eq!(code, Some(0), "{kind}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["type"], "object", "{kind}");
    }
}

#[test]
fn the_crate_packages_with_its_licences_and_changelog_and_without_the_site() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["package", "--list", "--locked", "--allow-dirty"])
        .current_dir(repo())
        .output()
        .expect("run cargo package --list");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = String::from_utf8_lossy(&out.stdout);
    let files: Vec<&str> = list.lines().collect();
    for needed in [
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "CHANGELOG.md",
        "README.md",
        "locales/en.ftl",
        "locales/ru.ftl",
        "templates/base.html",
        "build.rs",
    ] {
        assert!(files.contains(&needed), "{needed} not packaged: {list}");
    }
    assert!(!files.iter().any(|f| f.starts_with("site/")), "{list}");
}

/// The format reference opens with the YAML primer and the glossary a head
/// of department needs first, and keeps the limits against hostile files
/// for its end.
#[test]
fn the_format_reference_starts_with_the_primer_and_ends_with_the_limits() {
    let text = std::fs::read_to_string(repo().join("docs/format.md")).expect("docs/format.md");
    let sections: Vec<&str> = text.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        sections.first(),
        Some(&"## YAML in five rules"),
        "{sections:?}"
    );
    assert_eq!(sections.get(1), Some(&"## Words used here"), "{sections:?}");
    assert_eq!(
        sections.last(),
        Some(&"## Limits and safety"),
        "{sections:?}"
    );
    let limits = text.find("Limits against hostile input").expect("limits");
    assert!(limits > text.find("## Limits and safety").expect("section"));
    for word in [
        "**stage**",
        "**artifact**",
        "**change of hands**",
        "**RACI**",
        "**fingerprint**",
    ] {
        assert!(text.contains(word), "the glossary lacks {word}");
    }
}

/// The GitHub Action's steps (`scripts/handbook-action`, which action.yml
/// runs) on the agency handbook: check, coverage, build, and on a pull
/// request from a fork what changed, in the job summary; a broken handbook
/// fails the step with findings GitHub shows on the lines.
#[test]
fn the_action_s_script_checks_builds_and_says_what_changed() {
    let dir = tempfile::tempdir().expect("temp");
    let summary = dir.path().join("summary.md");
    let out = dir.path().join("public");
    let run = |handbook: &std::path::Path| {
        std::process::Command::new("bash")
            .arg(repo().join("scripts/handbook-action"))
            .current_dir(repo())
            .env("ROLEBOOK", env!("CARGO_BIN_EXE_rolebook"))
            .env("HANDBOOK", handbook)
            .env("COVERAGE_MIN", "95")
            .env("OUT", &out)
            .env("EVENT", "pull_request")
            .env("DIFF_BASE", "HEAD")
            .env("REPO", "agency/handbook")
            .env("HEAD_REPO", "someone/handbook")
            .env("PR", "7")
            .env_remove("GH_TOKEN")
            .env("GITHUB_STEP_SUMMARY", &summary)
            .output()
            .expect("run the action's script")
    };
    let o = run(&repo().join("roles"));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(stdout.contains("::group::rolebook check"), "{stdout}");
    assert!(out.join("index.html").is_file(), "the site is built");
    let said = std::fs::read_to_string(&summary).expect("summary");
    assert!(
        said.starts_with("<!-- rolebook: what changed -->\n"),
        "{said}"
    );
    assert!(said.lines().count() > 1, "{said}");

    let broken = dir.path().join("broken");
    crate::support::copy_dir(&repo().join("roles"), &broken);
    let courier = std::fs::read_to_string(broken.join("courier.yaml")).expect("read");
    std::fs::write(
        broken.join("courier.yaml"),
        courier.replacen("title:", "titel:", 1),
    )
    .expect("write");
    let o = run(&broken);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("::error file="), "{stdout}");
    assert!(stdout.contains("courier.yaml,line=2"), "{stdout}");
}

/// docs/templates.md names every built-in template and asset, and every
/// variable the renderer passes to a template, so it cannot go stale.
#[test]
fn the_templates_manual_names_every_template_and_variable() {
    let doc = std::fs::read_to_string(repo().join("docs/templates.md")).expect("docs/templates.md");
    for (name, _) in rolebook::render::TEMPLATES
        .iter()
        .chain(rolebook::render::ASSETS)
    {
        assert!(
            doc.contains(&format!("`{name}`")),
            "docs/templates.md lacks the template {name}"
        );
    }
    let source = std::fs::read_to_string(repo().join("src/render/mod.rs")).expect("render");
    let mut variables = Vec::new();
    for call in ["insert(", "insert_value("] {
        for (at, _) in source.match_indices(call) {
            let rest = source[at + call.len()..].trim_start();
            if let Some(quoted) = rest.strip_prefix('"')
                && let Some(end) = quoted.find('"')
            {
                variables.push(quoted[..end].to_string());
            }
        }
    }
    assert!(variables.len() > 20, "{variables:?}");
    for v in variables {
        assert!(
            doc.contains(&format!("`{v}`")),
            "docs/templates.md lacks the variable {v}"
        );
    }
}

/// The text of `word/document.xml` in the Word document at `path`, its
/// entities read back; panics unless the file is a package with the parts
/// Word needs.
fn document_xml(path: &std::path::Path) -> String {
    use std::io::Read;
    let file = std::fs::File::open(path).expect("open");
    let mut zip = zip::ZipArchive::new(file).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
    ] {
        assert!(zip.by_name(part).is_ok(), "{}: no {part}", path.display());
    }
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .expect("read");
    xml.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// `export --format docx` writes one Word document per role of both agency
/// handbooks: a valid package whose text holds the title, every section of
/// the language's form and every duty; the same handbook gives the same
/// bytes; a handbook with errors gets none.
#[test]
fn export_writes_a_word_document_per_role_in_the_language_s_form() {
    let out = tempfile::tempdir().expect("temp");
    for (folder, sections) in [
        (
            "roles",
            &[
                "Purpose",
                "Duties",
                "Rights",
                "Key performance indicators and pay",
                "Acknowledgement sheet",
                "Checklists",
            ][..],
        ),
        (
            "examples/agency-ru",
            &[
                "УТВЕРЖДАЮ",
                "Должностная инструкция",
                "1. Общие положения",
                "2. Должностные обязанности",
                "3. Права",
                "4. Ответственность",
                "Лист ознакомления",
                "Чек-листы",
            ][..],
        ),
    ] {
        let roles = repo().join(folder);
        let dir = out.path().join(folder.replace('/', "-"));
        let run = |to: &std::path::Path| {
            crate::support::outcome(
                rolebook()
                    .args(["export", "--format", "docx", "--roles"])
                    .arg(&roles)
                    .arg("--out")
                    .arg(to),
            )
        };
        let (code, _, err) = run(&dir);
        assert_eq!(code, Some(0), "{err}");
        let loaded = rolebook::load::load(&roles).expect("load");
        let compiled = rolebook::compile::compile(&loaded.handbook, rolebook::model::today());
        assert_eq!(compiled.roles.len(), 6);
        for r in &compiled.roles {
            let xml = document_xml(&dir.join(format!("{}.docx", r.id)));
            assert!(xml.contains(&r.title), "{folder} {}: title", r.id);
            assert!(
                xml.contains(&r.fingerprint),
                "{folder} {}: fingerprint",
                r.id
            );
            for s in sections {
                assert!(xml.contains(s), "{folder} {}: section {s}", r.id);
            }
            for d in &r.duties {
                for event in pulldown_cmark::Parser::new(&d.md) {
                    if let pulldown_cmark::Event::Text(t) = event {
                        assert!(xml.contains(t.as_ref()), "{folder} {}: duty {t}", r.id);
                    }
                }
            }
        }
        // Same input, same bytes.
        let again = out.path().join("again");
        let (code, _, _) = run(&again);
        assert_eq!(code, Some(0));
        for r in &compiled.roles {
            let name = format!("{}.docx", r.id);
            assert!(
                std::fs::read(dir.join(&name)).expect("read")
                    == std::fs::read(again.join(&name)).expect("read"),
                "{folder}: {name} differs between two exports"
            );
        }
        std::fs::remove_dir_all(&again).expect("rm");
    }
    // A handbook with an error: exit 1, nothing written.
    let broken = crate::support::handbook(&[("a.yaml", "title: A\nowns: [nowhere]\n")]);
    let to = out.path().join("broken");
    let (code, _, err) = crate::support::outcome(
        rolebook()
            .args(["export", "--roles"])
            .arg(broken.path())
            .arg("--out")
            .arg(&to),
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("not exported"), "{err}");
    assert!(!to.exists());
    // A control character in a spec (YAML's "\a") never reaches the
    // document, which XML could not hold.
    let base = crate::support::BASE
        .iter()
        .find(|(rel, _)| *rel == "a.yaml")
        .map(|(_, text)| *text)
        .expect("a.yaml");
    let belled = crate::support::handbook(&[(
        "a.yaml",
        &base.replacen("title: A\n", "title: \"Bell\\aring\"\n", 1),
    )]);
    let (code, _, err) = crate::support::outcome(
        rolebook()
            .args(["export", "--roles"])
            .arg(belled.path())
            .arg("--out")
            .arg(&to),
    );
    assert_eq!(code, Some(0), "{err}");
    let xml = document_xml(&to.join("a.docx"));
    assert!(xml.contains("Bellring") && !xml.contains('\u{7}'));
}
