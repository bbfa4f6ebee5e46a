//! The real-browser suite (tests/browser/, Node's test runner + playwright-core + Debian's chromium), run as part of `cargo test`.
//!
//! `.ci/run` installs Chromium, Java and the npm packages; in CI (`CI=true`)
//! a missing piece fails this test instead of skipping it.

use std::path::Path;
use std::process::Command;

use crate::support::repo;

fn missing() -> Vec<String> {
    let dir = repo().join("tests/browser");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let mut missing = Vec::new();
    if !Path::new(&chromium).exists() {
        missing.push(format!("chromium at {chromium} (apt-get install chromium)"));
    }
    if !dir.join("node_modules/playwright-core").is_dir() {
        missing.push("npm packages (cd tests/browser && npm ci)".into());
    }
    for tool in ["node", "java"] {
        if Command::new(tool).arg("--version").output().is_err() {
            missing.push(tool.to_string());
        }
    }
    missing
}

#[test]
fn browser_suite_passes_on_the_agency_handbooks() {
    let missing = missing();
    if !missing.is_empty() {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
        assert!(
            !ci,
            "the browser suite cannot run in CI; missing: {}",
            missing.join(", ")
        );
        // Straight to the terminal: the test harness captures `eprintln!`
        // of a passing test, and the reader must see that this part did not run.
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            format!(
                "\nNOTE: the browser suite was SKIPPED (it runs in CI); to run it here, install: {}\n",
                missing.join("; ")
            )
            .as_bytes(),
        );
        return;
    }
    // The Russian handbook is built here for its own suite (ru.test.mjs).
    let ru = tempfile::tempdir().expect("temp");
    let site_ru = ru.path().join("site");
    crate::support::build_site(&repo().join("examples/agency-ru"), &site_ru, &[]);
    let out = Command::new("node")
        .arg("--test")
        .current_dir(repo().join("tests/browser"))
        .env("SITE_DIR", repo().join("site"))
        .env("SITE_RU_DIR", &site_ru)
        .output()
        .expect("run node --test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The counts of pages checked, for the CI log.
    for line in stdout
        .lines()
        .filter(|l| l.contains("pages") || l.starts_with("# "))
    {
        eprintln!("browser: {line}");
    }
    assert!(
        out.status.success(),
        "browser suite failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
