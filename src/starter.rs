//! `rolebook init` and `rolebook schema --write`: the starter handbook and the JSON Schema files editors read.

use std::path::{Path, PathBuf};

use crate::load::schema::{self, json_schema};

/// The JSON Schema of each file kind: (kind, schema).
pub fn schemas() -> Vec<(&'static str, serde_json::Value)> {
    vec![
        (
            "handbook",
            json_schema(&schema::HANDBOOK, "rolebook handbook.yaml"),
        ),
        ("process", json_schema(&schema::PROCESS, "rolebook process")),
        ("role", json_schema(&schema::ROLE, "rolebook role")),
        (
            "acknowledgements",
            json_schema(&schema::ACKNOWLEDGEMENTS, "rolebook acknowledgements.yaml"),
        ),
    ]
}

/// The folder inside a handbook where the schema files live (hidden, so the loader skips it).
pub const SCHEMA_DIR: &str = ".schema";

/// The schema files as (path under the handbook folder, content).
pub fn schema_files() -> Vec<(String, String)> {
    schemas()
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

const HANDBOOK: &str = r#"title: Orders handbook
organization: Example Ltd
language: en
version: "0.1"
external_roles:
  director: Director
artifacts:
  client-card:
    name: Client card
    kept_in: CRM
    fields:
      - Company and contact person
      - Phone and e-mail
      - The need, in the client's own words
  offer:
    name: Commercial offer
    kept_in: Shared drive, folder "Offers"
    fields:
      - Price and terms
      - Valid until
  contract:
    name: Signed contract
    kept_in: Archive
"#;

const PROCESS: &str = r#"name: Orders
description: From the first enquiry to a signed contract.
stages:
  - id: enquiry
    name: Enquiry
    produces: [client-card]
    done_when:
      - The client card is complete in the CRM
    next: [offer]
  - id: offer
    name: Offer
    needs: [client-card]
    produces: [offer]
    done_when:
      - The client has accepted the offer in writing
    next: [contract]
  - id: contract
    name: Contract
    needs: [client-card, offer]
    done_when:
      - Both parties have signed
    final: true
"#;

const SALES: &str = r#"title: Sales manager
summary: Turns enquiries into accepted offers.
reports_to: director
deputy: order-clerk
owns: [enquiry, offer]
duties:
  - Answer every enquiry the same working day
kpis:
  - id: accepted-offers
    name: Offers accepted by clients
    target: 10 a month
    measured_by: CRM report "Offers"
    outcome: offer
pay:
  fixed: Base salary
  variable:
    - kpi: accepted-offers
      rule: A bonus for each accepted offer
handoffs:
  - after: offer
    to: order-clerk
    passes: [client-card, offer]
    deadline: Same working day
    channel: Task in the CRM
    confirm: The clerk reads back the price and the terms
    tell_client: Our order clerk will call you today about the contract.
"#;

const CLERK: &str = r#"title: Order clerk
summary: Prepares and signs the contract.
reports_to: director
deputy: sales-manager
owns: [contract]
kpis:
  - id: signed-contracts
    name: Contracts signed within three days of the offer
    target: 95%
    outcome: contract
pay:
  fixed: Base salary
  variable:
    - kpi: signed-contracts
      rule: A monthly bonus when the target is met
checklists:
  - name: Every working day
    items:
      - Check the CRM for new tasks
"#;

/// The starter handbook's files: (path under the folder, content).
pub fn starter_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = [
        ("handbook.yaml", "handbook", HANDBOOK),
        ("processes/orders.yaml", "process", PROCESS),
        ("sales-manager.yaml", "role", SALES),
        ("order-clerk.yaml", "role", CLERK),
    ]
    .into_iter()
    .map(|(rel, kind, body)| {
        (
            rel.to_string(),
            format!("{}{body}", schema_comment(rel, kind)),
        )
    })
    .collect();
    files.extend(schema_files());
    files
}

/// Writes files under `dir`, refusing (before writing anything) if any already exists.
pub fn write_new(dir: &Path, files: &[(String, String)]) -> Result<Vec<PathBuf>, String> {
    let existing: Vec<String> = files
        .iter()
        .map(|(rel, _)| dir.join(rel))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(format!(
            "refusing to overwrite existing files: {}",
            existing.join(", ")
        ));
    }
    write_all(dir, files)
}

/// Writes files under `dir`, replacing any that exist.
pub fn write_all(dir: &Path, files: &[(String, String)]) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    for (rel, content) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create folder `{}`: {e}", parent.display()))?;
        }
        std::fs::write(&path, content)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}
