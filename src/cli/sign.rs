//! `rolebook sign PERSON ROLE`: adds a line to `acknowledgements.yaml` with the role's fingerprint now, so nobody types one by hand.
//!
//! The line is appended as text (the file's comments and order stay as
//! they are), then the new file is read back by the loader before it
//! replaces the old one: a file the line cannot join is left alone, and
//! the line is printed to add by hand.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::SignArgs;
use rolebook::compile::compile;
use rolebook::diagnostic::Severity;
use rolebook::i18n::say;
use rolebook::load;
use rolebook::text;

/// The file the line goes into.
const FILE: &str = "acknowledgements.yaml";

/// `text` as a YAML double-quoted scalar (JSON's escapes are YAML's).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// The entry, as lines indented by `indent` spaces.
fn entry(
    args: &SignArgs,
    role: &str,
    fingerprint: &str,
    day: jiff::civil::Date,
    indent: usize,
) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    let _ = writeln!(out, "{pad}- person: {}", quoted(args.person.trim()));
    let _ = writeln!(out, "{pad}  role: {role}");
    let _ = writeln!(out, "{pad}  signed: {fingerprint}");
    let _ = writeln!(out, "{pad}  date: {day}");
    if let Some(by) = &args.trained_by {
        let _ = writeln!(
            out,
            "{pad}  trained: {{date: {day}, by: {}}}",
            quoted(by.trim())
        );
    }
    if args.self_check {
        let _ = writeln!(out, "{pad}  self_check: {day}");
    }
    out
}

/// The indent of the list items of `signatures:` in `text`: that of its
/// last line that opens an item (`- `), else two spaces.
fn item_indent(text: &str) -> usize {
    text.lines()
        .rev()
        .find(|l| l.trim_start().starts_with("- "))
        .map_or(2, |l| l.len() - l.trim_start().len())
}

/// Runs `sign`.
pub fn execute(args: &SignArgs) -> Result<ExitCode, String> {
    let problem = super::problem::said_in(args.lang);
    problem.folder(&args.roles)?;
    let loaded = load::load(&args.roles).map_err(|e| problem.load(e))?;
    let hb = &loaded.handbook;
    let language = args.lang.unwrap_or(hb.settings.language);
    let fail = |t: rolebook::diagnostic::Text| Err(say(language, &t));
    let person = args.person.trim();
    if person.is_empty() || person.chars().any(char::is_control) {
        return fail(text!("sign-bad-person"));
    }
    if args
        .trained_by
        .as_deref()
        .is_some_and(|b| b.trim().is_empty() || b.chars().any(char::is_control))
    {
        return fail(text!("sign-bad-trainer"));
    }
    // A role's earlier id is taken for the role it became.
    let id = hb.role_now(&args.role);
    let compiled = compile(hb, rolebook::model::today());
    let Some(role) = compiled.roles.iter().find(|r| r.id == id) else {
        let known: Vec<&str> = compiled.roles.iter().map(|r| r.id.as_str()).collect();
        return fail(text!(
            "sign-unknown-role",
            role = args.role.as_str(),
            roles = known.join(", ")
        ));
    };
    let path = args.roles.join(FILE);
    if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
        return fail(text!("sign-not-a-file", path = path.display().to_string()));
    }
    // What the file says now, as the loader read it.
    let file = hb.files.iter().position(|f| f.rel == FILE);
    if let Some(i) = file
        && loaded
            .findings
            .iter()
            .any(|f| f.loc.file as usize == i && f.severity == Severity::Error)
    {
        return fail(text!("status-broken-file"));
    }
    let old = match file {
        Some(_) => {
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => String::new(),
    };
    let day = args.date.unwrap_or_else(rolebook::model::today);
    let same = hb.signatures.iter().find(|s| {
        s.person.trim() == person
            && hb.role_now(s.role.as_str()) == role.id
            && rolebook::compile::signature_is_current(&s.signed, role, hb)
            && (args.trained_by.is_none() || s.trained.is_some())
            && (!args.self_check || s.self_check.is_some())
    });
    if same.is_some() {
        outln!(
            "{}",
            say(
                language,
                &text!(
                    "sign-already",
                    person = person,
                    title = role.title.as_str(),
                    fingerprint = role.fingerprint.as_str()
                )
            )
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let indent = if old.is_empty() { 2 } else { item_indent(&old) };
    let line = entry(args, &role.id, &role.fingerprint, day, indent);
    // `signatures: []`, the empty list as `init` might leave it, opens as a
    // block list.
    let old = if hb.signatures.is_empty() {
        old.lines()
            .map(|l| {
                if l.trim_end() == "signatures: []" {
                    "signatures:"
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        old
    };
    let new = if old.trim().is_empty() {
        format!("signatures:\n{line}")
    } else if old.ends_with('\n') {
        format!("{old}{line}")
    } else {
        format!("{old}\n{line}")
    };
    // Read back before writing: one more signature, and nothing broken.
    let back = load::load_files(
        &args.roles,
        vec![(FILE.into(), Ok(new.clone().into_bytes()))],
    );
    let at = back.handbook.files.iter().position(|f| f.rel == FILE);
    let joined = back.handbook.signatures.len() == hb.signatures.len() + 1
        && !back
            .findings
            .iter()
            .any(|f| Some(f.loc.file as usize) == at && f.severity == Severity::Error);
    if !joined {
        return fail(text!(
            "sign-cannot-append",
            path = path.display().to_string(),
            line = line
        ));
    }
    rolebook::output::write_file(&path, new.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let (title, fingerprint) = (role.title.as_str(), role.fingerprint.as_str());
    let path = path.display().to_string();
    let said = match &args.trained_by {
        Some(by) => text!(
            "sign-wrote-trained",
            person = person,
            title = title,
            fingerprint = fingerprint,
            path = path,
            by = by.trim()
        ),
        None => text!(
            "sign-wrote",
            person = person,
            title = title,
            fingerprint = fingerprint,
            path = path
        ),
    };
    outln!("{}", say(language, &said))?;
    Ok(ExitCode::SUCCESS)
}
