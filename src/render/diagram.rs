//! The swimlane diagram of a process, drawn as inline SVG: one column per role, stages running down the page in flow order, handoffs marked.
//!
//! Lanes are columns so that a department's five or six roles fit a screen
//! and an A4 page at a readable size, and a long process grows downwards,
//! where pages scroll and print naturally. The lane names head the diagram
//! and are repeated every [`HEADER_EVERY`] rows, so a reader always sees
//! whose column is whose. Plain SVG with links: readable and clickable
//! without JavaScript, printable, and deterministic (integer coordinates, no
//! random ids).
//!
//! Every text is laid out by its measured width in the font the diagram
//! draws with ([`super::metrics`]): a lane widens until its longest word
//! fits, names and decision notes wrap inside their boxes, and boxes and
//! rows grow to hold their lines, so nothing is cut or spills over.

use std::fmt::Write;

use super::metrics;
use crate::compile::{ProcessView, StageView};
use crate::markdown::escape_html as esc;

/// The narrowest lane (a column); a lane widens, up to [`LANE_MAX`], until
/// its longest word fits.
const LANE_MIN: i32 = 122;
const LANE_MAX: i32 = 200;
/// Space between a lane's edge and its boxes, and inside a box around its text.
const MARGIN: i32 = 6;
const PAD: i32 = 7;
/// The smallest box, and the space between two rows of boxes.
const BOX_MIN_H: i32 = 52;
const GAP: i32 = 14;
/// The smallest row of lane names.
const HEAD_MIN_H: i32 = 58;
/// The lane names are drawn again before every this many stages (unless
/// fewer than [`HEADER_LAST`] stages would follow them).
const HEADER_EVERY: usize = 7;
const HEADER_LAST: usize = 3;
/// Space between two arrows that lead back to an earlier stage.
const BACK_STEP: i32 = 12;
/// Text sizes and line heights (a line holds the font's ascent and descent:
/// 1.17 em for DejaVu Sans Condensed).
const TEXT_PX: f64 = 15.0;
const LINE: i32 = 18;
const NOTE_PX: f64 = 13.0;
const NOTE_LINE: i32 = 16;
/// The legend's signs take this much before their words.
const LEGEND_TEXT_X: i32 = 48;

/// Words the diagram prints.
#[derive(Clone, Copy)]
pub struct Labels<'a> {
    /// Title for screen readers.
    pub title: &'a str,
    /// Lane of stages without an owner.
    pub no_owner: &'a str,
    /// Legend: change of hands.
    pub legend_handoff: &'a str,
    /// Legend: same owner.
    pub legend_flow: &'a str,
    /// Legend and tooltip: a decision taken by someone other than the owner.
    pub legend_decides: &'a str,
    /// Tooltip prefix for handoffs.
    pub handoff: &'a str,
}

fn text_block(out: &mut String, cx: i32, cy: i32, lines: &[String], line: i32, class: &str) {
    let n = lines.len() as i32;
    let first = cy - (n - 1) * line / 2;
    for (i, text) in lines.iter().enumerate() {
        let _ = write!(
            out,
            r#"<text class="{class}" x="{cx}" y="{}" text-anchor="middle" dominant-baseline="middle">{}</text>"#,
            first + i as i32 * line,
            esc(text)
        );
    }
}

/// The notes of the decisions taken at a stage by people who do not own
/// it: (lane, decision names), one box per lane.
fn approvals_of(s: &StageView, lanes: &[(String, String)]) -> Vec<(usize, Vec<String>)> {
    let mut out: Vec<(usize, Vec<String>)> = Vec::new();
    for d in &s.decisions {
        for l in &d.levels {
            if s.owner.as_ref().is_some_and(|o| o.id == l.by.id) {
                continue;
            }
            let Some(lane) = lanes.iter().position(|(id, _)| *id == l.by.id) else {
                continue;
            };
            match out.iter_mut().find(|(l, _)| *l == lane) {
                Some((_, names)) if names.contains(&d.name) => {}
                Some((_, names)) => names.push(d.name.clone()),
                None => out.push((lane, vec![d.name.clone()])),
            }
        }
    }
    out
}

