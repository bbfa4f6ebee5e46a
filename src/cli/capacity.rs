//! `rolebook capacity`: per role, the hours of work a month against the hours its people have, and where its time goes, with what-if volumes and absences.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::process::ExitCode;

use serde::Serialize;

use super::CapacityArgs;
use rolebook::i18n::say;
use rolebook::model::capacity::{RoleLoad, WhatIf, capacity};
use rolebook::model::{Handbook, Index, Language};
use rolebook::{report, text};

/// One role in `--format json`.
#[derive(Serialize)]
struct RoleJson {
    id: String,
    headcount: Option<f64>,
    hours_needed: f64,
    hours_available: Option<f64>,
    /// 1.0 = 100%.
    load: Option<f64>,
    /// Percent, 0 to 100, by `time_budget` key.
    split: BTreeMap<String, f64>,
    budget: BTreeMap<String, f64>,
    /// The split in the order the table shows it: the budget's keys as
    /// written, `other` last.
    #[serde(skip)]
    ordered: Vec<(String, f64)>,
}

#[derive(Serialize)]
struct Report {
    roles: Vec<RoleJson>,
    bottleneck: Option<String>,
}

/// Output of `capacity`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum CapacityFormat {
    /// A table for the terminal.
    Human,
    /// One JSON object.
    Json,
    /// A Markdown table (a pull-request comment, a wiki page).
    Markdown,
}

/// `--volume PROCESS=N` or `PROCESS=+P%` / `-P%`, and `--absent ROLE`, checked
/// against the handbook: an id it does not have is refused.
fn what_ifs(args: &CapacityArgs, hb: &Handbook, language: Language) -> Result<Vec<WhatIf>, String> {
    let mut out = Vec::new();
    for v in &args.volume {
        let refused = || say(language, &text!("capacity-bad-volume", given = v.as_str()));
        let (id, n) = v.split_once('=').ok_or_else(refused)?;
        if !hb.processes.iter().any(|p| p.id.value == id) {
            return Err(say(language, &text!("capacity-no-process", id = id)));
        }
        let n = n.trim();
        let what = match n.strip_suffix('%') {
            Some(p) => WhatIf::VolumeBy(id.to_string(), p.parse().map_err(|_| refused())?),
            None => WhatIf::Volume(id.to_string(), n.parse().map_err(|_| refused())?),
        };
        out.push(what);
    }
    for r in &args.absent {
        let person = hb
            .people
            .iter()
            .flatten()
            .find(|p| p.name.value.trim().eq_ignore_ascii_case(r.trim()));
        if let Some(p) = person {
            out.push(WhatIf::AbsentPerson(p.name.value.clone()));
        } else if hb.roles.iter().any(|x| x.id.value == *r) {
            out.push(WhatIf::Absent(r.clone()));
        } else {
            return Err(say(language, &text!("capacity-no-role", id = r.as_str())));
        }
    }
    Ok(out)
}

/// A figure rounded to one decimal, for JSON.
fn round(n: f64) -> f64 {
    (n * 10.0).round() / 10.0
}

