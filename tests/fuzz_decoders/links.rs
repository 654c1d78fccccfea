//! The link decoder: `Params::from_query`, then `Scenario::from_params`.

use hashwatt::engine::date::Date;
use hashwatt::engine::economics::Economics;
use hashwatt::engine::projection::Projection;
use hashwatt::scenario::hooks::hook_values;
use hashwatt::scenario::{to_query, Key, Params, Scenario, MAX_VALUE_LEN};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use crate::hostile_queries::query_shaped;
use crate::valid_queries::valid_query;
use crate::{arbitrary_text, clip, config};

/// Every number the page derives from a scenario, named; `None` where it is undefined.
fn figures(e: &Economics, p: &Projection) -> Vec<(String, Option<f64>)> {
    let mut out: Vec<(String, Option<f64>)> = Vec::new();
    for (scope, d) in [
        ("per-unit", e.per_unit),
        ("fleet", e.fleet),
        ("fleet-month", e.fleet.times(30.0)),
        ("fleet-year", e.fleet.times(365.0)),
    ] {
        for (name, v) in [
            ("btc-gross", d.btc_gross.btc()),
            ("btc-net", d.btc_net.btc()),
            ("revenue", d.revenue.amount()),
            ("energy-kwh", d.energy_kwh),
            ("power-cost", d.power_cost.amount()),
            ("profit", d.profit.amount()),
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

/// The link invariants: any query gives a scenario (bad values fall back to defaults),
/// its economics and projection are computable, every figure is finite and every
/// result hook a number (`irr`: numbers joined by commas), a date or empty, and the page's own link reads back to it.
fn check_link(query: &str) -> Result<(), TestCaseError> {
    let (params, rejected) = Params::from_query(query);
    for r in &rejected {
        prop_assert!(
            r.key == "v" || Key::from_name(&r.key).is_some(),
            "rejection names an unknown key {:?} for {:?}",
            r.key,
            clip(query)
        );
        prop_assert!(
            !r.message().is_empty(),
            "empty reason for {:?}",
            clip(query)
        );
    }
    let scenario = Scenario::from_params(&params).map_err(|e| {
        TestCaseError::fail(format!(
            "link values must be validated or defaulted, got {e:?} for {:?}",
            clip(query)
        ))
    })?;
    let economics = scenario.economics().map_err(|e| {
        TestCaseError::fail(format!(
            "a parsed scenario must be in the engine's range, got {e} for {:?}",
            clip(query)
        ))
    })?;
    let projection = scenario.projection().map_err(|e| {
        TestCaseError::fail(format!(
            "a parsed scenario must be projectable, got {e} for {:?}",
            clip(query)
        ))
    })?;
    for (name, value) in figures(&economics, &projection) {
        if let Some(v) = value {
            prop_assert!(v.is_finite(), "{} is {} for {:?}", name, v, clip(query));
        }
    }
    for (hook, text) in hook_values(&economics, &projection) {
        prop_assert!(
            text.is_empty()
                || text
                    .split(',')
                    .all(|t| t.parse::<f64>().is_ok_and(f64::is_finite))
                || Date::parse_iso(&text).is_some_and(|d| d.to_iso() == text),
            "hook {} is {:?} for {:?}",
            hook,
            text,
            clip(query)
        );
    }
    let link = to_query(&scenario);
    let (params_back, rejected_back) = Params::from_query(&link);
    prop_assert!(
        rejected_back.is_empty(),
        "the page's own link {:?} (from {:?}) is rejected: {:?}",
        clip(&link),
        clip(query),
        rejected_back
    );
    prop_assert_eq!(
        Scenario::from_params(&params_back),
        Ok(scenario),
        "link {:?} (from {:?}) decodes to another scenario",
        clip(&link),
        clip(query)
    );
    Ok(())
}

proptest! {
    #![proptest_config(config(12_000))]

    /// Any text at all as a query.
    #[test]
    fn link_decoder_arbitrary_text(query in arbitrary_text()) {
        check_link(&query)?;
    }
}

proptest! {
    #![proptest_config(config(8_000))]

    /// Queries of the real keys with hostile values, raw or encoded.
    #[test]
    fn link_decoder_hostile_query_strings(query in query_shaped()) {
        check_link(&query)?;
    }
}

proptest! {
    #![proptest_config(config(6_000))]

    /// Every value inside its range, the edges included: read as given (unless longer
    /// than a link value may be), finite figures, and the page's link reads back.
    #[test]
    fn link_decoder_in_range_values_round_trip((query, pairs) in valid_query()) {
        let (_, rejected) = Params::from_query(&query);
        for r in &rejected {
            let given = pairs.iter().rev().find(|(k, _)| *k == r.key).map(|(_, v)| v.as_str());
            prop_assert!(
                given.is_some_and(|v| v.chars().count() > MAX_VALUE_LEN),
                "in-range value of {} rejected: {:?} in {:?}", r.key, r.reason, query
            );
        }
        check_link(&query)?;
    }
}

// ---------------------------------------------------------------------------------------
// Regressions: inputs the properties above found.
// ---------------------------------------------------------------------------------------

/// Runs the link invariants on one query, panicking with their message.
#[track_caller]
fn assert_link(query: &str) {
    if let Err(e) = check_link(query) {
        panic!("{e}");
    }
}

/// A tiny in-range value reads, but the page writes it back as a plain decimal longer
/// than `MAX_VALUE_LEN` (`th=1e-63` becomes `th=0.000…01`, 65 characters), so the
/// page's own link is rejected and reads back as the default.
#[test]
fn regression_tiny_values_survive_the_page_link() {
    for query in [
        "th=1e-63",
        "w=1e-63",
        "kwh=1e-63",
        "pool=1e-63",
        "up=1e-63",
        "hw=6.5281746126353076e-49",
        "price=1e-323",
    ] {
        assert_link(query);
    }
}

/// `th` is accepted down to the smallest f64 above 0; `efficiency` (W / TH/s) then
/// overflows to infinity (and the `efficiency` hook shows empty).
#[test]
fn regression_efficiency_is_finite_for_the_smallest_hashrate() {
    for query in ["th=5e-324", "th=1e-310&w=1e7", "th=1e-302&w=1e7"] {
        assert_link(query);
    }
}
