//! Word documents HR can sign and file: one `.docx` per role, the job description in the handbook language's form, an acknowledgement sheet, then the role's checklists.
//!
//! Comes after `compile`, beside `render`: it reads a compiled role as the
//! pages do, with the same words of `locales/`. The document is written by
//! docx-rs; Markdown is read by pulldown-cmark into runs (bold, italic).
//! Nothing in it depends on the clock: the same handbook gives the same
//! bytes.

use std::collections::BTreeMap;

use docx_rs::{
    AlignmentType, BreakType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts, Table,
    TableCell, TableRow, WidthType,
};

use crate::compile::{ChecklistView, Compiled, RoleView};
use crate::markdown::Md;
use crate::model::Language;

/// How many empty lines the acknowledgement sheet has to sign on.
const SIGN_ROWS: usize = 12;

/// The words of the handbook's language, looked up by key.
struct Words(BTreeMap<String, String>);

impl Words {
    fn get(&self, key: &str) -> &str {
        self.0.get(key).map_or("", String::as_str)
    }
}

/// A run of text, without the characters XML 1.0 cannot hold (a control
/// character written into a spec would make Word refuse the document).
fn run(text: impl AsRef<str>) -> Run {
    let clean: String = text
        .as_ref()
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))
        .filter(|c| !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .collect();
    Run::new().add_text(clean)
}

/// A paragraph of plain text.
fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

/// A heading: bold, larger, kept with what follows.
fn heading(text: &str, size: usize) -> Paragraph {
    Paragraph::new()
        .add_run(run(text).bold().size(size))
        .keep_next(true)
        .line_spacing(LineSpacing::new().before(200).after(80))
}

/// The runs of a piece of the handbook's Markdown: its text, bold and
/// italic kept, links as their text, paragraphs and line breaks as breaks.
fn md_runs(md: &Md) -> Vec<Run> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let (mut bold, mut italic) = (0usize, 0usize);
    let mut runs = Vec::new();
    let mut started = false;
    for event in Parser::new(&md.md) {
        match event {
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Start(Tag::Paragraph | Tag::Item) if started => {
                runs.push(Run::new().add_break(BreakType::TextWrapping));
            }
            Event::Text(t) | Event::Code(t) => {
                started = true;
                let mut run = run(t.as_ref());
                if bold > 0 {
                    run = run.bold();
                }
                if italic > 0 {
                    run = run.italic();
                }
                runs.push(run);
            }
            Event::SoftBreak => runs.push(run(" ")),
            Event::HardBreak => runs.push(Run::new().add_break(BreakType::TextWrapping)),
            _ => {}
        }
    }
    runs
}

/// A paragraph of the handbook's Markdown, after `prefix` (a point's number).
fn md_para(prefix: &str, md: &Md) -> Paragraph {
    let mut p = Paragraph::new();
    if !prefix.is_empty() {
        p = p.add_run(run(format!("{prefix} ")));
    }
    for run in md_runs(md) {
        p = p.add_run(run);
    }
    p
}

/// Numbers the points of one section: `2.1`, `2.2`... in the approval
/// form, nothing in the plain one.
struct Points {
    section: usize,
    next: usize,
    numbered: bool,
}

impl Points {
    fn new(section: usize, numbered: bool) -> Points {
        Points {
            section,
            next: 0,
            numbered,
        }
    }

    fn next(&mut self) -> String {
        self.next += 1;
        if self.numbered {
            format!("{}.{}.", self.section, self.next)
        } else {
            "•".to_string()
        }
    }
}

