//! The link decoder: any bytes, read as a query string (`?v=1&kwh=0.05...`).
//!
//! Invariants (a panic is a finding):
//! - `Scenario::from_params` always succeeds: a value a link cannot use is reported and
//!   the default kept;
//! - the scenario's economics and projection are computable, every figure is finite,
//!   and every result hook is a number, an ISO date or empty;
//! - the page's own link for the scenario (`to_query`) reads back with no rejection
//!   and to the same scenario.
#![no_main]

use hashwatt::engine::date::Date;
use hashwatt::engine::economics::Economics;
use hashwatt::engine::projection::Projection;
use hashwatt::scenario::hooks::hook_values;
use hashwatt::scenario::{to_query, Key, Params, Scenario};
use libfuzzer_sys::fuzz_target;

/// Every number the page derives from a scenario; `None` where it is undefined.
fn figures(e: &Economics, p: &Projection) -> Vec<(String, Option<f64>)> {
    let mut out: Vec<(String, Option<f64>)> = Vec::new();
    for (scope, d) in [("per-unit", e.per_unit), ("fleet", e.fleet)] {
        for (name, v) in [
            ("btc-gross", d.btc_gross.btc()),
            ("btc-net", d.btc_net.btc()),
            ("revenue", d.revenue.amount()),
            ("energy-kwh", d.energy_kwh),
            ("power-cost", d.power_cost.amount()),
            ("profit", d.profit.amount()),
            ("profit-per-year", d.times(365.0).profit.amount()),
        ] {
            out.push((format!("{scope} {name}"), Some(v)));
        }
    }
    let named = [
        ("margin", e.margin),
        (
            "break-even-power-price",
            e.break_even_power_price.map(|x| x.amount_per_kwh()),
        ),
        (
            "break-even-btc-price",
            e.break_even_btc_price.map(|x| x.amount_per_btc()),
        ),
        ("hashprice-ph", Some(e.hashprice_per_ph_day.amount())),
        ("hashprice-th", Some(e.hashprice_per_th_day.amount())),
        ("cost-per-btc", e.power_cost_per_btc.map(|x| x.amount())),
        ("efficiency", Some(e.efficiency_j_per_th)),
        ("payback-days", e.payback_days),
        ("network-hashrate", Some(e.network_hashrate.eh_per_s())),
        ("network-share", Some(e.network_share)),
        ("fleet-power", Some(e.fleet_power.megawatts())),
        ("projected-btc", Some(p.total_btc.btc())),
        ("projected-revenue", Some(p.total_revenue.amount())),
        ("projected-power-cost", Some(p.total_power_cost.amount())),
        ("projected-hardware", Some(p.hardware.amount())),
        ("projected-resale", Some(p.resale.amount())),
        ("projected-profit", Some(p.net_profit.amount())),
        ("npv", Some(p.npv.amount())),
        ("avg-cost-per-btc", p.avg_cost_per_btc.map(|x| x.amount())),
    ];
    out.extend(named.into_iter().map(|(n, v)| (n.to_owned(), v)));
    for (i, r) in p.irr.iter().enumerate() {
        out.push((format!("irr {i}"), Some(*r)));
    }
    for (i, m) in p.months.iter().enumerate() {
        for (name, v) in [
            ("btc", m.btc.btc()),
            ("revenue", m.revenue.amount()),
            ("power-cost", m.power_cost.amount()),
            ("profit", m.profit.amount()),
            ("cash-flow", m.cash_flow.amount()),
            ("cumulative", m.cumulative.amount()),
            ("running", m.running),
        ] {
            out.push((format!("month {i} {name}"), Some(v)));
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    // The browser hands over text; invalid UTF-8 becomes U+FFFD, as in a URL.
    let query = String::from_utf8_lossy(data);
    let (params, rejected) = Params::from_query(&query);
    for r in &rejected {
        assert!(
            r.key == "v" || Key::from_name(&r.key).is_some(),
            "rejection names an unknown key {:?} for query {query:?}",
            r.key
        );
    }
    let scenario = Scenario::from_params(&params).unwrap_or_else(|e| {
        panic!("link values must be validated or defaulted: {e:?} for query {query:?}")
    });
    let economics = scenario.economics().unwrap_or_else(|e| {
        panic!("a parsed scenario must be in the engine's range: {e} for query {query:?}")
    });
    let projection = scenario.projection().unwrap_or_else(|e| {
        panic!("a parsed scenario must be projectable: {e} for query {query:?}")
    });
    for (name, value) in figures(&economics, &projection) {
        if let Some(v) = value {
            assert!(v.is_finite(), "{name} is {v} for query {query:?}");
        }
    }
    for (hook, text) in hook_values(&economics, &projection) {
        assert!(
            text.is_empty()
                || text.split(',').all(|t| t.parse::<f64>().is_ok_and(f64::is_finite))
                || Date::parse_iso(&text).is_some_and(|d| d.to_iso() == text),
            "hook {hook} is {text:?} for query {query:?}"
        );
    }
    let link = to_query(&scenario);
    let (params_back, rejected_back) = Params::from_query(&link);
    assert!(
        rejected_back.is_empty(),
        "the page's own link {link:?} (from query {query:?}) is rejected: {rejected_back:?}"
    );
    assert_eq!(
        Scenario::from_params(&params_back),
        Ok(scenario),
        "link {link:?} (from query {query:?}) reads back as another scenario"
    );
});
