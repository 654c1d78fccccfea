//! The layout of the cumulative profit chart: where the line, its areas above and below
//! zero, the ticks, the break-even line, the halving and the payback go, the monthly
//! revenue and cost panel beneath ([`super::flows`]), and the labels, kept apart
//! ([`super::labels`]), in SVG units. Pure; the component draws it and writes its texts.

use super::areas::area_path;
use super::flows::{flows_layout, FlowsLayout};
use super::labels::{centred_within, Label};
use super::marks::{mark_labels, Mark};
use super::{month_ticks, nice_ticks, LinearScale};
use crate::engine::date::Date;
use crate::engine::projection::Projection;

/// The drawing's width in SVG units; it scales to the width of its box. Phones get a
/// narrower drawing, so that its text stays readable when scaled down.
const WIDE: f64 = 480.0;
const NARROW: f64 = 320.0;
/// The margins of the cumulative plot, SVG units; the month labels sit below it.
pub const LEFT: f64 = 52.0;
pub const RIGHT: f64 = 12.0;
pub const TOP: f64 = 26.0;
pub const PLOT_BOTTOM: f64 = 230.0;
/// Baseline of the month labels.
pub const MONTHS_Y: f64 = PLOT_BOTTOM + 20.0;
/// The revenue and cost panel, beneath the month labels.
pub const FLOWS_TOP: f64 = 284.0;
pub const FLOWS_BOTTOM: f64 = 354.0;
/// The whole drawing's height.
pub const HEIGHT: f64 = 364.0;

/// Everything the chart draws, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct CumulativeLayout {
    pub width: f64,
    /// Months on the horizontal axis.
    pub months: u32,
    /// Places months: month `k` (from 0) ends at `k + 1`.
    pub x: LinearScale,
    /// The line: cumulative cash at the start (zero) and at the end of every month, as an
    /// SVG path.
    pub path: String,
    /// The areas between the line and zero, above and below it (empty when none).
    pub gain_area: String,
    pub loss_area: String,
    /// Each month's end on the line, (x, y): where the readout's marker goes.
    pub points: Vec<(f64, f64)>,
    /// Horizontal grid lines: (y, amount).
    pub y_ticks: Vec<(f64, f64)>,
    /// Month labels: where, and `YYYY-MM`.
    pub x_labels: Vec<(Label, String)>,
    /// Where the break-even (zero) line is.
    pub zero_y: f64,
    /// Where the halving falls, when inside the horizon.
    pub halving_x: Option<f64>,
    /// Where the payback falls, when there is one.
    pub payback_x: Option<f64>,
    /// The labels of the marks drawn, kept from overlapping one another.
    pub labels: Vec<(Mark, Label)>,
    /// Monthly revenue against cost, beneath.
    pub flows: FlowsLayout,
    /// Cumulative cash at the end of the horizon.
    pub end_value: f64,
}

impl CumulativeLayout {
    /// The right edge of the plot.
    pub fn right(&self) -> f64 {
        self.width - RIGHT
    }

    /// The month (from 0) nearest to `x` across the drawing (a pointer's place), if any.
    pub fn month_at(&self, x: f64) -> Option<usize> {
        let last = usize::try_from(self.months).ok()?.checked_sub(1)?;
        let k = self.x.invert(x).round() - 1.0;
        // `as` saturates: left of the first month is the first.
        Some((k.max(0.0) as usize).min(last))
    }
}

