//! `rolebook schema`: the JSON Schema of each file kind, generated from the loader's own tables.

use std::process::ExitCode;

use super::SchemaArgs;
use rolebook::i18n::say;
use rolebook::{starter, text};

/// Runs `schema`.
pub fn execute(args: &SchemaArgs) -> Result<ExitCode, String> {
    let language = args
        .lang
        .or_else(|| args.write.as_deref().and_then(super::handbook_language))
        .unwrap_or_else(|| super::or_locale(None));
    if let Some(dir) = &args.write {
        let files = starter::schema_files(language);
        let links = starter::links(dir, &files);
        if !links.is_empty() {
            let files = links.join(", ");
            return Err(say(language, &text!("write-refuses-link", files = files)));
        }
        for path in starter::write_all(dir, &files)? {
            let path = path.display().to_string();
            outln!("{}", say(language, &text!("wrote-file", path = path)))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let all = starter::schemas(language);
    let value = match &args.kind {
        Some(kind) => all
            .into_iter()
            .find(|(k, _)| k == kind)
            .map(|(_, s)| s)
            .ok_or_else(|| format!("no schema for `{kind}`"))?,
        None => {
            serde_json::Value::Object(all.into_iter().map(|(k, s)| (k.to_string(), s)).collect())
        }
    };
    outln!(
        "{}",
        serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?
    )?;
    Ok(ExitCode::SUCCESS)
}
