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
    // A process of 12 lanes with long names, for the swimlane's layout.
    let wide = tempfile::tempdir().expect("temp");
    let site_wide = wide.path().join("site");
    wide_handbook(&wide.path().join("roles"));
    crate::support::build_site(&wide.path().join("roles"), &site_wide, &[]);
    // The agency with a theme: colour, logo, favicon and extra CSS.
    let themed = tempfile::tempdir().expect("temp");
    let site_themed = themed.path().join("site");
    let roles_themed = crate::support::themed_handbook(themed.path());
    crate::support::build_site(&roles_themed, &site_themed, &[]);
    let out = Command::new("node")
        .arg("--test")
        .current_dir(repo().join("tests/browser"))
        .env("SITE_DIR", repo().join("site"))
        .env("SITE_RU_DIR", &site_ru)
        .env("SITE_WIDE_DIR", &site_wide)
        .env("SITE_THEMED_DIR", &site_themed)
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

/// A handbook whose one process has 12 stages in 12 lanes, the roles' and
/// stages' names long (a Russian word too long for any lane among them), and
/// decisions with long names taken by three other lanes at one stage.
fn wide_handbook(dir: &std::path::Path) {
    const N: usize = 12;
    std::fs::create_dir_all(dir.join("processes")).expect("mkdir");
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).expect("write");
    write(
        "handbook.yaml",
        "title: Wide handbook\norganization: Test\nlanguage: en\nartifacts:\n  folder:\n    name: Order folder\n    kept_in: Shared drive\n\
         decisions:\n  reprint:\n    name: Whether a reprint at the agency's expense is justified when the client approved a proof that already had the error in it\n    stage: s3\n    levels:\n\
         \x20     - by: r0\n        up_to: 5\n      - by: r7\n        over: 5\n        up_to: 50\n      - by: r11\n        over: 50\n\
         \x20 refund:\n    name: Refund of the prepayment\n    stage: s3\n    levels:\n      - by: r7\n"
            .to_string(),
    );
    let mut process =
        String::from("name: A process of twelve lanes with long names\nstart: s0\nstages:\n");
    for i in 0..N {
        process.push_str(&format!(
            "  - id: s{i}\n    name: Coordinate the approval of the production schedule with the client's marketing department, step {i}\n    needs: [folder]\n    produces: [folder]\n{}",
            if i + 1 < N { format!("    next: [s{}]\n", i + 1) } else { "    final: true\n".to_string() }
        ));
    }
    write("processes/long.yaml", process);
    for i in 0..N {
        let title = if i % 3 == 0 {
            format!("Делопроизводительница-стажёрка отдела документационного обеспечения {i}")
        } else {
            format!(
                "Senior regional key account coordination specialist for outdoor advertising {i}"
            )
        };
        let handoff = if i + 1 < N {
            format!(
                "handoffs:\n  - after: s{i}\n    to: r{}\n    passes: [folder]\n    deadline: Same day\n    channel: CRM\n    confirm: Read back\n",
                i + 1
            )
        } else {
            String::new()
        };
        write(
            &format!("r{i}.yaml"),
            format!(
                "title: {title}\nsummary: A role.\n{}deputy: r{}\nowns: [s{i}]\nkpis:\n  - id: k\n    name: Orders on time\n    target: 90%\n    measured_by: CRM\ntime_budget:\n  s{i}: 100\n{handoff}",
                if i > 0 { "reports_to: r0\n" } else { "" },
                (i + 1) % N
            ),
        );
    }
}
