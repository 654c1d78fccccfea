//! The two-layer parse: link text to params, params to a validated scenario.
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::engine::economics::PayoutScheme;
use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::scenario::{parse_number, Key, Params, Problem, Scenario};
use proptest::prelude::*;

fn scenario(query: &str) -> (Scenario, Vec<String>) {
    let (params, rejected) = Params::from_query(query);
    let s = Scenario::from_params(&params).expect("link values are validated or defaulted");
    (s, rejected.into_iter().map(|r| r.key).collect())
}

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

#[track_caller]
fn case(key: Key, text: &str, expected: Result<f64, &str>) {
    let got = parse_number(key, text).map_err(|e| e.to_string());
    let expected = expected.map_err(str::to_owned);
    assert_eq!(got, expected, "{key:?} {text:?}");
}

#[test]
fn field_messages_state_the_range() {
    case(Key::Kwh, "0.05", Ok(0.05));
    case(Key::Kwh, " 0.05 ", Ok(0.05));
    case(
        Key::Kwh,
        "abc",
        Err("not a number: enter a number from 0 to 10 USD/kWh"),
    );
    case(Key::Kwh, "0,05", Err("use a point for decimals and no thousands separators: enter a number from 0 to 10 USD/kWh"));
    case(
        Key::Kwh,
        "",
        Err("empty: enter a number from 0 to 10 USD/kWh"),
    );
    case(
        Key::N,
        "2.5",
        Err("out of range: enter a whole number from 1 to 10,000,000 units"),
    );
    case(
        Key::Th,
        "0",
        Err("out of range: enter a number from 0.000001 to 1,000,000 TH/s"),
    );
    case(
        Key::Diff,
        "0.5",
        Err("out of range: enter a number from 1 to 1e18"),
    );
    case(
        Key::Up,
        "inf",
        Err("not a number: enter a number above 0 to 100 %"),
    );
}

#[test]
fn several_bad_fields_are_all_reported() {
    let mut p = Params::default();
    p.set(Key::Kwh, "x");
    p.set(Key::N, "0");
    let errors = Scenario::from_params(&p).unwrap_err();
    let keys: Vec<Key> = errors.iter().map(|e| e.key).collect();
    assert_eq!(keys, [Key::N, Key::Kwh]);
    assert!(matches!(errors[0].problem, Problem::OutOfRange(_)));
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
    let q = hashwatt::scenario::to_query(&scenario("?v=1&cur=KZT").0);
    assert!(!q.contains("kwh="), "{q}");
    assert!(q.contains("cur=KZT") && q.contains("fxkzt=515"), "{q}");
}

/// Issue 13, item 7: a start on or after the end of the horizon is refused, naming the
/// field. Date 2026-03-20 and 36 months: the horizon ends on 2029-03-20, so the machines
/// may start on 2029-03-19 at the latest.
#[test]
fn a_start_after_the_horizon_is_refused_naming_the_field() {
    let form = |start: &str| {
        let mut params = Params::default();
        params.set(Key::Date, "2026-03-20");
        params.set(Key::Months, "36");
        params.set(Key::Start, start);
        Scenario::from_params(&params)
    };
    assert!(form("2029-03-19").is_ok());
    for start in ["2029-03-20", "2031-01-01"] {
        let errors = form(start).expect_err("after the horizon");
        assert_eq!(errors.len(), 1, "{errors:?}");
        let e = &errors[0];
        assert_eq!(e.key, Key::Start);
        let end = hashwatt::engine::date::Date::parse_iso("2029-03-20").unwrap();
        assert_eq!(e.problem, Problem::StartAfterHorizon { end });
        let text = e.to_string();
        assert!(text.contains("Machines start (start)"), "{text}");
        assert!(text.contains("2029-03-20"), "{text}");
    }
    // A shorter horizon moves the bound: 12 months end on 2027-03-20.
    let mut params = Params::default();
    params.set(Key::Date, "2026-03-20");
    params.set(Key::Months, "12");
    params.set(Key::Start, "2027-06-01");
    assert!(Scenario::from_params(&params).is_err());

    // In a link the value is not taken: the machines start on `date`, and the notice
    // names `start`.
    let (s, rejected) = scenario("v=1&date=2026-03-20&months=12&start=2027-06-01");
    assert_eq!(rejected, ["start"]);
    assert_eq!(s.projection.machines_start, s.projection.start);
}

/// Issue 13, item 8: then and now convert at the link's exchange rates on both sides;
/// only the network changes. One Avalon A1246 (90 TH/s) in tenge at 431.8 KZT per USD,
/// on the shipped snapshot (133.79 T, 3.125 + 0.02 BTC a block, $62,630):
/// - BTC price: 62,630 x 431.8 = 27,043,634 KZT (not x 515, the shipped rate);
/// - revenue a day: 90e12 x 86,400 / (133.79e12 x 2^32) x 3.145 x 0.98 x 27,043,634 KZT.
#[test]
fn then_and_now_converts_at_the_links_rates() {
    let (s, rejected) = scenario(
        "v=1&miner=avalon-a1246&cur=KZT&fxkzt=431.8&kwh=20&price=46306.45&diff=24272331996979.97&height=716599&txfee=0.05&date=2021-12-31&cmp=1",
    );
    assert!(rejected.is_empty());
    let now = s.on_network(SHIPPED_SNAPSHOT.network).economics().unwrap();
    let price = 62_630.0 * 431.8;
    assert!((now.btc_price.amount_per_btc() / price - 1.0).abs() < 1e-12);
    let revenue = 90e12 * 86_400.0 / (133.79e12 * 4_294_967_296.0) * 3.145 * 0.98 * price;
    assert!((now.fleet.revenue.amount() / revenue - 1.0).abs() < 1e-12);
    assert_eq!(
        s.rates_in_use(),
        [(hashwatt::engine::money::Currency::Kzt, 431.8)]
    );

    // On the snapshot's own figures, then and now are the same whatever the rate.
    let (s, _) = scenario("v=1&th=150&w=3000&cur=CNY&fxcny=7.1&kwh=0.3&cmp=1");
    let now = s.on_network(SHIPPED_SNAPSHOT.network).economics().unwrap();
    assert_eq!(now, s.economics().unwrap());
}
