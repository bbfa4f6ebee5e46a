//! Finds rolebook's languages (each `locales/TAG.ftl` is compiled into the binary, so adding a language is adding one file), and whether this machine can run the browser suite.

use std::fmt::Write;
use std::path::Path;

/// Sets `cfg(rolebook_browser)` where Chromium, Node and Java are found, so
/// the browser suite runs there and is reported as ignored, with the reason,
/// elsewhere (never as passed). Found again when `PATH` or `CHROMIUM`
/// changes; after installing them otherwise, `touch build.rs`.
fn browser_tools() {
    println!("cargo::rustc-check-cfg=cfg(rolebook_browser)");
    println!("cargo::rerun-if-env-changed=PATH");
    println!("cargo::rerun-if-env-changed=CHROMIUM");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let runs = |tool: &str| {
        std::process::Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if Path::new(&chromium).exists() && runs("node") && runs("java") {
        println!("cargo::rustc-cfg=rolebook_browser");
    }
}

/// The folder of the crate being built, as cargo says when it runs this
/// script: not the one it was compiled in (`env!`), since `cargo package`
/// compiles it once for the packaged copy under `target/package/`, and the
/// checkout's builds may then run that same binary.
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .expect("cargo sets CARGO_MANIFEST_DIR for build scripts")
}

/// `ROLEBOOK_VERSION` for `--version`: the crate's version, and where it is
/// built from a git checkout, the commit and its date
/// (`0.1.0 (8a3c290b1c2d 2026-12-08)`); a packaged crate says the version
/// alone. Found again when the checkout moves to another commit.
fn version() {
    let root = manifest_dir();
    let version = std::env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    for watched in [".git/HEAD", ".git/refs/heads", ".git/packed-refs"] {
        let path = root.join(watched);
        if path.exists() {
            println!("cargo::rerun-if-changed={}", path.display());
        }
    }
    let described = std::process::Command::new("git")
        .args(["log", "-1", "--format=%h %cs", "--abbrev=12"])
        .current_dir(&root)
        .output()
        .ok()
        .filter(|o| o.status.success() && root.join(".git").exists())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|s| !s.is_empty());
    match described {
        Some(commit) => println!("cargo::rustc-env=ROLEBOOK_VERSION={version} ({commit})"),
        None => println!("cargo::rustc-env=ROLEBOOK_VERSION={version}"),
    }
}

fn main() {
    browser_tools();
    version();
    let dir = manifest_dir().join("locales");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut tags: Vec<String> = std::fs::read_dir(&dir)
        .expect("locales/ is part of the source")
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let tag = name.strip_suffix(".ftl")?;
            let is_tag = !tag.is_empty() && tag.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            is_tag.then(|| tag.to_string())
        })
        .collect();
    // English first: what a language's file lacks is said in English.
    tags.sort_by_key(|t| (t.as_str() != "en", t.clone()));
    assert!(
        tags.first().is_some_and(|t| t == "en"),
        "locales/en.ftl is missing"
    );
    let mut out = String::from(
        "/// Each language: its tag and its message file (English first).\n\
         pub const LOCALES: &[(&str, &str)] = &[\n",
    );
    for tag in &tags {
        let path = dir.join(format!("{tag}.ftl"));
        let _ = writeln!(
            out,
            "    ({tag:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str(
        "];\n\n/// The languages' tags, as `language:` takes them.\npub const TAGS: &[&str] = &[",
    );
    for tag in &tags {
        let _ = write!(out, "{tag:?}, ");
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("locales.rs"), out).expect("OUT_DIR is writable");
}
