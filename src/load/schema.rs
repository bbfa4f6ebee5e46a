//! The handbook format as data: one table per object, used both to validate files and to print the JSON Schema.
//!
//! Keeping the shapes in one place means `rolebook schema` can never drift
//! from what the loader accepts: both read [`HANDBOOK`], [`PROCESS`] and
//! [`ROLE`].

use serde_json::{Map, Value as Json, json};

use super::yaml::{Node, ScalarKind, Value};
use crate::check::rules::{RULES, Rule};
use crate::diagnostic::{Finding, Loc, did_you_mean};

/// The shape a value must have.
#[derive(Debug)]
pub enum Ty {
    /// One line of plain text (any scalar).
    Text,
    /// Markdown text (any scalar).
    Markdown,
    /// A link: http, https, mailto or relative (the `unsafe-link` rule).
    Url,
    /// An id: `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters.
    Id,
    /// `true` or `false`.
    Bool,
    /// A whole number from 0 to 100.
    Percent,
    /// One of a few words.
    Enum(&'static [&'static str]),
    /// A list of values of one shape.
    List(&'static Ty),
    /// A mapping with known keys.
    Obj(&'static Obj),
    /// A mapping whose keys are ids, each with a value of one shape.
    IdMap(&'static Ty),
    /// `checks:`: rule id -> error | warning | off.
    RuleMap,
}

/// One key of an object.
#[derive(Debug)]
pub struct Field {
    /// The key.
    pub name: &'static str,
    /// The shape of its value.
    pub ty: Ty,
    /// Whether it must be present.
    pub required: bool,
    /// What it means (shown by editors from the JSON Schema).
    pub doc: &'static str,
}

/// A mapping with known keys.
#[derive(Debug)]
pub struct Obj {
    /// A name for messages, e.g. "handoff".
    pub name: &'static str,
    /// Its keys.
    pub fields: &'static [Field],
}

const fn f(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        name,
        ty,
        required: false,
        doc,
    }
}

const fn req(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        name,
        ty,
        required: true,
        doc,
    }
}

const IDS: Ty = Ty::List(&Ty::Id);
const MARKDOWN_LIST: Ty = Ty::List(&Ty::Markdown);

/// An artifact in `handbook.yaml`.
pub static ARTIFACT: Obj = Obj {
    name: "artifact",
    fields: &[
        req("name", Ty::Text, "Human name, e.g. \"Client card\"."),
        f("description", Ty::Markdown, "What it is for (Markdown)."),
        f(
            "kept_in",
            Ty::Text,
            "Where it lives: the CRM, the shared drive, the archive.",
        ),
        f(
            "external",
            Ty::Bool,
            "true: it arrives from outside, so no stage needs to produce it.",
        ),
        f(
            "fields",
            MARKDOWN_LIST,
            "What a complete one contains; each becomes a checklist item at handoffs.",
        ),
    ],
};

/// `handbook.yaml`.
pub static HANDBOOK: Obj = Obj {
    name: "handbook",
    fields: &[
        req("title", Ty::Text, "Title of the handbook."),
        f("organization", Ty::Text, "The organisation it belongs to."),
        f(
            "description",
            Ty::Markdown,
            "Introduction shown on the index page (Markdown).",
        ),
        f(
            "language",
            Ty::Enum(&["en", "ru"]),
            "Language of the site's own words: en or ru.",
        ),
        f("version", Ty::Text, "Shown on every page."),
        f(
            "edit_url",
            Ty::Url,
            "Edit link for each page; {path} is the file path under the handbook folder.",
        ),
        f(
            "search",
            Ty::Bool,
            "Full-text search box and index (default true); false for a site with no JavaScript at all.",
        ),
        f(
            "external_roles",
            Ty::IdMap(&Ty::Text),
            "People outside the handbook who may be named in reports_to: id -> name.",
        ),
        f(
            "artifacts",
            Ty::IdMap(&Ty::Obj(&ARTIFACT)),
            "What moves between stages: documents, records, goods.",
        ),
        f(
            "checks",
            Ty::RuleMap,
            "Severity overrides: rule id -> error | warning | off.",
        ),
    ],
};

