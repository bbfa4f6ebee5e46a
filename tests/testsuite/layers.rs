//! The module graph: each module of the library uses only modules below it in the pipeline, so data flows one way and no two modules depend on each other.

use std::collections::BTreeSet;

use crate::support::repo;

/// The library's modules, lowest first: each may use only those before it.
/// `compile` comes before `check` (a rule may read compiled roles), and
/// neither knows the other's consumers: `compile` never uses `check`.
const LAYERS: &[&str] = &[
    "rules",
    "markdown",
    "synth",
    "diagnostic",
    "i18n",
    "model",
    "load",
    "compile",
    "check",
    "report",
    "status",
    "diff",
    "revisions",
    "render",
    "export",
    "output",
    "search",
    "build",
    "serve",
    "starter",
];

/// The modules `module` names in code (`crate::X`), comments left out.
fn uses(module: &str) -> BTreeSet<String> {
    let src = repo().join("src");
    let folder = src.join(module);
    let files: Vec<std::path::PathBuf> = if folder.is_dir() {
        walkdir::WalkDir::new(&folder)
            .into_iter()
            .map(|e| e.expect("walk").into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect()
    } else {
        vec![src.join(format!("{module}.rs"))]
    };
    let mut found = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read");
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (i, _) in line.match_indices("crate::") {
                let name: String = line[i + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if name != module && LAYERS.contains(&name.as_str()) {
                    found.insert(name);
                }
            }
        }
    }
    found
}

#[test]
fn every_module_uses_only_the_modules_below_it() {
    let mut wrong = Vec::new();
    for (at, module) in LAYERS.iter().enumerate() {
        for used in uses(module) {
            let below = LAYERS
                .iter()
                .position(|m| *m == used)
                .is_some_and(|u| u < at);
            if !below {
                wrong.push(format!("{module} uses {used}"));
            }
        }
    }
    assert!(wrong.is_empty(), "against the pipeline's order: {wrong:#?}");
    // The edge this test was written for.
    assert!(!uses("compile").contains("check"));
    assert!(uses("check").contains("compile"), "the test reads the code");
}

#[test]
fn every_module_of_the_library_is_in_the_order() {
    let lib = std::fs::read_to_string(repo().join("src/lib.rs")).expect("lib.rs");
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    for m in &declared {
        assert!(
            LAYERS.contains(m),
            "src/lib.rs declares `{m}`, not in LAYERS"
        );
    }
    assert_eq!(declared.len(), LAYERS.len());
}
