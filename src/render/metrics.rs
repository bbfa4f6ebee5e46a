//! Widths of text in the font the diagrams draw with (DejaVu Sans Condensed, shipped with the site), so a swimlane lays its words out by measure.
//!
//! The font comes from the `dejavu` crate and is written to the site as
//! `assets/diagram.ttf`; the stylesheet gives it to every swimlane, so the
//! widths measured here are the widths the browser draws and prints. Kerning
//! only narrows text, so measuring without it errs on the safe side. A
//! character the font lacks (the browser draws it with another font) counts
//! as a full em.

use std::sync::OnceLock;

/// The font file, as written to the site.
pub fn font() -> &'static [u8] {
    dejavu::sans_condensed::regular()
}

fn face() -> Option<&'static ttf_parser::Face<'static>> {
    static FACE: OnceLock<Option<ttf_parser::Face<'static>>> = OnceLock::new();
    FACE.get_or_init(|| ttf_parser::Face::parse(font(), 0).ok())
        .as_ref()
}

/// The width of `text` at `px` pixels.
pub fn width(text: &str, px: f64) -> f64 {
    let Some(face) = face() else {
        return text.chars().count() as f64 * px;
    };
    let em = f64::from(face.units_per_em());
    text.chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(px, |a| f64::from(a) / em * px)
        })
        .sum()
}

/// Splits `text` into lines no wider than `max` at `px` pixels, between
/// words; a word wider than a line is cut after a hyphen, or else between
/// its letters.
pub fn wrap(text: &str, max: f64, px: f64) -> Vec<String> {
    let space = width(" ", px);
    let mut lines: Vec<(String, f64)> = Vec::new();
    // The last line ends a word that was cut: the next word starts anew.
    let mut cut = false;
    for word in text.split_whitespace() {
        let w = width(word, px);
        match lines.last_mut() {
            Some((line, lw)) if !cut && *lw + space + w <= max => {
                line.push(' ');
                line.push_str(word);
                *lw += space + w;
            }
            _ if w <= max => lines.push((word.to_string(), w)),
            _ => {
                // After a hyphen where it has one, else between letters.
                let mut piece = (String::new(), 0.0);
                for part in word.split_inclusive('-') {
                    let pw = width(part, px);
                    if pw <= max {
                        if piece.1 + pw > max && !piece.0.is_empty() {
                            lines.push(std::mem::take(&mut piece));
                        }
                        piece.0.push_str(part);
                        piece.1 += pw;
                        continue;
                    }
                    for c in part.chars() {
                        let cw = width(c.encode_utf8(&mut [0; 4]), px);
                        if piece.1 + cw > max && !piece.0.is_empty() {
                            lines.push(std::mem::take(&mut piece));
                        }
                        piece.0.push(c);
                        piece.1 += cw;
                    }
                }
                lines.push(piece);
                cut = true;
                continue;
            }
        }
        cut = false;
    }
    lines.into_iter().map(|(l, _)| l).collect()
}

/// The width of the widest word of `text` at `px` pixels.
pub fn widest_word(text: &str, px: f64) -> f64 {
    text.split_whitespace()
        .map(|w| width(w, px))
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_the_shipped_font() {
        // Narrow letters measure narrower than wide ones, Cyrillic included.
        assert!(width("iiii", 15.0) < width("WWWW", 15.0));
        assert!(width("Ш", 15.0) > width("i", 15.0));
        assert!(width("Делопроизводитель", 15.0) > 110.0);
    }

    #[test]
    fn wraps_by_width_and_cuts_only_a_word_wider_than_the_line() {
        let lines = wrap("Follow-up and repeat orders", 100.0, 15.0);
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines.iter().all(|l| width(l, 15.0) <= 100.0), "{lines:?}");
        let cut = wrap("Делопроизводитель отдела", 60.0, 15.0);
        assert!(cut.iter().all(|l| width(l, 15.0) <= 60.0), "{cut:?}");
        assert_eq!(cut.concat().replace(' ', ""), "Делопроизводительотдела");
        assert_eq!(cut.last().map(String::as_str), Some("отдела"));
        let whole = width("Делопроизводительница-стажёрка", 15.0);
        let hyphen = wrap("Делопроизводительница-стажёрка", whole - 1.0, 15.0);
        assert_eq!(hyphen, ["Делопроизводительница-", "стажёрка"]);
    }
}