/// A note in a decider's lane at a stage: the lane, the decisions' names,
/// and the lines they are drawn in.
struct Note {
    lane: usize,
    names: Vec<String>,
    lines: Vec<String>,
}

/// Where everything goes: lanes and their widths, each stage's row and the
/// lines of every text, measured in the diagram's font.
struct Layout {
    /// (role id, name); an empty id is the lane of stages without an owner.
    lanes: Vec<(String, String)>,
    /// The left edge of each lane, and one past the last.
    lane_x: Vec<i32>,
    /// The lines of each lane's name.
    lane_lines: Vec<Vec<String>>,
    head_h: i32,
    /// The lane of each stage.
    lane: Vec<usize>,
    /// The lines of each stage's name.
    stage_lines: Vec<Vec<String>>,
    /// The decision notes of each stage.
    notes: Vec<Vec<Note>>,
    /// The top of each row, and its box height.
    row_y: Vec<i32>,
    box_h: Vec<i32>,
    /// Arrows that lead back to an earlier (or the same) stage.
    back_edges: i32,
    legend_w: i32,
}

impl Layout {
    fn new(p: &ProcessView, labels: &Labels) -> Layout {
        let mut lanes: Vec<(String, String)> = p
            .lanes
            .iter()
            .map(|r| (r.id.clone(), r.name.clone()))
            .collect();
        if p.stages.iter().any(|s| s.owner.is_none()) {
            lanes.push((String::new(), labels.no_owner.to_string()));
        }
        let lane: Vec<usize> = p
            .stages
            .iter()
            .map(|s| {
                let owner = s.owner.as_ref().map(|o| o.id.as_str());
                lanes
                    .iter()
                    .position(|(id, _)| owner.map_or(id.is_empty(), |o| o == id))
                    .unwrap_or(0)
            })
            .collect();
        let approvals: Vec<Vec<(usize, Vec<String>)>> =
            p.stages.iter().map(|s| approvals_of(s, &lanes)).collect();

        // Each lane as wide as its longest word needs, within limits.
        let mut widest: Vec<f64> = lanes
            .iter()
            .map(|(_, name)| metrics::widest_word(name, TEXT_PX))
            .collect();
        for (i, s) in p.stages.iter().enumerate() {
            let w = metrics::widest_word(&s.name, TEXT_PX);
            widest[lane[i]] = widest[lane[i]].max(w);
            for (l, names) in &approvals[i] {
                for n in names {
                    widest[*l] = widest[*l].max(metrics::widest_word(n, NOTE_PX));
                }
            }
        }
        let mut lane_x = vec![0];
        let mut x = 0;
        for w in &widest {
            let need = w.ceil() as i32 + 2 * (MARGIN + PAD);
            x += need.clamp(LANE_MIN, LANE_MAX);
            lane_x.push(x);
        }
        let text_w = |l: usize| f64::from(lane_x[l + 1] - lane_x[l] - 2 * (MARGIN + PAD));

        let lane_lines: Vec<Vec<String>> = lanes
            .iter()
            .enumerate()
            .map(|(l, (_, name))| metrics::wrap(name, text_w(l), TEXT_PX))
            .collect();
        let head_h = lane_lines
            .iter()
            .map(|l| l.len() as i32 * LINE + 2 * PAD)
            .fold(HEAD_MIN_H, i32::max);
        let stage_lines: Vec<Vec<String>> = p
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| metrics::wrap(&s.name, text_w(lane[i]), TEXT_PX))
            .collect();
        let notes: Vec<Vec<Note>> = approvals
            .into_iter()
            .map(|a| {
                a.into_iter()
                    .map(|(l, names)| {
                        let lines = names
                            .iter()
                            .flat_map(|n| metrics::wrap(n, text_w(l), NOTE_PX))
                            .collect();
                        Note {
                            lane: l,
                            names,
                            lines,
                        }
                    })
                    .collect()
            })
            .collect();
        let box_h: Vec<i32> = (0..p.stages.len())
            .map(|i| {
                let notes = notes[i]
                    .iter()
                    .map(|n| n.lines.len() as i32 * NOTE_LINE)
                    .max()
                    .unwrap_or(0);
                (stage_lines[i].len() as i32 * LINE)
                    .max(notes)
                    .saturating_add(2 * PAD)
                    .max(BOX_MIN_H)
            })
            .collect();
        let blocks = blocks(p.stages.len());
        let mut row_y = Vec::with_capacity(p.stages.len());
        let mut y = 0;
        for (i, h) in box_h.iter().enumerate() {
            if i % HEADER_EVERY == 0 && i / HEADER_EVERY < blocks {
                y += head_h;
            }
            row_y.push(y);
            y += h + GAP;
        }
        let back_edges = p
            .stages
            .iter()
            .enumerate()
            .flat_map(|(a, s)| s.next.iter().map(move |n| (a, n)))
            .filter(|(a, n)| row_of(p, &n.id).is_some_and(|b| b <= *a))
            .count() as i32;
        let legend_w = [
            labels.legend_handoff,
            labels.legend_flow,
            labels.legend_decides,
        ]
        .iter()
        .map(|t| metrics::width(t, TEXT_PX).ceil() as i32 + LEGEND_TEXT_X + 4)
        .max()
        .unwrap_or(0);
        Layout {
            lanes,
            lane_x,
            lane_lines,
            head_h,
            lane,
            stage_lines,
            notes,
            row_y,
            box_h,
            back_edges,
            legend_w,
        }
    }

    fn lanes_w(&self) -> i32 {
        self.lane_x.last().copied().unwrap_or(0)
    }

    fn width(&self) -> i32 {
        (self.lanes_w() + self.back_edges * BACK_STEP + 16).max(self.legend_w)
    }

    /// The left edge and width of a box in `lane`.
    fn box_x(&self, lane: usize) -> (i32, i32) {
        let x = self.lane_x[lane] + MARGIN;
        (x, self.lane_x[lane + 1] - MARGIN - x)
    }

    /// The tops of the rows of lane names.
    fn header_ys(&self) -> Vec<i32> {
        (0..blocks(self.lane.len()))
            .map(|b| {
                self.row_y
                    .get(b * HEADER_EVERY)
                    .map_or(0, |y| y - self.head_h)
            })
            .collect()
    }

    /// The box of stage `row`: left, top, width, height.
    fn place(&self, row: usize) -> (i32, i32, i32, i32) {
        let (x, w) = self.box_x(self.lane[row]);
        (x, self.row_y[row] + GAP / 2, w, self.box_h[row])
    }

    fn rows_h(&self) -> i32 {
        match (self.row_y.last(), self.box_h.last()) {
            (Some(y), Some(h)) => y + h + GAP,
            _ => self.head_h,
        }
    }
}

