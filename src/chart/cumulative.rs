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
mod tests;