/// A stage of a process.
pub static STAGE: Obj = Obj {
    name: "stage",
    fields: &[
        req("id", Ty::Id, "Stage id, unique across the handbook."),
        req("name", Ty::Text, "Human name."),
        f(
            "description",
            Ty::Markdown,
            "What happens in this stage (Markdown).",
        ),
        f("needs", IDS, "Artifact ids this stage starts from."),
        f("produces", IDS, "Artifact ids it creates or completes."),
        f(
            "done_when",
            MARKDOWN_LIST,
            "Exit criteria; they become checklist items for the owner.",
        ),
        f(
            "next",
            IDS,
            "Stage ids that follow (any process); branching allowed.",
        ),
        f("final", Ty::Bool, "true: the process may end here."),
    ],
};

/// `processes/<id>.yaml`.
pub static PROCESS: Obj = Obj {
    name: "process",
    fields: &[
        req("name", Ty::Text, "Human name of the process."),
        f(
            "description",
            Ty::Markdown,
            "What the process is for (Markdown).",
        ),
        f(
            "start",
            Ty::Id,
            "The first stage; default: the first in the list.",
        ),
        req(
            "stages",
            Ty::List(&Ty::Obj(&STAGE)),
            "The stages, in reading order.",
        ),
    ],
};

/// A KPI of a role.
pub static KPI: Obj = Obj {
    name: "KPI",
    fields: &[
        req("id", Ty::Id, "KPI id, unique within the role."),
        req("name", Ty::Text, "What is measured."),
        f("target", Ty::Text, "The target, e.g. \"8 a month\"."),
        f("measured_by", Ty::Text, "Where the figure comes from."),
        f(
            "outcome",
            Ty::Id,
            "Artifact id: the result this KPI pays for.",
        ),
    ],
};

/// A variable part of pay.
pub static VARIABLE_PAY: Obj = Obj {
    name: "variable pay item",
    fields: &[
        req("kpi", Ty::Id, "KPI id of this role."),
        req(
            "rule",
            Ty::Markdown,
            "How the KPI turns into money (Markdown).",
        ),
    ],
};

/// `pay:` of a role.
pub static PAY: Obj = Obj {
    name: "pay",
    fields: &[
        f("fixed", Ty::Markdown, "The fixed part (Markdown)."),
        f(
            "variable",
            Ty::List(&Ty::Obj(&VARIABLE_PAY)),
            "Variable parts, each tied to a KPI.",
        ),
    ],
};

/// A handoff from a role's stage to the next owner.
pub static HANDOFF: Obj = Obj {
    name: "handoff",
    fields: &[
        req("after", Ty::Id, "A stage this role owns."),
        req("to", Ty::Id, "The role that owns the next stage."),
        req("passes", IDS, "Artifact ids handed over."),
        f("deadline", Ty::Text, "By when."),
        f(
            "channel",
            Ty::Text,
            "How: a CRM task, in person, by e-mail.",
        ),
        f(
            "actions",
            MARKDOWN_LIST,
            "What the receiver does first (Markdown).",
        ),
        f(
            "confirm",
            Ty::Markdown,
            "The read-back before the sender lets go.",
        ),
        f(
            "tell_client",
            Ty::Markdown,
            "How the client meets the next person (Markdown).",
        ),
    ],
};

/// A checklist of a role.
pub static CHECKLIST: Obj = Obj {
    name: "checklist",
    fields: &[
        req("name", Ty::Text, "Name of the list."),
        f("when", Ty::Text, "When to go through it."),
        req("items", MARKDOWN_LIST, "Items to tick (Markdown)."),
    ],
};