/// The job description of `r`, its acknowledgement sheet and its
/// checklists, as a Word document.
pub fn role_docx(c: &Compiled, r: &RoleView, language: Language) -> Result<Vec<u8>, String> {
    let w = Words(crate::i18n::words(language));
    let form = w.get("job-description-form") == "approval";
    let mut doc = Docx::new()
        .page_size(11906, 16838)
        .page_margin(
            PageMargin::new()
                .top(1134)
                .bottom(1134)
                .left(1701)
                .right(850),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Times New Roman")
                .hi_ansi("Times New Roman")
                .cs("Times New Roman")
                .east_asia("Times New Roman"),
        )
        .default_size(24);
    for p in title_block(c, r, &w, form) {
        doc = doc.add_paragraph(p);
    }
    for p in sections(r, &w, form) {
        doc = doc.add_paragraph(p);
    }
    doc = acknowledgement_sheet(doc, c, r, &w);
    for (i, list) in r.checklists.iter().enumerate() {
        for p in checklist(list, &w, i == 0) {
            doc = doc.add_paragraph(p);
        }
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .map_err(|e| format!("cannot write the Word document of `{}`: {e}", r.id))?;
    Ok(out.into_inner())
}

/// The approval block (in the approval form), the organisation, the title
/// and the document's version, fingerprint, approval and day in force.
fn title_block(c: &Compiled, r: &RoleView, w: &Words, form: bool) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let approver = r
        .control
        .approved_by
        .clone()
        .or_else(|| c.meta.approver.clone())
        .or_else(|| r.reports_to.as_ref().map(|s| s.name.clone()));
    if form {
        let right = |p: Paragraph| p.align(AlignmentType::Right);
        out.push(right(
            Paragraph::new().add_run(run(w.get("hr_approve")).bold()),
        ));
        if let Some(a) = &approver {
            out.push(right(para(a)));
        }
        out.push(right(para("____________ / ____________ /")));
        let day = r
            .control
            .approved_on
            .as_deref()
            .unwrap_or(w.get("hr_date_line"));
        out.push(right(para(day)));
    }
    if let Some(org) = &c.meta.organization {
        out.push(para(org).align(AlignmentType::Center));
    }
    {
        let kind = if form { "hr_title" } else { "job_description" };
        out.push(
            Paragraph::new()
                .add_run(run(w.get(kind)).bold().size(28))
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(240)),
        );
    }
    out.push(
        Paragraph::new()
            .add_run(run(&r.title).bold().size(28))
            .align(AlignmentType::Center),
    );
    let mut stamp = Vec::new();
    if let Some(v) = &c.meta.version {
        stamp.push(format!("{} {v}", w.get("version")));
    }
    stamp.push(format!("{} {}", w.get("fingerprint"), r.fingerprint));
    if let (Some(by), Some(on), false) = (&r.control.approved_by, &r.control.approved_on, form) {
        stamp.push(format!("{} {by}, {on}", w.get("approved_by")));
    }
    if let Some(e) = &r.control.effective {
        stamp.push(format!("{} {e}", w.get("in_force_from")));
    }
    out.push(
        Paragraph::new()
            .add_run(run(stamp.join(" · ")).size(20))
            .align(AlignmentType::Center)
            .line_spacing(LineSpacing::new().after(240)),
    );
    out
}

/// The job description's sections: in the approval form the four numbered
/// sections of a Russian job description (general provisions, duties,
/// rights, responsibility) with numbered points; in the plain form the
/// headings of the role's page.
fn sections(r: &RoleView, w: &Words, form: bool) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let head = |out: &mut Vec<Paragraph>, key: &str| out.push(heading(w.get(key), 26));
    let sub = |out: &mut Vec<Paragraph>, key: &str| {
        out.push(heading(w.get(key), 24));
    };

    // 1. General provisions: purpose, place, qualification.
    let mut pts = Points::new(1, form);
    head(&mut out, if form { "hr_general" } else { "purpose" });
    if let Some(p) = &r.purpose {
        out.push(md_para(&pts.next(), p));
    }
    if !form {
        sub(&mut out, "place");
    }
    let place = |name: &str, value: String| format!("{name}: {value}");
    let nobody = w.get("nobody");
    out.push(para(&format!(
        "{} {}",
        pts.next(),
        place(
            w.get("reports_to"),
            r.reports_to
                .as_ref()
                .map_or(nobody.to_string(), |s| s.name.clone())
        )
    )));
    out.push(para(&format!(
        "{} {}",
        pts.next(),
        place(
            w.get("deputy"),
            r.deputy
                .as_ref()
                .map_or(nobody.to_string(), |s| s.name.clone())
        )
    )));
    if !r.deputy_for.is_empty() {
        let names: Vec<&str> = r.deputy_for.iter().map(|d| d.name.as_str()).collect();
        out.push(para(&format!(
            "{} {}",
            pts.next(),
            place(w.get("deputy_for"), names.join(", "))
        )));
    }
    if !r.qualification.is_empty() {
        if form {
            let n = pts.next();
            out.push(para(&format!("{n} {}:", w.get("qualification"))));
        } else {
            sub(&mut out, "qualification");
        }
        for q in &r.qualification {
            out.push(md_para("–", q));
        }
    }

    // 2. Duties: owned stages with their exit criteria, then duties.
    let mut pts = Points::new(2, form);
    head(&mut out, if form { "hr_duties" } else { "duties" });
    for s in &r.owns {
        let n = pts.next();
        let mut p = Paragraph::new().add_run(run(format!("{n} "))).add_run(
            Run::new()
                .add_text(format!("{} ({})", s.name, s.process_name))
                .bold(),
        );
        if let Some(d) = &s.description {
            p = p.add_run(run(". "));
            for run in md_runs(d) {
                p = p.add_run(run);
            }
        }
        out.push(p);
        if !s.done_when.is_empty() {
            out.push(para(&format!("{}:", w.get("done_when"))));
            for d in &s.done_when {
                out.push(md_para("–", d));
            }
        }
        for e in &s.exceptions {
            let mut p = Paragraph::new().add_run(run(format!("– {}: ", e.when)).italic());
            for run in md_runs(&e.then) {
                p = p.add_run(run);
            }
            out.push(p);
        }
    }
    for d in &r.duties {
        out.push(md_para(&pts.next(), d));
    }
    if !r.not_responsible_for.is_empty() {
        sub(&mut out, "not_responsible_for");
        for d in &r.not_responsible_for {
            out.push(md_para("–", d));
        }
    }

    // 3. Rights, with the decisions the role takes.
    let mut pts = Points::new(3, form);
    head(&mut out, if form { "hr_rights" } else { "rights" });
    for d in &r.rights {
        out.push(md_para(&pts.next(), d));
    }
    for d in &r.decides {
        let levels: Vec<String> = d
            .levels
            .iter()
            .filter(|l| l.by.id == r.id)
            .map(|l| match (&l.over, &l.up_to) {
                (Some(o), Some(u)) => format!("> {o} … ≤ {u}"),
                (Some(o), None) => format!("> {o}"),
                (None, Some(u)) => format!("≤ {u}"),
                (None, None) => String::new(),
            })
            .filter(|s| !s.is_empty())
            .collect();
        let text = if levels.is_empty() {
            format!("{}: {}", w.get("decisions"), d.name)
        } else {
            format!("{}: {} ({})", w.get("decisions"), d.name, levels.join("; "))
        };
        out.push(para(&format!("{} {text}", pts.next())));
    }

    // 4. Responsibility: liability, KPIs and the pay tied to them.
    let mut pts = Points::new(4, form);
    head(&mut out, if form { "hr_responsibility" } else { "kpis" });
    for d in &r.liability {
        out.push(md_para(&pts.next(), d));
    }
    for k in &r.kpis {
        let mut text = k.name.clone();
        if let Some(t) = &k.target {
            text.push_str(&format!(" ({}: {t})", w.get("target")));
        }
        if let Some(m) = &k.measured_by {
            text.push_str(&format!("; {}: {m}", w.get("measured_by")));
        }
        out.push(para(&format!("{} {}: {text}", pts.next(), w.get("kpi"))));
        for p in &k.pay {
            out.push(md_para("–", p));
        }
    }
    if let Some(f) = &r.pay_fixed {
        out.push(md_para(
            &format!("{} {}:", pts.next(), w.get("pay_fixed")),
            f,
        ));
    }
    if let Some(e) = &r.pay_example {
        out.push(md_para(&format!("{}:", w.get("pay_example")), e));
    }
    out
}

