//! Shared helpers: temporary handbooks built from a small valid base, and the findings they produce.

use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

/// A minimal handbook that passes `check --deny-warnings`: two roles, one three-stage process.
pub const BASE: &[(&str, &str)] = &[
    (
        "handbook.yaml",
        "title: T
external_roles:
  boss: The boss
artifacts:
  card:
    name: Card
    kept_in: CRM
  offer:
    name: Offer
    kept_in: Drive
",
    ),
    (
        "processes/p.yaml",
        "name: P
stages:
  - id: s1
    name: S1
    produces: [card]
    next: [s2]
  - id: s2
    name: S2
    needs: [card]
    produces: [offer]
    next: [s3]
  - id: s3
    name: S3
    needs: [card, offer]
    final: true
",
    ),
    (
        "a.yaml",
        "title: A
reports_to: boss
deputy: b
owns: [s1, s2]
kpis:
  - id: k
    name: K
    outcome: offer
pay:
  variable:
    - kpi: k
      rule: R
handoffs:
  - after: s2
    to: b
    passes: [card, offer]
",
    ),
    (
        "b.yaml",
        "title: B
reports_to: boss
deputy: a
owns: [s3]
kpis:
  - id: k
    name: K
pay:
  variable:
    - kpi: k
      rule: R
",
    ),
];

/// Writes BASE with `changes` applied (a change with empty content removes the file).
pub fn handbook(changes: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files: Vec<(&str, &str)> = BASE.to_vec();
    for (rel, content) in changes {
        files.retain(|(r, _)| r != rel);
        if !content.is_empty() {
            files.push((rel, content));
        }
    }
    for (rel, content) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, content).expect("write");
    }
    dir
}

/// A finding reduced to what tests assert: rule id, file under the handbook, line, column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub rule: String,
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
    pub help: Option<String>,
}

/// Loads and checks a handbook folder through the library.
pub fn findings_in(dir: &Path) -> Vec<Hit> {
    let loaded = rolebook::load::load(dir).expect("loadable folder");
    let report = rolebook::check::check(&loaded);
    // `serve` compiles while it checks, so compiling must survive every
    // handbook the checker rejects: each rule's fixture passes through here.
    let _ = rolebook::compile::compile(&loaded.handbook, rolebook::model::today());
    report
        .findings
        .iter()
        .map(|f| Hit {
            rule: f.rule.id().to_string(),
            file: loaded.handbook.files[f.loc.file as usize].rel.clone(),
            line: f.loc.line,
            col: f.loc.col,
            message: rolebook::i18n::english(&f.message),
            help: f.help.as_ref().map(rolebook::i18n::english),
        })
        .collect()
}

/// Findings of BASE with `changes`.
pub fn findings(changes: &[(&str, &str)]) -> Vec<Hit> {
    let dir = handbook(changes);
    findings_in(dir.path())
}

/// Asserts that `rule` fires at `file:line` and returns that finding.
#[track_caller]
pub fn fires(changes: &[(&str, &str)], rule: &str, file: &str, line: u32) -> Hit {
    let all = findings(changes);
    all.iter()
        .find(|h| h.rule == rule && h.file == file && h.line == line)
        .cloned()
        .unwrap_or_else(|| panic!("expected {rule} at {file}:{line}, got {all:#?}"))
}

/// Asserts that `rule` does not fire anywhere.
#[track_caller]
pub fn quiet(changes: &[(&str, &str)], rule: &str) {
    let all = findings(changes);
    let hits: Vec<_> = all.iter().filter(|h| h.rule == rule).collect();
    assert!(hits.is_empty(), "expected no {rule}, got {hits:#?}");
}

/// The built binary.
/// A synthetic handbook of `roles` roles in `roles/` of a new temporary
/// folder, without the search index (built and compared elsewhere; here it
/// would only cost time).
pub fn synthetic(roles: usize) -> (TempDir, PathBuf) {
    let work = tempfile::tempdir().expect("temp");
    let dir = work.path().join("roles");
    rolebook::synth::generate(roles, &dir).expect("generate");
    let hb = std::fs::read_to_string(dir.join("handbook.yaml")).expect("read");
    std::fs::write(dir.join("handbook.yaml"), format!("{hb}search: false\n")).expect("write");
    (work, dir)
}

pub fn rolebook() -> Command {
    // rolebook's own texts follow the terminal's locale: the tests' one is fixed.
    let mut command = Command::new(env!("CARGO_BIN_EXE_rolebook"));
    command.env("LC_ALL", "C.UTF-8").env_remove("LANGUAGE");
    command
}