/// How many rows of lane names: one per [`HEADER_EVERY`] stages, the last
/// few stages staying under the one before.
fn blocks(rows: usize) -> usize {
    let mut blocks = rows.div_ceil(HEADER_EVERY).max(1);
    if blocks > 1 && !rows.is_multiple_of(HEADER_EVERY) && rows % HEADER_EVERY < HEADER_LAST {
        blocks -= 1;
    }
    blocks
}

fn row_of(p: &ProcessView, id: &str) -> Option<usize> {
    p.stages.iter().position(|s| s.id == id)
}

/// Draws the process. `root` is the relative path to the site root from the
/// page; a stage box links to `{stage_base}stage-ID` (e.g. `#`, or
/// `processes/sales.html#` from the index). Ids inside the SVG carry the
/// process id, so several diagrams can share a page.
pub fn swimlane(p: &ProcessView, root: &str, stage_base: &str, labels: &Labels) -> String {
    let layout = Layout::new(p, labels);
    let (width, rows_h) = (layout.width(), layout.rows_h());
    let legend_y = rows_h + 22;
    let legend_lines = if p.stages.iter().any(|s| !s.decisions.is_empty()) {
        3
    } else {
        2
    };
    let height = legend_y + legend_lines * 22;
    let id = esc(&p.id);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="swimlane" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" style="min-width: {min}px" role="group" aria-labelledby="svg-title-{id}"><title id="svg-title-{id}">{title}</title>"#,
        title = esc(labels.title),
        // Shrunk to a column, text stays at least 11 px; a wider diagram
        // scrolls sideways in its container.
        min = width * 3 / 4
    );
    let _ = write!(
        out,
        r#"<defs><marker id="arrow-{id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker><marker id="hand-{id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead-hand"/></marker></defs>"#
    );
    lanes(&mut out, &layout, root);
    edges(&mut out, p, &layout, root, labels);
    stages(&mut out, p, &layout, stage_base, labels);
    legend(&mut out, p, legend_y, labels);
    out.push_str("</svg>");
    out
}