/// `<role-id>.yaml`.
pub static ROLE: Obj = Obj {
    name: "role",
    fields: &[
        req("title", Ty::Text, "Job title."),
        f("summary", Ty::Text, "One line: what the role is for."),
        f("purpose", Ty::Markdown, "Why the role exists (Markdown)."),
        f("reports_to", Ty::Id, "Role id or external role id."),
        f("deputy", Ty::Id, "Role id that stands in during absence."),
        f("owns", IDS, "Stages this role is accountable for (RACI A)."),
        f("supports", IDS, "Stages it takes part in (RACI C)."),
        f("informed", IDS, "Stages it must hear about (RACI I)."),
        f("duties", MARKDOWN_LIST, "Duties beyond the owned stages."),
        f(
            "not_responsible_for",
            MARKDOWN_LIST,
            "Work this role must NOT take on.",
        ),
        f(
            "rights",
            MARKDOWN_LIST,
            "What the role may decide or demand.",
        ),
        f(
            "qualification",
            MARKDOWN_LIST,
            "What the holder must know and be able to do.",
        ),
        f(
            "kpis",
            Ty::List(&Ty::Obj(&KPI)),
            "Key performance indicators with targets.",
        ),
        f(
            "pay",
            Ty::Obj(&PAY),
            "Fixed and variable pay, each variable part tied to a KPI.",
        ),
        f(
            "time_budget",
            Ty::IdMap(&Ty::Percent),
            "Percent of working time per owned or supported stage, or `other`; adds up to 100.",
        ),
        f(
            "handoffs",
            Ty::List(&Ty::Obj(&HANDOFF)),
            "What this role hands over after its stages.",
        ),
        f(
            "checklists",
            Ty::List(&Ty::Obj(&CHECKLIST)),
            "The role's own routine lists.",
        ),
    ],
};

/// True when `id` follows the id rule.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Explains why an id is invalid, with a corrected spelling where one exists.
pub fn invalid_id_help(id: &str) -> String {
    let fixed: String = id
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let mut help =
        "ids use lowercase letters a-z, digits and single hyphens, at most 64 characters"
            .to_string();
    if is_valid_id(&fixed) && fixed != id {
        help.push_str(&format!("; try `{fixed}`"));
    }
    help
}

/// Turns a node position into a [`Loc`] in file `file`.
pub fn loc(file: u32, node: &Node) -> Loc {
    Loc {
        file,
        line: node.pos.line,
        col: node.pos.col,
        start: node.pos.start,
        len: node.pos.len,
    }
}

