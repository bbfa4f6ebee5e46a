//! The swimlane diagram of a process, drawn as inline SVG: one column per role, stages running down the page in flow order, handoffs marked.
//!
//! Lanes are columns so that a department's five or six roles fit a screen
//! and an A4 page at a readable size, and a long process grows downwards,
//! where pages scroll and print naturally. The lane names head the diagram
//! and are repeated every [`HEADER_EVERY`] rows, so a reader always sees
//! whose column is whose. Plain SVG with links: readable and clickable
//! without JavaScript, printable, and deterministic (integer coordinates, no
//! random ids).

use std::fmt::Write;

use crate::compile::{ProcessView, StageView};
use crate::markdown::escape_html as esc;

/// Width of a lane (a column).
const LANE_W: i32 = 122;
const BOX_W: i32 = 110;
const BOX_H: i32 = 52;
/// Height of a row (one stage).
const ROW_H: i32 = 66;
/// Height of the row of lane names (three lines).
const HEAD_H: i32 = 58;
/// The lane names are drawn again before every this many stages (unless
/// fewer than [`HEADER_LAST`] stages would follow them).
const HEADER_EVERY: usize = 7;
const HEADER_LAST: usize = 3;
/// Space between two arrows that lead back to an earlier stage.
const BACK_STEP: i32 = 12;
/// Characters of a stage name per line (15 px text in a 110 px box).
const WRAP: usize = 14;

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

/// Splits text into at most `max_lines` lines of about `width` characters.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

fn text_block(out: &mut String, cx: i32, cy: i32, lines: &[String], class: &str) {
    let n = lines.len() as i32;
    let first = cy - (n - 1) * 8;
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(
            out,
            r#"<text class="{class}" x="{cx}" y="{}" text-anchor="middle" dominant-baseline="middle">{}</text>"#,
            first + i as i32 * 16,
            esc(line)
        );
    }
}

