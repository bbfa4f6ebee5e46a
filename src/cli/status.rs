//! `rolebook status`: who must read their role again, and what changed in it since they signed.

use std::fmt::Write;
use std::process::ExitCode;

use serde::Serialize;

use super::StatusArgs;
use super::diff::ChangeFormat;
use rolebook::compile::{Compiled, compile};
use rolebook::diagnostic::{Severity, Text};
use rolebook::diff::{self, Change, Renames};
use rolebook::i18n::say;
use rolebook::load;
use rolebook::model::{Kind, Language};
use rolebook::report::Format;
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
    /// That commit as a reader knows it: its day and description.
    #[serde(skip)]
    since_said: Option<String>,
    /// What changed in their role since then.
    changes: Vec<Change>,
}

#[derive(Serialize)]
struct Report<'a> {
    due: Vec<Due<'a>>,
    current: Vec<&'a Standing>,
    unsigned: &'a [String],
    /// People not trained on the current version of their role.
    untrained: &'a [rolebook::status::Untrained],
    /// The same roles by title, for people: "Courier (courier)".
    #[serde(skip)]
    unsigned_titled: Vec<String>,
}

/// Where each person due signed, found in `history` (newest first): the
/// commit (short id) at which their role had the fingerprint they signed,
/// or the handbook the version, and what changed in the role since then.
///
/// One pass over the history for everyone: each distinct handbook folder
/// (commits that did not touch it share its tree) is loaded and compiled
/// once, compared, and dropped before the next, so memory holds one earlier
/// handbook at a time; a signature that is no fingerprint (not 12 hex
/// digits) can only be a version, and for that `handbook.yaml` alone is read.
fn signed_at(
    roles: &std::path::Path,
    history: &[load::git::Commit],
    renames: &Renames,
    compiled: &Compiled,
    due: &[&Standing],
) -> Vec<Option<(String, Vec<Change>)>> {
    let mut found: Vec<Option<(String, Vec<Change>)>> = vec![None; due.len()];
    let Ok(repo) = load::git::Repo::open(roles) else {
        return found;
    };
    let fingerprints = due.iter().any(|p| is_fingerprint(&p.signed));
    let mut seen = std::collections::BTreeSet::new();
    for commit in history {
        if found.iter().all(Option::is_some) {
            break;
        }
        let Some(folder) = &commit.folder else {
            continue;
        };
        if !seen.insert(folder.clone()) {
            continue;
        }
        if !fingerprints && !version_matches(&repo, &commit.id, due, &found) {
            continue;
        }
        let Ok(old) = repo.load_at(&commit.id) else {
            continue;
        };
        let old_compiled = compile(&old.handbook, rolebook::model::today());
        let mut changes = None;
        for (i, p) in due.iter().enumerate() {
            if found[i].is_some() {
                continue;
            }
            let matches = old_compiled.roles.iter().any(|r| {
                renames.now(Kind::Role, &r.id) == p.role
                    && rolebook::compile::signature_is_current(&p.signed, r, &old.handbook)
            });
            if matches {
                let d = changes.get_or_insert_with(|| diff::diff(&old_compiled, compiled, renames));
                let role = d
                    .role(&p.role)
                    .map(|r| r.changes.clone())
                    .unwrap_or_default();
                found[i] = Some((commit.id.chars().take(10).collect(), role));
            }
        }
    }
    found
}