/// Builds the handbook at `roles` into `out` with the binary (and `extra`
/// arguments), and asserts that it succeeded.
pub fn build_site(roles: &Path, out: &Path, extra: &[&str]) {
    let run = rolebook()
        .arg("build")
        .args(extra)
        .arg("--roles")
        .arg(roles)
        .arg("--out")
        .arg(out)
        .output()
        .expect("run");
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// Runs `command`: its exit code, standard output and standard error.
pub fn outcome(command: &mut Command) -> (Option<i32>, String, String) {
    let out = command.output().expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs rolebook with `args` and `--roles roles`; its exit code and JSON output.
pub fn json_of(args: &[&str], roles: &Path) -> (Option<i32>, serde_json::Value) {
    let out = rolebook()
        .args(args)
        .arg("--roles")
        .arg(roles)
        .output()
        .expect("run");
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code(), v)
}

/// Copies the folder `from` (and everything in it) to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(from).expect("prefix");
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs git in `dir` (test set-up only; rolebook reads the repository with gix).
pub fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=Head of Sales",
            "-c",
            "user.email=head@example.org",
        ])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git");
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// Every file of a site folder but its marker: (path under it, bytes).
pub fn read_site(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("walk the site"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).expect("prefix");
            let rel = rel.to_string_lossy().replace('\\', "/");
            (rel, std::fs::read(e.path()).expect("read"))
        })
        .filter(|(rel, _)| rel != rolebook::output::MARKER)
        .collect();
    files.sort();
    files
}

/// Waits for `child` at most `secs` seconds; past that it is killed and the
/// test fails, saying that `what` blocked.
pub fn wait_or_kill(
    child: &mut std::process::Child,
    secs: u64,
    what: &str,
) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("{what} blocked");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The agency handbook copied into `dir/roles`, with a theme: an accent
/// colour, an SVG logo and favicon and a stylesheet that draws a 4 px rule
/// under the header in the accent colour. Returns the handbook folder.
pub fn themed_handbook(dir: &Path) -> PathBuf {
    let roles = agency_with(
        dir,
        "approved_by: director\n",
        "theme:\n  accent: \"#7a1f5c\"\n  logo: theme/logo.svg\n  favicon: theme/favicon.svg\n  css: theme/extra.css\n",
    );
    std::fs::create_dir_all(roles.join("theme")).expect("mkdir");
    let logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" viewBox=\"0 0 120 40\"><rect width=\"120\" height=\"40\" rx=\"6\" fill=\"#7a1f5c\"/><text x=\"60\" y=\"27\" font-size=\"20\" text-anchor=\"middle\" fill=\"#fff\" font-family=\"sans-serif\">NORTH</text></svg>\n";
    std::fs::write(roles.join("theme/logo.svg"), logo).expect("logo");
    std::fs::write(roles.join("theme/favicon.svg"), logo).expect("favicon");
    std::fs::write(
        roles.join("theme/extra.css"),
        ".site-header { border-bottom: 4px solid #7a1f5c; }\n",
    )
    .expect("css");
    std::fs::create_dir_all(roles.join("pages")).expect("mkdir");
    std::fs::write(
        roles.join("pages/welcome.md"),
        "# Welcome to sales\n\nNew here? Read **your role**, then print your starter pack.\n\nOur zeppelin rule: every call is written down.\n",
    )
    .expect("welcome");
    std::fs::write(
        roles.join("pages/glossary.md"),
        "# Glossary\n\n- **Lead**: a company that may need advertising.\n- **Handoff**: see [the sales process](../processes/sales.html).\n",
    )
    .expect("glossary");
    roles
}

/// The agency handbook copied into `dir/roles`, with `insert` written into
/// handbook.yaml after its line `after`. Returns the handbook folder.
pub fn agency_with(dir: &Path, after: &str, insert: &str) -> PathBuf {
    let roles = dir.join("roles");
    copy_dir(&repo().join("roles"), &roles);
    let yaml = std::fs::read_to_string(roles.join("handbook.yaml")).expect("read");
    assert!(yaml.contains(after), "handbook.yaml has no line {after:?}");
    std::fs::write(
        roles.join("handbook.yaml"),
        yaml.replacen(after, &format!("{after}{insert}"), 1),
    )
    .expect("write");
    roles
}