/// The lane columns, and the row of their names before every
/// [`HEADER_EVERY`] stages.
fn lanes(out: &mut String, layout: &Layout, root: &str) {
    let h = layout.rows_h();
    for i in 0..layout.lanes.len() {
        let _ = write!(
            out,
            r#"<rect class="lane lane-{}" x="{}" y="0" width="{}" height="{h}"/>"#,
            i % 2,
            layout.lane_x[i],
            layout.lane_x[i + 1] - layout.lane_x[i]
        );
    }
    for y in layout.header_ys() {
        let _ = write!(
            out,
            r#"<rect class="lane-head" x="0" y="{y}" width="{}" height="{}"/>"#,
            layout.lanes_w(),
            layout.head_h
        );
        for (i, (role, _)) in layout.lanes.iter().enumerate() {
            let cx = (layout.lane_x[i] + layout.lane_x[i + 1]) / 2;
            let cy = y + layout.head_h / 2;
            let lines = &layout.lane_lines[i];
            if role.is_empty() {
                text_block(out, cx, cy, lines, LINE, "lane-label");
            } else {
                let _ = write!(out, r#"<a href="{root}roles/{}.html">"#, esc(role));
                text_block(out, cx, cy, lines, LINE, "lane-label");
                out.push_str("</a>");
            }
        }
    }
}

/// The arrows: down the page to a later stage, or round the right-hand
/// side back to an earlier one; a change of hands is thick and links to its
/// handoff page.
fn edges(out: &mut String, p: &ProcessView, layout: &Layout, root: &str, labels: &Labels) {
    let arrow = format!("url(#arrow-{})", esc(&p.id));
    let hand = format!("url(#hand-{})", esc(&p.id));
    let mut back = 0;
    for (a, s) in p.stages.iter().enumerate() {
        for n in &s.next {
            let Some(b) = row_of(p, &n.id) else { continue };
            let (ax, ay, aw, ah) = layout.place(a);
            let (bx, by, bw, bh) = layout.place(b);
            let path = if b > a {
                let (x1, y1) = (ax + aw / 2, ay + ah);
                let (x2, y2) = (bx + bw / 2, by);
                if x1 == x2 {
                    format!("M{x1},{y1} V{}", y2 - 2)
                } else {
                    let ym = y1 + GAP / 2;
                    format!("M{x1},{y1} V{ym} H{x2} V{}", y2 - 2)
                }
            } else {
                back += 1;
                let gx = layout.lanes_w() + back * BACK_STEP;
                format!(
                    "M{},{} H{gx} V{} H{}",
                    ax + aw,
                    ay + ah / 2 + 8,
                    by + bh / 2 - 8,
                    bx + bw + 2
                )
            };
            match &n.handoff {
                Some(slug) => {
                    let _ = write!(
                        out,
                        r#"<a href="{root}handoffs/{slug}.html" class="handoff-link"><path class="edge edge-hand" d="{path}" marker-end="{hand}"><title>{}: {} → {}</title></path></a>"#,
                        esc(labels.handoff),
                        esc(&s.name),
                        esc(&n.name),
                        slug = esc(slug),
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        r#"<path class="edge" d="{path}" marker-end="{arrow}"/>"#
                    );
                }
            }
        }
    }
}

/// The stage boxes, a dot where hands change, and in the lane of each
/// person who decides at a stage without owning it, a note naming the
/// decisions.
fn stages(out: &mut String, p: &ProcessView, layout: &Layout, stage_base: &str, labels: &Labels) {
    for (i, s) in p.stages.iter().enumerate() {
        let (x, y, w, h) = layout.place(i);
        let mut class = String::from("stage");
        if s.is_final {
            class.push_str(" final");
        }
        if p.start.as_deref() == Some(s.id.as_str()) {
            class.push_str(" start");
        }
        let _ = write!(
            out,
            r##"<a href="{stage_base}stage-{id}"><rect class="{class}" x="{x}" y="{y}" width="{w}" height="{h}" rx="6"/>"##,
            id = esc(&s.id)
        );
        text_block(
            out,
            x + w / 2,
            y + h / 2,
            &layout.stage_lines[i],
            LINE,
            "stage-label",
        );
        out.push_str("</a>");
        if s.next
            .iter()
            .any(|n| n.handoff.is_some() && row_of(p, &n.id).is_some_and(|b| b > i))
        {
            let _ = write!(
                out,
                r#"<circle class="hand-dot" cx="{}" cy="{}" r="4"/>"#,
                x + w / 2,
                y + h
            );
        }
        for Note { lane, names, lines } in &layout.notes[i] {
            let (x, w) = layout.box_x(*lane);
            let _ = write!(
                out,
                r##"<a href="{stage_base}stage-{id}"><rect class="approval" x="{x}" y="{y}" width="{w}" height="{h}" rx="3"><title>{}: {}</title></rect>"##,
                esc(labels.legend_decides),
                esc(&names.join("; ")),
                id = esc(&s.id),
            );
            text_block(
                out,
                x + w / 2,
                y + h / 2,
                lines,
                NOTE_LINE,
                "approval-label",
            );
            out.push_str("</a>");
        }
    }
}

/// One line per sign, so that the legend fits a diagram of one lane.
fn legend(out: &mut String, p: &ProcessView, y: i32, labels: &Labels) {
    let id = esc(&p.id);
    let y2 = y + 22;
    let _ = write!(
        out,
        r#"<g class="legend"><path class="edge edge-hand" d="M4,{y} H40" marker-end="url(#hand-{id})"/><text x="{LEGEND_TEXT_X}" y="{y}" dominant-baseline="middle">{}</text><path class="edge" d="M4,{y2} H40" marker-end="url(#arrow-{id})"/><text x="{LEGEND_TEXT_X}" y="{y2}" dominant-baseline="middle">{}</text>"#,
        esc(labels.legend_handoff),
        esc(labels.legend_flow),
    );
    if p.stages.iter().any(|s| !s.decisions.is_empty()) {
        let y3 = y2 + 22;
        let _ = write!(
            out,
            r#"<rect class="approval" x="4" y="{}" width="36" height="14" rx="3"/><text x="{LEGEND_TEXT_X}" y="{y3}" dominant-baseline="middle">{}</text>"#,
            y3 - 7,
            esc(labels.legend_decides),
        );
    }
    out.push_str("</g>");
}