/// Lays out the chart of `p`, narrow for phones (every other month label).
pub fn cumulative_layout(p: &Projection, narrow: bool) -> CumulativeLayout {
    let width = if narrow { NARROW } else { WIDE };
    let months = u32::try_from(p.months.len()).unwrap_or(u32::MAX);
    let values: Vec<(f64, f64)> = std::iter::once((0.0, 0.0))
        .chain(
            p.months
                .iter()
                .enumerate()
                .map(|(k, m)| ((k + 1) as f64, m.cumulative.amount())),
        )
        .collect();
    let (lo, hi) = values.iter().fold((0.0f64, 0.0f64), |(lo, hi), (_, y)| {
        (lo.min(*y), hi.max(*y))
    });
    let ticks = nice_ticks(lo, hi, 4);
    let y_domain = (
        ticks.first().copied().unwrap_or(lo),
        ticks.last().copied().unwrap_or(hi),
    );
    let x = LinearScale::new((0.0, f64::from(months)), (LEFT, width - RIGHT));
    let y = LinearScale::new(y_domain, (PLOT_BOTTOM, TOP));
    let placed: Vec<(f64, f64)> = values
        .iter()
        .map(|(mx, my)| (x.map(*mx), y.map(*my)))
        .collect();
    let path = placed
        .iter()
        .enumerate()
        .map(|(i, (px, py))| format!("{}{px:.1},{py:.1}", if i == 0 { "M" } else { "L" }))
        .collect();
    // A date's position in months from the start: whole months, then days within.
    let month_of = |date: Date| -> Option<f64> {
        let k = p
            .months
            .iter()
            .rposition(|m| m.start.is_some_and(|s| s <= date))?;
        let from = p.months.get(k)?.start?;
        let to = p.months.get(k + 1).and_then(|m| m.start).unwrap_or(p.end);
        let share = from.secs_until(date) / from.secs_until(to).max(1.0);
        (date < p.end).then_some(k as f64 + share)
    };
    let x_labels = month_ticks(months)
        .into_iter()
        .step_by(if narrow { 2 } else { 1 })
        .map(|k| {
            let date = p
                .months
                .get(k as usize)
                .and_then(|m| m.start)
                .unwrap_or(p.end)
                .to_iso();
            let text = date.get(..7).unwrap_or("").to_owned();
            let label = centred_within(x.map(f64::from(k)), MONTHS_Y, text.len(), 0.0, width);
            (label, text)
        })
        .collect();
    let zero_y = y.map(0.0);
    let halving_x = month_of(p.halving.date).map(|m| x.map(m));
    let payback_x = p.payback.and_then(month_of).map(|m| x.map(m));
    let flows = flows_layout(p, &x, FLOWS_TOP, FLOWS_BOTTOM);
    let labels = mark_labels(width, zero_y, halving_x, payback_x, &placed, &flows);
    CumulativeLayout {
        width,
        months,
        x,
        gain_area: area_path(&values, &x, &y, true),
        loss_area: area_path(&values, &x, &y, false),
        path,
        points: placed.get(1..).unwrap_or_default().to_vec(),
        y_ticks: ticks.iter().map(|t| (y.map(*t), *t)).collect(),
        x_labels,
        zero_y,
        halving_x,
        payback_x,
        labels,
        flows,
        end_value: p.months.last().map_or(0.0, |m| m.cumulative.amount()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::labels::Rect;
    use crate::scenario::{Params, Scenario};

    fn projection(query: &str) -> Projection {
        let (params, rejected) = Params::from_query(query);
        assert!(rejected.is_empty(), "{query}");
        Scenario::from_params(&params)
            .expect("a valid scenario")
            .projection()
            .expect("in range")
    }

    #[test]
    fn the_line_starts_at_zero_and_ends_at_the_last_month() {
        let p = projection("v=1&months=36&hw=3000");
        let layout = cumulative_layout(&p, false);
        assert_eq!(layout.months, 36);
        assert_eq!(layout.width, WIDE);
        // The start, then one point a month.
        assert!(layout
            .path
            .starts_with(&format!("M{LEFT:.1},{:.1}", layout.zero_y)));
        assert_eq!(layout.path.matches('L').count(), 36);
        let last_x = layout
            .path
            .rsplit('L')
            .next()
            .and_then(|p| p.split(',').next())
            .and_then(|x| x.parse::<f64>().ok());
        assert_eq!(last_x, Some(WIDE - RIGHT));
        assert_eq!(
            layout.end_value,
            p.months.last().map(|m| m.cumulative.amount()).unwrap()
        );
    }

    #[test]
    fn ticks_cover_the_line_and_zero_sits_on_a_tick() {
        let p = projection("v=1&months=120&hw=3000");
        let layout = cumulative_layout(&p, false);
        let values: Vec<f64> = layout.y_ticks.iter().map(|t| t.1).collect();
        let lo = p
            .months
            .iter()
            .map(|m| m.cumulative.amount())
            .fold(0.0f64, f64::min);
        assert!(values.first().is_some_and(|v| *v <= lo));
        assert!(values.contains(&0.0));
        let zero = layout.y_ticks.iter().find(|t| t.1 == 0.0).unwrap();
        assert_eq!(zero.0, layout.zero_y);
        // Every tick lies inside the plot, top to bottom.
        assert!(layout
            .y_ticks
            .iter()
            .all(|(y, _)| (TOP - 1e-9..=PLOT_BOTTOM + 1e-9).contains(y)));
    }

    #[test]
    fn halving_and_payback_are_placed_inside_the_horizon() {
        // The 2028 halving falls inside 36 months from 2026-03-20.
        let p = projection("v=1&months=36&hw=100");
        let layout = cumulative_layout(&p, false);
        let halving = layout.halving_x.expect("halving inside the horizon");
        assert!(halving > LEFT && halving < layout.right());
        let payback = layout.payback_x.expect("a $100 machine pays back");
        assert!(payback > LEFT && payback < halving);
        // One year ends before the halving.
        let short = cumulative_layout(&projection("v=1&months=12"), false);
        assert_eq!(short.halving_x, None);
    }

    #[test]
    fn phones_get_a_narrow_drawing_with_half_the_labels() {
        let p = projection("v=1&months=120");
        let wide = cumulative_layout(&p, false);
        let narrow = cumulative_layout(&p, true);
        assert_eq!(narrow.width, NARROW);
        assert_eq!(wide.x_labels.len(), 6);
        assert_eq!(narrow.x_labels.len(), 3);
        assert_eq!(wide.x_labels.first().map(|l| l.1.as_str()), Some("2026-03"));
    }

    #[test]
    fn labels_stay_inside_and_apart() {
        // Long and short horizons, paying back early, late or never, the halving in or out.
        for query in [
            "v=1&months=36&hw=100",
            "v=1&months=36&hw=3000&kwh=0.03",
            "v=1&months=120&hw=3000&kwh=0.03",
            "v=1&months=120&hw=6000&kwh=0.02",
            "v=1&months=26&hw=2500&kwh=0.03",
            "v=1&months=12",
            "v=1&months=1",
            "v=1&months=7&kwh=0.2",
            "v=1&months=60&hw=5000&kwh=0.01&hfee=20",
        ] {
            let p = projection(query);
            for narrow in [false, true] {
                let l = cumulative_layout(&p, narrow);
                let drawing = Rect {
                    x0: 0.0,
                    y0: 0.0,
                    x1: l.width,
                    y1: HEIGHT,
                };
                let boxes: Vec<Rect> = l
                    .x_labels
                    .iter()
                    .map(|(label, _)| label)
                    .chain(l.labels.iter().map(|(_, label)| label))
                    .map(|label| label.bounds())
                    .collect();
                for (i, a) in boxes.iter().enumerate() {
                    assert!(
                        drawing.contains(a),
                        "{query} narrow={narrow}: {a:?} outside"
                    );
                    for b in boxes.get(i + 1..).unwrap_or_default() {
                        assert!(!a.overlaps(b), "{query} narrow={narrow}: {a:?} on {b:?}");
                    }
                }
                // Every mark drawn has its label.
                let expected =
                    3 + usize::from(l.halving_x.is_some()) + usize::from(l.payback_x.is_some());
                assert_eq!(l.labels.len(), expected, "{query}");
            }
        }
    }

    #[test]
    fn the_areas_split_at_zero_and_the_pointer_finds_its_month() {
        let p = projection("v=1&months=36&hw=1500&kwh=0.03");
        let l = cumulative_layout(&p, false);
        // It starts below zero (the hardware) and pays back: both areas are drawn.
        assert!(p.payback.is_some());
        assert!(l.loss_area.starts_with('M') && l.loss_area.ends_with('Z'));
        assert!(l.gain_area.starts_with('M') && l.gain_area.ends_with('Z'));
        assert_eq!(l.points.len(), 36);
        assert_eq!(l.points.first().map(|p| p.0), Some(l.x.map(1.0)));
        // Pointer positions: on a month's end, between two, and off each edge.
        assert_eq!(l.month_at(l.x.map(1.0)), Some(0));
        assert_eq!(l.month_at(l.x.map(12.4)), Some(11));
        assert_eq!(l.month_at(l.x.map(12.6)), Some(12));
        assert_eq!(l.month_at(0.0), Some(0));
        assert_eq!(l.month_at(1e6), Some(35));
        assert_eq!(l.month_at(f64::NAN), Some(0));
        // Never in the red: no area below zero.
        let never = cumulative_layout(&projection("v=1&months=12&kwh=0.01"), false);
        assert_eq!(never.loss_area, "");
    }
}
