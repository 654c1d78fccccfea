//! The calculator's expected figures, computed here in plain f64 from docs/domain.md's
//! conventions, independently of the engine, and their comparison with the page's.

use std::collections::BTreeMap;

use crate::support::REL_TOLERANCE;
use crate::tolerance::within;

/// Hashes expected per block per unit of difficulty (docs/domain.md C1).
pub(super) const TWO_POW_32: f64 = 4_294_967_296.0;

/// Catalog specs used here: (TH/s, W) of one unit, as in data/miners.csv.
pub(super) const ANTMINER_S21: (f64, f64) = (200.0, 3500.0);
pub(super) const AVALON_A1246: (f64, f64) = (90.0, 3420.0);

/// A scenario as the page's inputs state it (units of the query keys).
#[derive(Clone, Copy, Debug)]
pub(super) struct Scenario {
    /// TH/s per unit.
    pub(super) th: f64,
    /// W per unit.
    pub(super) w: f64,
    /// Units.
    pub(super) n: f64,
    /// USD per kWh.
    pub(super) kwh: f64,
    /// Pool fee, %.
    pub(super) pool: f64,
    /// PPS payout (no transaction fees paid) instead of FPPS.
    pub(super) pps: bool,
    /// Uptime, %.
    pub(super) up: f64,
    /// Hardware cost per unit, USD.
    pub(super) hw: f64,
    /// BTC price, USD.
    pub(super) price: f64,
    pub(super) difficulty: f64,
    pub(super) height: u64,
    /// Average transaction fees per block, BTC.
    pub(super) txfee: f64,
}

impl Default for Scenario {
    /// The page's documented defaults (the 2026-03-20 snapshot, one Antminer S21).
    fn default() -> Self {
        Scenario {
            th: ANTMINER_S21.0,
            w: ANTMINER_S21.1,
            n: 1.0,
            kwh: 0.06,
            pool: 2.0,
            pps: false,
            up: 100.0,
            hw: 0.0,
            price: 62_630.0,
            difficulty: 133_790_000_000_000.0,
            height: 941_472,
            txfee: 0.02,
        }
    }
}

/// Block subsidy in BTC at `height` (Bitcoin Core's GetBlockSubsidy).
pub(super) fn subsidy_btc(height: u64) -> f64 {
    let halvings = height / 210_000;
    if halvings >= 64 {
        0.0
    } else {
        (5_000_000_000u64 >> halvings) as f64 / 1e8
    }
}

impl Scenario {
    /// Canaan's fleet of docs/domain.md §7 on today's network: 10,300 Avalon A1246 at
    /// 5 US cents/kWh.
    pub(super) fn canaan() -> Scenario {
        Scenario {
            th: AVALON_A1246.0,
            w: AVALON_A1246.1,
            n: 10_300.0,
            kwh: 0.05,
            ..Scenario::default()
        }
    }

    /// Every result hook of the contract with its expected fleet figure; None where the contract says the
    /// data-value is empty (no payback).
    pub(super) fn expected(&self) -> Vec<(&'static str, Option<f64>)> {
        let uptime = self.up / 100.0;
        let hashes_per_block = self.difficulty * TWO_POW_32;
        let subsidy = subsidy_btc(self.height);
        let reward_paid = if self.pps {
            subsidy
        } else {
            subsidy + self.txfee
        };
        let blocks_per_unit = self.th * 1e12 * 86_400.0 / hashes_per_block * uptime;
        let gross_btc = blocks_per_unit * reward_paid * self.n;
        let net_btc = gross_btc * (1.0 - self.pool / 100.0);
        let revenue = net_btc * self.price;
        let kwh_per_day = self.w / 1000.0 * 24.0 * uptime * self.n;
        let power_cost = kwh_per_day * self.kwh;
        let profit = revenue - power_cost;
        let hashprice_ph = 1e15 * 86_400.0 / hashes_per_block * (subsidy + self.txfee) * self.price;
        let network_hashrate = hashes_per_block / 600.0;
        let payback = (profit > 0.0 && self.hw > 0.0).then(|| self.hw * self.n / profit);
        vec![
            ("btc-per-day", Some(net_btc)),
            ("btc-per-day-gross", Some(gross_btc)),
            ("revenue-per-day", Some(revenue)),
            ("power-kwh-per-day", Some(kwh_per_day)),
            ("power-cost-per-day", Some(power_cost)),
            ("profit-per-day", Some(profit)),
            ("profit-per-month", Some(profit * 30.0)),
            ("profit-per-year", Some(profit * 365.0)),
            ("margin", Some(profit / revenue)),
            ("break-even-power-price", Some(revenue / kwh_per_day)),
            ("break-even-btc-price", Some(power_cost / net_btc)),
            ("hashprice-ph", Some(hashprice_ph)),
            ("hashprice-th", Some(hashprice_ph / 1000.0)),
            ("cost-per-btc", Some(power_cost / net_btc)),
            ("efficiency", Some(self.w / self.th)),
            ("payback-days", payback),
            ("network-hashrate", Some(network_hashrate / 1e18)),
            (
                "network-share",
                Some(self.th * 1e12 * self.n / network_hashrate),
            ),
            ("fleet-power", Some(self.w * self.n / 1e6)),
        ]
    }

    pub(super) fn expect(&self, hook: &str) -> f64 {
        self.expected()
            .into_iter()
            .find(|(id, _)| *id == hook)
            .and_then(|(_, value)| value)
            .unwrap_or_else(|| panic!("{hook} has no expected number in {self:?}"))
    }
}

/// One line per hook whose observed data-value differs from the expectation.
pub(super) fn mismatches(observed: &BTreeMap<String, String>, scenario: &Scenario) -> Vec<String> {
    let mut wrong = Vec::new();
    for (hook, expected) in scenario.expected() {
        let Some(seen) = observed.get(hook) else {
            wrong.push(format!("{hook}: no element with a data-value"));
            continue;
        };
        let ok = match expected {
            None => seen.is_empty(),
            Some(want) => seen
                .trim()
                .parse::<f64>()
                .is_ok_and(|got| within(got, want, REL_TOLERANCE)),
        };
        if !ok {
            let want = expected.map_or_else(|| "\"\" (empty)".to_string(), |v| v.to_string());
            wrong.push(format!("{hook}: observed {seen:?}, expected {want}"));
        }
    }
    wrong
}

#[track_caller]
pub(super) fn assert_results(
    observed: &BTreeMap<String, String>,
    scenario: &Scenario,
    context: &str,
) {
    let wrong = mismatches(observed, scenario);
    assert!(
        wrong.is_empty(),
        "{context}: {} of {} results differ from {scenario:?}:\n  {}",
        wrong.len(),
        scenario.expected().len(),
        wrong.join("\n  ")
    );
}

#[test]
fn expected_figures_match_domain_anchors() {
    // Guards the test's own model against docs/domain.md before any browser is involved.
    let defaults = Scenario::default();
    assert!((defaults.expect("hashprice-ph") - 29.6).abs() < 0.05);
    assert!((defaults.expect("network-hashrate") - 958.0).abs() < 1.0);
    assert_eq!(subsidy_btc(840_000), 3.125);
    assert_eq!(subsidy_btc(1_050_000), 1.5625);
    assert_eq!(subsidy_btc(6_720_000), 1e-8);
    assert_eq!(subsidy_btc(6_930_000), 0.0);
    assert_eq!(subsidy_btc(u64::MAX), 0.0);
    let canaan = Scenario::canaan();
    assert!(canaan.expect("profit-per-day") < 0.0);
    assert!((canaan.expect("break-even-power-price") - 0.0318).abs() < 0.0005);
}
