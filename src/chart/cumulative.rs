//! The layout of the cumulative profit chart: where the line, the ticks, the break-even
//! line, the halving and the payback point go, in SVG units. Pure; the component draws
//! it and writes its texts.

use super::{month_ticks, nice_ticks, LinearScale};
use crate::engine::date::Date;
use crate::engine::projection::Projection;

/// The drawing's width in SVG units; it scales to the width of its box. Phones get a
/// narrower drawing, so that its text stays readable when scaled down.
const WIDE: f64 = 480.0;
const NARROW: f64 = 320.0;
/// The drawing's height and margins, SVG units.
pub const HEIGHT: f64 = 260.0;
pub const LEFT: f64 = 52.0;
pub const RIGHT: f64 = 12.0;
pub const TOP: f64 = 26.0;
pub const BOTTOM: f64 = 30.0;

/// Everything the chart draws, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct CumulativeLayout {
    pub width: f64,
    /// Months on the horizontal axis.
    pub months: u32,
    /// The line: cumulative cash at the start (zero) and at the end of every month, as an
    /// SVG path.
    pub path: String,
    /// Horizontal grid lines: (y, amount).
    pub y_ticks: Vec<(f64, f64)>,
    /// Month labels: (x, `YYYY-MM`).
    pub x_labels: Vec<(f64, String)>,
    /// Where the break-even (zero) line is.
    pub zero_y: f64,
    /// Where the halving falls, when inside the horizon.
    pub halving_x: Option<f64>,
    /// Where the payback falls, when there is one.
    pub payback_x: Option<f64>,
    /// Cumulative cash at the end of the horizon.
    pub end_value: f64,
}

impl CumulativeLayout {
    /// The right edge of the plot.
    pub fn right(&self) -> f64 {
        self.width - RIGHT
    }
}

/// Lays out the chart of `p`, narrow for phones (every other month label).
pub fn cumulative_layout(p: &Projection, narrow: bool) -> CumulativeLayout {
    let width = if narrow { NARROW } else { WIDE };
    let months = u32::try_from(p.months.len()).unwrap_or(u32::MAX);
    let points = std::iter::once((0.0, 0.0)).chain(
        p.months
            .iter()
            .enumerate()
            .map(|(k, m)| ((k + 1) as f64, m.cumulative.amount())),
    );
    let (lo, hi) = points
        .clone()
        .fold((0.0f64, 0.0f64), |(lo, hi), (_, y)| (lo.min(y), hi.max(y)));
    let ticks = nice_ticks(lo, hi, 4);
    let y_domain = (
        ticks.first().copied().unwrap_or(lo),
        ticks.last().copied().unwrap_or(hi),
    );
    let x = LinearScale::new((0.0, f64::from(months)), (LEFT, width - RIGHT));
    let y = LinearScale::new(y_domain, (HEIGHT - BOTTOM, TOP));
    let path = points
        .enumerate()
        .map(|(i, (mx, my))| {
            format!(
                "{}{:.1},{:.1}",
                if i == 0 { "M" } else { "L" },
                x.map(mx),
                y.map(my)
            )
        })
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
            (x.map(f64::from(k)), date.get(..7).unwrap_or("").to_owned())
        })
        .collect();
    CumulativeLayout {
        width,
        months,
        path,
        y_ticks: ticks.iter().map(|t| (y.map(*t), *t)).collect(),
        x_labels,
        zero_y: y.map(0.0),
        halving_x: month_of(p.halving.date).map(|m| x.map(m)),
        payback_x: p.payback.and_then(month_of).map(|m| x.map(m)),
        end_value: p.months.last().map_or(0.0, |m| m.cumulative.amount()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            .all(|(y, _)| (TOP - 1e-9..=HEIGHT - BOTTOM + 1e-9).contains(y)));
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
}