/// Where everything goes: lanes, the row of each stage, the arrows back.
struct Layout {
    /// (role id, name); an empty id is the lane of stages without an owner.
    lanes: Vec<(String, String)>,
    /// The lane of each stage.
    lane: Vec<i32>,
    /// Arrows that lead back to an earlier (or the same) stage.
    back_edges: i32,
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
        let lane = p
            .stages
            .iter()
            .map(|s| {
                let owner = s.owner.as_ref().map(|o| o.id.as_str());
                lanes
                    .iter()
                    .position(|(id, _)| owner.map_or(id.is_empty(), |o| o == id))
                    .unwrap_or(0) as i32
            })
            .collect();
        let back_edges = p
            .stages
            .iter()
            .enumerate()
            .flat_map(|(a, s)| s.next.iter().map(move |n| (a, n)))
            .filter(|(a, n)| row_of(p, &n.id).is_some_and(|b| b <= *a))
            .count() as i32;
        Layout {
            lanes,
            lane,
            back_edges,
        }
    }

    fn lane_x(&self, lane: i32) -> i32 {
        lane * LANE_W
    }

    fn lanes_w(&self) -> i32 {
        self.lanes.len() as i32 * LANE_W
    }

    fn width(&self) -> i32 {
        self.lanes_w() + self.back_edges * BACK_STEP + 16
    }

    /// How many rows of lane names: one per [`HEADER_EVERY`] stages, the
    /// last few stages staying under the one before.
    fn blocks(&self) -> usize {
        let rows = self.lane.len();
        let mut blocks = rows.div_ceil(HEADER_EVERY).max(1);
        if blocks > 1 && !rows.is_multiple_of(HEADER_EVERY) && rows % HEADER_EVERY < HEADER_LAST {
            blocks -= 1;
        }
        blocks
    }

    /// Top of row `block` of lane names.
    fn header_y(block: usize) -> i32 {
        block as i32 * (HEAD_H + HEADER_EVERY as i32 * ROW_H)
    }

    /// The top-left corner of the box of stage `row`.
    fn place(&self, row: usize) -> (i32, i32) {
        let block = (row / HEADER_EVERY).min(self.blocks() - 1);
        let x = self.lane_x(self.lane[row]) + (LANE_W - BOX_W) / 2;
        let y = Self::header_y(block)
            + HEAD_H
            + (row - block * HEADER_EVERY) as i32 * ROW_H
            + (ROW_H - BOX_H) / 2;
        (x, y)
    }

    fn rows_h(&self) -> i32 {
        self.blocks() as i32 * HEAD_H + self.lane.len() as i32 * ROW_H
    }
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
        r#"<svg class="swimlane" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="group" aria-labelledby="svg-title-{id}"><title id="svg-title-{id}">{title}</title>"#,
        title = esc(labels.title)
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
    for i in 0..layout.lanes.len() as i32 {
        let _ = write!(
            out,
            r#"<rect class="lane lane-{}" x="{}" y="0" width="{LANE_W}" height="{h}"/>"#,
            i % 2,
            layout.lane_x(i)
        );
    }
    for block in 0..layout.blocks() {
        let y = Layout::header_y(block);
        let _ = write!(
            out,
            r#"<rect class="lane-head" x="0" y="{y}" width="{}" height="{HEAD_H}"/>"#,
            layout.lanes_w()
        );
        for (i, (role, name)) in layout.lanes.iter().enumerate() {
            let cx = layout.lane_x(i as i32) + LANE_W / 2;
            let lines = wrap(name, 15, 3);
            if role.is_empty() {
                text_block(out, cx, y + HEAD_H / 2, &lines, "lane-label");
            } else {
                let _ = write!(out, r#"<a href="{root}roles/{}.html">"#, esc(role));
                text_block(out, cx, y + HEAD_H / 2, &lines, "lane-label");
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
            let (ax, ay) = layout.place(a);
            let (bx, by) = layout.place(b);
            let path = if b > a {
                let (x1, y1) = (ax + BOX_W / 2, ay + BOX_H);
                let (x2, y2) = (bx + BOX_W / 2, by);
                if x1 == x2 {
                    format!("M{x1},{y1} V{}", y2 - 2)
                } else {
                    let ym = y1 + (ROW_H - BOX_H) / 2;
                    format!("M{x1},{y1} V{ym} H{x2} V{}", y2 - 2)
                }
            } else {
                back += 1;
                let gx = layout.lanes_w() + back * BACK_STEP;
                format!(
                    "M{},{} H{gx} V{} H{}",
                    ax + BOX_W,
                    ay + BOX_H / 2 + 8,
                    by + BOX_H / 2 - 8,
                    bx + BOX_W + 2
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
/// person who decides at a stage without owning it, a mark naming the
/// decision.
fn stages(out: &mut String, p: &ProcessView, layout: &Layout, stage_base: &str, labels: &Labels) {
    for (i, s) in p.stages.iter().enumerate() {
        let (x, y) = layout.place(i);
        let mut class = String::from("stage");
        if s.is_final {
            class.push_str(" final");
        }
        if p.start.as_deref() == Some(s.id.as_str()) {
            class.push_str(" start");
        }
        let _ = write!(
            out,
            r##"<a href="{stage_base}stage-{id}"><rect class="{class}" x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="6"/>"##,
            id = esc(&s.id)
        );
        text_block(
            out,
            x + BOX_W / 2,
            y + BOX_H / 2,
            &wrap(&s.name, WRAP, 3),
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
                x + BOX_W / 2,
                y + BOX_H
            );
        }
        approvals(out, s, layout, y, stage_base, labels);
    }
}

fn approvals(
    out: &mut String,
    s: &StageView,
    layout: &Layout,
    y: i32,
    stage_base: &str,
    labels: &Labels,
) {
    for d in &s.decisions {
        for l in &d.levels {
            if s.owner.as_ref().is_some_and(|o| o.id == l.by.id) {
                continue;
            }
            let Some(lane) = layout.lanes.iter().position(|(id, _)| *id == l.by.id) else {
                continue;
            };
            let x = layout.lane_x(lane as i32) + (LANE_W - BOX_W) / 2;
            let _ = write!(
                out,
                r##"<a href="{stage_base}stage-{id}"><rect class="approval" x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="3"><title>{}: {}</title></rect>"##,
                esc(labels.legend_decides),
                esc(&d.name),
                id = esc(&s.id),
            );
            text_block(
                out,
                x + BOX_W / 2,
                y + BOX_H / 2,
                &wrap(&d.name, WRAP + 3, 3),
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
        r#"<g class="legend"><path class="edge edge-hand" d="M4,{y} H40" marker-end="url(#hand-{id})"/><text x="48" y="{y}" dominant-baseline="middle">{}</text><path class="edge" d="M4,{y2} H40" marker-end="url(#arrow-{id})"/><text x="48" y="{y2}" dominant-baseline="middle">{}</text>"#,
        esc(labels.legend_handoff),
        esc(labels.legend_flow),
    );
    if p.stages.iter().any(|s| !s.decisions.is_empty()) {
        let y3 = y2 + 22;
        let _ = write!(
            out,
            r#"<rect class="approval" x="4" y="{}" width="36" height="14" rx="3"/><text x="48" y="{y3}" dominant-baseline="middle">{}</text>"#,
            y3 - 7,
            esc(labels.legend_decides),
        );
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_long_names() {
        assert_eq!(
            wrap("Follow-up and repeat orders", 17, 3),
            vec!["Follow-up and", "repeat orders"]
        );
        assert_eq!(wrap("a b c d e f g h", 1, 2), vec!["a", "b…"]);
    }
}