/// Whether `signed` has the form of a role's fingerprint.
fn is_fingerprint(signed: &str) -> bool {
    let s = signed.trim();
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether the handbook at `commit` has the version someone not yet found
/// signed (every signature due being a version): only its `handbook.yaml`
/// is read.
fn version_matches(
    repo: &load::git::Repo,
    commit: &str,
    due: &[&Standing],
    found: &[Option<(String, Vec<Change>)>],
) -> bool {
    let Ok(version) = repo.version_at(commit) else {
        return false;
    };
    due.iter()
        .zip(found)
        .any(|(p, f)| f.is_none() && version.as_deref() == Some(p.signed.trim()))
}

/// Runs `status`.
pub fn execute(args: &StatusArgs) -> Result<ExitCode, String> {
    let problem = super::problem::said_in(args.lang);
    problem.folder(&args.roles)?;
    let loaded = load::load(&args.roles).map_err(|e| problem.load(e))?;
    let language = args.lang.unwrap_or(loaded.handbook.settings.language);
    // Without a readable acknowledgements.yaml there is nothing to report on:
    // say so, rather than that everyone is current.
    let hb = &loaded.handbook;
    let Some(file) = hb
        .files
        .iter()
        .position(|f| f.rel == "acknowledgements.yaml")
    else {
        let missing = text!(
            "status-no-file",
            file = args
                .roles
                .join("acknowledgements.yaml")
                .display()
                .to_string()
        );
        match args.format {
            ChangeFormat::Json => out!("{{\"acknowledgements\": \"missing\"}}\n")?,
            _ => out!("{}\n", say(language, &missing))?,
        }
        return Ok(ExitCode::SUCCESS);
    };
    let broken: Vec<_> = loaded
        .findings
        .iter()
        .filter(|f| f.loc.file as usize == file && f.severity == Severity::Error)
        .cloned()
        .collect();
    if !broken.is_empty() {
        let shown = rolebook::check::Report { findings: broken };
        let findings = rolebook::report::render(hb, &shown, Format::Human, false, language);
        err!(
            "{findings}{}\n",
            say(language, &text!("status-broken-file"))
        );
        return Ok(ExitCode::from(1));
    }
    let compiled = compile(&loaded.handbook, rolebook::model::today());
    let st = status(&loaded.handbook, &compiled);
    let history = load::git::history(&args.roles, HISTORY).unwrap_or_default();
    let renames = Renames::of(&loaded.handbook);
    let people: Vec<&Standing> = st.due().collect();
    let found = signed_at(&args.roles, &history, &renames, &compiled, &people);
    let due: Vec<Due> = people
        .into_iter()
        .zip(found)
        .map(|(standing, found)| {
            let (since, changes) = found.map_or((None, Vec::new()), |(rev, c)| (Some(rev), c));
            // Said by the day and description the history walk has read.
            let since_said = since.as_deref().and_then(|rev| {
                let commit = history.iter().find(|c| c.id.starts_with(rev))?;
                let d = commit.described.clone()?;
                let day = rolebook::i18n::long_date(language, d.date);
                Some(if d.summary.is_empty() {
                    day
                } else {
                    say(
                        language,
                        &text!("status-commit", day = day, summary = d.summary),
                    )
                })
            });
            Due {
                standing,
                since,
                since_said,
                changes,
            }
        })
        .collect();
    let report = Report {
        current: st.people.iter().filter(|p| p.current).collect(),
        due,
        unsigned: &st.unsigned,
        untrained: &st.untrained,
        unsigned_titled: st
            .unsigned
            .iter()
            .map(|id| {
                compiled
                    .roles
                    .iter()
                    .find(|r| r.id == *id)
                    .map_or_else(|| id.clone(), |r| format!("{} ({id})", r.title))
            })
            .collect(),
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
    let w = |t: Text| say(language, &diff::safe_words(t, markdown));
    let mut out = String::new();
    let bullet = if markdown { "- " } else { "  " };
    if markdown {
        let _ = writeln!(out, "## {}\n", w(text!("status-md-title")));
    }
    let head = if r.due.is_empty() && r.current.is_empty() {
        text!("status-nobody-signed")
    } else if r.due.is_empty() {
        text!("status-all-current")
    } else {
        text!("status-due", count = r.due.len())
    };
    let _ = writeln!(out, "{}", w(head));
    for d in &r.due {
        let p = d.standing;
        // The day as the language writes it (28.02.2026 in Russian).
        let date = p
            .date
            .as_deref()
            .and_then(|d| d.parse::<jiff::civil::Date>().ok())
            .map(|d| rolebook::i18n::short_date(language, d));
        let line = text!(
            "status-person",
            person = p.person.as_str(),
            title = p.title.as_str(),
            role = p.role.as_str(),
            signed = p.signed.as_str(),
            date = date.as_deref().unwrap_or("none"),
            now = p.fingerprint.as_str()
        );
        let _ = writeln!(out, "{bullet}{}", w(line));
        match &d.since {
            Some(rev) => {
                let _ = writeln!(
                    out,
                    "{bullet}  {}",
                    w(text!(
                        "status-changed-since",
                        rev = d.since_said.as_deref().unwrap_or(rev.as_str())
                    ))
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
        let roles = r.unsigned_titled.join(", ");
        let _ = writeln!(out, "\n{}", w(text!("status-unsigned", roles = roles)));
    }
    if !r.untrained.is_empty() {
        let people: Vec<String> = r
            .untrained
            .iter()
            .map(|u| format!("{} ({})", u.person, u.title))
            .collect();
        let _ = writeln!(
            out,
            "\n{}",
            w(text!("status-untrained", people = people.join(", ")))
        );
    }
    out
}
