//! `rolebook init` and `rolebook schema --write`: the starter handbook and the JSON Schema files editors read.

use std::path::{Path, PathBuf};

use crate::load::schema::{self, json_schema};
use crate::model::Language;

/// The JSON Schema of each file kind, the fields' descriptions in
/// `language`: (kind, schema).
pub fn schemas(language: Language) -> Vec<(&'static str, serde_json::Value)> {
    [
        ("handbook", &schema::HANDBOOK, "rolebook handbook.yaml"),
        ("process", &schema::PROCESS, "rolebook process"),
        ("role", &schema::ROLE, "rolebook role"),
        (
            "acknowledgements",
            &schema::ACKNOWLEDGEMENTS,
            "rolebook acknowledgements.yaml",
        ),
        ("people", &schema::PEOPLE, "rolebook people.yaml"),
    ]
    .into_iter()
    .map(|(kind, obj, title)| (kind, json_schema(obj, title, language)))
    .collect()
}

/// The folder inside a handbook where the schema files live (hidden, so the loader skips it).
pub const SCHEMA_DIR: &str = ".schema";

/// The schema files of a handbook in `language`, as (path under the
/// handbook folder, content).
pub fn schema_files(language: Language) -> Vec<(String, String)> {
    schemas(language)
        .into_iter()
        .map(|(kind, s)| {
            let mut text = serde_json::to_string_pretty(&s).unwrap_or_default();
            text.push('\n');
            (format!("{SCHEMA_DIR}/{kind}.schema.json"), text)
        })
        .collect()
}

/// The `# yaml-language-server: $schema=...` line for a file at `rel` (e.g. `processes/sales.yaml`).
pub fn schema_comment(rel: &str, kind: &str) -> String {
    let depth = rel.matches('/').count();
    format!(
        "# yaml-language-server: $schema={}{SCHEMA_DIR}/{kind}.schema.json\n",
        "../".repeat(depth)
    )
}

/// The starter's files, each with its kind: paths under the new handbook's
/// folder and under `src/starter/TAG/`.
const FILES: [(&str, &str); 4] = [
    ("handbook.yaml", "handbook"),
    ("processes/orders.yaml", "process"),
    ("sales-manager.yaml", "role"),
    ("order-clerk.yaml", "role"),
];

/// One language's starter: its tag and the contents of [`FILES`], in order.
type Starter = (&'static str, [&'static str; 4]);

/// The [`Starter`] in `src/starter/TAG/`.
macro_rules! starter {
    ($tag:literal) => {
        (
            $tag,
            [
                include_str!(concat!($tag, "/handbook.yaml")),
                include_str!(concat!($tag, "/processes/orders.yaml")),
                include_str!(concat!($tag, "/sales-manager.yaml")),
                include_str!(concat!($tag, "/order-clerk.yaml")),
            ],
        )
    };
}

/// The starter handbook in each language it is written in (its specs' own
/// words: two roles and one process), English first.
const STARTERS: [Starter; 2] = [starter!("en"), starter!("ru")];

/// The starter handbook's files in `language`, or in English where it has
/// none: (path under the folder, content).
pub fn starter_files(language: Language) -> Vec<(String, String)> {
    let (_, bodies) = STARTERS
        .iter()
        .find(|(tag, _)| *tag == language.tag())
        .unwrap_or(&STARTERS[0]);
    let mut files: Vec<(String, String)> = FILES
        .iter()
        .zip(bodies)
        .map(|(&(rel, kind), body)| {
            (
                rel.to_string(),
                format!("{}{body}", schema_comment(rel, kind)),
            )
        })
        .collect();
    files.extend(schema_files(language));
    files
}

/// Those of `files` that already exist under `dir`, as paths to show (a
/// symbolic link, even one to nothing, exists).
pub fn existing(dir: &Path, files: &[(String, String)]) -> Vec<String> {
    files
        .iter()
        .map(|(rel, _)| dir.join(rel))
        .filter(|p| p.symlink_metadata().is_ok())
        .map(|p| p.display().to_string())
        .collect()
}

/// The symbolic links that writing `files` under `dir` would go through:
/// a file that is a link, or a folder under `dir` on its way that is one
/// (a cloned repository's `.schema/role.schema.json -> ~/.bashrc`).
pub fn links(dir: &Path, files: &[(String, String)]) -> Vec<String> {
    let mut found: Vec<String> = files
        .iter()
        .flat_map(|(rel, _)| {
            let mut path = dir.to_path_buf();
            rel.split('/')
                .map(move |part| {
                    path.push(part);
                    path.clone()
                })
                .collect::<Vec<_>>()
        })
        .filter(|p| {
            p.symlink_metadata()
                .is_ok_and(|m| m.file_type().is_symlink())
        })
        .map(|p| p.display().to_string())
        .collect();
    found.dedup();
    found
}

/// Writes files under `dir`, replacing any that exist: each written to a
/// new file beside it and renamed into place, so a link that appears
/// meanwhile is replaced, never written through. Callers refuse [`links`]
/// first.
pub fn write_all(dir: &Path, files: &[(String, String)]) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    for (rel, content) in files {
        let path = dir.join(rel);
        let parent = path.parent().unwrap_or(dir);
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create folder `{}`: {e}", parent.display()))?;
        crate::output::write_file(&path, content.as_bytes())
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}
