//! Text labels in a drawing, kept apart: each label has a few candidate places, and
//! takes the first that overlaps no label placed before it and stays inside the
//! drawing. Text width is estimated from its length (no font is measured here), with
//! a margin, in SVG units.

/// The chart's text size, SVG units (the stylesheet sets the same).
pub const FONT: f64 = 11.0;
/// An upper estimate of one character's width at [`FONT`]: system sans-serif digits
/// and lower-case letters are about 0.55 em wide.
const CHAR_WIDTH: f64 = 0.62 * FONT;
/// Space kept between two labels.
const GAP: f64 = 2.0;

/// Where a label's `x` is along its text (SVG `text-anchor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG attribute value.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A box in SVG units: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 + GAP
            && other.x0 < self.x1 + GAP
            && self.y0 < other.y1 + GAP
            && other.y0 < self.y1 + GAP
    }

    pub fn contains(&self, inner: &Rect) -> bool {
        inner.x0 >= self.x0 && inner.x1 <= self.x1 && inner.y0 >= self.y0 && inner.y1 <= self.y1
    }
}

/// A label placed at `(x, y)`, `y` being its baseline, `chars` characters long.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub chars: usize,
}

impl Label {
    pub fn width(&self) -> f64 {
        self.chars as f64 * CHAR_WIDTH
    }

    /// The box the text covers: from its baseline up a font's height (descenders are
    /// small at this size and count in the gap).
    pub fn bounds(&self) -> Rect {
        let w = self.width();
        let x0 = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - w / 2.0,
            Anchor::End => self.x - w,
        };
        Rect {
            x0,
            y0: self.y - FONT,
            x1: x0 + w,
            y1: self.y + 1.0,
        }
    }
}

/// Places each label at the first of its candidates (in order of preference) that lies
/// inside `area` and overlaps neither a box of `taken` nor a label placed before it;
/// a label none of whose candidates is free takes its first one. Labels come in order
/// of importance: the first never moves. A label with no candidate is left out.
pub fn place(labels: &[Vec<Label>], area: Rect, taken: &[Rect]) -> Vec<Label> {
    let mut placed: Vec<Label> = Vec::with_capacity(labels.len());
    for candidates in labels {
        let free = candidates.iter().find(|c| {
            let b = c.bounds();
            area.contains(&b)
                && !taken.iter().any(|t| t.overlaps(&b))
                && !placed.iter().any(|p| p.bounds().overlaps(&b))
        });
        if let Some(label) = free.or(candidates.first()) {
            placed.push(*label);
        }
    }
    placed
}

/// A label centred on `x` where it fits inside `[lo, hi]`, else pulled in to the edge
/// it would pass.
pub fn centred_within(x: f64, y: f64, chars: usize, lo: f64, hi: f64) -> Label {
    let label = Label {
        x,
        y,
        anchor: Anchor::Middle,
        chars,
    };
    let half = label.width() / 2.0;
    Label {
        x: x.clamp(lo + half, (hi - half).max(lo + half)),
        ..label
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: Rect = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: 200.0,
        y1: 100.0,
    };

    fn at(x: f64, y: f64, anchor: Anchor) -> Label {
        Label {
            x,
            y,
            anchor,
            chars: 7,
        }
    }

    #[test]
    fn a_label_takes_the_first_free_place() {
        let first = vec![at(100.0, 50.0, Anchor::Middle)];
        // Its first place collides with the first label; its second is free.
        let second = vec![
            at(100.0, 52.0, Anchor::Middle),
            at(100.0, 70.0, Anchor::Middle),
        ];
        let placed = place(&[first.clone(), second], AREA, &[]);
        assert_eq!(placed, [first[0], at(100.0, 70.0, Anchor::Middle)]);
        assert!(!placed[0].bounds().overlaps(&placed[1].bounds()));
    }

    #[test]
    fn places_outside_the_area_or_on_a_taken_box_are_skipped() {
        let taken = Rect {
            x0: 0.0,
            y0: 40.0,
            x1: 60.0,
            y1: 60.0,
        };
        let label = vec![
            at(195.0, 50.0, Anchor::Start), // runs off the right edge
            at(10.0, 55.0, Anchor::Start),  // on the taken box
            at(195.0, 50.0, Anchor::End),
        ];
        assert_eq!(
            place(&[label], AREA, &[taken]),
            [at(195.0, 50.0, Anchor::End)]
        );
        // Nowhere free: the first place, so the label is still drawn.
        let nowhere = vec![at(195.0, 50.0, Anchor::Start)];
        assert_eq!(place(std::slice::from_ref(&nowhere), AREA, &[]), nowhere);
        assert_eq!(place(&[vec![]], AREA, &[]), []);
    }

    #[test]
    fn centred_labels_are_pulled_inside() {
        let w = at(0.0, 0.0, Anchor::Middle).width();
        assert_eq!(centred_within(100.0, 90.0, 7, 0.0, 200.0).x, 100.0);
        assert_eq!(
            centred_within(198.0, 90.0, 7, 0.0, 200.0).x,
            200.0 - w / 2.0
        );
        assert_eq!(centred_within(1.0, 90.0, 7, 0.0, 200.0).x, w / 2.0);
        for x in [0.0, 1.0, 100.0, 199.0, 200.0] {
            assert!(AREA.contains(&centred_within(x, 90.0, 7, 0.0, 200.0).bounds()));
        }
    }
}
