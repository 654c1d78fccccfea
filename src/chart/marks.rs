//! The labels of the cumulative chart's marks (break-even, halving, payback, and the
//! revenue and cost lines beneath), each at the first of its candidate places that is
//! free ([`super::labels::place`]), the line's end and the payback point kept clear.

use super::cumulative::{FLOWS_BOTTOM, FLOWS_TOP, LEFT, PLOT_BOTTOM, RIGHT, TOP};
use super::flows::FlowsLayout;
use super::labels::{place, Anchor, Label, Rect, FONT};

/// A label of the chart; the component writes its text ([`Mark::text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    BreakEven,
    Halving,
    Payback,
    Revenue,
    Cost,
}

impl Mark {
    /// The label's text, also what its width is estimated from.
    pub fn text(self) -> &'static str {
        match self {
            Mark::BreakEven => "break-even",
            Mark::Halving => "halving",
            Mark::Payback => "payback",
            Mark::Revenue => "revenue",
            Mark::Cost => "cost",
        }
    }

    fn at(self, x: f64, y: f64, anchor: Anchor) -> Label {
        Label {
            x,
            y,
            anchor,
            chars: self.text().len(),
        }
    }
}

/// The marks' labels, each at the first of its places that is free: the break-even
/// label by the end of its line, the halving's beside its line, the payback's under its
/// point, the panel's two at the ends of their lines; the line's end and the payback
/// point are kept clear.
pub(super) fn mark_labels(
    width: f64,
    zero_y: f64,
    halving_x: Option<f64>,
    payback_x: Option<f64>,
    line: &[(f64, f64)],
    flows: &FlowsLayout,
) -> Vec<(Mark, Label)> {
    let right = width - RIGHT;
    let dot = |(x, y): (f64, f64)| Rect {
        x0: x - 5.0,
        y0: y - 5.0,
        x1: x + 5.0,
        y1: y + 5.0,
    };
    let mut taken: Vec<Rect> = line.last().copied().map(dot).into_iter().collect();
    taken.extend(payback_x.map(|x| dot((x, zero_y))));
    let plot = Rect {
        x0: LEFT,
        y0: TOP - FONT,
        x1: right,
        y1: PLOT_BOTTOM,
    };
    let mut marks = Vec::new();
    let mut wanted: Vec<Vec<Label>> = Vec::new();
    if let Some(h) = halving_x {
        let m = Mark::Halving;
        marks.push(m);
        wanted.push(vec![
            m.at(h + 4.0, TOP + 10.0, Anchor::Start),
            m.at(h - 4.0, TOP + 10.0, Anchor::End),
            m.at(h + 4.0, TOP + 24.0, Anchor::Start),
            m.at(h - 4.0, TOP + 24.0, Anchor::End),
        ]);
    }
    if let Some(x) = payback_x {
        let m = Mark::Payback;
        marks.push(m);
        wanted.push(vec![
            m.at(x, zero_y + 18.0, Anchor::Middle),
            m.at(x + 8.0, zero_y + 16.0, Anchor::Start),
            m.at(x - 8.0, zero_y + 16.0, Anchor::End),
            m.at(x, zero_y - 8.0, Anchor::Middle),
        ]);
    }
    let b = Mark::BreakEven;
    marks.push(b);
    wanted.push(vec![
        b.at(right, zero_y - 4.0, Anchor::End),
        b.at(right, zero_y + 14.0, Anchor::End),
        b.at(LEFT + 4.0, zero_y - 4.0, Anchor::Start),
        b.at(LEFT + 4.0, zero_y + 14.0, Anchor::Start),
    ]);
    let mut placed = place(&wanted, plot, &taken);
    // The panel's labels at the ends of their lines, above or below.
    if let Some((r, c)) = flows.points.last().copied() {
        let panel = Rect {
            x0: LEFT,
            y0: FLOWS_TOP - FONT - 2.0,
            x1: right,
            y1: FLOWS_BOTTOM,
        };
        let (above_r, above_c) = (r <= c, c < r);
        let at = |m: Mark, y: f64, above: bool| {
            let (first, second) = if above {
                (y - 4.0, y + 13.0)
            } else {
                (y + 13.0, y - 4.0)
            };
            // Beside the other label when both lines end close together.
            let beside = right - 8.0 * FONT;
            vec![
                m.at(right, first, Anchor::End),
                m.at(right, second, Anchor::End),
                m.at(beside, first, Anchor::End),
                m.at(beside, second, Anchor::End),
            ]
        };
        let two = [at(Mark::Revenue, r, above_r), at(Mark::Cost, c, above_c)];
        marks.extend([Mark::Revenue, Mark::Cost]);
        placed.extend(place(&two, panel, &[]));
    }
    marks.into_iter().zip(placed).collect()
}
