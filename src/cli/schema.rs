//! `rolebook schema`: the JSON Schema of each file kind, generated from the loader's own tables.

use std::process::ExitCode;

use super::SchemaArgs;
use rolebook::starter;

/// Runs `schema`.
pub fn execute(args: &SchemaArgs) -> Result<ExitCode, String> {
    let language = args
        .lang
        .or_else(|| args.write.as_deref().and_then(super::handbook_language))
        .unwrap_or_else(|| super::or_locale(None));
    if let Some(dir) = &args.write {
        return super::write_files(dir, &starter::schema_files(language), language);
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
