//! The real-browser suite (tests/browser/, Node's test runner + playwright-core + Debian's chromium), run as part of `cargo test`.
//!
//! Where Chromium, Node and Java are found (`build.rs` sets
//! `cfg(rolebook_browser)`), the suite installs its npm packages if need be
//! and runs; elsewhere it is reported as ignored, with the reason. In CI
//! (`CI=true`) a missing tool fails instead.

use std::process::Command;

use crate::support::repo;

/// In CI (`CI=true`) the suite must run: Chromium, Node and Java are there.
#[test]
fn the_browser_suite_can_run_in_ci() {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(
        !ci || cfg!(rolebook_browser),
        "the browser suite cannot run in CI: Chromium, Node or Java is missing (.ci/run installs them)"
    );
}

/// The npm packages of the suite, installed from its lock file when absent.
fn npm_packages() {
    let dir = repo().join("tests/browser");
    if dir.join("node_modules/playwright-core").is_dir() {
        return;
    }
    let out = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir)
        .output()
        .expect("run npm ci");
    assert!(
        out.status.success(),
        "npm ci in tests/browser failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
#[cfg_attr(
    not(rolebook_browser),
    ignore = "needs Chromium, Node and Java (apt-get install chromium nodejs npm default-jre-headless); .ci/run installs them"
)]
fn browser_suite_passes_on_the_agency_handbooks() {
    npm_packages();
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
