//! The result hooks: the names partners and tests read (`data-testid`) and the figure
//! behind each, in its stated unit. Part of the public contract, with the query keys.

use crate::engine::economics::Economics;

/// Every result hook, in the order the README lists them.
pub const RESULT_HOOKS: [&str; 19] = [
    "btc-per-day",
    "btc-per-day-gross",
    "revenue-per-day",
    "power-kwh-per-day",
    "power-cost-per-day",
    "profit-per-day",
    "profit-per-month",
    "profit-per-year",
    "margin",
    "break-even-power-price",
    "break-even-btc-price",
    "hashprice-ph",
    "hashprice-th",
    "cost-per-btc",
    "efficiency",
    "payback-days",
    "network-hashrate",
    "network-share",
    "fleet-power",
];

/// The value of each hook for `e` (`None`: undefined, shown with an empty
/// `data-value`), in [`RESULT_HOOKS`] order.
pub fn hook_values(e: &Economics) -> [(&'static str, Option<f64>); 19] {
    let f = &e.fleet;
    let values = [
        Some(f.btc_net.btc()),
        Some(f.btc_gross.btc()),
        Some(f.revenue.amount()),
        Some(f.energy_kwh),
        Some(f.power_cost.amount()),
        Some(f.profit.amount()),
        Some(f.times(30.0).profit.amount()),
        Some(f.times(365.0).profit.amount()),
        e.margin,
        e.break_even_power_price.map(|p| p.amount_per_kwh()),
        e.break_even_btc_price.map(|p| p.amount_per_btc()),
        Some(e.hashprice_per_ph_day.amount()),
        Some(e.hashprice_per_th_day.amount()),
        e.power_cost_per_btc.map(|c| c.amount()),
        Some(e.efficiency_j_per_th),
        e.payback_days,
        Some(e.network_hashrate.eh_per_s()),
        Some(e.network_share),
        Some(e.fleet_power.megawatts()),
    ];
    let mut out = [("", None); 19];
    for (slot, (name, value)) in out.iter_mut().zip(RESULT_HOOKS.into_iter().zip(values)) {
        *slot = (name, value);
    }
    out
}

/// A hook's `data-value` text: Rust's shortest round-trip text, empty when undefined.
pub fn data_value(value: Option<f64>) -> String {
    value
        .filter(|v| v.is_finite())
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// Relative tolerance under which two `data-value`s are the same figure: far below any
/// digit shown or any change of formula, above the last-bit drift of reordered float
/// arithmetic (or of `powf` between native and WebAssembly).
pub const SAME_FIGURE_TOLERANCE: f64 = 1e-12;

/// Whether two `data-value` texts show the same figure: both empty, or both numbers
/// equal within [`SAME_FIGURE_TOLERANCE`]. What golden links promise.
pub fn same_figure(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x == y || (x - y).abs() <= SAME_FIGURE_TOLERANCE * x.abs().max(y.abs()),
        _ => a.is_empty() && b.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_figure_allows_only_last_bits() {
        assert!(same_figure("858.9934592", "858.9934592000001"));
        assert!(same_figure("", ""));
        assert!(same_figure("0", "0"));
        assert!(!same_figure("858.9934592", "858.99346"));
        assert!(!same_figure("", "0"));
        assert!(!same_figure("-1", "1"));
        assert!(!same_figure("x", "x"));
    }
}
