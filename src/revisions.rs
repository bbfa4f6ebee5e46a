//! The revision history of each job description and process: the commits that changed it, with what changed in `diff`'s sentences.
//!
//! Comes after `compile` (it compares compiled handbooks) and before
//! `render`; `build` puts what it finds into each view's document control.
//! Each distinct handbook folder in the history (commits that did not touch
//! it share its tree) is loaded and compiled once, compared with the one
//! before it, and dropped: memory holds two handbooks at a time.

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;

use crate::compile::{Compiled, Revision, compile};
use crate::diff::{self, Renames};
use crate::i18n::{long_date, say};
use crate::load::git;
use crate::model::{Handbook, Kind};

/// How many commits back the history is read.
const COMMITS: usize = 1000;

/// How many distinct handbooks (folder trees) at most are compiled: the
/// history looks back over the last 50 revisions of the handbook.
const HANDBOOKS: usize = 50;

/// How many handbooks are read and compiled at once.
const CHUNK: usize = 4;

/// Each role's and process's revisions, newest first, by id now.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Revisions {
    /// By role id.
    pub roles: BTreeMap<String, Vec<Revision>>,
    /// By process id.
    pub processes: BTreeMap<String, Vec<Revision>>,
}

impl Revisions {
    /// Puts each view's revisions into its document control.
    pub fn apply(mut self, c: &mut Compiled) {
        for r in &mut c.roles {
            r.control.history = self.roles.remove(&r.id).unwrap_or_default();
        }
        for p in &mut c.processes {
            p.control.history = self.processes.remove(&p.id).unwrap_or_default();
        }
    }
}

/// One run of commits with the same handbook folder: its tree, and the
/// oldest commit of the run (the one that made the folder so).
struct Run {
    tree: Option<String>,
    commit: String,
    described: Option<git::Described>,
}

/// The commits of the repository holding `roles` that changed what `hb`'s
/// roles and processes say, at most `keep` for each, newest first. Empty
/// where the folder is not in a git repository or `keep` is 0.
pub fn revisions(roles: &Path, hb: &Handbook, keep: usize) -> Revisions {
    let mut out = Revisions::default();
    if keep == 0 {
        return out;
    }
    let Ok(commits) = git::history(roles, COMMITS) else {
        return out;
    };
    let complete = commits.len() < COMMITS;
    let mut runs: Vec<Run> = Vec::new();
    for c in commits {
        match runs.last_mut() {
            Some(run) if run.tree == c.folder => {
                run.commit = c.id;
                run.described = c.described;
            }
            _ => runs.push(Run {
                tree: c.folder,
                commit: c.id,
                described: c.described,
            }),
        }
    }
    // The history reached its first commit: the oldest handbook is
    // compared with none (each of its roles "added").
    if complete {
        runs.push(Run {
            tree: None,
            commit: String::new(),
            described: None,
        });
    }
    runs.truncate(HANDBOOKS + 1);
    let language = hb.settings.language;
    let renames = Renames::of(hb);
    let day = crate::model::today();
    let empty = || compile(&Handbook::default(), day);
    // Each handbook is read and compiled once, a few at a time on every
    // core (each worker with its repository open), and compared with the
    // one before it; memory holds one chunk.
    let compiled_at = |repo: &mut Option<git::Repo>, run: &Run| -> Compiled {
        if repo.is_none() {
            *repo = git::Repo::open(roles).ok();
        }
        match (&run.tree, repo.as_ref()) {
            (Some(_), Some(repo)) => repo
                .load_at(&run.commit)
                .map_or_else(|_| empty(), |l| compile(&l.handbook, day)),
            _ => empty(),
        }
    };
    let wanted = hb.roles.len() + hb.processes.len();
    let mut newer: Option<Compiled> = None;
    let mut at = 0;
    while at + 1 < runs.len() {
        let full = out.roles.values().chain(out.processes.values());
        if full.filter(|v| v.len() >= keep).count() >= wanted {
            break;
        }
        let chunk = &runs[at..(at + 1 + CHUNK).min(runs.len())];
        let fresh: Vec<Compiled> = chunk[usize::from(newer.is_some())..]
            .par_iter()
            .map_init(|| None, compiled_at)
            .collect();
        let compiled: Vec<Compiled> = newer.take().into_iter().chain(fresh).collect();
        let diffs: Vec<Option<diff::HandbookDiff>> = compiled
            .par_windows(2)
            .zip(chunk.par_windows(2))
            .map(|(pair, runs)| {
                let ([new, old], [run, _]) = (pair, runs) else {
                    return None;
                };
                run.tree.as_ref()?;
                Some(diff::diff(old, new, &renames))
            })
            .collect();
        for (d, run) in diffs.iter().zip(chunk) {
            let (Some(d), Some(described)) = (d, &run.described) else {
                continue;
            };
            let revision = |changes: Vec<String>| Revision {
                day: described.date.to_string(),
                date: long_date(language, described.date),
                summary: described.summary.clone(),
                changes,
            };
            for r in &d.roles {
                let id = renames.now(Kind::Role, &r.id).to_string();
                let list = out.roles.entry(id).or_default();
                if list.len() < keep {
                    list.push(revision(sentences(&r.changes, r.status, language)));
                }
            }
            for p in &d.processes {
                let id = renames.now(Kind::Process, &p.id).to_string();
                let list = out.processes.entry(id).or_default();
                if list.len() < keep {
                    list.push(revision(sentences(&p.changes, p.status, language)));
                }
            }
        }
        at += chunk.len() - 1;
        newer = compiled.into_iter().last();
    }
    out
}

/// The changes in words; a role or process that came or went in one word.
fn sentences(
    changes: &[diff::Change],
    status: &str,
    language: crate::model::Language,
) -> Vec<String> {
    if status == "added" || changes.is_empty() {
        let said = crate::text!("revision-status", status = status);
        return vec![say(language, &said)];
    }
    changes
        .iter()
        .map(|c| say(language, &diff::sentence(c)))
        .collect()
}
