//! Link text to params: the defaults, every key read, a machine's specs, hostile and
//! unknown values, percent-encoding, any query at all, a money key left out, and the
//! keys a query names.

use hashwatt::engine::economics::PayoutScheme;
use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::scenario::{to_query, Key, Params, Scenario};
use proptest::prelude::*;

use crate::scenario;

#[test]
fn defaults_are_the_shipped_snapshot_and_an_s21() {
    let (s, rejected) = scenario("");
    assert!(rejected.is_empty());
    assert_eq!(s.network, SHIPPED_SNAPSHOT.network);
    assert_eq!(s.miner.map(|m| m.id), Some("antminer-s21"));
    assert_eq!(s.operation.machine.hashrate.th_per_s(), 200.0);
    assert_eq!(s.operation.machine.power.watts(), 3_500.0);
    assert_eq!(s.operation.units, 1);
    assert_eq!(s.operation.power_price.amount_per_kwh(), 0.06);
    assert_eq!(s.operation.pool_fee.percent(), 2.0);
    assert_eq!(s.operation.payout, PayoutScheme::Fpps);
    assert_eq!(s.operation.uptime.percent(), 100.0);
}

#[test]
fn every_key_is_read() {
    let (s, rejected) = scenario(
        "?v=1&miner=avalon-a1246&th=91.5&w=3400&n=10300&kwh=0.05&pool=2.5&payout=pps&up=95&hw=1200&price=46000&diff=24400000000000&height=716600&txfee=0.12",
    );
    assert!(rejected.is_empty(), "{rejected:?}");
    let op = s.operation;
    assert_eq!(s.miner.map(|m| m.id), Some("avalon-a1246"));
    assert_eq!(op.machine.hashrate.th_per_s(), 91.5);
    assert_eq!(op.machine.power.watts(), 3_400.0);
    assert_eq!(op.units, 10_300);
    assert_eq!(op.power_price.amount_per_kwh(), 0.05);
    assert_eq!(op.pool_fee.percent(), 2.5);
    assert_eq!(op.payout, PayoutScheme::Pps);
    assert_eq!(op.uptime.percent(), 95.0);
    assert_eq!(op.hardware_cost.amount(), 1_200.0);
    assert_eq!(s.network.btc_price.amount_per_btc(), 46_000.0);
    assert_eq!(s.network.difficulty.get(), 24.4e12);
    assert_eq!(s.network.height, 716_600);
    assert_eq!(s.network.avg_fees_per_block.to_sat(), 12_000_000);
}

#[test]
fn miner_fills_specs_unless_the_link_gives_them() {
    let (s, _) = scenario("v=1&miner=antminer-s9");
    assert_eq!(s.operation.machine.hashrate.th_per_s(), 13.5);
    assert_eq!(s.operation.machine.power.watts(), 1_323.0);
    let (s, _) = scenario("v=1&w=1400&miner=antminer-s9");
    assert_eq!(s.operation.machine.power.watts(), 1_400.0);
    assert_eq!(s.operation.machine.hashrate.th_per_s(), 13.5);
    let (s, _) = scenario("v=1&miner=&th=1&w=50");
    assert_eq!(s.miner, None);
    assert_eq!(s.operation.machine.hashrate.th_per_s(), 1.0);
}

#[test]
fn hostile_values_fall_back_to_defaults_and_are_named() {
    let long = "9".repeat(10_000);
    let (s, rejected) = scenario(&format!(
        "v=1&kwh=abc&n={long}&miner=%3Cscript%3E&pool=-1&up=0&th=NaN&w=inf&price=1e400&diff=1,5&height=1.5&txfee=&payout=solo&evil=1&v2=x"
    ));
    assert_eq!(
        rejected,
        [
            "n", "miner", "th", "w", "kwh", "pool", "payout", "up", "price", "diff", "height",
            "txfee"
        ]
    );
    assert_eq!(s, scenario("").0);
}

#[test]
fn unknown_keys_are_ignored_and_unknown_versions_reported() {
    let (_, rejected) = scenario("v=1&colour=red&utm_source=x");
    assert!(rejected.is_empty());
    let (params, rejected) = Params::from_query("v=9&n=3");
    assert_eq!(rejected.len(), 1);
    assert!(
        rejected[0].message().contains("version 9"),
        "{}",
        rejected[0].reason
    );
    assert_eq!(params.get(Key::N), "3");
}

#[test]
fn percent_encoding_and_plus_are_decoded() {
    let (s, rejected) = scenario("v=1&kwh=%300.05&n=+12+");
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(s.operation.power_price.amount_per_kwh(), 0.05);
    assert_eq!(s.operation.units, 12);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    /// Any query text at all: no panic, and the result is always a usable scenario.
    #[test]
    fn any_query_gives_a_scenario(query in ".{0,300}") {
        let (params, _) = Params::from_query(&query);
        prop_assert!(Scenario::from_params(&params).is_ok());
    }

    #[test]
    fn any_query_of_known_keys_gives_a_scenario(pairs in proptest::collection::vec(("(v|miner|th|w|n|kwh|pool|payout|up|hw|price|diff|height|txfee)", "[-+0-9.eE,a-z%]{0,12}"), 0..20)) {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (params, _) = Params::from_query(&query.join("&"));
        let s = Scenario::from_params(&params).expect("rejected values fall back to defaults");
        let e = s.economics().expect("a parsed scenario is in range");
        prop_assert!(e.fleet.profit.amount().is_finite());
    }
}

/// A money key left out of a link in another currency is its dollar default converted
/// at the link's rate, never the same digits in that currency (0.06 KZT/kWh).
#[test]
fn an_omitted_price_is_the_dollar_default_in_the_links_currency() {
    let price = |query: &str| scenario(query).0.operation.power_price.amount_per_kwh();
    assert_eq!(price("?v=1"), 0.06);
    assert_eq!(price("?v=1&cur=KZT"), 30.9); // 0.06 × the shipped 515
    assert_eq!(price("?v=1&cur=KZT&fxkzt=431.8"), 25.908);
    assert_eq!(price("?v=1&cur=EUR&fxeur=0.9"), 0.054);
    // A value that cannot be used falls back to the same converted default.
    let (s, rejected) = scenario("?v=1&cur=KZT&kwh=abc");
    assert_eq!(s.operation.power_price.amount_per_kwh(), 30.9);
    assert_eq!(rejected, ["kwh"]);
    // And the page's own link leaves it out again.
    let q = to_query(&scenario("?v=1&cur=KZT").0);
    assert!(!q.contains("kwh="), "{q}");
    assert!(q.contains("cur=KZT") && q.contains("fxkzt=515"), "{q}");
}

#[test]
fn the_keys_a_query_names() {
    assert_eq!(Params::keys_given(""), Vec::<Key>::new());
    assert_eq!(
        Params::keys_given("?utm_source=x&embed=1"),
        Vec::<Key>::new()
    );
    assert_eq!(
        Params::keys_given("?v=1&diff=1&kwh=0.05&diff=2"),
        vec![Key::Kwh, Key::Diff]
    );
}
