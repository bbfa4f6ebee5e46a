//! Renders findings for people (rustc-style), for CI logs (short, GitHub annotations) and for tools (JSON).
//!
//! Everything here returns a `String`; only `main.rs` prints.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use serde::Serialize;

use crate::check::Report;
use crate::diagnostic::{Finding, Severity};
use crate::model::Handbook;

/// How to print findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style, with the source line and a help line.
    Human,
    /// One line per finding: `file:line:col: severity[rule]: message`.
    Short,
    /// One JSON object on stdout.
    Json,
    /// GitHub Actions workflow commands (`::error file=...`).
    Github,
}

#[derive(Serialize)]
struct JsonReport {
    errors: usize,
    warnings: usize,
    findings: Vec<FindingJson>,
}

/// A finding as tools see it: `check --format json` and the `serve` overlay.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct FindingJson {
    /// Rule id.
    pub rule: &'static str,
    /// error or warning.
    pub severity: Severity,
    /// File as the user typed it.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl FindingJson {
    /// The finding `f` of handbook `hb`.
    pub fn new(hb: &Handbook, f: &Finding) -> FindingJson {
        FindingJson {
            rule: f.rule.id(),
            severity: f.severity,
            file: file_of(hb, f),
            line: f.loc.line,
            column: f.loc.col,
            message: f.message.clone(),
            help: f.help.clone(),
        }
    }
}

fn file_of(hb: &Handbook, f: &Finding) -> String {
    hb.files
        .get(f.loc.file as usize)
        .map(|s| s.display.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default()
}

/// Renders a report in `format`. `color` applies to `human` only.
pub fn render(hb: &Handbook, report: &Report, format: Format, color: bool) -> String {
    match format {
        Format::Human => human(hb, report, color),
        Format::Short => report
            .findings
            .iter()
            .map(|f| {
                format!(
                    "{}:{}:{}: {}[{}]: {}\n",
                    file_of(hb, f),
                    f.loc.line,
                    f.loc.col,
                    f.severity,
                    f.rule,
                    f.message
                )
            })
            .collect(),
        Format::Json => {
            let json = JsonReport {
                errors: report.errors(),
                warnings: report.warnings(),
                findings: report
                    .findings
                    .iter()
                    .map(|f| FindingJson::new(hb, f))
                    .collect(),
            };
            // Serialising plain strings and numbers cannot fail.
            let mut s = serde_json::to_string_pretty(&json).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Github => report
            .findings
            .iter()
            .map(|f| {
                let mut message = f.message.clone();
                if let Some(h) = &f.help {
                    message.push_str(". help: ");
                    message.push_str(h);
                }
                format!(
                    "::{} file={},line={},col={},title={}::{}\n",
                    f.severity,
                    gh_property(&file_of(hb, f)),
                    f.loc.line,
                    f.loc.col,
                    f.rule,
                    gh_data(&message)
                )
            })
            .collect(),
    }
}

/// Escapes a workflow command's message, as the GitHub Actions toolkit does.
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn human(hb: &Handbook, report: &Report, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Unicode);
    let mut out = String::new();
    for f in &report.findings {
        out.push_str(&human_one(hb, f, &renderer));
        out.push_str("\n\n");
    }
    let (e, w) = (report.errors(), report.warnings());
    if e + w == 0 {
        out.push_str("no findings\n");
    } else {
        out.push_str(&format!(
            "{} error{}, {} warning{}\n",
            e,
            if e == 1 { "" } else { "s" },
            w,
            if w == 1 { "" } else { "s" }
        ));
    }
    out
}

fn human_one(hb: &Handbook, f: &Finding, renderer: &Renderer) -> String {
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let path = file_of(hb, f);
    let text = hb
        .files
        .get(f.loc.file as usize)
        .map_or("", |s| s.text.as_str());
    let start = (f.loc.start as usize).min(text.len());
    let mut end = start + f.loc.len.max(1) as usize;
    end = end.min(text.len());
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    let title = level
        .clone()
        .primary_title(f.message.as_str())
        .id(f.rule.id());
    let mut group = if text.is_empty() || start >= text.len() {
        // Nothing to show (a missing or unreadable file): name the place in a note.
        title.element(
            Level::NOTE
                .no_name()
                .message(format!("--> {}:{}:{}", path, f.loc.line, f.loc.col)),
        )
    } else {
        let mut ann = AnnotationKind::Primary.span(start..end.max(start));
        if let Some(label) = &f.label {
            ann = ann.label(label.as_str());
        }
        title.element(
            Snippet::source(text)
                .path(path.as_str())
                .fold(true)
                .annotation(ann),
        )
    };
    if let Some(h) = &f.help {
        group = group.element(Level::HELP.message(h.as_str()));
    }
    renderer.render(&[group])
}
