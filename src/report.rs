//! Renders findings for people (rustc-style), for CI logs (short, GitHub annotations) and for tools (JSON).
//!
//! Everything here returns a `String`; only `main.rs` prints.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use serde::Serialize;

use crate::check::Report;
use crate::diagnostic::{Finding, Severity};
use crate::i18n::say;
use crate::model::{Handbook, Language};
use crate::text;

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
    /// The finding `f` of handbook `hb`, worded in `language`.
    pub fn new(hb: &Handbook, f: &Finding, language: Language) -> FindingJson {
        FindingJson {
            rule: f.rule.id(),
            severity: f.severity,
            file: file_of(hb, f),
            line: f.loc.line,
            column: f.loc.col,
            message: say(language, &f.message),
            help: f.help.as_ref().map(|h| say(language, h)),
        }
    }
}

fn file_of(hb: &Handbook, f: &Finding) -> String {
    hb.files
        .get(f.loc.file as usize)
        .map(|s| s.display.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default()
}

/// The language findings are worded in: `--lang` when given, else the
/// handbook's `language:`.
pub fn language(hb: &Handbook, over: Option<Language>) -> Language {
    over.unwrap_or(hb.settings.language)
}

/// Renders a report in `format`, its sentences in `language`; rule ids,
/// places and (but for `human`) severities stay as they are, for tools.
/// `color` applies to `human` only.
pub fn render(
    hb: &Handbook,
    report: &Report,
    format: Format,
    color: bool,
    language: Language,
) -> String {
    match format {
        Format::Human => human(hb, report, color, language),
        Format::Short => report
            .findings
            .iter()
            .map(|f| {
                format!(
                    "{}:{}:{}: {}[{}]: {}\n",
                    printable(&file_of(hb, f)),
                    f.loc.line,
                    f.loc.col,
                    f.severity,
                    f.rule,
                    printable(&say(language, &f.message))
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
                    .map(|f| FindingJson::new(hb, f, language))
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
                let mut message = say(language, &f.message);
                if let Some(h) = &f.help {
                    message.push_str(". ");
                    message.push_str(&say(language, &text!("help-prefix")));
                    message.push_str(": ");
                    message.push_str(&say(language, h));
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

/// Escapes a workflow command's message, as the GitHub Actions toolkit does,
/// and the control characters that a terminal showing the log would obey.
fn gh_data(s: &str) -> String {
    printable(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn human(hb: &Handbook, report: &Report, color: bool, language: Language) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Unicode);
    // Where each line of each file starts, found once per file: a finding
    // shows only its own lines, so the output grows with the findings, not
    // with findings times the file's size.
    let mut lines: Vec<Option<Vec<usize>>> = vec![None; hb.files.len()];
    let mut out = String::new();
    for f in &report.findings {
        let starts = lines.get_mut(f.loc.file as usize).map(|slot| {
            slot.get_or_insert_with(|| {
                let text = &hb.files[f.loc.file as usize].text;
                std::iter::once(0)
                    .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                    .collect()
            })
            .as_slice()
        });
        out.push_str(&human_one(
            hb,
            f,
            starts.unwrap_or(&[]),
            &renderer,
            language,
        ));
        out.push_str("\n\n");
    }
    let (e, w) = (report.errors(), report.warnings());
    let total = if e + w == 0 {
        text!("no-findings")
    } else {
        text!("findings-total", errors = e, warnings = w)
    };
    out.push_str(&say(language, &total));
    out.push('\n');
    out
}

/// At most this many lines of a finding's span are shown.
const MAX_LINES: usize = 10;

/// One finding, rustc-style; `starts` are the byte offsets of its file's lines.
fn human_one(
    hb: &Handbook,
    f: &Finding,
    starts: &[usize],
    renderer: &Renderer,
    language: Language,
) -> String {
    let level = match f.severity {
        Severity::Error => Level::ERROR.with_name(say(language, &text!("error"))),
        Severity::Warning => Level::WARNING.with_name(say(language, &text!("warning"))),
    };
    let path = file_of(hb, f);
    let text = hb
        .files
        .get(f.loc.file as usize)
        .map_or("", |s| s.text.as_str());
    let start = floor_char_boundary(text, (f.loc.start as usize).min(text.len()));
    let end = floor_char_boundary(text, (start + f.loc.len.max(1) as usize).min(text.len()));
    let message = say(language, &f.message);
    let message = printable(&message);
    let label = f.label.as_ref().map(|l| say(language, l));
    let label = label.as_deref().map(printable);
    let title = level
        .clone()
        .primary_title(message.as_ref())
        .id(f.rule.id());
    let mut group = if text.is_empty() || start >= text.len() {
        // Nothing to show (a missing or unreadable file): name the place in a note.
        title.element(Level::NOTE.no_name().message(format!(
            "--> {}:{}:{}",
            printable(&path),
            f.loc.line,
            f.loc.col
        )))
    } else {
        // The lines the span touches (at most MAX_LINES), and no others.
        let first = starts.partition_point(|&s| s <= start).saturating_sub(1);
        let from = starts.get(first).copied().unwrap_or(0);
        let last = starts.partition_point(|&s| s <= end).saturating_sub(1);
        let last = last.min(first + MAX_LINES - 1);
        let to = starts
            .get(last + 1)
            .map_or(text.len(), |&s| s.saturating_sub(1));
        let (source, a, b) =
            shown_source(&text[from..to], start - from, end.clamp(start, to) - from);
        let mut ann = AnnotationKind::Primary.span(a..b);
        if let Some(label) = &label {
            ann = ann.label(label.as_ref());
        }
        title.element(
            Snippet::source(source)
                .line_start(first + 1)
                .path(printable(&path).into_owned())
                .fold(true)
                .annotation(ann),
        )
    };
    let help = f.help.as_ref().map(|h| say(language, h));
    if let Some(h) = help.as_deref().map(printable) {
        group = group.element(
            Level::HELP
                .with_name(say(language, &text!("help-prefix")))
                .message(h),
        );
    }
    renderer.render(&[group])
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Text from a spec made safe for a terminal: control characters (ESC, BEL,
/// CR, backspace, DEL and the C1 range) become `\u{..}` escapes, so a spec
/// cannot move the cursor, erase lines or retitle a reviewer's terminal.
/// Line feeds and tabs stay.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_unsafe_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A file's lines for a snippet: each control character shown as its picture
/// (ESC as U+241B), and the span `a..b` moved to where its bytes now are.
fn shown_source(src: &str, a: usize, b: usize) -> (String, usize, usize) {
    if !src.chars().any(is_unsafe_control) {
        return (src.to_string(), a, b);
    }
    let mut out = String::with_capacity(src.len() + 16);
    let (mut a2, mut b2) = (a, b);
    for (i, c) in src.char_indices() {
        if i == a {
            a2 = out.len();
        }
        if i == b {
            b2 = out.len();
        }
        if is_unsafe_control(c) {
            // U+2400.. pictures C0 controls; DEL and the C1 range get U+2421 and U+FFFD.
            let picture = match c as u32 {
                n @ 0..=0x1f => char::from_u32(0x2400 + n).unwrap_or('\u{fffd}'),
                0x7f => '\u{2421}',
                _ => '\u{fffd}',
            };
            out.push(picture);
        } else {
            out.push(c);
        }
    }
    if b >= src.len() {
        b2 = out.len();
    }
    if a >= src.len() {
        a2 = out.len();
    }
    (out, a2, b2)
}

fn is_unsafe_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}
