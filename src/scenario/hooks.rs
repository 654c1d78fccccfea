//! The result hooks: the names partners and tests read (`data-testid`) and the
//! `data-value` behind each, in its stated unit. Part of the public contract, with the
//! query keys.

use crate::engine::economics::Economics;
use crate::engine::projection::Projection;

/// Every result hook, in the order the README lists them.
pub const RESULT_HOOKS: [&str; 32] = [
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
    "projected-btc",
    "projected-profit",
    "payback-date",
    "npv",
    "irr",
    "halving-date",
    "avg-cost-per-btc",
    "fleet-units-running",
    "site-power",
    "co2-per-day",
    "co2-per-btc",
    "curtailment-credit-per-day",
    "surcharge-per-day",
];

/// The hook on each fleet line's daily profit, told apart by `data-model` (`m1` for the
/// first line, then `m2`..`m8` as in links).
pub const MODEL_PROFIT_HOOK: &str = "model-profit-per-day";

/// A number's `data-value`: Rust's shortest round-trip text, empty when undefined.
/// Negative zero (the profit of no machine running) is written `0`.
pub fn data_value(value: Option<f64>) -> String {
    value
        .filter(|v| v.is_finite())
        .map(|v| if v == 0.0 { 0.0 } else { v })
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// The `data-value` of each hook for these results, in [`RESULT_HOOKS`] order.
pub fn hook_values(e: &Economics, p: &Projection) -> Vec<(&'static str, String)> {
    let f = &e.fleet;
    let numbers = [
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
        Some(p.total_btc.btc()),
        Some(p.net_profit.amount()),
    ];
    let mut values: Vec<String> = numbers.into_iter().map(data_value).collect();
    values.push(p.payback.map(|d| d.to_iso()).unwrap_or_default());
    values.push(data_value(Some(p.npv.amount())));
    values.push(data_value(p.irr));
    values.push(p.halving.date.to_iso());
    values.push(data_value(p.avg_cost_per_btc.map(|c| c.amount())));
    let site = &e.site;
    for number in [
        Some(f64::from(site.units_running)),
        Some(site.site_power.megawatts()),
        site.co2_tonnes_per_day,
        site.co2_kg_per_btc,
        Some(f.curtailment_credit.amount()),
        Some(f.surcharge.amount()),
    ] {
        values.push(data_value(number));
    }
    RESULT_HOOKS.into_iter().zip(values).collect()
}

/// Relative tolerance under which two numeric `data-value`s are the same figure: far
/// below any digit shown or any change of formula, above the last-bit drift of
/// reordered float arithmetic (or of `powf` between native and WebAssembly).
pub const SAME_FIGURE_TOLERANCE: f64 = 1e-12;

/// Whether two `data-value` texts show the same figure: numbers equal within
/// [`SAME_FIGURE_TOLERANCE`], anything else (dates, empty) equal as text. What golden
/// links promise.
pub fn same_figure(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x == y || (x - y).abs() <= SAME_FIGURE_TOLERANCE * x.abs().max(y.abs()),
        _ => a == b,
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
        assert!(same_figure("2028-04-11", "2028-04-11"));
        assert!(!same_figure("2028-04-11", "2028-04-12"));
        assert!(!same_figure("858.9934592", "858.99346"));
        assert!(!same_figure("", "0"));
        assert!(!same_figure("-1", "1"));
    }
}
