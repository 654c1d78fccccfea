//! The calculator's components in headless Chromium: each test mounts the App into its
//! own element, types into fields as a user would (an `input` event per change), waits
//! for Yew to render with `scheduler::flush`, and reads the public hooks.
#![cfg(target_arch = "wasm32")]

use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::scenario::{Params, Scenario};
use wasm_bindgen_test::*;

mod tolerance;
use tolerance::assert_within;

mod browser_support;
use browser_support::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

/// The engine's figures for a query, to compare the page against.
fn expected(query: &str) -> hashwatt::engine::economics::Economics {
    let (params, _) = Params::from_query(query);
    Scenario::from_params(&params).unwrap().economics().unwrap()
}

#[wasm_bindgen_test]
async fn defaults_show_the_snapshot_figures() {
    let page = Mounted::new("").await;
    let e = expected("");
    // Independent of the engine: docs/domain.md gives about $29.6/PH/day and 958 EH/s.
    assert_eq!((page.number("hashprice-ph") * 10.0).round() / 10.0, 29.6);
    assert_eq!(page.number("network-hashrate").round(), 958.0);
    assert_eq!(page.number("profit-per-day"), e.fleet.profit.amount());
    assert_eq!(page.number("btc-per-day"), e.fleet.btc_net.btc());
    assert_eq!(page.number("efficiency"), 17.5);
    // No hardware cost by default: no payback, and the hook says so with an empty value.
    assert_eq!(page.value("payback-days"), "");
    let status = page
        .find("[data-testid=\"snapshot-status\"]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(status.contains(SHIPPED_SNAPSHOT.date), "{status}");
}

#[wasm_bindgen_test]
async fn typing_updates_every_figure() {
    let page = Mounted::new("").await;
    page.type_into("n", "10").await;
    page.type_into("kwh", "0.045").await;
    page.type_into("hw", "2500").await;
    page.type_into("up", "95").await;
    let e = expected("n=10&kwh=0.045&hw=2500&up=95");
    assert_within(
        page.number("profit-per-day"),
        e.fleet.profit.amount(),
        1e-12,
    );
    assert_within(
        page.number("profit-per-month"),
        e.fleet.profit.amount() * 30.0,
        1e-12,
    );
    assert_within(
        page.number("profit-per-year"),
        e.fleet.profit.amount() * 365.0,
        1e-12,
    );
    assert_within(
        page.number("power-kwh-per-day"),
        3.5 * 24.0 * 0.95 * 10.0,
        1e-12,
    );
    assert_within(
        page.number("power-cost-per-day"),
        3.5 * 24.0 * 0.95 * 10.0 * 0.045,
        1e-12,
    );
    assert_within(
        page.number("payback-days"),
        25_000.0 / e.fleet.profit.amount(),
        1e-12,
    );
    assert_within(page.number("fleet-power"), 0.035, 1e-12);
}

#[wasm_bindgen_test]
async fn picking_a_miner_fills_its_specs() {
    let page = Mounted::new("").await;
    page.select("miner", "avalon-a1246").await;
    assert_eq!(page.input("th").value(), "90");
    assert_eq!(page.input("w").value(), "3420");
    assert_eq!(page.number("efficiency"), 38.0);
    page.type_into("th", "95").await;
    assert!(page.find("[data-testid=\"specs-edited\"]").is_some());
    assert_eq!(page.number("efficiency"), 3420.0 / 95.0);
}

#[wasm_bindgen_test]
async fn an_invalid_field_pauses_results_until_fixed() {
    let page = Mounted::new("").await;
    page.type_into("kwh", "abc").await;
    let input = page.input("kwh");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error = page
        .find("[data-testid=\"error-kwh\"]")
        .expect("an inline error")
        .text_content()
        .unwrap();
    assert!(error.contains("from 0 to 10 USD/kWh"), "{error}");
    assert!(page.find("[data-testid=\"results-paused\"]").is_some());
    assert!(
        page.find("[data-testid=\"profit-per-day\"]").is_none(),
        "no stale figure while paused"
    );
    // The text stays as typed, so the user can correct it.
    assert_eq!(input.value(), "abc");

    page.type_into("kwh", "0.05").await;
    assert!(page.find("[data-testid=\"error-kwh\"]").is_none());
    assert!(page.find("[data-testid=\"results-paused\"]").is_none());
    assert_within(
        page.number("profit-per-day"),
        expected("kwh=0.05").fleet.profit.amount(),
        1e-12,
    );
}

#[wasm_bindgen_test]
async fn a_link_opens_its_scenario_and_names_bad_values() {
    let page =
        Mounted::new("?v=1&miner=avalon-a1246&n=10300&kwh=0.05&pool=abc&hw=%3Cscript%3E").await;
    let notice = page
        .find("[data-testid=\"link-notice\"]")
        .expect("a link notice")
        .text_content()
        .unwrap();
    assert!(notice.contains("pool") && notice.contains("hw"), "{notice}");
    assert!(page.find("script").is_none());
    assert!(page.number("profit-per-day") < 0.0);
    let be = page.number("break-even-power-price");
    assert_eq!((be * 1000.0).round() / 1000.0, 0.032);
    assert_eq!(
        page.number("network-share"),
        10_300.0 * 90e12 / (133.79e12 * 4_294_967_296.0 / 600.0)
    );
}

#[wasm_bindgen_test]
async fn figures_are_formatted_with_units_and_never_nan() {
    let page = Mounted::new("?v=1&height=7000000&txfee=0").await;
    let text = page.root.text_content().unwrap();
    for bad in ["NaN", "Infinity", "undefined"] {
        assert!(!text.contains(bad), "{bad} in {text}");
    }
    // No BTC is mined after the last subsidy with no fees: these figures are undefined.
    assert_eq!(page.value("break-even-btc-price"), "");
    assert_eq!(page.value("cost-per-btc"), "");
    assert_eq!(page.value("margin"), "");
    let profit = page
        .find("[data-testid=\"profit-per-day\"]")
        .unwrap()
        .text_content()
        .unwrap();
    // The currency's symbol, where en-US writes one (README "Result hooks").
    assert!(profit.contains('$'), "{profit}");
    let power = page
        .find("[data-testid=\"fleet-power\"]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(power.ends_with("MW"), "{power}");
}
