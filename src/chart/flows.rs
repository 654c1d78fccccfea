//! The panel beneath the cumulative line: each month's revenue against its running
//! cost (power and hosting fees; hardware is in the line above), two lines with the
//! margin between them shaded. Shares the months' horizontal scale with the line above:
//! month `k` (from 0) is drawn at its end, `k + 1`.

use super::{nice_ticks, LinearScale};
use crate::engine::projection::{Month, Projection};

/// A month's running cost, as the panel and its readout show it: power at all its
/// per-kWh charges plus the hosting fees per machine.
pub fn running_cost(m: &Month) -> f64 {
    m.power_cost.amount() + m.fees.amount()
}

/// The panel, placed, in SVG units.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowsLayout {
    /// The revenue line and the cost line, SVG paths.
    pub revenue: String,
    pub cost: String,
    /// The area between the two lines, closed.
    pub band: String,
    /// Horizontal grid lines: (y, amount a month).
    pub y_ticks: Vec<(f64, f64)>,
    /// Each month's (revenue y, cost y), for the readout's marker.
    pub points: Vec<(f64, f64)>,
}

/// Lays out the panel of `p` between `top` and `bottom`, months placed by `x`.
pub fn flows_layout(p: &Projection, x: &LinearScale, top: f64, bottom: f64) -> FlowsLayout {
    let values: Vec<(f64, f64)> = p
        .months
        .iter()
        .map(|m| (m.revenue.amount(), running_cost(m)))
        .collect();
    let hi = values.iter().fold(0.0f64, |hi, (r, c)| hi.max(*r).max(*c));
    let lo = values.iter().fold(0.0f64, |lo, (r, c)| lo.min(*r).min(*c));
    // Two or three grid lines: the panel is short.
    let ticks = nice_ticks(lo, hi, 2);
    let y = LinearScale::new(
        (
            ticks.first().copied().unwrap_or(lo),
            ticks.last().copied().unwrap_or(hi),
        ),
        (bottom, top),
    );
    let points: Vec<(f64, f64)> = values.iter().map(|(r, c)| (y.map(*r), y.map(*c))).collect();
    let xs = (1..points.len() + 1).map(|k| x.map(k as f64));
    let line = |pick: fn(&(f64, f64)) -> f64| -> String {
        xs.clone()
            .zip(&points)
            .enumerate()
            .map(|(i, (px, pt))| {
                format!("{}{px:.1},{:.1}", if i == 0 { "M" } else { "L" }, pick(pt))
            })
            .collect()
    };
    let revenue = line(|p| p.0);
    let cost = line(|p| p.1);
    let band = if points.is_empty() {
        String::new()
    } else {
        let back: String = xs
            .clone()
            .zip(&points)
            .rev()
            .map(|(px, pt)| format!("L{px:.1},{:.1}", pt.1))
            .collect();
        format!("{revenue}{back}Z")
    };
    FlowsLayout {
        revenue,
        cost,
        band,
        y_ticks: ticks.iter().map(|t| (y.map(*t), *t)).collect(),
        points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Params, Scenario};

    fn projection(query: &str) -> Projection {
        let (params, _) = Params::from_query(query);
        Scenario::from_params(&params)
            .expect("a valid scenario")
            .projection()
            .expect("in range")
    }

    #[test]
    fn revenue_and_cost_lines_have_a_point_a_month_inside_the_panel() {
        let p = projection("v=1&months=48&hfee=5");
        let x = LinearScale::new((0.0, 48.0), (50.0, 450.0));
        let f = flows_layout(&p, &x, 300.0, 380.0);
        assert_eq!(f.points.len(), 48);
        assert_eq!(f.revenue.matches(['M', 'L']).count(), 48);
        assert_eq!(f.cost.matches(['M', 'L']).count(), 48);
        assert!(f.revenue.starts_with(&format!("M{:.1},", x.map(1.0))));
        assert!(f.band.ends_with('Z'));
        assert!(f
            .points
            .iter()
            .all(|(r, c)| (300.0..=380.0).contains(r) && (300.0..=380.0).contains(c)));
        // The cost includes the hosting fee: 5 dollars a machine a month, about.
        let m = &p.months[0];
        assert!(running_cost(m) > m.power_cost.amount());
        // The halving halves the subsidy: revenue drops while the cost does not.
        let (before, after) = (&f.points[23], &f.points[30]);
        assert!(
            after.0 > before.0,
            "lower revenue is drawn lower (larger y)"
        );
        assert!(f.y_ticks.iter().any(|t| t.1 == 0.0));
    }

    #[test]
    fn no_months_no_lines() {
        let p = Projection {
            months: Vec::new(),
            ..projection("v=1&months=1")
        };
        let x = LinearScale::new((0.0, 0.0), (50.0, 450.0));
        let f = flows_layout(&p, &x, 300.0, 380.0);
        assert_eq!((f.revenue.as_str(), f.band.as_str()), ("", ""));
        assert!(f.points.is_empty());
    }
}