/// Runs `capacity`: the same load and check as `check` (it fails on the
/// same errors), then the figures, most loaded role first.
pub fn execute(args: &CapacityArgs) -> Result<ExitCode, String> {
    let checked = super::check::checked(&args.roles, args.today, args.lang)?;
    let hb = &checked.loaded.handbook;
    let language = report::language(hb, args.lang);
    let what_if = what_ifs(args, hb, language)?;
    let ix = Index::new(hb);
    let day = args.today.unwrap_or_else(rolebook::model::today);
    let mut loads = capacity(hb, &ix, &what_if, day);
    loads.sort_by(RoleLoad::most_loaded_first);
    let bottleneck = loads
        .first()
        .filter(|l| l.load.is_some_and(|x| x > 0.0))
        .map(|l| hb.roles[l.role].id.value.clone());
    let roles: Vec<RoleJson> = loads
        .iter()
        .map(|l| {
            let ordered = l.split(hb);
            RoleJson {
                id: hb.roles[l.role].id.value.clone(),
                headcount: l.headcount,
                hours_needed: round(l.hours_needed),
                hours_available: l.hours_available.map(round),
                load: l
                    .load
                    .filter(|x| x.is_finite())
                    .map(|x| (x * 1000.0).round() / 1000.0),
                split: ordered
                    .iter()
                    .map(|(k, p)| (k.clone(), round(*p)))
                    .collect(),
                budget: l.budget(hb).into_iter().collect(),
                ordered,
            }
        })
        .collect();
    let report = Report { roles, bottleneck };
    let out = match args.format {
        CapacityFormat::Json => {
            serde_json::to_string_pretty(&report).map_err(|e| e.to_string())? + "\n"
        }
        CapacityFormat::Human => table(&report, hb, language, false),
        CapacityFormat::Markdown => table(&report, hb, language, true),
    };
    out!("{out}")?;
    let errors = checked.report.errors();
    if errors > 0 {
        let roles = args.roles.display().to_string();
        let said = text!("capacity-unreadable", errors = errors, roles = roles);
        errln!("{}", say(language, &said));
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// A number as the table shows it.
fn shown(n: Option<f64>) -> String {
    n.map_or_else(|| "—".to_string(), |n| format!("{n:.0}"))
}

/// The report as a table: for the terminal, or as Markdown.
fn table(r: &Report, hb: &Handbook, language: Language, md: bool) -> String {
    let w = |t: rolebook::diagnostic::Text| say(language, &rolebook::diff::safe_words(t, md));
    let mut out = String::new();
    if r.roles.iter().all(|x| x.hours_needed == 0.0) {
        let _ = writeln!(out, "{}", w(text!("capacity-none")));
        return out;
    }
    let head = [
        w(text!("capacity-role")),
        w(text!("capacity-headcount")),
        w(text!("capacity-needed")),
        w(text!("capacity-available")),
        w(text!("capacity-load")),
        w(text!("capacity-split")),
    ];
    let rows: Vec<[String; 6]> = r
        .roles
        .iter()
        .map(|x| {
            let title = hb
                .roles
                .iter()
                .find(|h| h.id.value == x.id)
                .map_or(x.id.clone(), |h| h.title.clone());
            let split = x
                .ordered
                .iter()
                .map(|(k, p)| match x.budget.get(k) {
                    Some(b) => format!("{k} {p:.0}/{b:.0}"),
                    None => format!("{k} {p:.0}"),
                })
                .collect::<Vec<_>>()
                .join(", ");
            [
                w(text!(
                    "capacity-title",
                    title = title.as_str(),
                    id = x.id.as_str()
                )),
                x.headcount.map_or_else(
                    || "—".into(),
                    |h| rolebook::i18n::number(language, &format!("{h}")),
                ),
                shown(Some(x.hours_needed)),
                shown(x.hours_available),
                x.load
                    .map_or_else(|| "—".into(), |l| format!("{:.0}%", l * 100.0)),
                w(text!("capacity-split-cell", split = split)),
            ]
        })
        .collect();
    if md {
        let _ = writeln!(out, "| {} |", head.join(" | "));
        let _ = writeln!(out, "|---|---:|---:|---:|---:|---|");
        for row in &rows {
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
    } else {
        let widths: Vec<usize> = (0..6)
            .map(|i| {
                rows.iter()
                    .map(|r| r[i].chars().count())
                    .chain([head[i].chars().count()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let line = |cells: &[String]| {
            let mut l = String::new();
            for (i, c) in cells.iter().enumerate() {
                let pad = widths[i].saturating_sub(c.chars().count());
                if (1..5).contains(&i) {
                    l.push_str(&" ".repeat(pad));
                    l.push_str(c);
                } else {
                    l.push_str(c);
                    if i < 5 {
                        l.push_str(&" ".repeat(pad));
                    }
                }
                if i < 5 {
                    l.push_str("  ");
                }
            }
            l.trim_end().to_string()
        };
        let _ = writeln!(out, "{}", line(&head));
        for row in &rows {
            let _ = writeln!(out, "{}", line(row));
        }
    }
    let _ = writeln!(out);
    let bottleneck = match &r.bottleneck {
        Some(id) => text!("capacity-bottleneck", role = id.as_str()),
        None => text!("capacity-no-bottleneck"),
    };
    let _ = writeln!(out, "{}", w(bottleneck));
    out
}
