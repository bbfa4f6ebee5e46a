//! The swimlane diagram of a process, drawn as inline SVG: one lane per role, stages in flow order, handoffs marked.
//!
//! Plain SVG with links: readable and clickable without JavaScript, printable,
//! and deterministic (integer coordinates, no random ids).

use std::fmt::Write;

use crate::compile::ProcessView;
use crate::markdown::escape_html as esc;

const LABEL_W: i32 = 150;
const COL_W: i32 = 150;
const BOX_W: i32 = 126;
const BOX_H: i32 = 58;
const LANE_H: i32 = 86;
const BACK_STEP: i32 = 14;

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
    let first = cy - (n - 1) * 7;
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(
            out,
            r#"<text class="{class}" x="{cx}" y="{}" text-anchor="middle" dominant-baseline="middle">{}</text>"#,
            first + i as i32 * 14,
            esc(line)
        );
    }
}

/// Draws the process. `root` is the relative path to the site root from the
/// page; a stage box links to `{stage_base}stage-ID` (e.g. `#`, or
/// `processes/sales.html#` from the index). Ids inside the SVG carry the
/// process id, so several diagrams can share a page.
// Long on purpose: one SVG written in drawing order (lanes, edges, stages,
// legend) over one layout; split, the layout would pass between five
// functions; the diagram is due to be redrawn with lanes as columns.
pub fn swimlane(p: &ProcessView, root: &str, stage_base: &str, labels: &Labels) -> String {
    let mut lanes: Vec<(String, String)> = p
        .lanes
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    if p.stages.iter().any(|s| s.owner.is_none()) {
        lanes.push((String::new(), labels.no_owner.to_string()));
    }
    let lane_of = |owner: Option<&str>| -> i32 {
        lanes
            .iter()
            .position(|(id, _)| owner.map_or(id.is_empty(), |o| o == id))
            .unwrap_or(0) as i32
    };
    let place: Vec<(i32, i32)> = p
        .stages
        .iter()
        .enumerate()
        .map(|(col, s)| {
            let x = LABEL_W + col as i32 * COL_W + (COL_W - BOX_W) / 2;
            let y =
                lane_of(s.owner.as_ref().map(|o| o.id.as_str())) * LANE_H + (LANE_H - BOX_H) / 2;
            (x, y)
        })
        .collect();
    let col_of = |id: &str| p.stages.iter().position(|s| s.id == id);

    let lanes_h = lanes.len() as i32 * LANE_H;
    let back_edges = p
        .stages
        .iter()
        .enumerate()
        .flat_map(|(a, s)| s.next.iter().map(move |n| (a, n)))
        .filter(|(a, n)| col_of(&n.id).is_some_and(|b| b <= *a))
        .count() as i32;
    let width = LABEL_W + p.stages.len().max(1) as i32 * COL_W + 10;
    let legend_y = lanes_h + back_edges * BACK_STEP + 24;
    let height = legend_y + 26;

    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="swimlane" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="group" aria-labelledby="svg-title-{id}"><title id="svg-title-{id}">{title}</title>"#,
        id = esc(&p.id),
        title = esc(labels.title)
    );
    let _ = write!(
        out,
        r#"<defs><marker id="arrow-{id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker><marker id="hand-{id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead-hand"/></marker></defs>"#,
        id = esc(&p.id)
    );
    let arrow = format!("url(#arrow-{})", esc(&p.id));
    let hand = format!("url(#hand-{})", esc(&p.id));

    for (i, (id, name)) in lanes.iter().enumerate() {
        let y = i as i32 * LANE_H;
        let _ = write!(
            out,
            r#"<rect class="lane lane-{}" x="0" y="{y}" width="{width}" height="{LANE_H}"/>"#,
            i % 2
        );
        let lines = wrap(name, 18, 3);
        if id.is_empty() {
            text_block(&mut out, LABEL_W / 2, y + LANE_H / 2, &lines, "lane-label");
        } else {
            let _ = write!(out, r#"<a href="{root}roles/{}.html">"#, esc(id));
            text_block(&mut out, LABEL_W / 2, y + LANE_H / 2, &lines, "lane-label");
            out.push_str("</a>");
        }
    }

    let mut back = 0;
    for (a, s) in p.stages.iter().enumerate() {
        for n in &s.next {
            let Some(b) = col_of(&n.id) else { continue };
            let (ax, ay) = place[a];
            let (bx, by) = place[b];
            let path = if b > a {
                let (x1, y1) = (ax + BOX_W, ay + BOX_H / 2);
                let (x2, y2) = (bx, by + BOX_H / 2);
                if y1 == y2 {
                    format!("M{x1},{y1} H{}", x2 - 2)
                } else {
                    let xm = x2 - (COL_W - BOX_W) / 2;
                    format!("M{x1},{y1} H{xm} V{y2} H{}", x2 - 2)
                }
            } else {
                back += 1;
                let yb = lanes_h + back * BACK_STEP;
                let (x1, x2) = (ax + BOX_W / 2 + 8, bx + BOX_W / 2 - 8);
                format!("M{x1},{} V{yb} H{x2} V{}", ay + BOX_H, by + BOX_H + 2)
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

    for (i, s) in p.stages.iter().enumerate() {
        let (x, y) = place[i];
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
            &mut out,
            x + BOX_W / 2,
            y + BOX_H / 2,
            &wrap(&s.name, 17, 3),
            "stage-label",
        );
        out.push_str("</a>");
        // A handoff marker on the box edge where hands change.
        for n in s.next.iter().filter(|n| n.handoff.is_some()) {
            if col_of(&n.id).is_some_and(|b| b > i) {
                let _ = write!(
                    out,
                    r#"<circle class="hand-dot" cx="{}" cy="{}" r="4"/>"#,
                    x + BOX_W,
                    y + BOX_H / 2
                );
                break;
            }
        }
    }

    let _ = write!(
        out,
        r#"<g class="legend"><path class="edge edge-hand" d="M10,{ly} H50" marker-end="{hand}"/><text x="58" y="{ly}" dominant-baseline="middle">{}</text><path class="edge" d="M{x2},{ly} H{x3}" marker-end="{arrow}"/><text x="{x4}" y="{ly}" dominant-baseline="middle">{}</text></g>"#,
        esc(labels.legend_handoff),
        esc(labels.legend_flow),
        ly = legend_y,
        x2 = 420,
        x3 = 460,
        x4 = 468,
    );
    out.push_str("</svg>");
    out
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
