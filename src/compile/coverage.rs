//! Coverage: how much of the conveyor is nailed down, as figures CI can hold a line on.

use serde::Serialize;

use super::HandoffView;
use crate::model::{Handbook, Index};

/// One coverage figure.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Measure {
    /// Stable key, e.g. `stages-owned`.
    pub key: &'static str,
    /// Covered items.
    pub covered: usize,
    /// All items.
    pub total: usize,
    /// `covered / total` in percent (100 when there is nothing to cover).
    pub percent: f64,
    /// The percent as the handbook's language writes it (`83,3`).
    pub shown: String,
    /// Ids of the items not covered, for the report.
    pub gaps: Vec<String>,
}

/// All coverage figures and their mean.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Coverage {
    /// The figures, in a fixed order.
    pub measures: Vec<Measure>,
    /// The mean of the figures' percentages.
    pub total: f64,
    /// The mean as the handbook's language writes it.
    pub total_shown: String,
}

/// A percent as `language` writes it, one decimal: `83.3`, `83,3`.
fn shown(language: crate::i18n::Language, percent: f64) -> String {
    crate::i18n::number(language, &format!("{percent:.1}"))
}

fn figure(key: &'static str, items: impl IntoIterator<Item = (String, bool)>) -> Measure {
    let mut covered = 0;
    let mut total = 0;
    let mut gaps = Vec::new();
    for (id, ok) in items {
        total += 1;
        if ok {
            covered += 1;
        } else {
            gaps.push(id);
        }
    }
    let percent = if total == 0 {
        100.0
    } else {
        // Rounded to one decimal so the figure is stable in text and JSON.
        (covered as f64 * 1000.0 / total as f64).round() / 10.0
    };
    Measure {
        key,
        covered,
        total,
        percent,
        // Written in the handbook's language by `measure_all`.
        shown: String::new(),
        gaps,
    }
}

/// True when a written handoff passes everything the next stage needs and says when, how and with what read-back.
pub fn is_complete(h: &HandoffView) -> bool {
    h.written
        && h.missing.is_empty()
        && h.deadline.is_some()
        && h.channel.is_some()
        && h.confirm.is_some()
}

/// Measures a handbook.
///
/// `signatures`, when the handbook keeps acknowledgements: each person and
/// role (`person (role)`) with whether what they signed is current; they
/// add the figure `signatures-current`. `trained`, likewise: each person
/// and role with whether they are trained on it as it is now
/// (`people-trained`). `loads`, each role's capacity: where
/// the handbook gives volumes and efforts, `roles-within-capacity` joins them.
pub fn measure_all(
    hb: &Handbook,
    ix: &Index,
    handoffs: &[HandoffView],
    signatures: Option<Vec<(String, bool)>>,
    trained: Option<Vec<(String, bool)>>,
    loads: &[crate::model::capacity::RoleLoad],
) -> Coverage {
    let stages: Vec<_> = hb.processes.iter().flat_map(|p| &p.stages).collect();
    let measures = vec![
        figure(
            "stages-owned",
            stages
                .iter()
                .map(|s| (s.id.value.clone(), ix.owner(s.id.as_str()).is_some())),
        ),
        figure(
            "handoffs-complete",
            handoffs.iter().map(|h| (h.slug.clone(), is_complete(h))),
        ),
        figure(
            "roles-paid-for-kpis",
            hb.roles.iter().map(|r| {
                let tied = r
                    .pay
                    .iter()
                    .flat_map(|p| &p.variable)
                    .any(|v| r.kpis.iter().any(|k| k.id.value == v.kpi.value));
                (r.id.value.clone(), tied)
            }),
        ),
        figure(
            "roles-with-deputy",
            hb.roles.iter().map(|r| {
                let ok = r.deputy.as_ref().is_some_and(|d| {
                    d.value != r.id.value
                        && (ix.roles.contains_key(d.as_str())
                            || ix.external.contains_key(d.as_str()))
                });
                (r.id.value.clone(), ok)
            }),
        ),
        figure(
            "stages-with-exit-criteria",
            stages
                .iter()
                .map(|s| (s.id.value.clone(), !s.done_when.is_empty())),
        ),
    ];
    let mut measures = measures;
    if let Some(signed) = signatures {
        measures.push(figure("signatures-current", signed));
    }
    if let Some(trained) = trained {
        measures.push(figure("people-trained", trained));
    }
    // Where the handbook gives volumes and efforts: the roles with hours of
    // work whose people can do them (a role without a headcount cannot).
    let working: Vec<_> = loads.iter().filter(|l| l.hours_needed > 0.0).collect();
    if !working.is_empty() {
        measures.push(figure(
            "roles-within-capacity",
            working.into_iter().map(|l| {
                let within = l.load.is_some_and(|x| x <= 1.0);
                (hb.roles[l.role].id.value.clone(), within)
            }),
        ));
    }
    let total = if measures.is_empty() {
        100.0
    } else {
        let mean = measures.iter().map(|m| m.percent).sum::<f64>() / measures.len() as f64;
        (mean * 10.0).round() / 10.0
    };
    let language = hb.settings.language;
    for m in &mut measures {
        m.shown = shown(language, m.percent);
    }
    Coverage {
        measures,
        total_shown: shown(language, total),
        total,
    }
}