/// The sheet the holders sign: position, version and fingerprint, then a
/// table of numbered lines for name, date and signature.
fn acknowledgement_sheet(doc: Docx, c: &Compiled, r: &RoleView, w: &Words) -> Docx {
    let mut doc = doc.add_paragraph(
        Paragraph::new()
            .add_run(run(w.get("ack_sheet")).bold().size(28))
            .align(AlignmentType::Center)
            .page_break_before(true),
    );
    let mut facts = vec![format!("{}: {}", w.get("position"), r.title)];
    if let Some(v) = &c.meta.version {
        facts.push(format!("{} {v}", w.get("version")));
    }
    facts.push(format!("{} {}", w.get("fingerprint"), r.fingerprint));
    doc = doc.add_paragraph(para(&facts.join(" · ")));
    doc = doc.add_paragraph(para(w.get("ack_sheet_note")));
    let cell = |text: &str, width: usize| {
        TableCell::new()
            .add_paragraph(para(text))
            .width(width, WidthType::Dxa)
    };
    let widths = [600, 4200, 2200, 2300];
    let mut rows = vec![TableRow::new(vec![
        cell("№", widths[0]),
        cell(w.get("name"), widths[1]),
        cell(w.get("date"), widths[2]),
        cell(w.get("signature"), widths[3]),
    ])];
    for i in 1..=SIGN_ROWS {
        rows.push(TableRow::new(vec![
            cell(&i.to_string(), widths[0]),
            cell("", widths[1]),
            cell("", widths[2]),
            cell("", widths[3]),
        ]));
    }
    doc.add_table(Table::new(rows).set_grid(widths.to_vec()))
}

/// One checklist: its name (and when), then a box per item.
fn checklist(list: &ChecklistView, w: &Words, first: bool) -> Vec<Paragraph> {
    let mut out = Vec::new();
    if first {
        out.push(heading(w.get("checklists"), 28).page_break_before(true));
    }
    let mut name = list.name.clone();
    if let Some(when) = &list.when {
        name.push_str(&format!(" ({when})"));
    }
    out.push(heading(&name, 24));
    for fact in &list.facts {
        let mut p = Paragraph::new();
        if let Some(label) = &fact.label {
            p = p.add_run(run(format!("{}: ", w.get(label))).italic());
        }
        for run in md_runs(&fact.text) {
            p = p.add_run(run);
        }
        out.push(p);
    }
    for item in &list.items {
        let mut p = Paragraph::new().add_run(run("☐ "));
        if let Some(label) = &item.label {
            p = p.add_run(run(format!("{}: ", w.get(label))).italic());
        }
        for run in md_runs(&item.text) {
            p = p.add_run(run);
        }
        out.push(p);
        for sub in &item.sub {
            out.push(md_para("    ☐", sub));
        }
    }
    out
}