/// Checks `node` against `ty`, reporting every mismatch.
pub fn validate(file: u32, node: &Node, ty: &Ty, out: &mut Vec<Finding>) {
    let wrong = |expected: &str| {
        Finding::new(
            Rule::WrongType,
            loc(file, node),
            format!("expected {expected}, found {}", node.shape()),
        )
        .label(format!("should be {expected}"))
    };
    match ty {
        Ty::Text | Ty::Markdown | Ty::Url => {
            if !matches!(node.value, Value::Scalar { .. }) {
                out.push(wrong("a text").help(
                    "write the value on one line, or as a block after `|`; quote it if it contains `: `",
                ));
            }
            let text = node.text().unwrap_or_default();
            let refused = match ty {
                Ty::Url if !crate::markdown::is_safe_url(text) => vec![text.to_string()],
                Ty::Url => Vec::new(),
                _ => crate::markdown::unsafe_links(text),
            };
            for url in refused {
                out.push(
                    Finding::new(
                        Rule::UnsafeLink,
                        loc(file, node),
                        format!("the link `{url}` is not http, https, mailto or relative"),
                    )
                    .label("unsafe link")
                    .help("link to an http(s) page, a mailto: address or a relative path; this link is left off the site"),
                );
            }
        }
        Ty::Id => match node.text() {
            Some(id) if is_valid_id(id) => {}
            Some(id) => out.push(
                Finding::new(
                    Rule::InvalidId,
                    loc(file, node),
                    format!("`{id}` is not a valid id"),
                )
                .label("invalid id")
                .help(invalid_id_help(id)),
            ),
            None => out.push(wrong("an id")),
        },
        Ty::Bool => {
            if !matches!(
                node.value,
                Value::Scalar {
                    kind: ScalarKind::Bool,
                    ..
                }
            ) {
                out.push(wrong("true or false"));
            }
        }
        Ty::Percent => match &node.value {
            Value::Scalar { int: Some(i), .. } if (0..=100).contains(i) => {}
            _ => out.push(wrong("a whole number from 0 to 100")),
        },
        Ty::Enum(words) => match node.text() {
            Some(w) if words.contains(&w) => {}
            _ => out.push(
                wrong(&format!("one of {}", words.join(", "))).maybe_help(
                    node.text()
                        .and_then(|w| did_you_mean(w, words.iter().copied())),
                ),
            ),
        },
        Ty::List(item) => match &node.value {
            Value::Null => {}
            Value::Seq(items) => {
                for i in items {
                    validate(file, i, item, out);
                }
            }
            _ => out
                .push(wrong("a list").help("write it as `[a, b]` or as lines starting with `- `")),
        },
        Ty::Obj(obj) => validate_obj(file, node, obj, out),
        Ty::IdMap(value) => match &node.value {
            Value::Null => {}
            Value::Map(entries) => {
                for (i, (k, v)) in entries.iter().enumerate() {
                    validate(file, k, &Ty::Id, out);
                    if let Some(first) = repeated_before(entries, i) {
                        out.push(
                            Finding::new(
                                Rule::DuplicateId,
                                loc(file, k),
                                format!(
                                    "`{}` is defined twice in this mapping",
                                    k.text().unwrap_or_default()
                                ),
                            )
                            .label("second definition")
                            .help(format!(
                                "the first is on line {}; rename or remove one",
                                first.pos.line
                            )),
                        );
                    }
                    validate(file, v, value, out);
                }
            }
            _ => out.push(wrong("a mapping of id: value")),
        },
        Ty::RuleMap => match &node.value {
            Value::Null => {}
            Value::Map(entries) => {
                for (i, (k, v)) in entries.iter().enumerate() {
                    let name = k.text().unwrap_or_default();
                    if Rule::from_id(name).is_none() {
                        out.push(
                            Finding::new(
                                Rule::UnknownField,
                                loc(file, k),
                                format!("`{name}` is not a rule of rolebook"),
                            )
                            .label("unknown rule")
                            .maybe_help(
                                did_you_mean(name, RULES.iter().map(|r| r.id))
                                    .or_else(|| Some("`rolebook explain` lists the rules".into())),
                            ),
                        );
                    }
                    if repeated_before(entries, i).is_some() {
                        out.push(duplicate_key(file, k));
                    }
                    if !matches!(v.text(), Some("error" | "warning" | "off")) {
                        out.push(
                            Finding::new(
                                Rule::WrongType,
                                loc(file, v),
                                format!(
                                    "severity must be error, warning or off, found {}",
                                    describe(v)
                                ),
                            )
                            .label("unknown severity"),
                        );
                    }
                }
            }
            _ => out.push(wrong("a mapping of rule: severity")),
        },
    }
}

fn describe(node: &Node) -> String {
    node.text()
        .map_or_else(|| node.shape().to_string(), |t| format!("`{t}`"))
}

fn repeated_before(entries: &[(Node, Node)], i: usize) -> Option<&Node> {
    let key = entries[i].0.text()?;
    entries[..i]
        .iter()
        .map(|(k, _)| k)
        .find(|k| k.text() == Some(key))
}

fn duplicate_key(file: u32, k: &Node) -> Finding {
    Finding::new(
        Rule::YamlSyntax,
        loc(file, k),
        format!(
            "key `{}` appears twice in one mapping",
            k.text().unwrap_or_default()
        ),
    )
    .label("repeated key")
    .help("YAML keeps only one value per key: merge the two entries")
}

