//! Generates large, consistent handbooks for benchmarks (`cargo run --release --example synth`, `cargo bench`).
//!
//! About 10 stages a role, in processes of 12 stages; stage k belongs to role
//! (k / 2) mod N, so each process changes hands five times and every change
//! has a complete handoff. Roles have KPIs with pay, a deputy (the next role),
//! a manager (a tree, no cycles), checklists, a time budget and a few
//! paragraphs of Markdown. The output passes `rolebook check --deny-warnings`.

use std::fmt::Write as _;
use std::path::Path;

const STAGES_PER_ROLE: usize = 10;
const STAGES_PER_PROCESS: usize = 12;
const ARTIFACT_FAMILIES: usize = 8;

fn role_id(r: usize) -> String {
    format!("role-{r:05}")
}

fn stage_id(k: usize) -> String {
    format!("stage-{k:06}")
}

fn artifact_id(process: usize, pos: usize) -> String {
    format!("doc-{}-{pos}", process % ARTIFACT_FAMILIES)
}

fn owner(k: usize, roles: usize) -> usize {
    (k / 2) % roles
}

const WORDS: &[&str] = &[
    "client", "order", "brief", "estimate", "contract", "invoice", "delivery", "schedule",
    "review", "approval", "budget", "deadline", "quality", "report", "archive", "record",
    "template", "campaign", "supplier", "handover",
];

fn sentence(seed: usize, n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(WORDS[(seed * 31 + i * 7) % WORDS.len()]);
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

/// Writes the handbook for `roles` roles into `out`.
// Long on purpose: it writes one synthetic handbook file after another,
// mostly YAML text; the order of the writes is the order of the files.
pub fn generate(roles: usize, out: &Path) -> std::io::Result<usize> {
    let roles = roles.max(2);
    let stages = roles * STAGES_PER_ROLE;
    let processes = stages.div_ceil(STAGES_PER_PROCESS);
    std::fs::create_dir_all(out.join("processes"))?;

    let mut hb = String::from(
        "title: Synthetic handbook\norganization: Example Group\nlanguage: en\nversion: \"bench\"\nexternal_roles:\n  ceo: Chief executive\nartifacts:\n",
    );
    for fam in 0..ARTIFACT_FAMILIES {
        // The last stage of a process produces nothing new, so every artifact is needed.
        for pos in 0..STAGES_PER_PROCESS - 1 {
            let _ = write!(
                hb,
                "  doc-{fam}-{pos}:\n    name: Document {fam}.{pos}\n    kept_in: Document system\n    fields:\n      - {}\n      - {}\n      - {}\n",
                sentence(fam * 13 + pos, 4),
                sentence(fam * 17 + pos, 5),
                sentence(fam * 19 + pos, 3)
            );
        }
    }
    std::fs::write(out.join("handbook.yaml"), hb)?;

    for p in 0..processes {
        let first = p * STAGES_PER_PROCESS;
        let last = ((p + 1) * STAGES_PER_PROCESS).min(stages);
        let mut y = format!(
            "name: Process {p}\ndescription: |\n  {}.\nstages:\n",
            sentence(p, 12)
        );
        for k in first..last {
            let pos = k - first;
            let _ = write!(
                y,
                "  - id: {}\n    name: {}\n    description: {}.\n",
                stage_id(k),
                sentence(k, 3),
                sentence(k + 1, 10)
            );
            if pos > 0 {
                let _ = writeln!(y, "    needs: [{}]", artifact_id(p, pos - 1));
            }
            if k + 1 < last {
                let _ = writeln!(y, "    produces: [{}]", artifact_id(p, pos));
            }
            let _ = write!(
                y,
                "    done_when:\n      - {}\n      - {}\n",
                sentence(k + 2, 6),
                sentence(k + 3, 5)
            );
            if k + 1 < last {
                let _ = writeln!(y, "    next: [{}]", stage_id(k + 1));
            } else {
                y.push_str("    final: true\n");
            }
        }
        std::fs::write(
            out.join("processes").join(format!("process-{p:05}.yaml")),
            y,
        )?;
    }

    for r in 0..roles {
        let owned: Vec<usize> = (0..stages).filter(|k| owner(*k, roles) == r).collect();
        let mut y = format!(
            "title: Role {r}\nsummary: {}.\npurpose: |\n",
            sentence(r, 9)
        );
        for para in 0..3 {
            let _ = write!(
                y,
                "  {} **{}** {}.\n\n",
                sentence(r * 3 + para, 14),
                sentence(r + para, 2),
                sentence(r * 5 + para, 16)
            );
        }
        let boss = if r == 0 {
            "ceo".to_string()
        } else {
            role_id(r / 10)
        };
        let _ = write!(
            y,
            "reports_to: {boss}\ndeputy: {}\nowns: [{}]\n",
            role_id((r + 1) % roles),
            owned
                .iter()
                .map(|k| stage_id(*k))
                .collect::<Vec<_>>()
                .join(", ")
        );
        y.push_str("duties:\n");
        for d in 0..4 {
            let _ = writeln!(y, "  - {}", sentence(r * 7 + d, 8));
        }
        y.push_str("not_responsible_for:\n");
        for d in 0..2 {
            let _ = writeln!(y, "  - {}", sentence(r * 11 + d, 7));
        }
        let _ = write!(
            y,
            "rights:\n  - {}\nqualification:\n  - {}\nkpis:\n  - id: on-time\n    name: Stages finished on time\n    target: 95%\n    measured_by: Workflow report\n  - id: quality\n    name: Work accepted without rework\n    target: 98%\npay:\n  fixed: Base salary\n  variable:\n    - kpi: on-time\n      rule: A monthly bonus when the target is met\n    - kpi: quality\n      rule: A quarterly bonus when the target is met\n",
            sentence(r * 13, 8),
            sentence(r * 17, 6)
        );
        let share = 90 / owned.len().max(1);
        y.push_str("time_budget:\n");
        for k in &owned {
            let _ = writeln!(y, "  {}: {share}", stage_id(*k));
        }
        let _ = writeln!(y, "  other: {}", 100 - share * owned.len());
        let mut handoffs = String::new();
        for k in &owned {
            let p = k / STAGES_PER_PROCESS;
            let next = k + 1;
            let same_process = next / STAGES_PER_PROCESS == p && next < stages;
            if same_process && owner(next, roles) != r {
                let _ = write!(
                    handoffs,
                    "  - after: {}\n    to: {}\n    passes: [{}]\n    deadline: Same working day\n    channel: Task in the workflow system\n    actions:\n      - {}\n    confirm: The receiver reads back what was agreed\n    tell_client: {}.\n",
                    stage_id(*k),
                    role_id(owner(next, roles)),
                    artifact_id(p, k - p * STAGES_PER_PROCESS),
                    sentence(*k, 6),
                    sentence(k + 9, 10)
                );
            }
        }
        if !handoffs.is_empty() {
            y.push_str("handoffs:\n");
            y.push_str(&handoffs);
        }
        let _ = write!(
            y,
            "checklists:\n  - name: Every working day\n    when: Start of the day\n    items:\n      - {}\n      - {}\n      - {}\n  - name: End of the week\n    items:\n      - {}\n      - {}\n",
            sentence(r, 6),
            sentence(r + 1, 7),
            sentence(r + 2, 5),
            sentence(r + 3, 6),
            sentence(r + 4, 4)
        );
        let dir = out.join(format!("dept-{:03}", r / 50));
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(format!("{}.yaml", role_id(r))), y)?;
    }
    Ok(roles)
}
