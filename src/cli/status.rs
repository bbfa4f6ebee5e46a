//! `rolebook status`: who must read their role again, and what changed in it since they signed.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::process::ExitCode;

use serde::Serialize;

use super::StatusArgs;
use super::diff::ChangeFormat;
use rolebook::compile::{Compiled, compile};
use rolebook::diagnostic::Text;
use rolebook::diff::{self, Change, Renames};
use rolebook::i18n::say;
use rolebook::load;
use rolebook::model::Language;
use rolebook::status::{Standing, status};
use rolebook::text;

/// How many commits back `status` looks for the version a person signed.
const HISTORY: usize = 500;

/// One person who must re-read, with what changed since their signature
/// when the history holds the version they signed.
#[derive(Serialize)]
struct Due<'a> {
    #[serde(flatten)]
    standing: &'a Standing,
    /// The commit whose role they signed (short id), if found.
    since: Option<String>,
    /// What changed in their role since then.
    changes: Vec<Change>,
}

#[derive(Serialize)]
struct Report<'a> {
    due: Vec<Due<'a>>,
    current: Vec<&'a Standing>,
    unsigned: &'a [String],
}

/// The newest commit at which role `role` had `fingerprint` (or the
/// handbook had version `signed`), compiled, from `history` (loaded once each).
fn signed_at<'c>(
    args: &StatusArgs,
    history: &[(String, String)],
    renames: &Renames,
    cache: &'c mut BTreeMap<String, Option<(Compiled, rolebook::model::Handbook)>>,
    p: &Standing,
) -> Option<(String, &'c Compiled)> {
    let mut found = None;
    for (rev, _) in history {
        let entry = cache.entry(rev.clone()).or_insert_with(|| {
            load::git::load_at(&args.roles, rev)
                .ok()
                .map(|l| (compile(&l.handbook), l.handbook))
        });
        let Some((c, hb)) = entry else { continue };
        let matches = c.roles.iter().any(|r| {
            renames.now(&r.id) == p.role
                && rolebook::compile::signature_is_current(&p.signed, r, hb)
        });
        if matches {
            found = Some(rev.clone());
            break;
        }
    }
    let rev = found?;
    let (c, _) = cache.get(&rev)?.as_ref()?;
    Some((rev, c))
}

/// Runs `status`.
pub fn execute(args: &StatusArgs) -> Result<ExitCode, String> {
    let problem = super::problem::said_in(args.lang);
    problem.folder(&args.roles)?;
    let loaded = load::load(&args.roles).map_err(|e| problem.load(e))?;
    let compiled = compile(&loaded.handbook);
    let language = args.lang.unwrap_or(loaded.handbook.settings.language);
    let st = status(&loaded.handbook, &compiled);
    let history = load::git::history(&args.roles, HISTORY).unwrap_or_default();
    let renames = Renames::of(&loaded.handbook);
    let mut cache = BTreeMap::new();
    let mut due = Vec::new();
    for p in st.due() {
        let (since, changes) = match signed_at(args, &history, &renames, &mut cache, p) {
            Some((rev, old)) => {
                let d = diff::diff(old, &compiled, &renames);
                let changes = d
                    .role(&p.role)
                    .map(|r| r.changes.clone())
                    .unwrap_or_default();
                (Some(rev.chars().take(10).collect()), changes)
            }
            None => (None, Vec::new()),
        };
        due.push(Due {
            standing: p,
            since,
            changes,
        });
    }
    let report = Report {
        current: st.people.iter().filter(|p| p.current).collect(),
        due,
        unsigned: &st.unsigned,
    };
    let text = match args.format {
        ChangeFormat::Json => {
            serde_json::to_string_pretty(&report).map_err(|e| e.to_string())? + "\n"
        }
        ChangeFormat::Human => words(&report, false, language),
        ChangeFormat::Markdown => words(&report, true, language),
    };
    out!("{text}")?;
    Ok(ExitCode::SUCCESS)
}

fn words(r: &Report, markdown: bool, language: Language) -> String {
    let w = |t: Text| say(language, &t);
    let mut out = String::new();
    let bullet = if markdown { "- " } else { "  " };
    if markdown {
        let _ = writeln!(out, "## {}\n", w(text!("status-md-title")));
    }
    let head = if r.due.is_empty() {
        text!("status-all-current")
    } else {
        text!("status-due", count = r.due.len())
    };
    let _ = writeln!(out, "{}", w(head));
    for d in &r.due {
        let p = d.standing;
        let line = text!(
            "status-person",
            person = p.person.as_str(),
            title = p.title.as_str(),
            role = p.role.as_str(),
            signed = p.signed.as_str(),
            date = p.date.as_deref().unwrap_or("none"),
            now = p.fingerprint.as_str()
        );
        let _ = writeln!(out, "{bullet}{}", w(line));
        match &d.since {
            Some(rev) => {
                let _ = writeln!(
                    out,
                    "{bullet}  {}",
                    w(text!("status-changed-since", rev = rev.as_str()))
                );
                for c in &d.changes {
                    let _ = writeln!(out, "{bullet}    {}", w(diff::sentence(c)));
                }
            }
            None => {
                let _ = writeln!(out, "{bullet}  {}", w(text!("status-not-in-history")));
            }
        }
    }
    if !r.unsigned.is_empty() {
        let roles = r.unsigned.join(", ");
        let _ = writeln!(out, "\n{}", w(text!("status-unsigned", roles = roles)));
    }
    out
}