/// Checks a mapping against an object table.
pub fn validate_obj(file: u32, node: &Node, obj: &Obj, out: &mut Vec<Finding>) {
    let Value::Map(entries) = &node.value else {
        let found = node.shape();
        out.push(
            Finding::new(
                Rule::WrongType,
                loc(file, node),
                format!("a {} must be a mapping of keys, found {found}", obj.name),
            )
            .label("expected a mapping"),
        );
        return;
    };
    for (i, (k, v)) in entries.iter().enumerate() {
        let Some(key) = k.text() else {
            out.push(Finding::new(
                Rule::WrongType,
                loc(file, k),
                "a key must be a plain word",
            ));
            continue;
        };
        match obj.fields.iter().find(|fl| fl.name == key) {
            Some(field) => {
                if repeated_before(entries, i).is_some() {
                    out.push(duplicate_key(file, k));
                } else if matches!(v.value, Value::Null) && field.required {
                    out.push(
                        Finding::new(
                            Rule::MissingField,
                            loc(file, k),
                            format!("`{key}` of this {} has no value", obj.name),
                        )
                        .label("empty"),
                    );
                } else if !matches!(v.value, Value::Null) {
                    validate(file, v, &field.ty, out);
                }
            }
            None => out.push(
                Finding::new(
                    Rule::UnknownField,
                    loc(file, k),
                    format!("unknown key `{key}` in a {}", obj.name),
                )
                .label("unknown key")
                .help(
                    match did_you_mean(key, obj.fields.iter().map(|fl| fl.name)) {
                        Some(s) => s,
                        None => format!(
                            "the keys of a {} are: {}",
                            obj.name,
                            obj.fields
                                .iter()
                                .map(|fl| fl.name)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    },
                ),
            ),
        }
    }
    for field in obj.fields.iter().filter(|fl| fl.required) {
        if !entries.iter().any(|(k, _)| k.text() == Some(field.name)) {
            out.push(
                Finding::new(
                    Rule::MissingField,
                    loc(file, node),
                    format!("this {} has no `{}`", obj.name, field.name),
                )
                .label(format!("`{}` missing here", field.name))
                .help(format!(
                    "add `{}:` ({})",
                    field.name,
                    field.doc.trim_end_matches('.')
                )),
            );
        }
    }
}

/// The JSON Schema (draft 2020-12) of one file kind.
pub fn json_schema(obj: &Obj, title: &str) -> Json {
    let mut schema = obj_schema(obj);
    if let Json::Object(m) = &mut schema {
        m.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        m.insert("title".into(), json!(title));
    }
    schema
}

fn obj_schema(obj: &Obj) -> Json {
    let mut props = Map::new();
    for field in obj.fields {
        let mut s = ty_schema(&field.ty);
        if let Json::Object(m) = &mut s {
            m.insert("description".into(), json!(field.doc));
        }
        props.insert(field.name.into(), s);
    }
    let required: Vec<&str> = obj
        .fields
        .iter()
        .filter(|fl| fl.required)
        .map(|fl| fl.name)
        .collect();
    json!({
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": false,
    })
}

const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

fn ty_schema(ty: &Ty) -> Json {
    match ty {
        Ty::Text | Ty::Markdown => json!({ "type": ["string", "number", "boolean"] }),
        Ty::Url => json!({
            "type": "string",
            "pattern": "^(https?:|mailto:|[^:]*$|[^:]*[/?#])",
        }),
        Ty::Id => json!({ "type": "string", "pattern": ID_PATTERN, "maxLength": 64 }),
        Ty::Bool => json!({ "type": "boolean" }),
        Ty::Percent => json!({ "type": "integer", "minimum": 0, "maximum": 100 }),
        Ty::Enum(words) => json!({ "enum": words }),
        Ty::List(item) => json!({ "type": ["array", "null"], "items": ty_schema(item) }),
        Ty::Obj(obj) => obj_schema(obj),
        Ty::IdMap(value) => json!({
            "type": ["object", "null"],
            "propertyNames": { "pattern": ID_PATTERN, "maxLength": 64 },
            "additionalProperties": ty_schema(value),
        }),
        Ty::RuleMap => {
            let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
            json!({
                "type": ["object", "null"],
                "propertyNames": { "enum": ids },
                "additionalProperties": { "enum": ["error", "warning", "off"] },
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_rule() {
        for ok in ["a", "client-service", "a1-b2", "2024"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in [
            "",
            "A",
            "a--b",
            "-a",
            "a-",
            "../x",
            "a_b",
            "a b",
            &"x".repeat(65),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn invalid_id_help_suggests_a_spelling() {
        assert!(invalid_id_help("Client Service").ends_with("try `client-service`"));
    }
}
